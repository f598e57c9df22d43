//! `<string.h>`: C17, POSIX.1-2024 and the common GNU/BSD extensions.
//!
//! The hot functions go through the per-arch kernels (`crate::arch::string`:
//! SSE2/AVX2/AVX-512 on x86_64, NEON on aarch64, the word-at-a-time `swar` kernels
//! on i386 and riscv64). The crate is `#![no_builtins]`, so no loop here is
//! turned into a call to these functions themselves.
use crate::arch::string as k;
use crate::strtab::{StrTab, marks, packed_len};
use crate::types::*;
use core::ptr::null_mut;

#[cfg(test)]
pub mod kernel_tests;
pub mod simd;
pub mod swar;

/// C17 `memcpy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memcpy(dst: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void {
    // SAFETY: the caller guarantees n valid, non-overlapping bytes each.
    unsafe { k::memcpy(dst as *mut u8, src as *const u8, n) as *mut c_void }
}

/// GNU `mempcpy`: `memcpy` returning the end of the copy.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mempcpy(dst: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void {
    // SAFETY: as memcpy.
    unsafe {
        k::memcpy(dst as *mut u8, src as *const u8, n);
        (dst as *mut u8).add(n) as *mut c_void
    }
}

/// C17 `memmove`: copies correctly when the ranges overlap.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memmove(dst: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void {
    // SAFETY: the caller guarantees n valid bytes each.
    unsafe { k::memmove(dst as *mut u8, src as *const u8, n) as *mut c_void }
}

/// C17 `memset`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memset(dst: *mut c_void, c: c_int, n: size_t) -> *mut c_void {
    // SAFETY: the caller guarantees n writable bytes.
    unsafe { k::memset(dst as *mut u8, c as u8, n) as *mut c_void }
}

/// C23 / BSD `explicit_bzero`: a zeroing the optimiser may not drop.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn explicit_bzero(dst: *mut c_void, n: size_t) {
    // SAFETY: the caller guarantees n writable bytes.
    unsafe { k::memset(dst as *mut u8, 0, n) };
    // Keep the stores: the buffer "escapes" to an opaque asm barrier.
    core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
    core::hint::black_box(dst);
}

/// C17 `memcmp`: compares as unsigned char.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memcmp(a: *const c_void, b: *const c_void, n: size_t) -> c_int {
    // SAFETY: the caller guarantees n readable bytes each.
    unsafe { k::memcmp(a as *const u8, b as *const u8, n) }
}

/// C17 `memchr`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memchr(s: *const c_void, c: c_int, n: size_t) -> *mut c_void {
    // SAFETY: the caller guarantees n readable bytes (or a match before).
    unsafe { k::memchr(s as *const u8, c as u8, n) as *mut c_void }
}

/// GNU `memrchr`: the last `c` in the first `n` bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memrchr(s: *const c_void, c: c_int, n: size_t) -> *mut c_void {
    // SAFETY: the caller guarantees n readable bytes.
    unsafe { k::memrchr(s as *const u8, c as u8, n) as *mut c_void }
}

/// GNU `rawmemchr`: `memchr` with no bound (`c` is known to occur).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn rawmemchr(s: *const c_void, c: c_int) -> *mut c_void {
    // SAFETY: c occurs in the object; the kernel reads only aligned
    // vectors up to the match.
    unsafe { k::memchr(s as *const u8, c as u8, usize::MAX) as *mut c_void }
}

/// POSIX.1-2024 / XSI `memccpy`: copy up to and including the first `c`;
/// returns the byte after it in `dst`, or NULL when `c` was not found.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memccpy(
    dst: *mut c_void,
    src: *const c_void,
    c: c_int,
    n: size_t,
) -> *mut c_void {
    // SAFETY: the caller guarantees n bytes each (or a c before that).
    unsafe {
        let p = k::memchr(src as *const u8, c as u8, n);
        if p.is_null() {
            k::memcpy(dst as *mut u8, src as *const u8, n);
            return null_mut();
        }
        let len = p as usize - src as usize + 1;
        k::memcpy(dst as *mut u8, src as *const u8, len);
        (dst as *mut u8).add(len) as *mut c_void
    }
}

/// GNU `memmem`: the first occurrence of a byte string; an empty needle
/// matches at `hay`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memmem(
    hay: *const c_void,
    hl: size_t,
    needle: *const c_void,
    nl: size_t,
) -> *mut c_void {
    let (h, n) = (hay as *const u8, needle as *const u8);
    if nl == 0 {
        return hay as *mut c_void;
    }
    if nl > hl {
        return null_mut();
    }
    // SAFETY: all reads are inside [h, h + hl) and [n, n + nl).
    unsafe {
        let first = *n;
        let last = h.add(hl - nl);
        let mut p = h;
        while p <= last {
            let q = k::memchr(p, first, last as usize - p as usize + 1);
            if q.is_null() {
                return null_mut();
            }
            if k::memcmp(q.add(1), n.add(1), nl - 1) == 0 {
                return q as *mut c_void;
            }
            p = q.add(1);
        }
    }
    null_mut()
}

/// C17 `strlen`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strlen(s: *const c_char) -> size_t {
    // SAFETY: the caller guarantees a NUL-terminated string.
    unsafe { k::strlen(s as *const u8) }
}

/// POSIX.1-2008 `strnlen`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strnlen(s: *const c_char, n: size_t) -> size_t {
    // SAFETY: a NUL or n readable bytes.
    unsafe { k::strnlen(s as *const u8, n) }
}

/// C17 `strcmp`: compares as unsigned char.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strcmp(a: *const c_char, b: *const c_char) -> c_int {
    // SAFETY: both strings are NUL-terminated.
    unsafe { k::strcmp(a as *const u8, b as *const u8) }
}

/// C17 `strncmp`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strncmp(a: *const c_char, b: *const c_char, n: size_t) -> c_int {
    // SAFETY: both are strings or arrays of at least n bytes.
    unsafe { k::strncmp(a as *const u8, b as *const u8, n) }
}

/// C17 `strcoll`: `strcmp` — byte order in the C locale, and code point
/// order (which UTF-8 byte order is) in UTF-8 locales, as glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strcoll(a: *const c_char, b: *const c_char) -> c_int {
    // SAFETY: both strings are NUL-terminated.
    unsafe { strcmp(a, b) }
}

/// Opaque locale handle (only the C locale exists).
pub type locale_t = *mut c_void;

/// POSIX.1-2008 `strcoll_l`: `strcmp` in every offered locale (see `strcoll`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strcoll_l(a: *const c_char, b: *const c_char, _l: locale_t) -> c_int {
    // SAFETY: both strings are NUL-terminated.
    unsafe { strcmp(a, b) }
}

/// C17 `strxfrm`: in the C locale the transform is the identity; returns
/// `strlen(src)` and writes only when that fits in `n`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strxfrm(dst: *mut c_char, src: *const c_char, n: size_t) -> size_t {
    // SAFETY: src is a string; dst has n bytes.
    unsafe {
        let len = strlen(src);
        if len < n {
            k::memcpy(dst as *mut u8, src as *const u8, len + 1);
        }
        len
    }
}

/// POSIX.1-2008 `strxfrm_l` (C locale).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strxfrm_l(
    dst: *mut c_char,
    src: *const c_char,
    n: size_t,
    _l: locale_t,
) -> size_t {
    // SAFETY: as strxfrm.
    unsafe { strxfrm(dst, src, n) }
}

/// C17 `strchr`: the terminator itself is found for `c == 0`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strchr(s: *const c_char, c: c_int) -> *mut c_char {
    // SAFETY: s is NUL-terminated.
    let p = unsafe { k::strchrnul(s as *const u8, c as u8) };
    // SAFETY: p points into the string.
    if unsafe { *p } == c as u8 {
        p as *mut c_char
    } else {
        null_mut()
    }
}

/// GNU `strchrnul`: like strchr, but the terminator when `c` is absent.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strchrnul(s: *const c_char, c: c_int) -> *mut c_char {
    // SAFETY: s is NUL-terminated.
    unsafe { k::strchrnul(s as *const u8, c as u8) as *mut c_char }
}

/// C17 `strrchr`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strrchr(s: *const c_char, c: c_int) -> *mut c_char {
    // SAFETY: s is NUL-terminated.
    unsafe { k::strrchr(s as *const u8, c as u8) as *mut c_char }
}

/// POSIX.1-2008 `stpcpy`: returns the terminator written in `dst`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn stpcpy(dst: *mut c_char, src: *const c_char) -> *mut c_char {
    // SAFETY: src is a string; dst has room for it.
    unsafe {
        let n = k::strlen(src as *const u8);
        k::memcpy(dst as *mut u8, src as *const u8, n + 1);
        dst.add(n)
    }
}

/// C17 `strcpy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strcpy(dst: *mut c_char, src: *const c_char) -> *mut c_char {
    // SAFETY: as stpcpy.
    unsafe { stpcpy(dst, src) };
    dst
}

/// POSIX.1-2008 `stpncpy`: copies at most `n` bytes, pads with NUL;
/// returns the first padding NUL in `dst`, or `dst + n`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn stpncpy(dst: *mut c_char, src: *const c_char, n: size_t) -> *mut c_char {
    // SAFETY: src holds a NUL or n bytes; dst has n bytes.
    unsafe {
        let len = k::strnlen(src as *const u8, n);
        k::memcpy(dst as *mut u8, src as *const u8, len);
        k::memset(dst.add(len) as *mut u8, 0, n - len);
        dst.add(len)
    }
}

/// C17 `strncpy`: copies at most `n` bytes and pads with NUL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strncpy(dst: *mut c_char, src: *const c_char, n: size_t) -> *mut c_char {
    // SAFETY: as stpncpy.
    unsafe { stpncpy(dst, src, n) };
    dst
}

/// C17 `strcat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strcat(dst: *mut c_char, src: *const c_char) -> *mut c_char {
    // SAFETY: dst is a string with room for src appended.
    unsafe { stpcpy(dst.add(strlen(dst)), src) };
    dst
}

/// C17 `strncat`: appends at most `n` bytes of `src`, then a NUL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strncat(dst: *mut c_char, src: *const c_char, n: size_t) -> *mut c_char {
    // SAFETY: dst is a string with room; src holds a NUL or n bytes.
    unsafe {
        let d = dst.add(strlen(dst));
        let len = k::strnlen(src as *const u8, n);
        k::memcpy(d as *mut u8, src as *const u8, len);
        *d.add(len) = 0;
    }
    dst
}

/// BSD / POSIX.1-2024 `strlcpy`: copies what fits (always terminated when
/// `n > 0`); returns `strlen(src)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strlcpy(dst: *mut c_char, src: *const c_char, n: size_t) -> size_t {
    // SAFETY: src is a string; dst has n bytes.
    unsafe {
        let len = strlen(src);
        if n > 0 {
            let m = len.min(n - 1);
            k::memcpy(dst as *mut u8, src as *const u8, m);
            *dst.add(m) = 0;
        }
        len
    }
}

/// BSD / POSIX.1-2024 `strlcat`: returns the length it tried to create;
/// when `dst` holds no NUL in its `n` bytes, returns `n + strlen(src)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strlcat(dst: *mut c_char, src: *const c_char, n: size_t) -> size_t {
    // SAFETY: dst has n bytes; src is a string.
    unsafe {
        let dl = strnlen(dst, n);
        let sl = strlen(src);
        if dl == n {
            return n + sl;
        }
        let m = sl.min(n - dl - 1);
        k::memcpy(dst.add(dl) as *mut u8, src as *const u8, m);
        *dst.add(dl + m) = 0;
        dl + sl
    }
}

/// A 256-bit set of bytes.
struct ByteSet([u64; 4]);

impl ByteSet {
    /// The bytes of `s` (not its NUL).
    unsafe fn of(s: *const c_char) -> ByteSet {
        let mut set = ByteSet([0; 4]);
        let mut p = s as *const u8;
        // SAFETY: s is NUL-terminated.
        unsafe {
            while *p != 0 {
                set.0[(*p >> 6) as usize] |= 1 << (*p & 63);
                p = p.add(1);
            }
        }
        set
    }
    #[inline(always)]
    fn has(&self, b: u8) -> bool {
        self.0[(b >> 6) as usize] & (1 << (b & 63)) != 0
    }
}

/// Length of the prefix of `s` whose bytes are (`inside`) or are not in `set`.
unsafe fn span(s: *const c_char, set: *const c_char, inside: bool) -> size_t {
    // SAFETY: both are strings.
    unsafe {
        let set = ByteSet::of(set);
        let p = s as *const u8;
        let mut i = 0;
        while *p.add(i) != 0 && set.has(*p.add(i)) == inside {
            i += 1;
        }
        i
    }
}

/// C17 `strspn`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strspn(s: *const c_char, accept: *const c_char) -> size_t {
    // SAFETY: both are strings.
    unsafe { span(s, accept, true) }
}

/// C17 `strcspn`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strcspn(s: *const c_char, reject: *const c_char) -> size_t {
    // SAFETY: both are strings.
    unsafe {
        if *reject == 0 {
            return strlen(s);
        }
        if *reject.add(1) == 0 {
            return k::strchrnul(s as *const u8, *reject as u8) as usize - s as usize;
        }
        span(s, reject, false)
    }
}

/// C17 `strpbrk`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strpbrk(s: *const c_char, accept: *const c_char) -> *mut c_char {
    // SAFETY: both are strings; the index is inside s.
    unsafe {
        let p = s.add(strcspn(s, accept));
        if *p == 0 {
            null_mut()
        } else {
            p as *mut c_char
        }
    }
}

/// Compares `needle` against `p` (whose first byte already matched):
/// `Some(true)` on a match, `Some(false)` on a mismatch, `None` when the
/// haystack ends first (no later match is possible either).
#[inline(always)]
unsafe fn match_at(p: *const u8, n: *const u8, eq: impl Fn(u8, u8) -> bool) -> Option<bool> {
    let mut i = 1;
    // SAFETY: both are strings; we stop at either NUL.
    unsafe {
        loop {
            let nb = *n.add(i);
            if nb == 0 {
                return Some(true);
            }
            let hb = *p.add(i);
            if hb == 0 {
                return None;
            }
            if !eq(hb, nb) {
                return Some(false);
            }
            i += 1;
        }
    }
}

/// C17 `strstr`; an empty needle matches at `hay`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strstr(hay: *const c_char, needle: *const c_char) -> *mut c_char {
    let n = needle as *const u8;
    // SAFETY: both are strings.
    unsafe {
        let first = *n;
        if first == 0 {
            return hay as *mut c_char;
        }
        // Jump between occurrences of the first byte with the kernel.
        let mut p = hay as *const u8;
        loop {
            p = k::strchrnul(p, first);
            if *p == 0 {
                return null_mut();
            }
            match match_at(p, n, |a, b| a == b) {
                Some(true) => return p as *mut c_char,
                Some(false) => p = p.add(1),
                None => return null_mut(),
            }
        }
    }
}

/// ASCII lower-casing (the C locale).
#[inline(always)]
pub fn lower(b: u8) -> u8 {
    b.to_ascii_lowercase()
}

/// GNU `strcasestr`: strstr ignoring ASCII case.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strcasestr(hay: *const c_char, needle: *const c_char) -> *mut c_char {
    let (mut p, n) = (hay as *const u8, needle as *const u8);
    // SAFETY: both are strings.
    unsafe {
        let first = lower(*n);
        if first == 0 {
            return hay as *mut c_char;
        }
        while *p != 0 {
            if lower(*p) == first {
                match match_at(p, n, |a, b| lower(a) == lower(b)) {
                    Some(true) => return p as *mut c_char,
                    Some(false) => {}
                    None => return null_mut(),
                }
            }
            p = p.add(1);
        }
        null_mut()
    }
}

/// POSIX.1-2001 `strtok_r`: empty tokens are skipped; at the end returns
/// NULL with `*save` at the terminator.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtok_r(
    s: *mut c_char,
    delim: *const c_char,
    save: *mut *mut c_char,
) -> *mut c_char {
    // SAFETY: s (or *save) is a writable string; delim is a string.
    unsafe {
        let mut p = if s.is_null() { *save } else { s };
        p = p.add(strspn(p, delim));
        if *p == 0 {
            *save = p;
            return null_mut();
        }
        let end = p.add(strcspn(p, delim));
        if *end == 0 {
            *save = end;
        } else {
            *end = 0;
            *save = end.add(1);
        }
        p
    }
}

static mut STRTOK_SAVE: *mut c_char = null_mut();

/// C17 `strtok` (one static position, not thread-safe, as C allows).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtok(s: *mut c_char, delim: *const c_char) -> *mut c_char {
    // SAFETY: the static is only used here; as strtok_r otherwise.
    unsafe {
        if s.is_null() && (*(&raw const STRTOK_SAVE)).is_null() {
            return null_mut();
        }
        strtok_r(s, delim, &raw mut STRTOK_SAVE)
    }
}

/// BSD `strsep`: empty fields are returned as empty strings; NULL once
/// `*sp` is NULL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strsep(sp: *mut *mut c_char, delim: *const c_char) -> *mut c_char {
    // SAFETY: *sp is NULL or a writable string; delim is a string.
    unsafe {
        let tok = *sp;
        if tok.is_null() {
            return null_mut();
        }
        let end = tok.add(strcspn(tok, delim));
        if *end == 0 {
            *sp = null_mut();
        } else {
            *end = 0;
            *sp = end.add(1);
        }
        tok
    }
}

/// POSIX.1-2008 `strdup`: NULL with ENOMEM when out of memory.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strdup(s: *const c_char) -> *mut c_char {
    // SAFETY: s is a string; the copy goes into a fresh block.
    unsafe {
        let n = strlen(s) + 1;
        let p = crate::heap::malloc(n) as *mut u8;
        if !p.is_null() {
            k::memcpy(p, s as *const u8, n);
        }
        p as *mut c_char
    }
}

/// POSIX.1-2008 `strndup`: at most `n` bytes, always terminated.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strndup(s: *const c_char, n: size_t) -> *mut c_char {
    // SAFETY: s holds a NUL or n bytes; the copy goes into a fresh block.
    unsafe {
        let len = k::strnlen(s as *const u8, n);
        let p = crate::heap::malloc(len + 1) as *mut u8;
        if !p.is_null() {
            k::memcpy(p, s as *const u8, len);
            *p.add(len) = 0;
        }
        p as *mut c_char
    }
}

/// GNU `strverscmp`: compares like strcmp, but digit runs by numeric
/// value; runs with leading zeros count as fractional parts (so "000" <
/// "00" < "01" < "010" < "09" < "0" < "1" < "9" < "10").
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strverscmp(a: *const c_char, b: *const c_char) -> c_int {
    let (a, b) = (a as *const u8, b as *const u8);
    // SAFETY: both are strings; reads stop at their NULs.
    unsafe { verscmp(|i| *a.add(i), |i| *b.add(i)) }
}

/// Where the common prefix left us: outside digits, in an integer part,
/// in leading zeros, or in a fraction (digits after leading zeros).
#[derive(Clone, Copy, PartialEq)]
enum Vers {
    Normal,
    Integer,
    Zeros,
    Fraction,
}

fn verscmp(a: impl Fn(usize) -> u8, b: impl Fn(usize) -> u8) -> c_int {
    let mut st = Vers::Normal;
    let mut i = 0;
    loop {
        let (x, y) = (a(i), b(i));
        if x != y {
            let diff = x as c_int - y as c_int;
            let (dx, dy) = (x.is_ascii_digit(), y.is_ascii_digit());
            let run =
                |f: &dyn Fn(usize) -> u8| (i..).take_while(|&j| f(j).is_ascii_digit()).count();
            let by_len = || match run(&a).cmp(&run(&b)) {
                core::cmp::Ordering::Less => -1,
                core::cmp::Ordering::Greater => 1,
                core::cmp::Ordering::Equal => diff,
            };
            return match st {
                Vers::Normal if dx && dy && x != b'0' && y != b'0' => by_len(),
                Vers::Integer if dx && dy => by_len(),
                Vers::Integer if dx => 1,
                Vers::Integer if dy => -1,
                Vers::Zeros if dx && !dy => -1,
                Vers::Zeros if dy && !dx => 1,
                _ => diff,
            };
        }
        if x == 0 {
            return 0;
        }
        st = match (st, x) {
            (_, b'0'..=b'9') if st == Vers::Integer || st == Vers::Fraction => st,
            (Vers::Zeros, b'0') => Vers::Zeros,
            (Vers::Zeros, _) if x.is_ascii_digit() => Vers::Fraction,
            (Vers::Normal, b'0') => Vers::Zeros,
            (Vers::Normal, _) if x.is_ascii_digit() => Vers::Integer,
            _ => Vers::Normal,
        };
        i += 1;
    }
}

/// Signal descriptions, as glibc words them (the numbers are the same on
/// all four arches).
const SIGNALS: [&[u8]; 32] = [
    b"",
    b"Hangup\0",
    b"Interrupt\0",
    b"Quit\0",
    b"Illegal instruction\0",
    b"Trace/breakpoint trap\0",
    b"Aborted\0",
    b"Bus error\0",
    b"Floating point exception\0",
    b"Killed\0",
    b"User defined signal 1\0",
    b"Segmentation fault\0",
    b"User defined signal 2\0",
    b"Broken pipe\0",
    b"Alarm clock\0",
    b"Terminated\0",
    b"Stack fault\0",
    b"Child exited\0",
    b"Continued\0",
    b"Stopped (signal)\0",
    b"Stopped\0",
    b"Stopped (tty input)\0",
    b"Stopped (tty output)\0",
    b"Urgent I/O condition\0",
    b"CPU time limit exceeded\0",
    b"File size limit exceeded\0",
    b"Virtual timer expired\0",
    b"Profiling timer expired\0",
    b"Window changed\0",
    b"I/O possible\0",
    b"Power failure\0",
    b"Bad system call\0",
];

/// [`SIGNALS`] packed.
static SIGNAL_TABLE: StrTab<32, { packed_len(&SIGNALS) }, { marks(32) }> = StrTab::new(&SIGNALS);

/// The description of signal `sig` (1 to 31) without its NUL, as
/// `strsignal` gives it; `psignal` and `psiginfo` print it too.
pub(crate) fn signal_description(sig: c_int) -> Option<&'static [u8]> {
    let m = SIGNAL_TABLE.get(usize::try_from(sig).ok()?)?;
    m.split_last().map(|(_, text)| text)
}

/// The first real-time signal applications see (glibc keeps 32 and 33).
const SIGRTMIN: i32 = 34;
/// The last real-time signal (`_NSIG - 1`).
const SIGRTMAX: i32 = 64;

/// Writes `head` then the decimal `v` into `buf`, NUL-terminated;
/// returns the length without the NUL. Bytes that would not fit are
/// dropped (every caller's head leaves room), so nothing here can panic.
fn format_num(head: &[u8], v: i32, buf: &mut [u8; 32]) -> usize {
    let mut digits = [0u8; 10];
    let mut used = 0;
    let mut u = v.unsigned_abs();
    for slot in digits.iter_mut().rev() {
        *slot = b'0' + (u % 10) as u8;
        used += 1;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    let sign: &[u8] = if v < 0 { b"-" } else { b"" };
    let num = digits.get(digits.len() - used..).unwrap_or(&[]);
    let mut n = 0;
    for &c in head.iter().chain(sign).chain(num) {
        if n < buf.len() - 1 {
            buf[n] = c;
            n += 1;
        }
    }
    if let Some(z) = buf.get_mut(n) {
        *z = 0;
    }
    n
}

static mut SIGNAL_BUF: [u8; 32] = [0; 32];

/// POSIX.1-2008 `strsignal`: "Unknown signal N" and "Real-time signal N"
/// (counted from SIGRTMIN) go through a static buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn strsignal(sig: c_int) -> *mut c_char {
    if let Some(m) = usize::try_from(sig).ok().and_then(|i| SIGNAL_TABLE.get(i)) {
        return m.as_ptr() as *mut c_char;
    }
    // SAFETY: the static buffer is only written here (strsignal need not
    // be thread-safe).
    let buf = unsafe { &mut *(&raw mut SIGNAL_BUF) };
    if (SIGRTMIN..=SIGRTMAX).contains(&sig) {
        format_num(b"Real-time signal ", sig - SIGRTMIN, buf);
    } else {
        format_num(b"Unknown signal ", sig, buf);
    }
    buf.as_mut_ptr() as *mut c_char
}

/// Copies the NUL-terminated `msg` into `buf` of `len` bytes, truncating;
/// returns whether it all fitted.
unsafe fn copy_msg(msg: &[u8], buf: *mut c_char, len: size_t) -> bool {
    let m = msg.iter().position(|&b| b == 0).unwrap_or(msg.len());
    if len == 0 {
        return false;
    }
    let k = m.min(len - 1);
    // SAFETY: buf has len > k bytes.
    unsafe {
        k::memcpy(buf as *mut u8, msg.as_ptr(), k);
        *buf.add(k) = 0;
    }
    k == m
}

/// POSIX.1-2024 (XSI) `strerror_r`, exported as `__xpg_strerror_r` (the
/// header maps `strerror_r` here unless `_GNU_SOURCE`): 0, ERANGE when
/// truncated, EINVAL for an unknown number (after writing "Unknown error
/// N").
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __xpg_strerror_r(e: c_int, buf: *mut c_char, len: size_t) -> c_int {
    use syscall::errno::{EINVAL, ERANGE};
    match crate::errno::message(e) {
        Some(m) => {
            // SAFETY: buf has len bytes.
            if unsafe { copy_msg(m, buf, len) } {
                0
            } else {
                ERANGE as c_int
            }
        }
        None => {
            let mut tmp = [0u8; 32];
            unknown_error(e, &mut tmp);
            // SAFETY: buf has len bytes.
            if unsafe { copy_msg(&tmp, buf, len) } || len > 0 {
                EINVAL as c_int
            } else {
                ERANGE as c_int
            }
        }
    }
}

/// GNU `strerror_r`: returns the static message for a known number
/// (leaving `buf` alone), else writes "Unknown error N" (truncated) into
/// `buf` and returns it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strerror_r(e: c_int, buf: *mut c_char, len: size_t) -> *mut c_char {
    match crate::errno::message(e) {
        Some(m) => m.as_ptr() as *mut c_char,
        None => {
            let mut tmp = [0u8; 32];
            unknown_error(e, &mut tmp);
            // SAFETY: buf has len bytes.
            unsafe { copy_msg(&tmp, buf, len) };
            buf
        }
    }
}

/// POSIX.1-2008 `strerror_l`: `strerror` (only the C locale exists).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn strerror_l(e: c_int, _l: locale_t) -> *mut c_char {
    strerror(e)
}

/// Whether byte `c` occurs in the first `n` bytes of `s`.
///
/// # Safety
/// `s` has `n` readable bytes.
pub unsafe fn memchr_byte(s: *const c_char, c: u8, n: usize) -> bool {
    // SAFETY: caller's contract.
    !unsafe { k::memchr(s as *const u8, c, n) }.is_null()
}

/// Buffer for messages of unknown errnos ("Unknown error N").
static mut UNKNOWN: [u8; 32] = [0; 32];

/// Format "Unknown error N" into `buf`, NUL-terminated; returns the length.
pub fn unknown_error(e: i32, buf: &mut [u8; 32]) -> usize {
    format_num(b"Unknown error ", e, buf)
}

/// C17 `strerror`: the message for `e`; unknown values give
/// "Unknown error N"; errno is left alone, as glibc does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn strerror(e: c_int) -> *mut c_char {
    match crate::errno::message(e) {
        Some(m) => m.as_ptr() as *mut c_char,
        None => {
            // SAFETY: the static buffer is only written here (not
            // thread-safe, as C allows for strerror).
            let buf = unsafe { &mut *(&raw mut UNKNOWN) };
            unknown_error(e, buf);
            buf.as_mut_ptr() as *mut c_char
        }
    }
}

/// GNU `strerrorname_np` (glibc 2.32): the symbolic name of `e`
/// (`"EPERM"`; `"0"` for 0), or NULL for a number without one.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn strerrorname_np(e: c_int) -> *const c_char {
    crate::errno::name(e).map_or(core::ptr::null(), |m| m.as_ptr() as *const c_char)
}

/// GNU `strerrordesc_np` (glibc 2.32): `strerror`'s message for a known
/// `e` ("Success" for 0), NULL otherwise; never formats, so thread-safe.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn strerrordesc_np(e: c_int) -> *const c_char {
    crate::errno::message(e).map_or(core::ptr::null(), |m| m.as_ptr() as *const c_char)
}

/// `"SIGHUP\0"` without its `SIG`.
const fn abbrev(full: &'static str) -> &'static [u8] {
    full.as_bytes().split_at(3).1
}

/// The signal names glibc abbreviates, by number; each is the kernel
/// constant's own identifier (SIGPOLL is glibc's name for 29).
macro_rules! sig_abbrevs {
    ($($name:ident)*) => {
        const SIG_NAMES: [&[u8]; 32] = {
            let mut t: [&[u8]; 32] = [b""; 32];
            $(t[syscall::nr::$name as usize] = abbrev(concat!(stringify!($name), "\0"));)*
            t
        };
    };
}
sig_abbrevs! {
    SIGHUP SIGINT SIGQUIT SIGILL SIGTRAP SIGABRT SIGBUS SIGFPE SIGKILL SIGUSR1 SIGSEGV
    SIGUSR2 SIGPIPE SIGALRM SIGTERM SIGSTKFLT SIGCHLD SIGCONT SIGSTOP SIGTSTP SIGTTIN
    SIGTTOU SIGURG SIGXCPU SIGXFSZ SIGVTALRM SIGPROF SIGWINCH SIGPOLL SIGPWR SIGSYS
}

/// [`SIG_NAMES`] packed.
static SIG_NAME_TABLE: StrTab<32, { packed_len(&SIG_NAMES) }, { marks(32) }> =
    StrTab::new(&SIG_NAMES);

/// GNU `sigabbrev_np` (glibc 2.32): the signal's name without `SIG`
/// (`"INT"`), or NULL (real-time signals and unknown numbers, as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sigabbrev_np(sig: c_int) -> *const c_char {
    usize::try_from(sig)
        .ok()
        .and_then(|i| SIG_NAME_TABLE.get(i))
        .map_or(core::ptr::null(), |m| m.as_ptr() as *const c_char)
}

/// GNU `sigdescr_np` (glibc 2.32): `strsignal`'s description of signals
/// 1 to 31, NULL for others (no "Real-time signal N" formatting).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sigdescr_np(sig: c_int) -> *const c_char {
    usize::try_from(sig)
        .ok()
        .and_then(|i| SIGNAL_TABLE.get(i))
        .map_or(core::ptr::null(), |m| m.as_ptr() as *const c_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mem_functions_all_alignments() {
        let src: Vec<u8> = (0..300u32).map(|i| (i * 7 + 1) as u8).collect();
        for sa in 0..16 {
            for da in 0..16 {
                for n in [0usize, 1, 7, 8, 9, 31, 64, 100, 250] {
                    let mut dst = vec![0u8; 300];
                    // SAFETY: in-bounds ranges of local vectors.
                    unsafe {
                        memcpy(dst.as_mut_ptr().add(da) as _, src.as_ptr().add(sa) as _, n);
                    }
                    assert_eq!(&dst[da..da + n], &src[sa..sa + n]);
                    assert!(dst[..da].iter().all(|&b| b == 0));
                    assert!(dst[da + n..].iter().all(|&b| b == 0));
                }
            }
        }
    }

    #[test]
    fn memmove_overlaps() {
        for off in 0..20usize {
            for n in 0..40usize {
                let mut a: Vec<u8> = (0..80u8).collect();
                let mut b = a.clone();
                // SAFETY: ranges within the vector.
                unsafe { memmove(a.as_mut_ptr().add(off) as _, a.as_ptr().add(10) as _, n) };
                b.copy_within(10..10 + n, off);
                assert_eq!(a, b);
            }
        }
    }

    #[test]
    fn memset_memcmp_strlen_strcmp() {
        let mut v = [1u8; 50];
        // SAFETY: local buffers.
        unsafe {
            memset(v.as_mut_ptr().add(3) as _, 0x1ff, 40);
            assert!(v[3..43].iter().all(|&b| b == 0xff));
            assert_eq!(v[2], 1);
            assert_eq!(v[43], 1);
            assert!(memcmp(b"abc".as_ptr() as _, b"abd".as_ptr() as _, 3) < 0);
            assert!(memcmp(b"\x80".as_ptr() as _, b"\x01".as_ptr() as _, 1) > 0);
            assert_eq!(strlen(c"hello".as_ptr()), 5);
            assert!(strcmp(c"a".as_ptr(), c"b".as_ptr()) < 0);
            assert!(strcmp(c"\u{80}".as_ptr(), c"a".as_ptr()) > 0);
            assert_eq!(strcmp(c"same".as_ptr(), c"same".as_ptr()), 0);
            assert!(strcmp(c"ab".as_ptr(), c"abc".as_ptr()) < 0);
        }
    }

    #[test]
    fn unknown_errors() {
        let mut b = [0u8; 32];
        let n = unknown_error(-5, &mut b);
        assert_eq!(&b[..n], b"Unknown error -5");
        let n = unknown_error(4096, &mut b);
        assert_eq!(&b[..n], b"Unknown error 4096");
    }
}
