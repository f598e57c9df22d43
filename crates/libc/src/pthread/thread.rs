//! Threads: `pthread_create join detach exit self equal`, the `_np`
//! joins, `pthread_kill`, names, CPU clocks and scheduling.
use super::attr::Attr;
use super::key::{Tsd, run_destructors};
use super::{Deadline, MULTI, futex_wait, futex_wake, pthread_attr_t, pthread_t};
use crate::sched::sched_param;
use crate::time::clockid_t;
use crate::time::timespec;
use crate::types::*;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicI32, AtomicU32, AtomicUsize, Ordering};
use syscall::errno::{EAGAIN, EBUSY, EDEADLK, EINVAL, ERANGE, ESRCH, ETIMEDOUT};
use syscall::nr::{
    CLONE_CHILD_CLEARTID, CLONE_FILES, CLONE_FS, CLONE_PARENT_SETTID, CLONE_SETTLS, CLONE_SIGHAND,
    CLONE_SYSVSEM, CLONE_THREAD, CLONE_VM,
};

const JOINABLE: u32 = 0;
const DETACHED: u32 = 1;
const EXITED: u32 = 2;

/// One thread's descriptor; `pthread_t` is its address. Created threads
/// keep it at the top of their mapping; the initial thread's is static.
#[repr(C)]
pub struct Pthread {
    /// The kernel's thread id; the kernel clears it (and wakes the futex
    /// here) when the thread has gone.
    tid: AtomicI32,
    state: AtomicU32,
    /// Start handshake for explicit scheduling: 0 wait, 1 go, 2 give up.
    go: AtomicU32,
    wait_go: bool,
    c11: bool,
    map_base: usize,
    map_len: usize,
    stack: usize,
    stack_size: usize,
    guard: usize,
    start: usize,
    arg: *mut c_void,
    result: *mut c_void,
    sigmask: u64,
    pub tsd: Tsd,
    /// Cancellation: request, disabled and asynchronous bits (see
    /// `cancel`).
    pub cancel: AtomicU32,
    /// The innermost cleanup handler's record, on the thread's stack.
    pub cleanup: *mut super::cancel::CleanupBuf,
    /// The kernel's robust list head (robust mutexes held), and the
    /// thread id it was registered for (0: not yet; another id: the
    /// copy a `fork` child inherited).
    pub robust: super::mutex::RobustHead,
    pub robust_tid: i32,
    /// Priority-protected mutexes held.
    pub pp: super::mutex::PpState,
    /// The stream locks the stdio calls in progress took, innermost last
    /// (`file::thread_exit_locks`), and how many (nesting deeper than the
    /// array, a cookie function's stdio call inside another, is counted
    /// and not recorded).
    stdio: [*mut crate::file::FILE; STDIO_NEST],
    stdio_n: usize,
    /// Neighbours in the list of live threads ([`LIST`], under
    /// [`LIST_LOCK`]).
    next: *mut Pthread,
    prev: *mut Pthread,
}

const STDIO_NEST: usize = 4;

impl Pthread {
    const fn new() -> Self {
        Pthread {
            tid: AtomicI32::new(0),
            state: AtomicU32::new(JOINABLE),
            go: AtomicU32::new(0),
            wait_go: false,
            c11: false,
            map_base: 0,
            map_len: 0,
            stack: 0,
            stack_size: 0,
            guard: 0,
            start: 0,
            arg: null_mut(),
            result: null_mut(),
            sigmask: 0,
            tsd: Tsd::new(),
            cancel: AtomicU32::new(0),
            cleanup: null_mut(),
            robust: super::mutex::RobustHead::empty(),
            robust_tid: 0,
            pp: super::mutex::PpState::empty(),
            stdio: [null_mut(); STDIO_NEST],
            stdio_n: 0,
            next: null_mut(),
            prev: null_mut(),
        }
    }
}

/// A stdio call took `f`'s lock (see `file::real_lock_in`).
pub fn stdio_enter(f: *mut crate::file::FILE) {
    let d = self_desc();
    // SAFETY: our own descriptor.
    unsafe {
        let n = (*d).stdio_n;
        if let Some(slot) = (*d).stdio.get_mut(n) {
            *slot = f;
        }
        (*d).stdio_n = n + 1;
    }
}

/// The innermost stdio call let its lock go.
pub fn stdio_leave() {
    let d = self_desc();
    // SAFETY: our own descriptor.
    unsafe { (*d).stdio_n = (*d).stdio_n.saturating_sub(1) };
}

/// The thread ends: the innermost recorded stream lock still held, if
/// any, forgotten (its level is the caller's to release).
pub fn stdio_unwind() -> Option<*mut crate::file::FILE> {
    let d = self_desc();
    // SAFETY: our own descriptor.
    unsafe {
        while (*d).stdio_n > 0 {
            (*d).stdio_n -= 1;
            if let Some(&f) = (*d).stdio.get((*d).stdio_n) {
                return Some(f);
            }
        }
        None
    }
}

/// The initial thread's descriptor.
static mut MAIN: Pthread = Pthread::new();
/// Threads alive (the initial one included).
static THREADS: AtomicUsize = AtomicUsize::new(1);

/// The live threads, once a second one has existed: a thread is in it
/// from before its clone until it has run its last library code but the
/// kernel's exit. Creation and exit hold [`LIST_LOCK`] while they change
/// it, the set*id broadcast while it runs (so no thread starts with, or
/// ends without, the old credentials unseen).
static mut LIST: *mut Pthread = null_mut();
static LIST_LOCK: super::Lock = super::Lock::new();

/// Put `d` at the head of the list.
///
/// # Safety
/// [`LIST_LOCK`] is held (or the caller is the only thread); `d` is live
/// and not in the list.
unsafe fn link(d: *mut Pthread) {
    // SAFETY: per the contract.
    unsafe {
        let head = LIST;
        (*d).prev = null_mut();
        (*d).next = head;
        if !head.is_null() {
            (*head).prev = d;
        }
        LIST = d;
    }
}

/// Take `d` out of the list (nothing if it is not in it).
///
/// # Safety
/// As for [`link`], but `d` may be out of the list.
unsafe fn unlink(d: *mut Pthread) {
    // SAFETY: per the contract.
    unsafe {
        let (p, n) = ((*d).prev, (*d).next);
        if p.is_null() {
            if LIST != d {
                return;
            }
            LIST = n;
        } else {
            (*p).next = n;
        }
        if !n.is_null() {
            (*n).prev = p;
        }
        (*d).next = null_mut();
        (*d).prev = null_mut();
    }
}

/// Run `f` holding the list lock, with every signal but the library's
/// blocked in the caller (so none of its handlers can want the lock).
pub(super) fn with_lock(f: impl FnOnce()) {
    let old = block_user();
    LIST_LOCK.lock();
    f();
    LIST_LOCK.unlock();
    set_mask(old);
}

/// Call `f` with the thread id of each live thread but the caller.
///
/// # Safety
/// The caller holds the list lock ([`with_lock`]).
pub(super) unsafe fn each_other(f: impl Fn(pid_t)) {
    let me = self_desc();
    // SAFETY: the lock is held: the list and its descriptors are live.
    unsafe {
        let mut d = LIST;
        while !d.is_null() {
            if d != me {
                let tid = tid_of(d);
                if tid != 0 {
                    f(tid);
                }
            }
            d = (*d).next;
        }
    }
}

/// The calling thread's descriptor (kept in its TCB's `libc_slot[2]`;
/// empty for the initial thread).
#[inline]
pub fn self_desc() -> *mut Pthread {
    let t = rt::tls::current();
    // SAFETY: the calling thread's TCB.
    let s = unsafe { (*t).libc_slot[2] };
    if s != 0 {
        s as *mut Pthread
    } else {
        &raw mut MAIN
    }
}

fn tid_word(d: *mut Pthread) -> &'static AtomicU32 {
    // SAFETY: `tid` is a 4-byte aligned i32 in a live descriptor.
    unsafe { &*(&raw const (*d).tid as *const AtomicU32) }
}

/// The id of `d`'s thread; for the initial thread filled on first use.
pub(super) fn tid_of(d: *mut Pthread) -> pid_t {
    // SAFETY: a live descriptor.
    let t = unsafe { (*d).tid.load(Ordering::Acquire) };
    if t == 0 && d == &raw mut MAIN && !MULTI.load(Ordering::Relaxed) {
        return super::gettid();
    }
    t
}

/// Every signal blocked; the old mask returned.
fn block_all() -> u64 {
    let all = !0u64;
    let mut old = 0u64;
    // SAFETY: both sets are ours, 8 bytes each.
    unsafe { sys!(__NR_rt_sigprocmask, 2, &raw const all, &raw mut old, 8) };
    old
}

/// Every signal but the library's two blocked (those stay deliverable, so
/// a thread waiting for the list lock still answers the set*id
/// broadcast); the old mask returned.
fn block_user() -> u64 {
    let user = !crate::signal::set::RESERVED;
    let mut old = 0u64;
    // SAFETY: both sets are ours, 8 bytes each.
    unsafe { sys!(__NR_rt_sigprocmask, 2, &raw const user, &raw mut old, 8) };
    old
}

fn set_mask(m: u64) {
    // SAFETY: as in block_all.
    unsafe { sys!(__NR_rt_sigprocmask, 2, &raw const m, 0, 8) };
}

/// The stack size threads get without `pthread_attr_setstacksize`:
/// `RLIMIT_STACK` when finite (as glibc), else 2 MiB.
pub fn default_stack_size() -> usize {
    static CACHE: AtomicUsize = AtomicUsize::new(0);
    let c = CACHE.load(Ordering::Relaxed);
    if c != 0 {
        return c;
    }
    let mut rl = [0u64; 2];
    // SAFETY: the kernel writes a struct rlimit64 (two u64) into our array.
    let r = unsafe {
        sys!(
            __NR_prlimit64,
            0,
            syscall::nr::RLIMIT_STACK,
            0,
            rl.as_mut_ptr()
        )
    };
    let page = crate::sys::auxv::page_size();
    let n = if r < 0 || rl[0] == u64::MAX || rl[0] > (usize::MAX / 2) as u64 {
        2 << 20
    } else {
        (rl[0] as usize).max(crate::arch::PTHREAD_STACK_MIN)
    };
    let n = n.next_multiple_of(page);
    CACHE.store(n, Ordering::Relaxed);
    n
}

fn mmap_rw(len: usize) -> Option<usize> {
    use syscall::nr::*;
    // SAFETY: a fresh anonymous mapping.
    let r = unsafe {
        crate::arch::mmap(
            null_mut(),
            len,
            (PROT_READ | PROT_WRITE) as c_int,
            (MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK) as c_int,
            -1,
            0,
        )
    };
    syscall::decode(r).ok()
}

/// Blocks of joined threads kept for the next `pthread_create` of the
/// same shape (mapping length and guard): a thread then costs no
/// `mmap`, `mprotect`, `munmap` or fresh stack page faults. A few only,
/// so at most a few stacks' touched pages stay resident.
const CACHE_N: usize = 4;
static CACHE_LOCK: super::Lock = super::Lock::new();
static mut CACHE: [(usize, usize, usize); CACHE_N] = [(0, 0, 0); CACHE_N];

/// A cached block of `len` bytes with a `guard`-byte guard, if any.
fn cache_take(len: usize, guard: usize) -> Option<usize> {
    CACHE_LOCK.lock();
    // SAFETY: the lock is held.
    let c = unsafe { &mut *(&raw mut CACHE) };
    let r = c
        .iter_mut()
        .find(|e| e.0 != 0 && e.1 == len && e.2 == guard)
        .map(|e| {
            let b = e.0;
            *e = (0, 0, 0);
            b
        });
    CACHE_LOCK.unlock();
    r
}

/// Keep a joined thread's block; false when the cache is full.
fn cache_put(base: usize, len: usize, guard: usize) -> bool {
    CACHE_LOCK.lock();
    // SAFETY: the lock is held.
    let c = unsafe { &mut *(&raw mut CACHE) };
    let r = match c.iter_mut().find(|e| e.0 == 0) {
        Some(e) => {
            *e = (base, len, guard);
            true
        }
        None => false,
    };
    CACHE_LOCK.unlock();
    r
}

/// What the first `pthread_create` does while the caller is still alone:
/// real stream locks, the kernel told to clear the initial thread's id at
/// its exit (so it can be joined), the fork hooks.
#[cold]
fn go_multi() {
    crate::file::enable_thread_locks();
    super::cancel::enable_points();
    // SAFETY: the initial thread is the caller (the only thread).
    unsafe {
        let d = &raw mut MAIN;
        if self_desc() == d {
            let tid = sys!(__NR_set_tid_address, tid_word(d).as_ptr());
            (*d).tid.store(tid as i32, Ordering::Release);
        }
        link(self_desc());
        core::ptr::write_volatile(
            &raw mut crate::kernel::SETXID_HOOK,
            Some(super::setxid::broadcast),
        );
    }
    install_fork_hooks();
    MULTI.store(true, Ordering::Release);
}

/// Create a thread running `start(arg)` (a C11 `int` start routine if
/// `c11`). 0 or an error number.
pub unsafe fn create(
    out: *mut pthread_t,
    attr: *const pthread_attr_t,
    start: usize,
    arg: *mut c_void,
    c11: bool,
) -> c_int {
    let a = if attr.is_null() {
        super::attr::defaults()
    } else {
        // SAFETY: the caller's initialised attributes.
        unsafe { *(attr as *const Attr) }
    };
    let page = crate::sys::auxv::page_size();
    let img = rt::tls::image();
    let tls = rt::tls::layout(&img);
    let area = (tls.size + core::mem::size_of::<Pthread>() + 16).next_multiple_of(page);
    let user = a.user_stack != 0;
    let (guard, stack) = if user {
        (0, 0)
    } else {
        let Some(g) = a.guard_size().checked_next_multiple_of(page) else {
            return EINVAL as c_int;
        };
        (g, a.stack_size().next_multiple_of(page))
    };
    let Some(len) = guard.checked_add(stack).and_then(|v| v.checked_add(area)) else {
        return EAGAIN as c_int;
    };
    let tls_base_off = guard + stack;
    let base = match cache_take(len, guard) {
        Some(b) => {
            // A joined thread's block: its stack needs nothing, its TLS,
            // TCB and descriptor must be as fresh as a new mapping's.
            // SAFETY: the block is ours alone again.
            unsafe { core::ptr::write_bytes((b + tls_base_off) as *mut u8, 0, area) };
            b
        }
        None => {
            let Some(b) = mmap_rw(len) else {
                return EAGAIN as c_int;
            };
            if guard > 0 {
                // SAFETY: the lowest pages of our fresh mapping.
                unsafe { sys!(__NR_mprotect, b, guard, syscall::nr::PROT_NONE) };
            }
            b
        }
    };
    let tls_base = base + tls_base_off;
    // SAFETY: [tls_base, tls_base + tls.size) is fresh, zeroed memory.
    let p = unsafe { rt::tls::init_thread(tls_base) };
    let d = (tls_base + tls.size).next_multiple_of(16) as *mut Pthread;
    let (stack_lo, stack_size) = if user {
        (a.stack, a.stacksize)
    } else {
        (base + guard, stack)
    };
    // SAFETY: the descriptor's place is in the fresh mapping, zeroed,
    // aligned; the new TCB's Thread is ours to fill before the clone.
    unsafe {
        d.write(Pthread::new());
        let x = &mut *d;
        x.state = AtomicU32::new(if a.detached != 0 { DETACHED } else { JOINABLE });
        x.wait_go = a.explicit != 0 || a.cpuset != 0;
        x.c11 = c11;
        x.map_base = base;
        x.map_len = len;
        x.stack = stack_lo;
        x.stack_size = stack_size;
        x.guard = guard;
        x.start = start;
        x.arg = arg;
        (*rt::tls::thread_of(&p)).libc_slot[2] = d as usize;
    }
    // Stored before the clone, as glibc does, so the new thread may read
    // its own id from where the creator keeps it.
    // SAFETY: the caller's result variable.
    unsafe { *out = d as pthread_t };
    if !MULTI.load(Ordering::Relaxed) {
        go_multi();
    }
    // The list lock is held from before the clone until the thread runs
    // free (after its explicit scheduling), with the caller's signals
    // blocked but the library's; the child starts with the same mask.
    let old = block_user();
    LIST_LOCK.lock();
    // SAFETY: the lock is held; the descriptor is ours until the clone.
    unsafe {
        link(d);
        (*d).sigmask = old;
    }
    THREADS.fetch_add(1, Ordering::AcqRel);
    let mut desc = [0u32; 4];
    let tls_arg = rt::arch::clone_tls(p.tp, &mut desc);
    let flags = CLONE_VM
        | CLONE_FS
        | CLONE_FILES
        | CLONE_SIGHAND
        | CLONE_THREAD
        | CLONE_SYSVSEM
        | CLONE_SETTLS
        | CLONE_PARENT_SETTID
        | CLONE_CHILD_CLEARTID;
    let tidp = tid_word(d).as_ptr() as *mut c_int;
    let top = stack_lo + stack_size;
    // SAFETY: the child runs on its own stack and TLS, entering
    // thread_start with its descriptor; nothing of ours is on that stack.
    let r = unsafe {
        crate::arch::process::thread_clone(
            flags as usize,
            top,
            tidp,
            tls_arg,
            tidp,
            d as *mut c_void,
        )
    };
    if r < 0 {
        THREADS.fetch_sub(1, Ordering::AcqRel);
        // SAFETY: the lock is held; our mapping, never used by any thread.
        unsafe {
            unlink(d);
            LIST_LOCK.unlock();
            set_mask(old);
            sys!(__NR_munmap, base, len)
        };
        return EAGAIN as c_int;
    }
    if a.explicit != 0 || a.cpuset != 0 {
        let mut s = 0;
        if a.cpuset != 0 {
            // SAFETY: the attribute's set of cpusetsize bytes.
            s = unsafe { sys!(__NR_sched_setaffinity, r, a.cpusetsize, a.cpuset) };
        }
        if a.explicit != 0 && s >= 0 {
            let sp = sched_param {
                sched_priority: a.prio,
            };
            // SAFETY: plain values and our local.
            s = unsafe { sys!(__NR_sched_setscheduler, r, a.policy, &raw const sp) };
        }
        // SAFETY: the descriptor stays until the child is told.
        let go = unsafe { &(*d).go };
        go.store(if s < 0 { 2 } else { 1 }, Ordering::Release);
        futex_wake(go, 1, false);
        if s < 0 {
            // The child exits at once; reclaim it here.
            wait_gone(d, None, false, false);
            THREADS.fetch_sub(1, Ordering::AcqRel);
            // SAFETY: the lock is held; the thread is gone; the mapping
            // is unused.
            unsafe {
                unlink(d);
                LIST_LOCK.unlock();
                set_mask(old);
                sys!(__NR_munmap, base, len)
            };
            return (-s) as c_int;
        }
    }
    LIST_LOCK.unlock();
    set_mask(old);
    0
}

/// Where every created thread starts (from `thread_clone`), on its own
/// stack with its thread pointer set and every signal blocked but the
/// library's two (its creator holds the thread list's lock until it may
/// run freely, so neither comes before it is ready).
pub unsafe extern "C" fn thread_start(d: *mut Pthread) -> ! {
    // SAFETY: our own descriptor, filled by the creator before the clone.
    unsafe {
        let x = &*d;
        (*rt::tls::current()).tid = x.tid.load(Ordering::Acquire);
        // (The kernel stores the id before the thread runs; were it not
        // there yet, gettid fills the cache on first use.)
        if x.wait_go {
            while x.go.load(Ordering::Acquire) == 0 {
                futex_wait(&x.go, 0, None, false);
            }
            if x.go.load(Ordering::Acquire) == 2 {
                sys!(__NR_exit, 0);
            }
        }
        set_mask(x.sigmask);
        let r = if x.c11 {
            let f =
                core::mem::transmute::<usize, unsafe extern "C" fn(*mut c_void) -> c_int>(x.start);
            f(x.arg) as isize as *mut c_void
        } else {
            let f = core::mem::transmute::<usize, unsafe extern "C" fn(*mut c_void) -> *mut c_void>(
                x.start,
            );
            f(x.arg)
        };
        // Records of handlers left pushed belong to the returned frame.
        (*d).cleanup = null_mut();
        exit_thread(r)
    }
}

/// End the calling thread with `ret`: cleanup handlers (innermost
/// first), destructors, the allocator's cache, then (if others remain)
/// the kernel's exit; the last thread ends the process as `exit(0)`.
pub fn exit_thread(ret: *mut c_void) -> ! {
    let d = self_desc();
    // SAFETY: our own descriptor.
    unsafe {
        // A cancellation request from now on is not acted on.
        (*d).cancel
            .fetch_or(super::cancel::DISABLED, Ordering::AcqRel);
        (*d).result = ret;
        super::cancel::run_cleanup(d);
        crate::file::thread_exit_locks();
        run_destructors(&mut (*d).tsd);
        super::mutex::robust_exit(d);
    }
    crate::alloc::os::release_thread_cache();
    crate::sys::random::release_thread_state();
    // Out of the list: a set*id broadcast under way has reached this
    // thread (its signal is deliverable while it waits for the lock).
    let m = block_user();
    LIST_LOCK.lock();
    // SAFETY: the lock is held; our own descriptor.
    unsafe { unlink(d) };
    LIST_LOCK.unlock();
    set_mask(m);
    if THREADS.fetch_sub(1, Ordering::AcqRel) == 1 {
        crate::stdlib::exit(0);
    }
    // No handler may run on a thread that is going away.
    block_all();
    // SAFETY: our own descriptor; after the exit the joiner owns it.
    unsafe {
        if (*d)
            .state
            .compare_exchange(JOINABLE, EXITED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
            || (*d).map_len == 0
        {
            loop {
                sys!(__NR_exit, 0);
            }
        }
        // Detached: nobody will look at the descriptor again, and the
        // kernel must not clear the id word in memory about to be reused.
        sys!(__NR_set_tid_address, 0);
        crate::arch::process::exit_unmap((*d).map_base, (*d).map_len)
    }
}

/// Wait until `d`'s thread is gone (its id word cleared by the kernel).
/// `try_` gives EBUSY instead of waiting; ETIMEDOUT once `dl` passes.
/// With `cp` a cancellation point (the thread stays joinable).
fn wait_gone(d: *mut Pthread, dl: Option<&Deadline>, try_: bool, cp: bool) -> c_int {
    let w = tid_word(d);
    loop {
        let t = w.load(Ordering::Acquire);
        if t == 0 {
            return 0;
        }
        if try_ {
            return EBUSY as c_int;
        }
        // The kernel's wake is not process-private.
        let r = if cp {
            super::futex_wait_cp(w, t, dl, true)
        } else {
            futex_wait(w, t, dl, true)
        };
        if r == ETIMEDOUT as c_int && w.load(Ordering::Acquire) != 0 {
            return ETIMEDOUT as c_int;
        }
    }
}

unsafe fn join(t: pthread_t, res: *mut *mut c_void, dl: Option<&Deadline>, try_: bool) -> c_int {
    let d = t as *mut Pthread;
    if d == self_desc() {
        return EDEADLK as c_int;
    }
    // SAFETY: `t` names a joinable thread (the caller's contract).
    unsafe {
        if (*d).state.load(Ordering::Acquire) == DETACHED {
            return EINVAL as c_int;
        }
        let r = wait_gone(d, dl, try_, true);
        if r != 0 {
            return r;
        }
        if !res.is_null() {
            *res = (*d).result;
        }
        if (*d).map_len != 0 {
            let (b, l, g) = ((*d).map_base, (*d).map_len, (*d).guard);
            if !cache_put(b, l, g) {
                sys!(__NR_munmap, b, l);
            }
        }
    }
    0
}

/// POSIX.1-2024 `pthread_create`: EAGAIN when memory or the thread limit
/// runs out (nothing is left behind), EINVAL for bad attributes, EPERM
/// when explicit scheduling is not allowed.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_create(
    out: *mut pthread_t,
    attr: *const pthread_attr_t,
    start: Option<unsafe extern "C" fn(*mut c_void) -> *mut c_void>,
    arg: *mut c_void,
) -> c_int {
    let Some(f) = start else {
        return EINVAL as c_int;
    };
    // SAFETY: forwarded.
    unsafe { create(out, attr, f as usize, arg, false) }
}

/// POSIX.1-2024 `pthread_join`: EDEADLK for the caller itself, EINVAL for
/// a detached thread.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_join(t: pthread_t, res: *mut *mut c_void) -> c_int {
    // SAFETY: forwarded.
    unsafe { join(t, res, None, false) }
}

/// GNU `pthread_tryjoin_np`: EBUSY while the thread runs.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_tryjoin_np(t: pthread_t, res: *mut *mut c_void) -> c_int {
    // SAFETY: forwarded.
    unsafe { join(t, res, None, true) }
}

/// GNU `pthread_timedjoin_np`: ETIMEDOUT once `abs` (CLOCK_REALTIME)
/// passes; a NULL `abs` waits for ever.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_timedjoin_np(
    t: pthread_t,
    res: *mut *mut c_void,
    abs: *const timespec,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { clockjoin(t, res, super::CLOCK_REALTIME, abs) }
}

/// GNU `pthread_clockjoin_np`: as timedjoin on `clock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_clockjoin_np(
    t: pthread_t,
    res: *mut *mut c_void,
    clock: clockid_t,
    abs: *const timespec,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { clockjoin(t, res, clock, abs) }
}

unsafe fn clockjoin(
    t: pthread_t,
    res: *mut *mut c_void,
    clock: clockid_t,
    abs: *const timespec,
) -> c_int {
    if abs.is_null() {
        // SAFETY: forwarded.
        return unsafe { join(t, res, None, false) };
    }
    // SAFETY: forwarded.
    let r = unsafe { join(t, res, None, true) };
    if r != EBUSY as c_int {
        return r;
    }
    // SAFETY: the caller's timespec.
    match unsafe { Deadline::new(clock, abs) } {
        // SAFETY: forwarded.
        Ok(dl) => unsafe { join(t, res, Some(&dl), false) },
        Err(e) => e,
    }
}

/// POSIX.1-2024 `pthread_detach`: the thread's resources go back when it
/// ends (at once if it already has); EINVAL if already detached.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_detach(t: pthread_t) -> c_int {
    let d = t as *mut Pthread;
    // SAFETY: `t` names a live or finished, unjoined thread.
    let r = unsafe {
        (*d).state
            .compare_exchange(JOINABLE, DETACHED, Ordering::AcqRel, Ordering::Acquire)
    };
    match r {
        Ok(_) => 0,
        // SAFETY: it finished joinable: reclaim it as a join would.
        Err(EXITED) => unsafe { join(t, null_mut(), None, false) },
        Err(_) => EINVAL as c_int,
    }
}

/// POSIX.1-2024 `pthread_exit`: ends the calling thread with `ret`
/// (thread-specific data destructors run first); the last thread's exit
/// ends the process with status 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn pthread_exit(ret: *mut c_void) -> ! {
    exit_thread(ret)
}

/// POSIX.1-2024 `pthread_self`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn pthread_self() -> pthread_t {
    self_desc() as pthread_t
}

/// POSIX.1-2024 `pthread_equal`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn pthread_equal(a: pthread_t, b: pthread_t) -> c_int {
    (a == b) as c_int
}

/// The thread id of `t`, or ESRCH if it has gone.
fn live_tid(t: pthread_t) -> Result<pid_t, c_int> {
    match tid_of(t as *mut Pthread) {
        0 => Err(ESRCH as c_int),
        tid => Ok(tid),
    }
}

/// POSIX.1-2024 `pthread_kill`: `sig` to thread `t` (`tgkill`); EINVAL
/// for a bad signal (or one of the two the library reserves); 0 for a
/// thread that has ended but is not yet joined (as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_kill(t: pthread_t, sig: c_int) -> c_int {
    if !(0..=64).contains(&sig) || sig == 32 || sig == 33 {
        return EINVAL as c_int;
    }
    let tid = match live_tid(t) {
        Ok(v) => v,
        // Gone but not joined: nothing to signal, and not an error (as
        // glibc: the id is still the caller's to use).
        Err(_) => return 0,
    };
    // SAFETY: plain values.
    let r = unsafe {
        let pid = sys!(__NR_getpid);
        sys!(__NR_tgkill, pid, tid, sig)
    };
    match syscall::decode(r) {
        Ok(_) => 0,
        Err(e) => e,
    }
}

/// `/proc/self/task/TID/comm`, NUL-terminated.
fn comm_path(tid: pid_t) -> [u8; 40] {
    let mut p = [0u8; 40];
    // (17 bytes with its NUL, so it is not one of the 16-byte constants
    // LLVM pools in a mergeable section every program keeps whole.)
    let head = &b"/proc/self/task/\0"[..16];
    p[..head.len()].copy_from_slice(head);
    let n = head.len() + crate::kernel::put_decimal(&mut p[head.len()..], tid.max(0) as u32);
    p[n..n + 5].copy_from_slice(b"/comm");
    p
}

/// Open another thread's `comm` file with `flags`: the descriptor, or an
/// error number (ENOENT for a thread that has ended, as glibc).
fn open_comm(t: pthread_t, flags: u32) -> Result<isize, c_int> {
    let path = comm_path(tid_of(t as *mut Pthread));
    // SAFETY: a NUL-terminated path.
    let fd = unsafe {
        sys!(
            __NR_openat,
            syscall::nr::AT_FDCWD,
            path.as_ptr(),
            flags | syscall::nr::O_CLOEXEC,
            0
        )
    };
    if fd < 0 { Err((-fd) as c_int) } else { Ok(fd) }
}

/// GNU `pthread_setname_np`: ERANGE for a name longer than 15 bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setname_np(t: pthread_t, name: *const c_char) -> c_int {
    // SAFETY: the caller's string.
    let len = unsafe { crate::string::strlen(name) };
    if len > 15 {
        return ERANGE as c_int;
    }
    if t as *mut Pthread == self_desc() {
        // SAFETY: PR_SET_NAME reads at most 16 bytes of the string.
        let r = unsafe { sys!(__NR_prctl, syscall::prctl::PR_SET_NAME, name, 0, 0, 0) };
        return syscall::decode(r).err().unwrap_or(0);
    }
    let fd = match open_comm(t, syscall::nr::O_WRONLY) {
        Ok(v) => v,
        Err(e) => return e,
    };
    // SAFETY: our descriptor and the caller's bytes.
    unsafe {
        let w = sys!(__NR_write, fd, name, len);
        sys!(__NR_close, fd);
        if w < 0 { (-w) as c_int } else { 0 }
    }
}

/// GNU `pthread_getname_np`: ERANGE for a buffer under 16 bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getname_np(t: pthread_t, buf: *mut c_char, len: size_t) -> c_int {
    if len < 16 {
        return ERANGE as c_int;
    }
    if t as *mut Pthread == self_desc() {
        // SAFETY: PR_GET_NAME writes 16 bytes into the caller's buffer.
        let r = unsafe { sys!(__NR_prctl, syscall::prctl::PR_GET_NAME, buf, 0, 0, 0) };
        return syscall::decode(r).err().unwrap_or(0);
    }
    let fd = match open_comm(t, syscall::nr::O_RDONLY) {
        Ok(v) => v,
        Err(e) => return e,
    };
    // SAFETY: our descriptor; reads into the caller's buffer.
    unsafe {
        let n = sys!(__NR_read, fd, buf, len - 1);
        sys!(__NR_close, fd);
        if n < 0 {
            return (-n) as c_int;
        }
        let mut n = n as usize;
        if n > 0 && *buf.add(n - 1) == b'\n' as c_char {
            n -= 1;
        }
        *buf.add(n) = 0;
    }
    0
}

/// POSIX.1-2024 `pthread_getcpuclockid`: the CPU-time clock of `t`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getcpuclockid(t: pthread_t, clk: *mut clockid_t) -> c_int {
    let tid = match live_tid(t) {
        Ok(v) => v,
        Err(e) => return e,
    };
    // The kernel's encoding: !tid << 3, per-thread (4), CPUCLOCK_SCHED (2).
    // SAFETY: the caller's result variable.
    unsafe { *clk = ((!tid) << 3) | 6 };
    0
}

fn errno_of(r: isize) -> c_int {
    syscall::decode(r).err().unwrap_or(0)
}

/// POSIX.1-2024 `pthread_setschedparam`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setschedparam(
    t: pthread_t,
    policy: c_int,
    sp: *const sched_param,
) -> c_int {
    let tid = match live_tid(t) {
        Ok(v) => v,
        Err(e) => return e,
    };
    // SAFETY: the kernel reads the caller's parameter.
    errno_of(unsafe { sys!(__NR_sched_setscheduler, tid, policy, sp) })
}

/// POSIX.1-2024 `pthread_getschedparam`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getschedparam(
    t: pthread_t,
    policy: *mut c_int,
    sp: *mut sched_param,
) -> c_int {
    let tid = match live_tid(t) {
        Ok(v) => v,
        Err(e) => return e,
    };
    // SAFETY: plain values; the kernel writes the caller's parameter.
    unsafe {
        let p = sys!(__NR_sched_getscheduler, tid);
        if p < 0 {
            return errno_of(p);
        }
        let r = sys!(__NR_sched_getparam, tid, sp);
        if r < 0 {
            return errno_of(r);
        }
        *policy = p as c_int;
    }
    0
}

/// POSIX.1-2024 `pthread_setschedprio`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setschedprio(t: pthread_t, prio: c_int) -> c_int {
    let tid = match live_tid(t) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let sp = sched_param {
        sched_priority: prio,
    };
    // SAFETY: our local.
    errno_of(unsafe { sys!(__NR_sched_setparam, tid, &raw const sp) })
}

/// For `pthread_getattr_np`: `d`'s stack, guard and detach state.
pub unsafe fn describe(d: *mut Pthread, a: &mut Attr) -> c_int {
    // SAFETY: a live descriptor (the caller's contract).
    let x = unsafe { &*d };
    a.detached = (x.state.load(Ordering::Acquire) == DETACHED) as u8;
    if x.map_len != 0 {
        a.stack = x.stack;
        a.stacksize = x.stack_size;
        a.guard = x.guard + 1;
        return 0;
    }
    // The initial thread: its stack mapping, bounded by RLIMIT_STACK.
    let Some((lo, hi, prev_end)) = main_stack() else {
        return syscall::errno::ENOMEM as c_int;
    };
    let mut rl = [0u64; 2];
    // SAFETY: the kernel writes two u64 into our array.
    unsafe {
        sys!(
            __NR_prlimit64,
            0,
            syscall::nr::RLIMIT_STACK,
            0,
            rl.as_mut_ptr()
        )
    };
    let page = crate::sys::auxv::page_size();
    let room = hi - prev_end;
    let size = if rl[0] >= room as u64 {
        room
    } else {
        (rl[0] as usize & !(page - 1)).max(hi - lo)
    };
    a.stack = hi - size;
    a.stacksize = size;
    a.guard = 1;
    0
}

/// The mapping holding the initial thread's stack (the one containing a
/// local of the caller, which must be that thread) from
/// `/proc/self/maps`: (start, end, end of the mapping before it).
fn main_stack() -> Option<(usize, usize, usize)> {
    let x = 0u8;
    let sp = core::hint::black_box(&raw const x) as usize;
    let path = b"/proc/self/maps\0";
    // SAFETY: a NUL-terminated path.
    let fd = unsafe {
        sys!(
            __NR_openat,
            syscall::nr::AT_FDCWD,
            path.as_ptr(),
            syscall::nr::O_RDONLY | syscall::nr::O_CLOEXEC,
            0
        )
    };
    if fd < 0 {
        return None;
    }
    let mut buf = [0u8; 1024];
    let mut have = 0usize;
    let mut prev_end = 0usize;
    let mut found = None;
    'outer: loop {
        // SAFETY: reading into the free tail of our buffer.
        let n = unsafe { sys!(__NR_read, fd, buf.as_mut_ptr().add(have), buf.len() - have) };
        if n <= 0 {
            break;
        }
        have += n as usize;
        loop {
            let Some(nl) = buf[..have].iter().position(|&c| c == b'\n') else {
                if have == buf.len() {
                    have = 0; // an overlong line: skip it
                }
                break;
            };
            let line = &buf[..nl];
            let (lo, hi) = parse_range(line);
            if lo <= sp && sp < hi {
                found = Some((lo, hi, prev_end));
                break 'outer;
            }
            prev_end = hi;
            buf.copy_within(nl + 1..have, 0);
            have -= nl + 1;
        }
    }
    // SAFETY: our descriptor.
    unsafe { sys!(__NR_close, fd) };
    found
}

/// "start-end ..." of a maps line, in hex.
fn parse_range(line: &[u8]) -> (usize, usize) {
    let mut v = [0usize; 2];
    let mut i = 0;
    for &c in line {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'-' if i == 0 => {
                i = 1;
                continue;
            }
            _ => break,
        };
        v[i] = v[i].wrapping_mul(16).wrapping_add(d as usize);
    }
    (v[0], v[1])
}

/// What `fork` runs around `_Fork` (installed by the first
/// `pthread_create` or `pthread_atfork`, so a program without either links
/// none of it): the `pthread_atfork` handlers, the open-stream list's and
/// the allocator's locks held across the call, and in the child the caller made the only thread (its
/// id and the stream locks it held carried over).
pub struct ForkHooks {
    pub prepare: fn(),
    pub parent: fn(),
    pub child: fn(),
}

static HOOKS: ForkHooks = ForkHooks {
    prepare: fork_prepare,
    parent: fork_parent,
    child: fork_child,
};
static mut FORK_HOOKS: Option<&'static ForkHooks> = None;

/// The hooks `fork` must run, if any.
pub fn fork_hooks() -> Option<&'static ForkHooks> {
    // SAFETY: a plain load; the volatile read keeps the hooks (and what
    // they reach) out of programs that never install them.
    unsafe { core::ptr::read_volatile(&raw const FORK_HOOKS) }
}

fn install_fork_hooks() {
    // SAFETY: a plain store of a static's address (idempotent).
    unsafe { core::ptr::write_volatile(&raw mut FORK_HOOKS, Some(&HOOKS)) };
}

type AtforkFn = Option<unsafe extern "C" fn()>;
const ATFORK_MAX: usize = 64;
static ATFORK_LOCK: super::Lock = super::Lock::new();
static mut ATFORK: [(AtforkFn, AtforkFn, AtforkFn); ATFORK_MAX] = [(None, None, None); ATFORK_MAX];
static ATFORK_N: AtomicUsize = AtomicUsize::new(0);

/// POSIX.1-2024 `pthread_atfork`: `prepare` handlers run before `fork`
/// (last registered first), `parent` and `child` after it in each process
/// (first registered first). ENOMEM past 64 registrations.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_atfork(
    prepare: AtforkFn,
    parent: AtforkFn,
    child: AtforkFn,
) -> c_int {
    ATFORK_LOCK.lock();
    let n = ATFORK_N.load(Ordering::Relaxed);
    if n == ATFORK_MAX {
        ATFORK_LOCK.unlock();
        return syscall::errno::ENOMEM as c_int;
    }
    // SAFETY: the lock serialises writers; fork reads entries below N.
    unsafe { (*(&raw mut ATFORK))[n] = (prepare, parent, child) };
    ATFORK_N.store(n + 1, Ordering::Release);
    ATFORK_LOCK.unlock();
    install_fork_hooks();
    0
}

fn atfork_entries() -> &'static [(AtforkFn, AtforkFn, AtforkFn)] {
    let n = ATFORK_N.load(Ordering::Acquire);
    // SAFETY: entries below N are written and never change.
    unsafe { (*(&raw const ATFORK)).get(..n).unwrap_or(&[]) }
}

fn fork_prepare() {
    ATFORK_LOCK.lock();
    for e in atfork_entries().iter().rev() {
        if let Some(f) = e.0 {
            // SAFETY: a handler the program registered.
            unsafe { f() }
        }
    }
    if MULTI.load(Ordering::Relaxed) {
        crate::file::list_lock(true);
        crate::alloc::os::HEAP.fork_lock();
    }
}

fn fork_parent() {
    if MULTI.load(Ordering::Relaxed) {
        crate::alloc::os::HEAP.fork_unlock();
        crate::file::list_lock(false);
    }
    for e in atfork_entries() {
        if let Some(f) = e.1 {
            // SAFETY: a handler the program registered.
            unsafe { f() }
        }
    }
    ATFORK_LOCK.unlock();
}

fn fork_child() {
    if MULTI.load(Ordering::Relaxed) {
        crate::alloc::os::HEAP.fork_unlock();
        let d = self_desc();
        // SAFETY: the child's only thread; its TCB and descriptor.
        unsafe {
            let old = (*d).tid.load(Ordering::Relaxed) as u32;
            let new = super::gettid();
            (*d).tid.store(new, Ordering::Relaxed);
            crate::file::fork_child_locks(old, new as u32);
            // The child's only thread is the whole list.
            LIST_LOCK.reset();
            LIST = null_mut();
            link(d);
        }
        THREADS.store(1, Ordering::Relaxed);
    }
    for e in atfork_entries() {
        if let Some(f) = e.2 {
            // SAFETY: a handler the program registered.
            unsafe { f() }
        }
    }
    ATFORK_LOCK.unlock();
}

/// GNU `pthread_setaffinity_np`: the CPUs `t` may run on.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setaffinity_np(
    t: pthread_t,
    size: size_t,
    set: *const crate::sched::cpu_set_t,
) -> c_int {
    match live_tid(t) {
        // SAFETY: forwarded.
        Ok(tid) => unsafe { crate::sched::affinity(tid, size, set as *mut _, false) },
        Err(e) => e,
    }
}

/// GNU `pthread_getaffinity_np`: the CPUs `t` may run on.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getaffinity_np(
    t: pthread_t,
    size: size_t,
    set: *mut crate::sched::cpu_set_t,
) -> c_int {
    match live_tid(t) {
        // SAFETY: forwarded.
        Ok(tid) => unsafe { crate::sched::affinity(tid, size, set, true) },
        Err(e) => e,
    }
}
