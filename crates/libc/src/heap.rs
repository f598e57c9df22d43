//! How the libc allocates: always through the link-resolved `malloc`,
//! `calloc`, `realloc` and `free` — the program's own when it defines
//! them, else the libc's (see `alloc/mod.rs`, "Replacing malloc").
//!
//! Every allocation ferrolibc makes, for itself or to hand to the program,
//! goes through these four functions and nothing else, so memory never
//! crosses between the program's allocator and the libc's. The calls go
//! out through the C shims in `c/heap.c` (a separate archive member, where
//! `malloc` is an undefined reference the linker binds), never straight to
//! `crate::stdlib::malloc`, which LLVM could inline. In the host unit
//! tests they are the host libc's.
use crate::types::*;

#[cfg(not(test))]
unsafe extern "C" {
    #[link_name = "__ferrolibc_heap_malloc"]
    fn c_malloc(n: size_t) -> *mut c_void;
    #[link_name = "__ferrolibc_heap_calloc"]
    fn c_calloc(n: size_t, size: size_t) -> *mut c_void;
    #[link_name = "__ferrolibc_heap_realloc"]
    fn c_realloc(p: *mut c_void, n: size_t) -> *mut c_void;
    #[link_name = "__ferrolibc_heap_free"]
    fn c_free(p: *mut c_void);
}
#[cfg(test)]
unsafe extern "C" {
    #[link_name = "malloc"]
    fn c_malloc(n: size_t) -> *mut c_void;
    #[link_name = "calloc"]
    fn c_calloc(n: size_t, size: size_t) -> *mut c_void;
    #[link_name = "realloc"]
    fn c_realloc(p: *mut c_void, n: size_t) -> *mut c_void;
    #[link_name = "free"]
    fn c_free(p: *mut c_void);
}

/// `malloc(n)` of whichever allocator the program links.
#[inline(always)]
pub unsafe fn malloc(n: size_t) -> *mut c_void {
    // SAFETY: malloc has no precondition.
    unsafe { c_malloc(n) }
}

/// `calloc(n, size)` of whichever allocator the program links.
#[inline(always)]
pub unsafe fn calloc(n: size_t, size: size_t) -> *mut c_void {
    // SAFETY: calloc has no precondition.
    unsafe { c_calloc(n, size) }
}

/// `realloc(p, n)`: `p` is NULL or came from this module.
#[inline(always)]
pub unsafe fn realloc(p: *mut c_void, n: size_t) -> *mut c_void {
    // SAFETY: the caller's contract.
    unsafe { c_realloc(p, n) }
}

/// `free(p)`: `p` is NULL or came from this module (or from the program,
/// which allocated it with the same allocator).
#[inline(always)]
pub unsafe fn free(p: *mut c_void) {
    // SAFETY: the caller's contract.
    unsafe { c_free(p) }
}
