//! `<sys/statvfs.h>`: POSIX file-system statistics, derived from the
//! kernel's `statfs` as glibc derives them (the `ST_VALID` bit dropped
//! from the flags, the fragment size falling back to the block size, the
//! two fsid words folded into one).
use crate::sys::statfs::{fstatfs, statfs};
use crate::types::*;

/// glibc's `struct statvfs` (64-bit counts on every arch).
#[repr(C)]
pub struct statvfs {
    pub f_bsize: c_ulong,
    pub f_frsize: c_ulong,
    pub f_blocks: u64,
    pub f_bfree: u64,
    pub f_bavail: u64,
    pub f_files: u64,
    pub f_ffree: u64,
    pub f_favail: u64,
    pub f_fsid: c_ulong,
    #[cfg(target_pointer_width = "32")]
    pub __f_unused: c_int,
    pub f_flag: c_ulong,
    pub f_namemax: c_ulong,
    pub __f_spare: [c_int; 6],
}

/// The kernel's "flags are valid" bit, not passed on.
const ST_VALID: c_long = 0x20;

fn from_statfs(s: &statfs, out: &mut statvfs) {
    let bsize = s.f_bsize as c_ulong;
    let frsize = s.f_frsize as c_ulong;
    let fsid = s.f_fsid;
    let shift = 8 * (core::mem::size_of::<c_ulong>() - core::mem::size_of::<c_int>());
    *out = statvfs {
        f_bsize: bsize,
        f_frsize: if frsize != 0 { frsize } else { bsize },
        f_blocks: s.f_blocks,
        f_bfree: s.f_bfree,
        f_bavail: s.f_bavail,
        f_files: s.f_files,
        f_ffree: s.f_ffree,
        f_favail: s.f_ffree,
        f_fsid: (fsid.__val[0] as c_uint as c_ulong)
            | ((fsid.__val[1] as c_uint as c_ulong) << shift),
        #[cfg(target_pointer_width = "32")]
        __f_unused: 0,
        f_flag: (s.f_flags & !ST_VALID) as c_ulong,
        f_namemax: s.f_namelen as c_ulong,
        __f_spare: [0; 6],
    };
}

/// POSIX `statvfs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn statvfs(path: *const c_char, buf: *mut statvfs) -> c_int {
    let mut s = core::mem::MaybeUninit::<statfs>::uninit();
    // SAFETY: s is writable; on success the kernel filled it; buf is the
    // caller's writable structure.
    unsafe {
        if statfs(path, s.as_mut_ptr()) != 0 {
            return -1;
        }
        from_statfs(s.assume_init_ref(), &mut *buf);
    }
    0
}

/// POSIX `fstatvfs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fstatvfs(fd: c_int, buf: *mut statvfs) -> c_int {
    let mut s = core::mem::MaybeUninit::<statfs>::uninit();
    // SAFETY: as statvfs.
    unsafe {
        if fstatfs(fd, s.as_mut_ptr()) != 0 {
            return -1;
        }
        from_statfs(s.assume_init_ref(), &mut *buf);
    }
    0
}
