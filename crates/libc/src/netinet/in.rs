//! `<netinet/in.h>`: Internet addresses (POSIX.1-2024): the address
//! structures, the `in6addr_any`/`in6addr_loopback` objects and the byte
//! order functions (which `<arpa/inet.h>` declares too).
use crate::sys::socket::sa_family_t;
use crate::types::*;

pub type in_port_t = u16;
pub type in_addr_t = u32;

/// POSIX `struct in_addr` (network byte order).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct in_addr {
    pub s_addr: in_addr_t,
}

/// The views of an IPv6 address (`s6_addr`, `s6_addr16`, `s6_addr32`).
#[repr(C)]
#[derive(Clone, Copy)]
pub union in6_addr_views {
    pub __u6_addr8: [u8; 16],
    pub __u6_addr16: [u16; 8],
    pub __u6_addr32: [u32; 4],
}

/// POSIX `struct in6_addr`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct in6_addr {
    pub __in6_u: in6_addr_views,
}

/// POSIX `struct sockaddr_in`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sockaddr_in {
    pub sin_family: sa_family_t,
    pub sin_port: in_port_t,
    pub sin_addr: in_addr,
    pub sin_zero: [u8; 8],
}

/// POSIX `struct sockaddr_in6`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sockaddr_in6 {
    pub sin6_family: sa_family_t,
    pub sin6_port: in_port_t,
    pub sin6_flowinfo: u32,
    pub sin6_addr: in6_addr,
    pub sin6_scope_id: u32,
}

/// POSIX `struct ipv6_mreq`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ipv6_mreq {
    pub ipv6mr_multiaddr: in6_addr,
    pub ipv6mr_interface: c_uint,
}

/// BSD/Linux `struct ip_mreq`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ip_mreq {
    pub imr_multiaddr: in_addr,
    pub imr_interface: in_addr,
}

/// Linux `struct ip_mreqn`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ip_mreqn {
    pub imr_multiaddr: in_addr,
    pub imr_address: in_addr,
    pub imr_ifindex: c_int,
}

const _: () = {
    assert!(size_of::<in6_addr>() == size_of::<syscall::net::in6_addr>());
    assert!(align_of::<in6_addr>() == 4);
    assert!(size_of::<sockaddr_in>() == size_of::<syscall::net::sockaddr_in>());
    assert!(size_of::<sockaddr_in6>() == size_of::<syscall::net::sockaddr_in6>());
    assert!(size_of::<ip_mreqn>() == size_of::<syscall::net::ip_mreqn>());
    assert!(size_of::<ipv6_mreq>() == size_of::<syscall::net::ipv6_mreq>());
};

/// POSIX `in6addr_any`, `::`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static in6addr_any: in6_addr = in6_addr {
    __in6_u: in6_addr_views {
        __u6_addr8: [0; 16],
    },
};

/// POSIX `in6addr_loopback`, `::1`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static in6addr_loopback: in6_addr = in6_addr {
    __in6_u: in6_addr_views {
        __u6_addr8: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    },
};

/// POSIX `htonl`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn htonl(v: u32) -> u32 {
    v.to_be()
}

/// POSIX `htons`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn htons(v: u16) -> u16 {
    v.to_be()
}

/// POSIX `ntohl`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ntohl(v: u32) -> u32 {
    u32::from_be(v)
}

/// POSIX `ntohs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ntohs(v: u16) -> u16 {
    u16::from_be(v)
}
