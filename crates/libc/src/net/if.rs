//! `<net/if.h>`: interface names and indexes (POSIX.1-2024).
//!
//! `if_nametoindex` and `if_indextoname` ask the kernel one interface at a
//! time, with the `SIOCGIFINDEX` and `SIOCGIFNAME` ioctls on a datagram
//! socket (as glibc does): one small call each, and no netlink parsing in a
//! program that only wants an index. `if_nameindex` has to list every
//! interface, down ones too, which only a netlink `RTM_GETLINK` dump gives
//! (`SIOCGIFCONF` knows only interfaces with an IPv4 address); the array
//! and every name are one allocation, freed by `if_freenameindex`.
use crate::heap;
use crate::netlink;
use crate::sys::socket::sockaddr;
use crate::types::*;
use syscall::net::{AF_INET, AF_UNIX, IFNAMSIZ, SOCK_DGRAM};

/// POSIX `struct if_nameindex`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct if_nameindex {
    pub if_index: c_uint,
    pub if_name: *mut c_char,
}

const NAMESIZE: usize = IFNAMSIZ as usize;

/// The value part of the header's `struct ifreq`: the members this
/// library reads (the map is the largest, so the size is glibc's).
#[repr(C)]
#[derive(Clone, Copy)]
pub(crate) union IfReqValue {
    pub ivalue: c_int,
    pub addr: sockaddr,
    pub map: syscall::net::ifmap,
}

/// The header's `struct ifreq` as the interface ioctls take it
/// (linux-raw-sys's spells `sockaddr` as the 128-byte storage).
#[repr(C)]
#[derive(Clone, Copy)]
pub(crate) struct IfReq {
    pub name: [c_char; NAMESIZE],
    pub value: IfReqValue,
}

const _: () = {
    assert!(size_of::<IfReq>() == if size_of::<usize>() == 8 { 40 } else { 32 });
};

/// A datagram socket for the interface ioctls (IPv4, else local, as a
/// kernel without IPv4 still answers them on any socket), or the errno.
pub(crate) fn ioctl_socket() -> Result<c_int, c_int> {
    const FLAGS: usize = (SOCK_DGRAM | syscall::nr::O_CLOEXEC) as usize;
    // SAFETY: plain values.
    let r = syscall::decode(unsafe { sys!(__NR_socket, AF_INET, FLAGS, 0) });
    let r = match r {
        Ok(fd) => Ok(fd),
        // SAFETY: plain values.
        Err(_) => syscall::decode(unsafe { sys!(__NR_socket, AF_UNIX, FLAGS, 0) }),
    };
    r.map(|fd| fd as c_int)
}

/// One interface ioctl on a fresh socket: the kernel's errno on failure.
pub(crate) fn if_ioctl(req: u32, ifr: &mut IfReq) -> Result<(), c_int> {
    let fd = ioctl_socket()?;
    // SAFETY: ifr is a whole struct ifreq, as every SIOCGIF* request takes.
    let r = unsafe { sys!(__NR_ioctl, fd, req, ifr as *mut IfReq) };
    // SAFETY: our own socket.
    unsafe { sys!(__NR_close, fd) };
    syscall::decode(r).map(|_| ())
}

/// POSIX `if_nametoindex`: 0 with `errno` set when there is no such
/// interface (ENODEV, also for a name too long to be one).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn if_nametoindex(name: *const c_char) -> c_uint {
    // SAFETY: all-zero bytes are a valid ifreq.
    let mut ifr: IfReq = unsafe { core::mem::zeroed() };
    // SAFETY: the caller passes a string.
    let n = unsafe { crate::string::strlen(name) };
    if n >= NAMESIZE {
        crate::errno::set(syscall::errno::ENODEV as c_int);
        return 0;
    }
    // SAFETY: n < 16 bytes of the caller's string into the name field.
    unsafe {
        core::ptr::copy_nonoverlapping(name, (&raw mut ifr.name).cast(), n);
    }
    match if_ioctl(syscall::ioctl::SIOCGIFINDEX, &mut ifr) {
        // SAFETY: the kernel answered in the index member.
        Ok(()) => unsafe { ifr.value.ivalue as c_uint },
        Err(e) => {
            crate::errno::set(e);
            0
        }
    }
}

/// POSIX `if_indextoname`: the name into `buf` (`IF_NAMESIZE` bytes), or
/// null with ENXIO when no interface has that index.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn if_indextoname(index: c_uint, buf: *mut c_char) -> *mut c_char {
    // SAFETY: all-zero bytes are a valid ifreq.
    let mut ifr: IfReq = unsafe { core::mem::zeroed() };
    ifr.value.ivalue = index as c_int;
    match if_ioctl(syscall::ioctl::SIOCGIFNAME, &mut ifr) {
        Ok(()) => {
            // SAFETY: the kernel wrote a NUL-terminated name of at most 15
            // bytes; the caller's buffer holds IF_NAMESIZE.
            unsafe {
                let name = ifr.name;
                let n = name.iter().position(|&c| c == 0).unwrap_or(NAMESIZE - 1);
                core::ptr::copy_nonoverlapping(name.as_ptr(), buf, n);
                *buf.add(n) = 0;
            }
            buf
        }
        Err(e) => {
            let e = if e == syscall::errno::ENODEV as c_int {
                syscall::errno::ENXIO as c_int
            } else {
                e
            };
            crate::errno::set(e);
            core::ptr::null_mut()
        }
    }
}

/// The link dump: every interface's `RTM_NEWLINK` message.
pub(crate) fn link_dump() -> Result<heap::Vec<u8>, c_int> {
    use syscall::netlink as nl;
    // SAFETY: no pointers.
    unsafe {
        netlink::dump(
            nl::RTM_GETLINK as u16,
            size_of::<nl::ifinfomsg>(),
            0,
            nl::RTM_NEWLINK as u16,
        )
    }
}

/// The index and name attribute of one `RTM_NEWLINK` payload.
pub(crate) fn link_index_name(p: &[u8]) -> Option<(c_int, &[u8])> {
    use syscall::netlink as nl;
    let fixed = size_of::<nl::ifinfomsg>();
    let ix = p.get(4..8)?;
    let index = c_int::from_ne_bytes([ix[0], ix[1], ix[2], ix[3]]);
    let name = netlink::attrs(p.get(fixed..)?)
        .find(|&(t, _)| t == nl::IFLA_IFNAME as u16)?
        .1;
    let n = name.iter().position(|&c| c == 0).unwrap_or(name.len());
    Some((index, name.get(..n.min(NAMESIZE - 1))?))
}

/// POSIX `if_nameindex`: every interface (down ones too), in the kernel's
/// order, ended by `{0, NULL}`; null with `errno` on failure.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn if_nameindex() -> *mut if_nameindex {
    let links = match link_dump() {
        Ok(v) => v,
        Err(e) => {
            crate::errno::set(e);
            return core::ptr::null_mut();
        }
    };
    let msgs = || netlink::messages(links.as_slice()).filter_map(|m| link_index_name(m.3));
    let count = msgs().count();
    let table = (count + 1) * size_of::<if_nameindex>();
    // SAFETY: a plain allocation; the table, then NAMESIZE bytes a name.
    let block = unsafe { heap::malloc(table + count * NAMESIZE) } as *mut u8;
    if block.is_null() {
        crate::errno::set(syscall::errno::ENOBUFS as c_int);
        return core::ptr::null_mut();
    }
    let arr = block as *mut if_nameindex;
    for (i, (index, name)) in msgs().enumerate() {
        // SAFETY: i < count: entry i and name slot i are in the block; a
        // name is at most NAMESIZE - 1 bytes.
        unsafe {
            let slot = block.add(table + i * NAMESIZE);
            core::ptr::copy_nonoverlapping(name.as_ptr(), slot, name.len());
            *slot.add(name.len()) = 0;
            arr.add(i).write(if_nameindex {
                if_index: index as c_uint,
                if_name: slot as *mut c_char,
            });
        }
    }
    // SAFETY: the last entry of the table.
    unsafe {
        arr.add(count).write(if_nameindex {
            if_index: 0,
            if_name: core::ptr::null_mut(),
        })
    };
    arr
}

/// POSIX `if_freenameindex`: frees what `if_nameindex` returned (one block).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn if_freenameindex(p: *mut if_nameindex) {
    // SAFETY: the caller passes if_nameindex's block (or null).
    unsafe { heap::free(p as *mut c_void) }
}
