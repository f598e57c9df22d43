//! `wcsftime` (`<wchar.h>`): `strftime` on the wide format, widened.
//! Runs of ASCII in the format go through the `strftime` renderer (its
//! output is ASCII: the C locale's names); any other wide character is
//! copied as it is, in every locale (as glibc).
use crate::time::{render_into, tm};
use crate::types::*;
use crate::wchar::wchar_t;

/// C17 `wcsftime`: the wide characters written (without the null one),
/// or 0 when they do not fit `max`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsftime(
    ws: *mut wchar_t,
    max: size_t,
    f: *const wchar_t,
    t: *const tm,
) -> size_t {
    if max == 0 {
        return 0;
    }
    let mut n = 0usize;
    let mut p = f;
    // SAFETY: f is a wide C string, ws has max elements, t is readable.
    unsafe {
        while *p != 0 {
            let c = *p as u32;
            if c >= 0x80 {
                if n + 1 >= max {
                    return 0;
                }
                *ws.add(n) = c as wchar_t;
                n += 1;
                p = p.add(1);
                continue;
            }
            let mut len = 0;
            while *p.add(len) != 0 && (*p.add(len) as u32) < 0x80 {
                len += 1;
            }
            let fmt = crate::heap::malloc(len) as *mut u8;
            if fmt.is_null() {
                return 0;
            }
            for i in 0..len {
                *fmt.add(i) = *p.add(i) as u8;
            }
            p = p.add(len);
            // Rendered as bytes into the free wide room's own memory
            // (at most one byte per free element), then widened from the
            // end down: element i's 4 bytes start at or past byte i, so
            // no byte is overwritten before it is read.
            let room = max - 1 - n;
            let dst = ws.add(n) as *mut u8;
            let out = core::slice::from_raw_parts_mut(dst, room);
            let r = render_into(out, core::slice::from_raw_parts(fmt, len), &*t);
            crate::heap::free(fmt as *mut c_void);
            let Some(k) = r else {
                return 0;
            };
            for i in (0..k).rev() {
                *ws.add(n + i) = *dst.add(i) as wchar_t;
            }
            n += k;
        }
        *ws.add(n) = 0;
    }
    n
}

/// POSIX.1-2024 `wcsftime_l` (every locale formats times as C).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wcsftime_l(
    ws: *mut wchar_t,
    max: size_t,
    f: *const wchar_t,
    t: *const tm,
    _loc: crate::ctype::locale_t,
) -> size_t {
    // SAFETY: forwarded.
    unsafe { wcsftime(ws, max, f, t) }
}
