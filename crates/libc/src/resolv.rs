//! `<resolv.h>`: the BIND resolver interface over ferrolibc's stub
//! resolver ([`crate::netdb::dns`]): `res_init`/`res_ninit` fill a
//! `struct __res_state` (glibc's layout) from `/etc/resolv.conf`;
//! `res_mkquery` builds a query, `res_send` exchanges any query with the
//! state's servers (UDP, TCP on truncation or with `RES_USEVC`, the
//! state's timeout, retries and `RES_ROTATE`), `res_query` adds the
//! answer's verdict in `h_errno`, `res_search` the search rules, and
//! `dn_comp`/`dn_expand`/`dn_skipname` convert names. The servers are the
//! state's `nsaddr_list` (a program may point them elsewhere, port
//! included); an IPv6 server from the file is kept aside and used for
//! its slot (glibc keeps it in the private `_u._ext`).
use crate::arpa::nameser::{self, MAXDNAME};
use crate::heap;
use crate::netdb::dns::{self, Answer, Conf};
use crate::netdb::parse::IpAddr;
use crate::netdb::{HOST_NOT_FOUND, NO_DATA, NO_RECOVERY, TRY_AGAIN};
use crate::netinet::r#in::{in_addr, sockaddr_in};
use crate::sys::socket::sa_family_t;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::{ECONNREFUSED, EINVAL, EMSGSIZE, ETIMEDOUT};

pub const RES_INIT: c_ulong = 0x1;
pub const RES_USEVC: c_ulong = 0x8;
pub const RES_IGNTC: c_ulong = 0x20;
pub const RES_RECURSE: c_ulong = 0x40;
pub const RES_DEFNAMES: c_ulong = 0x80;
pub const RES_DNSRCH: c_ulong = 0x200;
pub const RES_ROTATE: c_ulong = 0x4000;
pub const RES_DEFAULT: c_ulong = RES_RECURSE | RES_DEFNAMES | RES_DNSRCH;
const MAXDNSRCH: usize = 6;

/// One `sort_list` entry.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct res_sort {
    pub addr: in_addr,
    pub mask: u32,
}

/// glibc's `struct __res_state` (568 bytes on 64-bit arches, 512 on
/// i386). `bits` holds the `ndots:4 nsort:4 ipv6_unavail:1` bit-fields
/// (least significant first: every arch here is little-endian); `_u` is
/// the private union, opaque here.
#[repr(C)]
pub struct __res_state {
    pub retrans: c_int,
    pub retry: c_int,
    pub options: c_ulong,
    pub nscount: c_int,
    pub nsaddr_list: [sockaddr_in; 3],
    pub id: u16,
    pub dnsrch: [*mut c_char; MAXDNSRCH + 1],
    pub defdname: [c_char; 256],
    pub pfcode: c_ulong,
    pub bits: c_uint,
    pub sort_list: [res_sort; 10],
    pub qhook: *mut c_void,
    pub rhook: *mut c_void,
    pub res_h_errno: c_int,
    pub _vcsock: c_int,
    pub _flags: c_uint,
    pub _u: [usize; UNION_WORDS],
}

#[cfg(target_pointer_width = "64")]
const UNION_WORDS: usize = 7;
#[cfg(target_pointer_width = "32")]
const UNION_WORDS: usize = 13;

#[cfg(target_pointer_width = "64")]
const _: () = assert!(size_of::<__res_state>() == 568);
#[cfg(target_pointer_width = "32")]
const _: () = assert!(size_of::<__res_state>() == 512);

/// `_res`, the state of the functions without a state argument.
static mut RES: __res_state = __res_state {
    retrans: 0,
    retry: 0,
    options: 0,
    nscount: 0,
    nsaddr_list: [sockaddr_in {
        sin_family: 0,
        sin_port: 0,
        sin_addr: in_addr { s_addr: 0 },
        sin_zero: [0; 8],
    }; 3],
    id: 0,
    dnsrch: [null_mut(); MAXDNSRCH + 1],
    defdname: [0; 256],
    pfcode: 0,
    bits: 0,
    sort_list: [res_sort {
        addr: in_addr { s_addr: 0 },
        mask: 0,
    }; 10],
    qhook: null_mut(),
    rhook: null_mut(),
    res_h_errno: 0,
    _vcsock: -1,
    _flags: 0,
    _u: [0; UNION_WORDS],
};

/// The IPv6 servers of the file, by slot (`nsaddr_list` holds IPv4 only).
static mut V6: [[u8; 16]; 3] = [[0; 16]; 3];

/// glibc `__res_state`: the address of `_res` (the header's `_res` is
/// `(*__res_state())`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __res_state() -> *mut __res_state {
    &raw mut RES
}

fn set_h_errno(st: *mut __res_state, e: c_int) {
    // SAFETY: the thread's h_errno; st is a live state.
    unsafe {
        *crate::netdb::__h_errno_location() = e;
        (*st).res_h_errno = e;
    }
}

/// Fill `st` from the configuration (the timeout and tries are the
/// file's, 5 s and 2 by default); with `keep`, options the program set
/// before stay (`res_init`'s rule).
unsafe fn init(st: *mut __res_state, keep: bool) -> c_int {
    let conf = dns::load_conf();
    // SAFETY: st is the caller's state.
    unsafe {
        let s = &mut *st;
        if !keep || s.options & RES_INIT == 0 {
            s.options = RES_DEFAULT;
        }
        s.retrans = conf.timeout as c_int;
        s.retry = conf.attempts as c_int;
        if conf.rotate {
            s.options |= RES_ROTATE;
        }
        s.nscount = conf.nns as c_int;
        for i in 0..3 {
            let sa = &mut s.nsaddr_list[i];
            *sa = sockaddr_in {
                sin_family: 0,
                sin_port: 53u16.to_be(),
                sin_addr: in_addr { s_addr: 0 },
                sin_zero: [0; 8],
            };
            if i < conf.nns {
                match conf.ns[i] {
                    IpAddr::V4(a) => {
                        sa.sin_family = syscall::net::AF_INET as sa_family_t;
                        sa.sin_addr.s_addr = u32::from_ne_bytes(a);
                    }
                    IpAddr::V6(a) => (*(&raw mut V6))[i] = a,
                }
            }
        }
        s.id = 0;
        s.bits = (s.bits & !0xf) | conf.ndots.min(15);
        // The search list, NUL-separated in defdname.
        s.defdname = [0; 256];
        s.dnsrch = [null_mut(); MAXDNSRCH + 1];
        let mut at = 0;
        for (k, d) in conf.domains().take(MAXDNSRCH).enumerate() {
            if at + d.len() + 1 > s.defdname.len() {
                break;
            }
            for (j, &b) in d.iter().enumerate() {
                s.defdname[at + j] = b as c_char;
            }
            s.dnsrch[k] = s.defdname.as_mut_ptr().add(at);
            at += d.len() + 1;
        }
        s.res_h_errno = 0;
        s._vcsock = -1;
        s.options |= RES_INIT;
    }
    0
}

/// Initialise `st` on first use.
unsafe fn ready(st: *mut __res_state) {
    // SAFETY: st is a live state.
    unsafe {
        if (*st).options & RES_INIT == 0 {
            init(st, true);
        }
    }
}

/// The exchange configuration of a state.
unsafe fn conf_of(st: *const __res_state) -> Conf {
    let mut c = dns::parse_conf(b"");
    // SAFETY: st is a live, initialised state.
    unsafe {
        let s = &*st;
        c.nns = 0;
        for i in 0..(s.nscount.clamp(0, 3) as usize) {
            let sa = &s.nsaddr_list[i];
            let v6 = (*(&raw const V6))[i];
            let addr = if sa.sin_family == syscall::net::AF_INET as sa_family_t {
                IpAddr::V4(sa.sin_addr.s_addr.to_ne_bytes())
            } else if v6 != [0; 16] {
                IpAddr::V6(v6)
            } else {
                continue;
            };
            c.ns[c.nns] = addr;
            c.port[c.nns] = u16::from_be(sa.sin_port);
            c.nns += 1;
        }
        if c.nns == 0 {
            c.nns = 1;
        }
        c.timeout = s.retrans.clamp(1, 30) as u32;
        c.attempts = s.retry.clamp(1, 5) as u32;
        c.rotate = s.options & RES_ROTATE != 0;
        c.usevc = s.options & RES_USEVC != 0;
        c.igntc = s.options & RES_IGNTC != 0;
        c.ndots = s.bits & 0xf;
    }
    c
}

/// BIND `res_ninit`: (re)initialise `st` from `/etc/resolv.conf`
/// (defaults: timeout 5 s, 2 tries, `RES_DEFAULT`); 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_ninit(st: *mut __res_state) -> c_int {
    // SAFETY: st is the caller's state.
    unsafe { init(st, false) }
}

/// BIND `res_init`: `res_ninit` on `_res`, keeping the `options` the
/// program set before (as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn res_init() -> c_int {
    // SAFETY: the library's own state.
    unsafe { init(&raw mut RES, true) }
}

/// BIND `res_nclose`: no connection stays open, so nothing to close.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn res_nclose(_st: *mut __res_state) {}

/// The query header's opcodes `res_mkquery` builds.
const QUERY: c_int = 0;
const NS_NOTIFY_OP: c_int = 4;

/// BIND `res_nmkquery`: a query (`op` QUERY or NS_NOTIFY_OP) for
/// `dname` of `class` and `type` in `buf`; its length, or -1 (a bad name
/// or a buffer too small). The ID is random; RD is set with
/// `RES_RECURSE`. `data` and `newrr` are unused, as in glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_nmkquery(
    st: *mut __res_state,
    op: c_int,
    dname: *const c_char,
    class: c_int,
    type_: c_int,
    _data: *const u8,
    _datalen: c_int,
    _newrr: *const u8,
    buf: *mut u8,
    buflen: c_int,
) -> c_int {
    if (op != QUERY && op != NS_NOTIFY_OP) || dname.is_null() || buf.is_null() || buflen < 0 {
        return crate::kernel::fail(EINVAL);
    }
    // SAFETY: st is a live state; dname a C string; buf has buflen bytes.
    unsafe {
        ready(st);
        let mut w = [0u8; 255];
        let text = core::ffi::CStr::from_ptr(dname).to_bytes();
        let Some((wl, _)) = (if text.is_empty() {
            Some((1, true))
        } else {
            nameser::pton(text, &mut w)
        }) else {
            return crate::kernel::fail(EMSGSIZE);
        };
        if text.is_empty() {
            w[0] = 0;
        }
        let n = 12 + wl + 4;
        if n > buflen as usize {
            return crate::kernel::fail(EMSGSIZE);
        }
        let out = core::slice::from_raw_parts_mut(buf, n);
        out.fill(0);
        let mut id = [0u8; 2];
        crate::sys::random::getrandom(id.as_mut_ptr() as *mut c_void, 2, 0);
        out[0..2].copy_from_slice(&id);
        (*st).id = u16::from_be_bytes(id);
        out[2] = (op as u8) << 3;
        if (*st).options & RES_RECURSE != 0 {
            out[2] |= 1;
        }
        out[5] = 1;
        out[12..12 + wl].copy_from_slice(&w[..wl]);
        out[12 + wl..12 + wl + 2].copy_from_slice(&(type_ as u16).to_be_bytes());
        out[12 + wl + 2..n].copy_from_slice(&(class as u16).to_be_bytes());
        n as c_int
    }
}

/// BIND `res_mkquery`: `res_nmkquery` on `_res`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_mkquery(
    op: c_int,
    dname: *const c_char,
    class: c_int,
    type_: c_int,
    data: *const u8,
    datalen: c_int,
    newrr: *const u8,
    buf: *mut u8,
    buflen: c_int,
) -> c_int {
    // SAFETY: forwarded.
    unsafe {
        res_nmkquery(
            &raw mut RES,
            op,
            dname,
            class,
            type_,
            data,
            datalen,
            newrr,
            buf,
            buflen,
        )
    }
}

/// Whether answer `p` (to the try with ID `id`) answers query `q`:
/// a response with that ID and the same question; its verdict for the
/// exchange (TC, a server failure, or an answer).
fn judge(q: &[u8], p: &[u8], id: u16) -> Option<Answer> {
    if p.len() < 12 || u16::from_be_bytes([p[0], p[1]]) != id || p[2] & 0x80 == 0 {
        return None;
    }
    let qd = u16::from_be_bytes([q[4], q[5]]);
    if qd > 0 {
        if u16::from_be_bytes([p[4], p[5]]) != qd {
            return None;
        }
        let mut a = [0u8; 256];
        let mut b = [0u8; 256];
        let (qa, ql) = dns::read_name(q, 12, &mut a)?;
        let (pa, pl) = dns::read_name(p, 12, &mut b)?;
        if !a[..ql].eq_ignore_ascii_case(&b[..pl]) || q.get(qa..qa + 4)? != p.get(pa..pa + 4)? {
            return None;
        }
    }
    if p[2] & 0x02 != 0 {
        return Some(Answer::Truncated);
    }
    Some(match p[3] & 0xf {
        2 | 4 | 5 => Answer::Fail,
        _ => Answer::Ok,
    })
}

/// BIND `res_nsend`: send the `msglen`-byte query `msg` to the state's
/// servers; the answer (at most `anslen` bytes of it) in `answer`, its
/// length, or -1 (ETIMEDOUT when no server answered, ECONNREFUSED when
/// every one refused or failed... the last failure's answer is still
/// given then, as a length).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_nsend(
    st: *mut __res_state,
    msg: *const u8,
    msglen: c_int,
    answer: *mut u8,
    anslen: c_int,
) -> c_int {
    if msg.is_null() || !(12..=65535).contains(&msglen) || answer.is_null() || anslen < 12 {
        return crate::kernel::fail(EINVAL);
    }
    // SAFETY: st is a live state; msg has msglen bytes, answer anslen.
    unsafe {
        ready(st);
        let conf = conf_of(st);
        let mut q: heap::Vec<u8> = heap::Vec::new();
        if q.extend_from_slice(core::slice::from_raw_parts(msg, msglen as usize))
            .is_err()
        {
            return -1;
        }
        let orig_id = [q.as_slice()[0], q.as_slice()[1]];
        let start = if conf.rotate {
            (u16::from_ne_bytes(orig_id) as usize) % conf.nns
        } else {
            0
        };
        let qcopy: heap::Vec<u8> = {
            let mut v = heap::Vec::new();
            if v.extend_from_slice(q.as_slice()).is_err() {
                return -1;
            }
            v
        };
        let mut out: heap::Vec<u8> = heap::Vec::new();
        let mut j = |p: &[u8], id: u16| judge(qcopy.as_slice(), p, id);
        let v = dns::exchange(&conf, q.as_mut_slice(), start, &mut j, &mut out);
        if v.is_none() {
            crate::errno::set(if conf.nns > 0 {
                ETIMEDOUT
            } else {
                ECONNREFUSED
            } as i32);
            return -1;
        }
        // The caller's ID goes back into the answer it sees.
        let o = out.as_mut_slice();
        o[0..2].copy_from_slice(&orig_id);
        let n = o.len().min(anslen as usize);
        core::ptr::copy_nonoverlapping(o.as_ptr(), answer, n);
        n as c_int
    }
}

/// BIND `res_send`: `res_nsend` on `_res`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_send(
    msg: *const u8,
    msglen: c_int,
    answer: *mut u8,
    anslen: c_int,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { res_nsend(&raw mut RES, msg, msglen, answer, anslen) }
}

/// BIND `res_nquery`: ask for `dname`'s records of `class` and `type`;
/// the answer's length, or -1 with `h_errno`: HOST_NOT_FOUND (NXDOMAIN),
/// NO_DATA (no records of that type), TRY_AGAIN (SERVFAIL or no answer),
/// NO_RECOVERY (any other refusal or a bad name).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_nquery(
    st: *mut __res_state,
    dname: *const c_char,
    class: c_int,
    type_: c_int,
    answer: *mut u8,
    anslen: c_int,
) -> c_int {
    let mut q = [0u8; 12 + 255 + 4];
    // SAFETY: st is a live state; the buffers are ours and the caller's.
    unsafe {
        let n = res_nmkquery(
            st,
            QUERY,
            dname,
            class,
            type_,
            core::ptr::null(),
            0,
            core::ptr::null(),
            q.as_mut_ptr(),
            q.len() as c_int,
        );
        if n < 0 {
            set_h_errno(st, NO_RECOVERY);
            return -1;
        }
        let r = res_nsend(st, q.as_ptr(), n, answer, anslen);
        if r < 0 {
            set_h_errno(st, TRY_AGAIN);
            return -1;
        }
        let rcode = *answer.add(3) & 0xf;
        let ancount = u16::from_be_bytes([*answer.add(6), *answer.add(7)]);
        if rcode != 0 || ancount == 0 {
            set_h_errno(
                st,
                match rcode {
                    3 => HOST_NOT_FOUND,
                    2 => TRY_AGAIN,
                    0 => NO_DATA,
                    _ => NO_RECOVERY,
                },
            );
            return -1;
        }
        r
    }
}

/// BIND `res_query`: `res_nquery` on `_res`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_query(
    dname: *const c_char,
    class: c_int,
    type_: c_int,
    answer: *mut u8,
    anslen: c_int,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { res_nquery(&raw mut RES, dname, class, type_, answer, anslen) }
}

/// BIND `res_nquerydomain`: `res_nquery` for `name.domain` (or `name`
/// alone when `domain` is null, a trailing dot dropped); NO_RECOVERY when
/// the whole is longer than a name can be.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_nquerydomain(
    st: *mut __res_state,
    name: *const c_char,
    domain: *const c_char,
    class: c_int,
    type_: c_int,
    answer: *mut u8,
    anslen: c_int,
) -> c_int {
    if name.is_null() {
        set_h_errno(st, NO_RECOVERY);
        return crate::kernel::fail(EINVAL);
    }
    let mut full = [0u8; MAXDNAME];
    // SAFETY: name and domain are C strings.
    unsafe {
        let n = core::ffi::CStr::from_ptr(name).to_bytes();
        let len = if domain.is_null() {
            let n = match n {
                [rest @ .., b'.'] if !rest.is_empty() => rest,
                _ => n,
            };
            if n.len() + 1 > full.len() {
                set_h_errno(st, NO_RECOVERY);
                return -1;
            }
            full[..n.len()].copy_from_slice(n);
            n.len()
        } else {
            let d = core::ffi::CStr::from_ptr(domain).to_bytes();
            let l = n.len() + 1 + d.len();
            if l + 1 > full.len() {
                set_h_errno(st, NO_RECOVERY);
                return -1;
            }
            full[..n.len()].copy_from_slice(n);
            full[n.len()] = b'.';
            full[n.len() + 1..l].copy_from_slice(d);
            l
        };
        full[len] = 0;
        res_nquery(
            st,
            full.as_ptr() as *const c_char,
            class,
            type_,
            answer,
            anslen,
        )
    }
}

/// BIND `res_querydomain`: `res_nquerydomain` on `_res`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_querydomain(
    name: *const c_char,
    domain: *const c_char,
    class: c_int,
    type_: c_int,
    answer: *mut u8,
    anslen: c_int,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { res_nquerydomain(&raw mut RES, name, domain, class, type_, answer, anslen) }
}

/// BIND `res_nsearch`: `res_nquery` with the search rules: a name
/// ending in a dot as it is; otherwise, with at least `ndots` dots, as
/// it is first; then with each search domain (`RES_DNSRCH`, or only the
/// first with `RES_DEFNAMES` for a name without dots); then as it is if
/// not tried yet. A server failure or NO_DATA on one name does not stop
/// the search; the result's `h_errno` prefers NO_DATA, then TRY_AGAIN.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_nsearch(
    st: *mut __res_state,
    name: *const c_char,
    class: c_int,
    type_: c_int,
    answer: *mut u8,
    anslen: c_int,
) -> c_int {
    if name.is_null() {
        set_h_errno(st, NO_RECOVERY);
        return crate::kernel::fail(EINVAL);
    }
    // SAFETY: st is a live state; name a C string; the dnsrch entries
    // are C strings (ours, or the program's).
    unsafe {
        ready(st);
        let n = core::ffi::CStr::from_ptr(name).to_bytes();
        let dots = n.iter().filter(|&&c| c == b'.').count() as u32;
        let ndots = (*st).bits & 0xf;
        if n.ends_with(b".") {
            return res_nquerydomain(st, name, core::ptr::null(), class, type_, answer, anslen);
        }
        let mut tried_as_is = false;
        let mut got_nodata = false;
        let mut got_servfail = false;
        if dots >= ndots {
            let r = res_nquerydomain(st, name, core::ptr::null(), class, type_, answer, anslen);
            if r >= 0 {
                return r;
            }
            tried_as_is = true;
            match (*st).res_h_errno {
                NO_DATA => got_nodata = true,
                TRY_AGAIN => got_servfail = true,
                HOST_NOT_FOUND => {}
                _ => return -1,
            }
        }
        let opts = (*st).options;
        if (dots == 0 && opts & RES_DEFNAMES != 0) || (dots > 0 && opts & RES_DNSRCH != 0) {
            let all = opts & RES_DNSRCH != 0;
            for k in 0..MAXDNSRCH {
                let d = (*st).dnsrch[k];
                if d.is_null() {
                    break;
                }
                let r = res_nquerydomain(st, name, d, class, type_, answer, anslen);
                if r >= 0 {
                    return r;
                }
                match (*st).res_h_errno {
                    NO_DATA => got_nodata = true,
                    TRY_AGAIN => got_servfail = true,
                    HOST_NOT_FOUND => {}
                    _ => return -1,
                }
                if !all {
                    break;
                }
            }
        }
        if !tried_as_is {
            let r = res_nquerydomain(st, name, core::ptr::null(), class, type_, answer, anslen);
            if r >= 0 {
                return r;
            }
        }
        if got_nodata {
            set_h_errno(st, NO_DATA);
        } else if got_servfail {
            set_h_errno(st, TRY_AGAIN);
        }
        -1
    }
}

/// BIND `res_search`: `res_nsearch` on `_res`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn res_search(
    name: *const c_char,
    class: c_int,
    type_: c_int,
    answer: *mut u8,
    anslen: c_int,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { res_nsearch(&raw mut RES, name, class, type_, answer, anslen) }
}

/// BIND `dn_expand`: the compressed name at `src` (in the message
/// `msg..eom`) as text in `dst` (`len` bytes); the bytes it takes at
/// `src`, or -1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dn_expand(
    msg: *const u8,
    eom: *const u8,
    src: *const u8,
    dst: *mut c_char,
    len: c_int,
) -> c_int {
    if len < 0 {
        return crate::kernel::fail(EMSGSIZE);
    }
    // SAFETY: forwarded.
    unsafe { nameser::ns_name_uncompress(msg, eom, src, dst, len as size_t) }
}

/// BIND `dn_comp`: text name `src` compressed into `dst` (`len` bytes)
/// against the names `dnptrs` lists (see [`nameser::compress`]); its
/// length, or -1 with EMSGSIZE.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dn_comp(
    src: *const c_char,
    dst: *mut u8,
    len: c_int,
    dnptrs: *mut *mut u8,
    lastdnptr: *mut *mut u8,
) -> c_int {
    if src.is_null() || dst.is_null() || len < 0 {
        return crate::kernel::fail(EMSGSIZE);
    }
    let mut w = [0u8; 255];
    // SAFETY: src is a C string; the rest is compress's contract, the
    // caller's.
    unsafe {
        let t = core::ffi::CStr::from_ptr(src).to_bytes();
        let wl = if t.is_empty() {
            w[0] = 0;
            1
        } else {
            match nameser::pton(t, &mut w) {
                Some((l, _)) => l,
                None => return crate::kernel::fail(EMSGSIZE),
            }
        };
        match nameser::compress(&w[..wl], dst, len as usize, dnptrs, lastdnptr) {
            Some(n) => n as c_int,
            None => crate::kernel::fail(EMSGSIZE),
        }
    }
}

/// BIND `dn_skipname`: the bytes of the compressed name at `p` (before
/// `eom`), or -1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dn_skipname(p: *const u8, eom: *const u8) -> c_int {
    if p.is_null() || eom < p {
        return -1;
    }
    // SAFETY: the caller's bytes from p to eom.
    let m = unsafe { core::slice::from_raw_parts(p, eom.offset_from(p) as usize) };
    match nameser::skip(m, 0) {
        Some(n) => n as c_int,
        None => crate::kernel::fail(EMSGSIZE),
    }
}
