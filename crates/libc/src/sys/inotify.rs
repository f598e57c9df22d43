//! `<sys/inotify.h>`: file-system events read from a descriptor (Linux
//! extension). `inotify_init` is `inotify_init1(0)` (aarch64 and riscv64
//! have no `inotify_init`). The events read are the kernel's `struct
//! inotify_event`, which only the header spells (its flexible `name` has
//! no Rust form); `tests-c/ev_inotify.c` checks its layout.
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `inotify_init`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn inotify_init() -> c_int {
    // SAFETY: plain value.
    unsafe { inotify_init1(0) }
}

/// Linux `inotify_init1` (`IN_NONBLOCK`, `IN_CLOEXEC`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn inotify_init1(flags: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_inotify_init1, flags) })
}

/// Linux `inotify_add_watch`: watch `path` for the events of `mask`; the
/// watch descriptor (the same one again for a path already watched).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn inotify_add_watch(fd: c_int, path: *const c_char, mask: u32) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_inotify_add_watch, fd, path, mask) })
}

/// Linux `inotify_rm_watch` (the watch then reports `IN_IGNORED`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn inotify_rm_watch(fd: c_int, wd: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_inotify_rm_watch, fd, wd) })
}
