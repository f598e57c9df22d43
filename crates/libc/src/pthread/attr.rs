//! Thread attributes: `pthread_attr_*` and `pthread_getattr_np`.
use super::thread::{self, Pthread};
use super::{fits, pthread_attr_t, pthread_t};
use crate::sched::sched_param;
use crate::types::*;
use syscall::errno::{EINVAL, ENOMEM, EOPNOTSUPP as ENOTSUP};

pub const PTHREAD_CREATE_JOINABLE: c_int = 0;
pub const PTHREAD_CREATE_DETACHED: c_int = 1;
pub const PTHREAD_INHERIT_SCHED: c_int = 0;
pub const PTHREAD_EXPLICIT_SCHED: c_int = 1;
pub const PTHREAD_SCOPE_SYSTEM: c_int = 0;
pub const PTHREAD_SCOPE_PROCESS: c_int = 1;
pub const SCHED_OTHER: c_int = 0;
pub const SCHED_FIFO: c_int = 1;
pub const SCHED_RR: c_int = 2;

/// The internal view of `pthread_attr_t` (zero stack size: the default;
/// `guard` is stored plus one so that zero means the default page).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Attr {
    pub detached: u8,
    pub explicit: u8,
    pub user_stack: u8,
    pub guard: usize,
    pub stack: usize,
    pub stacksize: usize,
    pub policy: c_int,
    pub prio: c_int,
    /// `pthread_attr_setaffinity_np`'s CPU set: a heap copy (0: none).
    pub cpuset: usize,
    pub cpusetsize: usize,
}
fits!(Attr, pthread_attr_t);

impl Attr {
    pub const DEFAULT: Attr = Attr {
        detached: 0,
        explicit: 0,
        user_stack: 0,
        guard: 0,
        stack: 0,
        stacksize: 0,
        policy: 0,
        prio: 0,
        cpuset: 0,
        cpusetsize: 0,
    };
    /// The guard size in bytes (the default's, one page, unless set).
    pub fn guard_size(&self) -> usize {
        if self.guard != 0 {
            return self.guard - 1;
        }
        let d = defaults();
        if d.guard != 0 {
            d.guard - 1
        } else {
            crate::sys::auxv::page_size()
        }
    }
    /// The stack size in bytes (the default's unless set).
    pub fn stack_size(&self) -> usize {
        if self.stacksize != 0 {
            return self.stacksize;
        }
        let d = defaults();
        if d.stacksize != 0 {
            d.stacksize
        } else {
            thread::default_stack_size()
        }
    }
}

/// The attributes of threads created without any (`pthread_setattr_default_np`).
static DEFAULT_LOCK: super::Lock = super::Lock::new();
static mut DEFAULTS: Attr = Attr::DEFAULT;

/// A copy of the default attributes.
pub fn defaults() -> Attr {
    DEFAULT_LOCK.lock();
    // SAFETY: DEFAULTS is only touched under DEFAULT_LOCK.
    let d = unsafe { *(&raw const DEFAULTS) };
    DEFAULT_LOCK.unlock();
    d
}

/// GNU `pthread_getattr_default_np`: the attributes `pthread_create`
/// uses when given none, into `a`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getattr_default_np(a: *mut pthread_attr_t) -> c_int {
    DEFAULT_LOCK.lock();
    // SAFETY: DEFAULTS is only touched under DEFAULT_LOCK.
    let mut d = unsafe { *(&raw const DEFAULTS) };
    // The caller's attributes get a CPU set of their own.
    let c = copy_set(d.cpuset, d.cpusetsize);
    DEFAULT_LOCK.unlock();
    let Some(c) = c else {
        return ENOMEM as c_int;
    };
    d.cpuset = c;
    d.stacksize = d.stack_size();
    // SAFETY: the caller's storage.
    unsafe {
        core::ptr::write_bytes(a, 0, 1);
        *(a as *mut Attr) = d;
    }
    0
}

/// GNU `pthread_setattr_default_np`: make `a` the attributes of threads
/// created without any; EINVAL when it has a stack of its own; a stack
/// size of 0 keeps the default one.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setattr_default_np(a: *const pthread_attr_t) -> c_int {
    // SAFETY: the caller's initialised attributes.
    let mut new = unsafe { *(a as *const Attr) };
    if new.user_stack != 0 {
        return EINVAL as c_int;
    }
    // The defaults keep a CPU set of their own.
    match copy_set(new.cpuset, new.cpusetsize) {
        Some(c) => new.cpuset = c,
        None => return ENOMEM as c_int,
    }
    DEFAULT_LOCK.lock();
    // SAFETY: DEFAULTS is only touched under DEFAULT_LOCK.
    let d = unsafe { &mut *(&raw mut DEFAULTS) };
    let keep = d.stacksize;
    let old_set = d.cpuset;
    *d = new;
    if new.stacksize == 0 {
        d.stacksize = keep;
    }
    DEFAULT_LOCK.unlock();
    // SAFETY: the defaults' own copy, no longer referenced.
    unsafe { crate::heap::free(old_set as *mut c_void) };
    0
}

/// A heap copy of the CPU set at `p` (`n` bytes); Some(0) for none.
fn copy_set(p: usize, n: usize) -> Option<usize> {
    if p == 0 || n == 0 {
        return Some(0);
    }
    // SAFETY: a fresh allocation of n bytes, filled from the n-byte set.
    unsafe {
        let c = crate::heap::malloc(n) as *mut u8;
        if c.is_null() {
            return None;
        }
        core::ptr::copy_nonoverlapping(p as *const u8, c, n);
        Some(c as usize)
    }
}

/// GNU `pthread_attr_setaffinity_np`: threads created with `a` start on
/// the CPUs of `set` (`size` bytes, copied); a NULL set or zero size
/// clears it. ENOMEM when the copy cannot be made.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setaffinity_np(
    a: *mut pthread_attr_t,
    size: size_t,
    set: *const crate::sched::cpu_set_t,
) -> c_int {
    let x = at(a);
    let Some(c) = copy_set(set as usize, size) else {
        return ENOMEM as c_int;
    };
    // SAFETY: the attribute's own earlier copy (or 0).
    unsafe { crate::heap::free(x.cpuset as *mut c_void) };
    x.cpuset = c;
    x.cpusetsize = if c == 0 { 0 } else { size };
    0
}

/// GNU `pthread_attr_getaffinity_np`: the CPU set `a` holds into `set`
/// (`size` bytes, the rest zeroed; EINVAL when a CPU it holds lies
/// beyond `size`), or every CPU when it holds none, as glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getaffinity_np(
    a: *const pthread_attr_t,
    size: size_t,
    set: *mut crate::sched::cpu_set_t,
) -> c_int {
    let x = at(a);
    let out = set as *mut u8;
    if x.cpuset == 0 {
        // SAFETY: the caller's set has `size` bytes.
        unsafe { core::ptr::write_bytes(out, 0xff, size) };
        return 0;
    }
    // SAFETY: the attribute's copy has cpusetsize bytes.
    let have = unsafe { core::slice::from_raw_parts(x.cpuset as *const u8, x.cpusetsize) };
    if have.iter().skip(size).any(|&b| b != 0) {
        return EINVAL as c_int;
    }
    let n = size.min(have.len());
    // SAFETY: the caller's set has `size` bytes; `n` of them come from ours.
    unsafe {
        core::ptr::copy_nonoverlapping(have.as_ptr(), out, n);
        core::ptr::write_bytes(out.add(n), 0, size - n);
    }
    0
}

static CONCURRENCY: core::sync::atomic::AtomicI32 = core::sync::atomic::AtomicI32::new(0);

/// POSIX.1-2024 (XSI, obsolescent) `pthread_getconcurrency`: the level
/// last set (0 before any).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn pthread_getconcurrency() -> c_int {
    CONCURRENCY.load(core::sync::atomic::Ordering::Relaxed)
}

/// POSIX.1-2024 (XSI, obsolescent) `pthread_setconcurrency`: a hint,
/// recorded (threads are the kernel's, one each); EINVAL if negative.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn pthread_setconcurrency(level: c_int) -> c_int {
    if level < 0 {
        return EINVAL as c_int;
    }
    CONCURRENCY.store(level, core::sync::atomic::Ordering::Relaxed);
    0
}

fn at(a: *const pthread_attr_t) -> &'static mut Attr {
    // SAFETY: the caller's attribute object; `Attr` fits it.
    unsafe { &mut *(a as *mut Attr) }
}

/// POSIX.1-2024 `pthread_attr_init`: joinable, inherited scheduling,
/// system scope, the default stack and a one-page guard.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_init(a: *mut pthread_attr_t) -> c_int {
    // SAFETY: the caller's storage.
    unsafe {
        core::ptr::write_bytes(a, 0, 1);
        *(a as *mut Attr) = Attr::DEFAULT;
    }
    0
}

/// POSIX.1-2024 `pthread_attr_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_destroy(a: *mut pthread_attr_t) -> c_int {
    let x = at(a);
    // SAFETY: the attribute's own CPU set copy (or 0).
    unsafe { crate::heap::free(x.cpuset as *mut c_void) };
    x.cpuset = 0;
    x.cpusetsize = 0;
    0
}

/// POSIX.1-2024 `pthread_attr_setdetachstate`: EINVAL for a bad value.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setdetachstate(a: *mut pthread_attr_t, s: c_int) -> c_int {
    if s != PTHREAD_CREATE_JOINABLE && s != PTHREAD_CREATE_DETACHED {
        return EINVAL as c_int;
    }
    at(a).detached = s as u8;
    0
}

/// POSIX.1-2024 `pthread_attr_getdetachstate`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getdetachstate(
    a: *const pthread_attr_t,
    s: *mut c_int,
) -> c_int {
    // SAFETY: the caller's result variable.
    unsafe { *s = at(a).detached as c_int };
    0
}

/// POSIX.1-2024 `pthread_attr_setstacksize`: EINVAL below
/// `PTHREAD_STACK_MIN`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setstacksize(a: *mut pthread_attr_t, n: size_t) -> c_int {
    if n < crate::arch::PTHREAD_STACK_MIN {
        return EINVAL as c_int;
    }
    let x = at(a);
    x.stacksize = n;
    x.user_stack = 0;
    0
}

/// POSIX.1-2024 `pthread_attr_getstacksize`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getstacksize(
    a: *const pthread_attr_t,
    n: *mut size_t,
) -> c_int {
    // SAFETY: the caller's result variable.
    unsafe { *n = at(a).stack_size() };
    0
}

/// POSIX.1-2024 `pthread_attr_setguardsize` (rounded up to pages when a
/// thread is created; ignored with a stack of the caller's).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setguardsize(a: *mut pthread_attr_t, n: size_t) -> c_int {
    at(a).guard = n.saturating_add(1);
    0
}

/// POSIX.1-2024 `pthread_attr_getguardsize`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getguardsize(
    a: *const pthread_attr_t,
    n: *mut size_t,
) -> c_int {
    // SAFETY: the caller's result variable.
    unsafe { *n = at(a).guard_size() };
    0
}

/// POSIX.1-2024 `pthread_attr_setstack`: the thread runs on
/// `[addr, addr + n)`; EINVAL below `PTHREAD_STACK_MIN`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setstack(
    a: *mut pthread_attr_t,
    addr: *mut c_void,
    n: size_t,
) -> c_int {
    if n < crate::arch::PTHREAD_STACK_MIN {
        return EINVAL as c_int;
    }
    let x = at(a);
    x.stack = addr as usize;
    x.stacksize = n;
    x.user_stack = 1;
    0
}

/// POSIX.1-2024 `pthread_attr_getstack`: the lowest address and size.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getstack(
    a: *const pthread_attr_t,
    addr: *mut *mut c_void,
    n: *mut size_t,
) -> c_int {
    let x = at(a);
    // SAFETY: the caller's result variables.
    unsafe {
        *addr = x.stack as *mut c_void;
        *n = x.stack_size();
    }
    0
}

/// POSIX.1-2024 `pthread_attr_setscope`: PTHREAD_SCOPE_SYSTEM only
/// (ENOTSUP for PTHREAD_SCOPE_PROCESS, as Linux has no such threads).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setscope(_a: *mut pthread_attr_t, s: c_int) -> c_int {
    match s {
        PTHREAD_SCOPE_SYSTEM => 0,
        PTHREAD_SCOPE_PROCESS => ENOTSUP as c_int,
        _ => EINVAL as c_int,
    }
}

/// POSIX.1-2024 `pthread_attr_getscope`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getscope(_a: *const pthread_attr_t, s: *mut c_int) -> c_int {
    // SAFETY: the caller's result variable.
    unsafe { *s = PTHREAD_SCOPE_SYSTEM };
    0
}

/// POSIX.1-2024 `pthread_attr_setinheritsched`: EINVAL for a bad value.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setinheritsched(a: *mut pthread_attr_t, s: c_int) -> c_int {
    if s != PTHREAD_INHERIT_SCHED && s != PTHREAD_EXPLICIT_SCHED {
        return EINVAL as c_int;
    }
    at(a).explicit = s as u8;
    0
}

/// POSIX.1-2024 `pthread_attr_getinheritsched`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getinheritsched(
    a: *const pthread_attr_t,
    s: *mut c_int,
) -> c_int {
    // SAFETY: the caller's result variable.
    unsafe { *s = at(a).explicit as c_int };
    0
}

/// POSIX.1-2024 `pthread_attr_setschedpolicy`: SCHED_OTHER, SCHED_FIFO,
/// SCHED_RR, else EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setschedpolicy(a: *mut pthread_attr_t, p: c_int) -> c_int {
    if !(SCHED_OTHER..=SCHED_RR).contains(&p) {
        return EINVAL as c_int;
    }
    at(a).policy = p;
    0
}

/// POSIX.1-2024 `pthread_attr_getschedpolicy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getschedpolicy(
    a: *const pthread_attr_t,
    p: *mut c_int,
) -> c_int {
    // SAFETY: the caller's result variable.
    unsafe { *p = at(a).policy };
    0
}

/// POSIX.1-2024 `pthread_attr_setschedparam`: EINVAL for a priority
/// outside the policy's range.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setschedparam(
    a: *mut pthread_attr_t,
    sp: *const sched_param,
) -> c_int {
    let x = at(a);
    // SAFETY: the caller's parameter.
    let prio = unsafe { (*sp).sched_priority };
    let lo = crate::sched::sched_get_priority_min(x.policy);
    let hi = crate::sched::sched_get_priority_max(x.policy);
    if lo >= 0 && hi >= 0 && !(lo..=hi).contains(&prio) {
        return EINVAL as c_int;
    }
    x.prio = prio;
    0
}

/// POSIX.1-2024 `pthread_attr_getschedparam`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getschedparam(
    a: *const pthread_attr_t,
    sp: *mut sched_param,
) -> c_int {
    // SAFETY: the caller's result variable.
    unsafe { (*sp).sched_priority = at(a).prio };
    0
}

/// GNU `pthread_getattr_np`: the attributes `t` runs with — its stack
/// (for the initial thread: the `[stack]` mapping of `/proc/self/maps`
/// bounded by `RLIMIT_STACK`, as glibc reports it), guard, detach state
/// and scheduling.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getattr_np(t: pthread_t, a: *mut pthread_attr_t) -> c_int {
    let d = t as *mut Pthread;
    let mut x = Attr::DEFAULT;
    // SAFETY: `t` names a live thread (the caller's contract).
    let r = unsafe { thread::describe(d, &mut x) };
    if r != 0 {
        return r;
    }
    // The thread's CPUs, as glibc reports them: a set as large as the
    // kernel's mask (grown until the kernel takes it).
    let mut size = 128usize;
    loop {
        // SAFETY: a fresh allocation of `size` bytes.
        let p = unsafe { crate::heap::malloc(size) };
        if p.is_null() {
            return ENOMEM as c_int;
        }
        // SAFETY: forwarded, into our allocation.
        let e = unsafe { thread::pthread_getaffinity_np(t, size, p as *mut _) };
        if e == 0 {
            x.cpuset = p as usize;
            x.cpusetsize = size;
            break;
        }
        // SAFETY: our allocation.
        unsafe { crate::heap::free(p) };
        if e != EINVAL as c_int || size >= 1 << 20 {
            // No affinity to report (e.g. ENOSYS): none, as glibc.
            break;
        }
        size *= 2;
    }
    // SAFETY: the caller's storage.
    unsafe {
        core::ptr::write_bytes(a, 0, 1);
        *(a as *mut Attr) = x;
    }
    0
}
