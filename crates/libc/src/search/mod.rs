//! `<search.h>`: linear search (`lfind`, `lsearch`), doubly linked queues
//! (`insque`, `remque`), the hash table (`hash.rs`) and binary search trees
//! (`tree.rs`).
use crate::types::*;

type Cmp = unsafe extern "C" fn(*const c_void, *const c_void) -> c_int;

/// POSIX.1-2024 (XSI) `lfind`: the first of `*nmemb` elements for which
/// `cmp(key, elem)` is 0, or NULL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lfind(
    key: *const c_void,
    base: *const c_void,
    nmemb: *mut size_t,
    size: size_t,
    cmp: Cmp,
) -> *mut c_void {
    // SAFETY: the caller passes a valid count and an array of that many
    // elements.
    unsafe {
        let n = *nmemb;
        for i in 0..n {
            let p = (base as *const u8).add(i * size) as *const c_void;
            if cmp(key, p) == 0 {
                return p as *mut c_void;
            }
        }
    }
    core::ptr::null_mut()
}

/// POSIX.1-2024 (XSI) `lsearch`: like `lfind`, but a missing key is
/// appended to the array (which must have room) and `*nmemb` grows by one.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lsearch(
    key: *const c_void,
    base: *mut c_void,
    nmemb: *mut size_t,
    size: size_t,
    cmp: Cmp,
) -> *mut c_void {
    // SAFETY: as in lfind; the caller guarantees room for one more.
    unsafe {
        let found = lfind(key, base, nmemb, size, cmp);
        if !found.is_null() {
            return found;
        }
        let end = (base as *mut u8).add(*nmemb * size) as *mut c_void;
        crate::string::memcpy(end, key, size);
        *nmemb += 1;
        end
    }
}

mod hash;
mod tree;
pub use hash::*;
pub use tree::*;

/// The links `insque`/`remque` use: the first two pointers of an element.
#[repr(C)]
struct QLinks {
    forw: *mut QLinks,
    back: *mut QLinks,
}

/// POSIX (XSI) `insque`: link `elem` after `prev`; with a null `prev`,
/// `elem` starts a new (linear) list on its own.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn insque(elem: *mut c_void, prev: *mut c_void) {
    let (e, p) = (elem as *mut QLinks, prev as *mut QLinks);
    // SAFETY: both are elements starting with the two links (POSIX).
    unsafe {
        if p.is_null() {
            (*e).forw = core::ptr::null_mut();
            (*e).back = core::ptr::null_mut();
            return;
        }
        (*e).forw = (*p).forw;
        (*e).back = p;
        if !(*p).forw.is_null() {
            (*(*p).forw).back = e;
        }
        (*p).forw = e;
    }
}

/// POSIX (XSI) `remque`: unlink `elem` from its list.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn remque(elem: *mut c_void) {
    let e = elem as *mut QLinks;
    // SAFETY: elem is a linked element (POSIX).
    unsafe {
        if !(*e).forw.is_null() {
            (*(*e).forw).back = (*e).back;
        }
        if !(*e).back.is_null() {
            (*(*e).back).forw = (*e).forw;
        }
    }
}
