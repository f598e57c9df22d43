//! `<pthread.h>`: POSIX threads over `clone` and futexes.
//!
//! # Design
//!
//! * **A thread is one mapping**: guard page, stack, static TLS block and
//!   TCB (laid out by `rt::tls`, the same code as the initial thread's),
//!   then its [`thread::Pthread`] descriptor. `pthread_t` is the
//!   descriptor's address. The kernel writes the new thread's id into the
//!   descriptor (`CLONE_PARENT_SETTID`) and clears it and wakes the futex
//!   there when the thread is gone (`CLONE_CHILD_CLEARTID`): `join` waits
//!   on that word, then unmaps the block. A detached thread unmaps its own
//!   block in a few instructions of asm per arch that touch no memory
//!   between `munmap` and `exit` (after `set_tid_address(NULL)`, so the
//!   kernel never writes into a block that may already be reused). A
//!   joiner keeps up to four blocks for the next threads of the same
//!   shape (their TLS, TCB and descriptor zeroed again on reuse).
//! * **Synchronisation objects** keep glibc's sizes per arch (the C types
//!   are `char __size[N]` unions; `include/arch/*/bits/pthreadsize.h`), so
//!   structs that embed them have glibc's layout; the static initialisers
//!   are glibc's (all zero but for the kind of the `_NP` mutexes). Inside,
//!   each is a few 32-bit futex words: mutexes are the three-state futex
//!   lock (0 free, 1 locked, 2 locked with waiters), condition variables a
//!   sequence word plus a waiter count, rwlocks, barriers and semaphores
//!   small state machines whose waiters sleep on a sequence word.
//! * **i386**: `CLONE_SETTLS` gets a `user_desc` for the GDT entry the
//!   creator's `%gs` selects, so every thread keeps the same selector and
//!   `%gs:0x10` (sysinfo) and `%gs:0x14` (canary) are valid in each.
//!   qemu-user 7.2 keeps one descriptor table for all threads, so there
//!   a thread that reloads `%gs` (on return from a signal handler) gets
//!   the newest thread's TLS; glibc's programs read the wrong TCB there
//!   too. Natively each thread has its own descriptors.
//! * **Cost before a second thread**: [`MULTI`] turns true at the first
//!   `pthread_create` and never back; the stdio stream locks are counters
//!   until then (see `file::lock`), a private normal mutex is a plain
//!   store (as in glibc), and the allocator's central lock is an
//!   uncontended atomic. Nothing of this module is linked into a program
//!   that does not call it (`fork` reaches its hooks through a pointer
//!   only `pthread_create`/`pthread_atfork` set).
//!
//! * **Cancellation** (`cancel`): a word per descriptor, signal 32, and
//!   a per-arch cancellable system call the cancellation points reach
//!   through `kernel::CP_HOOK` once a thread exists; cleanup handlers are
//!   records on the caller's stack, linked from the descriptor.
//! * **set*id for the whole process** (`setxid`): a list of the live
//!   threads (linked through the descriptors, changed under one lock by
//!   creation and exit) and signal 33, by which a `set*id` or
//!   `setgroups` caller has every other thread repeat its call.
//! * **Robust mutexes** (`mutex`): the owner's id in the lock word, each
//!   held one on the thread's kernel robust list (its head in the
//!   descriptor); the library also marks them at thread exit.
//!   **Priority-protected** ones raise the owner with `sched_setparam`,
//!   counted per ceiling in the descriptor.
//!
//! Measured (x86_64, 2 busy shared cores, static glibc 2.36 alongside):
//! uncontended lock/unlock ~6 ns (glibc ~6-14), 4 threads contending
//! ~26-35 ns per lock (glibc ~34), `pthread_getspecific` ~1.3-3.4 ns
//! (glibc ~3.4), `fputc` to a locked stream with threads ~18-41 ns
//! (glibc ~37), `pthread_create`+`join` ~37-70 us (glibc ~48-109) with
//! the cache of four joined threads' blocks (~100-130 us without: a
//! `mmap`, `mprotect`, `munmap` and fresh stack faults per thread).
pub mod attr;
pub mod barrier;
pub mod cancel;
pub mod cond;
pub mod key;
pub mod mutex;
pub mod once;
pub mod rwlock;
pub mod setxid;
pub mod spin;
pub mod thread;
mod types;

use crate::time::clockid_t;
use crate::time::{KTimespec, timespec};
use crate::types::*;
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use syscall::errno::{EINVAL, ETIMEDOUT};
use syscall::nr::{
    FUTEX_BITSET_MATCH_ANY, FUTEX_CLOCK_REALTIME, FUTEX_LOCK_PI, FUTEX_LOCK_PI2,
    FUTEX_PRIVATE_FLAG, FUTEX_UNLOCK_PI, FUTEX_WAIT, FUTEX_WAIT_BITSET, FUTEX_WAKE,
};

/// True once a second thread has existed (set by the first
/// `pthread_create`, before the clone).
pub static MULTI: AtomicBool = AtomicBool::new(false);

/// Whether another thread may exist.
#[inline(always)]
pub fn multi() -> bool {
    MULTI.load(Ordering::Relaxed)
}

/// glibc's `PTHREAD_PROCESS_PRIVATE`/`SHARED`.
pub const PTHREAD_PROCESS_PRIVATE: c_int = 0;
pub const PTHREAD_PROCESS_SHARED: c_int = 1;

/// The clock ids a timed wait may use.
pub const CLOCK_REALTIME: clockid_t = 0;
pub const CLOCK_MONOTONIC: clockid_t = 1;

/// An absolute deadline for a futex wait.
#[derive(Clone, Copy)]
pub struct Deadline {
    ts: KTimespec,
    realtime: bool,
}

impl Deadline {
    /// Check `abs` on `clock` as the timed functions do: EINVAL for a
    /// clock other than realtime/monotonic or `tv_nsec` outside
    /// [0, 1e9), ETIMEDOUT for a time before the epoch (the kernel would
    /// call it invalid).
    ///
    /// # Safety
    /// `abs` is a readable timespec.
    pub unsafe fn new(clock: clockid_t, abs: *const timespec) -> Result<Deadline, c_int> {
        if clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC {
            return Err(EINVAL as c_int);
        }
        // SAFETY: per the contract.
        let t = unsafe { *abs };
        if t.tv_nsec < 0 || t.tv_nsec >= 1_000_000_000 {
            return Err(EINVAL as c_int);
        }
        if t.tv_sec < 0 {
            return Err(ETIMEDOUT as c_int);
        }
        Ok(Deadline {
            ts: KTimespec {
                sec: t.tv_sec,
                nsec: t.tv_nsec as i64,
            },
            realtime: clock == CLOCK_REALTIME,
        })
    }
}

/// Sleep while `*w == val` (a wake, a signal or a spurious return all end
/// it). Returns 0, or the error: ETIMEDOUT when `dl` passed, EINTR,
/// EAGAIN (the word had changed).
pub fn futex_wait(w: &AtomicU32, val: u32, dl: Option<&Deadline>, shared: bool) -> c_int {
    futex_wait_in(w, val, dl, shared, false)
}

/// [`futex_wait`] as a cancellation point.
pub fn futex_wait_cp(w: &AtomicU32, val: u32, dl: Option<&Deadline>, shared: bool) -> c_int {
    futex_wait_in(w, val, dl, shared, true)
}

#[inline(always)]
fn futex_wait_in(w: &AtomicU32, val: u32, dl: Option<&Deadline>, shared: bool, cp: bool) -> c_int {
    let private = if shared { 0 } else { FUTEX_PRIVATE_FLAG };
    let (nr, op, ts, mask) = match dl {
        None => (syscall::nr::__NR_futex as usize, FUTEX_WAIT | private, 0, 0),
        Some(d) => (
            crate::arch::NR_FUTEX_TIMED,
            FUTEX_WAIT_BITSET | private | if d.realtime { FUTEX_CLOCK_REALTIME } else { 0 },
            &d.ts as *const KTimespec as usize,
            FUTEX_BITSET_MATCH_ANY as usize,
        ),
    };
    let (a, b, c) = (w.as_ptr() as usize, op as usize, val as usize);
    // SAFETY: the kernel reads the word and the deadline, live for the call.
    let r = unsafe {
        if cp {
            crate::kernel::cp6(nr, a, b, c, ts, 0, mask)
        } else {
            syscall::syscall6(nr, a, b, c, ts, 0, mask)
        }
    };
    match syscall::decode(r) {
        Ok(_) => 0,
        Err(e) => e,
    }
}

/// The realtime deadline as far ahead as a monotonic one is now (for a
/// kernel whose PI lock takes only realtime deadlines); `None` if it has
/// passed.
fn monotonic_as_realtime(d: &Deadline) -> Option<Deadline> {
    let mut mono = timespec::default();
    let mut real = timespec::default();
    // SAFETY: two local timespecs.
    unsafe {
        crate::time::clock_gettime(CLOCK_MONOTONIC, &mut mono);
        crate::time::clock_gettime(CLOCK_REALTIME, &mut real);
    }
    let left = (d.ts.sec - mono.tv_sec) as i128 * 1_000_000_000
        + (d.ts.nsec - mono.tv_nsec as i64) as i128;
    if left <= 0 {
        return None;
    }
    let at = real.tv_sec as i128 * 1_000_000_000 + real.tv_nsec as i128 + left;
    Some(Deadline {
        ts: KTimespec {
            sec: (at / 1_000_000_000) as i64,
            nsec: (at % 1_000_000_000) as i64,
        },
        realtime: true,
    })
}

/// `FUTEX_LOCK_PI`: wait for the priority-inheriting lock `w` (the
/// kernel records the caller as owner). A realtime deadline goes to
/// `FUTEX_LOCK_PI`, a monotonic one to `FUTEX_LOCK_PI2`; where the kernel
/// (before 5.14, or qemu-user) has no `FUTEX_LOCK_PI2`, the monotonic
/// deadline is turned into the realtime one as far ahead and the wait
/// goes to `FUTEX_LOCK_PI`.
pub fn futex_lock_pi(w: &AtomicU32, dl: Option<&Deadline>, shared: bool) -> c_int {
    let private = if shared { 0 } else { FUTEX_PRIVATE_FLAG };
    let (op, ts) = match dl {
        None => (FUTEX_LOCK_PI, 0),
        Some(d) if d.realtime => (FUTEX_LOCK_PI, &d.ts as *const KTimespec as usize),
        Some(d) => (FUTEX_LOCK_PI2, &d.ts as *const KTimespec as usize),
    };
    // SAFETY: the word and the deadline are live for the call.
    let r = unsafe {
        syscall::syscall6(
            crate::arch::NR_FUTEX_TIMED,
            w.as_ptr() as usize,
            (op | private) as usize,
            0,
            ts,
            0,
            0,
        )
    };
    match syscall::decode(r) {
        Ok(_) => 0,
        Err(e) if e == syscall::errno::ENOSYS as c_int && op == FUTEX_LOCK_PI2 => {
            match dl.and_then(monotonic_as_realtime) {
                Some(rt) => futex_lock_pi(w, Some(&rt), shared),
                None => ETIMEDOUT as c_int,
            }
        }
        Err(e) => e,
    }
}

/// `FUTEX_UNLOCK_PI`: release `w` to the first waiter the kernel queued.
pub fn futex_unlock_pi(w: &AtomicU32, shared: bool) -> c_int {
    let private = if shared { 0 } else { FUTEX_PRIVATE_FLAG };
    // SAFETY: the kernel reads and writes the word only.
    let r = unsafe {
        sys!(
            __NR_futex,
            w.as_ptr(),
            FUTEX_UNLOCK_PI | private,
            0,
            0,
            0,
            0
        )
    };
    syscall::decode(r).err().unwrap_or(0)
}

/// Wake up to `n` threads sleeping on `w`.
pub fn futex_wake(w: &AtomicU32, n: u32, shared: bool) {
    let private = if shared { 0 } else { FUTEX_PRIVATE_FLAG };
    // SAFETY: waking touches no user memory.
    unsafe { sys!(__NR_futex, w.as_ptr(), FUTEX_WAKE | private, n, 0, 0, 0) };
}

/// The calling thread's kernel id, cached in its TCB.
#[inline]
pub fn gettid() -> pid_t {
    let t = rt::tls::current();
    // SAFETY: the calling thread's own TCB.
    let tid = unsafe { (*t).tid };
    if tid != 0 {
        return tid;
    }
    // SAFETY: gettid has no arguments.
    let tid = unsafe { sys!(__NR_gettid) } as pid_t;
    // SAFETY: as above.
    unsafe { (*t).tid = tid };
    tid
}

/// The libc's internal lock (atexit list, key table …): the three-state
/// futex lock, process-private.
pub struct Lock(AtomicU32);

impl Lock {
    pub const fn new() -> Self {
        Lock(AtomicU32::new(0))
    }

    #[inline]
    pub fn lock(&self) {
        self.lock_in(false)
    }

    #[inline]
    pub fn unlock(&self) {
        self.unlock_in(false)
    }

    /// [`Lock::lock`] for a lock in memory `shared` between processes or
    /// not (which futex operations its waiters use).
    #[inline]
    pub fn lock_in(&self, shared: bool) {
        if self
            .0
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            lock_slow(&self.0, None, shared);
        }
    }

    /// [`Lock::unlock`] matching [`Lock::lock_in`].
    #[inline]
    pub fn unlock_in(&self, shared: bool) {
        if self.0.swap(0, Ordering::Release) == 2 {
            futex_wake(&self.0, 1, shared);
        }
    }

    /// Free the lock without a wake (the child of `fork`, where its
    /// holder does not exist).
    pub fn reset(&self) {
        self.0.store(0, Ordering::Relaxed);
    }
}

impl Default for Lock {
    fn default() -> Self {
        Self::new()
    }
}

/// The contended path of the three-state lock: spin briefly, then mark
/// the word contended (2) and sleep until it is free. ETIMEDOUT once `dl`
/// passes.
#[cold]
pub fn lock_slow(w: &AtomicU32, dl: Option<&Deadline>, shared: bool) -> c_int {
    for _ in 0..100 {
        if w.load(Ordering::Relaxed) == 0
            && w.compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
        {
            return 0;
        }
        core::hint::spin_loop();
    }
    while w.swap(2, Ordering::Acquire) != 0 {
        if futex_wait(w, 2, dl, shared) == ETIMEDOUT as c_int {
            // One more try: the lock may have come free as time ran out.
            if w.swap(2, Ordering::Acquire) == 0 {
                return 0;
            }
            return ETIMEDOUT as c_int;
        }
    }
    0
}

/// Reinterpret a C object's storage as the internal view `T` (which is no
/// larger than the C type, checked where each view is defined).
#[inline(always)]
pub(crate) fn view<C, T>(p: *mut C) -> &'static T {
    // SAFETY: callers pass a live object whose size and alignment cover T
    // (asserted beside every view); the views are atomics or plain words
    // only written by their owner.
    unsafe { &*(p as *const T) }
}

// ---------------------------------------------------------------------
// The C types, with glibc's size and alignment per arch (the header's
// `bits/pthreadsize.h` has the same numbers under the same names).

pub use types::*;

/// `pthread_t`: the thread's descriptor address (glibc: `unsigned long`).
pub type pthread_t = c_ulong;
/// `pthread_key_t`.
pub type pthread_key_t = c_uint;
/// `pthread_once_t`.
pub type pthread_once_t = c_int;
/// `pthread_spinlock_t`.
pub type pthread_spinlock_t = c_int;

/// Assert at compile time that the internal view `T` fits the C type `C`.
macro_rules! fits {
    ($t:ty, $c:ty) => {
        const _: () = assert!(
            core::mem::size_of::<$t>() <= core::mem::size_of::<$c>()
                && core::mem::align_of::<$t>() <= core::mem::align_of::<$c>()
        );
    };
}
pub(crate) use fits;

/// `pthread_*attr_setpshared` for the attribute objects that are one word
/// holding the setting: EINVAL for a value other than
/// PTHREAD_PROCESS_PRIVATE/SHARED.
///
/// # Safety
/// `w` is the caller's attribute object.
pub(crate) unsafe fn set_pshared(w: *mut u32, ps: c_int) -> c_int {
    if ps != PTHREAD_PROCESS_PRIVATE && ps != PTHREAD_PROCESS_SHARED {
        return EINVAL as c_int;
    }
    // SAFETY: per the contract.
    unsafe { *w = ps as u32 };
    0
}

/// The getter matching [`set_pshared`].
///
/// # Safety
/// `w` is the caller's attribute object, `ps` its result variable.
pub(crate) unsafe fn get_pshared(w: *const u32, ps: *mut c_int) -> c_int {
    // SAFETY: per the contract.
    unsafe { *ps = *w as c_int };
    0
}
