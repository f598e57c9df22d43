//! Spin locks: `pthread_spin_*` (a word: 0 free, 1 held).
use super::{pthread_spinlock_t, view};
use crate::types::*;
use core::sync::atomic::{AtomicU32, Ordering};
use syscall::errno::EBUSY;

fn s(p: *mut pthread_spinlock_t) -> &'static AtomicU32 {
    view(p)
}

/// POSIX.1-2024 `pthread_spin_init` (process-shared or not: a spin lock
/// is a plain word either way).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_spin_init(l: *mut pthread_spinlock_t, _pshared: c_int) -> c_int {
    s(l).store(0, Ordering::Relaxed);
    0
}

/// POSIX.1-2024 `pthread_spin_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_spin_destroy(_l: *mut pthread_spinlock_t) -> c_int {
    0
}

/// POSIX.1-2024 `pthread_spin_lock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_spin_lock(l: *mut pthread_spinlock_t) -> c_int {
    let w = s(l);
    while w
        .compare_exchange_weak(0, 1, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        while w.load(Ordering::Relaxed) != 0 {
            core::hint::spin_loop();
        }
    }
    0
}

/// POSIX.1-2024 `pthread_spin_trylock`: EBUSY when held.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_spin_trylock(l: *mut pthread_spinlock_t) -> c_int {
    match s(l).compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed) {
        Ok(_) => 0,
        Err(_) => EBUSY as c_int,
    }
}

/// POSIX.1-2024 `pthread_spin_unlock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_spin_unlock(l: *mut pthread_spinlock_t) -> c_int {
    s(l).store(0, Ordering::Release);
    0
}
