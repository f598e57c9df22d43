//! The correctly rounded square roots: `fsqrt.d`/`fsqrt.s` with the
//! dynamic rounding mode (fcsr.frm).
use core::arch::asm;

/// IEEE square root of `x` in the current rounding mode.
#[inline]
pub fn sqrt(mut x: f64) -> f64 {
    // SAFETY: one register-only FP instruction.
    unsafe { asm!("fsqrt.d {0}, {0}, dyn", inout(freg) x, options(nomem, nostack)) };
    x
}

/// IEEE square root of `x` (binary32) in the current rounding mode.
#[inline]
pub fn sqrtf(mut x: f32) -> f32 {
    // SAFETY: one register-only FP instruction.
    unsafe { asm!("fsqrt.s {0}, {0}, dyn", inout(freg) x, options(nomem, nostack)) };
    x
}

/// glibc's generic `FP_ILOGB0` (`-INT_MAX`) and `FP_ILOGBNAN` (`INT_MAX`).
pub const FP_ILOGB0: i32 = -i32::MAX;
pub const FP_ILOGBNAN: i32 = i32::MAX;

/// fcsr.frm's rounding direction (RMM, ties away, is never set by fesetround).
#[inline]
pub fn round_dir() -> crate::math::Dir {
    let m: usize;
    // SAFETY: reading frm has no side effects.
    unsafe { asm!("frrm {0}", out(reg) m, options(nomem, nostack, preserves_flags)) };
    match m {
        1 => crate::math::Dir::Zero,
        2 => crate::math::Dir::Down,
        3 => crate::math::Dir::Up,
        _ => crate::math::Dir::Nearest,
    }
}

/// Fused multiply-add, rounded once in the current mode (`fmadd.d`).
#[inline]
pub fn fma(mut x: f64, y: f64, z: f64) -> f64 {
    // SAFETY: one register-only FP instruction.
    unsafe {
        asm!("fmadd.d {0}, {0}, {1}, {2}, dyn", inout(freg) x, in(freg) y, in(freg) z,
            options(nomem, nostack))
    };
    x
}

/// Fused multiply-add for binary32 (`fmadd.s`).
#[inline]
pub fn fmaf(mut x: f32, y: f32, z: f32) -> f32 {
    // SAFETY: one register-only FP instruction.
    unsafe {
        asm!("fmadd.s {0}, {0}, {1}, {2}, dyn", inout(freg) x, in(freg) y, in(freg) z,
            options(nomem, nostack))
    };
    x
}

/// Switch frm to round-to-nearest; the previous mode (0 when nothing
/// changed). The flags live in fflags, untouched.
#[inline]
pub fn nearest_begin() -> usize {
    let m: usize;
    // SAFETY: fsrmi swaps frm with 0 (RNE) and returns the old mode.
    unsafe { asm!("fsrmi {0}, 0", out(reg) m, options(nostack)) };
    m
}

/// Give back the direction `nearest_begin` took.
#[inline]
pub fn nearest_end(m: usize) {
    if m != 0 {
        // SAFETY: writing frm changes only the rounding mode.
        unsafe { asm!("fsrm {0}", in(reg) m, options(nostack)) };
    }
}
