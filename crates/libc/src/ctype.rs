//! `<ctype.h>`: character classification and case mapping in the C locale,
//! one 256-entry table of class bits.
//!
//! Defined arguments are EOF (-1) and 0..=255. Like glibc, values -128..=-2
//! (a `signed char` passed without a cast) are accepted too and classify as
//! the byte value (nothing, in the C locale). `toupper`/`tolower` return
//! them unchanged: glibc's table returns the byte value (c + 256) there, but
//! GCC's built-in model of these functions folds `toupper(c)` to `c` for
//! any non-lowercase `c`, so returning `c` is the only answer that does not
//! change with the optimisation level (the byte stored back is the same).
//! Anything else classifies as nothing and maps to itself.
use crate::types::*;

const UPPER: u16 = 1 << 0;
const LOWER: u16 = 1 << 1;
const DIGIT: u16 = 1 << 2;
const XDIGIT: u16 = 1 << 3;
const SPACE: u16 = 1 << 4;
const BLANK: u16 = 1 << 5;
const CNTRL: u16 = 1 << 6;
const PUNCT: u16 = 1 << 7;
const PRINT: u16 = 1 << 8;
const ALPHA: u16 = UPPER | LOWER;
const ALNUM: u16 = ALPHA | DIGIT;
const GRAPH: u16 = ALNUM | PUNCT;

/// The class bits of every byte in the C locale (bytes >= 128: none).
static TABLE: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        let mut f = 0;
        if b.is_ascii_uppercase() {
            f |= UPPER;
        }
        if b.is_ascii_lowercase() {
            f |= LOWER;
        }
        if b.is_ascii_digit() {
            f |= DIGIT;
        }
        if b.is_ascii_hexdigit() {
            f |= XDIGIT;
        }
        // space, \t \n \v \f \r (is_ascii_whitespace lacks \v).
        if b == b' ' || (b >= 9 && b <= 13) {
            f |= SPACE;
        }
        if b == b' ' || b == b'\t' {
            f |= BLANK;
        }
        if b < 32 || b == 127 {
            f |= CNTRL;
        }
        if b.is_ascii_punctuation() {
            f |= PUNCT;
        }
        if b >= 32 && b < 127 {
            f |= PRINT;
        }
        t[c] = f;
        c += 1;
    }
    t
};

/// The class bits of `c` (0 outside -128..=255).
#[inline(always)]
fn class(c: c_int) -> u16 {
    if (-128..=255).contains(&c) {
        TABLE[(c & 0xff) as usize]
    } else {
        0
    }
}

#[inline(always)]
fn is(c: c_int, mask: u16) -> c_int {
    (class(c) & mask != 0) as c_int
}

/// C17 `isalnum`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isalnum(c: c_int) -> c_int {
    is(c, ALNUM)
}
/// C17 `isalpha`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isalpha(c: c_int) -> c_int {
    is(c, ALPHA)
}
/// C17 `isblank`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isblank(c: c_int) -> c_int {
    is(c, BLANK)
}
/// C17 `iscntrl`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn iscntrl(c: c_int) -> c_int {
    is(c, CNTRL)
}
/// C17 `isdigit`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isdigit(c: c_int) -> c_int {
    is(c, DIGIT)
}
/// C17 `isgraph`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isgraph(c: c_int) -> c_int {
    is(c, GRAPH)
}
/// C17 `islower`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn islower(c: c_int) -> c_int {
    is(c, LOWER)
}
/// C17 `isprint`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isprint(c: c_int) -> c_int {
    is(c, PRINT)
}
/// C17 `ispunct`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ispunct(c: c_int) -> c_int {
    is(c, PUNCT)
}
/// C17 `isspace`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isspace(c: c_int) -> c_int {
    is(c, SPACE)
}
/// C17 `isupper`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isupper(c: c_int) -> c_int {
    is(c, UPPER)
}
/// C17 `isxdigit`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isxdigit(c: c_int) -> c_int {
    is(c, XDIGIT)
}

/// C17 `tolower`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tolower(c: c_int) -> c_int {
    match c {
        0x41..=0x5a => c + 0x20,
        _ => c,
    }
}
/// C17 `toupper`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn toupper(c: c_int) -> c_int {
    match c {
        0x61..=0x7a => c - 0x20,
        _ => c,
    }
}

/// XSI `isascii` (POSIX.1-2001, removed in POSIX.1-2008; kept by glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isascii(c: c_int) -> c_int {
    (c & !0x7f == 0) as c_int
}
/// XSI `toascii` (POSIX.1-2001, removed in POSIX.1-2008; kept by glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn toascii(c: c_int) -> c_int {
    c & 0x7f
}

/// `locale_t` (see `locale.rs`): single-byte classes do not depend on it.
pub type locale_t = *mut c_void;

macro_rules! with_locale {
    ($($name:ident => $base:ident),* $(,)?) => {$(
        #[doc = concat!("POSIX.1-2024 `", stringify!($name), "` (the single-byte classes are ASCII in every offered locale, C and UTF-8, as glibc).")]
        #[cfg_attr(not(test), unsafe(no_mangle))]
        pub extern "C" fn $name(c: c_int, _l: locale_t) -> c_int {
            $base(c)
        }
    )*};
}
with_locale! {
    isalnum_l => isalnum, isalpha_l => isalpha, isblank_l => isblank,
    iscntrl_l => iscntrl, isdigit_l => isdigit, isgraph_l => isgraph,
    islower_l => islower, isprint_l => isprint, ispunct_l => ispunct,
    isspace_l => isspace, isupper_l => isupper, isxdigit_l => isxdigit,
    tolower_l => tolower, toupper_l => toupper,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        for c in -200..300 {
            let ascii = (0..128).contains(&c);
            let b = c as u8;
            assert_eq!(isalpha(c) != 0, ascii && b.is_ascii_alphabetic());
            assert_eq!(isdigit(c) != 0, ascii && b.is_ascii_digit());
            assert_eq!(ispunct(c) != 0, ascii && b.is_ascii_punctuation());
            assert_eq!(isgraph(c) != 0, ascii && b.is_ascii_graphic());
            assert_eq!(iscntrl(c) != 0, ascii && b.is_ascii_control());
        }
        assert_eq!(toupper(-56), -56);
        assert_eq!(toupper(-1), -1);
        assert_eq!(toupper(b'a' as c_int), b'A' as c_int);
        assert_eq!(tolower(300), 300);
    }
}
