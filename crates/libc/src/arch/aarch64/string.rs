//! aarch64 string kernels: the shared vector kernels (`string/simd.rs`)
//! over 16-byte NEON vectors. NEON has no movemask; a narrowing shift
//! turns each compare byte into a nibble (4 mask bits per lane).
use core::arch::aarch64::*;

type T = uint8x16_t;
const V: usize = 16;
const B: u32 = 4;

#[inline(always)]
unsafe fn big_copy(_d: *mut u8, _s: *const u8, _n: usize) -> bool {
    false
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
unsafe fn big_set(_d: *mut u8, _c: u8, _n: usize) -> bool {
    false
}
#[inline]
#[target_feature(enable = "neon")]
unsafe fn ld(p: *const u8) -> T {
    // SAFETY: caller passes 16 readable bytes.
    unsafe { vld1q_u8(p) }
}
#[inline]
#[target_feature(enable = "neon")]
unsafe fn ldu(p: *const u8) -> T {
    // SAFETY: caller passes 16 readable bytes.
    unsafe { vld1q_u8(p) }
}
#[inline]
#[target_feature(enable = "neon")]
unsafe fn st(p: *mut u8, v: T) {
    // SAFETY: caller passes 16 writable bytes.
    unsafe { vst1q_u8(p, v) }
}
#[inline]
#[target_feature(enable = "neon")]
unsafe fn stu(p: *mut u8, v: T) {
    // SAFETY: caller passes 16 writable bytes.
    unsafe { vst1q_u8(p, v) }
}
#[inline]
#[target_feature(enable = "neon")]
fn splat(c: u8) -> T {
    vdupq_n_u8(c)
}
#[inline]
#[target_feature(enable = "neon")]
fn zero() -> T {
    vdupq_n_u8(0)
}
#[inline]
#[target_feature(enable = "neon")]
fn eq(a: T, b: T) -> T {
    vceqq_u8(a, b)
}
#[inline]
#[target_feature(enable = "neon")]
fn min(a: T, b: T) -> T {
    vminq_u8(a, b)
}
#[inline]
#[target_feature(enable = "neon")]
fn xor(a: T, b: T) -> T {
    veorq_u8(a, b)
}
#[inline]
#[target_feature(enable = "neon")]
fn or(a: T, b: T) -> T {
    vorrq_u8(a, b)
}
#[inline]
#[target_feature(enable = "neon")]
fn mask(a: T) -> u64 {
    let nib = vshrn_n_u16::<4>(vreinterpretq_u16_u8(a));
    vget_lane_u64::<0>(vreinterpret_u64_u8(nib))
}
type H = T;
#[inline]
#[target_feature(enable = "neon")]
unsafe fn ldh(p: *const u8) -> H {
    // SAFETY: caller passes 16 readable bytes.
    unsafe { vld1q_u8(p) }
}
#[inline]
#[target_feature(enable = "neon")]
unsafe fn sth(p: *mut u8, v: H) {
    // SAFETY: caller passes 16 writable bytes.
    unsafe { vst1q_u8(p, v) }
}
#[inline]
#[target_feature(enable = "neon")]
fn half(v: T) -> H {
    v
}
crate::string::simd::simd_kernels!("neon");
