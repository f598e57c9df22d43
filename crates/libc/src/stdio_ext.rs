//! `<stdio_ext.h>`: the glibc/Solaris stream introspection helpers.
use crate::file::{self, FILE};
use crate::types::*;

/// GNU `__fbufsize`: the buffer's size (0 before the first I/O).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __fbufsize(f: *mut FILE) -> size_t {
    // SAFETY: f is a live stream.
    unsafe { (*f).size.saturating_sub(file::UNGET) }
}

/// GNU `__freading`: reading now, or opened read-only.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __freading(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe {
        (file::direction(f) == file::DIR_READING
            || (*f).flags & (file::F_READ | file::F_WRITE) == file::F_READ) as c_int
    }
}

/// GNU `__fwriting`: writing now, or opened write-only.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __fwriting(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe {
        (file::direction(f) == file::DIR_WRITING
            || (*f).flags & (file::F_READ | file::F_WRITE) == file::F_WRITE) as c_int
    }
}

/// GNU `__freadable`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __freadable(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    (unsafe { (*f).flags } & file::F_READ != 0) as c_int
}

/// GNU `__fwritable`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __fwritable(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    (unsafe { (*f).flags } & file::F_WRITE != 0) as c_int
}

/// GNU `__flbf`: line buffered.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __flbf(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    (unsafe { (*f).bmode } == file::IOLBF) as c_int
}

/// GNU `__fpending`: bytes of output waiting in the buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __fpending(f: *mut FILE) -> size_t {
    // SAFETY: f is a live stream.
    unsafe { file::pending(f).0 }
}

/// GNU `__fpurge`: drop buffered input and output.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __fpurge(f: *mut FILE) {
    // SAFETY: f is a live stream.
    unsafe { file::purge(f) }
}

/// BSD `fpurge`: `__fpurge` with a result (0).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fpurge(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe { file::purge(f) };
    0
}

/// GNU `_flushlbf`: flush every stream (line-buffered ones included).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn _flushlbf() {
    // SAFETY: walks the live streams.
    let _ = unsafe { file::flush_all() };
}

/// GNU `__fsetlocking`: the library locks internally; the request is
/// accepted and FSETLOCKING_INTERNAL (1) reported.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __fsetlocking(_f: *mut FILE, _type: c_int) -> c_int {
    1
}
