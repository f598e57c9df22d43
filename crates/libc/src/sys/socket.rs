//! `<sys/socket.h>`: sockets (POSIX.1-2024, which has `accept4` too, with
//! the Linux/GNU extensions `sendmmsg`, `recvmmsg`). Every call is the
//! kernel's own, through the direct socket system calls on every arch
//! (i386 has had them since Linux 4.3, so `socketcall` is never used).
//! i386, aarch64 and riscv64 have no plain `send`/`recv` (and i386 no
//! `accept`), so on every arch those are `sendto`/`recvfrom` with no
//! address and `accept4` with no flags. The structures are glibc's:
//! `msg_iovlen`, `msg_controllen` and `cmsg_len` are `size_t`, as the
//! kernel reads them.
use crate::arch;
use crate::kernel::{ret, ret_int};
use crate::sys::uio::iovec;
use crate::time::timespec;
use crate::types::*;

pub type socklen_t = u32;
pub type sa_family_t = u16;

/// POSIX `struct sockaddr`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sockaddr {
    pub sa_family: sa_family_t,
    pub sa_data: [c_char; 14],
}

/// POSIX `struct sockaddr_storage`: 128 bytes, aligned as `long`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sockaddr_storage {
    pub ss_family: sa_family_t,
    pub __ss_padding: [c_char; 128 - 2 - size_of::<c_ulong>()],
    pub __ss_align: c_ulong,
}

/// POSIX `struct msghdr`, with glibc's (and the kernel's) `size_t` counts.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct msghdr {
    pub msg_name: *mut c_void,
    pub msg_namelen: socklen_t,
    pub msg_iov: *mut iovec,
    pub msg_iovlen: size_t,
    pub msg_control: *mut c_void,
    pub msg_controllen: size_t,
    pub msg_flags: c_int,
}

/// POSIX `struct cmsghdr` (the data follows the header, aligned).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct cmsghdr {
    pub cmsg_len: size_t,
    pub cmsg_level: c_int,
    pub cmsg_type: c_int,
}

/// Linux `struct mmsghdr` (`sendmmsg`/`recvmmsg`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mmsghdr {
    pub msg_hdr: msghdr,
    pub msg_len: c_uint,
}

/// POSIX `struct linger`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct linger {
    pub l_onoff: c_int,
    pub l_linger: c_int,
}

/// Linux `struct ucred` (`SO_PEERCRED`, `SCM_CREDENTIALS`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ucred {
    pub pid: pid_t,
    pub uid: uid_t,
    pub gid: gid_t,
}

const _: () = {
    assert!(size_of::<sockaddr>() == 16);
    assert!(size_of::<sockaddr_storage>() == 128);
    assert!(align_of::<sockaddr_storage>() == align_of::<c_ulong>());
    assert!(size_of::<msghdr>() == 7 * size_of::<usize>());
    assert!(size_of::<cmsghdr>() == size_of::<usize>() + 8);
    assert!(size_of::<mmsghdr>() == size_of::<msghdr>() + size_of::<usize>());
    assert!(size_of::<sockaddr_storage>() == size_of::<syscall::net::__kernel_sockaddr_storage>());
};

/// `CMSG_ALIGN`: control data is aligned as `size_t`.
const fn cmsg_align(n: usize) -> usize {
    (n + size_of::<usize>() - 1) & !(size_of::<usize>() - 1)
}

/// The glibc ABI's `__cmsg_nxthdr`, behind `CMSG_NXTHDR`: the control
/// message after `c` in `m`'s buffer, or null when `c`'s length is less
/// than a header or `c` and the next one's header do not both fit (the
/// next one's own length is not judged here, as with glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __cmsg_nxthdr(m: *mut msghdr, c: *mut cmsghdr) -> *mut cmsghdr {
    // SAFETY: the caller passes its msghdr and a header inside its buffer.
    let (m, len) = unsafe { (&*m, (*c).cmsg_len) };
    if len < size_of::<cmsghdr>() {
        return core::ptr::null_mut();
    }
    let start = m.msg_control as usize;
    let end = start.wrapping_add(m.msg_controllen);
    let next = (c as usize).wrapping_add(cmsg_align(len));
    let hdr = size_of::<cmsghdr>();
    if next < c as usize || next > end || end - next < hdr {
        return core::ptr::null_mut();
    }
    next as *mut cmsghdr
}

/// POSIX `socket`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn socket(domain: c_int, ty: c_int, protocol: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_socket, domain, ty, protocol) })
}

/// POSIX `socketpair`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn socketpair(d: c_int, ty: c_int, p: c_int, sv: *mut c_int) -> c_int {
    // SAFETY: the kernel checks the array.
    ret_int(unsafe { sys!(__NR_socketpair, d, ty, p, sv) })
}

/// POSIX `bind`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn bind(fd: c_int, addr: *const sockaddr, len: socklen_t) -> c_int {
    // SAFETY: the kernel checks the address.
    ret_int(unsafe { sys!(__NR_bind, fd, addr, len) })
}

/// POSIX `listen`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn listen(fd: c_int, backlog: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_listen, fd, backlog) })
}

/// `connect`, `send` and `recv` that are not cancellation points, for the
/// library's own use (the resolver), which must not stop half-way.
///
/// # Safety
/// As for the C functions: the address and buffers are the caller's.
pub(crate) unsafe fn connect_nocancel(fd: c_int, addr: *const sockaddr, len: socklen_t) -> c_int {
    // SAFETY: the kernel checks the address.
    ret_int(unsafe { sys!(__NR_connect, fd, addr, len) })
}

/// # Safety
/// As [`connect_nocancel`].
pub(crate) unsafe fn send_nocancel(fd: c_int, buf: *const c_void, n: size_t) -> ssize_t {
    // SAFETY: the kernel checks the buffer.
    ret(unsafe { sys!(__NR_sendto, fd, buf, n, 0, 0, 0) })
}

/// # Safety
/// As [`connect_nocancel`].
pub(crate) unsafe fn recv_nocancel(fd: c_int, buf: *mut c_void, n: size_t) -> ssize_t {
    // SAFETY: the kernel checks the buffer.
    ret(unsafe { sys!(__NR_recvfrom, fd, buf, n, 0, 0, 0) })
}

/// POSIX `accept`: `accept4` with no flags.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn accept(fd: c_int, addr: *mut sockaddr, len: *mut socklen_t) -> c_int {
    // SAFETY: as accept4.
    unsafe { accept4(fd, addr, len, 0) }
}

/// POSIX.1-2024 (and Linux/GNU) `accept4` (`SOCK_NONBLOCK`, `SOCK_CLOEXEC`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn accept4(
    fd: c_int,
    addr: *mut sockaddr,
    len: *mut socklen_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the kernel checks the address and its length.
    ret_int(unsafe { cp!(__NR_accept4, fd, addr, len, flags) })
}

/// POSIX `connect`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn connect(fd: c_int, addr: *const sockaddr, len: socklen_t) -> c_int {
    // SAFETY: the kernel checks the address.
    ret_int(unsafe { cp!(__NR_connect, fd, addr, len) })
}

/// POSIX `shutdown`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn shutdown(fd: c_int, how: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_shutdown, fd, how) })
}

/// POSIX `send`: `sendto` with no address.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn send(fd: c_int, buf: *const c_void, n: size_t, flags: c_int) -> ssize_t {
    // SAFETY: as sendto.
    unsafe { sendto(fd, buf, n, flags, core::ptr::null(), 0) }
}

/// POSIX `sendto`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sendto(
    fd: c_int,
    buf: *const c_void,
    n: size_t,
    flags: c_int,
    addr: *const sockaddr,
    len: socklen_t,
) -> ssize_t {
    // SAFETY: the kernel checks the buffer and the address.
    ret(unsafe { cp!(__NR_sendto, fd, buf, n, flags, addr, len) })
}

/// POSIX `sendmsg`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sendmsg(fd: c_int, msg: *const msghdr, flags: c_int) -> ssize_t {
    // SAFETY: the kernel reads the header as we lay it out.
    ret(unsafe { cp!(__NR_sendmsg, fd, msg, flags) })
}

/// Linux/GNU `sendmmsg`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sendmmsg(fd: c_int, v: *mut mmsghdr, n: c_uint, flags: c_int) -> c_int {
    // SAFETY: the kernel checks the vector.
    ret_int(unsafe { cp!(__NR_sendmmsg, fd, v, n, flags) })
}

/// POSIX `recv`: `recvfrom` with no address.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn recv(fd: c_int, buf: *mut c_void, n: size_t, flags: c_int) -> ssize_t {
    // SAFETY: as recvfrom.
    unsafe {
        recvfrom(
            fd,
            buf,
            n,
            flags,
            core::ptr::null_mut(),
            core::ptr::null_mut(),
        )
    }
}

/// POSIX `recvfrom`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn recvfrom(
    fd: c_int,
    buf: *mut c_void,
    n: size_t,
    flags: c_int,
    addr: *mut sockaddr,
    len: *mut socklen_t,
) -> ssize_t {
    // SAFETY: the kernel checks the buffer, the address and its length.
    ret(unsafe { cp!(__NR_recvfrom, fd, buf, n, flags, addr, len) })
}

/// POSIX `recvmsg`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn recvmsg(fd: c_int, msg: *mut msghdr, flags: c_int) -> ssize_t {
    // SAFETY: the kernel reads and updates the header as we lay it out.
    ret(unsafe { cp!(__NR_recvmsg, fd, msg, flags) })
}

/// Linux/GNU `recvmmsg`. The timeout is a 64-bit `timespec`, which the
/// kernel updates with the time left (`arch::recvmmsg`: the `*_time64`
/// call on i386).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn recvmmsg(
    fd: c_int,
    v: *mut mmsghdr,
    n: c_uint,
    flags: c_int,
    timeout: *mut timespec,
) -> c_int {
    // SAFETY: the kernel checks the vector; the timeout is null or the
    // caller's timespec.
    ret_int(unsafe { arch::recvmmsg(fd, v, n, flags, timeout) })
}

/// POSIX `getsockopt`. The timeout options carry this libc's `struct
/// timeval` (`arch::getsockopt`: 64-bit time on every arch).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getsockopt(
    fd: c_int,
    level: c_int,
    name: c_int,
    val: *mut c_void,
    len: *mut socklen_t,
) -> c_int {
    // SAFETY: the kernel checks the value and its length.
    ret_int(unsafe { arch::getsockopt(fd, level, name, val, len) })
}

/// POSIX `setsockopt`. The timeout options carry this libc's `struct
/// timeval` (`arch::setsockopt`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setsockopt(
    fd: c_int,
    level: c_int,
    name: c_int,
    val: *const c_void,
    len: socklen_t,
) -> c_int {
    // SAFETY: the kernel checks the value and its length.
    ret_int(unsafe { arch::setsockopt(fd, level, name, val, len) })
}

/// POSIX `getsockname`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getsockname(fd: c_int, addr: *mut sockaddr, len: *mut socklen_t) -> c_int {
    // SAFETY: the kernel checks the address and its length.
    ret_int(unsafe { sys!(__NR_getsockname, fd, addr, len) })
}

/// POSIX `getpeername`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getpeername(fd: c_int, addr: *mut sockaddr, len: *mut socklen_t) -> c_int {
    // SAFETY: the kernel checks the address and its length.
    ret_int(unsafe { sys!(__NR_getpeername, fd, addr, len) })
}

/// POSIX `sockatmark`: the `SIOCATMARK` ioctl.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sockatmark(fd: c_int) -> c_int {
    let mut at: c_int = 0;
    // SAFETY: the kernel writes one int to our local.
    let r = unsafe { sys!(__NR_ioctl, fd, syscall::ioctl::SIOCATMARK, &raw mut at) };
    if r < 0 { ret_int(r) } else { at }
}
