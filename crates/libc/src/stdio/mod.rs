//! `<stdio.h>`: the path calls (`rename`, `renameat`) here; streams in
//! submodules (the machinery itself is in `crate::file`).
mod misc;
mod pos;
mod rw;
mod scanf;
mod stream;

pub use misc::*;
pub use pos::*;
pub use rw::*;
pub use scanf::*;
pub use stream::*;

use crate::arch;
use crate::sys::ret_int;
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
