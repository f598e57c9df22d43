//! `<math.h>`: the exact functions — those whose result is exactly
//! representable (rounding to integers, remainders, exponent
//! manipulation, min/max, `sqrt`), for `double` and `float`.
//!
//! Design: every function is written once over [`Fp`], a view of a binary
//! format as its bit pattern widened to `u64` (sign, biased exponent,
//! fraction). The work is integer bit manipulation, so the result is exact
//! by construction and independent of the compiler's floating-point
//! assumptions. Where C requires the current rounding mode (`rint`,
//! `ldexp` into the subnormal range) or a floating-point exception
//! (`FE_INVALID`, `FE_OVERFLOW`, `FE_UNDERFLOW`, `FE_INEXACT`), one real
//! floating-point operation is forced with [`black_box`], since rustc
//! assumes round-to-nearest and no flag observers. `sqrt` is the hardware
//! instruction (`arch::math`). `errno` follows glibc (`math_errhandling`
//! is `MATH_ERRNO | MATH_ERREXCEPT`): `EDOM` on domain errors, `ERANGE`
//! on overflow and underflow to zero. Written from the standard (C17 7.12
//! and Annex F), not from another libm.
use crate::types::*;
use core::hint::black_box;
use syscall::errno::{EDOM, ERANGE};

mod exact;
mod generic;
pub use exact::*;

#[cfg(test)]
mod tests;

/// A binary floating-point format, seen through its bits widened to u64.
pub(crate) trait Fp: Copy + PartialOrd + core::ops::Add<Output = Self> {
    /// Explicit fraction bits (52 or 23).
    const MANT: u32;
    /// Exponent field width (11 or 8).
    const EXPW: u32;
    fn to_u(self) -> u64;
    fn from_u(u: u64) -> Self;
    fn sub(self, o: Self) -> Self;
    fn mul(self, o: Self) -> Self;
    fn div(self, o: Self) -> Self;
    fn from_i(v: i32) -> Self;
    /// Round-trip through i64 (|self| < 2^63).
    fn to_i64(self) -> i64;

    const BIAS: i32 = (1 << (Self::EXPW - 1)) - 1;
    const SIGN: u64 = 1 << (Self::MANT + Self::EXPW);
    const EMAX: u64 = (1 << Self::EXPW) - 1;
    const FRAC: u64 = (1 << Self::MANT) - 1;

    #[inline]
    fn abs_u(self) -> u64 {
        self.to_u() & !Self::SIGN
    }
    #[inline]
    fn neg(self) -> bool {
        self.to_u() & Self::SIGN != 0
    }
    #[inline]
    fn bexp(self) -> u64 {
        self.abs_u() >> Self::MANT
    }
    #[inline]
    fn is_nan(self) -> bool {
        self.abs_u() > Self::EMAX << Self::MANT
    }
    #[inline]
    fn is_inf(self) -> bool {
        self.abs_u() == Self::EMAX << Self::MANT
    }
    #[inline]
    fn is_zero(self) -> bool {
        self.abs_u() == 0
    }
    /// 2^e for a normal exponent e.
    #[inline]
    fn pow2(e: i32) -> Self {
        Self::from_u(((e + Self::BIAS) as u64) << Self::MANT)
    }
    #[inline]
    fn with_sign(self, neg: bool) -> Self {
        Self::from_u(self.abs_u() | if neg { Self::SIGN } else { 0 })
    }
}

impl Fp for f64 {
    const MANT: u32 = 52;
    const EXPW: u32 = 11;
    #[inline]
    fn to_u(self) -> u64 {
        self.to_bits()
    }
    #[inline]
    fn from_u(u: u64) -> Self {
        f64::from_bits(u)
    }
    #[inline]
    fn sub(self, o: Self) -> Self {
        self - o
    }
    #[inline]
    fn mul(self, o: Self) -> Self {
        self * o
    }
    #[inline]
    fn div(self, o: Self) -> Self {
        self / o
    }
    #[inline]
    fn from_i(v: i32) -> Self {
        v as f64
    }
    #[inline]
    fn to_i64(self) -> i64 {
        self as i64
    }
}

impl Fp for f32 {
    const MANT: u32 = 23;
    const EXPW: u32 = 8;
    #[inline]
    fn to_u(self) -> u64 {
        self.to_bits() as u64
    }
    #[inline]
    fn from_u(u: u64) -> Self {
        f32::from_bits(u as u32)
    }
    #[inline]
    fn sub(self, o: Self) -> Self {
        self - o
    }
    #[inline]
    fn mul(self, o: Self) -> Self {
        self * o
    }
    #[inline]
    fn div(self, o: Self) -> Self {
        self / o
    }
    #[inline]
    fn from_i(v: i32) -> Self {
        v as f32
    }
    #[inline]
    fn to_i64(self) -> i64 {
        self as i64
    }
}

/// Raise FE_INVALID (0/0 evaluated at run time) and return the NaN.
#[inline(never)]
pub(crate) fn raise_invalid<F: Fp>() -> F {
    let z = black_box(F::from_u(0));
    black_box(z.div(z))
}

/// Set errno (math_errhandling includes MATH_ERRNO).
#[inline]
pub(crate) fn set_errno(e: u32) {
    crate::errno::set(e as c_int);
}

pub(crate) const E_DOM: u32 = EDOM;
pub(crate) const E_RANGE: u32 = ERANGE;

/// C17 7.12.7.5 `sqrt`: correctly rounded (the hardware instruction);
/// `sqrt(x < 0)` is NaN with FE_INVALID and errno EDOM.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sqrt(x: f64) -> f64 {
    let r = crate::arch::math::sqrt(x);
    if x < 0.0 {
        set_errno(EDOM);
    }
    r
}

/// C17 7.12.7.5 `sqrtf`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sqrtf(x: f32) -> f32 {
    let r = crate::arch::math::sqrtf(x);
    if x < 0.0 {
        set_errno(EDOM);
    }
    r
}
