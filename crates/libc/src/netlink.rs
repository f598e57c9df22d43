//! rtnetlink dumps, for the headers that list the machine's interfaces
//! (`net/if.h`'s `if_nameindex`, `ifaddrs.h`'s `getifaddrs`).
//!
//! A dump is one request (`RTM_GETLINK` or `RTM_GETADDR` with
//! `NLM_F_DUMP`) on a fresh `NETLINK_ROUTE` socket; the kernel answers
//! with datagrams of messages until `NLMSG_DONE`. [`dump`] keeps the
//! messages of the requested kind, whole and back to back, in one heap
//! buffer; [`messages`] and [`attrs`] walk such bytes. Both walks are
//! bounded by the slice and by each length field (a length too small for
//! its own header, or past the end, ends the walk), so hostile or
//! truncated input cannot read out of bounds; the unit tests below feed
//! them such input.
//!
//! The kernel sizes a dump's datagrams at most 32 KiB, so one receive
//! buffer of that size holds any of them; a datagram reported longer
//! (`MSG_TRUNC`) fails the dump with `EMSGSIZE` rather than losing
//! messages silently.
use crate::heap;
use crate::types::*;
use syscall::netlink as nl;

/// Netlink messages and attributes are aligned to 4 bytes.
const fn align4(n: usize) -> usize {
    (n + 3) & !3
}

const HDR: usize = size_of::<nl::nlmsghdr>();
const RECV_BUF: usize = 32768;

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_ne_bytes([*b.get(i)?, *b.get(i + 1)?]))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_ne_bytes([
        *b.get(i)?,
        *b.get(i + 1)?,
        *b.get(i + 2)?,
        *b.get(i + 3)?,
    ]))
}

/// The netlink messages in `b`: `(type, flags, seq, payload)` each.
pub struct Messages<'a> {
    b: &'a [u8],
}

pub fn messages(b: &[u8]) -> Messages<'_> {
    Messages { b }
}

impl<'a> Iterator for Messages<'a> {
    type Item = (u16, u16, u32, &'a [u8]);
    fn next(&mut self) -> Option<Self::Item> {
        let b = self.b;
        let len = u32_at(b, 0)? as usize;
        if len < HDR || len > b.len() {
            self.b = &[];
            return None;
        }
        let ty = u16_at(b, 4)?;
        let flags = u16_at(b, 6)?;
        let seq = u32_at(b, 8)?;
        let payload = b.get(HDR..len)?;
        self.b = b.get(align4(len)..).unwrap_or(&[]);
        Some((ty, flags, seq, payload))
    }
}

/// The attributes in `b` (after a message's fixed header): `(type,
/// data)` each, the type without the nested/byte-order flag bits.
pub struct Attrs<'a> {
    b: &'a [u8],
}

pub fn attrs(b: &[u8]) -> Attrs<'_> {
    Attrs { b }
}

impl<'a> Iterator for Attrs<'a> {
    type Item = (u16, &'a [u8]);
    fn next(&mut self) -> Option<Self::Item> {
        let b = self.b;
        let len = u16_at(b, 0)? as usize;
        if len < 4 || len > b.len() {
            self.b = &[];
            return None;
        }
        let ty = u16_at(b, 2)? & 0x3fff;
        let data = b.get(4..len)?;
        self.b = b.get(align4(len)..).unwrap_or(&[]);
        Some((ty, data))
    }
}

/// A malloc'd receive buffer, freed on every way out.
struct Buf(*mut u8);

impl Drop for Buf {
    fn drop(&mut self) {
        // SAFETY: the pointer is null or our heap allocation.
        unsafe { heap::free(self.0 as *mut c_void) }
    }
}

/// A descriptor closed on every way out.
struct Fd(c_int);

impl Drop for Fd {
    fn drop(&mut self) {
        // SAFETY: our own socket.
        unsafe { sys!(__NR_close, self.0) };
    }
}

/// The request: a header and the family-led fixed part of the kind
/// (`ifinfomsg`, 16 bytes, or `ifaddrmsg`, 8), zero but for the family.
#[repr(C)]
struct Request {
    h: nl::nlmsghdr,
    body: [u8; 16],
}

/// Dumps `ty` (`RTM_GETLINK`, `RTM_GETADDR`) for `family` and returns
/// the messages of type `want` (`RTM_NEWLINK`, `RTM_NEWADDR`), whole, or
/// the errno of the failure.
///
/// # Safety
/// Makes system calls; no pointer arguments.
pub unsafe fn dump(
    ty: u16,
    body_len: usize,
    family: u8,
    want: u16,
) -> Result<heap::Vec<u8>, c_int> {
    const AF_NETLINK: usize = syscall::net::AF_NETLINK as usize;
    const SOCK_RAW_CLOEXEC: usize = (syscall::net::SOCK_RAW | syscall::nr::O_CLOEXEC) as usize;
    // SAFETY: plain values.
    let fd = syscall::decode(unsafe {
        sys!(__NR_socket, AF_NETLINK, SOCK_RAW_CLOEXEC, nl::NETLINK_ROUTE)
    })?;
    let fd = Fd(fd as c_int);
    let seq: u32 = 1;
    let mut req = Request {
        h: nl::nlmsghdr {
            nlmsg_len: (HDR + body_len) as u32,
            nlmsg_type: ty,
            nlmsg_flags: (nl::NLM_F_REQUEST | nl::NLM_F_DUMP) as u16,
            nlmsg_seq: seq,
            nlmsg_pid: 0,
        },
        body: [0; 16],
    };
    req.body[0] = family;
    // SAFETY: all-zero bytes are a valid sockaddr_nl.
    let mut to: nl::sockaddr_nl = unsafe { core::mem::zeroed() };
    to.nl_family = AF_NETLINK as u16;
    // SAFETY: the request and the address are ours, their sizes given.
    let r = unsafe {
        sys!(
            __NR_sendto,
            fd.0,
            &raw const req,
            HDR + body_len,
            0,
            &raw const to,
            size_of::<nl::sockaddr_nl>()
        )
    };
    syscall::decode(r)?;
    // SAFETY: a plain allocation.
    let buf = Buf(unsafe { heap::malloc(RECV_BUF) } as *mut u8);
    if buf.0.is_null() {
        return Err(syscall::errno::ENOMEM as c_int);
    }
    let mut out = heap::Vec::new();
    loop {
        // SAFETY: the buffer holds RECV_BUF bytes.
        let r = unsafe {
            sys!(
                __NR_recvfrom,
                fd.0,
                buf.0,
                RECV_BUF,
                syscall::net::MSG_TRUNC,
                0usize,
                0usize
            )
        };
        let n = match syscall::decode(r) {
            Ok(n) => n,
            Err(e) if e == syscall::errno::EINTR as i32 => continue,
            Err(e) => return Err(e),
        };
        if n > RECV_BUF {
            return Err(syscall::errno::EMSGSIZE as c_int);
        }
        if n == 0 {
            return Err(syscall::errno::EIO as c_int);
        }
        // SAFETY: the kernel wrote n bytes.
        let got = unsafe { core::slice::from_raw_parts(buf.0, n) };
        let mut rest = got;
        while let Some((mty, _, mseq, payload)) = messages(rest).next() {
            let len = HDR + payload.len();
            let whole = rest.get(..len).unwrap_or(&[]);
            rest = rest.get(align4(len)..).unwrap_or(&[]);
            if mseq != seq {
                continue;
            }
            if mty == nl::NLMSG_DONE as u16 {
                return Ok(out);
            }
            if mty == nl::NLMSG_ERROR as u16 {
                let e = u32_at(payload, 0).unwrap_or(0) as i32;
                if e < 0 {
                    return Err(-e);
                }
                continue;
            }
            if mty == want {
                out.extend_from_slice(whole)
                    .map_err(|_| syscall::errno::ENOMEM as c_int)?;
                let pad = align4(len) - len;
                out.extend_from_slice(&[0u8; 3][..pad])
                    .map_err(|_| syscall::errno::ENOMEM as c_int)?;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    extern crate std;
    use std::vec::Vec;

    fn msg(ty: u16, payload: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(&((HDR + payload.len()) as u32).to_ne_bytes());
        v.extend_from_slice(&ty.to_ne_bytes());
        v.extend_from_slice(&0u16.to_ne_bytes());
        v.extend_from_slice(&7u32.to_ne_bytes());
        v.extend_from_slice(&0u32.to_ne_bytes());
        v.extend_from_slice(payload);
        while v.len() % 4 != 0 {
            v.push(0);
        }
        v
    }

    fn attr(ty: u16, data: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(&((4 + data.len()) as u16).to_ne_bytes());
        v.extend_from_slice(&ty.to_ne_bytes());
        v.extend_from_slice(data);
        while v.len() % 4 != 0 {
            v.push(0);
        }
        v
    }

    #[test]
    fn walks_messages_and_attributes() {
        let mut a = attr(3, b"lo\0");
        a.extend(attr(0x8000 | 9, &[1, 2, 3, 4, 5]));
        let mut b = msg(16, &a);
        b.extend(msg(3, &[0; 4]));
        let m: Vec<_> = messages(&b).collect();
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].0, m[0].2), (16, 7));
        assert_eq!(m[1].0, 3);
        let at: Vec<_> = attrs(m[0].3).collect();
        assert_eq!(at.len(), 2);
        assert_eq!(at[0], (3, &b"lo\0"[..]));
        assert_eq!(at[1], (9, &[1u8, 2, 3, 4, 5][..]));
    }

    #[test]
    fn hostile_lengths_end_the_walk() {
        let good = msg(16, &attr(3, b"x\0"));
        for cut in 0..good.len() {
            let n = messages(&good[..cut]).count();
            assert!(n <= 1);
            for (_, _, _, p) in messages(&good[..cut]) {
                for (_, d) in attrs(p) {
                    assert!(d.len() <= p.len());
                }
            }
        }
        // A length smaller than the header, or huge.
        for len in [0u32, 1, 15, 0xffff_ffff] {
            let mut b = good.clone();
            b[..4].copy_from_slice(&len.to_ne_bytes());
            assert_eq!(messages(&b).count(), 0);
        }
        for len in [0u16, 3, 0xffff] {
            let mut a = attr(3, b"abc");
            a[..2].copy_from_slice(&len.to_ne_bytes());
            assert_eq!(attrs(&a).count(), 0);
        }
        // Every byte mutated: the walks stay in bounds.
        for i in 0..good.len() {
            for v in [0u8, 1, 3, 4, 0x7f, 0xff] {
                let mut b = good.clone();
                b[i] = v;
                for (_, _, _, p) in messages(&b) {
                    let _ = attrs(p).count();
                }
            }
        }
    }
}
