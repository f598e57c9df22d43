//! `<inttypes.h>`: greatest-width integer functions (intmax_t is 64-bit
//! on every supported arch). The PRI/SCN macros live in the header.
use crate::stdlib::{strtoll, strtoull};
use crate::types::*;

/// `imaxdiv_t` (C17 7.8).
#[repr(C)]
pub struct imaxdiv_t {
    pub quot: i64,
    pub rem: i64,
}

/// C17 `imaxabs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn imaxabs(x: i64) -> i64 {
    x.wrapping_abs()
}
/// C17 `imaxdiv`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn imaxdiv(a: i64, b: i64) -> imaxdiv_t {
    imaxdiv_t {
        quot: a.wrapping_div(b),
        rem: a.wrapping_rem(b),
    }
}
/// C17 `strtoimax`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtoimax(s: *const c_char, end: *mut *mut c_char, base: c_int) -> i64 {
    // SAFETY: caller's contract.
    unsafe { strtoll(s, end, base) }
}
/// C17 `strtoumax`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtoumax(s: *const c_char, end: *mut *mut c_char, base: c_int) -> u64 {
    // SAFETY: caller's contract.
    unsafe { strtoull(s, end, base) }
}
