//! `<fnmatch.h>`: shell wildcard matching (POSIX `fnmatch`, with glibc's
//! `FNM_LEADING_DIR`, `FNM_CASEFOLD` and `FNM_EXTMATCH`).
//!
//! Patterns without ksh-style groups are matched in one pass that
//! remembers only the last `*` (a later `*` makes every earlier one
//! final, and under `FNM_PATHNAME` no `*` may reach past a `/`), so the
//! time is O(pattern × string) at worst and nothing is allocated. With
//! `FNM_EXTMATCH`, a pattern holding `?( *( +( @( !(` groups is matched by
//! recursion over the group's alternatives.
//!
//! The rules are glibc's, checked against it: `?`, `*` and brackets never
//! match a `/` under `FNM_PATHNAME`, nor a leading `.` under
//! `FNM_PERIOD` (at the start, or after a `/` with `FNM_PATHNAME`); an
//! unterminated bracket is a literal `[`; a lone trailing backslash
//! matches nothing; an unknown class or multi-character collating name
//! matches nothing; under `FNM_CASEFOLD` characters and range ends fold
//! to lower case but classes test the character as it is. Matching is
//! by bytes (the C locale).
use crate::file::mode::cstr;
use crate::types::*;

pub const FNM_PATHNAME: c_int = 1;
pub const FNM_NOESCAPE: c_int = 2;
pub const FNM_PERIOD: c_int = 4;
pub const FNM_LEADING_DIR: c_int = 8;
pub const FNM_CASEFOLD: c_int = 16;
pub const FNM_EXTMATCH: c_int = 32;
pub const FNM_NOMATCH: c_int = 1;

/// One piece of a bracket expression.
enum Atom {
    Char(u8),
    Class(fn(u8) -> bool),
    Nothing,
}

fn class(name: &[u8]) -> Atom {
    let f: fn(u8) -> bool = match name {
        b"alnum" => |c| c.is_ascii_alphanumeric(),
        b"alpha" => |c| c.is_ascii_alphabetic(),
        b"blank" => |c| c == b' ' || c == b'\t',
        b"cntrl" => |c| c.is_ascii_control(),
        b"digit" => |c| c.is_ascii_digit(),
        b"graph" => |c| c.is_ascii_graphic(),
        b"lower" => |c| c.is_ascii_lowercase(),
        b"print" => |c| c.is_ascii_graphic() || c == b' ',
        b"punct" => |c| c.is_ascii_punctuation(),
        b"space" => |c| matches!(c, b' ' | b'\t'..=b'\r'),
        b"upper" => |c| c.is_ascii_uppercase(),
        b"xdigit" => |c| c.is_ascii_hexdigit(),
        _ => return Atom::Nothing,
    };
    Atom::Class(f)
}

struct Matcher<'a> {
    s: &'a [u8],
    flags: c_int,
}

impl Matcher<'_> {
    fn has(&self, f: c_int) -> bool {
        self.flags & f != 0
    }

    fn fold(&self, c: u8) -> u8 {
        if self.has(FNM_CASEFOLD) {
            c.to_ascii_lowercase()
        } else {
            c
        }
    }

    /// Whether `s[i]` is a `.` that only a literal `.` may match.
    fn leading_period(&self, i: usize) -> bool {
        self.has(FNM_PERIOD)
            && self.s.get(i) == Some(&b'.')
            && (i == 0 || (self.has(FNM_PATHNAME) && self.s[i - 1] == b'/'))
    }

    /// Whether a wildcard (`?`, `*`, a bracket) may match `s[i]`.
    fn wild_ok(&self, i: usize) -> bool {
        let slash = self.has(FNM_PATHNAME) && self.s[i] == b'/';
        !(slash || self.leading_period(i))
    }

    /// The bracket atom at `p[j..]` and its length; `None` when the
    /// pattern ends inside it.
    fn atom(&self, p: &[u8], j: usize) -> Option<(Atom, usize)> {
        let b = *p.get(j)?;
        if b == b'['
            && let Some(&k @ (b':' | b'=' | b'.')) = p.get(j + 1)
            && let Some(end) = p[j + 2..].windows(2).position(|w| w == [k, b']'])
        {
            let name = &p[j + 2..j + 2 + end];
            let len = end + 4;
            let a = match (k, name) {
                (b':', _) => class(name),
                (_, [c]) => Atom::Char(*c),
                _ => Atom::Nothing,
            };
            return Some((a, len));
        }
        if b == b'\\' && !self.has(FNM_NOESCAPE) {
            return Some((Atom::Char(*p.get(j + 1)?), 2));
        }
        Some((Atom::Char(b), 1))
    }

    /// A bracket expression at `p[0] == '['` against `c`: its length and
    /// whether it matches, or `None` if it is unterminated.
    fn bracket(&self, p: &[u8], c: u8) -> Option<(usize, bool)> {
        let fc = self.fold(c);
        let neg = matches!(p.get(1), Some(b'!' | b'^'));
        let mut j = 1 + neg as usize;
        let mut hit = false;
        let mut first = true;
        loop {
            if *p.get(j)? == b']' && !first {
                return Some((j + 1, hit != neg));
            }
            first = false;
            let (a, len) = self.atom(p, j)?;
            j += len;
            match a {
                Atom::Class(f) => hit |= f(c),
                Atom::Nothing => {}
                Atom::Char(lo) => {
                    if p.get(j) == Some(&b'-') && p.get(j + 1).is_some_and(|&b| b != b']') {
                        let (hi, len) = self.atom(p, j + 1)?;
                        j += 1 + len;
                        if let Atom::Char(hi) = hi {
                            hit |= (self.fold(lo)..=self.fold(hi)).contains(&fc);
                        }
                    } else {
                        hit |= self.fold(lo) == fc;
                    }
                }
            }
        }
    }

    /// Whether the element at the head of `p` matches the one character
    /// `s[i]`, and the element's length.
    fn single(&self, p: &[u8], i: usize) -> (usize, bool) {
        let c = self.s[i];
        match p[0] {
            b'?' => (1, self.wild_ok(i)),
            b'[' => match self.bracket(p, c) {
                Some((len, m)) => (len, m && self.wild_ok(i)),
                None => (1, self.fold(b'[') == self.fold(c)),
            },
            b'\\' if !self.has(FNM_NOESCAPE) => match p.get(1) {
                Some(&x) => (2, self.fold(x) == self.fold(c)),
                None => (1, false),
            },
            x => (1, self.fold(x) == self.fold(c)),
        }
    }

    /// Whether the pattern may end at `i` (with `FNM_LEADING_DIR`, before
    /// a `/` too).
    fn done(&self, i: usize, end: usize, top: bool) -> bool {
        i == end || (top && self.has(FNM_LEADING_DIR) && self.s[i] == b'/')
    }

    /// The one-pass matcher for patterns without groups.
    fn plain(&self, p: &[u8]) -> bool {
        let n = self.s.len();
        let (mut pi, mut si) = (0, 0);
        // After the last `*`: where the pattern resumes, and where in the
        // string the `*`'s match ends now.
        let mut star: Option<(usize, usize)> = None;
        loop {
            if p.get(pi) == Some(&b'*') {
                while p.get(pi) == Some(&b'*') {
                    pi += 1;
                }
                star = Some((pi, si));
                continue;
            }
            if pi == p.len() {
                if self.done(si, n, true) {
                    return true;
                }
            } else if si < n {
                let (len, ok) = self.single(&p[pi..], si);
                if ok {
                    pi += len;
                    si += 1;
                    continue;
                }
            }
            let Some((sp, ss)) = star else {
                return false;
            };
            if ss >= n || !self.wild_ok(ss) {
                return false;
            }
            star = Some((sp, ss + 1));
            pi = sp;
            si = ss + 1;
        }
    }

    /// The group whose `(` is `p[0]`: the index of its `)`.
    fn group_end(&self, p: &[u8]) -> Option<usize> {
        let mut depth = 0usize;
        let mut j = 0;
        while j < p.len() {
            match p[j] {
                b'\\' if !self.has(FNM_NOESCAPE) => j += 1,
                b'[' => {
                    if let Some((len, _)) = self.bracket(&p[j..], 0) {
                        j += len;
                        continue;
                    }
                }
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
            j += 1;
        }
        None
    }

    /// The alternatives of a group body, split at top-level `|`.
    fn alternatives<'p>(&self, body: &'p [u8]) -> impl Iterator<Item = &'p [u8]> {
        let mut depth = 0usize;
        let mut j = 0;
        let mut start = 0;
        core::iter::from_fn(move || {
            if start > body.len() {
                return None;
            }
            while j < body.len() {
                match body[j] {
                    b'[' => {
                        if let Some((len, _)) = self.bracket(&body[j..], 0) {
                            j += len;
                            continue;
                        }
                    }
                    b'(' => depth += 1,
                    b')' => depth = depth.saturating_sub(1),
                    b'|' if depth == 0 => {
                        let alt = &body[start..j];
                        j += 1;
                        start = j;
                        return Some(alt);
                    }
                    _ => {}
                }
                j += 1;
            }
            let alt = &body[start..];
            start = body.len() + 1;
            Some(alt)
        })
    }

    /// Whether `body` (a group's alternatives) matches `s[i..k]` for one
    /// of its alternatives.
    fn any_alt(&self, body: &[u8], i: usize, k: usize) -> bool {
        self.alternatives(body).any(|a| self.rec(a, i, k, false))
    }

    /// `*(body)rest` at `i`: zero or more repetitions, each non-empty.
    fn repeat(&self, body: &[u8], rest: &[u8], i: usize, end: usize, top: bool) -> bool {
        self.rec(rest, i, end, top)
            || (i + 1..=end)
                .any(|k| self.any_alt(body, i, k) && self.repeat(body, rest, k, end, top))
    }

    /// The recursive matcher: `p` against `s[i..end]`; `top` for the
    /// whole pattern (where `FNM_LEADING_DIR` applies).
    fn rec(&self, p: &[u8], i: usize, end: usize, top: bool) -> bool {
        let Some(&c) = p.first() else {
            return self.done(i, end, top);
        };
        if matches!(c, b'?' | b'*' | b'+' | b'@' | b'!')
            && p.get(1) == Some(&b'(')
            && let Some(close) = self.group_end(&p[1..]).map(|e| e + 1)
        {
            let body = &p[2..close];
            let rest = &p[close + 1..];
            return match c {
                b'?' => {
                    self.rec(rest, i, end, top)
                        || (i..=end)
                            .any(|k| self.any_alt(body, i, k) && self.rec(rest, k, end, top))
                }
                b'@' => (i..=end).any(|k| self.any_alt(body, i, k) && self.rec(rest, k, end, top)),
                b'*' => self.repeat(body, rest, i, end, top),
                b'+' => (i..=end)
                    .any(|k| self.any_alt(body, i, k) && self.repeat(body, rest, k, end, top)),
                _ => (i..=end).any(|k| !self.any_alt(body, i, k) && self.rec(rest, k, end, top)),
            };
        }
        if c == b'*' {
            let rest = &p[1..];
            for k in i..=end {
                if k > i && !self.wild_ok(k - 1) {
                    break;
                }
                if self.rec(rest, k, end, top) {
                    return true;
                }
            }
            return false;
        }
        if i >= end {
            return false;
        }
        let (len, ok) = self.single(p, i);
        ok && self.rec(&p[len..], i + 1, end, top)
    }
}

/// Whether `p` holds a ksh-style group.
fn has_group(p: &[u8]) -> bool {
    p.windows(2)
        .any(|w| w[1] == b'(' && matches!(w[0], b'?' | b'*' | b'+' | b'@' | b'!'))
}

/// The matcher on byte strings: whether `pattern` matches `s`.
pub fn fnmatch_bytes(pattern: &[u8], s: &[u8], flags: c_int) -> bool {
    let m = Matcher { s, flags };
    if flags & FNM_EXTMATCH != 0 && has_group(pattern) {
        m.rec(pattern, 0, s.len(), true)
    } else {
        m.plain(pattern)
    }
}

/// POSIX `fnmatch`: 0 if `string` matches `pattern`, else `FNM_NOMATCH`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fnmatch(
    pattern: *const c_char,
    string: *const c_char,
    flags: c_int,
) -> c_int {
    // SAFETY: both are C strings.
    let (p, s) = unsafe { (cstr(pattern), cstr(string)) };
    if fnmatch_bytes(p, s, flags) {
        0
    } else {
        FNM_NOMATCH
    }
}

#[cfg(test)]
mod tests;
