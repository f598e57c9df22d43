//! `<aliases.h>`: the mail aliases database, `/etc/aliases` (the
//! `files` source), with glibc's reading of the file, observed on glibc
//! 2.36:
//!
//! * `#` starts a comment anywhere on a line. An entry starts on a line
//!   with a `:` after leading blanks: the name is everything before the
//!   first `:` (blanks in it kept); a line without one, or with an empty
//!   name, is skipped.
//! * A following line that begins with a space or a tab continues the
//!   entry (a blank one adds nothing); any other line, an empty one or a
//!   comment included, ends it.
//! * Members are separated by `,`; leading blanks are dropped, trailing
//!   ones kept, empty members skipped (glibc loops forever on them). A
//!   member `:include:PATH` is replaced by the members of the file PATH
//!   (everything after the prefix up to the `,`), read the same way line
//!   by line, where `:include:` is no longer special; a file that cannot
//!   be read adds nothing.
//! * An entry with no members is not an entry. Names are looked up
//!   without ASCII case; `alias_local` is 1 (the files source).
use crate::file::FILE;
use crate::file::mode::cstr;
use crate::heap;
use crate::stdio::{fclose, fopen, fseeko, ftello};
use crate::types::*;
use crate::userdb::Pack;
use crate::userdb::files::{Lines, user_buf};
use core::mem::size_of;
use core::ptr::null_mut;
use syscall::errno::{ENOENT, ENOMEM, ERANGE};
use syscall::nr::SEEK_SET;

/// GNU `struct aliasent`.
#[repr(C)]
pub struct aliasent {
    pub alias_name: *mut c_char,
    pub alias_members_len: size_t,
    pub alias_members: *mut *mut c_char,
    pub alias_local: c_int,
}

fn blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A line without its comment and line end.
fn body(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    line.split(|&b| b == b'#').next().unwrap_or(line)
}

/// `s` without its leading blanks (none left: empty).
fn skip_blanks(s: &[u8]) -> &[u8] {
    let at = s.iter().position(|&c| !blank(c)).unwrap_or(s.len());
    s.get(at..).unwrap_or(&[])
}

/// `s` without its last byte (a NUL terminator).
fn unterminated(s: &[u8]) -> &[u8] {
    s.split_last().map_or(s, |(_, head)| head)
}

/// The name and the member text of a line that starts an entry.
pub fn start(line: &[u8]) -> Option<(&[u8], &[u8])> {
    let mut parts = skip_blanks(body(line)).splitn(2, |&c| c == b':');
    let name = parts.next()?;
    let rest = parts.next()?;
    (!name.is_empty()).then_some((name, rest))
}

/// Whether a line continues the entry before it.
pub fn continues(line: &[u8]) -> bool {
    matches!(line.first(), Some(b' ' | b'\t'))
}

/// The member text of a continuation line.
pub fn more(line: &[u8]) -> &[u8] {
    body(line)
}

static INCLUDE: [u8; 9] = *b":include:";

/// Each member of one line's member text, with whether it is the path
/// of an `:include:` member (only when `expand`).
pub fn members(text: &[u8], expand: bool, f: &mut impl FnMut(&[u8], bool)) {
    // Hidden from the optimiser, so no copy of the text lands in the
    // merged string section every program links.
    let include: &[u8] = core::hint::black_box(&INCLUDE);
    for m in text.split(|&c| c == b',') {
        let m = skip_blanks(m);
        if m.is_empty() {
            continue;
        }
        match m.strip_prefix(include) {
            Some(path) if expand => f(path, true),
            _ => f(m, false),
        }
    }
}

/// One entry read from a stream: its name and members, each followed by
/// a NUL in `text`.
struct Read {
    name: heap::Vec<u8>,
    text: heap::Vec<u8>,
    count: usize,
    ok: bool,
}

impl Read {
    fn new() -> Self {
        Read {
            name: heap::Vec::new(),
            text: heap::Vec::new(),
            count: 0,
            ok: true,
        }
    }
    fn add(&mut self, m: &[u8]) {
        self.ok &= self.text.extend_from_slice(m).is_ok() && self.text.push(0).is_ok();
        self.count += 1;
    }
    /// The members of one line's text, `:include:` files expanded.
    fn line(&mut self, text: &[u8]) {
        members(text, true, &mut |m, inc| {
            if inc { self.include(m) } else { self.add(m) }
        });
    }
    fn include(&mut self, path: &[u8]) {
        let mut p: heap::Vec<u8> = heap::Vec::new();
        if p.extend_from_slice(path).is_err() || p.push(0).is_err() {
            self.ok = false;
            return;
        }
        // SAFETY: p is NUL-terminated; the stream is ours until closed.
        unsafe {
            let f = fopen(p.as_slice().as_ptr() as *const c_char, c"re".as_ptr());
            if f.is_null() {
                return;
            }
            let mut lines = Lines::new();
            while let Some(l) = lines.next(f) {
                let t = body(l);
                members(t, false, &mut |m, _| self.add(m));
            }
            fclose(f);
        }
    }
}

/// The next entry of `f` with at least one member, and the stream
/// offset where it began; the stream is left at the line after it.
///
/// # Safety
/// `f` is a live stream.
unsafe fn read_entry(f: *mut FILE, lines: &mut Lines) -> Option<(Read, i64)> {
    // SAFETY: f is a live stream.
    unsafe {
        let mut cur: Option<(Read, i64)> = None;
        loop {
            let at = ftello(f);
            let Some(l) = lines.next(f) else {
                return cur.filter(|c| c.0.count > 0);
            };
            if let Some((e, _)) = cur.as_mut() {
                if continues(l) {
                    e.line(more(l));
                    continue;
                }
                if e.count > 0 {
                    if at >= 0 {
                        fseeko(f, at, SEEK_SET as c_int);
                    }
                    return cur;
                }
                cur = None;
            }
            if let Some((name, text)) = start(l) {
                let mut e = Read::new();
                e.ok &= e.name.extend_from_slice(name).is_ok() && e.name.push(0).is_ok();
                e.line(text);
                cur = Some((e, at));
            }
        }
    }
}

/// Packs `e` into `out` and `buf`; `None` when it does not fit.
fn fill(e: &Read, out: *mut aliasent, buf: &mut [u8]) -> Option<()> {
    let base = buf.as_ptr() as usize;
    let name = unterminated(e.name.as_slice());
    let mut k = Pack::new(buf);
    let arr = k.words(base, e.count, size_of::<*mut c_char>())?;
    let n = k.str(name)?;
    for (i, m) in e
        .text
        .as_slice()
        .split(|&c| c == 0)
        .take(e.count)
        .enumerate()
    {
        let o = k.str(m)?;
        let a = k.addr(o);
        k.set_word(arr, i, a);
    }
    let a = aliasent {
        alias_name: (base + n) as *mut c_char,
        alias_members_len: e.count,
        alias_members: (base + arr) as *mut *mut c_char,
        alias_local: 1,
    };
    // SAFETY: out is the caller's writable entry.
    unsafe { out.write(a) };
    Some(())
}

static PATH_ALIASES: [u8; 13] = *b"/etc/aliases\0";

struct State {
    stream: *mut FILE,
    ent: core::mem::MaybeUninit<aliasent>,
    buf: *mut c_char,
    cap: size_t,
}

static mut STATE: State = State {
    stream: null_mut(),
    ent: core::mem::MaybeUninit::uninit(),
    buf: null_mut(),
    cap: 0,
};

fn state() -> &'static mut State {
    // SAFETY: the non-_r functions are not thread-safe (glibc's are
    // locked; these are documented MT-Unsafe for the static entry), so
    // one caller at a time uses the static state.
    unsafe { &mut *(&raw mut STATE) }
}

/// The next entry of `f` into the caller's storage: 0, ENOENT at the
/// end, ERANGE (the stream left before the entry), ENOMEM.
///
/// # Safety
/// `f` live; `out`, `buf` (`len` bytes), `result` writable.
unsafe fn next(
    f: *mut FILE,
    out: *mut aliasent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut aliasent,
    mut want: impl FnMut(&[u8]) -> bool,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        *result = null_mut();
        let b = user_buf(buf, len);
        let mut lines = Lines::new();
        loop {
            let Some((e, at)) = read_entry(f, &mut lines) else {
                return ENOENT as c_int;
            };
            if !e.ok {
                return ENOMEM as c_int;
            }
            if !want(unterminated(e.name.as_slice())) {
                continue;
            }
            if fill(&e, out, b).is_none() {
                if at >= 0 {
                    fseeko(f, at, SEEK_SET as c_int);
                }
                return ERANGE as c_int;
            }
            *result = out;
            return 0;
        }
    }
}

/// GNU `setaliasent`: the next `getaliasent` starts from the top.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setaliasent() {
    let s = state();
    // SAFETY: the stream is ours.
    unsafe {
        if s.stream.is_null() {
            s.stream = fopen(PATH_ALIASES.as_ptr() as *const c_char, c"re".as_ptr());
        } else {
            fseeko(s.stream, 0, SEEK_SET as c_int);
        }
    }
}

/// GNU `endaliasent`: close the database.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endaliasent() {
    let s = state();
    if !s.stream.is_null() {
        // SAFETY: ours, closed once.
        unsafe { fclose(s.stream) };
        s.stream = null_mut();
    }
}

/// GNU `getaliasent_r`: the next entry; ENOENT at the end, ERANGE when
/// `buf` is too small (the same entry comes next).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getaliasent_r(
    out: *mut aliasent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut aliasent,
) -> c_int {
    // SAFETY: the caller's entry, buffer and result pointer; our stream.
    unsafe {
        let s = state();
        if s.stream.is_null() {
            setaliasent();
            if s.stream.is_null() {
                *result = null_mut();
                let e = crate::errno::get();
                return if e == 0 { ENOENT as c_int } else { e };
            }
        }
        next(s.stream, out, buf, len, result, |_| true)
    }
}

/// GNU `getaliasbyname_r`: the entry `name` (ASCII case ignored). 0 with
/// `*result` the entry or null; ERANGE when `buf` is too small.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getaliasbyname_r(
    name: *const c_char,
    out: *mut aliasent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut aliasent,
) -> c_int {
    // SAFETY: the caller's string, entry, buffer and result pointer; the
    // stream is ours until closed here.
    unsafe {
        *result = null_mut();
        let n = cstr(name);
        let f = fopen(PATH_ALIASES.as_ptr() as *const c_char, c"re".as_ptr());
        if f.is_null() {
            let e = crate::errno::get();
            return if e == ENOENT as c_int { 0 } else { e };
        }
        let r = next(f, out, buf, len, result, |m| m.eq_ignore_ascii_case(n));
        fclose(f);
        if r == ENOENT as c_int { 0 } else { r }
    }
}

/// Runs an `_r` function over the static entry, growing its buffer on
/// ERANGE; the entry or null.
unsafe fn call(
    f: impl Fn(*mut aliasent, *mut c_char, size_t, *mut *mut aliasent) -> c_int,
) -> *mut aliasent {
    let s = state();
    loop {
        if s.cap == 0 || s.buf.is_null() {
            // SAFETY: a fresh allocation.
            let p = unsafe { heap::malloc(1024) } as *mut c_char;
            if p.is_null() {
                crate::errno::set(ENOMEM as c_int);
                return null_mut();
            }
            s.buf = p;
            s.cap = 1024;
        }
        let mut res = null_mut();
        let r = f(s.ent.as_mut_ptr(), s.buf, s.cap, &mut res);
        if r == ERANGE as c_int {
            let cap = s.cap.saturating_mul(2);
            // SAFETY: buf is our allocation.
            let p = unsafe { heap::realloc(s.buf as *mut c_void, cap) } as *mut c_char;
            if p.is_null() {
                crate::errno::set(ENOMEM as c_int);
                return null_mut();
            }
            s.buf = p;
            s.cap = cap;
            continue;
        }
        if r != 0 && r != ENOENT as c_int {
            crate::errno::set(r);
        }
        return res;
    }
}

/// GNU `getaliasent`: the next entry in static storage, or null at the
/// end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getaliasent() -> *mut aliasent {
    // SAFETY: the closure's pointers are the static entry and buffer.
    unsafe { call(|o, b, l, r| getaliasent_r(o, b, l, r)) }
}

/// GNU `getaliasbyname`: the entry `name` in static storage, or null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getaliasbyname(name: *const c_char) -> *mut aliasent {
    // SAFETY: the caller's string; the static entry and buffer.
    unsafe { call(|o, b, l, r| getaliasbyname_r(name, o, b, l, r)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> Vec<String> {
        let mut v = Vec::new();
        members(text.as_bytes(), true, &mut |m, inc| {
            let m = String::from_utf8_lossy(m);
            v.push(if inc {
                format!("INC[{m}]")
            } else {
                m.into_owned()
            })
        });
        v
    }

    #[test]
    fn lines() {
        assert_eq!(
            start(b"root: alice, bob\n"),
            Some((&b"root"[..], &b" alice, bob"[..]))
        );
        assert_eq!(start(b"  x: y"), Some((&b"x"[..], &b" y"[..])));
        assert_eq!(start(b"a\t: b"), Some((&b"a\t"[..], &b" b"[..])));
        assert_eq!(start(b"a b: c # d"), Some((&b"a b"[..], &b" c "[..])));
        assert_eq!(start(b"nocolon\n"), None);
        assert_eq!(start(b": empty"), None);
        assert_eq!(start(b"# a: b"), None);
        assert_eq!(start(b"\n"), None);
        assert!(continues(b"  b\n") && continues(b"\tc") && !continues(b"\n") && !continues(b"#x"));
        assert_eq!(list(" a, b ,c\t, d"), ["a", "b ", "c\t", "d"]);
        assert_eq!(list(" x,, ,y,"), ["x", "y"]);
        assert_eq!(list(" p:q"), ["p:q"]);
        assert_eq!(list(" :include:/f , t"), ["INC[/f ]", "t"]);
        assert_eq!(list(" x :include:/f"), ["x :include:/f"]);
        assert_eq!(body(b"a: b\r\n"), b"a: b");
        assert_eq!(body(b"a: b # c\n"), b"a: b ");
    }
}
