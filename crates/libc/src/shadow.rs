//! `<shadow.h>`: the shadow password database, from `/etc/shadow` (the
//! `files` source; see `userdb` for the parser and the rules), and the
//! password-file lock `lckpwdf`/`ulckpwdf`.
use crate::file::FILE;
use crate::file::mode::cstr;
use crate::types::*;
use crate::userdb::files::{self, Db, Entry, Key, Out, Step, at};
use crate::userdb::{Pack, parse_sp};
use syscall::errno::{EACCES, EAGAIN, EINTR, EINVAL};
use syscall::nr::{F_SETLK, F_WRLCK, O_CLOEXEC, O_CREAT, O_WRONLY};

/// SVID/GNU `struct spwd`.
#[repr(C)]
pub struct spwd {
    pub sp_namp: *mut c_char,
    pub sp_pwdp: *mut c_char,
    pub sp_lstchg: c_long,
    pub sp_min: c_long,
    pub sp_max: c_long,
    pub sp_warn: c_long,
    pub sp_inact: c_long,
    pub sp_expire: c_long,
    pub sp_flag: c_ulong,
}

pub struct Shadow;

impl Entry for Shadow {
    type C = spwd;
    const PATH: &'static core::ffi::CStr = c"/etc/shadow";
    unsafe fn take(line: &[u8], key: &Key, out: *mut spwd, buf: &mut [u8]) -> Step {
        let Some(s) = parse_sp(line) else {
            return Step::Skip;
        };
        if let Key::Name(n) = *key
            && s.name != n
        {
            return Step::Skip;
        }
        // A number past what a long holds on this arch: not an entry.
        let mut n = [0 as c_long; 6];
        for (d, &v) in n.iter_mut().zip(&s.nums) {
            let Some(v) = c_long::try_from(v).ok() else {
                return Step::Skip;
            };
            *d = v;
        }
        let mut k = Pack::new(buf);
        let (Some(name), Some(pw)) = (k.str(s.name), k.str(s.passwd)) else {
            return Step::Range;
        };
        let e = spwd {
            sp_namp: at(buf, name),
            sp_pwdp: at(buf, pw),
            sp_lstchg: n[0],
            sp_min: n[1],
            sp_max: n[2],
            sp_warn: n[3],
            sp_inact: n[4],
            sp_expire: n[5],
            sp_flag: s.flag as c_ulong,
        };
        // SAFETY: out is writable (the trait's contract).
        unsafe { out.write(e) };
        Step::Done
    }
}

static mut DB: Db<Shadow> = Db::new();

fn db() -> &'static mut Db<Shadow> {
    // SAFETY: the non-_r functions are not thread-safe, so one caller at
    // a time uses the static state.
    unsafe { &mut *(&raw mut DB) }
}

/// GNU `getspnam_r`: 0 with `*result` the entry or null when there is
/// none; ERANGE when `buf` is too small; an error number otherwise
/// (EACCES for an unprivileged caller).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getspnam_r(
    name: *const c_char,
    sp: *mut spwd,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut spwd,
) -> c_int {
    // SAFETY: the caller's name, structure, buffer and result pointer.
    unsafe { files::lookup::<Shadow>(Key::Name(cstr(name)), sp, buf, len, result) }
}

/// SVID `getspnam`: the entry in static storage, or null (errno 0 when
/// there is none).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getspnam(name: *const c_char) -> *mut spwd {
    // SAFETY: name is the caller's C string; the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| getspnam_r(name, o, b, l, r)) }
}

/// SVID `setspent`: the next `getspent` starts from the top.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setspent() {
    // SAFETY: db()'s stream.
    unsafe { db().rewind() }
}

/// SVID `endspent`: close the database.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endspent() {
    // SAFETY: db()'s stream.
    unsafe { db().end() }
}

/// GNU `getspent_r`: the next entry; ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getspent_r(
    sp: *mut spwd,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut spwd,
) -> c_int {
    // SAFETY: the caller's structure, buffer and result pointer.
    unsafe { db().next_r(sp, buf, len, result) }
}

/// SVID `getspent`: the next entry, or null at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getspent() -> *mut spwd {
    // SAFETY: db()'s state; the closure's pointers are its buffers.
    unsafe { db().call(true, |o, b, l, r| getspent_r(o, b, l, r)) }
}

/// GNU `fgetspent_r`: the next entry of a stream in `/etc/shadow`'s
/// format; ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetspent_r(
    f: *mut FILE,
    sp: *mut spwd,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut spwd,
) -> c_int {
    // SAFETY: the caller's stream, structure, buffer and result pointer.
    unsafe { files::next::<Shadow>(f, sp, buf, len, result) }
}

/// SVID `fgetspent`: the next entry of a stream, or null with errno
/// ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetspent(f: *mut FILE) -> *mut spwd {
    // SAFETY: the caller's stream; the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| fgetspent_r(f, o, b, l, r)) }
}

/// GNU `sgetspent_r`: parse one `/etc/shadow` line; EINVAL if it is not
/// an entry, ERANGE if it does not fit `buf`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sgetspent_r(
    s: *const c_char,
    sp: *mut spwd,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut spwd,
) -> c_int {
    // SAFETY: the caller's string, structure, buffer and result pointer.
    unsafe {
        *result = core::ptr::null_mut();
        let b: &mut [u8] = if buf.is_null() {
            &mut []
        } else {
            core::slice::from_raw_parts_mut(buf as *mut u8, len)
        };
        match Shadow::take(cstr(s), &Key::Any, sp, b) {
            Step::Done => {
                *result = sp;
                0
            }
            Step::Range => syscall::errno::ERANGE as c_int,
            Step::Skip => EINVAL as c_int,
        }
    }
}

/// SVID `sgetspent`: parse one `/etc/shadow` line into static storage,
/// or null (errno EINVAL) if it is not an entry.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sgetspent(s: *const c_char) -> *mut spwd {
    // SAFETY: the caller's string; the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| sgetspent_r(s, o, b, l, r)) }
}

/// SVID `putspent`: append `p` to `f` as an `/etc/shadow` line (numbers
/// that are -1 written empty). -1 with EINVAL for a null argument or a
/// name or password holding `:` or a newline.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putspent(p: *const spwd, f: *mut FILE) -> c_int {
    // SAFETY: p and f are the caller's live entry and stream.
    unsafe {
        if p.is_null() || f.is_null() || !files::valid((*p).sp_namp) || !files::valid((*p).sp_pwdp)
        {
            crate::errno::set(EINVAL as c_int);
            return -1;
        }
        let p = &*p;
        let mut o = Out::new(f);
        o.field(p.sp_namp, false)
            .bytes(b":")
            .field(p.sp_pwdp, false);
        for v in [
            p.sp_lstchg,
            p.sp_min,
            p.sp_max,
            p.sp_warn,
            p.sp_inact,
            p.sp_expire,
        ] {
            o.bytes(b":");
            if v != -1 {
                num_signed(&mut o, v);
            }
        }
        o.bytes(b":");
        if p.sp_flag != !0 {
            o.num(p.sp_flag as u64);
        }
        o.bytes(b"\n").finish()
    }
}

fn num_signed(o: &mut Out, v: c_long) {
    if v < 0 {
        o.bytes(b"-");
    }
    o.num((v as i64).unsigned_abs());
}

/// The lock `lckpwdf` holds, or -1.
static mut LOCK_FD: c_int = -1;

/// GNU `lckpwdf`: take the advisory lock on `/etc/.pwd.lock` that tools
/// editing the password files agree on, waiting up to 15 seconds. -1 if
/// it cannot be had (EACCES for an unprivileged caller).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lckpwdf() -> c_int {
    // SAFETY: LOCK_FD is this process's; the calls take checked locals.
    unsafe {
        if LOCK_FD >= 0 {
            return -1;
        }
        let fd = sys!(
            __NR_openat,
            syscall::nr::AT_FDCWD as isize,
            c"/etc/.pwd.lock".as_ptr(),
            O_WRONLY | O_CREAT | O_CLOEXEC,
            0o600
        );
        if fd < 0 {
            crate::errno::set(-fd as c_int);
            return -1;
        }
        // A whole-file write lock: l_type first, then l_whence, start and
        // length 0 — zeros, whatever the width of the arch's offsets.
        let mut fl = [0u64; 4];
        fl[0] = u64::from_ne_bytes({
            let mut b = [0u8; 8];
            b[..2].copy_from_slice(&(F_WRLCK as i16).to_ne_bytes());
            b
        });
        // Poll every 100 ms for 15 s (glibc's bound) rather than block.
        for _ in 0..150 {
            let r = sys!(__NR_fcntl, fd, F_SETLK, fl.as_mut_ptr());
            if r == 0 {
                LOCK_FD = fd as c_int;
                return 0;
            }
            if r != -(EAGAIN as isize) && r != -(EACCES as isize) && r != -(EINTR as isize) {
                crate::errno::set(-r as c_int);
                break;
            }
            crate::errno::set(EAGAIN as c_int);
            crate::unistd::usleep(100_000);
        }
        let e = crate::errno::get();
        sys!(__NR_close, fd);
        crate::errno::set(e);
        -1
    }
}

/// GNU `ulckpwdf`: release `lckpwdf`'s lock; -1 if none was held.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ulckpwdf() -> c_int {
    // SAFETY: LOCK_FD is this process's lock descriptor.
    unsafe {
        if LOCK_FD < 0 {
            return -1;
        }
        let r = sys!(__NR_close, LOCK_FD);
        LOCK_FD = -1;
        if r < 0 { -1 } else { 0 }
    }
}
