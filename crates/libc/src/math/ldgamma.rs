//! `tgammal` and `lgammal`/`lgammal_r`/`gammal` (exported through
//! `ldouble.rs` and `c/ldmath.c`) over the wide type (`wide.rs`), rounded
//! once in the current direction.
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
//!   distance of x to the nearest integer, and
//!   log|Γ(x)| = log π - log|sin πx| - log Γ(1-x).
//! - The zeros of log|Γ| on the negative axis. On each (-n, -n+1), n ≥ 3,
//!   log|Γ| is convex and has two zeros x0 = m + d (m the nearest integer,
//!   |d| about 1/n! near -n and 1/(n-1)! near -n+1); on (-2, 0) |Γ| > 2.
//!   Near a zero the reflection formula's terms (up to about 80) cancel
//!   to a result near 0: without care the error there reached 6,080 ulps
//!   of x87 and 2^105 ulps of binary128. So for x = m + δ within
//!   min(|d|/2, 1/8) of a zero, h = δ - d (exact but for the last bits
//!   of d), log|Γ(x)| is formed as log|Γ(x)| - log|Γ(x0)| with the
//!   cancellation removed analytically: it is -A - B, where
//!   A = log|sin π(d+h)/sin πd| = log1p(cot(πd)·sin πh - 2 sin²(πh/2)) and
//!   B = log Γ(z-h) - log Γ(z), z = 1-x0, is shifted to w = z+N ≥ 64 as
//!   log Π(1 - h/(z+j)) (the product kept as 1 + E, every factor's excess
//!   of one sign, then log1p E) and Stirling's series differenced term by
//!   term: -h·log w + (w-h-1/2)·log1p(-h/w) + h + Σ b_k·w^(1-2k)·G_(2k-1),
//!   G_j = (1-h/w)^-j - 1 by a recurrence. Every piece is small in
//!   proportion to h with no cancellation beyond a few bits, A + B ≈
//!   ψ(x0)·h. The zeros are `ldgamma_zeros.rs`, from MPFR at 1200 bits
//!   (`cargo xtask gen-lgamma-zeros`), each d to at least 256 bits: the
//!   57 zeros on (-31, -2) whose window holds a binary128 number (from
//!   about n = 31 on, 1/n! is below half the spacing of the numbers next
//!   to -n, every number there is at least 3|d|/2 from m, and
//!   |log|Γ|| ≥ log 1.5). Outside the windows |log|Γ|| ≥ 0.1, and the
//!   reflection formula's absolute error (about 2^-121) is a relative
//!   one. Against MPFR (`ldtests.rs`, with 19,437 inputs dense around the
//!   zeros at `FERRO_LD_N=3000`): x87 0.50 ulp to nearest, 1.0 directed;
//!   binary128 0.52 ulp near the zeros and 0.75 elsewhere, 1.12 directed.
//!
//! Poles, errno and flags as the `double` functions.
use super::ldexp::{dom_nan, log_w, log1p_w, range_w};
use super::ldouble::{IntMode, integral};
use super::wide::*;
use super::{Dir, E_RANGE, set_errno};
use core::cmp::Ordering;

include!("ldgamma_table.rs");
/// A zero of log|Γ|: (m, d < 0, (mant, exp) of |d|'s first 128 bits,
/// (mant, exp) of the rest), the zero at m + d.
type LgZero = (i32, bool, (u128, i32), (u128, i32));
include!("ldgamma_zeros.rs");

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

/// log|Γ(x)| for x within the window of one of the zeros in `LG_ZEROS`
/// (see the module documentation), or None.
fn lgamma_near_zero(x: W) -> Option<W> {
    if x.top() >= 5 {
        // |x| ≥ 32: no zero left with a window holding a number.
        return None;
    }
    let (mw, _) = integral(x, IntMode::Dir(Dir::Nearest));
    // δ = x - m, exact (Sterbenz).
    let delta = x.sub(mw);
    if delta.is_zero() || mw.is_zero() {
        return None;
    }
    let m = -((mw.m >> (127 - mw.top())) as i32);
    let &(_, neg, hi, lo) = LG_ZEROS.iter().find(|z| z.0 == m && z.1 == delta.neg)?;
    let dhi = W::norm(neg, hi.1, hi.0);
    let dlo = W::norm(neg, lo.1, lo.0);
    // h = x - x0, exact but for the last bits of d_lo.
    let h = delta.sub(dhi).sub(dlo);
    let half = one().scale(-1);
    if h.cmp_abs(dhi.scale(-1)) == Ordering::Greater || h.top() >= -3 {
        // Beyond min(|d|/2, 1/8).
        return None;
    }
    if h.is_zero() {
        return Some(h);
    }
    // A = log|sin π(d+h) / sin πd| = log1p(cot(πd)·sin(πh) - 2 sin²(πh/2)).
    let (sd, cd) = super::ldtrig::sincos_w(pi().mul(dhi));
    let sh = super::ldtrig::sincos_w(pi().mul(h)).0;
    let sh2 = super::ldtrig::sincos_w(pi().mul(h).scale(-1)).0;
    let u = cd.div(sd).mul(sh).sub(sh2.mul(sh2).scale(1));
    let a = log1p_w(u);
    // B = log Γ(z - h) - log Γ(z), z = 1 - x0 ∈ (3, 32): shift to w = z + N
    // ≥ 64 (the product of the (1 - h/(z+j)) accumulated as 1 + E, every
    // factor's excess of the same sign), then Stirling's series differenced
    // term by term.
    let z = one().sub(mw).sub(dhi);
    let mut e = W::ZERO;
    let mut w = z;
    while w.top() < 6 {
        let t = h.div(w).neg();
        e = e.add(t).add(e.mul(t));
        w = w.add(one());
    }
    let uw = h.div(w);
    // (w-h-1/2)·log(w-h) - (w-1/2)·log w + h
    //   = -h·log w + (w-h-1/2)·log1p(-h/w) + h
    let st = h
        .mul(log_w(w))
        .neg()
        .add(w.sub(h).sub(half).mul(log1p_w(uw.neg())).add(h));
    // Σ b_k ((w-h)^(1-2k) - w^(1-2k)) = Σ b_k w^(1-2k) G_(2k-1),
    // G_j = (1-u)^-j - 1: G_1 = u/(1-u), G_(j+2) = G_j + G_2 + G_j·G_2.
    let g1 = uw.div(one().sub(uw));
    let g2 = g1.mul(W::from_i(2).add(g1));
    let iw = w.recip();
    let iw2 = iw.mul(iw);
    let (mut p, mut g, mut sb) = (iw, g1, W::ZERO);
    for &(bm, be, bneg) in STIRLING.iter() {
        let t = W::norm(bneg, be, bm).mul(p).mul(g);
        sb = sb.add(t);
        if t.top() < h.top() - 140 {
            break;
        }
        p = p.mul(iw2);
        g = g.add(g2).add(g.mul(g2));
    }
    let b = st.add(sb).sub(log1p_w(e));
    // log|Γ(x)| = log|Γ(x)| - log|Γ(x0)| = -A - B.
    Some(a.add(b).neg())
}

/// The zeros of `LG_ZEROS` (to 128 bits) and their offsets d, for the
/// host tests.
#[cfg(test)]
pub(crate) fn zeros() -> impl Iterator<Item = (W, W)> {
    LG_ZEROS.iter().map(|&(m, neg, hi, _)| {
        let d = W::norm(neg, hi.1, hi.0);
        (W::from_i(m as i64).add(d), d)
    })
}

/// log|Γ(x)| and the sign of Γ(x), for finite x not a pole.
fn lgamma_w(x: W) -> (W, i32) {
    if !x.neg {
        return (lgamma_pos(x), 1);
    }
    let s = sinpi(x);
    let sign = if s.neg { -1 } else { 1 };
    if let Some(r) = lgamma_near_zero(x) {
        return (r, sign);
    }
    // log|Γ(x)| = log π - log|sin πx| - log Γ(1-x)
    let r = log_w(pi().div(s.abs())).sub(lgamma_pos(one().sub(x)));
    (r, sign)
}

/// `lgammal_r`: log|Γ(x)| and the sign of Γ(x); poles at the integers
/// ≤ 0 (+inf, FE_DIVBYZERO, ERANGE; the sign of -0 is -1), ERANGE on
/// overflow, +inf at ±inf.
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
