//! The line parsers of the network databases: `/etc/services`,
//! `/etc/protocols`, `/etc/networks` and `/etc/hosts`. Each takes one
//! line and gives borrowed fields, or `None` for a comment, a blank or a
//! malformed line (which a scan skips, as glibc does).
//!
//! The common shape: `#` starts a comment anywhere; fields are separated
//! by blanks and tabs; the first two fields are required, every further
//! one is an alias.
use crate::arpa::inet::{network, parse4, parse6};

fn blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The blank-separated words of `s`.
pub fn words(s: &[u8]) -> impl Iterator<Item = &[u8]> {
    s.split(|&b| blank(b)).filter(|w| !w.is_empty())
}

/// A line without its comment: (first word, second word, the rest,
/// which holds the aliases).
fn split(line: &[u8]) -> Option<(&[u8], &[u8], &[u8])> {
    let end = line.iter().position(|&b| b == b'#').unwrap_or(line.len());
    let mut s = &line[..end];
    let mut next = || {
        let st = s.iter().position(|&b| !blank(b))?;
        let t = &s[st..];
        let n = t.iter().position(|&b| blank(b)).unwrap_or(t.len());
        s = &t[n..];
        Some(&t[..n])
    };
    let a = next()?;
    let b = next()?;
    Some((a, b, s))
}

/// A decimal number of at most `max`, nothing else.
fn decimal(s: &[u8], max: u32) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut v: u32 = 0;
    for &c in s {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add(u32::from(c - b'0'))?;
        if v > max {
            return None;
        }
    }
    Some(v)
}

/// An `/etc/services` line: `name port/protocol aliases…`.
#[derive(Debug, PartialEq, Eq)]
pub struct Serv<'a> {
    pub name: &'a [u8],
    /// In host order.
    pub port: u16,
    pub proto: &'a [u8],
    pub aliases: &'a [u8],
}

pub fn serv(line: &[u8]) -> Option<Serv<'_>> {
    let (name, pp, aliases) = split(line)?;
    let slash = pp.iter().position(|&b| b == b'/')?;
    let port = decimal(&pp[..slash], 65535)? as u16;
    let proto = &pp[slash + 1..];
    if proto.is_empty() {
        return None;
    }
    Some(Serv {
        name,
        port,
        proto,
        aliases,
    })
}

/// An `/etc/protocols` line: `name number aliases…`, or an
/// `/etc/networks` line with the number already read.
#[derive(Debug, PartialEq, Eq)]
pub struct Numbered<'a> {
    pub name: &'a [u8],
    pub num: u32,
    pub aliases: &'a [u8],
}

pub fn proto(line: &[u8]) -> Option<Numbered<'_>> {
    let (name, n, aliases) = split(line)?;
    let num = decimal(n, i32::MAX as u32)?;
    Some(Numbered { name, num, aliases })
}

/// An `/etc/networks` line: `name network aliases…`, the network in
/// `inet_network`'s forms (host order).
pub fn net(line: &[u8]) -> Option<Numbered<'_>> {
    let (name, n, aliases) = split(line)?;
    let num = network(n)?;
    Some(Numbered { name, num, aliases })
}

/// An address of either family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IpAddr {
    V4([u8; 4]),
    V6([u8; 16]),
}

impl IpAddr {
    pub fn bytes(&self) -> &[u8] {
        match self {
            IpAddr::V4(a) => a,
            IpAddr::V6(a) => a,
        }
    }
}

/// An `/etc/hosts` line: `address canonical-name aliases…`.
#[derive(Debug, PartialEq, Eq)]
pub struct Host<'a> {
    pub addr: IpAddr,
    pub name: &'a [u8],
    pub aliases: &'a [u8],
}

pub fn host(line: &[u8]) -> Option<Host<'_>> {
    let (a, name, aliases) = split(line)?;
    let addr = match parse4(a) {
        Some(v) => IpAddr::V4(v),
        None => IpAddr::V6(parse6(a)?),
    };
    Some(Host {
        addr,
        name,
        aliases,
    })
}

impl Host<'_> {
    /// Whether `n` is the line's name or one of its aliases (ASCII case
    /// ignored, as host names are).
    pub fn named(&self, n: &[u8]) -> bool {
        self.name.eq_ignore_ascii_case(n) || words(self.aliases).any(|w| w.eq_ignore_ascii_case(n))
    }
}

/// Whether `n` is `name` or one of the words of `aliases`.
pub fn named(name: &[u8], aliases: &[u8], n: &[u8], nocase: bool) -> bool {
    let eq = |w: &[u8]| {
        if nocase {
            w.eq_ignore_ascii_case(n)
        } else {
            w == n
        }
    };
    eq(name) || words(aliases).any(eq)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services() {
        let s = serv(b"http\t\t80/tcp\t\twww\t\t# WorldWideWeb HTTP\n").unwrap();
        assert_eq!(s.name, b"http");
        assert_eq!(s.port, 80);
        assert_eq!(s.proto, b"tcp");
        assert_eq!(words(s.aliases).collect::<Vec<_>>(), [b"www"]);
        let s = serv(b"  x 1/udp a b#c d").unwrap();
        assert_eq!(words(s.aliases).collect::<Vec<_>>(), [&b"a"[..], b"b"]);
        for bad in [
            &b""[..],
            b"\n",
            b"# http 80/tcp",
            b"http",
            b"http 80",
            b"http 80/",
            b"http /tcp",
            b"http 65536/tcp",
            b"http 8x/tcp",
            b"http -1/tcp",
            b"http #80/tcp",
        ] {
            assert_eq!(serv(bad), None, "{:?}", core::str::from_utf8(bad));
        }
        assert_eq!(serv(b"a 65535/tcp").unwrap().port, 65535);
    }

    #[test]
    fn protocols_and_networks() {
        let p = proto(b"tcp\t6\tTCP\t\t# transmission control protocol\n").unwrap();
        assert_eq!((p.name, p.num), (&b"tcp"[..], 6));
        assert!(named(p.name, p.aliases, b"TCP", false));
        assert!(!named(p.name, p.aliases, b"Tcp", false));
        assert!(named(p.name, p.aliases, b"Tcp", true));
        assert_eq!(proto(b"x 2147483648"), None);
        assert_eq!(proto(b"x y"), None);
        assert_eq!(proto(b"x"), None);
        let n = net(b"loopback\t127.0.0.0\n").unwrap();
        assert_eq!(n.num, 0x7f00_0000);
        assert_eq!(net(b"a 10").unwrap().num, 10);
        assert_eq!(net(b"a 169.254").unwrap().num, 0xa9fe);
        assert_eq!(net(b"a b"), None);
    }

    #[test]
    fn hosts() {
        let h = host(b"127.0.0.1\tlocalhost lh # x\n").unwrap();
        assert_eq!(h.addr, IpAddr::V4([127, 0, 0, 1]));
        assert!(h.named(b"LOCALHOST") && h.named(b"lh") && !h.named(b"x"));
        let h = host(b"::1 ip6-localhost").unwrap();
        assert_eq!(h.addr.bytes()[15], 1);
        assert_eq!(host(b"127.0.0.1"), None);
        assert_eq!(host(b"1.2.3 x"), None);
        assert_eq!(host(b"nonsense x"), None);
        assert_eq!(host(b"   # 1.2.3.4 x"), None);
    }
}
