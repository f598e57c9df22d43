//! x86_64 string kernels: SSE2 (baseline) and AVX2 instances of the shared
//! vector kernels (`string/simd.rs`), an AVX-512 BW/VL tier (`evex`: own
//! strlen/memchr/strcmp on 32-byte vectors with opmask tests, AVX2's
//! kernels otherwise), picked once from cpuid and XCR0, plus
//! `rep movsb`/`rep stosb` for large copies and fills on ERMS CPUs.
use core::sync::atomic::{AtomicU8, Ordering};

const DETECTED: u8 = 1;
const AVX2: u8 = 2;
const ERMS: u8 = 4;
const EVEX: u8 = 8;

/// CPU features, computed on first use (no ifunc in a static libc).
static FEATURES: AtomicU8 = AtomicU8::new(0);

/// The features once known (inside a kernel the dispatcher picked; host
/// tests call kernels directly, so they detect here).
#[inline(always)]
fn known_features() -> u8 {
    let f = FEATURES.load(Ordering::Relaxed);
    if cfg!(test) && f == 0 { detect() } else { f }
}

#[cold]
#[inline(never)]
fn detect() -> u8 {
    use core::arch::x86_64::{__cpuid, __cpuid_count};
    let mut f = DETECTED;
    let max = __cpuid(0).eax;
    if max >= 7 {
        let (l7, l1) = (__cpuid_count(7, 0), __cpuid(1));
        if l7.ebx & (1 << 9) != 0 {
            f |= ERMS;
        }
        let osxsave = l1.ecx & (1 << 27) != 0;
        let avx = l1.ecx & (1 << 28) != 0;
        if osxsave && avx && l7.ebx & (1 << 5) != 0 {
            let (lo, _hi): (u32, u32);
            // SAFETY: xgetbv is available when OSXSAVE is set.
            unsafe {
                core::arch::asm!("xgetbv", in("ecx") 0, out("eax") lo, out("edx") _hi,
                    options(nomem, nostack, preserves_flags))
            };
            // The OS saves XMM and YMM state.
            if lo & 6 == 6 {
                f |= AVX2;
                // AVX512F, BW and VL, with opmask and upper ZMM state
                // saved too.
                let want = (1 << 16) | (1 << 30) | (1 << 31);
                if l7.ebx & want == want && lo & 0xe0 == 0xe0 {
                    f |= EVEX;
                }
            }
        }
    }
    FEATURES.store(f, Ordering::Relaxed);
    f
}

/// Sizes from which `rep movsb` / `rep stosb` beat the vector loops
/// (measured on an AVX-512 Xeon: the vector copy wins below 4 KiB, the
/// vector fill below 8 KiB).
const REP_MOVSB_MIN: usize = 4096;
const REP_STOSB_MIN: usize = 8192;

/// Bytes from `d` to the next 64-byte boundary (1..=64): the string
/// instructions run at full speed only from a cache-line-aligned
/// destination, so the head line goes by vector moves first.
#[inline(always)]
fn line_head(d: *mut u8) -> usize {
    64 - (d as usize & 63)
}

#[inline(always)]
unsafe fn big_copy(d: *mut u8, s: *const u8, n: usize) -> bool {
    if n < REP_MOVSB_MIN || known_features() & ERMS == 0 {
        return false;
    }
    use core::arch::x86_64::{__m128i, _mm_loadu_si128, _mm_storeu_si128};
    let h = line_head(d);
    // SAFETY: n >= 64: the first 64 bytes by SSE2 moves, then the rest
    // from the aligned destination; the caller ensures no overlap.
    unsafe {
        let (s4, d4) = (s as *const __m128i, d as *mut __m128i);
        let (x0, x1) = (_mm_loadu_si128(s4), _mm_loadu_si128(s4.add(1)));
        let (x2, x3) = (_mm_loadu_si128(s4.add(2)), _mm_loadu_si128(s4.add(3)));
        _mm_storeu_si128(d4, x0);
        _mm_storeu_si128(d4.add(1), x1);
        _mm_storeu_si128(d4.add(2), x2);
        _mm_storeu_si128(d4.add(3), x3);
        core::arch::asm!("rep movsb", inout("rcx") n - h => _, inout("rdi") d.add(h) => _,
            inout("rsi") s.add(h) => _, options(nostack, preserves_flags))
    };
    true
}

/// Returns `p`, opaquely to the optimiser (no instructions).
#[inline(always)]
// The asm only passes the pointer through; it touches no memory.
#[allow(clippy::pointers_in_nomem_asm_block)]
fn opaque(mut p: *mut u8) -> *mut u8 {
    // SAFETY: an empty asm block; it only claims to change the register.
    unsafe {
        core::arch::asm!("/* {0} */", inout(reg) p, options(pure, nomem, nostack, preserves_flags))
    };
    p
}

#[inline(always)]
unsafe fn big_set(d: *mut u8, c: u8, n: usize) -> bool {
    if n < REP_STOSB_MIN || known_features() & ERMS == 0 {
        return false;
    }
    use core::arch::x86_64::{__m128i, _mm_set1_epi8, _mm_storeu_si128};
    let h = line_head(d);
    // SAFETY: n >= 64 writable bytes: the first 64 by SSE2 stores, then
    // the rest from the aligned destination.
    unsafe {
        let (v, d4) = (_mm_set1_epi8(c as i8), d as *mut __m128i);
        _mm_storeu_si128(d4, v);
        _mm_storeu_si128(d4.add(1), v);
        _mm_storeu_si128(d4.add(2), v);
        _mm_storeu_si128(d4.add(3), v);
        core::arch::asm!("rep stosb", inout("rcx") n - h => _, inout("rdi") d.add(h) => _,
            in("al") c, options(nostack, preserves_flags))
    };
    true
}

mod sse2 {
    use super::{big_copy, big_set, opaque};
    use core::arch::x86_64::*;
    type T = __m128i;
    const V: usize = 16;
    const B: u32 = 1;
    #[inline]
    #[target_feature(enable = "sse2")]
    unsafe fn ld(p: *const u8) -> T {
        // SAFETY: caller passes a 16-aligned readable vector.
        unsafe { _mm_load_si128(p as *const T) }
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    unsafe fn ldu(p: *const u8) -> T {
        // SAFETY: caller passes 16 readable bytes.
        unsafe { _mm_loadu_si128(p as *const T) }
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    unsafe fn st(p: *mut u8, v: T) {
        // SAFETY: caller passes a 16-aligned writable vector.
        unsafe { _mm_store_si128(p as *mut T, v) }
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    unsafe fn stu(p: *mut u8, v: T) {
        // SAFETY: caller passes 16 writable bytes.
        unsafe { _mm_storeu_si128(p as *mut T, v) }
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    fn splat(c: u8) -> T {
        _mm_set1_epi8(c as i8)
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    fn zero() -> T {
        _mm_setzero_si128()
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    fn eq(a: T, b: T) -> T {
        _mm_cmpeq_epi8(a, b)
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    fn min(a: T, b: T) -> T {
        _mm_min_epu8(a, b)
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    fn xor(a: T, b: T) -> T {
        _mm_xor_si128(a, b)
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    fn or(a: T, b: T) -> T {
        _mm_or_si128(a, b)
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    fn mask(a: T) -> u64 {
        _mm_movemask_epi8(a) as u32 as u64
    }
    type H = __m128i;
    #[inline]
    #[target_feature(enable = "sse2")]
    unsafe fn ldh(p: *const u8) -> H {
        // SAFETY: caller passes 16 readable bytes.
        unsafe { ldu(p) }
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    unsafe fn sth(p: *mut u8, v: H) {
        // SAFETY: caller passes 16 writable bytes.
        unsafe { stu(p, v) }
    }
    #[inline]
    #[target_feature(enable = "sse2")]
    fn half(v: T) -> H {
        v
    }
    crate::string::simd::simd_kernels!("sse2");
}

mod avx2 {
    use super::{big_copy, big_set, opaque};
    use core::arch::x86_64::*;
    pub(super) type T = __m256i;
    pub(super) const V: usize = 32;
    pub(super) const B: u32 = 1;
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn ld(p: *const u8) -> T {
        // SAFETY: caller passes a 32-aligned readable vector.
        unsafe { _mm256_load_si256(p as *const T) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn ldu(p: *const u8) -> T {
        // SAFETY: caller passes 32 readable bytes.
        unsafe { _mm256_loadu_si256(p as *const T) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn st(p: *mut u8, v: T) {
        // SAFETY: caller passes a 32-aligned writable vector.
        unsafe { _mm256_store_si256(p as *mut T, v) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn stu(p: *mut u8, v: T) {
        // SAFETY: caller passes 32 writable bytes.
        unsafe { _mm256_storeu_si256(p as *mut T, v) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn splat(c: u8) -> T {
        _mm256_set1_epi8(c as i8)
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn zero() -> T {
        _mm256_setzero_si256()
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn eq(a: T, b: T) -> T {
        _mm256_cmpeq_epi8(a, b)
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn min(a: T, b: T) -> T {
        _mm256_min_epu8(a, b)
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn xor(a: T, b: T) -> T {
        _mm256_xor_si256(a, b)
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn or(a: T, b: T) -> T {
        _mm256_or_si256(a, b)
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn mask(a: T) -> u64 {
        _mm256_movemask_epi8(a) as u32 as u64
    }
    pub(super) type H = __m128i;
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn ldh(p: *const u8) -> H {
        // SAFETY: caller passes 16 readable bytes.
        unsafe { _mm_loadu_si128(p as *const H) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn sth(p: *mut u8, v: H) {
        // SAFETY: caller passes 16 writable bytes.
        unsafe { _mm_storeu_si128(p as *mut H, v) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn half(v: T) -> H {
        _mm256_castsi256_si128(v)
    }
    crate::string::simd::simd_kernels!("avx2");
}

/// The AVX-512 (BW/VL) tier: 32-byte vectors as in AVX2, but the scans
/// and strcmp test lanes into opmask registers (`vptestnmb`,
/// `vpcmpeqb k`), which saves the compare-to-zero and movemask steps and
/// lets one mask test decide a whole 4-vector block. No 512-bit
/// instructions. The other kernels are AVX2's.
mod evex {
    use super::avx2::{T, V, eq, ld, ldu, min, splat, xor};
    use super::opaque;
    use core::arch::x86_64::*;

    // The rest is AVX2's: with AVX-512 enabled the optimiser merges the
    // copies' vector pairs into 512-bit moves, which cost clock speed.
    pub use super::avx2::{memcmp, memcpy, memmove, memrchr, memset, strchrnul, strncmp, strrchr};

    const PAGE: usize = 4096;
    /// Whether an unaligned vector at `p` stays inside p's page.
    #[inline(always)]
    fn page_ok(p: *const u8) -> bool {
        (p as usize & (PAGE - 1)) <= PAGE - V
    }
    /// A zero vector, opaquely to the optimiser.
    #[inline]
    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl")]
    fn hidden_zero() -> T {
        let mut z = _mm256_setzero_si256();
        // SAFETY: an empty asm block; it only claims to change the register.
        unsafe {
            core::arch::asm!("/* {0} */", inout(ymm_reg) z, options(pure, nomem, nostack, preserves_flags))
        };
        z
    }
    /// Lanes where `v` is zero.
    #[inline]
    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl")]
    fn nul(v: T) -> u32 {
        _mm256_testn_epi8_mask(v, v)
    }
    /// Lanes where `v` is non-zero.
    #[inline]
    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl")]
    fn set(v: T) -> u32 {
        _mm256_test_epi8_mask(v, v)
    }
    /// Lanes where `a` and `b` differ or `a` is zero.
    #[inline]
    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl")]
    fn diff_or_nul(a: T, b: T) -> u32 {
        !_mm256_mask_cmpeq_epi8_mask(_mm256_test_epi8_mask(a, a), a, b)
    }
    #[inline(always)]
    fn tz(m: u32) -> usize {
        m.trailing_zeros() as usize
    }
    /// `m`, moved to a general register opaquely, so that the optimiser
    /// does not merge two 32-lane masks into one 64-lane (zmm) test:
    /// 512-bit instructions lower the clock on many CPUs.
    #[inline(always)]
    fn gpr(mut m: u32) -> u32 {
        // SAFETY: an empty asm block; it only claims to change the register.
        unsafe {
            core::arch::asm!("/* {0:e} */", inout(reg) m, options(pure, nomem, nostack, preserves_flags))
        };
        m
    }
    /// `gpr` for a 64-bit value (so a zero-extended mask stays known
    /// zero-extended: no extra move).
    #[inline(always)]
    fn gpr64(mut m: u64) -> u64 {
        // SAFETY: an empty asm block; it only claims to change the register.
        unsafe {
            core::arch::asm!("/* {0} */", inout(reg) m, options(pure, nomem, nostack, preserves_flags))
        };
        m
    }
    /// The first zero lane of two vectors `x` and `y`, given `m`, the
    /// zero lanes of their lane-wise minimum (non-zero): with no zero in
    /// `x`, the minimum's zero lanes are `y`'s.
    #[inline]
    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl")]
    fn first_nul2(x: T, m: u32) -> usize {
        let lanes = gpr64(nul(x) as u64) | gpr64(m as u64) << 32;
        // SAFETY: m is non-zero.
        unsafe { core::num::NonZero::new_unchecked(lanes) }.trailing_zeros() as usize
    }

    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl")]
    pub unsafe fn strlen(s: *const u8) -> usize {
        // SAFETY: the unaligned first vector stays in s's page (checked);
        // later loads are aligned vectors (or 4V blocks) holding a byte
        // not past the NUL, so never in a page the string doesn't reach.
        unsafe {
            // The first vector; p, the next aligned one.
            let mut p;
            if page_ok(s) {
                let m = nul(ldu(s));
                if m != 0 {
                    return tz(m);
                }
                p = s.add(V - (s as usize & (V - 1)));
            } else {
                let off = s as usize & (V - 1);
                p = s.sub(off);
                let m = nul(ld(p)) >> off;
                if m != 0 {
                    return tz(m);
                }
                p = p.add(V);
            }
            // The next four aligned vectors one by one, with no loop or
            // alignment test: short strings end here, and every start
            // offset takes the same branches. Compared with a zero
            // register the optimiser cannot see through, each takes its
            // load as an operand (one fused uop; a known zero would make
            // it `vptestnmb`, which needs the vector in a register).
            let z = hidden_zero();
            // The hit exits are tested against a zero the optimiser
            // cannot see either: it takes `m != 0` as the likely way and
            // would make every miss a taken branch (front-end cycles);
            // with no such guess the misses fall through.
            let zero = gpr(0);
            let head = p as usize - s as usize;
            let mut k = 0;
            while k < 4 * V {
                let m = _mm256_cmpeq_epi8_mask(ld(p.add(k)), z);
                if m != zero {
                    // Non-zero (checked): tzcnt needs no zero case.
                    let m = core::num::NonZero::new_unchecked(m);
                    return head + k + m.trailing_zeros() as usize;
                }
                k += V;
            }
            // Then 4V-aligned blocks from the last one checked so far
            // (it starts after s, at most 3V back: re-read, NUL-free).
            let mut q = ((p as usize + 4 * V) & !(4 * V - 1)) as *const u8;
            loop {
                let (a, b, c, d) = (ld(q), ld(q.add(V)), ld(q.add(2 * V)), ld(q.add(3 * V)));
                let (ab, cd) = (nul(min(a, b)), nul(min(c, d)));
                if ab | cd != 0 {
                    // Opaque, so that the loop keeps one induction
                    // variable rather than a second one for the offset.
                    let at = opaque(q as *mut u8) as usize - s as usize;
                    if ab != 0 {
                        return at + first_nul2(a, ab);
                    }
                    return at + 2 * V + first_nul2(c, cd);
                }
                q = q.add(4 * V);
            }
        }
    }

    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl")]
    pub unsafe fn memchr(s: *const u8, c: u8, n: usize) -> *const u8 {
        if n == 0 {
            return core::ptr::null();
        }
        let end = (s as usize).saturating_add(n);
        let found = |r: usize| {
            if r < end {
                r as *const u8
            } else {
                core::ptr::null()
            }
        };
        // SAFETY: the unaligned first vector stays in s's page (checked);
        // later loads are aligned vectors, or aligned 4V blocks (one
        // page), each holding a byte of [s, s + n).
        unsafe {
            let vc = splat(c);
            let mut p;
            if page_ok(s) {
                let m = nul(xor(ldu(s), vc));
                if m != 0 {
                    return found(s as usize + tz(m));
                }
                if n <= V {
                    return core::ptr::null();
                }
                p = s.add(V - (s as usize & (V - 1)));
            } else {
                let off = s as usize & (V - 1);
                p = s.sub(off);
                let m = nul(xor(ld(p), vc)) >> off;
                if m != 0 {
                    return found(s as usize + tz(m));
                }
                p = p.add(V);
            }
            while p as usize & (4 * V - 1) != 0 {
                if p as usize >= end {
                    return core::ptr::null();
                }
                let m = nul(xor(ld(p), vc));
                if m != 0 {
                    return found(p as usize + tz(m));
                }
                p = p.add(V);
            }
            // Whole blocks before the end need no bound check on a hit.
            let stop = end.saturating_sub(4 * V);
            while (p as usize) < stop {
                // 0xff lanes where equal; one three-way OR and one OR
                // (7 vector operations for 4 vectors).
                let (a, b) = (eq(ld(p), vc), eq(ld(p.add(V)), vc));
                let (cc, d) = (eq(ld(p.add(2 * V)), vc), eq(ld(p.add(3 * V)), vc));
                let t = _mm256_or_si256(_mm256_ternarylogic_epi32::<0xfe>(a, b, cc), d);
                if set(t) != 0 {
                    let lo = gpr(set(a)) as u64 | (gpr(set(b)) as u64) << 32;
                    if lo != 0 {
                        return p.add(lo.trailing_zeros() as usize);
                    }
                    // With none in a and b, t's lanes are cc's or d's.
                    let hi = gpr(set(cc)) as u64 | (gpr(set(t)) as u64) << 32;
                    return p.add(2 * V + hi.trailing_zeros() as usize);
                }
                p = p.add(4 * V);
            }
            // At most four vectors left; each aligned and holding a byte
            // before the end.
            while (p as usize) < end {
                let m = nul(xor(ld(p), vc));
                if m != 0 {
                    return found(p as usize + tz(m));
                }
                p = p.add(V);
            }
            core::ptr::null()
        }
    }

    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl")]
    pub unsafe fn strnlen(s: *const u8, n: usize) -> usize {
        // SAFETY: same contract as memchr over at most n bytes.
        let p = unsafe { memchr(s, 0, n) };
        if p.is_null() {
            n
        } else {
            p as usize - s as usize
        }
    }

    #[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl")]
    pub unsafe fn strcmp(a: *const u8, b: *const u8) -> i32 {
        // SAFETY: as the shared strcmp: loads stay inside the pages of
        // bytes known to belong to both strings or of the next byte of
        // each; between page checks we load only up to the nearer page
        // end, and the vector reaching it starts at most V bytes back,
        // over compared bytes.
        unsafe {
            let at = |pa: *const u8, pb: *const u8, k: usize| *pa.add(k) as i32 - *pb.add(k) as i32;
            if page_ok(a) && page_ok(b) {
                let m = diff_or_nul(ldu(a), ldu(b));
                if m != 0 {
                    return at(a, b, tz(m));
                }
            } else {
                for i in 0..V {
                    let (x, y) = (*a.add(i), *b.add(i));
                    if x != y || x == 0 {
                        return x as i32 - y as i32;
                    }
                }
            }
            let skip = V - (a as usize & (V - 1));
            let (mut pa, mut pb) = (a.add(skip), b.add(skip));
            loop {
                let ra = PAGE - (pa as usize & (PAGE - 1));
                let rb = PAGE - (pb as usize & (PAGE - 1));
                let mut left = if ra < rb { ra } else { rb };
                let stop = pa.add(left & !(4 * V - 1));
                left &= 4 * V - 1;
                while pa != stop {
                    let (a0, a1, a2, a3) = (
                        ldu(pa),
                        ldu(pa.add(V)),
                        ldu(pa.add(2 * V)),
                        ldu(pa.add(3 * V)),
                    );
                    // A NUL in any a vector (a min tree), or a lane
                    // where the four equality vectors' AND is zero.
                    let (e0, e1) = (eq(a0, ldu(pb)), eq(a1, ldu(pb.add(V))));
                    let (e2, e3) = (eq(a2, ldu(pb.add(2 * V))), eq(a3, ldu(pb.add(3 * V))));
                    let t = min(min(a0, a1), min(a2, a3));
                    let e = _mm256_ternarylogic_epi32::<0x80>(e0, e1, e2);
                    if nul(t) | _mm256_testn_epi8_mask(e, e3) != 0 {
                        // min(a, e) is zero where a is NUL or differs.
                        // Branches here (predictable at a loop's exit)
                        // beat merged masks (as strlen's) for strcmp.
                        for (k, (av, ev)) in [(a0, e0), (a1, e1), (a2, e2), (a3, e3)]
                            .into_iter()
                            .enumerate()
                        {
                            let m = nul(min(av, ev));
                            if m != 0 {
                                return at(pa, pb, k * V + tz(m));
                            }
                        }
                    }
                    pa = pa.add(4 * V);
                    pb = pb.add(4 * V);
                }
                while left >= V {
                    let m = diff_or_nul(ldu(pa), ldu(pb));
                    if m != 0 {
                        return at(pa, pb, tz(m));
                    }
                    pa = pa.add(V);
                    pb = pb.add(V);
                    left -= V;
                }
                if left > 0 {
                    // The vector ending at the page end, or the first V
                    // bytes (compared already) if that starts before a.
                    let i = pa as usize - a as usize;
                    let j = (i + left).max(V) - V;
                    let m = diff_or_nul(ldu(a.add(j)), ldu(b.add(j))) >> (i - j);
                    if m != 0 {
                        return at(pa, pb, tz(m));
                    }
                    pa = pa.add(left);
                    pb = pb.add(left);
                }
            }
        }
    }
}

/// The kernel API `string/mod.rs` calls: each picks the AVX-512 tier,
/// else AVX2, else SSE2, from the features found once. The hot path is
/// one load, a bit test and a tail jump into the kernel; the other tiers
/// sit behind an out-of-line call so that none of them is inlined into
/// the exported function (which would give every call its frame).
macro_rules! dispatch {
    ($(fn $name:ident($($a:ident: $t:ty),*) $(-> $r:ty)?;)*) => {
        mod lower {$(
            #[inline(never)]
            pub unsafe fn $name($($a: $t),*) $(-> $r)? {
                let mut f = super::FEATURES.load(super::Ordering::Relaxed);
                if f == 0 {
                    f = super::detect();
                }
                if f & super::EVEX != 0 {
                    // SAFETY: the CPU has AVX-512 F/BW/VL (checked);
                    // caller's contract.
                    unsafe { super::evex::$name($($a),*) }
                } else if f & super::AVX2 != 0 {
                    // SAFETY: the CPU has AVX2 (checked); caller's contract.
                    unsafe { super::avx2::$name($($a),*) }
                } else {
                    // SAFETY: SSE2 is baseline on x86_64; caller's contract.
                    unsafe { super::sse2::$name($($a),*) }
                }
            }
        )*}
        $(
        #[inline(always)]
        pub unsafe fn $name($($a: $t),*) $(-> $r)? {
            if FEATURES.load(Ordering::Relaxed) & EVEX != 0 {
                // SAFETY: the CPU has AVX-512 F/BW/VL (checked); caller's
                // contract.
                unsafe { evex::$name($($a),*) }
            } else {
                // SAFETY: caller's contract; `lower` checks the features.
                unsafe { lower::$name($($a),*) }
            }
        }
    )*};
}

dispatch! {
    fn memcpy(d: *mut u8, s: *const u8, n: usize) -> *mut u8;
    fn memmove(d: *mut u8, s: *const u8, n: usize) -> *mut u8;
    fn memset(d: *mut u8, c: u8, n: usize) -> *mut u8;
    fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32;
    fn strlen(s: *const u8) -> usize;
    fn strnlen(s: *const u8, n: usize) -> usize;
    fn memchr(s: *const u8, c: u8, n: usize) -> *const u8;
    fn memrchr(s: *const u8, c: u8, n: usize) -> *const u8;
    fn strchrnul(s: *const u8, c: u8) -> *const u8;
    fn strrchr(s: *const u8, c: u8) -> *const u8;
    fn strcmp(a: *const u8, b: *const u8) -> i32;
    fn strncmp(a: *const u8, b: *const u8, n: usize) -> i32;
}

#[cfg(test)]
mod tests {
    crate::string::kernel_tests::kernel_suite!(sse2_kernels, super::super::sse2, true);
    crate::string::kernel_tests::kernel_suite!(
        avx2_kernels,
        super::super::avx2,
        std::arch::is_x86_feature_detected!("avx2")
    );
    crate::string::kernel_tests::kernel_suite!(
        evex_kernels,
        super::super::evex,
        std::arch::is_x86_feature_detected!("avx512bw")
            && std::arch::is_x86_feature_detected!("avx512vl")
    );
}
