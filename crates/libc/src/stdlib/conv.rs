//! Number conversions of `<stdlib.h>`: strtol and friends, strtod and
//! friends (correctly rounded, see `float`), abs/div, a64l/l64a.
use crate::types::*;
use syscall::errno::{EINVAL, ERANGE};

pub mod float;
mod lemire;

pub type c_longlong = i64;
pub type c_ulonglong = u64;

/// The C string `s` as a byte slice (without its NUL).
///
/// # Safety
/// `s` is a NUL-terminated string that outlives the slice.
unsafe fn bytes<'a>(s: *const c_char) -> &'a [u8] {
    // SAFETY: caller's contract; strlen bytes are readable.
    unsafe { core::slice::from_raw_parts(s as *const u8, crate::string::strlen(s)) }
}

/// C-locale isspace.
fn space(c: u8) -> bool {
    c == b' ' || (9..=13).contains(&c)
}

/// The result of scanning an integer: magnitude (saturated at `limit + 1`
/// when it exceeded `limit`), sign, bytes consumed (0: no conversion).
struct IntScan {
    mag: u64,
    neg: bool,
    over: bool,
    end: usize,
}

/// Scan `s` as strtol does in base `base` (0 or 2..=36, checked by the
/// caller), accepting magnitudes up to `limit`.
fn scan_int(s: &[u8], base: c_int, limit: u64) -> IntScan {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let digit = |c: u8| (c as char).to_digit(36).map(|d| d as u64);
    let mut i = 0;
    while space(at(i)) {
        i += 1;
    }
    let mut r = IntScan {
        mag: 0,
        neg: false,
        over: false,
        end: 0,
    };
    match at(i) {
        b'-' => {
            r.neg = true;
            i += 1
        }
        b'+' => i += 1,
        _ => {}
    }
    let mut base = base as u64;
    if (base == 0 || base == 16)
        && at(i) == b'0'
        && at(i + 1) | 0x20 == b'x'
        && digit(at(i + 2)).is_some_and(|d| d < 16)
    {
        i += 2;
        base = 16;
    } else if base == 0 {
        base = if at(i) == b'0' { 8 } else { 10 };
    }
    let start = i;
    while let Some(d) = digit(at(i)).filter(|&d| d < base) {
        match r.mag.checked_mul(base).and_then(|v| v.checked_add(d)) {
            Some(v) if v <= limit => r.mag = v,
            _ => r.over = true,
        }
        i += 1;
    }
    if i > start {
        r.end = i;
    }
    r
}

/// An unsupported base (not 0 or 2..=36): no conversion is performed, so
/// (C17 7.22.1.4p7) the value is 0 and `*end` is `s`; errno is EINVAL
/// (POSIX). glibc leaves `*end` unwritten; musl stores `s` too.
///
/// # Safety
/// `end` is NULL or writable.
unsafe fn bad_base(s: *const c_char, end: *mut *mut c_char, base: c_int) -> bool {
    if base == 0 || (2..=36).contains(&base) {
        return false;
    }
    crate::errno::set(EINVAL as i32);
    if !end.is_null() {
        // SAFETY: `end` is writable (caller's contract).
        unsafe { *end = s as *mut c_char };
    }
    true
}

/// Shared body of the signed conversions: clamp to `min..=max`.
///
/// # Safety
/// `s` is a C string; `end` is NULL or writable.
#[inline(never)]
unsafe fn to_signed(s: *const c_char, end: *mut *mut c_char, base: c_int, max: u64) -> i64 {
    // SAFETY: caller's contract.
    if unsafe { bad_base(s, end, base) } {
        return 0;
    }
    // SAFETY: caller's contract.
    let r = scan_int(unsafe { bytes(s) }, base, u64::MAX);
    if !end.is_null() {
        // SAFETY: `end` is writable; the offset is within the string.
        unsafe { *end = s.add(r.end) as *mut c_char };
    }
    let lim = if r.neg { max + 1 } else { max };
    if r.over || r.mag > lim {
        crate::errno::set(ERANGE as i32);
        return if r.neg { -(max as i64) - 1 } else { max as i64 };
    }
    if r.neg {
        (r.mag as i64).wrapping_neg()
    } else {
        r.mag as i64
    }
}

/// Shared body of the unsigned conversions: a '-' negates in the type.
///
/// # Safety
/// As for `to_signed`.
#[inline(never)]
unsafe fn to_unsigned(s: *const c_char, end: *mut *mut c_char, base: c_int, max: u64) -> u64 {
    // SAFETY: caller's contract.
    if unsafe { bad_base(s, end, base) } {
        return 0;
    }
    // SAFETY: caller's contract.
    let r = scan_int(unsafe { bytes(s) }, base, max);
    if !end.is_null() {
        // SAFETY: as in to_signed.
        unsafe { *end = s.add(r.end) as *mut c_char };
    }
    if r.over {
        crate::errno::set(ERANGE as i32);
        return max;
    }
    if r.neg {
        r.mag.wrapping_neg() & max
    } else {
        r.mag
    }
}

/// C17 `strtol`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtol(s: *const c_char, end: *mut *mut c_char, base: c_int) -> c_long {
    // SAFETY: caller's contract.
    unsafe { to_signed(s, end, base, c_long::MAX as u64) as c_long }
}
/// C17 `strtoll`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtoll(
    s: *const c_char,
    end: *mut *mut c_char,
    base: c_int,
) -> c_longlong {
    // SAFETY: caller's contract.
    unsafe { to_signed(s, end, base, i64::MAX as u64) }
}
/// C17 `strtoul`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtoul(s: *const c_char, end: *mut *mut c_char, base: c_int) -> c_ulong {
    // SAFETY: caller's contract.
    unsafe { to_unsigned(s, end, base, c_ulong::MAX as u64) as c_ulong }
}
/// C17 `strtoull`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtoull(
    s: *const c_char,
    end: *mut *mut c_char,
    base: c_int,
) -> c_ulonglong {
    // SAFETY: caller's contract.
    unsafe { to_unsigned(s, end, base, u64::MAX) }
}
/// C17 `atoi`: `(int)strtol(s, NULL, 10)`, as glibc does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn atoi(s: *const c_char) -> c_int {
    // SAFETY: caller's contract.
    unsafe { strtol(s, core::ptr::null_mut(), 10) as c_int }
}
/// C17 `atol`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn atol(s: *const c_char) -> c_long {
    // SAFETY: caller's contract.
    unsafe { strtol(s, core::ptr::null_mut(), 10) }
}
/// C17 `atoll`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn atoll(s: *const c_char) -> c_longlong {
    // SAFETY: caller's contract.
    unsafe { strtoll(s, core::ptr::null_mut(), 10) }
}

/// Parse a floating-point number for strtod and friends: skips
/// whitespace, stores the end pointer, sets ERANGE.
///
/// # Safety
/// `s` is a C string; `end` is NULL or writable.
unsafe fn parse_float(s: *const c_char, end: *mut *mut c_char, f: float::Fmt) -> float::Parsed {
    let p = s as *const u8;
    let mut i = 0;
    // SAFETY: bytes up to the NUL are readable; space() stops at it.
    while space(unsafe { *p.add(i) }) {
        i += 1;
    }
    // SAFETY: caller's contract; p + i is within the string.
    let r = float::parse(unsafe { bytes(s.add(i)) }, f);
    if !end.is_null() {
        let off = if r.end == 0 { 0 } else { i + r.end };
        // SAFETY: `end` is writable; the offset is within the string.
        unsafe { *end = s.add(off) as *mut c_char };
    }
    if r.erange {
        crate::errno::set(ERANGE as i32);
    }
    r
}

/// C17 `strtod`, correctly rounded.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtod(s: *const c_char, end: *mut *mut c_char) -> f64 {
    // SAFETY: caller's contract.
    let r = unsafe { parse_float(s, end, float::F64) };
    f64::from_bits(float::encode_ieee(&r, float::F64) as u64)
}
/// C17 `strtof`, correctly rounded.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtof(s: *const c_char, end: *mut *mut c_char) -> f32 {
    // SAFETY: caller's contract.
    let r = unsafe { parse_float(s, end, float::F32) };
    f32::from_bits(float::encode_ieee(&r, float::F32) as u32)
}
/// GNU `strtod_l`: `strtod` (every locale ferrolibc offers has '.' as
/// its radix character).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtod_l(
    s: *const c_char,
    end: *mut *mut c_char,
    _l: crate::string::locale_t,
) -> f64 {
    // SAFETY: caller's contract.
    unsafe { strtod(s, end) }
}
/// GNU `strtof_l`: `strtof`, as `strtod_l`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn strtof_l(
    s: *const c_char,
    end: *mut *mut c_char,
    _l: crate::string::locale_t,
) -> f32 {
    // SAFETY: caller's contract.
    unsafe { strtof(s, end) }
}
/// C17 `atof`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn atof(s: *const c_char) -> f64 {
    // SAFETY: caller's contract.
    unsafe { strtod(s, core::ptr::null_mut()) }
}

/// The body of `strtold` (c/strtold.c returns the value as a long double):
/// stores the bit pattern of the `long double` with `mant_dig` significand
/// bits (64: x87 extended, 113: binary128) in `out[..16]`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_strtold(
    s: *const c_char,
    end: *mut *mut c_char,
    out: *mut u8,
    mant_dig: c_int,
) {
    let bytes: [u8; 16] = if mant_dig == 64 {
        // SAFETY: caller's contract.
        float::encode_x87(&unsafe { parse_float(s, end, float::F80) })
    } else {
        // SAFETY: caller's contract.
        let r = unsafe { parse_float(s, end, float::F128) };
        float::encode_ieee(&r, float::F128).to_le_bytes()
    };
    // SAFETY: `out` has 16 writable bytes.
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), out, 16) };
}

/// `div_t` (C17 7.22).
#[repr(C)]
pub struct div_t {
    pub quot: c_int,
    pub rem: c_int,
}
/// `ldiv_t` (C17 7.22).
#[repr(C)]
pub struct ldiv_t {
    pub quot: c_long,
    pub rem: c_long,
}
/// `lldiv_t` (C17 7.22).
#[repr(C)]
pub struct lldiv_t {
    pub quot: c_longlong,
    pub rem: c_longlong,
}

/// C17 `abs` (abs(INT_MIN) is INT_MIN, as on glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn abs(x: c_int) -> c_int {
    x.wrapping_abs()
}
/// C17 `labs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn labs(x: c_long) -> c_long {
    x.wrapping_abs()
}
/// C17 `llabs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn llabs(x: c_longlong) -> c_longlong {
    x.wrapping_abs()
}
/// C17 `div` (quotient truncated toward zero).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn div(a: c_int, b: c_int) -> div_t {
    div_t {
        quot: a.wrapping_div(b),
        rem: a.wrapping_rem(b),
    }
}
/// C17 `ldiv`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ldiv(a: c_long, b: c_long) -> ldiv_t {
    ldiv_t {
        quot: a.wrapping_div(b),
        rem: a.wrapping_rem(b),
    }
}
/// C17 `lldiv`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn lldiv(a: c_longlong, b: c_longlong) -> lldiv_t {
    lldiv_t {
        quot: a.wrapping_div(b),
        rem: a.wrapping_rem(b),
    }
}

/// The radix-64 alphabet of a64l/l64a: ./0-9A-Za-z.
fn a64_digit(v: u32) -> u8 {
    match v {
        0 => b'.',
        1 => b'/',
        2..=11 => b'0' + (v - 2) as u8,
        12..=37 => b'A' + (v - 12) as u8,
        _ => b'a' + (v - 38) as u8,
    }
}

/// XSI `a64l`: up to six radix-64 digits, least significant first; the
/// result is the low 32 bits (zero-extended where long is wider, as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn a64l(s: *const c_char) -> c_long {
    let mut v: u32 = 0;
    for k in 0..6 {
        // SAFETY: we stop at the NUL (which is no digit).
        let c = unsafe { *s.add(k) } as u8;
        let d = match c {
            b'.' => 0,
            b'/' => 1,
            b'0'..=b'9' => c - b'0' + 2,
            b'A'..=b'Z' => c - b'A' + 12,
            b'a'..=b'z' => c - b'a' + 38,
            _ => break,
        };
        // The sixth digit keeps only its low 2 bits (32-bit result).
        v |= (d as u32) << (6 * k);
    }
    v as c_long
}

/// The static buffer l64a returns.
static mut L64A: [u8; 7] = [0; 7];

/// XSI `l64a`: the low 32 bits of `v` in radix 64, in a static buffer
/// ("" for 0).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn l64a(v: c_long) -> *mut c_char {
    let mut x = v as u32;
    // SAFETY: l64a is not thread-safe by specification; the buffer is only
    // written here.
    let buf = unsafe { &mut *(&raw mut L64A) };
    let mut i = 0;
    while x != 0 {
        buf[i] = a64_digit(x & 63);
        x >>= 6;
        i += 1;
    }
    buf[i] = 0;
    buf.as_mut_ptr() as *mut c_char
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        // SAFETY: NUL-terminated literals.
        unsafe {
            let mut e = core::ptr::null_mut();
            let s = c"  -0x1fz".as_ptr();
            assert_eq!(strtol(s, &mut e, 0), -31);
            assert_eq!(e.offset_from(s), 7);
            let s = c"0xg".as_ptr();
            assert_eq!(strtol(s, &mut e, 16), 0);
            assert_eq!(e.offset_from(s), 1);
            assert_eq!(strtoul(c"-1".as_ptr(), &mut e, 10), c_ulong::MAX);
            assert_eq!(
                strtoll(c"-9223372036854775808".as_ptr(), &mut e, 10),
                i64::MIN
            );
            crate::errno::set(0);
            assert_eq!(
                strtoll(c"9223372036854775808".as_ptr(), &mut e, 10),
                i64::MAX
            );
            assert_eq!(crate::errno::get(), ERANGE as i32);
            for base in [-1, 1, 37, c_int::MIN] {
                let s = c"123".as_ptr();
                e = core::ptr::null_mut();
                crate::errno::set(0);
                assert_eq!(strtol(s, &mut e, base), 0);
                assert_eq!(
                    (e as *const c_char, crate::errno::get()),
                    (s, EINVAL as i32)
                );
                e = core::ptr::null_mut();
                assert_eq!(strtoull(s, &mut e, base), 0);
                assert_eq!(e as *const c_char, s);
            }
            assert_eq!(a64l(c"zzzzzz".as_ptr()), 0xffff_ffff);
            assert_eq!(a64l(l64a(0x1234_5678)), 0x1234_5678);
        }
    }
}
