//! `tgammal` (exported) and a log Γ core (not exported: see below) over
//! the wide type (`wide.rs`), rounded once in the current direction.
//!
//! - log Γ near its zeros at 1 and 2 from the series
//!   log Γ(1+ε) = -γε + Σ_{k≥2} (-1)^k ζ(k)/k·ε^k (|ε| ≤ 1/4, 70 terms;
//!   log Γ(2+ε) adds log1p ε), so the result keeps its relative accuracy
//!   there; elsewhere Stirling's series (20 terms) at x+n ≥ 40, less the
//!   logarithm of the product x(x+1)…(x+n-1).
//! - Γ(x) = exp(log Γ(x+n))/x(x+1)…(x+n-1) (the exponent is near 110,
//!   so its absolute error is a relative one of the result), exact for
//!   the integers whose factorial the wide type holds.
//! - x < 0 by reflection: Γ(x)Γ(1-x) = π/sin(πx), sin(πx) from the exact
//!   distance of x to the nearest integer. log Γ then loses its
//!   relative accuracy near its zeros on the negative axis (x < -2, two
//!   in every interval (-n, -n+1)), where the two terms cancel: within
//!   2^-53 of a zero a binary128 result is 2^48 ulps off. So `lgammal`,
//!   `lgammal_r` and `gammal` stay unexported until those zeros get
//!   their own expansions; the core is tested on the positive axis.
//!
//! Poles, errno and flags as the `double` functions.
use super::ldexp::{dom_nan, log_w, log1p_w, range_w};
use super::ldouble::{IntMode, integral};
use super::wide::*;
use super::{Dir, E_RANGE, set_errno};
use core::cmp::Ordering;

include!("ldgamma_table.rs");

fn one() -> W {
    W::from_i(1)
}

fn c(t: (u128, i32)) -> W {
    W::norm(false, t.1, t.0)
}

/// π to 128 bits.
fn pi() -> W {
    W::norm(false, -126, 0xc90fdaa22168c234c4c6628b80dc1cd1)
}

/// log Γ(1+ε), |ε| ≤ 1/4.
fn lg1(e: W) -> W {
    let mut s = W::ZERO;
    for k in (2..72usize).rev() {
        let t = c(ZETA_K[k - 2]);
        let t = if k % 2 == 0 { t } else { t.neg() };
        s = t.add(e.mul(s));
    }
    // s = Σ_{k≥2} (-1)^k ζ(k)/k ε^(k-2)
    e.mul(e).mul(s).sub(c(EULER).mul(e))
}

/// Stirling's series for z ≥ 64.
fn stirling(z: W) -> W {
    let lz = log_w(z);
    z.sub(one().scale(-1)).mul(lz).add(stirling_rest(z))
}

/// Γ(z) for 64 ≤ z < 2048: exp((z - 1/2)·log z + rest) with log z
/// carried to 256 bits and the product formed exactly before the
/// reduction (the exponent reaches 13,000: a plain product would lose
/// two ulps of binary128).
fn gamma_big(z: W) -> W {
    let (hi, lo) = super::ldexp::log_w2(z);
    super::ldexp::exp_scaled_add(z.sub(one().scale(-1)), hi, lo, stirling_rest(z))
}

/// -z + log(2π)/2 + Σ B_2k/(2k(2k-1)z^(2k-1)).
fn stirling_rest(z: W) -> W {
    let mut r = c(HALF_LN_2PI).sub(z);
    let iz = z.recip();
    let iz2 = iz.mul(iz);
    let mut p = iz;
    for &(m, e, neg) in STIRLING.iter() {
        let t = W::norm(neg, e, m).mul(p);
        r = r.add(t);
        if t.top() < r.top() - 140 {
            break;
        }
        p = p.mul(iz2);
    }
    r
}

/// log Γ(x) for finite x > 0.
fn lgamma_pos(x: W) -> W {
    let q = one().scale(-2);
    let d1 = x.sub(one());
    if d1.cmp_abs(q) != Ordering::Greater {
        return lg1(d1);
    }
    let d2 = x.sub(W::from_i(2));
    if d2.cmp_abs(q) != Ordering::Greater {
        return lg1(d2).add(log1p_w(d2));
    }
    if x.top() >= 6 {
        return stirling(x);
    }
    // Shift to z = x + n ≥ 64.
    let mut z = x;
    let mut prod = one();
    while z.top() < 6 {
        prod = prod.mul(z);
        z = z.add(one());
    }
    stirling(z).sub(log_w(prod))
}

/// Γ(x) for finite x > 0.
fn gamma_pos(x: W) -> W {
    if x.top() >= 11 {
        // x ≥ 2048: overflows every format.
        return W::ONE.scale(40000);
    }
    // Exact for small integers: (x-1)! while the products are exact.
    let (t, inexact) = integral(x, IntMode::Dir(Dir::Zero));
    if !inexact && x.top() < 7 {
        let n = (t.m >> (127 - t.top())) as i64;
        let mut r = one();
        let mut exact = true;
        for i in 2..n {
            let p = mul_wide(r.m, W::from_i(i).m);
            if p.1 << p.0.leading_zeros() != 0 {
                exact = false;
                break;
            }
            r = r.mul(W::from_i(i));
        }
        if exact {
            return r;
        }
    }
    if x.top() >= 6 {
        return gamma_big(x);
    }
    let mut z = x;
    let mut prod = one();
    while z.top() < 6 {
        prod = prod.mul(z);
        z = z.add(one());
    }
    gamma_big(z).div(prod)
}

/// sin(πx) for finite non-integral x, from the exact distance to the
/// nearest integer.
fn sinpi(x: W) -> W {
    let (n, _) = integral(x, IntMode::Dir(Dir::Nearest));
    let r = x.sub(n);
    let s = super::ldtrig::sincos_w(r.mul(pi())).0;
    // (-1)^n
    let odd = !n.is_zero() && n.top() < 128 && (n.m >> (127 - n.top())) & 1 == 1;
    if odd { s.neg() } else { s }
}

/// Whether x is an integer (finite).
fn is_int(x: W) -> bool {
    !integral(x, IntMode::Dir(Dir::Zero)).1
}

/// log|Γ(x)| and the sign of Γ(x), for finite x not a pole.
fn lgamma_w(x: W) -> (W, i32) {
    if !x.neg {
        return (lgamma_pos(x), 1);
    }
    let s = sinpi(x);
    // log|Γ(x)| = log π - log|sin πx| - log Γ(1-x)
    let r = log_w(pi().div(s.abs())).sub(lgamma_pos(one().sub(x)));
    (r, if s.neg { -1 } else { 1 })
}

/// The core of a future `lgammal_r` (see the module documentation):
/// log|Γ(x)| and the sign of Γ(x) in `*sign`; poles at the
/// integers ≤ 0 (+inf, FE_DIVBYZERO, ERANGE).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn lgamma_r<F: LdFmt>(x: u128) -> (u128, i32) {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => {
            let mut fl = 0;
            let r = quiet::<F>(x, &mut fl);
            raise(fl);
            return (r, 1);
        }
        K::Inf => return (inf::<F>(false), 1),
        K::Zero => {
            raise(DIVZERO);
            set_errno(E_RANGE);
            return (inf::<F>(false), if d.neg { -1 } else { 1 });
        }
        K::Fin => {}
    }
    if d.neg && is_int(d.w) {
        raise(DIVZERO);
        set_errno(E_RANGE);
        return (inf::<F>(false), 1);
    }
    let (r, s) = lgamma_w(d.w);
    if r.is_zero() {
        return (0, s);
    }
    (range_w::<F>(r), s)
}

/// `tgammal`: poles at ±0 (±inf, ERANGE), NaN with EDOM at the negative
/// integers and -inf, ERANGE on overflow and underflow to zero.
pub(crate) fn tgamma<F: LdFmt>(x: u128) -> u128 {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => {
            let mut fl = 0;
            let r = quiet::<F>(x, &mut fl);
            raise(fl);
            return r;
        }
        K::Inf => return if d.neg { dom_nan::<F>() } else { mask::<F>(x) },
        K::Zero => {
            raise(DIVZERO);
            set_errno(E_RANGE);
            return inf::<F>(d.neg);
        }
        K::Fin => {}
    }
    if !d.neg {
        return range_w::<F>(gamma_pos(d.w));
    }
    if is_int(d.w) {
        return dom_nan::<F>();
    }
    if d.w.top() >= 11 {
        // |x| ≥ 2048: underflows every format; the sign of Γ.
        let s = sinpi(d.w);
        return range_w::<F>(W {
            neg: s.neg,
            ..W::ONE.scale(-40000)
        });
    }
    // Γ(x) = π / (sin(πx)·Γ(1-x))
    let s = sinpi(d.w);
    range_w::<F>(pi().div(s.mul(gamma_pos(one().sub(d.w)))))
}
