//! POSIX per-process timers (`timer_create timer_settime timer_gettime
//! timer_getoverrun timer_delete`, in `<time.h>`).
//!
//! `SIGEV_SIGNAL`, `SIGEV_NONE` and `SIGEV_THREAD_ID` are the kernel's
//! own. For `SIGEV_THREAD` a thread is made per timer (with the caller's
//! attributes): it blocks the libc's reserved signal 32 and waits for it
//! in `rt_sigtimedwait`; the kernel timer is aimed at that thread alone
//! (`SIGEV_THREAD_ID`), so each expiry wakes it and it calls the function
//! with the timer's value. Deleting the timer flags the thread and sends
//! it the signal once more; it then frees its record and ends.
//!
//! A `timer_t` is the kernel's id shifted left (even) for a plain timer,
//! or the thread record's address with the low bit set (odd).
use crate::arch;
use crate::heap;
use crate::kernel::{fail, ret_int};
use crate::time::{KTimespec, clockid_t, timespec};
use crate::types::*;
use core::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use syscall::errno::{EINVAL, ENOMEM};

/// POSIX `timer_t`.
pub type timer_t = *mut c_void;

/// POSIX `struct itimerspec`.
#[repr(C)]
pub struct itimerspec {
    pub it_interval: timespec,
    pub it_value: timespec,
}

/// The kernel's `struct __kernel_itimerspec` (64-bit fields everywhere).
#[repr(C)]
#[derive(Default, Clone, Copy)]
pub(crate) struct KItimerspec {
    interval: KTimespec,
    value: KTimespec,
}

/// The kernel's and glibc's `struct sigevent` (64 bytes), as
/// `timer_create` and `mq_notify` read it.
#[repr(C)]
pub struct sigevent {
    pub sigev_value: usize,
    pub sigev_signo: c_int,
    pub sigev_notify: c_int,
    pub sigev_notify_function: Option<unsafe extern "C" fn(usize)>,
    pub sigev_notify_attributes: *const crate::pthread::pthread_attr_t,
    pub __pad: [u8; 64 - 8 - 3 * core::mem::size_of::<usize>()],
}

const SIGEV_THREAD: c_int = 2;
const SIGEV_THREAD_ID: c_int = 4;
/// The signal the libc keeps for itself (glibc's SIGTIMER).
const SIGTIMER: c_int = 32;
const SIGTIMER_BIT: u64 = 1 << (SIGTIMER - 1);

/// A `SIGEV_THREAD` timer's record.
#[repr(C)]
struct Notify {
    kid: c_int,
    func: unsafe extern "C" fn(usize),
    value: usize,
    tid: AtomicI32,
    quit: AtomicBool,
}

/// The kernel's id of a `timer_t`.
fn kernel_id(t: timer_t) -> c_int {
    let v = t as usize;
    if v & 1 == 1 {
        // SAFETY: an odd timer_t is a live record made by timer_create.
        unsafe { (*((v & !1) as *const Notify)).kid }
    } else {
        (v >> 1) as c_int
    }
}

/// The thread of a `SIGEV_THREAD` timer.
unsafe extern "C" fn timer_thread(arg: *mut c_void) -> *mut c_void {
    let n = arg as *mut Notify;
    let set: u64 = SIGTIMER_BIT;
    // SAFETY: n is our record until this thread frees it; the calls take
    // locals.
    unsafe {
        crate::signal::kprocmask(0 /* SIG_BLOCK */, &set, core::ptr::null_mut());
        (*n).tid.store(crate::pthread::gettid(), Ordering::Release);
        crate::pthread::futex_wake(
            &*(&raw const (*n).tid as *const core::sync::atomic::AtomicU32),
            1,
            false,
        );
        loop {
            let r = syscall::syscall4(arch::NR_RT_SIGTIMEDWAIT, &raw const set as usize, 0, 0, 8);
            if r < 0 {
                continue;
            }
            if (*n).quit.load(Ordering::Acquire) {
                heap::free(n as *mut c_void);
                return core::ptr::null_mut();
            }
            ((*n).func)((*n).value);
        }
    }
}

/// POSIX `timer_create`: a timer on `clock` notifying as `sev` says (null:
/// `SIGALRM` with the timer's id as the value).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timer_create(
    clock: clockid_t,
    sev: *mut sigevent,
    out: *mut timer_t,
) -> c_int {
    let mut kid: c_int = -1;
    // SAFETY: sev is null or the caller's readable sigevent; out writable.
    unsafe {
        if sev.is_null() || (*sev).sigev_notify != SIGEV_THREAD {
            let r = sys!(__NR_timer_create, clock, sev, &raw mut kid);
            if r < 0 {
                return ret_int(r);
            }
            *out = ((kid as usize) << 1) as timer_t;
            return 0;
        }
        let Some(func) = (*sev).sigev_notify_function else {
            return fail(EINVAL);
        };
        let n = heap::malloc(core::mem::size_of::<Notify>()) as *mut Notify;
        if n.is_null() {
            return fail(ENOMEM);
        }
        n.write(Notify {
            kid: -1,
            func,
            value: (*sev).sigev_value,
            tid: AtomicI32::new(0),
            quit: AtomicBool::new(false),
        });
        let mut th: crate::pthread::pthread_t = 0;
        let e = crate::pthread::thread::pthread_create(
            &mut th,
            (*sev).sigev_notify_attributes,
            Some(timer_thread),
            n as *mut c_void,
        );
        if e != 0 {
            heap::free(n as *mut c_void);
            return fail(e as u32);
        }
        crate::pthread::thread::pthread_detach(th);
        let tid_word = &*(&raw const (*n).tid as *const core::sync::atomic::AtomicU32);
        while (*n).tid.load(Ordering::Acquire) == 0 {
            crate::pthread::futex_wait(tid_word, 0, None, false);
        }
        let tid = (*n).tid.load(Ordering::Acquire);
        let mut k: sigevent = core::mem::zeroed();
        k.sigev_notify = SIGEV_THREAD_ID;
        k.sigev_signo = SIGTIMER;
        k.sigev_value = (*sev).sigev_value;
        // The thread id sits where the function pointer would.
        k.sigev_notify_function =
            core::mem::transmute::<usize, Option<unsafe extern "C" fn(usize)>>(tid as usize);
        let r = sys!(__NR_timer_create, clock, &raw const k, &raw mut kid);
        if r < 0 {
            (*n).quit.store(true, Ordering::Release);
            sys!(__NR_tgkill, sys!(__NR_getpid), tid, SIGTIMER);
            return ret_int(r);
        }
        (*n).kid = kid;
        *out = (n as usize | 1) as timer_t;
        0
    }
}

/// POSIX `timer_delete`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timer_delete(t: timer_t) -> c_int {
    // SAFETY: plain value.
    let r = ret_int(unsafe { sys!(__NR_timer_delete, kernel_id(t)) });
    let v = t as usize;
    if r == 0 && v & 1 == 1 {
        let n = (v & !1) as *mut Notify;
        // SAFETY: the record lives until its thread sees `quit`.
        unsafe {
            (*n).quit.store(true, Ordering::Release);
            let tid = (*n).tid.load(Ordering::Acquire);
            sys!(__NR_tgkill, sys!(__NR_getpid), tid, SIGTIMER);
        }
    }
    r
}

/// The caller's itimerspec in the kernel's layout.
pub(crate) fn to_kernel(v: &itimerspec) -> KItimerspec {
    KItimerspec {
        interval: KTimespec {
            sec: v.it_interval.tv_sec,
            nsec: v.it_interval.tv_nsec as i64,
        },
        value: KTimespec {
            sec: v.it_value.tv_sec,
            nsec: v.it_value.tv_nsec as i64,
        },
    }
}

/// The kernel's itimerspec written into the caller's.
///
/// # Safety
/// `out` is writable.
pub(crate) unsafe fn from_kernel(k: &KItimerspec, out: *mut itimerspec) {
    // SAFETY: per the contract; the whole struct is written (i386 padding
    // zeroed).
    unsafe {
        core::ptr::write_bytes(out, 0, 1);
        (*out).it_interval.tv_sec = k.interval.sec;
        (*out).it_interval.tv_nsec = k.interval.nsec as c_long;
        (*out).it_value.tv_sec = k.value.sec;
        (*out).it_value.tv_nsec = k.value.nsec as c_long;
    }
}

/// A `*_settime` call (`nr`: the POSIX or timerfd one of the arch) on
/// `id`: the caller's itimerspec copied to the kernel's layout, the old
/// setting back into `old` when it is not null.
///
/// # Safety
/// `new` is null or readable; `old` is null or writable.
pub(crate) unsafe fn settime_call(
    nr: usize,
    id: usize,
    flags: c_int,
    new: *const itimerspec,
    old: *mut itimerspec,
) -> c_int {
    if new.is_null() {
        return fail(syscall::errno::EFAULT);
    }
    // SAFETY: new is the caller's readable itimerspec.
    let k = to_kernel(unsafe { &*new });
    let mut o = KItimerspec::default();
    // SAFETY: our locals.
    let r = unsafe {
        syscall::syscall4(
            nr,
            id,
            flags as usize,
            &raw const k as usize,
            &raw mut o as usize,
        )
    };
    if r == 0 && !old.is_null() {
        // SAFETY: old is the caller's writable itimerspec.
        unsafe { from_kernel(&o, old) };
    }
    ret_int(r)
}

/// A `*_gettime` call (`nr`) on `id` into `cur`, through the kernel's layout.
///
/// # Safety
/// `cur` is null or writable.
pub(crate) unsafe fn gettime_call(nr: usize, id: usize, cur: *mut itimerspec) -> c_int {
    let mut o = KItimerspec::default();
    // SAFETY: our local.
    let r = unsafe { syscall::syscall2(nr, id, &raw mut o as usize) };
    if r == 0 {
        if cur.is_null() {
            return fail(syscall::errno::EFAULT);
        }
        // SAFETY: cur is the caller's writable itimerspec.
        unsafe { from_kernel(&o, cur) };
    }
    ret_int(r)
}

/// POSIX `timer_settime` (`TIMER_ABSTIME`); the previous setting into
/// `old` when it is not null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timer_settime(
    t: timer_t,
    flags: c_int,
    new: *const itimerspec,
    old: *mut itimerspec,
) -> c_int {
    // SAFETY: the caller's pointers.
    unsafe {
        settime_call(
            arch::NR_TIMER_SETTIME,
            kernel_id(t) as usize,
            flags,
            new,
            old,
        )
    }
}

/// POSIX `timer_gettime`: the time to the next expiry and the interval.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timer_gettime(t: timer_t, cur: *mut itimerspec) -> c_int {
    // SAFETY: the caller's pointer.
    unsafe { gettime_call(arch::NR_TIMER_GETTIME, kernel_id(t) as usize, cur) }
}

/// POSIX `timer_getoverrun`: expiries missed before the last notification
/// was taken.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timer_getoverrun(t: timer_t) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_timer_getoverrun, kernel_id(t)) })
}
