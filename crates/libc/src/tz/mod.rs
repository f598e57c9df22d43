//! The time-zone engine behind `localtime`, `mktime` and `tzset` (plain
//! Rust, host-tested; the C faces are in `time/`).
//!
//! # Design
//!
//! * **A zone** ([`Zone`]) is a validated TZif file ([`tzif`], versions
//!   1–4, read in place on its bytes: no tables are copied), a POSIX TZ
//!   rule ([`posix`]) — the file's footer, used past its last transition,
//!   or the `TZ` string itself — or both. Names are indices into the
//!   file's characters table or the rule's source ([`Abbr`]), so the C
//!   layer can hand out stable interned strings for them.
//! * **UTC → local** ([`Zone::at`]): a binary search of the 64-bit
//!   transition times (the first standard type before the first
//!   transition, as glibc), the footer rule from the last transition on.
//!   The rule is evaluated from three years' changes around `t`, so rule
//!   times past 24 h or negative (RFC 8536) and permanent DST are exact.
//! * **Local → UTC** ([`Zone::utc_of_local`], `mktime`): every type in effect in
//!   a ±3-day window is a candidate offset; each that maps back to itself
//!   is a solution (two in a repeated hour, none in a skipped one). A
//!   skipped time is read with the offset in force before the gap; a
//!   requested `tm_isdst` that no solution has takes the offset in force
//!   at the nearest time with that flag, probed a week at a time up to
//!   ~7 years away, else one hour — glibc's results.
//! * **Leap seconds** (`right/` zones): the records' correction comes
//!   off before the calendar breakdown and an inserted second reads :60;
//!   `mktime` adds it back ([`Zone::leap`], [`Zone::add_leaps`]).
//! * **glibc's variables** ([`Zone::tzset_info`], [`Zone::names_at`]):
//!   `tzname`, `timezone`, `daylight` as glibc sets them from the newest
//!   transitions at `tzset`, and `tzname` as glibc's `localtime` updates it.
//! * Hostile files are rejected whole by the parser (the caller then reads
//!   `TZ` as a POSIX string, and falls back to UTC with the name kept, as
//!   glibc); nothing here can index out of bounds, overflow or loop
//!   unboundedly on any input (the unit tests feed truncated, mutated and
//!   crafted files).
pub mod civil;
pub mod posix;
pub mod tzif;

use posix::Posix;
use tzif::Tzif;

/// Where a local time type's name lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbr {
    /// Index into the TZif characters table (u32: a `Local` stays 12
    /// bytes, copied in registers).
    Table(u32),
    /// The rule's standard (0) or DST (1) name.
    Rule(u8),
}

/// A local time type: offset east of UT, DST flag, name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Local {
    pub utoff: i32,
    pub isdst: bool,
    pub abbr: Abbr,
}

/// A zone: a TZif file, a POSIX rule, or both (the rule then being the
/// file's footer).
#[derive(Clone, Copy)]
pub struct Zone<'a> {
    pub file: &'a [u8],
    pub tzif: Option<Tzif>,
    pub rule: Option<Posix>,
    /// The string the rule's name spans index.
    pub rule_src: &'a [u8],
}

const DAY: i64 = 86400;

impl<'a> Zone<'a> {
    /// A zone from a POSIX TZ string alone.
    #[cfg(test)]
    pub fn from_posix(src: &'a [u8]) -> Zone<'a> {
        let (p, _) = posix::parse(src);
        Zone {
            file: &[],
            tzif: None,
            rule: Some(p),
            rule_src: src,
        }
    }

    /// A zone from a TZif file, or why the file is not one.
    pub fn from_tzif(file: &'a [u8]) -> Result<Zone<'a>, tzif::Reject> {
        let z = tzif::parse(file)?;
        let src = &file[z.footer.0..z.footer.1];
        let rule = match posix::parse(src) {
            (p, true) if !src.is_empty() => Some(p),
            _ => None,
        };
        Ok(Zone {
            file,
            tzif: Some(z),
            rule,
            rule_src: src,
        })
    }

    /// The bytes of a name.
    pub fn abbr(&self, a: Abbr) -> &'a [u8] {
        match a {
            Abbr::Table(i) => match &self.tzif {
                Some(z) => z.abbr(self.file, i as usize),
                None => &[],
            },
            Abbr::Rule(k) => match &self.rule {
                Some(p) => {
                    let (s, e) = p.names[k as usize & 1];
                    self.rule_src.get(s..e).unwrap_or(&[])
                }
                None => &[],
            },
        }
    }

    fn table_type(&self, z: &Tzif, k: usize) -> Local {
        let t = z.ttype(self.file, k);
        Local {
            utoff: t.utoff,
            isdst: t.isdst,
            abbr: Abbr::Table(t.abbr as u32),
        }
    }

    fn rule_at(&self, p: &Posix, t: i64) -> Local {
        let (utoff, isdst) = p.at(t);
        Local {
            utoff,
            isdst,
            abbr: Abbr::Rule(isdst as u8),
        }
    }

    /// The local time type in effect at `t`.
    pub fn at(&self, t: i64) -> Local {
        self.locate(t).0
    }

    /// The type at `t`, and where `t` falls: `Some(i)` when the table
    /// governs it, `i` being the first transition after it (`timecnt`
    /// past the last one, in a file without a rule); `None` when the rule
    /// does. One binary search.
    pub fn locate(&self, t: i64) -> (Local, Option<usize>) {
        if let Some(z) = &self.tzif {
            let found = z.find(self.file, t);
            let past = match found {
                Some(i) => i + 1 == z.timecnt && self.rule.is_some(),
                None => false,
            };
            if !past {
                let k = match found {
                    Some(i) => z.type_of(self.file, i),
                    None => z.initial_type(self.file),
                };
                return (self.table_type(z, k), Some(found.map_or(0, |i| i + 1)));
            }
        }
        let l = match &self.rule {
            Some(p) => self.rule_at(p, t),
            None => Local {
                utoff: 0,
                isdst: false,
                abbr: Abbr::Rule(0),
            },
        };
        (l, None)
    }

    /// The leap-second correction at `t` (a `right/` zone's records): the
    /// seconds to take off, and 1 when `t` is an inserted second itself
    /// (shown as :60), as glibc reads them.
    pub fn leap(&self, t: i64) -> (i64, i64) {
        let Some(z) = &self.tzif else { return (0, 0) };
        let b = self.file;
        let (mut lo, mut hi) = (0usize, z.leapcnt);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if z.leap(b, mid).0 <= t {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let Some(i) = lo.checked_sub(1) else {
            return (0, 0);
        };
        let (at, corr) = z.leap(b, i);
        let prev = if i == 0 { 0 } else { z.leap(b, i - 1).1 };
        (corr, (t == at && corr > prev) as i64)
    }

    /// The time whose leap-corrected count is `t` (the inverse of
    /// subtracting [`Zone::leap`]'s correction).
    pub fn add_leaps(&self, t: i64) -> i64 {
        match &self.tzif {
            Some(z) if z.leapcnt > 0 => {
                let mut r = t;
                for _ in 0..3 {
                    r = t.saturating_add(self.leap(r).0);
                }
                r
            }
            _ => t,
        }
    }

    /// Calls `f(time, new type)` for each transition in `(lo, hi]`, in order.
    pub fn changes(&self, lo: i64, hi: i64, f: &mut dyn FnMut(i64, Local)) {
        let mut from = lo;
        if let Some(z) = &self.tzif {
            let mut i = z.find(self.file, lo).map_or(0, |i| i + 1);
            while i < z.timecnt {
                let t = z.time(self.file, i);
                if t > hi {
                    return;
                }
                f(t, self.at(t));
                i += 1;
            }
            if z.timecnt == 0 || self.rule.is_none() {
                return;
            }
            from = from.max(z.time(self.file, z.timecnt - 1));
        }
        if let Some(p) = &self.rule {
            p.changes(from, hi, &mut |t, d| {
                f(
                    t,
                    Local {
                        utoff: if d {
                            p.dst.map_or(p.utoff, |x| x.utoff)
                        } else {
                            p.utoff
                        },
                        isdst: d,
                        abbr: Abbr::Rule(d as u8),
                    },
                )
            });
        }
    }

    /// The UTC time of local time `l` (seconds from 1970-01-01 00:00 local)
    /// with C's `tm_isdst` hint (negative: unknown).
    #[cfg(test)]
    pub fn utc_of_local(&self, l: i64, isdst: i32) -> i64 {
        self.utc_of_local_from(l, isdst, &mut 0).0
    }

    /// The UTC time of local time `l` as glibc's `mktime` finds it, with
    /// C's `tm_isdst` hint. Where `l` has one reading, that one. Where a
    /// clock set back makes it ambiguous and no flag is asked for, glibc
    /// keeps the reading its previous call's offset gives: starting from
    /// `*last` (that offset, local less UTC), `t` moves to `l` less the
    /// offset in force at `t` until it stays put. A gap (`t` alternating
    /// between two values), a reading with the other flag than the one
    /// asked for, or no settling in six steps go the candidate way of
    /// [`Zone::utc_of_local_slow`]. `*last` becomes `l` less the result.
    pub fn utc_of_local_from(
        &self,
        l: i64,
        isdst: i32,
        last: &mut i64,
    ) -> (i64, Option<(Local, Option<usize>)>) {
        let mut t = l.saturating_sub(*last);
        let (mut t1, mut t2) = (t, t);
        let mut r = None;
        let mut settled = None;
        for _ in 0..6 {
            let (c, next) = self.locate(t);
            let gt = l.saturating_sub(c.utoff as i64);
            if gt == t {
                if isdst < 0 || c.isdst == (isdst != 0) {
                    r = Some((t, Some((c, next))));
                } else {
                    settled = Some(t);
                }
                break;
            }
            if t == t1 && t != t2 {
                break;
            }
            t1 = t2;
            t2 = t;
            t = gt;
        }
        let r = r.unwrap_or_else(|| (self.utc_of_local_slow(l, isdst, settled), None));
        *last = l.saturating_sub(r.0);
        r
    }

    /// Every candidate offset of a ±3-day window, for local times near a
    /// transition; `settled`, a reading glibc's iteration stopped at (with
    /// the other flag than the one asked for), is where its search for the
    /// wanted flag starts.
    fn utc_of_local_slow(&self, l: i64, isdst: i32, settled: Option<i64>) -> i64 {
        const W: i64 = 3 * DAY;
        let mut cands = [self.at(l.saturating_sub(W)); 17];
        let mut n = 1;
        let mut gap = None;
        let mut prev = cands[0];
        self.changes(l.saturating_sub(W), l.saturating_add(W), &mut |t, c| {
            if gap.is_none()
                && t.saturating_add(prev.utoff as i64) <= l
                && l < t.saturating_add(c.utoff as i64)
            {
                gap = Some(l - prev.utoff as i64);
            }
            prev = c;
            if n < cands.len() {
                cands[n] = c;
                n += 1;
            }
        });
        // Solutions, earliest first.
        let mut best: Option<i64> = None;
        let mut best_want: Option<i64> = None;
        for c in &cands[..n] {
            let t = l.saturating_sub(c.utoff as i64);
            let got = self.at(t);
            if got.utoff != c.utoff || got.isdst != c.isdst {
                continue;
            }
            if best.is_none_or(|b| t < b) {
                best = Some(t);
            }
            if isdst >= 0 && got.isdst == (isdst != 0) && best_want.is_none_or(|b| t < b) {
                best_want = Some(t);
            }
        }
        let base = settled
            .or(best)
            .or(gap)
            .unwrap_or_else(|| l.saturating_sub(self.at(l).utoff as i64));
        if isdst < 0 {
            return base;
        }
        if let Some(t) = best_want {
            return t;
        }
        let want = isdst != 0;
        // glibc's search: probe outwards from `base` a week (601,200 s,
        // shorter than any DST period) at a time, earlier side first, up
        // to half the longest run of one flag in tzdata plus a stride;
        // the first probe with the wanted flag gives the offset. None: an
        // hour's difference.
        const STRIDE: i64 = 601_200;
        const BOUND: i64 = 457_243_200 / 2 + STRIDE;
        let mut delta = STRIDE;
        while delta <= BOUND {
            for probe in [base.saturating_sub(delta), base.saturating_add(delta)] {
                let c = self.at(probe);
                if c.isdst == want {
                    return l.saturating_sub(c.utoff as i64);
                }
            }
            delta += STRIDE;
        }
        base.saturating_add(if want { -3600 } else { 3600 })
    }

    /// `tzname`, `timezone` (seconds west) and `daylight` as glibc's
    /// `tzset` sets them.
    pub fn tzset_info(&self) -> ([Abbr; 2], i64, bool) {
        if let Some(z) = &self.tzif {
            let b = self.file;
            let mut names: [Option<Abbr>; 2] = [None, None];
            let mut offs: [Option<i32>; 2] = [None, None];
            for i in (0..z.timecnt).rev() {
                let t = self.table_type(z, z.type_of(b, i));
                let k = t.isdst as usize;
                if names[k].is_none() {
                    names[k] = Some(t.abbr);
                    offs[k] = Some(t.utoff);
                    if names[1 - k].is_some() {
                        break;
                    }
                }
            }
            let n0 = names[0].unwrap_or(Abbr::Table(0));
            let n1 = names[1].unwrap_or(n0);
            let std = offs[0].unwrap_or_else(|| self.table_type(z, z.initial_type(b)).utoff);
            // glibc: daylight is whether any transition is to DST.
            return ([n0, n1], -(std as i64), names[1].is_some());
        }
        match &self.rule {
            Some(p) => (
                [Abbr::Rule(0), Abbr::Rule(1)],
                -(p.utoff as i64),
                p.dst.is_some(),
            ),
            None => ([Abbr::Rule(0); 2], 0, false),
        }
    }

    /// `timezone` and `daylight` as glibc's `localtime` leaves them for a
    /// time past a file's table (`next` from [`Zone::locate`] is None):
    /// the footer rule's (None: `tzset`'s).
    pub fn rule_vars(&self, next: Option<usize>) -> Option<(i64, bool)> {
        match &self.rule {
            Some(p) if self.tzif.is_some() && next.is_none() => {
                Some((-(p.utoff as i64), p.dst.is_some()))
            }
            _ => None,
        }
    }

    /// `tzname` as glibc's `localtime` leaves it for a time `t` whose type
    /// is `cur`: the first standard and DST names among the transitions
    /// after `t`, the current type's name in its own slot.
    #[cfg(test)]
    pub fn names_at(&self, t: i64, cur: Local) -> [Abbr; 2] {
        self.names_after(self.locate(t).1, cur)
    }

    /// [`Zone::names_at`] from [`Zone::locate`]'s `next`.
    pub fn names_after(&self, next: Option<usize>, cur: Local) -> [Abbr; 2] {
        let mut names: [Option<Abbr>; 2] = [None, None];
        match (&self.tzif, next) {
            (Some(z), Some(mut i)) => {
                let b = self.file;
                while i < z.timecnt {
                    let ty = self.table_type(z, z.type_of(b, i));
                    let k = ty.isdst as usize;
                    if names[k].is_none() {
                        names[k] = Some(ty.abbr);
                        if names[1 - k].is_some() {
                            break;
                        }
                    }
                    i += 1;
                }
            }
            _ => return [Abbr::Rule(0), Abbr::Rule(1)],
        }
        names[cur.isdst as usize] = Some(cur.abbr);
        let n0 = names[0].or(names[1]).unwrap_or(cur.abbr);
        [n0, names[1].unwrap_or(n0)]
    }
}

#[cfg(test)]
mod tests;
