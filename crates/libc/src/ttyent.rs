//! `<ttyent.h>`: the BSD terminal table `/etc/ttys`, read as glibc reads
//! it. Lines are at most 99 bytes with their newline (a longer line, or a
//! last line without one, is skipped); blank lines and lines whose first
//! non-blank is `#` are skipped. A line is `name getty type flags…
//! # comment`: fields end at an unquoted blank, tab, newline or `#`;
//! double quotes group (and are dropped), `\"` inside them is a quote.
//! The flags are `on`, `off`, `secure` (each followed by white space) and
//! `window=VALUE`; the first other word starts the comment (as does `#`,
//! after which blanks are skipped); a missing getty or type is NULL.
//! The table and the entry are static, as in glibc (not thread-safe).
use crate::types::*;
use core::ptr::null_mut;

/// glibc's `struct ttyent`.
#[repr(C)]
pub struct ttyent {
    pub ty_name: *mut c_char,
    pub ty_getty: *mut c_char,
    pub ty_type: *mut c_char,
    pub ty_status: c_int,
    pub ty_window: *mut c_char,
    pub ty_comment: *mut c_char,
}

const TTY_ON: c_int = 0x01;
const TTY_SECURE: c_int = 0x02;
/// The longest line, newline included (glibc reads into 100 bytes).
const LINE: usize = 99;

struct State {
    /// The open table, or -1.
    fd: c_int,
    buf: [u8; 512],
    /// Unread bytes are buf[pos..end].
    pos: usize,
    end: usize,
    line: [u8; LINE + 1],
    ent: ttyent,
}

static mut STATE: State = State {
    fd: -1,
    buf: [0; 512],
    pos: 0,
    end: 0,
    line: [0; LINE + 1],
    ent: ttyent {
        ty_name: null_mut(),
        ty_getty: null_mut(),
        ty_type: null_mut(),
        ty_status: 0,
        ty_window: null_mut(),
        ty_comment: null_mut(),
    },
};

fn state() -> &'static mut State {
    // SAFETY: these functions are not thread-safe (as glibc's); one
    // reference at a time within each call.
    unsafe { &mut *(&raw mut STATE) }
}

impl State {
    /// The next byte of the file, or None at its end (or on an error).
    fn byte(&mut self) -> Option<u8> {
        if self.pos == self.end {
            // SAFETY: the kernel writes at most buf.len() bytes.
            let n = unsafe { sys!(__NR_read, self.fd, self.buf.as_mut_ptr(), self.buf.len()) };
            if n <= 0 {
                return None;
            }
            self.pos = 0;
            self.end = n as usize;
        }
        let b = self.buf[self.pos];
        self.pos += 1;
        Some(b)
    }

    /// The next line that fits, NUL-terminated in `line` with its
    /// newline; its length.
    fn next_line(&mut self) -> Option<usize> {
        loop {
            let mut n = 0;
            let mut nl = false;
            while n < LINE {
                let b = self.byte()?;
                self.line[n] = b;
                n += 1;
                if b == b'\n' {
                    nl = true;
                    break;
                }
            }
            self.line[n] = 0;
            if nl {
                return Some(n);
            }
            // Too long: drop the rest of it (a last line without a
            // newline ends at the file's end and is dropped the same way).
            loop {
                if self.byte()? == b'\n' {
                    break;
                }
            }
        }
    }
}

/// One field of `l` starting at `p`: quotes removed and the field
/// NUL-terminated in place. Returns where the next field starts and the
/// byte that ended this one (0 at the end of the line).
fn field(l: &mut [u8], mut p: usize) -> (usize, u8) {
    let mut out = p;
    let mut quoted = false;
    let mut end = 0;
    while let Some(&c) = l.get(p) {
        if c == 0 {
            break;
        }
        if c == b'"' {
            quoted = !quoted;
            p += 1;
            continue;
        }
        if quoted && c == b'\\' && l.get(p + 1) == Some(&b'"') {
            p += 1;
        }
        l[out] = l[p];
        out += 1;
        if !quoted && c == b'#' {
            end = c;
            out -= 1;
            break;
        }
        if !quoted && matches!(c, b' ' | b'\t' | b'\n') {
            end = c;
            out -= 1;
            p += 1;
            while matches!(l.get(p), Some(b' ' | b'\t' | b'\n')) {
                p += 1;
            }
            break;
        }
        p += 1;
    }
    if end == b'#' {
        // The '#' itself is the terminator; the comment follows it.
        l[out] = 0;
        l[p] = 0;
    } else if let Some(s) = l.get_mut(out) {
        *s = 0;
    }
    (p, end)
}

/// Whether the word at `p` is `w` followed by white space.
fn flag(l: &[u8], p: usize, w: &[u8]) -> bool {
    l.get(p..p + w.len()) == Some(w)
        && matches!(
            l.get(p + w.len()),
            Some(b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
        )
}

/// Parse `st.line` into `st.ent`.
fn parse(st: &mut State) {
    let base = st.line.as_mut_ptr() as *mut c_char;
    let at = |i: usize| base.wrapping_add(i);
    let l = &mut st.line;
    let mut p = 0;
    while matches!(l[p], b' ' | b'\t') {
        p += 1;
    }
    let e = &mut st.ent;
    *e = ttyent {
        ty_name: at(p),
        ty_getty: null_mut(),
        ty_type: null_mut(),
        ty_status: 0,
        ty_window: null_mut(),
        ty_comment: null_mut(),
    };
    let (mut p, mut zap) = field(l, p);
    if l[p] != 0 {
        e.ty_getty = at(p);
        (p, zap) = field(l, p);
        if l[p] != 0 {
            e.ty_type = at(p);
            (p, zap) = field(l, p);
        }
    }
    while l[p] != 0 {
        if flag(l, p, b"off") {
            e.ty_status &= !TTY_ON;
        } else if flag(l, p, b"on") {
            e.ty_status |= TTY_ON;
        } else if flag(l, p, b"secure") {
            e.ty_status |= TTY_SECURE;
        } else if l.get(p..p + 7) == Some(b"window=") {
            // The value is the rest of this field, quotes removed.
            let (next, z) = field(l, p);
            e.ty_window = at(p + 7);
            (p, zap) = (next, z);
            continue;
        } else {
            break;
        }
        (p, zap) = field(l, p);
    }
    if zap == b'#' || l[p] == b'#' {
        p += 1;
        while matches!(l.get(p), Some(b' ' | b'\t')) {
            p += 1;
        }
    }
    if l.get(p).is_some_and(|&c| c != 0) {
        e.ty_comment = at(p);
        if let Some(nl) = l[p..].iter().position(|&c| c == b'\n') {
            l[p + nl] = 0;
        }
    }
}

/// BSD `setttyent` (in glibc): open `/etc/ttys`, or rewind it; 1 on
/// success, 0 on failure.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setttyent() -> c_int {
    use syscall::nr::{AT_FDCWD, O_CLOEXEC, O_RDONLY};
    let st = state();
    st.pos = 0;
    st.end = 0;
    if st.fd >= 0 {
        // SAFETY: our own descriptor.
        return (unsafe { sys!(__NR_lseek, st.fd, 0, 0) } >= 0) as c_int;
    }
    // SAFETY: a NUL-terminated path.
    let fd = unsafe {
        sys!(
            __NR_openat,
            AT_FDCWD,
            c"/etc/ttys".as_ptr(),
            O_RDONLY | O_CLOEXEC
        )
    };
    if fd < 0 {
        crate::errno::set(-fd as i32);
        return 0;
    }
    st.fd = fd as c_int;
    1
}

/// BSD `endttyent` (in glibc): close the table; 1 (0 if the close failed).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn endttyent() -> c_int {
    let st = state();
    if st.fd < 0 {
        return 1;
    }
    // SAFETY: our own descriptor.
    let r = unsafe { sys!(__NR_close, st.fd) };
    st.fd = -1;
    (r >= 0) as c_int
}

/// BSD `getttyent` (in glibc): the next entry (opening the table first
/// if needed), or NULL at its end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getttyent() -> *mut ttyent {
    if state().fd < 0 && setttyent() == 0 {
        return null_mut();
    }
    let st = state();
    loop {
        if st.next_line().is_none() {
            return null_mut();
        }
        let mut p = 0;
        while matches!(st.line[p], b' ' | b'\t') {
            p += 1;
        }
        if !matches!(st.line[p], 0 | b'#' | b'\n') {
            break;
        }
    }
    parse(st);
    &raw mut st.ent
}

/// BSD `getttynam` (in glibc): the entry named `name` (the table is read
/// from its start and closed after), or NULL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getttynam(name: *const c_char) -> *mut ttyent {
    setttyent();
    let found = loop {
        let t = getttyent();
        if t.is_null() {
            break t;
        }
        // SAFETY: both are C strings (the entry's name is in the line).
        if unsafe { crate::string::strcmp((*t).ty_name, name) } == 0 {
            break t;
        }
    };
    endttyent();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(line: &[u8]) -> [Option<Vec<u8>>; 5] {
        let mut st = State {
            fd: -1,
            buf: [0; 512],
            pos: 0,
            end: 0,
            line: [0; LINE + 1],
            ent: ttyent {
                ty_name: null_mut(),
                ty_getty: null_mut(),
                ty_type: null_mut(),
                ty_status: 0,
                ty_window: null_mut(),
                ty_comment: null_mut(),
            },
        };
        st.line[..line.len()].copy_from_slice(line);
        parse(&mut st);
        let s = |p: *mut c_char| {
            (!p.is_null()).then(|| {
                // SAFETY: the pointers are into st.line, NUL-terminated.
                unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes().to_vec()
            })
        };
        let e = &st.ent;
        [
            s(e.ty_name),
            s(e.ty_getty),
            s(e.ty_type),
            s(e.ty_window),
            s(e.ty_comment),
        ]
    }

    #[test]
    fn glibc_answers() {
        let o = |s: &str| Some(s.as_bytes().to_vec());
        assert_eq!(
            parsed(b"console \"/usr/libexec/getty std.9600\" vt100 on secure # the console\n"),
            [
                o("console"),
                o("/usr/libexec/getty std.9600"),
                o("vt100"),
                None,
                o("the console")
            ]
        );
        assert_eq!(
            parsed(b"q \"a \\\"b\\\" c\" t on#c2\n"),
            [o("q"), o("a \"b\" c"), o("t"), None, o("on#c2")]
        );
        assert_eq!(
            parsed(b"w y z window=\"a b\" secure\n"),
            [o("w"), o("y"), o("z"), o("a b"), None]
        );
        assert_eq!(parsed(b"t7 a#b\n"), [o("t7"), o("a"), None, None, o("b")]);
        assert_eq!(parsed(b"lonely\n"), [o("lonely"), None, None, None, None]);
        assert_eq!(
            parsed(b"x y z bogus on # after\n"),
            [o("x"), o("y"), o("z"), None, o("bogus on # after")]
        );
    }
}
