//! `ecvt fcvt gcvt` (`<stdlib.h>`, SUSv2 legacy, removed in POSIX.1-2008;
//! glibc and musl keep them): a double's decimal digits through the printf
//! engine (exact, correctly rounded). As glibc: at most 17 digits are
//! asked for, a zero gives `ndigit` zeros with the point after the first,
//! infinities and NaNs give printf's spelling, and `fcvt` with a negative
//! `ndigit` rounds left of the point the way glibc does (the value is
//! divided by ten while that leaves it at least 1).
use crate::types::*;

unsafe extern "C" {
    fn snprintf(buf: *mut u8, n: usize, fmt: *const u8, ...) -> i32;
}

static FMT_E: [u8; 5] = *b"%.*e\0";
static FMT_F: [u8; 5] = *b"%.*f\0";
static FMT_G: [u8; 5] = *b"%.*g\0";

/// The most digits asked of the printf engine, as glibc.
const NDIGIT_MAX: c_int = 17;
/// 17 digits after the point of a number with up to 309 before it.
const BUF: usize = 17 + 309 + 8;

static mut ECVT_BUF: [u8; BUF] = [0; BUF];
static mut FCVT_BUF: [u8; BUF] = [0; BUF];

/// Format `x` with `fmt` and `prec` into `out` (NUL-terminated); its length.
fn print(out: &mut [u8; BUF], fmt: &[u8; 5], prec: c_int, x: f64) -> usize {
    // SAFETY: out holds BUF bytes, enough for 17 digits of any double in
    // these formats; the format takes an int and a double.
    let n = unsafe { snprintf(out.as_mut_ptr(), BUF, fmt.as_ptr(), prec, x) };
    (n.max(0) as usize).min(BUF - 1)
}

/// The digits of `s` (dropping '.'), moved to the front of `out`; returns
/// their count.
fn keep_digits(out: &mut [u8; BUF], len: usize) -> usize {
    let mut w = 0;
    for r in 0..len {
        if out[r].is_ascii_digit() {
            out[w] = out[r];
            w += 1;
        }
    }
    out[w] = 0;
    w
}

/// Shared head: non-finite values and zeros. Some(length) when handled.
fn special(out: &mut [u8; BUF], x: f64, n: c_int, decpt: &mut c_int) -> Option<usize> {
    if !x.is_finite() {
        *decpt = 0;
        return Some(print(out, &FMT_F, 0, x));
    }
    if x == 0.0 {
        let n = n.clamp(0, NDIGIT_MAX) as usize;
        out[..n].fill(b'0');
        out[n] = 0;
        *decpt = 1;
        return Some(n);
    }
    None
}

/// SUSv2 `ecvt`: `ndigit` significant digits of `x` (no point, no sign),
/// with the point's position in `*decpt` and the sign in `*sign`; in a
/// static buffer of its own.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ecvt(
    x: f64,
    ndigit: c_int,
    decpt: *mut c_int,
    sign: *mut c_int,
) -> *mut c_char {
    // SAFETY: the static buffer is only used by ecvt (not thread-safe, as
    // the standard allows).
    let out = unsafe { &mut *(&raw mut ECVT_BUF) };
    let mut dp = 0;
    // SAFETY: the caller's pointers.
    unsafe { *sign = (x.is_sign_negative() && !x.is_nan() && x.is_finite()) as c_int };
    let ax = if x.is_finite() { x.abs() } else { x };
    if special(out, ax, ndigit, &mut dp).is_none() {
        let n = ndigit.min(NDIGIT_MAX);
        let len = print(out, &FMT_E, (n - 1).max(0), ax);
        // "d.ddde±XX": the exponent after the 'e'.
        let e = crate::kernel::find_byte(&out[..len], b'e').unwrap_or(len);
        let mut exp: c_int = 0;
        for &c in &out[e + 2..len] {
            exp = exp * 10 + (c - b'0') as c_int;
        }
        if out.get(e + 1) == Some(&b'-') {
            exp = -exp;
        }
        dp = exp + 1;
        let digits = keep_digits(out, e);
        if n < 1 {
            out[0] = 0;
        } else {
            out[digits.min(n as usize)] = 0;
        }
    }
    // SAFETY: the caller's pointer.
    unsafe { *decpt = dp };
    out.as_mut_ptr() as *mut c_char
}

/// SUSv2 `fcvt`: `x` with `ndigit` digits after the point (no point, no
/// sign, no leading zeros below 1), the point's position in `*decpt`, the
/// sign in `*sign`; in a static buffer of its own.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fcvt(
    x: f64,
    ndigit: c_int,
    decpt: *mut c_int,
    sign: *mut c_int,
) -> *mut c_char {
    // SAFETY: the static buffer is only used by fcvt.
    let out = unsafe { &mut *(&raw mut FCVT_BUF) };
    let mut dp = 0;
    // SAFETY: the caller's pointer.
    unsafe { *sign = (x.is_sign_negative() && !x.is_nan() && x.is_finite()) as c_int };
    let ax = if x.is_finite() { x.abs() } else { x };
    if special(out, ax, ndigit.max(0) + 1, &mut dp).is_none() {
        let mut v = ax;
        let mut n = ndigit.min(NDIGIT_MAX);
        let mut left = 0usize;
        while n < 0 {
            let smaller = v * 0.1;
            if smaller < 1.0 {
                n = 0;
                break;
            }
            v = smaller;
            left += 1;
            n += 1;
        }
        let len = print(out, &FMT_F, n, v);
        let point = crate::kernel::find_byte(&out[..len], b'.').unwrap_or(len);
        let mut digits = keep_digits(out, len);
        if v < 1.0 && point == 1 && len > point && out[0] == b'0' {
            // "0.000ddd": drop the "0" and the zeros after the point.
            let zeros = out[1..digits].iter().take_while(|&&c| c == b'0').count();
            out.copy_within(1 + zeros..digits + 1, 0);
            digits -= 1 + zeros;
            dp = -(zeros as c_int);
        } else {
            dp = (point + left) as c_int;
        }
        if left > 0 && digits + left < BUF {
            out[digits..digits + left].fill(b'0');
            out[digits + left] = 0;
        }
    }
    // SAFETY: the caller's pointer.
    unsafe { *decpt = dp };
    out.as_mut_ptr() as *mut c_char
}

/// SUSv2 `gcvt`: `x` as `%.*g` with `ndigit` (at most 17) digits, into
/// `buf`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gcvt(x: f64, ndigit: c_int, buf: *mut c_char) -> *mut c_char {
    // SAFETY: buf holds the caller's room for ndigit digits and the rest
    // of a %g form.
    unsafe {
        snprintf(
            buf as *mut u8,
            usize::MAX >> 1,
            FMT_G.as_ptr(),
            ndigit.min(NDIGIT_MAX),
            x,
        )
    };
    buf
}
