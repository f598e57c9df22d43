//! `<sys/select.h>`: `select` and `pselect` over the kernel's pselect6
//! (the 64-bit-time one on i386; aarch64 and riscv64 have no select
//! call), glibc's 1024-bit `fd_set`. `select` writes the time left back
//! into its timeval, as Linux's select does; `pselect`'s timeout is
//! copied and never written.
use crate::arch;
use crate::kernel::{fail, ret_int};
use crate::signal::sigset_t;
use crate::sys::time::timeval;
use crate::time::{KTimespec, timespec};
use crate::types::*;
use syscall::errno::EINVAL;

pub const FD_SETSIZE: usize = 1024;

/// Bits per `fd_set` word (the header's name).
pub const __NFDBITS: usize = c_long::BITS as usize;

/// glibc's `fd_set`: `FD_SETSIZE` bits in `long`s.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fd_set {
    pub fds_bits: [c_long; FD_SETSIZE / __NFDBITS],
}

/// pselect6's sixth argument: the mask and its kernel size.
#[repr(C)]
struct MaskArg {
    ss: *const sigset_t,
    len: usize,
}

unsafe fn pselect6(
    n: c_int,
    r: *mut fd_set,
    w: *mut fd_set,
    e: *mut fd_set,
    ts: *mut KTimespec,
    mask: *const sigset_t,
) -> isize {
    let m = MaskArg { ss: mask, len: 8 };
    let mp = if mask.is_null() {
        0
    } else {
        &raw const m as usize
    };
    // SAFETY: the kernel checks the sets; ts is null or ours, mp ours.
    unsafe {
        crate::kernel::cp6(
            arch::NR_PSELECT6,
            n as usize,
            r as usize,
            w as usize,
            e as usize,
            ts as usize,
            mp,
        )
    }
}

/// POSIX.1-2024 `select`: microseconds past a second carry into seconds
/// (as the kernel's select); the time left is written back.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn select(
    n: c_int,
    r: *mut fd_set,
    w: *mut fd_set,
    e: *mut fd_set,
    tv: *mut timeval,
) -> c_int {
    let mut ts = KTimespec::default();
    let tp = if tv.is_null() {
        core::ptr::null_mut()
    } else {
        // SAFETY: the caller passes a readable, writable timeval.
        let t = unsafe { &*tv };
        let us = t.tv_usec as i64;
        if t.tv_sec < 0 || us < 0 {
            return fail(EINVAL);
        }
        ts.sec = t.tv_sec.saturating_add(us / 1_000_000);
        ts.nsec = us % 1_000_000 * 1000;
        &raw mut ts
    };
    // SAFETY: forwarded.
    let rv = unsafe { pselect6(n, r, w, e, tp, core::ptr::null()) };
    if !tv.is_null() {
        // SAFETY: as above; the kernel wrote the time left into ts.
        unsafe {
            (*tv).tv_sec = ts.sec;
            (*tv).tv_usec = (ts.nsec / 1000) as _;
        }
    }
    ret_int(rv)
}

/// POSIX.1-2024 `pselect`: `select` with a timespec (never written) and
/// a signal mask held while waiting.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pselect(
    n: c_int,
    r: *mut fd_set,
    w: *mut fd_set,
    e: *mut fd_set,
    timeout: *const timespec,
    mask: *const sigset_t,
) -> c_int {
    let mut ts = KTimespec::default();
    // SAFETY: the caller passes null or a readable timespec.
    let tp = unsafe { crate::poll::private_timeout(timeout, &mut ts) };
    // SAFETY: forwarded.
    ret_int(unsafe { pselect6(n, r, w, e, tp, mask) })
}
