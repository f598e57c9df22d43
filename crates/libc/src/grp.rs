//! `<grp.h>`: the group database, from `/etc/group` (the `files` source;
//! see `userdb` for the parser and the rules), and the supplementary
//! group list (`getgrouplist`, `initgroups`, `setgroups`).
use crate::arch;
use crate::file::FILE;
use crate::file::mode::cstr;
use crate::heap;
use crate::kernel::ret_int;
use crate::types::*;
use crate::userdb::files::{self, Db, Entry, Key, Out, Step, at};
use crate::userdb::{Pack, members, parse_gr};
use core::mem::size_of;
use syscall::errno::{EINVAL, ENOMEM};

/// POSIX `struct group`.
#[repr(C)]
pub struct group {
    pub gr_name: *mut c_char,
    pub gr_passwd: *mut c_char,
    pub gr_gid: gid_t,
    pub gr_mem: *mut *mut c_char,
}

pub struct Group;

impl Entry for Group {
    type C = group;
    const PATH: &'static core::ffi::CStr = c"/etc/group";
    unsafe fn take(line: &[u8], key: &Key, out: *mut group, buf: &mut [u8]) -> Step {
        let Some(g) = parse_gr(line) else {
            return Step::Skip;
        };
        match *key {
            Key::Name(n) if g.name != n => return Step::Skip,
            Key::Id(id) if g.gid != id => return Step::Skip,
            _ => {}
        }
        let base = buf.as_ptr() as usize;
        let n = members(g.members).count();
        let mut k = Pack::new(buf);
        let (Some(name), Some(pw), Some(list)) = (
            k.str(g.name),
            k.str(g.passwd),
            k.words(base, n + 1, size_of::<*mut c_char>()),
        ) else {
            return Step::Range;
        };
        for (i, m) in members(g.members).enumerate() {
            let Some(o) = k.str(m) else {
                return Step::Range;
            };
            let a = k.addr(o);
            k.set_word(list, i, a);
        }
        k.set_word(list, n, 0);
        let e = group {
            gr_name: at(buf, name),
            gr_passwd: at(buf, pw),
            gr_gid: g.gid,
            gr_mem: at(buf, list) as *mut *mut c_char,
        };
        // SAFETY: out is writable (the trait's contract).
        unsafe { out.write(e) };
        Step::Done
    }
}

static mut DB: Db<Group> = Db::new();

fn db() -> &'static mut Db<Group> {
    // SAFETY: the non-_r functions are not thread-safe (POSIX), so one
    // caller at a time uses the static state.
    unsafe { &mut *(&raw mut DB) }
}

/// POSIX `getgrnam_r`: 0 with `*result` the entry or null when there is
/// none; ERANGE when `buf` is too small; an error number otherwise.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getgrnam_r(
    name: *const c_char,
    grp: *mut group,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut group,
) -> c_int {
    // SAFETY: the caller's name, structure, buffer and result pointer.
    unsafe { files::lookup::<Group>(Key::Name(cstr(name)), grp, buf, len, result) }
}

/// POSIX `getgrgid_r`: as `getgrnam_r`, by group id.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getgrgid_r(
    gid: gid_t,
    grp: *mut group,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut group,
) -> c_int {
    // SAFETY: the caller's structure, buffer and result pointer.
    unsafe { files::lookup::<Group>(Key::Id(gid), grp, buf, len, result) }
}

/// POSIX `getgrnam`: the entry in static storage, or null (errno 0 when
/// there is none).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getgrnam(name: *const c_char) -> *mut group {
    // SAFETY: name is the caller's C string; the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| getgrnam_r(name, o, b, l, r)) }
}

/// POSIX `getgrgid`: as `getgrnam`, by group id.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getgrgid(gid: gid_t) -> *mut group {
    // SAFETY: the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| getgrgid_r(gid, o, b, l, r)) }
}

/// POSIX (XSI) `setgrent`: the next `getgrent` starts from the top.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setgrent() {
    // SAFETY: db()'s stream.
    unsafe { db().rewind() }
}

/// POSIX (XSI) `endgrent`: close the database.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endgrent() {
    // SAFETY: db()'s stream.
    unsafe { db().end() }
}

/// GNU `getgrent_r`: the next entry; ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getgrent_r(
    grp: *mut group,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut group,
) -> c_int {
    // SAFETY: the caller's structure, buffer and result pointer.
    unsafe { db().next_r(grp, buf, len, result) }
}

/// POSIX (XSI) `getgrent`: the next entry, or null at the end (errno
/// untouched there, as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getgrent() -> *mut group {
    // SAFETY: db()'s state; the closure's pointers are its buffers.
    unsafe { db().call(true, |o, b, l, r| getgrent_r(o, b, l, r)) }
}

/// GNU `fgetgrent_r`: the next entry of a stream in `/etc/group`'s
/// format; ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetgrent_r(
    f: *mut FILE,
    grp: *mut group,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut group,
) -> c_int {
    // SAFETY: the caller's stream, structure, buffer and result pointer.
    unsafe { files::next::<Group>(f, grp, buf, len, result) }
}

/// SVID `fgetgrent`: the next entry of a stream, or null with errno
/// ENOENT at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetgrent(f: *mut FILE) -> *mut group {
    // SAFETY: the caller's stream; the buffers are db()'s.
    unsafe { db().call(false, |o, b, l, r| fgetgrent_r(f, o, b, l, r)) }
}

/// GNU `putgrent`: append `g` to `f` as an `/etc/group` line. -1 with
/// EINVAL for a null argument or a name, password or member holding `:`
/// or a newline.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putgrent(g: *const group, f: *mut FILE) -> c_int {
    // SAFETY: g and f are the caller's live entry (its member list ends
    // with null) and stream.
    unsafe {
        if g.is_null() || f.is_null() || (*g).gr_name.is_null() {
            crate::errno::set(EINVAL as c_int);
            return -1;
        }
        let g = &*g;
        let mut mem = g.gr_mem;
        let mut ok = files::valid(g.gr_name) && files::valid(g.gr_passwd);
        while ok && !mem.is_null() && !(*mem).is_null() {
            ok = files::valid(*mem);
            mem = mem.add(1);
        }
        if !ok {
            crate::errno::set(EINVAL as c_int);
            return -1;
        }
        let mut o = Out::new(f);
        o.field(g.gr_name, false)
            .bytes(b":")
            .field(g.gr_passwd, false)
            .bytes(b":");
        if !files::nis(g.gr_name) {
            o.num(g.gr_gid.into());
        }
        o.bytes(b":");
        let mut mem = g.gr_mem;
        let mut first = true;
        while !mem.is_null() && !(*mem).is_null() {
            if !first {
                o.bytes(b",");
            }
            first = false;
            o.field(*mem, false);
            mem = mem.add(1);
        }
        o.bytes(b"\n").finish()
    }
}

/// BSD/GNU `getgrouplist`: `group` and the ids of every group listing
/// `user` as a member, each once. Stores at most `*ngroups` of them and
/// sets `*ngroups` to how many there are; returns that count, or -1 when
/// they did not all fit.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getgrouplist(
    user: *const c_char,
    group: gid_t,
    groups: *mut gid_t,
    ngroups: *mut c_int,
) -> c_int {
    // SAFETY: user is a C string; groups has *ngroups slots.
    unsafe {
        let cap = (*ngroups).max(0) as usize;
        let user = cstr(user);
        let mut n = 0usize;
        let mut add = |gid: gid_t| {
            let seen = (0..n.min(cap)).any(|i| *groups.add(i) == gid);
            // Past the caller's room duplicates cannot be seen; count on.
            if !seen {
                if n < cap {
                    *groups.add(n) = gid;
                }
                n += 1;
            }
        };
        add(group);
        let _ = files::each_line(Group::PATH, |l| {
            if let Some(g) = parse_gr(l)
                && members(g.members).any(|m| m == user)
            {
                add(g.gid);
            }
        });
        *ngroups = n as c_int;
        if n > cap { -1 } else { n as c_int }
    }
}

/// BSD/GNU `initgroups`: set the supplementary groups to `getgrouplist`'s
/// list for `user` (privileged).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn initgroups(user: *const c_char, group: gid_t) -> c_int {
    let mut cap: c_int = 64;
    loop {
        // SAFETY: a fresh allocation of cap ids, freed below.
        unsafe {
            let list = heap::malloc(cap as usize * size_of::<gid_t>()) as *mut gid_t;
            if list.is_null() {
                crate::errno::set(ENOMEM as c_int);
                return -1;
            }
            let mut n = cap;
            let r = getgrouplist(user, group, list, &mut n);
            if r >= 0 {
                let r = setgroups(r as size_t, list);
                heap::free(list as *mut c_void);
                return r;
            }
            heap::free(list as *mut c_void);
            cap = n;
        }
    }
}

/// GNU/BSD `setgroups`: the supplementary group list (privileged; more
/// than NGROUPS_MAX, 65536, is EINVAL). For the whole process: repeated
/// in every other thread, as the set*id calls are (`kernel::setxid`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setgroups(n: size_t, list: *const gid_t) -> c_int {
    // SAFETY: the kernel checks the list pointer.
    ret_int(unsafe { crate::kernel::setxid(arch::NR_SETGROUPS, n, list as usize, 0) })
}
