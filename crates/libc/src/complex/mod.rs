//! `<complex.h>` (C17 7.3 and Annex G) for `double`, `float` and `long double`.
//!
//! Stable Rust has no complex type and returns no `long double`, and the
//! arches return `double _Complex` differently (x86_64 xmm0:xmm1, i386 in
//! memory, aarch64 d0/d1, riscv64 fa0/fa1), so the C faces are one-line
//! shims in `c/complex.c` that split the argument into its parts, call the
//! `__ferro_*` entry points here and rebuild the result.
//!
//! All the mathematics is written once, generic over [`Real`] (the real
//! functions and constants of one format, taken from `crate::math`); `f64`
//! implements it, and so does `ld::L`, the target's `long double` (see
//! `ld.rs`), whose C faces pass the parts as bytes. The `float` forms widen to
//! `double`, run the `double` algorithm and round each part once: every
//! intermediate then carries 29 extra bits and the float exponent range
//! cannot overflow a double product, so the result is nearly always the
//! correctly rounded one, and overflow/underflow come from the final
//! conversion.
//!
//! Special values follow Annex G's tables (G.6) and glibc's choices where
//! the standard leaves a sign unspecified; FE_INVALID, FE_DIVBYZERO and
//! FE_OVERFLOW come from real operations on the special operands. Formulas
//! avoid cancellation: `|z|² - 1` in double-double near the unit circle
//! (`clog`, `catanh`), Hull, Fairgrieve and Tang's algorithm (ACM TOMS
//! 23(3), 1997) for `casin`/`cacos` and their hyperbolic forms, Kahan's
//! `ctanh` and `csqrt`, and scaled `exp` products where `e^x` alone would
//! overflow.
use core::ops::{Add, Div, Mul, Neg, Sub};

#[cfg(test)]
mod accuracy;
mod ld;
#[cfg(test)]
mod tests;

/// One real floating-point format: the operations and real functions the
/// complex algorithms need.
pub(crate) trait Real:
    Copy
    + PartialOrd
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
{
    const ZERO: Self;
    const ONE: Self;
    const TWO: Self;
    const HALF: Self;
    const QUARTER: Self;
    const INF: Self;
    const PI: Self;
    const FRAC_PI_2: Self;
    const FRAC_PI_4: Self;
    const FRAC_3PI_4: Self;
    const LN2: Self;
    /// 1/ln 10, as (hi, lo).
    const INV_LN10: (Self, Self);
    /// Hull's crossover for the real part of asin (0.6417).
    const B_CROSS: Self;
    /// Machine epsilon (2^(1-p)).
    const EPS: Self;
    /// sqrt(least normal) * 4: squares above it are normal (Hull's safe_min).
    const SAFE_MIN: Self;
    /// sqrt(greatest finite) / 8: sums of squares below it stay finite.
    const SAFE_MAX: Self;
    /// Above this, `tanh(x)` rounds to 1 (`ctanh`).
    const TANH_ONE: Self;
    /// A point below the `exp` overflow threshold, and its exponential:
    /// `e^x = e^(x - EXP_SPLIT) * EXP_SPLIT_VAL` for larger x.
    const EXP_SPLIT: Self;
    /// Largest real part worth reducing: above it, e^x times the least
    /// subnormal overflows.
    const EXP_CLAMP: Self;
    /// Scale factors for tiny and huge arguments (powers of two, and the
    /// exponent of the first).
    const SCALE_UP: (Self, i32);

    fn is_nan(self) -> bool;
    fn is_inf(self) -> bool;
    fn is_finite(self) -> bool {
        !self.is_nan() && !self.is_inf()
    }
    fn signbit(self) -> bool;
    fn abs(self) -> Self;
    fn copysign(self, s: Self) -> Self;
    fn scalbn(self, n: i32) -> Self;
    fn nan() -> Self;
    /// FE_INVALID raised at run time, returning the NaN.
    fn invalid() -> Self;
    fn fma(self, a: Self, b: Self) -> Self;
    fn sqrt(self) -> Self;
    fn exp(self) -> Self;
    fn log(self) -> Self;
    fn log1p(self) -> Self;
    fn sin(self) -> Self;
    fn cos(self) -> Self;
    fn tan(self) -> Self;
    fn sinh(self) -> Self;
    fn cosh(self) -> Self;
    fn tanh(self) -> Self;
    fn asin(self) -> Self;
    fn acos(self) -> Self;
    fn atan(self) -> Self;
    fn atan2(self, x: Self) -> Self;
    fn hypot(self, o: Self) -> Self;
    fn exp_split_val() -> Self;
}

impl Real for f64 {
    const ZERO: f64 = 0.0;
    const ONE: f64 = 1.0;
    const TWO: f64 = 2.0;
    const HALF: f64 = 0.5;
    const QUARTER: f64 = 0.25;
    const INF: f64 = f64::INFINITY;
    const PI: f64 = core::f64::consts::PI;
    const FRAC_PI_2: f64 = core::f64::consts::FRAC_PI_2;
    const FRAC_PI_4: f64 = core::f64::consts::FRAC_PI_4;
    const FRAC_3PI_4: f64 = 2.356_194_490_192_345;
    const LN2: f64 = core::f64::consts::LN_2;
    const INV_LN10: (f64, f64) = (core::f64::consts::LOG10_E, 1.098_319_650_216_765e-17);
    const B_CROSS: f64 = 0.6417;
    const EPS: f64 = f64::EPSILON;
    const SAFE_MIN: f64 = 5.966_672_584_960_166e-154;
    const SAFE_MAX: f64 = 1.675_975_991_242_824_4e153;
    const TANH_ONE: f64 = 22.0;
    const EXP_SPLIT: f64 = 708.0;
    const EXP_CLAMP: f64 = 2124.0;
    const SCALE_UP: (f64, i32) = (1.8014398509481984e16, 54);

    #[inline]
    fn is_nan(self) -> bool {
        f64::is_nan(self)
    }
    #[inline]
    fn is_inf(self) -> bool {
        f64::is_infinite(self)
    }
    #[inline]
    fn signbit(self) -> bool {
        self.is_sign_negative()
    }
    #[inline]
    fn abs(self) -> f64 {
        f64::from_bits(self.to_bits() & !(1 << 63))
    }
    #[inline]
    fn copysign(self, s: f64) -> f64 {
        f64::from_bits((self.to_bits() & !(1 << 63)) | (s.to_bits() & (1 << 63)))
    }
    #[inline]
    fn scalbn(self, n: i32) -> f64 {
        crate::math::scalbn(self, n)
    }
    #[inline]
    fn nan() -> f64 {
        f64::NAN
    }
    #[inline]
    fn invalid() -> f64 {
        crate::math::raise_invalid()
    }
    #[inline]
    fn fma(self, a: f64, b: f64) -> f64 {
        crate::math::fma(self, a, b)
    }
    #[inline]
    fn sqrt(self) -> f64 {
        crate::arch::math::sqrt(self)
    }
    #[inline]
    fn exp(self) -> f64 {
        crate::math::exp(self)
    }
    #[inline]
    fn log(self) -> f64 {
        crate::math::log(self)
    }
    #[inline]
    fn log1p(self) -> f64 {
        crate::math::log1p(self)
    }
    #[inline]
    fn sin(self) -> f64 {
        crate::math::sin(self)
    }
    #[inline]
    fn cos(self) -> f64 {
        crate::math::cos(self)
    }
    #[inline]
    fn tan(self) -> f64 {
        crate::math::tan(self)
    }
    #[inline]
    fn sinh(self) -> f64 {
        crate::math::sinh(self)
    }
    #[inline]
    fn cosh(self) -> f64 {
        crate::math::cosh(self)
    }
    #[inline]
    fn tanh(self) -> f64 {
        crate::math::tanh(self)
    }
    #[inline]
    fn asin(self) -> f64 {
        crate::math::asin(self)
    }
    #[inline]
    fn acos(self) -> f64 {
        crate::math::acos(self)
    }
    #[inline]
    fn atan(self) -> f64 {
        crate::math::atan(self)
    }
    #[inline]
    fn atan2(self, x: f64) -> f64 {
        crate::math::atan2(self, x)
    }
    #[inline]
    fn hypot(self, o: f64) -> f64 {
        crate::math::hypot(self, o)
    }
    #[inline]
    fn exp_split_val() -> f64 {
        // e^708, correctly rounded.
        3.023_383_144_276_055_7e307
    }
}

/// A complex value as its two parts.
type C<R> = (R, R);

/// `v - v`: a NaN, with FE_INVALID when v is infinite (Annex G's
/// "raises the invalid floating-point exception"), quiet for a NaN.
#[inline]
#[allow(clippy::eq_op)]
fn nan_of<R: Real>(v: R) -> R {
    v - v
}

/// Sign-aware negation that keeps NaN payloads (plain `-`).
#[inline]
fn with_sign<R: Real>(v: R, neg: bool) -> R {
    if neg { -v.abs() } else { v.abs() }
}

/// `x² + y² - 1` for `0.25 <= x < 2`, `0 <= y <= x`, to nearly full
/// relative accuracy: the squares split exactly by fma, the five terms
/// summed with error-free additions (Knuth's two-sum).
fn sq_sum_m1<R: Real>(x: R, y: R) -> R {
    fn two_sum<R: Real>(a: R, b: R) -> (R, R) {
        let s = a + b;
        let bb = s - a;
        (s, (a - (s - bb)) + (b - bb))
    }
    let p1 = x * x;
    let e1 = x.fma(x, -p1);
    let p2 = y * y;
    let e2 = y.fma(y, -p2);
    let (t, c0) = two_sum(p1, -R::ONE);
    let (s1, c1) = two_sum(t, p2);
    let (s2, c2) = two_sum(s1, e1);
    let (s3, c3) = two_sum(s2, e2);
    s3 + (((c0 + c1) + c2) + c3)
}

/// `log |x + iy|` for finite x, y not both zero... or both (then -inf
/// with FE_DIVBYZERO from `log(0)`).
fn log_abs<R: Real>(x: R, y: R) -> R {
    let (mut a, mut b) = (x.abs(), y.abs());
    if b > a {
        core::mem::swap(&mut a, &mut b);
    }
    if a == R::ZERO {
        return a.log();
    }
    if a >= R::QUARTER && a < R::TWO {
        // |z| within [1/4, 2√2]: log1p of |z|² - 1 in double-double
        // (below, log a dominates the correction term; above, both are
        // positive).
        let d = sq_sum_m1(a, b);
        // |z| = 1 exactly: log 1 is +0 in every rounding mode (a
        // directed mode can make the exact zero -0).
        return if d == R::ZERO {
            R::ZERO
        } else {
            R::HALF * d.log1p()
        };
    }
    let q = b / a;
    a.log() + R::HALF * (q * q).log1p()
}

/// C17 G.6.3.1 `cexp`.
pub(crate) fn cexp<R: Real>(x: R, y: R) -> C<R> {
    if y == R::ZERO {
        return (x.exp(), y);
    }
    if x.is_inf() {
        if !y.is_finite() {
            // +inf: (+inf, NaN) (invalid for infinite y); -inf: (+0, ±0).
            return if x > R::ZERO {
                (x, nan_of(y))
            } else {
                (R::ZERO, R::ZERO.copysign(y))
            };
        }
        let (s, c) = (y.sin(), y.cos());
        return if x > R::ZERO {
            (R::INF.copysign(c), R::INF.copysign(s))
        } else {
            (R::ZERO.copysign(c), R::ZERO.copysign(s))
        };
    }
    if x.is_nan() {
        // glibc raises FE_INVALID ("may" in G.6.3.1) unless y is a NaN.
        return (x, if y.is_nan() { y } else { R::invalid() });
    }
    if !y.is_finite() {
        return (R::invalid(), R::nan());
    }
    let (s, c) = (y.sin(), y.cos());
    if x > R::EXP_SPLIT {
        return (exp_mul(x, c), exp_mul(x, s));
    }
    let e = x.exp();
    (c * e, s * e)
}

/// C17 G.6.3.2 `clog`.
pub(crate) fn clog<R: Real>(x: R, y: R) -> C<R> {
    let im = y.atan2(x);
    if x.is_inf() || y.is_inf() {
        return (R::INF, im);
    }
    if x.is_nan() || y.is_nan() {
        return (R::nan(), R::nan());
    }
    (log_abs(x, y), im)
}

/// GNU `clog10`: `clog(z) / ln 10`.
pub(crate) fn clog10<R: Real>(x: R, y: R) -> C<R> {
    let (re, im) = clog(x, y);
    let (h, l) = R::INV_LN10;
    // The low part may be negative (binary128): an infinite part must not
    // meet inf - inf, nor a -0 turn into -0 + 0.
    let f = |v: R| {
        if v.is_finite() && v != R::ZERO {
            v.fma(h, v * l)
        } else {
            v * h
        }
    };
    (f(re), f(im))
}

/// C17 G.6.4.2 `csqrt` (Kahan's method, scaled at the ends of the range).
pub(crate) fn csqrt<R: Real>(x: R, y: R) -> C<R> {
    if y.is_inf() {
        return (R::INF, y);
    }
    if x.is_nan() {
        return (x, x);
    }
    if x.is_inf() {
        if y.is_nan() {
            // glibc's sign for the unspecified infinity.
            return if x > R::ZERO { (x, y) } else { (y, R::INF) };
        }
        return if x > R::ZERO {
            (x, R::ZERO.copysign(y))
        } else {
            (R::ZERO, R::INF.copysign(y))
        };
    }
    if y.is_nan() {
        return (y, y);
    }
    if x == R::ZERO && y == R::ZERO {
        return (R::ZERO, y);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let (up, k) = R::SCALE_UP;
    // Scale into a range where |x| + |z| neither overflows nor loses bits.
    let (sx, sy, back) = if ax > R::SAFE_MAX || ay > R::SAFE_MAX {
        (ax.scalbn(-4), ay.scalbn(-4), 2)
    } else if ax < R::SAFE_MIN && ay < R::SAFE_MIN {
        (ax * up * up, ay * up * up, -k)
    } else {
        (ax, ay, 0)
    };
    let t = (R::HALF * (sx + sx.hypot(sy))).sqrt();
    let (re, im) = if x.signbit() {
        (sy / (R::TWO * t), t)
    } else {
        (t, sy / (R::TWO * t))
    };
    (re.scalbn(back), with_sign(im.scalbn(back), y.signbit()))
}

/// The parts of asin and acos for finite x, y >= 0 (Hull, Fairgrieve and
/// Tang 1997): (Re asin, Re acos, Im asin) where Im acos = -Im asin.
fn hull<R: Real>(x: R, y: R) -> (R, R, R) {
    let a_cross = R::ONE + R::HALF;
    let xp1 = x + R::ONE;
    let xm1 = x - R::ONE;
    if y == R::ZERO {
        if x <= R::ONE {
            return (x.asin(), x.acos(), y);
        }
        let im = if x < R::SAFE_MAX {
            (xm1 + (xm1 * xp1).sqrt()).log1p()
        } else {
            R::LN2 + x.log()
        };
        return (R::FRAC_PI_2, R::ZERO, im);
    }
    if x > R::SAFE_MIN && x < R::SAFE_MAX && y > R::SAFE_MIN && y < R::SAFE_MAX {
        let y2 = y * y;
        let r = xp1.hypot(y);
        let s = xm1.hypot(y);
        let a = R::HALF * (r + s);
        let b = x / a;
        let (rs, rc) = if b <= R::B_CROSS {
            (b.asin(), b.acos())
        } else {
            let apx = a + x;
            if x <= R::ONE {
                let d = (R::HALF * apx * (y2 / (r + xp1) + (s - xm1))).sqrt();
                ((x / d).atan(), (d / x).atan())
            } else {
                let d = y * (R::HALF * (apx / (r + xp1) + apx / (s + xm1))).sqrt();
                ((x / d).atan(), (d / x).atan())
            }
        };
        let im = if a <= a_cross {
            let am1 = if x < R::ONE {
                R::HALF * (y2 / (r + xp1) + y2 / (s - xm1))
            } else {
                R::HALF * (y2 / (r + xp1) + (s + xm1))
            };
            (am1 + (am1 * (a + R::ONE)).sqrt()).log1p()
        } else {
            (a + (a * a - R::ONE).sqrt()).log()
        };
        return (rs, rc, im);
    }
    // The ends of the range, where the squares would overflow or underflow.
    if y <= R::EPS * xm1.abs() {
        if x < R::ONE {
            let d = (-xm1 * xp1).sqrt();
            return (x.asin(), x.acos(), y / d);
        }
        if x < R::SAFE_MAX {
            let d = (xm1 * xp1).sqrt();
            return (R::FRAC_PI_2, y / d, (xm1 + d).log1p());
        }
        return (R::FRAC_PI_2, y / x, R::LN2 + x.log());
    }
    if y <= R::SAFE_MIN {
        // x within a few ulps of 1.
        let sy = y.sqrt();
        return (R::FRAC_PI_2 - sy, sy, sy);
    }
    if R::EPS * y - R::ONE >= x {
        return (x / y, R::FRAC_PI_2, R::LN2 + y.log());
    }
    if x > R::ONE {
        let q = x / y;
        let im = R::LN2 + y.log() + R::HALF * (q * q).log1p();
        return ((x / y).atan(), (y / x).atan(), im);
    }
    // x tiny, y moderate.
    let a = (R::ONE + y * y).sqrt();
    (
        x / a,
        R::FRAC_PI_2,
        R::HALF * (R::TWO * y * (y + a)).log1p(),
    )
}

/// C17 G.6.2.2 `casinh`.
pub(crate) fn casinh<R: Real>(x: R, y: R) -> C<R> {
    let (nx, ny) = (x.signbit(), y.signbit());
    let (ax, ay) = (x.abs(), y.abs());
    if ax.is_inf() {
        let im = if ay.is_nan() {
            y
        } else if ay.is_inf() {
            R::FRAC_PI_4
        } else {
            R::ZERO
        };
        return (
            with_sign(R::INF, nx),
            if im.is_nan() { im } else { with_sign(im, ny) },
        );
    }
    if ay.is_inf() {
        if ax.is_nan() {
            return (R::INF, x);
        }
        return (with_sign(R::INF, nx), with_sign(R::FRAC_PI_2, ny));
    }
    if ax.is_nan() {
        return (x, if y == R::ZERO { y } else { x });
    }
    if ay.is_nan() {
        return (y, y);
    }
    // asinh(x + iy) = (Im asin(y + ix), Re asin(y + ix)) for x, y >= 0.
    let (rs, _, im) = hull(ay, ax);
    (with_sign(im, nx), with_sign(rs, ny))
}

/// C17 G.6.1.2 `casin`: `-i casinh(iz)`.
pub(crate) fn casin<R: Real>(x: R, y: R) -> C<R> {
    if x.is_inf() && y.is_nan() {
        // glibc's sign for the unspecified infinity.
        return (y, R::INF);
    }
    let (a, b) = casinh(-y, x);
    (b, -a)
}

/// C17 G.6.1.1 `cacos`.
pub(crate) fn cacos<R: Real>(x: R, y: R) -> C<R> {
    let (nx, ny) = (x.signbit(), y.signbit());
    let (ax, ay) = (x.abs(), y.abs());
    if ax.is_inf() {
        if ay.is_nan() {
            // glibc's sign for the unspecified infinity.
            return (y, -R::INF);
        }
        let re = if ay.is_inf() {
            if nx { R::FRAC_3PI_4 } else { R::FRAC_PI_4 }
        } else if nx {
            R::PI
        } else {
            R::ZERO
        };
        return (re, with_sign(R::INF, !ny));
    }
    if ay.is_inf() {
        if ax.is_nan() {
            return (x, with_sign(R::INF, !ny));
        }
        return (R::FRAC_PI_2, with_sign(R::INF, !ny));
    }
    if ax.is_nan() {
        return (x, x);
    }
    if ay.is_nan() {
        return if ax == R::ZERO {
            (R::FRAC_PI_2, y)
        } else {
            (y, y)
        };
    }
    let (_, rc, im) = hull(ax, ay);
    let re = if nx { R::PI - rc } else { rc };
    (re, with_sign(im, !ny))
}

/// C17 G.6.2.1 `cacosh`: `±i cacos(z)` with a non-negative real part.
pub(crate) fn cacosh<R: Real>(x: R, y: R) -> C<R> {
    let (ax, ay) = (x.abs(), y.abs());
    if ay.is_nan() && ax.is_finite() && ax != R::ZERO {
        return (y, y);
    }
    let (a, b) = cacos(x, y);
    if b.is_nan() {
        return (b, a);
    }
    let im = if a.is_nan() {
        a
    } else {
        with_sign(a, y.signbit())
    };
    (b.abs(), im)
}

/// C17 G.6.2.3 `catanh`.
pub(crate) fn catanh<R: Real>(x: R, y: R) -> C<R> {
    let (nx, ny) = (x.signbit(), y.signbit());
    let (ax, ay) = (x.abs(), y.abs());
    if ax.is_inf() || ay.is_inf() {
        let im = if ay.is_nan() {
            y
        } else {
            with_sign(R::FRAC_PI_2, ny)
        };
        return (with_sign(R::ZERO, nx), im);
    }
    if ax.is_nan() {
        return (x, x);
    }
    if ay.is_nan() {
        return if ax == R::ZERO { (x, y) } else { (y, y) };
    }
    let big = ax > R::SAFE_MAX || ay > R::SAFE_MAX;
    let (re, im) = if big {
        // atanh z ~ 1/z: Re = x / |z|², Im -> pi/2.
        let re = if ax >= ay {
            R::ONE / (ax + ay * (ay / ax))
        } else {
            (ax / ay) / (ay + ax * (ax / ay))
        };
        (re, R::FRAC_PI_2)
    } else {
        let m = R::ONE - ax;
        let den = m * m + ay * ay;
        let re = if den > R::SAFE_MIN * R::SAFE_MIN {
            R::QUARTER * (R::TWO * R::TWO * ax / den).log1p()
        } else if den == R::ZERO && ay == R::ZERO {
            // atanh(±1): the pole, FE_DIVBYZERO from log(0).
            -(R::HALF * den.log())
        } else {
            R::HALF * ((R::ONE + ax).hypot(ay).log() - m.hypot(ay).log())
        };
        let hi = if ax > ay { ax } else { ay };
        let d = if hi >= R::HALF && hi < R::TWO {
            let lo = if ax > ay { ay } else { ax };
            R::ZERO - sq_sum_m1(hi, lo)
        } else {
            m * (R::ONE + ax) - ay * ay
        };
        // An exact zero is +0 here (downward rounding makes 0 - 0 = -0,
        // which would turn atan2 to pi).
        let d = if d == R::ZERO { R::ZERO } else { d };
        (re, R::HALF * (R::TWO * ay).atan2(d))
    };
    (with_sign(re, nx), with_sign(im, ny))
}

/// C17 G.6.1.3 `catan`: `-i catanh(iz)`.
pub(crate) fn catan<R: Real>(x: R, y: R) -> C<R> {
    let (a, b) = catanh(-y, x);
    (b, -a)
}

/// `m * e^x` for x > EXP_SPLIT, where e^x alone may overflow although the
/// product does not (a tiny sine): e^x is applied as factors of
/// e^EXP_SPLIT, so the product overflows exactly when it should.
fn exp_mul<R: Real>(x: R, m: R) -> R {
    let mut t = if x > R::EXP_CLAMP { R::EXP_CLAMP } else { x };
    let k = R::exp_split_val();
    let mut r = m;
    while t > R::EXP_SPLIT {
        r = r * k;
        t = t - R::EXP_SPLIT;
    }
    r * t.exp()
}

/// `m * e^|x| / 2` (cosh and sinh for large |x|), through [`exp_mul`].
fn exp_half_mul<R: Real>(ax: R, m: R) -> R {
    exp_mul(ax, R::HALF * m)
}

/// C17 G.6.2.5 `csinh`.
pub(crate) fn csinh<R: Real>(x: R, y: R) -> C<R> {
    if y == R::ZERO {
        return (x.sinh(), y);
    }
    if x.is_inf() {
        if !y.is_finite() {
            // glibc's sign for the unspecified infinity.
            return (R::INF, nan_of(y));
        }
        let (s, c) = (y.sin(), y.cos());
        return (x * c, R::INF * s);
    }
    if x.is_nan() {
        return (x, x);
    }
    if !y.is_finite() {
        let d = nan_of(y);
        return if x == R::ZERO {
            (x, d)
        } else {
            (if y.is_nan() { R::invalid() } else { d }, d)
        };
    }
    let (s, c) = (y.sin(), y.cos());
    let ax = x.abs();
    if ax > R::EXP_SPLIT {
        let re = with_sign(exp_half_mul(ax, c.abs()), x.signbit() != c.signbit());
        return (re, exp_half_mul(ax, s));
    }
    (x.sinh() * c, x.cosh() * s)
}

/// C17 G.6.1.5 `csin`: `-i csinh(iz)`.
pub(crate) fn csin<R: Real>(x: R, y: R) -> C<R> {
    if y.is_inf() && !x.is_finite() {
        // glibc's sign for the unspecified infinity.
        return (nan_of(x), R::INF);
    }
    let (a, b) = csinh(-y, x);
    (b, -a)
}

/// C17 G.6.2.4 `ccosh`.
pub(crate) fn ccosh<R: Real>(x: R, y: R) -> C<R> {
    if y == R::ZERO {
        let im = if x.is_nan() {
            y
        } else {
            with_sign(y, x.signbit() != y.signbit())
        };
        return (x.cosh(), im);
    }
    if x.is_inf() {
        if !y.is_finite() {
            return (R::INF, nan_of(y));
        }
        let (s, c) = (y.sin(), y.cos());
        return (R::INF * c, x * s);
    }
    if x.is_nan() {
        return (x, x);
    }
    if !y.is_finite() {
        let d = nan_of(y);
        return if x == R::ZERO {
            (d, R::ZERO)
        } else {
            // glibc raises FE_INVALID for an infinite y only.
            (d, d)
        };
    }
    let (s, c) = (y.sin(), y.cos());
    let ax = x.abs();
    if ax > R::EXP_SPLIT {
        let im = with_sign(exp_half_mul(ax, s.abs()), x.signbit() != s.signbit());
        return (exp_half_mul(ax, c), im);
    }
    (x.cosh() * c, x.sinh() * s)
}

/// C17 G.6.1.4 `ccos`: `ccosh(iz)`.
pub(crate) fn ccos<R: Real>(x: R, y: R) -> C<R> {
    ccosh(-y, x)
}

/// C17 G.6.2.6 `ctanh` (Kahan's formula; `tanh x = ±1` beyond TANH_ONE).
pub(crate) fn ctanh<R: Real>(x: R, y: R) -> C<R> {
    if x.is_inf() {
        let im = if y.is_finite() && y != R::ZERO {
            let (s, c) = (y.sin(), y.cos());
            R::ZERO.copysign(s * c)
        } else {
            R::ZERO.copysign(y)
        };
        return (R::ONE.copysign(x), im);
    }
    if x.is_nan() {
        // glibc raises FE_INVALID for an infinite y.
        return (
            x,
            if y == R::ZERO {
                y
            } else if y.is_inf() {
                nan_of(y)
            } else {
                x
            },
        );
    }
    if !y.is_finite() {
        let d = nan_of(y);
        return if x == R::ZERO {
            (x, d)
        } else {
            // glibc raises FE_INVALID for an infinite y only.
            (d, d)
        };
    }
    if y == R::ZERO {
        return (x.tanh(), y);
    }
    let ax = x.abs();
    if ax > R::TANH_ONE {
        let (s, c) = (y.sin(), y.cos());
        let e = (-R::TWO * ax).exp();
        return (R::ONE.copysign(x), R::TWO * R::TWO * s * c * e);
    }
    let t = y.tan();
    let beta = R::ONE + t * t;
    let s = x.sinh();
    let rho = (R::ONE + s * s).sqrt();
    let den = R::ONE + beta * s * s;
    let im = if ax >= R::TWO {
        // sin 2y / (cosh 2x + cos 2y): cosh 2x >= 27 dominates the sum,
        // and is more accurate than sinh² (Kahan's denominator).
        let y2 = R::TWO * y;
        y2.sin() / ((R::TWO * ax).cosh() + y2.cos())
    } else {
        t / den
    };
    ((beta * rho * s) / den, im)
}

/// C17 G.6.1.6 `ctan`: `-i ctanh(iz)`.
pub(crate) fn ctan<R: Real>(x: R, y: R) -> C<R> {
    let (a, b) = ctanh(-y, x);
    (b, -a)
}

/// Complex multiplication with Annex G's recovery of infinities
/// (G.5.1: a product with an infinite factor is infinite).
fn cmul<R: Real>(a: R, b: R, c: R, d: R) -> C<R> {
    let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
    let (mut x, mut y) = (ac - bd, ad + bc);
    if x.is_nan() && y.is_nan() {
        let (mut a, mut b, mut c, mut d) = (a, b, c, d);
        let mut recalc = false;
        let box1 = |v: R| with_sign(if v.is_inf() { R::ONE } else { R::ZERO }, v.signbit());
        let nan0 = |v: R| if v.is_nan() { R::ZERO.copysign(v) } else { v };
        if a.is_inf() || b.is_inf() {
            a = box1(a);
            b = box1(b);
            c = nan0(c);
            d = nan0(d);
            recalc = true;
        }
        if c.is_inf() || d.is_inf() {
            c = box1(c);
            d = box1(d);
            a = nan0(a);
            b = nan0(b);
            recalc = true;
        }
        if !recalc && (ac.is_inf() || bd.is_inf() || ad.is_inf() || bc.is_inf()) {
            a = nan0(a);
            b = nan0(b);
            c = nan0(c);
            d = nan0(d);
            recalc = true;
        }
        if recalc {
            x = R::INF * (a * c - b * d);
            y = R::INF * (a * d + b * c);
        }
    }
    (x, y)
}

/// C17 7.3.8.2 `cpow`: `cexp(w · clog(z))`, as glibc computes it.
pub(crate) fn cpow<R: Real>(x: R, y: R, u: R, v: R) -> C<R> {
    let (lr, li) = clog(x, y);
    let (a, b) = cmul(u, v, lr, li);
    cexp(a, b)
}

/// C17 G.6 `cproj`: every infinity projects to (+inf, ±0).
pub(crate) fn cproj<R: Real>(x: R, y: R) -> C<R> {
    if x.is_inf() || y.is_inf() {
        (R::INF, R::ZERO.copysign(y))
    } else {
        (x, y)
    }
}

/// C17 7.3.8.1 `cabs`.
pub(crate) fn cabs<R: Real>(x: R, y: R) -> R {
    x.hypot(y)
}

/// C17 7.3.9.1 `carg`.
pub(crate) fn carg<R: Real>(x: R, y: R) -> R {
    y.atan2(x)
}

/// The C entry points: `__ferro_NAME(re, im, out)` for double and
/// `__ferro_NAMEf` for float (the double algorithm, each part rounded once).
macro_rules! faces {
    ($($f:ident $d:ident $fl:ident;)*) => {$(
        #[doc = concat!("C17 7.3 `", stringify!($f), "` (through the shim in c/complex.c).")]
        #[cfg_attr(not(test), unsafe(no_mangle))]
        pub unsafe extern "C" fn $d(re: f64, im: f64, out: *mut f64) {
            let (a, b) = $f(re, im);
            // SAFETY: the shim passes a two-element array.
            unsafe {
                *out = a;
                *out.add(1) = b;
            }
        }
        #[doc = concat!("C17 7.3 `", stringify!($f), "f` (through the shim in c/complex.c).")]
        #[cfg_attr(not(test), unsafe(no_mangle))]
        pub unsafe extern "C" fn $fl(re: f32, im: f32, out: *mut f32) {
            let (a, b) = $f(re as f64, im as f64);
            // SAFETY: the shim passes a two-element array.
            unsafe {
                *out = a as f32;
                *out.add(1) = b as f32;
            }
        }
    )*};
}

faces! {
    cacos __ferro_cacos __ferro_cacosf;
    cacosh __ferro_cacosh __ferro_cacoshf;
    casin __ferro_casin __ferro_casinf;
    casinh __ferro_casinh __ferro_casinhf;
    catan __ferro_catan __ferro_catanf;
    catanh __ferro_catanh __ferro_catanhf;
    ccos __ferro_ccos __ferro_ccosf;
    ccosh __ferro_ccosh __ferro_ccoshf;
    cexp __ferro_cexp __ferro_cexpf;
    clog __ferro_clog __ferro_clogf;
    clog10 __ferro_clog10 __ferro_clog10f;
    cproj __ferro_cproj __ferro_cprojf;
    csin __ferro_csin __ferro_csinf;
    csinh __ferro_csinh __ferro_csinhf;
    csqrt __ferro_csqrt __ferro_csqrtf;
    ctan __ferro_ctan __ferro_ctanf;
    ctanh __ferro_ctanh __ferro_ctanhf;
}

/// C17 7.3.8.2 `cpow` (through the shim in c/complex.c).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_cpow(x: f64, y: f64, u: f64, v: f64, out: *mut f64) {
    let (a, b) = cpow(x, y, u, v);
    // SAFETY: the shim passes a two-element array.
    unsafe {
        *out = a;
        *out.add(1) = b;
    }
}

/// C17 7.3.8.2 `cpowf` (through the shim in c/complex.c).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_cpowf(x: f32, y: f32, u: f32, v: f32, out: *mut f32) {
    let (a, b) = cpow(x as f64, y as f64, u as f64, v as f64);
    // SAFETY: the shim passes a two-element array.
    unsafe {
        *out = a as f32;
        *out.add(1) = b as f32;
    }
}

/// C17 7.3.8.1 `cabs` (through the shim in c/complex.c).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __ferro_cabs(x: f64, y: f64) -> f64 {
    cabs(x, y)
}

/// C17 7.3.8.1 `cabsf`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __ferro_cabsf(x: f32, y: f32) -> f32 {
    cabs(x as f64, y as f64) as f32
}

/// C17 7.3.9.1 `carg` (through the shim in c/complex.c).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __ferro_carg(x: f64, y: f64) -> f64 {
    carg(x, y)
}

/// C17 7.3.9.1 `cargf`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __ferro_cargf(x: f32, y: f32) -> f32 {
    carg(x as f64, y as f64) as f32
}
