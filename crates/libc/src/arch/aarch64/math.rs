//! The correctly rounded square roots: `fsqrt` (FPCR's rounding mode).
use core::arch::asm;

/// IEEE square root of `x` in the current rounding mode.
#[inline]
pub fn sqrt(mut x: f64) -> f64 {
    // SAFETY: one register-only FP instruction.
    unsafe { asm!("fsqrt {0:d}, {0:d}", inout(vreg) x, options(nomem, nostack)) };
    x
}

/// IEEE square root of `x` (binary32) in the current rounding mode.
#[inline]
pub fn sqrtf(mut x: f32) -> f32 {
    // SAFETY: one register-only FP instruction.
    unsafe { asm!("fsqrt {0:s}, {0:s}", inout(vreg) x, options(nomem, nostack)) };
    x
}

/// glibc's generic `FP_ILOGB0` (`-INT_MAX`) and `FP_ILOGBNAN` (`INT_MAX`).
pub const FP_ILOGB0: i32 = -i32::MAX;
pub const FP_ILOGBNAN: i32 = i32::MAX;
