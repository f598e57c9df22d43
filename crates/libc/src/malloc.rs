//! `<malloc.h>`: the GNU allocation extras, over [`crate::alloc`] (the
//! standard ones live in `stdlib/alloc.rs`).
use crate::alloc::os;
use crate::kernel::fail;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::ENOMEM;

/// GNU/BSD `memalign` (obsolete SVID): `n` bytes aligned to `align`,
/// rounded up to a power of two; NULL/EINVAL for an alignment above
/// `SIZE_MAX/2 + 1`, NULL/ENOMEM when out of memory.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memalign(align: size_t, n: size_t) -> *mut c_void {
    if !crate::stdlib::malloc_is_ours() {
        crate::stdlib::not_replaced(b"memalign");
    }
    os::memalign(align, n) as *mut c_void
}

/// BSD/GNU `valloc`: `n` bytes aligned to the page size.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn valloc(n: size_t) -> *mut c_void {
    if !crate::stdlib::malloc_is_ours() {
        crate::stdlib::not_replaced(b"valloc");
    }
    os::memalign(crate::sys::auxv::page_size(), n) as *mut c_void
}

/// GNU `pvalloc`: `valloc` of `n` rounded up to a whole page.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pvalloc(n: size_t) -> *mut c_void {
    if !crate::stdlib::malloc_is_ours() {
        crate::stdlib::not_replaced(b"pvalloc");
    }
    let page = crate::sys::auxv::page_size();
    let Some(m) = n.checked_next_multiple_of(page) else {
        fail(ENOMEM);
        return null_mut();
    };
    os::memalign(page, m.max(page)) as *mut c_void
}

/// GNU `malloc_usable_size`: bytes usable in the block (at least what was
/// asked); 0 for NULL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn malloc_usable_size(p: *mut c_void) -> size_t {
    if !crate::stdlib::malloc_is_ours() {
        crate::stdlib::not_replaced(b"malloc_usable_size");
    }
    os::usable(p)
}
