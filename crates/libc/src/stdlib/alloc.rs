//! The `<stdlib.h>` allocation functions, over [`crate::alloc`] (see its
//! module doc for the design).
use crate::alloc::os;
use crate::kernel::fail;
use crate::types::*;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicUsize, Ordering};
use syscall::errno::{EINVAL, ENOMEM};

/// What an allocation call did, for `mtrace` (`<mcheck.h>`).
#[derive(Clone, Copy)]
pub enum TraceKind {
    Alloc,
    /// `calloc`'s (traced as an allocation, never perturbed).
    Calloc,
    Free,
    Realloc,
}

/// `(kind, block given, block returned, size asked)`.
pub type TraceHook = fn(TraceKind, usize, usize, usize);

/// Set while `mtrace` runs (0: none). Only `mtrace` stores it, so the
/// tracing code is linked into programs that call `mtrace` alone.
static TRACE_HOOK: AtomicUsize = AtomicUsize::new(0);

/// `M_PERTURB`'s value (0: off), from `mallopt` or `MALLOC_PERTURB_`.
static PERTURB: AtomicUsize = AtomicUsize::new(0);

/// Nonzero while a trace runs or perturbing is on: the entry points test
/// this one word with one relaxed load, and take [`traced`] only then.
static HOOKED: AtomicUsize = AtomicUsize::new(0);

fn update_hooked() {
    let on = TRACE_HOOK.load(Ordering::Relaxed) | PERTURB.load(Ordering::Relaxed);
    HOOKED.store(on, Ordering::Release);
}

/// Install or remove the trace hook.
pub fn set_trace_hook(h: Option<TraceHook>) {
    TRACE_HOOK.store(h.map_or(0, |f| f as usize), Ordering::Release);
    update_hooked();
}

/// `M_PERTURB`: while `v` is nonzero, every block `malloc` (and
/// `realloc(NULL, n)`, the aligned family) hands out has its `n` bytes set
/// to `(v ^ 0xff) & 0xff`, and every block `free` takes is filled with
/// `v & 0xff` (glibc's rule; `calloc`'s blocks are zero as ever).
pub(crate) fn set_perturb(v: c_int) {
    PERTURB.store(v as c_uint as usize, Ordering::Relaxed);
    update_hooked();
}

/// Whether a trace runs or perturbing is on.
#[inline(always)]
pub(crate) fn tracing() -> bool {
    HOOKED.load(Ordering::Relaxed) != 0
}

/// Perturb, then report the call to the trace hook (once [`tracing`]
/// said one of them is on). A freed block is perturbed before it is
/// freed (the entry point calls this first), a new one after.
#[cold]
#[inline(never)]
pub(crate) fn traced(k: TraceKind, old: *mut c_void, new: *mut c_void, n: usize) {
    let v = PERTURB.load(Ordering::Relaxed);
    if v != 0 {
        match k {
            TraceKind::Alloc if !new.is_null() => {
                // SAFETY: a new block of at least n bytes.
                unsafe { core::ptr::write_bytes(new as *mut u8, (v ^ 0xff) as u8, n) }
            }
            TraceKind::Realloc if old.is_null() && !new.is_null() => {
                // SAFETY: as above (realloc(NULL, n) is malloc(n)).
                unsafe { core::ptr::write_bytes(new as *mut u8, (v ^ 0xff) as u8, n) }
            }
            TraceKind::Free if malloc_is_ours() => os::perturb_free(old as *mut u8, v as u8),
            _ => {}
        }
    }
    let h = TRACE_HOOK.load(Ordering::Acquire);
    if h != 0 {
        // SAFETY: only `set_trace_hook` stores it, from a `TraceHook`.
        let f = unsafe { core::mem::transmute::<usize, TraceHook>(h) };
        f(k, old as usize, new as usize, n);
    }
}

/// C17 `malloc`: 16-byte aligned; NULL with ENOMEM when out of memory.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn malloc(n: size_t) -> *mut c_void {
    let p = os::malloc(n) as *mut c_void;
    if tracing() {
        traced(TraceKind::Alloc, null_mut(), p, n);
    }
    p
}

/// C17 `free`: NULL is ignored; invalid and double frees are reported on
/// fd 2 and abort.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn free(p: *mut c_void) {
    if !p.is_null() {
        if !malloc_is_ours() {
            not_replaced(b"free");
        }
        if tracing() {
            traced(TraceKind::Free, p, null_mut(), 0);
        }
        os::free(p as *mut u8)
    }
}

/// C17 `calloc`: zeroed; `n * size` overflow gives NULL/ENOMEM.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn calloc(n: size_t, size: size_t) -> *mut c_void {
    let Some(total) = n.checked_mul(size) else {
        fail(ENOMEM);
        return null_mut();
    };
    if !malloc_is_ours() {
        // The program's malloc without its calloc: zero its block.
        // SAFETY: malloc has no precondition.
        let p = unsafe { crate::heap::malloc(total) } as *mut u8;
        if !p.is_null() {
            // SAFETY: p has at least `total` writable bytes.
            unsafe { core::ptr::write_bytes(p, 0, total) };
        }
        return p as *mut c_void;
    }
    let p = os::malloc(total);
    if !p.is_null() && !os::is_fresh(p) {
        // SAFETY: p has at least `total` writable bytes.
        unsafe { core::ptr::write_bytes(p, 0, total) };
    }
    if tracing() {
        traced(TraceKind::Calloc, null_mut(), p as *mut c_void, total);
    }
    p as *mut c_void
}

/// C17 `realloc`: contents kept up to the smaller size; `realloc(NULL, n)`
/// is `malloc(n)`; `realloc(p, 0)` frees `p` and returns NULL (as glibc);
/// on failure NULL/ENOMEM and the old block is untouched.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn realloc(p: *mut c_void, n: size_t) -> *mut c_void {
    if !malloc_is_ours() {
        // The program's malloc without its realloc: what can be done
        // through its malloc and free is; a block cannot be resized
        // without knowing its size, so that is a clear abort, not the
        // program's memory handed to the libc's allocator.
        // SAFETY: p is NULL or from the program's malloc.
        unsafe {
            if p.is_null() {
                return crate::heap::malloc(n);
            }
            if n == 0 {
                crate::heap::free(p);
                return null_mut();
            }
        }
        not_replaced(b"realloc");
    }
    let q = if p.is_null() {
        os::malloc(n) as *mut c_void
    } else if n == 0 {
        os::free(p as *mut u8);
        null_mut()
    } else {
        os::realloc(p as *mut u8, n) as *mut c_void
    };
    if tracing() {
        traced(TraceKind::Realloc, p, q, n);
    }
    q
}

/// POSIX.1-2024 `reallocarray`: `realloc(p, n * size)` with the product's
/// overflow reported as NULL/ENOMEM (the block is untouched).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn reallocarray(p: *mut c_void, n: size_t, size: size_t) -> *mut c_void {
    let Some(total) = n.checked_mul(size) else {
        fail(ENOMEM);
        return null_mut();
    };
    // SAFETY: forwarded contract; through the link-resolved realloc, which
    // is the program's when it replaces the allocator.
    unsafe { crate::heap::realloc(p, total) }
}

/// C17 `aligned_alloc`. Like glibc 2.36 (the host's), any alignment is
/// accepted and rounded up to a power of two; only one above
/// `SIZE_MAX/2 + 1` gives NULL/EINVAL. (glibc 2.38 and later reject a
/// non-power-of-two alignment with EINVAL.)
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn aligned_alloc(align: size_t, n: size_t) -> *mut c_void {
    if !malloc_is_ours() {
        not_replaced(b"aligned_alloc");
    }
    crate::malloc::traced_memalign(align, n)
}

/// POSIX.1-2024 `posix_memalign`: EINVAL (errno untouched) unless `align`
/// is a power of two multiple of `sizeof(void *)`; ENOMEM when out of
/// memory (`*out` untouched on failure).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_memalign(out: *mut *mut c_void, align: size_t, n: size_t) -> c_int {
    if !align.is_power_of_two() || !align.is_multiple_of(size_of::<*mut c_void>()) {
        return EINVAL as c_int;
    }
    if !malloc_is_ours() {
        not_replaced(b"posix_memalign");
    }
    let p = crate::malloc::traced_memalign(align, n);
    if p.is_null() {
        return ENOMEM as c_int;
    }
    // SAFETY: the caller gives a valid place for the result.
    unsafe { *out = p as *mut c_void };
    0
}

// The libc's own malloc under a second name that the program cannot take
// over: `malloc` itself is a weak definition the program's may replace
// (xtask/src/archive.rs), this alias always names the libc's code.
#[cfg(not(test))]
core::arch::global_asm!(
    ".globl __ferrolibc_own_malloc",
    ".type __ferrolibc_own_malloc, %function",
    ".set __ferrolibc_own_malloc, malloc",
);

/// Whether `malloc` is the libc's (not the program's). Both addresses
/// are link-time constants; `black_box` keeps the compiler from deciding
/// the comparison from what it sees in this crate alone.
#[cfg(not(test))]
#[inline(always)]
pub(crate) fn malloc_is_ours() -> bool {
    unsafe extern "C" {
        fn __ferrolibc_own_malloc(n: size_t) -> *mut c_void;
    }
    let linked = core::hint::black_box(malloc as *const () as usize);
    linked == core::hint::black_box(__ferrolibc_own_malloc as *const () as usize)
}
#[cfg(test)]
pub(crate) fn malloc_is_ours() -> bool {
    true
}

/// The program replaced `malloc` but not `name`, and this call cannot be
/// served through the program's malloc and free: say so on fd 2 and abort
/// rather than mix the two allocators' memory (glibc documents a complete
/// replacement as the program's duty and would corrupt its heap here).
#[cold]
#[inline(never)]
pub(crate) fn not_replaced(name: &[u8]) -> ! {
    let mut buf = [0u8; 96];
    let mut n = 0;
    for part in [
        b"ferrolibc: ".as_slice(),
        name,
        b"(): the program defines malloc but not ",
        name,
        b"\n",
    ] {
        for &c in part {
            if let Some(slot) = buf.get_mut(n) {
                *slot = c;
                n += 1;
            }
        }
    }
    // SAFETY: writing a local buffer to fd 2.
    unsafe {
        syscall::syscall3(
            syscall::nr::__NR_write as usize,
            2,
            buf.as_ptr() as usize,
            n,
        )
    };
    crate::stdlib::abort_now()
}
