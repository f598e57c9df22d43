//! `<math.h>` for `long double`: the exact functions, `sqrtl`, `fmal`,
//! `hypotl`, `cbrtl` and `nanl` here, and the C faces of every `long
//! double` function (the transcendental cores are in `ldexp.rs`,
//! `ldtrig.rs`, `lderf.rs` and `ldgamma.rs`).
//!
//! Each core works on the bit pattern of either format ([`LdFmt`]; see
//! `wide.rs`), so the host unit tests run both. The C faces are in
//! `c/ldmath.c`: a `long double` cannot cross the Rust ABI, so the shim
//! copies the argument's bytes into a 16-byte buffer, calls the
//! `__ferro_ld_*` export here, and returns the buffer's bytes as the
//! result. The exact functions are integer work on the decoded value;
//! `sqrtl` and `fmal` compute the exact result with a sticky bit and
//! round once in the current direction, so they are correctly rounded in
//! all four modes; `hypotl` squares and adds exactly in 256 bits before
//! the root, `cbrtl` refines a `double` guess with Newton steps in the
//! wide type (about 2^-125 relative) and recognizes exact cubes. errno
//! and the Annex F flags follow the `double` functions.
use super::wide::*;
use super::{Dir, E_DOM, E_RANGE, Fp, set_errno};
use core::cmp::Ordering;

/// How a value is rounded to an integer.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum IntMode {
    /// One of the four IEEE directions (ties to even for nearest).
    Dir(Dir),
    /// Half away from zero (`round`).
    Away,
}

/// The integral `W` nearest to finite `w` in `mode`, and whether it was
/// inexact.
pub(crate) fn integral(w: W, mode: IntMode) -> (W, bool) {
    if w.e >= 0 || w.is_zero() {
        return (w, false);
    }
    let s = (-(w.e as i64)).min(200) as u32;
    let (q, half, rest) = match s {
        1..=127 => (
            w.m >> s,
            (w.m >> (s - 1)) & 1 == 1,
            w.m & ((1u128 << (s - 1)) - 1) != 0,
        ),
        128 => (0, w.m >> 127 == 1, w.m << 1 != 0),
        _ => (0, false, true),
    };
    let inexact = half || rest;
    let up = match mode {
        IntMode::Away => half,
        IntMode::Dir(Dir::Nearest) => half && (rest || q & 1 == 1),
        IntMode::Dir(Dir::Up) => !w.neg && inexact,
        IntMode::Dir(Dir::Down) => w.neg && inexact,
        IntMode::Dir(Dir::Zero) => false,
    };
    (W::norm(w.neg, 0, q + up as u128), inexact)
}

/// `x` rounded to an integer in `mode`; FE_INEXACT only when `flag`.
pub(crate) fn round_int<F: LdFmt>(x: u128, mode: IntMode, flag: bool) -> u128 {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => {
            let mut fl = 0;
            let r = quiet::<F>(x, &mut fl);
            raise(fl);
            r
        }
        K::Zero | K::Inf => mask::<F>(x),
        K::Fin => {
            let (r, inexact) = integral(d.w, mode);
            if inexact && flag {
                raise(INEXACT);
            }
            exact::<F>(r)
        }
    }
}

/// `x` rounded in `mode` as a `bits`-wide signed integer, or FE_INVALID
/// and the most negative value when it does not fit (NaN, infinities),
/// as the `double` functions.
pub(crate) fn to_int<F: LdFmt>(x: u128, mode: IntMode, bits: u32) -> i64 {
    let d = decode::<F>(x);
    let bad = i64::MIN >> (64 - bits);
    if d.k == K::Zero {
        return 0;
    }
    if d.k != K::Fin {
        raise(INVALID);
        return bad;
    }
    let (r, inexact) = integral(d.w, mode);
    if r.is_zero() {
        if inexact && mode != IntMode::Away {
            raise(INEXACT);
        }
        return 0;
    }
    let lim = bits as i32 - 1;
    let fits = r.top() < lim || (r.neg && r.top() == lim && r.m == 1 << 127);
    if !fits {
        raise(INVALID);
        return bad;
    }
    if inexact && mode != IntMode::Away {
        raise(INEXACT);
    }
    let v = (r.m >> (127 - r.top())) as i64;
    if r.neg { v.wrapping_neg() } else { v }
}

/// `|x|`.
pub(crate) fn fabs<F: LdFmt>(x: u128) -> u128 {
    mask::<F>(x) & !sign_bit::<F>()
}

/// `|x|` with the sign of `y`.
pub(crate) fn copysign<F: LdFmt>(x: u128, y: u128) -> u128 {
    fabs::<F>(x) | (mask::<F>(y) & sign_bit::<F>())
}

/// The NaN result for NaN operands, flags raised.
fn nan2<F: LdFmt>(x: u128, y: u128) -> u128 {
    let mut fl = 0;
    let r = quiet2::<F>(x, y, &mut fl);
    raise(fl);
    r
}

/// FE_INVALID, EDOM and the default NaN.
fn domain<F: LdFmt>() -> u128 {
    raise(INVALID);
    set_errno(E_DOM);
    qnan::<F>()
}

/// `(|x| mod |y|, low bits of the quotient)` for finite nonzero x and y
/// with |x| >= |y|: long division of the significands, exact. The
/// remainder is `r · 2^ey`.
fn remcore(x: W, y: W) -> (u128, i32, u64) {
    let (mut r, d) = (x.m, y.m);
    let mut q: u64 = 0;
    if r >= d {
        r -= d;
        q = 1;
    }
    for _ in 0..(x.e - y.e) {
        let c = r >> 127;
        r <<= 1;
        q = q.wrapping_shl(1);
        if c == 1 || r >= d {
            r = r.wrapping_sub(d);
            q |= 1;
        }
    }
    (r, y.e, q)
}

/// C's `fmodl`: the remainder of truncating division, exact.
pub(crate) fn fmod<F: LdFmt>(x: u128, y: u128) -> u128 {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    if dx.k == K::Nan || dy.k == K::Nan {
        return nan2::<F>(x, y);
    }
    if dx.k == K::Inf || dy.k == K::Zero {
        return domain::<F>();
    }
    if dx.k == K::Zero || dy.k == K::Inf || dx.w.cmp_abs(dy.w) == Ordering::Less {
        return mask::<F>(x);
    }
    let (r, e, _) = remcore(dx.w.abs(), dy.w.abs());
    exact::<F>(W::norm(dx.neg, e, r))
}

/// IEEE `remainderl` and the low bits of the quotient (rounded to
/// nearest, ties to even), signed. EDOM for the domain errors only when
/// `errno` (glibc's `remquol` leaves errno alone, `remainderl` sets it).
pub(crate) fn remquo<F: LdFmt>(x: u128, y: u128, errno: bool) -> (u128, i32) {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    if dx.k == K::Nan || dy.k == K::Nan {
        return (nan2::<F>(x, y), 0);
    }
    if dx.k == K::Inf || dy.k == K::Zero {
        if !errno {
            raise(INVALID);
            return (qnan::<F>(), 0);
        }
        return (domain::<F>(), 0);
    }
    if dx.k == K::Zero || dy.k == K::Inf {
        return (mask::<F>(x), 0);
    }
    let qneg = dx.neg != dy.neg;
    let (ax, ay) = (dx.w.abs(), dy.w.abs());
    if ax.cmp_abs(ay) == Ordering::Less {
        // Quotient 0 or 1: |x| - |y| is exact (Sterbenz) when 2|x| > |y|.
        return if ax.scale(1).cmp_abs(ay) == Ordering::Greater {
            let r = ay.sub(ax);
            (
                exact::<F>(W { neg: !dx.neg, ..r }),
                if qneg { -1 } else { 1 },
            )
        } else {
            (mask::<F>(x), 0)
        };
    }
    let (mut r, e, mut q) = remcore(ax, ay);
    let my = ay.m;
    // Round the quotient: compare r with |y|/2 (r > my - r ⟺ 2r > my).
    let neg_r;
    if r > my - r || (r == my - r && q & 1 == 1) {
        r = my - r;
        q = q.wrapping_add(1);
        neg_r = !dx.neg;
    } else {
        neg_r = dx.neg;
    }
    let res = if r == 0 {
        zero::<F>(dx.neg)
    } else {
        exact::<F>(W::norm(neg_r, e, r))
    };
    let q = (q & 0x7fff_ffff) as i32;
    (res, if qneg { -q } else { q })
}

/// `frexpl`: significand in [0.5, 1) and exponent.
pub(crate) fn frexp<F: LdFmt>(x: u128) -> (u128, i32) {
    let d = decode::<F>(x);
    match d.k {
        K::Fin => (exact::<F>(W { e: -128, ..d.w }), d.w.e + 128),
        K::Nan => (round_int::<F>(x, IntMode::Away, false), 0),
        _ => (mask::<F>(x), 0),
    }
}

/// `x · 2^n`, rounded once in the current mode; ERANGE on overflow and
/// on underflow to zero (the `double` functions' rule).
pub(crate) fn scalbn<F: LdFmt>(x: u128, n: i64) -> u128 {
    let d = decode::<F>(x);
    match d.k {
        K::Fin => {
            let n = n.clamp(-70000, 70000) as i32;
            let r = finish::<F>(d.w.scale(n));
            let dr = decode::<F>(r);
            if dr.k == K::Inf || dr.k == K::Zero {
                set_errno(E_RANGE);
            }
            r
        }
        K::Nan => round_int::<F>(x, IntMode::Away, false),
        _ => mask::<F>(x),
    }
}

/// `modfl`: (fractional part, integral part), both with the sign of x.
pub(crate) fn modf<F: LdFmt>(x: u128) -> (u128, u128) {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => {
            let q = round_int::<F>(x, IntMode::Away, false);
            (q, q)
        }
        K::Inf => (zero::<F>(d.neg), mask::<F>(x)),
        K::Zero => (mask::<F>(x), mask::<F>(x)),
        K::Fin => {
            let (t, _) = integral(d.w, IntMode::Dir(Dir::Zero));
            let f = d.w.sub(t);
            let f = if f.is_zero() {
                zero::<F>(d.neg)
            } else {
                exact::<F>(W { neg: d.neg, ..f })
            };
            (f, exact::<F>(W { neg: d.neg, ..t }))
        }
    }
}

/// `ilogbl` with the arch's FP_ILOGB0/FP_ILOGBNAN; FE_INVALID and EDOM
/// for zero, infinity and NaN.
pub(crate) fn ilogb<F: LdFmt>(x: u128) -> i32 {
    let d = decode::<F>(x);
    if d.k == K::Fin {
        return d.w.top();
    }
    raise(INVALID);
    set_errno(E_DOM);
    match d.k {
        K::Zero => crate::arch::math::FP_ILOGB0,
        K::Nan => crate::arch::math::FP_ILOGBNAN,
        _ => i32::MAX,
    }
}

/// `logbl`: the exponent as a `long double`; -inf with FE_DIVBYZERO for
/// zero, +inf for infinities.
pub(crate) fn logb<F: LdFmt>(x: u128) -> u128 {
    let d = decode::<F>(x);
    match d.k {
        K::Fin => exact::<F>(W::from_i(d.w.top() as i64)),
        K::Nan => round_int::<F>(x, IntMode::Away, false),
        K::Inf => inf::<F>(false),
        K::Zero => {
            raise(DIVZERO);
            inf::<F>(true)
        }
    }
}

/// `significandl`: `x · 2^-ilogb(x)`; zero, infinities and NaN come back
/// with FE_INVALID and EDOM (as the `double` function).
pub(crate) fn significand<F: LdFmt>(x: u128) -> u128 {
    let d = decode::<F>(x);
    if d.k != K::Fin {
        raise(INVALID);
        set_errno(E_DOM);
        return round_int::<F>(x, IntMode::Away, false);
    }
    exact::<F>(W { e: -127, ..d.w })
}

/// The magnitude of a pattern as an ordinal: consecutive values are
/// consecutive integers (x87: the integer bit folded away).
pub(crate) fn ord<F: LdFmt>(b: u128) -> u128 {
    let b = mask::<F>(b) & !sign_bit::<F>();
    if F::X87 {
        let be = bexp::<F>(b) as u128;
        let m = b as u64 as u128;
        if be == 0 && m >> 63 == 1 {
            // Pseudo-denormal: the value of exponent field 1.
            return 1 << 63 | (m & !(1 << 63));
        }
        be << 63 | (m & !(1 << 63))
    } else {
        b
    }
}

fn from_ord<F: LdFmt>(o: u128, neg: bool) -> u128 {
    let s = if neg { sign_bit::<F>() } else { 0 };
    if F::X87 {
        let be = o >> 63;
        let f = o & !(1 << 63) & ((1 << 63) - 1);
        s | be << 64 | f | ((be != 0) as u128) << 63
    } else {
        s | o
    }
}

/// `x < y`, `x == y` … for non-NaN patterns (zeros equal).
pub(crate) fn cmp<F: LdFmt>(x: u128, y: u128) -> Ordering {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    let key = |d: Dec| -> (i8, W) {
        match d.k {
            K::Inf => (if d.neg { -1 } else { 1 }, W::ZERO),
            K::Zero => (0, W::ZERO),
            _ => (0, W { neg: d.neg, ..d.w }),
        }
    };
    let (kx, ky) = (key(dx), key(dy));
    kx.0.cmp(&ky.0).then_with(|| kx.1.cmp(ky.1))
}

/// `nextafterl`/`nexttowardl`: the next value after x toward y.
/// FE_OVERFLOW and ERANGE for an infinite result; FE_UNDERFLOW for a
/// subnormal or zero one, ERANGE too unless x was zero (glibc).
pub(crate) fn nextafter<F: LdFmt>(x: u128, y: u128) -> u128 {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    if dx.k == K::Nan || dy.k == K::Nan {
        return nan2::<F>(x, y);
    }
    let c = cmp::<F>(x, y);
    if c == Ordering::Equal {
        return mask::<F>(y);
    }
    let r = if dx.k == K::Zero {
        from_ord::<F>(1, c == Ordering::Greater)
    } else {
        let o = ord::<F>(x);
        let away = (c == Ordering::Less) != dx.neg;
        from_ord::<F>(if away { o + 1 } else { o - 1 }, dx.neg)
    };
    let dr = decode::<F>(r);
    if dr.k == K::Inf {
        raise(OVERFLOW | INEXACT);
        set_errno(E_RANGE);
    } else if bexp::<F>(r) == 0 {
        raise(UNDERFLOW | INEXACT);
        if dx.k != K::Zero {
            set_errno(E_RANGE);
        }
    }
    r
}

/// `fmaxl`: a NaN operand ignored; +0 above -0.
pub(crate) fn fmax<F: LdFmt>(x: u128, y: u128) -> u128 {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    if dx.k == K::Nan {
        return if dy.k == K::Nan {
            nan2::<F>(x, y)
        } else {
            mask::<F>(y)
        };
    }
    if dy.k == K::Nan {
        return mask::<F>(x);
    }
    match cmp::<F>(x, y) {
        Ordering::Greater => mask::<F>(x),
        Ordering::Less => mask::<F>(y),
        Ordering::Equal => {
            if dx.neg {
                mask::<F>(y)
            } else {
                mask::<F>(x)
            }
        }
    }
}

/// `fminl`: a NaN operand ignored; -0 below +0.
pub(crate) fn fmin<F: LdFmt>(x: u128, y: u128) -> u128 {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    if dx.k == K::Nan {
        return if dy.k == K::Nan {
            nan2::<F>(x, y)
        } else {
            mask::<F>(y)
        };
    }
    if dy.k == K::Nan {
        return mask::<F>(x);
    }
    match cmp::<F>(x, y) {
        Ordering::Less => mask::<F>(x),
        Ordering::Greater => mask::<F>(y),
        Ordering::Equal => {
            if dx.neg {
                mask::<F>(x)
            } else {
                mask::<F>(y)
            }
        }
    }
}

/// The value of a non-NaN decoded operand for addition: `None` for ±inf.
fn val(d: Dec) -> Option<W> {
    match d.k {
        K::Fin => Some(W { neg: d.neg, ..d.w }),
        K::Zero => Some(W {
            neg: d.neg,
            ..W::ZERO
        }),
        _ => None,
    }
}

/// `x + y` rounded once in the current direction (the sign of an exact
/// zero by IEEE 754's rule).
pub(crate) fn add<F: LdFmt>(x: u128, y: u128) -> u128 {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    if dx.k == K::Nan || dy.k == K::Nan {
        return nan2::<F>(x, y);
    }
    match (val(dx), val(dy)) {
        (None, None) => {
            if dx.neg != dy.neg {
                raise(INVALID);
                qnan::<F>()
            } else {
                mask::<F>(x)
            }
        }
        (None, _) => mask::<F>(x),
        (_, None) => mask::<F>(y),
        (Some(a), Some(b)) => sum_zero::<F>(a.add(b), a.neg, b.neg),
    }
}

/// Finish a sum: an exact zero is -0 when both addends were negative or
/// when rounding down, else +0.
fn sum_zero<F: LdFmt>(s: W, na: bool, nb: bool) -> u128 {
    if s.is_zero() {
        let neg = (na && nb) || (na != nb && crate::arch::math::round_dir() == Dir::Down);
        return zero::<F>(neg);
    }
    finish::<F>(s)
}

/// `fdiml`: `x - y` when x > y (rounded; ERANGE on overflow), else +0.
pub(crate) fn fdim<F: LdFmt>(x: u128, y: u128) -> u128 {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    if dx.k == K::Nan || dy.k == K::Nan {
        return nan2::<F>(x, y);
    }
    if cmp::<F>(x, y) != Ordering::Greater {
        return 0;
    }
    let r = add::<F>(x, y ^ sign_bit::<F>());
    if decode::<F>(r).k == K::Inf && dx.k != K::Inf && dy.k != K::Inf {
        set_errno(E_RANGE);
    }
    r
}

/// `sqrtl`: correctly rounded in the current direction; NaN with
/// FE_INVALID and EDOM below zero.
pub(crate) fn sqrt<F: LdFmt>(x: u128) -> u128 {
    let d = decode::<F>(x);
    match d.k {
        K::Nan => round_int::<F>(x, IntMode::Away, false),
        K::Zero => mask::<F>(x),
        _ if d.neg => domain::<F>(),
        K::Inf => mask::<F>(x),
        K::Fin => finish::<F>(d.w.sqrt()),
    }
}

/// `fmal`: `x · y + z` rounded once in the current direction.
pub(crate) fn fma<F: LdFmt>(x: u128, y: u128, z: u128) -> u128 {
    let (dx, dy, dz) = (decode::<F>(x), decode::<F>(y), decode::<F>(z));
    if dx.k == K::Nan || dy.k == K::Nan || dz.k == K::Nan {
        let mut fl = 0;
        let inf0 = (dx.k == K::Inf && dy.k == K::Zero) || (dx.k == K::Zero && dy.k == K::Inf);
        let r = if dx.k == K::Nan {
            quiet2::<F>(x, if dy.k == K::Nan { y } else { z }, &mut fl)
        } else if dy.k == K::Nan {
            quiet2::<F>(y, z, &mut fl)
        } else {
            quiet::<F>(z, &mut fl)
        };
        if inf0 {
            fl |= INVALID;
        }
        raise(fl);
        return r;
    }
    let pneg = dx.neg != dy.neg;
    let pinf = dx.k == K::Inf || dy.k == K::Inf;
    let pzero = dx.k == K::Zero || dy.k == K::Zero;
    if pinf && pzero {
        raise(INVALID);
        return qnan::<F>();
    }
    if pinf {
        if dz.k == K::Inf && dz.neg != pneg {
            raise(INVALID);
            return qnan::<F>();
        }
        return inf::<F>(pneg);
    }
    if dz.k == K::Inf {
        return mask::<F>(z);
    }
    if pzero {
        if dz.k == K::Zero {
            let neg =
                (pneg && dz.neg) || (pneg != dz.neg && crate::arch::math::round_dir() == Dir::Down);
            return zero::<F>(neg);
        }
        return mask::<F>(z);
    }
    let s = fma_w(dx.w, dy.w, dz.w);
    sum_zero::<F>(s, pneg, dz.neg)
}

/// `hypotl`: `sqrt(x² + y²)` from the exact 256-bit sum of squares, so
/// exact results are exact; +inf when either is infinite (even with a
/// NaN); ERANGE on overflow.
pub(crate) fn hypot<F: LdFmt>(x: u128, y: u128) -> u128 {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    if dx.k == K::Inf || dy.k == K::Inf {
        if is_snan::<F>(x) || is_snan::<F>(y) {
            raise(INVALID);
        }
        return inf::<F>(false);
    }
    if dx.k == K::Nan || dy.k == K::Nan {
        return nan2::<F>(x, y);
    }
    let (a, b) = (val(dx).unwrap_or(W::ZERO), val(dy).unwrap_or(W::ZERO));
    if a.is_zero() && b.is_zero() {
        return 0;
    }
    // The squares are exact in 256 bits (exponents stay within i32).
    let aa = mul_wide(a.m, a.m);
    let bb = mul_wide(b.m, b.m);
    let r = match (a.is_zero(), b.is_zero()) {
        (true, _) => b.abs(),
        (_, true) => a.abs(),
        _ => {
            // Re-derive the sum with its full 256 bits when the two
            // squares overlap (exponents within 256 bits): then an exact
            // root is found exactly.
            let (ea, eb) = (2 * a.e, 2 * b.e);
            let (hi, lo, ehi, elo) = if ea >= eb {
                (aa, bb, ea, eb)
            } else {
                (bb, aa, eb, ea)
            };
            let d = (ehi - elo) as u32;
            if d < 128 {
                // hi·2^ehi + lo·2^elo = (hi·2^d + lo)·2^elo: at most
                // 256 + 127 bits; keep the top 256 with sticky.
                let top = U2(
                    hi.0 << d | hi.1.checked_shr(128 - d).unwrap_or(0),
                    hi.1 << d,
                );
                let over = if d == 0 { 0 } else { hi.0 >> (128 - d) };
                // (over, top) + lo: a 384-bit sum, folded to 256 bits.
                let (sum, c) = add_u2(top, lo);
                let over = over + c as u128;
                if over == 0 {
                    sqrt2(elo, sum)
                } else {
                    let z = over.leading_zeros();
                    let sh = 128 - z;
                    let lost = sum.1 & ((1u128 << sh) - 1) != 0;
                    let v = U2(
                        over << z | sum.0 >> sh,
                        (sum.1 >> sh | sum.0 << z) | lost as u128,
                    );
                    sqrt2(elo + sh as i32, v)
                }
            } else {
                // lo lies below hi's 128 bits (at most (2^128-1)², so no
                // carry out); the significant bits of hi end above its
                // bit 0, so the sticky bit of the shifted lo stands alone
                // (a jammed 128-bit sum could hide it: x87 squares fill
                // all 128 bits).
                let (sum, _) = add_u2(hi, shr_jam2(lo, d));
                sqrt2(ehi, sum)
            }
        }
    };
    let res = finish::<F>(r);
    if decode::<F>(res).k == K::Inf {
        set_errno(E_RANGE);
    }
    res
}

/// 256-bit shift right with the lost bits ORed into bit 0.
fn shr_jam2(v: U2, n: u32) -> U2 {
    let lost = |x: u128, k: u32| k > 0 && (k >= 128 || x << (128 - k) != 0);
    match n {
        0 => v,
        1..=127 => U2(
            v.0 >> n,
            (v.1 >> n | v.0 << (128 - n)) | lost(v.1, n) as u128,
        ),
        128..=255 => U2(
            0,
            (v.0 >> (n - 128)) | (v.1 != 0 || lost(v.0, n - 128)) as u128,
        ),
        _ => U2(0, (v.0 != 0 || v.1 != 0) as u128),
    }
}

/// 256-bit addition with carry out.
fn add_u2(a: U2, b: U2) -> (U2, bool) {
    let (lo, c) = a.1.overflowing_add(b.1);
    let (hi, c1) = a.0.overflowing_add(b.0);
    let (hi, c2) = hi.overflowing_add(c as u128);
    (U2(hi, lo), c1 || c2)
}

/// `cbrtl`: a `double` first guess, two Newton steps in the wide type
/// (53 → 106 → about 125 bits), rounded once; exact cubes (whose root
/// has at most 38 significant bits) come out exact without FE_INEXACT.
pub(crate) fn cbrt<F: LdFmt>(x: u128) -> u128 {
    let d = decode::<F>(x);
    if d.k != K::Fin {
        return round_int::<F>(x, IntMode::Away, false);
    }
    let a = d.w.abs();
    // a = m · 2^(3k + j), 0 <= j < 3; guess for the cube root of the
    // reduced value in [1, 8).
    let t = a.top();
    let k = t.div_euclid(3);
    let red = a.scale(-3 * k);
    let g = libm::cbrt(red.to_f64());
    let mut y = W::from_f64(g);
    let three = W::from_i(3);
    for _ in 0..3 {
        // y -= (y³ - red) / (3y²)
        let y2 = y.mul(y);
        let num = y2.mul(y).sub(red);
        if num.is_zero() {
            break;
        }
        y = y.sub(num.div(three.mul(y2)));
    }
    let y = y.scale(k);
    // An exact cube? Round to nearest and test q³ == a.
    let mut fl = 0;
    let near = round::<F>(y, Dir::Nearest, &mut fl);
    let dn = decode::<F>(near);
    if dn.k == K::Fin {
        let tz = dn.w.m.trailing_zeros();
        let odd = dn.w.m >> tz;
        if odd < 1 << 38 {
            let c = odd * odd * odd;
            let cw = W::norm(false, 3 * (dn.w.e + tz as i32), c);
            if cw == a {
                return exact::<F>(W { neg: d.neg, ..dn.w });
            }
        }
    }
    // Not exact: make sure the sticky bit says so.
    let y = W {
        neg: d.neg,
        m: y.m | 1,
        ..y
    };
    finish::<F>(y)
}

/// The bits of `nanl(tag)`: the quiet NaN with the payload the tag names
/// (as `nan`), masked to the fraction below the quiet bit.
pub(crate) fn nan<F: LdFmt>(tag: &[u8]) -> u128 {
    let (digits, radix) = match tag {
        [b'0', b'x' | b'X', rest @ ..] => (rest, 16u64),
        [b'0', rest @ ..] if !rest.is_empty() => (rest, 8),
        _ => (tag, 10),
    };
    if digits.is_empty() {
        return qnan::<F>();
    }
    let mut v: u64 = 0;
    for &c in digits {
        let dgt = match c {
            b'0'..=b'9' => (c - b'0') as u64,
            b'a'..=b'z' => (c - b'a' + 10) as u64,
            b'A'..=b'Z' => (c - b'A' + 10) as u64,
            _ => return qnan::<F>(),
        };
        if dgt >= radix {
            return qnan::<F>();
        }
        v = v.saturating_mul(radix).saturating_add(dgt);
    }
    qnan::<F>() | (v as u128 & (quiet_bit::<F>() - 1))
}

/// `scalbl(x, n)`: as the `double` `scalb`.
pub(crate) fn scalb<F: LdFmt>(x: u128, n: u128) -> u128 {
    let (dx, dn) = (decode::<F>(x), decode::<F>(n));
    if dx.k == K::Nan || dn.k == K::Nan {
        return nan2::<F>(x, n);
    }
    if dn.k == K::Inf {
        // x·inf or x/inf: 0·inf and inf/inf are invalid.
        let bad = if dn.neg {
            dx.k == K::Inf
        } else {
            dx.k == K::Zero
        };
        if bad {
            set_errno(E_DOM);
            raise(INVALID);
            return qnan::<F>();
        }
        return if dn.neg {
            if dx.k == K::Inf {
                mask::<F>(x)
            } else {
                zero::<F>(dx.neg)
            }
        } else if dx.k == K::Zero {
            mask::<F>(x)
        } else {
            inf::<F>(dx.neg)
        };
    }
    let (t, inexact) = integral(val(dn).unwrap_or(W::ZERO), IntMode::Dir(Dir::Zero));
    if inexact {
        return domain::<F>();
    }
    let k = if t.is_zero() {
        0
    } else if t.top() > 20 {
        if t.neg { -70000 } else { 70000 }
    } else {
        let v = (t.m >> (127 - t.top())) as i64;
        if t.neg { -v } else { v }
    };
    scalbn::<F>(x, k)
}

// ---- C faces (called by c/ldmath.c) ----

/// Read the 16-byte buffer a shim passes.
///
/// # Safety
/// `p` points to 16 readable bytes.
#[inline]
unsafe fn rd(p: *const [u8; 16]) -> u128 {
    // SAFETY: the caller's contract.
    u128::from_le_bytes(unsafe { p.read_unaligned() })
}

/// Write a result into the shim's 16-byte buffer.
///
/// # Safety
/// `p` points to 16 writable bytes.
#[inline]
unsafe fn wr(p: *mut [u8; 16], v: u128) {
    // SAFETY: the caller's contract.
    unsafe { p.write_unaligned(v.to_le_bytes()) };
}

type B = *const [u8; 16];
type O = *mut [u8; 16];
type N = Native;

macro_rules! ld1 {
    ($(#[$m:meta])* $name:ident, $core:expr) => {
        $(#[$m])*
        ///
        /// # Safety
        /// `x` and `r` point to 16-byte buffers (`c/ldmath.c`).
        #[cfg_attr(not(test), unsafe(no_mangle))]
        pub unsafe extern "C" fn $name(x: B, r: O) {
            // SAFETY: the shim passes its 16-byte buffers.
            unsafe { wr(r, $core(rd(x))) }
        }
    };
}

macro_rules! ld2 {
    ($(#[$m:meta])* $name:ident, $core:expr) => {
        $(#[$m])*
        ///
        /// # Safety
        /// `x`, `y` and `r` point to 16-byte buffers (`c/ldmath.c`).
        #[cfg_attr(not(test), unsafe(no_mangle))]
        pub unsafe extern "C" fn $name(x: B, y: B, r: O) {
            // SAFETY: the shim passes its 16-byte buffers.
            unsafe { wr(r, $core(rd(x), rd(y))) }
        }
    };
}

ld1!(
    /// C17 7.12.7.2 `fabsl`.
    __ferro_ld_fabsl, fabs::<N>
);
ld2!(
    /// C17 7.12.11.1 `copysignl`.
    __ferro_ld_copysignl, copysign::<N>
);
ld1!(
    /// C17 7.12.9.1 `ceill` (no FE_INEXACT).
    __ferro_ld_ceill, |x| round_int::<N>(x, IntMode::Dir(Dir::Up), false)
);
ld1!(
    /// C17 7.12.9.2 `floorl`.
    __ferro_ld_floorl, |x| round_int::<N>(x, IntMode::Dir(Dir::Down), false)
);
ld1!(
    /// C17 7.12.9.8 `truncl`.
    __ferro_ld_truncl, |x| round_int::<N>(x, IntMode::Dir(Dir::Zero), false)
);
ld1!(
    /// C17 7.12.9.6 `roundl`: half away from zero.
    __ferro_ld_roundl, |x| round_int::<N>(x, IntMode::Away, false)
);
ld1!(
    /// C23 7.12.9.8 `roundevenl`: half to even.
    __ferro_ld_roundevenl, |x| round_int::<N>(x, IntMode::Dir(Dir::Nearest), false)
);
ld1!(
    /// C17 7.12.9.4 `rintl`: the current direction, FE_INEXACT when inexact.
    __ferro_ld_rintl, |x| round_int::<N>(x, IntMode::Dir(crate::arch::math::round_dir()), true)
);
ld1!(
    /// C17 7.12.9.3 `nearbyintl`: the current direction, no FE_INEXACT.
    __ferro_ld_nearbyintl, |x| round_int::<N>(x, IntMode::Dir(crate::arch::math::round_dir()), false)
);
ld2!(
    /// C17 7.12.10.1 `fmodl`.
    __ferro_ld_fmodl, fmod::<N>
);
ld2!(
    /// C17 7.12.10.2 `remainderl` (and GNU `dreml`).
    __ferro_ld_remainderl, |x, y| remquo::<N>(x, y, true).0
);
ld1!(
    /// GNU `significandl`.
    __ferro_ld_significandl, significand::<N>
);
ld1!(
    /// C17 7.12.6.11 `logbl`.
    __ferro_ld_logbl, logb::<N>
);
ld2!(
    /// C17 7.12.11.3 `nextafterl` (and `nexttowardl`).
    __ferro_ld_nextafterl, nextafter::<N>
);
ld2!(
    /// C17 7.12.12.2 `fmaxl`.
    __ferro_ld_fmaxl, fmax::<N>
);
ld2!(
    /// C17 7.12.12.3 `fminl`.
    __ferro_ld_fminl, fmin::<N>
);
ld2!(
    /// C17 7.12.12.1 `fdiml`.
    __ferro_ld_fdiml, fdim::<N>
);
ld1!(
    /// C17 7.12.7.5 `sqrtl`: correctly rounded.
    __ferro_ld_sqrtl, sqrt::<N>
);
ld2!(
    /// C17 7.12.7.3 `hypotl`.
    __ferro_ld_hypotl, hypot::<N>
);
ld1!(
    /// C17 7.12.7.1 `cbrtl`.
    __ferro_ld_cbrtl, cbrt::<N>
);
ld2!(
    /// XSI (obsolete) `scalbl`.
    __ferro_ld_scalbl, scalb::<N>
);
ld1!(
    /// C17 7.12.6.1 `expl`.
    __ferro_ld_expl, super::ldexp::exp::<N>
);
ld1!(
    /// C17 7.12.6.2 `exp2l`.
    __ferro_ld_exp2l, super::ldexp::exp2::<N>
);
ld1!(
    /// GNU (C23 7.12.6.3) `exp10l`.
    __ferro_ld_exp10l, super::ldexp::exp10::<N>
);
ld1!(
    /// C17 7.12.6.3 `expm1l`.
    __ferro_ld_expm1l, super::ldexp::expm1::<N>
);
ld1!(
    /// C17 7.12.6.7 `logl`.
    __ferro_ld_logl, super::ldexp::log::<N>
);
ld1!(
    /// C17 7.12.6.10 `log2l`.
    __ferro_ld_log2l, super::ldexp::log2::<N>
);
ld1!(
    /// C17 7.12.6.8 `log10l`.
    __ferro_ld_log10l, super::ldexp::log10::<N>
);
ld1!(
    /// C17 7.12.6.9 `log1pl`.
    __ferro_ld_log1pl, super::ldexp::log1p::<N>
);
ld1!(
    /// C17 7.12.4.6 `sinl`.
    __ferro_ld_sinl, super::ldtrig::sin::<N>
);
ld1!(
    /// C17 7.12.4.5 `cosl`.
    __ferro_ld_cosl, super::ldtrig::cos::<N>
);
ld1!(
    /// C17 7.12.4.7 `tanl`.
    __ferro_ld_tanl, super::ldtrig::tan::<N>
);
ld1!(
    /// C17 7.12.4.2 `asinl`.
    __ferro_ld_asinl, super::ldtrig::asin::<N>
);
ld1!(
    /// C17 7.12.4.1 `acosl`.
    __ferro_ld_acosl, super::ldtrig::acos::<N>
);
ld1!(
    /// C17 7.12.4.3 `atanl`.
    __ferro_ld_atanl, super::ldtrig::atan::<N>
);
ld2!(
    /// C17 7.12.4.4 `atan2l`.
    __ferro_ld_atan2l, super::ldtrig::atan2::<N>
);

ld1!(
    /// GNU `j0l`: Bessel function of the first kind, order 0.
    __ferro_ld_j0l, super::ldbessel::j0::<N>
);
ld1!(
    /// GNU `j1l`: Bessel function of the first kind, order 1.
    __ferro_ld_j1l, super::ldbessel::j1::<N>
);
ld1!(
    /// GNU `y0l`: Bessel function of the second kind, order 0.
    __ferro_ld_y0l, super::ldbessel::y0::<N>
);
ld1!(
    /// GNU `y1l`: Bessel function of the second kind, order 1.
    __ferro_ld_y1l, super::ldbessel::y1::<N>
);

/// GNU `jnl`: Bessel function of the first kind, order `n`.
///
/// # Safety
/// Buffers from `c/ldmath.c`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_jnl(n: i32, x: B, r: O) {
    // SAFETY: the shim's buffers.
    unsafe { wr(r, super::ldbessel::jn::<N>(n, rd(x))) }
}

/// GNU `ynl`: Bessel function of the second kind, order `n`.
///
/// # Safety
/// Buffers from `c/ldmath.c`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_ynl(n: i32, x: B, r: O) {
    // SAFETY: the shim's buffers.
    unsafe { wr(r, super::ldbessel::yn::<N>(n, rd(x))) }
}

ld1!(
    /// C17 7.12.8.1 `erfl`.
    __ferro_ld_erfl, super::lderf::erf::<N>
);
ld1!(
    /// C17 7.12.8.2 `erfcl`.
    __ferro_ld_erfcl, super::lderf::erfc::<N>
);
ld1!(
    /// C17 7.12.8.4 `tgammal`.
    __ferro_ld_tgammal, super::ldgamma::tgamma::<N>
);

/// The core of C17 7.12.8.3 `lgammal` and the GNU/BSD `lgammal_r` and
/// `gammal` (`c/ldmath.c`; `lgammal` and `gammal` store the sign in
/// `signgam`).
///
/// # Safety
/// Buffers from `c/ldmath.c`; `sign` is writable.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_lgammal_r(x: B, sign: *mut i32, r: O) {
    // SAFETY: the shim's buffers and the caller's `sign`.
    unsafe {
        let (v, s) = super::ldgamma::lgamma_r::<N>(rd(x));
        *sign = s;
        wr(r, v);
    }
}

/// GNU `sincosl`.
///
/// # Safety
/// Buffers from `c/ldmath.c`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_sincosl(x: B, s: O, c: O) {
    // SAFETY: the shim's buffers.
    unsafe {
        let (a, b) = super::ldtrig::sincos::<N>(rd(x));
        wr(s, a);
        wr(c, b);
    }
}

ld1!(
    /// C17 7.12.5.5 `sinhl`.
    __ferro_ld_sinhl, super::ldexp::sinh::<N>
);
ld1!(
    /// C17 7.12.5.4 `coshl`.
    __ferro_ld_coshl, super::ldexp::cosh::<N>
);
ld1!(
    /// C17 7.12.5.6 `tanhl`.
    __ferro_ld_tanhl, super::ldexp::tanh::<N>
);
ld1!(
    /// C17 7.12.5.2 `asinhl`.
    __ferro_ld_asinhl, super::ldexp::asinh::<N>
);
ld1!(
    /// C17 7.12.5.1 `acoshl`.
    __ferro_ld_acoshl, super::ldexp::acosh::<N>
);
ld1!(
    /// C17 7.12.5.3 `atanhl`.
    __ferro_ld_atanhl, super::ldexp::atanh::<N>
);
ld2!(
    /// C17 7.12.7.4 `powl`.
    __ferro_ld_powl, super::ldexp::pow::<N>
);

/// C17 7.12.13.1 `fmal`: correctly rounded.
///
/// # Safety
/// All four point to 16-byte buffers (`c/ldmath.c`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_fmal(x: B, y: B, z: B, r: O) {
    // SAFETY: the shim's buffers.
    unsafe { wr(r, fma::<N>(rd(x), rd(y), rd(z))) }
}

/// C17 7.12.10.3 `remquol`.
///
/// # Safety
/// Buffers from `c/ldmath.c`; `q` is writable.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_remquol(x: B, y: B, q: *mut i32, r: O) {
    // SAFETY: the shim's buffers and the caller's `q`.
    unsafe {
        let (v, n) = remquo::<N>(rd(x), rd(y), false);
        *q = n;
        wr(r, v);
    }
}

/// C17 7.12.6.4 `frexpl`.
///
/// # Safety
/// Buffers from `c/ldmath.c`; `e` is writable.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_frexpl(x: B, e: *mut i32, r: O) {
    // SAFETY: the shim's buffers and the caller's `e`.
    unsafe {
        let (v, n) = frexp::<N>(rd(x));
        *e = n;
        wr(r, v);
    }
}

/// C17 7.12.6.6/7.12.6.13 `ldexpl`, `scalbnl`, `scalblnl` (n widened).
///
/// # Safety
/// Buffers from `c/ldmath.c`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_scalbnl(x: B, n: i64, r: O) {
    // SAFETY: the shim's buffers.
    unsafe { wr(r, scalbn::<N>(rd(x), n)) }
}

/// C17 7.12.6.12 `modfl`.
///
/// # Safety
/// Buffers from `c/ldmath.c`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_modfl(x: B, ip: O, r: O) {
    // SAFETY: the shim's buffers.
    unsafe {
        let (f, i) = modf::<N>(rd(x));
        wr(ip, i);
        wr(r, f);
    }
}

/// C17 7.12.6.5 `ilogbl`.
///
/// # Safety
/// `x` is the shim's buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_ilogbl(x: B) -> i32 {
    // SAFETY: the shim's buffer.
    ilogb::<N>(unsafe { rd(x) })
}

/// C17 7.12.9.5/7.12.9.7 `lrintl`, `llrintl`, `lroundl`, `llroundl`:
/// `round` selects half-away rounding, else the current direction;
/// `bits` is the width of the result type.
///
/// # Safety
/// `x` is the shim's buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_toint(x: B, round: i32, bits: i32) -> i64 {
    let mode = if round != 0 {
        IntMode::Away
    } else {
        IntMode::Dir(crate::arch::math::round_dir())
    };
    // SAFETY: the shim's buffer.
    to_int::<N>(unsafe { rd(x) }, mode, bits as u32)
}

/// GNU `finitel`, `isinfl`, `isnanl`: `what` 0, 1, 2.
///
/// # Safety
/// `x` is the shim's buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_class(x: B, what: i32) -> i32 {
    // SAFETY: the shim's buffer.
    let d = decode::<N>(unsafe { rd(x) });
    match what {
        0 => matches!(d.k, K::Fin | K::Zero) as i32,
        1 => {
            if d.k == K::Inf {
                1 - 2 * d.neg as i32
            } else {
                0
            }
        }
        _ => (d.k == K::Nan) as i32,
    }
}

/// C17 7.12.11.2 `nanl`.
///
/// # Safety
/// `tag` is a C string; `r` the shim's buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_nanl(tag: *const core::ffi::c_char, r: O) {
    // SAFETY: the caller passes a C string; `r` is the shim's buffer.
    unsafe { wr(r, nan::<N>(core::ffi::CStr::from_ptr(tag).to_bytes())) }
}

/// The order of a finite-or-infinite `double` and a non-NaN `long double`.
fn cmp64(x: f64, dy: Dec) -> Ordering {
    let kx = if x.is_infinite() {
        (if x < 0.0 { -1 } else { 1 }, W::ZERO)
    } else {
        (0, W::from_f64(x))
    };
    let ky = match dy.k {
        K::Inf => (if dy.neg { -1 } else { 1 }, W::ZERO),
        _ => (0, dy.w),
    };
    kx.0.cmp(&ky.0).then_with(|| kx.1.cmp(ky.1))
}

/// `Some(order of x against y)`, or `None` with the NaN flags raised
/// when `y` is a NaN.
fn toward(x: f64, y: u128) -> Option<Ordering> {
    let dy = decode::<N>(y);
    if dy.k == K::Nan {
        let mut fl = 0;
        quiet::<N>(y, &mut fl);
        raise(fl);
        return None;
    }
    Some(cmp64(x, dy))
}

/// C17 7.12.11.4 `nexttoward`.
///
/// # Safety
/// `y` is the shim's buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_nexttoward(x: f64, y: B) -> f64 {
    // SAFETY: the shim's buffer.
    let y = unsafe { rd(y) };
    if x.is_nan() {
        return x + x;
    }
    match toward(x, y) {
        None => core::hint::black_box(f64::from_bits(0x7ff8 << 48)),
        Some(Ordering::Equal) => x.with_sign(decode::<N>(y).neg),
        Some(Ordering::Less) => super::generic::nextafter(x, f64::INFINITY),
        Some(Ordering::Greater) => super::generic::nextafter(x, f64::NEG_INFINITY),
    }
}

/// C17 7.12.11.4 `nexttowardf`.
///
/// # Safety
/// `y` is the shim's buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ld_nexttowardf(x: f32, y: B) -> f32 {
    // SAFETY: the shim's buffer.
    let y = unsafe { rd(y) };
    if x.is_nan() {
        return x + x;
    }
    match toward(x as f64, y) {
        None => core::hint::black_box(f32::from_bits(0x7fc0 << 16)),
        Some(Ordering::Equal) => x.with_sign(decode::<N>(y).neg),
        Some(Ordering::Less) => super::generic::nextafter(x, f32::INFINITY),
        Some(Ordering::Greater) => super::generic::nextafter(x, f32::NEG_INFINITY),
    }
}
