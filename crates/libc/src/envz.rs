//! `<envz.h>`: GNU envz vectors, argz vectors whose strings are
//! `name=value` entries (an entry without `=` has a null value, which is
//! not the empty value of `name=`). Names are matched up to the first `=`.
use crate::argz::{argz_add, argz_append, argz_delete, error_t};
use crate::file::mode::cstr;
use crate::heap;
use crate::types::*;
use core::ptr::{copy_nonoverlapping, null_mut};
use syscall::errno::ENOMEM;

/// The part of `s` before its first `=` (all of it without one).
fn name_of(s: &[u8]) -> &[u8] {
    s.split(|&b| b == b'=').next().unwrap_or(s)
}

/// GNU `envz_entry`: the entry of the vector whose name is `name`'s (the
/// part of `name` before any `=`), or NULL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn envz_entry(
    envz: *const c_char,
    len: size_t,
    name: *const c_char,
) -> *mut c_char {
    // SAFETY: name is a C string; the vector holds len bytes of strings
    // (the last possibly unterminated: bounded by `left`).
    unsafe {
        let want = name_of(cstr(name));
        let mut p = envz as *const u8;
        let mut left = len;
        while left > 0 {
            let v = core::slice::from_raw_parts(p, left);
            let k = v.iter().position(|&b| b == 0).unwrap_or(left);
            if name_of(&v[..k]) == want {
                return p as *mut c_char;
            }
            let step = (k + 1).min(left);
            p = p.add(step);
            left -= step;
        }
    }
    null_mut()
}

/// GNU `envz_get`: the value of `name` in the vector, or NULL when it is
/// absent or has a null value (no `=`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn envz_get(
    envz: *const c_char,
    len: size_t,
    name: *const c_char,
) -> *mut c_char {
    // SAFETY: as envz_entry; the entry found is a C string.
    unsafe {
        let e = envz_entry(envz, len, name);
        if e.is_null() {
            return null_mut();
        }
        match cstr(e).iter().position(|&b| b == b'=') {
            Some(i) => e.add(i + 1),
            None => null_mut(),
        }
    }
}

/// GNU `envz_remove`: removes the entry for `name`, if any.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn envz_remove(
    envz: *mut *mut c_char,
    len: *mut size_t,
    name: *const c_char,
) {
    // SAFETY: *envz is NULL or a malloc block of *len bytes; name is a C string.
    unsafe {
        let e = envz_entry(*envz, *len, name);
        if !e.is_null() {
            argz_delete(envz, len, e);
        }
    }
}

/// GNU `envz_add`: sets `name` to `value` (NULL: a null value), replacing
/// any entry for `name`; the new entry goes at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn envz_add(
    envz: *mut *mut c_char,
    len: *mut size_t,
    name: *const c_char,
    value: *const c_char,
) -> error_t {
    // SAFETY: *envz is NULL or a malloc block of *len bytes; name and
    // value are C strings (value may be NULL).
    unsafe {
        envz_remove(envz, len, name);
        if value.is_null() {
            return argz_add(envz, len, name);
        }
        let n = cstr(name);
        let v = cstr(value);
        let old = *len;
        let total = old + n.len() + 1 + v.len() + 1;
        let p = heap::realloc(*envz as *mut c_void, total) as *mut u8;
        if p.is_null() {
            return ENOMEM as error_t;
        }
        copy_nonoverlapping(n.as_ptr(), p.add(old), n.len());
        *p.add(old + n.len()) = b'=';
        copy_nonoverlapping(v.as_ptr(), p.add(old + n.len() + 1), v.len());
        *p.add(total - 1) = 0;
        *envz = p as *mut c_char;
        *len = total;
    }
    0
}

/// GNU `envz_merge`: adds each entry of `envz2` to the vector; one whose
/// name is there already replaces it only when `override_` is nonzero
/// (the replacement goes at the end).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn envz_merge(
    envz: *mut *mut c_char,
    len: *mut size_t,
    envz2: *const c_char,
    len2: size_t,
    override_: c_int,
) -> error_t {
    let (mut p, mut left) = (envz2, len2);
    let mut err = 0;
    // SAFETY: envz2 holds len2 bytes of strings; the first vector as envz_add.
    unsafe {
        while left > 0 && err == 0 {
            let old = envz_entry(*envz, *len, p);
            let k = cstr(p).len() + 1;
            if old.is_null() {
                err = argz_append(envz, len, p, k);
            } else if override_ != 0 {
                argz_delete(envz, len, old);
                err = argz_append(envz, len, p, k);
            }
            p = p.add(k);
            left = left.saturating_sub(k);
        }
    }
    err
}

/// GNU `envz_strip`: removes the entries with null values (no `=`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn envz_strip(envz: *mut *mut c_char, len: *mut size_t) {
    // SAFETY: *envz holds *len bytes of strings; entries are moved down
    // within the block.
    unsafe {
        let base = *envz;
        let mut e = base;
        let mut left = *len;
        while left > 0 {
            let s = cstr(e);
            let k = s.len() + 1;
            left = left.saturating_sub(k);
            if s.contains(&b'=') {
                e = e.add(k);
            } else {
                core::ptr::copy(e.add(k), e, left);
            }
        }
        *len = e.offset_from(base) as usize;
    }
}
