//! `<error.h>`: the GNU diagnostics `error` and `error_at_line` (variadic
//! entry points in c/diag.c) and their three variables. stdout is flushed
//! first; then "prog: message[: strerror(errnum)]\n" goes to stderr (prog
//! being `program_invocation_name`, or whatever `error_print_progname`
//! prints), stderr is flushed, and a nonzero status exits.
// The back end needs the stdio engine, which the host unit tests leave out.
#![cfg_attr(test, allow(dead_code, unused_imports))]
use crate::err::{put, put_c, put_strerror, put_uint};
use crate::file::{self, mode::cstr};
use crate::types::*;

/// GNU `error_message_count`: messages printed so far.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut error_message_count: c_uint = 0;
/// GNU `error_one_per_line`: when nonzero, `error_at_line` prints nothing
/// for a call with the same file and line as the last one it printed.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut error_one_per_line: c_int = 0;
/// GNU `error_print_progname`: when set, called instead of printing the
/// program name.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut error_print_progname: Option<unsafe extern "C" fn()> = None;

/// The file and line of the last `error_at_line` message while
/// `error_one_per_line` was set (the caller's pointer, compared by
/// contents).
static mut LAST_FILE: *const c_char = core::ptr::null();
static mut LAST_LINE: c_uint = 0;

/// Whether `a` and `b` are both null, the same pointer, or equal strings.
unsafe fn same_file(a: *const c_char, b: *const c_char) -> bool {
    // SAFETY: non-null pointers are C strings.
    a == b || (!a.is_null() && !b.is_null() && unsafe { cstr(a) == cstr(b) })
}

/// Backend of `error` (`at_line == 0`) and `error_at_line`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_verror(
    status: c_int,
    errnum: c_int,
    at_line: c_int,
    fname: *const c_char,
    line: c_uint,
    fmt: *const c_char,
    ap: *mut c_void,
) {
    // SAFETY: the variables are only touched by the program's one thread;
    // the streams are live; fmt/ap and fname are the caller's.
    unsafe {
        if at_line != 0 && error_one_per_line != 0 {
            if line == LAST_LINE && same_file(fname, LAST_FILE) {
                return;
            }
            LAST_FILE = fname;
            LAST_LINE = line;
        }
        crate::stdio::fflush(crate::stdio::stdout);
        let f = crate::stdio::stderr;
        file::lock(f);
        match error_print_progname {
            Some(p) => p(),
            None => {
                put_c(crate::start::program_invocation_name);
                put(if at_line != 0 { b":" } else { b": " });
            }
        }
        if at_line != 0 {
            if fname.is_null() {
                put(b" ");
            } else {
                put_c(fname);
                put(b":");
                put_uint(line);
                put(b": ");
            }
        }
        crate::stdio::__ferro_vfprintf(f, fmt, ap);
        error_message_count = error_message_count.wrapping_add(1);
        if errnum != 0 {
            put(b": ");
            put_strerror(errnum);
        }
        put(b"\n");
        crate::stdio::fflush(f);
        file::unlock(f);
    }
    if status != 0 {
        crate::stdlib::exit(status);
    }
}
