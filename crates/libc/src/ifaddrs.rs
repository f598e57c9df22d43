//! `<ifaddrs.h>`: `getifaddrs` and `freeifaddrs` (BSD, in glibc), from
//! two netlink dumps, in glibc's order and shape.
//!
//! First one `AF_PACKET` entry per interface (`RTM_GETLINK`, every
//! interface, down ones too): a `sockaddr_ll` with the hardware address
//! and type in `ifa_addr`, the hardware broadcast address in
//! `ifa_broadaddr`, no netmask, and the kernel's `struct
//! rtnl_link_stats` (`IFLA_STATS`) as `ifa_data`. Then one entry per
//! IPv4 and IPv6 address (`RTM_GETADDR`) in the kernel's order, named by
//! the address's label (IPv4 aliases such as `eth0:1`) or its
//! interface, with the interface's flags, the netmask made from the
//! prefix length, and the scope id of a link-local IPv6 address set to
//! the interface index. The kernel sends `IFA_ADDRESS` (on a
//! point-to-point link the peer) and `IFA_LOCAL` (the local address);
//! when both come, the local one is `ifa_addr` and the other goes to
//! `ifa_dstaddr`, which `IFA_BROADCAST` replaces: so a loopback address
//! has itself as its destination, as with glibc.
//!
//! Every entry, its addresses, name and statistics are one block from
//! the link-resolved `malloc`, which `freeifaddrs` frees.
use crate::heap;
use crate::net::r#if::{link_dump, link_index_name};
use crate::netlink;
use crate::sys::socket::sockaddr;
use crate::types::*;
use syscall::net::{AF_INET, AF_INET6, AF_PACKET};
use syscall::netlink as nl;

/// BSD `struct ifaddrs`. The header's `ifa_ifu` is a union of two
/// `struct sockaddr *` (`ifa_broadaddr`, `ifa_dstaddr`): one pointer.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ifaddrs {
    pub ifa_next: *mut ifaddrs,
    pub ifa_name: *mut c_char,
    pub ifa_flags: c_uint,
    pub ifa_addr: *mut sockaddr,
    pub ifa_netmask: *mut sockaddr,
    pub ifa_ifu: *mut sockaddr,
    pub ifa_data: *mut c_void,
}

/// Room for any address an entry holds: a `sockaddr_in6` (28 bytes) or a
/// `sockaddr_ll` with a hardware address of up to 24 bytes (12 + 24).
#[repr(C, align(4))]
#[derive(Clone, Copy)]
struct Sa([u8; 36]);

const NAMESIZE: usize = syscall::net::IFNAMSIZ as usize;

/// One entry of the block, with everything it points at.
#[repr(C)]
#[derive(Clone, Copy)]
struct Entry {
    ifa: ifaddrs,
    addr: Sa,
    netmask: Sa,
    other: Sa,
    name: [u8; NAMESIZE],
    index: u32,
    stats: nl::rtnl_link_stats,
}

impl Entry {
    fn sa(s: &mut Sa) -> *mut sockaddr {
        s.0.as_mut_ptr() as *mut sockaddr
    }
}

fn put16(b: &mut [u8], at: usize, v: u16) {
    b[at..at + 2].copy_from_slice(&v.to_ne_bytes());
}

fn put32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_ne_bytes());
}

fn get32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_ne_bytes([
        *b.get(at)?,
        *b.get(at + 1)?,
        *b.get(at + 2)?,
        *b.get(at + 3)?,
    ]))
}

/// A `sockaddr_ll` for interface `index` of hardware type `ty`, or
/// false when the address is too long for the room.
fn set_ll(s: &mut Sa, index: u32, ty: u16, hw: &[u8]) -> bool {
    if hw.len() > 24 {
        return false;
    }
    let b = &mut s.0;
    put16(b, 0, AF_PACKET as u16);
    put32(b, 4, index);
    put16(b, 8, ty);
    b[11] = hw.len() as u8;
    b[12..12 + hw.len()].copy_from_slice(hw);
    true
}

/// A `sockaddr_in` or `sockaddr_in6` from an address of the family's
/// length, or false when the length is wrong.
fn set_ip(s: &mut Sa, family: u8, a: &[u8], index: u32) -> bool {
    let b = &mut s.0;
    *b = [0; 36];
    if family as u32 == AF_INET && a.len() == 4 {
        put16(b, 0, AF_INET as u16);
        b[4..8].copy_from_slice(a);
        true
    } else if family as u32 == AF_INET6 && a.len() == 16 {
        put16(b, 0, AF_INET6 as u16);
        b[8..24].copy_from_slice(a);
        // Link-local unicast (fe80::/10) and multicast (ff02::/16 scope 2).
        let ll = (a[0] == 0xfe && a[1] & 0xc0 == 0x80) || (a[0] == 0xff && a[1] & 0x0f == 2);
        if ll {
            put32(b, 24, index);
        }
        true
    } else {
        false
    }
}

/// The netmask of `prefix` bits for the family.
fn set_mask(s: &mut Sa, family: u8, prefix: u8) {
    let (len, at) = if family as u32 == AF_INET {
        (4, 4)
    } else {
        (16, 8)
    };
    let b = &mut s.0;
    *b = [0; 36];
    put16(b, 0, family as u16);
    let bits = (prefix as usize).min(len * 8);
    for (i, byte) in b[at..at + len].iter_mut().enumerate() {
        let on = bits.saturating_sub(i * 8).min(8);
        *byte = (0xff00u16 >> on) as u8;
        // Scalar on purpose (see kernel::find_byte).
        core::hint::black_box(());
    }
}

/// BSD `getifaddrs`: the list described above into `*ifap`; 0, or -1
/// with `errno` from the netlink socket.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getifaddrs(ifap: *mut *mut ifaddrs) -> c_int {
    let fail = |e: c_int| {
        crate::errno::set(e);
        -1
    };
    let links = match link_dump() {
        Ok(v) => v,
        Err(e) => return fail(e),
    };
    // SAFETY: no pointers.
    let addrs = match unsafe {
        netlink::dump(
            nl::RTM_GETADDR as u16,
            size_of::<nl::ifaddrmsg>(),
            0,
            nl::RTM_NEWADDR as u16,
        )
    } {
        Ok(v) => v,
        Err(e) => return fail(e),
    };
    let ifi = size_of::<nl::ifinfomsg>();
    let ifa = size_of::<nl::ifaddrmsg>();
    let link_msgs = || netlink::messages(links.as_slice()).filter(|m| m.3.len() >= ifi);
    let addr_msgs = || {
        netlink::messages(addrs.as_slice())
            .filter(|m| m.3.len() >= ifa && (m.3[0] as u32 == AF_INET || m.3[0] as u32 == AF_INET6))
    };
    let nlinks = link_msgs().count();
    let total = nlinks + addr_msgs().count();
    if total == 0 {
        // SAFETY: the caller's pointer.
        unsafe { *ifap = core::ptr::null_mut() };
        return 0;
    }
    // SAFETY: a plain zeroed allocation of total entries.
    let block = unsafe { heap::calloc(total, size_of::<Entry>()) } as *mut Entry;
    if block.is_null() {
        return fail(syscall::errno::ENOMEM as c_int);
    }
    // SAFETY: total zeroed entries (all-zero bytes are valid for each).
    let es = unsafe { core::slice::from_raw_parts_mut(block, total) };
    for (e, m) in es.iter_mut().zip(link_msgs()) {
        let p = m.3;
        let ty = u16::from_ne_bytes([p[2], p[3]]);
        let index = get32(p, 4).unwrap_or(0);
        e.ifa.ifa_flags = get32(p, 8).unwrap_or(0);
        e.index = index;
        if let Some((_, name)) = link_index_name(p) {
            e.name[..name.len()].copy_from_slice(name);
        }
        for (t, d) in netlink::attrs(&p[ifi..]) {
            if t == nl::IFLA_ADDRESS as u16 && set_ll(&mut e.addr, index, ty, d) {
                e.ifa.ifa_addr = Entry::sa(&mut e.addr);
            } else if t == nl::IFLA_BROADCAST as u16 && set_ll(&mut e.other, index, ty, d) {
                e.ifa.ifa_ifu = Entry::sa(&mut e.other);
            } else if t == nl::IFLA_STATS as u16 {
                let n = d.len().min(size_of::<nl::rtnl_link_stats>());
                // SAFETY: n bytes into the entry's statistics.
                unsafe {
                    core::ptr::copy_nonoverlapping(d.as_ptr(), (&raw mut e.stats).cast::<u8>(), n)
                };
                e.ifa.ifa_data = (&raw mut e.stats).cast();
            }
        }
    }
    let (lhalf, ahalf) = es.split_at_mut(nlinks);
    for (e, m) in ahalf.iter_mut().zip(addr_msgs()) {
        let p = m.3;
        let (family, prefix) = (p[0], p[1]);
        let index = get32(p, 4).unwrap_or(0);
        // The interface's name and flags, from its link entry.
        if let Some(l) = lhalf.iter().find(|l| l.index == index) {
            e.name = l.name;
            e.ifa.ifa_flags = l.ifa.ifa_flags;
        }
        for (t, d) in netlink::attrs(&p[ifa..]) {
            if t == nl::IFA_ADDRESS as u16 {
                if e.ifa.ifa_addr.is_null() {
                    if set_ip(&mut e.addr, family, d, index) {
                        e.ifa.ifa_addr = Entry::sa(&mut e.addr);
                    }
                } else if set_ip(&mut e.other, family, d, index) {
                    e.ifa.ifa_ifu = Entry::sa(&mut e.other);
                }
            } else if t == nl::IFA_LOCAL as u16 {
                if !e.ifa.ifa_addr.is_null() {
                    e.other = e.addr;
                    e.ifa.ifa_ifu = Entry::sa(&mut e.other);
                }
                if set_ip(&mut e.addr, family, d, index) {
                    e.ifa.ifa_addr = Entry::sa(&mut e.addr);
                }
            } else if t == nl::IFA_BROADCAST as u16 {
                if set_ip(&mut e.other, family, d, index) {
                    e.ifa.ifa_ifu = Entry::sa(&mut e.other);
                }
            } else if t == nl::IFA_LABEL as u16 {
                let n = d.iter().position(|&c| c == 0).unwrap_or(d.len());
                let n = n.min(NAMESIZE - 1);
                e.name = [0; NAMESIZE];
                e.name[..n].copy_from_slice(&d[..n]);
            }
        }
        set_mask(&mut e.netmask, family, prefix);
        e.ifa.ifa_netmask = Entry::sa(&mut e.netmask);
    }
    for i in 0..total {
        // SAFETY: i < total; the next entry is in the block (or none).
        unsafe {
            let e = block.add(i);
            (*e).ifa.ifa_name = (&raw mut (*e).name).cast();
            (*e).ifa.ifa_next = if i + 1 < total {
                block.add(i + 1).cast()
            } else {
                core::ptr::null_mut()
            };
        }
    }
    // SAFETY: the caller's pointer; entry 0 is the block.
    unsafe { *ifap = block.cast() };
    0
}

/// BSD `freeifaddrs`: frees the list `getifaddrs` made (one block).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn freeifaddrs(ifa: *mut ifaddrs) {
    // SAFETY: the caller passes getifaddrs's list head (the block), or null.
    unsafe { heap::free(ifa as *mut c_void) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        let mut s = Sa([0; 36]);
        set_mask(&mut s, AF_INET as u8, 8);
        assert_eq!(&s.0[4..8], &[255, 0, 0, 0]);
        set_mask(&mut s, AF_INET as u8, 20);
        assert_eq!(&s.0[4..8], &[255, 255, 240, 0]);
        set_mask(&mut s, AF_INET as u8, 40);
        assert_eq!(&s.0[4..8], &[255; 4]);
        set_mask(&mut s, AF_INET6 as u8, 64);
        assert_eq!(
            &s.0[8..24],
            &[
                255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0
            ]
        );
        set_mask(&mut s, AF_INET6 as u8, 0);
        assert_eq!(&s.0[8..24], &[0; 16]);
    }

    #[test]
    fn link_local_scope() {
        let mut s = Sa([0; 36]);
        let mut a = [0u8; 16];
        a[0] = 0xfe;
        a[1] = 0x80;
        assert!(set_ip(&mut s, AF_INET6 as u8, &a, 4));
        assert_eq!(get32(&s.0, 24), Some(4));
        a[0] = 0xfd;
        assert!(set_ip(&mut s, AF_INET6 as u8, &a, 4));
        assert_eq!(get32(&s.0, 24), Some(0));
        assert!(!set_ip(&mut s, AF_INET6 as u8, &a[..4], 4));
        assert!(!set_ip(&mut s, AF_INET as u8, &a, 4));
    }
}
