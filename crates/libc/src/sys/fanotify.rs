//! `<sys/fanotify.h>`: file-system events with open descriptors (Linux
//! extension; the kernel asks for `CAP_SYS_ADMIN`). The 64-bit mask of
//! `fanotify_mark` is one register on the 64-bit arches and a low/high
//! pair on i386 (`arch::fanotify_mark`).
use crate::arch;
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `fanotify_init` (`FAN_CLASS_*`, `FAN_CLOEXEC`, `FAN_NONBLOCK`,
/// `FAN_REPORT_*` …); `event_f_flags` are the open flags of the event
/// descriptors.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fanotify_init(flags: c_uint, event_f_flags: c_uint) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_fanotify_init, flags, event_f_flags) })
}

/// Linux `fanotify_mark`: add, remove or flush the marks for the object
/// `path` names relative to `dfd` (`FAN_MARK_*`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fanotify_mark(
    fd: c_int,
    flags: c_uint,
    mask: u64,
    dfd: c_int,
    path: *const c_char,
) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { arch::fanotify_mark(fd, flags, mask, dfd, path) })
}
