//! The hash table (`hcreate hsearch hdestroy` and glibc's `_r` forms).
//!
//! Open addressing in a table whose size is the first prime at or above
//! the requested count (at least 3), as glibc sizes it, so it holds
//! exactly as many entries as asked for and more only by that rounding.
//! Keys are C strings hashed with FNV-1a; a collision steps by a second
//! hash (1 + h mod (size − 2)), which visits every slot because the size
//! is prime. Entries are never removed (POSIX has no delete), so a probe
//! ends at the first empty slot.
use crate::file::mode::cstr;
use crate::heap;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::{EINVAL, ENOMEM, ESRCH};

/// POSIX `ENTRY`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ENTRY {
    pub key: *mut c_char,
    pub data: *mut c_void,
}

/// glibc's `struct hsearch_data`.
#[repr(C)]
pub struct hsearch_data {
    pub table: *mut ENTRY,
    pub size: c_uint,
    pub filled: c_uint,
}

/// `ACTION` of `<search.h>` (an enum, which gcc makes an `unsigned int`).
pub type ACTION = c_uint;
pub const FIND: ACTION = 0;
pub const ENTER: ACTION = 1;

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n.is_multiple_of(d) {
            return false;
        }
        d += 1;
    }
    true
}

fn fnv1a(s: &[u8]) -> u64 {
    s.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// GNU `hcreate_r`: a table for `nel` entries in `htab` (whose `table`
/// must be null). Nonzero on success; 0 with EINVAL for a null `htab`,
/// 0 if the table exists already, 0 with ENOMEM.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn hcreate_r(nel: size_t, htab: *mut hsearch_data) -> c_int {
    if htab.is_null() {
        crate::errno::set(EINVAL as c_int);
        return 0;
    }
    // SAFETY: htab is the caller's structure.
    unsafe {
        if !(*htab).table.is_null() {
            return 0;
        }
        let mut n = (nel as u64).max(3);
        while !is_prime(n) {
            n += 1;
        }
        if n > u64::from(c_uint::MAX) {
            crate::errno::set(ENOMEM as c_int);
            return 0;
        }
        let t = heap::calloc(n as size_t, core::mem::size_of::<ENTRY>()) as *mut ENTRY;
        if t.is_null() {
            crate::errno::set(ENOMEM as c_int);
            return 0;
        }
        (*htab).table = t;
        (*htab).size = n as c_uint;
        (*htab).filled = 0;
    }
    1
}

/// GNU `hdestroy_r`: frees the table (not the keys or data).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn hdestroy_r(htab: *mut hsearch_data) {
    if htab.is_null() {
        crate::errno::set(EINVAL as c_int);
        return;
    }
    // SAFETY: htab is the caller's structure; its table is ours.
    unsafe {
        heap::free((*htab).table as *mut c_void);
        (*htab).table = null_mut();
        (*htab).size = 0;
        (*htab).filled = 0;
    }
}

/// GNU `hsearch_r`: finds `item.key`, or with `ENTER` adds `item` if it is
/// absent (an existing entry is returned unchanged). Nonzero with
/// `*retval` set on success; 0 with ESRCH (absent) or ENOMEM (full).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn hsearch_r(
    item: ENTRY,
    action: ACTION,
    retval: *mut *mut ENTRY,
    htab: *mut hsearch_data,
) -> c_int {
    // SAFETY: htab holds a table made by hcreate_r; keys are C strings.
    unsafe {
        *retval = null_mut();
        let (t, size) = ((*htab).table, (*htab).size as u64);
        if t.is_null() || size == 0 {
            crate::errno::set(ESRCH as c_int);
            return 0;
        }
        let key = cstr(item.key);
        let h = fnv1a(key);
        let step = 1 + h % (size - 2).max(1);
        let mut i = h % size;
        for _ in 0..size {
            let e = t.add(i as usize);
            if (*e).key.is_null() {
                if action != ENTER {
                    break;
                }
                if (*htab).filled as u64 >= size {
                    crate::errno::set(ENOMEM as c_int);
                    return 0;
                }
                *e = item;
                (*htab).filled += 1;
                *retval = e;
                return 1;
            }
            if cstr((*e).key) == key {
                *retval = e;
                return 1;
            }
            i = (i + step) % size;
        }
        crate::errno::set(if action == ENTER { ENOMEM } else { ESRCH } as c_int);
        0
    }
}

/// The table behind `hcreate`/`hsearch`/`hdestroy`.
static mut TABLE: hsearch_data = hsearch_data {
    table: null_mut(),
    size: 0,
    filled: 0,
};

/// POSIX (XSI) `hcreate`: the process's one table, for `nel` entries.
/// Nonzero on success; 0 if it exists already or memory runs out.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn hcreate(nel: size_t) -> c_int {
    // SAFETY: the single table is not thread-safe, as POSIX says.
    unsafe { hcreate_r(nel, &raw mut TABLE) }
}

/// POSIX (XSI) `hdestroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn hdestroy() {
    // SAFETY: as hcreate.
    unsafe { hdestroy_r(&raw mut TABLE) }
}

/// POSIX (XSI) `hsearch`: the entry, or null (ESRCH: absent; ENOMEM:
/// full).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn hsearch(item: ENTRY, action: ACTION) -> *mut ENTRY {
    let mut r = null_mut();
    // SAFETY: as hcreate.
    unsafe { hsearch_r(item, action, &mut r, &raw mut TABLE) };
    r
}
