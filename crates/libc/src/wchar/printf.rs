//! The wide printf family (`<wchar.h>`): `swprintf vswprintf fwprintf
//! vfwprintf wprintf vwprintf` over the wide engine
//! (`crate::printf::wide`). The variadic entry points are C shims
//! (c/printf.c) that hand the address of their `va_list` to the
//! backends here.
use crate::file::{self, FILE, wide};
use crate::printf::wide::{WSink, wformat};
use crate::printf::{Args, FormatError};
use crate::types::*;
use crate::wchar::wchar_t;

/// Into a caller's array of `room` wide characters (the last one kept
/// for the terminator); fails as soon as the output does not fit.
struct WBuf {
    p: *mut wchar_t,
    room: usize,
}

impl WSink for WBuf {
    fn wc(&mut self, c: u32) -> Result<(), ()> {
        if self.room == 0 {
            return Err(());
        }
        // SAFETY: room elements are writable at p.
        unsafe {
            *self.p = c as wchar_t;
            self.p = self.p.add(1);
        }
        self.room -= 1;
        Ok(())
    }
}

fn result(r: Result<usize, FormatError>) -> c_int {
    match r {
        Ok(n) => n as c_int,
        Err(e) => {
            if let Some(err) = e.errno() {
                crate::errno::set(err);
            }
            -1
        }
    }
}

/// `vswprintf` over any argument source: C17 7.29.2.7 — the count, or
/// -1 when the output and its null wide character do not fit `n` (the
/// array then holds what fitted, null-terminated).
///
/// # Safety
/// `ws` has `n` elements, `fmt` is a wide C string, `args` matches it.
pub unsafe fn vswprintf_args(
    ws: *mut wchar_t,
    n: size_t,
    fmt: *const wchar_t,
    args: &mut dyn Args,
) -> c_int {
    if n == 0 {
        return -1;
    }
    let mut sink = WBuf { p: ws, room: n - 1 };
    // SAFETY: as the caller promises.
    let r = unsafe { wformat(fmt as *const u32, args, &mut sink) };
    // SAFETY: p is at most ws + n - 1.
    unsafe { *sink.p = 0 };
    match r {
        // No room: -1, errno unchanged (as glibc).
        Err(FormatError::Output) => -1,
        r => result(r),
    }
}

/// Into a locked, wide-oriented stream.
struct WFile(*mut FILE);

impl WSink for WFile {
    fn wc(&mut self, c: u32) -> Result<(), ()> {
        // SAFETY: the stream is live and locked by vfwprintf_args.
        if unsafe { wide::put_wc(self.0, c) } == wide::WEOF {
            Err(())
        } else {
            Ok(())
        }
    }
}

/// `vfwprintf` over any argument source: the count, or -1 when the
/// format is invalid, a conversion fails (EILSEQ), the stream failed, or
/// it is byte-oriented.
///
/// # Safety
/// `f` is a live stream, `fmt` a wide C string and `args` matches it.
pub unsafe fn vfwprintf_args(f: *mut FILE, fmt: *const wchar_t, args: &mut dyn Args) -> c_int {
    // SAFETY: as the caller promises.
    unsafe {
        file::lock(f);
        let r = if wide::wide_ok(f) {
            wformat(fmt as *const u32, args, &mut WFile(f))
        } else {
            Err(FormatError::Output)
        };
        file::unlock(f);
        match r {
            Err(FormatError::Output) => -1,
            r => result(r),
        }
    }
}

/// Backend of `swprintf`/`vswprintf` (c/printf.c); `ap` is a `va_list *`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vswprintf(
    ws: *mut wchar_t,
    n: size_t,
    fmt: *const wchar_t,
    ap: *mut c_void,
) -> c_int {
    // SAFETY: the C caller's contract.
    unsafe { vswprintf_args(ws, n, fmt, &mut crate::stdio::VaArgs(ap)) }
}

/// Backend of `fwprintf`/`vfwprintf`/`wprintf`/`vwprintf` (c/printf.c);
/// `f` is NULL for stdout; `ap` is a `va_list *`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vfwprintf(
    f: *mut FILE,
    fmt: *const wchar_t,
    ap: *mut c_void,
) -> c_int {
    // SAFETY: reading the stdout variable; the C caller's contract.
    unsafe {
        let f = if f.is_null() { crate::stdio::stdout } else { f };
        vfwprintf_args(f, fmt, &mut crate::stdio::VaArgs(ap))
    }
}
