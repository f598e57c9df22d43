//! Process exit: `exit`, `atexit`, `quick_exit`, `at_quick_exit`,
//! `_Exit`, `abort`.
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

/// A list of handlers: a static first block, later blocks mapped.
struct Handlers {
    first: AtexitBlock,
    top: *mut AtexitBlock,
}

impl Handlers {
    const fn new() -> Self {
        Handlers {
            first: AtexitBlock {
                prev: null_mut(),
                n: 0,
                f: [None; PER_BLOCK],
            },
            top: null_mut(),
        }
    }

    /// Add `f`; nonzero only when no memory is left for another block.
    ///
    /// # Safety
    /// One registration at a time (the callers hold `REGISTER`).
    unsafe fn push(&mut self, f: AtexitFn) -> c_int {
        // SAFETY: `top` is the static first block or one we mapped.
        unsafe {
            if self.top.is_null() {
                self.top = &raw mut self.first;
            }
            if (*self.top).n == PER_BLOCK {
                let b = crate::sys::mman::mmap(
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
                (*b).prev = self.top;
                self.top = b;
            }
            let t = self.top;
            // `get_mut`, not indexing: no panic path (and no formatting
            // code) in every program's exit.
            if let Some(slot) = (*t).f.get_mut((*t).n) {
                *slot = Some(f);
                (*t).n += 1;
            }
        }
        0
    }

    /// Run the handlers, last registered first. Each is popped before it
    /// runs, so one that registers another or exits again cannot run
    /// twice; ones registered meanwhile run too.
    ///
    /// # Safety
    /// As for `push`.
    unsafe fn run(list: *mut Handlers) {
        // SAFETY: `top` is the static first block or one we mapped; the
        // list is re-read through the raw pointer after every handler.
        unsafe {
            loop {
                let t = (*list).top;
                if t.is_null() {
                    return;
                }
                if (*t).n == 0 {
                    if (*t).prev.is_null() {
                        return;
                    }
                    (*list).top = (*t).prev;
                    continue;
                }
                (*t).n -= 1;
                if let Some(f) = (*t).f.get_mut((*t).n).and_then(Option::take) {
                    f();
                }
            }
        }
    }
}

static mut ATEXIT: Handlers = Handlers::new();
static mut AT_QUICK_EXIT: Handlers = Handlers::new();
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
    push_locked(&raw mut ATEXIT, f)
}

/// Registrations from several threads at once take turns.
static REGISTER: crate::pthread::Lock = crate::pthread::Lock::new();

fn push_locked(list: *mut Handlers, f: AtexitFn) -> c_int {
    REGISTER.lock();
    // SAFETY: the lock serialises registrations; exit runs the lists.
    let r = unsafe { (*list).push(f) };
    REGISTER.unlock();
    r
}

fn run_atexit() {
    // SAFETY: as in atexit.
    unsafe { Handlers::run(&raw mut ATEXIT) }
}

/// C17 `at_quick_exit`: register `f` for `quick_exit` (not `exit`).
/// Returns nonzero only when no memory is left for another handler.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn at_quick_exit(f: AtexitFn) -> c_int {
    push_locked(&raw mut AT_QUICK_EXIT, f)
}

/// C17 `quick_exit`: run the `at_quick_exit` handlers, last registered
/// first, then `_Exit(status)`: no `atexit` handlers, no destructors, no
/// stream flushing.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn quick_exit(status: c_int) -> ! {
    // SAFETY: as in atexit.
    unsafe { Handlers::run(&raw mut AT_QUICK_EXIT) };
    exit_now(status)
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

/// C17 / POSIX.1-2024 `abort`: raise SIGABRT (unblocked); if a handler
/// returns or the signal is ignored, restore the default action and raise
/// again, so the process always ends by SIGABRT. Streams are not flushed
/// (as in glibc since 2.27).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn abort() -> ! {
    abort_now()
}

/// The process ends by SIGABRT whatever its action for it (see
/// [`crate::signal::abort_now`]).
pub fn abort_now() -> ! {
    crate::signal::abort_now()
}
