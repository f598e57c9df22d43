//! `<regex.h>`: POSIX regular expressions (`regcomp regexec regerror
//! regfree`), basic and extended, with glibc's GNU extensions, and the
//! GNU regex API (`re_compile_pattern re_search re_match` …, in `gnu`).
//!
//! # Design
//!
//! * `compile` parses the pattern under glibc's syntax bits (`syntax`:
//!   `RE_*`, which spell the operators, decide what is ordinary where,
//!   and what `.` and `[^…]` match); `regcomp` is `RE_SYNTAX_POSIX_BASIC`
//!   or `_EXTENDED` as in glibc (POSIX.1-2024 XBD 9 BRE or ERE, plus what
//!   glibc accepts beyond it: `\+ \? \|` in BREs, back-references in
//!   EREs, `\w \W \s \S \b \B \< \> \` \'`), `re_compile_pattern`
//!   whatever `re_syntax_options` holds. The result is a small program of
//!   character, set, split, save and assertion instructions; each error
//!   is the one glibc reports for the same pattern and syntax.
//! * `exec` finds the leftmost-longest match with a Pike VM (polynomial,
//!   no recursion) and the subexpressions with a memoised backtracking
//!   walk fixed to that match; back-references alone fall back to a full
//!   backtracking search on an explicit stack. A match may be asked to
//!   start no later than a position (`re_search`'s range, `re_match`'s
//!   anchor); a backward range tries each start in turn.
//! * A pattern compiled while `LC_CTYPE` is UTF-8 matches characters
//!   (decoded from both pattern and subject); otherwise bytes. Classes,
//!   case folding and word characters follow the same locale data as
//!   `iswctype`/`towlower`. Equivalence classes and collating symbols
//!   name one character (the C and C.UTF-8 locales have no others);
//!   ranges are by code point.
//! * The compiled program lives in the heap behind `regex_t`'s first
//!   field; `regex_t` is glibc's `struct re_pattern_buffer`, its fields
//!   (`syntax`, `fastmap`, `translate`, the bit-fields) used as glibc's.
use crate::heap::{self, Vec};
use crate::types::*;

mod compile;
mod exec;
pub mod gnu;
pub mod syntax;
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
    /// An unmatched close (`regcomp` reports `REG_EPAREN` instead).
    ERParen = 16,
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
    /// `.` matches a newline (`RE_DOT_NEWLINE`), not NUL
    /// (`RE_DOT_NOT_NULL`); a non-matching list does not match a
    /// newline (`RE_HAT_LISTS_NOT_NEWLINE`).
    pub dot_nl: bool,
    pub dot_not_nul: bool,
    pub hat_not_nl: bool,
    pub utf8: bool,
}

impl Prog {
    fn new(f: compile::Flags) -> Self {
        use syntax::*;
        Prog {
            insts: Vec::new(),
            sets: Vec::new(),
            items: Vec::new(),
            nsub: 0,
            nmarks: 0,
            backrefs: false,
            icase: f.syntax & RE_ICASE != 0,
            dot_nl: f.syntax & RE_DOT_NEWLINE != 0,
            dot_not_nul: f.syntax & RE_DOT_NOT_NULL != 0,
            hat_not_nl: f.syntax & RE_HAT_LISTS_NOT_NEWLINE != 0,
            utf8: f.utf8,
        }
    }
}

/// glibc's `struct re_pattern_buffer` (`regex_t`): the compiled program
/// behind `buffer`, glibc's fields and bitfields around it.
#[repr(C)]
pub struct regex_t {
    pub(crate) buffer: *mut c_void,
    pub(crate) allocated: c_ulong,
    pub(crate) used: c_ulong,
    pub(crate) syntax: c_ulong,
    pub(crate) fastmap: *mut c_char,
    pub(crate) translate: *mut u8,
    pub re_nsub: size_t,
    /// The bitfields, from bit 0: `can_be_null:1 regs_allocated:2
    /// fastmap_accurate:1 no_sub:1 not_bol:1 not_eol:1
    /// newline_anchor:1` (the ABIs here allocate them from the low bit).
    pub(crate) _bits: c_uint,
}

pub(crate) const CAN_BE_NULL: c_uint = 1;
pub(crate) const REGS_SHIFT: u32 = 1;
pub(crate) const REGS_MASK: c_uint = 3 << REGS_SHIFT;
pub(crate) const FASTMAP_ACCURATE: c_uint = 1 << 3;
pub(crate) const NO_SUB: c_uint = 1 << 4;
pub(crate) const NOT_BOL: c_uint = 1 << 5;
pub(crate) const NOT_EOL: c_uint = 1 << 6;
pub(crate) const NEWLINE_ANCHOR: c_uint = 1 << 7;

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

/// Compile `pat` with `f` (and `preg`'s translate table, if any) into
/// `preg`: the program in its buffer (grown by `realloc` when smaller
/// than a program, as glibc, else reused), `syntax`, `re_nsub`, the
/// bits glibc clears cleared. On failure the buffer is freed and null.
///
/// # Safety
/// `preg` is writable, its `buffer` null or a heap block of `allocated`
/// bytes, its `translate` null or 256 bytes.
unsafe fn compile_into(preg: *mut regex_t, pat: &[u8], f: compile::Flags) -> Result<(), Error> {
    // SAFETY: per the contract.
    let r = unsafe { &mut *preg };
    r.syntax = f.syntax;
    r.used = 0;
    r.re_nsub = 0;
    r._bits &= !(CAN_BE_NULL | REGS_MASK | FASTMAP_ACCURATE | NOT_BOL | NOT_EOL);
    let prog = if r.translate.is_null() {
        compile::compile(pat, f)
    } else {
        // SAFETY: a translate table has 256 entries.
        let tr = unsafe { &*(r.translate as *const [u8; 256]) };
        let mut t: Vec<u8> = Vec::new();
        t.reserve(pat.len())?;
        // The pattern translated, but for an escaped byte (so `\W` stays
        // `\W` under a folding table).
        let mut esc = false;
        for &b in pat {
            let keep = esc || (f.utf8 && b >= 0x80);
            esc = !esc && b == b'\\';
            t.push(if keep { b } else { tr[b as usize] })?;
        }
        compile::compile(t.as_slice(), f)
    };
    let free = |r: &mut regex_t| {
        // SAFETY: buffer is null or the caller's heap block.
        unsafe { heap::free(r.buffer) };
        r.buffer = core::ptr::null_mut();
        r.allocated = 0;
    };
    let prog = match prog {
        Ok(p) => p,
        Err(e) => {
            free(r);
            return Err(e);
        }
    };
    let size = core::mem::size_of::<Prog>();
    if (r.allocated as usize) < size || r.buffer.is_null() {
        // SAFETY: buffer is null or the caller's heap block.
        let p = unsafe { heap::realloc(r.buffer, size) };
        if p.is_null() {
            free(r);
            return Err(Error::Space);
        }
        r.buffer = p;
        r.allocated = size as c_ulong;
    }
    r.used = size as c_ulong;
    r.re_nsub = prog.nsub;
    // SAFETY: buffer holds a Prog's size, malloc-aligned; what it held
    // before (a Prog of an earlier compile never freed) is overwritten,
    // as glibc overwrites its.
    unsafe { (r.buffer as *mut Prog).write(prog) };
    Ok(())
}

/// A search of `s[..end]` (matches not past `stop`) with `preg`, for a
/// match starting in `start ..= last_start` (with `backward`, the one
/// nearest `start` in `last_start ..= start`): `caps` filled (group 0
/// first, -1 where unmatched) on a match.
///
/// # Safety
/// `preg` was compiled (its buffer a Prog or null), its `translate`
/// null or 256 bytes.
#[allow(clippy::too_many_arguments)]
unsafe fn search_in(
    preg: *const regex_t,
    s: &[u8],
    start: usize,
    end: usize,
    last_start: usize,
    stop: usize,
    backward: bool,
    eflags: c_int,
    caps: &mut [isize],
) -> Result<bool, Error> {
    // SAFETY: per the contract.
    let r = unsafe { &*preg };
    if r.buffer.is_null() {
        return Err(Error::BadPat);
    }
    // SAFETY: a non-null buffer is a compiled Prog.
    let prog = unsafe { &*(r.buffer as *const Prog) };
    let mut copy: Vec<u8> = Vec::new();
    let s = if r.translate.is_null() {
        s
    } else {
        // SAFETY: a translate table has 256 entries.
        let tr = unsafe { &*(r.translate as *const [u8; 256]) };
        copy.reserve(end)?;
        for &b in &s[..end] {
            copy.push(if prog.utf8 && b >= 0x80 {
                b
            } else {
                tr[b as usize]
            })?;
        }
        copy.as_slice()
    };
    let mut t = exec::Subject {
        s,
        start,
        end,
        last_start,
        stop,
        notbol: eflags & REG_NOTBOL != 0,
        noteol: eflags & REG_NOTEOL != 0,
        nl_anchor: r._bits & NEWLINE_ANCHOR != 0,
    };
    if !backward {
        return exec::search(prog, &t, caps);
    }
    let mut p = start;
    loop {
        // Only where a character starts.
        if !(prog.utf8 && p < end && s[p] & 0xc0 == 0x80) {
            t.start = p;
            t.last_start = p;
            if exec::search(prog, &t, caps)? {
                return Ok(true);
            }
        }
        if p == last_start {
            return Ok(false);
        }
        p -= 1;
    }
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
    let f = compile::Flags::posix(cflags, crate::locale::ctype_utf8());
    let mut bits = 0;
    if cflags & REG_NEWLINE != 0 {
        bits |= NEWLINE_ANCHOR;
    }
    if cflags & REG_NOSUB != 0 {
        bits |= NO_SUB;
    }
    // SAFETY: preg is the caller's writable regex_t.
    unsafe {
        preg.write(regex_t {
            buffer: core::ptr::null_mut(),
            allocated: 0,
            used: 0,
            syntax: 0,
            fastmap: core::ptr::null_mut(),
            translate: core::ptr::null_mut(),
            re_nsub: 0,
            _bits: bits,
        });
    }
    // SAFETY: preg is now an empty regex_t (no buffer, no table).
    match unsafe { compile_into(preg, pat, f) } {
        Ok(()) => 0,
        // POSIX has one code for both unmatched parentheses.
        Err(Error::ERParen) => Error::EParen as c_int,
        Err(e) => e as c_int,
    }
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
    let (buf, bits) = unsafe { ((*preg).buffer as *const Prog, (*preg)._bits) };
    if buf.is_null() {
        return Error::BadPat as c_int;
    }
    // SAFETY: a non-null buffer is the Prog regcomp made.
    let prog = unsafe { &*buf };
    let nmatch = if bits & NO_SUB != 0 { 0 } else { nmatch };
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
    let want = nmatch.min(prog.nsub + 1);
    let mut caps: Vec<isize> = Vec::new();
    for _ in 0..2 * want {
        if caps.push(-1).is_err() {
            return Error::Space as c_int;
        }
    }
    // SAFETY: preg is compiled.
    match unsafe {
        search_in(
            preg,
            s,
            start,
            end,
            end,
            end,
            false,
            eflags,
            caps.as_mut_slice(),
        )
    } {
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

/// The message for `code` (0 to 16, else "Unknown error"), without its
/// NUL (which follows it in `MESSAGES`).
fn message(code: c_int) -> &'static [u8] {
    let k = if (0..=16).contains(&code) {
        code as usize
    } else {
        17
    };
    MESSAGES.split(|&b| b == 0).nth(k).unwrap_or(&[])
}

/// POSIX.1-2024 `regerror`: the message's size with its NUL; as much as fits
/// (NUL-terminated) is copied to a non-empty buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn regerror(
    code: c_int,
    _preg: *const regex_t,
    buf: *mut c_char,
    size: size_t,
) -> size_t {
    let msg = message(code);
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

/// POSIX.1-2024 `regfree`; as glibc's, it also frees (and nulls) the
/// fastmap and translate table a GNU caller gave the pattern buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn regfree(preg: *mut regex_t) {
    // SAFETY: preg was compiled by regcomp or re_compile_pattern (its
    // buffer a Prog we own, its fastmap and translate null or malloc'd).
    unsafe {
        let p = (*preg).buffer as *mut Prog;
        if !p.is_null() {
            core::ptr::drop_in_place(p);
            heap::free(p as *mut c_void);
            (*preg).buffer = core::ptr::null_mut();
        }
        (*preg).allocated = 0;
        heap::free((*preg).fastmap as *mut c_void);
        (*preg).fastmap = core::ptr::null_mut();
        heap::free((*preg).translate as *mut c_void);
        (*preg).translate = core::ptr::null_mut();
    }
}
