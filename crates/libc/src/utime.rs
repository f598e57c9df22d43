//! `<utime.h>`: `utime` over the one `utimensat` path.
use crate::sys::stat::utimens;
use crate::time::{time_t, timespec};
use crate::types::*;

/// POSIX `struct utimbuf`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct utimbuf {
    pub actime: time_t,
    pub modtime: time_t,
}

/// POSIX.1-2017 `utime`: set a file's access and modification times to
/// whole seconds (NULL: now).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn utime(path: *const c_char, t: *const utimbuf) -> c_int {
    let ts;
    let p = if t.is_null() {
        core::ptr::null()
    } else {
        // SAFETY: the caller passes a readable utimbuf.
        let t = unsafe { &*t };
        ts = [
            timespec {
                tv_sec: t.actime,
                ..Default::default()
            },
            timespec {
                tv_sec: t.modtime,
                ..Default::default()
            },
        ];
        ts.as_ptr()
    };
    // SAFETY: a path and null or two timespecs.
    unsafe { utimens(syscall::nr::AT_FDCWD, path, p, 0) }
}
