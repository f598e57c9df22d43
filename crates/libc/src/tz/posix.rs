//! POSIX TZ strings (POSIX.1-2024 XBD 8.3, with the RFC 8536 extensions
//! TZif footers use: rule times from -167 to 167 hours): `std offset [dst
//! [offset] [,start[/time],end[/time]]]`, names plain (`EST`) or quoted
//! (`<+0330>`). Names are kept as ranges of the source string. Parsing
//! follows glibc where the string is malformed: a field that fails ends
//! the parse and keeps what came before it (see [`parse`]).
use super::civil::{days_from_civil, is_leap, month_days};

/// A range `(start, end)` of the source string.
pub type Span = (usize, usize);

/// When in a year a change happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Date {
    /// `Jn`: day 1..=365, February 29 never counted.
    J1(u16),
    /// `n`: zero-based day 0..=365, February 29 counted.
    J0(u16),
    /// `Mm.w.d`: weekday `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
    M(u8, u8, u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub date: Date,
    /// Seconds after local midnight (of the time then in effect).
    pub time: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dst {
    /// UT offset (seconds east) during DST.
    pub utoff: i32,
    pub start: Change,
    pub end: Change,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posix {
    /// The standard and DST names (glibc's `tzname[0]`, `tzname[1]`).
    pub names: [Span; 2],
    /// UT offset (seconds east) of standard time.
    pub utoff: i32,
    pub dst: Option<Dst>,
}

/// The rule glibc applies when a DST name comes without rules.
const DEFAULT_START: Change = Change {
    date: Date::M(3, 2, 0),
    time: 7200,
};
const DEFAULT_END: Change = Change {
    date: Date::M(11, 1, 0),
    time: 7200,
};

struct P<'a> {
    s: &'a [u8],
    i: usize,
}

impl P<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn name(&mut self) -> Option<Span> {
        let st = self.i;
        if self.eat(b'<') {
            let a = self.i;
            while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == b'+' || c == b'-')
            {
                self.i += 1;
            }
            let b = self.i;
            if b - a < 3 || !self.eat(b'>') {
                self.i = st;
                return None;
            }
            return Some((a, b));
        }
        while matches!(self.peek(), Some(c) if c.is_ascii_alphabetic()) {
            self.i += 1;
        }
        if self.i - st < 3 {
            self.i = st;
            return None;
        }
        Some((st, self.i))
    }
    /// Up to `max` decimal digits' value, or None when there is no digit.
    fn num(&mut self, limit: u32) -> Option<u32> {
        let st = self.i;
        let mut v: u32 = 0;
        while let Some(c @ b'0'..=b'9') = self.peek() {
            v = v.saturating_mul(10).saturating_add((c - b'0') as u32);
            self.i += 1;
        }
        if self.i == st {
            return None;
        }
        Some(v.min(limit))
    }
    /// `[+-]hh[:mm[:ss]]` in seconds; hours clamped to `hmax`, minutes and
    /// seconds to 59 (glibc's reading).
    fn hms(&mut self, hmax: u32) -> Option<i32> {
        let st = self.i;
        let neg = if self.eat(b'-') {
            true
        } else {
            self.eat(b'+');
            false
        };
        let Some(h) = self.num(hmax) else {
            self.i = st;
            return None;
        };
        let mut v = h * 3600;
        if self.eat(b':') {
            v += self.num(59).unwrap_or(0) * 60;
            if self.eat(b':') {
                v += self.num(59).unwrap_or(0);
            }
        }
        let v = v as i32;
        Some(if neg { -v } else { v })
    }
    fn change(&mut self) -> Option<Change> {
        let date = if self.eat(b'J') {
            match self.num(u32::MAX)? {
                n @ 1..=365 => Date::J1(n as u16),
                _ => return None,
            }
        } else if self.eat(b'M') {
            let m = self.num(99)?;
            if !self.eat(b'.') {
                return None;
            }
            let w = self.num(99)?;
            if !self.eat(b'.') {
                return None;
            }
            let d = self.num(99)?;
            if !(1..=12).contains(&m) || !(1..=5).contains(&w) || d > 6 {
                return None;
            }
            Date::M(m as u8, w as u8, d as u8)
        } else {
            match self.num(u32::MAX)? {
                n @ 0..=365 => Date::J0(n as u16),
                _ => return None,
            }
        };
        let time = if self.eat(b'/') { self.hms(167)? } else { 7200 };
        Some(Change { date, time })
    }
}

/// Parse a TZ string. Returns the zone and whether the whole string was
/// well formed. As glibc: with no valid standard name both names are empty
/// and the zone is UTC; with a name but no valid offset the DST name is
/// empty and the offset 0; with a DST name but missing or malformed rules,
/// glibc's default rules (`M3.2.0,M11.1.0`) apply.
pub fn parse(s: &[u8]) -> (Posix, bool) {
    let mut z = Posix {
        names: [(0, 0); 2],
        utoff: 0,
        dst: None,
    };
    let mut p = P { s, i: 0 };
    let Some(std) = p.name() else {
        return (z, false);
    };
    z.names[0] = std;
    // POSIX offsets count west of Greenwich.
    let Some(off) = p.hms(24) else {
        return (z, false);
    };
    z.utoff = -off;
    z.names[1] = std;
    if p.peek().is_none() {
        return (z, true);
    }
    let Some(dname) = p.name() else {
        return (z, false);
    };
    z.names[1] = dname;
    let dutoff = match p.peek() {
        Some(b',') | None => z.utoff + 3600,
        _ => match p.hms(24) {
            Some(o) => -o,
            None => {
                z.dst = Some(Dst {
                    utoff: z.utoff + 3600,
                    start: DEFAULT_START,
                    end: DEFAULT_END,
                });
                return (z, false);
            }
        },
    };
    let mut dst = Dst {
        utoff: dutoff,
        start: DEFAULT_START,
        end: DEFAULT_END,
    };
    let mut ok = true;
    if p.eat(b',') {
        let r = (|| {
            let a = p.change()?;
            if !p.eat(b',') {
                return None;
            }
            let b = p.change()?;
            Some((a, b))
        })();
        match r {
            Some((a, b)) if p.peek().is_none() => {
                dst.start = a;
                dst.end = b;
            }
            _ => ok = false,
        }
    } else if p.peek().is_some() {
        ok = false;
    }
    z.dst = Some(dst);
    (z, ok)
}

/// Midnight (local) of the day a change happens in year `y`, as seconds
/// from 1970-01-01 00:00 local.
fn day_start(y: i64, d: Date) -> i64 {
    let jan1 = days_from_civil(y, 1, 1);
    let day = match d {
        Date::J1(n) => {
            let n = n as i64 - 1;
            jan1 + n + (is_leap(y) && n >= 59) as i64
        }
        Date::J0(n) => jan1 + n as i64,
        Date::M(m, w, wd) => {
            let first = days_from_civil(y, m as i64, 1);
            // 1970-01-01 was a Thursday (4).
            let fw = (first + 4).rem_euclid(7);
            let mut dd = (wd as i64 - fw).rem_euclid(7) + 7 * (w as i64 - 1);
            let len = month_days(y, m as i64);
            while dd >= len {
                dd -= 7;
            }
            first + dd
        }
    };
    day * 86400
}

/// The furthest a computation strays from 0 (years stay far inside i64
/// arithmetic; times past it have no `int` year anyway).
const CLAMP: i64 = 1 << 58;

impl Posix {
    /// The changes of year `y` as UTC times: (start of DST, end of DST).
    pub fn year(&self, d: &Dst, y: i64) -> (i64, i64) {
        let s = day_start(y, d.start.date) + d.start.time as i64 - self.utoff as i64;
        let e = day_start(y, d.end.date) + d.end.time as i64 - d.utoff as i64;
        (s, e)
    }

    /// Whether DST is in effect at `t` (seconds since the Epoch, UTC).
    pub fn is_dst(&self, t: i64) -> bool {
        let Some(d) = &self.dst else { return false };
        let t = t.clamp(-CLAMP, CLAMP);
        let y = super::civil::year_of((t + self.utoff as i64).div_euclid(86400));
        // The last change at or before t among three years' changes; on a
        // tie the start wins, so a DST that ends as the next begins never
        // stops (RFC 8536's permanent DST, `0/0,J365/25`).
        let mut best: Option<(i64, bool)> = None;
        for yy in y - 1..=y + 1 {
            let (s, e) = self.year(d, yy);
            for ev in [(e, false), (s, true)] {
                if ev.0 <= t && best.is_none_or(|b| ev > b) {
                    best = Some(ev);
                }
            }
        }
        best.is_some_and(|b| b.1)
    }

    /// `(utoff, isdst)` at `t`.
    pub fn at(&self, t: i64) -> (i32, bool) {
        match &self.dst {
            Some(d) if self.is_dst(t) => (d.utoff, true),
            _ => (self.utoff, false),
        }
    }

    /// Calls `f(time, isdst after)` for each change in `(lo, hi]`, in order.
    pub fn changes(&self, lo: i64, hi: i64, f: &mut dyn FnMut(i64, bool)) {
        let Some(d) = &self.dst else { return };
        let (lo, hi) = (lo.clamp(-CLAMP, CLAMP), hi.clamp(-CLAMP, CLAMP));
        let y0 = super::civil::year_of(lo.div_euclid(86400)) - 1;
        let y1 = super::civil::year_of(hi.div_euclid(86400)) + 1;
        let mut prev = self.is_dst(lo);
        for y in y0..=y1.min(y0 + 64) {
            let (s, e) = self.year(d, y);
            let (a, b) = if (e, false) < (s, true) {
                ((e, false), (s, true))
            } else {
                ((s, true), (e, false))
            };
            for (t, dst) in [a, b] {
                if t > lo && t <= hi && dst != prev && self.is_dst(t) == dst {
                    f(t, dst);
                    prev = dst;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &[u8], sp: Span) -> &[u8] {
        &s[sp.0..sp.1]
    }

    #[test]
    fn strings() {
        let s = b"EST5EDT,M3.2.0,M11.1.0";
        let (z, ok) = parse(s);
        assert!(ok);
        assert_eq!(name(s, z.names[0]), b"EST");
        assert_eq!(name(s, z.names[1]), b"EDT");
        assert_eq!(z.utoff, -18000);
        assert_eq!(z.dst.unwrap().utoff, -14400);
        // 2021-03-14 07:00Z and 2021-11-07 06:00Z.
        assert_eq!(z.at(1615705199), (-18000, false));
        assert_eq!(z.at(1615705200), (-14400, true));
        assert_eq!(z.at(1636264799), (-14400, true));
        assert_eq!(z.at(1636264800), (-18000, false));
        let s = b"<+0330>-3:30";
        let (z, ok) = parse(s);
        assert!(ok);
        assert_eq!(name(s, z.names[0]), b"+0330");
        assert_eq!(z.utoff, 12600);
        assert!(z.dst.is_none());
        // glibc's readings of odd strings.
        assert_eq!(parse(b"EST5:60").0.utoff, -(5 * 3600 + 59 * 60));
        assert_eq!(parse(b"EST25").0.utoff, -86400);
        let (z, ok) = parse(b"garbage");
        assert!(!ok);
        assert_eq!(z.names[1], (0, 0));
        assert_eq!(parse(b"ab").0.names, [(0, 0); 2]);
        assert_eq!(parse(b"<AB>5").0.names, [(0, 0); 2]);
        let (z, ok) = parse(b"XYZ5ABC");
        assert!(ok);
        assert_eq!(z.dst.unwrap().start, DEFAULT_START);
    }

    #[test]
    fn rule_times() {
        // Negative and past-24h times (RFC 8536): change at 23:00 the day
        // before and at 02:00 the day after.
        let (z, ok) = parse(b"AAA3BBB,M3.2.0/-1,M11.1.0/26");
        assert!(ok);
        let d = z.dst.unwrap();
        // 2021: second Sunday of March is the 14th; -1h → 13th 23:00 local std (-3).
        let (s, e) = z.year(&d, 2021);
        assert_eq!(
            s,
            days_from_civil(2021, 3, 13) * 86400 + 23 * 3600 + 3 * 3600
        );
        assert_eq!(
            e,
            days_from_civil(2021, 11, 8) * 86400 + 2 * 3600 + 2 * 3600
        );
        // Permanent DST.
        let (z, ok) = parse(b"XXX3YYY,0/0,J365/25");
        assert!(ok);
        for y in [1999i64, 2000, 2024, 2100] {
            for d in [0, 59, 180, 364] {
                assert!(
                    z.is_dst((days_from_civil(y, 1, 1) + d) * 86400 + 3600),
                    "{y} {d}"
                );
            }
        }
        // Julian forms around February 29.
        let (z, _) = parse(b"AAA0BBB,J60/0,59/0");
        let d = z.dst.unwrap();
        assert_eq!(z.year(&d, 2024).0, days_from_civil(2024, 3, 1) * 86400);
        assert_eq!(
            z.year(&d, 2024).1,
            days_from_civil(2024, 2, 29) * 86400 - 3600
        );
        // Southern hemisphere.
        let (z, _) = parse(b"AEST-10AEDT,M10.1.0,M4.1.0/3");
        assert!(z.is_dst(days_from_civil(2021, 1, 1) * 86400));
        assert!(!z.is_dst(days_from_civil(2021, 7, 1) * 86400));
        let mut v = Vec::new();
        z.changes(
            days_from_civil(2021, 1, 1) * 86400,
            days_from_civil(2022, 1, 1) * 86400,
            &mut |t, d| v.push((t, d)),
        );
        assert_eq!(v.len(), 2);
        assert!(!v[0].1 && v[1].1);
    }

    #[test]
    fn hostile() {
        for s in [
            &b""[..],
            b"<",
            b"<>",
            b"<+0",
            b"A",
            b"EST5EDT,M13.1.0,M1.1.0",
            b"EST5EDT,J0,J1",
            b"EST5EDT,M3.2.0/999999999999,M11.1.0",
            b"EST99999999999999999999",
            b"EST5EDT,366,1",
            b"E\xffST5",
        ] {
            let (z, _) = parse(s);
            let _ = z.at(0);
            let _ = z.at(i64::MAX);
            let _ = z.at(i64::MIN);
            z.changes(i64::MIN, i64::MAX, &mut |_, _| {});
        }
    }
}
