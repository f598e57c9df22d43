//! `getaddrinfo`, `freeaddrinfo`, `gai_strerror`, `getnameinfo`
//! (POSIX.1-2024), from numeric forms, `/etc/hosts` and `/etc/services`.
//!
//! The choices are glibc's, observed:
//! * Hints with socket type and protocol 0 give one result per address
//!   for each of `SOCK_STREAM`/TCP, `SOCK_DGRAM`/UDP and `SOCK_RAW` (the
//!   last only without a service); a socket type or protocol picks the
//!   first matching row of glibc's table (TCP, UDP, DCCP, UDP-Lite,
//!   SCTP stream, SCTP seqpacket, raw with any protocol). A raw socket
//!   takes a numeric service only when the hints leave the type open.
//! * A service is a number when `strtoul` reads all of it (`""` is port
//!   0, the value is cut to 16 bits); a negative value or a name is
//!   looked up in `/etc/services` for each protocol row.
//! * A numeric host is IPv4 in `inet_aton`'s forms (with nothing after)
//!   or IPv6 with an optional `%scope`: a number, or for a link-local
//!   address an interface name (`SIOCGIFINDEX`); `getnameinfo` writes a
//!   link-local address's scope as its interface's name when there is
//!   one (`SIOCGIFNAME`), any other as a number; anything else is looked
//!   up in `/etc/hosts` (not with `AI_NUMERICHOST`).
//! * `AI_ADDRCONFIG` is glibc's test: a family is configured when the
//!   kernel's address dump (`NETLINK_ROUTE`) has an address of it other
//!   than `127.0.0.1` or `::1`; with only one family configured an
//!   unspecified family becomes that one, and a requested family that is
//!   not configured gives `EAI_NONAME` (when the kernel cannot be asked,
//!   both count as configured).
//! * The addresses are ordered by RFC 6724's precedence rule (rule 6,
//!   the default policy table), stably; that puts `::1` before
//!   `127.0.0.1` and, for a passive null host, `0.0.0.0` before `::`,
//!   as glibc's sort does on a host with both families. The rules that
//!   need a route lookup (source address, scope matching) are not
//!   applied.
use super::parse::{self, IpAddr};
use super::{hosts_by_addr, hosts_by_name, scan};
use crate::heap;
use crate::netinet::r#in::{in6_addr, in6_addr_views, sockaddr_in, sockaddr_in6};
use crate::strtab::{StrTab, marks, packed_len};
use crate::sys::socket::{sockaddr, socklen_t};
use crate::types::*;
use crate::userdb::files::Step;
use core::ptr::null_mut;

const AF_UNSPEC: c_int = 0;
const AF_INET: c_int = syscall::net::AF_INET as c_int;
const AF_INET6: c_int = syscall::net::AF_INET6 as c_int;

pub const AI_PASSIVE: c_int = 0x1;
pub const AI_CANONNAME: c_int = 0x2;
pub const AI_NUMERICHOST: c_int = 0x4;
pub const AI_V4MAPPED: c_int = 0x8;
pub const AI_ALL: c_int = 0x10;
pub const AI_ADDRCONFIG: c_int = 0x20;
pub const AI_NUMERICSERV: c_int = 0x400;
const AI_KNOWN: c_int = AI_PASSIVE
    | AI_CANONNAME
    | AI_NUMERICHOST
    | AI_V4MAPPED
    | AI_ALL
    | AI_ADDRCONFIG
    | AI_NUMERICSERV;

pub const NI_NUMERICHOST: c_int = 1;
pub const NI_NUMERICSERV: c_int = 2;
pub const NI_NOFQDN: c_int = 4;
pub const NI_NAMEREQD: c_int = 8;
pub const NI_DGRAM: c_int = 16;
const NI_KNOWN: c_int = NI_NUMERICHOST | NI_NUMERICSERV | NI_NOFQDN | NI_NAMEREQD | NI_DGRAM;

pub const EAI_BADFLAGS: c_int = -1;
pub const EAI_NONAME: c_int = -2;
pub const EAI_AGAIN: c_int = -3;
pub const EAI_FAIL: c_int = -4;
pub const EAI_NODATA: c_int = -5;
pub const EAI_FAMILY: c_int = -6;
pub const EAI_SOCKTYPE: c_int = -7;
pub const EAI_SERVICE: c_int = -8;
pub const EAI_ADDRFAMILY: c_int = -9;
pub const EAI_MEMORY: c_int = -10;
pub const EAI_SYSTEM: c_int = -11;
pub const EAI_OVERFLOW: c_int = -12;

/// POSIX `struct addrinfo`.
#[repr(C)]
pub struct addrinfo {
    pub ai_flags: c_int,
    pub ai_family: c_int,
    pub ai_socktype: c_int,
    pub ai_protocol: c_int,
    pub ai_addrlen: socklen_t,
    pub ai_addr: *mut sockaddr,
    pub ai_canonname: *mut c_char,
    pub ai_next: *mut addrinfo,
}

// glibc's size (tests-c/netdb_addrinfo.c checks the offsets against glibc).
const _: () = assert!(size_of::<addrinfo>() == if size_of::<usize>() == 8 { 48 } else { 32 });

/// `gai_strerror`'s messages: by `-code` for 0..=11, then -100..=-105
/// (glibc has none for `EAI_OVERFLOW`, nor for 0: "Unknown error").
static GAI_MESSAGES: [&[u8]; 19] = [
    b"",
    b"Bad value for ai_flags\0",
    b"Name or service not known\0",
    b"Temporary failure in name resolution\0",
    b"Non-recoverable failure in name resolution\0",
    b"No address associated with hostname\0",
    b"ai_family not supported\0",
    b"ai_socktype not supported\0",
    b"Servname not supported for ai_socktype\0",
    b"Address family for hostname not supported\0",
    b"Memory allocation failure\0",
    b"System error\0",
    b"Processing request in progress\0",
    b"Request canceled\0",
    b"Request not canceled\0",
    b"All requests done\0",
    b"Interrupted by a signal\0",
    b"Parameter string not correctly encoded\0",
    b"Unknown error\0",
];
static GAI_TABLE: StrTab<19, { packed_len(&GAI_MESSAGES) }, { marks(19) }> =
    StrTab::new(&GAI_MESSAGES);

/// POSIX `gai_strerror`: the message for an `EAI_*` code.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn gai_strerror(code: c_int) -> *const c_char {
    let i = match code {
        -11..=-1 => (-code) as usize,
        -105..=-100 => (-code - 100 + 12) as usize,
        _ => 18,
    };
    GAI_TABLE
        .get(i)
        .or(GAI_TABLE.get(18))
        .map_or(null_mut(), |m| m.as_ptr() as *mut c_char)
}

/// A row of glibc's socket type / protocol table.
struct Row {
    st: c_int,
    pr: c_int,
    /// The protocol's name in `/etc/services`: a range of [`ROW_NAMES`].
    name: (u8, u8),
    /// One of the rows hints of 0 give.
    default: bool,
    /// Any protocol (the raw row).
    any: bool,
}

static ROW_NAMES: [u8; 21] = *b"tcpudpdccpudplitesctp";
const TCP: c_int = syscall::net::IPPROTO_TCP as c_int;
const UDP: c_int = syscall::net::IPPROTO_UDP as c_int;
const STREAM: c_int = syscall::net::SOCK_STREAM as c_int;
const DGRAM: c_int = syscall::net::SOCK_DGRAM as c_int;
const RAW: c_int = syscall::net::SOCK_RAW as c_int;
/// Not in linux-raw-sys (the kernel's `enum sock_type` in `linux/net.h`);
/// `<sys/socket.h>` has the same value.
const SOCK_DCCP: c_int = 6;

static ROWS: [Row; 7] = [
    Row {
        st: STREAM,
        pr: TCP,
        name: (0, 3),
        default: true,
        any: false,
    },
    Row {
        st: DGRAM,
        pr: UDP,
        name: (3, 6),
        default: true,
        any: false,
    },
    Row {
        st: SOCK_DCCP,
        pr: syscall::net::IPPROTO_DCCP as c_int,
        name: (6, 10),
        default: false,
        any: false,
    },
    Row {
        st: DGRAM,
        pr: syscall::net::IPPROTO_UDPLITE as c_int,
        name: (10, 17),
        default: false,
        any: false,
    },
    Row {
        st: STREAM,
        pr: syscall::net::IPPROTO_SCTP as c_int,
        name: (17, 21),
        default: false,
        any: false,
    },
    Row {
        st: syscall::net::SOCK_SEQPACKET as c_int,
        pr: syscall::net::IPPROTO_SCTP as c_int,
        name: (17, 21),
        default: false,
        any: false,
    },
    Row {
        st: RAW,
        pr: 0,
        name: (0, 0),
        default: true,
        any: true,
    },
];

fn row_name(r: &Row) -> &'static [u8] {
    ROW_NAMES
        .get(r.name.0 as usize..r.name.1 as usize)
        .unwrap_or(&[])
}

/// One socket kind to answer with: type, protocol, port (host order).
#[derive(Clone, Copy)]
struct Kind {
    st: c_int,
    pr: c_int,
    port: u16,
}

fn space(c: u8) -> bool {
    c == b' ' || (b'\t'..=b'\r').contains(&c)
}

/// A service string read as `strtoul` reads it, base 10, cut to an
/// `int`; `None` when something follows the number.
pub fn service_number(s: &[u8]) -> Option<c_int> {
    let mut i = s.iter().position(|&c| !space(c)).unwrap_or(s.len());
    let mut neg = false;
    if let Some(&c) = s.get(i)
        && (c == b'+' || c == b'-')
    {
        neg = c == b'-';
        i += 1;
    }
    let digits = s[i.min(s.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits == 0 {
        return s.is_empty().then_some(0);
    }
    if i + digits != s.len() {
        return None;
    }
    let mut v: c_ulong = 0;
    let mut over = false;
    for &c in &s[i..] {
        match v
            .checked_mul(10)
            .and_then(|x| x.checked_add(c_ulong::from(c - b'0')))
        {
            Some(x) => v = x,
            None => over = true,
        }
    }
    if over {
        v = c_ulong::MAX;
    } else if neg {
        v = v.wrapping_neg();
    }
    Some(v as c_int)
}

/// The port of service `name` for protocol `proto` in `/etc/services`.
fn service_port(name: &[u8], proto: &[u8]) -> Option<u16> {
    let mut port = None;
    // SAFETY: reads the file.
    let _ = unsafe {
        scan(super::SERVICES_FILE, |l| {
            if let Some(s) = parse::serv(l)
                && s.proto == proto
                && parse::named(s.name, s.aliases, name, false)
            {
                port = Some(s.port);
                return true;
            }
            false
        })
    };
    port
}

/// The socket kinds to answer with, or an `EAI_*` code.
fn kinds(
    service: Option<&[u8]>,
    flags: c_int,
    st: c_int,
    pr: c_int,
    out: &mut [Kind; 3],
) -> Result<usize, c_int> {
    let mut rows: [Option<&Row>; 3] = [None; 3];
    let mut n = 0;
    if st != 0 || pr != 0 {
        let r = ROWS
            .iter()
            .find(|r| (st == 0 || st == r.st) && (pr == 0 || pr == r.pr || r.any))
            .ok_or(EAI_SOCKTYPE)?;
        if service.is_some() && r.any {
            return Err(EAI_SERVICE);
        }
        rows[0] = Some(r);
        n = 1;
    } else {
        for r in ROWS.iter().filter(|r| r.default) {
            rows[n] = Some(r);
            n += 1;
        }
    }
    let num = match service {
        None => Some(0),
        Some(s) => match service_number(s) {
            Some(v) if v >= 0 => Some(v as u16),
            Some(_) => None,
            None if flags & AI_NUMERICSERV != 0 => return Err(EAI_NONAME),
            None => None,
        },
    };
    let mut k = 0;
    for r in rows.iter().take(n).flatten() {
        let port = match (num, service) {
            (Some(p), _) => p,
            (None, Some(s)) => match service_port(s, row_name(r)) {
                Some(p) => p,
                None => continue,
            },
            (None, None) => 0,
        };
        out[k] = Kind {
            st: r.st,
            pr: if r.any { pr } else { r.pr },
            port,
        };
        k += 1;
    }
    if k == 0 {
        return Err(EAI_SERVICE);
    }
    Ok(k)
}

/// An answer address: the address and its IPv6 scope.
#[derive(Clone, Copy)]
struct Dest {
    addr: IpAddr,
    scope: u32,
}

/// A numeric host: IPv4 as `inet_aton` (all of it), or IPv6 with an
/// optional `%scope` (a number, or a link-local address's interface).
fn numeric_host(s: &[u8]) -> Option<Dest> {
    if !s.iter().any(|&c| space(c))
        && let Some(v) = crate::arpa::inet::aton(s)
    {
        return Some(Dest {
            addr: IpAddr::V4(v.to_be_bytes()),
            scope: 0,
        });
    }
    let (a, scope) = match s.iter().position(|&c| c == b'%') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let v = crate::arpa::inet::parse6(a)?;
    let scope = match scope {
        None => 0,
        Some(sc) if !sc.is_empty() && sc.iter().all(u8::is_ascii_digit) => {
            let mut v: u32 = 0;
            for &c in sc {
                v = v.checked_mul(10)?.checked_add(u32::from(c - b'0'))?;
            }
            v
        }
        // An interface name, for a link-local address only (glibc).
        Some(sc) if link_local(&v) => if_index(sc)?,
        Some(_) => return None,
    };
    Some(Dest {
        addr: IpAddr::V6(v),
        scope,
    })
}

/// A link-local unicast (`fe80::/10`) or multicast (`ffx2::/16`)
/// address: the ones whose scope is written as an interface name.
fn link_local(b: &[u8; 16]) -> bool {
    (b[0] == 0xfe && b[1] & 0xc0 == 0x80) || (b[0] == 0xff && b[1] & 0x0f == 0x02)
}

/// `struct ifreq`: the name, then the index (40 bytes on LP64, 32 on
/// ILP32; the larger is given to the kernel on every arch).
#[repr(C, align(8))]
struct IfReq([u8; 40]);

/// Asks the kernel about an interface (`SIOCGIFINDEX`, `SIOCGIFNAME`).
fn ifreq(req: u32, r: &mut IfReq) -> bool {
    // SAFETY: plain socket calls; r is a writable ifreq.
    unsafe {
        let fd = crate::sys::socket::socket(
            syscall::net::AF_UNIX as c_int,
            (syscall::net::SOCK_DGRAM | syscall::nr::O_CLOEXEC) as c_int,
            0,
        );
        if fd < 0 {
            return false;
        }
        let rv = sys!(__NR_ioctl, fd, req, r.0.as_mut_ptr());
        crate::unistd::close_nocancel(fd);
        rv >= 0
    }
}

/// An interface's index from its name, as `if_nametoindex`.
fn if_index(name: &[u8]) -> Option<u32> {
    if name.is_empty() || name.len() >= 16 || name.contains(&0) {
        return None;
    }
    let mut r = IfReq([0; 40]);
    r.0[..name.len()].copy_from_slice(name);
    if !ifreq(syscall::ioctl::SIOCGIFINDEX, &mut r) {
        return None;
    }
    let i = u32::from_ne_bytes([r.0[16], r.0[17], r.0[18], r.0[19]]);
    (i != 0).then_some(i)
}

/// An interface's name from its index, as `if_indextoname`.
fn if_name(index: u32, out: &mut [u8; 16]) -> Option<usize> {
    let mut r = IfReq([0; 40]);
    r.0[16..20].copy_from_slice(&index.to_ne_bytes());
    if !ifreq(syscall::ioctl::SIOCGIFNAME, &mut r) {
        return None;
    }
    let n = r.0[..16].iter().position(|&c| c == 0)?;
    out[..n].copy_from_slice(&r.0[..n]);
    Some(n)
}

fn mapped(a: [u8; 4]) -> IpAddr {
    let mut b = [0u8; 16];
    b[10] = 0xff;
    b[11] = 0xff;
    b[12..].copy_from_slice(&a);
    IpAddr::V6(b)
}

/// RFC 6724's default precedence of an address (IPv4 as mapped).
pub fn precedence(a: &IpAddr) -> u8 {
    let b = match a {
        IpAddr::V4(_) => return 35,
        IpAddr::V6(b) => b,
    };
    let zero = |r: core::ops::Range<usize>| b[r].iter().all(|&x| x == 0);
    if zero(0..15) && b[15] == 1 {
        50
    } else if zero(0..10) && b[10] == 0xff && b[11] == 0xff {
        35
    } else if b[0] == 0x20 && b[1] == 0x02 {
        30
    } else if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0 {
        5
    } else if b[0] & 0xfe == 0xfc {
        3
    } else if zero(0..12) || (b[0] == 0xfe && b[1] & 0xc0 == 0xc0) || (b[0] == 0x3f && b[1] == 0xfe)
    {
        1
    } else {
        40
    }
}

/// Whether an IPv4 and an IPv6 address other than the loopback ones are
/// configured, from the kernel's `RTM_GETADDR` dump; both when the dump
/// cannot be had.
fn configured() -> (bool, bool) {
    use syscall::netlink as nl;
    // SAFETY: a plain socket call.
    let fd = unsafe {
        crate::sys::socket::socket(
            syscall::net::AF_NETLINK as c_int,
            (syscall::net::SOCK_RAW | syscall::nr::O_CLOEXEC) as c_int,
            nl::NETLINK_ROUTE as c_int,
        )
    };
    if fd < 0 {
        return (true, true);
    }
    let r = dump(fd);
    crate::unistd::close_nocancel(fd);
    r.unwrap_or((true, true))
}

fn dump(fd: c_int) -> Option<(bool, bool)> {
    use syscall::netlink as nl;
    const HDR: usize = size_of::<nl::nlmsghdr>();
    const IFA: usize = size_of::<nl::ifaddrmsg>();
    // nlmsghdr + rtgenmsg, padded to 4.
    let mut req = [0u8; HDR + 4];
    let h = nl::nlmsghdr {
        nlmsg_len: req.len() as u32,
        nlmsg_type: nl::RTM_GETADDR as u16,
        nlmsg_flags: (nl::NLM_F_REQUEST | nl::NLM_F_DUMP) as u16,
        nlmsg_seq: 1,
        nlmsg_pid: 0,
    };
    // SAFETY: nlmsghdr is plain data of HDR bytes.
    let hb = unsafe { core::slice::from_raw_parts(&h as *const _ as *const u8, HDR) };
    req[..HDR].copy_from_slice(hb);
    req[HDR] = AF_UNSPEC as u8;
    // SAFETY: our buffer; a null address is the kernel's.
    let n =
        unsafe { crate::sys::socket::send_nocancel(fd, req.as_ptr() as *const c_void, req.len()) };
    if n != req.len() as isize {
        return None;
    }
    let (mut v4, mut v6) = (false, false);
    let mut buf = [0u8; 8192];
    let rd16 = |b: &[u8], at: usize| u16::from_ne_bytes([b[at], b[at + 1]]);
    loop {
        // SAFETY: our buffer of its length.
        let n = unsafe {
            crate::sys::socket::recv_nocancel(fd, buf.as_mut_ptr() as *mut c_void, buf.len())
        };
        if n <= 0 {
            return None;
        }
        let b = &buf[..n as usize];
        let mut off = 0;
        while off + HDR <= b.len() {
            let len = u32::from_ne_bytes([b[off], b[off + 1], b[off + 2], b[off + 3]]) as usize;
            let ty = u32::from(rd16(b, off + 4));
            if len < HDR || len > b.len() - off {
                return None;
            }
            match ty {
                nl::NLMSG_DONE => return Some((v4, v6)),
                nl::NLMSG_ERROR => return None,
                t if t == nl::RTM_NEWADDR as u32 && len >= HDR + IFA => {
                    let fam = c_int::from(b[off + HDR]);
                    let end = off + len;
                    let mut a = off + HDR + IFA;
                    while a + 4 <= end {
                        let rl = rd16(b, a) as usize;
                        let rt = u32::from(rd16(b, a + 2));
                        if rl < 4 || rl > end - a {
                            break;
                        }
                        if rt == nl::IFA_ADDRESS as u32 || rt == nl::IFA_LOCAL as u32 {
                            let d = &b[a + 4..a + rl];
                            if fam == AF_INET && d.len() == 4 && d != [127, 0, 0, 1] {
                                v4 = true;
                            }
                            if fam == AF_INET6
                                && d.len() == 16
                                && !(d[..15].iter().all(|&x| x == 0) && d[15] == 1)
                            {
                                v6 = true;
                            }
                        }
                        a += (rl + 3) & !3;
                    }
                }
                _ => {}
            }
            off += (len + 3) & !3;
        }
    }
}

/// The addresses of a host the hints' family takes (IPv4 ones mapped
/// for `AF_INET6` with `AI_V4MAPPED`: when there is no IPv6 one, or all
/// of them with `AI_ALL`).
fn take_family(
    addrs: &[IpAddr],
    fam: c_int,
    flags: c_int,
    dests: &mut heap::Vec<Dest>,
) -> Result<(), c_int> {
    let has6 = addrs.iter().any(|a| matches!(a, IpAddr::V6(_)));
    for a in addrs {
        let d = match (*a, fam) {
            (IpAddr::V4(v), AF_INET6) => {
                if flags & AI_V4MAPPED != 0 && (!has6 || flags & AI_ALL != 0) {
                    mapped(v)
                } else {
                    continue;
                }
            }
            (IpAddr::V6(_), AF_INET) => continue,
            (a, _) => a,
        };
        dests
            .push(Dest { addr: d, scope: 0 })
            .map_err(|_| EAI_MEMORY)?;
    }
    Ok(())
}

/// Frees a list from `getaddrinfo`.
///
/// # Safety
/// `ai` is null or a list `getaddrinfo` gave.
unsafe fn free_list(mut ai: *mut addrinfo) {
    while !ai.is_null() {
        // SAFETY: each node is one allocation of ours.
        unsafe {
            let next = (*ai).ai_next;
            heap::free(ai as *mut c_void);
            ai = next;
        }
    }
}

/// POSIX `freeaddrinfo`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn freeaddrinfo(ai: *mut addrinfo) {
    // SAFETY: the caller's list.
    unsafe { free_list(ai) }
}

/// A node: the `addrinfo`, its socket address, and (first node only) the
/// canonical name, in one allocation.
unsafe fn new_node(d: &Dest, k: &Kind, flags: c_int, canon: Option<&[u8]>) -> *mut addrinfo {
    let head = size_of::<addrinfo>();
    let sa = size_of::<sockaddr_in6>();
    let extra = canon.map_or(0, |c| c.len() + 1);
    // SAFETY: a fresh allocation, filled in full before use.
    unsafe {
        let p = heap::calloc(1, head + sa + extra) as *mut u8;
        if p.is_null() {
            return null_mut();
        }
        let ai = p as *mut addrinfo;
        let sap = p.add(head);
        let (fam, len) = match d.addr {
            IpAddr::V4(a) => {
                let s = sockaddr_in {
                    sin_family: AF_INET as u16,
                    sin_port: k.port.to_be(),
                    sin_addr: crate::netinet::r#in::in_addr {
                        s_addr: u32::from_ne_bytes(a),
                    },
                    sin_zero: [0; 8],
                };
                (sap as *mut sockaddr_in).write(s);
                (AF_INET, size_of::<sockaddr_in>())
            }
            IpAddr::V6(a) => {
                let s = sockaddr_in6 {
                    sin6_family: AF_INET6 as u16,
                    sin6_port: k.port.to_be(),
                    sin6_flowinfo: 0,
                    sin6_addr: in6_addr {
                        __in6_u: in6_addr_views { __u6_addr8: a },
                    },
                    sin6_scope_id: d.scope,
                };
                (sap as *mut sockaddr_in6).write(s);
                (AF_INET6, size_of::<sockaddr_in6>())
            }
        };
        let cn = match canon {
            Some(c) => {
                let cp = sap.add(sa);
                core::ptr::copy_nonoverlapping(c.as_ptr(), cp, c.len());
                *cp.add(c.len()) = 0;
                cp as *mut c_char
            }
            None => null_mut(),
        };
        ai.write(addrinfo {
            ai_flags: flags,
            ai_family: fam,
            ai_socktype: k.st,
            ai_protocol: k.pr,
            ai_addrlen: len as socklen_t,
            ai_addr: sap as *mut sockaddr,
            ai_canonname: cn,
            ai_next: null_mut(),
        });
        ai
    }
}

/// POSIX `getaddrinfo`: the addresses of `node` and port of `service`
/// as `hints` asks (null hints: glibc's `AI_V4MAPPED | AI_ADDRCONFIG`,
/// any family and socket type). 0 with a list in `*res`, or an `EAI_*`
/// code.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getaddrinfo(
    node: *const c_char,
    service: *const c_char,
    hints: *const addrinfo,
    res: *mut *mut addrinfo,
) -> c_int {
    // SAFETY: the caller's strings, hints and result pointer.
    unsafe {
        let (flags, fam, st, pr) = if hints.is_null() {
            (AI_V4MAPPED | AI_ADDRCONFIG, AF_UNSPEC, 0, 0)
        } else {
            let h = &*hints;
            (h.ai_flags, h.ai_family, h.ai_socktype, h.ai_protocol)
        };
        let node = super::opt(node);
        let service = super::opt(service);
        match gai(node, service, flags, fam, st, pr) {
            Ok(list) => {
                *res = list;
                0
            }
            Err(e) => e,
        }
    }
}

fn gai(
    node: Option<&[u8]>,
    service: Option<&[u8]>,
    flags: c_int,
    fam: c_int,
    st: c_int,
    pr: c_int,
) -> Result<*mut addrinfo, c_int> {
    if flags & !AI_KNOWN != 0 {
        return Err(EAI_BADFLAGS);
    }
    if node.is_none() && service.is_none() {
        return Err(EAI_NONAME);
    }
    if flags & AI_CANONNAME != 0 && node.is_none() {
        return Err(EAI_BADFLAGS);
    }
    if fam != AF_UNSPEC && fam != AF_INET && fam != AF_INET6 {
        return Err(EAI_FAMILY);
    }
    let mut fam = fam;
    if flags & AI_ADDRCONFIG != 0 {
        let (v4, v6) = configured();
        if fam == AF_UNSPEC {
            if v4 != v6 {
                fam = if v4 { AF_INET } else { AF_INET6 };
            }
        } else if (fam == AF_INET && !v4) || (fam == AF_INET6 && !v6) {
            return Err(EAI_NONAME);
        }
    }
    let mut ks = [Kind {
        st: 0,
        pr: 0,
        port: 0,
    }; 3];
    let nk = kinds(service, flags, st, pr, &mut ks)?;
    let ks = &ks[..nk];

    let mut dests: heap::Vec<Dest> = heap::Vec::new();
    let mut canon: Option<heap::Vec<u8>> = None;
    let push = |v: &mut heap::Vec<Dest>, a: IpAddr, scope: u32| {
        v.push(Dest { addr: a, scope }).map_err(|_| EAI_MEMORY)
    };
    match node {
        None => {
            let passive = flags & AI_PASSIVE != 0;
            let (v4, v6) = if passive {
                ([0u8; 4], [0u8; 16])
            } else {
                let mut l = [0u8; 16];
                l[15] = 1;
                ([127, 0, 0, 1], l)
            };
            if fam != AF_INET {
                push(&mut dests, IpAddr::V6(v6), 0)?;
            }
            if fam != AF_INET6 {
                push(&mut dests, IpAddr::V4(v4), 0)?;
            }
        }
        Some(n) => {
            if let Some(d) = numeric_host(n) {
                match (d.addr, fam) {
                    (IpAddr::V4(a), AF_INET6) if flags & AI_V4MAPPED != 0 => {
                        push(&mut dests, mapped(a), 0)?
                    }
                    (IpAddr::V4(_), AF_INET6) | (IpAddr::V6(_), AF_INET) => {
                        return Err(EAI_ADDRFAMILY);
                    }
                    _ => push(&mut dests, d.addr, d.scope)?,
                }
                if flags & AI_CANONNAME != 0 {
                    let mut c = heap::Vec::new();
                    c.extend_from_slice(n).map_err(|_| EAI_MEMORY)?;
                    canon = Some(c);
                }
            } else {
                if flags & AI_NUMERICHOST != 0 {
                    return Err(EAI_NONAME);
                }
                let f = hosts_by_name(n, |_| true).map_err(|_| EAI_SYSTEM)?;
                let mut cname: heap::Vec<u8> = heap::Vec::new();
                cname.extend_from_slice(f.name()).map_err(|_| EAI_MEMORY)?;
                take_family(f.addrs.as_slice(), fam, flags, &mut dests)?;
                if dests.is_empty() {
                    // Not in the files (for this family): DNS.
                    let want_a = fam != AF_INET6 || flags & AI_V4MAPPED != 0;
                    let want_aaaa = fam != AF_INET;
                    let mut got: heap::Vec<IpAddr> = heap::Vec::new();
                    let mut oom = false;
                    let o = super::dns::resolve(n, want_a, want_aaaa, &mut cname, &mut |a| {
                        oom |= got.push(a).is_err();
                    });
                    if oom {
                        return Err(EAI_MEMORY);
                    }
                    match o {
                        super::dns::Outcome::Found => {
                            take_family(got.as_slice(), fam, flags, &mut dests)?
                        }
                        super::dns::Outcome::NoName => return Err(EAI_NONAME),
                        super::dns::Outcome::Again => return Err(EAI_AGAIN),
                    }
                }
                if dests.is_empty() {
                    return Err(EAI_NONAME);
                }
                if flags & AI_CANONNAME != 0 {
                    canon = Some(cname);
                }
            }
        }
    }
    // RFC 6724 rule 6, stable (an insertion sort: the lists are short).
    let d = dests.as_mut_slice();
    for i in 1..d.len() {
        let mut j = i;
        while j > 0 && precedence(&d[j - 1].addr) < precedence(&d[j].addr) {
            d.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut head: *mut addrinfo = null_mut();
    let mut tail: *mut *mut addrinfo = &mut head;
    for dst in dests.as_slice() {
        for k in ks {
            let c = if head.is_null() {
                canon.as_ref().map(|c| c.as_slice())
            } else {
                None
            };
            // SAFETY: a fresh node, linked at the tail.
            unsafe {
                let p = new_node(dst, k, flags, c);
                if p.is_null() {
                    free_list(head);
                    return Err(EAI_MEMORY);
                }
                *tail = p;
                tail = &mut (*p).ai_next;
            }
        }
    }
    Ok(head)
}

/// Copies `s` and a NUL into the caller's `len` bytes at `dst`, or
/// `EAI_OVERFLOW`.
unsafe fn put(dst: *mut c_char, len: socklen_t, s: &[u8]) -> Result<(), c_int> {
    if s.len() >= len as usize {
        return Err(EAI_OVERFLOW);
    }
    // SAFETY: the caller's buffer holds len bytes, more than s.
    unsafe {
        core::ptr::copy_nonoverlapping(s.as_ptr(), dst as *mut u8, s.len());
        *dst.add(s.len()) = 0;
    }
    Ok(())
}

/// The local domain: what follows the first dot of the host name, or of
/// its canonical name in `/etc/hosts`.
pub(super) fn local_domain(out: &mut [u8; 256]) -> usize {
    let mut u = core::mem::MaybeUninit::<crate::sys::utsname::utsname>::zeroed();
    // SAFETY: a writable utsname.
    if unsafe { crate::sys::utsname::uname(u.as_mut_ptr()) } != 0 {
        return 0;
    }
    // SAFETY: filled by uname (NUL-terminated).
    let u = unsafe { u.assume_init() };
    let node: &[u8] = {
        let n = &u.nodename;
        let l = n.iter().position(|&c| c == 0).unwrap_or(n.len());
        // SAFETY: c_char and u8 have one layout.
        unsafe { core::slice::from_raw_parts(n.as_ptr() as *const u8, l) }
    };
    let mut take = |name: &[u8]| -> Option<usize> {
        let i = name.iter().position(|&c| c == b'.')?;
        let d = &name[i + 1..];
        let n = d.len().min(out.len());
        out[..n].copy_from_slice(&d[..n]);
        Some(n)
    };
    if let Some(n) = take(node) {
        return n;
    }
    match hosts_by_name(node, |_| true) {
        Ok(f) if !f.addrs.is_empty() => take(f.name()).unwrap_or(0),
        _ => 0,
    }
}

/// The text of an address (IPv6 with `%scope` when it has one).
fn numeric_text(a: &IpAddr, scope: u32, out: &mut [u8; 64]) -> usize {
    let mut buf = [0 as c_char; 64];
    let (fam, src) = match a {
        IpAddr::V4(b) => (AF_INET, b.as_ptr()),
        IpAddr::V6(b) => (AF_INET6, b.as_ptr()),
    };
    // SAFETY: an address of the family; a 64-byte buffer.
    let r =
        unsafe { crate::arpa::inet::inet_ntop(fam, src as *const c_void, buf.as_mut_ptr(), 64) };
    if r.is_null() {
        return 0;
    }
    let mut n = buf.iter().position(|&c| c == 0).unwrap_or(0);
    for (o, &c) in out.iter_mut().zip(buf[..n].iter()) {
        *o = c as u8;
    }
    if scope != 0 {
        out[n] = b'%';
        n += 1;
        let mut name = [0u8; 16];
        let mut d = [0u8; 20];
        let ll = matches!(a, IpAddr::V6(b) if link_local(b));
        let s = match ll.then(|| if_name(scope, &mut name)).flatten() {
            Some(k) => &name[..k],
            None => crate::kernel::decimal(u64::from(scope), &mut d),
        };
        out[n..n + s.len()].copy_from_slice(s);
        n += s.len();
    }
    n
}

/// POSIX `getnameinfo`: the host and service names of a socket address,
/// from `/etc/hosts` and `/etc/services` (numeric when not found, unless
/// `NI_NAMEREQD`); `EAI_OVERFLOW` when a buffer is too small,
/// `EAI_FAMILY` for a short address or another family.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getnameinfo(
    sa: *const sockaddr,
    salen: socklen_t,
    host: *mut c_char,
    hostlen: socklen_t,
    serv: *mut c_char,
    servlen: socklen_t,
    flags: c_int,
) -> c_int {
    if flags & !NI_KNOWN != 0 {
        return EAI_BADFLAGS;
    }
    if sa.is_null() || (salen as usize) < size_of::<u16>() {
        return EAI_FAMILY;
    }
    // SAFETY: the caller's address of salen bytes, its family checked
    // against its length before the rest is read.
    let (addr, scope, port) = unsafe {
        match c_int::from((*sa).sa_family) {
            AF_INET if salen as usize >= size_of::<sockaddr_in>() => {
                let s = &*(sa as *const sockaddr_in);
                (
                    IpAddr::V4(s.sin_addr.s_addr.to_ne_bytes()),
                    0,
                    u16::from_be(s.sin_port),
                )
            }
            AF_INET6 if salen as usize >= size_of::<sockaddr_in6>() => {
                let s = &*(sa as *const sockaddr_in6);
                (
                    IpAddr::V6(s.sin6_addr.__in6_u.__u6_addr8),
                    s.sin6_scope_id,
                    u16::from_be(s.sin6_port),
                )
            }
            _ => return EAI_FAMILY,
        }
    };
    if !host.is_null() && hostlen > 0 {
        let mut name: Option<heap::Vec<u8>> = None;
        if flags & NI_NUMERICHOST == 0 {
            let r = hosts_by_addr(&addr, |h| {
                let mut v = heap::Vec::new();
                if v.extend_from_slice(h.name).is_err() {
                    return Step::Range;
                }
                name = Some(v);
                Step::Done
            });
            if matches!(r, Ok(Step::Range)) {
                return EAI_MEMORY;
            }
            if name.is_none() {
                // Not in the files: a PTR lookup.
                let mut v = heap::Vec::new();
                if super::dns::reverse(&addr, &mut v) == super::dns::Outcome::Found {
                    name = Some(v);
                }
            }
        }
        let r = match name {
            Some(mut n) => {
                if flags & NI_NOFQDN != 0 {
                    let mut d = [0u8; 256];
                    let dl = local_domain(&mut d);
                    let dom = &d[..dl];
                    let s = n.as_slice();
                    if dl > 0
                        && let Some(i) =
                            (1..s.len()).find(|&i| s[i - 1] == b'.' && s[i..].starts_with(dom))
                    {
                        n.truncate(i - 1);
                    }
                }
                // SAFETY: the caller's buffer of hostlen bytes.
                unsafe { put(host, hostlen, n.as_slice()) }
            }
            None if flags & NI_NAMEREQD != 0 => return EAI_NONAME,
            None => {
                let mut t = [0u8; 64];
                let n = numeric_text(&addr, scope, &mut t);
                // SAFETY: the caller's buffer of hostlen bytes.
                unsafe { put(host, hostlen, &t[..n]) }
            }
        };
        if let Err(e) = r {
            return e;
        }
    }
    if !serv.is_null() && servlen > 0 {
        let mut name: Option<heap::Vec<u8>> = None;
        if flags & NI_NUMERICSERV == 0 {
            let proto = if flags & NI_DGRAM != 0 {
                &ROW_NAMES[3..6]
            } else {
                &ROW_NAMES[0..3]
            };
            // SAFETY: reads the file.
            let _ = unsafe {
                scan(super::SERVICES_FILE, |l| {
                    if let Some(s) = parse::serv(l)
                        && s.port == port
                        && s.proto == proto
                    {
                        let mut v = heap::Vec::new();
                        if v.extend_from_slice(s.name).is_ok() {
                            name = Some(v);
                        }
                        return true;
                    }
                    false
                })
            };
        }
        let r = match name {
            // SAFETY: the caller's buffer of servlen bytes.
            Some(n) => unsafe { put(serv, servlen, n.as_slice()) },
            None => {
                let mut d = [0u8; 20];
                let s = crate::kernel::decimal(u64::from(port), &mut d);
                // SAFETY: as above.
                unsafe { put(serv, servlen, s) }
            }
        };
        if let Err(e) = r {
            return e;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services() {
        assert_eq!(service_number(b"80"), Some(80));
        assert_eq!(service_number(b""), Some(0));
        assert_eq!(service_number(b" 80"), Some(80));
        assert_eq!(service_number(b"+80"), Some(80));
        assert_eq!(service_number(b"-1"), Some(-1));
        assert_eq!(service_number(b"65536"), Some(65536));
        assert_eq!(service_number(b"80 "), None);
        assert_eq!(service_number(b"http"), None);
        assert_eq!(service_number(b" "), None);
        assert_eq!(service_number(b"+"), None);
    }

    #[test]
    fn numeric_hosts() {
        assert!(matches!(
            numeric_host(b"1.2.3").unwrap().addr,
            IpAddr::V4([1, 2, 0, 3])
        ));
        assert!(numeric_host(b"127.0.0.1 ").is_none());
        assert!(numeric_host(b"localhost").is_none());
        let d = numeric_host(b"fe80::1%7").unwrap();
        assert_eq!(d.scope, 7);
        assert!(numeric_host(b"fe80::1%").is_none());
        assert!(numeric_host(b"::1::").is_none());
    }

    #[test]
    fn precedences() {
        let l = numeric_host(b"::1").unwrap().addr;
        let any = numeric_host(b"::").unwrap().addr;
        let v4 = IpAddr::V4([127, 0, 0, 1]);
        assert!(precedence(&l) > precedence(&v4));
        assert!(precedence(&v4) > precedence(&any));
        assert_eq!(precedence(&numeric_host(b"2001:0:1::1").unwrap().addr), 5);
        assert_eq!(precedence(&numeric_host(b"2001:db8::1").unwrap().addr), 40);
        assert_eq!(precedence(&numeric_host(b"2a00::1").unwrap().addr), 40);
    }
}
