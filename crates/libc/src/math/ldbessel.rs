//! The GNU `long double` Bessel functions `j0l j1l jnl y0l y1l ynl`
//! (exported through `ldouble.rs` and `c/ldmath.c`) over the wide type
//! (`wide.rs`), rounded once in the current direction.
//!
//! - |x| < 48: the power series, summed in a 512-bit two's complement
//!   fixed-point type [`Fx`] (384 fraction bits): J_n(x) =
//!   (x/2)^n/n!·Σ (-x²/4)^k/(k!(n+1)…(n+k)), whose terms reach about 2^65
//!   at 48, so the sum keeps more than 300 bits absolute; Y0 and Y1 from
//!   Y0 = (2/π)((log(x/2)+γ)·J0 - Σ H_k·(-x²/4)^k/k!²) and
//!   Y1 = (2/π)((x/2)·((log(x/2)+γ)·S1 - ½Σ (H_k+H_(k+1))·s_k) - 1/x)
//!   (H_k the harmonic numbers, s_k the terms of S1 = J1/(x/2)), with
//!   log(x/2) (a 384-bit atanh series), γ and 1/x (Newton's iteration)
//!   in the fixed-point type too. The final difference is formed before
//!   the one conversion to the wide type, so the results keep their
//!   relative accuracy next to the zeros of J0, J1, Y0 and Y1 (an input
//!   a binary128 spacing from a zero leaves about 2^-110 of the value).
//! - x ≥ 48 (and for order n when also x ≥ n²): Hankel's asymptotic
//!   expansion J_n = √(2/(πx))·(P cos χ - Q sin χ), Y_n = √(2/(πx))·(P sin
//!   χ + Q cos χ), χ = x - (2n+1)π/4, P and Q summed to their smallest
//!   term (below 2^-135 from 48 on); χ is reduced with the Payne–Hanek
//!   product of `ldtrig.rs`, the quarter turn taken off x·2/π exactly, so
//!   sin χ and cos χ are good to 2^-127 relative for every x. Near the
//!   zeros beyond 48 the difference P cos χ - Q sin χ has an absolute
//!   error of about 2^-128.
//! - jn, yn: J_(-n) = (-1)^n J_n, J_n(-x) = (-1)^n J_n(x). Y_n by the
//!   forward recurrence Y_(k+1) = (2k/x)·Y_k - Y_(k-1) (stable: Y grows
//!   with k), stopped once it is past the format's range; J_n for x < 48
//!   by the series, else forward from J0, J1 for n < x and by Miller's
//!   backward recurrence for n ≥ x (started where the dominant solution
//!   has grown by 2^150, normalised by J0 or J1, the larger).
//!
//! Special cases and errno as glibc: j(±inf) = ±0 (sign by parity), y at
//! ±0 -inf (or +inf for negative odd n) with ERANGE and FE_DIVBYZERO,
//! y of x < 0 (and -inf) NaN with EDOM, y(+inf) = +0, ERANGE on underflow
//! to zero and on overflow.
use super::ldexp::{arg_dec, dom_nan, range_w};
use super::wide::*;
use super::{E_RANGE, set_errno};
use core::cmp::Ordering;

/// Limbs of [`Fx`].
const NL: usize = 8;

/// A signed fixed-point number: two's complement little-endian 64-bit
/// limbs, value = integer·2^-384 (|value| < 2^127).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Fx([u64; NL]);

include!("ldbessel_table.rs");

/// The series switch to the asymptotic expansion here.
const X_ASYM: i64 = 48;

impl Fx {
    const ZERO: Fx = Fx([0; NL]);

    fn one() -> Fx {
        let mut a = [0; NL];
        a[6] = 1;
        Fx(a)
    }

    fn is_neg(self) -> bool {
        self.0[NL - 1] >> 63 != 0
    }

    fn is_zero(self) -> bool {
        self.0.iter().all(|&l| l == 0)
    }

    fn add(self, o: Fx) -> Fx {
        let mut r = [0; NL];
        let mut c = false;
        for (i, v) in r.iter_mut().enumerate() {
            let (s, c1) = self.0[i].overflowing_add(o.0[i]);
            let (s, c2) = s.overflowing_add(c as u64);
            *v = s;
            c = c1 || c2;
        }
        Fx(r)
    }

    fn neg(self) -> Fx {
        let mut r = [0; NL];
        let mut c = true;
        for (i, v) in r.iter_mut().enumerate() {
            let (s, c1) = (!self.0[i]).overflowing_add(c as u64);
            *v = s;
            c = c1;
        }
        Fx(r)
    }

    fn sub(self, o: Fx) -> Fx {
        self.add(o.neg())
    }

    /// (negative, |self|).
    fn split(self) -> (bool, Fx) {
        if self.is_neg() {
            (true, self.neg())
        } else {
            (false, self)
        }
    }

    fn signed(neg: bool, m: Fx) -> Fx {
        if neg { m.neg() } else { m }
    }

    /// A wide float, truncated to the fixed-point grid (|w| < 2^126).
    fn from_w(w: W) -> Fx {
        let mut r = [0u64; NL];
        if w.m == 0 {
            return Fx::ZERO;
        }
        // w = m·2^e: the integer m·2^(e+384).
        let sh = w.e + 384;
        for i in 0..2 {
            let part = (w.m >> (64 * i)) as u64;
            // The bits of part sit at sh + 64·i.
            let pos = sh + 64 * i as i32;
            for (j, v) in r.iter_mut().enumerate() {
                let lo = 64 * j as i32;
                let d = pos - lo;
                if d > -64 && d < 64 {
                    *v |= if d >= 0 { part << d } else { part >> -d };
                }
            }
        }
        Fx::signed(w.neg, Fx(r))
    }

    /// The wide float of the value (truncated, with sticky).
    fn to_w(self) -> W {
        let (neg, a) = self.split();
        let Some(top) = (0..NL).rev().find(|&i| a.0[i] != 0) else {
            return W::ZERO;
        };
        let l = |i: usize| if i <= top { a.0[i] as u128 } else { 0 };
        let base = top.saturating_sub(3);
        let hi = l(base + 3) << 64 | l(base + 2);
        let mut lo = l(base + 1) << 64 | l(base);
        if a.0[..base].iter().any(|&v| v != 0) {
            lo |= 1;
        }
        W::norm2(neg, 64 * base as i32 - 384, U2(hi, lo))
    }

    fn mul(self, o: Fx) -> Fx {
        let (na, a) = self.split();
        let (nb, b) = o.split();
        let mut p = [0u64; 2 * NL];
        for i in 0..NL {
            if a.0[i] == 0 {
                continue;
            }
            let mut c = 0u128;
            for j in 0..NL {
                let t = a.0[i] as u128 * b.0[j] as u128 + p[i + j] as u128 + c;
                p[i + j] = t as u64;
                c = t >> 64;
            }
            p[i + NL] = c as u64;
        }
        let mut r = [0u64; NL];
        r.copy_from_slice(&p[6..6 + NL]);
        Fx::signed(na != nb, Fx(r))
    }

    fn div_u64(self, d: u64) -> Fx {
        let (n, mut a) = self.split();
        let mut rem = 0u128;
        for i in (0..NL).rev() {
            let cur = rem << 64 | a.0[i] as u128;
            a.0[i] = (cur / d as u128) as u64;
            rem = cur % d as u128;
        }
        Fx::signed(n, a)
    }

    fn mul_u64(self, d: u64) -> Fx {
        let (n, mut a) = self.split();
        let mut c = 0u128;
        for v in a.0.iter_mut() {
            let t = *v as u128 * d as u128 + c;
            *v = t as u64;
            c = t >> 64;
        }
        Fx::signed(n, a)
    }
}

fn one() -> W {
    W::from_i(1)
}

/// 1/d for 2^-2 ≤ d < 2^7 in the fixed-point type: Newton's iteration
/// from the wide quotient (128 → 256 → 384 bits).
fn recip_fx(d: W) -> Fx {
    let df = Fx::from_w(d);
    let two = Fx::one().add(Fx::one());
    let mut r = Fx::from_w(one().div(d));
    for _ in 0..2 {
        r = r.mul(two.sub(df.mul(r)));
    }
    r
}

/// log(a) for finite a > 0, in the fixed-point type: a = 2^e·m,
/// m ∈ [√½, √2], log m = 2·atanh((m-1)/(m+1)).
fn log_fx(a: W) -> Fx {
    let mut e = a.top();
    let mut m = a.scale(-e);
    let sqrt2 = W::norm(false, -127, 0xb504f333f9de6484597d89b3754abe9f);
    if m.cmp_abs(sqrt2) == Ordering::Greater {
        m = m.scale(-1);
        e += 1;
    }
    let s = Fx::from_w(m.sub(one())).mul(recip_fx(m.add(one())));
    let z = s.mul(s);
    let mut p = s;
    let mut sum = s;
    let mut j = 1u64;
    loop {
        p = p.mul(z);
        if p.is_zero() {
            break;
        }
        sum = sum.add(p.div_u64(2 * j + 1));
        j += 1;
    }
    let el = Fx::signed(e < 0, LN2_FX.mul_u64(e.unsigned_abs() as u64));
    sum.add(sum).add(el)
}

/// (x/2)² in the fixed-point type (x < 48).
fn quarter_sq(x: W) -> Fx {
    let h = Fx::from_w(x.scale(-1));
    h.mul(h)
}

/// (x/2)^n/n! (x > 0); a value below 2^-17000 is returned as 2^-20000.
fn prefactor(x: W, n: u64) -> W {
    let h = x.scale(-1);
    let mut p = one();
    for i in 1..=n {
        p = p.mul(h).div(W::from_i(i as i64));
        if p.top() < -17000 {
            return W::ONE.scale(-20000);
        }
    }
    p
}

/// J_n(x) for 0 < x < 48 by the series.
fn j_series(x: W, n: u64) -> W {
    let pre = prefactor(x, n);
    if pre.top() < -17000 {
        return pre;
    }
    let s = if x.top() < -100 {
        // The fixed-point grid would lose (x/2)²: one term in the wide type.
        one().sub(x.mul(x).scale(-2).div(W::from_i(n as i64 + 1)))
    } else {
        let y = quarter_sq(x);
        let mut t = Fx::one();
        let mut s = t;
        let mut k = 1u64;
        loop {
            t = t.mul(y).div_u64(k * (n + k)).neg();
            if t.is_zero() {
                break;
            }
            s = s.add(t);
            k += 1;
        }
        s.to_w()
    };
    pre.mul(s)
}

/// log(x/2) + γ in the fixed-point type.
fn log_gamma_term(x: W) -> Fx {
    log_fx(x.scale(-1)).add(EULER_FX)
}

fn two_over_pi() -> W {
    W::norm(false, TWO_OVER_PI_W.1, TWO_OVER_PI_W.0)
}

/// Y0(x) for 0 < x < 48 by the series.
fn y0_series(x: W) -> W {
    let l = log_gamma_term(x);
    if x.top() < -100 {
        // J0 = 1 - (x/2)² to the precision that matters.
        let y = x.mul(x).scale(-2);
        let r = l.to_w().mul(one().sub(y)).add(y);
        return two_over_pi().mul(r);
    }
    let y = quarter_sq(x);
    let (mut a, mut b) = (Fx::one(), Fx::ZERO);
    let (mut ja, mut bs) = (a, b);
    let mut k = 1u64;
    loop {
        a = a.mul(y).div_u64(k * k).neg();
        b = b.mul(y).div_u64(k * k).neg().add(a.div_u64(k));
        if a.is_zero() && b.is_zero() {
            break;
        }
        ja = ja.add(a);
        bs = bs.add(b);
        k += 1;
    }
    two_over_pi().mul(l.mul(ja).sub(bs).to_w())
}

/// Y1(x) for 0 < x < 48 by the series.
fn y1_series(x: W) -> W {
    let l = log_gamma_term(x);
    let (s1, g) = if x.top() < -100 {
        (Fx::one(), Fx::one())
    } else {
        let y = quarter_sq(x);
        let (mut s, mut h) = (Fx::one(), Fx::ZERO);
        // g_0 = (H_0 + H_1)·s_0 = 1.
        let (mut ss, mut gs) = (s, Fx::one());
        let mut k = 1u64;
        loop {
            s = s.mul(y).div_u64(k * (k + 1)).neg();
            h = h.mul(y).div_u64(k * (k + 1)).neg().add(s.div_u64(k));
            if s.is_zero() && h.is_zero() {
                break;
            }
            ss = ss.add(s);
            gs = gs.add(h.add(h)).add(s.div_u64(k + 1));
            k += 1;
        }
        (ss, gs)
    };
    // T = L·S1 - G/2.
    let t = l.mul(s1).sub(g.div_u64(2));
    let r = if x.top() >= -1 {
        let xh = Fx::from_w(x.scale(-1));
        xh.mul(t).sub(recip_fx(x)).to_w()
    } else {
        t.to_w().mul(x.scale(-1)).sub(one().div(x))
    };
    two_over_pi().mul(r)
}

/// (J_n(x), Y_n(x)) by Hankel's expansion, x ≥ 48.
fn asym(x: W, n: u64) -> (W, W) {
    let (mut p, mut q) = (one(), W::ZERO);
    let mut t = one();
    let two_n = W::from_i(2 * n as i64);
    let mut last = W::ONE.scale(1);
    for k in 1..400i64 {
        let f = two_n
            .sub(W::from_i(2 * k - 1))
            .mul(two_n.add(W::from_i(2 * k - 1)));
        t = t.mul(f).div(W::from_i(8 * k).mul(x));
        if t.cmp_abs(last) != Ordering::Less {
            break;
        }
        last = t;
        // P = Σ (-1)^j a_2j/x^2j, Q = Σ (-1)^j a_(2j+1)/x^(2j+1).
        let neg = (k / 2) % 2 == 1;
        let term = if neg { t.neg() } else { t };
        if k % 2 == 0 {
            p = p.add(term);
        } else {
            q = q.add(term);
        }
        if t.is_zero() || t.top() < -140 {
            break;
        }
    }
    let (qd, r) = super::ldtrig::rem_pio2_off(x, true);
    let (s, c) = (super::ldtrig::sin_k(r), super::ldtrig::cos_k(r));
    let (s, c) = match (qd + 4 - (n % 4) as u32) % 4 {
        0 => (s, c),
        1 => (c, s.neg()),
        2 => (s.neg(), c.neg()),
        _ => (c.neg(), s),
    };
    let f = two_over_pi().div(x).sqrt();
    (f.mul(p.mul(c).sub(q.mul(s))), f.mul(p.mul(s).add(q.mul(c))))
}

fn ge48(x: W) -> bool {
    x.cmp_abs(W::from_i(X_ASYM)) != Ordering::Less
}

/// n² ≤ x (the asymptotic expansion of order n converges fast enough).
fn sq_le(n: u64, x: W) -> bool {
    W::from_i(n as i64).mul(W::from_i(n as i64)).cmp_abs(x) != Ordering::Greater
}

fn j0_w(x: W) -> W {
    if ge48(x) {
        asym(x, 0).0
    } else {
        j_series(x, 0)
    }
}

fn j1_w(x: W) -> W {
    if ge48(x) {
        asym(x, 1).0
    } else {
        j_series(x, 1)
    }
}

fn y0_w(x: W) -> W {
    if ge48(x) { asym(x, 0).1 } else { y0_series(x) }
}

fn y1_w(x: W) -> W {
    if ge48(x) { asym(x, 1).1 } else { y1_series(x) }
}

/// J_n(x), x > 0 finite.
fn jn_w(n: u64, x: W) -> W {
    match n {
        0 => return j0_w(x),
        1 => return j1_w(x),
        _ => {}
    }
    if !ge48(x) {
        return j_series(x, n);
    }
    if sq_le(n, x) {
        return asym(x, n).0;
    }
    let nw = W::from_i(n as i64);
    if nw.cmp_abs(x) == Ordering::Less {
        // Forward from J0, J1.
        let (mut a, mut b) = (asym(x, 0).0, asym(x, 1).0);
        for k in 1..n {
            let c = W::from_i(2 * k as i64).div(x).mul(b).sub(a);
            a = b;
            b = c;
        }
        return b;
    }
    // n ≥ x ≥ 48: J_n(x) < (e·x/(2n))^n; give up to the underflow early.
    let xf = x.to_f64();
    let nf = n as f64;
    if nf * libm::log2(core::f64::consts::E * xf / (2.0 * nf)) < -17000.0 {
        return W::ONE.scale(-20000);
    }
    // Miller: where the dominant solution has grown by 2^150 from n.
    let (mut a, mut b) = (W::ZERO, one());
    let mut k = n + 1;
    while b.top() < 150 {
        let c = W::from_i(2 * k as i64).div(x).mul(b).sub(a);
        a = b;
        b = c;
        k += 1;
    }
    let top = k + 8;
    let (mut hi, mut cur) = (W::ZERO, W::ONE.scale(-1000));
    let mut at_n = W::ZERO;
    let mut f1 = W::ZERO;
    let mut kk = top;
    while kk > 0 {
        // f_(kk-1) = (2kk/x)·f_kk - f_(kk+1).
        let prev = W::from_i(2 * kk as i64).div(x).mul(cur).sub(hi);
        hi = cur;
        cur = prev;
        kk -= 1;
        if kk == n {
            at_n = cur;
        }
        if kk == 1 {
            f1 = cur;
        }
    }
    // cur = f_0, f1 = f_1.
    let (j0, j1) = (asym(x, 0).0, asym(x, 1).0);
    if j0.cmp_abs(j1) == Ordering::Greater {
        at_n.mul(j0).div(cur)
    } else {
        at_n.mul(j1).div(f1)
    }
}

/// Y_n(x), x > 0 finite.
fn yn_w(n: u64, x: W) -> W {
    match n {
        0 => return y0_w(x),
        1 => return y1_w(x),
        _ => {}
    }
    if ge48(x) && sq_le(n, x) {
        return asym(x, n).1;
    }
    let (mut a, mut b) = (y0_w(x), y1_w(x));
    for k in 1..n {
        let c = W::from_i(2 * k as i64).div(x).mul(b).sub(a);
        a = b;
        b = c;
        if b.top() > 17000 {
            break;
        }
    }
    b
}

/// `jnl` (and `j0l`, `j1l`).
pub(crate) fn jn<F: LdFmt>(n: i32, x: u128) -> u128 {
    let d = match arg_dec::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    let m = (n as i64).unsigned_abs();
    let odd = m % 2 == 1;
    let neg = odd && (d.neg != (n < 0));
    match d.k {
        K::Zero => {
            return if m == 0 {
                exact::<F>(one())
            } else {
                zero::<F>(neg)
            };
        }
        K::Inf => return zero::<F>(neg),
        _ => {}
    }
    let r = jn_w(m, d.w.abs());
    range_w::<F>(if neg { r.neg() } else { r })
}

/// `ynl` (and `y0l`, `y1l`).
pub(crate) fn yn<F: LdFmt>(n: i32, x: u128) -> u128 {
    let d = match arg_dec::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    let m = (n as i64).unsigned_abs();
    let neg = m % 2 == 1 && n < 0;
    match d.k {
        K::Zero => {
            raise(DIVZERO);
            set_errno(E_RANGE);
            return inf::<F>(!neg);
        }
        _ if d.neg => return dom_nan::<F>(),
        K::Inf => return 0,
        _ => {}
    }
    let r = yn_w(m, d.w);
    range_w::<F>(if neg { r.neg() } else { r })
}

/// `j0l`.
pub(crate) fn j0<F: LdFmt>(x: u128) -> u128 {
    jn::<F>(0, x)
}

/// `j1l`.
pub(crate) fn j1<F: LdFmt>(x: u128) -> u128 {
    jn::<F>(1, x)
}

/// `y0l`.
pub(crate) fn y0<F: LdFmt>(x: u128) -> u128 {
    yn::<F>(0, x)
}

/// `y1l`.
pub(crate) fn y1<F: LdFmt>(x: u128) -> u128 {
    yn::<F>(1, x)
}
