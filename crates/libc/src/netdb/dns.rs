//! The DNS stub resolver behind `getaddrinfo` and `gethostbyname*`:
//! `/etc/resolv.conf`, the query, the exchange with the servers, and the
//! answer's parser.
//!
//! * **Configuration** ([`parse_conf`]): up to three `nameserver`s (IPv4
//!   or IPv6; none means 127.0.0.1), `search`/`domain` (the last one
//!   wins; none means the host name's domain), `options ndots:` (at most
//!   15) `timeout:` (seconds, at most 30) `attempts:` (at most 5)
//!   `rotate`, glibc's defaults (1, 5, 2).
//! * **Names tried**: a name ending in a dot as it is; otherwise, with at
//!   least `ndots` dots, as it is and then with each search domain;
//!   with fewer, the search domains first.
//! * **Exchange**: A and AAAA queries over UDP (a connected socket, so
//!   only the server's answers arrive) with an ID from `getrandom`; an
//!   answer with another ID, a question that is not ours or a packet that
//!   does not parse is dropped and the wait goes on (a packet shorter
//!   than a header ends the wait on that server); a truncated answer
//!   is asked again over TCP; silence past the timeout moves to the next
//!   server, `attempts` rounds in all.
//! * **Parser** ([`parse_answer`]): checked offsets on a byte slice, name
//!   compression followed at most 64 times and only to earlier bytes,
//!   names at most 255 bytes; the answer records of the question's type
//!   and class IN are taken, CNAMEs are followed as the answer's own
//!   order gives them.
use super::parse::{IpAddr, words};
use crate::heap;
use crate::types::*;

pub const A: u16 = 1;
pub const AAAA: u16 = 28;
pub const PTR: u16 = 12;
const CNAME: u16 = 5;

/// A record an answer gives: an address (A, AAAA) or a name (PTR, in
/// wire form).
pub enum Rec<'a> {
    Addr(IpAddr),
    Name(&'a [u8]),
}
const CLASS_IN: u16 = 1;

/// What `/etc/resolv.conf` says.
pub struct Conf {
    pub ns: [IpAddr; 3],
    /// Each server's port (53 from the file; `res_send` takes the
    /// caller's from `_res.nsaddr_list`).
    pub port: [u16; 3],
    pub nns: usize,
    /// The search domains, NUL-separated.
    pub search: [u8; 256],
    pub search_len: usize,
    pub ndots: u32,
    pub timeout: u32,
    pub attempts: u32,
    pub rotate: bool,
    /// Queries over TCP only (`RES_USEVC`).
    pub usevc: bool,
    /// A truncated UDP answer is the answer (`RES_IGNTC`).
    pub igntc: bool,
}

fn num_opt(w: &[u8], key: &[u8], max: u32) -> Option<u32> {
    let v = w.strip_prefix(key)?;
    let mut n: u32 = 0;
    for &c in v {
        if !c.is_ascii_digit() {
            break;
        }
        n = n.saturating_mul(10).saturating_add(u32::from(c - b'0'));
    }
    Some(n.min(max))
}

/// Parses the text of `/etc/resolv.conf`.
pub fn parse_conf(text: &[u8]) -> Conf {
    let mut c = Conf {
        ns: [IpAddr::V4([127, 0, 0, 1]); 3],
        port: [53; 3],
        nns: 0,
        search: [0; 256],
        search_len: 0,
        ndots: 1,
        timeout: 5,
        attempts: 2,
        rotate: false,
        usevc: false,
        igntc: false,
    };
    for line in text.split(|&b| b == b'\n') {
        let line = match line.iter().position(|&b| b == b'#' || b == b';') {
            Some(i) => &line[..i],
            None => line,
        };
        let mut w = words(line);
        let Some(key) = w.next() else { continue };
        match key {
            b"nameserver" => {
                if let Some(a) = w.next()
                    && c.nns < 3
                {
                    let a = match crate::arpa::inet::parse4(a) {
                        Some(v) => Some(IpAddr::V4(v)),
                        None => crate::arpa::inet::parse6(a).map(IpAddr::V6),
                    };
                    if let Some(a) = a {
                        c.ns[c.nns] = a;
                        c.nns += 1;
                    }
                }
            }
            b"domain" | b"search" => {
                c.search_len = 0;
                let max = if key == b"domain" { 1 } else { 6 };
                for d in w.take(max) {
                    let d = d.strip_suffix(b".").unwrap_or(d);
                    if d.is_empty() || c.search_len + d.len() + 1 > c.search.len() {
                        continue;
                    }
                    c.search[c.search_len..c.search_len + d.len()].copy_from_slice(d);
                    c.search[c.search_len + d.len()] = 0;
                    c.search_len += d.len() + 1;
                }
            }
            b"options" => {
                for o in w {
                    if let Some(v) = num_opt(o, b"ndots:", 15) {
                        c.ndots = v;
                    } else if let Some(v) = num_opt(o, b"timeout:", 30) {
                        c.timeout = v.max(1);
                    } else if let Some(v) = num_opt(o, b"attempts:", 5) {
                        c.attempts = v.max(1);
                    } else if o == b"rotate" {
                        c.rotate = true;
                    }
                }
            }
            _ => {}
        }
    }
    if c.nns == 0 {
        c.nns = 1;
    }
    c
}

impl Conf {
    pub fn domains(&self) -> impl Iterator<Item = &[u8]> {
        self.search[..self.search_len]
            .split(|&b| b == 0)
            .filter(|d| !d.is_empty())
    }
}

/// Encodes `name` (one trailing dot allowed) as DNS labels into `out`;
/// its length, or `None` for an empty label, one over 63 bytes, or a
/// name over 255.
pub fn encode_name(name: &[u8], out: &mut [u8]) -> Option<usize> {
    let name = name.strip_suffix(b".").unwrap_or(name);
    if name.is_empty() {
        return None;
    }
    let mut n = 0;
    for l in name.split(|&b| b == b'.') {
        if l.is_empty() || l.len() > 63 {
            return None;
        }
        *out.get_mut(n)? = l.len() as u8;
        out.get_mut(n + 1..n + 1 + l.len())?.copy_from_slice(l);
        n += 1 + l.len();
    }
    *out.get_mut(n)? = 0;
    n += 1;
    (n <= 255).then_some(n)
}

/// A query for `qname` (encoded) of type `qtype`, recursion desired;
/// its length.
pub fn build_query(id: u16, qname: &[u8], qtype: u16, out: &mut [u8; 512]) -> usize {
    out[..12].fill(0);
    out[0..2].copy_from_slice(&id.to_be_bytes());
    out[2] = 0x01; // RD
    out[5] = 1; // QDCOUNT
    let n = 12 + qname.len();
    out[12..n].copy_from_slice(qname);
    out[n..n + 2].copy_from_slice(&qtype.to_be_bytes());
    out[n + 2..n + 4].copy_from_slice(&CLASS_IN.to_be_bytes());
    n + 4
}

fn be16(p: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*p.get(at)?, *p.get(at + 1)?]))
}

/// Reads the (possibly compressed) name at `at` into `out` in its
/// uncompressed wire form; the offset after it and its length.
pub fn read_name(p: &[u8], mut at: usize, out: &mut [u8; 256]) -> Option<(usize, usize)> {
    let mut n = 0;
    let mut after = None;
    let mut jumps = 0;
    loop {
        let len = *p.get(at)? as usize;
        match len & 0xc0 {
            0x00 => {
                if len == 0 {
                    *out.get_mut(n)? = 0;
                    n += 1;
                    return Some((after.unwrap_or(at + 1), n));
                }
                let label = p.get(at + 1..at + 1 + len)?;
                if n + 1 + len + 1 > 256 {
                    return None;
                }
                out[n] = len as u8;
                out[n + 1..n + 1 + len].copy_from_slice(label);
                n += 1 + len;
                at += 1 + len;
            }
            0xc0 => {
                let target = (be16(p, at)? & 0x3fff) as usize;
                jumps += 1;
                if jumps > 64 || target >= at {
                    return None;
                }
                if after.is_none() {
                    after = Some(at + 2);
                }
                at = target;
            }
            _ => return None,
        }
    }
}

/// Two wire-form names equal, ASCII case ignored.
fn same_name(a: &[u8], b: &[u8]) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// What an answer says.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    /// RCODE 0; the addresses went to the callback (maybe none).
    Ok,
    /// NXDOMAIN.
    NoName,
    /// Another RCODE (SERVFAIL, REFUSED …).
    Fail,
    /// The TC bit: ask again over TCP.
    Truncated,
}

/// Parses `p` as the answer to query `id` for `qname` (wire form) and
/// `qtype`; `None` when it is not that (wrong ID, not a response, a
/// question that is not ours) or does not parse. The addresses of the
/// answer records for the name (or its CNAME chain) go to `found`.
pub fn parse_answer(
    p: &[u8],
    id: u16,
    qname: &[u8],
    qtype: u16,
    mut found: impl FnMut(Rec),
) -> Option<Answer> {
    if p.len() < 12 || be16(p, 0)? != id {
        return None;
    }
    let flags = be16(p, 2)?;
    if flags & 0x8000 == 0 || (flags >> 11) & 0xf != 0 {
        return None;
    }
    if be16(p, 4)? != 1 {
        return None;
    }
    let ancount = be16(p, 6)?;
    let mut name = [0u8; 256];
    let (mut at, n) = read_name(p, 12, &mut name)?;
    if !same_name(&name[..n], qname) || be16(p, at)? != qtype || be16(p, at + 2)? != CLASS_IN {
        return None;
    }
    at += 4;
    if flags & 0x0200 != 0 {
        return Some(Answer::Truncated);
    }
    match flags & 0xf {
        0 => {}
        3 => return Some(Answer::NoName),
        _ => return Some(Answer::Fail),
    }
    // The name the records are for: the question's, then each CNAME's.
    let mut want = [0u8; 256];
    let mut want_len = qname.len();
    want[..want_len].copy_from_slice(qname);
    for _ in 0..ancount {
        let (next, n) = read_name(p, at, &mut name)?;
        let ty = be16(p, next)?;
        let class = be16(p, next + 2)?;
        let rdlen = be16(p, next + 8)? as usize;
        let rd = next + 10;
        let data = p.get(rd..rd + rdlen)?;
        if class == CLASS_IN && same_name(&name[..n], &want[..want_len]) {
            match ty {
                CNAME => {
                    let mut t = [0u8; 256];
                    let (end, tl) = read_name(p, rd, &mut t)?;
                    if end != rd + rdlen {
                        return None;
                    }
                    want[..tl].copy_from_slice(&t[..tl]);
                    want_len = tl;
                }
                A if qtype == A && rdlen == 4 => {
                    found(Rec::Addr(IpAddr::V4([data[0], data[1], data[2], data[3]])));
                }
                AAAA if qtype == AAAA && rdlen == 16 => {
                    let mut b = [0u8; 16];
                    b.copy_from_slice(data);
                    found(Rec::Addr(IpAddr::V6(b)));
                }
                PTR if qtype == PTR => {
                    let mut t = [0u8; 256];
                    let (end, tl) = read_name(p, rd, &mut t)?;
                    if end != rd + rdlen {
                        return None;
                    }
                    found(Rec::Name(&t[..tl]));
                }
                _ => {}
            }
        }
        at = rd + rdlen;
    }
    Some(Answer::Ok)
}

/// How a lookup ended.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Outcome {
    Found,
    NoName,
    /// No server answered (or all failed).
    Again,
}

static RESOLV_CONF: [u8; 17] = *b"/etc/resolv.conf\0";
const RESOLV_CONF_FILE: &core::ffi::CStr = super::c_str(&RESOLV_CONF);

/// Reads `/etc/resolv.conf` (an absent file is an empty one).
pub fn load_conf() -> Conf {
    let mut text: heap::Vec<u8> = heap::Vec::new();
    // SAFETY: reads the file.
    let _ = unsafe {
        super::scan(RESOLV_CONF_FILE, |l| {
            let _ = text.extend_from_slice(l);
            if !l.ends_with(b"\n") {
                let _ = text.push(b'\n');
            }
            false
        })
    };
    let mut c = parse_conf(text.as_slice());
    if c.search_len == 0 {
        let mut d = [0u8; 256];
        let n = super::addrinfo::local_domain(&mut d);
        if n > 0 && n < c.search.len() {
            c.search[..n].copy_from_slice(&d[..n]);
            c.search[n] = 0;
            c.search_len = n + 1;
        }
    }
    c
}

fn random_id() -> u16 {
    let mut b = [0u8; 2];
    // SAFETY: a 2-byte buffer.
    unsafe { crate::sys::random::getrandom(b.as_mut_ptr() as *mut c_void, 2, 0) };
    u16::from_ne_bytes(b)
}

/// A socket address for server `a` at `port`; its length.
fn server_addr(a: &IpAddr, port: u16, out: &mut [u8; 28]) -> (c_int, u32) {
    out.fill(0);
    match a {
        IpAddr::V4(v) => {
            out[0..2].copy_from_slice(&(syscall::net::AF_INET as u16).to_ne_bytes());
            out[2..4].copy_from_slice(&port.to_be_bytes());
            out[4..8].copy_from_slice(v);
            (syscall::net::AF_INET as c_int, 16)
        }
        IpAddr::V6(v) => {
            out[0..2].copy_from_slice(&(syscall::net::AF_INET6 as u16).to_ne_bytes());
            out[2..4].copy_from_slice(&port.to_be_bytes());
            out[8..24].copy_from_slice(v);
            (syscall::net::AF_INET6 as c_int, 28)
        }
    }
}

/// A connected socket to server `a` at `port`, of type `st`.
fn connect_to(a: &IpAddr, port: u16, st: u32) -> Option<c_int> {
    let mut sa = [0u8; 28];
    let (fam, len) = server_addr(a, port, &mut sa);
    // SAFETY: plain socket calls on our own descriptor and buffer.
    unsafe {
        let fd = crate::sys::socket::socket(fam, (st | syscall::nr::O_CLOEXEC) as c_int, 0);
        if fd < 0 {
            return None;
        }
        if crate::sys::socket::connect_nocancel(
            fd,
            sa.as_ptr() as *const crate::sys::socket::sockaddr,
            len,
        ) != 0
        {
            crate::unistd::close_nocancel(fd);
            return None;
        }
        Some(fd)
    }
}

/// Waits up to `ms` for `fd` to be readable.
fn wait(fd: c_int, ms: c_int) -> bool {
    let mut p = crate::poll::pollfd {
        fd,
        events: 1, // POLLIN
        revents: 0,
    };
    // SAFETY: one pollfd of ours.
    unsafe { crate::poll::poll_nocancel(&mut p, 1, ms) > 0 }
}

/// One query over TCP; the answer in `out`.
fn over_tcp(a: &IpAddr, port: u16, q: &[u8], ms: c_int, out: &mut heap::Vec<u8>) -> bool {
    let Some(fd) = connect_to(a, port, syscall::net::SOCK_STREAM) else {
        return false;
    };
    let mut msg: heap::Vec<u8> = heap::Vec::new();
    if msg
        .extend_from_slice(&(q.len() as u16).to_be_bytes())
        .is_err()
        || msg.extend_from_slice(q).is_err()
    {
        crate::unistd::close_nocancel(fd);
        return false;
    }
    let mut ok = false;
    // SAFETY: our descriptor and buffers.
    unsafe {
        let n = crate::sys::socket::send_nocancel(
            fd,
            msg.as_slice().as_ptr() as *const c_void,
            msg.len(),
        );
        if n == msg.len() as isize {
            let mut want = 2usize;
            let mut got: heap::Vec<u8> = heap::Vec::new();
            let mut chunk = [0u8; 1024];
            while got.len() < want && wait(fd, ms) {
                let r = crate::sys::socket::recv_nocancel(
                    fd,
                    chunk.as_mut_ptr() as *mut c_void,
                    chunk.len(),
                );
                if r <= 0 || got.extend_from_slice(&chunk[..r as usize]).is_err() {
                    break;
                }
                if want == 2 && got.len() >= 2 {
                    want = 2 + u16::from_be_bytes([got.as_slice()[0], got.as_slice()[1]]) as usize;
                }
            }
            if want > 2 && got.len() >= want {
                out.truncate(0);
                ok = out.extend_from_slice(&got.as_slice()[2..want]).is_ok();
            }
        }
        crate::unistd::close_nocancel(fd);
    }
    ok
}

/// Sends query `q` to the servers as the module notes say: a fresh
/// random ID per try (written into `q`), `attempts` rounds over the
/// servers from `start`, UDP unless `usevc` or the query is over 512
/// bytes. A packet counts when `judge` (given it and the try's ID)
/// accepts it; a truncated one is asked again over TCP unless `igntc`,
/// a failed one (SERVFAIL, REFUSED …) moves to the next server. The
/// answer is left in `out` with its verdict: `None` when no server
/// answered, `Some(Fail)` when all that did failed (the last answer in
/// `out`).
pub fn exchange(
    conf: &Conf,
    q: &mut [u8],
    start: usize,
    judge: &mut dyn FnMut(&[u8], u16) -> Option<Answer>,
    out: &mut heap::Vec<u8>,
) -> Option<Answer> {
    let ms = (conf.timeout * 1000) as c_int;
    let tcp_only = conf.usevc || q.len() > 512;
    let mut last = None;
    for _ in 0..conf.attempts {
        for k in 0..conf.nns {
            let i = (start + k) % conf.nns;
            let (server, port) = (conf.ns[i], conf.port[i]);
            let id = random_id();
            q[0..2].copy_from_slice(&id.to_be_bytes());
            let mut verdict = None;
            if !tcp_only {
                let Some(fd) = connect_to(&server, port, syscall::net::SOCK_DGRAM) else {
                    continue;
                };
                let mut buf = [0u8; 4096];
                // SAFETY: our descriptor and buffers.
                unsafe {
                    if crate::sys::socket::send_nocancel(fd, q.as_ptr() as *const c_void, q.len())
                        == q.len() as isize
                    {
                        // Drop what is not the answer; a few tries, then move on.
                        for _ in 0..8 {
                            if !wait(fd, ms) {
                                break;
                            }
                            let n = crate::sys::socket::recv_nocancel(
                                fd,
                                buf.as_mut_ptr() as *mut c_void,
                                buf.len(),
                            );
                            // An error, or a packet too short to be DNS: this
                            // server is done with (glibc too).
                            if n < 12 {
                                break;
                            }
                            let pkt = &buf[..n as usize];
                            if let Some(a) = judge(pkt, id) {
                                out.truncate(0);
                                if out.extend_from_slice(pkt).is_ok() {
                                    verdict = Some(a);
                                }
                                break;
                            }
                        }
                    }
                    crate::unistd::close_nocancel(fd);
                }
                match verdict {
                    None => continue,
                    Some(Answer::Truncated) if conf.igntc => verdict = Some(Answer::Ok),
                    _ => {}
                }
            }
            if tcp_only || verdict == Some(Answer::Truncated) {
                let mut tcp: heap::Vec<u8> = heap::Vec::new();
                if !over_tcp(&server, port, q, ms, &mut tcp) {
                    continue;
                }
                match judge(tcp.as_slice(), id) {
                    Some(b) if b != Answer::Truncated || conf.igntc => {
                        out.truncate(0);
                        if out.extend_from_slice(tcp.as_slice()).is_err() {
                            continue;
                        }
                        verdict = Some(if b == Answer::Truncated {
                            Answer::Ok
                        } else {
                            b
                        });
                    }
                    _ => continue,
                }
            }
            match verdict {
                Some(Answer::Fail) => last = Some(Answer::Fail),
                Some(a) => return Some(a),
                None => {}
            }
        }
    }
    last
}

/// Asks the servers for `qname`'s records of `qtype`; the addresses go
/// to `found`.
pub fn lookup(
    conf: &Conf,
    qname: &[u8],
    qtype: u16,
    start: usize,
    found: &mut dyn FnMut(Rec),
) -> Outcome {
    let mut q = [0u8; 512];
    let ql = build_query(0, qname, qtype, &mut q);
    let mut pkt: heap::Vec<u8> = heap::Vec::new();
    let mut judge = |p: &[u8], id: u16| parse_answer(p, id, qname, qtype, |_| {});
    match exchange(conf, &mut q[..ql], start, &mut judge, &mut pkt) {
        Some(Answer::Ok) => {
            let p = pkt.as_slice();
            let id = u16::from_be_bytes([p[0], p[1]]);
            let mut any = false;
            parse_answer(p, id, qname, qtype, |x| {
                any = true;
                found(x)
            });
            if any { Outcome::Found } else { Outcome::NoName }
        }
        Some(Answer::NoName) => Outcome::NoName,
        _ => Outcome::Again,
    }
}

/// Resolves `name` (not found in `/etc/hosts`) for the record types
/// wanted: the names the search rules give are tried in turn until one
/// has addresses. The addresses go to `found`; the name that had them is
/// left in `canon` (wire form is turned back into text).
pub fn resolve(
    name: &[u8],
    want_a: bool,
    want_aaaa: bool,
    canon: &mut heap::Vec<u8>,
    found: &mut dyn FnMut(IpAddr),
) -> Outcome {
    let conf = load_conf();
    let start = if conf.rotate {
        random_id() as usize % conf.nns
    } else {
        0
    };
    let mut enc = [0u8; 256];
    if encode_name(name, &mut enc).is_none() {
        return Outcome::NoName;
    }
    let absolute = name.ends_with(b".");
    let dots = name.iter().filter(|&&c| c == b'.').count() as u32;
    let mut outcome = Outcome::NoName;
    let mut try_name = |full: &[u8]| -> Option<Outcome> {
        let n = encode_name(full, &mut enc)?;
        let mut any = false;
        let mut again = false;
        for (t, on) in [(AAAA, want_aaaa), (A, want_a)] {
            if !on {
                continue;
            }
            let o = lookup(&conf, &enc[..n], t, start, &mut |r| {
                if let Rec::Addr(a) = r {
                    any = true;
                    found(a)
                }
            });
            if o == Outcome::Again {
                again = true;
            }
        }
        if any {
            canon.truncate(0);
            let f = full.strip_suffix(b".").unwrap_or(full);
            let _ = canon.extend_from_slice(f);
            return Some(Outcome::Found);
        }
        Some(if again {
            Outcome::Again
        } else {
            Outcome::NoName
        })
    };
    let mut note = |o: Option<Outcome>| -> bool {
        match o {
            Some(Outcome::Found) => true,
            Some(Outcome::Again) => {
                outcome = Outcome::Again;
                false
            }
            _ => false,
        }
    };
    if absolute {
        return match try_name(name) {
            Some(o) => o,
            None => Outcome::NoName,
        };
    }
    if dots >= conf.ndots && note(try_name(name)) {
        return Outcome::Found;
    }
    for d in conf.domains() {
        let mut full = [0u8; 512];
        let l = name.len() + 1 + d.len();
        if l > full.len() {
            continue;
        }
        full[..name.len()].copy_from_slice(name);
        full[name.len()] = b'.';
        full[name.len() + 1..l].copy_from_slice(d);
        if note(try_name(&full[..l])) {
            return Outcome::Found;
        }
    }
    if dots < conf.ndots && note(try_name(name)) {
        return Outcome::Found;
    }
    outcome
}

/// A wire-form name as host name text (no trailing dot), or `None` for
/// one with a byte a host name does not have.
pub fn name_text(w: &[u8], out: &mut heap::Vec<u8>) -> Option<()> {
    let mut i = 0;
    out.truncate(0);
    while let Some(&l) = w.get(i) {
        if l == 0 {
            break;
        }
        let label = w.get(i + 1..i + 1 + l as usize)?;
        if !label
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        {
            return None;
        }
        if !out.is_empty() {
            out.push(b'.').ok()?;
        }
        out.extend_from_slice(label).ok()?;
        i += 1 + l as usize;
    }
    (!out.is_empty()).then_some(())
}

static HEX: [u8; 16] = *b"0123456789abcdef";
static IN_ADDR_ARPA: [u8; 13] = *b"in-addr.arpa.";
static IP6_ARPA: [u8; 9] = *b"ip6.arpa.";

/// The reverse-lookup name of an address, as text.
pub fn reverse_name(a: &IpAddr, out: &mut [u8; 80]) -> usize {
    let mut n = 0;
    match a {
        IpAddr::V4(b) => {
            for &x in b.iter().rev() {
                let mut d = [0u8; 20];
                let t = crate::kernel::decimal(u64::from(x), &mut d);
                out[n..n + t.len()].copy_from_slice(t);
                n += t.len();
                out[n] = b'.';
                n += 1;
            }
            out[n..n + IN_ADDR_ARPA.len()].copy_from_slice(&IN_ADDR_ARPA);
            n + IN_ADDR_ARPA.len()
        }
        IpAddr::V6(b) => {
            for &x in b.iter().rev() {
                out[n] = HEX[(x & 0xf) as usize];
                out[n + 1] = b'.';
                out[n + 2] = HEX[(x >> 4) as usize];
                out[n + 3] = b'.';
                n += 4;
            }
            out[n..n + IP6_ARPA.len()].copy_from_slice(&IP6_ARPA);
            n + IP6_ARPA.len()
        }
    }
}

/// The name DNS gives address `a` (a PTR lookup), into `out`.
pub fn reverse(a: &IpAddr, out: &mut heap::Vec<u8>) -> Outcome {
    let conf = load_conf();
    let start = if conf.rotate {
        random_id() as usize % conf.nns
    } else {
        0
    };
    let mut text = [0u8; 80];
    let tl = reverse_name(a, &mut text);
    let mut enc = [0u8; 256];
    let Some(n) = encode_name(&text[..tl], &mut enc) else {
        return Outcome::NoName;
    };
    let mut got = false;
    let o = lookup(&conf, &enc[..n], PTR, start, &mut |r| {
        if let Rec::Name(w) = r
            && !got
        {
            got = name_text(w, out).is_some();
        }
    });
    match o {
        Outcome::Found if got => Outcome::Found,
        Outcome::Found => Outcome::NoName,
        o => o,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conf() {
        let c = parse_conf(
            b"# x\nnameserver 10.0.0.1\nnameserver ::1\nnameserver 1.1.1.1\nnameserver 2.2.2.2\n\
              search a.example b.example.\noptions ndots:3 timeout:2 attempts:9 rotate\n",
        );
        assert_eq!(c.nns, 3);
        assert_eq!(c.ns[0], IpAddr::V4([10, 0, 0, 1]));
        assert!(matches!(c.ns[1], IpAddr::V6(_)));
        assert_eq!(
            c.domains().collect::<Vec<_>>(),
            [&b"a.example"[..], b"b.example"]
        );
        assert_eq!((c.ndots, c.timeout, c.attempts, c.rotate), (3, 2, 5, true));
        let c = parse_conf(b"search x.y\ndomain z\n");
        assert_eq!(c.domains().collect::<Vec<_>>(), [b"z"]);
        assert_eq!(c.nns, 1);
        assert_eq!(c.ns[0], IpAddr::V4([127, 0, 0, 1]));
        assert_eq!((c.ndots, c.timeout, c.attempts), (1, 5, 2));
    }

    #[test]
    fn names() {
        let mut o = [0u8; 300];
        let n = encode_name(b"www.Example.com.", &mut o).unwrap();
        assert_eq!(&o[..n], b"\x03www\x07Example\x03com\x00");
        assert!(encode_name(b"a..b", &mut o).is_none());
        assert!(encode_name(b"", &mut o).is_none());
        assert!(encode_name(b".", &mut o).is_none());
        assert!(encode_name(&[b'a'; 64], &mut o).is_none());
        assert!(encode_name(&[b'a'; 63], &mut o).is_some());
        let mut long = Vec::new();
        for _ in 0..64 {
            long.extend_from_slice(b"abc.");
        }
        assert!(encode_name(&long, &mut o).is_none());
    }

    fn answer(id: u16, flags: u16, q: &[u8], qtype: u16, rrs: &[&[u8]]) -> Vec<u8> {
        let mut p = Vec::new();
        p.extend_from_slice(&id.to_be_bytes());
        p.extend_from_slice(&flags.to_be_bytes());
        p.extend_from_slice(&[0, 1]);
        p.extend_from_slice(&(rrs.len() as u16).to_be_bytes());
        p.extend_from_slice(&[0, 0, 0, 0]);
        p.extend_from_slice(q);
        p.extend_from_slice(&qtype.to_be_bytes());
        p.extend_from_slice(&[0, 1]);
        for r in rrs {
            p.extend_from_slice(r);
        }
        p
    }

    const Q: &[u8] = b"\x04test\x07example\x00";

    fn rr_a(name: &[u8], a: [u8; 4]) -> Vec<u8> {
        let mut r = name.to_vec();
        r.extend_from_slice(&[0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
        r.extend_from_slice(&a);
        r
    }

    fn collect(p: &[u8], id: u16, qtype: u16) -> (Option<Answer>, Vec<IpAddr>) {
        let mut v = Vec::new();
        let a = parse_answer(p, id, Q, qtype, |x| {
            if let Rec::Addr(x) = x {
                v.push(x)
            }
        });
        (a, v)
    }

    #[test]
    fn answers() {
        let r1 = rr_a(b"\xc0\x0c", [1, 2, 3, 4]);
        let r2 = rr_a(Q, [5, 6, 7, 8]);
        let p = answer(7, 0x8180, Q, A, &[&r1, &r2]);
        let (a, v) = collect(&p, 7, A);
        assert_eq!(a, Some(Answer::Ok));
        assert_eq!(v, [IpAddr::V4([1, 2, 3, 4]), IpAddr::V4([5, 6, 7, 8])]);
        // Case of the question's name does not matter.
        let p2 = answer(7, 0x8180, b"\x04TEST\x07example\x00", A, &[&r1]);
        assert_eq!(collect(&p2, 7, A).1.len(), 1);
        // Wrong ID, not a response, another question, another type.
        assert_eq!(collect(&p, 8, A).0, None);
        assert_eq!(collect(&answer(7, 0x0100, Q, A, &[&r1]), 7, A).0, None);
        assert_eq!(
            collect(&answer(7, 0x8180, b"\x01x\x00", A, &[]), 7, A).0,
            None
        );
        assert_eq!(collect(&p, 7, AAAA).0, None);
        // Records for another name are not taken.
        let other = rr_a(b"\x05other\x00", [9, 9, 9, 9]);
        assert!(
            collect(&answer(7, 0x8180, Q, A, &[&other]), 7, A)
                .1
                .is_empty()
        );
        // NXDOMAIN, SERVFAIL, TC.
        assert_eq!(
            collect(&answer(7, 0x8183, Q, A, &[]), 7, A).0,
            Some(Answer::NoName)
        );
        assert_eq!(
            collect(&answer(7, 0x8182, Q, A, &[]), 7, A).0,
            Some(Answer::Fail)
        );
        assert_eq!(
            collect(&answer(7, 0x8380, Q, A, &[]), 7, A).0,
            Some(Answer::Truncated)
        );
        // A CNAME chain.
        let mut cn = b"\xc0\x0c\x00\x05\x00\x01\x00\x00\x00\x3c\x00\x07".to_vec();
        cn.extend_from_slice(b"\x05alias\x00");
        let ra = rr_a(b"\x05alias\x00", [4, 3, 2, 1]);
        let (_, v) = collect(&answer(7, 0x8180, Q, A, &[&cn, &ra]), 7, A);
        assert_eq!(v, [IpAddr::V4([4, 3, 2, 1])]);
    }

    #[test]
    fn reverse_names() {
        let mut o = [0u8; 80];
        let n = reverse_name(&IpAddr::V4([192, 0, 2, 1]), &mut o);
        assert_eq!(&o[..n], b"1.2.0.192.in-addr.arpa.");
        let mut b = [0u8; 16];
        b[0] = 0x20;
        b[1] = 0x01;
        b[15] = 0x1f;
        let n = reverse_name(&IpAddr::V6(b), &mut o);
        assert_eq!(
            &o[..n],
            &b"f.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1.0.0.2.ip6.arpa."[..]
        );
        let mut t = heap::Vec::new();
        assert!(name_text(b"\x04test\x07example\x00", &mut t).is_some());
        assert_eq!(t.as_slice(), b"test.example");
        assert!(name_text(b"\x03a b\x00", &mut t).is_none());
        assert!(name_text(b"\x00", &mut t).is_none());
    }

    #[test]
    fn hostile_packets() {
        let r1 = rr_a(b"\xc0\x0c", [1, 2, 3, 4]);
        let good = answer(7, 0x8180, Q, A, &[&r1]);
        // Every truncation of a good answer parses or is rejected, never
        // read past its end.
        for n in 0..good.len() {
            let _ = collect(&good[..n], 7, A);
        }
        // A pointer to itself, forward, a loop; a bad label type.
        let looped = answer(
            7,
            0x8180,
            Q,
            A,
            &[b"\xc0\x29\x00\x01\x00\x01\x00\x00\x00\x3c\x00\x04\x01\x02\x03\x04"],
        );
        assert_eq!(collect(&looped, 7, A).0, None);
        let fwd = answer(7, 0x8180, Q, A, &[b"\xc0\xff"]);
        assert_eq!(collect(&fwd, 7, A).0, None);
        let bad = answer(7, 0x8180, Q, A, &[b"\x80"]);
        assert_eq!(collect(&bad, 7, A).0, None);
        // An rdlength past the end.
        let mut long = rr_a(b"\xc0\x0c", [1, 2, 3, 4]);
        long[11] = 200;
        assert_eq!(collect(&answer(7, 0x8180, Q, A, &[&long]), 7, A).0, None);
        // More answers counted than present.
        let mut more = good.clone();
        more[7] = 5;
        assert_eq!(collect(&more, 7, A).0, None);
        // Every byte flipped: no panic.
        for i in 0..good.len() {
            for v in [0u8, 0xff, 0xc0, 0x3f] {
                let mut p = good.clone();
                p[i] = v;
                let _ = collect(&p, 7, A);
            }
        }
        // A name of 255+ bytes through pointers is refused.
        let mut p = answer(7, 0x8180, Q, A, &[]);
        let base = p.len();
        for _ in 0..70 {
            p.extend_from_slice(b"\x03abc");
        }
        p.push(0);
        let mut name = [0u8; 256];
        assert!(read_name(&p, base, &mut name).is_none());
    }
}
