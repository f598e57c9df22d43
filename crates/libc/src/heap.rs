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

/// A growable array of plain values in the heap above, for internals
/// that collect an unknown number of things (glob's matches, a path being
/// built). Growth doubles; a failed allocation is reported, never hidden.
pub struct Vec<T: Copy> {
    ptr: *mut T,
    len: usize,
    cap: usize,
}

/// The heap said no.
#[derive(Debug)]
pub struct NoMemory;

impl<T: Copy> Vec<T> {
    pub const fn new() -> Self {
        Vec {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Room for `extra` more values.
    pub fn reserve(&mut self, extra: usize) -> Result<(), NoMemory> {
        let need = self.len.checked_add(extra).ok_or(NoMemory)?;
        if need <= self.cap {
            return Ok(());
        }
        let cap = need.max(self.cap * 2).max(8);
        let bytes = cap.checked_mul(core::mem::size_of::<T>()).ok_or(NoMemory)?;
        // SAFETY: ptr is null or this module's allocation.
        let p = unsafe { realloc(self.ptr as *mut c_void, bytes) } as *mut T;
        if p.is_null() {
            return Err(NoMemory);
        }
        self.ptr = p;
        self.cap = cap;
        Ok(())
    }

    pub fn push(&mut self, v: T) -> Result<(), NoMemory> {
        self.reserve(1)?;
        // SAFETY: reserve made room for index len.
        unsafe { self.ptr.add(self.len).write(v) };
        self.len += 1;
        Ok(())
    }

    pub fn extend_from_slice(&mut self, s: &[T]) -> Result<(), NoMemory> {
        self.reserve(s.len())?;
        // SAFETY: room for s.len() more; s cannot overlap our spare room.
        unsafe { core::ptr::copy_nonoverlapping(s.as_ptr(), self.ptr.add(self.len), s.len()) };
        self.len += s.len();
        Ok(())
    }

    /// Drops the values past `n`.
    pub fn truncate(&mut self, n: usize) {
        self.len = self.len.min(n);
    }

    pub fn as_slice(&self) -> &[T] {
        if self.ptr.is_null() {
            return &[];
        }
        // SAFETY: len values are initialised at ptr.
        unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        if self.ptr.is_null() {
            return &mut [];
        }
        // SAFETY: len values are initialised at ptr, borrowed uniquely.
        unsafe { core::slice::from_raw_parts_mut(self.ptr, self.len) }
    }

    /// The allocation, handed over (null when nothing was ever pushed); the
    /// caller frees it with [`free`].
    pub fn into_raw(self) -> *mut T {
        let p = self.ptr;
        core::mem::forget(self);
        p
    }
}

impl<T: Copy> Drop for Vec<T> {
    fn drop(&mut self) {
        // SAFETY: ptr is null or this module's allocation.
        unsafe { free(self.ptr as *mut c_void) };
    }
}
