//! The `long double` formats and the wide float the `long double`
//! functions compute in.
//!
//! Stable Rust has no `f80` or `f128`, so a `long double` is handled as
//! its bit pattern in a `u128` (little-endian in memory on all four
//! arches): x87 extended (64-bit significand with an explicit integer bit,
//! 15-bit exponent; the low 80 bits) on x86_64 and i386, IEEE binary128
//! (113-bit significand, 15-bit exponent) on aarch64 and riscv64. Both are
//! described by [`LdFmt`]; [`Native`] is the one of the target, and the
//! host unit tests run the code on both.
//!
//! [`W`] is a sign, an `i32` exponent and a 128-bit normalized
//! significand: every operation on it ([`W::add`], [`W::mul`],
//! [`W::div`], [`W::sqrt`], [`fma_w`]) computes the exact result and
//! truncates it to 128 bits, with the bits lost ORed into the lowest bit
//! ("sticky"), so a result carries 15 guard bits beyond binary128 and 64
//! beyond x87, and an exact result is known to be exact. [`round`] then
//! rounds once to the format in a given direction and reports the IEEE
//! flags, which [`raise`] turns into real exceptions with one forced
//! `double` operation each (x86's `fetestexcept` reads both the x87 and
//! the SSE status, so an SSE operation serves for x87 results too).
//!
//! Internal API (also for other headers' `long double` code): decode a
//! pattern with [`decode`], compute with [`W`], finish with
//! [`finish`] (round in the current direction, raise the flags).
use super::Dir;
use core::cmp::Ordering;

/// A `long double` format.
pub(crate) trait LdFmt {
    /// Significand bits including the integer bit (64 or 113).
    const P: u32;
    /// x87 extended: the integer bit is explicit, the pattern is 80 bits.
    const X87: bool;
}

/// x87 80-bit extended precision.
#[cfg_attr(
    not(any(test, target_arch = "x86_64", target_arch = "x86")),
    allow(dead_code)
)]
pub(crate) struct X87;
impl LdFmt for X87 {
    const P: u32 = 64;
    const X87: bool = true;
}

/// IEEE binary128.
#[cfg_attr(
    all(not(test), any(target_arch = "x86_64", target_arch = "x86")),
    allow(dead_code)
)]
pub(crate) struct Q128;
impl LdFmt for Q128 {
    const P: u32 = 113;
    const X87: bool = false;
}

/// The target's `long double`.
#[cfg(any(target_arch = "x86_64", target_arch = "x86"))]
pub(crate) type Native = X87;
/// The target's `long double`.
#[cfg(not(any(target_arch = "x86_64", target_arch = "x86")))]
pub(crate) type Native = Q128;

/// Exponent bias of both formats.
pub(crate) const BIAS: i32 = 16383;
/// Least normal exponent (of the value, not the field).
pub(crate) const EMIN: i32 = -16382;
/// Largest finite exponent.
pub(crate) const EMAX: i32 = 16383;

/// FE_INEXACT (internal flag bits, raised by [`raise`]).
pub(crate) const INEXACT: u8 = 1;
/// FE_UNDERFLOW.
pub(crate) const UNDERFLOW: u8 = 2;
/// FE_OVERFLOW.
pub(crate) const OVERFLOW: u8 = 4;
/// FE_INVALID.
pub(crate) const INVALID: u8 = 8;
/// FE_DIVBYZERO.
pub(crate) const DIVZERO: u8 = 16;

/// Raise the flags in `fl` with real floating-point operations.
#[inline(never)]
pub(crate) fn raise(fl: u8) {
    if fl & INVALID != 0 {
        super::raise_invalid::<f64>();
    }
    if fl & DIVZERO != 0 {
        super::raise_divzero();
    }
    if fl & OVERFLOW != 0 {
        super::raise_overflow();
    }
    if fl & UNDERFLOW != 0 {
        super::raise_underflow();
    }
    if fl & INEXACT != 0 {
        let one = core::hint::black_box(1.0f64);
        core::hint::black_box(one + f64::MIN_POSITIVE);
    }
}

/// The class of a decoded value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum K {
    Zero,
    Fin,
    Inf,
    Nan,
}

/// A decoded `long double`: `(-1)^neg · w` for `K::Fin` (w normalized).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Dec {
    pub k: K,
    pub neg: bool,
    pub w: W,
}

/// The sign bit of the pattern.
#[inline]
pub(crate) const fn sign_bit<F: LdFmt>() -> u128 {
    if F::X87 { 1 << 79 } else { 1 << 127 }
}

/// The meaningful bits of a pattern (x87: the low 80).
#[inline]
pub(crate) const fn mask<F: LdFmt>(b: u128) -> u128 {
    if F::X87 { b & ((1 << 80) - 1) } else { b }
}

/// The exponent field.
#[inline]
pub(crate) const fn bexp<F: LdFmt>(b: u128) -> i32 {
    (if F::X87 {
        (b >> 64) & 0x7fff
    } else {
        (b >> 112) & 0x7fff
    }) as i32
}

/// The fraction bits below the integer bit (x87: 63, binary128: 112).
#[inline]
pub(crate) const fn frac_bits<F: LdFmt>() -> u32 {
    F::P - 1
}

/// The quiet bit of a NaN.
#[inline]
pub(crate) const fn quiet_bit<F: LdFmt>() -> u128 {
    1 << (F::P - 2)
}

/// +inf (or -inf).
#[inline]
pub(crate) const fn inf<F: LdFmt>(neg: bool) -> u128 {
    let s = if neg { sign_bit::<F>() } else { 0 };
    if F::X87 {
        s | (0x7fff << 64) | (1 << 63)
    } else {
        s | (0x7fff << 112)
    }
}

/// The default quiet NaN (positive, as glibc's `nanl("")`).
#[inline]
pub(crate) const fn qnan<F: LdFmt>() -> u128 {
    inf::<F>(false) | quiet_bit::<F>()
}

/// ±0.
#[inline]
pub(crate) const fn zero<F: LdFmt>(neg: bool) -> u128 {
    if neg { sign_bit::<F>() } else { 0 }
}

/// Decode a pattern. x87 unnormals and pseudo-infinities/NaNs (integer
/// bit clear with a nonzero exponent) are invalid operands to the FPU;
/// they are NaNs here. Pseudo-denormals read as their value.
pub(crate) fn decode<F: LdFmt>(b: u128) -> Dec {
    let b = mask::<F>(b);
    let neg = b & sign_bit::<F>() != 0;
    let be = bexp::<F>(b);
    let fb = frac_bits::<F>();
    let (k, m) = if F::X87 {
        let m = b as u64 as u128;
        if be == 0x7fff {
            (if m == 1 << 63 { K::Inf } else { K::Nan }, 0)
        } else if be != 0 && m >> 63 == 0 {
            (K::Nan, 0)
        } else if m == 0 {
            (K::Zero, 0)
        } else {
            (K::Fin, m)
        }
    } else {
        let f = b & ((1 << fb) - 1);
        if be == 0x7fff {
            (if f == 0 { K::Inf } else { K::Nan }, 0)
        } else if be == 0 {
            (if f == 0 { K::Zero } else { K::Fin }, f)
        } else {
            (K::Fin, f | 1 << fb)
        }
    };
    let e = be.max(1) - BIAS - fb as i32;
    Dec {
        k,
        neg,
        w: W::norm(neg, e, m),
    }
}

/// Whether `b` is a signaling NaN.
pub(crate) fn is_snan<F: LdFmt>(b: u128) -> bool {
    decode::<F>(b).k == K::Nan && b & quiet_bit::<F>() == 0
}

/// The NaN result of an operation on NaN `b`: quieted, FE_INVALID in
/// `fl` for a signaling one.
pub(crate) fn quiet<F: LdFmt>(b: u128, fl: &mut u8) -> u128 {
    let b = mask::<F>(b);
    let ok = if F::X87 {
        // Keep the payload of a proper NaN; invalid encodings give the
        // default NaN.
        bexp::<F>(b) == 0x7fff && (b >> 63) & 1 == 1
    } else {
        true
    };
    if is_snan::<F>(b) || !ok {
        *fl |= INVALID;
    }
    if ok {
        b | quiet_bit::<F>()
    } else {
        qnan::<F>()
    }
}

/// The NaN result of a two-operand operation where one is a NaN.
pub(crate) fn quiet2<F: LdFmt>(x: u128, y: u128, fl: &mut u8) -> u128 {
    let (dx, dy) = (decode::<F>(x), decode::<F>(y));
    if dy.k == K::Nan && is_snan::<F>(y) {
        *fl |= INVALID;
    }
    if dx.k == K::Nan {
        quiet::<F>(x, fl)
    } else {
        quiet::<F>(y, fl)
    }
}

/// Two 128-bit words: `(hi, lo)`, compared as one 256-bit number.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(crate) struct U2(pub u128, pub u128);

impl U2 {
    #[inline]
    fn is_zero(self) -> bool {
        self.0 == 0 && self.1 == 0
    }
    #[inline]
    fn lz(self) -> u32 {
        if self.0 != 0 {
            self.0.leading_zeros()
        } else {
            128 + self.1.leading_zeros()
        }
    }
    #[inline]
    fn shl(self, n: u32) -> U2 {
        match n {
            0 => self,
            1..=127 => U2(self.0 << n | self.1 >> (128 - n), self.1 << n),
            128..=255 => U2(self.1 << (n - 128), 0),
            _ => U2(0, 0),
        }
    }
    /// Shift right, ORing the bits lost into bit 0.
    #[inline]
    fn shr_jam(self, n: u32) -> U2 {
        let (r, lost) = match n {
            0 => return self,
            1..=127 => (
                U2(self.0 >> n, self.1 >> n | self.0 << (128 - n)),
                self.1 << (128 - n) != 0,
            ),
            128 => (U2(0, self.0), self.1 != 0),
            129..=255 => (
                U2(0, self.0 >> (n - 128)),
                self.1 != 0 || self.0 << (256 - n) != 0,
            ),
            _ => (U2(0, 0), !self.is_zero()),
        };
        U2(r.0, r.1 | lost as u128)
    }
    #[inline]
    fn add(self, o: U2) -> (U2, bool) {
        let (lo, c) = self.1.overflowing_add(o.1);
        let (hi, c1) = self.0.overflowing_add(o.0);
        let (hi, c2) = hi.overflowing_add(c as u128);
        (U2(hi, lo), c1 || c2)
    }
    #[inline]
    fn sub(self, o: U2) -> U2 {
        let (lo, b) = self.1.overflowing_sub(o.1);
        U2(self.0.wrapping_sub(o.0).wrapping_sub(b as u128), lo)
    }
}

/// The exact 256-bit product of two 128-bit numbers.
pub(crate) fn mul_wide(a: u128, b: u128) -> U2 {
    let (a1, a0) = (a >> 64, a & u64::MAX as u128);
    let (b1, b0) = (b >> 64, b & u64::MAX as u128);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 64) + (p01 & u64::MAX as u128) + (p10 & u64::MAX as u128);
    let lo = (p00 & u64::MAX as u128) | (mid << 64);
    let hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    U2(hi, lo)
}

/// A wide float: `(-1)^neg · m · 2^e`, `m` normalized (bit 127 set) or
/// zero; bit 0 is sticky (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct W {
    pub neg: bool,
    pub e: i32,
    pub m: u128,
}

impl W {
    pub(crate) const ZERO: W = W {
        neg: false,
        e: 0,
        m: 0,
    };
    pub(crate) const ONE: W = W {
        neg: false,
        e: -127,
        m: 1 << 127,
    };

    /// `(-1)^neg · m · 2^e`, normalized.
    #[inline]
    pub(crate) fn norm(neg: bool, e: i32, m: u128) -> W {
        if m == 0 {
            return W { neg, e: 0, m: 0 };
        }
        let z = m.leading_zeros();
        W {
            neg,
            e: e - z as i32,
            m: m << z,
        }
    }

    /// `(-1)^neg · v · 2^e` for a 256-bit `v`, truncated to 128 bits with
    /// sticky.
    pub(crate) fn norm2(neg: bool, e: i32, v: U2) -> W {
        if v.is_zero() {
            return W { neg, e: 0, m: 0 };
        }
        let z = v.lz();
        let v = v.shl(z);
        W {
            neg,
            e: e + 128 - z as i32,
            m: v.0 | (v.1 != 0) as u128,
        }
    }

    /// A signed integer.
    pub(crate) fn from_i(v: i64) -> W {
        W::norm(v < 0, 0, v.unsigned_abs() as u128)
    }

    /// An `f64` (finite), exactly.
    pub(crate) fn from_f64(x: f64) -> W {
        let b = x.to_bits();
        let be = ((b >> 52) & 0x7ff) as i32;
        let f = b & ((1 << 52) - 1);
        let m = if be == 0 { f } else { f | 1 << 52 };
        W::norm(b >> 63 != 0, be.max(1) - 1075, m as u128)
    }

    /// The nearest `f64` (round to nearest, truncating the sticky: for
    /// first guesses, not for results).
    pub(crate) fn to_f64(self) -> f64 {
        if self.m == 0 {
            return 0.0;
        }
        let t = self.top();
        if t > 1023 {
            return if self.neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            };
        }
        if t < -1000 {
            return 0.0;
        }
        let mant = (self.m >> 75) as u64;
        let v = f64::from_bits(((t + 1023) as u64) << 52 | (mant & ((1 << 52) - 1)));
        if self.neg { -v } else { v }
    }

    /// The exponent of the value: `2^top <= |self| < 2^(top+1)`.
    #[inline]
    pub(crate) fn top(self) -> i32 {
        self.e + 127
    }

    #[inline]
    pub(crate) fn is_zero(self) -> bool {
        self.m == 0
    }

    #[inline]
    pub(crate) fn neg(self) -> W {
        W {
            neg: !self.neg,
            ..self
        }
    }

    #[inline]
    pub(crate) fn abs(self) -> W {
        W { neg: false, ..self }
    }

    /// `self · 2^k` (exact).
    #[inline]
    pub(crate) fn scale(self, k: i32) -> W {
        if self.m == 0 {
            self
        } else {
            W {
                e: self.e + k,
                ..self
            }
        }
    }

    /// Compare magnitudes.
    pub(crate) fn cmp_abs(self, o: W) -> Ordering {
        match (self.m == 0, o.m == 0) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => (self.e, self.m).cmp(&(o.e, o.m)),
        }
    }

    /// Compare values (zeros equal).
    pub(crate) fn cmp(self, o: W) -> Ordering {
        let sa = self.m != 0 && self.neg;
        let sb = o.m != 0 && o.neg;
        match (sa, sb) {
            (false, true) => {
                if self.m == 0 && o.m == 0 {
                    Ordering::Equal
                } else {
                    Ordering::Greater
                }
            }
            (true, false) => Ordering::Less,
            (false, false) => self.cmp_abs(o),
            (true, true) => o.cmp_abs(self),
        }
    }

    /// `self + o` (an exact zero is +0).
    pub(crate) fn add(self, o: W) -> W {
        add2(
            self.neg,
            self.e - 128,
            U2(self.m, 0),
            o.neg,
            o.e - 128,
            U2(o.m, 0),
        )
    }

    /// `self - o`.
    #[inline]
    pub(crate) fn sub(self, o: W) -> W {
        self.add(o.neg())
    }

    /// `self · o`.
    pub(crate) fn mul(self, o: W) -> W {
        W::norm2(self.neg != o.neg, self.e + o.e, mul_wide(self.m, o.m))
    }

    /// `self / o` (o nonzero).
    pub(crate) fn div(self, o: W) -> W {
        if self.m == 0 {
            return W::ZERO;
        }
        let (mut r, d) = (self.m, o.m);
        let q0 = if r >= d {
            r -= d;
            1
        } else {
            0
        };
        let mut q: u128 = 0;
        for _ in 0..128 {
            let c = r >> 127;
            r <<= 1;
            q <<= 1;
            if c == 1 || r >= d {
                r = r.wrapping_sub(d);
                q |= 1;
            }
        }
        W::norm2(
            self.neg != o.neg,
            self.e - o.e - 128,
            U2(q0, q | (r != 0) as u128),
        )
    }

    /// `1 / self`.
    #[inline]
    pub(crate) fn recip(self) -> W {
        W::ONE.div(self)
    }

    /// `sqrt(|self|)`.
    pub(crate) fn sqrt(self) -> W {
        sqrt2(self.e - 128, U2(self.m, 0))
    }
}

/// `a + b` for two 256-bit significands `(-1)^n · v · 2^e`, exact before
/// the final truncation to 128 bits (the smaller operand is shifted with
/// sticky, which only matters far below the result's 128th bit).
pub(crate) fn add2(na: bool, ea: i32, a: U2, nb: bool, eb: i32, b: U2) -> W {
    let (n, e, v) = add2_full(na, ea, a, nb, eb, b);
    W::norm2(n, e, v)
}

/// `add2` before the truncation: `(-1)^n · v · 2^e` (v has sticky in
/// bit 0 when the smaller operand lay more than 256 bits below).
pub(crate) fn add2_full(na: bool, ea: i32, a: U2, nb: bool, eb: i32, b: U2) -> (bool, i32, U2) {
    if a.is_zero() {
        return (nb, eb, b);
    }
    if b.is_zero() {
        return (na, ea, a);
    }
    let (za, zb) = (a.lz(), b.lz());
    let (a, ea) = (a.shl(za), ea - za as i32);
    let (b, eb) = (b.shl(zb), eb - zb as i32);
    let ((nx, ex, x), (ny, ey, y)) = if (ea, a) >= (eb, b) {
        ((na, ea, a), (nb, eb, b))
    } else {
        ((nb, eb, b), (na, ea, a))
    };
    let d = (ex as i64 - ey as i64).min(300) as u32;
    let y = y.shr_jam(d);
    if nx == ny {
        let (s, c) = x.add(y);
        if c {
            let s = s.shr_jam(1);
            (nx, ex + 1, U2(s.0 | 1 << 127, s.1))
        } else {
            (nx, ex, s)
        }
    } else {
        (nx, ex, x.sub(y))
    }
}

/// A 256-bit value as two wide floats, hi + lo (lo carries the bits
/// below hi's 128, same sign).
pub(crate) fn split2(neg: bool, e: i32, v: U2) -> (W, W) {
    if v.is_zero() {
        return (W::ZERO, W::ZERO);
    }
    let z = v.lz();
    let v = v.shl(z);
    let e = e - z as i32;
    (W::norm(neg, e + 128, v.0), W::norm(neg, e, v.1))
}

/// `sqrt(v · 2^e)` for a 256-bit `v`: the 128-bit root with sticky.
pub(crate) fn sqrt2(e: i32, v: U2) -> W {
    if v.is_zero() {
        return W::ZERO;
    }
    let z = v.lz();
    let mut v = v.shl(z);
    let mut e = e - z as i32;
    // Make the exponent even: v · 2^e = (v/2) · 2^(e+1).
    if e & 1 != 0 {
        v = v.shr_jam(1);
        e += 1;
    }
    // Digit-by-digit root of the 256-bit integer v: 128 bits.
    let mut rem = U2(0, 0);
    let mut root: u128 = 0;
    for i in (0..128).rev() {
        let two = if i >= 64 {
            (v.0 >> (2 * (i - 64))) & 3
        } else {
            (v.1 >> (2 * i)) & 3
        };
        rem = rem.shl(2);
        rem.1 |= two;
        // trial = 4·root + 1 (root < 2^127 here, so it fits in U2).
        let trial = U2(root >> 126, root << 2 | 1);
        root <<= 1;
        if rem >= trial {
            rem = rem.sub(trial);
            root |= 1;
        }
    }
    W::norm(false, e / 2, root | (!rem.is_zero()) as u128)
}

/// `x · y + z` exactly, truncated once to 128 bits with sticky.
pub(crate) fn fma_w(x: W, y: W, z: W) -> W {
    add2(
        x.neg != y.neg,
        x.e + y.e,
        mul_wide(x.m, y.m),
        z.neg,
        z.e - 128,
        U2(z.m, 0),
    )
}

/// Round the significand `m` (value `m · 2^-s` relative to the result's
/// unit) in direction `dir`: the integer and whether it was inexact.
fn rnd(m: u128, s: u32, neg: bool, dir: Dir) -> (u128, bool) {
    let (q, half, rest) = match s {
        0 => (m, false, false),
        1..=127 => (
            m >> s,
            (m >> (s - 1)) & 1 == 1,
            m & ((1u128 << (s - 1)) - 1) != 0,
        ),
        128 => (0, m >> 127 == 1, m << 1 != 0),
        _ => (0, false, m != 0),
    };
    let inexact = half || rest;
    let up = match dir {
        Dir::Nearest => half && (rest || q & 1 == 1),
        Dir::Up => !neg && inexact,
        Dir::Down => neg && inexact,
        Dir::Zero => false,
    };
    (q + up as u128, inexact)
}

/// Whether tininess is detected before rounding (aarch64) or after
/// (x86, riscv64): IEEE 754 leaves it to the implementation.
const TINY_BEFORE: bool = cfg!(target_arch = "aarch64");

/// Round `w` once to format `F` in direction `dir`: the pattern, with
/// the flags (inexact, underflow, overflow) ORed into `fl`.
pub(crate) fn round<F: LdFmt>(w: W, dir: Dir, fl: &mut u8) -> u128 {
    if w.m == 0 {
        return zero::<F>(w.neg);
    }
    let t = w.top();
    let p = F::P as i32;
    let mut ex = t.max(EMIN);
    // Bits of m below the result's last place.
    let s = (ex - (p - 1) - w.e) as u32;
    let (mut q, inexact) = rnd(w.m, s, w.neg, dir);
    if q >> F::P != 0 {
        q >>= 1;
        ex += 1;
    }
    if ex > EMAX {
        *fl |= OVERFLOW | INEXACT;
        let to_inf = match dir {
            Dir::Nearest => true,
            Dir::Zero => false,
            Dir::Up => !w.neg,
            Dir::Down => w.neg,
        };
        return if to_inf {
            inf::<F>(w.neg)
        } else {
            max_finite::<F>(w.neg)
        };
    }
    if inexact {
        *fl |= INEXACT;
        if t < EMIN {
            // After rounding: tiny unless rounding to p bits with an
            // unbounded exponent carries up to 2^EMIN.
            let tiny = TINY_BEFORE
                || t < EMIN - 1
                || rnd(w.m, (128 - p) as u32, w.neg, dir).0 >> F::P == 0;
            if tiny {
                *fl |= UNDERFLOW;
            }
        }
    }
    let s = if w.neg { sign_bit::<F>() } else { 0 };
    if F::X87 {
        let field = if q >> 63 != 0 { ex + BIAS } else { 0 };
        s | (field as u128) << 64 | q
    } else {
        // The integer bit carries into the exponent field.
        s | (((ex + BIAS - 1) as u128) << 112).wrapping_add(q)
    }
}

/// The largest finite value.
pub(crate) const fn max_finite<F: LdFmt>(neg: bool) -> u128 {
    let s = if neg { sign_bit::<F>() } else { 0 };
    if F::X87 {
        s | (0x7ffe << 64) | u64::MAX as u128
    } else {
        s | (0x7ffe << 112) | ((1 << 112) - 1)
    }
}

/// Round in the current direction and raise the flags.
pub(crate) fn finish<F: LdFmt>(w: W) -> u128 {
    let mut fl = 0;
    let r = round::<F>(w, crate::arch::math::round_dir(), &mut fl);
    raise(fl);
    r
}

/// Encode an exactly representable value (no flags).
pub(crate) fn exact<F: LdFmt>(w: W) -> u128 {
    let mut fl = 0;
    round::<F>(w, Dir::Zero, &mut fl)
}
