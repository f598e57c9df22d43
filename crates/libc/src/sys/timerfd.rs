//! `<sys/timerfd.h>`: timers read from a descriptor (Linux extension).
//! `struct itimerspec` is copied to and from the kernel's 64-bit layout,
//! through the `*time64` calls on i386 (`arch::NR_TIMERFD_*`), as the
//! POSIX timers are.
use crate::arch;
use crate::kernel::{fail, ret_int};
use crate::time::{KItimerspec, clockid_t, from_kernel, itimerspec, to_kernel};
use crate::types::*;
use syscall::errno::EFAULT;

/// Linux `timerfd_create` on `clock` (`TFD_CLOEXEC`, `TFD_NONBLOCK`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timerfd_create(clock: clockid_t, flags: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_timerfd_create, clock, flags) })
}

/// Linux `timerfd_settime` (`TFD_TIMER_ABSTIME`, `TFD_TIMER_CANCEL_ON_SET`);
/// the previous setting into `old` when it is not null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timerfd_settime(
    fd: c_int,
    flags: c_int,
    new: *const itimerspec,
    old: *mut itimerspec,
) -> c_int {
    if new.is_null() {
        return fail(EFAULT);
    }
    // SAFETY: new is the caller's readable itimerspec.
    let k = to_kernel(unsafe { &*new });
    let mut o = KItimerspec::default();
    // SAFETY: our locals.
    let r = unsafe {
        syscall::syscall4(
            arch::NR_TIMERFD_SETTIME,
            fd as usize,
            flags as usize,
            &raw const k as usize,
            &raw mut o as usize,
        )
    };
    if r == 0 && !old.is_null() {
        // SAFETY: old is the caller's writable itimerspec.
        unsafe { from_kernel(&o, old) };
    }
    ret_int(r)
}

/// Linux `timerfd_gettime`: the time to the next expiry and the interval.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timerfd_gettime(fd: c_int, cur: *mut itimerspec) -> c_int {
    let mut o = KItimerspec::default();
    // SAFETY: our local.
    let r =
        unsafe { syscall::syscall2(arch::NR_TIMERFD_GETTIME, fd as usize, &raw mut o as usize) };
    if r == 0 {
        if cur.is_null() {
            return fail(EFAULT);
        }
        // SAFETY: cur is the caller's writable itimerspec.
        unsafe { from_kernel(&o, cur) };
    }
    ret_int(r)
}
