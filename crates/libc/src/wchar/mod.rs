//! `<wchar.h>`: wide characters and the restartable multibyte conversions
//! (`mbrtowc wcrtomb mbrlen mbsrtowcs wcsrtombs mbsnrtowcs wcsnrtombs
//! mbsinit btowc wctob`); the wide string functions are in `wcs`,
//! `wcwidth`/`wcswidth` with the Unicode tables in `wctype`.
//!
//! The multibyte encoding is the calling thread's `LC_CTYPE` (see
//! `locale.rs`): strict UTF-8 (`utf8.rs`) in UTF-8 locales; in the C
//! locale one byte per character where bytes 0x80–0xff are not
//! characters (`EILSEQ`), as glibc 2.36's C locale does.
//!
//! `mbstate_t` is glibc's 8 bytes: `__count` says what the state holds,
//! `__value` the data (see [`State`]).
use crate::types::*;
use syscall::errno::EILSEQ;

pub mod printf;
pub mod stdio;
pub mod time;
pub mod utf8;
pub mod wcs;

pub use crate::arch::wchar_t;
pub use crate::wctype::{wcswidth, wcwidth};
pub use printf::*;
pub use stdio::*;
pub use time::*;
pub use wcs::*;
pub type wint_t = c_uint;

/// `WEOF`.
pub const WEOF: wint_t = 0xffff_ffff;
const EOF: c_int = -1;

/// `(size_t)-1`: an invalid sequence (errno `EILSEQ`).
pub const ILLEGAL: size_t = usize::MAX;
/// `(size_t)-2`: an incomplete sequence, its bytes kept in the state.
pub const INCOMPLETE: size_t = usize::MAX - 1;
/// `(size_t)-3`: `mbrtoc16`/`mbrtoc8` gave a unit owed from before.
pub const OWED: size_t = usize::MAX - 2;

/// glibc's `mbstate_t` (8 bytes).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct mbstate_t {
    pub __count: c_int,
    pub __value: c_uint,
}

/// What `mbstate_t::__count` means: 0 the initial state; 1..=3 that many
/// UTF-8 bytes of an unfinished character, in `__value` from the low
/// byte up; [`LOW_OWED`] a low surrogate `mbrtoc16` owes; [`HIGH_HELD`]
/// the high surrogate `c16rtomb` was given; `C8_OWED + k`: `k` UTF-8 code
/// units `mbrtoc8` owes, next in the low byte.
pub struct State;
impl State {
    pub const LOW_OWED: c_int = 0x10;
    pub const HIGH_HELD: c_int = 0x20;
    pub const C8_OWED: c_int = 0x30;
}

/// The `mbstate_t` a function uses when passed NULL (each its own, as C17
/// says; not thread-safe, as C17 allows).
pub struct Internal(core::cell::UnsafeCell<mbstate_t>);
// SAFETY: C17 7.29.6.3 lets these functions race on their internal state.
unsafe impl Sync for Internal {}
impl Internal {
    pub const fn new() -> Self {
        Internal(core::cell::UnsafeCell::new(mbstate_t {
            __count: 0,
            __value: 0,
        }))
    }
    /// `ps`, or this internal state when `ps` is NULL.
    #[inline]
    pub fn or(&self, ps: *mut mbstate_t) -> *mut mbstate_t {
        if ps.is_null() { self.0.get() } else { ps }
    }
}

impl Default for Internal {
    fn default() -> Self {
        Self::new()
    }
}

fn eilseq() -> size_t {
    crate::errno::set(EILSEQ as i32);
    ILLEGAL
}

/// Decode one character from `s` (at most `n` bytes) in the thread's
/// encoding, continuing from `st`: bytes consumed (0 for the null
/// character), [`INCOMPLETE`] or [`ILLEGAL`]; the character in `*wc`.
///
/// # Safety
/// `s` has `n` readable bytes, or a NUL before them.
pub unsafe fn decode_one(wc: &mut u32, s: *const u8, n: size_t, st: &mut mbstate_t) -> size_t {
    // SAFETY: the caller's contract.
    unsafe { decode_in(wc, s, n, st, crate::locale::ctype_utf8()) }
}

/// `decode_one` in UTF-8 (`utf8`) or the C locale's encoding.
///
/// # Safety
/// As `decode_one`.
#[inline]
unsafe fn decode_in(
    wc: &mut u32,
    s: *const u8,
    n: size_t,
    st: &mut mbstate_t,
    utf8: bool,
) -> size_t {
    if n == 0 {
        return INCOMPLETE;
    }
    if !utf8 {
        // SAFETY: n >= 1.
        let b = unsafe { *s };
        if b >= 0x80 {
            return eilseq();
        }
        *wc = b as u32;
        return (b != 0) as size_t;
    }
    // SAFETY: n >= 1.
    let b0 = unsafe { *s };
    if st.__count == 0 {
        if b0 < 0x80 {
            *wc = b0 as u32;
            return (b0 != 0) as size_t;
        }
        if n >= 4 {
            // SAFETY: 4 bytes (or a NUL before them) are readable.
            return match unsafe { utf8::decode_ptr(s) } {
                utf8::Step::Char(cp, len) => {
                    *wc = cp;
                    len
                }
                _ => eilseq(),
            };
        }
    }
    let k = if (1..=3).contains(&st.__count) {
        st.__count as usize
    } else {
        0
    };
    let pend = st.__value.to_le_bytes();
    let get = |i: usize| -> Option<u8> {
        if i < k {
            Some(pend[i])
        } else if i - k < n {
            // SAFETY: i - k < n, and decode stops at the first byte that is
            // not a continuation byte, so it never reads past a NUL.
            Some(unsafe { *s.add(i - k) })
        } else {
            None
        }
    };
    match utf8::decode_with(get) {
        utf8::Step::Char(cp, len) => {
            *st = mbstate_t::default();
            *wc = cp;
            if cp == 0 { 0 } else { len - k }
        }
        utf8::Step::Short => {
            // Every byte of s was a valid prefix (fewer than 4 in all).
            let mut b = pend;
            for i in 0..n {
                // SAFETY: i < n.
                b[k + i] = unsafe { *s.add(i) };
            }
            st.__count = (k + n) as c_int;
            st.__value = u32::from_le_bytes(b);
            INCOMPLETE
        }
        utf8::Step::Bad => {
            *st = mbstate_t::default();
            eilseq()
        }
    }
}

/// Encode `wc` in the thread's encoding into `out`: its length, or None
/// (not representable: `EILSEQ`).
#[inline]
pub fn encode_one(wc: u32, out: &mut [u8; 4]) -> Option<usize> {
    encode_in(wc, out, crate::locale::ctype_utf8())
}

/// `encode_one` in UTF-8 (`utf8`) or the C locale's encoding.
#[inline]
pub fn encode_in(wc: u32, out: &mut [u8; 4], utf8: bool) -> Option<usize> {
    if wc < 0x80 {
        out[0] = wc as u8;
        return Some(1);
    }
    if !utf8 {
        return None;
    }
    utf8::encode(wc, out)
}

static MBRTOWC: Internal = Internal::new();
static MBRLEN: Internal = Internal::new();
static WCRTOMB: Internal = Internal::new();
static MBSRTOWCS: Internal = Internal::new();
static WCSRTOMBS: Internal = Internal::new();

/// `mbrtowc` on a resolved state (shared with `mbrlen`, `mbtowc` …).
///
/// # Safety
/// As `mbrtowc`.
pub unsafe fn mbrtowc_in(
    pwc: *mut wchar_t,
    s: *const c_char,
    n: size_t,
    st: &mut mbstate_t,
) -> size_t {
    let (s, n) = if s.is_null() {
        (c"".as_ptr() as *const u8, 1)
    } else {
        (s as *const u8, n)
    };
    let mut wc = 0;
    // SAFETY: the caller's contract on s and n.
    let r = unsafe { decode_one(&mut wc, s, n, st) };
    if r < INCOMPLETE && !pwc.is_null() {
        // SAFETY: pwc points to a wchar_t.
        unsafe { *pwc = wc as wchar_t };
    }
    r
}

/// C17 `mbrtowc`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mbrtowc(
    pwc: *mut wchar_t,
    s: *const c_char,
    n: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    // SAFETY: the caller's contract; ps is NULL or a state object.
    unsafe { mbrtowc_in(pwc, s, n, &mut *MBRTOWC.or(ps)) }
}

/// C17 `mbrlen`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mbrlen(s: *const c_char, n: size_t, ps: *mut mbstate_t) -> size_t {
    // SAFETY: the caller's contract.
    unsafe { mbrtowc_in(core::ptr::null_mut(), s, n, &mut *MBRLEN.or(ps)) }
}

/// `wcrtomb` on a resolved state.
///
/// # Safety
/// `s` is NULL or has room for `MB_CUR_MAX` bytes.
pub unsafe fn wcrtomb_in(s: *mut c_char, wc: u32, st: &mut mbstate_t) -> size_t {
    *st = mbstate_t::default();
    let wc = if s.is_null() { 0 } else { wc };
    let mut b = [0u8; 4];
    let Some(len) = encode_one(wc, &mut b) else {
        return eilseq();
    };
    if !s.is_null() {
        // SAFETY: s has room for MB_CUR_MAX >= len bytes.
        unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), s as *mut u8, len) };
    }
    len
}

/// C17 `wcrtomb`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcrtomb(s: *mut c_char, wc: wchar_t, ps: *mut mbstate_t) -> size_t {
    // SAFETY: the caller's contract.
    unsafe { wcrtomb_in(s, wc as u32, &mut *WCRTOMB.or(ps)) }
}

/// C17 `mbsinit`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mbsinit(ps: *const mbstate_t) -> c_int {
    // SAFETY: ps is NULL or a state object.
    (ps.is_null() || unsafe { (*ps).__count } == 0) as c_int
}

/// C17 `btowc`: bytes 0x80–0xff are no character in either encoding.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn btowc(c: c_int) -> wint_t {
    if (0..0x80).contains(&c) {
        c as wint_t
    } else {
        WEOF
    }
}

/// C17 `wctob`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn wctob(c: wint_t) -> c_int {
    if c < 0x80 { c as c_int } else { EOF }
}

/// `mbsnrtowcs` on a resolved state.
///
/// # Safety
/// As `mbsnrtowcs`.
pub unsafe fn mbsnrtowcs_in(
    dst: *mut wchar_t,
    src: *mut *const c_char,
    nms: size_t,
    len: size_t,
    st: &mut mbstate_t,
) -> size_t {
    // With no destination nothing is stored and the caller's state stays.
    let mut copy;
    let st = if dst.is_null() {
        copy = *st;
        &mut copy
    } else {
        st
    };
    // SAFETY: src points to a string pointer.
    let mut s = unsafe { *src } as *const u8;
    let mut left = nms;
    let mut count = 0;
    let utf8 = crate::locale::ctype_utf8();
    while dst.is_null() || count < len {
        if st.__count == 0 {
            // A run of ASCII, one byte per character.
            let lim = if dst.is_null() {
                left
            } else {
                left.min(len - count)
            };
            let mut k = 0;
            while k < lim {
                // SAFETY: k < left bytes remain, none a NUL so far.
                let b = unsafe { *s.add(k) };
                if b == 0 || b >= 0x80 {
                    break;
                }
                if !dst.is_null() {
                    // SAFETY: count + k < len.
                    unsafe { *dst.add(count + k) = b as wchar_t };
                }
                k += 1;
            }
            count += k;
            // SAFETY: k bytes were read.
            s = unsafe { s.add(k) };
            left -= k;
            if k > 0 {
                continue;
            }
            if utf8 && left >= 4 {
                // SAFETY: 4 bytes (or a NUL before them) are readable.
                if let utf8::Step::Char(cp, l) = unsafe { utf8::decode_ptr(s) }
                    && cp != 0
                    && (dst.is_null() || count < len)
                {
                    if !dst.is_null() {
                        // SAFETY: count < len.
                        unsafe { *dst.add(count) = cp as wchar_t };
                    }
                    count += 1;
                    // SAFETY: l bytes were read.
                    s = unsafe { s.add(l) };
                    left -= l;
                    continue;
                }
            }
        }
        let mut wc = 0;
        // SAFETY: s has `left` bytes or a NUL before them.
        let r = unsafe { decode_in(&mut wc, s, left, st, utf8) };
        match r {
            ILLEGAL => {
                if !dst.is_null() {
                    // SAFETY: src is writable.
                    unsafe { *src = s as *const c_char };
                }
                return ILLEGAL;
            }
            INCOMPLETE => {
                // SAFETY: the `left` bytes were consumed into the state.
                s = unsafe { s.add(left) };
                break;
            }
            0 => {
                if !dst.is_null() {
                    // SAFETY: count < len slots remain in dst.
                    unsafe {
                        *dst.add(count) = 0;
                        *src = core::ptr::null();
                    }
                }
                return count;
            }
            k => {
                if !dst.is_null() {
                    // SAFETY: count < len.
                    unsafe { *dst.add(count) = wc as wchar_t };
                }
                count += 1;
                // SAFETY: k bytes were read.
                s = unsafe { s.add(k) };
                left -= k;
            }
        }
    }
    if !dst.is_null() {
        // SAFETY: src is writable.
        unsafe { *src = s as *const c_char };
    }
    count
}

/// C17 `mbsrtowcs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mbsrtowcs(
    dst: *mut wchar_t,
    src: *mut *const c_char,
    len: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    // SAFETY: the caller's contract.
    unsafe { mbsnrtowcs_in(dst, src, usize::MAX, len, &mut *MBSRTOWCS.or(ps)) }
}

/// POSIX.1-2008 `mbsnrtowcs`: at most `nms` bytes of `*src`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mbsnrtowcs(
    dst: *mut wchar_t,
    src: *mut *const c_char,
    nms: size_t,
    len: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    static ST: Internal = Internal::new();
    // SAFETY: the caller's contract.
    unsafe { mbsnrtowcs_in(dst, src, nms, len, &mut *ST.or(ps)) }
}

/// `wcsnrtombs` on a resolved state.
///
/// # Safety
/// As `wcsnrtombs`.
pub unsafe fn wcsnrtombs_in(
    dst: *mut c_char,
    src: *mut *const wchar_t,
    nwc: size_t,
    len: size_t,
    st: &mut mbstate_t,
) -> size_t {
    // SAFETY: src points to a wide string pointer.
    let ws = unsafe { *src };
    let mut count = 0;
    let mut i = 0;
    let utf8 = crate::locale::ctype_utf8();
    while i < nwc {
        // SAFETY: i < nwc and before the terminator.
        let wc = unsafe { *ws.add(i) } as u32;
        if wc == 0 {
            if !dst.is_null() {
                if count >= len {
                    break;
                }
                // SAFETY: count < len.
                unsafe {
                    *dst.add(count) = 0;
                    *src = core::ptr::null();
                }
                *st = mbstate_t::default();
            }
            return count;
        }
        if wc < 0x80 {
            if !dst.is_null() {
                if count >= len {
                    break;
                }
                // SAFETY: count < len.
                unsafe { *dst.add(count) = wc as c_char };
            }
            count += 1;
            i += 1;
            continue;
        }
        let mut b = [0u8; 4];
        let Some(n) = encode_in(wc, &mut b, utf8) else {
            if !dst.is_null() {
                // SAFETY: src is writable.
                unsafe { *src = ws.add(i) };
            }
            return eilseq();
        };
        if !dst.is_null() {
            if count + n > len {
                break;
            }
            let d = dst as *mut u8;
            for (j, &x) in b[..n].iter().enumerate() {
                // SAFETY: count + n <= len.
                unsafe { *d.add(count + j) = x };
            }
        }
        count += n;
        i += 1;
    }
    if !dst.is_null() {
        // SAFETY: src is writable; i characters were converted.
        unsafe { *src = ws.add(i) };
    }
    count
}

/// C17 `wcsrtombs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsrtombs(
    dst: *mut c_char,
    src: *mut *const wchar_t,
    len: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    // SAFETY: the caller's contract.
    unsafe { wcsnrtombs_in(dst, src, usize::MAX, len, &mut *WCSRTOMBS.or(ps)) }
}

/// POSIX.1-2008 `wcsnrtombs`: at most `nwc` wide characters of `*src`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsnrtombs(
    dst: *mut c_char,
    src: *mut *const wchar_t,
    nwc: size_t,
    len: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    static ST: Internal = Internal::new();
    // SAFETY: the caller's contract.
    unsafe { wcsnrtombs_in(dst, src, nwc, len, &mut *ST.or(ps)) }
}
