//! The TZif parser (RFC 8536, versions 1 to 4), in place on the file's
//! bytes: every count and offset is checked against the slice with checked
//! arithmetic, every index a table holds is checked against its table
//! once, here, so the lookups that follow index in bounds by construction.
//! Version 2+ files are read from their second, 64-bit header; version 1
//! files from the 32-bit data.

/// Why a file was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reject {
    Truncated,
    Magic,
    Counts,
    Index,
    Order,
    Offset,
    Footer,
}

/// The most of any count we accept (the largest real file has ~2,000
/// transitions); a larger count is a hostile file, not a zone.
const MAX_COUNT: u32 = 1 << 20;

fn be32(b: &[u8], off: usize) -> Option<u32> {
    let s = b.get(off..off.checked_add(4)?)?;
    Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

fn be64(b: &[u8], off: usize) -> Option<u64> {
    let s = b.get(off..off.checked_add(8)?)?;
    Some(u64::from_be_bytes(<[u8; 8]>::try_from(s).ok()?))
}

/// A validated TZif data block: where its tables start in the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tzif {
    /// 8-byte transition and leap times (the version 2+ block).
    wide: bool,
    pub timecnt: usize,
    pub typecnt: usize,
    pub charcnt: usize,
    pub leapcnt: usize,
    times: usize,
    idxs: usize,
    types: usize,
    pub chars: usize,
    leaps: usize,
    /// The footer's TZ string (version 2+), as a range of the file; empty
    /// when the file has none.
    pub footer: (usize, usize),
}

/// One local time type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TType {
    pub utoff: i32,
    pub isdst: bool,
    /// Index of its abbreviation in the characters table (checked to be
    /// below `charcnt` and NUL-terminated inside it).
    pub abbr: usize,
}

struct Header {
    version: u8,
    isutcnt: usize,
    isstdcnt: usize,
    leapcnt: usize,
    timecnt: usize,
    typecnt: usize,
    charcnt: usize,
}

fn header(b: &[u8], at: usize) -> Result<Header, Reject> {
    let h = b
        .get(at..at.checked_add(44).ok_or(Reject::Truncated)?)
        .ok_or(Reject::Truncated)?;
    if &h[..4] != b"TZif" {
        return Err(Reject::Magic);
    }
    let c = |i: usize| -> Result<usize, Reject> {
        let v = be32(h, 20 + 4 * i).ok_or(Reject::Truncated)?;
        if v > MAX_COUNT {
            return Err(Reject::Counts);
        }
        Ok(v as usize)
    };
    Ok(Header {
        version: h[4],
        isutcnt: c(0)?,
        isstdcnt: c(1)?,
        leapcnt: c(2)?,
        timecnt: c(3)?,
        typecnt: c(4)?,
        charcnt: c(5)?,
    })
}

/// The size of a data block with these counts (`tsize`: 4 or 8).
fn block_len(h: &Header, tsize: usize) -> Option<usize> {
    let mut n = h.timecnt.checked_mul(tsize + 1)?;
    n = n.checked_add(h.typecnt.checked_mul(6)?)?;
    n = n.checked_add(h.charcnt)?;
    n = n.checked_add(h.leapcnt.checked_mul(tsize + 4)?)?;
    n = n.checked_add(h.isstdcnt)?;
    n.checked_add(h.isutcnt)
}

/// Parse and validate a TZif file.
pub fn parse(b: &[u8]) -> Result<Tzif, Reject> {
    let h1 = header(b, 0)?;
    let v1_len = block_len(&h1, 4).ok_or(Reject::Counts)?;
    let (h, at, wide) = if h1.version >= b'2' {
        let at2 = 44usize.checked_add(v1_len).ok_or(Reject::Counts)?;
        let h2 = header(b, at2)?;
        (h2, at2 + 44, true)
    } else {
        (h1, 44, false)
    };
    let tsize = if wide { 8 } else { 4 };
    let len = block_len(&h, tsize).ok_or(Reject::Counts)?;
    let end = at.checked_add(len).ok_or(Reject::Counts)?;
    if end > b.len() {
        return Err(Reject::Truncated);
    }
    if h.typecnt == 0
        || h.charcnt == 0
        || (h.isstdcnt != 0 && h.isstdcnt != h.typecnt)
        || (h.isutcnt != 0 && h.isutcnt != h.typecnt)
    {
        return Err(Reject::Counts);
    }
    let times = at;
    let idxs = times + h.timecnt * tsize;
    let types = idxs + h.timecnt;
    let chars = types + h.typecnt * 6;
    let leaps = chars + h.charcnt;
    let z = Tzif {
        wide,
        timecnt: h.timecnt,
        typecnt: h.typecnt,
        charcnt: h.charcnt,
        leapcnt: h.leapcnt,
        times,
        idxs,
        types,
        chars,
        leaps,
        footer: (end, end),
    };
    // Transition times ascend strictly and name a type that exists.
    let mut prev = i64::MIN;
    for i in 0..h.timecnt {
        let t = z.time_raw(b, i);
        if i > 0 && t <= prev {
            return Err(Reject::Order);
        }
        prev = t;
        if b[idxs + i] as usize >= h.typecnt {
            return Err(Reject::Index);
        }
    }
    // Each type: an offset other than -2^31, isdst 0 or 1, an abbreviation
    // index inside the characters with a NUL after it.
    let cs = &b[chars..leaps];
    if cs.last() != Some(&0) {
        return Err(Reject::Index);
    }
    for k in 0..h.typecnt {
        let o = types + 6 * k;
        if be32(b, o) == Some(0x8000_0000) {
            return Err(Reject::Offset);
        }
        if b[o + 4] > 1 || b[o + 5] as usize >= h.charcnt {
            return Err(Reject::Index);
        }
    }
    // Leap records: occurrences ascend.
    let mut prev = i64::MIN;
    for i in 0..h.leapcnt {
        let (t, _) = z.leap(b, i);
        if i > 0 && t <= prev {
            return Err(Reject::Order);
        }
        prev = t;
    }
    let mut z = z;
    if wide {
        // "\n" TZ-string "\n"; a missing footer is allowed (as a version 1
        // file), a malformed one is not.
        if let Some(rest) = b.get(end..).filter(|r| !r.is_empty()) {
            if rest[0] != b'\n' {
                return Err(Reject::Footer);
            }
            let body = &rest[1..];
            let n = body
                .iter()
                .position(|&c| c == b'\n')
                .ok_or(Reject::Footer)?;
            z.footer = (end + 1, end + 1 + n);
        }
    }
    Ok(z)
}

impl Tzif {
    fn time_raw(&self, b: &[u8], i: usize) -> i64 {
        if self.wide {
            be64(b, self.times + 8 * i).unwrap_or(0) as i64
        } else {
            be32(b, self.times + 4 * i).unwrap_or(0) as i32 as i64
        }
    }

    /// Transition `i`'s time (`i < timecnt`).
    #[inline]
    pub fn time(&self, b: &[u8], i: usize) -> i64 {
        self.time_raw(b, i)
    }

    /// The type transition `i` switches to.
    #[inline]
    pub fn type_of(&self, b: &[u8], i: usize) -> usize {
        b.get(self.idxs + i).copied().unwrap_or(0) as usize
    }

    /// Local time type `k` (`k < typecnt`).
    pub fn ttype(&self, b: &[u8], k: usize) -> TType {
        let o = self.types + 6 * k;
        TType {
            utoff: be32(b, o).unwrap_or(0) as i32,
            isdst: b.get(o + 4).copied().unwrap_or(0) == 1,
            abbr: b.get(o + 5).copied().unwrap_or(0) as usize,
        }
    }

    /// Leap record `i`: (occurrence, total correction after it).
    pub fn leap(&self, b: &[u8], i: usize) -> (i64, i64) {
        let w = if self.wide { 12 } else { 8 };
        let o = self.leaps + w * i;
        if self.wide {
            (
                be64(b, o).unwrap_or(0) as i64,
                be32(b, o + 8).unwrap_or(0) as i32 as i64,
            )
        } else {
            (
                be32(b, o).unwrap_or(0) as i32 as i64,
                be32(b, o + 4).unwrap_or(0) as i32 as i64,
            )
        }
    }

    /// The index of the last transition at or before `t`, if any.
    pub fn find(&self, b: &[u8], t: i64) -> Option<usize> {
        let (mut lo, mut hi) = (0usize, self.timecnt);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.time(b, mid) <= t {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo.checked_sub(1)
    }

    /// The abbreviation at characters index `i` (without its NUL).
    pub fn abbr<'a>(&self, b: &'a [u8], i: usize) -> &'a [u8] {
        let cs = b
            .get(self.chars + i..self.chars + self.charcnt)
            .unwrap_or(&[]);
        let n = cs.iter().position(|&c| c == 0).unwrap_or(cs.len());
        &cs[..n]
    }

    /// The characters table (every abbreviation, NUL-terminated).
    pub fn chars_table<'a>(&self, b: &'a [u8]) -> &'a [u8] {
        b.get(self.chars..self.chars + self.charcnt).unwrap_or(&[])
    }

    /// The type used before the first transition: the first standard-time
    /// type (type 0 when every type is DST), as glibc does.
    pub fn initial_type(&self, b: &[u8]) -> usize {
        (0..self.typecnt)
            .find(|&k| !self.ttype(b, k).isdst)
            .unwrap_or(0)
    }
}
