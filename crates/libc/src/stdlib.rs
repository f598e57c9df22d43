//! `<stdlib.h>`: process exit, environment, memory allocation.
use crate::malloc::{Fault, Heap, Pages};
use crate::sys::fail;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::ENOMEM;

// ---------------------------------------------------------------- exit

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
        (*t).f[(*t).n] = Some(f);
        (*t).n += 1;
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
            if let Some(f) = (*t).f[(*t).n].take() {
                f();
            }
        }
    }
}

/// C17 `exit`: `atexit` handlers (last registered first), then
/// `fini_array` and `_fini`, then the process ends with `status`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn exit(status: c_int) -> ! {
    run_atexit();
    // SAFETY: FINI was set at startup; run once, at exit.
    unsafe { rt::init::run_fini(FINI) };
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
    // SAFETY: these calls take plain values and pointers to our locals.
    unsafe {
        sys!(__NR_rt_sigprocmask, SIG_UNBLOCK, &raw const set, 0, 8);
        let pid = sys!(__NR_getpid);
        let tid = sys!(__NR_gettid);
        sys!(__NR_tgkill, pid, tid, SIGABRT);
        // A handler returned: back to the default action (all zero).
        let dfl = [0usize; 4];
        sys!(__NR_rt_sigaction, SIGABRT, dfl.as_ptr(), 0, 8);
        sys!(__NR_tgkill, pid, tid, SIGABRT);
    }
    exit_now(127)
}

// ---------------------------------------------------------------- environment

/// The environment (POSIX.1-2024 `environ`), set at startup.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut environ: *mut *mut c_char = null_mut();

/// C17 `getenv`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getenv(name: *const c_char) -> *mut c_char {
    // SAFETY: `name` is a C string; environ is a NULL-terminated array of
    // C strings.
    unsafe {
        let n = crate::string::strlen(name);
        if n == 0 || crate::string::memchr_byte(name, b'=', n) {
            return null_mut();
        }
        let mut e = environ;
        if e.is_null() {
            return null_mut();
        }
        while !(*e).is_null() {
            let s = *e;
            if crate::string::memcmp(s as *const c_void, name as *const c_void, n) == 0
                && *s.add(n) == b'=' as c_char
            {
                return s.add(n + 1);
            }
            e = e.add(1);
        }
    }
    null_mut()
}

// ---------------------------------------------------------------- memory

struct Mmap;
impl Pages for Mmap {
    fn map(&self, len: usize) -> *mut u8 {
        use syscall::nr::*;
        // SAFETY: an anonymous mapping.
        let p = unsafe {
            crate::sys_mman::mmap(
                null_mut(),
                len,
                (PROT_READ | PROT_WRITE) as c_int,
                (MAP_PRIVATE | MAP_ANONYMOUS) as c_int,
                -1,
                0,
            )
        };
        if p as usize == usize::MAX {
            null_mut()
        } else {
            p as *mut u8
        }
    }
    fn unmap(&self, p: *mut u8, len: usize) {
        // SAFETY: the range was mapped by `map`.
        unsafe { crate::sys_mman::munmap(p as *mut c_void, len) };
    }
}

static mut HEAP: Heap = Heap::new();

fn heap() -> &'static mut Heap {
    // SAFETY: Heap serialises its own state with its lock.
    unsafe { &mut *(&raw mut HEAP) }
}

fn heap_fault(f: Fault) -> ! {
    let msg: &[u8] = match f {
        Fault::DoubleFree => b"ferrolibc: free(): double free detected, aborting\n",
        Fault::InvalidFree => b"ferrolibc: free(): invalid pointer, aborting\n",
    };
    // SAFETY: a static buffer to fd 2.
    unsafe { sys!(__NR_write, 2, msg.as_ptr(), msg.len()) };
    abort_now()
}

/// C17 `malloc`: 16-byte aligned; NULL with ENOMEM when out of memory.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn malloc(n: size_t) -> *mut c_void {
    // SAFETY: the heap is only used through its API.
    let p = unsafe { heap().alloc(n, &Mmap) };
    if p.is_null() {
        fail(ENOMEM);
    }
    p as *mut c_void
}

/// C17 `free`: NULL is ignored; invalid and double frees abort.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn free(p: *mut c_void) {
    if p.is_null() {
        return;
    }
    // SAFETY: p came from malloc, or the header check catches it.
    if let Err(f) = unsafe { heap().free(p as *mut u8, &Mmap) } {
        heap_fault(f)
    }
}

/// C17 `calloc`: zeroed; `n * size` overflow gives NULL/ENOMEM.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn calloc(n: size_t, size: size_t) -> *mut c_void {
    let Some(total) = n.checked_mul(size) else {
        fail(ENOMEM);
        return null_mut();
    };
    // SAFETY: malloc then clearing the bytes we own.
    unsafe {
        let p = malloc(total);
        if !p.is_null() {
            crate::string::memset(p, 0, total);
        }
        p
    }
}

/// C17 `realloc`: contents kept up to the smaller size; `realloc(NULL, n)`
/// is `malloc(n)`; on failure the old block is untouched.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn realloc(p: *mut c_void, n: size_t) -> *mut c_void {
    if p.is_null() {
        // SAFETY: plain allocation.
        return unsafe { malloc(n) };
    }
    // SAFETY: p came from malloc (checked by the header).
    let have = match unsafe { heap().usable(p as *mut u8) } {
        Ok(h) => h,
        Err(f) => heap_fault(f),
    };
    if n <= have && n >= have / 2 {
        return p;
    }
    // SAFETY: new block, copy the overlap, free the old.
    unsafe {
        let q = malloc(n);
        if !q.is_null() {
            crate::string::memcpy(q, p, have.min(n));
            free(p);
        }
        q
    }
}

/// GNU `malloc_usable_size`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn malloc_usable_size(p: *mut c_void) -> size_t {
    if p.is_null() {
        return 0;
    }
    // SAFETY: p came from malloc (checked by the header).
    match unsafe { heap().usable(p as *mut u8) } {
        Ok(n) => n,
        Err(f) => heap_fault(f),
    }
}
