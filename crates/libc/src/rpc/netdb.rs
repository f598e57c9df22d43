//! `<rpc/netdb.h>`: the RPC program number database, `/etc/rpc` (the
//! `files` source). Lines are `name number aliases…`, parsed as
//! `/etc/protocols` lines are (`netdb::parse::proto`); names are
//! compared exactly, as glibc does.
use crate::file::mode::cstr;
use crate::netdb::{pack, parse};
use crate::types::*;
use crate::userdb::files::{Db, Entry, Key, Step};
use core::ffi::CStr;

/// Sun RPC `struct rpcent`.
#[repr(C)]
pub struct rpcent {
    pub r_name: *mut c_char,
    pub r_aliases: *mut *mut c_char,
    pub r_number: c_int,
}

static PATH_RPC: [u8; 9] = *b"/etc/rpc\0";
const RPC_FILE: &CStr = match CStr::from_bytes_with_nul(&PATH_RPC) {
    Ok(c) => c,
    Err(_) => panic!(),
};

fn fill_rpc(
    line: &[u8],
    want: impl Fn(&parse::Numbered) -> bool,
    out: *mut rpcent,
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
    let e = rpcent {
        r_name: k.name,
        r_aliases: k.aliases,
        r_number: p.num as c_int,
    };
    // SAFETY: out is the caller's writable entry.
    unsafe { out.write(e) };
    Step::Done
}

pub struct Rpc;
impl Entry for Rpc {
    type C = rpcent;
    const PATH: &'static CStr = RPC_FILE;
    unsafe fn take(line: &[u8], _: &Key, out: *mut rpcent, buf: &mut [u8]) -> Step {
        fill_rpc(line, |_| true, out, buf)
    }
}

static mut RPC_DB: Db<Rpc> = Db::new();
fn rpc_db() -> &'static mut Db<Rpc> {
    // SAFETY: the non-_r functions are not thread-safe, so one caller at
    // a time uses the static state.
    unsafe { &mut *(&raw mut RPC_DB) }
}

/// GNU `getrpcbyname_r`: the program `name` (or an alias). 0 with
/// `*result` the entry or null; ERANGE when `buf` is too small.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getrpcbyname_r(
    name: *const c_char,
    out: *mut rpcent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut rpcent,
) -> c_int {
    // SAFETY: the caller's string, entry, buffer and result pointer.
    unsafe {
        let n = cstr(name);
        crate::netdb::lookup(RPC_FILE, out, buf, len, result, |l, o, b| {
            fill_rpc(l, |p| parse::named(p.name, p.aliases, n, false), o, b)
        })
    }
}

/// GNU `getrpcbynumber_r`: the program numbered `num`; as
/// `getrpcbyname_r`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getrpcbynumber_r(
    num: c_int,
    out: *mut rpcent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut rpcent,
) -> c_int {
    // SAFETY: the caller's entry, buffer and result pointer.
    unsafe {
        crate::netdb::lookup(RPC_FILE, out, buf, len, result, |l, o, b| {
            fill_rpc(l, |p| p.num as c_int == num, o, b)
        })
    }
}

/// Sun RPC `getrpcbyname`: the entry in static storage, or null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getrpcbyname(name: *const c_char) -> *mut rpcent {
    // SAFETY: the caller's string; the database's buffers.
    unsafe { rpc_db().call(false, |o, b, l, r| getrpcbyname_r(name, o, b, l, r)) }
}

/// Sun RPC `getrpcbynumber`: the entry in static storage, or null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getrpcbynumber(num: c_int) -> *mut rpcent {
    // SAFETY: the database's buffers.
    unsafe { rpc_db().call(false, |o, b, l, r| getrpcbynumber_r(num, o, b, l, r)) }
}

/// Sun RPC `setrpcent`: the next `getrpcent` starts from the top.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setrpcent(_stayopen: c_int) {
    // SAFETY: the database's stream.
    unsafe { rpc_db().rewind() }
}

/// Sun RPC `endrpcent`: close the database.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endrpcent() {
    // SAFETY: the database's stream.
    unsafe { rpc_db().end() }
}

/// GNU `getrpcent_r`: the next entry; ENOENT at the end, ERANGE.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getrpcent_r(
    out: *mut rpcent,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut rpcent,
) -> c_int {
    // SAFETY: the caller's entry, buffer and result pointer.
    unsafe { rpc_db().next_r(out, buf, len, result) }
}

/// Sun RPC `getrpcent`: the next entry, or null at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getrpcent() -> *mut rpcent {
    // SAFETY: the database's state and buffers.
    unsafe { rpc_db().call(true, |o, b, l, r| getrpcent_r(o, b, l, r)) }
}
