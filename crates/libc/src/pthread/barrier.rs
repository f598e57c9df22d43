//! Barriers: `pthread_barrier_*`, `pthread_barrierattr_*`. A count of
//! arrivals and a round number the waiters sleep on; the last arrival of
//! a round starts the next one and wakes everyone.
use super::{Lock, fits, futex_wait, futex_wake, pthread_barrier_t, pthread_barrierattr_t, view};
use crate::types::*;
use core::sync::atomic::{AtomicU32, Ordering};
use syscall::errno::EINVAL;

/// glibc's `PTHREAD_BARRIER_SERIAL_THREAD`.
pub const PTHREAD_BARRIER_SERIAL_THREAD: c_int = -1;

#[repr(C)]
struct Barrier {
    lk: Lock,
    count: AtomicU32,
    arrived: AtomicU32,
    round: AtomicU32,
    shared: AtomicU32,
}
fits!(Barrier, pthread_barrier_t);

/// POSIX.1-2024 `pthread_barrier_init`: EINVAL for a count of 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrier_init(
    b: *mut pthread_barrier_t,
    attr: *const pthread_barrierattr_t,
    count: c_uint,
) -> c_int {
    if count == 0 || count > i32::MAX as c_uint {
        return EINVAL as c_int;
    }
    let sh = if attr.is_null() {
        0
    } else {
        // SAFETY: the caller's initialised attribute object.
        unsafe { *(attr as *const u32) }
    };
    // SAFETY: the caller's storage.
    unsafe {
        core::ptr::write_bytes(b, 0, 1);
        let v = &mut *(b as *mut Barrier);
        v.count = AtomicU32::new(count);
        v.shared = AtomicU32::new(sh);
    }
    0
}

/// POSIX.1-2024 `pthread_barrier_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrier_destroy(_b: *mut pthread_barrier_t) -> c_int {
    0
}

/// POSIX.1-2024 `pthread_barrier_wait`: PTHREAD_BARRIER_SERIAL_THREAD in
/// one thread of each round, 0 in the others.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrier_wait(b: *mut pthread_barrier_t) -> c_int {
    let v: &Barrier = view(b);
    let shared = v.shared.load(Ordering::Relaxed) != 0;
    v.lk.lock_in(shared);
    let n = v.arrived.load(Ordering::Relaxed) + 1;
    if n == v.count.load(Ordering::Relaxed) {
        v.arrived.store(0, Ordering::Relaxed);
        v.round.fetch_add(1, Ordering::Release);
        v.lk.unlock_in(shared);
        futex_wake(&v.round, i32::MAX as u32, shared);
        return PTHREAD_BARRIER_SERIAL_THREAD;
    }
    v.arrived.store(n, Ordering::Relaxed);
    let round = v.round.load(Ordering::Relaxed);
    v.lk.unlock_in(shared);
    while v.round.load(Ordering::Acquire) == round {
        futex_wait(&v.round, round, None, shared);
    }
    0
}

/// POSIX.1-2024 `pthread_barrierattr_init`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrierattr_init(a: *mut pthread_barrierattr_t) -> c_int {
    // SAFETY: the caller's storage.
    unsafe { core::ptr::write_bytes(a, 0, 1) };
    0
}

/// POSIX.1-2024 `pthread_barrierattr_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrierattr_destroy(_a: *mut pthread_barrierattr_t) -> c_int {
    0
}

/// POSIX.1-2024 `pthread_barrierattr_setpshared`: EINVAL for a bad value.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrierattr_setpshared(
    a: *mut pthread_barrierattr_t,
    ps: c_int,
) -> c_int {
    // SAFETY: the caller's attribute object (one word).
    unsafe { super::set_pshared(a as *mut u32, ps) }
}

/// POSIX.1-2024 `pthread_barrierattr_getpshared`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrierattr_getpshared(
    a: *const pthread_barrierattr_t,
    ps: *mut c_int,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { super::get_pshared(a as *const u32, ps) }
}
