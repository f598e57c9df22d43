//! The `long double` trigonometric functions over the wide type
//! (`wide.rs`), rounded once in the current direction.
//!
//! - Argument reduction (Payne–Hanek, for every |x| ≥ π/4): with
//!   x = m·2^e (m the 128-bit significand), x·2/π mod 4 needs only the
//!   bits of 2/π from position e-1 on (the earlier ones contribute
//!   multiples of 4): a 384-bit window of [`TWO_OVER_PI`] times m, exact
//!   in 512 bits, gives the quadrant and the fraction with at least 250
//!   bits to spare for the cancellation near multiples of π/2. The
//!   reduced argument r = f·π/2 (|r| ≤ π/4) is then good to 2^-127.
//! - sin and cos of r by their Taylor series (17 terms), tan as their
//!   quotient.
//! - atan: |x| > 1 as π/2 - atan(1/x); then seven halvings
//!   x ← x/(1 + √(1+x²)) bring |x| below 2^-7, where ten terms of the
//!   series suffice. asin(x) = atan(x/√((1-x)(1+x))), acos(x) =
//!   2·atan(√((1-x)/(1+x))), atan2 from atan(|y/x|) by quadrant.
//!
//! Special cases, errno and flags as the `double` functions (C17 F.10.1).
use super::ldexp::{arg_dec, dom_nan, nan_of, range_w};
use super::wide::*;

include!("ldtrig_table.rs");

/// π = (PI[0]·2^128 + PI[1])·2^-254.
static PI: [u128; 2] = [
    0xc90fdaa22168c234c4c6628b80dc1cd1,
    0x29024e088a67cc74020bbea63b139b22,
];

fn one() -> W {
    W::from_i(1)
}

/// π/2 to 128 bits, and the rest.
fn pio2() -> (W, W) {
    (W::norm(false, -127, PI[0]), W::norm(false, -255, PI[1]))
}

/// 128 bits of 2/π starting at bit `start` (1-based).
fn tbits(start: u32) -> u128 {
    let k = ((start - 1) / 128) as usize;
    let b = (start - 1) % 128;
    let hi = TWO_OVER_PI[k] << b;
    if b == 0 {
        hi
    } else {
        hi | TWO_OVER_PI[k + 1] >> (128 - b)
    }
}

/// `n` ≤ 128 bits of the 512-bit `p` (little-endian words) from bit `lo`.
fn bits(p: &[u128; 4], lo: u32, n: u32) -> u128 {
    let w = (lo / 128) as usize;
    let b = lo % 128;
    if w >= 4 {
        return 0;
    }
    let mut v = p[w] >> b;
    if b > 0 && w + 1 < 4 {
        v |= p[w + 1] << (128 - b);
    }
    if n < 128 { v & ((1 << n) - 1) } else { v }
}

/// Add `v` into `p` at word `at` (with carry).
fn acc(p: &mut [u128; 4], at: usize, v: U2) {
    let mut carry;
    let (s, c) = p[at].overflowing_add(v.1);
    p[at] = s;
    carry = c as u128;
    let (s, c1) = p[at + 1].overflowing_add(v.0);
    let (s, c2) = s.overflowing_add(carry);
    p[at + 1] = s;
    carry = (c1 || c2) as u128;
    let mut i = at + 2;
    while carry != 0 && i < 4 {
        let (s, c) = p[i].overflowing_add(carry);
        p[i] = s;
        carry = c as u128;
        i += 1;
    }
}

/// |x| (finite, nonzero) = q·π/2 + r: (q mod 4, r) with |r| ≤ π/4.
pub(crate) fn rem_pio2(a: W) -> (u32, W) {
    rem_pio2_off(a, false)
}

/// With `half`, |x| - π/4 = q·π/2 + r instead (for the Bessel functions'
/// phase x - (2n+1)π/4): the half is taken off x·2/π exactly, in the
/// 512-bit product, before the quadrant and the fraction are read.
pub(crate) fn rem_pio2_off(a: W, half: bool) -> (u32, W) {
    let (h, l) = pio2();
    if !half && a.cmp_abs(h.scale(-1)) != core::cmp::Ordering::Greater {
        return (0, a);
    }
    let e = a.e;
    let i0 = if e >= 2 { (e - 1) as u32 } else { 1 };
    let s = (i0 as i32 + 383 - e) as u32;
    let (w0, w1, w2) = (tbits(i0), tbits(i0 + 128), tbits(i0 + 256));
    let mut p = [0u128; 4];
    acc(&mut p, 0, mul_wide(a.m, w2));
    acc(&mut p, 1, mul_wide(a.m, w1));
    acc(&mut p, 2, mul_wide(a.m, w0));
    if half {
        // p -= 2^(s-1), wrapping (only the bits below s+2 are read).
        let mut borrow = 1u128 << ((s - 1) % 128);
        for w in p.iter_mut().skip(((s - 1) / 128) as usize) {
            let (v, b) = w.overflowing_sub(borrow);
            *w = v;
            borrow = b as u128;
        }
    }
    let mut q = bits(&p, s, 2) as u32;
    // Clear the integer bits: the fraction is p mod 2^s.
    let mut f = [0u128; 4];
    for (i, w) in p.iter().enumerate() {
        let lo = i as u32 * 128;
        f[i] = if lo + 128 <= s {
            *w
        } else if lo >= s {
            0
        } else {
            *w & ((1u128 << (s - lo)) - 1)
        };
    }
    // f ≥ 1/2: the next quadrant, and r = -(1 - f)·π/2, with 1 - f
    // formed exactly on the 512 bits (it may cancel far down).
    let neg = bits(&f, s - 1, 1) == 1;
    if neg {
        q = (q + 1) & 3;
        let mut borrow = true;
        for w in f.iter_mut() {
            let (v, b) = (!*w).overflowing_add(borrow as u128);
            *w = v;
            borrow = b;
        }
        for (i, w) in f.iter_mut().enumerate() {
            let lo = i as u32 * 128;
            if lo >= s {
                *w = 0;
            } else if lo + 128 > s {
                *w &= (1u128 << (s - lo)) - 1;
            }
        }
    }
    // The top set bit of the fraction, and 256 bits from there down.
    let mut t = 0u32;
    for i in (0..4).rev() {
        if f[i] != 0 {
            t = i as u32 * 128 + 127 - f[i].leading_zeros();
            break;
        }
    }
    let lo_pos = t.saturating_sub(255);
    let v = U2(bits(&f, lo_pos + 128, 128), bits(&f, lo_pos, 128));
    let fr = W::norm2(neg, lo_pos as i32 - s as i32, v);
    let r = fr.mul(h).add(fr.mul(l));
    (q, r)
}

/// sin r for |r| ≤ π/4.
pub(crate) fn sin_k(r: W) -> W {
    let z = r.mul(r);
    let mut t = one();
    for n in (1..=17i64).rev() {
        t = one().sub(z.mul(t).div(W::from_i(2 * n * (2 * n + 1))));
    }
    r.mul(t)
}

/// cos r for |r| ≤ π/4.
pub(crate) fn cos_k(r: W) -> W {
    let z = r.mul(r);
    let mut t = one();
    for n in (1..=17i64).rev() {
        t = one().sub(z.mul(t).div(W::from_i((2 * n - 1) * (2 * n))));
    }
    t
}

/// (sin x, cos x) for finite x.
pub(crate) fn sincos_w(x: W) -> (W, W) {
    if x.is_zero() {
        return (x, one());
    }
    let (q, r) = rem_pio2(x.abs());
    let (s, c) = (sin_k(r), cos_k(r));
    let (s, c) = match q {
        0 => (s, c),
        1 => (c, s.neg()),
        2 => (s.neg(), c.neg()),
        _ => (c.neg(), s),
    };
    (if x.neg { s.neg() } else { s }, c)
}

/// `sinl`.
pub(crate) fn sin<F: LdFmt>(x: u128) -> u128 {
    let d = match arg_dec::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    match d.k {
        K::Zero => mask::<F>(x),
        K::Inf => dom_nan::<F>(),
        _ => range_w::<F>(sincos_w(d.w).0),
    }
}

/// `cosl`.
pub(crate) fn cos<F: LdFmt>(x: u128) -> u128 {
    let d = match arg_dec::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    match d.k {
        K::Zero => exact::<F>(one()),
        K::Inf => dom_nan::<F>(),
        _ => range_w::<F>(sincos_w(d.w).1),
    }
}

/// `tanl`.
pub(crate) fn tan<F: LdFmt>(x: u128) -> u128 {
    let d = match arg_dec::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    match d.k {
        K::Zero => mask::<F>(x),
        K::Inf => dom_nan::<F>(),
        _ => {
            let (q, r) = rem_pio2(d.w.abs());
            let (s, c) = (sin_k(r), cos_k(r));
            let t = if q & 1 == 0 { s.div(c) } else { c.div(s).neg() };
            range_w::<F>(if d.neg { t.neg() } else { t })
        }
    }
}

/// `sincosl`: both, one reduction.
pub(crate) fn sincos<F: LdFmt>(x: u128) -> (u128, u128) {
    let d = match arg_dec::<F>(x) {
        Ok(d) => d,
        Err(r) => return (r, r),
    };
    match d.k {
        K::Zero => (mask::<F>(x), exact::<F>(one())),
        K::Inf => {
            let n = dom_nan::<F>();
            (n, n)
        }
        _ => {
            let (s, c) = sincos_w(d.w);
            (range_w::<F>(s), range_w::<F>(c))
        }
    }
}

/// atan(x) for finite x.
pub(crate) fn atan_w(x: W) -> W {
    if x.is_zero() {
        return x;
    }
    let a = x.abs();
    let (big, mut t) = if a.cmp_abs(one()) == core::cmp::Ordering::Greater {
        (true, a.recip())
    } else {
        (false, a)
    };
    let mut k = 0;
    while t.top() >= -7 {
        t = t.div(one().add(one().add(t.mul(t)).sqrt()));
        k += 1;
    }
    // atan t = t - t³/3 + t⁵/5 … (t < 2^-7: eleven terms).
    let z = t.mul(t);
    let mut h = one().div(W::from_i(23));
    for j in (0..11i64).rev() {
        h = one().div(W::from_i(2 * j + 1)).sub(z.mul(h));
    }
    let mut r = t.mul(h).scale(k);
    if big {
        let (ph, pl) = pio2();
        r = ph.sub(r).add(pl);
    }
    if x.neg { r.neg() } else { r }
}

/// `atanl`.
pub(crate) fn atan<F: LdFmt>(x: u128) -> u128 {
    let d = match arg_dec::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    match d.k {
        K::Zero => mask::<F>(x),
        K::Inf => {
            let (h, l) = pio2();
            range_w::<F>(W {
                neg: d.neg,
                ..h.add(l)
            })
        }
        _ => range_w::<F>(atan_w(d.w)),
    }
}

/// `asinl`: EDOM beyond ±1.
pub(crate) fn asin<F: LdFmt>(x: u128) -> u128 {
    let d = match arg_dec::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    if d.k == K::Zero {
        return mask::<F>(x);
    }
    if d.k == K::Inf || d.w.cmp_abs(one()) == core::cmp::Ordering::Greater {
        return dom_nan::<F>();
    }
    let a = d.w.abs();
    if a == one() {
        let (h, l) = pio2();
        return range_w::<F>(W {
            neg: d.neg,
            ..h.add(l)
        });
    }
    let den = one().sub(a).mul(one().add(a)).sqrt();
    range_w::<F>(atan_w(d.w.div(den)))
}

/// `acosl`: EDOM beyond ±1.
pub(crate) fn acos<F: LdFmt>(x: u128) -> u128 {
    let d = match arg_dec::<F>(x) {
        Ok(d) => d,
        Err(r) => return r,
    };
    if d.k == K::Inf || (d.k == K::Fin && d.w.cmp_abs(one()) == core::cmp::Ordering::Greater) {
        return dom_nan::<F>();
    }
    let w = if d.k == K::Zero { W::ZERO } else { d.w };
    if w == one().neg() {
        let (h, l) = pio2();
        return range_w::<F>(h.add(l).scale(1));
    }
    let t = one().sub(w).div(one().add(w)).sqrt();
    let r = atan_w(t).scale(1);
    if r.is_zero() {
        return 0;
    }
    range_w::<F>(r)
}

/// `atan2l(y, x)` with C17 F.10.1.4's special cases; ERANGE when a
/// nonzero y gives an underflow to zero.
pub(crate) fn atan2<F: LdFmt>(y: u128, x: u128) -> u128 {
    let (dy, dx) = (decode::<F>(y), decode::<F>(x));
    if dy.k == K::Nan || dx.k == K::Nan {
        return nan_of::<F>(y, x);
    }
    let (h, l) = pio2();
    let pi = h.add(l).scale(1);
    let half = h.add(l);
    let signed = |w: W| W { neg: dy.neg, ..w };
    let r = match (dy.k, dx.k) {
        (K::Zero, _) => {
            if dx.neg {
                signed(pi)
            } else {
                return zero::<F>(dy.neg);
            }
        }
        (_, K::Zero) => signed(half),
        (K::Inf, K::Inf) => {
            if dx.neg {
                signed(pi.sub(half.scale(-1)))
            } else {
                signed(half.scale(-1))
            }
        }
        (K::Inf, _) => signed(half),
        (_, K::Inf) => {
            if dx.neg {
                signed(pi)
            } else {
                return zero::<F>(dy.neg);
            }
        }
        _ => {
            let t = atan_w(dy.w.abs().div(dx.w.abs()));
            let t = if dx.neg {
                h.scale(1).sub(t).add(l.scale(1))
            } else {
                t
            };
            signed(t)
        }
    };
    let res = range_w::<F>(r);
    if decode::<F>(res).k == K::Zero {
        super::set_errno(super::E_RANGE);
    }
    res
}
