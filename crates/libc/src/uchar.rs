//! `<uchar.h>`: `mbrtoc8 c8rtomb mbrtoc16 c16rtomb mbrtoc32 c32rtomb`
//! over the multibyte engine of `wchar` (`char32_t` is a code point, as
//! `wchar_t`; `char16_t` UTF-16 with the pending half of a surrogate pair
//! in the `mbstate_t`; `char8_t` UTF-8 code units).
use crate::types::*;
use crate::wchar::{
    INCOMPLETE, Internal, OWED, State, decode_one, encode_one, mbstate_t, wcrtomb_in,
};
use syscall::errno::EILSEQ;

pub type char8_t = u8;
pub type char16_t = u16;
pub type char32_t = u32;

fn eilseq(st: &mut mbstate_t) -> size_t {
    *st = mbstate_t::default();
    crate::errno::set(EILSEQ as i32);
    usize::MAX
}

/// Store a converted unit where the caller asked (NULL: nowhere).
#[inline(always)]
fn put<T>(p: *mut T, v: T) {
    if !p.is_null() {
        // SAFETY: a non-NULL result pointer of the uchar.h functions points
        // to an object of its type (the functions' contract).
        unsafe { *p = v };
    }
}

/// One character from `s`, as `mbrtowc` reads it (NULL `s`: `""`).
///
/// # Safety
/// As `mbrtowc`.
unsafe fn next(cp: &mut u32, s: *const c_char, n: size_t, st: &mut mbstate_t) -> size_t {
    let (s, n) = if s.is_null() {
        (c"".as_ptr() as *const u8, 1)
    } else {
        (s as *const u8, n)
    };
    // SAFETY: the caller's contract.
    unsafe { decode_one(cp, s, n, st) }
}

/// C11 `mbrtoc32`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mbrtoc32(
    pc32: *mut char32_t,
    s: *const c_char,
    n: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    static ST: Internal = Internal::new();
    // SAFETY: ps is NULL (the internal state) or a state object.
    let st = unsafe { &mut *ST.or(ps) };
    let mut cp = 0;
    // SAFETY: the caller's contract.
    let r = unsafe { next(&mut cp, s, n, st) };
    if r < INCOMPLETE {
        put(pc32, cp);
    }
    r
}

/// C11 `c32rtomb`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn c32rtomb(s: *mut c_char, c32: char32_t, ps: *mut mbstate_t) -> size_t {
    static ST: Internal = Internal::new();
    // SAFETY: the caller's contract.
    unsafe { wcrtomb_in(s, c32, &mut *ST.or(ps)) }
}

/// C11 `mbrtoc16`: a character past U+FFFF gives its high surrogate and
/// the bytes read, then `(size_t)-3` and the low surrogate on the next
/// call.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mbrtoc16(
    pc16: *mut char16_t,
    s: *const c_char,
    n: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    static ST: Internal = Internal::new();
    // SAFETY: ps is NULL (the internal state) or a state object.
    let st = unsafe { &mut *ST.or(ps) };
    let out = |u: u32| put(pc16, u as char16_t);
    if st.__count == State::LOW_OWED {
        out(st.__value);
        *st = mbstate_t::default();
        return OWED;
    }
    let mut cp = 0;
    // SAFETY: the caller's contract.
    let r = unsafe { next(&mut cp, s, n, st) };
    if r < INCOMPLETE {
        if cp >= 0x10000 {
            let v = cp - 0x10000;
            out(0xd800 | (v >> 10));
            st.__count = State::LOW_OWED;
            st.__value = 0xdc00 | (v & 0x3ff);
        } else {
            out(cp);
        }
    }
    r
}

/// C11 `c16rtomb`: a high surrogate is held (0 bytes written) until its
/// low surrogate arrives; an unpaired surrogate is `EILSEQ`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn c16rtomb(s: *mut c_char, c16: char16_t, ps: *mut mbstate_t) -> size_t {
    static ST: Internal = Internal::new();
    // SAFETY: ps is NULL (the internal state) or a state object.
    let st = unsafe { &mut *ST.or(ps) };
    let c = if s.is_null() { 0 } else { c16 as u32 };
    let cp = if st.__count == State::HIGH_HELD {
        if !(0xdc00..=0xdfff).contains(&c) {
            return eilseq(st);
        }
        0x10000 + ((st.__value - 0xd800) << 10) + (c - 0xdc00)
    } else {
        match c {
            0xd800..=0xdbff => {
                st.__count = State::HIGH_HELD;
                st.__value = c;
                return 0;
            }
            0xdc00..=0xdfff => return eilseq(st),
            _ => c,
        }
    };
    // SAFETY: s is NULL (cp is 0) or has room for MB_CUR_MAX bytes.
    unsafe { wcrtomb_in(s, cp, st) }
}

/// C23 `mbrtoc8`: a character's first UTF-8 code unit and the bytes
/// read, then `(size_t)-3` and each further unit on the next calls.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mbrtoc8(
    pc8: *mut char8_t,
    s: *const c_char,
    n: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    static ST: Internal = Internal::new();
    // SAFETY: ps is NULL (the internal state) or a state object.
    let st = unsafe { &mut *ST.or(ps) };
    let out = |u: u8| put(pc8, u);
    if st.__count > State::C8_OWED && st.__count <= State::C8_OWED + 3 {
        out(st.__value as u8);
        st.__value >>= 8;
        st.__count -= 1;
        if st.__count == State::C8_OWED {
            *st = mbstate_t::default();
        }
        return OWED;
    }
    let mut cp = 0;
    // SAFETY: the caller's contract.
    let r = unsafe { next(&mut cp, s, n, st) };
    if r < INCOMPLETE {
        let mut b = [0u8; 4];
        let len = crate::wchar::utf8::encode(cp, &mut b).unwrap_or(1);
        out(b[0]);
        if len > 1 {
            st.__count = State::C8_OWED + (len - 1) as c_int;
            st.__value = u32::from_le_bytes([b[1], b[2], b[3], 0]);
        }
    }
    r
}

/// C23 `c8rtomb`: UTF-8 code units are gathered (0 bytes written) until
/// they form a character, which is then written in the thread's
/// multibyte encoding.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn c8rtomb(s: *mut c_char, c8: char8_t, ps: *mut mbstate_t) -> size_t {
    static ST: Internal = Internal::new();
    // SAFETY: ps is NULL (the internal state) or a state object.
    let st = unsafe { &mut *ST.or(ps) };
    let c8 = if s.is_null() { 0 } else { c8 };
    let k = if (1..=3).contains(&st.__count) {
        st.__count as usize
    } else {
        0
    };
    let mut b = st.__value.to_le_bytes();
    b[k] = c8;
    match crate::wchar::utf8::decode(&b[..k + 1]) {
        crate::wchar::utf8::Step::Char(cp, _) => {
            *st = mbstate_t::default();
            let mut enc = [0u8; 4];
            let Some(len) = encode_one(cp, &mut enc) else {
                return eilseq(st);
            };
            if !s.is_null() {
                // SAFETY: s has room for MB_CUR_MAX >= len bytes.
                unsafe { core::ptr::copy_nonoverlapping(enc.as_ptr(), s as *mut u8, len) };
            }
            len
        }
        crate::wchar::utf8::Step::Short => {
            st.__count = (k + 1) as c_int;
            st.__value = u32::from_le_bytes(b);
            0
        }
        crate::wchar::utf8::Step::Bad => eilseq(st),
    }
}
