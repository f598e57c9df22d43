//! `<stdlib.h>`'s multibyte functions (`mblen mbtowc wctomb mbstowcs
//! wcstombs`) over the restartable ones of `wchar`. The encodings
//! offered have no shift states, so `mblen(NULL, …)`, `mbtowc(…, NULL,
//! …)` and `wctomb(NULL, …)` return 0.
use crate::types::*;
use crate::wchar::{
    INCOMPLETE, Internal, mbrtowc_in, mbsnrtowcs_in, mbstate_t, wchar_t, wcrtomb_in, wcsnrtombs_in,
};

/// `mbtowc`'s own state (emptied after every call: no shift states).
static MBTOWC: Internal = Internal::new();

/// C17 `mbtowc`: an incomplete character is -1 (errno untouched, as
/// glibc), an invalid one -1 with `EILSEQ`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mbtowc(pwc: *mut wchar_t, s: *const c_char, n: size_t) -> c_int {
    // SAFETY: mbtowc's own state (C17 lets its calls race).
    let st = unsafe { &mut *MBTOWC.or(core::ptr::null_mut()) };
    *st = mbstate_t::default();
    if s.is_null() {
        return 0;
    }
    // SAFETY: the caller's contract.
    let r = unsafe { mbrtowc_in(pwc, s, n, st) };
    *st = mbstate_t::default();
    if r >= INCOMPLETE { -1 } else { r as c_int }
}

/// C17 `mblen`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mblen(s: *const c_char, n: size_t) -> c_int {
    // SAFETY: the caller's contract.
    unsafe { mbtowc(core::ptr::null_mut(), s, n) }
}

/// C17 `wctomb`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wctomb(s: *mut c_char, wc: wchar_t) -> c_int {
    if s.is_null() {
        return 0;
    }
    let mut st = mbstate_t::default();
    // SAFETY: s has room for MB_CUR_MAX bytes.
    unsafe { wcrtomb_in(s, wc as u32, &mut st) as c_int }
}

/// C17 `mbstowcs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mbstowcs(dst: *mut wchar_t, src: *const c_char, n: size_t) -> size_t {
    let mut s = src;
    let mut st = mbstate_t::default();
    // SAFETY: the caller's contract.
    unsafe { mbsnrtowcs_in(dst, &mut s, usize::MAX, n, &mut st) }
}

/// C17 `wcstombs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcstombs(dst: *mut c_char, src: *const wchar_t, n: size_t) -> size_t {
    let mut s = src;
    let mut st = mbstate_t::default();
    // SAFETY: the caller's contract.
    unsafe { wcsnrtombs_in(dst, &mut s, usize::MAX, n, &mut st) }
}
