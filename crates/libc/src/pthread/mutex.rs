//! Mutexes: `pthread_mutex_*` and `pthread_mutexattr_*`.
//!
//! The lock word is the three-state futex lock ([`super::lock_slow`]);
//! recursive and error-checking mutexes also record the owner's thread id
//! and a recursion count. `kind` sits where glibc keeps it (offset 16 on
//! the 64-bit arches, 12 on i386), so glibc's static initialisers
//! (`PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP` …) mean the same here.
use super::{
    Deadline, PTHREAD_PROCESS_PRIVATE, PTHREAD_PROCESS_SHARED, fits, futex_wake, gettid, lock_slow,
    pthread_mutex_t, pthread_mutexattr_t, view,
};
use crate::time::clockid_t;
use crate::time::timespec;
use crate::types::*;
use core::sync::atomic::{AtomicI32, AtomicU32, AtomicUsize, Ordering};
use syscall::errno::{EAGAIN, EBUSY, EDEADLK, EINTR, EINVAL, EPERM, ETIMEDOUT};
use syscall::errno::{ENOTRECOVERABLE, EOWNERDEAD};
use syscall::nr::{FUTEX_OWNER_DIED, FUTEX_TID_MASK, FUTEX_WAITERS};

pub const PTHREAD_MUTEX_NORMAL: c_int = 0;
pub const PTHREAD_MUTEX_RECURSIVE: c_int = 1;
pub const PTHREAD_MUTEX_ERRORCHECK: c_int = 2;
pub const PTHREAD_MUTEX_ADAPTIVE_NP: c_int = 3;
/// The kind bit glibc uses for process-shared mutexes.
const PSHARED: u32 = 128;
/// The kind bit glibc uses for priority-inheriting mutexes: the lock word
/// then holds the owner's id and the kernel arbitrates contention
/// (`FUTEX_LOCK_PI`), lending waiters' priority to the owner.
const PI: u32 = 32;
pub const PTHREAD_PRIO_NONE: c_int = 0;
pub const PTHREAD_PRIO_INHERIT: c_int = 1;
pub const PTHREAD_PRIO_PROTECT: c_int = 2;

/// The kind bit glibc uses for robust mutexes: the lock word then holds
/// the owner's id (with the kernel's `FUTEX_WAITERS` and
/// `FUTEX_OWNER_DIED` bits), and the mutex is on its owner's robust list
/// while held.
const ROBUST: u32 = 16;
/// Robust, taken with EOWNERDEAD and not yet made consistent.
const INCONSISTENT: u32 = 1 << 29;
/// Robust, unlocked while inconsistent: ENOTRECOVERABLE for good.
const NOTRECOVERABLE: u32 = 1 << 30;
/// The kind bit glibc uses for priority-protected mutexes: the owner runs
/// at the mutex's priority ceiling (at least) while it holds it.
const PP: u32 = 64;
/// The ceiling's place in the kind (of the attribute and the mutex).
const CEIL_SHIFT: u32 = 8;
const CEIL_MASK: u32 = 0xff << CEIL_SHIFT;
pub const PTHREAD_MUTEX_STALLED: c_int = 0;
pub const PTHREAD_MUTEX_ROBUST: c_int = 1;

/// The internal view of `pthread_mutex_t`.
#[repr(C)]
pub struct Mutex {
    pub lock: AtomicU32,
    count: AtomicU32,
    owner: AtomicI32,
    #[cfg(target_pointer_width = "64")]
    _nusers: u32,
    kind: AtomicU32,
    #[cfg(target_pointer_width = "32")]
    _nusers: u32,
    #[cfg(target_pointer_width = "64")]
    _spins: u32,
    #[cfg(target_pointer_width = "64")]
    _prev: usize,
    /// The robust list link (where glibc keeps its `__next`).
    next: AtomicUsize,
}
fits!(Mutex, pthread_mutex_t);
const _: () = {
    use core::mem::offset_of;
    let w64 = cfg!(target_pointer_width = "64");
    assert!(offset_of!(Mutex, kind) == if w64 { 16 } else { 12 });
    assert!(offset_of!(Mutex, next) == if w64 { 32 } else { 20 });
};
/// The lock word's place relative to the list link, for the kernel.
const FUTEX_OFFSET: isize =
    core::mem::offset_of!(Mutex, lock) as isize - core::mem::offset_of!(Mutex, next) as isize;

/// The kernel's `struct robust_list_head`: the list of robust mutexes
/// held (circular through `next`, empty when it points at itself), the
/// lock word's offset from a link, and the link of one being taken or
/// given back.
#[repr(C)]
pub struct RobustHead {
    next: AtomicUsize,
    off: isize,
    pending: AtomicUsize,
}
const _: () = assert!(
    core::mem::size_of::<RobustHead>() == core::mem::size_of::<syscall::nr::robust_list_head>()
);

impl RobustHead {
    pub const fn empty() -> Self {
        RobustHead {
            next: AtomicUsize::new(0),
            off: FUTEX_OFFSET,
            pending: AtomicUsize::new(0),
        }
    }
}

/// The calling thread's robust list, registered with the kernel on first
/// use (and again in a `fork` child, which starts with an empty list).
fn robust_head() -> &'static RobustHead {
    let d = super::thread::self_desc();
    let me = gettid();
    // SAFETY: our own descriptor.
    unsafe {
        let h = &raw mut (*d).robust;
        if (*d).robust_tid != me {
            (*h).next.store(h as usize, Ordering::Relaxed);
            (*h).off = FUTEX_OFFSET;
            (*h).pending.store(0, Ordering::Relaxed);
            // qemu-user has no robust lists and refuses the call; the
            // library's own walk at thread exit (robust_exit) marks the
            // mutexes held either way, so its result is not needed.
            sys!(__NR_set_robust_list, h, core::mem::size_of::<RobustHead>());
            (*d).robust_tid = me;
        }
        &*h
    }
}

/// At a thread's end: every robust mutex it holds is marked as its owner
/// having died, and a waiter woken, as the kernel does at exit (which
/// then finds nothing to do). Done here too because a detached thread's
/// list is unmapped before it exits, and qemu-user has no robust lists.
///
/// # Safety
/// `d` is the calling thread's descriptor.
pub unsafe fn robust_exit(d: *mut super::thread::Pthread) {
    // SAFETY: per the contract.
    let registered = unsafe { (*d).robust_tid };
    if registered == 0 || registered != gettid() {
        return;
    }
    // SAFETY: our own descriptor.
    let h = unsafe { &(*d).robust };
    let head = h as *const RobustHead as usize;
    let mut n = h.next.load(Ordering::Relaxed);
    let pending = h.pending.load(Ordering::Relaxed);
    let mut budget = syscall::nr::ROBUST_LIST_LIMIT;
    while n != head && n != 0 && budget > 0 {
        // SAFETY: the link of a mutex this thread holds.
        let mu = unsafe { &*((n as isize + FUTEX_OFFSET) as *const Mutex) };
        n = mu.next.load(Ordering::Relaxed);
        mu.owner_died();
        budget -= 1;
    }
    if pending != 0 {
        // SAFETY: the link of a mutex being taken or given back.
        unsafe { &*((pending as isize + FUTEX_OFFSET) as *const Mutex) }.owner_died();
    }
    h.next.store(head, Ordering::Relaxed);
    h.pending.store(0, Ordering::Relaxed);
}

impl Mutex {
    fn ty(&self) -> c_int {
        (self.kind.load(Ordering::Relaxed) & 3) as c_int
    }
    fn shared(&self) -> bool {
        self.kind.load(Ordering::Relaxed) & PSHARED != 0
    }

    /// The owner of a recursive mutex takes it again: EAGAIN at the limit.
    fn recurse(&self) -> c_int {
        let c = self.count.load(Ordering::Relaxed);
        if c == u32::MAX {
            return EAGAIN as c_int;
        }
        self.count.store(c + 1, Ordering::Relaxed);
        0
    }

    fn pi(&self) -> bool {
        self.kind.load(Ordering::Relaxed) & PI != 0
    }

    /// Lock a priority-protected mutex with `lock`: the caller's
    /// priority first raised to the ceiling (EINVAL when it is above the
    /// ceiling, or the kernel's error when the priority cannot be set,
    /// such as EINVAL for SCHED_OTHER, as glibc reports), and put back if
    /// the lock fails.
    fn pp_lock(&self, lock: impl FnOnce() -> c_int) -> c_int {
        let c = ceiling_of(self.kind.load(Ordering::Relaxed));
        let r = pp_take(c);
        if r != 0 {
            return r;
        }
        let r = lock();
        if r == 0 || r == EOWNERDEAD as c_int {
            self.owner.store(gettid(), Ordering::Relaxed);
        } else {
            pp_drop(c);
        }
        r
    }

    fn robust(&self) -> bool {
        self.kind.load(Ordering::Relaxed) & ROBUST != 0
    }

    fn link(&self) -> usize {
        self.next.as_ptr() as usize
    }

    /// The dying owner's part (see [`robust_exit`]).
    fn owner_died(&self) {
        let me = gettid() as u32;
        let mut w = self.lock.load(Ordering::Relaxed);
        while w & FUTEX_TID_MASK == me {
            let new = (w & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
            match self
                .lock
                .compare_exchange(w, new, Ordering::Release, Ordering::Relaxed)
            {
                Ok(_) => {
                    if w & FUTEX_WAITERS != 0 {
                        futex_wake(&self.lock, 1, self.shared());
                    }
                    return;
                }
                Err(v) => w = v,
            }
        }
    }

    /// Lock a robust mutex (`try_`: EBUSY instead of waiting): 0,
    /// EOWNERDEAD (held now, the state to be made consistent),
    /// ENOTRECOVERABLE, EDEADLK, EAGAIN, ETIMEDOUT.
    fn robust_acquire(&self, dl: Option<&Deadline>, try_: bool) -> c_int {
        let me = gettid() as u32;
        let ty = self.ty();
        if self.lock.load(Ordering::Relaxed) & FUTEX_TID_MASK == me {
            if ty == PTHREAD_MUTEX_RECURSIVE {
                return self.recurse();
            }
            if ty == PTHREAD_MUTEX_ERRORCHECK {
                return EDEADLK as c_int;
            }
            if try_ {
                return EBUSY as c_int;
            }
            // A normal one relocked by its owner: wait for ever (or
            // until the deadline), below.
        }
        let h = robust_head();
        h.pending.store(self.link(), Ordering::Relaxed);
        let shared = self.shared();
        let mut slept = false;
        let r = loop {
            if self.kind.load(Ordering::Relaxed) & NOTRECOVERABLE != 0 {
                break ENOTRECOVERABLE as c_int;
            }
            let w = self.lock.load(Ordering::Relaxed);
            if w & FUTEX_TID_MASK == 0 {
                // Free, or its owner died. One that slept takes it as
                // contended: others may still sleep.
                let new = me | (w & FUTEX_WAITERS) | if slept { FUTEX_WAITERS } else { 0 };
                if self
                    .lock
                    .compare_exchange(w, new, Ordering::Acquire, Ordering::Relaxed)
                    .is_err()
                {
                    continue;
                }
                self.next
                    .store(h.next.load(Ordering::Relaxed), Ordering::Relaxed);
                h.next.store(self.link(), Ordering::Release);
                self.owner.store(me as i32, Ordering::Relaxed);
                self.count.store(1, Ordering::Relaxed);
                if w & FUTEX_OWNER_DIED != 0 {
                    self.kind.fetch_or(INCONSISTENT, Ordering::Relaxed);
                    break EOWNERDEAD as c_int;
                }
                break 0;
            }
            if try_ {
                break EBUSY as c_int;
            }
            if w & FUTEX_WAITERS == 0
                && self
                    .lock
                    .compare_exchange(w, w | FUTEX_WAITERS, Ordering::Relaxed, Ordering::Relaxed)
                    .is_err()
            {
                continue;
            }
            slept = true;
            if super::futex_wait(&self.lock, w | FUTEX_WAITERS, dl, shared) == ETIMEDOUT as c_int {
                break ETIMEDOUT as c_int;
            }
        };
        h.pending.store(0, Ordering::Relaxed);
        r
    }

    /// Unlock a robust mutex: EPERM unless the caller holds it. Unlocked
    /// while inconsistent, it becomes not recoverable (every waiter gets
    /// ENOTRECOVERABLE).
    fn robust_release(&self) -> c_int {
        let me = gettid() as u32;
        if self.lock.load(Ordering::Relaxed) & FUTEX_TID_MASK != me {
            return EPERM as c_int;
        }
        let c = self.count.load(Ordering::Relaxed);
        if self.ty() == PTHREAD_MUTEX_RECURSIVE && c > 1 {
            self.count.store(c - 1, Ordering::Relaxed);
            return 0;
        }
        self.count.store(0, Ordering::Relaxed);
        self.owner.store(0, Ordering::Relaxed);
        let dead = self.kind.load(Ordering::Relaxed) & INCONSISTENT != 0;
        if dead {
            self.kind
                .fetch_xor(INCONSISTENT | NOTRECOVERABLE, Ordering::Relaxed);
        }
        let h = robust_head();
        let link = self.link();
        h.pending.store(link, Ordering::Relaxed);
        // Off the list (a short one: the robust mutexes the thread holds).
        let mut p = &h.next;
        let head = h as *const RobustHead as usize;
        loop {
            let n = p.load(Ordering::Relaxed);
            if n == link {
                p.store(self.next.load(Ordering::Relaxed), Ordering::Relaxed);
                break;
            }
            if n == head || n == 0 {
                break;
            }
            // SAFETY: the link of another mutex this thread holds.
            p = unsafe { &*(n as *const AtomicUsize) };
        }
        let old = self.lock.swap(0, Ordering::Release);
        h.pending.store(0, Ordering::Relaxed);
        if dead {
            futex_wake(&self.lock, i32::MAX as u32, self.shared());
        } else if old & FUTEX_WAITERS != 0 {
            futex_wake(&self.lock, 1, self.shared());
        }
        0
    }

    /// Take the lock, waiting until `dl` at most. 0 or an error number.
    #[inline(never)]
    pub fn acquire(&self, dl: Option<&Deadline>) -> c_int {
        if self.kind.load(Ordering::Relaxed) & PP != 0 {
            return self.pp_lock(|| self.acquire_inner(dl));
        }
        self.acquire_inner(dl)
    }

    fn acquire_inner(&self, dl: Option<&Deadline>) -> c_int {
        if self.robust() {
            return self.robust_acquire(dl, false);
        }
        let ty = self.ty();
        let pi = self.pi();
        if !pi && (ty == PTHREAD_MUTEX_NORMAL || ty == PTHREAD_MUTEX_ADAPTIVE_NP) {
            if self
                .lock
                .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
            {
                return 0;
            }
            return lock_slow(&self.lock, dl, self.shared());
        }
        let me = gettid();
        let owned = ty == PTHREAD_MUTEX_RECURSIVE || ty == PTHREAD_MUTEX_ERRORCHECK;
        if owned && self.owner.load(Ordering::Relaxed) == me {
            if ty == PTHREAD_MUTEX_ERRORCHECK {
                return EDEADLK as c_int;
            }
            return self.recurse();
        }
        let r = if pi {
            self.pi_lock(me as u32, dl)
        } else if self
            .lock
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
        {
            0
        } else {
            lock_slow(&self.lock, dl, self.shared())
        };
        if r != 0 {
            return r;
        }
        if owned {
            self.owner.store(me, Ordering::Relaxed);
            self.count.store(1, Ordering::Relaxed);
        }
        0
    }

    /// A priority-inheriting lock: the owner's id in the word, the
    /// kernel queueing the waiters.
    fn pi_lock(&self, me: u32, dl: Option<&Deadline>) -> c_int {
        if self
            .lock
            .compare_exchange(0, me, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
        {
            return 0;
        }
        loop {
            match super::futex_lock_pi(&self.lock, dl, self.shared()) {
                0 => return 0,
                e if e == EINTR as c_int => continue,
                e if e == EDEADLK as c_int && self.ty() != PTHREAD_MUTEX_ERRORCHECK => {
                    // A normal mutex relocked by its owner deadlocks (as
                    // POSIX says and glibc does); only its deadline ends it.
                    let never = AtomicU32::new(0);
                    if super::futex_wait(&never, 0, dl, false) == ETIMEDOUT as c_int {
                        return ETIMEDOUT as c_int;
                    }
                }
                e => return e,
            }
        }
    }

    /// `trylock`: 0 or EBUSY (EAGAIN for a recursion count at its limit).
    fn try_acquire(&self) -> c_int {
        if self.kind.load(Ordering::Relaxed) & PP != 0 {
            return self.pp_lock(|| self.try_inner());
        }
        self.try_inner()
    }

    fn try_inner(&self) -> c_int {
        if self.robust() {
            return self.robust_acquire(None, true);
        }
        let ty = self.ty();
        let owned = ty == PTHREAD_MUTEX_RECURSIVE || ty == PTHREAD_MUTEX_ERRORCHECK;
        if ty == PTHREAD_MUTEX_RECURSIVE && self.owner.load(Ordering::Relaxed) == gettid() {
            return self.recurse();
        }
        let word = if self.pi() { gettid() as u32 } else { 1 };
        if self
            .lock
            .compare_exchange(0, word, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            return EBUSY as c_int;
        }
        if owned {
            self.owner.store(gettid(), Ordering::Relaxed);
            self.count.store(1, Ordering::Relaxed);
        }
        0
    }

    /// Give the lock back: EPERM for a recursive or error-checking mutex
    /// the caller does not own.
    #[inline(never)]
    pub fn release(&self) -> c_int {
        let k = self.kind.load(Ordering::Relaxed);
        if k & PP != 0 {
            // (EPERM for a caller that does not hold it only where the
            // type checks, as glibc.)
            let r = self.release_inner();
            if r == 0 {
                let ty = self.ty();
                if ty == PTHREAD_MUTEX_NORMAL || ty == PTHREAD_MUTEX_ADAPTIVE_NP {
                    self.owner.store(0, Ordering::Relaxed);
                }
                pp_drop(ceiling_of(k));
            }
            return r;
        }
        self.release_inner()
    }

    fn release_inner(&self) -> c_int {
        if self.robust() {
            return self.robust_release();
        }
        let ty = self.ty();
        if ty == PTHREAD_MUTEX_RECURSIVE || ty == PTHREAD_MUTEX_ERRORCHECK {
            if self.owner.load(Ordering::Relaxed) != gettid() {
                return EPERM as c_int;
            }
            let c = self.count.load(Ordering::Relaxed);
            if c > 1 {
                self.count.store(c - 1, Ordering::Relaxed);
                return 0;
            }
            self.count.store(0, Ordering::Relaxed);
            self.owner.store(0, Ordering::Relaxed);
        }
        if self.pi() {
            let me = gettid() as u32;
            if self
                .lock
                .compare_exchange(me, 0, Ordering::Release, Ordering::Relaxed)
                .is_ok()
            {
                return 0;
            }
            // Waiters queued in the kernel: it hands the lock on.
            return super::futex_unlock_pi(&self.lock, self.shared());
        }
        if self.lock.swap(0, Ordering::Release) == 2 {
            futex_wake(&self.lock, 1, self.shared());
        }
        0
    }
}

pub(crate) fn m(p: *mut pthread_mutex_t) -> &'static Mutex {
    view(p)
}

/// The ceiling in a kind word (1, SCHED_FIFO's lowest, when unset).
fn ceiling_of(k: u32) -> usize {
    (((k & CEIL_MASK) >> CEIL_SHIFT) as usize).max(1)
}

/// The calling thread's priority (`sched_getparam`), or an error.
fn my_prio() -> Result<c_int, c_int> {
    let mut sp = crate::sched::sched_param { sched_priority: 0 };
    // SAFETY: the kernel writes our local.
    let r = unsafe { sys!(__NR_sched_getparam, 0, &raw mut sp) };
    match syscall::decode(r) {
        Ok(_) => Ok(sp.sched_priority),
        Err(e) => Err(e),
    }
}

fn set_prio(p: c_int) -> c_int {
    let sp = crate::sched::sched_param { sched_priority: p };
    // SAFETY: the kernel reads our local.
    let r = unsafe { sys!(__NR_sched_setparam, 0, &raw const sp) };
    syscall::decode(r).err().unwrap_or(0)
}

/// The per-thread record of priority-protected mutexes held: how many of
/// each ceiling, and the priority the thread had before the first.
pub struct PpState {
    held: [u16; PP_LEVELS],
    base: c_int,
}
const PP_LEVELS: usize = 100;

impl PpState {
    pub const fn empty() -> Self {
        PpState {
            held: [0; PP_LEVELS],
            base: -1,
        }
    }

    fn top(&self) -> c_int {
        match self.held.iter().rposition(|&n| n != 0) {
            Some(i) => (i as c_int).max(self.base),
            None => self.base,
        }
    }
}

fn pp_state() -> &'static mut PpState {
    // SAFETY: the calling thread's own descriptor, used by it alone.
    unsafe { &mut (*super::thread::self_desc()).pp }
}

/// Count one more held mutex of ceiling `c`, raising the priority to it.
fn pp_take(c: usize) -> c_int {
    let st = pp_state();
    let cur = match my_prio() {
        Ok(v) => v,
        Err(e) => return e,
    };
    let base = if st.base < 0 { cur } else { st.base };
    if c >= PP_LEVELS || base > c as c_int {
        return EINVAL as c_int;
    }
    if (c as c_int) > cur {
        let r = set_prio(c as c_int);
        if r != 0 {
            return r;
        }
    }
    st.base = base;
    st.held[c] = st.held[c].saturating_add(1);
    0
}

/// Count one held mutex of ceiling `c` less, lowering the priority to
/// what is still held (or to where it was).
fn pp_drop(c: usize) {
    let st = pp_state();
    if c >= PP_LEVELS || st.held[c] == 0 {
        return;
    }
    let before = st.top();
    st.held[c] -= 1;
    let after = st.top();
    if after != before {
        set_prio(after);
    }
    if st.held.iter().all(|&n| n == 0) {
        st.base = -1;
    }
}

fn fifo_range() -> (c_int, c_int) {
    (
        crate::sched::sched_get_priority_min(syscall::nr::SCHED_FIFO as c_int),
        crate::sched::sched_get_priority_max(syscall::nr::SCHED_FIFO as c_int),
    )
}

/// POSIX.1-2024 `pthread_mutexattr_setprioceiling`: a SCHED_FIFO
/// priority, else EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_setprioceiling(
    a: *mut pthread_mutexattr_t,
    c: c_int,
) -> c_int {
    let (lo, hi) = fifo_range();
    if c < lo || c > hi || c as usize >= PP_LEVELS {
        return EINVAL as c_int;
    }
    // SAFETY: the caller's attribute object.
    unsafe {
        let k = &mut (*(a as *mut MutexAttr)).kind;
        *k = (*k & !CEIL_MASK) | ((c as u32) << CEIL_SHIFT);
    }
    0
}

/// POSIX.1-2024 `pthread_mutexattr_getprioceiling` (SCHED_FIFO's lowest
/// priority when never set, as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_getprioceiling(
    a: *const pthread_mutexattr_t,
    c: *mut c_int,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe {
        let k = (*(a as *const MutexAttr)).kind;
        *c = if k & CEIL_MASK == 0 {
            fifo_range().0
        } else {
            ceiling_of(k) as c_int
        };
    }
    0
}

/// POSIX.1-2024 `pthread_mutex_getprioceiling`: EINVAL unless the mutex
/// is priority-protected (as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_getprioceiling(
    mx: *const pthread_mutex_t,
    c: *mut c_int,
) -> c_int {
    let k = m(mx as *mut _).kind.load(Ordering::Relaxed);
    if k & PP == 0 {
        return EINVAL as c_int;
    }
    // SAFETY: the caller's variable.
    unsafe { *c = ceiling_of(k) as c_int };
    0
}

/// POSIX.1-2024 `pthread_mutex_setprioceiling`: change the ceiling with
/// the mutex locked (taken without the protocol if the caller does not
/// hold it); the old one in `*old` if not NULL. EINVAL unless the mutex
/// is priority-protected or for a priority outside SCHED_FIFO's.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_setprioceiling(
    mx: *mut pthread_mutex_t,
    c: c_int,
    old: *mut c_int,
) -> c_int {
    let mu = m(mx);
    let k = mu.kind.load(Ordering::Relaxed);
    let (lo, hi) = fifo_range();
    if k & PP == 0 || c < lo || c > hi || c as usize >= PP_LEVELS {
        return EINVAL as c_int;
    }
    let mine = mu.owner.load(Ordering::Relaxed) == gettid();
    if !mine {
        let r = mu.acquire_inner(None);
        if r != 0 && r != EOWNERDEAD as c_int {
            return r;
        }
    }
    let prev = ceiling_of(k);
    mu.kind.store(
        (k & !CEIL_MASK) | ((c as u32) << CEIL_SHIFT),
        Ordering::Relaxed,
    );
    if mine {
        // The caller's count moves to the new ceiling.
        if pp_take(c as usize) == 0 {
            pp_drop(prev);
        }
    } else {
        mu.release_inner();
    }
    if !old.is_null() {
        // SAFETY: the caller's variable.
        unsafe { *old = prev as c_int };
    }
    0
}

/// The internal view of `pthread_mutexattr_t`: the kind (type and the
/// process-shared bit).
#[repr(C)]
struct MutexAttr {
    kind: u32,
}
fits!(MutexAttr, pthread_mutexattr_t);

/// POSIX.1-2024 `pthread_mutex_init`: a default (normal) mutex without
/// `attr`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_init(
    mx: *mut pthread_mutex_t,
    attr: *const pthread_mutexattr_t,
) -> c_int {
    let kind = if attr.is_null() {
        0
    } else {
        // SAFETY: the caller's initialised attribute object.
        unsafe { (*(attr as *const MutexAttr)).kind }
    };
    // SAFETY: the caller's mutex storage.
    unsafe {
        core::ptr::write_bytes(mx, 0, 1);
        (*(mx as *mut Mutex)).kind = AtomicU32::new(kind);
    }
    0
}

/// POSIX.1-2024 `pthread_mutex_destroy`: EBUSY while locked (as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_destroy(mx: *mut pthread_mutex_t) -> c_int {
    if m(mx).lock.load(Ordering::Relaxed) != 0 {
        return EBUSY as c_int;
    }
    0
}

/// POSIX.1-2024 `pthread_mutex_lock`: EDEADLK relocking an error-checking
/// mutex, EAGAIN past the recursion limit.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_lock(mx: *mut pthread_mutex_t) -> c_int {
    let mu = m(mx);
    // The common case inline: a private normal mutex, free. With no
    // second thread (and the mutex private) nobody else can touch the
    // word: no atomic needed, as glibc does.
    if mu.kind.load(Ordering::Relaxed) == 0 {
        if !super::multi() {
            if mu.lock.load(Ordering::Relaxed) == 0 {
                mu.lock.store(1, Ordering::Relaxed);
                return 0;
            }
        } else if mu
            .lock
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
        {
            return 0;
        }
    }
    mu.acquire(None)
}

/// POSIX.1-2024 `pthread_mutex_trylock`: EBUSY when held (also by the
/// caller, unless recursive).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_trylock(mx: *mut pthread_mutex_t) -> c_int {
    m(mx).try_acquire()
}

/// POSIX.1-2024 `pthread_mutex_unlock`: EPERM for a recursive or
/// error-checking mutex the caller does not hold.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_unlock(mx: *mut pthread_mutex_t) -> c_int {
    let mu = m(mx);
    if mu.kind.load(Ordering::Relaxed) == 0 {
        if !super::multi() {
            mu.lock.store(0, Ordering::Relaxed);
            return 0;
        }
        if mu.lock.swap(0, Ordering::Release) == 2 {
            futex_wake(&mu.lock, 1, false);
        }
        return 0;
    }
    mu.release()
}

/// Try first, then check the deadline (POSIX: no EINVAL when the lock is
/// free), then wait.
unsafe fn timed(mx: *mut pthread_mutex_t, clock: clockid_t, abs: *const timespec) -> c_int {
    let mu = m(mx);
    let r = mu.try_acquire();
    if r != EBUSY as c_int {
        return r;
    }
    // SAFETY: the caller's timespec.
    let dl = match unsafe { Deadline::new(clock, abs) } {
        Ok(d) => d,
        Err(e) => return e,
    };
    mu.acquire(Some(&dl))
}

/// POSIX.1-2024 `pthread_mutex_timedlock`: ETIMEDOUT once `abs`
/// (CLOCK_REALTIME) passes; EINVAL for a bad `tv_nsec`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_timedlock(
    mx: *mut pthread_mutex_t,
    abs: *const timespec,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { timed(mx, super::CLOCK_REALTIME, abs) }
}

/// POSIX.1-2024 `pthread_mutex_clocklock`: as timedlock on `clock`
/// (CLOCK_REALTIME or CLOCK_MONOTONIC, else EINVAL).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_clocklock(
    mx: *mut pthread_mutex_t,
    clock: clockid_t,
    abs: *const timespec,
) -> c_int {
    if clock != super::CLOCK_REALTIME && clock != super::CLOCK_MONOTONIC {
        return EINVAL as c_int;
    }
    // SAFETY: forwarded.
    unsafe { timed(mx, clock, abs) }
}

/// POSIX.1-2024 `pthread_mutexattr_init`: a normal, process-private mutex.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_init(a: *mut pthread_mutexattr_t) -> c_int {
    // SAFETY: the caller's attribute storage.
    unsafe { core::ptr::write_bytes(a, 0, 1) };
    0
}

/// POSIX.1-2024 `pthread_mutexattr_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_destroy(_a: *mut pthread_mutexattr_t) -> c_int {
    0
}

/// POSIX.1-2024 `pthread_mutexattr_settype`: EINVAL for an unknown type.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_settype(
    a: *mut pthread_mutexattr_t,
    ty: c_int,
) -> c_int {
    if !(0..=3).contains(&ty) {
        return EINVAL as c_int;
    }
    // SAFETY: the caller's attribute object.
    unsafe {
        let k = &mut (*(a as *mut MutexAttr)).kind;
        *k = (*k & !3) | ty as u32;
    }
    0
}

/// POSIX.1-2024 `pthread_mutexattr_gettype`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_gettype(
    a: *const pthread_mutexattr_t,
    ty: *mut c_int,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *ty = ((*(a as *const MutexAttr)).kind & 3) as c_int };
    0
}

/// POSIX.1-2024 `pthread_mutexattr_setpshared`: EINVAL for a value other
/// than PTHREAD_PROCESS_PRIVATE/SHARED.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_setpshared(
    a: *mut pthread_mutexattr_t,
    ps: c_int,
) -> c_int {
    if ps != PTHREAD_PROCESS_PRIVATE && ps != PTHREAD_PROCESS_SHARED {
        return EINVAL as c_int;
    }
    // SAFETY: the caller's attribute object.
    unsafe {
        let k = &mut (*(a as *mut MutexAttr)).kind;
        *k = if ps == PTHREAD_PROCESS_SHARED {
            *k | PSHARED
        } else {
            *k & !PSHARED
        };
    }
    0
}

/// POSIX.1-2024 `pthread_mutexattr_getpshared`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_getpshared(
    a: *const pthread_mutexattr_t,
    ps: *mut c_int,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *ps = ((*(a as *const MutexAttr)).kind & PSHARED != 0) as c_int };
    0
}

/// POSIX.1-2024 `pthread_mutexattr_setprotocol`: PTHREAD_PRIO_NONE,
/// PTHREAD_PRIO_INHERIT (the kernel's priority-inheriting futexes) or
/// PTHREAD_PRIO_PROTECT (the priority ceiling), EINVAL for anything else.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_setprotocol(
    a: *mut pthread_mutexattr_t,
    p: c_int,
) -> c_int {
    let bit = match p {
        PTHREAD_PRIO_NONE => 0,
        PTHREAD_PRIO_INHERIT => PI,
        PTHREAD_PRIO_PROTECT => PP,
        _ => return EINVAL as c_int,
    };
    // SAFETY: the caller's attribute object.
    unsafe {
        let k = &mut (*(a as *mut MutexAttr)).kind;
        *k = (*k & !(PI | PP)) | bit;
    }
    0
}

/// POSIX.1-2024 `pthread_mutexattr_getprotocol`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_getprotocol(
    a: *const pthread_mutexattr_t,
    p: *mut c_int,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe {
        let k = (*(a as *const MutexAttr)).kind;
        *p = if k & PI != 0 {
            PTHREAD_PRIO_INHERIT
        } else if k & PP != 0 {
            PTHREAD_PRIO_PROTECT
        } else {
            PTHREAD_PRIO_NONE
        }
    };
    0
}

/// POSIX.1-2024 `pthread_mutexattr_setrobust`: PTHREAD_MUTEX_STALLED (0)
/// or PTHREAD_MUTEX_ROBUST (1), else EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_setrobust(
    a: *mut pthread_mutexattr_t,
    r: c_int,
) -> c_int {
    let bit = match r {
        PTHREAD_MUTEX_STALLED => 0,
        PTHREAD_MUTEX_ROBUST => ROBUST,
        _ => return EINVAL as c_int,
    };
    // SAFETY: the caller's attribute object.
    unsafe {
        let k = &mut (*(a as *mut MutexAttr)).kind;
        *k = (*k & !ROBUST) | bit;
    }
    0
}

/// POSIX.1-2024 `pthread_mutexattr_getrobust`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_getrobust(
    a: *const pthread_mutexattr_t,
    r: *mut c_int,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *r = ((*(a as *const MutexAttr)).kind & ROBUST != 0) as c_int };
    0
}

/// POSIX.1-2024 `pthread_mutex_consistent`: a robust mutex taken with
/// EOWNERDEAD is normal again; EINVAL for any other mutex.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_consistent(mx: *mut pthread_mutex_t) -> c_int {
    let mu = m(mx);
    let k = mu.kind.load(Ordering::Relaxed);
    if k & ROBUST == 0 || k & INCONSISTENT == 0 {
        return EINVAL as c_int;
    }
    mu.kind.fetch_and(!INCONSISTENT, Ordering::Relaxed);
    0
}
