//! The stat calls of the 64-bit arches: the kernel's `struct stat` is the
//! C `struct stat`, so `newfstatat` writes the caller's buffer directly.
use super::stat;
use crate::types::*;

/// `fstatat` straight into the caller's buffer (raw kernel result).
#[inline]
pub unsafe fn fstatat(dirfd: c_int, path: *const c_char, buf: *mut stat, flags: c_int) -> isize {
    // SAFETY: the kernel checks the path and writes a `struct stat`, whose
    // layout is checked against linux-raw-sys's below.
    unsafe { sys!(__NR_newfstatat, dirfd, path, buf, flags) }
}

use core::mem::{offset_of, size_of};
use syscall::nr::stat as K;
const _: () = {
    assert!(size_of::<stat>() == size_of::<K>());
    assert!(offset_of!(stat, st_dev) == offset_of!(K, st_dev));
    assert!(offset_of!(stat, st_ino) == offset_of!(K, st_ino));
    assert!(offset_of!(stat, st_mode) == offset_of!(K, st_mode));
    assert!(offset_of!(stat, st_nlink) == offset_of!(K, st_nlink));
    assert!(offset_of!(stat, st_uid) == offset_of!(K, st_uid));
    assert!(offset_of!(stat, st_gid) == offset_of!(K, st_gid));
    assert!(offset_of!(stat, st_rdev) == offset_of!(K, st_rdev));
    assert!(offset_of!(stat, st_size) == offset_of!(K, st_size));
    assert!(offset_of!(stat, st_blksize) == offset_of!(K, st_blksize));
    assert!(offset_of!(stat, st_blocks) == offset_of!(K, st_blocks));
    assert!(offset_of!(stat, st_atim) == offset_of!(K, st_atime));
    assert!(offset_of!(stat, st_mtim) == offset_of!(K, st_mtime));
    assert!(offset_of!(stat, st_ctim) == offset_of!(K, st_ctime));
};
