//! The C faces of the exact `<math.h>` functions: thin wrappers over the
//! format-generic cores in `core.rs`.
use super::Fp;
use super::generic as g;
use crate::types::*;
use ::core::ffi::c_longlong;

/// C17 7.12.7.2 `fabs`: absolute value (clears the sign bit, NaN too).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fabs(x: f64) -> f64 {
    Fp::from_u(x.abs_u())
}

/// C17 7.12.7.2 `fabsf`: `fabs` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fabsf(x: f32) -> f32 {
    Fp::from_u(x.abs_u())
}

/// C17 7.12.11.1 `copysign`: the magnitude of `x` with the sign of `y`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn copysign(x: f64, y: f64) -> f64 {
    x.with_sign(y.neg())
}

/// C17 7.12.11.1 `copysignf`: `copysign` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn copysignf(x: f32, y: f32) -> f32 {
    x.with_sign(y.neg())
}

/// C17 7.12.9.2 `floor`: largest integral value not above `x`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn floor(x: f64) -> f64 {
    g::floor(x)
}

/// C17 7.12.9.2 `floorf`: `floor` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn floorf(x: f32) -> f32 {
    g::floor(x)
}

/// C17 7.12.9.1 `ceil`: smallest integral value not below `x`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ceil(x: f64) -> f64 {
    g::ceil(x)
}

/// C17 7.12.9.1 `ceilf`: `ceil` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ceilf(x: f32) -> f32 {
    g::ceil(x)
}

/// C17 7.12.9.8 `trunc`: round toward zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn trunc(x: f64) -> f64 {
    g::trunc(x)
}

/// C17 7.12.9.8 `truncf`: `trunc` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn truncf(x: f32) -> f32 {
    g::trunc(x)
}

/// C17 7.12.9.6 `round`: round half away from zero, whatever the rounding mode.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn round(x: f64) -> f64 {
    g::round(x)
}

/// C17 7.12.9.6 `roundf`: `round` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn roundf(x: f32) -> f32 {
    g::round(x)
}

/// C23 7.12.9.8 (glibc 2.25) `roundeven`: round half to even, whatever the rounding mode.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn roundeven(x: f64) -> f64 {
    g::roundeven(x)
}

/// C23 7.12.9.8 (glibc 2.25) `roundevenf`: `roundeven` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn roundevenf(x: f32) -> f32 {
    g::roundeven(x)
}

/// C17 7.12.9.4 `rint`: round in the current rounding mode, FE_INEXACT when inexact.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn rint(x: f64) -> f64 {
    g::rint(x)
}

/// C17 7.12.9.4 `rintf`: `rint` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn rintf(x: f32) -> f32 {
    g::rint(x)
}

/// C17 7.12.9.5 `lrint`: `rint` as `long`; FE_INVALID and `LONG_MIN` when it does not fit.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn lrint(x: f64) -> c_long {
    g::to_int(g::rint(x), c_long::BITS) as c_long
}

/// C17 7.12.9.5 `lrintf`: `lrint` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn lrintf(x: f32) -> c_long {
    g::to_int(g::rint(x), c_long::BITS) as c_long
}

/// C17 7.12.9.5 `llrint`: `rint` as `long long`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn llrint(x: f64) -> c_longlong {
    g::to_int(g::rint(x), 64) as c_longlong
}

/// C17 7.12.9.5 `llrintf`: `llrint` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn llrintf(x: f32) -> c_longlong {
    g::to_int(g::rint(x), 64) as c_longlong
}

/// C17 7.12.9.7 `lround`: `round` as `long`; FE_INVALID and `LONG_MIN` when it does not fit.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn lround(x: f64) -> c_long {
    g::to_int(g::round(x), c_long::BITS) as c_long
}

/// C17 7.12.9.7 `lroundf`: `lround` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn lroundf(x: f32) -> c_long {
    g::to_int(g::round(x), c_long::BITS) as c_long
}

/// C17 7.12.9.7 `llround`: `round` as `long long`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn llround(x: f64) -> c_longlong {
    g::to_int(g::round(x), 64) as c_longlong
}

/// C17 7.12.9.7 `llroundf`: `llround` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn llroundf(x: f32) -> c_longlong {
    g::to_int(g::round(x), 64) as c_longlong
}

/// C17 7.12.10.1 `fmod`: exact remainder of truncating division; EDOM and NaN for `y == 0` or infinite `x`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fmod(x: f64, y: f64) -> f64 {
    g::fmod(x, y)
}

/// C17 7.12.10.1 `fmodf`: `fmod` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fmodf(x: f32, y: f32) -> f32 {
    g::fmod(x, y)
}

/// C17 7.12.10.2 `remainder`: IEEE remainder (quotient rounded to nearest even); EDOM for `y == 0` or infinite `x`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn remainder(x: f64, y: f64) -> f64 {
    g::remquo(x, y).0
}

/// C17 7.12.10.2 `remainderf`: `remainder` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn remainderf(x: f32, y: f32) -> f32 {
    g::remquo(x, y).0
}

/// C17 7.12.10.3 `remquo`: `remainder`, and the sign and low 31 bits of the quotient in `*quo`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn remquo(x: f64, y: f64, quo: *mut c_int) -> f64 {
    let (r, q) = g::remquo(x, y);
    // SAFEf64Y: the caller passes a writable int.
    unsafe { *quo = q };
    r
}

/// C17 7.12.10.3 `remquof`: `remquo` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn remquof(x: f32, y: f32, quo: *mut c_int) -> f32 {
    let (r, q) = g::remquo(x, y);
    // SAFEf32Y: the caller passes a writable int.
    unsafe { *quo = q };
    r
}

/// C17 7.12.6.4 `frexp`: significand in [0.5, 1) and the exponent in `*e` (0 for zero, infinities, NaN).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn frexp(x: f64, e: *mut c_int) -> f64 {
    let (m, n) = g::frexp(x);
    // SAFEf64Y: the caller passes a writable int.
    unsafe { *e = n };
    m
}

/// C17 7.12.6.4 `frexpf`: `frexp` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn frexpf(x: f32, e: *mut c_int) -> f32 {
    let (m, n) = g::frexp(x);
    // SAFEf32Y: the caller passes a writable int.
    unsafe { *e = n };
    m
}

/// C17 7.12.6.6 `ldexp`: x·2^n, rounded once; ERANGE on overflow or underflow to zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ldexp(x: f64, n: c_int) -> f64 {
    g::scalbn(x, n as i64)
}

/// C17 7.12.6.6 `ldexpf`: `ldexp` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ldexpf(x: f32, n: c_int) -> f32 {
    g::scalbn(x, n as i64)
}

/// C17 7.12.6.13 `scalbn`: x·2^n (FLT_RADIX is 2), as `ldexp`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn scalbn(x: f64, n: c_int) -> f64 {
    g::scalbn(x, n as i64)
}

/// C17 7.12.6.13 `scalbnf`: `scalbn` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn scalbnf(x: f32, n: c_int) -> f32 {
    g::scalbn(x, n as i64)
}

/// C17 7.12.6.13 `scalbln`: x·2^n with a `long` n.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn scalbln(x: f64, n: c_long) -> f64 {
    g::scalbn(x, n as i64)
}

/// C17 7.12.6.13 `scalblnf`: `scalbln` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn scalblnf(x: f32, n: c_long) -> f32 {
    g::scalbn(x, n as i64)
}

/// C17 7.12.6.12 `modf`: fractional part (sign of `x`), integral part in `*ip`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn modf(x: f64, ip: *mut f64) -> f64 {
    let (f, i) = g::modf(x);
    // SAFEf64Y: the caller passes a writable object of the type.
    unsafe { *ip = i };
    f
}

/// C17 7.12.6.12 `modff`: `modf` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn modff(x: f32, ip: *mut f32) -> f32 {
    let (f, i) = g::modf(x);
    // SAFEf32Y: the caller passes a writable object of the type.
    unsafe { *ip = i };
    f
}

/// C17 7.12.6.5 `ilogb`: unbiased exponent; `FP_ILOGB0`/`FP_ILOGBNAN`/`INT_MAX` with FE_INVALID and EDOM for zero, NaN, infinity.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ilogb(x: f64) -> c_int {
    g::ilogb(
        x,
        crate::arch::math::FP_ILOGB0,
        crate::arch::math::FP_ILOGBNAN,
    )
}

/// C17 7.12.6.5 `ilogbf`: `ilogb` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ilogbf(x: f32) -> c_int {
    g::ilogb(
        x,
        crate::arch::math::FP_ILOGB0,
        crate::arch::math::FP_ILOGBNAN,
    )
}

/// C17 7.12.6.11 `logb`: unbiased exponent as a float; -inf with FE_DIVBYZERO for zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn logb(x: f64) -> f64 {
    g::logb(x)
}

/// C17 7.12.6.11 `logbf`: `logb` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn logbf(x: f32) -> f32 {
    g::logb(x)
}

/// C17 7.12.11.3 `nextafter`: next representable value toward `y`; ERANGE when the result is infinite, subnormal or zero.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn nextafter(x: f64, y: f64) -> f64 {
    g::nextafter(x, y)
}

/// C17 7.12.11.3 `nextafterf`: `nextafter` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn nextafterf(x: f32, y: f32) -> f32 {
    g::nextafter(x, y)
}

/// C17 7.12.12.2 `fmax`: larger operand, a NaN ignored.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fmax(x: f64, y: f64) -> f64 {
    g::fmax(x, y)
}

/// C17 7.12.12.2 `fmaxf`: `fmax` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fmaxf(x: f32, y: f32) -> f32 {
    g::fmax(x, y)
}

/// C17 7.12.12.3 `fmin`: smaller operand, a NaN ignored.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fmin(x: f64, y: f64) -> f64 {
    g::fmin(x, y)
}

/// C17 7.12.12.3 `fminf`: `fmin` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fminf(x: f32, y: f32) -> f32 {
    g::fmin(x, y)
}

/// C17 7.12.12.1 `fdim`: positive difference; ERANGE on overflow.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fdim(x: f64, y: f64) -> f64 {
    g::fdim(x, y)
}

/// C17 7.12.12.1 `fdimf`: `fdim` for `float`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fdimf(x: f32, y: f32) -> f32 {
    g::fdim(x, y)
}
