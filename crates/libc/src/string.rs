//! `<string.h>`: the functions startup and the first tests need (issue
//! "string.h…" completes the set and adds the SIMD kernels). The crate is
//! `#![no_builtins]`, so these loops are never turned into calls to
//! themselves.
use crate::types::*;

const W: usize = core::mem::size_of::<usize>();

/// C17 `memcpy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memcpy(dst: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void {
    let (d, s) = (dst as *mut u8, src as *const u8);
    let mut i = 0;
    // SAFETY: the caller guarantees n valid, non-overlapping bytes each.
    unsafe {
        if (d as usize | s as usize).is_multiple_of(W) {
            while i + W <= n {
                *(d.add(i) as *mut usize) = *(s.add(i) as *const usize);
                i += W;
            }
        }
        while i < n {
            *d.add(i) = *s.add(i);
            i += 1;
        }
    }
    dst
}

/// C17 `memmove`: copies correctly when the ranges overlap.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memmove(dst: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void {
    let (d, s) = (dst as *mut u8, src as *const u8);
    if (d as usize).wrapping_sub(s as usize) >= n {
        // dst before src, or far apart: forward copy is safe.
        let mut i = 0;
        // SAFETY: the caller guarantees n valid bytes each.
        unsafe {
            while i < n {
                *d.add(i) = *s.add(i);
                i += 1;
            }
        }
    } else {
        let mut i = n;
        // SAFETY: as above, backwards.
        unsafe {
            while i > 0 {
                i -= 1;
                *d.add(i) = *s.add(i);
            }
        }
    }
    dst
}

/// C17 `memset`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memset(dst: *mut c_void, c: c_int, n: size_t) -> *mut c_void {
    let d = dst as *mut u8;
    let b = c as u8;
    let word = usize::from_ne_bytes([b; W]);
    let mut i = 0;
    // SAFETY: the caller guarantees n writable bytes.
    unsafe {
        while i < n && !(d as usize + i).is_multiple_of(W) {
            *d.add(i) = b;
            i += 1;
        }
        while i + W <= n {
            *(d.add(i) as *mut usize) = word;
            i += W;
        }
        while i < n {
            *d.add(i) = b;
            i += 1;
        }
    }
    dst
}

/// C17 `memcmp`: compares as unsigned char.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memcmp(a: *const c_void, b: *const c_void, n: size_t) -> c_int {
    let (a, b) = (a as *const u8, b as *const u8);
    for i in 0..n {
        // SAFETY: the caller guarantees n readable bytes each.
        let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
        if x != y {
            return x as c_int - y as c_int;
        }
    }
    0
}

/// POSIX.1-2008 (legacy) / BSD `bcmp`: zero when equal. LLVM emits calls
/// to it for equality-only comparisons.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn bcmp(a: *const c_void, b: *const c_void, n: size_t) -> c_int {
    // SAFETY: same contract as memcmp.
    unsafe { memcmp(a, b, n) }
}

/// C17 `strlen`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strlen(s: *const c_char) -> size_t {
    let mut n = 0;
    // SAFETY: the caller guarantees a NUL-terminated string.
    unsafe {
        while *s.add(n) != 0 {
            n += 1;
        }
    }
    n
}

/// C17 `strcmp`: compares as unsigned char.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strcmp(a: *const c_char, b: *const c_char) -> c_int {
    let mut i = 0;
    loop {
        // SAFETY: both strings are NUL-terminated; we stop at the first NUL.
        let (x, y) = unsafe { (*a.add(i) as u8, *b.add(i) as u8) };
        if x != y || x == 0 {
            return x as c_int - y as c_int;
        }
        i += 1;
    }
}

/// Whether byte `c` occurs in the first `n` bytes of `s`.
///
/// # Safety
/// `s` has `n` readable bytes.
pub unsafe fn memchr_byte(s: *const c_char, c: u8, n: usize) -> bool {
    // SAFETY: caller's contract.
    (0..n).any(|i| unsafe { *s.add(i) } as u8 == c)
}

/// Buffer for messages of unknown errnos ("Unknown error N").
static mut UNKNOWN: [u8; 32] = [0; 32];

/// Format "Unknown error N" into `buf`, NUL-terminated; returns the length.
pub fn unknown_error(e: i32, buf: &mut [u8; 32]) -> usize {
    let head = b"Unknown error ";
    buf[..head.len()].copy_from_slice(head);
    let mut n = head.len();
    let mut v = e.unsigned_abs();
    if e < 0 {
        buf[n] = b'-';
        n += 1;
    }
    let mut digits = [0u8; 10];
    let mut k = 0;
    loop {
        digits[k] = b'0' + (v % 10) as u8;
        k += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    while k > 0 {
        k -= 1;
        buf[n] = digits[k];
        n += 1;
    }
    buf[n] = 0;
    n
}

/// C17 `strerror`: the message for `e`; unknown values give
/// "Unknown error N" (and EINVAL, as POSIX allows).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn strerror(e: c_int) -> *mut c_char {
    match crate::errno::message(e) {
        Some(m) => m.as_ptr() as *mut c_char,
        None => {
            // SAFETY: the static buffer is only written here (not
            // thread-safe, as C allows for strerror).
            let buf = unsafe { &mut *(&raw mut UNKNOWN) };
            unknown_error(e, buf);
            crate::errno::set(syscall::errno::EINVAL as i32);
            buf.as_mut_ptr() as *mut c_char
        }
    }
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
