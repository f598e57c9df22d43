//! The `fopencookie` backend: the caller's four functions under the
//! buffer. As in glibc, a missing `read` or `write` makes that transfer
//! fail (the error indicator; the man page's "end of file" and "output
//! discarded" are not what glibc does), a missing `seek` makes the stream
//! unseekable (`ESPIPE`), a missing `close` does nothing.
use super::{FILE, Ops};
use crate::types::*;
use syscall::errno::{EIO, ESPIPE};

/// GNU `cookie_io_functions_t` (four function pointers, any of them null).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct cookie_io_functions_t {
    pub read: Option<unsafe extern "C" fn(*mut c_void, *mut c_char, size_t) -> ssize_t>,
    pub write: Option<unsafe extern "C" fn(*mut c_void, *const c_char, size_t) -> ssize_t>,
    pub seek: Option<unsafe extern "C" fn(*mut c_void, *mut off64_t, c_int) -> c_int>,
    pub close: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
}

/// The state a cookie stream's `FILE::cookie` points at (malloc'd).
pub struct Cookie {
    pub cookie: *mut c_void,
    pub io: cookie_io_functions_t,
}

unsafe fn state<'a>(f: *mut FILE) -> &'a Cookie {
    // SAFETY: the FILE cookie of a COOKIE_OPS stream is its live Cookie.
    unsafe { &*((*f).cookie as *const Cookie) }
}

/// A callback's failure as `-errno` (`EIO` when it left errno zero).
fn failed() -> isize {
    let e = crate::errno::get();
    -(if e == 0 { EIO as i32 } else { e }) as isize
}

unsafe fn cookie_read(f: *mut FILE, p: *mut u8, n: usize) -> isize {
    // SAFETY: the state is live; the callback gets the buffer range.
    let c = unsafe { state(f) };
    let Some(rd) = c.io.read else {
        return failed();
    };
    // SAFETY: the caller's callback, called as its type says.
    let r = unsafe { rd(c.cookie, p as *mut c_char, n) };
    if r < 0 { failed() } else { r.min(n as isize) }
}

unsafe fn cookie_write(f: *mut FILE, p: *const u8, n: usize) -> isize {
    // SAFETY: the state is live.
    let c = unsafe { state(f) };
    let Some(wr) = c.io.write else {
        return failed();
    };
    // SAFETY: the caller's callback, called as its type says.
    let r = unsafe { wr(c.cookie, p as *const c_char, n) };
    if r < 0 { failed() } else { r.min(n as isize) }
}

unsafe fn cookie_seek(f: *mut FILE, off: i64, whence: c_int) -> Result<i64, i32> {
    // SAFETY: the state is live.
    let c = unsafe { state(f) };
    let Some(sk) = c.io.seek else {
        return Err(ESPIPE as i32);
    };
    let mut pos = off;
    // SAFETY: the caller's callback; pos is a live i64 (off64_t).
    if unsafe { sk(c.cookie, &mut pos, whence) } < 0 {
        return Err(-failed() as i32);
    }
    Ok(pos)
}

unsafe fn cookie_close(f: *mut FILE) -> Result<(), i32> {
    // SAFETY: the state came from malloc in fopencookie and is dropped
    // here once.
    unsafe {
        let st = (*f).cookie as *mut Cookie;
        (*f).cookie = core::ptr::null_mut();
        let Cookie { cookie, io } = st.read();
        crate::heap::free(st as *mut c_void);
        match io.close {
            Some(cl) if cl(cookie) != 0 => Err(-failed() as i32),
            _ => Ok(()),
        }
    }
}

pub static COOKIE_OPS: Ops = Ops {
    read: cookie_read,
    write: cookie_write,
    seek: cookie_seek,
    close: cookie_close,
};
