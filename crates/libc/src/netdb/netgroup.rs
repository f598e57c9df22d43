//! Netgroups (`<netdb.h>`'s `setnetgrent getnetgrent getnetgrent_r
//! endnetgrent innetgr`) from `/etc/netgroup`, with the semantics of
//! glibc's `files` source, observed on glibc 2.36:
//!
//! * A line is `name item…`; a `\` at the end of a line joins the next
//!   one. The first line whose first word is the name (compared
//!   exactly) defines the group. There is no comment syntax: a line
//!   `# text` defines a group named `#` (glibc finds it too), which no
//!   real lookup asks for.
//! * An item is a triple `(host,user,domain)` — fields trimmed of
//!   blanks, an empty field a null pointer (a wildcard for `innetgr`),
//!   the domain running to the `)` — or the name of another netgroup.
//!   A `-` is an ordinary string (it matches only `-`). A triple without
//!   two commas is skipped.
//! * `setnetgrent` expands the group once: its own triples in order,
//!   then the groups it names, the last-named first (a stack), each
//!   group at most once (so loops end). `getnetgrent` walks that list.
//! * `innetgr` matches a triple when each argument is null, the field is
//!   null, or they are equal (host and domain without ASCII case, the
//!   user exactly).
use crate::file::mode::cstr;
use crate::heap;
use crate::stdio::{fclose, fopen};
use crate::types::*;
use crate::userdb::files::Lines;
use core::ptr::null_mut;
use syscall::errno::ERANGE;

fn blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn trim(s: &[u8]) -> &[u8] {
    let a = s.iter().position(|&c| !blank(c)).unwrap_or(s.len());
    let b = s.iter().rposition(|&c| !blank(c)).map_or(a, |i| i + 1);
    s.get(a..b.max(a)).unwrap_or(&[])
}

/// One item of a netgroup line.
#[derive(Debug, PartialEq, Eq)]
pub enum Item<'a> {
    Triple([Option<&'a [u8]>; 3]),
    Group(&'a [u8]),
}

/// Each item of the text after a netgroup's name.
pub fn items<'a>(mut s: &'a [u8], mut f: impl FnMut(Item<'a>)) {
    loop {
        let Some(st) = s.iter().position(|&c| !blank(c)) else {
            return;
        };
        let Some(t) = s.get(st..) else {
            return;
        };
        s = t;
        if let Some(inner) = s.strip_prefix(b"(") {
            let mut split = inner.splitn(2, |&c| c == b')');
            let (Some(inner), Some(rest)) = (split.next(), split.next()) else {
                return;
            };
            s = rest;
            let mut parts = inner.splitn(3, |&c| c == b',');
            let (Some(h), Some(u), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            let field = |x: &'a [u8]| {
                let t = trim(x);
                (!t.is_empty()).then_some(t)
            };
            f(Item::Triple([field(h), field(u), field(d)]));
        } else {
            let end = s
                .iter()
                .position(|&c| blank(c) || c == b'(')
                .unwrap_or(s.len());
            let Some((name, rest)) = s.split_at_checked(end) else {
                return;
            };
            f(Item::Group(name));
            s = rest;
        }
    }
}

static PATH_NETGROUP: [u8; 14] = *b"/etc/netgroup\0";

/// The text after `name` on its (joined) line of `/etc/netgroup`.
fn find(name: &[u8], out: &mut heap::Vec<u8>) -> bool {
    out.truncate(0);
    // SAFETY: the stream is ours until closed here.
    unsafe {
        let f = fopen(PATH_NETGROUP.as_ptr() as *const c_char, c"re".as_ptr());
        if f.is_null() {
            return false;
        }
        let mut lines = Lines::new();
        let mut line: heap::Vec<u8> = heap::Vec::new();
        let mut found = false;
        while let Some(l) = lines.next(f) {
            let l = l.strip_suffix(b"\n").unwrap_or(l);
            if let Some(head) = l.strip_suffix(b"\\") {
                if line.extend_from_slice(head).is_err() || line.push(b' ').is_err() {
                    break;
                }
                continue;
            }
            if line.extend_from_slice(l).is_err() {
                break;
            }
            let t = line.as_slice();
            let st = t.iter().position(|&c| !blank(c)).unwrap_or(t.len());
            let t = t.get(st..).unwrap_or(&[]);
            let end = t.iter().position(|&c| blank(c)).unwrap_or(t.len());
            if let Some((first, rest)) = t.split_at_checked(end)
                && !first.is_empty()
                && first == name
            {
                found = out.extend_from_slice(rest).is_ok();
                break;
            }
            line.truncate(0);
        }
        fclose(f);
        found
    }
}

/// A list of NUL-terminated names.
struct Names(heap::Vec<u8>);

impl Names {
    fn has(&self, n: &[u8]) -> bool {
        self.0
            .as_slice()
            .split_inclusive(|&c| c == 0)
            .any(|x| x.split_last().is_some_and(|(_, h)| h == n))
    }
    fn push(&mut self, n: &[u8]) -> bool {
        self.0.extend_from_slice(n).is_ok() && self.0.push(0).is_ok()
    }
    /// Removes and gives the last name (into `out`).
    fn pop(&mut self, out: &mut heap::Vec<u8>) -> bool {
        let Some((_, body)) = self.0.as_slice().split_last() else {
            return false;
        };
        let start = body.iter().rposition(|&c| c == 0).map_or(0, |i| i + 1);
        out.truncate(0);
        let ok = out
            .extend_from_slice(body.get(start..).unwrap_or(&[]))
            .is_ok();
        self.0.truncate(start);
        ok
    }
}

/// Expands the netgroup `name`: each triple in glibc's order. False when
/// there is no such group.
fn expand(name: &[u8], mut f: impl FnMut([Option<&[u8]>; 3])) -> bool {
    let mut known = Names(heap::Vec::new());
    let mut todo = Names(heap::Vec::new());
    let mut text: heap::Vec<u8> = heap::Vec::new();
    let mut cur: heap::Vec<u8> = heap::Vec::new();
    if !find(name, &mut text) || !known.push(name) {
        return false;
    }
    loop {
        items(text.as_slice(), |it| match it {
            Item::Triple(t) => f(t),
            Item::Group(g) => {
                if !known.has(g) {
                    let _ = known.push(g) && todo.push(g);
                }
            }
        });
        loop {
            if !todo.pop(&mut cur) {
                return true;
            }
            if find(cur.as_slice(), &mut text) {
                break;
            }
        }
    }
}

/// The expanded group of `setnetgrent`: each field a tag byte (0 null,
/// 1 a string) and, for a string, its bytes and a NUL.
struct State {
    list: heap::Vec<u8>,
    at: usize,
    active: bool,
    /// `getnetgrent`'s strings.
    ent: heap::Vec<u8>,
}

static mut STATE: State = State {
    list: heap::Vec::new(),
    at: 0,
    active: false,
    ent: heap::Vec::new(),
};

fn state() -> &'static mut State {
    // SAFETY: the netgroup walk is process state, not thread-safe in
    // glibc either (MT-Unsafe race:netgrent); one caller at a time.
    unsafe { &mut *(&raw mut STATE) }
}

/// The field at `at` of `list`, and the offset after it.
fn field(list: &[u8], at: usize) -> (Option<&[u8]>, usize) {
    let Some((&tag, s)) = list.get(at..).and_then(|r| r.split_first()) else {
        return (None, list.len());
    };
    if tag == 0 {
        return (None, at + 1);
    }
    let v = s.split(|&c| c == 0).next().unwrap_or(s);
    (Some(v), at + 1 + v.len() + 1)
}

/// GNU/BSD `setnetgrent`: start a walk of netgroup `netgroup`; 1 if it
/// exists, else 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setnetgrent(netgroup: *const c_char) -> c_int {
    let s = state();
    s.list.truncate(0);
    s.at = 0;
    s.active = false;
    if netgroup.is_null() {
        return 0;
    }
    // SAFETY: netgroup is a C string.
    let name = unsafe { cstr(netgroup) };
    let mut ok = true;
    let list = &mut s.list;
    let found = expand(name, |t| {
        for x in t {
            ok &= match x {
                None => list.push(0).is_ok(),
                Some(v) => {
                    list.push(1).is_ok()
                        && list.extend_from_slice(v).is_ok()
                        && list.push(0).is_ok()
                }
            };
        }
    });
    s.active = found && ok;
    c_int::from(s.active)
}

/// GNU/BSD `endnetgrent`: end the walk.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endnetgrent() {
    let s = state();
    s.list = heap::Vec::new();
    s.ent = heap::Vec::new();
    s.at = 0;
    s.active = false;
}

/// GNU `getnetgrent_r`: the next triple of the walk, its strings copied
/// into `buf` (null for a wildcard). 1, or 0 at the end (or with errno
/// ERANGE when `buf` is too small; the same triple comes next).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getnetgrent_r(
    hostp: *mut *mut c_char,
    userp: *mut *mut c_char,
    domainp: *mut *mut c_char,
    buf: *mut c_char,
    len: size_t,
) -> c_int {
    let s = state();
    if !s.active || s.at >= s.list.len() {
        return 0;
    }
    let list = s.list.as_slice();
    let mut at = s.at;
    let mut fields = [None; 3];
    for f in fields.iter_mut() {
        let (v, next) = field(list, at);
        *f = v;
        at = next;
    }
    let need: usize = fields.iter().map(|f| f.map_or(0, |v| v.len() + 1)).sum();
    if need > len || (need > 0 && buf.is_null()) {
        crate::errno::set(ERANGE as c_int);
        return 0;
    }
    let mut used = 0;
    for (f, p) in fields.iter().zip([hostp, userp, domainp]) {
        let v = match f {
            None => null_mut(),
            Some(v) => {
                // SAFETY: need <= len bytes fit in the caller's buf.
                unsafe {
                    let d = buf.add(used);
                    core::ptr::copy_nonoverlapping(v.as_ptr(), d as *mut u8, v.len());
                    *d.add(v.len()) = 0;
                    used += v.len() + 1;
                    d
                }
            }
        };
        // SAFETY: the caller's result pointers.
        unsafe { *p = v };
    }
    s.at = at;
    1
}

/// GNU/BSD `getnetgrent`: the next triple of the walk in static storage;
/// 1, or 0 at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getnetgrent(
    hostp: *mut *mut c_char,
    userp: *mut *mut c_char,
    domainp: *mut *mut c_char,
) -> c_int {
    let s = state();
    if !s.active || s.at >= s.list.len() {
        return 0;
    }
    // The list's own bytes: every string of the walk fits in its size.
    let n = s.list.len();
    if s.ent.len() < n {
        s.ent.truncate(0);
        if s.ent.reserve(n).is_err() || s.ent.extend_from_slice(s.list.as_slice()).is_err() {
            crate::errno::set(syscall::errno::ENOMEM as c_int);
            return 0;
        }
    }
    let buf = s.ent.as_mut_slice().as_mut_ptr() as *mut c_char;
    // SAFETY: the caller's result pointers; buf has n bytes.
    unsafe { getnetgrent_r(hostp, userp, domainp, buf, n) }
}

/// BSD/GNU `innetgr`: 1 if netgroup `netgroup` (with the groups it
/// names) has a triple matching `host`, `user` and `domain` (a null
/// argument matches anything, as does a wildcard field), else 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn innetgr(
    netgroup: *const c_char,
    host: *const c_char,
    user: *const c_char,
    domain: *const c_char,
) -> c_int {
    if netgroup.is_null() {
        return 0;
    }
    // SAFETY: the caller's C strings (or nulls).
    let (g, h, u, d) = unsafe {
        let o = |p: *const c_char| (!p.is_null()).then(|| cstr(p));
        (cstr(netgroup), o(host), o(user), o(domain))
    };
    let mut hit = false;
    expand(g, |[th, tu, td]| {
        let ok = |q: Option<&[u8]>, t: Option<&[u8]>, nocase: bool| match (q, t) {
            (Some(q), Some(t)) => {
                if nocase {
                    q.eq_ignore_ascii_case(t)
                } else {
                    q == t
                }
            }
            _ => true,
        };
        hit |= ok(h, th, true) && ok(u, tu, false) && ok(d, td, true);
    });
    c_int::from(hit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(s: &str) -> Vec<String> {
        let mut v = Vec::new();
        items(s.as_bytes(), |it| {
            v.push(match it {
                Item::Group(g) => String::from_utf8_lossy(g).into_owned(),
                Item::Triple(t) => {
                    let f = |x: Option<&[u8]>| {
                        x.map_or("NULL".into(), |x| String::from_utf8_lossy(x).into_owned())
                    };
                    format!("({},{},{})", f(t[0]), f(t[1]), f(t[2]))
                }
            })
        });
        v
    }

    #[test]
    fn lines() {
        assert_eq!(
            all(" (h1,u1,d1) (h2,,) (,u3,)"),
            ["(h1,u1,d1)", "(h2,NULL,NULL)", "(NULL,u3,NULL)"]
        );
        assert_eq!(all(" (,u2,) g1"), ["(NULL,u2,NULL)", "g1"]);
        assert_eq!(all(" g2 ( h4, u4 , d4 )"), ["g2", "(h4,u4,d4)"]);
        assert_eq!(all("   (a,b,c)(d,e,f)  "), ["(a,b,c)", "(d,e,f)"]);
        assert_eq!(all(" (-,-,-) (x,-,)"), ["(-,-,-)", "(x,-,NULL)"]);
        assert_eq!(all(" (x,y,z,w) (q,,)"), ["(x,y,z,w)", "(q,NULL,NULL)"]);
        assert_eq!(all(" (x,y) g"), ["g"]);
        assert_eq!(all(" (x,y"), Vec::<String>::new());
        assert_eq!(all(""), Vec::<String>::new());
    }

    #[test]
    fn names() {
        let mut n = Names(heap::Vec::new());
        let mut out = heap::Vec::new();
        assert!(!n.has(b"a") && n.push(b"a") && n.push(b"bc") && n.has(b"a") && n.has(b"bc"));
        assert!(!n.has(b"b") && !n.has(b""));
        assert!(n.pop(&mut out) && out.as_slice() == b"bc");
        assert!(n.pop(&mut out) && out.as_slice() == b"a");
        assert!(!n.pop(&mut out));
    }
}
