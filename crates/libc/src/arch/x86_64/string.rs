//! x86_64 string kernels: SSE2 (baseline) and AVX2 instances of the shared
//! vector kernels (`string/simd.rs`), picked once from cpuid, plus
//! `rep movsb`/`rep stosb` for large copies and fills on ERMS CPUs.
use core::sync::atomic::{AtomicU8, Ordering};

const DETECTED: u8 = 1;
const AVX2: u8 = 2;
const ERMS: u8 = 4;

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
            }
        }
    }
    FEATURES.store(f, Ordering::Relaxed);
    f
}

/// Sizes from which `rep movsb` / `rep stosb` beat the vector loops.
const REP_MOVSB_MIN: usize = 2048;
const REP_STOSB_MIN: usize = 2048;

#[inline(always)]
unsafe fn big_copy(d: *mut u8, s: *const u8, n: usize) -> bool {
    if n < REP_MOVSB_MIN || known_features() & ERMS == 0 {
        return false;
    }
    // SAFETY: copies n bytes forward; the caller ensures no overlap.
    unsafe {
        core::arch::asm!("rep movsb", inout("rcx") n => _, inout("rdi") d => _,
            inout("rsi") s => _, options(nostack, preserves_flags))
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
    // SAFETY: fills n writable bytes.
    unsafe {
        core::arch::asm!("rep stosb", inout("rcx") n => _, inout("rdi") d => _,
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
    type T = __m256i;
    const V: usize = 32;
    const B: u32 = 1;
    #[inline]
    #[target_feature(enable = "avx2")]
    unsafe fn ld(p: *const u8) -> T {
        // SAFETY: caller passes a 32-aligned readable vector.
        unsafe { _mm256_load_si256(p as *const T) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    unsafe fn ldu(p: *const u8) -> T {
        // SAFETY: caller passes 32 readable bytes.
        unsafe { _mm256_loadu_si256(p as *const T) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    unsafe fn st(p: *mut u8, v: T) {
        // SAFETY: caller passes a 32-aligned writable vector.
        unsafe { _mm256_store_si256(p as *mut T, v) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    unsafe fn stu(p: *mut u8, v: T) {
        // SAFETY: caller passes 32 writable bytes.
        unsafe { _mm256_storeu_si256(p as *mut T, v) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    fn splat(c: u8) -> T {
        _mm256_set1_epi8(c as i8)
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    fn zero() -> T {
        _mm256_setzero_si256()
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    fn eq(a: T, b: T) -> T {
        _mm256_cmpeq_epi8(a, b)
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    fn min(a: T, b: T) -> T {
        _mm256_min_epu8(a, b)
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    fn xor(a: T, b: T) -> T {
        _mm256_xor_si256(a, b)
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    fn or(a: T, b: T) -> T {
        _mm256_or_si256(a, b)
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    fn mask(a: T) -> u64 {
        _mm256_movemask_epi8(a) as u32 as u64
    }
    type H = __m128i;
    #[inline]
    #[target_feature(enable = "avx2")]
    unsafe fn ldh(p: *const u8) -> H {
        // SAFETY: caller passes 16 readable bytes.
        unsafe { _mm_loadu_si128(p as *const H) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    unsafe fn sth(p: *mut u8, v: H) {
        // SAFETY: caller passes 16 writable bytes.
        unsafe { _mm_storeu_si128(p as *mut H, v) }
    }
    #[inline]
    #[target_feature(enable = "avx2")]
    fn half(v: T) -> H {
        _mm256_castsi256_si128(v)
    }
    crate::string::simd::simd_kernels!("avx2");
}

/// The kernel API `string/mod.rs` calls: each picks AVX2 when the CPU and
/// OS support it, SSE2 otherwise. The hot path is one load, a bit test
/// and a tail jump into the kernel.
macro_rules! dispatch {
    ($(fn $name:ident($($a:ident: $t:ty),*) $(-> $r:ty)?;)*) => {$(
        #[inline(always)]
        pub unsafe fn $name($($a: $t),*) $(-> $r)? {
            let mut f = FEATURES.load(Ordering::Relaxed);
            if f & AVX2 == 0 && f == 0 {
                f = detect();
            }
            if f & AVX2 != 0 {
                // SAFETY: the CPU has AVX2 (checked); caller's contract.
                unsafe { avx2::$name($($a),*) }
            } else {
                // SAFETY: SSE2 is baseline on x86_64; caller's contract.
                unsafe { sse2::$name($($a),*) }
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
}
