//! `<monetary.h>`: `strfmon`, `strfmon_l` (the variadic entry points are
//! in c/strfmon.c). Every locale of this library has the C locale's
//! monetary data — no currency symbol, no grouping, `-` as the negative
//! sign, two decimals — so `%i` and `%n` read the same, `^` and `!`
//! change nothing, and the layout is glibc's in its C locale: with `#n`
//! the integer part is padded to `n` digits with the fill character and
//! a positive value gets a blank where a negative one's `-` or `(` goes.
use crate::types::*;
use syscall::errno::{E2BIG, EINVAL};

/// Where the values come from: the C shim's `va_list`, or a test's list.
pub trait Values {
    /// Reads the next value (a `long double` with `L`); true when negative.
    fn next(&mut self, long: bool) -> bool;
    /// Writes the last value's magnitude with `prec` decimals into `dst`
    /// (NUL-terminated when it fits) and returns its full length.
    fn digits(&mut self, prec: c_int, dst: &mut [u8]) -> Option<usize>;
}

/// Formats `fmt` into `out` (`out.len()` is strfmon's maxsize): the
/// number of bytes before the NUL, or the errno.
pub fn format(out: &mut [u8], fmt: &[u8], vals: &mut dyn Values) -> Result<usize, c_int> {
    let max = out.len();
    let mut at = 0;
    let mut i = 0;
    let room = |at: usize, n: usize| -> Result<(), c_int> {
        if at.checked_add(n).is_some_and(|e| e < max) {
            Ok(())
        } else {
            Err(E2BIG as c_int)
        }
    };
    let byte = |i: usize| fmt.get(i).copied().unwrap_or(0);
    let number = |i: &mut usize| -> Option<usize> {
        if !byte(*i).is_ascii_digit() {
            return None;
        }
        let mut v = 0usize;
        while byte(*i).is_ascii_digit() {
            v = v
                .saturating_mul(10)
                .saturating_add((byte(*i) - b'0') as usize);
            *i += 1;
        }
        Some(v)
    };
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != b'%' || byte(i) == b'%' {
            room(at, 1)?;
            out[at] = c;
            at += 1;
            i += (c == b'%') as usize;
            continue;
        }
        let (mut fill, mut paren, mut plus, mut left) = (b' ', false, false, false);
        loop {
            match byte(i) {
                b'=' => {
                    fill = byte(i + 1);
                    if fill == 0 {
                        return Err(EINVAL as c_int);
                    }
                    i += 1;
                }
                b'^' | b'!' => {}
                b'+' | b'(' => {
                    if paren || plus {
                        return Err(EINVAL as c_int);
                    }
                    paren = byte(i) == b'(';
                    plus = !paren;
                }
                b'-' => left = true,
                _ => break,
            }
            i += 1;
        }
        let width = number(&mut i).unwrap_or(0);
        let mut lprec = None;
        if byte(i) == b'#' {
            i += 1;
            lprec = Some(number(&mut i).ok_or(EINVAL as c_int)?);
        }
        let mut prec = 2;
        if byte(i) == b'.' {
            i += 1;
            prec = number(&mut i).ok_or(EINVAL as c_int)?;
        }
        let long = byte(i) == b'L';
        i += long as usize;
        if !matches!(byte(i), b'i' | b'n') {
            return Err(EINVAL as c_int);
        }
        i += 1;
        let prec = c_int::try_from(prec).map_err(|_| E2BIG as c_int)?;

        let neg = vals.next(long);
        let len = vals.digits(prec, &mut []).ok_or(E2BIG as c_int)?;
        // The sign's place: `-` or `(` when negative, a blank for a
        // positive value only with a left precision; `)` after.
        let lead = (neg || lprec.is_some()) as usize;
        let close = (neg && paren) as usize;
        let want = lprec.map_or(0, |l| {
            l.saturating_add(if prec > 0 { prec as usize + 1 } else { 0 })
        });
        let pad = want.saturating_sub(len);
        let body = lead + pad + len + close;
        let field = body.max(width);
        room(at, field)?;
        let mut o = at;
        if !left {
            out[o..o + field - body].fill(b' ');
            o += field - body;
        }
        if lead != 0 {
            out[o] = if !neg {
                b' '
            } else if paren {
                b'('
            } else {
                b'-'
            };
            o += 1;
        }
        out[o..o + pad].fill(fill);
        o += pad;
        vals.digits(prec, &mut out[o..o + len + 1]);
        o += len;
        if close != 0 {
            out[o] = b')';
            o += 1;
        }
        if left {
            out[o..at + field].fill(b' ');
        }
        at += field;
    }
    if max == 0 {
        return Err(E2BIG as c_int);
    }
    out[at] = 0;
    Ok(at)
}

/// The C shim's values: its `va_list` and one `long double` slot.
#[cfg(not(test))]
struct Args {
    ap: *mut c_void,
    slot: [u128; 1],
}

#[cfg(not(test))]
unsafe extern "C" {
    fn __ferro_strfmon_next(ap: *mut c_void, is_long: c_int, slot: *mut u128) -> c_int;
    fn __ferro_strfmon_fmt(slot: *const u128, prec: c_int, buf: *mut u8, n: size_t) -> c_int;
}

#[cfg(not(test))]
impl Values for Args {
    fn next(&mut self, long: bool) -> bool {
        // SAFETY: ap is strfmon's va_list, slot holds a long double
        // (16 bytes at most, 16-byte aligned).
        unsafe { __ferro_strfmon_next(self.ap, long as c_int, self.slot.as_mut_ptr()) != 0 }
    }
    fn digits(&mut self, prec: c_int, dst: &mut [u8]) -> Option<usize> {
        // SAFETY: slot was written by next; dst is writable for its length.
        let n =
            unsafe { __ferro_strfmon_fmt(self.slot.as_ptr(), prec, dst.as_mut_ptr(), dst.len()) };
        usize::try_from(n).ok()
    }
}

/// Backend of POSIX.1-2024 `strfmon` and `strfmon_l`: flags `=f ^ + ( !
/// -`, field width, `#n` left and `.p` right precision, `L`, `%i %n %%`;
/// E2BIG when the result and its NUL exceed `max`, EINVAL for a bad
/// conversion.
///
/// # Safety
/// `s` holds `max` bytes, `fmt` is a C string, `ap` points at the
/// caller's `va_list` with a value for each conversion.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_strfmon(
    s: *mut c_char,
    max: size_t,
    fmt: *const c_char,
    ap: *mut c_void,
) -> ssize_t {
    // SAFETY: by the caller.
    let (out, fmt) = unsafe {
        (
            core::slice::from_raw_parts_mut(s as *mut u8, max),
            core::ffi::CStr::from_ptr(fmt).to_bytes(),
        )
    };
    let mut args = Args { ap, slot: [0] };
    match format(out, fmt, &mut args) {
        Ok(n) => n as ssize_t,
        Err(e) => {
            crate::errno::set(e);
            -1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    extern crate std;
    use std::string::String;

    struct List<'a>(&'a [f64], usize, f64);
    impl Values for List<'_> {
        fn next(&mut self, _: bool) -> bool {
            let v = self.0[self.1];
            self.1 += 1;
            self.2 = v.abs();
            v.is_sign_negative()
        }
        fn digits(&mut self, prec: c_int, dst: &mut [u8]) -> Option<usize> {
            let s = std::format!("{:.*}", prec as usize, self.2);
            let n = s.len().min(dst.len().saturating_sub(1));
            dst[..n].copy_from_slice(&s.as_bytes()[..n]);
            if let Some(z) = dst.get_mut(n) {
                *z = 0;
            }
            Some(s.len())
        }
    }

    fn run(max: usize, fmt: &str, v: &[f64]) -> Result<String, c_int> {
        let mut buf = std::vec![0u8; max];
        let n = format(&mut buf, fmt.as_bytes(), &mut List(v, 0, 0.0))?;
        assert_eq!(buf[n], 0);
        Ok(String::from_utf8(buf[..n].to_vec()).unwrap())
    }

    #[test]
    fn glibc_c_locale_layouts() {
        let ok =
            |f: &str, v: f64, want: &str| assert_eq!(run(100, f, &[v]).as_deref(), Ok(want), "{f}");
        ok("%n", 123.45, "123.45");
        ok("%i", -123.45, "-123.45");
        ok("%10n", -123.45, "   -123.45");
        ok("%-10n", 123.45, "123.45    ");
        ok("%#5n", -123.45, "-  123.45");
        ok("%=*#5n", 123.45, " **123.45");
        ok("%(n", -0.5, "(0.50)");
        ok("%(#5n", 123.45, "   123.45");
        ok("%(!#8n", -123.45, "(     123.45)");
        ok("%.0n", 123.45, "123");
        ok("%12.4i", -123.45, "   -123.4500");
        ok("%#0.0n", 1.5, " 2");
        ok("%10#3n", 1.0, "      1.00");
        ok("x%%y%n", 1.0, "x%y1.00");
        assert_eq!(run(100, "%+(n", &[1.0]), Err(EINVAL as c_int));
        assert_eq!(run(100, "%#n", &[1.0]), Err(EINVAL as c_int));
        assert_eq!(run(100, "%5%", &[1.0]), Err(EINVAL as c_int));
        assert_eq!(run(6, "%n", &[123.45]), Err(E2BIG as c_int));
        assert_eq!(run(7, "%n", &[123.45]).as_deref(), Ok("123.45"));
    }
}
