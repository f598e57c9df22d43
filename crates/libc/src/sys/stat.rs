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
