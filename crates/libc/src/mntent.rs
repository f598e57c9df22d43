//! `<mntent.h>`: reading and writing `fstab`/`mtab`-format tables (BSD/GNU).
//! A line is six fields separated by blanks; `\040`, `\011`, `\012`,
//! `\134` and `\\` in the four text fields stand for a space, tab,
//! newline and backslash. Missing text fields read as "", missing numbers
//! as 0; blank lines and lines starting with `#` are skipped, and the part
//! of a line longer than the caller's buffer is dropped (glibc's behaviour).
use crate::file::FILE;
use crate::stdio::{fclose, fflush, fgets, fopen, fseek, fwrite, getc};
use crate::types::*;

/// `struct mntent`, as glibc lays it out.
#[repr(C)]
pub struct mntent {
    pub mnt_fsname: *mut c_char,
    pub mnt_dir: *mut c_char,
    pub mnt_type: *mut c_char,
    pub mnt_opts: *mut c_char,
    pub mnt_freq: c_int,
    pub mnt_passno: c_int,
}

/// The empty field of a short line.
static EMPTY: [u8; 1] = [0];
/// setmntent opens with close-on-exec ("e") added to the caller's mode.
static CLOEXEC: [u8; 1] = *b"e";

/// BSD/GNU `setmntent`: `fopen(file, mode)` with close-on-exec.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setmntent(file: *const c_char, mode: *const c_char) -> *mut FILE {
    let mut m = [0u8; 16];
    let mut n = 0;
    // SAFETY: mode is a C string; at most 14 bytes are copied so one flag
    // byte and the NUL still fit.
    while n < 14 && unsafe { *mode.add(n) } != 0 {
        m[n] = unsafe { *mode.add(n) } as u8;
        n += 1;
    }
    m[n] = CLOEXEC[0];
    // SAFETY: file is the caller's path and m a NUL-terminated mode.
    unsafe { fopen(file, m.as_ptr() as *const c_char) }
}

/// BSD/GNU `endmntent`: closes the stream (if any); always 1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endmntent(f: *mut FILE) -> c_int {
    if !f.is_null() {
        // SAFETY: f came from setmntent.
        unsafe { fclose(f) };
    }
    1
}

/// The octal escapes of a field and the bytes they stand for.
static ESCAPES: [([u8; 3], u8); 4] = [
    (*b"040", b' '),
    (*b"011", b'\t'),
    (*b"012", b'\n'),
    (*b"134", b'\\'),
];

fn blank(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

/// Cut the next blank-separated field out of `line[*i..]`, decoding its
/// escapes in place; returns its start, or None at the end of the line.
fn field(line: &mut [u8], i: &mut usize) -> Option<usize> {
    while *i < line.len() && blank(line[*i]) {
        *i += 1;
    }
    if *i >= line.len() {
        return None;
    }
    let start = *i;
    let mut w = start;
    while *i < line.len() && !blank(line[*i]) {
        let c = line[*i];
        let rest = &line[*i + 1..];
        let (out, used) = if c != b'\\' {
            (c, 1)
        } else if rest.first() == Some(&b'\\') {
            (c, 2)
        } else if let Some(&(_, ch)) = ESCAPES.iter().find(|(code, _)| rest.starts_with(code)) {
            (ch, 4)
        } else {
            (c, 1)
        };
        line[w] = out;
        w += 1;
        *i += used;
    }
    if *i < line.len() {
        *i += 1;
    }
    // Decoding only shortens, so w is inside the field or at the line's
    // end (where the buffer's NUL already is).
    if w < line.len() {
        line[w] = 0;
    }
    Some(start)
}

/// A decimal int as `%d` reads it after optional blanks: None if there is
/// no number.
fn number(s: &[u8], i: &mut usize) -> Option<c_int> {
    while *i < s.len() && (blank(s[*i]) || s[*i] == b'\n') {
        *i += 1;
    }
    let neg = *i < s.len() && s[*i] == b'-';
    if *i < s.len() && (s[*i] == b'-' || s[*i] == b'+') {
        *i += 1;
    }
    let d0 = *i;
    let mut v: c_int = 0;
    while *i < s.len() && s[*i].is_ascii_digit() {
        v = v.wrapping_mul(10).wrapping_add((s[*i] - b'0') as c_int);
        *i += 1;
    }
    (*i > d0).then_some(if neg { v.wrapping_neg() } else { v })
}

/// BSD/GNU `getmntent_r`: the next entry of `f`, its strings in `buf`
/// (`len` bytes); NULL at the end of the table.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getmntent_r(
    f: *mut FILE,
    m: *mut mntent,
    buf: *mut c_char,
    len: c_int,
) -> *mut mntent {
    if len < 2 {
        return core::ptr::null_mut();
    }
    loop {
        // SAFETY: buf holds len bytes (the caller's contract).
        if unsafe { fgets(buf, len, f) }.is_null() {
            return core::ptr::null_mut();
        }
        // SAFETY: fgets wrote a NUL-terminated string into buf.
        let n = unsafe { crate::string::strlen(buf) };
        // SAFETY: the n bytes before the NUL are ours to parse in place;
        // the NUL itself (n < len) is included so fields can end there.
        let all = unsafe { core::slice::from_raw_parts_mut(buf as *mut u8, n + 1) };
        let mut line_len = n;
        if n > 0 && all[n - 1] == b'\n' {
            line_len -= 1;
        } else {
            // Too long for buf (or the last line): drop the rest of it.
            loop {
                // SAFETY: f is the caller's stream.
                let c = unsafe { getc(f) };
                if c < 0 || c == b'\n' as c_int {
                    break;
                }
            }
        }
        all[line_len] = 0;
        let line = &mut all[..line_len];
        let mut i = 0;
        while i < line.len() && blank(line[i]) {
            i += 1;
        }
        if i == line.len() || line[i] == b'#' {
            continue;
        }
        let mut fields = [usize::MAX; 4];
        for slot in fields.iter_mut() {
            match field(line, &mut i) {
                Some(s) => *slot = s,
                None => break,
            }
        }
        let freq = number(line, &mut i);
        let passno = freq.and_then(|_| number(line, &mut i));
        let at = |s: usize| {
            if s == usize::MAX {
                EMPTY.as_ptr() as *mut c_char
            } else {
                // SAFETY: s indexes the line inside buf.
                unsafe { buf.add(s) }
            }
        };
        // SAFETY: m is the caller's writable struct mntent.
        unsafe {
            m.write(mntent {
                mnt_fsname: at(fields[0]),
                mnt_dir: at(fields[1]),
                mnt_type: at(fields[2]),
                mnt_opts: at(fields[3]),
                mnt_freq: freq.unwrap_or(0),
                mnt_passno: passno.unwrap_or(0),
            })
        };
        return m;
    }
}

/// The line buffer and entry `getmntent` returns (not thread-safe, as POSIX
/// allows for the non-`_r` form).
static mut LINE: [u8; 4096] = [0; 4096];
static mut ENTRY: mntent = mntent {
    mnt_fsname: core::ptr::null_mut(),
    mnt_dir: core::ptr::null_mut(),
    mnt_type: core::ptr::null_mut(),
    mnt_opts: core::ptr::null_mut(),
    mnt_freq: 0,
    mnt_passno: 0,
};

/// BSD/GNU `getmntent`: as `getmntent_r` into static storage.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getmntent(f: *mut FILE) -> *mut mntent {
    // SAFETY: the static buffer and entry are only used here, one caller
    // at a time (getmntent is not thread-safe).
    unsafe { getmntent_r(f, &raw mut ENTRY, (&raw mut LINE) as *mut c_char, 4096) }
}

/// Append `s` to `out`, escaping the bytes that would split the field.
fn push_escaped(
    out: &mut crate::heap::Vec<u8>,
    s: *const c_char,
) -> Result<(), crate::heap::NoMemory> {
    let mut p = s as *const u8;
    loop {
        // SAFETY: s is a C string; p walks it up to its NUL.
        let c = unsafe { *p };
        if c == 0 {
            return Ok(());
        }
        match ESCAPES.iter().find(|&&(_, ch)| ch == c) {
            Some((code, _)) => {
                out.push(b'\\')?;
                out.extend_from_slice(code)?;
            }
            None => out.push(c)?,
        }
        // SAFETY: c was not the NUL, so the next byte is in the string.
        p = unsafe { p.add(1) };
    }
}

/// BSD/GNU `addmntent`: append `m` as a line at the end of `f`; 0 on
/// success, 1 on failure.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn addmntent(f: *mut FILE, m: *const mntent) -> c_int {
    // SAFETY: f is the caller's stream.
    if unsafe { fseek(f, 0, 2) } != 0 {
        return 1;
    }
    // SAFETY: m is the caller's entry.
    let m = unsafe { &*m };
    let mut out = crate::heap::Vec::new();
    let mut build = || -> Result<(), crate::heap::NoMemory> {
        for (k, s) in [m.mnt_fsname, m.mnt_dir, m.mnt_type, m.mnt_opts]
            .into_iter()
            .enumerate()
        {
            if k > 0 {
                out.push(b' ')?;
            }
            push_escaped(&mut out, s)?;
        }
        for v in [m.mnt_freq, m.mnt_passno] {
            out.push(b' ')?;
            let mut d = [0u8; 20];
            let neg = v < 0;
            if neg {
                out.push(b'-')?;
            }
            out.extend_from_slice(crate::kernel::decimal(v.unsigned_abs().into(), &mut d))?;
        }
        out.push(b'\n')
    };
    if build().is_err() {
        return 1;
    }
    let b = out.as_slice();
    // SAFETY: b is our finished line; f is the caller's stream.
    let wrote = unsafe { fwrite(b.as_ptr() as *const c_void, 1, b.len(), f) };
    // SAFETY: as above.
    if wrote != b.len() || unsafe { fflush(f) } != 0 {
        return 1;
    }
    0
}

/// BSD/GNU `hasmntopt`: the option `opt` in `m`'s comma-separated
/// options, matched whole (alone or before `=`); NULL if absent.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn hasmntopt(m: *const mntent, opt: *const c_char) -> *mut c_char {
    // SAFETY: both are the caller's C strings.
    let (opts, want) = unsafe {
        let o = (*m).mnt_opts;
        (
            core::slice::from_raw_parts(o as *const u8, crate::string::strlen(o)),
            core::slice::from_raw_parts(opt as *const u8, crate::string::strlen(opt)),
        )
    };
    let mut start = 0;
    while start <= opts.len() {
        let end = opts[start..]
            .iter()
            .position(|&c| c == b',')
            .map_or(opts.len(), |e| start + e);
        let item = &opts[start..end];
        if item.starts_with(want) && (item.len() == want.len() || item[want.len()] == b'=') {
            // SAFETY: start is within the options string.
            return unsafe { (*m).mnt_opts.add(start) };
        }
        start = end + 1;
    }
    core::ptr::null_mut()
}
