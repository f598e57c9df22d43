//! The `long double` forms of `<complex.h>` (C17 7.3, Annex G): [`L`], a
//! `long double` of the target's format (x87 extended on x86_64 and i386,
//! binary128 on aarch64 and riscv64) held as its bit pattern, implements
//! [`Real`], so the algorithms of `mod.rs` serve `long double` unchanged.
//!
//! Every operation of `L` is the IEEE operation of the `long double`
//! format: the exact result (the wide float of `math/wide.rs`) rounded
//! once in the current direction by `finish`, with the flags it implies;
//! the real functions are those of `math/ldouble.rs`, `ldexp.rs` and
//! `ldtrig.rs`. The format's own epsilon, limits, exponent range and
//! `exp` overflow thresholds are the trait constants, so the scalings of
//! `cexp`, `csqrt`, `hull` and `catanh` happen where the format needs
//! them. The C faces are in `c/complex.c`: each part crosses as its bytes
//! in a 16-byte buffer, as for `c/ldmath.c`.
use super::Real;
use crate::math::ldexp;
use crate::math::ldouble;
use crate::math::ldtrig;
use crate::math::wide::{
    DIVZERO, INVALID, K, LdFmt, Native, decode, finish, inf, qnan, quiet2, raise, sign_bit, zero,
};
use core::cmp::Ordering;
use core::ops::{Add, Div, Mul, Neg, Sub};

type N = Native;

/// A `long double` of the target's format, as its bit pattern.
#[derive(Clone, Copy, Debug)]
pub(crate) struct L(pub u128);

/// `2^k` in the target's format.
const fn p2(k: i32) -> L {
    let be = (k + 16383) as u128;
    if <N as LdFmt>::X87 {
        L(be << 64 | 1 << 63)
    } else {
        L(be << 112)
    }
}

/// A constant for each format (x87 pattern, binary128 pattern), each the
/// value rounded to nearest.
const fn pick(x87: u128, q: u128) -> L {
    if <N as LdFmt>::X87 { L(x87) } else { L(q) }
}

/// The NaN result for NaN operands, FE_INVALID raised for a signaling one.
fn nan2(x: u128, y: u128) -> L {
    let mut fl = 0;
    let r = quiet2::<N>(x, y, &mut fl);
    raise(fl);
    L(r)
}

/// The default NaN with FE_INVALID.
fn invalid_nan() -> L {
    raise(INVALID);
    L(qnan::<N>())
}

impl PartialEq for L {
    fn eq(&self, o: &L) -> bool {
        self.partial_cmp(o) == Some(Ordering::Equal)
    }
}

impl PartialOrd for L {
    fn partial_cmp(&self, o: &L) -> Option<Ordering> {
        if self.is_nan() || o.is_nan() {
            None
        } else {
            Some(ldouble::cmp::<N>(self.0, o.0))
        }
    }
}

impl Add for L {
    type Output = L;
    fn add(self, o: L) -> L {
        L(ldouble::add::<N>(self.0, o.0))
    }
}

impl Sub for L {
    type Output = L;
    fn sub(self, o: L) -> L {
        if o.is_nan() {
            return nan2(self.0, o.0);
        }
        L(ldouble::add::<N>(self.0, (-o).0))
    }
}

impl Neg for L {
    type Output = L;
    fn neg(self) -> L {
        L(self.0 ^ sign_bit::<N>())
    }
}

impl Mul for L {
    type Output = L;
    fn mul(self, o: L) -> L {
        let (a, b) = (decode::<N>(self.0), decode::<N>(o.0));
        let neg = a.neg != b.neg;
        match (a.k, b.k) {
            (K::Nan, _) | (_, K::Nan) => nan2(self.0, o.0),
            (K::Inf, K::Zero) | (K::Zero, K::Inf) => invalid_nan(),
            (K::Inf, _) | (_, K::Inf) => L(inf::<N>(neg)),
            (K::Zero, _) | (_, K::Zero) => L(zero::<N>(neg)),
            _ => L(finish::<N>(a.w.mul(b.w))),
        }
    }
}

impl Div for L {
    type Output = L;
    fn div(self, o: L) -> L {
        let (a, b) = (decode::<N>(self.0), decode::<N>(o.0));
        let neg = a.neg != b.neg;
        match (a.k, b.k) {
            (K::Nan, _) | (_, K::Nan) => nan2(self.0, o.0),
            (K::Inf, K::Inf) | (K::Zero, K::Zero) => invalid_nan(),
            (K::Inf, _) => L(inf::<N>(neg)),
            (_, K::Inf) | (K::Zero, _) => L(zero::<N>(neg)),
            (_, K::Zero) => {
                raise(DIVZERO);
                L(inf::<N>(neg))
            }
            _ => L(finish::<N>(a.w.div(b.w))),
        }
    }
}

impl Real for L {
    const ZERO: L = L(0);
    const ONE: L = p2(0);
    const TWO: L = p2(1);
    const HALF: L = p2(-1);
    const QUARTER: L = p2(-2);
    const INF: L = L(inf::<N>(false));
    const PI: L = pick(0x4000c90fdaa22168c235, 0x4000921fb54442d18469898cc51701b8);
    const FRAC_PI_2: L = pick(0x3fffc90fdaa22168c235, 0x3fff921fb54442d18469898cc51701b8);
    const FRAC_PI_4: L = pick(0x3ffec90fdaa22168c235, 0x3ffe921fb54442d18469898cc51701b8);
    const FRAC_3PI_4: L = pick(0x400096cbe3f9990e91a8, 0x40002d97c7f3321d234f272993d1414a);
    const LN2: L = pick(0x3ffeb17217f7d1cf79ac, 0x3ffe62e42fefa39ef35793c7673007e6);
    const INV_LN10: (L, L) = (
        pick(0x3ffdde5bd8a937287195, 0x3ffdbcb7b1526e50e32a6ab7555f5a68),
        pick(0x3fbbd56eaabeb4cf70c9, 0xbf8b1e6e08e5cfedd1b2efee2e0695d8),
    );
    const B_CROSS: L = pick(0x3ffea4467381d7dbf488, 0x3ffe488ce703afb7e90ff972474538ef);
    /// 2^(1-p): 2^-63 (x87), 2^-112 (binary128).
    const EPS: L = p2(1 - <N as LdFmt>::P as i32);
    /// sqrt(2^-16382) · 4.
    const SAFE_MIN: L = p2(-8189);
    /// Just below sqrt(2^16384) / 8.
    const SAFE_MAX: L = p2(8188);
    /// e^-2x below a quarter of the epsilon: x > 22.5 (x87), 39.5.
    const TANH_ONE: L = if <N as LdFmt>::X87 { p2(5) } else { p2(6) };
    /// 11355, below ln(LDBL_MAX) = 11356.52.
    const EXP_SPLIT: L = pick(0x400cb16c000000000000, 0x400c62d8 << 96);
    /// 3 · EXP_SPLIT = 34065, beyond ln(LDBL_MAX / LDBL_TRUE_MIN) = 22787
    /// (x87) and 22821 (binary128).
    const EXP_CLAMP: L = pick(0x400e8511000000000000, 0x400e0a22 << 96);
    /// 2^(p+1).
    const SCALE_UP: (L, i32) = (p2(<N as LdFmt>::P as i32 + 1), <N as LdFmt>::P as i32 + 1);

    fn is_nan(self) -> bool {
        decode::<N>(self.0).k == K::Nan
    }
    fn is_inf(self) -> bool {
        decode::<N>(self.0).k == K::Inf
    }
    fn signbit(self) -> bool {
        self.0 & sign_bit::<N>() != 0
    }
    fn abs(self) -> L {
        L(ldouble::fabs::<N>(self.0))
    }
    fn copysign(self, s: L) -> L {
        L(ldouble::copysign::<N>(self.0, s.0))
    }
    fn scalbn(self, n: i32) -> L {
        L(ldouble::scalbn::<N>(self.0, n as i64))
    }
    fn nan() -> L {
        L(qnan::<N>())
    }
    fn invalid() -> L {
        invalid_nan()
    }
    fn fma(self, a: L, b: L) -> L {
        L(ldouble::fma::<N>(self.0, a.0, b.0))
    }
    fn sqrt(self) -> L {
        L(ldouble::sqrt::<N>(self.0))
    }
    fn exp(self) -> L {
        L(ldexp::exp::<N>(self.0))
    }
    fn log(self) -> L {
        L(ldexp::log::<N>(self.0))
    }
    fn log1p(self) -> L {
        L(ldexp::log1p::<N>(self.0))
    }
    fn sin(self) -> L {
        L(ldtrig::sin::<N>(self.0))
    }
    fn cos(self) -> L {
        L(ldtrig::cos::<N>(self.0))
    }
    fn tan(self) -> L {
        L(ldtrig::tan::<N>(self.0))
    }
    fn sinh(self) -> L {
        L(ldexp::sinh::<N>(self.0))
    }
    fn cosh(self) -> L {
        L(ldexp::cosh::<N>(self.0))
    }
    fn tanh(self) -> L {
        L(ldexp::tanh::<N>(self.0))
    }
    fn asin(self) -> L {
        L(ldtrig::asin::<N>(self.0))
    }
    fn acos(self) -> L {
        L(ldtrig::acos::<N>(self.0))
    }
    fn atan(self) -> L {
        L(ldtrig::atan::<N>(self.0))
    }
    fn atan2(self, x: L) -> L {
        L(ldtrig::atan2::<N>(self.0, x.0))
    }
    fn hypot(self, o: L) -> L {
        L(ldouble::hypot::<N>(self.0, o.0))
    }
    fn exp_split_val() -> L {
        // e^11355, rounded to nearest.
        pick(0x7ffcdf330b6d400a14d9, 0x7ffcbe6616da801429b1f558961dbd27)
    }
}

/// Read a part from the shim's 16-byte buffer.
///
/// # Safety
/// `p` points to 16 readable bytes.
unsafe fn rd(p: *const [u8; 16]) -> L {
    // SAFETY: the caller's contract.
    L(u128::from_le_bytes(unsafe { p.read_unaligned() }))
}

/// Write a result part into the shim's 16-byte buffer.
///
/// # Safety
/// `p` points to 16 writable bytes.
unsafe fn wr(p: *mut [u8; 16], v: L) {
    // SAFETY: the caller's contract.
    unsafe { p.write_unaligned(v.0.to_le_bytes()) };
}

type B = *const [u8; 16];
type O = *mut [u8; 16];

/// The C entry points `__ferro_NAMEl(re, im, out)`: the parts' bytes in,
/// the result's two parts out (`out` is an array of two buffers).
macro_rules! lfaces {
    ($($f:ident $l:ident;)*) => {$(
        #[doc = concat!("C17 7.3 `", stringify!($f), "l` (through the shim in c/complex.c).")]
        ///
        /// # Safety
        /// `x` and `y` point to 16-byte buffers, `out` to two of them.
        #[cfg_attr(not(test), unsafe(no_mangle))]
        pub unsafe extern "C" fn $l(x: B, y: B, out: O) {
            // SAFETY: the shim passes its buffers.
            unsafe {
                let (a, b) = super::$f(rd(x), rd(y));
                wr(out, a);
                wr(out.add(1), b);
            }
        }
    )*};
}

lfaces! {
    cacos __ferro_cacosl;
    cacosh __ferro_cacoshl;
    casin __ferro_casinl;
    casinh __ferro_casinhl;
    catan __ferro_catanl;
    catanh __ferro_catanhl;
    ccos __ferro_ccosl;
    ccosh __ferro_ccoshl;
    cexp __ferro_cexpl;
    clog __ferro_clogl;
    clog10 __ferro_clog10l;
    csin __ferro_csinl;
    csinh __ferro_csinhl;
    csqrt __ferro_csqrtl;
    ctan __ferro_ctanl;
    ctanh __ferro_ctanhl;
}

/// C17 7.3.8.2 `cpowl` (through the shim in c/complex.c).
///
/// # Safety
/// `x`, `y`, `u`, `v` point to 16-byte buffers, `out` to two of them.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_cpowl(x: B, y: B, u: B, v: B, out: O) {
    // SAFETY: the shim passes its buffers.
    unsafe {
        let (a, b) = super::cpow(rd(x), rd(y), rd(u), rd(v));
        wr(out, a);
        wr(out.add(1), b);
    }
}

/// C17 7.3.8.1 `cabsl` (through the shim in c/complex.c).
///
/// # Safety
/// `x`, `y` and `r` point to 16-byte buffers.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_cabsl(x: B, y: B, r: O) {
    // SAFETY: the shim passes its buffers.
    unsafe { wr(r, super::cabs(rd(x), rd(y))) }
}

/// C17 7.3.9.1 `cargl` (through the shim in c/complex.c).
///
/// # Safety
/// `x`, `y` and `r` point to 16-byte buffers.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_cargl(x: B, y: B, r: O) {
    // SAFETY: the shim passes its buffers.
    unsafe { wr(r, super::carg(rd(x), rd(y))) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::wide::{W, exact};

    fn l(x: f64) -> [u8; 16] {
        exact::<N>(W::from_f64(x)).to_le_bytes()
    }
    fn d(b: [u8; 16]) -> f64 {
        let v = decode::<N>(u128::from_le_bytes(b));
        if v.k == K::Zero { 0.0 } else { v.w.to_f64() }
    }
    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-14 * b.abs().max(1e-300)
    }

    type Face = unsafe extern "C" fn(B, B, O);
    type Gen = fn(f64, f64) -> (f64, f64);

    /// Each face agrees with the `double` algorithm on ordinary values.
    #[test]
    fn faces_match_double() {
        let t: [(Face, Gen); 16] = [
            (__ferro_cacosl, super::super::cacos),
            (__ferro_cacoshl, super::super::cacosh),
            (__ferro_casinl, super::super::casin),
            (__ferro_casinhl, super::super::casinh),
            (__ferro_catanl, super::super::catan),
            (__ferro_catanhl, super::super::catanh),
            (__ferro_ccosl, super::super::ccos),
            (__ferro_ccoshl, super::super::ccosh),
            (__ferro_cexpl, super::super::cexp),
            (__ferro_clogl, super::super::clog),
            (__ferro_clog10l, super::super::clog10),
            (__ferro_csinl, super::super::csin),
            (__ferro_csinhl, super::super::csinh),
            (__ferro_csqrtl, super::super::csqrt),
            (__ferro_ctanl, super::super::ctan),
            (__ferro_ctanhl, super::super::ctanh),
        ];
        let args = [(0.5, 0.25), (-3.0, 2.0), (20.0, -0.75), (0.999, 0.001)];
        for (face, gen_) in t {
            for (x, y) in args {
                let (a, b) = (l(x), l(y));
                let mut out = [[0u8; 16]; 2];
                // SAFETY: 16-byte buffers, two for the result.
                unsafe { face(&a, &b, out.as_mut_ptr()) };
                let (re, im) = gen_(x, y);
                assert!(close(d(out[0]), re) && close(d(out[1]), im));
            }
        }
        let mut r = [[0u8; 16]; 2];
        // SAFETY: as above.
        unsafe { __ferro_cpowl(&l(2.0), &l(0.0), &l(0.5), &l(0.0), r.as_mut_ptr()) };
        assert!(close(d(r[0]), core::f64::consts::SQRT_2));
        // SAFETY: as above.
        unsafe { __ferro_cabsl(&l(3.0), &l(-4.0), &mut r[0]) };
        assert_eq!(d(r[0]), 5.0);
        // SAFETY: as above.
        unsafe { __ferro_cargl(&l(-1.0), &l(0.0), &mut r[0]) };
        assert!(close(d(r[0]), core::f64::consts::PI));
    }
}
