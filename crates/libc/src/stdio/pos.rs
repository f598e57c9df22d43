//! Stream positioning.
use crate::file::{self, FILE};
use crate::kernel::fail;
use crate::types::*;
use syscall::errno::EOVERFLOW;

/// `fpos_t`: the offset (and room for a conversion state).
#[repr(C)]
pub struct fpos_t {
    pub pos: off_t,
    pub state: [c_int; 2],
}

/// POSIX.1-2024 `fseeko`: whence other than SEEK_SET/CUR/END is EINVAL;
/// pending output is written first; clears the end-of-file indicator.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fseeko(f: *mut FILE, off: off_t, whence: c_int) -> c_int {
    // SAFETY: f is a live stream.
    unsafe {
        file::lock(f);
        let r = file::seek(f, off, whence);
        file::unlock(f);
        if r.is_ok() { 0 } else { -1 }
    }
}

/// C17 `fseek`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fseek(f: *mut FILE, off: c_long, whence: c_int) -> c_int {
    // SAFETY: forwarded.
    unsafe { fseeko(f, off as off_t, whence) }
}

/// POSIX.1-2024 `ftello`: ESPIPE on a pipe.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ftello(f: *mut FILE) -> off_t {
    // SAFETY: f is a live stream.
    unsafe {
        file::lock(f);
        let r = file::tell(f);
        file::unlock(f);
        r.unwrap_or(-1)
    }
}

/// C17 `ftell`: EOVERFLOW when the offset does not fit a `long`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ftell(f: *mut FILE) -> c_long {
    // SAFETY: forwarded.
    let r = unsafe { ftello(f) };
    if r > c_long::MAX as off_t {
        return fail(EOVERFLOW) as c_long;
    }
    r as c_long
}

/// C17 `rewind`: seek to the start and clear the error indicator.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn rewind(f: *mut FILE) {
    // SAFETY: f is a live stream.
    unsafe {
        file::lock(f);
        let _ = file::seek(f, 0, 0);
        (*f).flags &= !file::F_ERR;
        file::unlock(f);
    }
}

/// C17 `fgetpos`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetpos(f: *mut FILE, pos: *mut fpos_t) -> c_int {
    // SAFETY: f is live; pos points at an fpos_t.
    unsafe {
        let r = ftello(f);
        if r < 0 {
            return -1;
        }
        (*pos).pos = r;
        (*pos).state = [0; 2];
    }
    0
}

/// C17 `fsetpos`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fsetpos(f: *mut FILE, pos: *const fpos_t) -> c_int {
    // SAFETY: f is live; pos points at an fpos_t from fgetpos.
    unsafe { fseeko(f, (*pos).pos, 0) }
}
