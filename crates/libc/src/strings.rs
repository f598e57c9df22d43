//! `<strings.h>`: the BSD/POSIX byte functions and ASCII case-insensitive
//! comparisons (C locale).
use crate::string::{locale_t, lower};
use crate::types::*;

/// POSIX.1-2008 `ffs`: 1 + index of the lowest set bit, 0 for 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ffs(v: c_int) -> c_int {
    if v == 0 {
        0
    } else {
        v.trailing_zeros() as c_int + 1
    }
}

/// POSIX.1-2024 `ffsl`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ffsl(v: c_long) -> c_int {
    if v == 0 {
        0
    } else {
        v.trailing_zeros() as c_int + 1
    }
}

/// POSIX.1-2024 `ffsll`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ffsll(v: core::ffi::c_longlong) -> c_int {
    if v == 0 {
        0
    } else {
        v.trailing_zeros() as c_int + 1
    }
}

/// BSD `bzero` (POSIX legacy).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn bzero(dst: *mut c_void, n: size_t) {
    // SAFETY: the caller guarantees n writable bytes.
    unsafe { crate::string::memset(dst, 0, n) };
}

/// BSD `bcopy` (POSIX legacy): memmove with the arguments swapped.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn bcopy(src: *const c_void, dst: *mut c_void, n: size_t) {
    // SAFETY: the caller guarantees n valid bytes each.
    unsafe { crate::string::memmove(dst, src, n) };
}

/// BSD `bcmp` (POSIX legacy): zero when equal. LLVM emits calls to it for
/// equality-only comparisons.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn bcmp(a: *const c_void, b: *const c_void, n: size_t) -> c_int {
    // SAFETY: same contract as memcmp.
    unsafe { crate::string::memcmp(a, b, n) }
}

/// BSD `index` (POSIX legacy): `strchr`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn index(s: *const c_char, c: c_int) -> *mut c_char {
    // SAFETY: s is a string.
    unsafe { crate::string::strchr(s, c) }
}

/// BSD `rindex` (POSIX legacy): `strrchr`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn rindex(s: *const c_char, c: c_int) -> *mut c_char {
    // SAFETY: s is a string.
    unsafe { crate::string::strrchr(s, c) }
}

/// POSIX.1-2008 `strncasecmp`: ASCII case folded to lower case, compared
/// as unsigned char, at most `n` bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strncasecmp(a: *const c_char, b: *const c_char, n: size_t) -> c_int {
    let (a, b) = (a as *const u8, b as *const u8);
    for i in 0..n {
        // SAFETY: both are strings; we stop at the first NUL or difference.
        let (x, y) = unsafe { (lower(*a.add(i)), lower(*b.add(i))) };
        if x != y || x == 0 {
            return x as c_int - y as c_int;
        }
    }
    0
}

/// POSIX.1-2008 `strcasecmp`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strcasecmp(a: *const c_char, b: *const c_char) -> c_int {
    // SAFETY: both are strings.
    unsafe { strncasecmp(a, b, usize::MAX) }
}

/// POSIX.1-2008 `strcasecmp_l` (C locale).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strcasecmp_l(a: *const c_char, b: *const c_char, _l: locale_t) -> c_int {
    // SAFETY: both are strings.
    unsafe { strncasecmp(a, b, usize::MAX) }
}

/// POSIX.1-2008 `strncasecmp_l` (C locale).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strncasecmp_l(
    a: *const c_char,
    b: *const c_char,
    n: size_t,
    _l: locale_t,
) -> c_int {
    // SAFETY: both are strings.
    unsafe { strncasecmp(a, b, n) }
}
