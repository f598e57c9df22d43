//! Read-write locks: `pthread_rwlock_*`, `pthread_rwlockattr_*`.
//!
//! A small internal lock guards the state (reader count, writer id,
//! waiter counts); readers and writers sleep on their own sequence words.
//! Readers are preferred (glibc's default `PTHREAD_RWLOCK_PREFER_READER_NP`),
//! so a thread may take the read lock again while a writer waits; with
//! the GNU kind `PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP` a reader
//! waits while a writer does. A writer relocking gets EDEADLK, as in
//! glibc.
use super::{
    CLOCK_MONOTONIC, CLOCK_REALTIME, Deadline, fits, futex_wait, futex_wake, gettid, lock_slow,
    pthread_rwlock_t, pthread_rwlockattr_t, view,
};
use crate::time::clockid_t;
use crate::time::timespec;
use crate::types::*;
use core::sync::atomic::{AtomicI32, AtomicU32, Ordering};
use syscall::errno::{EAGAIN, EBUSY, EDEADLK, EINVAL, EPERM, ETIMEDOUT};

/// The internal view of `pthread_rwlock_t` (all zero: unlocked, private).
#[repr(C)]
struct RwLock {
    lk: AtomicU32,
    readers: AtomicU32,
    writer: AtomicI32,
    rwait: AtomicU32,
    wwait: AtomicU32,
    rseq: AtomicU32,
    wseq: AtomicU32,
    /// Bit 0: process-shared; bits 1–2: the GNU kind.
    shared: AtomicU32,
}

/// GNU rwlock kinds (`pthread_rwlockattr_setkind_np`).
const PREFER_READER: c_int = 0;
const PREFER_WRITER_NONRECURSIVE: c_int = 2;
fits!(RwLock, pthread_rwlock_t);

impl RwLock {
    fn sh(&self) -> bool {
        self.shared.load(Ordering::Relaxed) & 1 != 0
    }
    /// Whether readers wait for waiting writers.
    fn writers_first(&self) -> bool {
        (self.shared.load(Ordering::Relaxed) >> 1) as c_int == PREFER_WRITER_NONRECURSIVE
    }
    fn enter(&self) {
        if self
            .lk
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            lock_slow(&self.lk, None, self.sh());
        }
    }
    fn leave(&self) {
        if self.lk.swap(0, Ordering::Release) == 2 {
            futex_wake(&self.lk, 1, self.sh());
        }
    }

    /// Take the lock (`write` or not); `try_` gives EBUSY instead of
    /// waiting; waits end at `dl` with ETIMEDOUT.
    fn take(&self, write: bool, try_: bool, dl: Option<&Deadline>) -> c_int {
        let me = gettid();
        self.enter();
        if self.writer.load(Ordering::Relaxed) == me {
            self.leave();
            return if try_ { EBUSY } else { EDEADLK } as c_int;
        }
        loop {
            let busy = self.writer.load(Ordering::Relaxed) != 0
                || (write && self.readers.load(Ordering::Relaxed) != 0)
                || (!write && self.writers_first() && self.wwait.load(Ordering::Relaxed) != 0);
            if !busy {
                break;
            }
            if try_ {
                self.leave();
                return EBUSY as c_int;
            }
            let (count, seq) = if write {
                (&self.wwait, &self.wseq)
            } else {
                (&self.rwait, &self.rseq)
            };
            count.fetch_add(1, Ordering::Relaxed);
            let s = seq.load(Ordering::Relaxed);
            self.leave();
            let r = futex_wait(seq, s, dl, self.sh());
            self.enter();
            count.fetch_sub(1, Ordering::Relaxed);
            if r == ETIMEDOUT as c_int {
                let busy = self.writer.load(Ordering::Relaxed) != 0
                    || (write && self.readers.load(Ordering::Relaxed) != 0);
                if busy {
                    self.leave();
                    return r;
                }
            }
        }
        if write {
            self.writer.store(me, Ordering::Relaxed);
        } else {
            let n = self.readers.load(Ordering::Relaxed);
            if n == u32::MAX >> 1 {
                self.leave();
                return EAGAIN as c_int;
            }
            self.readers.store(n + 1, Ordering::Relaxed);
        }
        self.leave();
        0
    }

    fn unlock(&self) -> c_int {
        self.enter();
        if self.writer.load(Ordering::Relaxed) != 0 {
            if self.writer.load(Ordering::Relaxed) != gettid() {
                self.leave();
                return EPERM as c_int;
            }
            self.writer.store(0, Ordering::Relaxed);
        } else {
            let n = self.readers.load(Ordering::Relaxed);
            if n == 0 {
                self.leave();
                return EPERM as c_int;
            }
            self.readers.store(n - 1, Ordering::Relaxed);
            if n > 1 {
                self.leave();
                return 0;
            }
        }
        // Free now: wake a writer and every reader; who wins is the
        // scheduler's choice, and the losers sleep again.
        let ww = self.wwait.load(Ordering::Relaxed) != 0;
        let rw = self.rwait.load(Ordering::Relaxed) != 0;
        if ww {
            self.wseq.fetch_add(1, Ordering::Relaxed);
        }
        if rw {
            self.rseq.fetch_add(1, Ordering::Relaxed);
        }
        self.leave();
        if ww {
            futex_wake(&self.wseq, 1, self.sh());
        }
        if rw {
            futex_wake(&self.rseq, i32::MAX as u32, self.sh());
        }
        0
    }
}

fn r(p: *mut pthread_rwlock_t) -> &'static RwLock {
    view(p)
}

/// POSIX.1-2024 `pthread_rwlock_init`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_init(
    rw: *mut pthread_rwlock_t,
    attr: *const pthread_rwlockattr_t,
) -> c_int {
    let sh = if attr.is_null() {
        0
    } else {
        // SAFETY: the caller's initialised attribute object: the
        // pshared word, then the kind.
        unsafe {
            let w = attr as *const u32;
            (*w & 1) | (*w.add(1) & 3) << 1
        }
    };
    // SAFETY: the caller's storage.
    unsafe {
        core::ptr::write_bytes(rw, 0, 1);
        (*(rw as *mut RwLock)).shared = AtomicU32::new(sh);
    }
    0
}

/// POSIX.1-2024 `pthread_rwlock_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_destroy(_rw: *mut pthread_rwlock_t) -> c_int {
    0
}

/// POSIX.1-2024 `pthread_rwlock_rdlock`: EDEADLK if the caller holds the
/// write lock.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_rdlock(rw: *mut pthread_rwlock_t) -> c_int {
    r(rw).take(false, false, None)
}

/// POSIX.1-2024 `pthread_rwlock_tryrdlock`: EBUSY while a writer holds it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_tryrdlock(rw: *mut pthread_rwlock_t) -> c_int {
    r(rw).take(false, true, None)
}

/// POSIX.1-2024 `pthread_rwlock_wrlock`: EDEADLK if the caller holds it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_wrlock(rw: *mut pthread_rwlock_t) -> c_int {
    r(rw).take(true, false, None)
}

/// POSIX.1-2024 `pthread_rwlock_trywrlock`: EBUSY while anyone holds it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_trywrlock(rw: *mut pthread_rwlock_t) -> c_int {
    r(rw).take(true, true, None)
}

/// POSIX.1-2024 `pthread_rwlock_unlock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_unlock(rw: *mut pthread_rwlock_t) -> c_int {
    r(rw).unlock()
}

unsafe fn timed(
    rw: *mut pthread_rwlock_t,
    write: bool,
    clock: clockid_t,
    abs: *const timespec,
) -> c_int {
    if clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC {
        return EINVAL as c_int;
    }
    let l = r(rw);
    let t = l.take(write, true, None);
    if t != EBUSY as c_int {
        return t;
    }
    // SAFETY: the caller's timespec.
    match unsafe { Deadline::new(clock, abs) } {
        Ok(d) => l.take(write, false, Some(&d)),
        Err(e) => e,
    }
}

/// POSIX.1-2024 `pthread_rwlock_timedrdlock` (CLOCK_REALTIME).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_timedrdlock(
    rw: *mut pthread_rwlock_t,
    abs: *const timespec,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { timed(rw, false, CLOCK_REALTIME, abs) }
}

/// POSIX.1-2024 `pthread_rwlock_timedwrlock` (CLOCK_REALTIME).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_timedwrlock(
    rw: *mut pthread_rwlock_t,
    abs: *const timespec,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { timed(rw, true, CLOCK_REALTIME, abs) }
}

/// POSIX.1-2024 `pthread_rwlock_clockrdlock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_clockrdlock(
    rw: *mut pthread_rwlock_t,
    clock: clockid_t,
    abs: *const timespec,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { timed(rw, false, clock, abs) }
}

/// POSIX.1-2024 `pthread_rwlock_clockwrlock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_clockwrlock(
    rw: *mut pthread_rwlock_t,
    clock: clockid_t,
    abs: *const timespec,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { timed(rw, true, clock, abs) }
}

/// POSIX.1-2024 `pthread_rwlockattr_init`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlockattr_init(a: *mut pthread_rwlockattr_t) -> c_int {
    // SAFETY: the caller's storage.
    unsafe { core::ptr::write_bytes(a, 0, 1) };
    0
}

/// POSIX.1-2024 `pthread_rwlockattr_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlockattr_destroy(_a: *mut pthread_rwlockattr_t) -> c_int {
    0
}

/// POSIX.1-2024 `pthread_rwlockattr_setpshared`: EINVAL for a bad value.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlockattr_setpshared(
    a: *mut pthread_rwlockattr_t,
    ps: c_int,
) -> c_int {
    // SAFETY: the caller's attribute object (one word).
    unsafe { super::set_pshared(a as *mut u32, ps) }
}

/// POSIX.1-2024 `pthread_rwlockattr_getpshared`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlockattr_getpshared(
    a: *const pthread_rwlockattr_t,
    ps: *mut c_int,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { super::get_pshared(a as *const u32, ps) }
}

/// GNU `pthread_rwlockattr_setkind_np`: `PTHREAD_RWLOCK_PREFER_READER_NP`
/// (the default), `PTHREAD_RWLOCK_PREFER_WRITER_NP` (which glibc treats
/// as the reader preference too) or
/// `PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP`; EINVAL otherwise.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlockattr_setkind_np(
    a: *mut pthread_rwlockattr_t,
    kind: c_int,
) -> c_int {
    if !(PREFER_READER..=PREFER_WRITER_NONRECURSIVE).contains(&kind) {
        return EINVAL as c_int;
    }
    // SAFETY: the caller's attribute object: its second word is the kind.
    unsafe { *(a as *mut u32).add(1) = kind as u32 };
    0
}

/// GNU `pthread_rwlockattr_getkind_np`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlockattr_getkind_np(
    a: *const pthread_rwlockattr_t,
    kind: *mut c_int,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *kind = *(a as *const u32).add(1) as c_int };
    0
}
