//! `<fcntl.h>`: `open`, `openat`, `fcntl` (their variadic C entry points
//! live in `c/variadic.c` and land here), `creat`.
use crate::arch;
use crate::kernel::ret_int;
use crate::types::*;
use syscall::nr::{AT_FDCWD, F_GETOWN, F_GETOWN_EX, F_OWNER_PGRP, O_CREAT, O_TRUNC, O_WRONLY};

/// Back end of POSIX.1-2024 `open` (variadic in C).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_open(path: *const c_char, flags: c_int, mode: mode_t) -> c_int {
    // SAFETY: forwarded; the kernel checks the path.
    unsafe { __ferro_openat(AT_FDCWD, path, flags, mode) }
}

/// Back end of POSIX.1-2024 `openat` (variadic in C). 64-bit offsets are
/// always on, so `O_LARGEFILE` is added where the arch needs it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_openat(
    dirfd: c_int,
    path: *const c_char,
    flags: c_int,
    mode: mode_t,
) -> c_int {
    // SAFETY: the kernel checks the path; mode is ignored unless needed.
    ret_int(unsafe { sys!(__NR_openat, dirfd, path, flags | arch::O_LARGEFILE, mode) })
}

/// POSIX.1-2024 `creat`: `open(path, O_WRONLY|O_CREAT|O_TRUNC, mode)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn creat(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: forwarded.
    unsafe {
        __ferro_openat(
            AT_FDCWD,
            path,
            (O_WRONLY | O_CREAT | O_TRUNC) as c_int,
            mode,
        )
    }
}

/// Back end of POSIX.1-2024 `fcntl` (variadic in C). `F_GETOWN` goes
/// through `F_GETOWN_EX` so a process-group owner comes back negative
/// instead of being mistaken for an error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_fcntl(fd: c_int, cmd: c_int, arg: c_ulong) -> c_int {
    if cmd == F_GETOWN as c_int {
        let mut ex = syscall::nr::f_owner_ex { type_: 0, pid: 0 };
        // SAFETY: F_GETOWN_EX writes one f_owner_ex into our local.
        let r = unsafe {
            syscall::syscall3(
                arch::NR_FCNTL,
                fd as usize,
                F_GETOWN_EX as usize,
                &raw mut ex as usize,
            )
        };
        if r >= 0 {
            return if ex.type_ == F_OWNER_PGRP as c_int {
                -ex.pid
            } else {
                ex.pid
            };
        }
        if syscall::decode(r) != Err(syscall::errno::EINVAL as i32) {
            return ret_int(r);
        }
    }
    // SAFETY: the kernel validates cmd and any pointer argument.
    ret_int(unsafe { syscall::syscall3(arch::NR_FCNTL, fd as usize, cmd as usize, arg as usize) })
}
