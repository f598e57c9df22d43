//! The GNU regex API of `<regex.h>` (GNU extensions, as glibc's):
//! `re_syntax_options`, `re_set_syntax`, `re_compile_pattern`,
//! `re_compile_fastmap`, `re_search`, `re_search_2`, `re_match`,
//! `re_match_2`, `re_set_registers`, and the 4.2BSD `re_comp`/`re_exec`.
//!
//! A pattern buffer is a `regex_t`; the same parser compiles it, with
//! the syntax bits in `re_syntax_options` instead of `regcomp`'s two
//! settings, and the same matcher searches it, from each starting
//! position of a range in turn when the range runs backwards.
use super::compile;
use super::syntax::*;
use super::*;

/// GNU `re_syntax_options`: the syntax `re_compile_pattern` and
/// `re_comp` compile with (0, `RE_SYNTAX_EMACS`, until set).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut re_syntax_options: Syntax = 0;

/// GNU `struct re_registers`.
#[repr(C)]
pub struct re_registers {
    pub num_regs: c_uint,
    pub start: *mut regoff_t,
    pub end: *mut regoff_t,
}

pub const REGS_UNALLOCATED: c_uint = 0;
pub const REGS_REALLOCATE: c_uint = 1;
pub const REGS_FIXED: c_uint = 2;

fn syntax_now() -> Syntax {
    // SAFETY: a plain read of the global (the caller's, unsynchronised,
    // as glibc's).
    unsafe { *(&raw const re_syntax_options) }
}

/// GNU `re_set_syntax`: set `re_syntax_options`, returning the old value.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn re_set_syntax(syntax: Syntax) -> Syntax {
    let old = syntax_now();
    // SAFETY: a plain write of the global.
    unsafe { *(&raw mut re_syntax_options) = syntax };
    old
}

/// Compile into `bufp` with `syntax` as `re_compile_pattern` does: null
/// or glibc's message.
///
/// # Safety
/// As `compile_into`.
unsafe fn compile_gnu(bufp: *mut regex_t, pat: &[u8], syntax: Syntax) -> *const c_char {
    let f = compile::Flags {
        syntax,
        utf8: crate::locale::ctype_utf8(),
    };
    // SAFETY: per the contract.
    match unsafe { compile_into(bufp, pat, f) } {
        Ok(()) => core::ptr::null(),
        Err(e) => message(e as c_int).as_ptr() as *const c_char,
    }
}

/// GNU `re_compile_pattern`: compile `length` bytes of `pattern` with
/// `re_syntax_options` into `bufp` (its `translate` applied, `no_sub`
/// from `RE_NO_SUB`, `newline_anchor` set); null, or the error's message.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn re_compile_pattern(
    pattern: *const c_char,
    length: size_t,
    bufp: *mut regex_t,
) -> *const c_char {
    let syntax = syntax_now();
    let pat = if length == 0 {
        &[][..]
    } else {
        // SAFETY: pattern holds length bytes.
        unsafe { core::slice::from_raw_parts(pattern as *const u8, length) }
    };
    // SAFETY: bufp is the caller's pattern buffer.
    unsafe {
        let b = &mut (*bufp)._bits;
        *b &= !NO_SUB;
        if syntax & RE_NO_SUB != 0 {
            *b |= NO_SUB;
        }
        *b |= NEWLINE_ANCHOR;
        compile_gnu(bufp, pat, syntax)
    }
}

/// The first byte of `c`'s UTF-8 form (an invalid byte is itself).
fn lead_byte(c: u32) -> u8 {
    if c & 0x8000_0000 != 0 || c < 0x80 {
        c as u8
    } else if c < 0x800 {
        0xc0 | (c >> 6) as u8
    } else if c < 0x10000 {
        0xe0 | (c >> 12) as u8
    } else {
        0xf0 | (c >> 18) as u8
    }
}

/// The bytes a match of `p` can start with (under translation: the
/// translated byte), and whether it can match the empty string. Under
/// UTF-8 every non-ASCII byte counts for a bracket.
fn first_bytes(p: &Prog, map: &mut [u8; 256]) -> Result<bool, Error> {
    let insts = p.insts.as_slice();
    let mut seen: Vec<bool> = Vec::new();
    for _ in 0..insts.len() {
        seen.push(false)?;
    }
    let mut stack: Vec<u32> = Vec::new();
    stack.push(0)?;
    let mut null = false;
    while let Some(pc) = stack.as_slice().last().copied() {
        stack.truncate(stack.len() - 1);
        if core::mem::replace(&mut seen.as_mut_slice()[pc as usize], true) {
            continue;
        }
        match insts[pc as usize] {
            Inst::Jmp(t) => stack.push(t)?,
            Inst::Split(a, b) | Inst::Loop(_, a, b) => {
                stack.push(b)?;
                stack.push(a)?;
            }
            Inst::Save(_) | Inst::Mark(_) | Inst::Enter(..) | Inst::Check(_) | Inst::Look(_) => {
                stack.push(pc + 1)?
            }
            Inst::Char(c) => {
                map[lead_byte(c) as usize] = 1;
                if p.icase && c < 0x80 {
                    map[crate::wctype::lower(c, false) as usize] = 1;
                    map[crate::wctype::upper(c, false) as usize] = 1;
                } else if p.icase && !p.utf8 {
                    map[(crate::wctype::lower(c, false) & 0xff) as usize] = 1;
                    map[(crate::wctype::upper(c, false) & 0xff) as usize] = 1;
                }
            }
            Inst::Set(s) => {
                for (b, m) in map.iter_mut().enumerate() {
                    if (p.utf8 && b >= 0x80) || exec::set_has(p, s, b as u32) {
                        *m = 1;
                    }
                }
            }
            Inst::Any | Inst::Backref(_) => map.fill(1),
            Inst::Match => {
                map.fill(1);
                null = true;
            }
        }
    }
    Ok(null)
}

/// GNU `re_compile_fastmap`: fill `bufp`'s fastmap (256 bytes) with the
/// bytes a match can start with; 0, or -2 without a compiled pattern.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn re_compile_fastmap(bufp: *mut regex_t) -> c_int {
    // SAFETY: bufp is the caller's pattern buffer, its fastmap null or
    // 256 bytes.
    let r = unsafe { &mut *bufp };
    if r.buffer.is_null() {
        return -2;
    }
    if r.fastmap.is_null() {
        return 0;
    }
    // SAFETY: a non-null buffer is a compiled Prog; the fastmap has 256
    // bytes.
    let (prog, map) = unsafe {
        (
            &*(r.buffer as *const Prog),
            &mut *(r.fastmap as *mut [u8; 256]),
        )
    };
    map.fill(0);
    match first_bytes(prog, map) {
        Ok(null) => {
            r._bits &= !CAN_BE_NULL;
            if null {
                r._bits |= CAN_BE_NULL;
            }
            r._bits |= FASTMAP_ACCURATE;
            0
        }
        Err(_) => -2,
    }
}

/// Copy the `nregs` captures to `regs` as `state` (`regs_allocated`)
/// says, plus -1 in the rest of its registers; the new state
/// (`REGS_UNALLOCATED` when memory ran out).
///
/// # Safety
/// `regs` is the caller's; its arrays hold `num_regs` entries and are
/// malloc'd unless `state` is `REGS_FIXED`.
unsafe fn copy_regs(
    regs: &mut re_registers,
    caps: &[isize],
    nregs: usize,
    state: c_uint,
) -> c_uint {
    let need = nregs + 1;
    let sz = need * core::mem::size_of::<regoff_t>();
    let mut out = state;
    // SAFETY: the arrays are the caller's heap blocks (not under FIXED).
    unsafe {
        if state == REGS_UNALLOCATED {
            let s = heap::malloc(sz) as *mut regoff_t;
            if s.is_null() {
                return REGS_UNALLOCATED;
            }
            let e = heap::malloc(sz) as *mut regoff_t;
            if e.is_null() {
                heap::free(s as *mut c_void);
                return REGS_UNALLOCATED;
            }
            regs.start = s;
            regs.end = e;
            regs.num_regs = need as c_uint;
            out = REGS_REALLOCATE;
        } else if state == REGS_REALLOCATE && need > regs.num_regs as usize {
            let s = heap::realloc(regs.start as *mut c_void, sz) as *mut regoff_t;
            if s.is_null() {
                return REGS_UNALLOCATED;
            }
            let e = heap::realloc(regs.end as *mut c_void, sz) as *mut regoff_t;
            if e.is_null() {
                heap::free(s as *mut c_void);
                return REGS_UNALLOCATED;
            }
            regs.start = s;
            regs.end = e;
            regs.num_regs = need as c_uint;
        }
        for i in 0..regs.num_regs as usize {
            let (so, eo) = if i < nregs {
                (caps[2 * i], caps[2 * i + 1])
            } else {
                (-1, -1)
            };
            let (so, eo) = if so < 0 || eo < 0 { (-1, -1) } else { (so, eo) };
            *regs.start.add(i) = so as regoff_t;
            *regs.end.add(i) = eo as regoff_t;
        }
    }
    out
}

/// What `re_search`, `re_match` and their `_2` forms share: search
/// `s` (all of it context, matches not past `stop`) for a match starting
/// at `start`, then on through `start + range` (backwards for a negative
/// range); the start (or with `ret_len` the length) of the match, -1
/// for none, -2 for an error.
///
/// # Safety
/// `bufp` is a compiled pattern buffer; `regs` null or the caller's.
unsafe fn stub(
    bufp: *mut regex_t,
    s: &[u8],
    start: regoff_t,
    range: regoff_t,
    stop: regoff_t,
    regs: *mut re_registers,
    ret_len: bool,
) -> regoff_t {
    let length = s.len() as i64;
    let (start, range) = (start as i64, range as i64);
    if start < 0 || start > length {
        return -1;
    }
    let mut last = start + range;
    if length < last || (range >= 0 && last < start) {
        last = length;
    } else if last < 0 || (range < 0 && start <= last) {
        last = 0;
    }
    // SAFETY: bufp is the caller's compiled buffer.
    let r = unsafe { &mut *bufp };
    if r.buffer.is_null() {
        return -2;
    }
    let mut eflags = 0;
    if r._bits & NOT_BOL != 0 {
        eflags |= REG_NOTBOL;
    }
    if r._bits & NOT_EOL != 0 {
        eflags |= REG_NOTEOL;
    }
    if start < last && !r.fastmap.is_null() && r._bits & FASTMAP_ACCURATE == 0 {
        // SAFETY: as this function's.
        unsafe { re_compile_fastmap(bufp) };
    }
    let mut regs = if r._bits & NO_SUB != 0 {
        core::ptr::null_mut()
    } else {
        regs
    };
    let state = (r._bits & REGS_MASK) >> REGS_SHIFT;
    let nregs = if regs.is_null() {
        1
    } else {
        // SAFETY: a non-null regs is the caller's.
        let n = unsafe { (*regs).num_regs } as usize;
        if state == REGS_FIXED && n <= r.re_nsub {
            if n < 1 {
                regs = core::ptr::null_mut();
                1
            } else {
                n
            }
        } else {
            r.re_nsub + 1
        }
    };
    let mut caps: Vec<isize> = Vec::new();
    for _ in 0..2 * nregs {
        if caps.push(-1).is_err() {
            return -2;
        }
    }
    let end = s.len();
    let stop = (stop.max(0) as usize).min(end);
    // SAFETY: bufp is compiled.
    let found = unsafe {
        search_in(
            bufp,
            s,
            start as usize,
            end,
            last as usize,
            stop,
            range < 0,
            eflags,
            caps.as_mut_slice(),
        )
    };
    match found {
        Ok(true) => {}
        Ok(false) => return -1,
        Err(_) => return -2,
    }
    if !regs.is_null() {
        // SAFETY: regs is the caller's, its arrays per regs_allocated.
        let st = unsafe { copy_regs(&mut *regs, caps.as_slice(), nregs, state) };
        r._bits = (r._bits & !REGS_MASK) | (st << REGS_SHIFT);
        if st == REGS_UNALLOCATED {
            return -2;
        }
    }
    let (so, eo) = (caps.as_slice()[0], caps.as_slice()[1]);
    if ret_len {
        (eo - start as isize) as regoff_t
    } else {
        so as regoff_t
    }
}

/// `len` bytes at `p` (none when `len` is 0, whatever `p`).
///
/// # Safety
/// `p` holds `len` bytes when `len` > 0.
unsafe fn bytes<'a>(p: *const c_char, len: regoff_t) -> &'a [u8] {
    if len <= 0 || p.is_null() {
        &[]
    } else {
        // SAFETY: per the contract.
        unsafe { core::slice::from_raw_parts(p as *const u8, len as usize) }
    }
}

/// GNU `re_search`: the first position in `start ..= start + range`
/// (walked backwards for a negative range) where a match of `bufp`
/// starts in the `length` bytes of `string`, -1 if none, -2 on an
/// error; `regs` filled (unless null or `no_sub`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn re_search(
    bufp: *mut regex_t,
    string: *const c_char,
    length: regoff_t,
    start: regoff_t,
    range: regoff_t,
    regs: *mut re_registers,
) -> regoff_t {
    // SAFETY: string holds length bytes; bufp and regs are the caller's.
    unsafe {
        stub(
            bufp,
            bytes(string, length),
            start,
            range,
            length,
            regs,
            false,
        )
    }
}

/// GNU `re_match`: the length of the match of `bufp` starting at
/// `start` in the `length` bytes of `string`, -1 if none, -2 on an
/// error; `regs` filled as `re_search`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn re_match(
    bufp: *mut regex_t,
    string: *const c_char,
    length: regoff_t,
    start: regoff_t,
    regs: *mut re_registers,
) -> regoff_t {
    // SAFETY: string holds length bytes; bufp and regs are the caller's.
    unsafe { stub(bufp, bytes(string, length), start, 0, length, regs, true) }
}

/// The `_2` forms: `string1` then `string2` as one subject (copied
/// together when both are non-empty), no match past `stop`.
///
/// # Safety
/// As `stub`; the strings hold their lengths.
#[allow(clippy::too_many_arguments)]
unsafe fn stub_2(
    bufp: *mut regex_t,
    string1: *const c_char,
    length1: regoff_t,
    string2: *const c_char,
    length2: regoff_t,
    start: regoff_t,
    range: regoff_t,
    regs: *mut re_registers,
    stop: regoff_t,
    ret_len: bool,
) -> regoff_t {
    if length1 < 0 || length2 < 0 || stop < 0 || length1.checked_add(length2).is_none() {
        return -2;
    }
    // SAFETY: the strings hold their lengths.
    let (a, b) = unsafe { (bytes(string1, length1), bytes(string2, length2)) };
    let mut joined: Vec<u8> = Vec::new();
    let s = if b.is_empty() {
        a
    } else if a.is_empty() {
        b
    } else {
        if joined.extend_from_slice(a).is_err() || joined.extend_from_slice(b).is_err() {
            return -2;
        }
        joined.as_slice()
    };
    // SAFETY: as this function's.
    unsafe { stub(bufp, s, start, range, stop, regs, ret_len) }
}

/// GNU `re_search_2`: `re_search` over `string1` followed by `string2`,
/// no match going past `stop`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn re_search_2(
    bufp: *mut regex_t,
    string1: *const c_char,
    length1: regoff_t,
    string2: *const c_char,
    length2: regoff_t,
    start: regoff_t,
    range: regoff_t,
    regs: *mut re_registers,
    stop: regoff_t,
) -> regoff_t {
    // SAFETY: the caller's arguments, as re_search's.
    unsafe {
        stub_2(
            bufp, string1, length1, string2, length2, start, range, regs, stop, false,
        )
    }
}

/// GNU `re_match_2`: `re_match` over `string1` followed by `string2`,
/// no match going past `stop`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn re_match_2(
    bufp: *mut regex_t,
    string1: *const c_char,
    length1: regoff_t,
    string2: *const c_char,
    length2: regoff_t,
    start: regoff_t,
    regs: *mut re_registers,
    stop: regoff_t,
) -> regoff_t {
    // SAFETY: the caller's arguments, as re_match's.
    unsafe {
        stub_2(
            bufp, string1, length1, string2, length2, start, 0, regs, stop, true,
        )
    }
}

/// GNU `re_set_registers`: later searches with `bufp` fill `regs` in
/// the caller's malloc'd `starts` and `ends` of `num_regs` entries
/// (reallocated as needed); with 0 registers, they allocate their own.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn re_set_registers(
    bufp: *mut regex_t,
    regs: *mut re_registers,
    num_regs: c_uint,
    starts: *mut regoff_t,
    ends: *mut regoff_t,
) {
    // SAFETY: the caller's buffer and registers.
    unsafe {
        let b = &mut (*bufp)._bits;
        *b &= !REGS_MASK;
        if num_regs != 0 {
            *b |= REGS_REALLOCATE << REGS_SHIFT;
            (*regs).num_regs = num_regs;
            (*regs).start = starts;
            (*regs).end = ends;
        } else {
            (*regs).num_regs = 0;
            (*regs).start = core::ptr::null_mut();
            (*regs).end = core::ptr::null_mut();
        }
    }
}

/// The pattern buffer of `re_comp` and `re_exec`.
static mut RE_COMP_BUF: regex_t = regex_t {
    buffer: core::ptr::null_mut(),
    allocated: 0,
    used: 0,
    syntax: 0,
    fastmap: core::ptr::null_mut(),
    translate: core::ptr::null_mut(),
    re_nsub: 0,
    _bits: 0,
};

static NO_PREVIOUS: [u8; 31] = *b"No previous regular expression\0";

/// 4.2BSD `re_comp` (glibc declares it only for `_REGEX_RE_COMP`):
/// compile `s` with `re_syntax_options` for `re_exec`; null, or an error
/// message (for a null `s`, when nothing was compiled yet).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn re_comp(s: *const c_char) -> *mut c_char {
    let buf = &raw mut RE_COMP_BUF;
    // SAFETY: the static buffer, used unsynchronised as glibc's; s is
    // null or a C string.
    unsafe {
        if s.is_null() {
            if (*buf).buffer.is_null() {
                return NO_PREVIOUS.as_ptr() as *mut c_char;
            }
            return core::ptr::null_mut();
        }
        if !(*buf).buffer.is_null() {
            let fastmap = (*buf).fastmap;
            (*buf).fastmap = core::ptr::null_mut();
            regfree(buf);
            (*buf)._bits = 0;
            (*buf).syntax = 0;
            (*buf).re_nsub = 0;
            (*buf).fastmap = fastmap;
        }
        if (*buf).fastmap.is_null() {
            (*buf).fastmap = heap::malloc(256) as *mut c_char;
            if (*buf).fastmap.is_null() {
                return message(Error::Space as c_int).as_ptr() as *mut c_char;
            }
        }
        (*buf)._bits |= NEWLINE_ANCHOR;
        let pat = core::slice::from_raw_parts(s as *const u8, crate::string::strlen(s));
        compile_gnu(buf, pat, syntax_now()) as *mut c_char
    }
}

/// 4.2BSD `re_exec`: 1 if the pattern `re_comp` compiled matches
/// somewhere in `s`, else 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn re_exec(s: *const c_char) -> c_int {
    // SAFETY: s is a C string; the static buffer as re_comp's.
    unsafe {
        let n = crate::string::strlen(s) as regoff_t;
        (re_search(&raw mut RE_COMP_BUF, s, n, 0, n, core::ptr::null_mut()) >= 0) as c_int
    }
}
