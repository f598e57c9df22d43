//! The accuracy harness (host unit tests): each function's error in ulps
//! against the exact result, in all four rounding modes.
//!
//! The reference comes from MPFR (the system's libmpfr, through the small
//! C generator `xtask/src/accuracy/mpfr_ref.c`): for every input the exact
//! value as a double-double `hi + lo` (MPFR at 160 bits, so the error
//! measured here is the function's own to about 2^-100) and glibc's result
//! on the same input. MPFR through a C program rather than the `rug` crate:
//! no GMP/MPFR build from source on every developer machine (the
//! library is already there as a dependency of gcc) and a reference fast
//! enough for 10^6 inputs per function (exp: 1 µs, j0: 10 µs); rather than
//! mpmath: about 20× faster, and correctly rounded by construction.
//!
//! Two entry points:
//! - `fixed`: runs in every `cargo test`, over a checked-in sample
//!   (`accuracy_fixed.bin`: the special values and a hundred random
//!   inputs per function and format, written by `cargo xtask
//!   libm-accuracy --write-fixed`), and fails when a function is worse
//!   than its bound in [`FUNCS`].
//! - `full` (ignored; `cargo xtask libm-accuracy [--n N]` runs it): streams
//!   N inputs per function and format from the generator and prints the
//!   table: max error in each mode, glibc's on the same inputs (nearest).
//!
//! Error of a result `r` against the exact `e`: |r - e| / ulp(e), where
//! ulp is that of the format at e's binade (2^-1074 or 2^-149 at the
//! bottom); a correctly rounded result is within 0.5 to nearest and below
//! 1 in the directed modes. A NaN where the exact result is a number (or
//! the reverse), or a wrong infinity, counts as a special-value mismatch.
use core::ffi::c_int;

/// One function under test: our double and float faces and the bounds
/// (max ulps to nearest, and in the directed modes) the fixed sample must
/// meet.
pub(crate) struct Func {
    pub name: &'static str,
    pub d: Faces<f64>,
    pub f: Faces<f32>,
    /// (double, float) bounds to nearest.
    pub near: (f64, f64),
    /// (double, float) bounds in the directed modes.
    pub dir: (f64, f64),
}

#[derive(Clone, Copy)]
pub(crate) enum Faces<T> {
    One(extern "C" fn(T) -> T),
    Two(extern "C" fn(T, T) -> T),
}

macro_rules! f1 {
    ($n:ident, $nf:ident, $bn:expr, $bf:expr, $dn:expr, $df:expr) => {
        Func {
            name: stringify!($n),
            d: Faces::One(super::$n),
            f: Faces::One(super::$nf),
            near: ($bn, $bf),
            dir: ($dn, $df),
        }
    };
}
macro_rules! f2 {
    ($n:ident, $nf:ident, $bn:expr, $bf:expr, $dn:expr, $df:expr) => {
        Func {
            name: stringify!($n),
            d: Faces::Two(super::$n),
            f: Faces::Two(super::$nf),
            near: ($bn, $bf),
            dir: ($dn, $df),
        }
    };
}

/// Every function the harness measures, with the bounds the fixed sample
/// is held to: the maxima of the full run (10^6 inputs per function and
/// format), rounded up; a float bound of 0.501 / 1.0 is "correctly
/// rounded" (the reference itself is good to about 2^-100).
pub(crate) static FUNCS: &[Func] = &[
    f1!(exp, expf, 1.01, 0.501, 1.01, 1.0),
    f1!(exp2, exp2f, 1.01, 0.501, 1.01, 1.0),
    f1!(exp10, exp10f, 1.6, 0.501, 1.6, 1.0),
    f1!(expm1, expm1f, 1.0, 0.501, 1.0, 1.0),
    f1!(log, logf, 1.0, 0.501, 1.0, 1.0),
    f1!(log2, log2f, 1.0, 0.501, 1.0, 1.0),
    f1!(log10, log10f, 1.0, 0.501, 1.0, 1.0),
    f1!(log1p, log1pf, 1.0, 0.501, 1.0, 1.0),
    f1!(cbrt, cbrtf, 0.501, 0.501, 0.501, 1.0),
    f1!(sin, sinf, 1.0, 0.501, 1.0, 1.0),
    f1!(cos, cosf, 1.0, 0.501, 1.0, 1.0),
    f1!(tan, tanf, 1.0, 0.501, 1.0, 1.0),
    f1!(asin, asinf, 1.0, 0.501, 1.0, 1.0),
    f1!(acos, acosf, 1.0, 0.501, 1.0, 1.0),
    f1!(atan, atanf, 1.0, 0.501, 1.0, 1.0),
    f1!(sinh, sinhf, 1.5, 0.501, 1.5, 1.0),
    f1!(cosh, coshf, 1.3, 0.501, 1.3, 1.0),
    f1!(tanh, tanhf, 2.1, 0.501, 2.1, 1.0),
    f1!(asinh, asinhf, 1.4, 0.501, 1.4, 1.0),
    f1!(acosh, acoshf, 1.0, 0.501, 1.0, 1.0),
    f1!(atanh, atanhf, 1.7, 0.501, 1.7, 1.0),
    f1!(erf, erff, 1.01, 0.501, 1.01, 1.0),
    f1!(erfc, erfcf, 2.7, 0.501, 2.7, 1.0),
    f1!(tgamma, tgammaf, 8.9, 0.501, 8.9, 1.0),
    f1!(lgamma, lgammaf, 46.0, 0.501, 46.0, 1.0),
    f1!(j0, j0f, 4200.0, 0.501, 4200.0, 1.0),
    f1!(j1, j1f, 2700.0, 0.501, 2700.0, 1.0),
    f1!(y0, y0f, 990.0, 0.501, 990.0, 1.0),
    f1!(y1, y1f, 1400.0, 0.501, 1400.0, 1.0),
    f1!(sqrt, sqrtf, 0.501, 0.501, 1.01, 1.0),
    f2!(pow, powf, 1.01, 0.501, 1.01, 1.0),
    f2!(atan2, atan2f, 1.6, 0.501, 1.6, 1.0),
    f2!(hypot, hypotf, 1.0, 0.501, 1.0, 1.0),
];

/// A reference record: the arguments, the exact value, glibc's result.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rec {
    pub x: f64,
    pub y: f64,
    pub hi: f64,
    pub lo: f64,
    pub glibc: f64,
}

/// Records from the generator's byte stream (native-endian f64s).
pub(crate) fn parse(bytes: &[u8], arity: usize) -> Vec<Rec> {
    let w = if arity == 2 { 5 } else { 4 };
    let v: Vec<f64> = bytes
        .chunks_exact(8)
        .map(|c| f64::from_ne_bytes(c.try_into().unwrap()))
        .collect();
    v.chunks_exact(w)
        .map(|c| {
            if w == 5 {
                Rec {
                    x: c[0],
                    y: c[1],
                    hi: c[2],
                    lo: c[3],
                    glibc: c[4],
                }
            } else {
                Rec {
                    x: c[0],
                    y: 0.0,
                    hi: c[1],
                    lo: c[2],
                    glibc: c[3],
                }
            }
        })
        .collect()
}

/// Error of `r` in ulps of a format with `mant` fraction bits, minimum
/// exponent `emin` and largest finite `max`, against `hi + lo`; infinite
/// for a special-value mismatch.
fn err(r: f64, hi: f64, lo: f64, mant: i32, emin: i32, max: f64) -> f64 {
    if hi.is_nan() || r.is_nan() {
        return if hi.is_nan() && r.is_nan() {
            0.0
        } else {
            f64::INFINITY
        };
    }
    // The exact value beyond the format's range rounds to ±inf or ±max.
    let big = hi.abs() > max;
    if r.is_infinite() || big {
        if r.is_infinite() && (big || hi.is_infinite()) && r.signum() == hi.signum() {
            return 0.0;
        }
        if !r.is_infinite() && r.abs() == max && r.signum() == hi.signum() {
            // ±max for an exact value beyond it: a directed-mode result.
            return 0.5;
        }
        if hi.is_infinite() || r.is_infinite() {
            return f64::INFINITY;
        }
    }
    if hi == 0.0 {
        return if r == 0.0 {
            0.0
        } else {
            r.abs() / pow2(emin - mant)
        };
    }
    let mut e = exponent(hi);
    // hi a power of two with the exact value below it: the binade below.
    if hi.abs() == pow2(e) && lo != 0.0 && lo.signum() != hi.signum() {
        e -= 1;
    }
    let ulp = pow2(e.max(emin) - mant);
    ((r - hi) - lo).abs() / ulp
}

/// The binary exponent of a normal double (-1023 for subnormals: below
/// every format's minimum, where `err` clamps).
fn exponent(x: f64) -> i32 {
    ((x.to_bits() >> 52) & 0x7ff) as i32 - 1023
}

fn pow2(e: i32) -> f64 {
    let mut r = 1.0f64;
    let mut e = e;
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    r * 2f64.powi(e)
}

pub(crate) fn err_d(r: f64, rec: &Rec) -> f64 {
    err(r, rec.hi, rec.lo, 52, -1022, f64::MAX)
}

pub(crate) fn err_f(r: f32, rec: &Rec) -> f64 {
    err(r as f64, rec.hi, rec.lo, 23, -126, f32::MAX as f64)
}

/// The four rounding modes, nearest first.
pub(crate) const MODES: [(c_int, &str); 4] = [
    (crate::fenv::FE_TONEAREST, "nearest"),
    (crate::fenv::FE_UPWARD, "up"),
    (crate::fenv::FE_DOWNWARD, "down"),
    (crate::fenv::FE_TOWARDZERO, "zero"),
];

/// The worst error over `recs` of one face in one mode, and its record.
pub(crate) fn worst(face: Face, recs: &[Rec], mode: c_int) -> (f64, Option<Rec>) {
    // Evaluate under the mode, measure under round-to-nearest.
    crate::arch::fenv::set_round(mode);
    let out: Vec<f64> = recs
        .iter()
        .map(|r| match face {
            Face::D(Faces::One(f)) => f(r.x),
            Face::D(Faces::Two(f)) => f(r.x, r.y),
            Face::F(Faces::One(f)) => f(r.x as f32) as f64,
            Face::F(Faces::Two(f)) => f(r.x as f32, r.y as f32) as f64,
        })
        .collect();
    crate::arch::fenv::set_round(crate::fenv::FE_TONEAREST);
    let mut w = (0.0, None);
    for (o, r) in out.iter().zip(recs) {
        let e = match face {
            Face::D(_) => err_d(*o, r),
            Face::F(_) => err_f(*o as f32, r),
        };
        if e > w.0 || (e.is_infinite() && w.1.is_none()) {
            w = (e, Some(*r));
        }
    }
    w
}

/// glibc's worst error (nearest) on the same records.
pub(crate) fn worst_glibc(float: bool, recs: &[Rec]) -> f64 {
    recs.iter()
        .map(|r| {
            if float {
                err_f(r.glibc as f32, r)
            } else {
                err_d(r.glibc, r)
            }
        })
        .fold(0.0, f64::max)
}

#[derive(Clone, Copy)]
pub(crate) enum Face {
    D(Faces<f64>),
    F(Faces<f32>),
}

impl Func {
    pub(crate) fn arity(&self) -> usize {
        match self.d {
            Faces::One(_) => 1,
            Faces::Two(_) => 2,
        }
    }
}

/// The checked-in sample: sections of `name\0`, format byte, arity byte,
/// a little-endian u32 count, then the records.
static FIXED: &[u8] = include_bytes!("accuracy_fixed.bin");

pub(crate) fn sections(mut b: &[u8]) -> Vec<(String, bool, Vec<Rec>)> {
    let mut out = Vec::new();
    while let Some(z) = b.iter().position(|&c| c == 0) {
        let name = String::from_utf8_lossy(&b[..z]).into_owned();
        let float = b[z + 1] == b'f';
        let arity = b[z + 2] as usize;
        let n = u32::from_le_bytes(b[z + 3..z + 7].try_into().unwrap()) as usize;
        let len = n * 8 * if arity == 2 { 5 } else { 4 };
        let body = &b[z + 7..z + 7 + len];
        out.push((name, float, parse(body, arity)));
        b = &b[z + 7 + len..];
    }
    out
}

#[test]
fn fixed() {
    let secs = sections(FIXED);
    assert!(
        secs.len() >= 2 * FUNCS.len(),
        "accuracy_fixed.bin is incomplete"
    );
    let mut bad = Vec::new();
    for (name, float, recs) in &secs {
        let Some(func) = FUNCS.iter().find(|f| f.name == name) else {
            continue;
        };
        let face = if *float {
            Face::F(func.f)
        } else {
            Face::D(func.d)
        };
        for (mode, mname) in MODES {
            let (e, r) = worst(face, recs, mode);
            let lim = match (mode == crate::fenv::FE_TONEAREST, float) {
                (true, false) => func.near.0,
                (true, true) => func.near.1,
                (false, false) => func.dir.0,
                (false, true) => func.dir.1,
            };
            if e > lim {
                bad.push(format!(
                    "{name}{} {mname}: {e:.3} ulp > {lim} at {r:?}",
                    if *float { "f" } else { "" }
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The full run: `cargo xtask libm-accuracy` sets the generator's path
/// and N, and reads the table from the output.
#[test]
#[ignore]
fn full() {
    let generator = std::env::var("FERRO_LIBM_GEN").expect("FERRO_LIBM_GEN");
    let n: usize = std::env::var("FERRO_LIBM_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let only = std::env::var("FERRO_LIBM_ONLY").ok();
    let write = std::env::var("FERRO_LIBM_WRITE_FIXED").ok();
    let mut fixed = Vec::new();
    println!(
        "{:<8} {:>3} {:>9} {:>10} {:>10} {:>10} {:>10} {:>10}  worst input (nearest)",
        "function", "fmt", "inputs", "nearest", "up", "down", "zero", "glibc"
    );
    for func in FUNCS {
        if only
            .as_deref()
            .is_some_and(|o| !o.split(',').any(|x| x == func.name))
        {
            continue;
        }
        for float in [false, true] {
            let out = std::process::Command::new(&generator)
                .args([
                    func.name,
                    if float { "f" } else { "d" },
                    &n.to_string(),
                    "1",
                ])
                .output()
                .expect("run the generator");
            assert!(out.status.success(), "generator failed for {}", func.name);
            let recs = parse(&out.stdout, func.arity());
            let face = if float {
                Face::F(func.f)
            } else {
                Face::D(func.d)
            };
            let mut cols = Vec::new();
            let mut at = None;
            for (mode, _) in MODES {
                let (e, r) = worst(face, &recs, mode);
                if at.is_none() {
                    at = r;
                }
                cols.push(e);
            }
            let g = worst_glibc(float, &recs);
            let fmt = |e: f64| {
                if e.is_infinite() {
                    "special".to_string()
                } else {
                    format!("{e:.3}")
                }
            };
            let arg = at.map_or(String::new(), |r| {
                if func.arity() == 2 {
                    format!("{:e}, {:e}", r.x, r.y)
                } else {
                    format!("{:e}", r.x)
                }
            });
            println!(
                "{:<8} {:>3} {:>9} {:>10} {:>10} {:>10} {:>10} {:>10}  {arg}",
                func.name,
                if float { "f" } else { "d" },
                recs.len(),
                fmt(cols[0]),
                fmt(cols[1]),
                fmt(cols[2]),
                fmt(cols[3]),
                fmt(g)
            );
            if write.is_some() {
                // The sample: the special values and the next 100 inputs.
                let k = recs.len().min(if func.arity() == 2 {
                    27 * 27 + 100
                } else {
                    127
                });
                fixed.extend_from_slice(func.name.as_bytes());
                fixed.push(0);
                fixed.push(if float { b'f' } else { b'd' });
                fixed.push(func.arity() as u8);
                fixed.extend_from_slice(&(k as u32).to_le_bytes());
                for r in &recs[..k] {
                    let mut vals = vec![r.x];
                    if func.arity() == 2 {
                        vals.push(r.y);
                    }
                    vals.extend([r.hi, r.lo, r.glibc]);
                    for v in vals {
                        fixed.extend_from_slice(&v.to_ne_bytes());
                    }
                }
            }
        }
    }
    if let Some(path) = write {
        std::fs::write(&path, &fixed).expect("write the fixed sample");
        println!("wrote {path} ({} bytes)", fixed.len());
    }
}
