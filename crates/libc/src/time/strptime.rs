//! `strptime` (POSIX.1-2024 conversions and glibc's additions `%s %z %Z
//! %k %l %F %g %G %V %P`), in the C locale, with glibc's completion of the
//! fields a parse leaves implied: `%y`'s century (69–99 → 19xx), `%C`,
//! `%I` with `%p`, the month and day from `%j`, the date from `%U`/`%W`
//! and a weekday, and `tm_wday`/`tm_yday` once the date is known.
use super::local::tm;
use crate::types::*;
use crate::tz::civil::{civil_from_days, days_from_civil};

static DAYS: [&[u8]; 7] = [
    b"sunday",
    b"monday",
    b"tuesday",
    b"wednesday",
    b"thursday",
    b"friday",
    b"saturday",
];
/// Four-byte names are named statics: as literals they would join LLVM's
/// mergeable 4-byte constant pool, which a static program keeps whole.
static JUNE: [u8; 4] = *b"june";
static JULY: [u8; 4] = *b"july";
static MONTHS: [&[u8]; 12] = [
    b"january",
    b"february",
    b"march",
    b"april",
    b"may",
    &JUNE,
    &JULY,
    b"august",
    b"september",
    b"october",
    b"november",
    b"december",
];

#[derive(Default)]
pub(crate) struct Have {
    century: Option<i64>,
    yy: Option<i64>,
    year: bool,
    pub(crate) mon: bool,
    pub(crate) mday: bool,
    yday: bool,
    pub(crate) wday: bool,
    /// Hour, minute, second given (for getdate).
    pub(crate) hour: bool,
    pub(crate) min: bool,
    pub(crate) sec: bool,
    pm: Option<bool>,
    hour12: Option<i64>,
    week: Option<(i64, bool)>,
}

struct P<'a> {
    s: &'a [u8],
    i: usize,
}

impl P<'_> {
    fn spaces(&mut self) {
        while self.s.get(self.i).is_some_and(|c| c.is_ascii_whitespace()) {
            self.i += 1;
        }
    }
    /// Up to `n` digits after optional spaces, in `lo..=hi`.
    fn num(&mut self, lo: i64, hi: i64, n: usize) -> Option<i64> {
        self.spaces();
        let st = self.i;
        let mut v: i64 = 0;
        while self.i - st < n {
            match self.s.get(self.i) {
                Some(&c @ b'0'..=b'9') => {
                    v = v * 10 + (c - b'0') as i64;
                    self.i += 1;
                }
                _ => break,
            }
        }
        (self.i > st && (lo..=hi).contains(&v)).then_some(v)
    }
    /// The index of the longest name (full, then 3-letter) matching here.
    fn name(&mut self, tab: &[&[u8]]) -> Option<usize> {
        self.spaces();
        let rest = &self.s[self.i..];
        let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
        for (k, w) in tab.iter().enumerate() {
            if starts(w) {
                self.i += w.len();
                return Some(k);
            }
        }
        for (k, w) in tab.iter().enumerate() {
            if starts(&w[..3]) {
                self.i += 3;
                return Some(k);
            }
        }
        None
    }
}

fn parse(p: &mut P, f: &[u8], t: &mut tm, h: &mut Have) -> Option<()> {
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        if c.is_ascii_whitespace() {
            p.spaces();
            i += 1;
            continue;
        }
        if c != b'%' {
            if p.s.get(p.i) != Some(&c) {
                return None;
            }
            p.i += 1;
            i += 1;
            continue;
        }
        i += 1;
        while matches!(f.get(i), Some(b'-' | b'_' | b'0' | b'^' | b'#')) {
            i += 1;
        }
        while matches!(f.get(i), Some(b'0'..=b'9')) {
            i += 1;
        }
        if matches!(f.get(i), Some(b'E' | b'O')) {
            i += 1;
        }
        let conv = *f.get(i)?;
        i += 1;
        match conv {
            b'%' => {
                p.spaces();
                if p.s.get(p.i) != Some(&b'%') {
                    return None;
                }
                p.i += 1;
            }
            b'a' | b'A' => {
                t.tm_wday = p.name(&DAYS)? as c_int;
                h.wday = true;
            }
            b'b' | b'B' | b'h' => {
                t.tm_mon = p.name(&MONTHS)? as c_int;
                h.mon = true;
            }
            b'c' => parse(p, b"%a %b %e %H:%M:%S %Y", t, h)?,
            b'C' => h.century = Some(p.num(0, 99, 2)?),
            b'd' | b'e' => {
                t.tm_mday = p.num(1, 31, 2)? as c_int;
                h.mday = true;
            }
            b'D' | b'x' => parse(p, b"%m/%d/%y", t, h)?,
            b'F' => parse(p, b"%Y-%m-%d", t, h)?,
            b'g' => {
                p.num(0, 99, 2)?;
            }
            b'G' => {
                p.num(0, 9999, 4)?;
            }
            b'H' | b'k' => {
                t.tm_hour = p.num(0, 23, 2)? as c_int;
                h.hour12 = None;
                h.hour = true;
            }
            b'I' | b'l' => {
                h.hour12 = Some(p.num(1, 12, 2)?);
                h.hour = true;
            }
            b'j' => {
                t.tm_yday = p.num(1, 366, 3)? as c_int - 1;
                h.yday = true;
            }
            b'm' => {
                t.tm_mon = p.num(1, 12, 2)? as c_int - 1;
                h.mon = true;
            }
            b'M' => {
                t.tm_min = p.num(0, 59, 2)? as c_int;
                h.min = true;
            }
            b'n' | b't' => p.spaces(),
            b'p' | b'P' => {
                p.spaces();
                let r = &p.s[p.i..];
                let pm = if r.len() >= 2 && r[..2].eq_ignore_ascii_case(b"am") {
                    false
                } else if r.len() >= 2 && r[..2].eq_ignore_ascii_case(b"pm") {
                    true
                } else {
                    return None;
                };
                p.i += 2;
                h.pm = Some(pm);
            }
            b'r' => parse(p, b"%I:%M:%S %p", t, h)?,
            b'R' => parse(p, b"%H:%M", t, h)?,
            b's' => {
                p.spaces();
                let st = p.i;
                let mut v: i64 = 0;
                while let Some(&c @ b'0'..=b'9') = p.s.get(p.i) {
                    v = v.checked_mul(10)?.checked_add((c - b'0') as i64)?;
                    p.i += 1;
                }
                if p.i == st {
                    return None;
                }
                let secs = v as super::time_t;
                // SAFETY: a local time and the caller's tm.
                if unsafe { super::localtime_r(&secs, t) }.is_null() {
                    return None;
                }
                h.year = true;
                h.mon = true;
                h.mday = true;
                h.hour = true;
                h.min = true;
                h.sec = true;
            }
            b'S' => {
                t.tm_sec = p.num(0, 61, 2)? as c_int;
                h.sec = true;
            }
            b'T' | b'X' => parse(p, b"%H:%M:%S", t, h)?,
            b'u' => {
                t.tm_wday = (p.num(1, 7, 1)? % 7) as c_int;
                h.wday = true;
            }
            b'w' => {
                t.tm_wday = p.num(0, 6, 1)? as c_int;
                h.wday = true;
            }
            b'U' | b'W' => h.week = Some((p.num(0, 53, 2)?, conv == b'W')),
            b'V' => {
                p.num(0, 53, 2)?;
            }
            b'y' => {
                h.yy = Some(p.num(0, 99, 2)?);
            }
            b'Y' => {
                t.tm_year = (p.num(0, 9999, 4)? - 1900) as c_int;
                h.year = true;
                h.century = None;
                h.yy = None;
            }
            b'z' => {
                p.spaces();
                match p.s.get(p.i) {
                    Some(b'Z') => {
                        p.i += 1;
                        t.tm_gmtoff = 0;
                    }
                    Some(&s @ (b'+' | b'-')) => {
                        p.i += 1;
                        let mut d = [0i64; 4];
                        let mut k = 0;
                        while k < 4 {
                            match p.s.get(p.i) {
                                Some(&c @ b'0'..=b'9') => {
                                    d[k] = (c - b'0') as i64;
                                    k += 1;
                                    p.i += 1;
                                }
                                Some(b':') if k == 2 => p.i += 1,
                                _ => break,
                            }
                        }
                        let (hh, mm) = match k {
                            2 => (d[0] * 10 + d[1], 0),
                            4 => (d[0] * 10 + d[1], d[2] * 10 + d[3]),
                            _ => return None,
                        };
                        if hh > 24 || mm > 59 {
                            return None;
                        }
                        let v = (hh * 3600 + mm * 60) as c_long;
                        t.tm_gmtoff = if s == b'-' { -v } else { v };
                    }
                    _ => return None,
                }
            }
            b'Z' => {
                while p.s.get(p.i).is_some_and(|c| !c.is_ascii_whitespace()) {
                    p.i += 1;
                }
            }
            _ => return None,
        }
    }
    Some(())
}

/// Fill the fields the parsed ones imply, as glibc does: a parsed date
/// field (year, century, month, day) makes the weekday and day of the
/// year follow from the fields as they stand (`%Y` alone gives December
/// 31's weekday and day -1, as glibc), `%j` supplies a missing month and
/// day, and a week number with a weekday the whole date.
fn complete(t: &mut tm, h: &Have) {
    match (h.century, h.yy) {
        (Some(c), Some(y)) => t.tm_year = (c * 100 + y - 1900) as c_int,
        (None, Some(y)) => t.tm_year = if y >= 69 { y } else { y + 100 } as c_int,
        (Some(c), None) if !h.year => t.tm_year = (c * 100 - 1900) as c_int,
        _ => {}
    }
    if let Some(h12) = h.hour12 {
        t.tm_hour = (h12 % 12) as c_int + if h.pm == Some(true) { 12 } else { 0 };
    }
    let y = t.tm_year as i64 + 1900;
    let jan1 = days_from_civil(y, 1, 1);
    let set_date = |t: &mut tm, yday: i64, mon: bool, mday: bool| {
        let (_, m, d) = civil_from_days(jan1 + yday);
        if !mon {
            t.tm_mon = m as c_int - 1;
        }
        if !mday {
            t.tm_mday = d as c_int;
        }
    };
    let want_xday = h.year || h.yy.is_some() || h.century.is_some() || h.mon || h.mday;
    if want_xday && !h.wday {
        if !(h.mon && h.mday) && h.yday {
            set_date(t, t.tm_yday as i64, h.mon, h.mday);
        }
        let days = days_from_civil(y, t.tm_mon as i64 + 1, t.tm_mday as i64);
        t.tm_wday = (days + 4).rem_euclid(7) as c_int;
    }
    if want_xday && !h.yday {
        let first = days_from_civil(y, t.tm_mon as i64 + 1, 1) - jan1;
        t.tm_yday = (first + t.tm_mday as i64 - 1) as c_int;
    }
    if let (Some((w, monday)), true) = (h.week, h.wday) {
        // Day of the year from a week number and a weekday.
        let w1 = (jan1 + 4).rem_euclid(7); // weekday of January 1
        let wd = t.tm_wday as i64;
        let yday = if monday {
            (w - 1) * 7 + (wd + 6).rem_euclid(7) + (8 - w1).rem_euclid(7)
        } else {
            (w - 1) * 7 + wd + (7 - w1).rem_euclid(7)
        };
        if !h.yday {
            t.tm_yday = yday as c_int;
        }
        if !(h.mon && h.mday) {
            set_date(t, t.tm_yday as i64, h.mon, h.mday);
        }
    }
}

/// POSIX.1-2024 `strptime`: the first character not parsed, or NULL when
/// `s` does not match `f`. Fields the format does not name are kept.
/// `strptime`'s parse for getdate: how much of `s` the format took and
/// which fields it gave, or None.
pub(crate) fn parse_given(s: &[u8], f: &[u8], t: &mut tm) -> Option<(usize, Have)> {
    let mut p = P { s, i: 0 };
    let mut h = Have::default();
    parse(&mut p, f, t, &mut h)?;
    complete(t, &h);
    Some((p.i, h))
}

impl Have {
    /// A year was given (by `%Y`, `%y`, `%C` or `%s`).
    pub(crate) fn any_year(&self) -> bool {
        self.year || self.yy.is_some() || self.century.is_some()
    }
}

#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strptime(s: *const c_char, f: *const c_char, t: *mut tm) -> *mut c_char {
    // SAFETY: the caller passes two C strings and a writable tm.
    let (sb, fb, t) = unsafe {
        (
            core::slice::from_raw_parts(s as *const u8, crate::string::strlen(s)),
            core::slice::from_raw_parts(f as *const u8, crate::string::strlen(f)),
            &mut *t,
        )
    };
    let mut p = P { s: sb, i: 0 };
    let mut h = Have::default();
    if parse(&mut p, fb, t, &mut h).is_none() {
        return core::ptr::null_mut();
    }
    complete(t, &h);
    // SAFETY: p.i is at most the string's length.
    unsafe { s.add(p.i) as *mut c_char }
}

/// GNU `strptime_l`: `strptime` in locale `loc`; every locale is the C
/// locale here (as for `strftime_l`), so `loc` changes nothing.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strptime_l(
    s: *const c_char,
    f: *const c_char,
    t: *mut tm,
    _loc: crate::ctype::locale_t,
) -> *mut c_char {
    // SAFETY: forwarded.
    unsafe { strptime(s, f, t) }
}
