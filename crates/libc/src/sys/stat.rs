//! `<sys/stat.h>`: directory creation, permission bits, umask.
use crate::kernel::ret_int;
use crate::types::*;
use syscall::nr::AT_FDCWD;

/// POSIX.1-2024 `mkdir`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkdir(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_mkdirat, AT_FDCWD, path, mode) })
}

/// POSIX.1-2024 `mkdirat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkdirat(dirfd: c_int, path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_mkdirat, dirfd, path, mode) })
}

/// POSIX.1-2024 `chmod`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn chmod(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_fchmodat, AT_FDCWD, path, mode) })
}

/// POSIX.1-2024 `fchmod`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fchmod(fd: c_int, mode: mode_t) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_fchmod, fd, mode) })
}

/// POSIX.1-2024 `umask` (never fails).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn umask(mask: mode_t) -> mode_t {
    // SAFETY: plain value.
    unsafe { sys!(__NR_umask, mask & 0o777) as mode_t }
}

pub use crate::arch::stat;
use crate::kernel::fail;
use crate::time::timespec;
use syscall::errno::{EBADF, EINVAL, ENOSYS, EOPNOTSUPP};
use syscall::nr::AT_SYMLINK_NOFOLLOW;

/// POSIX.1-2024 `fstatat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fstatat(
    dirfd: c_int,
    path: *const c_char,
    buf: *mut stat,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller passes a path and a writable struct stat.
    ret_int(unsafe { crate::arch::fstatat(dirfd, path, buf, flags) })
}

/// POSIX.1-2024 `stat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn stat(path: *const c_char, buf: *mut stat) -> c_int {
    // SAFETY: as fstatat.
    unsafe { fstatat(AT_FDCWD, path, buf, 0) }
}

/// POSIX.1-2024 `lstat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lstat(path: *const c_char, buf: *mut stat) -> c_int {
    // SAFETY: as fstatat.
    unsafe { fstatat(AT_FDCWD, path, buf, AT_SYMLINK_NOFOLLOW as c_int) }
}

/// POSIX.1-2024 `fstat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fstat(fd: c_int, buf: *mut stat) -> c_int {
    if fd < 0 {
        return fail(EBADF);
    }
    // SAFETY: an empty path with AT_EMPTY_PATH names fd itself.
    unsafe { fstatat(fd, c"".as_ptr(), buf, syscall::nr::AT_EMPTY_PATH as c_int) }
}

/// POSIX.1-2024 `fchmodat`. AT_SYMLINK_NOFOLLOW needs the kernel's
/// `fchmodat2`; without it the call fails with EOPNOTSUPP.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fchmodat(
    dirfd: c_int,
    path: *const c_char,
    mode: mode_t,
    flags: c_int,
) -> c_int {
    if flags & !(AT_SYMLINK_NOFOLLOW as c_int) != 0 {
        return fail(EINVAL);
    }
    if flags == 0 {
        // SAFETY: the kernel checks the path.
        return ret_int(unsafe { sys!(__NR_fchmodat, dirfd, path, mode) });
    }
    // SAFETY: the kernel checks the path.
    let r = unsafe { sys!(__NR_fchmodat2, dirfd, path, mode, flags) };
    if r == -(ENOSYS as isize) {
        return fail(EOPNOTSUPP);
    }
    ret_int(r)
}

/// POSIX.1-2024 `mknodat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mknodat(
    dirfd: c_int,
    path: *const c_char,
    mode: mode_t,
    dev: dev_t,
) -> c_int {
    if dev > u32::MAX as u64 {
        return fail(EINVAL);
    }
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_mknodat, dirfd, path, mode, dev as u32) })
}

/// POSIX.1-2024 `mknod`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mknod(path: *const c_char, mode: mode_t, dev: dev_t) -> c_int {
    // SAFETY: as mknodat.
    unsafe { mknodat(AT_FDCWD, path, mode, dev) }
}

/// POSIX.1-2024 `mkfifoat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkfifoat(dirfd: c_int, path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: as mknodat.
    unsafe { mknodat(dirfd, path, (mode & 0o7777) | 0o010000, 0) }
}

/// POSIX.1-2024 `mkfifo`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkfifo(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: as mknodat.
    unsafe { mkfifoat(AT_FDCWD, path, mode) }
}

/// POSIX.1-2024 `utimensat` (UTIME_NOW and UTIME_OMIT in tv_nsec).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn utimensat(
    dirfd: c_int,
    path: *const c_char,
    times: *const timespec,
    flags: c_int,
) -> c_int {
    if path.is_null() {
        return fail(EINVAL);
    }
    // SAFETY: the caller passes a path and null or two timespecs.
    ret_int(unsafe { crate::arch::utimensat(dirfd, path, times, flags) })
}

/// POSIX.1-2024 `futimens`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn futimens(fd: c_int, times: *const timespec) -> c_int {
    // SAFETY: a null path makes the kernel act on fd itself.
    ret_int(unsafe { crate::arch::utimensat(fd, core::ptr::null(), times, 0) })
}
