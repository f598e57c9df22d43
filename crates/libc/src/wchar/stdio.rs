//! Wide-character stream I/O (`<wchar.h>`): `fwide`, the orientation
//! rules of C17 7.21.2 (the first byte or wide operation orients a
//! stream, `fwide` can do it explicitly, `freopen` clears it), the wide
//! character and string transfers and their `_unlocked` forms, and
//! `open_wmemstream`. The conversions are in `crate::file::wide`.
//!
//! As glibc, a wide function on a byte-oriented stream fails (`WEOF` or
//! -1) without touching the stream or errno.
use crate::file::{self, FILE, O_BYTE, O_WIDE, locked, wide};
use crate::stdio::{stdin_, stdout_};
use crate::types::*;
use crate::wchar::{wchar_t, wint_t};

const WEOF: wint_t = wide::WEOF;

/// C17 `fwide`: with `mode` > 0 orient an unoriented stream to wide
/// characters, < 0 to bytes, 0 only ask; returns > 0 (wide), < 0 (byte)
/// or 0 (none yet).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fwide(f: *mut FILE, mode: c_int) -> c_int {
    // SAFETY: f is a live stream.
    unsafe {
        locked(f, || {
            if (*f).orient == 0 {
                if mode > 0 {
                    (*f).orient = O_WIDE;
                } else if mode < 0 {
                    (*f).orient = O_BYTE;
                }
            }
            let o = (*f).orient;
            if o & O_WIDE != 0 {
                1
            } else if o != 0 {
                -1
            } else {
                0
            }
        })
    }
}

unsafe fn getwc_impl(f: *mut FILE) -> wint_t {
    // SAFETY: f is a live stream, held by the caller.
    unsafe {
        if !wide::wide_ok(f) {
            return WEOF;
        }
        wide::get_wc(f)
    }
}

unsafe fn putwc_impl(wc: wchar_t, f: *mut FILE) -> wint_t {
    // SAFETY: f is a live stream, held by the caller.
    unsafe {
        if !wide::wide_ok(f) {
            return WEOF;
        }
        wide::put_wc(f, wc as u32)
    }
}

/// C17 `fgetwc`: the next multibyte character as a wide character;
/// `WEOF` at end of file, on a read error, or (`EILSEQ`, error indicator
/// set) on a byte sequence that is no character.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetwc(f: *mut FILE) -> wint_t {
    // SAFETY: f is a live stream.
    unsafe { locked(f, || getwc_impl(f)) }
}

/// C17 `getwc`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getwc(f: *mut FILE) -> wint_t {
    // SAFETY: forwarded.
    unsafe { fgetwc(f) }
}

/// C17 `getwchar`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getwchar() -> wint_t {
    // SAFETY: stdin is a live stream.
    unsafe { fgetwc(stdin_()) }
}

/// GNU `fgetwc_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetwc_unlocked(f: *mut FILE) -> wint_t {
    // SAFETY: f is a live stream.
    unsafe { getwc_impl(f) }
}

/// GNU `getwc_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getwc_unlocked(f: *mut FILE) -> wint_t {
    // SAFETY: f is a live stream.
    unsafe { getwc_impl(f) }
}

/// GNU `getwchar_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getwchar_unlocked() -> wint_t {
    // SAFETY: stdin is a live stream.
    unsafe { getwc_impl(stdin_()) }
}

/// C17 `fputwc`: `wc` in the stream's multibyte form (`?` where the
/// encoding has none, as glibc); `wc`, or `WEOF` on a write error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fputwc(wc: wchar_t, f: *mut FILE) -> wint_t {
    // SAFETY: f is a live stream.
    unsafe { locked(f, || putwc_impl(wc, f)) }
}

/// C17 `putwc`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putwc(wc: wchar_t, f: *mut FILE) -> wint_t {
    // SAFETY: forwarded.
    unsafe { fputwc(wc, f) }
}

/// C17 `putwchar`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putwchar(wc: wchar_t) -> wint_t {
    // SAFETY: stdout is a live stream.
    unsafe { fputwc(wc, stdout_()) }
}

/// GNU `fputwc_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fputwc_unlocked(wc: wchar_t, f: *mut FILE) -> wint_t {
    // SAFETY: f is a live stream.
    unsafe { putwc_impl(wc, f) }
}

/// GNU `putwc_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putwc_unlocked(wc: wchar_t, f: *mut FILE) -> wint_t {
    // SAFETY: f is a live stream.
    unsafe { putwc_impl(wc, f) }
}

/// GNU `putwchar_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putwchar_unlocked(wc: wchar_t) -> wint_t {
    // SAFETY: stdout is a live stream.
    unsafe { putwc_impl(wc, stdout_()) }
}

/// C17 `ungetwc`: push `wc` back (one always works; more while the
/// earlier ones can be encoded back into the stream's input); clears the
/// end-of-file indicator. `WEOF` cannot be pushed.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ungetwc(wc: wint_t, f: *mut FILE) -> wint_t {
    // SAFETY: f is a live stream.
    unsafe {
        locked(f, || {
            if !wide::wide_ok(f) {
                return WEOF;
            }
            wide::unget_wc(f, wc)
        })
    }
}

unsafe fn getws_impl(ws: *mut wchar_t, n: c_int, f: *mut FILE) -> *mut wchar_t {
    if n <= 0 {
        return core::ptr::null_mut();
    }
    // SAFETY: ws has n elements; f is a live stream held by the caller.
    unsafe {
        if !wide::wide_ok(f) {
            return core::ptr::null_mut();
        }
        let err = (*f).flags & file::F_ERR;
        (*f).flags &= !file::F_ERR;
        let mut got = 0usize;
        while got + 1 < n as usize {
            let c = wide::get_wc(f);
            if c == WEOF {
                break;
            }
            *ws.add(got) = c as wchar_t;
            got += 1;
            if c == b'\n' as u32 {
                break;
            }
        }
        let failed = (*f).flags & file::F_ERR != 0;
        (*f).flags |= err;
        if failed || (got == 0 && n > 1) {
            return core::ptr::null_mut();
        }
        *ws.add(got) = 0;
    }
    ws
}

/// C17 `fgetws`: up to `n - 1` wide characters, through the newline;
/// null at end of file with nothing read, or on an error (`EILSEQ`
/// included).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetws(ws: *mut wchar_t, n: c_int, f: *mut FILE) -> *mut wchar_t {
    // SAFETY: f is a live stream.
    unsafe { locked(f, || getws_impl(ws, n, f)) }
}

/// GNU `fgetws_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetws_unlocked(ws: *mut wchar_t, n: c_int, f: *mut FILE) -> *mut wchar_t {
    // SAFETY: forwarded.
    unsafe { getws_impl(ws, n, f) }
}

unsafe fn putws_impl(ws: *const wchar_t, f: *mut FILE) -> c_int {
    // SAFETY: ws is a wide C string; f a live stream held by the caller.
    unsafe {
        if !wide::wide_ok(f) {
            return -1;
        }
        let mut p = ws;
        while *p != 0 {
            if wide::put_wc(f, *p as u32) == WEOF {
                return -1;
            }
            p = p.add(1);
        }
    }
    1
}

/// C17 `fputws`: 1 on success (as glibc), -1 on error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fputws(ws: *const wchar_t, f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe { locked(f, || putws_impl(ws, f)) }
}

/// GNU `fputws_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fputws_unlocked(ws: *const wchar_t, f: *mut FILE) -> c_int {
    // SAFETY: forwarded.
    unsafe { putws_impl(ws, f) }
}

/// POSIX.1-2024 `open_wmemstream`: a write-only, wide-oriented stream on
/// a growing `wchar_t` buffer; `*ptr` and `*size` (the position, in wide
/// characters) are updated on `fflush` and `fclose`, where the text ends
/// at the position with a null wide character. Wide characters are
/// stored as they are, whatever the locale. Unbuffered, so `ftell` and
/// `*size` need no conversion of pending bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn open_wmemstream(ptr: *mut *mut wchar_t, size: *mut size_t) -> *mut FILE {
    // SAFETY: the caller's pointers; a new stream is live.
    unsafe {
        let f = crate::stdio::memstream(ptr as *mut *mut c_char, size, 4, &file::mem::WMEM_OPS);
        if !f.is_null() {
            (*f).orient = O_WIDE;
            (*f).bmode = file::IONBF;
        }
        f
    }
}
