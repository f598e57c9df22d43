//! `<regex.h>`: POSIX regular expressions (`regcomp regexec regerror
//! regfree`), basic and extended, with glibc's GNU extensions.
//!
//! # Design
//!
//! * `compile` parses the pattern (POSIX.1-2024 XBD 9 BRE or ERE, plus
//!   what glibc accepts beyond it: `\+ \? \|` in BREs, back-references in
//!   EREs, `\w \W \s \S \b \B \< \> \` \'`) into a small program of
//!   character, set, split, save and assertion instructions; each error
//!   is the one glibc reports for the same pattern.
//! * `exec` finds the leftmost-longest match with a Pike VM (polynomial,
//!   no recursion) and the subexpressions with a memoised backtracking
//!   walk fixed to that match; back-references alone fall back to a full
//!   backtracking search on an explicit stack.
//! * A pattern compiled while `LC_CTYPE` is UTF-8 matches characters
//!   (decoded from both pattern and subject); otherwise bytes. Classes,
//!   case folding and word characters follow the same locale data as
//!   `iswctype`/`towlower`. Equivalence classes and collating symbols
//!   name one character (the C and C.UTF-8 locales have no others);
//!   ranges are by code point.
//! * The compiled program lives in the heap behind `regex_t`'s first
//!   field; `regex_t` has glibc's size and `re_nsub` its offset.
use crate::heap::{self, Vec};
use crate::types::*;

mod compile;
mod exec;
#[cfg(test)]
mod tests;

pub const REG_EXTENDED: c_int = 1;
pub const REG_ICASE: c_int = 2;
pub const REG_NEWLINE: c_int = 4;
pub const REG_NOSUB: c_int = 8;
pub const REG_NOTBOL: c_int = 1;
pub const REG_NOTEOL: c_int = 2;
pub const REG_STARTEND: c_int = 4;

/// The errors `regcomp` and `regexec` report, with glibc's codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum Error {
    NoMatch = 1,
    BadPat = 2,
    ECollate = 3,
    ECtype = 4,
    EEscape = 5,
    ESubreg = 6,
    EBrack = 7,
    EParen = 8,
    EBrace = 9,
    BadBr = 10,
    ERange = 11,
    Space = 12,
    BadRpt = 13,
    ESize = 15,
}

/// Zero-width assertions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Bol,
    Eol,
    BufStart,
    BufEnd,
    Word,
    NotWord,
    WordStart,
    WordEnd,
}

/// One program instruction.
#[derive(Clone, Copy, Debug)]
pub enum Inst {
    /// One character (compared folded under `REG_ICASE`).
    Char(u32),
    /// Any character (but newline under `REG_NEWLINE`).
    Any,
    /// A character in bracket set `n`.
    Set(u32),
    /// Continue at both, the first preferred.
    Split(u32, u32),
    Jmp(u32),
    /// Record the position in capture slot `n`.
    Save(u32),
    /// A repetition begins in loop slot `n`: its next iteration is the
    /// first (true), or iterations came before (false).
    Enter(u32, bool),
    /// An iteration of loop `n` begins here.
    Mark(u32),
    /// The end of loop `n`'s body: back if the iteration consumed
    /// something; out if it was the first and matched the empty string;
    /// else (a later empty iteration, which glibc never reports) fail.
    Loop(u32, u32, u32),
    /// The end of an optional iteration of a counted repetition: fail
    /// if it matched the empty string and was not the first.
    Check(u32),
    Look(Look),
    /// The text group `n` matched, again.
    Backref(u32),
    Match,
}

/// A bracket expression: its items in `Prog::items`.
#[derive(Clone, Copy, Debug)]
pub struct SetHead {
    pub neg: bool,
    pub start: u32,
    pub len: u32,
}

#[derive(Clone, Copy, Debug)]
pub enum Item {
    Range(u32, u32),
    /// A `wctype` class number (or `\w`'s).
    Class(u8),
}

/// A compiled pattern.
pub struct Prog {
    pub insts: Vec<Inst>,
    pub sets: Vec<SetHead>,
    pub items: Vec<Item>,
    pub nsub: usize,
    pub nmarks: u32,
    pub backrefs: bool,
    pub icase: bool,
    pub newline: bool,
    pub utf8: bool,
}

impl Prog {
    fn new(f: compile::Flags) -> Self {
        Prog {
            insts: Vec::new(),
            sets: Vec::new(),
            items: Vec::new(),
            nsub: 0,
            nmarks: 0,
            backrefs: false,
            icase: f.icase,
            newline: f.newline,
            utf8: f.utf8,
        }
    }
}

/// glibc's `struct re_pattern_buffer`: the compiled program behind
/// `buffer`, the flags in `syntax` (the other fields unused, kept for
/// the size).
#[repr(C)]
pub struct regex_t {
    buffer: *mut c_void,
    allocated: c_ulong,
    used: c_ulong,
    syntax: c_ulong,
    fastmap: *mut c_char,
    translate: *mut u8,
    pub re_nsub: size_t,
    bits: c_uint,
}

#[cfg(target_pointer_width = "64")]
const _: () = assert!(core::mem::size_of::<regex_t>() == 64);
#[cfg(target_pointer_width = "32")]
const _: () = assert!(core::mem::size_of::<regex_t>() == 32);

pub type regoff_t = c_int;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct regmatch_t {
    pub rm_so: regoff_t,
    pub rm_eo: regoff_t,
}

/// POSIX.1-2024 `regcomp`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn regcomp(
    preg: *mut regex_t,
    pattern: *const c_char,
    cflags: c_int,
) -> c_int {
    // SAFETY: pattern is a C string.
    let pat = unsafe {
        core::slice::from_raw_parts(pattern as *const u8, crate::string::strlen(pattern))
    };
    let f = compile::Flags {
        extended: cflags & REG_EXTENDED != 0,
        icase: cflags & REG_ICASE != 0,
        newline: cflags & REG_NEWLINE != 0,
        utf8: crate::locale::ctype_utf8(),
    };
    let empty = regex_t {
        buffer: core::ptr::null_mut(),
        allocated: 0,
        used: 0,
        syntax: cflags as c_ulong,
        fastmap: core::ptr::null_mut(),
        translate: core::ptr::null_mut(),
        re_nsub: 0,
        bits: 0,
    };
    // A failed compile leaves no program behind (regfree is then a no-op).
    let fail = |e: Error| {
        // SAFETY: preg is the caller's writable regex_t.
        unsafe { preg.write(empty) };
        e as c_int
    };
    let prog = match compile::compile(pat, f) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    // SAFETY: a fresh allocation the size of a Prog, written before use.
    let p = unsafe { heap::malloc(core::mem::size_of::<Prog>()) } as *mut Prog;
    if p.is_null() {
        return fail(Error::Space);
    }
    let nsub = prog.nsub;
    // SAFETY: p is fresh and aligned (malloc); preg is the caller's
    // writable regex_t.
    unsafe {
        p.write(prog);
        preg.write(regex_t {
            buffer: p as *mut c_void,
            allocated: core::mem::size_of::<Prog>() as c_ulong,
            used: core::mem::size_of::<Prog>() as c_ulong,
            syntax: cflags as c_ulong,
            fastmap: core::ptr::null_mut(),
            translate: core::ptr::null_mut(),
            re_nsub: nsub,
            bits: 0,
        });
    }
    0
}

/// POSIX.1-2024 `regexec` (with the BSD/GNU `REG_STARTEND`: the subject is
/// `string[pmatch[0].rm_so .. pmatch[0].rm_eo]`, offsets still counted
/// from `string`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn regexec(
    preg: *const regex_t,
    string: *const c_char,
    nmatch: size_t,
    pmatch: *mut regmatch_t,
    eflags: c_int,
) -> c_int {
    // SAFETY: preg went through regcomp (a failed one left no buffer).
    let (buf, cflags) = unsafe { ((*preg).buffer as *const Prog, (*preg).syntax as c_int) };
    if buf.is_null() {
        return Error::BadPat as c_int;
    }
    // SAFETY: a non-null buffer is the Prog regcomp made.
    let prog = unsafe { &*buf };
    let nmatch = if cflags & REG_NOSUB != 0 { 0 } else { nmatch };
    let (start, end) = if eflags & REG_STARTEND != 0 {
        // SAFETY: the caller's pmatch[0] holds the range.
        let m = unsafe { *pmatch };
        (m.rm_so.max(0) as usize, m.rm_eo.max(0) as usize)
    } else {
        // SAFETY: string is a C string.
        (0, unsafe { crate::string::strlen(string) })
    };
    if start > end {
        return Error::NoMatch as c_int;
    }
    // SAFETY: string holds at least `end` bytes (its length, or the
    // caller's range).
    let s = unsafe { core::slice::from_raw_parts(string as *const u8, end) };
    let t = exec::Subject {
        s,
        start,
        end,
        notbol: eflags & REG_NOTBOL != 0,
        noteol: eflags & REG_NOTEOL != 0,
    };
    let want = nmatch.min(prog.nsub + 1);
    let mut caps: Vec<isize> = Vec::new();
    for _ in 0..2 * want {
        if caps.push(-1).is_err() {
            return Error::Space as c_int;
        }
    }
    match exec::search(prog, &t, caps.as_mut_slice()) {
        Ok(true) => {}
        Ok(false) => return Error::NoMatch as c_int,
        Err(e) => return e as c_int,
    }
    for k in 0..nmatch {
        let (so, eo) = if k < want {
            (caps.as_slice()[2 * k], caps.as_slice()[2 * k + 1])
        } else {
            (-1, -1)
        };
        let (so, eo) = if so < 0 || eo < 0 { (-1, -1) } else { (so, eo) };
        // SAFETY: pmatch holds nmatch entries.
        unsafe {
            *pmatch.add(k) = regmatch_t {
                rm_so: so as regoff_t,
                rm_eo: eo as regoff_t,
            };
        }
    }
    0
}

/// glibc's messages, in code order from `REG_NOERROR` (0) to
/// `REG_ERPAREN` (16), each ended by a NUL.
static MESSAGES: [u8; 396] =
    *b"Success\0No match\0Invalid regular expression\0Invalid collation character\0\
Invalid character class name\0Trailing backslash\0Invalid back reference\0\
Unmatched [, [^, [:, [., or [=\0Unmatched ( or \\(\0Unmatched \\{\0Invalid content of \\{\\}\0\
Invalid range end\0Memory exhausted\0Invalid preceding regular expression\0\
Premature end of regular expression\0Regular expression too big\0Unmatched ) or \\)\0\
Unknown error\0";

/// POSIX.1-2024 `regerror`: the message's size with its NUL; as much as fits
/// (NUL-terminated) is copied to a non-empty buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn regerror(
    code: c_int,
    _preg: *const regex_t,
    buf: *mut c_char,
    size: size_t,
) -> size_t {
    let k = if (0..=16).contains(&code) {
        code as usize
    } else {
        17
    };
    let msg = MESSAGES.split(|&b| b == 0).nth(k).unwrap_or(&[]);
    if size > 0 && !buf.is_null() {
        let n = msg.len().min(size - 1);
        // SAFETY: buf holds size bytes; n + 1 <= size.
        unsafe {
            core::ptr::copy_nonoverlapping(msg.as_ptr(), buf as *mut u8, n);
            *buf.add(n) = 0;
        }
    }
    msg.len() + 1
}

/// POSIX.1-2024 `regfree`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn regfree(preg: *mut regex_t) {
    // SAFETY: preg was compiled by regcomp (its buffer a Prog we own).
    unsafe {
        let p = (*preg).buffer as *mut Prog;
        if !p.is_null() {
            core::ptr::drop_in_place(p);
            heap::free(p as *mut c_void);
            (*preg).buffer = core::ptr::null_mut();
        }
    }
}
