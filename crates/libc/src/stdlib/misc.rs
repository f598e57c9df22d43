//! Miscellaneous `<stdlib.h>` functions: `getsubopt`, `getloadavg`.
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

/// BSD/GNU `getloadavg`: up to `n` (at most 3) of the 1, 5 and 15 minute
/// load averages into `out`, from `sysinfo`'s fixed-point loads as glibc
/// 2.36 and musl take them (not `/proc/loadavg`'s rounded text); the
/// count stored (0 for `n` <= 0, as glibc), or -1 if `sysinfo` fails.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getloadavg(out: *mut f64, n: c_int) -> c_int {
    if n <= 0 {
        return 0;
    }
    let mut si = core::mem::MaybeUninit::<crate::sys::sysinfo::sysinfo>::zeroed();
    // SAFETY: our local.
    if unsafe { crate::sys::sysinfo::sysinfo(si.as_mut_ptr()) } < 0 {
        return -1;
    }
    // SAFETY: filled by the kernel.
    let si = unsafe { si.assume_init() };
    let n = n.min(3);
    for i in 0..n as usize {
        // SAFETY: the caller's array holds n doubles.
        unsafe { *out.add(i) = crate::sys::sysinfo::fixed16_to_f64(si.loads[i] as u64) };
    }
    n
}

/// GNU/BSD `rpmatch`: 1 for an affirmative answer, 0 for a negative one,
/// -1 for neither, by the locale's `YESEXPR`/`NOEXPR`. Every locale here
/// has the C locale's messages, `^[yY]` and `^[nN]` (glibc's in C and
/// C.UTF-8), so the first byte decides.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn rpmatch(answer: *const c_char) -> c_int {
    // SAFETY: the caller's C string has at least its NUL.
    match unsafe { *answer } as u8 {
        b'y' | b'Y' => 1,
        b'n' | b'N' => 0,
        _ => -1,
    }
}
