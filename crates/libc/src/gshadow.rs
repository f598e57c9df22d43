//! `<gshadow.h>`: the shadow group database, from `/etc/gshadow` (the
//! `files` source; see `userdb` for the parser and the rules).
use crate::file::FILE;
use crate::file::mode::cstr;
use crate::types::*;
use crate::userdb::files::{self, Db, Entry, Key, Out, Step, at};
use crate::userdb::{Pack, Sg, members, parse_sg, parse_sg_raw};
use core::mem::size_of;
use core::ptr::null_mut;
use syscall::errno::{EINVAL, ERANGE};

/// GNU `struct sgrp`.
#[repr(C)]
pub struct sgrp {
    pub sg_namp: *mut c_char,
    pub sg_passwd: *mut c_char,
    pub sg_adm: *mut *mut c_char,
    pub sg_mem: *mut *mut c_char,
}

/// Packs the words of a raw list as a null-terminated array; its offset.
fn list(k: &mut Pack, base: usize, raw: &[u8]) -> Option<usize> {
    let n = members(raw).count();
    let arr = k.words(base, n + 1, size_of::<*mut c_char>())?;
    for (i, m) in members(raw).enumerate() {
        let o = k.str(m)?;
        let a = k.addr(o);
        k.set_word(arr, i, a);
    }
    k.set_word(arr, n, 0);
    Some(arr)
}

/// A named static, not a literal: literals share one merged section
/// that every program links.
static PATH_GSHADOW: [u8; 13] = *b"/etc/gshadow\0";
const GSHADOW_FILE: &core::ffi::CStr = match core::ffi::CStr::from_bytes_with_nul(&PATH_GSHADOW) {
    Ok(c) => c,
    Err(_) => panic!(),
};

pub struct Gshadow;

impl Entry for Gshadow {
    type C = sgrp;
    const PATH: &'static core::ffi::CStr = GSHADOW_FILE;
    unsafe fn take(line: &[u8], key: &Key, out: *mut sgrp, buf: &mut [u8]) -> Step {
        let Some(g) = parse_sg(line) else {
            return Step::Skip;
        };
        if let Key::Name(n) = *key
            && g.name != n
        {
            return Step::Skip;
        }
        fill(g, out, buf)
    }
}

/// Packs a parsed entry into `buf` and `out` (writable).
fn fill(g: Sg, out: *mut sgrp, buf: &mut [u8]) -> Step {
    let base = buf.as_ptr() as usize;
    let mut k = Pack::new(buf);
    let Some(name) = k.str(g.name) else {
        return Step::Range;
    };
    let mut str_or_null = |v: Option<&[u8]>| match v {
        None => Some(None),
        Some(v) => k.str(v).map(Some),
    };
    let Some(pw) = str_or_null(g.passwd) else {
        return Step::Range;
    };
    let adm = match g.adm {
        None => None,
        Some(a) => match list(&mut k, base, a) {
            Some(o) => Some(o),
            None => return Step::Range,
        },
    };
    let Some(mem) = list(&mut k, base, g.mem) else {
        return Step::Range;
    };
    let e = sgrp {
        sg_namp: at(buf, name),
        sg_passwd: pw.map_or(null_mut(), |o| at(buf, o)),
        sg_adm: adm.map_or(null_mut(), |o| at(buf, o) as *mut *mut c_char),
        sg_mem: at(buf, mem) as *mut *mut c_char,
    };
    // SAFETY: out is writable (every caller's contract).
    unsafe { out.write(e) };
    Step::Done
}

static mut DB: Db<Gshadow> = Db::new();

fn db() -> &'static mut Db<Gshadow> {
    // SAFETY: the non-_r functions are not thread-safe, so one caller at
    // a time uses the static state.
    unsafe { &mut *(&raw mut DB) }
}

/// GNU `getsgnam_r`: 0 with `*result` the entry or null when there is
/// none; ERANGE when `buf` is too small; an error number otherwise
/// (EACCES for an unprivileged caller).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getsgnam_r(
    name: *const c_char,
    sg: *mut sgrp,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut sgrp,
) -> c_int {
    // SAFETY: the caller's name, structure, buffer and result pointer.
    unsafe { files::lookup::<Gshadow>(Key::Name(cstr(name)), sg, buf, len, result) }
}

/// GNU `getsgnam`: the entry in static storage, or null (errno 0 when
/// there is none).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getsgnam(name: *const c_char) -> *mut sgrp {
    // SAFETY: name is the caller's C string; the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| getsgnam_r(name, o, b, l, r)) }
}

/// GNU `setsgent`: the next `getsgent` starts from the top.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setsgent() {
    // SAFETY: db()'s stream.
    unsafe { db().rewind() }
}

/// GNU `endsgent`: close the database.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endsgent() {
    // SAFETY: db()'s stream.
    unsafe { db().end() }
}

/// GNU `getsgent_r`: the next entry; ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getsgent_r(
    sg: *mut sgrp,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut sgrp,
) -> c_int {
    // SAFETY: the caller's structure, buffer and result pointer.
    unsafe { db().next_r(sg, buf, len, result) }
}

/// GNU `getsgent`: the next entry, or null at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getsgent() -> *mut sgrp {
    // SAFETY: db()'s state; the closure's pointers are its buffers.
    unsafe { db().call(true, |o, b, l, r| getsgent_r(o, b, l, r)) }
}

/// GNU `fgetsgent_r`: the next entry of a stream in `/etc/gshadow`'s
/// format; ENOENT at the end, ERANGE leaving the stream before the entry.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetsgent_r(
    f: *mut FILE,
    sg: *mut sgrp,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut sgrp,
) -> c_int {
    // SAFETY: the caller's stream, structure, buffer and result pointer.
    unsafe { files::next::<Gshadow>(f, sg, buf, len, result) }
}

/// GNU `fgetsgent`: the next entry of a stream, or null with errno
/// ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetsgent(f: *mut FILE) -> *mut sgrp {
    // SAFETY: the caller's stream; the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| fgetsgent_r(f, o, b, l, r)) }
}

/// GNU `sgetsgent_r`: parse one `/etc/gshadow` line (any text is an
/// entry, as with glibc); ERANGE if it does not fit `buf`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sgetsgent_r(
    s: *const c_char,
    sg: *mut sgrp,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut sgrp,
) -> c_int {
    // SAFETY: the caller's string, structure, buffer and result pointer.
    unsafe {
        *result = null_mut();
        let b = files::user_buf(buf, len);
        match fill(parse_sg_raw(cstr(s)), sg, b) {
            Step::Done => {
                *result = sg;
                0
            }
            _ => ERANGE as c_int,
        }
    }
}

/// GNU `sgetsgent`: parse one `/etc/gshadow` line into static storage.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sgetsgent(s: *const c_char) -> *mut sgrp {
    // SAFETY: the caller's string; the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| sgetsgent_r(s, o, b, l, r)) }
}

/// Whether every string of a null-terminated list may be written as a
/// list member: no `:`, `,` or newline.
///
/// # Safety
/// `l` is null or a null-terminated array of C strings.
unsafe fn valid_list(mut l: *const *mut c_char) -> bool {
    // SAFETY: per the contract.
    unsafe {
        while !l.is_null() && !(*l).is_null() {
            if cstr(*l).iter().any(|&c| matches!(c, b':' | b',' | b'\n')) {
                return false;
            }
            l = l.add(1);
        }
    }
    true
}

/// Writes a null-terminated list joined by `,`.
///
/// # Safety
/// As [`valid_list`].
unsafe fn put_list(o: &mut Out, mut l: *const *mut c_char) {
    let mut first = true;
    // SAFETY: per the contract.
    unsafe {
        while !l.is_null() && !(*l).is_null() {
            if !first {
                o.bytes(b",");
            }
            first = false;
            o.field(*l, false);
            l = l.add(1);
        }
    }
}

/// GNU `putsgent`: append `g` to `f` as an `/etc/gshadow` line. -1 with
/// EINVAL for a null argument or name, a name or password holding `:`
/// or a newline, or a list member holding `:`, `,` or a newline.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putsgent(g: *const sgrp, f: *mut FILE) -> c_int {
    // SAFETY: g and f are the caller's live entry and stream.
    unsafe {
        if g.is_null()
            || f.is_null()
            || (*g).sg_namp.is_null()
            || !files::valid((*g).sg_namp)
            || !files::valid((*g).sg_passwd)
            || !valid_list((*g).sg_adm)
            || !valid_list((*g).sg_mem)
        {
            crate::errno::set(EINVAL as c_int);
            return -1;
        }
        let g = &*g;
        let mut o = Out::new(f);
        o.field(g.sg_namp, false)
            .bytes(b":")
            .field(g.sg_passwd, false)
            .bytes(b":");
        put_list(&mut o, g.sg_adm);
        o.bytes(b":");
        put_list(&mut o, g.sg_mem);
        o.bytes(b"\n").finish()
    }
}
