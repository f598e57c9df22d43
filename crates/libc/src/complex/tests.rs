//! Host checks of the complex algorithms against the host glibc's
//! `<complex.h>` (the reference for Annex G's unspecified signs): the
//! special-value grid must match exactly (NaN against NaN, zeros and
//! infinities with their signs), ordinary values within a few ulps.
use super::*;

#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub(super) struct Cd {
    pub(super) re: f64,
    pub(super) im: f64,
}

unsafe extern "C" {
    #[link_name = "cacos"]
    fn g_cacos(z: Cd) -> Cd;
    #[link_name = "cacosh"]
    fn g_cacosh(z: Cd) -> Cd;
    #[link_name = "casin"]
    fn g_casin(z: Cd) -> Cd;
    #[link_name = "casinh"]
    fn g_casinh(z: Cd) -> Cd;
    #[link_name = "catan"]
    fn g_catan(z: Cd) -> Cd;
    #[link_name = "catanh"]
    fn g_catanh(z: Cd) -> Cd;
    #[link_name = "ccos"]
    fn g_ccos(z: Cd) -> Cd;
    #[link_name = "ccosh"]
    fn g_ccosh(z: Cd) -> Cd;
    #[link_name = "cexp"]
    fn g_cexp(z: Cd) -> Cd;
    #[link_name = "clog"]
    fn g_clog(z: Cd) -> Cd;
    #[link_name = "clog10"]
    fn g_clog10(z: Cd) -> Cd;
    #[link_name = "cproj"]
    fn g_cproj(z: Cd) -> Cd;
    #[link_name = "csin"]
    fn g_csin(z: Cd) -> Cd;
    #[link_name = "csinh"]
    fn g_csinh(z: Cd) -> Cd;
    #[link_name = "csqrt"]
    fn g_csqrt(z: Cd) -> Cd;
    #[link_name = "ctan"]
    fn g_ctan(z: Cd) -> Cd;
    #[link_name = "ctanh"]
    fn g_ctanh(z: Cd) -> Cd;
}

type Ours = fn(f64, f64) -> (f64, f64);
type Theirs = unsafe extern "C" fn(Cd) -> Cd;

pub(super) static FUNCS: &[(&str, Ours, Theirs)] = &[
    ("cacos", cacos, g_cacos),
    ("cacosh", cacosh, g_cacosh),
    ("casin", casin, g_casin),
    ("casinh", casinh, g_casinh),
    ("catan", catan, g_catan),
    ("catanh", catanh, g_catanh),
    ("ccos", ccos, g_ccos),
    ("ccosh", ccosh, g_ccosh),
    ("cexp", cexp, g_cexp),
    ("clog", clog, g_clog),
    ("clog10", clog10, g_clog10),
    ("cproj", cproj, g_cproj),
    ("csin", csin, g_csin),
    ("csinh", csinh, g_csinh),
    ("csqrt", csqrt, g_csqrt),
    ("ctan", ctan, g_ctan),
    ("ctanh", ctanh, g_ctanh),
];

fn special(x: f64) -> bool {
    x == 0.0 || !x.is_finite()
}

fn same(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || (a == b && a.is_sign_negative() == b.is_sign_negative())
}

/// Distance in ulps between two finite doubles of the same sign region.
pub(super) fn ulps(a: f64, b: f64) -> u64 {
    let k = |x: f64| {
        let i = x.to_bits() as i64;
        if i < 0 { -(i & i64::MAX) } else { i }
    };
    k(a).abs_diff(k(b))
}

const GRID: [f64; 9] = [
    0.0,
    -0.0,
    1.0,
    -1.0,
    2.5,
    -2.5,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
];

#[test]
fn special_values_match_glibc() {
    let mut bad = Vec::new();
    for &(name, ours, theirs) in FUNCS {
        for x in GRID {
            for y in GRID {
                let (a, b) = ours(x, y);
                // SAFETY: glibc's function on a plain value.
                let g = unsafe { theirs(Cd { re: x, im: y }) };
                let ok = |r: f64, e: f64| {
                    if special(e) || special(r) {
                        same(r, e)
                    } else {
                        ulps(r, e) <= 2
                    }
                };
                if !ok(a, g.re) || !ok(b, g.im) {
                    bad.push(format!(
                        "{name}({x}, {y}) = ({a:e}, {b:e}), glibc ({:e}, {:e})",
                        g.re, g.im
                    ));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// A deterministic xorshift stream of doubles over every exponent.
pub(super) struct Rng(pub u64);
impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Random sign, exponent in [lo, hi], random mantissa.
    pub(super) fn val(&mut self, lo: i32, hi: i32) -> f64 {
        let r = self.next();
        let e = lo + (r % ((hi - lo + 1) as u64)) as i32;
        let m = 1.0 + (self.next() >> 12) as f64 / (1u64 << 52) as f64;
        let v = m * 2f64.powi(e);
        if r >> 63 != 0 { -v } else { v }
    }
}

#[test]
fn ordinary_values_near_glibc() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut bad = Vec::new();
    for &(name, ours, theirs) in FUNCS {
        let mut worst = (0u64, 0.0, 0.0);
        for i in 0..20000 {
            let (x, y) = if i % 2 == 0 {
                (rng.val(-1074, 1023), rng.val(-1074, 1023))
            } else {
                (rng.val(-8, 3), rng.val(-8, 3))
            };
            let (a, b) = ours(x, y);
            // SAFETY: glibc's function on a plain value.
            let g = unsafe { theirs(Cd { re: x, im: y }) };
            for (r, e) in [(a, g.re), (b, g.im)] {
                if special(e) || special(r) {
                    if !(same(r, e) || (r.abs() < 1e-300 && e.abs() < 1e-300)) {
                        bad.push(format!(
                            "{name}({x:e}, {y:e}) = ({a:e}, {b:e}), glibc ({:e}, {:e})",
                            g.re, g.im
                        ));
                    }
                } else {
                    let u = ulps(r, e);
                    if u > worst.0 {
                        worst = (u, x, y);
                    }
                }
            }
        }
        println!(
            "{name}: max {} ulps from glibc at ({:e}, {:e})",
            worst.0, worst.1, worst.2
        );
        if worst.0 > 8 && name != "cpow" {
            bad.push(format!(
                "{name}: {} ulps from glibc at ({:e}, {:e})",
                worst.0, worst.1, worst.2
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad[..bad.len().min(40)].join("\n")
    );
}

#[test]
fn signed_zeros_in_directed_modes() {
    for mode in [
        crate::fenv::FE_DOWNWARD,
        crate::fenv::FE_UPWARD,
        crate::fenv::FE_TOWARDZERO,
    ] {
        crate::arch::fenv::set_round(mode);
        let l = clog(1.0, 0.0);
        let t = catanh(0.0, 0.0);
        let a = catanh(1.0, 0.0);
        let q = csqrt(-4.0, 0.0);
        crate::arch::fenv::set_round(crate::fenv::FE_TONEAREST);
        assert!(same(l.0, 0.0) && same(l.1, 0.0), "{mode}: clog(1) = {l:?}");
        assert!(
            same(t.0, 0.0) && same(t.1, 0.0),
            "{mode}: catanh(0) = {t:?}"
        );
        assert!(
            a.0 == f64::INFINITY && same(a.1, 0.0),
            "{mode}: catanh(1) = {a:?}"
        );
        assert!(same(q.0, 0.0) && q.1 == 2.0, "{mode}: csqrt(-4) = {q:?}");
    }
}
