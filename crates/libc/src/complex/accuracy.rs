//! Accuracy of the complex functions against MPC (the system's
//! libmpc.so.3, MPFR's complex library and, like libmpfr, a dependency of
//! gcc), loaded with `dlopen` so that no -dev package and no link-time
//! dependency is needed; where it is missing the test says so and passes.
//!
//! For each function and format, random inputs over several regions (the
//! whole exponent range, moderate values, the unit circle, the branch
//! points ±1 and ±i with tiny other parts, tiny values) are evaluated by
//! MPC at 256 bits, correctly rounded there, and each part's error is
//! measured in ulps of that part in the format (2^-1074 or 2^-149 at the
//! bottom). `FERRO_COMPLEX_N` sets the inputs per function (default 600;
//! the README's table is from 200000) and `--nocapture` prints the table.
use super::tests::Rng;
use super::*;
use core::ffi::{c_char, c_int, c_long, c_void};

#[repr(C)]
struct Mpfr {
    prec: c_long,
    sign: c_int,
    exp: c_long,
    d: *mut c_void,
}
#[repr(C)]
struct Mpc {
    re: Mpfr,
    im: Mpfr,
}

unsafe extern "C" {
    fn dlopen(file: *const c_char, flag: c_int) -> *mut c_void;
    fn dlsym(h: *mut c_void, sym: *const c_char) -> *mut c_void;
}

type Un = unsafe extern "C" fn(*mut Mpc, *const Mpc, c_int) -> c_int;
type Bin = unsafe extern "C" fn(*mut Mpc, *const Mpc, *const Mpc, c_int) -> c_int;
type ToReal = unsafe extern "C" fn(*mut Mpfr, *const Mpc, c_int) -> c_int;

struct Lib {
    h: *mut c_void,
    mpc_init2: unsafe extern "C" fn(*mut Mpc, c_long),
    mpfr_init2: unsafe extern "C" fn(*mut Mpfr, c_long),
    set_d_d: unsafe extern "C" fn(*mut Mpc, f64, f64, c_int) -> c_int,
    get_d: unsafe extern "C" fn(*const Mpfr, c_int) -> f64,
    sub_d: unsafe extern "C" fn(*mut Mpfr, *const Mpfr, f64, c_int) -> c_int,
}

impl Lib {
    #[allow(clippy::missing_transmute_annotations)]
    fn open() -> Option<Lib> {
        // SAFETY: dlopen/dlsym with NUL-terminated names; the symbols have
        // the documented MPC/MPFR signatures transmuted to below.
        unsafe {
            let h = dlopen(c"libmpc.so.3".as_ptr(), 2);
            if h.is_null() {
                return None;
            }
            let s = |n: &core::ffi::CStr| {
                let p = dlsym(h, n.as_ptr());
                assert!(!p.is_null(), "{n:?} missing");
                p
            };
            Some(Lib {
                h,
                mpc_init2: core::mem::transmute(s(c"mpc_init2")),
                mpfr_init2: core::mem::transmute(s(c"mpfr_init2")),
                set_d_d: core::mem::transmute(s(c"mpc_set_d_d")),
                get_d: core::mem::transmute(s(c"mpfr_get_d")),
                sub_d: core::mem::transmute(s(c"mpfr_sub_d")),
            })
        }
    }
    fn sym(&self, n: &core::ffi::CStr) -> *mut c_void {
        // SAFETY: as in `open`.
        let p = unsafe { dlsym(self.h, n.as_ptr()) };
        assert!(!p.is_null(), "{n:?} missing");
        p
    }
}

/// How a function is computed by us and by MPC.
#[derive(Clone, Copy)]
enum Kind {
    Un(fn(f64, f64) -> (f64, f64), &'static core::ffi::CStr),
    Real(fn(f64, f64) -> f64, &'static core::ffi::CStr),
    Pow,
}

/// Input regions.
#[derive(Clone, Copy)]
enum Reg {
    Wide,
    Moderate,
    Circle,
    Branch,
    Tiny,
}

fn input(rng: &mut Rng, reg: Reg, float: bool, cap: i32) -> (f64, f64) {
    let (emin, emax) = if float { (-149, 127) } else { (-1074, 1023) };
    let emax = emax.min(cap);
    let (x, y) = match reg {
        Reg::Wide => (rng.val(emin, emax), rng.val(emin, emax)),
        Reg::Moderate => (rng.val(-6, 4), rng.val(-6, 4)),
        Reg::Circle => {
            let t = rng.val(-10, 2);
            let r = 1.0 + rng.val(-60, -3);
            (r * t.cos(), r * t.sin())
        }
        Reg::Branch => {
            let s = if rng.next() & 1 == 0 { 1.0 } else { -1.0 };
            let a = s * (1.0 + rng.val(-60, -1));
            let b = rng.val(emin, -1);
            if rng.next() & 1 == 0 { (a, b) } else { (b, a) }
        }
        Reg::Tiny => (rng.val(emin, -20), rng.val(emin, -20)),
    };
    if float {
        (x as f32 as f64, y as f32 as f64)
    } else {
        (x, y)
    }
}

/// Error of `r` against the exact `hi + lo` in ulps of the format.
fn err(r: f64, hi: f64, lo: f64, float: bool) -> Option<f64> {
    let (mant, emin) = if float { (23, -149) } else { (52, -1074) };
    let (hi, lo) = if float {
        let h = hi as f32 as f64;
        (h, (hi - h) + lo)
    } else {
        (hi, lo)
    };
    if !hi.is_finite() || !r.is_finite() {
        // Overflow in the format: both infinite with one sign is exact.
        let lim = if float { f32::MAX as f64 } else { f64::MAX };
        let same = (r.is_nan() && hi.is_nan())
            || (r == hi)
            || (r.abs() >= lim && hi.abs() >= lim && r.signum() == hi.signum());
        return if same { Some(0.0) } else { None };
    }
    let e = if hi == 0.0 {
        emin
    } else {
        (hi.abs().log2().floor() as i32 - mant).max(emin)
    };
    let ulp = if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1 << (e + 1074))
    };
    Some(((r - hi) - lo).abs() / ulp)
}

#[test]
#[allow(clippy::missing_transmute_annotations)]
fn accuracy_against_mpc() {
    let Some(lib) = Lib::open() else {
        println!("libmpc.so.3 not found: complex accuracy not measured");
        return;
    };
    let n: usize = std::env::var("FERRO_COMPLEX_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    let funcs: &[(&str, Kind, f64)] = &[
        ("cacos", Kind::Un(cacos, c"mpc_acos"), 4.0),
        ("cacosh", Kind::Un(cacosh, c"mpc_acosh"), 4.0),
        ("casin", Kind::Un(casin, c"mpc_asin"), 4.0),
        ("casinh", Kind::Un(casinh, c"mpc_asinh"), 4.0),
        ("catan", Kind::Un(catan, c"mpc_atan"), 4.0),
        ("catanh", Kind::Un(catanh, c"mpc_atanh"), 4.0),
        ("ccos", Kind::Un(ccos, c"mpc_cos"), 4.0),
        ("ccosh", Kind::Un(ccosh, c"mpc_cosh"), 4.0),
        ("cexp", Kind::Un(cexp, c"mpc_exp"), 4.0),
        ("clog", Kind::Un(clog, c"mpc_log"), 4.0),
        ("clog10", Kind::Un(clog10, c"mpc_log10"), 4.0),
        ("csin", Kind::Un(csin, c"mpc_sin"), 4.0),
        ("csinh", Kind::Un(csinh, c"mpc_sinh"), 4.0),
        ("csqrt", Kind::Un(csqrt, c"mpc_sqrt"), 4.0),
        ("ctan", Kind::Un(ctan, c"mpc_tan"), 4.5),
        ("ctanh", Kind::Un(ctanh, c"mpc_tanh"), 4.5),
        ("cabs", Kind::Real(cabs, c"mpc_abs"), 1.0),
        ("carg", Kind::Real(carg, c"mpc_arg"), 2.0),
        ("cpow", Kind::Pow, f64::INFINITY),
    ];
    const PREC: c_long = 256;
    // SAFETY: MPC/MPFR objects initialised before use and used through
    // the library's own functions only; they live to the end of the test.
    unsafe {
        let mut z: Mpc = core::mem::zeroed();
        let mut w: Mpc = core::mem::zeroed();
        let mut r: Mpc = core::mem::zeroed();
        let mut t: Mpfr = core::mem::zeroed();
        let mut u: Mpfr = core::mem::zeroed();
        (lib.mpc_init2)(&mut z, PREC);
        (lib.mpc_init2)(&mut w, PREC);
        (lib.mpc_init2)(&mut r, PREC);
        (lib.mpfr_init2)(&mut t, PREC);
        (lib.mpfr_init2)(&mut u, PREC);
        let parts = |m: *const Mpfr, t: *mut Mpfr| {
            let hi = (lib.get_d)(m, 0);
            (lib.sub_d)(t, m, hi, 0);
            (hi, (lib.get_d)(t, 0))
        };
        let mut bad = Vec::new();
        println!(
            "{:<8} {:>9} {:>9} {:>9} {:>9}  (max ulps: double re, im; float re, im)",
            "", "", "", "", ""
        );
        for &(name, kind, bound) in funcs {
            let mut worst = [(0.0f64, 0.0, 0.0); 4];
            let t0 = std::time::Instant::now();
            let mut rng = Rng(0x2545_f491_4f6c_dd1d ^ (name.len() as u64 * 0x9e37_79b9));
            for float in [false, true] {
                for i in 0..n {
                    let reg = match kind {
                        Kind::Pow => Reg::Moderate,
                        _ => [
                            Reg::Wide,
                            Reg::Moderate,
                            Reg::Circle,
                            Reg::Branch,
                            Reg::Tiny,
                        ][i % 5],
                    };
                    // MPC's tan/tanh take minutes on huge arguments (tanh is ±1 there).
                    let cap = if name.contains("tan") && !name.contains("atan") {
                        12
                    } else {
                        1023
                    };
                    let (x, y) = input(&mut rng, reg, float, cap);
                    (lib.set_d_d)(&mut z, x, y, 0);
                    let (ours, exact): ([f64; 2], [(f64, f64); 2]) = match kind {
                        Kind::Un(f, m) => {
                            let mf: Un = core::mem::transmute(lib.sym(m));
                            mf(&mut r, &z, 0);
                            let o = if float {
                                let (a, b) = f(x, y);
                                [a as f32 as f64, b as f32 as f64]
                            } else {
                                let (a, b) = f(x, y);
                                [a, b]
                            };
                            (o, [parts(&r.re, &mut t), parts(&r.im, &mut t)])
                        }
                        Kind::Real(f, m) => {
                            let mf: ToReal = core::mem::transmute(lib.sym(m));
                            mf(&mut u, &z, 0);
                            let v = f(x, y);
                            let v = if float { v as f32 as f64 } else { v };
                            ([v, 0.0], [parts(&u, &mut t), (0.0, 0.0)])
                        }
                        Kind::Pow => {
                            let (p, q) = input(&mut rng, Reg::Moderate, float, 4);
                            let (p, q) = (p.clamp(-8.0, 8.0), q.clamp(-8.0, 8.0));
                            (lib.set_d_d)(&mut w, p, q, 0);
                            let mf: Bin = core::mem::transmute(lib.sym(c"mpc_pow"));
                            mf(&mut r, &z, &w, 0);
                            let (a, b) = cpow(x, y, p, q);
                            let o = if float {
                                [a as f32 as f64, b as f32 as f64]
                            } else {
                                [a, b]
                            };
                            (o, [parts(&r.re, &mut t), parts(&r.im, &mut t)])
                        }
                    };
                    for k in 0..2 {
                        let (hi, lo) = exact[k];
                        match err(ours[k], hi, lo, float) {
                            Some(e) => {
                                let slot = &mut worst[k + 2 * float as usize];
                                if e > slot.0 {
                                    *slot = (e, x, y);
                                }
                            }
                            None => bad.push(format!(
                                "{name}{} ({x:e}, {y:e}) part {k}: {:e}, exact {hi:e}",
                                if float { "f" } else { "" },
                                ours[k]
                            )),
                        }
                    }
                }
            }
            println!(
                "{name:<8} {:>6.1}s {:>9.2} {:>9.2} {:>9.2} {:>9.2}",
                t0.elapsed().as_secs_f64(),
                worst[0].0,
                worst[1].0,
                worst[2].0,
                worst[3].0
            );
            if false {
                println!(
                    "{name:<8} {:>9.2} {:>9.2} {:>9.2} {:>9.2}",
                    worst[0].0, worst[1].0, worst[2].0, worst[3].0
                );
            }
            for (j, w) in worst.iter().enumerate() {
                if w.0 > bound {
                    bad.push(format!(
                        "{name} slot {j}: {:.2} ulps at ({:e}, {:e})",
                        w.0, w.1, w.2
                    ));
                }
            }
        }
        assert!(
            bad.is_empty(),
            "{} problems:\n{}",
            bad.len(),
            bad[..bad.len().min(40)].join("\n")
        );
    }
}

/// Error of a `long double` result against the exact `hi + lo` in ulps of
/// the target's format (x87 on the host): `None` when they disagree on an
/// infinity or a NaN.
fn err_l(r: ld::L, hi: f64, lo: f64) -> Option<f64> {
    use crate::math::wide::{K, LdFmt, Native, W, decode};
    let d = decode::<Native>(r.0);
    if d.k == K::Nan || d.k == K::Inf || !hi.is_finite() {
        let same = (d.k == K::Nan && hi.is_nan())
            || (d.k == K::Inf && hi.is_infinite() && d.neg == (hi < 0.0));
        return if same { Some(0.0) } else { None };
    }
    let rw = if d.k == K::Zero { W::ZERO } else { d.w };
    let ex = W::from_f64(hi).add(W::from_f64(lo));
    let p = <Native as LdFmt>::P as i32;
    let e = (ex.top() - (p - 1)).max(-16382 - (p - 1));
    Some(rw.sub(ex).abs().scale(-e).to_f64())
}

/// The `long double` forms (the generic algorithms over [`ld::L`]) against
/// MPC, on arguments that are doubles and results that MPFR can hand back
/// as a double-double (|result| in 2^-900 .. 2^1023; 106 bits cover the
/// x87 format, so this runs where `long double` is x87, i.e. on x86
/// hosts).
#[test]
#[allow(clippy::missing_transmute_annotations)]
fn long_double_accuracy_against_mpc() {
    use crate::math::wide::{LdFmt, Native, W, exact};
    use ld::L;
    if <Native as LdFmt>::P != 64 {
        return;
    }
    let Some(lib) = Lib::open() else {
        println!("libmpc.so.3 not found: long double complex accuracy not measured");
        return;
    };
    let n: usize = std::env::var("FERRO_COMPLEX_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    type Ul = fn(L, L) -> (L, L);
    let funcs: &[(&str, Ul, &core::ffi::CStr, f64)] = &[
        ("cacosl", cacos::<L>, c"mpc_acos", 4.0),
        ("cacoshl", cacosh::<L>, c"mpc_acosh", 4.0),
        ("casinl", casin::<L>, c"mpc_asin", 4.0),
        ("casinhl", casinh::<L>, c"mpc_asinh", 4.0),
        ("catanl", catan::<L>, c"mpc_atan", 4.0),
        ("catanhl", catanh::<L>, c"mpc_atanh", 4.0),
        ("ccosl", ccos::<L>, c"mpc_cos", 4.0),
        ("ccoshl", ccosh::<L>, c"mpc_cosh", 4.0),
        ("cexpl", cexp::<L>, c"mpc_exp", 4.0),
        ("clogl", clog::<L>, c"mpc_log", 4.0),
        ("clog10l", clog10::<L>, c"mpc_log10", 4.0),
        ("csinl", csin::<L>, c"mpc_sin", 4.0),
        ("csinhl", csinh::<L>, c"mpc_sinh", 4.0),
        ("csqrtl", csqrt::<L>, c"mpc_sqrt", 4.0),
        ("ctanl", ctan::<L>, c"mpc_tan", 4.5),
        ("ctanhl", ctanh::<L>, c"mpc_tanh", 4.5),
    ];
    let to_l = |x: f64| L(exact::<Native>(W::from_f64(x)));
    // SAFETY: as in `accuracy_against_mpc`.
    unsafe {
        let mut z: Mpc = core::mem::zeroed();
        let mut r: Mpc = core::mem::zeroed();
        let mut t: Mpfr = core::mem::zeroed();
        (lib.mpc_init2)(&mut z, 256);
        (lib.mpc_init2)(&mut r, 256);
        (lib.mpfr_init2)(&mut t, 256);
        let parts = |m: *const Mpfr, t: *mut Mpfr| {
            let hi = (lib.get_d)(m, 0);
            (lib.sub_d)(t, m, hi, 0);
            (hi, (lib.get_d)(t, 0))
        };
        let mut bad = Vec::new();
        println!("long double (x87): max ulps re, im");
        for &(name, f, m, bound) in funcs {
            let mut worst = [(0.0f64, 0.0, 0.0); 2];
            let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (name.len() as u64 * 0x2545_f491));
            let mf: Un = core::mem::transmute(lib.sym(m));
            let cap = if name.contains("tan") && !name.contains("atan") {
                12
            } else {
                1023
            };
            for i in 0..n {
                let reg = [
                    Reg::Wide,
                    Reg::Moderate,
                    Reg::Circle,
                    Reg::Branch,
                    Reg::Tiny,
                ][i % 5];
                let (x, y) = input(&mut rng, reg, false, cap);
                (lib.set_d_d)(&mut z, x, y, 0);
                mf(&mut r, &z, 0);
                let (a, b) = f(to_l(x), to_l(y));
                for (k, (o, mp)) in [(a, &r.re), (b, &r.im)].into_iter().enumerate() {
                    let (hi, lo) = parts(mp, &mut t);
                    if hi.is_finite() && hi.abs() < 2f64.powi(-900) {
                        continue;
                    }
                    match err_l(o, hi, lo) {
                        Some(e) if e > worst[k].0 => worst[k] = (e, x, y),
                        Some(_) => {}
                        None if hi.is_infinite() => {}
                        None => bad.push(format!("{name} ({x:e}, {y:e}) part {k}")),
                    }
                }
            }
            println!("{name:<8} {:>9.2} {:>9.2}", worst[0].0, worst[1].0);
            for (j, w) in worst.iter().enumerate() {
                if w.0 > bound {
                    bad.push(format!(
                        "{name} part {j}: {:.2} ulps at ({:e}, {:e})",
                        w.0, w.1, w.2
                    ));
                }
            }
        }
        assert!(bad.is_empty(), "{}", bad[..bad.len().min(40)].join("\n"));
    }
}
