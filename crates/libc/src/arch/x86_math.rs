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

/// The SSE rounding direction (MXCSR.RC, bits 13–14), which the Rust
/// code's `f32`/`f64` arithmetic follows.
#[inline]
pub fn round_dir() -> crate::math::Dir {
    let mut m: u32 = 0;
    // SAFETY: stmxcsr stores the 4-byte MXCSR into the local `m`.
    unsafe { asm!("stmxcsr [{0}]", in(reg) &mut m, options(nostack, preserves_flags)) };
    match (m >> 13) & 3 {
        0 => crate::math::Dir::Nearest,
        1 => crate::math::Dir::Down,
        2 => crate::math::Dir::Up,
        _ => crate::math::Dir::Zero,
    }
}

/// Fused multiply-add, rounded once (the `libm` crate picks the FMA
/// instruction when cpuid reports it, else its exact integer algorithm).
#[inline]
pub fn fma(x: f64, y: f64, z: f64) -> f64 {
    libm::fma(x, y, z)
}

/// Fused multiply-add for binary32.
#[inline]
pub fn fmaf(x: f32, y: f32, z: f32) -> f32 {
    libm::fmaf(x, y, z)
}

/// Switch SSE to round-to-nearest; the previous direction bits (0 when
/// nothing changed).
#[inline]
pub fn nearest_begin() -> u32 {
    let mut m: u32 = 0;
    // SAFETY: stmxcsr stores MXCSR into `m`.
    unsafe { asm!("stmxcsr [{0}]", in(reg) &mut m, options(nostack, preserves_flags)) };
    let rc = m & 0x6000;
    if rc != 0 {
        let n = m & !0x6000;
        // SAFETY: ldmxcsr loads MXCSR with only the direction changed.
        unsafe { asm!("ldmxcsr [{0}]", in(reg) &n, options(nostack, preserves_flags)) };
    }
    rc
}

/// Give back the direction `nearest_begin` took, keeping the flags raised since.
#[inline]
pub fn nearest_end(rc: u32) {
    if rc != 0 {
        let mut m: u32 = 0;
        // SAFETY: read-modify-write of MXCSR's direction bits.
        unsafe {
            asm!("stmxcsr [{0}]", in(reg) &mut m, options(nostack, preserves_flags));
            let n = m | rc;
            asm!("ldmxcsr [{0}]", in(reg) &n, options(nostack, preserves_flags));
        }
    }
}
