//! `<err.h>`: the BSD diagnostics `warn warnx err errx` and their `v`
//! forms. The variadic entry points are in c/diag.c; they hand the
//! `va_list` here. Output: "prog: message: strerror(errno)\n" on stderr,
//! prog being `program_invocation_short_name`. stdout is not flushed
//! first (glibc does not); err/errx exit through `exit`, which does.
use crate::file::{self, mode::cstr};
use crate::types::*;

/// Write `b` to the current `stderr`; a failure has nowhere to be
/// reported, so it is ignored.
pub(crate) unsafe fn put(b: &[u8]) {
    // SAFETY: stderr is a live stream.
    let _ = unsafe { file::write_bytes(crate::stdio::stderr, b) };
}

/// Write the C string `s`, or nothing for a null pointer.
pub(crate) unsafe fn put_c(s: *const c_char) {
    if !s.is_null() {
        // SAFETY: s is a C string.
        unsafe { put(cstr(s)) };
    }
}

/// Write `strerror(e)`, without touching the static strerror buffer.
pub(crate) unsafe fn put_strerror(e: c_int) {
    let mut buf = [0 as c_char; 32];
    // SAFETY: buf is a local of the length passed; the result is a C
    // string (static, or in buf).
    unsafe { put_c(crate::string::strerror_r(e, buf.as_mut_ptr(), buf.len())) };
}

/// Write `n` in decimal.
pub(crate) unsafe fn put_uint(n: c_uint) {
    let mut buf = [0u8; 20];
    // SAFETY: writing a local buffer.
    unsafe { put(crate::kernel::decimal(n.into(), &mut buf)) };
}

/// Backend of `warn`/`vwarn` (`with_errno != 0`) and `warnx`/`vwarnx`:
/// "prog: " + the formatted message (when `fmt` is not null) + ": " and
/// the message of the errno at entry (for the first pair) + "\n". errno
/// is left as it was on entry.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vwarn(fmt: *const c_char, ap: *mut c_void, with_errno: c_int) {
    let e = crate::errno::get();
    // SAFETY: stderr is a live stream; fmt and ap are the caller's
    // matching format and va_list; the program name is a C string or null.
    unsafe {
        let f = crate::stdio::stderr;
        file::lock(f);
        put_c(crate::start::program_invocation_short_name);
        put(b": ");
        if !fmt.is_null() {
            crate::stdio::__ferro_vfprintf(f, fmt, ap);
            if with_errno != 0 {
                put(b": ");
            }
        }
        if with_errno != 0 {
            put_strerror(e);
        }
        put(b"\n");
        file::unlock(f);
    }
    crate::errno::set(e);
}

/// Backend of `err`/`verr`/`errx`/`verrx`: [`__ferro_vwarn`], then
/// `exit(status)`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_verr(
    status: c_int,
    fmt: *const c_char,
    ap: *mut c_void,
    with_errno: c_int,
) -> ! {
    // SAFETY: forwarded.
    unsafe { __ferro_vwarn(fmt, ap, with_errno) };
    crate::stdlib::exit(status)
}
