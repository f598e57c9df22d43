//! C types shared by several headers (`sys/types.h` and friends).
pub use core::ffi::{c_char, c_int, c_long, c_short, c_uint, c_ulong, c_void};

pub type size_t = usize;
pub type ssize_t = isize;
/// 64-bit on every arch (like musl; no `_FILE_OFFSET_BITS` split).
pub type off_t = i64;
pub type off64_t = i64;
pub type mode_t = u32;
/// `key_t` (SysV IPC keys).
pub type key_t = c_int;
/// `unsigned long long` on every arch, as the header spells it.
pub type dev_t = core::ffi::c_ulonglong;
pub type pid_t = i32;
pub type uid_t = u32;
pub type gid_t = u32;
pub type id_t = c_int;

/// `struct rusage` (`<bits/rusage.h>`, shared by `<sys/wait.h>` and
/// `<sys/resource.h>`): glibc's layout, with this libc's 64-bit `timeval`.
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct rusage {
    pub ru_utime: crate::sys::time::timeval,
    pub ru_stime: crate::sys::time::timeval,
    pub ru_maxrss: c_long,
    pub ru_ixrss: c_long,
    pub ru_idrss: c_long,
    pub ru_isrss: c_long,
    pub ru_minflt: c_long,
    pub ru_majflt: c_long,
    pub ru_nswap: c_long,
    pub ru_inblock: c_long,
    pub ru_oublock: c_long,
    pub ru_msgsnd: c_long,
    pub ru_msgrcv: c_long,
    pub ru_nsignals: c_long,
    pub ru_nvcsw: c_long,
    pub ru_nivcsw: c_long,
}
