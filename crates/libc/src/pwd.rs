//! `<pwd.h>`: the user database, from `/etc/passwd` (the `files`
//! source; see `userdb` for the parser and the rules).
use crate::file::FILE;
use crate::file::mode::cstr;
use crate::types::*;
use crate::userdb::files::{self, Db, Entry, Key, Out, Step, at};
use crate::userdb::{Pack, parse_pw};
use syscall::errno::EINVAL;

/// POSIX `struct passwd`.
#[repr(C)]
pub struct passwd {
    pub pw_name: *mut c_char,
    pub pw_passwd: *mut c_char,
    pub pw_uid: uid_t,
    pub pw_gid: gid_t,
    pub pw_gecos: *mut c_char,
    pub pw_dir: *mut c_char,
    pub pw_shell: *mut c_char,
}

pub struct Passwd;

impl Entry for Passwd {
    type C = passwd;
    const PATH: &'static core::ffi::CStr = c"/etc/passwd";
    unsafe fn take(line: &[u8], key: &Key, out: *mut passwd, buf: &mut [u8]) -> Step {
        let Some(p) = parse_pw(line) else {
            return Step::Skip;
        };
        match *key {
            Key::Name(n) if p.name != n => return Step::Skip,
            Key::Id(u) if p.uid != u => return Step::Skip,
            _ => {}
        }
        let mut k = Pack::new(buf);
        let offs = [p.name, p.passwd, p.gecos, p.dir, p.shell].map(|s| k.str(s));
        let [Some(n), Some(pw), Some(g), Some(d), Some(s)] = offs else {
            return Step::Range;
        };
        let e = passwd {
            pw_name: at(buf, n),
            pw_passwd: at(buf, pw),
            pw_uid: p.uid,
            pw_gid: p.gid,
            pw_gecos: at(buf, g),
            pw_dir: at(buf, d),
            pw_shell: at(buf, s),
        };
        // SAFETY: out is writable (the trait's contract).
        unsafe { out.write(e) };
        Step::Done
    }
}

static mut DB: Db<Passwd> = Db::new();

fn db() -> &'static mut Db<Passwd> {
    // SAFETY: the non-_r functions are not thread-safe (POSIX), so one
    // caller at a time uses the static state.
    unsafe { &mut *(&raw mut DB) }
}

/// POSIX `getpwnam_r`: 0 with `*result` the entry or null when there is
/// none; ERANGE when `buf` is too small; an error number otherwise.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getpwnam_r(
    name: *const c_char,
    pwd: *mut passwd,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut passwd,
) -> c_int {
    // SAFETY: the caller's name, structure, buffer and result pointer.
    unsafe { files::lookup::<Passwd>(Key::Name(cstr(name)), pwd, buf, len, result) }
}

/// POSIX `getpwuid_r`: as `getpwnam_r`, by user id.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getpwuid_r(
    uid: uid_t,
    pwd: *mut passwd,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut passwd,
) -> c_int {
    // SAFETY: the caller's structure, buffer and result pointer.
    unsafe { files::lookup::<Passwd>(Key::Id(uid), pwd, buf, len, result) }
}

/// POSIX `getpwnam`: the entry in static storage, or null (errno 0 when
/// there is none).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getpwnam(name: *const c_char) -> *mut passwd {
    // SAFETY: name is the caller's C string; the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| getpwnam_r(name, o, b, l, r)) }
}

/// POSIX `getpwuid`: as `getpwnam`, by user id.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getpwuid(uid: uid_t) -> *mut passwd {
    // SAFETY: the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| getpwuid_r(uid, o, b, l, r)) }
}

/// POSIX (XSI) `setpwent`: the next `getpwent` starts from the top.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setpwent() {
    // SAFETY: db()'s stream.
    unsafe { db().rewind() }
}

/// POSIX (XSI) `endpwent`: close the database.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endpwent() {
    // SAFETY: db()'s stream.
    unsafe { db().end() }
}

/// GNU `getpwent_r`: the next entry; ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getpwent_r(
    pwd: *mut passwd,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut passwd,
) -> c_int {
    // SAFETY: the caller's structure, buffer and result pointer.
    unsafe { db().next_r(pwd, buf, len, result) }
}

/// POSIX (XSI) `getpwent`: the next entry, or null at the end (errno
/// untouched there, as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getpwent() -> *mut passwd {
    // SAFETY: db()'s state; the closure's pointers are its buffers.
    unsafe { db().call(true, |o, b, l, r| getpwent_r(o, b, l, r)) }
}

/// GNU `fgetpwent_r`: the next entry of a stream in `/etc/passwd`'s
/// format; ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetpwent_r(
    f: *mut FILE,
    pwd: *mut passwd,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut passwd,
) -> c_int {
    // SAFETY: the caller's stream, structure, buffer and result pointer.
    unsafe { files::next::<Passwd>(f, pwd, buf, len, result) }
}

/// SVID `fgetpwent`: the next entry of a stream, or null with errno
/// ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetpwent(f: *mut FILE) -> *mut passwd {
    // SAFETY: the caller's stream; the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| fgetpwent_r(f, o, b, l, r)) }
}

/// SVID `putpwent`: append `p` to `f` as an `/etc/passwd` line. -1 with
/// EINVAL for a null argument or a field holding `:` or a newline (the
/// GECOS field has them turned into blanks instead).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putpwent(p: *const passwd, f: *mut FILE) -> c_int {
    // SAFETY: p and f are the caller's live entry and stream.
    unsafe {
        if p.is_null() || f.is_null() {
            crate::errno::set(EINVAL as c_int);
            return -1;
        }
        let p = &*p;
        if ![p.pw_name, p.pw_passwd, p.pw_dir, p.pw_shell]
            .iter()
            .all(|&s| files::valid(s))
        {
            crate::errno::set(EINVAL as c_int);
            return -1;
        }
        let mut o = Out::new(f);
        o.field(p.pw_name, false)
            .bytes(b":")
            .field(p.pw_passwd, false)
            .bytes(b":");
        if !files::nis(p.pw_name) {
            o.num(p.pw_uid.into()).bytes(b":").num(p.pw_gid.into());
        } else {
            o.bytes(b":");
        }
        o.bytes(b":").field(p.pw_gecos, true).bytes(b":");
        o.field(p.pw_dir, false)
            .bytes(b":")
            .field(p.pw_shell, false)
            .bytes(b"\n");
        o.finish()
    }
}

/// GNU `getpw`: the `/etc/passwd` line of user `uid` (its seven fields
/// joined by `:`) into `buf`, which must be large enough (glibc's
/// contract). 0, or -1 when there is no such user (EINVAL for a null
/// `buf`). The static `getpwuid` entry is left alone.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getpw(uid: uid_t, buf: *mut c_char) -> c_int {
    if buf.is_null() {
        crate::errno::set(EINVAL as c_int);
        return -1;
    }
    let mut cap: size_t = 1024;
    loop {
        // SAFETY: a fresh allocation of cap bytes, freed before returning;
        // buf is the caller's, large enough for the line.
        unsafe {
            let tmp = crate::heap::malloc(cap) as *mut c_char;
            if tmp.is_null() {
                crate::errno::set(syscall::errno::ENOMEM as c_int);
                return -1;
            }
            let mut pw = core::mem::MaybeUninit::<passwd>::uninit();
            let mut res = core::ptr::null_mut();
            let r = getpwuid_r(uid, pw.as_mut_ptr(), tmp, cap, &mut res);
            if r == syscall::errno::ERANGE as c_int {
                crate::heap::free(tmp as *mut c_void);
                cap *= 2;
                continue;
            }
            let ok = r == 0 && !res.is_null();
            if ok {
                let p = &*res;
                let mut at = 0usize;
                let mut put = |b: &[u8]| {
                    core::ptr::copy_nonoverlapping(b.as_ptr(), (buf as *mut u8).add(at), b.len());
                    at += b.len();
                };
                let mut d = [0u8; 20];
                put(cstr(p.pw_name));
                put(b":");
                put(cstr(p.pw_passwd));
                put(b":");
                put(crate::kernel::decimal(p.pw_uid.into(), &mut d));
                put(b":");
                put(crate::kernel::decimal(p.pw_gid.into(), &mut d));
                put(b":");
                put(cstr(p.pw_gecos));
                put(b":");
                put(cstr(p.pw_dir));
                put(b":");
                put(cstr(p.pw_shell));
                put(b"\0");
            } else if r != 0 {
                crate::errno::set(r);
            }
            crate::heap::free(tmp as *mut c_void);
            return if ok { 0 } else { -1 };
        }
    }
}
