//! The C faces of the transcendental and special `<math.h>` functions
//! for `double` and `float`: the `libm` crate computes (see `mod.rs` for
//! why), these faces add what C and glibc add on top — `errno` per
//! `math_errhandling` (checked from the result: a NaN from non-NaN
//! arguments is a domain error, an infinity from finite ones a pole or an
//! overflow, a zero where the function has no zero an underflow; glibc
//! sets errno in the same cases), `signgam`, and the GNU extras.
use super::Fp;
use crate::types::*;

/// C17 7.12.6.1 `exp`: e raised to `x`; ERANGE on overflow and on underflow to zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn exp(x: f64) -> f64 {
    super::uf1(x, super::rn(x, libm::exp))
}

/// C17 7.12.6.1 `expf`: `exp` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn expf(x: f32) -> f32 {
    // glibc: ERANGE once e^x is below the least subnormal (ln(2^-149)).
    super::uf_below(x, super::fd(x, libm::exp), -103.278_93)
}

/// C17 7.12.6.2 `exp2`: 2 raised to `x`; ERANGE on overflow and on underflow to zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn exp2(x: f64) -> f64 {
    if super::generic::trunc(x) == x && (-1074.0..=1023.0).contains(&x) {
        // Exact powers of two: no underflow for the exact subnormal ones.
        return super::scalbn(1.0, x as c_int);
    }
    super::uf1(x, super::rn(x, libm::exp2))
}

/// C17 7.12.6.2 `exp2f`: `exp2` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn exp2f(x: f32) -> f32 {
    if super::generic::trunc(x) == x && (-149.0..=127.0).contains(&x) {
        return super::scalbnf(1.0, x as c_int);
    }
    super::uf_below(x, super::fd(x, libm::exp2), -149.0)
}

/// GNU extension `exp10`: 10 raised to `x`; ERANGE on overflow and on underflow to zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn exp10(x: f64) -> f64 {
    if x.abs_u() < 0x3c30_0000_0000_0000 {
        // |x| < 2^-60: 1 + x rounds as 10^x does, without the kernel's
        // spurious underflow for subnormal x.
        return 1.0 + x;
    }
    super::uf1(x, super::rn(x, super::exp10_kernel))
}

/// GNU extension `exp10f`: `exp10` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn exp10f(x: f32) -> f32 {
    if x.abs_u() < 0x3000_0000 {
        return 1.0 + x;
    }
    // glibc: ERANGE once 10^x is below the least subnormal (log10(2^-149)).
    super::uf_below(x, super::fd(x, super::exp10_kernel), -44.853_48)
}

/// GNU extension `pow10`: the old name of `exp10` (musl exports it; glibc
/// 2.36 keeps it only as a compatibility symbol).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn pow10(x: f64) -> f64 {
    exp10(x)
}

/// GNU extension `pow10f`: the old name of `exp10f`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn pow10f(x: f32) -> f32 {
    exp10f(x)
}

/// C17 7.12.6.3 `expm1`: `e^x - 1`, accurate near 0; ERANGE on overflow.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn expm1(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::expm1))
}

/// C17 7.12.6.3 `expm1f`: `expm1` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn expm1f(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::expm1))
}

/// C17 7.12.6.7 `log`: natural logarithm; EDOM for `x < 0`, ERANGE (pole) at ±0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn log(x: f64) -> f64 {
    super::e1p(x, super::rn(x, libm::log))
}

/// C17 7.12.6.7 `logf`: `log` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn logf(x: f32) -> f32 {
    super::e1p(x, super::fd(x, libm::log))
}

/// C17 7.12.6.10 `log2`: base-2 logarithm; EDOM for `x < 0`, ERANGE (pole) at ±0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn log2(x: f64) -> f64 {
    super::e1p(x, super::rn(x, libm::log2))
}

/// C17 7.12.6.10 `log2f`: `log2` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn log2f(x: f32) -> f32 {
    super::e1p(x, super::fd(x, libm::log2))
}

/// C17 7.12.6.8 `log10`: base-10 logarithm; EDOM for `x < 0`, ERANGE (pole) at ±0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn log10(x: f64) -> f64 {
    super::e1p(x, super::rn(x, libm::log10))
}

/// C17 7.12.6.8 `log10f`: `log10` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn log10f(x: f32) -> f32 {
    super::e1p(x, super::fd(x, libm::log10))
}

/// C17 7.12.6.9 `log1p`: `log(1 + x)`, accurate near 0; EDOM below -1, ERANGE (pole) at -1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn log1p(x: f64) -> f64 {
    super::e1p(x, super::rn(x, libm::log1p))
}

/// C17 7.12.6.9 `log1pf`: `log1p` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn log1pf(x: f32) -> f32 {
    super::e1p(x, super::fd(x, libm::log1p))
}

/// C17 7.12.7.1 `cbrt`: real cube root.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn cbrt(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::cbrt))
}

/// C17 7.12.7.1 `cbrtf`: `cbrt` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn cbrtf(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::cbrt))
}

/// C17 7.12.4.6 `sin`: sine (radians); EDOM for ±inf.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sin(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::sin))
}

/// C17 7.12.4.6 `sinf`: `sin` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sinf(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::sin))
}

/// C17 7.12.4.5 `cos`: cosine (radians); EDOM for ±inf.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn cos(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::cos))
}

/// C17 7.12.4.5 `cosf`: `cos` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn cosf(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::cos))
}

/// C17 7.12.4.7 `tan`: tangent (radians); EDOM for ±inf.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tan(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::tan))
}

/// C17 7.12.4.7 `tanf`: `tan` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tanf(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::tan))
}

/// C17 7.12.4.2 `asin`: arc sine in [-pi/2, pi/2]; EDOM for |x| > 1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn asin(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::asin))
}

/// C17 7.12.4.2 `asinf`: `asin` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn asinf(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::asin))
}

/// C17 7.12.4.1 `acos`: arc cosine in [0, pi]; EDOM for |x| > 1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn acos(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::acos))
}

/// C17 7.12.4.1 `acosf`: `acos` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn acosf(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::acos))
}

/// C17 7.12.4.3 `atan`: arc tangent in [-pi/2, pi/2].
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn atan(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::atan))
}

/// C17 7.12.4.3 `atanf`: `atan` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn atanf(x: f32) -> f32 {
    super::fd(x, libm::atan)
}

/// C17 7.12.5.5 `sinh`: hyperbolic sine; ERANGE on overflow.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sinh(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::sinh))
}

/// C17 7.12.5.5 `sinhf`: `sinh` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sinhf(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::sinh))
}

/// C17 7.12.5.4 `cosh`: hyperbolic cosine; ERANGE on overflow.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn cosh(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::cosh))
}

/// C17 7.12.5.4 `coshf`: `cosh` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn coshf(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::cosh))
}

/// C17 7.12.5.6 `tanh`: hyperbolic tangent.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tanh(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::tanh))
}

/// C17 7.12.5.6 `tanhf`: `tanh` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tanhf(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::tanh))
}

/// C17 7.12.5.2 `asinh`: inverse hyperbolic sine.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn asinh(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::asinh))
}

/// C17 7.12.5.2 `asinhf`: `asinh` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn asinhf(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::asinh))
}

/// C17 7.12.5.1 `acosh`: inverse hyperbolic cosine; EDOM for `x < 1`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn acosh(x: f64) -> f64 {
    if x < 1.0 {
        // The crate's acosh gives a number for x <= -2; the domain is x >= 1.
        return super::e1(x, super::raise_invalid::<f64>());
    }
    super::e1(x, super::rn(x, libm::acosh))
}

/// C17 7.12.5.1 `acoshf`: `acosh` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn acoshf(x: f32) -> f32 {
    if x < 1.0 {
        // The crate's acosh gives a number for x <= -2; the domain is x >= 1.
        return super::e1(x, super::raise_invalid::<f32>());
    }
    super::e1(x, super::fd(x, libm::acosh))
}

/// C17 7.12.5.3 `atanh`: inverse hyperbolic tangent; EDOM for |x| > 1, ERANGE (pole) at ±1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn atanh(x: f64) -> f64 {
    super::e1p(x, super::rn(x, libm::atanh))
}

/// C17 7.12.5.3 `atanhf`: `atanh` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn atanhf(x: f32) -> f32 {
    super::e1p(x, super::fd(x, libm::atanh))
}

/// C17 7.12.8.1 `erf`: error function.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn erf(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::erf))
}

/// C17 7.12.8.1 `erff`: `erf` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn erff(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::erf))
}

/// C17 7.12.8.2 `erfc`: complementary error function; ERANGE on underflow to zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn erfc(x: f64) -> f64 {
    super::uf1(x, super::rn(x, libm::erfc))
}

/// C17 7.12.8.2 `erfcf`: `erfc` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn erfcf(x: f32) -> f32 {
    super::uf1(x, super::fd(x, libm::erfc))
}

/// C17 7.12.8.4 `tgamma`: gamma function; EDOM at negative integers and -inf, ERANGE at poles (±0), on overflow and on underflow to zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tgamma(x: f64) -> f64 {
    let r = super::rn(x, libm::tgamma);
    if r.is_zero() && x.neg() && super::is_fin(x) {
        // Γ underflows to ∓0 left of about -184 (-42 for float).
        super::raise_underflow();
        super::set_errno(super::E_RANGE);
    }
    super::e1k(x, r, super::pole_at_zero(x))
}

/// C17 7.12.8.4 `tgammaf`: `tgamma` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tgammaf(x: f32) -> f32 {
    let r = super::fd(x, libm::tgamma);
    if r.is_zero() && x.neg() && super::is_fin(x) {
        // Γ underflows to ∓0 left of about -184 (-42 for float).
        super::raise_underflow();
        super::set_errno(super::E_RANGE);
    }
    super::e1k(x, r, super::pole_at_zero(x))
}

/// POSIX.1-2024 (XSI) `j0`: Bessel function of the first kind, order 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn j0(x: f64) -> f64 {
    super::e1(x, super::rn(x, libm::j0))
}

/// POSIX.1-2024 (XSI) `j0f`: `j0` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn j0f(x: f32) -> f32 {
    super::e1(x, super::fd(x, libm::j0))
}

/// POSIX.1-2024 (XSI) `j1`: Bessel function of the first kind, order 1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn j1(x: f64) -> f64 {
    super::bessel_inf(x, super::rn(x, libm::j1), x.neg())
}

/// POSIX.1-2024 (XSI) `j1f`: `j1` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn j1f(x: f32) -> f32 {
    super::bessel_inf(x, super::fd(x, libm::j1), x.neg())
}

/// POSIX.1-2024 (XSI) `y0`: Bessel function of the second kind, order 0; EDOM for `x < 0`, ERANGE (pole) at ±0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn y0(x: f64) -> f64 {
    super::e1k(x, super::rn(x, libm::y0), super::pole_at_zero(x))
}

/// POSIX.1-2024 (XSI) `y0f`: `y0` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn y0f(x: f32) -> f32 {
    super::e1k(x, super::fd(x, libm::y0), super::pole_at_zero(x))
}

/// POSIX.1-2024 (XSI) `y1`: Bessel function of the second kind, order 1; EDOM for `x < 0`, ERANGE (pole) at ±0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn y1(x: f64) -> f64 {
    super::e1k(x, super::rn(x, libm::y1), super::pole_at_zero(x))
}

/// POSIX.1-2024 (XSI) `y1f`: `y1` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn y1f(x: f32) -> f32 {
    super::e1k(x, super::fd(x, libm::y1), super::pole_at_zero(x))
}

/// C17 7.12.7.4 `pow`: `x` raised to `y`; EDOM for a negative finite `x` and non-integral `y`, ERANGE at the pole `pow(0, y < 0)`, on overflow and on underflow to zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    if super::tiny_pow_exp(x, y) {
        // |y| below 2^-66 and x > 0: x^y = 1 + y·ln x rounds as 1 ± tiny
        // (the kernel raises a spurious underflow on y·ln x).
        let up = (x > 1.0) == (y > 0.0);
        let t = if up { f64::EPSILON } else { -f64::EPSILON } * f64::EPSILON * f64::EPSILON;
        return core::hint::black_box(1.0f64) + t;
    }
    super::uf2(x, y, super::rn2(x, y, libm::pow))
}

/// C17 7.12.7.4 `powf`: `pow` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn powf(x: f32, y: f32) -> f32 {
    if super::tiny_pow_exp(x, y) {
        // |y| below 2^-66 and x > 0: x^y = 1 + y·ln x rounds as 1 ± tiny
        // (the kernel raises a spurious underflow on y·ln x).
        let up = (x > 1.0) == (y > 0.0);
        let t = if up { f32::EPSILON } else { -f32::EPSILON } * f32::EPSILON * f32::EPSILON;
        return core::hint::black_box(1.0f32) + t;
    }
    super::uf2(x, y, super::fd2(x, y, libm::pow))
}

/// C17 7.12.4.4 `atan2`: arc tangent of `y/x` in [-pi, pi], the quadrant from both signs; ERANGE on underflow to zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn atan2(y: f64, x: f64) -> f64 {
    super::uf_atan2(y, x, super::rn2(y, x, libm::atan2))
}

/// C17 7.12.4.4 `atan2f`: `atan2` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn atan2f(y: f32, x: f32) -> f32 {
    super::uf_atan2(y, x, super::fd2(y, x, libm::atan2))
}

/// C17 7.12.7.3 `hypot`: `sqrt(x² + y²)` without undue overflow; ERANGE on overflow.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn hypot(x: f64, y: f64) -> f64 {
    super::e2(x, y, super::rn2(x, y, libm::hypot))
}

/// C17 7.12.7.3 `hypotf`: `hypot` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn hypotf(x: f32, y: f32) -> f32 {
    super::e2(x, y, super::fd2(x, y, libm::hypot))
}

/// The sign of Γ(x) from the last `lgamma`, `lgammaf`, `lgammal` or `gamma*` call
/// (X/Open `signgam`; 1 or -1).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut signgam: c_int = 0;

fn set_signgam(s: i32) {
    // SAFETY: a plain int store; C programs read it after the call, and
    // glibc's is equally unsynchronised.
    unsafe { *(&raw mut signgam) = s };
}

/// C17 7.12.8.3 `lgamma`: log |Γ(x)|, the sign in `signgam`; ERANGE (pole)
/// at zero and the negative integers (+inf), and on overflow.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn lgamma(x: f64) -> f64 {
    let (r, s) = super::rn(x, libm::lgamma_r);
    set_signgam(s);
    super::e1k(x, r, super::gamma_inf(x))
}

/// C17 7.12.8.3 `lgammaf`: `lgamma` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn lgammaf(x: f32) -> f32 {
    let (r, s) = super::rn(x as f64, libm::lgamma_r);
    let r = r as f32;
    set_signgam(s);
    super::e1k(x, r, super::gamma_inf(x))
}

/// GNU/BSD extension `gamma`: the old name of `lgamma` (sets `signgam`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn gamma(x: f64) -> f64 {
    lgamma(x)
}

/// GNU/BSD extension `gammaf`: `gamma` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn gammaf(x: f32) -> f32 {
    lgammaf(x)
}

/// GNU/BSD extension `lgamma_r`: `lgamma` with the sign of Γ(x) stored in
/// `*sign` instead of `signgam` (reentrant).
///
/// # Safety
/// `sign` must be valid for an `int` write.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lgamma_r(x: f64, sign: *mut c_int) -> f64 {
    let (r, s) = super::rn(x, libm::lgamma_r);
    // SAFETY: the caller passes a writable int.
    unsafe { *sign = s };
    super::e1k(x, r, super::gamma_inf(x))
}

/// GNU/BSD extension `lgammaf_r`: `lgamma_r` for `float`.
///
/// # Safety
/// `sign` must be valid for an `int` write.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lgammaf_r(x: f32, sign: *mut c_int) -> f32 {
    let (r, s) = super::rn(x as f64, libm::lgamma_r);
    let r = r as f32;
    // SAFETY: the caller passes a writable int.
    unsafe { *sign = s };
    super::e1k(x, r, super::gamma_inf(x))
}

/// GNU extension `sincos`: `sin(x)` into `*s` and `cos(x)` into `*c` in one
/// argument reduction; EDOM for ±inf.
///
/// # Safety
/// `s` and `c` must be valid for a `double` write.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sincos(x: f64, s: *mut f64, c: *mut f64) {
    let (sv, cv) = super::rn(x, libm::sincos);
    // SAFETY: the caller passes two writable doubles.
    unsafe {
        *s = super::e1(x, sv);
        *c = cv;
    }
}

/// GNU extension `sincosf`: `sincos` for `float`.
///
/// # Safety
/// `s` and `c` must be valid for a `float` write.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sincosf(x: f32, s: *mut f32, c: *mut f32) {
    let (sv, cv) = super::rn(x as f64, libm::sincos);
    let (sv, cv) = (sv as f32, cv as f32);
    // SAFETY: the caller passes two writable floats.
    unsafe {
        *s = super::e1(x, sv);
        *c = cv;
    }
}

/// POSIX.1-2024 (XSI) `jn`: Bessel function of the first kind, order `n`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn jn(n: c_int, x: f64) -> f64 {
    super::bessel_inf(
        x,
        super::rnn(n, x, libm::jn),
        n & 1 != 0 && x.neg() != (n < 0),
    )
}

/// GNU extension `jnf`: `jn` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn jnf(n: c_int, x: f32) -> f32 {
    super::bessel_inf(
        x,
        super::fdn(n, x, libm::jn),
        n & 1 != 0 && x.neg() != (n < 0),
    )
}

/// POSIX.1-2024 (XSI) `yn`: Bessel function of the second kind, order `n`;
/// EDOM for `x < 0`, ERANGE (pole) at ±0 and on overflow.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn yn(n: c_int, x: f64) -> f64 {
    if x.is_inf() && !x.neg() {
        // +0, but -0 for order -1 (Y₋₁ = -Y₁), as glibc.
        return 0f64.with_sign(n == -1);
    }
    super::e1k(x, super::rnn(n, x, libm::yn), super::pole_at_zero(x))
}

/// GNU extension `ynf`: `yn` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ynf(n: c_int, x: f32) -> f32 {
    if x.is_inf() && !x.neg() {
        return 0f32.with_sign(n == -1);
    }
    super::e1k(x, super::fdn(n, x, libm::yn), super::pole_at_zero(x))
}

/// C17 7.12.13.1 `fma`: `x*y + z` rounded once, in the current rounding mode
/// where the hardware has the instruction.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fma(x: f64, y: f64, z: f64) -> f64 {
    crate::arch::math::fma(x, y, z)
}

/// C17 7.12.13.1 `fmaf`: `fma` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fmaf(x: f32, y: f32, z: f32) -> f32 {
    crate::arch::math::fmaf(x, y, z)
}

/// C17 7.12.9.3 `nearbyint`: round to an integer in the current rounding
/// mode without raising FE_INEXACT.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn nearbyint(x: f64) -> f64 {
    super::nearby(x)
}

/// C17 7.12.9.3 `nearbyintf`: `nearbyint` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn nearbyintf(x: f32) -> f32 {
    super::nearby(x)
}

/// C17 7.12.11.2 `nan`: a quiet NaN; `nan("n-char-sequence")` puts the
/// sequence's value (decimal, `0x` hex or `0` octal, as `strtoull` reads
/// it) in the payload, as glibc does; anything else gives the default NaN.
///
/// # Safety
/// `tag` must be a NUL-terminated string.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn nan(tag: *const c_char) -> f64 {
    // SAFETY: the caller passes a C string.
    f64::from_u(super::nan_bits::<f64>(
        unsafe { core::ffi::CStr::from_ptr(tag) }.to_bytes(),
    ))
}

/// C17 7.12.11.2 `nanf`: `nan` for `float`.
///
/// # Safety
/// `tag` must be a NUL-terminated string.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn nanf(tag: *const c_char) -> f32 {
    // SAFETY: the caller passes a C string.
    f32::from_u(super::nan_bits::<f32>(
        unsafe { core::ffi::CStr::from_ptr(tag) }.to_bytes(),
    ))
}

/// GNU/BSD extension `drem`: the old name of `remainder`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn drem(x: f64, y: f64) -> f64 {
    super::remainder(x, y)
}

/// GNU/BSD extension `dremf`: the old name of `remainderf`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn dremf(x: f32, y: f32) -> f32 {
    super::remainderf(x, y)
}

/// GNU/BSD extension `finite`: 1 when `x` is neither infinite nor NaN.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn finite(x: f64) -> c_int {
    (!x.is_nan() && !x.is_inf()) as c_int
}

/// GNU/BSD extension `finitef`: `finite` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn finitef(x: f32) -> c_int {
    (!x.is_nan() && !x.is_inf()) as c_int
}

/// GNU/BSD extension `isinf` (the function behind the macro's old name):
/// 1 for +inf, -1 for -inf, else 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isinf(x: f64) -> c_int {
    if x.is_inf() {
        1 - 2 * x.neg() as c_int
    } else {
        0
    }
}

/// GNU/BSD extension `isinff`: `isinf` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isinff(x: f32) -> c_int {
    if x.is_inf() {
        1 - 2 * x.neg() as c_int
    } else {
        0
    }
}

/// GNU/BSD extension `isnan` (the function behind the macro's old name):
/// 1 for a NaN, else 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isnan(x: f64) -> c_int {
    x.is_nan() as c_int
}

/// GNU/BSD extension `isnanf`: `isnan` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isnanf(x: f32) -> c_int {
    x.is_nan() as c_int
}

/// GNU/BSD extension `significand`: `x` scaled into [1, 2) (`scalb(x,
/// -ilogb(x))`); for ±0, ±inf and NaN it returns `x`, with EDOM as glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn significand(x: f64) -> f64 {
    super::signif(x)
}

/// GNU/BSD extension `significandf`: `significand` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn significandf(x: f32) -> f32 {
    super::signif(x)
}

/// GNU/XSI (obsolete) `scalb`: `x·2^n` for an integral double `n`; EDOM
/// (NaN) for a non-integral `n`, ERANGE on overflow and underflow to zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn scalb(x: f64, n: f64) -> f64 {
    super::scalb_core(x, n)
}

/// GNU/XSI (obsolete) `scalbf`: `scalb` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn scalbf(x: f32, n: f32) -> f32 {
    super::scalb_core(x, n)
}
