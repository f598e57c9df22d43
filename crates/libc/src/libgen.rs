//! `<libgen.h>`: the POSIX path-splitting functions, plus the GNU
//! `basename` of `<string.h>`. As in glibc, `<libgen.h>` maps `basename` to
//! `__xpg_basename` (the POSIX form, which may write into its argument),
//! and the symbol `basename` is the GNU form (never writes, "" after a
//! trailing slash).
use crate::types::*;

/// The answer for a null or empty path (callers must not write to it).
static DOT: [u8; 2] = *b".\0";

/// The length of the NUL-terminated string at `s`.
///
/// # Safety
/// `s` is a valid C string.
unsafe fn len(s: *const u8) -> usize {
    let mut n = 0;
    // SAFETY: the string is NUL-terminated, so every byte up to the NUL is readable.
    while unsafe { *s.add(n) } != 0 {
        n += 1;
    }
    n
}

/// POSIX.1-2024 `basename` (exported as glibc's `__xpg_basename`, which
/// `<libgen.h>` names): the last component, with trailing slashes removed
/// in place; "/" for a path of only slashes, "." for NULL or "".
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __xpg_basename(path: *mut c_char) -> *mut c_char {
    let p = path as *mut u8;
    // SAFETY: a non-null path is a C string.
    if p.is_null() || unsafe { *p } == 0 {
        return DOT.as_ptr() as *mut c_char;
    }
    // SAFETY: as above.
    let mut end = unsafe { len(p) };
    // SAFETY: end-1 is within the string while end > 0.
    while end > 1 && unsafe { *p.add(end - 1) } == b'/' {
        end -= 1;
    }
    // SAFETY: index 0 is within the string.
    if end == 1 && unsafe { *p } == b'/' {
        // SAFETY: the string had at least one byte after the first slash or
        // ends there; writing the terminator at 1 stays within it.
        unsafe { *p.add(1) = 0 };
        return path;
    }
    // SAFETY: end <= the string's length, so p[end] is inside it or its NUL.
    unsafe { *p.add(end) = 0 };
    let mut start = end;
    // SAFETY: indices below end are within the string.
    while start > 0 && unsafe { *p.add(start - 1) } != b'/' {
        start -= 1;
    }
    // SAFETY: start <= end.
    unsafe { p.add(start) as *mut c_char }
}

/// POSIX.1-2024 `dirname`: the path up to its last component, trailing
/// slashes removed, written in place; "/" for a root, "." for a name
/// without a slash, NULL or "". A path that starts with exactly two
/// slashes keeps both ("//"), as glibc does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dirname(path: *mut c_char) -> *mut c_char {
    let p = path as *mut u8;
    // SAFETY: a non-null path is a C string.
    if p.is_null() || unsafe { *p } == 0 {
        return DOT.as_ptr() as *mut c_char;
    }
    // SAFETY: as above.
    let mut end = unsafe { len(p) };
    // SAFETY (all reads below): indices are below the string's length.
    let at = |i: usize| unsafe { *p.add(i) };
    // Drop trailing slashes, then the last component, then the slashes
    // before it.
    while end > 1 && at(end - 1) == b'/' {
        end -= 1;
    }
    while end > 0 && at(end - 1) != b'/' {
        end -= 1;
    }
    if end == 0 {
        return DOT.as_ptr() as *mut c_char;
    }
    while end > 1 && at(end - 1) == b'/' {
        end -= 1;
    }
    // Only a root is left: "/", or "//" when the path starts with exactly
    // two slashes (POSIX leaves that implementation-defined).
    if end == 1 && at(0) == b'/' && at(1) == b'/' && at(2) != b'/' {
        end = 2;
    }
    // SAFETY: end is at most the string's length.
    unsafe { *p.add(end) = 0 };
    path
}

/// GNU `basename` (`<string.h>` with `_GNU_SOURCE`): what follows the last
/// slash, without writing; "" when the path ends in a slash.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn basename(path: *const c_char) -> *mut c_char {
    let p = path as *const u8;
    // SAFETY: path is a C string.
    let n = unsafe { len(p) };
    let mut start = n;
    // SAFETY: indices below n are within the string.
    while start > 0 && unsafe { *p.add(start - 1) } != b'/' {
        start -= 1;
    }
    // SAFETY: start <= n.
    unsafe { p.add(start) as *mut c_char }
}
