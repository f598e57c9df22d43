//! The `long double` exponentials, logarithms and `powl`, over the wide
//! type (`wide.rs`): each kernel computes in [`W`] (every operation good
//! to 2^-127 relative) and the result is rounded once to the format in
//! the current direction.
//!
//! - exp: x = k·ln2 + r with ln2 split so k·ln2_hi is exact (the
//!   subtraction then is too), expm1(r/256) by its Taylor series, eight
//!   doublings e ← e(2 + e) (which keep the relative error of expm1), and
//!   2^k·(1 + e). exp2 splits off the integer part exactly; exp10 reduces
//!   x·ln10 (and is exact for the integral powers of ten the wide type
//!   holds); expm1 uses the series directly near 0.
//! - log: x = 2^e·m with m in [√½, √2), log m = 2·atanh((m-1)/(m+1)) by
//!   its series (26 terms, |s| < 0.172); log1p uses s = x/(2+x) without
//!   forming 1+x; log2 and log10 scale by 1/ln2, 1/ln10 (log2 of powers
//!   of two and log10 of powers of ten are exact).
//! - pow: integral exponents up to 1024 by repeated squaring (exact
//!   results are exact), else exp(y·log|x|); the argument's absolute
//!   error is then at most about 2^-114, a quarter ulp of binary128.
//!
//! Special cases, errno and flags as the `double` functions (C17 Annex F,
//! glibc's errno).
use super::ldouble::{IntMode, integral};
use super::wide::*;
use super::{Dir, E_DOM, E_RANGE, set_errno};

/// ln 2 = (LN2[0]·2^128 + LN2[1])·2^-256.
static LN2: [u128; 2] = [
    0xb17217f7d1cf79abc9e3b39803f2f6af,
    0x40f343267298b62d8a0d175b8baafa2b,
];
/// ln 10 = (LN10[0]·2^128 + LN10[1])·2^-254.
static LN10: [u128; 2] = [
    0x935d8dddaaa8ac16ea56d62b82d30a28,
    0xe28fecf9da5df90e83c61e8201f02d72,
];
/// 1/ln 2 = INV_LN2[0]·2^-127 (+ INV_LN2[1]·2^-255).
static INV_LN2: [u128; 2] = [
    0xb8aa3b295c17f0bbbe87fed0691d3e88,
    0xeb577aa8dd695a588b25166cd1a13247,
];

fn one() -> W {
    W::from_i(1)
}

/// ln 2 to 128 bits.
fn ln2() -> W {
    W::norm(false, -128, LN2[0])
}

/// ln 2 as hi + lo, hi with 96 bits (k·hi is exact for |k| < 2^32).
fn ln2_split() -> (W, W) {
    let mask = (1u128 << 32) - 1;
    let hi = W::norm(false, -128, LN2[0] & !mask);
    let lo = W::norm2(false, -256, U2(LN2[0] & mask, LN2[1]));
    (hi, lo)
}

fn ln10() -> W {
    W::norm(false, -126, LN10[0])
}

fn inv_ln2() -> W {
    W::norm(false, -127, INV_LN2[0])
}

/// The nearest integer to a finite `w` of moderate size, as i64.
fn nearest_int(w: W) -> i64 {
    let (t, _) = integral(w, IntMode::Dir(Dir::Nearest));
    to_i64(t)
}

/// An integral `w` with |w| < 2^62 as i64.
fn to_i64(t: W) -> i64 {
    if t.is_zero() {
        return 0;
    }
    let v = (t.m >> (127 - t.top())) as i64;
    if t.neg { -v } else { v }
}

/// expm1(r) for |r| below about 0.7.
fn expm1_small(r: W) -> W {
    if r.is_zero() {
        return r;
    }
    let s = r.scale(-8);
    let mut t = one();
    for n in (2..=15).rev() {
        t = one().add(s.mul(t).div(W::from_i(n)));
    }
    let mut e = s.mul(t);
    let two = W::from_i(2);
    for _ in 0..8 {
        e = e.mul(two.add(e));
    }
    e
}

/// exp(x) = 2^k·(1 + e) for |x| < 2^15: (k, e).
fn exp_core(x: W) -> (i32, W) {
    let k = nearest_int(x.mul(inv_ln2()));
    let kw = W::from_i(k);
    let (hi, lo) = ln2_split();
    let r = x.sub(kw.mul(hi)).sub(kw.mul(lo));
    (k as i32, expm1_small(r))
}

/// exp(x) in the wide type; far out of range the value is a huge or tiny
/// power of two, which rounds to overflow or underflow.
pub(crate) fn exp_w(x: W) -> W {
    if x.is_zero() {
        return one();
    }
    if x.top() >= 14 {
        return W::ONE.scale(if x.neg { -40000 } else { 40000 });
    }
    let (k, e) = exp_core(x);
    one().add(e).scale(k)
}

/// exp(x·c) for the constant c = hi + lo (hi and lo from a 256-bit
/// table), |x·c| < 2^14: x·hi is formed exactly in 256 bits and reduced
/// by k·ln2 before the truncation to 128 bits, so the reduced argument
/// keeps its full relative accuracy however large x·c is.
fn exp_scaled(x: W, hi: W, lo: W) -> W {
    exp_scaled_add(x, hi, lo, W::ZERO)
}

/// exp(x·(hi + lo) + add), with the same care (|x·hi + add| < 2^14).
pub(crate) fn exp_scaled_add(x: W, hi: W, lo: W, add: W) -> W {
    let k = nearest_int(x.mul(hi).add(add).mul(inv_ln2()));
    let kw = W::from_i(k);
    let (h, l) = ln2_split();
    let kh = kw.mul(h);
    let r = add2(
        x.neg != hi.neg,
        x.e + hi.e,
        mul_wide(x.m, hi.m),
        !kh.neg,
        kh.e - 128,
        U2(kh.m, 0),
    );
    let r = r.add(add).add(x.mul(lo)).sub(kw.mul(l));
    one().add(expm1_small(r)).scale(k as i32)
}

/// Round a result once in the current direction, raise the flags, and
/// set ERANGE for an overflow or an underflow to zero.
fn range<F: LdFmt>(w: W) -> u128 {
    let mut fl = 0;
    let r = round::<F>(w, crate::arch::math::round_dir(), &mut fl);
    raise(fl);
    if fl & OVERFLOW != 0 || (fl & UNDERFLOW != 0 && decode::<F>(r).k == K::Zero) {
        set_errno(E_RANGE);
    }
    r
}

/// The result for a NaN operand.
fn nan1<F: LdFmt>(x: u128) -> u128 {
    let mut fl = 0;
    let r = quiet::<F>(x, &mut fl);
    raise(fl);
    r
}

/// FE_INVALID, EDOM, the default NaN.
fn dom<F: LdFmt>() -> u128 {
    raise(INVALID);
    set_errno(E_DOM);
    qnan::<F>()
}

/// FE_DIVBYZERO, ERANGE, ±inf.
fn pole<F: LdFmt>(neg: bool) -> u128 {
    raise(DIVZERO);
    set_errno(E_RANGE);
    inf::<F>(neg)
}

/// `expl`.
pub(crate) fn exp<F: LdFmt>(x: u128) -> u128 {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => nan1::<F>(x),
        K::Inf => {
            if d.neg {
                0
            } else {
                mask::<F>(x)
            }
        }
        K::Zero => exact::<F>(one()),
        K::Fin => range::<F>(exp_w(d.w)),
    }
}

/// `exp2l`.
pub(crate) fn exp2<F: LdFmt>(x: u128) -> u128 {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => nan1::<F>(x),
        K::Inf => {
            if d.neg {
                0
            } else {
                mask::<F>(x)
            }
        }
        K::Zero => exact::<F>(one()),
        K::Fin => {
            if d.w.top() >= 15 {
                return range::<F>(W::ONE.scale(if d.neg { -40000 } else { 40000 }));
            }
            let k = nearest_int(d.w);
            let f = d.w.sub(W::from_i(k));
            let e = expm1_small(f.mul(ln2()));
            range::<F>(one().add(e).scale(k as i32))
        }
    }
}

/// `exp10l`: exact for the integral powers 10^0..10^55.
pub(crate) fn exp10<F: LdFmt>(x: u128) -> u128 {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => nan1::<F>(x),
        K::Inf => {
            if d.neg {
                0
            } else {
                mask::<F>(x)
            }
        }
        K::Zero => exact::<F>(one()),
        K::Fin => {
            if d.w.top() >= 13 {
                return range::<F>(W::ONE.scale(if d.neg { -40000 } else { 40000 }));
            }
            let (t, inexact) = integral(d.w, IntMode::Dir(Dir::Zero));
            if !inexact && !d.neg && to_i64(t) <= 55 {
                let mut p = one();
                for _ in 0..to_i64(t) {
                    p = p.mul(W::from_i(10));
                }
                return range::<F>(p);
            }
            range::<F>(exp_scaled(d.w, ln10(), W::norm(false, -254, LN10[1])))
        }
    }
}

/// `expm1l`.
pub(crate) fn expm1<F: LdFmt>(x: u128) -> u128 {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => nan1::<F>(x),
        K::Inf => {
            if d.neg {
                exact::<F>(one().neg())
            } else {
                mask::<F>(x)
            }
        }
        K::Zero => mask::<F>(x),
        K::Fin => {
            let w = d.w;
            if w.top() >= 14 {
                if w.neg {
                    return range::<F>(one().neg().add(W::ONE.scale(-400)));
                }
                return range::<F>(W::ONE.scale(40000));
            }
            if w.top() < -2 {
                return range::<F>(expm1_small(w));
            }
            if w.neg && w.top() >= 7 {
                // e^x < 2^-184: -1 + tiny.
                return range::<F>(one().neg().add(W::ONE.scale(-400)));
            }
            let (k, e) = exp_core(w);
            range::<F>(one().add(e).scale(k).sub(one()))
        }
    }
}

/// 2·atanh(s) for |s| < 0.18.
fn atanh2(s: W) -> W {
    let z = s.mul(s);
    let mut h = one().div(W::from_i(53));
    for j in (1..26).rev() {
        h = one().div(W::from_i(2 * j + 1)).add(z.mul(h));
    }
    s.add(s.mul(z).mul(h)).scale(1)
}

/// log of a positive finite `a` as (e, log m) with a = 2^e·m,
/// m in [√½, √2).
fn log_parts(a: W) -> (i32, W) {
    let mut e = a.top();
    let mut m = a.scale(-e);
    // √2 ≈ 1.4142135623730951.
    let sqrt2 = W::norm(false, -127, 0xb504f333f9de6484597d89b3754abe9f);
    if m.cmp_abs(sqrt2) == core::cmp::Ordering::Greater {
        m = m.scale(-1);
        e += 1;
    }
    let s = m.sub(one()).div(m.add(one()));
    (e, atanh2(s))
}

/// log(a) in the wide type, a positive finite.
pub(crate) fn log_w(a: W) -> W {
    let (e, l) = log_parts(a);
    if e == 0 {
        return l;
    }
    // e·ln2 from ln2's first 128 bits, plus e times the next 128.
    let ew = W::from_i(e as i64);
    let tail = ew.mul(W::norm(false, -256, LN2[1]));
    ew.mul(ln2()).add(l).add(tail)
}

/// log(a) as hi + lo, good to about 2^-129 relative when a is far from
/// 1 (e ≠ 0: e·ln2 is carried to 256 bits) and 2^-127 near 1: the
/// logarithm `powl` multiplies by y.
pub(crate) fn log_w2(a: W) -> (W, W) {
    let (e, hi, lo) = log_parts2(a);
    if e == 0 {
        return (hi, lo);
    }
    let ew = W::from_i(e as i64);
    let h = ln2();
    let (n, ex, v) = add2_full(
        ew.neg,
        ew.e + h.e,
        mul_wide(ew.m, h.m),
        hi.neg,
        hi.e - 128,
        U2(hi.m, 0),
    );
    let (hi, lo2) = split2(n, ex, v);
    (hi, lo2.add(lo).add(ew.mul(W::norm(false, -256, LN2[1]))))
}

/// log_parts with log m as hi + lo, good to about 2^-135: the quotient
/// s = (m-1)/(m+1) is carried to 256 bits (its remainder formed exactly
/// by one fused product), and the series' small part is added to it
/// without truncation. For `powl`, whose y·log x can reach 2^13.
fn log_parts2(a: W) -> (i32, W, W) {
    let mut e = a.top();
    let mut m = a.scale(-e);
    let sqrt2 = W::norm(false, -127, 0xb504f333f9de6484597d89b3754abe9f);
    if m.cmp_abs(sqrt2) == core::cmp::Ordering::Greater {
        m = m.scale(-1);
        e += 1;
    }
    let num = m.sub(one());
    if num.is_zero() {
        return (e, W::ZERO, W::ZERO);
    }
    let den = m.add(one());
    let s = num.div(den);
    let s_lo = fma_w(s.neg(), den, num).div(den);
    let z = s.mul(s);
    let mut h = one().div(W::from_i(53));
    for j in (1..26).rev() {
        h = one().div(W::from_i(2 * j + 1)).add(z.mul(h));
    }
    // atanh(s + s_lo) = s + s·z·h + s_lo·(1 + z) + …
    let small = s.mul(z).mul(h).add(s_lo.mul(one().add(z)));
    let (n, ex, v) = add2_full(
        s.neg,
        s.e - 128,
        U2(s.m, 0),
        small.neg,
        small.e - 128,
        U2(small.m, 0),
    );
    let (hi, lo) = split2(n, ex, v);
    (e, hi.scale(1), lo.scale(1))
}

/// Special cases shared by the logarithms: `Err(result)`, or the finite
/// positive argument.
fn log_special<F: LdFmt>(x: u128) -> Result<W, u128> {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => Err(nan1::<F>(x)),
        K::Zero => Err(pole::<F>(true)),
        _ if d.neg => Err(dom::<F>()),
        K::Inf => Err(mask::<F>(x)),
        K::Fin => Ok(d.w),
    }
}

/// `logl`.
pub(crate) fn log<F: LdFmt>(x: u128) -> u128 {
    match log_special::<F>(x) {
        Err(r) => r,
        Ok(a) => {
            let r = log_w(a);
            if r.is_zero() { 0 } else { finish::<F>(r) }
        }
    }
}

/// `log2l`: exact for powers of two.
pub(crate) fn log2<F: LdFmt>(x: u128) -> u128 {
    match log_special::<F>(x) {
        Err(r) => r,
        Ok(a) => {
            let (e, l) = log_parts(a);
            let r = W::from_i(e as i64).add(l.mul(inv_ln2()));
            if r.is_zero() { 0 } else { finish::<F>(r) }
        }
    }
}

/// `log10l`: exact for the powers of ten 10^0..10^55.
pub(crate) fn log10<F: LdFmt>(x: u128) -> u128 {
    match log_special::<F>(x) {
        Err(r) => r,
        Ok(a) => {
            let r = log_w(a).div(ln10());
            let n = nearest_int(r);
            if (0..=55).contains(&n) {
                let mut p = one();
                for _ in 0..n {
                    p = p.mul(W::from_i(10));
                }
                if p == a {
                    return exact::<F>(W::from_i(n));
                }
            }
            if r.is_zero() { 0 } else { finish::<F>(r) }
        }
    }
}

/// `log1pl`.
pub(crate) fn log1p<F: LdFmt>(x: u128) -> u128 {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => return nan1::<F>(x),
        K::Zero => return mask::<F>(x),
        K::Inf => return if d.neg { dom::<F>() } else { mask::<F>(x) },
        K::Fin => {}
    }
    let w = d.w;
    let m1 = one().neg();
    match w.cmp(m1) {
        core::cmp::Ordering::Less => return dom::<F>(),
        core::cmp::Ordering::Equal => return pole::<F>(true),
        _ => {}
    }
    let r = log1p_w(w);
    range::<F>(r)
}

/// log1p(w) in the wide type, w > -1 finite.
pub(crate) fn log1p_w(w: W) -> W {
    // -0.29 < x < 0.41: log1p = 2·atanh(x/(2+x)), without forming 1+x.
    let lo = W::norm(true, -129, 0x947a_e147_ae14_7ae1_47ae_147a_e147_ae14);
    let hi = W::norm(false, -129, 0xd1eb_851e_b851_eb85_1eb8_51eb_851e_b851);
    if w.cmp(lo) == core::cmp::Ordering::Greater && w.cmp(hi) == core::cmp::Ordering::Less {
        atanh2(w.div(W::from_i(2).add(w)))
    } else {
        log_w(one().add(w))
    }
}

/// expm1(w) in the wide type (huge for |w| >= 2^14: overflows).
pub(crate) fn expm1_w(w: W) -> W {
    if w.top() < -2 {
        return expm1_small(w);
    }
    if w.top() >= 14 {
        return if w.neg {
            one().neg()
        } else {
            W::ONE.scale(40000)
        };
    }
    if w.neg && w.top() >= 7 {
        return one().neg().add(W::ONE.scale(-400));
    }
    let (k, e) = exp_core(w);
    one().add(e).scale(k).sub(one())
}

/// `range` for other modules.
pub(crate) fn range_w<F: LdFmt>(w: W) -> u128 {
    range::<F>(w)
}

/// `dom` for other modules.
pub(crate) fn dom_nan<F: LdFmt>() -> u128 {
    dom::<F>()
}

/// The NaN result of a two-operand function, flags raised.
pub(crate) fn nan_of<F: LdFmt>(x: u128, y: u128) -> u128 {
    let mut fl = 0;
    let r = quiet2::<F>(x, y, &mut fl);
    raise(fl);
    r
}

/// `arg` for other modules.
pub(crate) fn arg_dec<F: LdFmt>(x: u128) -> Result<Dec, u128> {
    arg::<F>(x)
}

/// The class of a one-argument function's operand: `Err(result)` for
/// NaN (quieted), or the decoded operand.
fn arg<F: LdFmt>(x: u128) -> Result<Dec, u128> {
    let d = decode::<F>(x);
    if d.k == K::Nan {
        Err(nan1::<F>(x))
    } else {
        Ok(d)
    }
}

/// `sinhl`: (e + e/(e+1))/2 from e = expm1|x|, odd.
pub(crate) fn sinh<F: LdFmt>(x: u128) -> u128 {
    let d = match arg::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    if d.k != K::Fin {
        return mask::<F>(x);
    }
    let e = expm1_w(d.w.abs());
    let r = e.add(e.div(e.add(one()))).scale(-1);
    range::<F>(W { neg: d.neg, ..r })
}

/// `coshl`: (E + 1/E)/2 from E = e^|x|.
pub(crate) fn cosh<F: LdFmt>(x: u128) -> u128 {
    let d = match arg::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    match d.k {
        K::Inf => inf::<F>(false),
        K::Zero => exact::<F>(one()),
        _ => {
            let e = exp_w(d.w.abs());
            range::<F>(e.add(e.recip()).scale(-1))
        }
    }
}

/// `tanhl`: e/(e+2) from e = expm1(2|x|), odd; ±1 (inexact) beyond 64.
pub(crate) fn tanh<F: LdFmt>(x: u128) -> u128 {
    let d = match arg::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    match d.k {
        K::Inf => exact::<F>(W {
            neg: d.neg,
            ..one()
        }),
        K::Zero => mask::<F>(x),
        _ => {
            let a = d.w.abs();
            let r = if a.top() >= 6 {
                one().sub(W::ONE.scale(-300))
            } else {
                let e = expm1_w(a.scale(1));
                e.div(e.add(W::from_i(2)))
            };
            range::<F>(W { neg: d.neg, ..r })
        }
    }
}

/// `asinhl`: log1p(|x| + x²/(1 + √(1+x²))), odd.
pub(crate) fn asinh<F: LdFmt>(x: u128) -> u128 {
    let d = match arg::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    if d.k != K::Fin {
        return mask::<F>(x);
    }
    let a = d.w.abs();
    let r = if a.top() >= 70 {
        // √(1+x²) = |x| to far beyond the format: log(2|x|).
        log_w(a.scale(1))
    } else {
        let x2 = a.mul(a);
        log1p_w(a.add(x2.div(one().add(one().add(x2).sqrt()))))
    };
    range::<F>(W { neg: d.neg, ..r })
}

/// `acoshl`: log1p((x-1) + √((x-1)(x+1))); EDOM below 1.
pub(crate) fn acosh<F: LdFmt>(x: u128) -> u128 {
    let d = match arg::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    if d.neg || d.k == K::Zero || (d.k == K::Fin && d.w.top() < 0) {
        return dom::<F>();
    }
    if d.k == K::Inf {
        return mask::<F>(x);
    }
    let w = d.w;
    let r = if w.top() >= 70 {
        log_w(w.scale(1))
    } else {
        let t = w.sub(one());
        if t.is_zero() {
            return 0;
        }
        log1p_w(t.add(t.mul(w.add(one())).sqrt()))
    };
    range::<F>(r)
}

/// `atanhl`: log1p(2x/(1-x))/2, odd; poles at ±1, EDOM beyond.
pub(crate) fn atanh<F: LdFmt>(x: u128) -> u128 {
    let d = match arg::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    match d.k {
        K::Zero => return mask::<F>(x),
        K::Inf => return dom::<F>(),
        _ => {}
    }
    let a = d.w.abs();
    match a.cmp(one()) {
        core::cmp::Ordering::Greater => return dom::<F>(),
        core::cmp::Ordering::Equal => return pole::<F>(d.neg),
        _ => {}
    }
    let r = log1p_w(a.scale(1).div(one().sub(a))).scale(-1);
    range::<F>(W { neg: d.neg, ..r })
}

/// x^n exactly when the wide type holds every partial product, else
/// None.
fn pow_exact(x: W, n: u64) -> Option<W> {
    let mut r = one();
    let mut b = x;
    let mut n = n;
    // A product is exact iff its normalized 256 bits end within 128.
    let mul = |a: W, b: W| -> Option<W> {
        let p = mul_wide(a.m, b.m);
        if p.1 << p.0.leading_zeros() != 0 {
            return None;
        }
        Some(a.mul(b))
    };
    while n > 0 {
        if n & 1 == 1 {
            r = mul(r, b)?;
        }
        n >>= 1;
        if n > 0 {
            b = mul(b, b)?;
        }
    }
    Some(r)
}

/// x^n by repeated squaring (n <= 1024: at most 20 products, error
/// about 2^-123 relative).
fn pow_int(x: W, n: u64) -> W {
    let mut r = one();
    let mut b = x;
    let mut n = n;
    while n > 0 {
        if n & 1 == 1 {
            r = r.mul(b);
        }
        n >>= 1;
        if n > 0 {
            b = b.mul(b);
        }
    }
    r
}

/// Whether a finite `w` is an integer, and whether it is odd.
fn int_odd(w: W) -> (bool, bool) {
    if w.is_zero() {
        return (true, false);
    }
    let (t, inexact) = integral(w, IntMode::Dir(Dir::Zero));
    if inexact {
        return (false, false);
    }
    // Odd: the units bit of the integer.
    let top = t.top();
    let odd = top < 128 && (t.m >> (127 - top)) & 1 == 1;
    (true, odd)
}

/// `powl`, with C17 F.10.4.4's special cases.
pub(crate) fn pow<F: LdFmt>(x: u128, y: u128) -> u128 {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    let one_bits = exact::<F>(one());
    if dy.k == K::Zero {
        if is_snan::<F>(x) {
            raise(INVALID);
        }
        return one_bits;
    }
    if dx.k == K::Fin && !dx.neg && dx.w == one() {
        if is_snan::<F>(y) {
            raise(INVALID);
        }
        return one_bits;
    }
    if dx.k == K::Nan || dy.k == K::Nan {
        let mut fl = 0;
        let r = quiet2::<F>(x, y, &mut fl);
        raise(fl);
        return r;
    }
    let (yint, yodd) = if dy.k == K::Fin {
        int_odd(dy.w)
    } else {
        (false, false)
    };
    if dy.k == K::Inf {
        if dx.k == K::Fin && dx.w.abs() == one() {
            return one_bits;
        }
        let big = dx.k == K::Inf || (dx.k == K::Fin && dx.w.top() >= 0);
        return if big != dy.neg { inf::<F>(false) } else { 0 };
    }
    if dx.k == K::Zero {
        let neg = dx.neg && yodd;
        return if dy.neg {
            pole::<F>(neg)
        } else {
            zero::<F>(neg)
        };
    }
    if dx.k == K::Inf {
        let neg = dx.neg && yodd;
        return if dy.neg {
            zero::<F>(neg)
        } else {
            inf::<F>(neg)
        };
    }
    if dx.neg && !yint {
        return dom::<F>();
    }
    let neg = dx.neg && yodd;
    let ax = dx.w.abs();
    let ay = dy.w.abs();
    let r = if yint && ay.top() < 10 {
        let n = to_i64(ay) as u64;
        let p = match pow_exact(ax, n) {
            Some(p) => p,
            None => pow_int(ax, n),
        };
        if dy.neg { one().div(p) } else { p }
    } else {
        let (hi, lo) = log_w2(ax);
        let t = dy.w.mul(hi);
        if t.top() >= 14 {
            W::ONE.scale(if t.neg { -40000 } else { 40000 })
        } else {
            exp_scaled(dy.w, hi, lo)
        }
    };
    range::<F>(W { neg, ..r })
}
