//! `<signal.h>`: actions, masks, sending, waiting, the alternate stack.
//!
//! `sigset_t` is glibc's 128 bytes, of which the kernel's 64-bit set is
//! handed to every system call (see [`set`]). Signals 32 and 33 are kept
//! for the libc, as glibc keeps them for thread cancellation and the
//! set*id broadcast: `sigaction` refuses them, `sigprocmask` and
//! `pthread_sigmask` never block them, `sigfillset` leaves them out and
//! `SIGRTMIN` (`__libc_current_sigrtmin()`) is 34. The kernel's `struct
//! sigaction` differs per arch (`arch::KSigaction`), and so does the way
//! a handler returns (`arch::restorer`: x86_64 and i386 pass a
//! trampoline of ours, aarch64 and riscv64 use the kernel's).
use crate::arch::{self, KSigaction};
use crate::kernel::{fail, ret_int};
use crate::types::*;
use syscall::errno::{EINTR, EINVAL};
use syscall::nr::{SA_RESTART, SIG_BLOCK, SIG_SETMASK, SIG_UNBLOCK};

pub mod msg;
pub mod set;
pub use set::sigset_t;
use set::{RESERVED, bit, bits, store};

/// A C signal handler (`void (*)(int)`) or one of the special values.
pub type sighandler_t = usize;
pub const SIG_DFL: sighandler_t = 0;
pub const SIG_IGN: sighandler_t = 1;
pub const SIG_HOLD: sighandler_t = 2;
pub const SIG_ERR: sighandler_t = usize::MAX;

/// glibc's `struct sigaction`: the handler (a union with `sa_sigaction`),
/// the 128-byte mask, `int` flags, the restorer.
#[repr(C)]
pub struct sigaction {
    pub sa_handler: sighandler_t,
    pub sa_mask: sigset_t,
    pub sa_flags: c_int,
    pub sa_restorer: usize,
}
const _: () = assert!(
    core::mem::size_of::<sigaction>()
        == if cfg!(target_pointer_width = "64") {
            152
        } else {
            140
        }
);

/// `stack_t`, the kernel's `struct sigaltstack`.
#[repr(C)]
pub struct stack_t {
    pub ss_sp: *mut c_void,
    pub ss_flags: c_int,
    pub ss_size: size_t,
}
const _: () = {
    use core::mem::{offset_of, size_of};
    use syscall::nr::sigaltstack as K;
    assert!(size_of::<stack_t>() == size_of::<K>());
    assert!(offset_of!(stack_t, ss_flags) == offset_of!(K, ss_flags));
    assert!(offset_of!(stack_t, ss_size) == offset_of!(K, ss_size));
};

/// The fields of `siginfo_t` after its three ints (a union, aligned as a
/// pointer: at 16 on the 64-bit arches, 12 on i386).
#[repr(C)]
#[derive(Clone, Copy)]
pub union SiFields {
    /// kill, sigqueue, timers, SIGCHLD: pid, uid, then the value or status.
    pub kill: SiKill,
    /// SIGILL SIGFPE SIGSEGV SIGBUS: the faulting address.
    pub addr: usize,
    /// SIGPOLL: the band.
    pub band: c_long,
    pad: [usize;
        (128 - 12_usize.next_multiple_of(core::mem::size_of::<usize>()))
            / core::mem::size_of::<usize>()],
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct SiKill {
    pub pid: pid_t,
    pub uid: uid_t,
    /// `si_value` (a pointer-sized union), or `si_status` in its low int.
    pub value: usize,
}

/// `union sigval`: a signal's value, an int or a pointer.
#[repr(C)]
#[derive(Clone, Copy)]
pub union sigval {
    pub sival_int: c_int,
    pub sival_ptr: *mut c_void,
}

/// `siginfo_t`: 128 bytes, the kernel's layout.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct siginfo_t {
    pub si_signo: c_int,
    pub si_errno: c_int,
    pub si_code: c_int,
    pub f: SiFields,
}
const _: () = {
    use core::mem::size_of;
    assert!(size_of::<siginfo_t>() == size_of::<syscall::nr::siginfo>());
    assert!(size_of::<siginfo_t>() == 128);
};

pub const SI_QUEUE: c_int = -1;
pub const SI_TKILL: c_int = -6;
pub const SI_USER: c_int = 0;

/// A signal a program may install an action for: one that exists and is
/// not reserved.
fn user_bit(sig: c_int) -> Option<u64> {
    bit(sig).filter(|b| b & RESERVED == 0)
}

/// rt_sigaction with the kernel's struct; the raw result.
///
/// # Safety
/// `new` and `old` are null or valid.
pub(crate) unsafe fn ksigaction(sig: c_int, new: *const KSigaction, old: *mut KSigaction) -> isize {
    // The old action lands in a local with room to spare: qemu-user 7.2
    // for riscv64 writes 8 bytes past the kernel's struct (measured).
    #[repr(C)]
    struct Padded {
        k: KSigaction,
        slack: [u64; 2],
    }
    let mut p = Padded {
        k: KSigaction::DEFAULT,
        slack: [0; 2],
    };
    let op = if old.is_null() {
        core::ptr::null_mut()
    } else {
        &raw mut p
    };
    // SAFETY: per the contract; the kernel checks the pointers.
    let r = unsafe { sys!(__NR_rt_sigaction, sig, new, op, 8) };
    if r == 0 && !old.is_null() {
        // SAFETY: per the contract.
        unsafe { *old = p.k };
    }
    r
}

/// rt_sigprocmask on a kernel set; the raw result.
///
/// # Safety
/// `new` and `old` are null or valid.
pub(crate) unsafe fn kprocmask(how: c_int, new: *const u64, old: *mut u64) -> isize {
    // SAFETY: per the contract; the kernel checks the pointers.
    unsafe { sys!(__NR_rt_sigprocmask, how, new, old, 8) }
}

/// POSIX.1-2024 `sigaction` with every `SA_*` flag the kernel has
/// (`SA_SIGINFO SA_RESTART SA_NODEFER SA_RESETHAND SA_ONSTACK SA_NOCLDSTOP
/// SA_NOCLDWAIT`). -1/EINVAL for a signal that does not exist, is
/// reserved (32, 33), or is SIGKILL/SIGSTOP with an action; `act == NULL`
/// only queries. As in glibc, `oact->sa_flags` shows `SA_RESTORER` where
/// the libc passed a trampoline.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigaction(
    sig: c_int,
    act: *const sigaction,
    oact: *mut sigaction,
) -> c_int {
    if user_bit(sig).is_none() {
        return fail(EINVAL);
    }
    let new;
    let np = if act.is_null() {
        core::ptr::null()
    } else {
        // SAFETY: the caller's action.
        let a = unsafe { &*act };
        // SAFETY: the mask is in the caller's action.
        let mask = unsafe { bits(&a.sa_mask) } & !RESERVED;
        new = KSigaction::new(a.sa_handler, a.sa_flags as c_uint as c_ulong, mask);
        &raw const new
    };
    let mut old = KSigaction::DEFAULT;
    let op: *mut KSigaction = if oact.is_null() {
        core::ptr::null_mut()
    } else {
        &mut old
    };
    // SAFETY: both kernel structs are ours.
    let r = ret_int(unsafe { ksigaction(sig, np, op) });
    if r == 0 && !oact.is_null() {
        // SAFETY: the caller's result struct.
        unsafe {
            (*oact).sa_handler = old.handler();
            (*oact).sa_flags = old.flags() as c_int;
            (*oact).sa_restorer = old.restorer();
            store(&raw mut (*oact).sa_mask, old.mask());
        }
    }
    r
}

/// Install `h` with `flags` and a blocked set `mask`; the old handler.
fn install(sig: c_int, h: sighandler_t, mask: u64, flags: c_uint) -> Result<sighandler_t, ()> {
    let act = sigaction {
        sa_handler: h,
        sa_mask: sigset_t::from_bits(mask),
        sa_flags: flags as c_int,
        sa_restorer: 0,
    };
    let mut old = sigaction {
        sa_handler: 0,
        sa_mask: sigset_t::EMPTY,
        sa_flags: 0,
        sa_restorer: 0,
    };
    // SAFETY: both structs are ours.
    if unsafe { sigaction(sig, &act, &mut old) } < 0 {
        return Err(());
    }
    Ok(old.sa_handler)
}

/// C17 `signal`, with glibc's BSD semantics: the handler stays installed,
/// `sig` is blocked while it runs and interrupted calls restart
/// (`SA_RESTART`). SIG_ERR/EINVAL for a bad or reserved signal.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn signal(sig: c_int, h: sighandler_t) -> sighandler_t {
    let Some(b) = user_bit(sig) else {
        fail(EINVAL);
        return SIG_ERR;
    };
    install(sig, h, b, SA_RESTART).unwrap_or(SIG_ERR)
}

/// X/Open `bsd_signal`: [`signal`].
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn bsd_signal(sig: c_int, h: sighandler_t) -> sighandler_t {
    signal(sig, h)
}

/// Blocks (`SIG_BLOCK`) or unblocks one signal; the old mask.
fn mask_one(how: u32, b: u64) -> Result<u64, ()> {
    let mut old = 0u64;
    // SAFETY: our locals.
    if ret_int(unsafe { kprocmask(how as c_int, &b, &mut old) }) < 0 {
        return Err(());
    }
    Ok(old)
}

/// X/Open (obsolescent) `sigset`: `SIG_HOLD` blocks `sig` and keeps its
/// action; any other disposition is installed (empty mask, no flags) and
/// `sig` unblocked. Returns `SIG_HOLD` if `sig` was blocked, else its
/// previous action; SIG_ERR/EINVAL for a bad or reserved signal.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sigset(sig: c_int, disp: sighandler_t) -> sighandler_t {
    let Some(b) = user_bit(sig) else {
        fail(EINVAL);
        return SIG_ERR;
    };
    let (old_mask, old_h) = if disp == SIG_HOLD {
        let Ok(m) = mask_one(SIG_BLOCK, b) else {
            return SIG_ERR;
        };
        let mut old = KSigaction::DEFAULT;
        // SAFETY: a query into our local.
        if ret_int(unsafe { ksigaction(sig, core::ptr::null(), &mut old) }) < 0 {
            return SIG_ERR;
        }
        (m, old.handler())
    } else {
        let Ok(h) = install(sig, disp, 0, 0) else {
            return SIG_ERR;
        };
        let Ok(m) = mask_one(SIG_UNBLOCK, b) else {
            return SIG_ERR;
        };
        (m, h)
    };
    if old_mask & b != 0 { SIG_HOLD } else { old_h }
}

/// X/Open (obsolescent) `sighold`: block `sig`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sighold(sig: c_int) -> c_int {
    match user_bit(sig).map(|b| mask_one(SIG_BLOCK, b)) {
        Some(Ok(_)) => 0,
        Some(Err(())) => -1,
        None => fail(EINVAL),
    }
}

/// X/Open (obsolescent) `sigrelse`: unblock `sig`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sigrelse(sig: c_int) -> c_int {
    match user_bit(sig).map(|b| mask_one(SIG_UNBLOCK, b)) {
        Some(Ok(_)) => 0,
        Some(Err(())) => -1,
        None => fail(EINVAL),
    }
}

/// The BSD mask calls: signals 1–32 as the bits of an `int` (`sigmask`).
fn bsd_mask(how: u32, mask: c_int) -> c_int {
    // SAFETY: sigset_t is plain words; all zero is the empty set.
    let mut set: sigset_t = unsafe { core::mem::zeroed() };
    // SAFETY: as above.
    let mut old: sigset_t = unsafe { core::mem::zeroed() };
    set.val[0] = mask as u32 as c_ulong;
    if ret_int(procmask(how as c_int, &set, &mut old)) < 0 {
        return -1;
    }
    old.val[0] as u32 as c_int
}

/// BSD `sigblock` (glibc, deprecated): block the signals of `mask` (bit
/// `sig - 1`, signals 1–32); the old mask of those signals.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sigblock(mask: c_int) -> c_int {
    bsd_mask(SIG_BLOCK, mask)
}

/// BSD `sigsetmask` (glibc, deprecated): the blocked signals become
/// exactly those of `mask` (so none above 32); the old mask of signals
/// 1–32.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sigsetmask(mask: c_int) -> c_int {
    bsd_mask(SIG_SETMASK, mask)
}

/// BSD `siggetmask` (glibc, deprecated): the blocked signals of 1–32.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn siggetmask() -> c_int {
    bsd_mask(SIG_BLOCK, 0)
}

/// X/Open (obsolescent) `sigignore`: set `sig` to SIG_IGN.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sigignore(sig: c_int) -> c_int {
    if install(sig, SIG_IGN, 0, 0).is_ok() {
        0
    } else {
        -1
    }
}

/// X/Open (obsolescent) `sigpause`: unblock `sig` and wait for a signal,
/// as `sigsuspend` with the current mask minus `sig` (glibc's
/// `__xpg_sigpause`, which its header maps `sigpause` to). Always -1,
/// EINTR after a handler ran.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sigpause(sig: c_int) -> c_int {
    let Some(b) = user_bit(sig) else {
        return fail(EINVAL);
    };
    let mut cur = 0u64;
    // SAFETY: a query into our local.
    if ret_int(unsafe { kprocmask(SIG_BLOCK as c_int, core::ptr::null(), &mut cur) }) < 0 {
        return -1;
    }
    cur &= !b;
    // SAFETY: our local.
    ret_int(unsafe { cp!(__NR_rt_sigsuspend, &raw const cur, 8) })
}

/// glibc's name for the X/Open `sigpause` (objects built against glibc's
/// header call it).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __xpg_sigpause(sig: c_int) -> c_int {
    sigpause(sig)
}

/// X/Open (obsolescent) `siginterrupt`: whether `sig` interrupts system
/// calls (clears `SA_RESTART`) or restarts them (sets it).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn siginterrupt(sig: c_int, flag: c_int) -> c_int {
    if user_bit(sig).is_none() {
        return fail(EINVAL);
    }
    let mut k = KSigaction::DEFAULT;
    // SAFETY: a query into our local.
    if ret_int(unsafe { ksigaction(sig, core::ptr::null(), &mut k) }) < 0 {
        return -1;
    }
    let f = k.flags();
    k.set_flags(if flag != 0 {
        f & !(SA_RESTART as c_ulong)
    } else {
        f | SA_RESTART as c_ulong
    });
    // SAFETY: our local, as the kernel gave it (restorer included).
    ret_int(unsafe { ksigaction(sig, &k, core::ptr::null_mut()) })
}

/// C17 `raise`: `sig` to the calling thread (`tkill`, so a handler sees
/// `si_code` SI_TKILL as with glibc); 0 for signal 0, -1/EINVAL for a bad
/// one.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn raise(sig: c_int) -> c_int {
    // SAFETY: plain values.
    unsafe {
        let tid = sys!(__NR_gettid);
        ret_int(sys!(__NR_tkill, tid, sig))
    }
}

/// POSIX.1-2024 `kill`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn kill(pid: pid_t, sig: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_kill, pid, sig) })
}

/// POSIX.1-2024 `killpg`: `kill(-pgrp, sig)`; -1/EINVAL for a negative
/// group (as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn killpg(pgrp: pid_t, sig: c_int) -> c_int {
    if pgrp < 0 {
        return fail(EINVAL);
    }
    kill(pgrp.wrapping_neg(), sig)
}

/// POSIX.1-2024 `sigqueue`: `sig` with `value` to `pid`; the receiver
/// sees `si_code` SI_QUEUE, our pid and uid and `si_value`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sigqueue(pid: pid_t, sig: c_int, value: sigval) -> c_int {
    // SAFETY: plain values, then a siginfo of ours; every bit pattern of
    // the pointer-sized union is a valid usize.
    unsafe {
        let value = value.sival_ptr as usize;
        let mut si: siginfo_t = core::mem::zeroed();
        si.si_signo = sig;
        si.si_code = SI_QUEUE;
        si.f.kill = SiKill {
            pid: sys!(__NR_getpid) as pid_t,
            uid: syscall::syscall0(arch::NR_GETUID) as uid_t,
            value,
        };
        ret_int(sys!(__NR_rt_sigqueueinfo, pid, sig, &raw const si))
    }
}

/// `rt_sigprocmask` with the reserved signals kept out of a new mask.
pub(crate) fn procmask(how: c_int, set: *const sigset_t, old: *mut sigset_t) -> isize {
    let new;
    let np = if set.is_null() {
        core::ptr::null()
    } else {
        // SAFETY: the caller's set (read before `old` is written: they
        // may be the same object).
        let b = unsafe { bits(set) };
        new = if how == SIG_BLOCK as c_int || how == SIG_SETMASK as c_int {
            b & !RESERVED
        } else {
            b
        };
        &raw const new
    };
    let mut o = 0u64;
    let op: *mut u64 = if old.is_null() {
        core::ptr::null_mut()
    } else {
        &mut o
    };
    // SAFETY: our locals.
    let r = unsafe { kprocmask(how, np, op) };
    if r >= 0 && !old.is_null() {
        // SAFETY: the caller's set.
        unsafe { store(old, o) };
    }
    r
}

/// POSIX.1-2024 `sigprocmask`: as in glibc, the reserved signals (32, 33)
/// are never blocked.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigprocmask(
    how: c_int,
    set: *const sigset_t,
    old: *mut sigset_t,
) -> c_int {
    ret_int(procmask(how, set, old))
}

/// POSIX.1-2024 `pthread_sigmask`: [`sigprocmask`] for the calling
/// thread, returning the error number instead of setting errno.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_sigmask(
    how: c_int,
    set: *const sigset_t,
    old: *mut sigset_t,
) -> c_int {
    match syscall::decode(procmask(how, set, old)) {
        Ok(_) => 0,
        Err(e) => e,
    }
}

/// POSIX.1-2024 `sigpending`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigpending(set: *mut sigset_t) -> c_int {
    let mut o = 0u64;
    // SAFETY: our local.
    let r = ret_int(unsafe { sys!(__NR_rt_sigpending, &raw mut o, 8) });
    if r == 0 {
        // SAFETY: the caller's set.
        unsafe { store(set, o) };
    }
    r
}

/// POSIX.1-2024 `sigsuspend`: wait with `mask` blocked (the reserved
/// signals, 32 and 33, never) until a handler has run; always -1
/// (EINTR).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigsuspend(mask: *const sigset_t) -> c_int {
    // SAFETY: the caller's set (the library's signals never blocked).
    let m = unsafe { bits(mask) } & !RESERVED;
    // SAFETY: our local.
    ret_int(unsafe { cp!(__NR_rt_sigsuspend, &raw const m, 8) })
}

/// rt_sigtimedwait: the raw result.
///
/// # Safety
/// `set` readable; `info`, `ts` null or valid.
unsafe fn timedwait(
    set: *const sigset_t,
    info: *mut siginfo_t,
    ts: *const crate::time::timespec,
) -> isize {
    // SAFETY: per the contract.
    let b = unsafe { bits(set) };
    let mut tmp = crate::time::KTimespec::default();
    // SAFETY: per the contract; a copy where the layouts differ.
    let t = unsafe { crate::time::KTimespec::input(ts, &mut tmp) };
    // SAFETY: our locals and the caller's checked pointers.
    let r = unsafe {
        crate::kernel::cp6(
            arch::NR_RT_SIGTIMEDWAIT,
            &raw const b as usize,
            info as usize,
            t,
            8,
            0,
            0,
        )
    };
    // A signal from raise (tkill) shows as SI_USER, as POSIX wants of
    // raise and glibc reports it here.
    // SAFETY: the kernel filled the caller's info.
    unsafe {
        if r > 0 && !info.is_null() && (*info).si_code == SI_TKILL {
            (*info).si_code = SI_USER;
        }
    }
    r
}

/// POSIX.1-2024 `sigtimedwait`: the number of a signal of `set` taken
/// from the pending ones; -1/EAGAIN when `timeout` passes first, EINTR
/// when a handler for another signal runs.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigtimedwait(
    set: *const sigset_t,
    info: *mut siginfo_t,
    timeout: *const crate::time::timespec,
) -> c_int {
    // SAFETY: the caller's pointers.
    ret_int(unsafe { timedwait(set, info, timeout) })
}

/// POSIX.1-2024 `sigwaitinfo`: [`sigtimedwait`] without a timeout.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigwaitinfo(set: *const sigset_t, info: *mut siginfo_t) -> c_int {
    // SAFETY: the caller's pointers.
    ret_int(unsafe { timedwait(set, info, core::ptr::null()) })
}

/// POSIX.1-2024 `sigwait`: take a pending signal of `set` into `*sig`
/// (waiting for one); 0 or an error number. Interruptions are retried.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigwait(set: *const sigset_t, sig: *mut c_int) -> c_int {
    loop {
        // SAFETY: the caller's set.
        match syscall::decode(unsafe { timedwait(set, core::ptr::null_mut(), core::ptr::null()) }) {
            Ok(s) => {
                // SAFETY: the caller's result.
                unsafe { *sig = s as c_int };
                return 0;
            }
            Err(e) if e == EINTR as i32 => continue,
            Err(e) => return e,
        }
    }
}

/// POSIX.1-2024 `sigaltstack`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigaltstack(ss: *const stack_t, old: *mut stack_t) -> c_int {
    // SAFETY: stack_t is the kernel's struct; it checks the pointers.
    ret_int(unsafe { sys!(__NR_sigaltstack, ss, old) })
}

/// glibc's `SIGRTMIN` (the header's macro calls it): 34, above the two
/// real-time signals the libc reserves.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __libc_current_sigrtmin() -> c_int {
    set::SIGRTMIN
}

/// glibc's `SIGRTMAX`: 64.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __libc_current_sigrtmax() -> c_int {
    set::SIGRTMAX
}

/// `abort`'s core, also the allocator's fault path: SIGABRT unblocked and
/// raised; if a handler returns or the signal is ignored, the default
/// action is restored and it is raised again, so the process always ends
/// by SIGABRT.
pub fn abort_now() -> ! {
    use syscall::nr::SIGABRT;
    let b = 1u64 << (SIGABRT - 1);
    // SAFETY: kernel structs of ours, plain values.
    unsafe {
        kprocmask(SIG_UNBLOCK as c_int, &b, core::ptr::null_mut());
        raise(SIGABRT as c_int);
        ksigaction(
            SIGABRT as c_int,
            &KSigaction::DEFAULT,
            core::ptr::null_mut(),
        );
        // A handler may have blocked it again before returning.
        kprocmask(SIG_UNBLOCK as c_int, &b, core::ptr::null_mut());
        raise(SIGABRT as c_int);
    }
    crate::stdlib::exit_now(127)
}
