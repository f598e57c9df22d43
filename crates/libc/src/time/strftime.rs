//! `strftime` (C17, POSIX.1-2024, the GNU flags `_ - 0 ^ #`, field widths,
//! `%E`/`%O` modifiers, glibc's extra conversions `%k %l %P %s`), in the C
//! locale. Each conversion renders into a small buffer, then case and
//! padding are applied as glibc does; a sequence glibc does not know is
//! copied as written.
use super::local::tm;
use crate::types::*;

/// Bytes written so far into a bounded buffer.
pub(crate) struct Sink<'a> {
    buf: &'a mut [u8],
    n: usize,
    full: bool,
}

impl Sink<'_> {
    fn put(&mut self, b: &[u8]) {
        for &c in b {
            if self.n < self.buf.len() {
                self.buf[self.n] = c;
                self.n += 1;
            } else {
                self.full = true;
            }
        }
    }
    fn fill(&mut self, c: u8, k: usize) {
        for _ in 0..k {
            self.put(&[c]);
        }
    }
    fn done(&self) -> &[u8] {
        &self.buf[..self.n]
    }
}

static DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
/// Four-byte names are named statics: as literals they would join LLVM's
/// mergeable 4-byte constant pool, which a static program keeps whole.
static JUNE_B: [u8; 4] = *b"June";
static JULY_B: [u8; 4] = *b"July";
// SAFETY: ASCII.
static JUNE: &str = unsafe { core::str::from_utf8_unchecked(&JUNE_B) };
// SAFETY: ASCII.
static JULY: &str = unsafe { core::str::from_utf8_unchecked(&JULY_B) };
static MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    JUNE,
    JULY,
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pad {
    Default,
    Space,
    None,
    Zero,
}

#[derive(Clone, Copy)]
struct Spec {
    pad: Pad,
    upper: bool,
    swap: bool,
    width: usize,
}

/// The decimal digits of `u`, at the end of `d`.
pub(crate) fn decimal(mut u: u64, d: &mut [u8; 20]) -> &[u8] {
    let mut i = d.len();
    loop {
        i -= 1;
        d[i] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    &d[i..]
}

/// A number as glibc prints it: at least `digits` digits (zeros; spaces
/// for `_` or a space-padded conversion), `-` dropping that, then the
/// field width (zeros after the sign unless `_` or `-`).
fn number(out: &mut Sink, v: i64, digits: usize, space: bool, s: Spec) {
    let mut d = [0u8; 20];
    let digs = decimal(v.unsigned_abs(), &mut d);
    let neg = v < 0;
    let pad = match s.pad {
        Pad::Default if space => Pad::Space,
        p => p,
    };
    let len = digs.len() + neg as usize;
    match pad {
        Pad::Space | Pad::None => {
            let min = if pad == Pad::Space {
                digits.max(s.width)
            } else {
                s.width
            };
            out.fill(b' ', min.saturating_sub(len));
            if neg {
                out.put(b"-");
            }
            out.put(digs);
        }
        Pad::Default | Pad::Zero => {
            let min = digits.max(s.width);
            if neg {
                out.put(b"-");
            }
            out.fill(b'0', min.saturating_sub(len));
            out.put(digs);
        }
    }
}

/// A text field: case, then padding to the width (spaces; zeros for `0`).
fn text(out: &mut Sink, b: &[u8], s: Spec, upper: bool, lower: bool) {
    let c = if s.pad == Pad::Zero { b'0' } else { b' ' };
    out.fill(c, s.width.saturating_sub(b.len()));
    for &ch in b {
        let ch = if upper {
            ch.to_ascii_uppercase()
        } else if lower {
            ch.to_ascii_lowercase()
        } else {
            ch
        };
        out.put(&[ch]);
    }
}

/// ISO 8601 week-based year and week of a date.
fn iso_week(year: i64, yday: i64, wday: i64) -> (i64, i64) {
    let wd = (wday + 6).rem_euclid(7);
    // The weekday of December 31 of year y (0 = Sunday).
    let p = |y: i64| (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)).rem_euclid(7);
    let weeks = |y: i64| if p(y) == 4 || p(y - 1) == 3 { 53 } else { 52 };
    let w = (yday - wd + 10).div_euclid(7);
    if w < 1 {
        (year - 1, weeks(year - 1))
    } else if w > weeks(year) {
        (year + 1, 1)
    } else {
        (year, w)
    }
}

fn zone_name(t: &tm) -> &'static [u8] {
    let mut p = t.tm_zone;
    if p.is_null() {
        super::tzset();
        // SAFETY: tzname holds two C strings (set under the zone lock).
        p = if t.tm_isdst < 0 {
            c"".as_ptr()
        } else {
            unsafe { super::tzname[(t.tm_isdst > 0) as usize] }
        };
    }
    // SAFETY: a C string that lives as long as the program (interned).
    unsafe { core::slice::from_raw_parts(p as *const u8, crate::string::strlen(p)) }
}

/// Render `f` for `t` into `out`.
fn render(out: &mut Sink, f: &[u8], t: &tm) {
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        if c != b'%' {
            out.put(&[c]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut s = Spec {
            pad: Pad::Default,
            upper: false,
            swap: false,
            width: 0,
        };
        while let Some(&c) = f.get(i) {
            match c {
                b'_' => s.pad = Pad::Space,
                b'-' => s.pad = Pad::None,
                b'0' => s.pad = Pad::Zero,
                b'^' => s.upper = true,
                b'#' => s.swap = true,
                _ => break,
            }
            i += 1;
        }
        while let Some(&c @ b'0'..=b'9') = f.get(i) {
            s.width = s
                .width
                .saturating_mul(10)
                .saturating_add((c - b'0') as usize)
                .min(4096);
            i += 1;
        }
        let modi = match f.get(i) {
            Some(&m @ (b'E' | b'O')) => {
                i += 1;
                m
            }
            _ => 0,
        };
        let Some(&conv) = f.get(i) else {
            out.put(&f[start..]);
            break;
        };
        i += 1;
        // The conversions glibc refuses each modifier on.
        let ok_mod = match modi {
            b'E' => !b"ABDFGHIMSUVWabdeghjklmw".contains(&conv),
            b'O' => !b"ADFXYacx".contains(&conv),
            _ => true,
        };
        if !ok_mod || !convert(out, conv, s, t) {
            out.put(&f[start..i]);
        }
    }
}

/// One conversion; false when glibc does not know it.
fn convert(out: &mut Sink, conv: u8, s: Spec, t: &tm) -> bool {
    let year = t.tm_year as i64 + 1900;
    let n = |out: &mut Sink, v: i64, d: usize| number(out, v, d, false, s);
    let sp = |out: &mut Sink, v: i64, d: usize| number(out, v, d, true, s);
    let name = |tab: &[&'static str], i: c_int| -> &'static [u8] {
        match usize::try_from(i).ok().and_then(|i| tab.get(i)) {
            Some(x) => x.as_bytes(),
            None => b"?",
        }
    };
    let sub = |out: &mut Sink, f: &[u8]| {
        if s.width == 0 && !s.upper {
            // Nothing to pad or case: straight into the output.
            render(out, f, t);
            return;
        }
        let mut tmp = [0u8; 128];
        let mut k = Sink {
            buf: &mut tmp,
            n: 0,
            full: false,
        };
        render(&mut k, f, t);
        text(out, k.done(), s, s.upper, false);
    };
    let hour12 = if t.tm_hour % 12 == 0 {
        12
    } else {
        (t.tm_hour % 12) as i64
    };
    let up = s.upper || s.swap;
    match conv {
        b'a' => text(
            out,
            name(&DAYS, t.tm_wday).get(..3).unwrap_or(b"?"),
            s,
            up,
            false,
        ),
        b'A' => text(out, name(&DAYS, t.tm_wday), s, up, false),
        b'b' | b'h' => text(
            out,
            name(&MONTHS, t.tm_mon).get(..3).unwrap_or(b"?"),
            s,
            up,
            false,
        ),
        b'B' => text(out, name(&MONTHS, t.tm_mon), s, up, false),
        b'c' => sub(out, b"%a %b %e %H:%M:%S %Y"),
        b'C' => n(out, year.div_euclid(100), 1),
        b'd' => n(out, t.tm_mday as i64, 2),
        b'D' | b'x' => sub(out, b"%m/%d/%y"),
        b'e' => sp(out, t.tm_mday as i64, 2),
        b'F' => sub(out, b"%Y-%m-%d"),
        b'G' | b'g' | b'V' => {
            let (y, w) = iso_week(year, t.tm_yday as i64, t.tm_wday as i64);
            match conv {
                b'G' => n(out, y, 1),
                b'g' => n(out, y.rem_euclid(100), 2),
                _ => n(out, w, 2),
            }
        }
        b'H' => n(out, t.tm_hour as i64, 2),
        b'I' => n(out, hour12, 2),
        b'j' => n(out, t.tm_yday as i64 + 1, 3),
        b'k' => sp(out, t.tm_hour as i64, 2),
        b'l' => sp(out, hour12, 2),
        b'm' => n(out, t.tm_mon as i64 + 1, 2),
        b'M' => n(out, t.tm_min as i64, 2),
        b'n' => text(out, b"\n", s, false, false),
        b't' => text(out, b"\t", s, false, false),
        b'%' => text(out, b"%", s, false, false),
        b'p' => text(
            out,
            if t.tm_hour < 12 { b"AM" } else { b"PM" },
            s,
            false,
            s.swap,
        ),
        b'P' => text(
            out,
            if t.tm_hour < 12 { b"am" } else { b"pm" },
            s,
            false,
            false,
        ),
        b'r' => sub(out, b"%I:%M:%S %p"),
        b'R' => sub(out, b"%H:%M"),
        b's' => n(out, super::local::mktime_copy(t), 1),
        b'S' => n(out, t.tm_sec as i64, 2),
        b'T' | b'X' => sub(out, b"%H:%M:%S"),
        b'u' => n(out, if t.tm_wday == 0 { 7 } else { t.tm_wday as i64 }, 1),
        b'U' => n(
            out,
            (t.tm_yday as i64 + 7 - t.tm_wday as i64).div_euclid(7),
            2,
        ),
        b'w' => n(out, t.tm_wday as i64, 1),
        b'W' => n(
            out,
            (t.tm_yday as i64 + 7 - (t.tm_wday as i64 + 6).rem_euclid(7)).div_euclid(7),
            2,
        ),
        b'y' => n(out, year.rem_euclid(100), 2),
        b'Y' => n(out, year, 1),
        b'z' => {
            // glibc pads the sign to the width, then the digits to it.
            let g = t.tm_gmtoff as i64;
            text(out, if g < 0 { b"-" } else { b"+" }, s, false, false);
            let a = g.abs();
            number(out, a / 3600 * 100 + a / 60 % 60, 4, false, s);
        }
        b'Z' => text(out, zone_name(t), s, s.upper, s.swap),
        _ => return false,
    }
    true
}

/// `strftime`'s rendering of `f` into `out` (no NUL): the byte count, or
/// None when it does not fit (for `wcsftime`).
pub fn render_into(out: &mut [u8], f: &[u8], t: &tm) -> Option<usize> {
    let mut sink = Sink {
        buf: out,
        n: 0,
        full: false,
    };
    render(&mut sink, f, t);
    if sink.full { None } else { Some(sink.n) }
}

/// C17 `strftime`: the byte count written (without the NUL), or 0 when it
/// does not fit `max` bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strftime(
    buf: *mut c_char,
    max: size_t,
    f: *const c_char,
    t: *const tm,
) -> size_t {
    if max == 0 {
        return 0;
    }
    // SAFETY: the caller passes a writable buffer of max bytes, a format
    // string and a readable tm.
    let (out, f, t) = unsafe {
        (
            core::slice::from_raw_parts_mut(buf as *mut u8, max),
            core::slice::from_raw_parts(f as *const u8, crate::string::strlen(f)),
            &*t,
        )
    };
    let mut sink = Sink {
        buf: &mut out[..max - 1],
        n: 0,
        full: false,
    };
    render(&mut sink, f, t);
    if sink.full {
        return 0;
    }
    let n = sink.n;
    out[n] = 0;
    n
}

/// POSIX.1-2024 `strftime_l` (every locale is the C locale).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strftime_l(
    buf: *mut c_char,
    max: size_t,
    f: *const c_char,
    t: *const tm,
    _loc: crate::ctype::locale_t,
) -> size_t {
    // SAFETY: forwarded.
    unsafe { strftime(buf, max, f, t) }
}
