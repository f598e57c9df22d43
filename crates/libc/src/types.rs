//! C types shared by several headers (`sys/types.h` and friends).
pub use core::ffi::{c_char, c_int, c_long, c_short, c_uint, c_ulong, c_void};

pub type size_t = usize;
pub type ssize_t = isize;
/// 64-bit on every arch (like musl; no `_FILE_OFFSET_BITS` split).
pub type off_t = i64;
pub type mode_t = u32;
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

/// `siginfo_t` (`<bits/siginfo.h>`, shared by `<signal.h>` and
/// `<sys/wait.h>`): glibc's 128 bytes; the per-signal union is opaque here.
#[repr(C)]
pub struct siginfo_t {
    pub si_signo: c_int,
    pub si_errno: c_int,
    pub si_code: c_int,
    #[cfg(target_pointer_width = "64")]
    pub __pad0: c_int,
    #[cfg(target_pointer_width = "64")]
    pub _sifields: [c_long; 14],
    #[cfg(target_pointer_width = "32")]
    pub _sifields: [c_long; 29],
}

/// `sigset_t` (`<bits/sigset.h>`, shared by `<signal.h>` and `<spawn.h>`):
/// glibc's 1024 bits; the kernel reads the first 64.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sigset_t {
    pub __val: [c_ulong; 1024 / (8 * core::mem::size_of::<c_ulong>())],
}
