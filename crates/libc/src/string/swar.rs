//! Word-at-a-time ("SWAR") kernels: the string kernels of i386 and
//! riscv64, and small scalar helpers the vector kernels share.
//!
//! Only aligned words are read, so a scan never touches a page it has no
//! byte in (an aligned word never straddles a page), and riscv64 never
//! takes a misaligned-access trap. All arches we build are little-endian:
//! the first byte in memory is the low byte of a word.

const W: usize = core::mem::size_of::<usize>();
const ONES: usize = usize::MAX / 255;
const HIGHS: usize = ONES * 0x80;

/// Non-zero iff `x` has a zero byte; the lowest set bit (0x80 of a byte)
/// marks the first zero byte exactly (borrows only pollute bytes above).
#[inline(always)]
fn zero_bytes(x: usize) -> usize {
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// 0x80 in exactly the bytes of `x` that are zero.
#[inline(always)]
fn zero_bytes_exact(x: usize) -> usize {
    !(((x & !HIGHS).wrapping_add(!HIGHS)) | x | !HIGHS)
}

#[inline(always)]
fn first(m: usize) -> usize {
    m.trailing_zeros() as usize / 8
}

#[inline(always)]
fn last(m: usize) -> usize {
    (usize::BITS - 1 - m.leading_zeros()) as usize / 8
}

/// Bytes below `k` (k < W) as 0xff.
#[inline(always)]
fn low_bytes(k: usize) -> usize {
    if k == 0 {
        0
    } else {
        usize::MAX >> (8 * (W - k))
    }
}

#[inline(always)]
unsafe fn word(p: *const u8) -> usize {
    // SAFETY: callers pass aligned pointers to words holding a byte they
    // may read, hence inside a mapped page.
    unsafe { *(p as *const usize) }
}

pub unsafe fn strlen(s: *const u8) -> usize {
    let off = s as usize & (W - 1);
    // SAFETY: aligned words up to the one holding the NUL.
    unsafe {
        let mut p = s.sub(off);
        let mut m = zero_bytes(word(p) | low_bytes(off));
        while m == 0 {
            p = p.add(W);
            m = zero_bytes(word(p));
        }
        p as usize + first(m) - s as usize
    }
}

pub unsafe fn memchr(s: *const u8, c: u8, n: usize) -> *const u8 {
    if n == 0 {
        return core::ptr::null();
    }
    let end = (s as usize).saturating_add(n);
    let cc = ONES * c as usize;
    let off = s as usize & (W - 1);
    // SAFETY: aligned words each holding a byte of [s, s + n).
    unsafe {
        let mut p = s.sub(off);
        // Bytes before s become non-matching by xoring them to 0xff.
        let mut m = zero_bytes((word(p) ^ cc) | low_bytes(off));
        loop {
            if m != 0 {
                let r = p as usize + first(m);
                return if r < end {
                    r as *const u8
                } else {
                    core::ptr::null()
                };
            }
            p = p.add(W);
            if p as usize >= end {
                return core::ptr::null();
            }
            m = zero_bytes(word(p) ^ cc);
        }
    }
}

pub unsafe fn strnlen(s: *const u8, n: usize) -> usize {
    // SAFETY: caller's contract.
    let p = unsafe { memchr(s, 0, n) };
    if p.is_null() {
        n
    } else {
        p as usize - s as usize
    }
}

pub unsafe fn memrchr(s: *const u8, c: u8, n: usize) -> *const u8 {
    if n == 0 {
        return core::ptr::null();
    }
    let (start, end) = (s as usize, s as usize + n);
    let cc = ONES * c as usize;
    // SAFETY: aligned words each holding a byte of [s, s + n).
    unsafe {
        let mut p = (end - 1) & !(W - 1);
        let mut m = zero_bytes_exact(word(p as *const u8) ^ cc);
        if end - p < W {
            m &= low_bytes(end - p);
        }
        loop {
            if p < start {
                m &= !low_bytes(start - p);
            }
            if m != 0 {
                return (p + last(m)) as *const u8;
            }
            if p <= start {
                return core::ptr::null();
            }
            p -= W;
            m = zero_bytes_exact(word(p as *const u8) ^ cc);
        }
    }
}

pub unsafe fn strchrnul(s: *const u8, c: u8) -> *const u8 {
    let cc = ONES * c as usize;
    let off = s as usize & (W - 1);
    // SAFETY: aligned words up to the one holding the NUL.
    unsafe {
        let mut p = s.sub(off);
        let x = word(p) | low_bytes(off);
        let mut m = zero_bytes(x) | zero_bytes((x ^ cc) | low_bytes(off));
        while m == 0 {
            p = p.add(W);
            let x = word(p);
            m = zero_bytes(x) | zero_bytes(x ^ cc);
        }
        p.add(first(m))
    }
}

pub unsafe fn strrchr(s: *const u8, c: u8) -> *const u8 {
    let cc = ONES * c as usize;
    let off = s as usize & (W - 1);
    let mut best: *const u8 = core::ptr::null();
    // SAFETY: aligned words up to the one holding the NUL.
    unsafe {
        let mut p = s.sub(off);
        let x = word(p) | low_bytes(off);
        let mut mz = zero_bytes_exact(x);
        let mut mc = zero_bytes_exact((x ^ cc) | low_bytes(off));
        loop {
            if mz != 0 {
                mc &= mz ^ (mz - 1);
                return if mc != 0 { p.add(last(mc)) } else { best };
            }
            if mc != 0 {
                best = p.add(last(mc));
            }
            p = p.add(W);
            let x = word(p);
            mz = zero_bytes_exact(x);
            mc = zero_bytes_exact(x ^ cc);
        }
    }
}

pub unsafe fn strcmp(a: *const u8, b: *const u8) -> i32 {
    // SAFETY: strncmp with no effective bound.
    unsafe { strncmp(a, b, usize::MAX) }
}

pub unsafe fn strncmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    // SAFETY: bytes up to the first difference or NUL (or n); words only
    // when both are aligned, and then never past the word with the NUL.
    unsafe {
        if (a as usize ^ b as usize) & (W - 1) == 0 {
            while i < n && (a as usize + i) & (W - 1) != 0 {
                let (x, y) = (*a.add(i), *b.add(i));
                if x != y || x == 0 {
                    return x as i32 - y as i32;
                }
                i += 1;
            }
            while n - i >= W {
                let (x, y) = (word(a.add(i)), word(b.add(i)));
                if x != y || zero_bytes(x) != 0 {
                    break;
                }
                i += W;
            }
        }
        while i < n {
            let (x, y) = (*a.add(i), *b.add(i));
            if x != y || x == 0 {
                return x as i32 - y as i32;
            }
            i += 1;
        }
    }
    0
}

pub unsafe fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    // SAFETY: caller's contract: n readable bytes each.
    unsafe {
        if (a as usize ^ b as usize) & (W - 1) == 0 {
            while i < n && (a as usize + i) & (W - 1) != 0 {
                if *a.add(i) != *b.add(i) {
                    break;
                }
                i += 1;
            }
            if i < n && (a as usize + i) & (W - 1) == 0 {
                while n - i >= W && word(a.add(i)) == word(b.add(i)) {
                    i += W;
                }
            }
        }
        while i < n {
            let (x, y) = (*a.add(i), *b.add(i));
            if x != y {
                return x as i32 - y as i32;
            }
            i += 1;
        }
    }
    0
}

pub unsafe fn memcpy(d: *mut u8, s: *const u8, n: usize) -> *mut u8 {
    // SAFETY: caller's contract (non-overlapping, or d < s for memmove).
    unsafe { copy_fwd(d, s, n) };
    d
}

/// Forward copy; safe for overlap with `d < s`.
unsafe fn copy_fwd(d: *mut u8, s: *const u8, n: usize) {
    let mut i = 0;
    // SAFETY: [0, n) of both; source words read are aligned and hold at
    // least one byte still to copy.
    unsafe {
        while i < n && (d as usize + i) & (W - 1) != 0 {
            *d.add(i) = *s.add(i);
            i += 1;
        }
        if n - i >= W {
            let k = (s as usize + i) & (W - 1);
            if k == 0 {
                // Eight aligned words per step where the arch wants it
                // (`arch::SWAR_UNROLL`), then single words.
                while crate::arch::SWAR_UNROLL && n - i >= 8 * W {
                    let (dp, sp) = (d.add(i) as *mut usize, s.add(i));
                    let a = [
                        word(sp),
                        word(sp.add(W)),
                        word(sp.add(2 * W)),
                        word(sp.add(3 * W)),
                        word(sp.add(4 * W)),
                        word(sp.add(5 * W)),
                        word(sp.add(6 * W)),
                        word(sp.add(7 * W)),
                    ];
                    let mut j = 0;
                    while j < 8 {
                        *dp.add(j) = a[j];
                        j += 1;
                    }
                    i += 8 * W;
                }
                while n - i >= W {
                    *(d.add(i) as *mut usize) = word(s.add(i));
                    i += W;
                }
            } else {
                // Source misaligned by k: merge two aligned source words.
                let (lo, hi) = (8 * k as u32, 8 * (W - k) as u32);
                let mut sp = s.add(i).sub(k);
                let mut prev = word(sp);
                while n - i >= W {
                    let next = word(sp.add(W));
                    *(d.add(i) as *mut usize) = (prev >> lo) | (next << hi);
                    prev = next;
                    sp = sp.add(W);
                    i += W;
                }
            }
        }
        while i < n {
            *d.add(i) = *s.add(i);
            i += 1;
        }
    }
}

pub unsafe fn memmove(d: *mut u8, s: *const u8, n: usize) -> *mut u8 {
    if (d as usize).wrapping_sub(s as usize) >= n {
        // SAFETY: d before s or disjoint.
        unsafe { copy_fwd(d, s, n) };
        return d;
    }
    let mut i = n;
    // SAFETY: backwards over [0, n); words only when mutually aligned.
    unsafe {
        if (d as usize ^ s as usize) & (W - 1) == 0 {
            while i > 0 && (d as usize + i) & (W - 1) != 0 {
                i -= 1;
                *d.add(i) = *s.add(i);
            }
            while i >= W {
                i -= W;
                *(d.add(i) as *mut usize) = word(s.add(i));
            }
        }
        while i > 0 {
            i -= 1;
            *d.add(i) = *s.add(i);
        }
    }
    d
}

pub unsafe fn memset(d: *mut u8, c: u8, n: usize) -> *mut u8 {
    let cc = ONES * c as usize;
    let mut i = 0;
    // SAFETY: caller's contract: n writable bytes.
    unsafe {
        while i < n && (d as usize + i) & (W - 1) != 0 {
            *d.add(i) = c;
            i += 1;
        }
        // Eight aligned words per step where the arch wants it
        // (`arch::SWAR_UNROLL`): one loop branch per 32/64 bytes (the
        // crate is `no_builtins`, so this stays stores, not a call).
        while crate::arch::SWAR_UNROLL && n - i >= 8 * W {
            let p = d.add(i) as *mut usize;
            *p = cc;
            *p.add(1) = cc;
            *p.add(2) = cc;
            *p.add(3) = cc;
            *p.add(4) = cc;
            *p.add(5) = cc;
            *p.add(6) = cc;
            *p.add(7) = cc;
            i += 8 * W;
        }
        while n - i >= W {
            *(d.add(i) as *mut usize) = cc;
            i += W;
        }
        while i < n {
            *d.add(i) = c;
            i += 1;
        }
    }
    d
}

// Scalar helpers for the vector kernels (arches with cheap unaligned
// access only).

#[inline(always)]
unsafe fn rd64(p: *const u8) -> u64 {
    // SAFETY: caller passes 8 readable bytes.
    unsafe { (p as *const u64).read_unaligned() }
}

#[inline(always)]
unsafe fn wr64(p: *mut u8, v: u64) {
    // SAFETY: caller passes 8 writable bytes.
    unsafe { (p as *mut u64).write_unaligned(v) }
}

/// `memcmp` for short lengths with big-endian word compares.
#[inline(always)]
#[allow(dead_code)]
pub unsafe fn memcmp_small(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: every read is inside [0, n).
    unsafe {
        if n >= 8 {
            let mut i = 0;
            loop {
                let (x, y) = (rd64(a.add(i)).to_be(), rd64(b.add(i)).to_be());
                if x != y {
                    return if x < y { -1 } else { 1 };
                }
                if i + 8 == n {
                    return 0;
                }
                i = (i + 8).min(n - 8);
            }
        }
        if n >= 4 {
            let r = |p: *const u8| {
                let h = (p as *const u32).read_unaligned().to_be() as u64;
                let t = (p.add(n - 4) as *const u32).read_unaligned().to_be() as u64;
                (h << 32) | t
            };
            let (x, y) = (r(a), r(b));
            return if x == y {
                0
            } else if x < y {
                -1
            } else {
                1
            };
        }
        for i in 0..n {
            let (x, y) = (*a.add(i), *b.add(i));
            if x != y {
                return x as i32 - y as i32;
            }
        }
        0
    }
}

/// Copies `n <= 32` bytes, every load before the first store.
#[inline(always)]
#[allow(dead_code)]
pub unsafe fn copy_le32(d: *mut u8, s: *const u8, n: usize) {
    // SAFETY: every access is inside [0, n).
    unsafe {
        if n >= 16 {
            let (a, b) = (rd64(s), rd64(s.add(8)));
            let (c, e) = (rd64(s.add(n - 16)), rd64(s.add(n - 8)));
            wr64(d, a);
            wr64(d.add(8), b);
            wr64(d.add(n - 16), c);
            wr64(d.add(n - 8), e);
        } else if n >= 8 {
            let (a, b) = (rd64(s), rd64(s.add(n - 8)));
            wr64(d, a);
            wr64(d.add(n - 8), b);
        } else if n >= 4 {
            let a = (s as *const u32).read_unaligned();
            let b = (s.add(n - 4) as *const u32).read_unaligned();
            (d as *mut u32).write_unaligned(a);
            (d.add(n - 4) as *mut u32).write_unaligned(b);
        } else if n > 0 {
            let (a, b, c) = (*s, *s.add(n / 2), *s.add(n - 1));
            *d = a;
            *d.add(n / 2) = b;
            *d.add(n - 1) = c;
        }
    }
}

/// Fills `n <= 32` bytes.
#[inline(always)]
#[allow(dead_code)]
pub unsafe fn set_le32(d: *mut u8, c: u8, n: usize) {
    let v = 0x0101_0101_0101_0101u64 * c as u64;
    // SAFETY: every store is inside [0, n).
    unsafe {
        if n >= 16 {
            wr64(d, v);
            wr64(d.add(8), v);
            wr64(d.add(n - 16), v);
            wr64(d.add(n - 8), v);
        } else if n >= 8 {
            wr64(d, v);
            wr64(d.add(n - 8), v);
        } else if n >= 4 {
            (d as *mut u32).write_unaligned(v as u32);
            (d.add(n - 4) as *mut u32).write_unaligned(v as u32);
        } else if n > 0 {
            *d = c;
            *d.add(n / 2) = c;
            *d.add(n - 1) = c;
        }
    }
}
