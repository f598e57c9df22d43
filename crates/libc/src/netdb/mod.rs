//! `<netdb.h>`: the network databases and the name resolver.
//!
//! # Design
//!
//! * **The `files` source**, as `nsswitch.conf`'s default `files dns`
//!   begins: `/etc/services`, `/etc/protocols`, `/etc/networks` and
//!   `/etc/hosts`, scanned from the top for each lookup with the libc's
//!   own `FILE` and the user databases' line reader (nothing cached, so
//!   an edit of a file is seen by the next call). The line parsers are
//!   plain functions in [`parse`], tested on the host.
//! * **Then DNS** ([`dns`]) for a host name `/etc/hosts` does not have
//!   (for the family asked), per `/etc/resolv.conf`.
//! * **Matching** follows glibc: service and protocol names are compared
//!   exactly, host and network names with ASCII case ignored; the first
//!   matching line wins, except that a host name collects the addresses
//!   of every line naming it (glibc's `multi on`, its default).
//! * **The `_r` functions** pack an entry's strings, alias array and
//!   address list into the caller's buffer and give `ERANGE` exactly when
//!   they do not fit; the others own one growing buffer per database
//!   (the user databases' [`Db`]). `h_errno` is per thread, in the
//!   thread's state beside `errno`.
//! * `getaddrinfo` and `getnameinfo` are in [`addrinfo`].
use crate::file::mode::cstr;
use crate::heap;
use crate::stdio::{fclose, fopen};
use crate::strtab::{StrTab, marks, packed_len};
use crate::sys::socket::socklen_t;
use crate::types::*;
use crate::userdb::Pack;
use crate::userdb::files::{Db, Entry, Key, Lines, Step, user_buf};
use core::ffi::CStr;
use core::ptr::null_mut;
use parse::IpAddr;
use syscall::errno::{EAFNOSUPPORT, ENOENT, ERANGE};

pub mod addrinfo;
pub mod dns;
pub mod netgroup;
pub mod parse;

const AF_INET: c_int = syscall::net::AF_INET as c_int;
const AF_INET6: c_int = syscall::net::AF_INET6 as c_int;

/// `h_errno` values (glibc's).
pub const NETDB_INTERNAL: c_int = -1;
pub const NETDB_SUCCESS: c_int = 0;
pub const HOST_NOT_FOUND: c_int = 1;
pub const TRY_AGAIN: c_int = 2;
pub const NO_RECOVERY: c_int = 3;
pub const NO_DATA: c_int = 4;

/// POSIX `struct servent`.
#[repr(C)]
pub struct servent {
    pub s_name: *mut c_char,
    pub s_aliases: *mut *mut c_char,
    /// In network order.
    pub s_port: c_int,
    pub s_proto: *mut c_char,
}

/// POSIX `struct protoent`.
#[repr(C)]
pub struct protoent {
    pub p_name: *mut c_char,
    pub p_aliases: *mut *mut c_char,
    pub p_proto: c_int,
}

/// POSIX `struct netent`.
#[repr(C)]
pub struct netent {
    pub n_name: *mut c_char,
    pub n_aliases: *mut *mut c_char,
    pub n_addrtype: c_int,
    /// In host order.
    pub n_net: u32,
}

/// POSIX `struct hostent`.
#[repr(C)]
pub struct hostent {
    pub h_name: *mut c_char,
    pub h_aliases: *mut *mut c_char,
    pub h_addrtype: c_int,
    pub h_length: c_int,
    pub h_addr_list: *mut *mut c_char,
}

// glibc's sizes (tests-c/netdb_files.c checks the offsets against glibc).
const _: () = {
    let w = size_of::<usize>();
    assert!(size_of::<servent>() == 4 * w);
    assert!(size_of::<protoent>() == 3 * w);
    assert!(size_of::<netent>() == 2 * w + 8);
    assert!(size_of::<hostent>() == 3 * w + 8);
};

static PATH_SERVICES: [u8; 14] = *b"/etc/services\0";
static PATH_PROTOCOLS: [u8; 15] = *b"/etc/protocols\0";
static PATH_NETWORKS: [u8; 14] = *b"/etc/networks\0";
static PATH_HOSTS: [u8; 11] = *b"/etc/hosts\0";
static MODE_READ: [u8; 3] = *b"re\0";

/// A path as a C string; only ever evaluated at compile time (the
/// `*_FILE` constants), so the check costs nothing at run time.
const fn c_str(b: &'static [u8]) -> &'static CStr {
    match CStr::from_bytes_with_nul(b) {
        Ok(c) => c,
        Err(_) => panic!(),
    }
}
const SERVICES_FILE: &CStr = c_str(&PATH_SERVICES);
const PROTOCOLS_FILE: &CStr = c_str(&PATH_PROTOCOLS);
const NETWORKS_FILE: &CStr = c_str(&PATH_NETWORKS);
const HOSTS_FILE: &CStr = c_str(&PATH_HOSTS);

/// `__h_errno_location`: the address of the calling thread's `h_errno`
/// (glibc's accessor behind the `h_errno` macro).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __h_errno_location() -> *mut c_int {
    #[cfg(not(test))]
    // SAFETY: the TCB is set up before any C code runs.
    unsafe {
        &raw mut (*rt::tls::current()).h_errno
    }
    #[cfg(test)]
    TEST_H_ERRNO.with(|c| c.as_ptr())
}

#[cfg(test)]
std::thread_local! { static TEST_H_ERRNO: core::cell::Cell<i32> = const { core::cell::Cell::new(0) }; }

/// Set the calling thread's `h_errno`.
pub fn set_h_errno(v: c_int) {
    // SAFETY: the calling thread's own variable.
    unsafe { *__h_errno_location() = v };
}

/// The messages of `hstrerror`: any negative value (`NETDB_INTERNAL`),
/// 0 to 4 (`NO_DATA`), then the one for any other value.
static H_MESSAGES: [&[u8]; 7] = [
    b"Resolver internal error\0",
    b"Resolver Error 0 (no error)\0",
    b"Unknown host\0",
    b"Host name lookup failure\0",
    b"Unknown server error\0",
    b"No address associated with name\0",
    b"Unknown resolver error\0",
];
static H_TABLE: StrTab<7, { packed_len(&H_MESSAGES) }, { marks(7) }> = StrTab::new(&H_MESSAGES);

fn h_message(e: c_int) -> &'static [u8] {
    let i = match e {
        ..0 => 0,
        0..=4 => (e + 1) as usize,
        _ => 6,
    };
    H_TABLE.get(i).unwrap_or(&[0])
}

/// BSD `hstrerror`: the message for an `h_errno` value.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn hstrerror(e: c_int) -> *const c_char {
    h_message(e).as_ptr() as *const c_char
}

static COLON: [u8; 2] = *b": ";

/// BSD `herror`: `s: message` and a newline on standard error (the
/// prefix left out when `s` is null or empty), for the current `h_errno`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn herror(s: *const c_char) {
    // SAFETY: the calling thread's h_errno.
    let e = unsafe { *__h_errno_location() };
    let m = h_message(e);
    let m = &m[..m.len() - 1];
    // SAFETY: stderr is a live stream, locked around the writes; s is
    // null or a C string.
    unsafe {
        let f = crate::stdio::stderr;
        crate::file::lock(f);
        if !s.is_null() && *s != 0 {
            let _ = crate::file::write_bytes(f, cstr(s));
            let _ = crate::file::write_bytes(f, &COLON);
        }
        let _ = crate::file::write_bytes(f, m);
        let _ = crate::file::write_bytes(f, &NEWLINE);
        crate::file::unlock(f);
    }
}

static NEWLINE: [u8; 1] = *b"\n";

/// Each line of a database file until `f` says stop (true). A missing
/// file reads as an empty one; another open error is returned.
///
/// # Safety
/// None beyond `path` naming a file.
pub unsafe fn scan(path: &CStr, mut f: impl FnMut(&[u8]) -> bool) -> Result<(), c_int> {
    // SAFETY: the stream is ours until closed here.
    unsafe {
        let s = fopen(path.as_ptr(), MODE_READ.as_ptr() as *const c_char);
        if s.is_null() {
            let e = crate::errno::get();
            return if e == ENOENT as c_int { Ok(()) } else { Err(e) };
        }
        let mut lines = Lines::new();
        while let Some(l) = lines.next(s) {
            if f(l) {
                break;
            }
        }
        fclose(s);
        Ok(())
    }
}

/// Where an entry's pieces landed in the caller's buffer.
pub struct Packed {
    pub name: *mut c_char,
    pub aliases: *mut *mut c_char,
    pub extra: *mut c_char,
    pub addrs: *mut *mut c_char,
}

/// Packs a name, the words of `aliases` as a null-terminated array,
/// `extra` (a string, when given) and `addrs` (each `alen` bytes, as a
/// null-terminated array, when `alen` is not 0) into `buf`.
pub fn pack(
    buf: &mut [u8],
    name: &[u8],
    aliases: &[u8],
    extra: Option<&[u8]>,
    addrs: &[IpAddr],
    alen: usize,
) -> Option<Packed> {
    let w = size_of::<usize>();
    let base = buf.as_ptr() as usize;
    let n_alias = parse::words(aliases).count();
    let mut k = Pack::new(buf);
    let arr = k.words(base, n_alias + 1, w)?;
    let (addr_arr, addr_bytes) = if alen != 0 {
        let a = k.words(base, addrs.len() + 1, w)?;
        let b = k.words(base, addrs.len() * alen / 4, 4)?;
        (Some(a), b)
    } else {
        (None, 0)
    };
    let name_at = k.str(name)?;
    let extra_at = match extra {
        Some(e) => Some(k.str(e)?),
        None => None,
    };
    for (i, a) in parse::words(aliases).enumerate() {
        let at = k.str(a)?;
        let p = k.addr(at);
        k.set_word(arr, i, p);
    }
    k.set_word(arr, n_alias, 0);
    if let Some(aa) = addr_arr {
        for i in 0..addrs.len() {
            let at = addr_bytes + i * alen;
            let p = k.addr(at);
            k.set_word(aa, i, p);
        }
        k.set_word(aa, addrs.len(), 0);
    }
    let addr_of = |off: usize| (base + off) as *mut c_char;
    let out = Packed {
        name: addr_of(name_at),
        aliases: addr_of(arr) as *mut *mut c_char,
        extra: extra_at.map_or(null_mut(), addr_of),
        addrs: addr_arr.map_or(null_mut(), |a| addr_of(a) as *mut *mut c_char),
    };
    if alen != 0 {
        for (i, a) in addrs.iter().enumerate() {
            let b = a.bytes();
            let at = addr_bytes + i * alen;
            buf[at..at + alen].copy_from_slice(&b[..alen]);
        }
    }
    Some(out)
}

/// The result of an entry-filling step for an `_r` function: 0 with
/// `*result` set, or ERANGE with it null.
///
/// # Safety
/// `out` and `result` are writable.
unsafe fn finish<T>(step: Step, out: *mut T, result: *mut *mut T) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        match step {
            Step::Done => {
                *result = out;
                0
            }
            Step::Range => {
                *result = null_mut();
                ERANGE as c_int
            }
            Step::Skip => {
                *result = null_mut();
                0
            }
        }
    }
}

/// Scans `path` for the first line `fill` takes; the `getservbyname_r`
/// shape (0 and null when there is none, ERANGE, an open error).
///
/// # Safety
/// `out`, `buf` (`len` bytes) and `result` are the caller's.
pub unsafe fn lookup<T>(
    path: &CStr,
    out: *mut T,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut T,
    mut fill: impl FnMut(&[u8], *mut T, &mut [u8]) -> Step,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        *result = null_mut();
        let b = user_buf(buf, len);
        let mut step = Step::Skip;
        let r = scan(path, |l| {
            step = fill(l, out, b);
            !matches!(step, Step::Skip)
        });
        if let Err(e) = r {
            return e;
        }
        finish(step, out, result)
    }
}

// ---- services ----

/// Fills `out` from an `/etc/services` line matching `want`.
fn fill_serv(
    line: &[u8],
    want: impl Fn(&parse::Serv) -> bool,
    out: *mut servent,
    buf: &mut [u8],
) -> Step {
    let Some(s) = parse::serv(line) else {
        return Step::Skip;
    };
    if !want(&s) {
        return Step::Skip;
    }
    let Some(p) = pack(buf, s.name, s.aliases, Some(s.proto), &[], 0) else {
        return Step::Range;
    };
    let e = servent {
        s_name: p.name,
        s_aliases: p.aliases,
        s_port: c_int::from(s.port.to_be()),
        s_proto: p.extra,
    };
    // SAFETY: out is the caller's writable entry.
    unsafe { out.write(e) };
    Step::Done
}

pub struct Services;
impl Entry for Services {
    type C = servent;
    const PATH: &'static CStr = SERVICES_FILE;
    unsafe fn take(line: &[u8], _: &Key, out: *mut servent, buf: &mut [u8]) -> Step {
        fill_serv(line, |_| true, out, buf)
    }
}

static mut SERV_DB: Db<Services> = Db::new();
fn serv_db() -> &'static mut Db<Services> {
    // SAFETY: the non-_r functions are not thread-safe (POSIX), so one
    // caller at a time uses the static state.
    unsafe { &mut *(&raw mut SERV_DB) }
}

/// An optional C string as bytes.
unsafe fn opt<'a>(s: *const c_char) -> Option<&'a [u8]> {
    // SAFETY: s is null or a C string.
    (!s.is_null()).then(|| unsafe { cstr(s) })
}

/// GNU `getservbyname_r`: the service `name` (or an alias) for protocol
/// `proto` (any when null). 0 with `*result` the entry or null; ERANGE.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getservbyname_r(
    name: *const c_char,
    proto: *const c_char,
    out: *mut servent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut servent,
) -> c_int {
    // SAFETY: the caller's strings, entry, buffer and result pointer.
    unsafe {
        let n = cstr(name);
        let p = opt(proto);
        lookup(SERVICES_FILE, out, buf, len, result, |l, o, b| {
            fill_serv(
                l,
                |s| p.is_none_or(|p| s.proto == p) && parse::named(s.name, s.aliases, n, false),
                o,
                b,
            )
        })
    }
}

/// GNU `getservbyport_r`: as `getservbyname_r`, by port (network order).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getservbyport_r(
    port: c_int,
    proto: *const c_char,
    out: *mut servent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut servent,
) -> c_int {
    let port = u16::from_be(port as u16);
    // SAFETY: the caller's string, entry, buffer and result pointer.
    unsafe {
        let p = opt(proto);
        lookup(SERVICES_FILE, out, buf, len, result, |l, o, b| {
            fill_serv(
                l,
                |s| p.is_none_or(|p| s.proto == p) && s.port == port,
                o,
                b,
            )
        })
    }
}

/// POSIX `getservbyname`: the entry in static storage, or null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getservbyname(name: *const c_char, proto: *const c_char) -> *mut servent {
    // SAFETY: the caller's strings; the buffers are the database's.
    unsafe { serv_db().call(false, |o, b, l, r| getservbyname_r(name, proto, o, b, l, r)) }
}

/// POSIX `getservbyport`: the entry in static storage, or null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getservbyport(port: c_int, proto: *const c_char) -> *mut servent {
    // SAFETY: the caller's string; the buffers are the database's.
    unsafe { serv_db().call(false, |o, b, l, r| getservbyport_r(port, proto, o, b, l, r)) }
}

/// POSIX `setservent`: the next `getservent` starts from the top.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setservent(_stayopen: c_int) {
    // SAFETY: the database's stream.
    unsafe { serv_db().rewind() }
}

/// POSIX `endservent`: close the database.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endservent() {
    // SAFETY: the database's stream.
    unsafe { serv_db().end() }
}

/// GNU `getservent_r`: the next entry; ENOENT at the end, ERANGE.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getservent_r(
    out: *mut servent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut servent,
) -> c_int {
    // SAFETY: the caller's entry, buffer and result pointer.
    unsafe { serv_db().next_r(out, buf, len, result) }
}

/// POSIX `getservent`: the next entry, or null at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getservent() -> *mut servent {
    // SAFETY: the database's state and buffers.
    unsafe { serv_db().call(true, |o, b, l, r| getservent_r(o, b, l, r)) }
}

// ---- protocols ----

fn fill_proto(
    line: &[u8],
    want: impl Fn(&parse::Numbered) -> bool,
    out: *mut protoent,
    buf: &mut [u8],
) -> Step {
    let Some(p) = parse::proto(line) else {
        return Step::Skip;
    };
    if !want(&p) {
        return Step::Skip;
    }
    let Some(k) = pack(buf, p.name, p.aliases, None, &[], 0) else {
        return Step::Range;
    };
    let e = protoent {
        p_name: k.name,
        p_aliases: k.aliases,
        p_proto: p.num as c_int,
    };
    // SAFETY: out is the caller's writable entry.
    unsafe { out.write(e) };
    Step::Done
}

pub struct Protocols;
impl Entry for Protocols {
    type C = protoent;
    const PATH: &'static CStr = PROTOCOLS_FILE;
    unsafe fn take(line: &[u8], _: &Key, out: *mut protoent, buf: &mut [u8]) -> Step {
        fill_proto(line, |_| true, out, buf)
    }
}

static mut PROTO_DB: Db<Protocols> = Db::new();
fn proto_db() -> &'static mut Db<Protocols> {
    // SAFETY: as serv_db.
    unsafe { &mut *(&raw mut PROTO_DB) }
}

/// GNU `getprotobyname_r`: the protocol `name` (or an alias).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getprotobyname_r(
    name: *const c_char,
    out: *mut protoent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut protoent,
) -> c_int {
    // SAFETY: the caller's string, entry, buffer and result pointer.
    unsafe {
        let n = cstr(name);
        lookup(PROTOCOLS_FILE, out, buf, len, result, |l, o, b| {
            fill_proto(l, |p| parse::named(p.name, p.aliases, n, false), o, b)
        })
    }
}

/// GNU `getprotobynumber_r`: the protocol numbered `num`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getprotobynumber_r(
    num: c_int,
    out: *mut protoent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut protoent,
) -> c_int {
    // SAFETY: the caller's entry, buffer and result pointer.
    unsafe {
        lookup(PROTOCOLS_FILE, out, buf, len, result, |l, o, b| {
            fill_proto(l, |p| p.num as c_int == num, o, b)
        })
    }
}

/// POSIX `getprotobyname`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getprotobyname(name: *const c_char) -> *mut protoent {
    // SAFETY: the caller's string; the database's buffers.
    unsafe { proto_db().call(false, |o, b, l, r| getprotobyname_r(name, o, b, l, r)) }
}

/// POSIX `getprotobynumber`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getprotobynumber(num: c_int) -> *mut protoent {
    // SAFETY: the database's buffers.
    unsafe { proto_db().call(false, |o, b, l, r| getprotobynumber_r(num, o, b, l, r)) }
}

/// POSIX `setprotoent`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setprotoent(_stayopen: c_int) {
    // SAFETY: the database's stream.
    unsafe { proto_db().rewind() }
}

/// POSIX `endprotoent`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endprotoent() {
    // SAFETY: the database's stream.
    unsafe { proto_db().end() }
}

/// GNU `getprotoent_r`: the next entry; ENOENT at the end, ERANGE.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getprotoent_r(
    out: *mut protoent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut protoent,
) -> c_int {
    // SAFETY: the caller's entry, buffer and result pointer.
    unsafe { proto_db().next_r(out, buf, len, result) }
}

/// POSIX `getprotoent`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getprotoent() -> *mut protoent {
    // SAFETY: the database's state and buffers.
    unsafe { proto_db().call(true, |o, b, l, r| getprotoent_r(o, b, l, r)) }
}

// ---- networks ----

fn fill_net(
    line: &[u8],
    want: impl Fn(&parse::Numbered) -> bool,
    out: *mut netent,
    buf: &mut [u8],
) -> Step {
    let Some(p) = parse::net(line) else {
        return Step::Skip;
    };
    if !want(&p) {
        return Step::Skip;
    }
    let Some(k) = pack(buf, p.name, p.aliases, None, &[], 0) else {
        return Step::Range;
    };
    let e = netent {
        n_name: k.name,
        n_aliases: k.aliases,
        n_addrtype: AF_INET,
        n_net: p.num,
    };
    // SAFETY: out is the caller's writable entry.
    unsafe { out.write(e) };
    Step::Done
}

pub struct Networks;
impl Entry for Networks {
    type C = netent;
    const PATH: &'static CStr = NETWORKS_FILE;
    unsafe fn take(line: &[u8], _: &Key, out: *mut netent, buf: &mut [u8]) -> Step {
        fill_net(line, |_| true, out, buf)
    }
}

static mut NET_DB: Db<Networks> = Db::new();
fn net_db() -> &'static mut Db<Networks> {
    // SAFETY: as serv_db.
    unsafe { &mut *(&raw mut NET_DB) }
}

/// The `_r` result of a network lookup: `*h_errnop` as glibc sets it
/// (`HOST_NOT_FOUND` when there is none, `NETDB_INTERNAL` with ERANGE
/// or an open error; left alone on success).
///
/// # Safety
/// `h_errnop` is writable; `r` and `*result` come from a lookup.
unsafe fn net_result(r: c_int, result: *mut *mut netent, h_errnop: *mut c_int) -> c_int {
    // SAFETY: the caller's pointers.
    unsafe {
        if r != 0 {
            *h_errnop = NETDB_INTERNAL;
            crate::errno::set(r);
        } else if (*result).is_null() {
            *h_errnop = HOST_NOT_FOUND;
        }
    }
    r
}

/// GNU `getnetbyname_r`: the network `name` (or an alias, ASCII case
/// ignored). 0 with `*result` the entry, or null and `*h_errnop`
/// `HOST_NOT_FOUND`; ERANGE (and `NETDB_INTERNAL`) when `buf` is short.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getnetbyname_r(
    name: *const c_char,
    out: *mut netent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut netent,
    h_errnop: *mut c_int,
) -> c_int {
    // SAFETY: the caller's string, entry, buffer and result pointers.
    unsafe {
        let n = cstr(name);
        let r = lookup(NETWORKS_FILE, out, buf, len, result, |line, o, b| {
            fill_net(line, |p| parse::named(p.name, p.aliases, n, true), o, b)
        });
        net_result(r, result, h_errnop)
    }
}

/// GNU `getnetbyaddr_r`: the network numbered `net` (host order) of
/// family `ty` (`AF_INET`, or `AF_UNSPEC` for any); results as
/// `getnetbyname_r`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getnetbyaddr_r(
    net: u32,
    ty: c_int,
    out: *mut netent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut netent,
    h_errnop: *mut c_int,
) -> c_int {
    // SAFETY: the caller's entry, buffer and result pointers.
    unsafe {
        if ty != AF_INET && ty != 0 {
            *result = null_mut();
            *h_errnop = HOST_NOT_FOUND;
            return 0;
        }
        let r = lookup(NETWORKS_FILE, out, buf, len, result, |line, o, b| {
            fill_net(line, |p| p.num == net, o, b)
        });
        net_result(r, result, h_errnop)
    }
}

/// Runs a network `_r` function over the static entry, setting `h_errno`.
unsafe fn net_call(
    f: impl Fn(*mut netent, *mut c_char, size_t, *mut *mut netent, *mut c_int) -> c_int,
) -> *mut netent {
    let mut herr = NETDB_SUCCESS;
    let hp = &raw mut herr;
    // SAFETY: the database's buffers; hp lives through the call.
    let r = unsafe {
        net_db().call(false, |o, b, l, r| {
            *hp = NETDB_SUCCESS;
            f(o, b, l, r, hp)
        })
    };
    set_h_errno(herr);
    r
}

/// POSIX `getnetbyname`: the network `name` (or an alias, ASCII case
/// ignored), or null (`h_errno` `HOST_NOT_FOUND`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getnetbyname(name: *const c_char) -> *mut netent {
    // SAFETY: the caller's string; the database's buffers.
    unsafe { net_call(|o, b, l, r, h| getnetbyname_r(name, o, b, l, r, h)) }
}

/// POSIX `getnetbyaddr`: the network numbered `net` (host order) of
/// family `ty` (`AF_INET`, or `AF_UNSPEC` for any), or null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getnetbyaddr(net: u32, ty: c_int) -> *mut netent {
    // SAFETY: the database's buffers.
    unsafe { net_call(|o, b, l, r, h| getnetbyaddr_r(net, ty, o, b, l, r, h)) }
}

/// POSIX `setnetent`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setnetent(_stayopen: c_int) {
    // SAFETY: the database's stream.
    unsafe { net_db().rewind() }
}

/// POSIX `endnetent`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endnetent() {
    // SAFETY: the database's stream.
    unsafe { net_db().end() }
}

/// GNU `getnetent_r`: the next `/etc/networks` entry; ENOENT at the
/// end, ERANGE. `*h_errnop` is left alone, as glibc leaves it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getnetent_r(
    out: *mut netent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut netent,
    _h_errnop: *mut c_int,
) -> c_int {
    // SAFETY: the caller's entry, buffer and result pointers.
    unsafe { net_db().next_r(out, buf, len, result) }
}

/// POSIX `getnetent`: the next entry, or null at the end (`h_errno`
/// untouched, as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getnetent() -> *mut netent {
    // SAFETY: the database's state and buffers.
    unsafe { net_db().call(true, |o, b, l, r| net_db().next_r(o, b, l, r)) }
}

// ---- hosts ----

/// The family and length of an address.
fn family(a: &IpAddr) -> (c_int, usize) {
    match a {
        IpAddr::V4(_) => (AF_INET, 4),
        IpAddr::V6(_) => (AF_INET6, 16),
    }
}

fn fill_host_line(line: &[u8], out: *mut hostent, buf: &mut [u8]) -> Step {
    let Some(h) = parse::host(line) else {
        return Step::Skip;
    };
    fill_host(
        &h.addr,
        h.name,
        h.aliases,
        core::slice::from_ref(&h.addr),
        out,
        buf,
    )
}

/// Fills `out` with a host entry of `addrs` (all of `a`'s family).
fn fill_host(
    a: &IpAddr,
    name: &[u8],
    aliases: &[u8],
    addrs: &[IpAddr],
    out: *mut hostent,
    buf: &mut [u8],
) -> Step {
    let (fam, alen) = family(a);
    let Some(k) = pack(buf, name, aliases, None, addrs, alen) else {
        return Step::Range;
    };
    let e = hostent {
        h_name: k.name,
        h_aliases: k.aliases,
        h_addrtype: fam,
        h_length: alen as c_int,
        h_addr_list: k.addrs,
    };
    // SAFETY: out is the caller's writable entry.
    unsafe { out.write(e) };
    Step::Done
}

pub struct Hosts;
impl Entry for Hosts {
    type C = hostent;
    const PATH: &'static CStr = HOSTS_FILE;
    unsafe fn take(line: &[u8], _: &Key, out: *mut hostent, buf: &mut [u8]) -> Step {
        fill_host_line(line, out, buf)
    }
}

static mut HOST_DB: Db<Hosts> = Db::new();
fn host_db() -> &'static mut Db<Hosts> {
    // SAFETY: as serv_db.
    unsafe { &mut *(&raw mut HOST_DB) }
}

/// What `/etc/hosts` says about a name: the first matching line's name
/// and aliases (copied out of the line buffer) and the addresses of
/// every matching line.
pub struct Found {
    pub text: heap::Vec<u8>,
    pub name_len: usize,
    pub addrs: heap::Vec<IpAddr>,
}

impl Found {
    pub fn name(&self) -> &[u8] {
        &self.text.as_slice()[..self.name_len]
    }
    pub fn aliases(&self) -> &[u8] {
        &self.text.as_slice()[self.name_len..]
    }
}

/// The `/etc/hosts` lines naming `name` whose address `want` takes.
/// `Err` is an error number (ENOMEM, or the file's open error).
pub fn hosts_by_name(name: &[u8], want: impl Fn(&IpAddr) -> bool) -> Result<Found, c_int> {
    let mut f = Found {
        text: heap::Vec::new(),
        name_len: 0,
        addrs: heap::Vec::new(),
    };
    let mut oom = false;
    // SAFETY: reads the file.
    unsafe {
        scan(HOSTS_FILE, |l| {
            let Some(h) = parse::host(l) else {
                return false;
            };
            if !want(&h.addr) || !h.named(name) {
                return false;
            }
            if f.addrs.is_empty() {
                f.name_len = h.name.len();
                oom |= f.text.extend_from_slice(h.name).is_err();
                oom |= f.text.extend_from_slice(h.aliases).is_err();
            }
            if !f.addrs.as_slice().contains(&h.addr) {
                oom |= f.addrs.push(h.addr).is_err();
            }
            oom
        })?;
    }
    if oom {
        return Err(syscall::errno::ENOMEM as c_int);
    }
    Ok(f)
}

/// The first `/etc/hosts` line for address `a`, handed to `f`.
pub fn hosts_by_addr(a: &IpAddr, mut f: impl FnMut(&parse::Host) -> Step) -> Result<Step, c_int> {
    let mut step = Step::Skip;
    // SAFETY: reads the file.
    unsafe {
        scan(HOSTS_FILE, |l| {
            let Some(h) = parse::host(l) else {
                return false;
            };
            if h.addr != *a {
                return false;
            }
            step = f(&h);
            true
        })?;
    }
    Ok(step)
}

/// A name that is a dotted IPv4 number (digits and dots, not ending in a
/// dot) in `inet_aton`'s forms; `Some(None)` for one that does not parse.
fn dotted(name: &[u8]) -> Option<Option<[u8; 4]>> {
    if name.is_empty() || !name.iter().all(|&c| c.is_ascii_digit() || c == b'.') {
        return None;
    }
    if name.last() == Some(&b'.') {
        return Some(None);
    }
    Some(crate::arpa::inet::aton(name).map(u32::to_be_bytes))
}

/// The `_r` result of a host lookup: sets `*h_errnop` (and errno) as
/// glibc does.
unsafe fn host_result(
    step: Step,
    out: *mut hostent,
    result: *mut *mut hostent,
    h_errnop: *mut c_int,
) -> c_int {
    // SAFETY: the caller's pointers.
    unsafe {
        match step {
            // glibc leaves *h_errnop alone on success.
            Step::Done => {
                *result = out;
                0
            }
            Step::Skip => {
                *result = null_mut();
                *h_errnop = HOST_NOT_FOUND;
                0
            }
            Step::Range => {
                *result = null_mut();
                *h_errnop = NETDB_INTERNAL;
                crate::errno::set(ERANGE as c_int);
                ERANGE as c_int
            }
        }
    }
}

/// GNU `gethostbyname2_r`: the host `name` of family `af` (`AF_INET` or
/// `AF_INET6`), from a numeric name or `/etc/hosts`. 0 with `*result`
/// the entry, or null and `*h_errnop` `HOST_NOT_FOUND`; ERANGE with
/// `NETDB_INTERNAL`; EAFNOSUPPORT for another family.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gethostbyname2_r(
    name: *const c_char,
    af: c_int,
    out: *mut hostent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut hostent,
    h_errnop: *mut c_int,
) -> c_int {
    // SAFETY: the caller's string, entry, buffer and result pointers.
    unsafe {
        *result = null_mut();
        if af != AF_INET && af != AF_INET6 {
            *h_errnop = NO_DATA;
            crate::errno::set(EAFNOSUPPORT as c_int);
            return EAFNOSUPPORT as c_int;
        }
        let n = cstr(name);
        let b = user_buf(buf, len);
        let numeric = if af == AF_INET && n.contains(&b':') {
            // IPv6 text is no IPv4 host (and no name to ask DNS for).
            Some(None)
        } else if af == AF_INET {
            dotted(n).map(|a| a.map(IpAddr::V4))
        } else if n.contains(&b':') {
            Some(crate::arpa::inet::parse6(n).map(IpAddr::V6))
        } else {
            None
        };
        let step = match numeric {
            Some(Some(a)) => fill_host(&a, n, &[], core::slice::from_ref(&a), out, b),
            Some(None) => Step::Skip,
            None => {
                let want = |a: &IpAddr| family(a).0 == af;
                match hosts_by_name(n, want) {
                    Ok(f) if f.addrs.is_empty() => {
                        // Not in the files: DNS.
                        let mut cname: heap::Vec<u8> = heap::Vec::new();
                        let mut got: heap::Vec<IpAddr> = heap::Vec::new();
                        let o =
                            dns::resolve(n, af == AF_INET, af == AF_INET6, &mut cname, &mut |a| {
                                let _ = got.push(a);
                            });
                        match o {
                            dns::Outcome::Found if !got.is_empty() => {
                                let a = got.as_slice();
                                fill_host(&a[0], cname.as_slice(), &[], a, out, b)
                            }
                            dns::Outcome::Again => {
                                *h_errnop = TRY_AGAIN;
                                return 0;
                            }
                            _ => Step::Skip,
                        }
                    }
                    Ok(f) => {
                        let a = f.addrs.as_slice();
                        fill_host(&a[0], f.name(), f.aliases(), a, out, b)
                    }
                    Err(e) => {
                        *h_errnop = NETDB_INTERNAL;
                        crate::errno::set(e);
                        return e;
                    }
                }
            }
        };
        host_result(step, out, result, h_errnop)
    }
}

/// GNU `gethostbyname_r`: `gethostbyname2_r` for `AF_INET`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gethostbyname_r(
    name: *const c_char,
    out: *mut hostent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut hostent,
    h_errnop: *mut c_int,
) -> c_int {
    // SAFETY: the caller's arguments, passed on.
    unsafe { gethostbyname2_r(name, AF_INET, out, buf, len, result, h_errnop) }
}

/// GNU `gethostbyaddr_r`: the host with address `addr` (`len` bytes of
/// family `ty`) in `/etc/hosts`; EAFNOSUPPORT (and `NETDB_INTERNAL`)
/// for another family or a length short of the family's, none found
/// for a longer one.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gethostbyaddr_r(
    addr: *const c_void,
    len: socklen_t,
    ty: c_int,
    out: *mut hostent,
    buf: *mut c_char,
    buflen: size_t,
    result: *mut *mut hostent,
    h_errnop: *mut c_int,
) -> c_int {
    // SAFETY: the caller's address, entry, buffer and result pointers.
    unsafe {
        *result = null_mut();
        let a = match (ty, len) {
            (AF_INET, 4) => IpAddr::V4(*(addr as *const [u8; 4])),
            (AF_INET6, 16) => IpAddr::V6(*(addr as *const [u8; 16])),
            // Longer than the family's address: nothing has it (glibc).
            (AF_INET, 5..) | (AF_INET6, 17..) => {
                return host_result(Step::Skip, out, result, h_errnop);
            }
            _ => {
                *h_errnop = NETDB_INTERNAL;
                crate::errno::set(EAFNOSUPPORT as c_int);
                return EAFNOSUPPORT as c_int;
            }
        };
        let b = user_buf(buf, buflen);
        match hosts_by_addr(&a, |h| {
            fill_host(&a, h.name, h.aliases, core::slice::from_ref(&a), out, b)
        }) {
            Ok(Step::Skip) => {
                // Not in the files: a PTR lookup.
                let mut name: heap::Vec<u8> = heap::Vec::new();
                match dns::reverse(&a, &mut name) {
                    dns::Outcome::Found => {
                        let step =
                            fill_host(&a, name.as_slice(), &[], core::slice::from_ref(&a), out, b);
                        host_result(step, out, result, h_errnop)
                    }
                    dns::Outcome::Again => {
                        *h_errnop = TRY_AGAIN;
                        0
                    }
                    dns::Outcome::NoName => host_result(Step::Skip, out, result, h_errnop),
                }
            }
            Ok(step) => host_result(step, out, result, h_errnop),
            Err(e) => {
                *h_errnop = NETDB_INTERNAL;
                crate::errno::set(e);
                e
            }
        }
    }
}

/// Runs a host `_r` function over the static entry, setting `h_errno`.
unsafe fn host_call(
    f: impl Fn(*mut hostent, *mut c_char, size_t, *mut *mut hostent, *mut c_int) -> c_int,
) -> *mut hostent {
    let mut herr = NETDB_SUCCESS;
    let hp = &raw mut herr;
    // SAFETY: the database's buffers; hp lives through the call.
    let r = unsafe { host_db().call(false, |o, b, l, r| f(o, b, l, r, hp)) };
    set_h_errno(herr);
    r
}

/// POSIX (obsolescent) `gethostbyname`: the IPv4 host `name`, or null
/// with `h_errno` set.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gethostbyname(name: *const c_char) -> *mut hostent {
    // SAFETY: the caller's string, passed on.
    unsafe { host_call(|o, b, l, r, h| gethostbyname2_r(name, AF_INET, o, b, l, r, h)) }
}

/// GNU `gethostbyname2`: the host `name` of family `af`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gethostbyname2(name: *const c_char, af: c_int) -> *mut hostent {
    // SAFETY: the caller's string, passed on.
    unsafe { host_call(|o, b, l, r, h| gethostbyname2_r(name, af, o, b, l, r, h)) }
}

/// POSIX (obsolescent) `gethostbyaddr`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gethostbyaddr(
    addr: *const c_void,
    len: socklen_t,
    ty: c_int,
) -> *mut hostent {
    // SAFETY: the caller's address, passed on.
    unsafe { host_call(|o, b, l, r, h| gethostbyaddr_r(addr, len, ty, o, b, l, r, h)) }
}

/// POSIX `sethostent`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sethostent(_stayopen: c_int) {
    // SAFETY: the database's stream.
    unsafe { host_db().rewind() }
}

/// POSIX `endhostent`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endhostent() {
    // SAFETY: the database's stream.
    unsafe { host_db().end() }
}

/// GNU `gethostent_r`: the next `/etc/hosts` line as an entry of its
/// own family; ENOENT at the end, ERANGE. `*h_errnop` is left alone, as
/// glibc leaves it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gethostent_r(
    out: *mut hostent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut hostent,
    _h_errnop: *mut c_int,
) -> c_int {
    // SAFETY: the caller's entry, buffer and result pointers.
    unsafe { host_db().next_r(out, buf, len, result) }
}

/// POSIX `gethostent`: the next entry, or null at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gethostent() -> *mut hostent {
    let mut herr = NETDB_SUCCESS;
    let hp = &raw mut herr;
    // SAFETY: the database's state and buffers; hp lives through the call.
    let r = unsafe {
        host_db().call(true, |o, b, l, r| {
            let v = host_db().next_r(o, b, l, r);
            *hp = if v == ENOENT as c_int {
                HOST_NOT_FOUND
            } else {
                NETDB_SUCCESS
            };
            v
        })
    };
    set_h_errno(herr);
    r
}
