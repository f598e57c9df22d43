//! The socket calls that carry a time on i386, where `time_t` is 64-bit but
//! `struct timeval`/`struct timespec` keep a 32-bit `long` plus padding:
//! they go to the kernel's 64-bit-time forms (`recvmmsg_time64`,
//! `SO_RCVTIMEO_NEW`/`SO_SNDTIMEO_NEW`), from a copy so the padding the
//! caller never set is not read. Where the kernel (before 5.1) or
//! qemu-user lacks those, the 32-bit-time forms are used when the value
//! fits them (EOVERFLOW when it does not).
use crate::sys::socket::mmsghdr;
use crate::sys::time::timeval;
use crate::time::{KTimespec, timespec};
use crate::types::*;
use syscall::errno::{EINVAL, ENOPROTOOPT, ENOSYS, EOVERFLOW};
use syscall::net::{
    SO_RCVTIMEO_NEW, SO_RCVTIMEO_OLD, SO_SNDTIMEO_NEW, SO_SNDTIMEO_OLD, SOL_SOCKET,
};

/// `recvmmsg`; the kernel writes the time left back into the timeout.
pub unsafe fn recvmmsg(
    fd: c_int,
    v: *mut mmsghdr,
    n: c_uint,
    flags: c_int,
    timeout: *mut timespec,
) -> isize {
    let mut k = KTimespec::default();
    // SAFETY: the timeout is the caller's readable timespec or null.
    let t = unsafe { KTimespec::input(timeout, &mut k) };
    // SAFETY: the kernel checks the vector; `t` is null or our copy.
    let mut r = unsafe { cp!(__NR_recvmmsg_time64, fd, v, n, flags, t) };
    if r == -(ENOSYS as isize) {
        let mut old = [0i32; 2];
        let mut p = 0usize;
        if !timeout.is_null() {
            if k.sec != k.sec as i32 as i64 {
                return -(EOVERFLOW as isize);
            }
            old = [k.sec as i32, k.nsec as i32];
            p = old.as_mut_ptr() as usize;
        }
        // SAFETY: as above, with the 32-bit timespec.
        r = unsafe { cp!(__NR_recvmmsg, fd, v, n, flags, p) };
        k = KTimespec {
            sec: old[0] as i64,
            nsec: old[1] as i64,
        };
    }
    if r >= 0 && !timeout.is_null() {
        // SAFETY: the caller's timespec, read above.
        unsafe {
            (*timeout).tv_sec = k.sec;
            (*timeout).tv_nsec = k.nsec as c_long;
        }
    }
    r
}

/// The 32-bit-time option for a 64-bit-time timeout option, if it is one.
fn timeout_option(level: c_int, name: c_int) -> Option<c_int> {
    if level != SOL_SOCKET as c_int {
        return None;
    }
    match name as u32 {
        SO_RCVTIMEO_NEW => Some(SO_RCVTIMEO_OLD as c_int),
        SO_SNDTIMEO_NEW => Some(SO_SNDTIMEO_OLD as c_int),
        _ => None,
    }
}

const TV: usize = size_of::<timeval>();

/// `setsockopt`: a timeout goes as the kernel's `sock_timeval`.
pub unsafe fn setsockopt(
    fd: c_int,
    lvl: c_int,
    name: c_int,
    val: *const c_void,
    len: u32,
) -> isize {
    let Some(old_name) = timeout_option(lvl, name) else {
        // SAFETY: the kernel checks the value and its length.
        return unsafe { sys!(__NR_setsockopt, fd, lvl, name, val, len) };
    };
    if len as usize != TV || val.is_null() {
        // SAFETY: as above; the kernel rejects the length or the pointer.
        let r = unsafe { sys!(__NR_setsockopt, fd, lvl, name, val, len) };
        // Without the option, it would have been refused as too short.
        return if r == -(ENOPROTOOPT as isize) && !val.is_null() {
            -(EINVAL as isize)
        } else {
            r
        };
    }
    // SAFETY: the caller passes a timeval of the length it says.
    let t = unsafe { core::ptr::read_unaligned(val as *const timeval) };
    let new = [t.tv_sec, t.tv_usec as i64];
    // SAFETY: our copy, 16 bytes.
    let r = unsafe { sys!(__NR_setsockopt, fd, lvl, name, new.as_ptr(), 16) };
    if r != -(ENOPROTOOPT as isize) {
        return r;
    }
    if t.tv_sec != t.tv_sec as i32 as i64 {
        return -(EOVERFLOW as isize);
    }
    let old = [t.tv_sec as i32, t.tv_usec as i32];
    // SAFETY: our copy, 8 bytes.
    unsafe { sys!(__NR_setsockopt, fd, lvl, old_name, old.as_ptr(), 8) }
}

/// `getsockopt`: a timeout comes back as this libc's `timeval` (the
/// padding zero).
pub unsafe fn getsockopt(
    fd: c_int,
    lvl: c_int,
    name: c_int,
    val: *mut c_void,
    len: *mut u32,
) -> isize {
    let whole = || {
        // SAFETY: checked non-null by the caller of the closure.
        !val.is_null() && !len.is_null() && unsafe { core::ptr::read_unaligned(len) } as usize >= TV
    };
    let Some(old_name) = timeout_option(lvl, name).filter(|_| whole()) else {
        // SAFETY: the kernel checks the value and its length.
        return unsafe { sys!(__NR_getsockopt, fd, lvl, name, val, len) };
    };
    let mut new = [0i64; 2];
    let mut n: u32 = 16;
    // SAFETY: our buffer and its length.
    let r = unsafe { sys!(__NR_getsockopt, fd, lvl, name, new.as_mut_ptr(), &raw mut n) };
    // qemu-user 7.2 reads an option it does not know as an int (n = 4).
    let (sec, usec) = if r == 0 && n == 16 {
        (new[0], new[1])
    } else if r == 0 || r == -(ENOPROTOOPT as isize) {
        let mut old = [0i32; 2];
        let mut n: u32 = 8;
        // SAFETY: our buffer and its length.
        let r = unsafe {
            sys!(
                __NR_getsockopt,
                fd,
                lvl,
                old_name,
                old.as_mut_ptr(),
                &raw mut n
            )
        };
        if r < 0 {
            return r;
        }
        (old[0] as i64, old[1] as i64)
    } else {
        return r;
    };
    let t = timeval {
        tv_sec: sec,
        tv_usec: usec as c_long,
        _pad: 0,
    };
    // SAFETY: the caller's buffer holds at least a timeval (whole()).
    unsafe {
        core::ptr::write_unaligned(val as *mut timeval, t);
        core::ptr::write_unaligned(len, TV as u32);
    }
    0
}
