//! The `<stdlib.h>` allocation functions, over [`crate::alloc`] (see its
//! module doc for the design).
use crate::alloc::os;
use crate::kernel::fail;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::{EINVAL, ENOMEM};

/// C17 `malloc`: 16-byte aligned; NULL with ENOMEM when out of memory.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn malloc(n: size_t) -> *mut c_void {
    os::malloc(n) as *mut c_void
}

/// C17 `free`: NULL is ignored; invalid and double frees are reported on
/// fd 2 and abort.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn free(p: *mut c_void) {
    if !p.is_null() {
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
    let p = os::malloc(total);
    if !p.is_null() && !os::is_fresh(p) {
        // SAFETY: p has at least `total` writable bytes.
        unsafe { core::ptr::write_bytes(p, 0, total) };
    }
    p as *mut c_void
}

/// C17 `realloc`: contents kept up to the smaller size; `realloc(NULL, n)`
/// is `malloc(n)`; `realloc(p, 0)` frees `p` and returns NULL (as glibc);
/// on failure NULL/ENOMEM and the old block is untouched.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn realloc(p: *mut c_void, n: size_t) -> *mut c_void {
    if p.is_null() {
        return os::malloc(n) as *mut c_void;
    }
    if n == 0 {
        os::free(p as *mut u8);
        return null_mut();
    }
    os::realloc(p as *mut u8, n) as *mut c_void
}

/// POSIX.1-2024 `reallocarray`: `realloc(p, n * size)` with the product's
/// overflow reported as NULL/ENOMEM (the block is untouched).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn reallocarray(p: *mut c_void, n: size_t, size: size_t) -> *mut c_void {
    let Some(total) = n.checked_mul(size) else {
        fail(ENOMEM);
        return null_mut();
    };
    // SAFETY: forwarded contract.
    unsafe { realloc(p, total) }
}

/// C17 `aligned_alloc`. Like glibc 2.36 (the host's), any alignment is
/// accepted and rounded up to a power of two; only one above
/// `SIZE_MAX/2 + 1` gives NULL/EINVAL. (glibc 2.38 and later reject a
/// non-power-of-two alignment with EINVAL.)
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn aligned_alloc(align: size_t, n: size_t) -> *mut c_void {
    os::memalign(align, n) as *mut c_void
}

/// POSIX.1-2024 `posix_memalign`: EINVAL (errno untouched) unless `align`
/// is a power of two multiple of `sizeof(void *)`; ENOMEM when out of
/// memory (`*out` untouched on failure).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_memalign(out: *mut *mut c_void, align: size_t, n: size_t) -> c_int {
    if !align.is_power_of_two() || !align.is_multiple_of(size_of::<*mut c_void>()) {
        return EINVAL as c_int;
    }
    let p = os::memalign(align, n);
    if p.is_null() {
        return ENOMEM as c_int;
    }
    // SAFETY: the caller gives a valid place for the result.
    unsafe { *out = p as *mut c_void };
    0
}
