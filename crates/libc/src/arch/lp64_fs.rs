//! File-system calls whose 64-bit offsets and lengths fit one register
//! (x86_64, aarch64, riscv64): each is its system call as it stands.
use crate::types::*;

/// The kernel's `struct flock` (64-bit `off_t` natively) and its commands.
pub use syscall::nr::flock as KFlock;
pub const F_GETLK: c_int = syscall::nr::F_GETLK as c_int;
pub const F_SETLK: c_int = syscall::nr::F_SETLK as c_int;
pub const F_SETLKW: c_int = syscall::nr::F_SETLKW as c_int;

#[inline]
pub unsafe fn fallocate(fd: c_int, mode: c_int, off: off_t, len: off_t) -> isize {
    // SAFETY: plain values.
    unsafe { sys!(__NR_fallocate, fd, mode, off, len) }
}

/// `fadvise64` here has the 64-bit `fadvise64_64` shape.
#[inline]
pub unsafe fn fadvise(fd: c_int, off: off_t, len: off_t, advice: c_int) -> isize {
    // SAFETY: plain values.
    unsafe { sys!(__NR_fadvise64, fd, off, len, advice) }
}

#[inline]
pub unsafe fn readahead(fd: c_int, off: off_t, count: size_t) -> isize {
    // SAFETY: plain values.
    unsafe { sys!(__NR_readahead, fd, off, count) }
}

/// The plain order (fd, offset, nbytes, flags): no arch here needs
/// `sync_file_range2`'s flags-first one.
#[inline]
pub unsafe fn sync_file_range(fd: c_int, off: off_t, n: off_t, flags: c_uint) -> isize {
    // SAFETY: plain values.
    unsafe { sys!(__NR_sync_file_range, fd, off, n, flags) }
}

/// `sendfile` with a 64-bit offset.
pub const NR_SENDFILE: usize = syscall::nr::__NR_sendfile as usize;
/// The fs-id calls with 32-bit ids.
pub const NR_SETFSUID: usize = syscall::nr::__NR_setfsuid as usize;
pub const NR_SETFSGID: usize = syscall::nr::__NR_setfsgid as usize;
