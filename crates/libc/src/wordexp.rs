//! `<wordexp.h>`: shell word expansion (POSIX `wordexp`/`wordfree`).
//!
//! # Design
//!
//! One left-to-right pass over the words builds the current field in two
//! forms: `lit`, the text after quote removal, and `pat`, the same text
//! as a `glob` pattern (quoted `* ? [ \` escaped), with `magic` set when
//! an unquoted `* ? [` appeared. A field ends at an unquoted blank or
//! where field splitting of an unquoted expansion cuts it; a magic field
//! is expanded by `glob` (kept as written when nothing matches). As in
//! glibc, only wildcards written in the words count: the results of
//! expansions are never patterns.
//!
//! Expansions, as glibc does them: `~` and `~user` at a word's start;
//! `$name`, `${name}`, `${name:-w} ${name-w} ${name:=w} ${name=w}
//! ${name:+w} ${name+w} ${name:?w} ${name?w} ${#name} ${name%p}
//! ${name%%p} ${name#p} ${name##p}` and `$$`; `$(cmd)` and `` `cmd` ``
//! through `/bin/sh -c` (stderr to /dev/null unless `WRDE_SHOWERR`;
//! trailing newlines removed); `$((expr))` with `+ - * /`, unary signs,
//! parentheses and decimal, octal and hex numbers. Results outside double
//! quotes are split on `$IFS` (default blank, tab, newline; IFS blanks at
//! a result's ends are dropped without cutting the word, as glibc). An unquoted
//! `| & ; < > ( ) { }` or newline is `WRDE_BADCHAR`; an unterminated
//! quote or expansion is `WRDE_SYNTAX`.
use crate::glob::{GLOB_NOMATCH, glob, glob_t, globfree};
use crate::heap::{self, NoMemory, Vec};
use crate::types::*;
use core::ptr::null_mut;

pub const WRDE_DOOFFS: c_int = 1;
pub const WRDE_APPEND: c_int = 2;
pub const WRDE_NOCMD: c_int = 4;
pub const WRDE_REUSE: c_int = 8;
pub const WRDE_SHOWERR: c_int = 16;
pub const WRDE_UNDEF: c_int = 32;

pub const WRDE_NOSPACE: c_int = 1;
pub const WRDE_BADCHAR: c_int = 2;
pub const WRDE_BADVAL: c_int = 3;
pub const WRDE_CMDSUB: c_int = 4;
pub const WRDE_SYNTAX: c_int = 5;

/// glibc's `wordexp_t`.
#[repr(C)]
pub struct wordexp_t {
    pub we_wordc: size_t,
    pub we_wordv: *mut *mut c_char,
    pub we_offs: size_t,
}

impl From<NoMemory> for c_int {
    fn from(_: NoMemory) -> Self {
        WRDE_NOSPACE
    }
}

type R<T> = Result<T, c_int>;

static DEFAULT_IFS: [u8; 3] = *b" \t\n";
static SH_QUIET: [u8; 18] = *b"exec 2>/dev/null;\n";
static MODE_R: [u8; 2] = *b"r\0";
static IFS_NAME: [u8; 4] = *b"IFS\0";
static HOME_NAME: [u8; 5] = *b"HOME\0";

struct Exp {
    flags: c_int,
    out: Vec<*mut c_char>,
    lit: Vec<u8>,
    pat: Vec<u8>,
    magic: bool,
    /// The current field exists (even if empty: `""`).
    started: bool,
    ifs: Vec<u8>,
}

/// `s` as a NUL-terminated heap buffer (a Vec with its NUL).
fn cbuf(s: &[u8]) -> Result<Vec<u8>, NoMemory> {
    let mut v = Vec::new();
    v.extend_from_slice(s)?;
    v.push(0)?;
    Ok(v)
}

/// A heap C string copy of `s`.
fn dup(s: &[u8]) -> Result<*mut c_char, NoMemory> {
    // SAFETY: a fresh allocation of len + 1 bytes, filled here.
    unsafe {
        let p = heap::malloc(s.len() + 1) as *mut u8;
        if p.is_null() {
            return Err(NoMemory);
        }
        core::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
        *p.add(s.len()) = 0;
        Ok(p as *mut c_char)
    }
}

/// The environment's value of `name`.
fn var(name: &[u8]) -> Result<Option<&'static [u8]>, NoMemory> {
    let n = cbuf(name)?;
    // SAFETY: n is a C string; getenv's answer lives in the environment.
    unsafe {
        let v = crate::stdlib::getenv(n.as_slice().as_ptr() as *const c_char);
        if v.is_null() {
            return Ok(None);
        }
        Ok(Some(core::slice::from_raw_parts(
            v as *const u8,
            crate::string::strlen(v),
        )))
    }
}

/// The end of a balanced construct starting after its opener at `i`:
/// the index of the closing `close` (quotes and nesting of `open` honoured).
fn matching(s: &[u8], mut i: usize, open: u8, close: u8) -> R<usize> {
    let mut depth = 0usize;
    while i < s.len() {
        match s[i] {
            b'\\' => i += 1,
            b'\'' => {
                i += 1;
                while i < s.len() && s[i] != b'\'' {
                    i += 1;
                }
            }
            b'"' => {
                i += 1;
                while i < s.len() && s[i] != b'"' {
                    if s[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            c if c == close && depth == 0 => return Ok(i),
            c if c == close => depth -= 1,
            c if c == open => depth += 1,
            _ => {}
        }
        i += 1;
    }
    Err(WRDE_SYNTAX)
}

fn is_name_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_name(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

impl Exp {
    /// Append one character of the field; `quoted` keeps it from being a
    /// wildcard.
    fn ch(&mut self, c: u8, quoted: bool) -> R<()> {
        self.started = true;
        self.lit.push(c)?;
        if matches!(c, b'*' | b'?' | b'[') && !quoted {
            self.magic = true;
        } else if matches!(c, b'*' | b'?' | b'[' | b'\\') {
            self.pat.push(b'\\')?;
        }
        self.pat.push(c)?;
        Ok(())
    }

    /// End the current field (if any), expanding its wildcards.
    fn end_field(&mut self) -> R<()> {
        if !self.started {
            return Ok(());
        }
        let mut done = false;
        if self.magic {
            self.pat.push(0)?;
            let mut g = core::mem::MaybeUninit::<glob_t>::zeroed();
            // SAFETY: pat is a C string; g is a zeroed glob_t for glob
            // to fill and globfree to release.
            unsafe {
                let r = glob(
                    self.pat.as_slice().as_ptr() as *const c_char,
                    0,
                    None,
                    g.as_mut_ptr(),
                );
                let g = g.assume_init_mut();
                if r == 0 {
                    for k in 0..g.gl_pathc {
                        let p = *g.gl_pathv.add(k);
                        let s =
                            core::slice::from_raw_parts(p as *const u8, crate::string::strlen(p));
                        let d = dup(s);
                        match d {
                            Ok(d) => self.out.push(d)?,
                            Err(e) => {
                                globfree(g);
                                return Err(e.into());
                            }
                        }
                    }
                    done = true;
                } else if r != GLOB_NOMATCH {
                    globfree(g);
                    return Err(WRDE_NOSPACE);
                }
                globfree(g);
            }
        }
        if !done {
            let d = dup(self.lit.as_slice())?;
            self.out.push(d)?;
        }
        self.lit.truncate(0);
        self.pat.truncate(0);
        self.magic = false;
        self.started = false;
        Ok(())
    }

    /// Add an expansion's result: inside double quotes as it is, else
    /// split on IFS.
    fn add_result(&mut self, v: &[u8], quoted: bool) -> R<()> {
        if quoted {
            self.started = true;
            for &c in v {
                self.ch(c, true)?;
            }
            return Ok(());
        }
        let mut ifs: Vec<u8> = Vec::new();
        ifs.extend_from_slice(self.ifs.as_slice())?;
        let ifs = ifs.as_slice();
        let white = |c: u8| matches!(c, b' ' | b'\t' | b'\n');
        // As glibc: IFS blanks at the value's ends cut nothing.
        let sp = |c: &u8| ifs.contains(c) && white(*c);
        let a = v.iter().position(|c| !sp(c)).unwrap_or(v.len());
        let z = v.iter().rposition(|c| !sp(c)).map_or(a, |k| k + 1);
        let v = &v[a..z];
        let mut i = 0;
        while i < v.len() {
            let c = v[i];
            if ifs.contains(&c) {
                if white(c) {
                    self.end_field()?;
                    while i + 1 < v.len() && ifs.contains(&v[i + 1]) && white(v[i + 1]) {
                        i += 1;
                    }
                    // A non-blank delimiter after blanks belongs to them.
                    if i + 1 < v.len() && ifs.contains(&v[i + 1]) {
                        i += 1;
                    }
                } else {
                    self.started = true;
                    self.end_field()?;
                    while i + 1 < v.len() && ifs.contains(&v[i + 1]) && white(v[i + 1]) {
                        i += 1;
                    }
                }
            } else {
                // Expansion results are not wildcards (as glibc).
                self.ch(c, true)?;
            }
            i += 1;
        }
        Ok(())
    }

    /// Expand `s` (a word inside `${...}` or `$((...))`) to text, quotes
    /// removed, without splitting or wildcards.
    fn expand_text(&mut self, s: &[u8]) -> R<Vec<u8>> {
        let mut sub = Exp {
            flags: self.flags,
            out: Vec::new(),
            lit: Vec::new(),
            pat: Vec::new(),
            magic: false,
            started: false,
            ifs: Vec::new(),
        };
        sub.run(s, true)?;
        let mut v = Vec::new();
        v.extend_from_slice(sub.lit.as_slice())?;
        Ok(v)
    }

    /// Run `cmd` in the shell; its output without trailing newlines.
    fn command(&mut self, cmd: &[u8]) -> R<Vec<u8>> {
        if self.flags & WRDE_NOCMD != 0 {
            return Err(WRDE_CMDSUB);
        }
        let mut c: Vec<u8> = Vec::new();
        if self.flags & WRDE_SHOWERR == 0 {
            c.extend_from_slice(&SH_QUIET)?;
        }
        c.extend_from_slice(cmd)?;
        c.push(0)?;
        let mut out: Vec<u8> = Vec::new();
        // SAFETY: c and MODE_R are C strings; f is popen's stream until
        // pclose.
        unsafe {
            let f = crate::stdio::popen(
                c.as_slice().as_ptr() as *const c_char,
                MODE_R.as_ptr() as *const c_char,
            );
            if f.is_null() {
                return Err(WRDE_NOSPACE);
            }
            let mut buf = [0u8; 512];
            loop {
                let n = crate::stdio::fread(buf.as_mut_ptr() as *mut c_void, 1, buf.len(), f);
                if n == 0 {
                    break;
                }
                if out.extend_from_slice(&buf[..n]).is_err() {
                    crate::stdio::pclose(f);
                    return Err(WRDE_NOSPACE);
                }
            }
            crate::stdio::pclose(f);
        }
        let mut n = out.len();
        while n > 0 && out.as_slice()[n - 1] == b'\n' {
            n -= 1;
        }
        out.truncate(n);
        Ok(out)
    }

    /// `${...}` with its body `b`; the value to add (None: nothing).
    fn brace(&mut self, b: &[u8]) -> R<Vec<u8>> {
        let mut v: Vec<u8> = Vec::new();
        if b.first() == Some(&b'#') && b.len() > 1 {
            let name = &b[1..];
            if !name.iter().all(|&c| is_name(c)) {
                return Err(WRDE_SYNTAX);
            }
            let n = match var(name)? {
                Some(x) => x.len(),
                None if self.flags & WRDE_UNDEF != 0 => return Err(WRDE_BADVAL),
                None => 0,
            };
            push_num(&mut v, n as i64)?;
            return Ok(v);
        }
        let mut k = 0;
        while k < b.len() && is_name(b[k]) {
            k += 1;
        }
        let name = &b[..k];
        if name.is_empty() || !is_name_start(name[0]) {
            return Err(WRDE_SYNTAX);
        }
        let val = var(name)?;
        let rest = &b[k..];
        if rest.is_empty() {
            match val {
                Some(x) => v.extend_from_slice(x)?,
                None if self.flags & WRDE_UNDEF != 0 => return Err(WRDE_BADVAL),
                None => {}
            }
            return Ok(v);
        }
        let colon = rest[0] == b':';
        let op_at = colon as usize;
        let Some(&op) = rest.get(op_at) else {
            return Err(WRDE_SYNTAX);
        };
        let word = &rest[op_at + 1..];
        // Unset, or null with the colon forms.
        let unset = match val {
            None => true,
            Some(x) => colon && x.is_empty(),
        };
        match op {
            b'-' | b'=' | b'?' | b'+' => {
                if op == b'+' {
                    if !unset {
                        v = self.expand_text(word)?;
                    }
                    return Ok(v);
                }
                if !unset {
                    v.extend_from_slice(val.unwrap_or(&[]))?;
                    return Ok(v);
                }
                match op {
                    b'-' => self.expand_text(word),
                    b'=' => {
                        let w = self.expand_text(word)?;
                        let n = cbuf(name)?;
                        let mut wv = Vec::new();
                        wv.extend_from_slice(w.as_slice())?;
                        wv.push(0)?;
                        // SAFETY: both are C strings.
                        unsafe {
                            crate::stdlib::setenv(
                                n.as_slice().as_ptr() as *const c_char,
                                wv.as_slice().as_ptr() as *const c_char,
                                1,
                            )
                        };
                        Ok(w)
                    }
                    _ => Err(WRDE_BADVAL),
                }
            }
            b'%' | b'#' if !colon => {
                let long = word.first() == Some(&op);
                let p = self.expand_text(if long { &word[1..] } else { word })?;
                let x = match val {
                    Some(x) => x,
                    None if self.flags & WRDE_UNDEF != 0 => return Err(WRDE_BADVAL),
                    None => &[],
                };
                let p = p.as_slice();
                let m = |s: &[u8]| crate::fnmatch::fnmatch_bytes(p, s, 0);
                let n = x.len();
                let mut cut = (0, n);
                if op == b'#' {
                    // Remove the shortest (or longest) matching prefix.
                    let mut found = None;
                    for j in 0..=n {
                        let j = if long { n - j } else { j };
                        if m(&x[..j]) {
                            found = Some(j);
                            break;
                        }
                    }
                    if let Some(j) = found {
                        cut = (j, n);
                    }
                } else {
                    let mut found = None;
                    for j in 0..=n {
                        let j = if long { j } else { n - j };
                        if m(&x[j..]) {
                            found = Some(j);
                            break;
                        }
                    }
                    if let Some(j) = found {
                        cut = (0, j);
                    }
                }
                v.extend_from_slice(&x[cut.0..cut.1])?;
                Ok(v)
            }
            _ => Err(WRDE_SYNTAX),
        }
    }

    /// The pass over `s`; `text` (inside `${}` words) keeps blanks and
    /// forbids nothing.
    fn run(&mut self, s: &[u8], text: bool) -> R<()> {
        let mut i = 0;
        let mut dq = false;
        while i < s.len() {
            let c = s[i];
            match c {
                b'\\' => {
                    let Some(&n) = s.get(i + 1) else {
                        // A trailing backslash (glibc: a syntax error).
                        return Err(WRDE_SYNTAX);
                    };
                    if dq && !matches!(n, b'$' | b'`' | b'"' | b'\\' | b'\n') {
                        self.ch(b'\\', true)?;
                        i += 1;
                        continue;
                    } else if n != b'\n' {
                        self.ch(n, true)?;
                    }
                    i += 2;
                    continue;
                }
                b'\'' if !dq => {
                    let Some(e) = s[i + 1..].iter().position(|&b| b == b'\'') else {
                        return Err(WRDE_SYNTAX);
                    };
                    self.started = true;
                    for &b in &s[i + 1..i + 1 + e] {
                        self.ch(b, true)?;
                    }
                    i += e + 2;
                    continue;
                }
                b'"' => {
                    dq = !dq;
                    self.started = true;
                    i += 1;
                    continue;
                }
                b'`' => {
                    let mut j = i + 1;
                    let mut cmd: Vec<u8> = Vec::new();
                    while j < s.len() && s[j] != b'`' {
                        if s[j] == b'\\' && matches!(s.get(j + 1), Some(b'$' | b'`' | b'\\')) {
                            j += 1;
                        }
                        cmd.push(s[j])?;
                        j += 1;
                    }
                    if j >= s.len() {
                        return Err(WRDE_SYNTAX);
                    }
                    let out = self.command(cmd.as_slice())?;
                    self.add_result(out.as_slice(), dq || text)?;
                    i = j + 1;
                    continue;
                }
                b'$' => {
                    i = self.dollar(s, i, dq || text)?;
                    continue;
                }
                b'~' if !dq && !text && !self.started => {
                    let mut j = i + 1;
                    while j < s.len() && s[j] != b'/' && !matches!(s[j], b' ' | b'\t') {
                        j += 1;
                    }
                    let name = &s[i + 1..j];
                    if name.iter().all(|&b| is_name(b) || b == b'.' || b == b'-')
                        && let Some(h) = home(name)?
                    {
                        self.started = true;
                        for &b in h.as_slice() {
                            self.ch(b, true)?;
                        }
                        i = j;
                        continue;
                    }
                    self.ch(c, false)?;
                    i += 1;
                    continue;
                }
                _ => {}
            }
            if !dq && !text {
                if matches!(c, b' ' | b'\t') {
                    self.end_field()?;
                    i += 1;
                    continue;
                }
                if matches!(
                    c,
                    b'\n' | b'|' | b'&' | b';' | b'<' | b'>' | b'(' | b')' | b'{' | b'}'
                ) {
                    return Err(WRDE_BADCHAR);
                }
            }
            self.ch(c, dq)?;
            i += 1;
        }
        if dq {
            return Err(WRDE_SYNTAX);
        }
        Ok(())
    }

    /// A `$` at `s[i]`: expand it, return where to continue.
    fn dollar(&mut self, s: &[u8], i: usize, quoted: bool) -> R<usize> {
        let rest = &s[i + 1..];
        if rest.len() >= 2 && rest[0] == b'(' && rest[1] == b'(' {
            let e = matching(s, i + 3, b'(', b')')?;
            if s.get(e + 1) != Some(&b')') {
                return Err(WRDE_SYNTAX);
            }
            let t = self.expand_text(&s[i + 3..e])?;
            let mut a = Arith {
                s: t.as_slice(),
                i: 0,
                depth: 0,
            };
            let v = a.expr()?;
            a.ws();
            if a.i != a.s.len() {
                return Err(WRDE_SYNTAX);
            }
            let mut out = Vec::new();
            push_num(&mut out, v)?;
            self.add_result(out.as_slice(), quoted)?;
            return Ok(e + 2);
        }
        match rest.first() {
            Some(b'(') => {
                let e = matching(s, i + 2, b'(', b')')?;
                let out = self.command(&s[i + 2..e])?;
                self.add_result(out.as_slice(), quoted)?;
                Ok(e + 1)
            }
            Some(b'{') => {
                let e = matching(s, i + 2, b'{', b'}')?;
                let v = self.brace(&s[i + 2..e])?;
                self.add_result(v.as_slice(), quoted)?;
                if quoted {
                    self.started = true;
                }
                Ok(e + 1)
            }
            Some(b'$') => {
                let mut v = Vec::new();
                push_num(&mut v, crate::unistd::getpid() as i64)?;
                self.add_result(v.as_slice(), quoted)?;
                Ok(i + 2)
            }
            Some(&c) if is_name_start(c) => {
                let mut j = i + 1;
                while j < s.len() && is_name(s[j]) {
                    j += 1;
                }
                match var(&s[i + 1..j])? {
                    Some(v) => self.add_result(v, quoted)?,
                    None if self.flags & WRDE_UNDEF != 0 => return Err(WRDE_BADVAL),
                    None => {}
                }
                Ok(j)
            }
            _ => {
                self.ch(b'$', quoted)?;
                Ok(i + 1)
            }
        }
    }
}

/// The home directory for `~name` (`~`: `$HOME`, else the user's entry).
fn home(name: &[u8]) -> R<Option<Vec<u8>>> {
    let mut v = Vec::new();
    if name.is_empty()
        && let Some(h) = var(&HOME_NAME[..4])?
    {
        v.extend_from_slice(h)?;
        return Ok(Some(v));
    }
    // SAFETY: n is a C string; the passwd entry is read at once.
    unsafe {
        let pw = if name.is_empty() {
            crate::pwd::getpwuid(crate::unistd::getuid())
        } else {
            let n = cbuf(name)?;
            crate::pwd::getpwnam(n.as_slice().as_ptr() as *const c_char)
        };
        if pw.is_null() || (*pw).pw_dir.is_null() {
            return Ok(None);
        }
        let d = (*pw).pw_dir;
        v.extend_from_slice(core::slice::from_raw_parts(
            d as *const u8,
            crate::string::strlen(d),
        ))?;
    }
    Ok(Some(v))
}

/// Append the decimal form of `n`.
fn push_num(v: &mut Vec<u8>, n: i64) -> R<()> {
    let mut buf = [0u8; 20];
    let mut k = buf.len();
    let mut u = n.unsigned_abs();
    loop {
        k -= 1;
        buf[k] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    if n < 0 {
        v.push(b'-')?;
    }
    v.extend_from_slice(&buf[k..])?;
    Ok(())
}

/// `$((...))`: `+ - * /`, unary signs, parentheses, numbers.
struct Arith<'a> {
    s: &'a [u8],
    i: usize,
    depth: u32,
}

impl Arith<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n') {
            self.i += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.s.get(self.i).copied()
    }

    fn expr(&mut self) -> R<i64> {
        let mut v = self.term()?;
        while let Some(c @ (b'+' | b'-')) = self.peek() {
            self.i += 1;
            let t = self.term()?;
            v = if c == b'+' {
                v.wrapping_add(t)
            } else {
                v.wrapping_sub(t)
            };
        }
        Ok(v)
    }

    fn term(&mut self) -> R<i64> {
        let mut v = self.factor()?;
        while let Some(c @ (b'*' | b'/')) = self.peek() {
            self.i += 1;
            let t = self.factor()?;
            v = if c == b'*' {
                v.wrapping_mul(t)
            } else if t == 0 {
                return Err(WRDE_SYNTAX);
            } else {
                v.wrapping_div(t)
            };
        }
        Ok(v)
    }

    fn factor(&mut self) -> R<i64> {
        self.depth += 1;
        if self.depth > 200 {
            return Err(WRDE_SYNTAX);
        }
        let r = match self.peek() {
            // One sign, as glibc (`--1` is a syntax error there).
            Some(c @ (b'-' | b'+')) => {
                self.i += 1;
                if matches!(self.peek(), Some(b'-' | b'+')) {
                    return Err(WRDE_SYNTAX);
                }
                self.factor()
                    .map(|v| if c == b'-' { v.wrapping_neg() } else { v })
            }
            Some(b'(') => {
                self.i += 1;
                let v = self.expr()?;
                if self.peek() != Some(b')') {
                    return Err(WRDE_SYNTAX);
                }
                self.i += 1;
                Ok(v)
            }
            Some(b'0'..=b'9') => {
                let (base, skip) = match (self.s[self.i], self.s.get(self.i + 1)) {
                    (b'0', Some(b'x' | b'X')) => (16, 2),
                    (b'0', _) => (8, 0),
                    _ => (10, 0),
                };
                self.i += skip;
                let mut v: i64 = 0;
                let mut any = skip == 0;
                while let Some(d) = self.s.get(self.i).and_then(|&c| (c as char).to_digit(base)) {
                    v = v.wrapping_mul(base as i64).wrapping_add(d as i64);
                    self.i += 1;
                    any = true;
                }
                if !any
                    || self
                        .s
                        .get(self.i)
                        .is_some_and(|c| c.is_ascii_alphanumeric())
                {
                    return Err(WRDE_SYNTAX);
                }
                Ok(v)
            }
            _ => Err(WRDE_SYNTAX),
        };
        self.depth -= 1;
        r
    }
}

/// Free the words of `w` (not the offsets' slots, which hold NULL).
unsafe fn free_words(w: &mut wordexp_t) {
    if w.we_wordv.is_null() {
        return;
    }
    // SAFETY: the vector holds we_offs + we_wordc entries from wordexp.
    unsafe {
        for k in 0..w.we_wordc {
            heap::free(*w.we_wordv.add(w.we_offs + k) as *mut c_void);
        }
        heap::free(w.we_wordv as *mut c_void);
    }
    w.we_wordv = null_mut();
    w.we_wordc = 0;
}

/// POSIX.1-2024 `wordexp`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wordexp(words: *const c_char, w: *mut wordexp_t, flags: c_int) -> c_int {
    // SAFETY: the caller's string and wordexp_t.
    let (s, w) = unsafe {
        (
            core::slice::from_raw_parts(words as *const u8, crate::string::strlen(words)),
            &mut *w,
        )
    };
    if flags & WRDE_REUSE != 0 {
        // SAFETY: w holds a previous wordexp's result.
        unsafe { free_words(w) };
    }
    if flags & WRDE_APPEND == 0 {
        w.we_wordc = 0;
        w.we_wordv = null_mut();
        if flags & WRDE_DOOFFS == 0 {
            w.we_offs = 0;
        }
    }
    let mut e = Exp {
        flags,
        out: Vec::new(),
        lit: Vec::new(),
        pat: Vec::new(),
        magic: false,
        started: false,
        ifs: Vec::new(),
    };
    let r = (|| -> R<()> {
        match var(&IFS_NAME[..3])? {
            Some(v) => e.ifs.extend_from_slice(v)?,
            None => e.ifs.extend_from_slice(&DEFAULT_IFS)?,
        }
        e.run(s, false)?;
        e.end_field()
    })();
    let fail = |e: &mut Exp, code: c_int| {
        for &p in e.out.as_slice() {
            // SAFETY: each word is this call's allocation.
            unsafe { heap::free(p as *mut c_void) };
        }
        code
    };
    if let Err(code) = r {
        return fail(&mut e, code);
    }
    let offs = if flags & WRDE_DOOFFS != 0 {
        w.we_offs
    } else {
        0
    };
    let total = offs + w.we_wordc + e.out.len() + 1;
    let Some(bytes) = total.checked_mul(core::mem::size_of::<*mut c_char>()) else {
        return fail(&mut e, WRDE_NOSPACE);
    };
    // SAFETY: we_wordv is null or a previous wordexp's vector.
    let v = unsafe { heap::realloc(w.we_wordv as *mut c_void, bytes) } as *mut *mut c_char;
    if v.is_null() {
        return fail(&mut e, WRDE_NOSPACE);
    }
    // SAFETY: v holds `total` pointers.
    unsafe {
        if w.we_wordv.is_null() {
            for k in 0..offs {
                *v.add(k) = null_mut();
            }
        }
        for (k, &p) in e.out.as_slice().iter().enumerate() {
            *v.add(offs + w.we_wordc + k) = p;
        }
        *v.add(total - 1) = null_mut();
    }
    w.we_wordv = v;
    w.we_wordc += e.out.len();
    0
}

/// POSIX.1-2024 `wordfree`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wordfree(w: *mut wordexp_t) {
    if w.is_null() {
        return;
    }
    // SAFETY: w holds wordexp's result.
    unsafe { free_words(&mut *w) };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arith(s: &str) -> R<i64> {
        let mut a = Arith {
            s: s.as_bytes(),
            i: 0,
            depth: 0,
        };
        let v = a.expr()?;
        a.ws();
        if a.i != a.s.len() {
            return Err(WRDE_SYNTAX);
        }
        Ok(v)
    }

    #[test]
    fn arithmetic_as_glibc() {
        assert_eq!(arith("1+2*3"), Ok(7));
        assert_eq!(arith(" (1+2)*-3 "), Ok(-9));
        assert_eq!(arith("7/2"), Ok(3));
        assert_eq!(arith("-7/2"), Ok(-3));
        assert_eq!(arith("0x1f+010"), Ok(39));
        assert_eq!(arith("--1"), Err(WRDE_SYNTAX));
        assert_eq!(arith("-(2)"), Ok(-2));
        assert_eq!(arith("1+"), Err(WRDE_SYNTAX));
        assert_eq!(arith("(1"), Err(WRDE_SYNTAX));
        assert_eq!(arith("1/0"), Err(WRDE_SYNTAX));
        assert_eq!(arith("x"), Err(WRDE_SYNTAX));
    }

    #[test]
    fn balanced_constructs() {
        assert_eq!(matching(b"$(a (b) c) d", 2, b'(', b')'), Ok(9));
        assert_eq!(matching(b"$(a ')' c) d", 2, b'(', b')'), Ok(9));
        assert_eq!(matching(b"${a\\}b}", 2, b'{', b'}'), Ok(6));
        assert_eq!(matching(b"$(a", 2, b'(', b')'), Err(WRDE_SYNTAX));
    }

    #[test]
    fn numbers() {
        let mut v = Vec::new();
        push_num(&mut v, -1234).unwrap();
        push_num(&mut v, i64::MIN).unwrap();
        assert_eq!(v.as_slice(), b"-1234-9223372036854775808");
    }
}
