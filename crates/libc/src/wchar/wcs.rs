//! `<wchar.h>`'s wide string and wide memory functions, and the wide
//! number conversions (`wcstol` … `wcstold`).
//!
//! Comparisons order `wchar_t` values as the type does (signed where
//! `wchar_t` is, as glibc). Collation is code point order in every
//! offered locale (the C locale and C.UTF-8 collate alike), so `wcscoll`
//! is `wcscmp` and `wcsxfrm` copies. The number conversions skip the
//! locale's white space (`iswspace`), copy the number's ASCII prefix (no
//! character past 0x7f can be part of a number) to bytes and run
//! the narrow engines of `stdlib/conv`, so their results and rounding are
//! exactly `strtol`'s and `strtod`'s.
use super::{wchar_t, wint_t};
use crate::ctype::locale_t;
use crate::types::*;
use core::ptr::null_mut;

/// Length of the wide string `s`.
///
/// # Safety
/// `s` is a wide string.
#[inline]
unsafe fn wlen(s: *const wchar_t) -> usize {
    let mut n = 0;
    // SAFETY: reads stop at the terminator.
    while unsafe { *s.add(n) } != 0 {
        n += 1;
    }
    n
}

/// C95 `wcslen`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcslen(s: *const wchar_t) -> size_t {
    // SAFETY: the caller's contract.
    unsafe { wlen(s) }
}

/// POSIX.1-2008 `wcsnlen`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsnlen(s: *const wchar_t, max: size_t) -> size_t {
    let mut n = 0;
    // SAFETY: s has max characters or a terminator before them.
    while n < max && unsafe { *s.add(n) } != 0 {
        n += 1;
    }
    n
}

/// C95 `wmemcpy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wmemcpy(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    // SAFETY: both hold n characters and do not overlap.
    unsafe { crate::string::memcpy(d as *mut c_void, s as *const c_void, n * 4) };
    d
}

/// GNU `wmempcpy`: `wmemcpy` returning the end of the copy.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wmempcpy(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    // SAFETY: as wmemcpy.
    unsafe { wmemcpy(d, s, n).add(n) }
}

/// C95 `wmemmove`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wmemmove(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    // SAFETY: both hold n characters.
    unsafe { crate::string::memmove(d as *mut c_void, s as *const c_void, n * 4) };
    d
}

/// C95 `wmemset`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wmemset(d: *mut wchar_t, c: wchar_t, n: size_t) -> *mut wchar_t {
    for i in 0..n {
        // SAFETY: d holds n characters.
        unsafe { *d.add(i) = c };
    }
    d
}

/// C95 `wmemchr`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wmemchr(s: *const wchar_t, c: wchar_t, n: size_t) -> *mut wchar_t {
    for i in 0..n {
        // SAFETY: s holds n characters.
        if unsafe { *s.add(i) } == c {
            // SAFETY: i < n.
            return unsafe { s.add(i) } as *mut wchar_t;
        }
    }
    null_mut()
}

/// -1, 0 or 1 as `a` is below, equal to or above `b`.
#[inline(always)]
fn order(a: wchar_t, b: wchar_t) -> c_int {
    (a > b) as c_int - (a < b) as c_int
}

/// C95 `wmemcmp`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wmemcmp(a: *const wchar_t, b: *const wchar_t, n: size_t) -> c_int {
    for i in 0..n {
        // SAFETY: both hold n characters.
        let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
        if x != y {
            return order(x, y);
        }
    }
    0
}

/// C95 `wcscmp`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcscmp(a: *const wchar_t, b: *const wchar_t) -> c_int {
    // SAFETY: both are wide strings.
    unsafe { wcsncmp(a, b, usize::MAX) }
}

/// C95 `wcsncmp`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsncmp(a: *const wchar_t, b: *const wchar_t, n: size_t) -> c_int {
    let mut i = 0;
    while i < n {
        // SAFETY: reads stop at the first difference or terminator.
        let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
        if x != y || x == 0 {
            return order(x, y);
        }
        i += 1;
    }
    0
}

/// Case folding for the caseless comparisons: `towlower` of the locale.
#[inline]
fn fold(c: wchar_t, utf8: bool) -> wchar_t {
    crate::wctype::lower(c as wint_t, utf8) as wchar_t
}

/// `wcsncasecmp_l`'s body.
///
/// # Safety
/// Both are wide strings (or hold `n` characters).
unsafe fn casecmp(a: *const wchar_t, b: *const wchar_t, n: size_t, utf8: bool) -> c_int {
    let mut i = 0;
    while i < n {
        // SAFETY: reads stop at the first difference or terminator.
        let (x, y) = unsafe { (fold(*a.add(i), utf8), fold(*b.add(i), utf8)) };
        if x != y || x == 0 {
            return order(x, y);
        }
        i += 1;
    }
    0
}

/// POSIX.1-2008 `wcscasecmp` (case folded by the thread's `LC_CTYPE`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcscasecmp(a: *const wchar_t, b: *const wchar_t) -> c_int {
    // SAFETY: both are wide strings.
    unsafe { casecmp(a, b, usize::MAX, crate::locale::ctype_utf8()) }
}

/// POSIX.1-2008 `wcsncasecmp`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsncasecmp(a: *const wchar_t, b: *const wchar_t, n: size_t) -> c_int {
    // SAFETY: both are wide strings or hold n characters.
    unsafe { casecmp(a, b, n, crate::locale::ctype_utf8()) }
}

/// POSIX.1-2008 `wcscasecmp_l`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcscasecmp_l(a: *const wchar_t, b: *const wchar_t, l: locale_t) -> c_int {
    // SAFETY: both are wide strings.
    unsafe { casecmp(a, b, usize::MAX, crate::locale::ctype_utf8_l(l)) }
}

/// POSIX.1-2008 `wcsncasecmp_l`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsncasecmp_l(
    a: *const wchar_t,
    b: *const wchar_t,
    n: size_t,
    l: locale_t,
) -> c_int {
    // SAFETY: both are wide strings or hold n characters.
    unsafe { casecmp(a, b, n, crate::locale::ctype_utf8_l(l)) }
}

/// C95 `wcscoll`: code point order (see the module comment).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcscoll(a: *const wchar_t, b: *const wchar_t) -> c_int {
    // SAFETY: both are wide strings.
    unsafe { wcscmp(a, b) }
}

/// POSIX.1-2008 `wcscoll_l`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcscoll_l(a: *const wchar_t, b: *const wchar_t, _l: locale_t) -> c_int {
    // SAFETY: both are wide strings.
    unsafe { wcscmp(a, b) }
}

/// C95 `wcsxfrm`: the identity; returns `wcslen(s)`, writing only when
/// that fits in `n`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsxfrm(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> size_t {
    // SAFETY: s is a wide string; d holds n characters.
    unsafe {
        let len = wlen(s);
        if len < n {
            wmemcpy(d, s, len + 1);
        }
        len
    }
}

/// POSIX.1-2008 `wcsxfrm_l`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsxfrm_l(
    d: *mut wchar_t,
    s: *const wchar_t,
    n: size_t,
    _l: locale_t,
) -> size_t {
    // SAFETY: as wcsxfrm.
    unsafe { wcsxfrm(d, s, n) }
}

/// C95 `wcscpy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcscpy(d: *mut wchar_t, s: *const wchar_t) -> *mut wchar_t {
    // SAFETY: d has room for s and its terminator.
    unsafe { wmemcpy(d, s, wlen(s) + 1) }
}

/// POSIX.1-2008 `wcpcpy`: returns the end of the copy (its terminator).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcpcpy(d: *mut wchar_t, s: *const wchar_t) -> *mut wchar_t {
    // SAFETY: d has room for s and its terminator.
    unsafe {
        let n = wlen(s);
        wmemcpy(d, s, n + 1).add(n)
    }
}

/// C95 `wcsncpy`: pads with L'\0' to `n`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsncpy(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    // SAFETY: as wcpncpy.
    unsafe { wcpncpy(d, s, n) };
    d
}

/// POSIX.1-2008 `wcpncpy`: returns the first padding character, or
/// `d + n` when nothing was padded.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcpncpy(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    // SAFETY: d holds n characters; s is a string or holds n.
    unsafe {
        let len = wcsnlen(s, n);
        wmemcpy(d, s, len);
        wmemset(d.add(len), 0, n - len);
        d.add(len)
    }
}

/// C95 `wcscat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcscat(d: *mut wchar_t, s: *const wchar_t) -> *mut wchar_t {
    // SAFETY: d is a string with room for s after it.
    unsafe { wcscpy(d.add(wlen(d)), s) };
    d
}

/// C95 `wcsncat`: at most `n` characters of `s`, then L'\0'.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsncat(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    // SAFETY: d is a string with room for n more characters and L'\0'.
    unsafe {
        let e = d.add(wlen(d));
        let len = wcsnlen(s, n);
        wmemcpy(e, s, len);
        *e.add(len) = 0;
    }
    d
}

/// C95 `wcschr`: the terminator is found for `c == 0`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcschr(s: *const wchar_t, c: wchar_t) -> *mut wchar_t {
    let mut p = s;
    loop {
        // SAFETY: reads stop at the terminator.
        let x = unsafe { *p };
        if x == c {
            return p as *mut wchar_t;
        }
        if x == 0 {
            return null_mut();
        }
        // SAFETY: p is before the terminator.
        p = unsafe { p.add(1) };
    }
}

/// C95 `wcsrchr`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsrchr(s: *const wchar_t, c: wchar_t) -> *mut wchar_t {
    // SAFETY: s is a wide string; the terminator is included.
    unsafe {
        let mut i = wlen(s) + 1;
        while i > 0 {
            i -= 1;
            if *s.add(i) == c {
                return s.add(i) as *mut wchar_t;
            }
        }
    }
    null_mut()
}

/// Whether `c` is in the wide string `set`.
///
/// # Safety
/// `set` is a wide string.
#[inline]
unsafe fn in_set(c: wchar_t, set: *const wchar_t) -> bool {
    // SAFETY: the caller's contract; c != 0 is checked by the callers.
    !unsafe { wcschr(set, c) }.is_null()
}

/// C95 `wcsspn`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsspn(s: *const wchar_t, set: *const wchar_t) -> size_t {
    let mut n = 0;
    // SAFETY: both are wide strings; reads stop at s's terminator.
    while unsafe { *s.add(n) != 0 && in_set(*s.add(n), set) } {
        n += 1;
    }
    n
}

/// C95 `wcscspn`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcscspn(s: *const wchar_t, set: *const wchar_t) -> size_t {
    let mut n = 0;
    // SAFETY: as wcsspn.
    while unsafe { *s.add(n) != 0 && !in_set(*s.add(n), set) } {
        n += 1;
    }
    n
}

/// C95 `wcspbrk`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcspbrk(s: *const wchar_t, set: *const wchar_t) -> *mut wchar_t {
    // SAFETY: both are wide strings.
    unsafe {
        let p = s.add(wcscspn(s, set));
        if *p == 0 {
            null_mut()
        } else {
            p as *mut wchar_t
        }
    }
}

/// C95 `wcsstr` (`wcswcs` is not offered, as in glibc's default set).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsstr(h: *const wchar_t, n: *const wchar_t) -> *mut wchar_t {
    // SAFETY: both are wide strings.
    unsafe {
        let nl = wlen(n);
        if nl == 0 {
            return h as *mut wchar_t;
        }
        let mut p = h;
        loop {
            p = wcschr(p, *n);
            if p.is_null() {
                return null_mut();
            }
            if wcsncmp(p, n, nl) == 0 {
                return p as *mut wchar_t;
            }
            p = p.add(1);
        }
    }
}

/// C95 `wcstok`: the three-argument form, position kept in `*save`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcstok(
    s: *mut wchar_t,
    delim: *const wchar_t,
    save: *mut *mut wchar_t,
) -> *mut wchar_t {
    // SAFETY: s (or *save) is NULL or a writable wide string; delim is one.
    unsafe {
        let mut p = if s.is_null() { *save } else { s };
        if p.is_null() {
            return null_mut();
        }
        p = p.add(wcsspn(p, delim));
        if *p == 0 {
            *save = null_mut();
            return null_mut();
        }
        let end = p.add(wcscspn(p, delim));
        if *end == 0 {
            *save = null_mut();
        } else {
            *end = 0;
            *save = end.add(1);
        }
        p
    }
}

/// POSIX.1-2008 `wcsdup`, through the link-resolved `malloc`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsdup(s: *const wchar_t) -> *mut wchar_t {
    // SAFETY: s is a wide string; the copy gets len + 1 characters.
    unsafe {
        let n = wlen(s) + 1;
        let d = crate::heap::malloc(n * 4) as *mut wchar_t;
        if d.is_null() {
            crate::errno::set(syscall::errno::ENOMEM as i32);
            return d;
        }
        wmemcpy(d, s, n)
    }
}

/// BSD `wcslcpy` (glibc 2.38): copies at most `n - 1` characters,
/// terminates when `n > 0`, returns `wcslen(s)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcslcpy(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> size_t {
    // SAFETY: s is a wide string; d holds n characters.
    unsafe {
        let len = wlen(s);
        if n > 0 {
            let k = len.min(n - 1);
            wmemcpy(d, s, k);
            *d.add(k) = 0;
        }
        len
    }
}

/// BSD `wcslcat` (glibc 2.38): appends within a buffer of `n`
/// characters; returns the length it tried to make.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcslcat(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> size_t {
    // SAFETY: d holds n characters (a string within them, or not
    // terminated there); s is a wide string.
    unsafe {
        let dl = wcsnlen(d, n);
        if dl == n {
            return n + wlen(s);
        }
        dl + wcslcpy(d.add(dl), s, n - dl)
    }
}

/// Run a narrow conversion `f` on the ASCII prefix of `ws`, mapping its
/// end pointer back into `ws`.
///
/// # Safety
/// `ws` is a wide string; `end` is NULL or writable.
unsafe fn narrow<T>(
    ws: *const wchar_t,
    end: *mut *mut wchar_t,
    f: impl FnOnce(*const c_char, *mut *mut c_char) -> T,
) -> T {
    // Leading white space is the locale's (iswspace: U+3000 too in UTF-8).
    let utf8 = crate::locale::ctype_utf8();
    let start = ws;
    let mut ws = ws;
    // SAFETY: reads stop at the terminator (not a space).
    while crate::wctype::is_space(unsafe { *ws } as wint_t, utf8) {
        // SAFETY: ws is before the terminator.
        ws = unsafe { ws.add(1) };
    }
    let mut n = 0;
    // SAFETY: reads stop at the terminator (0 is not in 1..0x80).
    while (1..0x80).contains(&(unsafe { *ws.add(n) } as u32)) {
        n += 1;
    }
    let len = n;
    let mut local = [0u8; 128];
    let buf = if n < local.len() {
        local.as_mut_ptr()
    } else {
        // SAFETY: a fresh block of n + 1 bytes.
        let p = unsafe { crate::heap::malloc(n + 1) } as *mut u8;
        if p.is_null() {
            // No room for the copy: convert nothing (0, *end = ws).
            n = 0;
            local.as_mut_ptr()
        } else {
            p
        }
    };
    for i in 0..n {
        // SAFETY: i < n characters of ws; buf holds n + 1 bytes.
        unsafe { *buf.add(i) = *ws.add(i) as u8 };
    }
    // SAFETY: as above.
    unsafe { *buf.add(n) = 0 };
    let mut e: *mut c_char = null_mut();
    let r = f(buf as *const c_char, &mut e);
    if !end.is_null() {
        // SAFETY: e points into buf[..=n], so the offset is within ws; no
        // conversion leaves *end at the start, white space included.
        unsafe {
            let k = e.offset_from(buf as *const c_char) as usize;
            *end = if k == 0 { start } else { ws.add(k) } as *mut wchar_t;
        }
    }
    if buf != local.as_mut_ptr() {
        // SAFETY: buf came from heap::malloc.
        unsafe { crate::heap::free(buf as *mut c_void) };
    } else if n == 0 && len >= local.len() {
        crate::errno::set(syscall::errno::ENOMEM as i32);
    }
    r
}

macro_rules! wide_int {
    ($($name:ident => $narrow:path, $t:ty, $std:literal;)*) => {$(
        #[doc = concat!($std, " `", stringify!($name), "`: `", stringify!($narrow), "` on wide characters.")]
        #[cfg_attr(not(test), unsafe(no_mangle))]
        pub unsafe extern "C" fn $name(s: *const wchar_t, end: *mut *mut wchar_t, base: c_int) -> $t {
            // SAFETY: the caller's contract; the narrow copy is a C string.
            unsafe { narrow(s, end, |b, e| $narrow(b, e, base)) }
        }
    )*};
}
wide_int! {
    wcstol => crate::stdlib::strtol, c_long, "C95";
    wcstoul => crate::stdlib::strtoul, c_ulong, "C95";
    wcstoll => crate::stdlib::strtoll, crate::stdlib::c_longlong, "C99";
    wcstoull => crate::stdlib::strtoull, crate::stdlib::c_ulonglong, "C99";
    wcstoimax => crate::inttypes::strtoimax, i64, "C99";
    wcstoumax => crate::inttypes::strtoumax, u64, "C99";
}

/// C95 `wcstod`, correctly rounded as `strtod`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcstod(s: *const wchar_t, end: *mut *mut wchar_t) -> f64 {
    // SAFETY: the caller's contract.
    unsafe { narrow(s, end, |b, e| crate::stdlib::strtod(b, e)) }
}

/// C99 `wcstof`, correctly rounded as `strtof`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcstof(s: *const wchar_t, end: *mut *mut wchar_t) -> f32 {
    // SAFETY: the caller's contract.
    unsafe { narrow(s, end, |b, e| crate::stdlib::strtof(b, e)) }
}

/// The body of `wcstold` (c/strtold.c returns the long double): as
/// `__ferro_strtold`, on wide characters.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_wcstold(
    s: *const wchar_t,
    end: *mut *mut wchar_t,
    out: *mut u8,
    mant_dig: c_int,
) {
    // SAFETY: the caller's contract; out has 16 writable bytes.
    unsafe {
        narrow(s, end, |b, e| {
            crate::stdlib::__ferro_strtold(b, e, out, mant_dig);
        })
    }
}

/// XSI (legacy) `wcswcs`: `wcsstr`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcswcs(h: *const wchar_t, n: *const wchar_t) -> *mut wchar_t {
    // SAFETY: forwarded.
    unsafe { wcsstr(h, n) }
}
