//! Process exit: `exit`, `atexit`, `_Exit`, `abort`.
use crate::types::*;
use core::ptr::null_mut;

type AtexitFn = extern "C" fn();

/// Handlers live in blocks of 32; the first is static, later ones are
/// mapped as needed, so registration never depends on malloc.
const PER_BLOCK: usize = 32;
#[repr(C)]
struct AtexitBlock {
    prev: *mut AtexitBlock,
    n: usize,
    f: [Option<AtexitFn>; PER_BLOCK],
}

static mut ATEXIT_FIRST: AtexitBlock = AtexitBlock {
    prev: null_mut(),
    n: 0,
    f: [None; PER_BLOCK],
};
static mut ATEXIT_TOP: *mut AtexitBlock = null_mut();
static mut FINI: Option<unsafe extern "C" fn()> = None;

/// Record the crt's `_fini` for [`exit`].
pub(crate) fn set_fini(f: Option<unsafe extern "C" fn()>) {
    // SAFETY: written once during startup, before main.
    unsafe { FINI = f };
}

/// C17 `atexit`: handlers run in reverse order of registration; ones
/// registered while `exit` runs are run too. Returns nonzero only when no
/// memory is left for another handler.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn atexit(f: AtexitFn) -> c_int {
    // SAFETY: single-threaded use of the handler list (threads come with a
    // lock here).
    unsafe {
        if ATEXIT_TOP.is_null() {
            ATEXIT_TOP = &raw mut ATEXIT_FIRST;
        }
        if (*ATEXIT_TOP).n == PER_BLOCK {
            let b = crate::sys_mman::mmap(
                null_mut(),
                core::mem::size_of::<AtexitBlock>(),
                (syscall::nr::PROT_READ | syscall::nr::PROT_WRITE) as c_int,
                (syscall::nr::MAP_PRIVATE | syscall::nr::MAP_ANONYMOUS) as c_int,
                -1,
                0,
            ) as *mut AtexitBlock;
            if b as usize == usize::MAX {
                return -1;
            }
            (*b).prev = ATEXIT_TOP;
            ATEXIT_TOP = b;
        }
        let t = ATEXIT_TOP;
        if let Some(slot) = (*t).f.get_mut((*t).n) {
            *slot = Some(f);
            (*t).n += 1;
        }
    }
    0
}

fn run_atexit() {
    // SAFETY: as in atexit; each handler is popped before it runs, so one
    // that registers another or calls exit again cannot run twice.
    unsafe {
        loop {
            let t = ATEXIT_TOP;
            if t.is_null() {
                return;
            }
            if (*t).n == 0 {
                if (*t).prev.is_null() {
                    return;
                }
                ATEXIT_TOP = (*t).prev;
                continue;
            }
            (*t).n -= 1;
            if let Some(f) = (*t).f.get_mut((*t).n).and_then(Option::take) {
                f();
            }
        }
    }
}

/// C17 `exit`: `atexit` handlers (last registered first), then
/// `fini_array` and `_fini`, then every stream is flushed and the process
/// ends with `status`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn exit(status: c_int) -> ! {
    run_atexit();
    // SAFETY: FINI was set at startup; run once, at exit.
    unsafe { rt::init::run_fini(FINI) };
    crate::file::run_exit_hook();
    exit_now(status)
}

/// C17 `_Exit`: end the process at once, nothing run.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn _Exit(status: c_int) -> ! {
    exit_now(status)
}

/// `exit_group`: every thread ends.
pub fn exit_now(status: c_int) -> ! {
    loop {
        // SAFETY: exit_group does not return.
        unsafe { sys!(__NR_exit_group, status) };
    }
}

/// C17 `abort`: raise SIGABRT (unblocked); if a handler returns, restore
/// the default action and raise again, so the process always ends.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn abort() -> ! {
    abort_now()
}

pub fn abort_now() -> ! {
    use syscall::nr::{SIG_UNBLOCK, SIGABRT};
    let set: u64 = 1 << (SIGABRT - 1);
    // SAFETY: these calls take plain values and pointers to our locals;
    // all-zero is a valid kernel_sigaction (SIG_DFL, no flags, empty mask).
    unsafe {
        sys!(__NR_rt_sigprocmask, SIG_UNBLOCK, &raw const set, 0, 8);
        let pid = sys!(__NR_getpid);
        let tid = sys!(__NR_gettid);
        sys!(__NR_tgkill, pid, tid, SIGABRT);
        // A handler returned: back to the default action (all zero). The
        // kernel reads a whole `kernel_sigaction` (20 bytes on i386, not
        // four words), so pass exactly that.
        let dfl: syscall::nr::kernel_sigaction = core::mem::zeroed();
        sys!(__NR_rt_sigaction, SIGABRT, &raw const dfl, 0, 8);
        sys!(__NR_tgkill, pid, tid, SIGABRT);
    }
    exit_now(127)
}
