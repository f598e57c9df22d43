//! `<langinfo.h>`: `nl_langinfo`, `nl_langinfo_l`.
//!
//! Items are glibc's numbers, `(category << 16) | index`. Every offered
//! locale answers with the C locale's strings except for the codeset
//! (`CODESET` and each category's `_NL_*_CODESET`): `"ANSI_X3.4-1968"`
//! in the C locale and `"UTF-8"` in UTF-8 ones, as glibc. glibc's
//! single-`char` monetary items (`FRAC_DIGITS` …) are a string whose first
//! byte is 0xff, as glibc's. An item ferrolibc does not know gives `""`, as
//! glibc does for an unknown item.
use crate::locale::{LC_MESSAGES, LC_MONETARY, LC_NUMERIC, LC_TIME, NCAT, locale_t};
use crate::types::*;
use core::ffi::CStr;

pub type nl_item = c_int;

/// `CODESET`.
pub const CODESET: nl_item = 14;

/// NUL-terminated item strings.
const ABDAY: [&CStr; 7] = [c"Sun", c"Mon", c"Tue", c"Wed", c"Thu", c"Fri", c"Sat"];
const DAY: [&CStr; 7] = [
    c"Sunday",
    c"Monday",
    c"Tuesday",
    c"Wednesday",
    c"Thursday",
    c"Friday",
    c"Saturday",
];
const ABMON: [&CStr; 12] = [
    c"Jan", c"Feb", c"Mar", c"Apr", c"May", c"Jun", c"Jul", c"Aug", c"Sep", c"Oct", c"Nov", c"Dec",
];
const MON: [&CStr; 12] = [
    c"January",
    c"February",
    c"March",
    c"April",
    c"May",
    c"June",
    c"July",
    c"August",
    c"September",
    c"October",
    c"November",
    c"December",
];

/// The index of each category's `_NL_<category>_CODESET` item (0: none).
const CODESET_INDEX: [u16; NCAT] = [14, 5, 0x6e, 0x12, 0x2d, 4, 0, 2, 6, 0xc, 4, 1, 0xf];

/// A `char` item's string: glibc's byte 0xff (`CHAR_MAX` where `char` is
/// unsigned, -1 where it is signed), NUL.
static CHAR_MAX_STR: [u8; 2] = [0xff, 0];

/// The string of `item` in a locale whose UTF-8 categories are `utf8`.
fn lookup(item: nl_item, utf8: u32) -> *const c_char {
    let cat = (item >> 16) as usize;
    let idx = (item & 0xffff) as usize;
    if cat >= NCAT {
        return c"".as_ptr();
    }
    if idx == CODESET_INDEX[cat] as usize && idx != 0 {
        let s: &CStr = if utf8 & (1 << cat) != 0 {
            c"UTF-8"
        } else {
            c"ANSI_X3.4-1968"
        };
        return s.as_ptr() as *const c_char;
    }
    let s: &CStr = match (cat as c_int, idx) {
        (LC_TIME, 0..=6) => ABDAY[idx],
        (LC_TIME, 7..=13) => DAY[idx - 7],
        (LC_TIME, 14..=25) => ABMON[idx - 14],
        (LC_TIME, 26..=37) => MON[idx - 26],
        (LC_TIME, 38) => c"AM",
        (LC_TIME, 39) => c"PM",
        (LC_TIME, 40) => c"%a %b %e %H:%M:%S %Y",
        (LC_TIME, 41) => c"%m/%d/%y",
        (LC_TIME, 42) => c"%H:%M:%S",
        (LC_TIME, 43) => c"%I:%M:%S %p",
        // _DATE_FMT
        (LC_TIME, 0x6c) => c"%a %b %e %H:%M:%S %Z %Y",
        // ALTMON_1 … ALTMON_12, _NL_ABALTMON_1 … _NL_ABALTMON_12
        (LC_TIME, 0x6f..=0x7a) => MON[idx - 0x6f],
        (LC_TIME, 0x87..=0x92) => ABMON[idx - 0x87],
        (LC_NUMERIC, 0) => c".",
        (LC_MONETARY, 7..=14) | (LC_MONETARY, 16..=21) => {
            return CHAR_MAX_STR.as_ptr() as *const c_char;
        }
        (LC_MONETARY, 15) => c"-",
        (LC_MESSAGES, 0) => c"^[yY]",
        (LC_MESSAGES, 1) => c"^[nN]",
        _ => c"",
    };
    s.as_ptr()
}

/// POSIX.1-2024 `nl_langinfo`, in the calling thread's locale.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn nl_langinfo(item: nl_item) -> *mut c_char {
    lookup(item, crate::locale::current_mask()) as *mut c_char
}

/// POSIX.1-2024 `nl_langinfo_l`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn nl_langinfo_l(item: nl_item, l: locale_t) -> *mut c_char {
    lookup(item, crate::locale::mask_of(l)) as *mut c_char
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(item: nl_item, utf8: u32) -> &'static [u8] {
        let p = lookup(item, utf8) as *const u8;
        // SAFETY: every item string is a static NUL-terminated literal.
        unsafe { core::ffi::CStr::from_ptr(p as *const core::ffi::c_char).to_bytes() }
    }

    #[test]
    fn items() {
        assert_eq!(s(CODESET, 0), b"ANSI_X3.4-1968");
        assert_eq!(s(CODESET, 1), b"UTF-8");
        assert_eq!(s(0x20028, 0), b"%a %b %e %H:%M:%S %Y");
        assert_eq!(s(0x2000d, 0), b"Saturday");
        assert_eq!(s(0x20025, 0), b"December");
        assert_eq!(s(0x20092, 0), b"Dec");
        assert_eq!(s(0x10000, 0), b".");
        assert_eq!(s(0x10005, 2), b"UTF-8");
        assert_eq!(s(0x4000f, 0), b"-");
        assert_eq!(s(0x40008, 0), &[0xff]);
        assert_eq!(s(12345, 0), b"");
        assert_eq!(s(0x7fff_0000, 0), b"");
        assert_eq!(s(-1, 0), b"");
    }
}
