//! Cancellation (`pthread_cancel setcancelstate setcanceltype
//! testcancel`) and cleanup handlers (`_pthread_cleanup_push/pop`, behind
//! `<pthread.h>`'s `pthread_cleanup_push/pop` macros).
//!
//! # Design
//!
//! * Each descriptor has one word: [`REQ`] (cancellation requested),
//!   [`DISABLED`], [`ASYNC`]. `pthread_cancel` sets `REQ` and sends the
//!   thread signal 32 (reserved by the library, hidden from `SIGRTMIN`).
//! * A cancellation point enters the kernel through `arch::cancel::
//!   cp_syscall`, a few instructions of asm that read the word and, if a
//!   request is pending and enabled, go to [`act`] instead of the system
//!   call. The signal's handler looks at the interrupted PC: inside that
//!   routine, up to and including the system-call instruction (where the
//!   kernel also leaves a restarted call), the call has had no effect, so
//!   the handler acts (from the handler, as glibc; the thread never
//!   returns to the call). Just after the instruction with an EINTR
//!   result (a call the signal interrupted that does not restart) it acts
//!   too. Anywhere else it returns, the request stays, and the next
//!   cancellation point acts (as does a call that some other signal made
//!   fail with EINTR). In the asynchronous type the handler acts wherever
//!   the thread is.
//! * Acting: the thread disables cancellation, runs its cleanup handlers
//!   innermost first, then the thread-specific data destructors, and exits
//!   with `PTHREAD_CANCELED` (`thread::exit_thread`).
//! * Cost: the cancellation points reach the cancellable path only through
//!   `kernel::CP_HOOK`, set by the first `pthread_create` (or
//!   `pthread_cancel`); the handler is installed by the first
//!   `pthread_cancel`. A program without threads keeps the plain calls.
use super::pthread_t;
use super::thread::{Pthread, exit_thread, self_desc, tid_of};
use crate::types::*;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicBool, Ordering};
use syscall::errno::{EINTR, EINVAL};

/// Cancellation has been requested.
pub const REQ: u32 = 1;
/// `PTHREAD_CANCEL_DISABLE` (also set while the thread exits).
pub const DISABLED: u32 = 2;
/// `PTHREAD_CANCEL_ASYNCHRONOUS`.
pub const ASYNC: u32 = 4;

/// The signal that carries a request (glibc's SIGCANCEL).
const SIGCANCEL: c_int = 32;

/// `PTHREAD_CANCELED`.
pub const CANCELED: *mut c_void = usize::MAX as *mut c_void;

/// glibc's `struct _pthread_cleanup_buffer`.
#[repr(C)]
#[allow(non_camel_case_types)]
pub struct _pthread_cleanup_buffer {
    pub routine: Option<unsafe extern "C" fn(*mut c_void)>,
    pub arg: *mut c_void,
    pub canceltype: c_int,
    pub prev: *mut _pthread_cleanup_buffer,
}
/// The internal name of the record.
pub type CleanupBuf = _pthread_cleanup_buffer;
const _: () = {
    use core::mem::{offset_of, size_of};
    assert!(size_of::<_pthread_cleanup_buffer>() == 4 * size_of::<usize>());
    assert!(offset_of!(_pthread_cleanup_buffer, prev) == 3 * size_of::<usize>());
};

/// Whether the word says: act at a cancellation point.
#[inline]
fn pending(w: u32) -> bool {
    w & (REQ | DISABLED) == REQ
}

fn word(d: *mut Pthread) -> &'static core::sync::atomic::AtomicU32 {
    // SAFETY: a live descriptor.
    unsafe { &(*d).cancel }
}

/// Act on the calling thread's cancellation request: never returns.
pub extern "C" fn act() -> ! {
    let d = self_desc();
    word(d).fetch_or(DISABLED, Ordering::AcqRel);
    exit_thread(CANCELED)
}

/// Run (and pop) `d`'s cleanup handlers, innermost first.
///
/// # Safety
/// `d` is the calling thread's descriptor.
pub unsafe fn run_cleanup(d: *mut Pthread) {
    loop {
        // SAFETY: our own descriptor; the records are on our stack, in
        // frames still live (we are deeper in the same stack).
        unsafe {
            let b = (*d).cleanup;
            if b.is_null() {
                return;
            }
            (*d).cleanup = (*b).prev;
            if let Some(f) = (*b).routine {
                f((*b).arg);
            }
        }
    }
}

/// Push `b` (filled with `routine` and `arg`) as the innermost handler.
///
/// # Safety
/// `b` stays valid until popped.
pub unsafe fn push(
    b: *mut CleanupBuf,
    routine: Option<unsafe extern "C" fn(*mut c_void)>,
    arg: *mut c_void,
) {
    let d = self_desc();
    // SAFETY: the caller's record; our descriptor.
    unsafe {
        (*b).routine = routine;
        (*b).arg = arg;
        (*b).prev = (*d).cleanup;
        (*d).cleanup = b;
    }
}

/// Pop `b` (the innermost record) and run it if `execute`.
///
/// # Safety
/// `b` was pushed by this thread and is the innermost one.
pub unsafe fn pop(b: *mut CleanupBuf, execute: bool) {
    let d = self_desc();
    // SAFETY: per the contract.
    unsafe {
        (*d).cleanup = (*b).prev;
        if execute && let Some(f) = (*b).routine {
            f((*b).arg);
        }
    }
}

/// glibc's `_pthread_cleanup_push` (behind POSIX.1-2024's
/// `pthread_cleanup_push` macro): register `routine(arg)` in the record
/// `b` on the caller's stack.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _pthread_cleanup_push(
    b: *mut _pthread_cleanup_buffer,
    routine: Option<unsafe extern "C" fn(*mut c_void)>,
    arg: *mut c_void,
) {
    // SAFETY: the macro's record lives until its pop.
    unsafe { push(b, routine, arg) }
}

/// glibc's `_pthread_cleanup_pop` (behind `pthread_cleanup_pop`): remove
/// the record; run the handler if `execute` is non-zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _pthread_cleanup_pop(b: *mut _pthread_cleanup_buffer, execute: c_int) {
    // SAFETY: the macros pair push and pop lexically.
    unsafe { pop(b, execute != 0) }
}

/// glibc's `_pthread_cleanup_push_defer` (GNU
/// `pthread_cleanup_push_defer_np`): as push, and the cancellation type
/// becomes deferred until the matching pop.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _pthread_cleanup_push_defer(
    b: *mut _pthread_cleanup_buffer,
    routine: Option<unsafe extern "C" fn(*mut c_void)>,
    arg: *mut c_void,
) {
    let w = word(self_desc());
    let old = w.fetch_and(!ASYNC, Ordering::AcqRel);
    // SAFETY: as push.
    unsafe {
        (*b).canceltype = (old & ASYNC != 0) as c_int;
        push(b, routine, arg);
    }
}

/// glibc's `_pthread_cleanup_pop_restore` (GNU
/// `pthread_cleanup_pop_restore_np`): as pop, then the type saved by the
/// push comes back (acting on a pending request if it is asynchronous).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _pthread_cleanup_pop_restore(
    b: *mut _pthread_cleanup_buffer,
    execute: c_int,
) {
    // SAFETY: as pop.
    let async_ = unsafe {
        pop(b, execute != 0);
        (*b).canceltype != 0
    };
    if async_ {
        set_type(true);
    }
}

fn set_type(async_: bool) -> u32 {
    let w = word(self_desc());
    let old = if async_ {
        w.fetch_or(ASYNC, Ordering::AcqRel)
    } else {
        w.fetch_and(!ASYNC, Ordering::AcqRel)
    };
    if async_ && pending(old) {
        act();
    }
    old
}

/// POSIX.1-2024 `pthread_setcancelstate`: PTHREAD_CANCEL_ENABLE (0) or
/// DISABLE (1), else EINVAL; the old state in `*old` if not NULL.
/// Enabling with a pending request in the asynchronous type acts at once.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setcancelstate(state: c_int, old: *mut c_int) -> c_int {
    let w = word(self_desc());
    let prev = match state {
        0 => w.fetch_and(!DISABLED, Ordering::AcqRel),
        1 => w.fetch_or(DISABLED, Ordering::AcqRel),
        _ => return EINVAL as c_int,
    };
    if !old.is_null() {
        // SAFETY: the caller's variable.
        unsafe { *old = (prev & DISABLED != 0) as c_int };
    }
    if state == 0 && prev & (REQ | ASYNC) == REQ | ASYNC {
        act();
    }
    0
}

/// POSIX.1-2024 `pthread_setcanceltype`: PTHREAD_CANCEL_DEFERRED (0) or
/// ASYNCHRONOUS (1), else EINVAL; the old type in `*old` if not NULL.
/// Becoming asynchronous with a pending enabled request acts at once.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setcanceltype(ty: c_int, old: *mut c_int) -> c_int {
    if ty != 0 && ty != 1 {
        return EINVAL as c_int;
    }
    if !old.is_null() {
        let prev = word(self_desc()).load(Ordering::Acquire);
        // SAFETY: the caller's variable.
        unsafe { *old = (prev & ASYNC != 0) as c_int };
    }
    set_type(ty == 1);
    0
}

/// POSIX.1-2024 `pthread_testcancel`: a cancellation point that does
/// nothing else.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn pthread_testcancel() {
    if pending(word(self_desc()).load(Ordering::Acquire)) {
        act();
    }
}

/// The cancellable system call: the arch routine, then acting on an
/// EINTR that came with a pending request.
///
/// # Safety
/// As for the system call.
#[inline(always)]
unsafe fn cp_call(nr: usize, a: [usize; 6]) -> isize {
    let w = word(self_desc());
    // SAFETY: the word is live for the call; the rest as for the call.
    let r = unsafe {
        crate::arch::cancel::cp_syscall(w.as_ptr(), nr, a[0], a[1], a[2], a[3], a[4], a[5])
    };
    if r == -(EINTR as isize) && pending(w.load(Ordering::Acquire)) {
        act();
    }
    r
}

unsafe extern "C" fn cp5(a: usize, b: usize, c: usize, d: usize, e: usize, nr: usize) -> isize {
    // SAFETY: forwarded.
    unsafe { cp_call(nr, [a, b, c, d, e, 0]) }
}

unsafe extern "C" fn cp6(
    a: usize,
    b: usize,
    c: usize,
    d: usize,
    e: usize,
    f: usize,
    nr: usize,
) -> isize {
    // SAFETY: forwarded.
    unsafe { cp_call(nr, [a, b, c, d, e, f]) }
}

static HOOK: crate::kernel::CpHook = crate::kernel::CpHook {
    five: cp5,
    six: cp6,
};

/// Make the cancellation points cancellable (idempotent).
pub fn enable_points() {
    // SAFETY: a plain store of a static's address, by the only thread or
    // before a second one exists.
    unsafe { core::ptr::write_volatile(&raw mut crate::kernel::CP_HOOK, Some(&HOOK)) };
}

/// SIGCANCEL's handler. It acts itself (never returning) when the
/// thread is to be cancelled now: asynchronous type, or a cancellable
/// call not yet entered (or restarted), or one the signal ended with
/// EINTR. (Not returning through `sigreturn` also keeps the thread
/// pointer: qemu-user for i386 reloads `%gs` from one table for all
/// threads there; see `pthread`.)
unsafe extern "C" fn on_cancel(_sig: c_int, _info: *mut c_void, uc: *mut c_void) {
    let w = word(self_desc()).load(Ordering::Acquire);
    if !pending(w) {
        return;
    }
    let (lo, sys, after) = cp_range();
    // SAFETY: the kernel's ucontext for this delivery.
    let (pc, rv) = unsafe {
        (
            *uc_word(uc, crate::arch::cancel::UC_PC),
            *uc_word(uc, crate::arch::cancel::UC_RET) as isize,
        )
    };
    if w & ASYNC != 0 || (lo <= pc && pc <= sys) || (pc == after && rv == -(EINTR as isize)) {
        act();
    }
}

static INSTALLED: AtomicBool = AtomicBool::new(false);

fn install() {
    if INSTALLED.load(Ordering::Acquire) {
        return;
    }
    enable_points();
    use syscall::nr::{SA_RESTART, SA_SIGINFO};
    let k = crate::arch::KSigaction::new(
        on_cancel as *const () as usize,
        (SA_SIGINFO | SA_RESTART) as c_ulong,
        0,
    );
    // SAFETY: our action struct; signal 32 is the library's.
    unsafe { crate::signal::ksigaction(SIGCANCEL, &k, null_mut()) };
    INSTALLED.store(true, Ordering::Release);
}

/// POSIX.1-2024 `pthread_cancel`: request cancellation of `t`; it acts
/// at its next cancellation point (deferred type), at once
/// (asynchronous), or when it enables cancellation again. 0 also for a
/// thread that has ended but is not yet joined (as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cancel(t: pthread_t) -> c_int {
    install();
    let d = t as *mut Pthread;
    let old = word(d).fetch_or(REQ, Ordering::AcqRel);
    if old & REQ != 0 {
        return 0;
    }
    if d == self_desc() {
        if old & (DISABLED | ASYNC) == ASYNC {
            act();
        }
        return 0;
    }
    let tid = tid_of(d);
    if tid == 0 {
        return 0;
    }
    // SAFETY: plain values; a thread that ended meanwhile gives ESRCH,
    // which is not an error for a thread id not yet joined.
    unsafe {
        let pid = sys!(__NR_getpid);
        sys!(__NR_tgkill, pid, tid, SIGCANCEL);
    }
    0
}

unsafe extern "C" {
    /// Labels in each arch's `cp_syscall`: its system-call instruction
    /// and the instruction after it.
    static __ferro_cp_sys: u8;
    static __ferro_cp_ret: u8;
}

/// The PCs at which the cancellable call has not yet run (from the start
/// of the arch's `cp_syscall` to its system-call instruction), and the PC
/// just after that instruction.
fn cp_range() -> (usize, usize, usize) {
    (
        crate::arch::cancel::cp_syscall as *const () as usize,
        (&raw const __ferro_cp_sys) as usize,
        (&raw const __ferro_cp_ret) as usize,
    )
}

/// A register slot at byte offset `off` of the kernel's `ucontext_t`.
///
/// # Safety
/// `uc` is the ucontext the kernel passed to a handler and `off` one of
/// the arch's `UC_*` offsets.
unsafe fn uc_word(uc: *mut core::ffi::c_void, off: usize) -> *mut usize {
    // SAFETY: within the kernel's ucontext.
    unsafe { (uc as *mut u8).add(off) as *mut usize }
}
