//! The C allocation API over [`crate::malloc`].
use crate::malloc::{Fault, Heap, Pages};
use crate::sys::fail;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::ENOMEM;

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
    super::abort_now()
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
