//! `<math.h>` for `double` and `float`; the `long double` functions are
//! in `wide.rs` (the two formats and the wide float they compute in),
//! `ldouble.rs` (the exact functions, sqrtl, fmal, hypotl, cbrtl, nanl,
//! and every `long double` C face), `ldexp.rs` (exponentials,
//! logarithms, powl, hyperbolic), `ldtrig.rs`, `lderf.rs` and
//! `ldgamma.rs`.
//!
//! Design, per family:
//!
//! - **Exact functions** (rounding to integers, remainders, exponent
//!   manipulation, min/max, `nearbyint`, `nan`): written here once over
//!   [`Fp`], a view of a binary format as its bit pattern widened to `u64`
//!   (sign, biased exponent, fraction). The work is integer bit
//!   manipulation, so the result is exact by construction and independent
//!   of the compiler's floating-point assumptions. Where C requires the
//!   current rounding mode (`rint`, `ldexp` into the subnormal range) or a
//!   floating-point exception, one real floating-point operation is forced
//!   with [`black_box`], since rustc assumes round-to-nearest and no flag
//!   observers. `nearbyint` reads the rounding direction from the control
//!   register (`arch::math::round_dir`) and picks the exact integer
//!   rounding, so it never raises FE_INEXACT.
//! - **Hardware-exact operations**: `sqrt` and `fma` are the arch's
//!   instructions (`arch::math`; x86 `fma` is the `libm` crate's, which
//!   uses the FMA instruction when cpuid reports it and an exact integer
//!   algorithm otherwise).
//! - **Transcendental and special functions, `double`** (exp/log family,
//!   pow, trig, hyperbolic, erf, gamma, Bessel, cbrt, hypot): the `libm`
//!   crate (0.2.16, a port of musl's libm plus generic code; `no_std`, no
//!   allocation), chosen over writing kernels because it is musl's code at
//!   musl's speed and within glibc's error for most functions (measured:
//!   `cargo xtask libm-accuracy`, the table in `accuracy.rs`'s output).
//!   Its kernels assume round-to-nearest (fdlibm's argument reductions are
//!   millions of ulps off otherwise), so each runs inside [`rn`], which
//!   switches the control register to nearest only when it is not and
//!   gives the caller's direction back without touching the flags: the
//!   result is then accurate in every mode (rounded to nearest). `exp10`
//!   has its own kernel ([`exp10_kernel`]: the crate's is 3 ulps off).
//! - **The same functions for `float`**: the double kernel, then one
//!   rounding to float in the caller's mode ([`fd`]). The double result is
//!   within about 2^-29 of a float ulp of the exact value, so the float
//!   result is the correctly rounded one in all four modes except for
//!   inputs within that distance of a rounding boundary — none among the
//!   10^6 random inputs per function the harness tries. This replaces the
//!   crate's float kernels (about 1 ulp, and wrong in the directed modes)
//!   at the cost of a double evaluation.
//! - **The C faces** (`trans.rs`) add what the crate does not do: `errno`
//!   (glibc's `math_errhandling` is `MATH_ERRNO | MATH_ERREXCEPT`), and the
//!   FE_INVALID / FE_DIVBYZERO / FE_OVERFLOW / FE_UNDERFLOW flags of Annex
//!   F, raised with forced operations because the crate returns many
//!   special results as constants the compiler folded. Where the crate is
//!   wrong the face fixes the case: `acosh` of x <= -2 (a number, not NaN),
//!   the sign of J₁/Jₙ/Yₙ at ±inf, spurious underflow in `exp10` and `pow`
//!   with tiny arguments.
//!
//! `errno` follows glibc: `EDOM` on domain errors, `ERANGE` on poles,
//! overflow and underflow to zero (for its float exp family also at the
//! least subnormal). Written from the standard (C17 7.12 and Annex F) and
//! glibc's observed behaviour, not from another libm.
use crate::types::*;
use core::hint::black_box;
use syscall::errno::{EDOM, ERANGE};

mod exact;
mod generic;
pub mod ldbessel;
pub mod lderf;
pub mod ldexp;
pub mod ldgamma;
pub mod ldouble;
pub mod ldtrig;
mod trans;
pub(crate) mod wide;
pub use exact::*;
pub use trans::*;

#[cfg(test)]
mod accuracy;
#[cfg(test)]
mod ldtests;
#[cfg(test)]
mod tests;

/// A binary floating-point format, seen through its bits widened to u64.
pub(crate) trait Fp: Copy + PartialOrd + core::ops::Add<Output = Self> {
    /// Explicit fraction bits (52 or 23).
    const MANT: u32;
    /// Exponent field width (11 or 8).
    const EXPW: u32;
    fn to_u(self) -> u64;
    fn from_u(u: u64) -> Self;
    fn sub(self, o: Self) -> Self;
    fn mul(self, o: Self) -> Self;
    fn div(self, o: Self) -> Self;
    fn from_i(v: i32) -> Self;
    /// Round-trip through i64 (|self| < 2^63).
    fn to_i64(self) -> i64;

    const BIAS: i32 = (1 << (Self::EXPW - 1)) - 1;
    const SIGN: u64 = 1 << (Self::MANT + Self::EXPW);
    const EMAX: u64 = (1 << Self::EXPW) - 1;
    const FRAC: u64 = (1 << Self::MANT) - 1;

    #[inline]
    fn abs_u(self) -> u64 {
        self.to_u() & !Self::SIGN
    }
    #[inline]
    fn neg(self) -> bool {
        self.to_u() & Self::SIGN != 0
    }
    #[inline]
    fn bexp(self) -> u64 {
        self.abs_u() >> Self::MANT
    }
    #[inline]
    fn is_nan(self) -> bool {
        self.abs_u() > Self::EMAX << Self::MANT
    }
    #[inline]
    fn is_inf(self) -> bool {
        self.abs_u() == Self::EMAX << Self::MANT
    }
    #[inline]
    fn is_zero(self) -> bool {
        self.abs_u() == 0
    }
    /// 2^e for a normal exponent e.
    #[inline]
    fn pow2(e: i32) -> Self {
        Self::from_u(((e + Self::BIAS) as u64) << Self::MANT)
    }
    #[inline]
    fn with_sign(self, neg: bool) -> Self {
        Self::from_u(self.abs_u() | if neg { Self::SIGN } else { 0 })
    }
}

impl Fp for f64 {
    const MANT: u32 = 52;
    const EXPW: u32 = 11;
    #[inline]
    fn to_u(self) -> u64 {
        self.to_bits()
    }
    #[inline]
    fn from_u(u: u64) -> Self {
        f64::from_bits(u)
    }
    #[inline]
    fn sub(self, o: Self) -> Self {
        self - o
    }
    #[inline]
    fn mul(self, o: Self) -> Self {
        self * o
    }
    #[inline]
    fn div(self, o: Self) -> Self {
        self / o
    }
    #[inline]
    fn from_i(v: i32) -> Self {
        v as f64
    }
    #[inline]
    fn to_i64(self) -> i64 {
        self as i64
    }
}

impl Fp for f32 {
    const MANT: u32 = 23;
    const EXPW: u32 = 8;
    #[inline]
    fn to_u(self) -> u64 {
        self.to_bits() as u64
    }
    #[inline]
    fn from_u(u: u64) -> Self {
        f32::from_bits(u as u32)
    }
    #[inline]
    fn sub(self, o: Self) -> Self {
        self - o
    }
    #[inline]
    fn mul(self, o: Self) -> Self {
        self * o
    }
    #[inline]
    fn div(self, o: Self) -> Self {
        self / o
    }
    #[inline]
    fn from_i(v: i32) -> Self {
        v as f32
    }
    #[inline]
    fn to_i64(self) -> i64 {
        self as i64
    }
}

/// Raise FE_INVALID (0/0 evaluated at run time) and return the NaN.
#[inline(never)]
pub(crate) fn raise_invalid<F: Fp>() -> F {
    let z = black_box(F::from_u(0));
    black_box(z.div(z))
}

/// Set errno (math_errhandling includes MATH_ERRNO).
#[inline]
pub(crate) fn set_errno(e: u32) {
    crate::errno::set(e as c_int);
}

pub(crate) const E_DOM: u32 = EDOM;
pub(crate) const E_RANGE: u32 = ERANGE;

/// C17 7.12.7.5 `sqrt`: correctly rounded (the hardware instruction);
/// `sqrt(x < 0)` is NaN with FE_INVALID and errno EDOM.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sqrt(x: f64) -> f64 {
    let r = crate::arch::math::sqrt(x);
    if x < 0.0 {
        set_errno(EDOM);
    }
    r
}

/// C17 7.12.7.5 `sqrtf`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sqrtf(x: f32) -> f32 {
    let r = crate::arch::math::sqrtf(x);
    if x < 0.0 {
        set_errno(EDOM);
    }
    r
}

/// A rounding direction, as the arch's control register holds it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Dir {
    Nearest,
    Down,
    Up,
    Zero,
}

#[inline]
pub(crate) fn is_fin<F: Fp>(x: F) -> bool {
    !x.is_nan() && !x.is_inf()
}

/// Raise FE_DIVBYZERO (1/0 at run time).
#[inline(never)]
pub(crate) fn raise_divzero() {
    black_box(black_box(1.0f64) / black_box(0.0f64));
}

/// Raise FE_OVERFLOW and FE_INEXACT (DBL_MAX² at run time).
#[inline(never)]
pub(crate) fn raise_overflow() {
    let m = black_box(f64::MAX);
    black_box(m * m);
}

/// Raise FE_UNDERFLOW and FE_INEXACT (DBL_MIN² at run time).
#[inline(never)]
pub(crate) fn raise_underflow() {
    let m = black_box(f64::MIN_POSITIVE);
    black_box(m * m);
}

/// Run a kernel in round-to-nearest: the `libm` crate's argument
/// reductions (`x * 2/pi + 0x1.8p52 - 0x1.8p52` and the like) assume it,
/// and give results millions of ulps off in the directed modes. The
/// caller's direction comes back afterwards, without touching the flags
/// the kernel raised. `black_box` pins the kernel between the two control
/// register writes (rustc would otherwise move floating-point work
/// across them).
#[inline]
pub(crate) fn rn<T, R>(x: T, f: impl FnOnce(T) -> R) -> R {
    let saved = crate::arch::math::nearest_begin();
    let r = black_box(f(black_box(x)));
    crate::arch::math::nearest_end(saved);
    r
}

/// `rn` for two arguments.
#[inline]
pub(crate) fn rn2(x: f64, y: f64, f: impl FnOnce(f64, f64) -> f64) -> f64 {
    rn((x, y), |(x, y)| f(x, y))
}

/// `rn` for the Bessel functions of order n.
#[inline]
pub(crate) fn rnn(n: i32, x: f64, f: impl FnOnce(i32, f64) -> f64) -> f64 {
    rn((n, x), |(n, x)| f(n, x))
}

/// A `float` function through the double kernel: evaluated in
/// round-to-nearest (error about 0.5 ulp of double, 2^-29 of a float ulp),
/// then rounded once to float in the caller's mode. The result is the
/// correctly rounded one except when the exact value lies within that
/// error of a rounding boundary (about one input in 2^28); overflow and
/// underflow come from the conversion, with their flags.
#[inline]
pub(crate) fn fd(x: f32, f: impl FnOnce(f64) -> f64) -> f32 {
    rn(x as f64, f) as f32
}

/// `fd` for two arguments.
#[inline]
pub(crate) fn fd2(x: f32, y: f32, f: impl FnOnce(f64, f64) -> f64) -> f32 {
    rn2(x as f64, y as f64, f) as f32
}

/// `fd` for the Bessel functions of order n.
#[inline]
pub(crate) fn fdn(n: i32, x: f32, f: impl FnOnce(i32, f64) -> f64) -> f32 {
    rnn(n, x as f64, f) as f32
}

/// 10^x for `exp10`: exact for the integers 0..=22 (10^22 is the last
/// power of ten a double holds), else exp(x·ln10) with the product carried
/// to about 106 bits: the crate's exp10 is 3 ulps off, this about 0.52
/// (`x·ln10_hi` split exactly by Dekker's product, the error terms folded
/// in as `r + r·e`). Runs in round-to-nearest (inside `rn`).
pub(crate) fn exp10_kernel(x: f64) -> f64 {
    const LN10_HI: f64 = core::f64::consts::LN_10;
    const LN10_LO: f64 = -2.170_756_223_382_249_4e-16;
    if (0.0..=22.0).contains(&x) && generic::trunc(x) == x {
        let mut r = 1.0;
        for _ in 0..x as u32 {
            r *= 10.0;
        }
        return r;
    }
    let p = x * LN10_HI;
    if x.is_nan() || x.abs() >= 400.0 {
        return libm::exp(p);
    }
    // Dekker: x·LN10_HI = p + t exactly.
    let split = |v: f64| {
        let c = 134_217_729.0 * v;
        let h = c - (c - v);
        (h, v - h)
    };
    let (xh, xl) = split(x);
    let (ch, cl) = split(LN10_HI);
    let t = ((xh * ch - p) + xh * cl + xl * ch) + xl * cl;
    let e = t + x * LN10_LO;
    let r = libm::exp(p);
    if r == 0.0 || r.is_infinite() {
        r
    } else {
        r + r * e
    }
}

/// `scalb(x, n)`: NaNs propagate; an infinite `n` multiplies or divides
/// by it (∞·0 and ∞/∞ are invalid); a non-integral `n` is a domain error;
/// otherwise `scalbn` with `n` clamped (beyond ±65000 every result is 0
/// or ∞ anyway), with glibc's errno.
pub(crate) fn scalb_core<F: Fp>(x: F, n: F) -> F {
    if x.is_nan() || n.is_nan() {
        return x + n;
    }
    if n.is_inf() {
        let r = if n.neg() {
            x.div(F::from_u(n.abs_u()))
        } else {
            x.mul(n)
        };
        if r.is_nan() {
            set_errno(EDOM);
        }
        return r;
    }
    if generic::trunc(n) != n {
        set_errno(EDOM);
        return raise_invalid::<F>();
    }
    let k = if n.abs_u() > F::from_i(65000).to_u() {
        if n.neg() { -65000 } else { 65000 }
    } else {
        n.to_i64()
    };
    let r = generic::scalbn(x, k);
    if (r.is_inf() && !x.is_inf()) || (r.is_zero() && !x.is_zero()) {
        set_errno(ERANGE);
    }
    r
}

/// How an infinity from finite arguments came about.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Inf {
    /// An exact infinite result (log(0), atanh(1)): FE_DIVBYZERO.
    Pole,
    /// A finite result too large: FE_OVERFLOW | FE_INEXACT.
    Overflow,
}

/// errno and flags for a one-argument result. The `libm` crate returns
/// many special results as constants the compiler folded, so the flags
/// C17 Annex F asks for are raised here: a NaN from a non-NaN argument is
/// a domain error (EDOM, FE_INVALID); an infinity from a finite one is a
/// pole or an overflow (ERANGE, FE_DIVBYZERO or FE_OVERFLOW); a
/// subnormal result of these transcendental functions is inexact, so
/// tiny and inexact (FE_UNDERFLOW).
#[inline]
pub(crate) fn e1k<F: Fp>(x: F, r: F, kind: Inf) -> F {
    if r.is_nan() {
        if !x.is_nan() {
            raise_invalid::<F>();
            set_errno(EDOM);
        }
    } else if r.is_inf() {
        if is_fin(x) {
            if kind == Inf::Pole {
                raise_divzero();
            } else {
                raise_overflow();
            }
            set_errno(ERANGE);
        }
    } else if r.bexp() == 0 && !r.is_zero() {
        raise_underflow();
    }
    r
}

/// `e1k` for functions whose infinities from finite arguments are overflows.
#[inline]
pub(crate) fn e1<F: Fp>(x: F, r: F) -> F {
    e1k(x, r, Inf::Overflow)
}

/// `e1k` for functions whose infinities from finite arguments are poles
/// (logarithms, atanh).
#[inline]
pub(crate) fn e1p<F: Fp>(x: F, r: F) -> F {
    e1k(x, r, Inf::Pole)
}

/// `e1`, and for a zero from a nonzero finite argument an underflow
/// (ERANGE, FE_UNDERFLOW): for the functions with no zero there (exp,
/// exp2, exp10, erfc, tgamma, and the Bessel J of order ≠ 0 at x ≠ 0).
#[inline]
pub(crate) fn uf1<F: Fp>(x: F, r: F) -> F {
    if r.is_zero() && is_fin(x) && !x.is_zero() {
        raise_underflow();
        set_errno(ERANGE);
    }
    e1(x, r)
}

/// errno and flags for a two-argument result, as `e1k`.
#[inline]
pub(crate) fn e2k<F: Fp>(x: F, y: F, r: F, kind: Inf) -> F {
    if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            raise_invalid::<F>();
            set_errno(EDOM);
        }
    } else if r.is_inf() && is_fin(x) && is_fin(y) {
        if kind == Inf::Pole {
            raise_divzero();
        } else {
            raise_overflow();
        }
        set_errno(ERANGE);
    }
    r
}

/// `e2k` with overflow for the infinities (hypot).
#[inline]
pub(crate) fn e2<F: Fp>(x: F, y: F, r: F) -> F {
    e2k(x, y, r, Inf::Overflow)
}

/// `pow`: the pole at `pow(±0, y < 0)`, overflow otherwise, and ERANGE for
/// a zero from a finite nonzero base and a finite exponent (underflow:
/// `pow(0, y > 0)` is an exact zero).
#[inline]
pub(crate) fn uf2<F: Fp>(x: F, y: F, r: F) -> F {
    if r.is_zero() && !x.is_zero() && is_fin(x) && is_fin(y) {
        raise_underflow();
        set_errno(ERANGE);
    }
    e2k(
        x,
        y,
        r,
        if x.is_zero() {
            Inf::Pole
        } else {
            Inf::Overflow
        },
    )
}

/// `atan2(y, x)`: ERANGE when a finite nonzero `y` gives zero (underflow).
#[inline]
pub(crate) fn uf_atan2<F: Fp>(y: F, x: F, r: F) -> F {
    if r.is_zero() && !y.is_zero() && is_fin(y) && is_fin(x) {
        raise_underflow();
        set_errno(ERANGE);
    }
    r
}

/// `uf1`, with ERANGE (and FE_UNDERFLOW) also for every argument below
/// `lim`, where glibc reports underflow for results at the least
/// subnormal (its float exp family).
#[inline]
pub(crate) fn uf_below<F: Fp>(x: F, r: F, lim: F) -> F {
    if x < lim && is_fin(x) && !r.is_zero() {
        raise_underflow();
        set_errno(ERANGE);
    }
    uf1(x, r)
}

/// `pow(x, y)` with x positive, finite, not 1 and |y| < 2^-66 (nonzero).
#[inline]
pub(crate) fn tiny_pow_exp<F: Fp>(x: F, y: F) -> bool {
    let ey = y.bexp() as i32 - F::BIAS;
    !y.is_zero() && ey < -66 && !x.neg() && is_fin(x) && !x.is_zero() && x != F::from_i(1)
}

/// The kind of infinities of y0, y1, yn and tgamma: a pole at ±0.
#[inline]
pub(crate) fn pole_at_zero<F: Fp>(x: F) -> Inf {
    if x.is_zero() {
        Inf::Pole
    } else {
        Inf::Overflow
    }
}

/// The kind of lgamma's infinities: poles at the integers ≤ 0.
#[inline]
pub(crate) fn gamma_inf<F: Fp>(x: F) -> Inf {
    if nonpos_int(x) {
        Inf::Pole
    } else {
        Inf::Overflow
    }
}

/// Whether `x` is an integer ≤ 0 (the poles of lgamma).
#[inline]
pub(crate) fn nonpos_int<F: Fp>(x: F) -> bool {
    is_fin(x) && (x.is_zero() || (x.neg() && generic::trunc(x) == x))
}

/// Bessel J₁ and Jₙ: ±0 at ±inf (`neg` gives the sign: they are odd
/// for odd orders), underflow for a zero at x ≠ 0.
#[inline]
pub(crate) fn bessel_inf<F: Fp>(x: F, r: F, neg: bool) -> F {
    if x.is_inf() {
        return F::from_u(0).with_sign(neg);
    }
    uf1(x, r)
}

/// `nearbyint`: the exact integer roundings picked by the current
/// direction — integer work on the bits, so FE_INEXACT is never raised.
pub(crate) fn nearby<F: Fp>(x: F) -> F {
    if x.is_nan() {
        return x + x;
    }
    match crate::arch::math::round_dir() {
        Dir::Nearest => generic::roundeven(x),
        Dir::Down => generic::floor(x),
        Dir::Up => generic::ceil(x),
        Dir::Zero => generic::trunc(x),
    }
}

/// `significand`: `x * 2^-ilogb(x)`, exact; ±0, ±inf and NaN come back
/// as they are, with FE_INVALID and EDOM (glibc's ilogb path).
pub(crate) fn signif<F: Fp>(x: F) -> F {
    if x.is_zero() || !is_fin(x) {
        raise_invalid::<F>();
        set_errno(EDOM);
        return x + x;
    }
    let (m, _) = generic::frexp(x);
    m + m
}

/// The bits of `nan(tag)`: the quiet NaN, with the payload `tag` names
/// when it is a whole n-char-sequence that reads as an unsigned number
/// (`strtoull` base 0; too large saturates), masked to the fraction.
pub(crate) fn nan_bits<F: Fp>(tag: &[u8]) -> u64 {
    let quiet = (F::EMAX << F::MANT) | (1 << (F::MANT - 1));
    let (digits, radix) = match tag {
        [b'0', b'x' | b'X', rest @ ..] => (rest, 16),
        [b'0', rest @ ..] if !rest.is_empty() => (rest, 8),
        _ => (tag, 10),
    };
    if digits.is_empty() {
        // "" and "0" give the default NaN; "0x" is no number.
        return quiet;
    }
    let mut v: u64 = 0;
    for &c in digits {
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u64,
            b'a'..=b'z' => (c - b'a' + 10) as u64,
            b'A'..=b'Z' => (c - b'A' + 10) as u64,
            _ => return quiet,
        };
        if d >= radix {
            return quiet;
        }
        // Too large saturates, as strtoull's ULLONG_MAX.
        v = v.saturating_mul(radix).saturating_add(d);
    }
    quiet | (v & F::FRAC)
}
