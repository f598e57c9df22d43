//! The set*id broadcast: POSIX gives `setuid setgid seteuid setegid
//! setreuid setregid setresuid setresgid` (and `setgroups`) to the whole
//! process, the kernel's calls change the calling thread's credentials
//! only. Once a second thread has existed, `kernel::setxid` comes here:
//! the caller takes the thread list's lock (thread creation and exit
//! wait for it, so no thread starts or ends unseen), makes the call
//! itself, and when it succeeded asks each other live thread in turn to
//! make the same call, by signal 33 (reserved by the library, glibc's
//! SIGSETXID), waiting on a futex for each answer.
//!
//! The handler is installed with `SA_RESTART` (a thread blocked in
//! `read` goes back into it) and signal 32 blocked while it runs (an
//! asynchronous cancellation cannot end a thread between the request and
//! its answer); it makes raw system calls only, so `errno` is left as it
//! was. Programs cannot catch, block or ignore signal 33 (`sigaction`
//! refuses it, the mask calls keep it out). A call the caller could make
//! that fails in another thread leaves the process with mixed
//! credentials: the library aborts, as glibc does. The threads answer
//! one after another rather than all at once: qemu-user for i386 keeps
//! one descriptor table for every thread, and handlers returning at the
//! same moment there race for its `%gs` entry (see `arch::signal`).
use crate::types::*;
use core::sync::atomic::{AtomicBool, AtomicI32, AtomicU32, AtomicUsize, Ordering};

/// glibc's SIGSETXID.
const SIGSETXID: c_int = 33;

/// The request: the call, and the thread asked to make it.
struct Cmd {
    nr: AtomicUsize,
    args: [AtomicUsize; 3],
    /// The thread id asked (0: none; a stray signal finds no match).
    target: AtomicI32,
    /// 1 once the target has answered (a futex word).
    done: AtomicU32,
    /// Some thread's call failed.
    failed: AtomicBool,
}

static CMD: Cmd = Cmd {
    nr: AtomicUsize::new(0),
    args: [
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
    ],
    target: AtomicI32::new(0),
    done: AtomicU32::new(0),
    failed: AtomicBool::new(false),
};

/// Signal 33's handler: if this thread is the one asked, make the call
/// and answer.
extern "C" fn on_setxid(_sig: c_int) {
    // SAFETY: no arguments.
    let me = unsafe { sys!(__NR_gettid) } as i32;
    if CMD
        .target
        .compare_exchange(me, 0, Ordering::AcqRel, Ordering::Relaxed)
        .is_err()
    {
        return;
    }
    let [a, b, c] = &CMD.args;
    // SAFETY: the caller's call, its pointer arguments live while it
    // waits for this answer.
    let r = unsafe {
        syscall::syscall3(
            CMD.nr.load(Ordering::Relaxed),
            a.load(Ordering::Relaxed),
            b.load(Ordering::Relaxed),
            c.load(Ordering::Relaxed),
        )
    };
    if r < 0 {
        CMD.failed.store(true, Ordering::Relaxed);
    }
    CMD.done.store(1, Ordering::Release);
    super::futex_wake(&CMD.done, 1, false);
}

static INSTALLED: AtomicBool = AtomicBool::new(false);

fn install() {
    if INSTALLED.load(Ordering::Acquire) {
        return;
    }
    use syscall::nr::SA_RESTART;
    // Signal 32 (cancellation) is blocked while the handler runs.
    let k = crate::arch::KSigaction::new(
        on_setxid as *const () as usize,
        SA_RESTART as c_ulong,
        1 << 31,
    );
    // SAFETY: our action struct; signal 33 is the library's.
    unsafe { crate::signal::ksigaction(SIGSETXID, &k, core::ptr::null_mut()) };
    INSTALLED.store(true, Ordering::Release);
}

/// Ask thread `tid` to make the request's call; wait for its answer.
fn ask(tid: pid_t) {
    CMD.done.store(0, Ordering::Relaxed);
    CMD.target.store(tid, Ordering::Release);
    // SAFETY: plain values.
    let r = unsafe {
        let pid = sys!(__NR_getpid);
        sys!(__NR_tgkill, pid, tid, SIGSETXID)
    };
    if r < 0 {
        // Gone (ended by a raw exit, outside the library): nothing to ask.
        CMD.target.store(0, Ordering::Relaxed);
        return;
    }
    while CMD.done.load(Ordering::Acquire) == 0 {
        super::futex_wait(&CMD.done, 0, None, false);
    }
}

/// The set*id call `nr(a, b, c)` for every thread; the raw result of the
/// caller's own call (the others' are made only if it succeeded).
///
/// # Safety
/// As for the system call; pointer arguments stay valid for the call.
pub unsafe fn broadcast(nr: usize, a: usize, b: usize, c: usize) -> isize {
    install();
    let mut r = 0;
    let mut failed = false;
    super::thread::with_lock(|| {
        // SAFETY: per the contract.
        r = unsafe { syscall::syscall3(nr, a, b, c) };
        if r < 0 {
            return;
        }
        CMD.nr.store(nr, Ordering::Relaxed);
        CMD.args[0].store(a, Ordering::Relaxed);
        CMD.args[1].store(b, Ordering::Relaxed);
        CMD.args[2].store(c, Ordering::Relaxed);
        CMD.failed.store(false, Ordering::Relaxed);
        // SAFETY: the lock is held.
        unsafe { super::thread::each_other(ask) };
        failed = CMD.failed.load(Ordering::Relaxed);
    });
    if failed {
        crate::stdlib::abort();
    }
    r
}
