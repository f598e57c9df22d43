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

/// FPCR's rounding direction (RMode, bits 22–23).
#[inline]
pub fn round_dir() -> crate::math::Dir {
    let c: u64;
    // SAFETY: reading FPCR has no side effects.
    unsafe { asm!("mrs {0}, fpcr", out(reg) c, options(nomem, nostack, preserves_flags)) };
    match (c >> 22) & 3 {
        0 => crate::math::Dir::Nearest,
        1 => crate::math::Dir::Up,
        2 => crate::math::Dir::Down,
        _ => crate::math::Dir::Zero,
    }
}

/// Fused multiply-add, rounded once in the current mode (`fmadd`).
#[inline]
pub fn fma(mut x: f64, y: f64, z: f64) -> f64 {
    // SAFETY: one register-only FP instruction.
    unsafe {
        asm!("fmadd {0:d}, {0:d}, {1:d}, {2:d}", inout(vreg) x, in(vreg) y, in(vreg) z,
            options(nomem, nostack))
    };
    x
}

/// Fused multiply-add for binary32 (`fmadd`).
#[inline]
pub fn fmaf(mut x: f32, y: f32, z: f32) -> f32 {
    // SAFETY: one register-only FP instruction.
    unsafe {
        asm!("fmadd {0:s}, {0:s}, {1:s}, {2:s}", inout(vreg) x, in(vreg) y, in(vreg) z,
            options(nomem, nostack))
    };
    x
}

/// Switch FPCR to round-to-nearest; the previous RMode bits (0 when
/// nothing changed). The flags live in FPSR, untouched.
#[inline]
pub fn nearest_begin() -> u64 {
    let c: u64;
    // SAFETY: reading FPCR has no side effects.
    unsafe { asm!("mrs {0}, fpcr", out(reg) c, options(nomem, nostack, preserves_flags)) };
    let rm = c & 0xc0_0000;
    if rm != 0 {
        // SAFETY: writing FPCR with only RMode changed.
        unsafe { asm!("msr fpcr, {0}", in(reg) c & !0xc0_0000, options(nostack, preserves_flags)) };
    }
    rm
}

/// Give back the direction `nearest_begin` took.
#[inline]
pub fn nearest_end(rm: u64) {
    if rm != 0 {
        let c: u64;
        // SAFETY: read-modify-write of FPCR's RMode bits.
        unsafe {
            asm!("mrs {0}, fpcr", out(reg) c, options(nostack, preserves_flags));
            asm!("msr fpcr, {0}", in(reg) c | rm, options(nostack, preserves_flags));
        }
    }
}
