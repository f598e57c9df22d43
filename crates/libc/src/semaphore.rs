//! `<semaphore.h>`: unnamed semaphores (`sem_init destroy wait trywait
//! timedwait clockwait post getvalue`). The value is a futex word;
//! a waiter count lets `sem_post` skip the wake when nobody sleeps.
use crate::pthread::{
    CLOCK_MONOTONIC, CLOCK_REALTIME, Deadline, fits, futex_wait, futex_wake, view,
};
use crate::time::clockid_t;
use crate::time::timespec;
use crate::types::*;
use core::sync::atomic::{AtomicU32, Ordering};
use syscall::errno::{EAGAIN, EINTR, EINVAL, EOVERFLOW, ETIMEDOUT};

/// glibc's `SEM_VALUE_MAX`.
pub const SEM_VALUE_MAX: u32 = i32::MAX as u32;

pub use crate::pthread::sem_t;

#[repr(C)]
struct Sem {
    value: AtomicU32,
    waiters: AtomicU32,
    shared: AtomicU32,
}
fits!(Sem, sem_t);

fn s(p: *mut sem_t) -> &'static Sem {
    view(p)
}

/// POSIX.1-2024 `sem_init`: EINVAL for a value above `SEM_VALUE_MAX`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_init(sem: *mut sem_t, pshared: c_int, value: c_uint) -> c_int {
    if value > SEM_VALUE_MAX {
        return crate::kernel::fail(EINVAL);
    }
    // SAFETY: the caller's storage.
    unsafe {
        core::ptr::write_bytes(sem, 0, 1);
        let v = &mut *(sem as *mut Sem);
        v.value = AtomicU32::new(value);
        v.shared = AtomicU32::new((pshared != 0) as u32);
    }
    0
}

/// POSIX.1-2024 `sem_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_destroy(_sem: *mut sem_t) -> c_int {
    0
}

/// POSIX.1-2024 `sem_post`: -1/EOVERFLOW at `SEM_VALUE_MAX`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_post(sem: *mut sem_t) -> c_int {
    let v = s(sem);
    let mut cur = v.value.load(Ordering::Relaxed);
    loop {
        if cur >= SEM_VALUE_MAX {
            return crate::kernel::fail(EOVERFLOW);
        }
        match v
            .value
            .compare_exchange_weak(cur, cur + 1, Ordering::SeqCst, Ordering::Relaxed)
        {
            Ok(_) => break,
            Err(x) => cur = x,
        }
    }
    if v.waiters.load(Ordering::SeqCst) != 0 {
        futex_wake(&v.value, 1, v.shared.load(Ordering::Relaxed) != 0);
    }
    0
}

fn try_take(v: &Sem) -> bool {
    let mut cur = v.value.load(Ordering::Relaxed);
    while cur > 0 {
        match v
            .value
            .compare_exchange_weak(cur, cur - 1, Ordering::Acquire, Ordering::Relaxed)
        {
            Ok(_) => return true,
            Err(x) => cur = x,
        }
    }
    false
}

/// Wait for a unit: 0, or -1 with errno (EINTR from a signal handler,
/// ETIMEDOUT, EINVAL for a bad deadline).
unsafe fn wait(sem: *mut sem_t, clock: clockid_t, abs: *const timespec) -> c_int {
    let v = s(sem);
    if try_take(v) {
        return 0;
    }
    let dl = if abs.is_null() {
        None
    } else {
        // SAFETY: the caller's timespec.
        match unsafe { Deadline::new(clock, abs) } {
            Ok(d) => Some(d),
            Err(e) => return crate::kernel::fail(e as u32),
        }
    };
    let shared = v.shared.load(Ordering::Relaxed) != 0;
    loop {
        v.waiters.fetch_add(1, Ordering::SeqCst);
        let r = if v.value.load(Ordering::SeqCst) == 0 {
            futex_wait(&v.value, 0, dl.as_ref(), shared)
        } else {
            0
        };
        v.waiters.fetch_sub(1, Ordering::SeqCst);
        if try_take(v) {
            return 0;
        }
        if r == EINTR as c_int || r == ETIMEDOUT as c_int {
            return crate::kernel::fail(r as u32);
        }
    }
}

/// POSIX.1-2024 `sem_wait`: -1/EINTR when a signal handler interrupts it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_wait(sem: *mut sem_t) -> c_int {
    // SAFETY: forwarded.
    unsafe { wait(sem, CLOCK_REALTIME, core::ptr::null()) }
}

/// POSIX.1-2024 `sem_trywait`: -1/EAGAIN when the value is 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_trywait(sem: *mut sem_t) -> c_int {
    if try_take(s(sem)) {
        0
    } else {
        crate::kernel::fail(EAGAIN)
    }
}

/// POSIX.1-2024 `sem_timedwait`: -1/ETIMEDOUT once `abs` (CLOCK_REALTIME)
/// passes; -1/EINVAL for a bad `tv_nsec` when it would block.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_timedwait(sem: *mut sem_t, abs: *const timespec) -> c_int {
    // SAFETY: forwarded.
    unsafe { wait(sem, CLOCK_REALTIME, abs) }
}

/// POSIX.1-2024 `sem_clockwait`: as timedwait on `clock` (CLOCK_REALTIME
/// or CLOCK_MONOTONIC, else -1/EINVAL).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_clockwait(
    sem: *mut sem_t,
    clock: clockid_t,
    abs: *const timespec,
) -> c_int {
    if clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC {
        return crate::kernel::fail(EINVAL);
    }
    // SAFETY: forwarded.
    unsafe { wait(sem, clock, abs) }
}

/// POSIX.1-2024 `sem_getvalue`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_getvalue(sem: *mut sem_t, out: *mut c_int) -> c_int {
    // SAFETY: the caller's result variable.
    unsafe { *out = s(sem).value.load(Ordering::Relaxed) as c_int };
    0
}
