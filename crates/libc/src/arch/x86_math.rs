//! x86_64's and i386's correctly rounded square roots: SSE2
//! `sqrtsd`/`sqrtss` (both Rust targets have SSE2; MXCSR carries the
//! rounding mode and the flags).
use core::arch::asm;

/// IEEE square root of `x` in the current rounding mode.
#[inline]
pub fn sqrt(mut x: f64) -> f64 {
    // SAFETY: one register-only SSE2 instruction.
    unsafe { asm!("sqrtsd {0}, {0}", inout(xmm_reg) x, options(nomem, nostack)) };
    x
}

/// IEEE square root of `x` (binary32) in the current rounding mode.
#[inline]
pub fn sqrtf(mut x: f32) -> f32 {
    // SAFETY: one register-only SSE instruction.
    unsafe { asm!("sqrtss {0}, {0}", inout(xmm_reg) x, options(nomem, nostack)) };
    x
}

/// glibc's `FP_ILOGB0` and `FP_ILOGBNAN` here: both `INT_MIN` (what the
/// x87 `fxtract` path gives).
pub const FP_ILOGB0: i32 = i32::MIN;
pub const FP_ILOGBNAN: i32 = i32::MIN;
