//! The user and group databases (`/etc/passwd`, `/etc/group`,
//! `/etc/shadow`): line parsers and the packing of an entry into a
//! caller's buffer. Plain Rust, tested on the host.
//!
//! # Design
//!
//! * **Only the `files` source**, which is what a static glibc program
//!   and musl read. Lookups scan the file from the top with the libc's
//!   own `FILE` (one `getline` buffer, reused); nothing is cached, so an
//!   edit of the file is seen by the next call, as with glibc.
//! * **A parser per format** takes one line and returns borrowed fields
//!   or `None`. The rules are glibc's, observed: leading blanks skipped,
//!   blank and `#` lines ignored, a malformed line skipped (not an
//!   error). `passwd` needs name, password, uid and gid; missing trailing
//!   string fields are empty and the shell runs to the end of the line.
//!   Numbers are decimal with optional leading blanks and `+`, fit in 32
//!   bits, and must end at the separator; an empty id is 0 only for the
//!   NIS `+`/`-` entries. `group` needs name, password and gid; members
//!   are split at `,`, leading blanks dropped, empty ones skipped, the
//!   last one running to the end of the line. `shadow` lines have 5, 8
//!   or 9 fields, an empty number being -1 (but not as the last field).
//! * **Packing** ([`Pack`]) copies the strings (and, for a group, the
//!   member pointer array, aligned) into the caller's buffer, so the
//!   `_r` functions give `ERANGE` exactly when the entry does not fit.
//!   The non-`_r` functions own one growing buffer each.

#[cfg(test)]
mod tests;

/// A `passwd` line's fields.
#[derive(Debug, PartialEq, Eq)]
pub struct Pw<'a> {
    pub name: &'a [u8],
    pub passwd: &'a [u8],
    pub uid: u32,
    pub gid: u32,
    pub gecos: &'a [u8],
    pub dir: &'a [u8],
    pub shell: &'a [u8],
}

/// A `group` line's fields; `members` is the raw list (see [`members`]).
#[derive(Debug, PartialEq, Eq)]
pub struct Gr<'a> {
    pub name: &'a [u8],
    pub passwd: &'a [u8],
    pub gid: u32,
    pub members: &'a [u8],
}

/// A `shadow` line's fields; absent numbers are -1.
#[derive(Debug, PartialEq, Eq)]
pub struct Sp<'a> {
    pub name: &'a [u8],
    pub passwd: &'a [u8],
    /// lstchg, min, max, warn, inact, expire.
    pub nums: [i64; 6],
    pub flag: u64,
}

fn blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The content of a line: newline dropped, leading blanks skipped;
/// `None` for a blank or comment line.
pub fn content(line: &[u8]) -> Option<&[u8]> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let start = line.iter().position(|&b| !blank(b))?;
    let line = &line[start..];
    (line[0] != b'#').then_some(line)
}

/// Splits off fields at `:`.
struct Fields<'a> {
    rest: Option<&'a [u8]>,
}

impl<'a> Fields<'a> {
    fn new(line: &'a [u8]) -> Self {
        Fields { rest: Some(line) }
    }
    /// The next `:`-terminated field, or the last one.
    fn next(&mut self) -> Option<&'a [u8]> {
        let r = self.rest?;
        match r.iter().position(|&b| b == b':') {
            Some(i) => {
                self.rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                self.rest = None;
                Some(r)
            }
        }
    }
    /// Everything left, `:` included (the last field of a format).
    fn tail(&mut self) -> &'a [u8] {
        self.rest.take().unwrap_or(b"")
    }
    /// Whether the last field returned was followed by a `:`.
    fn more(&self) -> bool {
        self.rest.is_some()
    }
}

/// A decimal number: leading blanks, an optional `+`, digits, nothing
/// after; at most `max`.
fn number(f: &[u8], max: u64) -> Option<u64> {
    let start = f.iter().position(|&b| !blank(b))?;
    let mut d = &f[start..];
    if let [b'+', r @ ..] = d {
        d = r;
    }
    if d.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for &b in d {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        if v > max {
            return None;
        }
    }
    Some(v)
}

/// An id field; empty only in a NIS `+`/`-` entry, where it reads as 0.
fn id(f: &[u8], nis: bool) -> Option<u32> {
    if f.is_empty() && nis {
        return Some(0);
    }
    number(f, u64::from(u32::MAX)).map(|v| v as u32)
}

/// Parses a `passwd` line (see the module notes).
pub fn parse_pw(line: &[u8]) -> Option<Pw<'_>> {
    let line = content(line)?;
    let nis = matches!(line[0], b'+' | b'-');
    let mut f = Fields::new(line);
    let name = f.next()?;
    let passwd = f.next()?;
    if !f.more() {
        return None;
    }
    let uid = id(f.next()?, nis)?;
    if !f.more() {
        return None;
    }
    let gid_f = f.next()?;
    let gid = id(gid_f, nis)?;
    let gecos = f.next().unwrap_or(b"");
    let dir = f.next().unwrap_or(b"");
    let shell = f.tail();
    Some(Pw {
        name,
        passwd,
        uid,
        gid,
        gecos,
        dir,
        shell,
    })
}

/// Parses a `group` line (see the module notes).
pub fn parse_gr(line: &[u8]) -> Option<Gr<'_>> {
    let line = content(line)?;
    let nis = matches!(line[0], b'+' | b'-');
    let mut f = Fields::new(line);
    let name = f.next()?;
    if !f.more() {
        return None;
    }
    let passwd = f.next()?;
    if !f.more() {
        return None;
    }
    let gid = id(f.next()?, nis)?;
    let members = f.tail();
    Some(Gr {
        name,
        passwd,
        gid,
        members,
    })
}

/// The members of a raw `group` member list.
pub fn members(raw: &[u8]) -> impl Iterator<Item = &[u8]> {
    raw.split(|&b| b == b',').filter_map(|m| {
        let s = m.iter().position(|&b| !blank(b))?;
        Some(&m[s..])
    })
}

/// A shadow number: empty is -1, but only before a `:`.
fn sp_num(f: &[u8], more: bool) -> Option<i64> {
    if f.is_empty() {
        return more.then_some(-1);
    }
    number(f, i64::MAX as u64).map(|v| v as i64)
}

/// Parses a `shadow` line (see the module notes).
pub fn parse_sp(line: &[u8]) -> Option<Sp<'_>> {
    let line = content(line)?;
    let mut f = Fields::new(line);
    let name = f.next()?;
    if !f.more() {
        return None;
    }
    let passwd = f.next()?;
    let mut nums = [-1i64; 6];
    for (i, n) in nums.iter_mut().enumerate().take(3) {
        if !f.more() {
            return None;
        }
        let v = f.next()?;
        *n = sp_num(v, f.more())?;
        // max may end the line (the old 5-field format).
        if i < 2 && !f.more() {
            return None;
        }
    }
    let mut flag = u64::MAX;
    if f.more() {
        for (i, n) in nums.iter_mut().enumerate().skip(3) {
            let v = f.next()?;
            *n = sp_num(v, f.more())?;
            if i < 5 && !f.more() {
                return None;
            }
        }
        if f.more() {
            let t = f.tail();
            if !t.is_empty() {
                flag = number(t, u64::MAX)?;
            }
        }
    }
    Some(Sp {
        name,
        passwd,
        nums,
        flag,
    })
}

/// A `gshadow` line's fields; the lists are raw (see [`members`]). A
/// NIS `+`/`-` entry with nothing after the name has no password and
/// no admin list (glibc gives null pointers there).
#[derive(Debug, PartialEq, Eq)]
pub struct Sg<'a> {
    pub name: &'a [u8],
    pub passwd: Option<&'a [u8]>,
    pub adm: Option<&'a [u8]>,
    pub mem: &'a [u8],
}

/// Parses a `gshadow` line of a file (see [`parse_sg_raw`]).
pub fn parse_sg(line: &[u8]) -> Option<Sg<'_>> {
    Some(parse_sg_raw(content(line)?))
}

/// Parses `name:password:admins:members` as glibc's `sgetsgent` does:
/// the text ends at the first newline, nothing else is skipped (blank
/// and `#` lines are entries); missing fields are empty; admins and
/// members are split at `,` as group members are.
pub fn parse_sg_raw(line: &[u8]) -> Sg<'_> {
    let end = line.iter().position(|&b| b == b'\n').unwrap_or(line.len());
    let mut f = Fields::new(&line[..end]);
    let name = f.next().unwrap_or(b"");
    let nis = matches!(name.first(), Some(b'+' | b'-'));
    if nis && f.rest.is_none_or(|r| r.is_empty()) {
        return Sg {
            name,
            passwd: None,
            adm: None,
            mem: b"",
        };
    }
    let passwd = f.next().unwrap_or(b"");
    let adm = f.next().unwrap_or(b"");
    let mem = f.tail();
    Sg {
        name,
        passwd: Some(passwd),
        adm: Some(adm),
        mem,
    }
}

/// Copies an entry's pieces into a caller's buffer.
pub struct Pack<'a> {
    buf: &'a mut [u8],
    used: usize,
}

impl<'a> Pack<'a> {
    pub fn new(buf: &'a mut [u8]) -> Self {
        Pack { buf, used: 0 }
    }

    /// `s` with a terminating NUL; its offset in the buffer.
    pub fn str(&mut self, s: &[u8]) -> Option<usize> {
        let at = self.used;
        let end = at.checked_add(s.len())?.checked_add(1)?;
        let dst = self.buf.get_mut(at..end)?;
        dst[..s.len()].copy_from_slice(s);
        dst[s.len()] = 0;
        self.used = end;
        Some(at)
    }

    /// The address of the byte at `off`.
    pub fn addr(&self, off: usize) -> usize {
        self.buf.as_ptr() as usize + off
    }

    /// Stores `v` as word `i` of the array at `off` (from [`Pack::words`]).
    pub fn set_word(&mut self, off: usize, i: usize, v: usize) {
        let w = core::mem::size_of::<usize>();
        let at = off + i * w;
        self.buf[at..at + w].copy_from_slice(&v.to_ne_bytes());
    }

    /// Room for `n` words of `word` bytes, aligned, `base` being the address
    /// of the buffer's first byte; their offset.
    pub fn words(&mut self, base: usize, n: usize, word: usize) -> Option<usize> {
        let misalign = base.wrapping_add(self.used) % word;
        let at = self.used + if misalign == 0 { 0 } else { word - misalign };
        let end = at.checked_add(n.checked_mul(word)?)?;
        if end > self.buf.len() {
            return None;
        }
        self.used = end;
        Some(at)
    }
}

pub mod files;
