//! `<assert.h>`: what a failed `assert` or `assert_perror` calls. The
//! message is glibc's, "prog: file:line: func: Assertion `expr' failed.\n"
//! (prog is `program_invocation_short_name`), on stderr; then `abort`.
use crate::err::{put, put_c, put_strerror, put_uint};
use crate::types::*;

/// "prog: file:line: func: " (the parts glibc leaves out when empty).
unsafe fn prefix(file: *const c_char, line: c_uint, func: *const c_char) {
    // SAFETY: the strings are C strings or null.
    unsafe {
        let prog = crate::start::program_invocation_short_name;
        if !prog.is_null() && *prog != 0 {
            put_c(prog);
            put(b": ");
        }
        put_c(file);
        put(b":");
        put_uint(line);
        put(b": ");
        if !func.is_null() {
            put_c(func);
            put(b": ");
        }
    }
}

/// glibc ABI `__assert_fail`: report the failed assertion `expr`, abort.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __assert_fail(
    expr: *const c_char,
    file: *const c_char,
    line: c_uint,
    func: *const c_char,
) -> ! {
    // SAFETY: the macro passes string literals (and __func__).
    unsafe {
        prefix(file, line, func);
        put(b"Assertion `");
        put_c(expr);
        put(b"' failed.\n");
        crate::stdio::fflush(crate::stdio::stderr);
    }
    crate::stdlib::abort()
}

/// glibc ABI `__assert_perror_fail` (GNU `assert_perror`): report the
/// unexpected error `errnum`, abort.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __assert_perror_fail(
    errnum: c_int,
    file: *const c_char,
    line: c_uint,
    func: *const c_char,
) -> ! {
    // SAFETY: as in __assert_fail.
    unsafe {
        prefix(file, line, func);
        put(b"Unexpected error: ");
        put_strerror(errnum);
        put(b".\n");
        crate::stdio::fflush(crate::stdio::stderr);
    }
    crate::stdlib::abort()
}
