//! Condition variables: `pthread_cond_*`, `pthread_condattr_*`.
//!
//! A sequence word that every signal bumps, and a count of waiters so a
//! signal with nobody waiting costs no system call. A waiter reads the
//! sequence before it unlocks the mutex and sleeps only while it is
//! unchanged, so a signal after the unlock is never lost.
use super::cancel::{CleanupBuf, pop, push};
use super::mutex::m;
use super::{
    CLOCK_MONOTONIC, CLOCK_REALTIME, Deadline, PTHREAD_PROCESS_PRIVATE, PTHREAD_PROCESS_SHARED,
    fits, futex_wait_cp, futex_wake, pthread_cond_t, pthread_condattr_t, pthread_mutex_t, view,
};
use crate::time::clockid_t;
use crate::time::timespec;
use crate::types::*;
use core::sync::atomic::{AtomicU32, Ordering};
use syscall::errno::{EINVAL, ETIMEDOUT};

const MONO: u32 = 1;
const SHARED: u32 = 2;

/// The internal view of `pthread_cond_t` (all zero: realtime, private).
#[repr(C)]
pub struct Cond {
    seq: AtomicU32,
    waiters: AtomicU32,
    flags: AtomicU32,
}
fits!(Cond, pthread_cond_t);

impl Cond {
    fn shared(&self) -> bool {
        self.flags.load(Ordering::Relaxed) & SHARED != 0
    }

    /// Wait on the condition with `mx` held; 0 or ETIMEDOUT (the mutex
    /// is held again either way). A cancellation point: a thread
    /// cancelled in the wait takes the mutex back before its cleanup
    /// handlers run.
    pub fn wait(&self, mx: *mut pthread_mutex_t, dl: Option<&Deadline>) -> c_int {
        self.waiters.fetch_add(1, Ordering::SeqCst);
        let seq = self.seq.load(Ordering::SeqCst);
        let mu = m(mx);
        let r = mu.release();
        if r != 0 {
            self.waiters.fetch_sub(1, Ordering::SeqCst);
            return r;
        }
        let mut ctx = (self as *const Cond, mx);
        let mut cb = CleanupBuf {
            routine: None,
            arg: core::ptr::null_mut(),
            canceltype: 0,
            prev: core::ptr::null_mut(),
        };
        // SAFETY: the record and its context live until the pop below.
        unsafe { push(&mut cb, Some(wait_cancelled), (&raw mut ctx).cast()) };
        let mut out = 0;
        let shared = self.shared();
        while self.seq.load(Ordering::SeqCst) == seq {
            match futex_wait_cp(&self.seq, seq, dl, shared) {
                // Woken: this wait is over. The condition may already be
                // destroyed (and its memory reused) by the thread that
                // woke us, as POSIX allows once no thread is blocked on it,
                // so it is not read again but for the count below.
                0 => break,
                e if e == ETIMEDOUT as c_int => {
                    out = ETIMEDOUT as c_int;
                    break;
                }
                // A signal handler (EINTR) or a changed sequence (EAGAIN):
                // recheck; sleeping again on an unchanged sequence avoids
                // spurious returns for handlers.
                _ => {}
            }
        }
        // SAFETY: pushed above, innermost.
        unsafe { pop(&mut cb, false) };
        // Never below zero: a condition destroyed and initialised again
        // while we woke has its own count.
        let _ = self
            .waiters
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |w| w.checked_sub(1));
        let r = mu.acquire(None);
        if r != 0 { r } else { out }
    }

    pub fn signal(&self, all: bool) {
        self.seq.fetch_add(1, Ordering::SeqCst);
        // A broadcast always wakes: the count may be short by a waiter of
        // an earlier life of this memory (see `wait`).
        if all || self.waiters.load(Ordering::SeqCst) != 0 {
            futex_wake(
                &self.seq,
                if all { i32::MAX as u32 } else { 1 },
                self.shared(),
            );
        }
    }

    fn clock(&self) -> clockid_t {
        if self.flags.load(Ordering::Relaxed) & MONO != 0 {
            CLOCK_MONOTONIC
        } else {
            CLOCK_REALTIME
        }
    }
}

/// The cleanup of a waiter cancelled in its wait: no longer a waiter, and
/// the mutex held again.
unsafe extern "C" fn wait_cancelled(arg: *mut c_void) {
    // SAFETY: the waiter's (condition, mutex) pair, on its stack.
    let (cv, mx) = unsafe { *(arg as *const (*const Cond, *mut pthread_mutex_t)) };
    // SAFETY: the condition the thread waited on.
    unsafe { (*cv).waiters.fetch_sub(1, Ordering::SeqCst) };
    m(mx).acquire(None);
}

pub(crate) fn c(p: *mut pthread_cond_t) -> &'static Cond {
    view(p)
}

/// POSIX.1-2024 `pthread_cond_init`: the clock and process-shared
/// setting come from `attr` (realtime, private without it).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_init(
    cv: *mut pthread_cond_t,
    attr: *const pthread_condattr_t,
) -> c_int {
    let flags = if attr.is_null() {
        0
    } else {
        // SAFETY: the caller's initialised attribute object.
        unsafe { *(attr as *const u32) }
    };
    // SAFETY: the caller's storage.
    unsafe {
        core::ptr::write_bytes(cv, 0, 1);
        (*(cv as *mut Cond)).flags = AtomicU32::new(flags);
    }
    0
}

/// POSIX.1-2024 `pthread_cond_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_destroy(_cv: *mut pthread_cond_t) -> c_int {
    0
}

/// POSIX.1-2024 `pthread_cond_signal`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_signal(cv: *mut pthread_cond_t) -> c_int {
    c(cv).signal(false);
    0
}

/// POSIX.1-2024 `pthread_cond_broadcast`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_broadcast(cv: *mut pthread_cond_t) -> c_int {
    c(cv).signal(true);
    0
}

/// POSIX.1-2024 `pthread_cond_wait`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_wait(
    cv: *mut pthread_cond_t,
    mx: *mut pthread_mutex_t,
) -> c_int {
    c(cv).wait(mx, None)
}

/// POSIX.1-2024 `pthread_cond_timedwait`: ETIMEDOUT once `abs` passes on
/// the condition's clock; EINVAL for a bad `tv_nsec`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_timedwait(
    cv: *mut pthread_cond_t,
    mx: *mut pthread_mutex_t,
    abs: *const timespec,
) -> c_int {
    let cond = c(cv);
    // SAFETY: the caller's timespec.
    match unsafe { Deadline::new(cond.clock(), abs) } {
        Ok(d) => cond.wait(mx, Some(&d)),
        Err(e) if e == ETIMEDOUT as c_int => {
            // Already past: still a wait that gives the mutex up and back.
            let mu = m(mx);
            let r = mu.release();
            if r != 0 {
                return r;
            }
            mu.acquire(None);
            e
        }
        Err(e) => e,
    }
}

/// POSIX.1-2024 `pthread_cond_clockwait`: as timedwait on `clock`
/// (CLOCK_REALTIME or CLOCK_MONOTONIC, else EINVAL).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_clockwait(
    cv: *mut pthread_cond_t,
    mx: *mut pthread_mutex_t,
    clock: clockid_t,
    abs: *const timespec,
) -> c_int {
    // SAFETY: the caller's timespec.
    match unsafe { Deadline::new(clock, abs) } {
        Ok(d) => c(cv).wait(mx, Some(&d)),
        Err(e) => e,
    }
}

/// POSIX.1-2024 `pthread_condattr_init`: CLOCK_REALTIME, process-private.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_init(a: *mut pthread_condattr_t) -> c_int {
    // SAFETY: the caller's storage.
    unsafe { core::ptr::write_bytes(a, 0, 1) };
    0
}

/// POSIX.1-2024 `pthread_condattr_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_destroy(_a: *mut pthread_condattr_t) -> c_int {
    0
}

fn flags(a: *mut pthread_condattr_t) -> *mut u32 {
    a as *mut u32
}

/// POSIX.1-2024 `pthread_condattr_setclock`: CLOCK_REALTIME or
/// CLOCK_MONOTONIC, else EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_setclock(
    a: *mut pthread_condattr_t,
    clock: clockid_t,
) -> c_int {
    let bit = match clock {
        CLOCK_REALTIME => 0,
        CLOCK_MONOTONIC => MONO,
        _ => return EINVAL as c_int,
    };
    // SAFETY: the caller's attribute object.
    unsafe { *flags(a) = (*flags(a) & !MONO) | bit };
    0
}

/// POSIX.1-2024 `pthread_condattr_getclock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_getclock(
    a: *const pthread_condattr_t,
    clock: *mut clockid_t,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe {
        *clock = if *flags(a as *mut _) & MONO != 0 {
            CLOCK_MONOTONIC
        } else {
            CLOCK_REALTIME
        }
    };
    0
}

/// POSIX.1-2024 `pthread_condattr_setpshared`: EINVAL for a bad value.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_setpshared(
    a: *mut pthread_condattr_t,
    ps: c_int,
) -> c_int {
    let bit = match ps {
        PTHREAD_PROCESS_PRIVATE => 0,
        PTHREAD_PROCESS_SHARED => SHARED,
        _ => return EINVAL as c_int,
    };
    // SAFETY: the caller's attribute object.
    unsafe { *flags(a) = (*flags(a) & !SHARED) | bit };
    0
}

/// POSIX.1-2024 `pthread_condattr_getpshared`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_getpshared(
    a: *const pthread_condattr_t,
    ps: *mut c_int,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *ps = (*flags(a as *mut _) & SHARED != 0) as c_int };
    0
}
