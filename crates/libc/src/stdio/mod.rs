//! `<stdio.h>`: the path calls (`rename`, `renameat`) here; streams,
//! printf and scanf in submodules (the machinery is in `crate::file` and
//! `crate::printf`).
mod misc;
mod popen;
mod pos;
mod printf;
mod rw;
mod scanf;
mod stream;

pub use misc::*;
pub use popen::*;
pub use pos::*;
pub use printf::*;
pub use rw::*;
pub use scanf::*;
pub use stream::*;

use crate::arch;
use crate::file::FILE;

/// The `stdin` stream (the pointer variable's value).
pub(crate) fn stdin_() -> *mut FILE {
    // SAFETY: reading the pointer variable.
    unsafe { stdin }
}

/// The `stdout` stream (the pointer variable's value).
pub(crate) fn stdout_() -> *mut FILE {
    // SAFETY: reading the pointer variable.
    unsafe { stdout }
}
use crate::kernel::ret_int;
use crate::types::*;
use syscall::nr::AT_FDCWD;

/// C17 / POSIX.1-2024 `rename`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn rename(old: *const c_char, new: *const c_char) -> c_int {
    // SAFETY: the kernel checks the paths.
    ret_int(unsafe { arch::renameat(AT_FDCWD, old, AT_FDCWD, new) })
}

/// POSIX.1-2024 `renameat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn renameat(
    od: c_int,
    old: *const c_char,
    nd: c_int,
    new: *const c_char,
) -> c_int {
    // SAFETY: the kernel checks the paths.
    ret_int(unsafe { arch::renameat(od, old, nd, new) })
}

/// Linux/GNU `renameat2` (glibc 2.28): `renameat` with `RENAME_NOREPLACE`,
/// `RENAME_EXCHANGE` or `RENAME_WHITEOUT`. Where the kernel (or qemu-user)
/// lacks the call, no flags is plain `renameat` and a flag is EINVAL, as
/// glibc does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn renameat2(
    od: c_int,
    old: *const c_char,
    nd: c_int,
    new: *const c_char,
    flags: c_uint,
) -> c_int {
    // SAFETY: the kernel checks the paths and flags.
    let r = unsafe { sys!(__NR_renameat2, od, old, nd, new, flags) };
    if r == -(syscall::errno::ENOSYS as isize) {
        if flags == 0 {
            // SAFETY: as above.
            return ret_int(unsafe { arch::renameat(od, old, nd, new) });
        }
        return ret_int(-(syscall::errno::EINVAL as isize));
    }
    ret_int(r)
}

// ---- printf family without FILE (snprintf, dprintf, asprintf …) ----
// The variadic C entry points are shims in c/printf.c: they take the
// address of their `va_list` and call the `__ferro_v*` backends below,
// which read the arguments through one tiny C helper per type.
