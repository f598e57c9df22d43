//! The environment: `environ`, `getenv`, `secure_getenv`, `setenv`,
//! `unsetenv`, `putenv`, `clearenv`.
//!
//! The array starts as the one the kernel put on the stack; the first
//! addition moves it to a malloc'd array that grows by doubling (the stack
//! one is never freed). Strings made by `setenv` are recorded, so they are
//! freed when replaced or removed; `putenv` strings belong to the caller
//! and are referenced as they are.
use crate::heap::{free, malloc, realloc};
use crate::kernel::fail;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::EINVAL;

/// The environment (POSIX.1-2024 `environ`), set at startup.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut environ: *mut *mut c_char = null_mut();

/// Our allocated array (what `environ` points to while we own it) and its
/// capacity in entries, the terminating NULL included.
static mut OWN_ARRAY: *mut *mut c_char = null_mut();
static mut OWN_CAP: usize = 0;
/// The strings `setenv` allocated that are still in the environment.
static mut OURS: *mut *mut c_char = null_mut();
static mut OURS_LEN: usize = 0;
static mut OURS_CAP: usize = 0;

// SAFETY (for the helpers below): the environment is used by one thread
// at a time (a lock comes with threads); `environ` is NULL or a
// NULL-terminated array of C strings.

/// The length of a valid variable name: non-NULL, non-empty, no '='.
unsafe fn name_len(name: *const c_char) -> Option<usize> {
    if name.is_null() {
        return None;
    }
    // SAFETY: a C string.
    unsafe {
        let n = crate::string::strlen(name);
        if n == 0 || crate::string::memchr_byte(name, b'=', n) {
            None
        } else {
            Some(n)
        }
    }
}

/// Whether `entry` is `name=...` (`name` being `n` bytes).
unsafe fn matches(entry: *const c_char, name: *const c_char, n: usize) -> bool {
    // SAFETY: both are C strings, compared byte by byte: entry is not read
    // past its NUL (which differs from any byte of name, or ends the loop
    // at the check for '=').
    unsafe {
        for i in 0..n {
            if *entry.add(i) != *name.add(i) {
                return false;
            }
        }
        *entry.add(n) == b'=' as c_char
    }
}

/// The index of the first `name=` entry.
unsafe fn find(name: *const c_char, n: usize) -> Option<usize> {
    // SAFETY: see the note above the helpers.
    unsafe {
        let e = environ;
        if e.is_null() {
            return None;
        }
        let mut i = 0;
        while !(*e.add(i)).is_null() {
            if matches(*e.add(i), name, n) {
                return Some(i);
            }
            i += 1;
        }
    }
    None
}

unsafe fn count() -> usize {
    // SAFETY: see the note above the helpers.
    unsafe {
        let e = environ;
        let mut n = 0;
        if !e.is_null() {
            while !(*e.add(n)).is_null() {
                n += 1;
            }
        }
        n
    }
}

/// If the program pointed `environ` elsewhere, our array and strings are
/// no longer ours to manage: forget them (never free what it may use).
unsafe fn sync() {
    // SAFETY: see the note above the helpers.
    unsafe {
        if !OWN_ARRAY.is_null() && environ != OWN_ARRAY {
            OWN_ARRAY = null_mut();
            OWN_CAP = 0;
            OURS_LEN = 0;
        }
    }
}

/// Record `s` as ours; false when out of memory.
unsafe fn remember(s: *mut c_char) -> bool {
    // SAFETY: see the note above the helpers; OURS has OURS_CAP entries.
    unsafe {
        if OURS_LEN == OURS_CAP {
            let cap = (OURS_CAP * 2).max(8);
            let p = realloc(
                OURS as *mut c_void,
                cap * core::mem::size_of::<*mut c_char>(),
            );
            if p.is_null() {
                return false;
            }
            OURS = p as *mut *mut c_char;
            OURS_CAP = cap;
        }
        *OURS.add(OURS_LEN) = s;
        OURS_LEN += 1;
    }
    true
}

/// If `s` is one of ours, stop tracking it and free it.
unsafe fn release(s: *mut c_char) {
    // SAFETY: see the note above the helpers.
    unsafe {
        for i in 0..OURS_LEN {
            if *OURS.add(i) == s {
                OURS_LEN -= 1;
                *OURS.add(i) = *OURS.add(OURS_LEN);
                free(s as *mut c_void);
                return;
            }
        }
    }
}

/// Append `s` to the environment, moving it to (or growing) our array;
/// false when out of memory.
unsafe fn append(s: *mut c_char) -> bool {
    const W: usize = core::mem::size_of::<*mut c_char>();
    // SAFETY: see the note above the helpers; the copies stay within the
    // old array's n entries and the new array's capacity.
    unsafe {
        let n = count();
        if environ != OWN_ARRAY || OWN_ARRAY.is_null() {
            let cap = (2 * (n + 2)).max(16);
            let p = malloc(cap * W) as *mut *mut c_char;
            if p.is_null() {
                return false;
            }
            if n > 0 {
                crate::string::memcpy(p as *mut c_void, environ as *const c_void, n * W);
            }
            OWN_ARRAY = p;
            OWN_CAP = cap;
            environ = p;
        } else if n + 2 > OWN_CAP {
            let cap = 2 * (n + 2);
            let p = realloc(OWN_ARRAY as *mut c_void, cap * W) as *mut *mut c_char;
            if p.is_null() {
                return false;
            }
            OWN_ARRAY = p;
            OWN_CAP = cap;
            environ = p;
        }
        *environ.add(n) = s;
        *environ.add(n + 1) = null_mut();
    }
    true
}

/// C17 `getenv`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getenv(name: *const c_char) -> *mut c_char {
    // SAFETY: `name` is a C string; see the note above the helpers.
    unsafe {
        let Some(n) = name_len(name) else {
            return null_mut();
        };
        match find(name, n) {
            Some(i) => (*environ.add(i)).add(n + 1),
            None => null_mut(),
        }
    }
}

/// GNU `secure_getenv`: `getenv`, but NULL in a set-user-ID or otherwise
/// secure-execution process (`AT_SECURE`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn secure_getenv(name: *const c_char) -> *mut c_char {
    if rt::auxv::get(rt::auxv::AT_SECURE) != 0 {
        return null_mut();
    }
    // SAFETY: forwarded.
    unsafe { getenv(name) }
}

/// POSIX.1-2024 `setenv`: add or (if `overwrite`) replace `name=value`.
/// A NULL or empty name or one with '=' gives -1/EINVAL; ENOMEM when out
/// of memory.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setenv(
    name: *const c_char,
    value: *const c_char,
    overwrite: c_int,
) -> c_int {
    // SAFETY: name and value are C strings; see the note above the
    // helpers. The new string is built before the old one is released, so
    // a value pointing into the old entry is fine.
    unsafe {
        let Some(n) = name_len(name) else {
            return fail(EINVAL);
        };
        sync();
        let at = find(name, n);
        if at.is_some() && overwrite == 0 {
            return 0;
        }
        let v = crate::string::strlen(value);
        let s = malloc(n + v + 2) as *mut c_char;
        if s.is_null() {
            return -1;
        }
        crate::string::memcpy(s as *mut c_void, name as *const c_void, n);
        *s.add(n) = b'=' as c_char;
        crate::string::memcpy(s.add(n + 1) as *mut c_void, value as *const c_void, v);
        *s.add(n + v + 1) = 0;
        if !remember(s) {
            free(s as *mut c_void);
            return -1;
        }
        match at {
            Some(i) => {
                let old = *environ.add(i);
                *environ.add(i) = s;
                release(old);
            }
            None => {
                if !append(s) {
                    release(s);
                    return -1;
                }
            }
        }
    }
    0
}

/// POSIX.1-2024 `unsetenv`: remove every `name=` entry. A NULL or empty
/// name or one with '=' gives -1/EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn unsetenv(name: *const c_char) -> c_int {
    // SAFETY: name is a C string; see the note above the helpers. The
    // array is compacted in place (also the startup one).
    unsafe {
        let Some(n) = name_len(name) else {
            return fail(EINVAL);
        };
        sync();
        let e = environ;
        if e.is_null() {
            return 0;
        }
        let (mut r, mut w) = (0, 0);
        while !(*e.add(r)).is_null() {
            let s = *e.add(r);
            if matches(s, name, n) {
                release(s);
            } else {
                *e.add(w) = s;
                w += 1;
            }
            r += 1;
        }
        *e.add(w) = null_mut();
    }
    0
}

/// POSIX.1-2024 (XSI) `putenv`: put the caller's `name=value` string itself
/// into the environment (later changes to it show). A string without '='
/// removes that name, as in glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putenv(string: *mut c_char) -> c_int {
    // SAFETY: string is a C string; see the note above the helpers.
    unsafe {
        let len = crate::string::strlen(string);
        let mut n = 0;
        while n < len && *string.add(n) != b'=' as c_char {
            n += 1;
        }
        if n == len {
            return unsetenv(string);
        }
        sync();
        match find(string, n) {
            Some(i) => {
                let old = *environ.add(i);
                if old != string {
                    *environ.add(i) = string;
                    release(old);
                }
            }
            None => {
                if !append(string) {
                    return -1;
                }
            }
        }
    }
    0
}

/// GNU/BSD `clearenv`: empty the environment (`environ` becomes NULL).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn clearenv() -> c_int {
    // SAFETY: see the note above the helpers; only our own allocations are
    // freed.
    unsafe {
        sync();
        for i in 0..OURS_LEN {
            free(*OURS.add(i) as *mut c_void);
        }
        OURS_LEN = 0;
        if !OWN_ARRAY.is_null() {
            free(OWN_ARRAY as *mut c_void);
            OWN_ARRAY = null_mut();
            OWN_CAP = 0;
        }
        environ = null_mut();
    }
    0
}
