//! `<sys/resource.h>`: resource limits (64-bit on every arch, through
//! `prlimit64`), resource usage and scheduling priority.
use crate::kernel::ret_int;
use crate::types::*;

/// `rlim_t`: 64-bit everywhere (i386 too).
pub type rlim_t = u64;
/// `id_t` as `<bits/alltypes.h>` spells it.
pub type id_t = c_int;

/// `struct rlimit`: the kernel's `struct rlimit64`.
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct rlimit {
    pub rlim_cur: rlim_t,
    pub rlim_max: rlim_t,
}

/// `struct rusage` (glibc's layout), shared with `<sys/wait.h>`.
pub use crate::types::rusage;

/// The kernel offsets `getpriority`'s result by this, so that it is never
/// negative: it returns 20 - nice.
const PRIO_BIAS: c_int = 20;

/// GNU `prlimit`: set and/or get a limit of process `pid` (0: self).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn prlimit(
    pid: pid_t,
    res: c_int,
    new: *const rlimit,
    old: *mut rlimit,
) -> c_int {
    // SAFETY: the kernel checks both pointers (either may be null).
    ret_int(unsafe { sys!(__NR_prlimit64, pid, res, new, old) })
}

/// POSIX.1-2024 `getrlimit` (an unknown resource is EINVAL).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getrlimit(res: c_int, rl: *mut rlimit) -> c_int {
    // SAFETY: the kernel checks the pointer.
    unsafe { prlimit(0, res, core::ptr::null(), rl) }
}

/// POSIX.1-2024 `setrlimit` (soft above hard is EINVAL; raising the hard
/// limit unprivileged is EPERM).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setrlimit(res: c_int, rl: *const rlimit) -> c_int {
    // SAFETY: the kernel checks the pointer.
    unsafe { prlimit(0, res, rl, core::ptr::null_mut()) }
}

/// POSIX.1-2024 `getrusage` (`RUSAGE_SELF`, `RUSAGE_CHILDREN`, GNU
/// `RUSAGE_THREAD`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getrusage(who: c_int, r: *mut rusage) -> c_int {
    // SAFETY: the arch call fills `*r` as the kernel reports it.
    ret_int(unsafe { crate::arch::getrusage(who, r) })
}

/// POSIX.1-2024 `getpriority`: the nice value (-20..19); -1 is also a
/// valid result, so callers clear errno first to tell an error apart.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getpriority(which: c_int, who: id_t) -> c_int {
    // SAFETY: plain values.
    let r = ret_int(unsafe { sys!(__NR_getpriority, which, who) });
    if r < 0 { r } else { PRIO_BIAS - r }
}

/// POSIX.1-2024 `setpriority` (the kernel clamps the value to -20..19).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setpriority(which: c_int, who: id_t, prio: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_setpriority, which, who, prio) })
}
