//! The format-generic cores of the exact functions (see `mod.rs`).
use super::{E_DOM, E_RANGE, Fp, raise_invalid, set_errno};
use core::hint::black_box;

/// Round toward zero.
pub(crate) fn trunc<F: Fp>(x: F) -> F {
    let e = x.bexp() as i32 - F::BIAS;
    if e >= F::MANT as i32 {
        return if x.is_nan() { x + x } else { x };
    }
    if e < 0 {
        return F::from_u(x.to_u() & F::SIGN);
    }
    F::from_u(x.to_u() & !(F::FRAC >> e))
}

/// Round toward -inf.
pub(crate) fn floor<F: Fp>(x: F) -> F {
    let t = trunc(x);
    if x.neg() && t != x {
        t.sub(F::from_i(1))
    } else {
        t
    }
}

/// Round toward +inf.
pub(crate) fn ceil<F: Fp>(x: F) -> F {
    let t = trunc(x);
    if !x.neg() && t != x {
        t + F::from_i(1)
    } else {
        t
    }
}

/// `t + 1` away from zero, keeping the sign of `x`.
fn away<F: Fp>(t: F, x: F) -> F {
    (F::from_u(t.abs_u()) + F::from_i(1)).with_sign(x.neg())
}

/// Round half away from zero.
pub(crate) fn round<F: Fp>(x: F) -> F {
    let t = trunc(x);
    if t == x || x.is_nan() {
        return t;
    }
    let d = F::from_u(x.sub(t).abs_u());
    if d >= F::pow2(-1) { away(t, x) } else { t }
}

/// Round half to even.
pub(crate) fn roundeven<F: Fp>(x: F) -> F {
    let t = trunc(x);
    if t == x || x.is_nan() {
        return t;
    }
    let d = F::from_u(x.sub(t).abs_u());
    let h = F::pow2(-1);
    if d > h || (d == h && t.to_i64() & 1 != 0) {
        away(t, x)
    } else {
        t
    }
}

/// Round in the current rounding mode (raises FE_INEXACT when inexact).
pub(crate) fn rint<F: Fp>(x: F) -> F {
    if x.is_nan() {
        return x + x;
    }
    if x.bexp() as i32 - F::BIAS >= F::MANT as i32 {
        return x;
    }
    // |x| < 2^MANT: adding ±2^MANT leaves no fraction bits, so the
    // hardware rounds x to an integer in the current mode.
    let c = F::pow2(F::MANT as i32).with_sign(x.neg());
    let r = black_box(black_box(x) + c).sub(c);
    r.with_sign(x.neg())
}

/// An integral `r` as a `bits`-wide signed integer, or FE_INVALID and
/// the most negative value when it does not fit (NaN, infinities).
pub(crate) fn to_int<F: Fp>(r: F, bits: u32) -> i64 {
    let lim = F::pow2(bits as i32 - 1);
    let nlim = lim.with_sign(true);
    if r >= nlim && r < lim {
        r.to_i64()
    } else {
        raise_invalid::<F>();
        i64::MIN >> (64 - bits)
    }
}

/// `(|x| mod |y|, low bits of the integral quotient)` for finite x, y with
/// y != 0: binary long division of the significands, exact.
fn remcore<F: Fp>(x: F, y: F) -> (F, u64) {
    let (ax, ay) = (x.abs_u(), y.abs_u());
    if ax < ay {
        return (F::from_u(ax), 0);
    }
    let split = |a: u64| -> (u64, i32) {
        let be = (a >> F::MANT) as i32;
        let (mut m, mut e) = if be == 0 {
            (a & F::FRAC, 1 - F::BIAS - F::MANT as i32)
        } else {
            (
                (a & F::FRAC) | (1 << F::MANT),
                be - F::BIAS - F::MANT as i32,
            )
        };
        let sh = m.leading_zeros() as i32 - (63 - F::MANT as i32);
        m <<= sh;
        e -= sh;
        (m, e)
    };
    let (mut mx, ex) = split(ax);
    let (my, mut ey) = split(ay);
    let mut q: u64 = 0;
    for _ in 0..(ex - ey) {
        if mx >= my {
            mx -= my;
            q |= 1;
        }
        mx <<= 1;
        q = q.wrapping_shl(1);
    }
    if mx >= my {
        mx -= my;
        q |= 1;
    }
    if mx == 0 {
        return (F::from_u(0), q);
    }
    let sh = mx.leading_zeros() as i32 - (63 - F::MANT as i32);
    mx <<= sh;
    ey -= sh;
    let be = ey + F::MANT as i32 + F::BIAS;
    let bits = if be >= 1 {
        ((be as u64) << F::MANT) | (mx & F::FRAC)
    } else {
        mx >> (1 - be)
    };
    (F::from_u(bits), q)
}

/// C's fmod: the remainder of truncating division, exact.
pub(crate) fn fmod<F: Fp>(x: F, y: F) -> F {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x.is_inf() || y.is_zero() {
        set_errno(E_DOM);
        return raise_invalid();
    }
    if x.is_zero() || y.is_inf() {
        return x;
    }
    remcore(x, y).0.with_sign(x.neg())
}

/// IEEE remainder and the low bits of the quotient rounded to nearest even.
pub(crate) fn remquo<F: Fp>(x: F, y: F) -> (F, i32) {
    if x.is_nan() || y.is_nan() {
        return (x + y, 0);
    }
    if x.is_inf() || y.is_zero() {
        set_errno(E_DOM);
        return (raise_invalid(), 0);
    }
    let qneg = x.neg() != y.neg();
    if x.is_zero() || y.is_inf() {
        return (x, 0);
    }
    let (mut r, mut q) = remcore(x, y);
    let ay = F::from_u(y.abs_u());
    // Compare r with |y|/2 without rounding or overflow.
    let up = if y.bexp() > 1 {
        let h = ay.mul(F::pow2(-1));
        r > h || (r == h && q & 1 != 0)
    } else {
        let r2 = r + r;
        r2 > ay || (r2 == ay && q & 1 != 0)
    };
    if up {
        r = r.sub(ay);
        q = q.wrapping_add(1);
    }
    let r = F::from_u(r.to_u() ^ if x.neg() { F::SIGN } else { 0 });
    let q = (q & 0x7fff_ffff) as i32;
    (r, if qneg { -q } else { q })
}

/// Significand in [0.5, 1) and exponent.
pub(crate) fn frexp<F: Fp>(x: F) -> (F, i32) {
    if x.is_zero() || x.is_inf() || x.is_nan() {
        return (x + x, 0);
    }
    let (x, adj) = if x.bexp() == 0 {
        (x.mul(F::pow2(64)), -64)
    } else {
        (x, 0)
    };
    let e = x.bexp() as i32 - F::BIAS + 1 + adj;
    let u = (x.to_u() & !(F::EMAX << F::MANT)) | (((F::BIAS - 1) as u64) << F::MANT);
    (F::from_u(u), e)
}

/// x · 2^n, rounded once in the current mode; ERANGE on overflow and on
/// underflow to zero (glibc's rule).
pub(crate) fn scalbn<F: Fp>(x: F, n: i64) -> F {
    if x.is_zero() || x.is_inf() || x.is_nan() {
        return x + x;
    }
    let a = x.abs_u();
    let be = (a >> F::MANT) as i64;
    let (m, e) = if be == 0 {
        let f = a & F::FRAC;
        let sh = f.leading_zeros() as i64 - (63 - F::MANT as i64);
        (f << sh, 1 - F::BIAS as i64 - sh)
    } else {
        (a, be - F::BIAS as i64)
    };
    let build = |e: i64| F::from_u((((e + F::BIAS as i64) as u64) << F::MANT) | (m & F::FRAC));
    let (emin, emax) = (1 - F::BIAS as i64, F::BIAS as i64);
    let big = e.saturating_add(n);
    let neg = x.neg();
    if big > emax {
        let r = black_box(build(emax).with_sign(neg)).mul(F::from_i(2));
        if r.is_inf() {
            set_errno(E_RANGE);
        }
        r
    } else if big >= emin {
        build(big).with_sign(neg)
    } else {
        let ec = big.max(emin - F::MANT as i64 - 3);
        let r = black_box(build(ec + 64).with_sign(neg)).mul(F::pow2(-64));
        if r.is_zero() {
            set_errno(E_RANGE);
        }
        r
    }
}

/// Fractional part, with the integral part stored.
pub(crate) fn modf<F: Fp>(x: F) -> (F, F) {
    if x.is_nan() {
        return (x + x, x + x);
    }
    if x.is_inf() {
        return (F::from_u(0).with_sign(x.neg()), x);
    }
    let t = trunc(x);
    (x.sub(t).with_sign(x.neg()), t)
}

/// Unbiased exponent; None for zero, infinity and NaN.
fn exponent<F: Fp>(x: F) -> Option<i32> {
    if x.is_zero() || x.is_inf() || x.is_nan() {
        return None;
    }
    let be = x.bexp() as i32;
    if be != 0 {
        return Some(be - F::BIAS);
    }
    let top = 63 - x.abs_u().leading_zeros() as i32;
    Some(top - F::MANT as i32 + 1 - F::BIAS)
}

/// C's ilogb with glibc's per-arch FP_ILOGB0/FP_ILOGBNAN, FE_INVALID and
/// EDOM for zero, infinity and NaN.
pub(crate) fn ilogb<F: Fp>(x: F, ilogb0: i32, ilogbnan: i32) -> i32 {
    match exponent(x) {
        Some(e) => e,
        None => {
            raise_invalid::<F>();
            set_errno(E_DOM);
            if x.is_zero() {
                ilogb0
            } else if x.is_nan() {
                ilogbnan
            } else {
                i32::MAX
            }
        }
    }
}

/// C's logb: -inf with FE_DIVBYZERO for zero, +inf for infinities.
pub(crate) fn logb<F: Fp>(x: F) -> F {
    match exponent(x) {
        Some(e) => F::from_i(e),
        None if x.is_nan() => x + x,
        None if x.is_inf() => F::from_u(x.abs_u()),
        None => black_box(F::from_i(-1)).div(black_box(F::from_u(0))),
    }
}

/// The next representable value after x toward y.
pub(crate) fn nextafter<F: Fp>(x: F, y: F) -> F {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    let r = if x.is_zero() {
        F::from_u(1).with_sign(y.neg())
    } else if (x < y) != x.neg() {
        F::from_u(x.to_u() + 1)
    } else {
        F::from_u(x.to_u() - 1)
    };
    if r.is_inf() {
        let m = black_box(F::from_u((F::EMAX << F::MANT) - 1));
        black_box(m.mul(m));
        set_errno(E_RANGE);
    } else if r.bexp() == 0 {
        let t = black_box(F::pow2(1 - F::BIAS));
        black_box(t.mul(t));
        // glibc: ERANGE for a subnormal result, except the step off zero.
        if !x.is_zero() {
            set_errno(E_RANGE);
        }
    }
    r
}

/// Larger of x and y, a NaN operand ignored; +0 above -0.
pub(crate) fn fmax<F: Fp>(x: F, y: F) -> F {
    if x.is_nan() {
        return y;
    }
    if y.is_nan() || x > y {
        return x;
    }
    if y > x || x.neg() { y } else { x }
}

/// Smaller of x and y, a NaN operand ignored; -0 below +0.
pub(crate) fn fmin<F: Fp>(x: F, y: F) -> F {
    if x.is_nan() {
        return y;
    }
    if y.is_nan() || x < y {
        return x;
    }
    if y < x || !x.neg() { y } else { x }
}

/// Positive difference; ERANGE on overflow (finite operands only).
pub(crate) fn fdim<F: Fp>(x: F, y: F) -> F {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x > y {
        let r = black_box(x).sub(y);
        if r.is_inf() && !x.is_inf() && !y.is_inf() {
            set_errno(E_RANGE);
        }
        r
    } else {
        F::from_u(0)
    }
}
