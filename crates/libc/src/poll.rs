//! `<poll.h>`: `poll` and `ppoll`, both over the kernel's ppoll (the
//! 64-bit-time one on i386; aarch64 and riscv64 have no poll call). The
//! timeout is copied, so the caller's `ppoll` timespec is never written.
use crate::arch;
use crate::kernel::ret_int;
use crate::signal::sigset_t;
use crate::time::{KTimespec, timespec};
use crate::types::*;

/// POSIX `struct pollfd`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pollfd {
    pub fd: c_int,
    pub events: c_short,
    pub revents: c_short,
}

pub type nfds_t = c_ulong;

/// The kernel's signal set size (64 signals).
const KSIGSET: usize = 8;

/// A private copy of an input timeout (null stays null) for the calls
/// that write the time left back into it (ppoll, pselect6).
///
/// # Safety
/// `t` is null or a readable timespec.
pub(crate) unsafe fn private_timeout(t: *const timespec, tmp: &mut KTimespec) -> *mut KTimespec {
    if t.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: per the contract.
    let t = unsafe { &*t };
    tmp.sec = t.tv_sec;
    tmp.nsec = t.tv_nsec as i64;
    tmp
}

/// `poll` that is not a cancellation point, for the library's own use.
///
/// # Safety
/// `fds` holds `n` entries.
pub(crate) unsafe fn poll_nocancel(fds: *mut pollfd, n: nfds_t, timeout: c_int) -> c_int {
    let mut ts = KTimespec::default();
    let tp = if timeout < 0 {
        0
    } else {
        ts.sec = (timeout / 1000) as i64;
        ts.nsec = (timeout % 1000) as i64 * 1_000_000;
        &raw mut ts as usize
    };
    // SAFETY: the kernel checks the array; the timeout is ours.
    ret_int(unsafe { syscall::syscall5(arch::NR_PPOLL, fds as usize, n as usize, tp, 0, KSIGSET) })
}

/// POSIX.1-2024 `poll`: a negative timeout waits forever.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn poll(fds: *mut pollfd, n: nfds_t, timeout: c_int) -> c_int {
    let mut ts = KTimespec::default();
    let tp = if timeout < 0 {
        0
    } else {
        ts.sec = (timeout / 1000) as i64;
        ts.nsec = (timeout % 1000) as i64 * 1_000_000;
        &raw mut ts as usize
    };
    // SAFETY: the kernel checks the array; tp is null or our timespec.
    ret_int(unsafe {
        crate::kernel::cp6(arch::NR_PPOLL, fds as usize, n as usize, tp, 0, KSIGSET, 0)
    })
}

/// POSIX.1-2024 `ppoll` (a GNU extension before it): `poll` with a
/// timespec timeout (NULL: forever) and a signal mask held while waiting.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ppoll(
    fds: *mut pollfd,
    n: nfds_t,
    timeout: *const timespec,
    mask: *const sigset_t,
) -> c_int {
    let mut ts = KTimespec::default();
    // SAFETY: the caller passes null or a readable timespec.
    let tp = unsafe { private_timeout(timeout, &mut ts) } as usize;
    // SAFETY: the kernel checks the array and the mask pointer.
    ret_int(unsafe {
        crate::kernel::cp6(
            arch::NR_PPOLL,
            fds as usize,
            n as usize,
            tp,
            mask as usize,
            KSIGSET,
            0,
        )
    })
}
