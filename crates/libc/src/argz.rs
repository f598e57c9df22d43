//! `<argz.h>`: GNU argz vectors. An argz vector is one `malloc` block of
//! NUL-terminated strings laid end to end, with its length in bytes
//! (every terminator counted); the empty vector is a NULL pointer with
//! length 0. Functions that grow a vector `realloc` it through the
//! link-resolved allocator and return `ENOMEM` (an `error_t`) when that
//! fails, leaving the vector as it was.
use crate::file::mode::cstr;
use crate::heap;
use crate::types::*;
use core::ptr::{copy, copy_nonoverlapping, null_mut};
use syscall::errno::{EINVAL, ENOMEM};

/// GNU `error_t`: an errno value.
pub type error_t = c_int;

/// The length of the string at `p` (its bytes, not the terminator).
///
/// # Safety
/// `p` is a C string.
unsafe fn slen(p: *const c_char) -> usize {
    // SAFETY: as the caller promises.
    unsafe { cstr(p) }.len()
}

/// GNU `argz_create`: an argz vector of the strings of the NULL-ended
/// `argv` (NULL and 0 when `argv` is empty).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_create(
    argv: *const *mut c_char,
    argz: *mut *mut c_char,
    len: *mut size_t,
) -> error_t {
    // SAFETY: argv is a NULL-ended array of C strings; argz and len are
    // writable; the block has room for every string and terminator.
    unsafe {
        let mut total = 0usize;
        let mut n = 0;
        while !(*argv.add(n)).is_null() {
            total += slen(*argv.add(n)) + 1;
            n += 1;
        }
        if total == 0 {
            *argz = null_mut();
        } else {
            let p = heap::malloc(total) as *mut c_char;
            if p.is_null() {
                return ENOMEM as error_t;
            }
            let mut w = p;
            for i in 0..n {
                let s = *argv.add(i);
                let k = slen(s) + 1;
                copy_nonoverlapping(s, w, k);
                w = w.add(k);
            }
            *argz = p;
        }
        *len = total;
    }
    0
}

/// Copies `string` to `w`, a NUL in place of each `delim` that ends a
/// non-empty field (a `delim` at the start, or after another, is
/// dropped); returns the bytes written, the final NUL included. `prev`
/// is whether the byte before `w` ends a field already (or there is none).
///
/// # Safety
/// `string` is a C string and `w` has room for it and its terminator.
unsafe fn split_into(mut w: *mut c_char, string: *const c_char, delim: c_int, prev: bool) -> usize {
    // SAFETY: as the caller promises: at most one byte written per byte read.
    unsafe {
        let s = cstr(string);
        let start = w;
        let mut at_field_end = prev;
        for &b in s {
            if (b as c_char) as c_int == delim {
                if !at_field_end {
                    *w = 0;
                    w = w.add(1);
                    at_field_end = true;
                }
            } else {
                *w = b as c_char;
                w = w.add(1);
                at_field_end = false;
            }
        }
        *w = 0;
        w.offset_from(start) as usize + 1
    }
}

/// GNU `argz_create_sep`: an argz vector of the fields of `string`
/// separated by `delim` (a `delim` at the start or after another is
/// dropped; one at the end leaves an empty last string, as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_create_sep(
    string: *const c_char,
    delim: c_int,
    argz: *mut *mut c_char,
    len: *mut size_t,
) -> error_t {
    // SAFETY: string is a C string; argz and len are writable.
    unsafe {
        let n = slen(string) + 1;
        if n > 1 {
            let p = heap::malloc(n) as *mut c_char;
            if p.is_null() {
                return ENOMEM as error_t;
            }
            *len = split_into(p, string, delim, true);
            *argz = p;
        } else {
            *argz = null_mut();
            *len = 0;
        }
    }
    0
}

/// GNU `argz_count`: the number of strings in the vector.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_count(argz: *const c_char, len: size_t) -> size_t {
    let (mut p, mut left, mut n) = (argz, len, 0);
    while left > 0 {
        // SAFETY: the vector holds `len` bytes of strings.
        let k = unsafe { slen(p) } + 1;
        // SAFETY: still within (or just past) the vector.
        p = unsafe { p.add(k) };
        left = left.saturating_sub(k);
        n += 1;
    }
    n
}

/// GNU `argz_extract`: fills `argv` with a pointer to each string, then
/// NULL (`argv` has room for `argz_count` + 1 pointers).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_extract(argz: *const c_char, len: size_t, argv: *mut *mut c_char) {
    let (mut p, mut left, mut out) = (argz, len, argv);
    // SAFETY: the vector holds `len` bytes of strings; argv has room.
    unsafe {
        while left > 0 {
            let k = slen(p) + 1;
            *out = p as *mut c_char;
            out = out.add(1);
            p = p.add(k);
            left = left.saturating_sub(k);
        }
        *out = null_mut();
    }
}

/// GNU `argz_stringify`: turns the vector into one string, `sep` in place
/// of each terminator but the last.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_stringify(argz: *mut c_char, len: size_t, sep: c_int) {
    if len == 0 {
        return;
    }
    // SAFETY: the vector holds `len` writable bytes.
    let v = unsafe { core::slice::from_raw_parts_mut(argz as *mut u8, len) };
    let last = len - 1;
    let mut i = 0;
    while i < last {
        match v[i..].iter().position(|&b| b == 0) {
            Some(k) if i + k < last => {
                v[i + k] = sep as u8;
                i += k + 1;
            }
            _ => break,
        }
    }
}

/// GNU `argz_append`: appends `buf_len` bytes of `buf` (whole strings) to
/// the vector.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_append(
    argz: *mut *mut c_char,
    len: *mut size_t,
    buf: *const c_char,
    buf_len: size_t,
) -> error_t {
    // SAFETY: *argz is NULL or a malloc block of *len bytes; buf has
    // buf_len bytes (and may not overlap the block, as glibc requires).
    unsafe {
        let Some(n) = (*len).checked_add(buf_len) else {
            return ENOMEM as error_t;
        };
        let p = heap::realloc(*argz as *mut c_void, n) as *mut c_char;
        if p.is_null() {
            return ENOMEM as error_t;
        }
        copy_nonoverlapping(buf, p.add(*len), buf_len);
        *argz = p;
        *len = n;
    }
    0
}

/// GNU `argz_add`: appends the string `str`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_add(
    argz: *mut *mut c_char,
    len: *mut size_t,
    str: *const c_char,
) -> error_t {
    // SAFETY: str is a C string; the rest as argz_append.
    unsafe { argz_append(argz, len, str, slen(str) + 1) }
}

/// GNU `argz_add_sep`: appends the fields of `string` separated by
/// `delim`, as `argz_create_sep` splits them.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_add_sep(
    argz: *mut *mut c_char,
    len: *mut size_t,
    string: *const c_char,
    delim: c_int,
) -> error_t {
    // SAFETY: string is a C string; *argz is NULL or a block of *len bytes.
    unsafe {
        let n = slen(string) + 1;
        if n <= 1 {
            return 0;
        }
        let Some(total) = (*len).checked_add(n) else {
            return ENOMEM as error_t;
        };
        let p = heap::realloc(*argz as *mut c_void, total) as *mut c_char;
        if p.is_null() {
            return ENOMEM as error_t;
        }
        let prev = *len == 0 || *p.add(*len - 1) == 0;
        let k = split_into(p.add(*len), string, delim, prev);
        *argz = p;
        *len += k;
    }
    0
}

/// GNU `argz_delete`: removes the string `entry` (a pointer into the
/// vector); a vector left empty is freed and set to NULL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_delete(argz: *mut *mut c_char, len: *mut size_t, entry: *mut c_char) {
    if entry.is_null() {
        return;
    }
    // SAFETY: entry is one of the vector's strings.
    unsafe {
        let k = slen(entry) + 1;
        *len -= k;
        let after = *len - entry.offset_from(*argz) as usize;
        copy(entry.add(k), entry, after);
        if *len == 0 {
            heap::free(*argz as *mut c_void);
            *argz = null_mut();
        }
    }
}

/// GNU `argz_insert`: inserts `entry` before the string `before` points
/// into (NULL: at the end); EINVAL when `before` is outside the vector.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_insert(
    argz: *mut *mut c_char,
    len: *mut size_t,
    before: *mut c_char,
    entry: *const c_char,
) -> error_t {
    if before.is_null() {
        // SAFETY: the caller's contract.
        return unsafe { argz_add(argz, len, entry) };
    }
    // SAFETY: *argz is a block of *len bytes; before is checked to lie in
    // it; entry is a C string.
    unsafe {
        let base = *argz;
        if (before as usize) < base as usize || before as usize >= base as usize + *len {
            return EINVAL as error_t;
        }
        let mut off = before.offset_from(base) as usize;
        while off > 0 && *base.add(off - 1) != 0 {
            off -= 1;
        }
        let k = slen(entry) + 1;
        let Some(total) = (*len).checked_add(k) else {
            return ENOMEM as error_t;
        };
        let p = heap::realloc(base as *mut c_void, total) as *mut c_char;
        if p.is_null() {
            return ENOMEM as error_t;
        }
        copy(p.add(off), p.add(off + k), *len - off);
        copy_nonoverlapping(entry, p.add(off), k);
        *argz = p;
        *len = total;
    }
    0
}

/// GNU `argz_next`: the string after `entry`, or the first one when
/// `entry` is NULL; NULL after the last.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_next(
    argz: *const c_char,
    len: size_t,
    entry: *const c_char,
) -> *mut c_char {
    let end = (argz as usize).wrapping_add(len);
    if entry.is_null() {
        return if len > 0 {
            argz as *mut c_char
        } else {
            null_mut()
        };
    }
    let mut e = entry;
    if (e as usize) < end {
        // SAFETY: entry points into the vector's strings.
        e = unsafe { e.add(slen(e) + 1) };
    }
    if e as usize >= end {
        null_mut()
    } else {
        e as *mut c_char
    }
}

/// Appends `s` to the growing string `*to` of `*to_len` bytes (kept
/// NUL-terminated); frees it and leaves NULL when memory runs out.
///
/// # Safety
/// `*to` is a malloc block of `*to_len + 1` bytes; `s` does not overlap it.
unsafe fn grow_str(to: &mut *mut c_char, to_len: &mut usize, s: &[u8]) {
    // SAFETY: as the caller promises.
    unsafe {
        let p = heap::realloc(*to as *mut c_void, *to_len + s.len() + 1) as *mut c_char;
        if p.is_null() {
            heap::free(*to as *mut c_void);
            *to = null_mut();
            return;
        }
        copy_nonoverlapping(s.as_ptr() as *const c_char, p.add(*to_len), s.len());
        *to_len += s.len();
        *p.add(*to_len) = 0;
        *to = p;
    }
}

/// GNU `argz_replace`: replaces every occurrence of `str` in each string
/// of the vector with `with`; `*replace_count` (when not NULL) grows by
/// one for each string changed, as glibc counts. An empty or NULL `str`
/// changes nothing.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argz_replace(
    argz: *mut *mut c_char,
    len: *mut size_t,
    str: *const c_char,
    with: *const c_char,
    replace_count: *mut c_uint,
) -> error_t {
    // SAFETY: str and with are C strings; *argz is NULL or a block of
    // *len bytes of strings; the new vector is built apart from it.
    unsafe {
        if str.is_null() || *str == 0 {
            return 0;
        }
        let pat = cstr(str);
        let with = cstr(with);
        let src = *argz;
        let src_len = *len;
        let mut dst: *mut c_char = null_mut();
        let mut dst_len = 0usize;
        // Nothing is copied until the first match.
        let mut copying = false;
        let mut err: error_t = 0;
        let mut arg = argz_next(src, src_len, null_mut());
        while err == 0 && !arg.is_null() {
            let text = cstr(arg);
            if let Some(first) = find(text, pat) {
                let mut to = heap::malloc(first + 1) as *mut c_char;
                let mut to_len = 0usize;
                if !to.is_null() {
                    *to = 0;
                    grow_str(&mut to, &mut to_len, &text[..first]);
                }
                let mut rest = &text[first + pat.len()..];
                while !to.is_null() {
                    grow_str(&mut to, &mut to_len, with);
                    if to.is_null() {
                        break;
                    }
                    match find(rest, pat) {
                        Some(m) => {
                            grow_str(&mut to, &mut to_len, &rest[..m]);
                            rest = &rest[m + pat.len()..];
                        }
                        None => {
                            grow_str(&mut to, &mut to_len, rest);
                            break;
                        }
                    }
                }
                if to.is_null() {
                    err = ENOMEM as error_t;
                } else {
                    if !copying {
                        if arg > src {
                            err = argz_append(
                                &mut dst,
                                &mut dst_len,
                                src,
                                arg.offset_from(src) as usize,
                            );
                        }
                        copying = true;
                    }
                    if err == 0 {
                        err = argz_add(&mut dst, &mut dst_len, to);
                    }
                    heap::free(to as *mut c_void);
                }
                if !replace_count.is_null() {
                    *replace_count += 1;
                }
            } else if copying {
                err = argz_add(&mut dst, &mut dst_len, arg);
            }
            arg = argz_next(src, src_len, arg);
        }
        if err == 0 {
            if copying {
                heap::free(src as *mut c_void);
                *argz = dst;
                *len = dst_len;
            }
        } else {
            heap::free(dst as *mut c_void);
        }
        err
    }
}

/// Where `pat` (not empty) first occurs in `s`.
fn find(s: &[u8], pat: &[u8]) -> Option<usize> {
    s.windows(pat.len()).position(|w| w == pat)
}
