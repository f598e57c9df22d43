//! Reading and writing: bytes, lines, blocks; the indicators; the
//! `_unlocked` variants (the same calls without taking the stream lock).
use super::{stdin_, stdout_};
use crate::file::{self, F_EOF, F_ERR, FILE, locked, wide::byte_ok};
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::{EINVAL, ENOMEM, EOVERFLOW};

/// C17 `fgetc`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetc(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe { locked(f, || file::getc(f)) }
}

/// C17 `getc`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getc(f: *mut FILE) -> c_int {
    // SAFETY: forwarded.
    unsafe { fgetc(f) }
}

/// C17 `getchar`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getchar() -> c_int {
    // SAFETY: stdin is a live stream.
    unsafe { fgetc(stdin_()) }
}

/// POSIX.1-2024 `getc_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getc_unlocked(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe { file::getc(f) }
}

/// GNU `fgetc_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetc_unlocked(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe { file::getc(f) }
}

/// POSIX.1-2024 `getchar_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getchar_unlocked() -> c_int {
    // SAFETY: stdin is a live stream.
    unsafe { file::getc(stdin_()) }
}

/// C17 `fputc`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fputc(c: c_int, f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe { locked(f, || file::putc(f, c)) }
}

/// C17 `putc`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putc(c: c_int, f: *mut FILE) -> c_int {
    // SAFETY: forwarded.
    unsafe { fputc(c, f) }
}

/// C17 `putchar`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putchar(c: c_int) -> c_int {
    // SAFETY: stdout is a live stream.
    unsafe { fputc(c, stdout_()) }
}

/// POSIX.1-2024 `putc_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putc_unlocked(c: c_int, f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe { file::putc(f, c) }
}

/// GNU `fputc_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fputc_unlocked(c: c_int, f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe { file::putc(f, c) }
}

/// POSIX.1-2024 `putchar_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putchar_unlocked(c: c_int) -> c_int {
    // SAFETY: stdout is a live stream.
    unsafe { file::putc(stdout_(), c) }
}

/// C17 `ungetc`: one byte back onto the stream (several in a row work);
/// `EOF` cannot be pushed. Clears the end-of-file indicator.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ungetc(c: c_int, f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe { locked(f, || file::ungetc(f, c)) }
}

unsafe fn gets_impl(s: *mut c_char, n: c_int, f: *mut FILE) -> *mut c_char {
    if n <= 0 {
        return null_mut();
    }
    let max = n as usize - 1;
    let mut got = 0;
    // SAFETY: s has n bytes; f is a live stream.
    unsafe {
        if !byte_ok(f) {
            return null_mut();
        }
        let err = (*f).flags & F_ERR;
        (*f).flags &= !F_ERR;
        while got < max {
            let b = file::peek(f);
            if b.is_empty() {
                break;
            }
            let room = b.len().min(max - got);
            // The vectorised memchr finds the newline (lines average tens
            // of bytes; a byte loop here costs more than the copy).
            let hit = crate::string::memchr(b.as_ptr() as *const c_void, b'\n' as c_int, room)
                as *const u8;
            let (k, nl) = if hit.is_null() {
                (room, false)
            } else {
                (hit.offset_from(b.as_ptr()) as usize + 1, true)
            };
            core::ptr::copy_nonoverlapping(b.as_ptr(), s.add(got) as *mut u8, k);
            file::consume(f, k);
            got += k;
            if nl {
                break;
            }
        }
        let failed = (*f).flags & F_ERR != 0;
        (*f).flags |= err;
        if failed || (got == 0 && max > 0) {
            return null_mut();
        }
        *s.add(got) = 0;
    }
    s
}

/// C17 `fgets`: up to `n - 1` bytes, through the newline; null at end of
/// file with nothing read, or on a read error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgets(s: *mut c_char, n: c_int, f: *mut FILE) -> *mut c_char {
    // SAFETY: f is a live stream.
    unsafe { locked(f, || gets_impl(s, n, f)) }
}

/// GNU `fgets_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgets_unlocked(s: *mut c_char, n: c_int, f: *mut FILE) -> *mut c_char {
    // SAFETY: forwarded.
    unsafe { gets_impl(s, n, f) }
}

unsafe fn cbytes<'a>(s: *const c_char) -> &'a [u8] {
    // SAFETY: s is a C string.
    unsafe { file::mode::cstr(s) }
}

/// C17 `fputs`: 1 on success (as glibc), EOF on error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fputs(s: *const c_char, f: *mut FILE) -> c_int {
    // SAFETY: s is a C string; f a live stream.
    unsafe { locked(f, || fputs_unlocked(s, f)) }
}

/// GNU `fputs_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fputs_unlocked(s: *const c_char, f: *mut FILE) -> c_int {
    // SAFETY: s is a C string; f a live stream.
    if unsafe { byte_ok(f) && file::write_bytes(f, cbytes(s)).is_ok() } {
        1
    } else {
        -1
    }
}

/// C17 `puts`: the string and a newline to stdout; the byte count (at
/// most INT_MAX) on success.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn puts(s: *const c_char) -> c_int {
    let f = stdout_();
    // SAFETY: s is a C string; stdout a live stream.
    unsafe {
        let b = cbytes(s);
        locked(f, || {
            if byte_ok(f) && file::write_bytes(f, b).is_ok() && file::write_bytes(f, b"\n").is_ok()
            {
                b.len().saturating_add(1).min(c_int::MAX as usize) as c_int
            } else {
                -1
            }
        })
    }
}

/// C17 `fread`: the number of whole items read.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fread(p: *mut c_void, size: size_t, n: size_t, f: *mut FILE) -> size_t {
    // SAFETY: f is a live stream; p has size * n bytes.
    unsafe { locked(f, || fread_unlocked(p, size, n, f)) }
}

/// GNU `fread_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fread_unlocked(
    p: *mut c_void,
    size: size_t,
    n: size_t,
    f: *mut FILE,
) -> size_t {
    let Some(total) = size.checked_mul(n) else {
        crate::errno::set(EOVERFLOW as i32);
        return 0;
    };
    // SAFETY: f is a live stream.
    if total == 0 || size == 0 || !unsafe { byte_ok(f) } {
        return 0;
    }
    // SAFETY: as in fread.
    unsafe { file::read_bytes(f, p as *mut u8, total) / size }
}

/// C17 `fwrite`: the number of whole items written.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fwrite(p: *const c_void, size: size_t, n: size_t, f: *mut FILE) -> size_t {
    // SAFETY: f is a live stream; p has size * n bytes.
    unsafe { locked(f, || fwrite_unlocked(p, size, n, f)) }
}

/// GNU `fwrite_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fwrite_unlocked(
    p: *const c_void,
    size: size_t,
    n: size_t,
    f: *mut FILE,
) -> size_t {
    let Some(total) = size.checked_mul(n) else {
        crate::errno::set(EOVERFLOW as i32);
        return 0;
    };
    // SAFETY: f is a live stream.
    if total == 0 || !unsafe { byte_ok(f) } {
        return 0;
    }
    // SAFETY: as in fwrite.
    unsafe {
        let b = core::slice::from_raw_parts(p as *const u8, total);
        if file::write_bytes(f, b).is_ok() {
            n
        } else {
            0
        }
    }
}

/// POSIX.1-2024 `getdelim`: a whole record through `delim`, in a buffer
/// grown with realloc; -1 at end of file with nothing read, on error, or
/// (EINVAL) for a null `lineptr`/`n`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getdelim(
    lineptr: *mut *mut c_char,
    n: *mut size_t,
    delim: c_int,
    f: *mut FILE,
) -> ssize_t {
    if lineptr.is_null() || n.is_null() {
        crate::errno::set(EINVAL as i32);
        return -1;
    }
    let d = delim as u8;
    // SAFETY: lineptr/n point at the caller's buffer and size; f is live.
    unsafe {
        locked(f, || {
            if (*lineptr).is_null() || *n == 0 {
                let p = crate::heap::realloc(*lineptr as *mut c_void, 120) as *mut c_char;
                if p.is_null() {
                    (*f).flags |= F_ERR;
                    crate::errno::set(ENOMEM as i32);
                    return -1;
                }
                *lineptr = p;
                *n = 120;
            }
            let err = (*f).flags & F_ERR;
            (*f).flags &= !F_ERR;
            let mut len = 0usize;
            loop {
                let b = file::peek(f);
                if b.is_empty() {
                    break;
                }
                let (k, found) = match b.iter().position(|&c| c == d) {
                    Some(i) => (i + 1, true),
                    None => (b.len(), false),
                };
                let need = len + k + 1;
                if need > *n {
                    let cap = need.max(n.read().saturating_mul(2));
                    let p = crate::heap::realloc(*lineptr as *mut c_void, cap) as *mut c_char;
                    if p.is_null() {
                        (*f).flags |= F_ERR;
                        crate::errno::set(ENOMEM as i32);
                        return -1;
                    }
                    *lineptr = p;
                    *n = cap;
                }
                core::ptr::copy_nonoverlapping(b.as_ptr(), (*lineptr).add(len) as *mut u8, k);
                file::consume(f, k);
                len += k;
                if found {
                    break;
                }
            }
            let failed = (*f).flags & F_ERR != 0;
            (*f).flags |= err;
            *(*lineptr).add(len) = 0;
            if failed || len == 0 {
                return -1;
            }
            len as ssize_t
        })
    }
}

/// The buffer of [`fgetln`]'s lines that do not fit the stream buffer.
static mut FGETLN_BUF: *mut c_char = null_mut();
static mut FGETLN_CAP: size_t = 0;

/// BSD `fgetln`: the next line (its '\n' included when there is one,
/// no NUL added) and its length in `*len`; the text is valid until the
/// next I/O on the stream. NULL at end of file or on error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetln(f: *mut FILE, len: *mut size_t) -> *mut c_char {
    // SAFETY: f is a live stream; a line inside its buffer stays there
    // until the next read refills it; len is the caller's.
    unsafe {
        let quick = locked(f, || {
            let b = file::peek(f);
            let i = b.iter().position(|&c| c == b'\n')?;
            let p = b.as_ptr() as *mut c_char;
            file::consume(f, i + 1);
            Some((p, i + 1))
        });
        if let Some((p, n)) = quick {
            *len = n;
            return p;
        }
        let r = getdelim(&raw mut FGETLN_BUF, &raw mut FGETLN_CAP, b'\n' as c_int, f);
        if r < 0 {
            return null_mut();
        }
        *len = r as size_t;
        FGETLN_BUF
    }
}

/// POSIX.1-2024 `getline`: `getdelim` through '\n'.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getline(
    lineptr: *mut *mut c_char,
    n: *mut size_t,
    f: *mut FILE,
) -> ssize_t {
    // SAFETY: forwarded.
    unsafe { getdelim(lineptr, n, b'\n' as c_int, f) }
}

/// C17 `feof`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn feof(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    (unsafe { (*f).flags } & F_EOF != 0) as c_int
}

/// C17 `ferror`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ferror(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    (unsafe { (*f).flags } & F_ERR != 0) as c_int
}

/// C17 `clearerr`: both indicators off.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn clearerr(f: *mut FILE) {
    // SAFETY: f is a live stream.
    unsafe { (*f).flags &= !(F_EOF | F_ERR) };
}

/// POSIX.1-2024 `feof_unlocked` (glibc spelling).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn feof_unlocked(f: *mut FILE) -> c_int {
    // SAFETY: forwarded.
    unsafe { feof(f) }
}

/// GNU `ferror_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ferror_unlocked(f: *mut FILE) -> c_int {
    // SAFETY: forwarded.
    unsafe { ferror(f) }
}

/// GNU `clearerr_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn clearerr_unlocked(f: *mut FILE) {
    // SAFETY: forwarded.
    unsafe { clearerr(f) }
}

/// C89 `gets` (removed in C11; declared only for older standards, as
/// glibc does): a line of stdin into `s` without its newline; null at end
/// of file with nothing read, or on a read error. It cannot be used
/// safely: there is no bound.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gets(s: *mut c_char) -> *mut c_char {
    let f = stdin_();
    // SAFETY: stdin is a live stream; s holds the line (the caller's
    // unboundable contract).
    unsafe {
        locked(f, || {
            let mut n = 0usize;
            loop {
                let c = file::getc(f);
                if c < 0 {
                    if n == 0 || ferror(f) != 0 {
                        return core::ptr::null_mut();
                    }
                    break;
                }
                if c == b'\n' as c_int {
                    break;
                }
                *s.add(n) = c as c_char;
                n += 1;
            }
            *s.add(n) = 0;
            s
        })
    }
}
