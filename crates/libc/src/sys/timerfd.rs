//! `<sys/timerfd.h>`: timers read from a descriptor (Linux extension).
//! `struct itimerspec` is copied to and from the kernel's 64-bit layout,
//! through the `*time64` calls on i386 (`arch::NR_TIMERFD_*`), as the
//! POSIX timers are.
use crate::arch;
use crate::kernel::ret_int;
use crate::time::{clockid_t, gettime_call, itimerspec, settime_call};
use crate::types::*;

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
    // SAFETY: the caller's pointers.
    unsafe { settime_call(arch::NR_TIMERFD_SETTIME, fd as usize, flags, new, old) }
}

/// Linux `timerfd_gettime`: the time to the next expiry and the interval.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timerfd_gettime(fd: c_int, cur: *mut itimerspec) -> c_int {
    // SAFETY: the caller's pointer.
    unsafe { gettime_call(arch::NR_TIMERFD_GETTIME, fd as usize, cur) }
}
