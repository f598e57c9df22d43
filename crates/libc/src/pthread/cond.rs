//! Condition variables: `pthread_cond_*`, `pthread_condattr_*`.
//!
//! A sequence word that every signal bumps, and a count of waiters so a
//! signal with nobody waiting costs no system call. A waiter reads the
//! sequence before it unlocks the mutex and sleeps only while it is
//! unchanged, so a signal after the unlock is never lost.
//!
//! `pthread_cond_destroy` waits until every waiter has left the wait (the
//! woken ones are on their way out; any still asleep, which a correct
//! program does not have, get a spurious wakeup), so the memory can be
//! reused at once, as POSIX allows after a broadcast: a waiter that had
//! not yet gone to sleep could otherwise find its old sequence value
//! written back by the reuse and sleep for ever.
use super::cancel::{CleanupBuf, pop, push};
use super::mutex::m;
use super::{
    CLOCK_MONOTONIC, CLOCK_REALTIME, Deadline, PTHREAD_PROCESS_PRIVATE, PTHREAD_PROCESS_SHARED,
    fits, futex_wait, futex_wait_cp, futex_wake, pthread_cond_t, pthread_condattr_t,
    pthread_mutex_t, view,
};
use crate::time::clockid_t;
use crate::time::timespec;
use crate::types::*;
use core::sync::atomic::{AtomicU32, Ordering};
use syscall::errno::{EINVAL, ETIMEDOUT};

const MONO: u32 = 1;
const SHARED: u32 = 2;
/// In `waiters`: a destroyer waits for the count to reach zero.
const DESTROYING: u32 = 1 << 31;

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

    /// One waiter fewer (never below zero: a condition destroyed and
    /// initialised again while we woke has its own count); the last one
    /// out tells a waiting destroyer.
    fn leave(&self, shared: bool) {
        let prev = self
            .waiters
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |w| {
                if w & !DESTROYING == 0 {
                    None
                } else {
                    Some(w - 1)
                }
            });
        if let Ok(w) = prev
            && w == DESTROYING + 1
        {
            futex_wake(&self.waiters, i32::MAX as u32, shared);
        }
    }

    /// For `pthread_cond_destroy`: wake any waiter left and wait until
    /// every waiter has left the wait.
    fn drain(&self) {
        if self.waiters.load(Ordering::SeqCst) == 0 {
            return;
        }
        let shared = self.shared();
        self.waiters.fetch_or(DESTROYING, Ordering::SeqCst);
        self.seq.fetch_add(1, Ordering::SeqCst);
        futex_wake(&self.seq, i32::MAX as u32, shared);
        loop {
            let w = self.waiters.load(Ordering::SeqCst);
            if w & !DESTROYING == 0 {
                break;
            }
            futex_wait(&self.waiters, w, None, shared);
        }
        self.waiters.fetch_and(!DESTROYING, Ordering::SeqCst);
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
            self.leave(self.shared());
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
                // Woken: this wait is over (a destroyer waits for the
                // count below before the memory can be reused).
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
        self.leave(shared);
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
    unsafe { (*cv).leave((*cv).shared()) };
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

/// POSIX.1-2024 `pthread_cond_destroy`: returns once no thread is in a
/// wait on it, so its memory may be reused or freed at once.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_destroy(cv: *mut pthread_cond_t) -> c_int {
    c(cv).drain();
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
