//! Miscellaneous `<stdlib.h>` functions: `getsubopt`.
use crate::types::*;
use core::ptr::null_mut;

/// POSIX.1-2024 `getsubopt`: take the next comma-separated `name[=value]`
/// suboption off `*optionp` (the comma becomes NUL, `*optionp` moves past
/// it). Returns the index of `name` in the NULL-terminated `tokens` with
/// `*valuep` = the value or NULL; else -1 with `*valuep` = the whole
/// suboption. An empty `*optionp` gives -1 and leaves `*valuep` alone,
/// as glibc does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getsubopt(
    optionp: *mut *mut c_char,
    tokens: *const *mut c_char,
    valuep: *mut *mut c_char,
) -> c_int {
    // SAFETY: the caller passes a writable C string, a NULL-terminated
    // array of C strings and a writable result pointer.
    unsafe {
        let s = *optionp;
        if *s == 0 {
            return -1;
        }
        let mut end = 0;
        let mut name_len = None;
        while *s.add(end) != 0 && *s.add(end) != b',' as c_char {
            if name_len.is_none() && *s.add(end) == b'=' as c_char {
                name_len = Some(end);
            }
            end += 1;
        }
        *optionp = if *s.add(end) != 0 {
            *s.add(end) = 0;
            s.add(end + 1)
        } else {
            s.add(end)
        };
        let n = name_len.unwrap_or(end);
        let mut i = 0;
        loop {
            let t = *tokens.add(i);
            if t.is_null() {
                break;
            }
            let mut k = 0;
            while k < n && *t.add(k) == *s.add(k) {
                k += 1;
            }
            if k == n && *t.add(n) == 0 {
                *valuep = match name_len {
                    Some(eq) => s.add(eq + 1),
                    None => null_mut(),
                };
                return i as c_int;
            }
            i += 1;
        }
        *valuep = s;
    }
    -1
}
