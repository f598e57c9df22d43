//! `%e %f %g %a` (and upper-case forms) for `double` and `long double`:
//! exact decimal digits, correctly rounded (to nearest, ties to even), the
//! way glibc prints them.
use super::big::{Decimal, Rounded};
use super::{ALT, FormatError, LEFT, Out, PLUS, SPACE, ZERO, sub};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    Nan,
    Inf,
    Finite,
}

/// A floating value split into what the conversions need.
#[derive(Clone, Copy, Debug)]
pub struct Decoded {
    pub neg: bool,
    pub class: Class,
    /// The value is `m · 2^e`.
    pub m: u128,
    pub e: i32,
    /// `%a` layout: leading hex digit, `nibs` fraction nibbles, exponent.
    pub lead: u32,
    pub frac: u128,
    pub nibs: u32,
    pub hexp: i32,
    /// A carry out of the leading digit renormalises (`0xf.8` → `0x1p+4`):
    /// the x87 style, whose leading digit holds four bits.
    pub renorm: bool,
}

fn special(neg: bool, class: Class) -> Decoded {
    Decoded {
        neg,
        class,
        m: 0,
        e: 0,
        lead: 0,
        frac: 0,
        nibs: 0,
        hexp: 0,
        renorm: false,
    }
}

/// IEEE binary64.
pub fn decode_f64(x: f64) -> Decoded {
    let b = x.to_bits();
    let neg = b >> 63 != 0;
    let be = ((b >> 52) & 0x7ff) as i32;
    let f = b & ((1u64 << 52) - 1);
    if be == 0x7ff {
        return special(neg, if f == 0 { Class::Inf } else { Class::Nan });
    }
    let (m, e, lead, hexp) = if be == 0 {
        (f, -1074, 0, if f == 0 { 0 } else { -1022 })
    } else {
        (f | 1 << 52, be - 1075, 1, be - 1023)
    };
    Decoded {
        neg,
        class: Class::Finite,
        m: m as u128,
        e,
        lead,
        frac: f as u128,
        nibs: 13,
        hexp,
        renorm: false,
    }
}

/// The x87 80-bit extended format (explicit integer bit): bytes 0..8 are
/// the significand, 8..10 sign and exponent. Encodings the FPU rejects
/// (unnormals, pseudo-infinities, pseudo-NaNs) print as NaN, as glibc does.
pub fn decode_x87(bytes: &[u8; 16]) -> Decoded {
    let [b0, b1, b2, b3, b4, b5, b6, b7, ..] = *bytes;
    let mant = u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]);
    let se = u16::from_le_bytes([bytes[8], bytes[9]]);
    let neg = se >> 15 != 0;
    let be = (se & 0x7fff) as i32;
    let int_bit = mant >> 63 != 0;
    if be == 0x7fff {
        let class = if int_bit && mant << 1 == 0 {
            Class::Inf
        } else {
            Class::Nan
        };
        return special(neg, class);
    }
    if be != 0 && !int_bit {
        return special(neg, Class::Nan);
    }
    let be1 = if be == 0 { 1 } else { be };
    // A pseudo-denormal (exponent 0, integer bit set) has glibc's decimal
    // value of its 63 fraction bits, or 2^-16382 when those are all zero;
    // `%a` shows the bits as they are.
    let m = if be == 0 && int_bit && mant << 1 != 0 {
        mant & !(1 << 63)
    } else {
        mant
    };
    Decoded {
        neg,
        class: Class::Finite,
        m: m as u128,
        e: be1 - 16383 - 63,
        lead: (mant >> 60) as u32,
        frac: (mant & ((1u64 << 60) - 1)) as u128,
        nibs: 15,
        hexp: if mant == 0 { 0 } else { be1 - 16383 - 3 },
        renorm: true,
    }
}

/// IEEE binary128 (little-endian bytes).
pub fn decode_binary128(bytes: &[u8; 16]) -> Decoded {
    let b = u128::from_le_bytes(*bytes);
    let neg = b >> 127 != 0;
    let be = ((b >> 112) & 0x7fff) as i32;
    let f = b & ((1u128 << 112) - 1);
    if be == 0x7fff {
        return special(neg, if f == 0 { Class::Inf } else { Class::Nan });
    }
    let (m, e, lead, hexp) = if be == 0 {
        (f, 1 - 16383 - 112, 0, if f == 0 { 0 } else { -16382 })
    } else {
        (f | 1 << 112, be - 16383 - 112, 1, be - 16383)
    };
    Decoded {
        neg,
        class: Class::Finite,
        m,
        e,
        lead,
        frac: f,
        nibs: 28,
        hexp,
        renorm: false,
    }
}

type R = Result<(), FormatError>;

/// Width padding around a body of `len` bytes after the `prefix`; `zero`
/// pads with zeros between prefix and body.
fn pad_pre(out: &mut Out, flags: u8, width: usize, len: usize, zero: bool) -> R {
    if flags & LEFT == 0 && !zero && width > len {
        out.pad(b' ', width - len)?;
    }
    Ok(())
}

fn sign_of(neg: bool, flags: u8) -> Option<u8> {
    if neg {
        Some(b'-')
    } else if flags & PLUS != 0 {
        Some(b'+')
    } else if flags & SPACE != 0 {
        Some(b' ')
    } else {
        None
    }
}

/// Format one floating value. `conv` is one of `eEfFgGaA`; `prec < 0`
/// means none.
pub fn format(out: &mut Out, d: &Decoded, conv: u8, flags: u8, width: usize, prec: i32) -> R {
    let upper = conv.is_ascii_uppercase();
    let sign = sign_of(d.neg, flags);
    let slen = sign.is_some() as usize;
    if d.class != Class::Finite {
        let body: &[u8] = match (d.class == Class::Inf, upper) {
            (true, false) => b"inf",
            (true, true) => b"INF",
            (false, false) => b"nan",
            (false, true) => b"NAN",
        };
        let len = slen + 3;
        pad_pre(out, flags, width, len, false)?;
        if let Some(s) = sign {
            out.byte(s)?;
        }
        out.put(body)?;
        return pad_post(out, flags, width, len);
    }
    if conv | 0x20 == b'a' {
        return hex(out, d, upper, sign, flags, width, prec);
    }
    let dec = Decimal::new(d.m, d.e);
    let exp0 = if dec.ndigits == 0 {
        0
    } else {
        dec.ndigits as i32 - 1 - dec.frac_digits as i32
    };
    let alt = flags & ALT != 0;
    match conv | 0x20 {
        b'e' => {
            let p = if prec < 0 { 6 } else { prec as usize };
            let r = Rounded::new(&dec, p + 1, exp0);
            emit_e(out, &r, p, p, alt, upper, sign, flags, width)
        }
        b'f' => {
            let p = if prec < 0 { 6 } else { prec as usize };
            let r = round_f(&dec, exp0, p);
            emit_f(out, &r, p, alt, sign, flags, width)
        }
        _ => {
            let p = if prec < 0 {
                6
            } else if prec == 0 {
                1
            } else {
                prec as usize
            };
            let re = Rounded::new(&dec, p, exp0);
            let x = re.exp;
            if x < p as i32 && x >= -4 {
                let pf = (p as i32 - 1 - x) as usize;
                let r = round_f(&dec, exp0, pf);
                let shown = if alt {
                    pf
                } else {
                    let last = r.significant_len() as i64 - 1 - r.exp as i64;
                    last.max(0).min(pf as i64) as usize
                };
                emit_f(out, &r, shown, alt, sign, flags, width)
            } else {
                let pe = p - 1;
                // glibc quirk: when rounding carries a value that would
                // have been printed `%f`-style over to `%e`-style, `#`
                // keeps no zeros (999999.5 with %#g is "1.e+06").
                let shown = if alt && re.carry_all && exp0 < p as i32 {
                    0
                } else if alt {
                    pe
                } else {
                    (re.significant_len().max(1) - 1).min(pe)
                };
                emit_e(out, &re, pe, shown, alt, upper, sign, flags, width)
            }
        }
    }
}

fn pad_post(out: &mut Out, flags: u8, width: usize, len: usize) -> R {
    if flags & LEFT != 0 && width > len {
        out.pad(b' ', width - len)?;
    }
    Ok(())
}

/// Rounding for `%f` with `p` fraction digits.
fn round_f<'a>(dec: &'a Decimal, exp0: i32, p: usize) -> Rounded<'a> {
    if dec.ndigits == 0 {
        return Rounded::new(dec, 0, 0);
    }
    let kept = exp0 as i64 + 1 + p as i64;
    if kept < 0 {
        Rounded::zero(dec)
    } else {
        Rounded::new(dec, kept as usize, exp0)
    }
}

/// Leading padding and sign for a numeric body of `len` bytes (sign included).
fn lead_in(out: &mut Out, sign: Option<u8>, flags: u8, width: usize, len: usize) -> R {
    let zero = flags & ZERO != 0 && flags & LEFT == 0;
    pad_pre(out, flags, width, len, zero)?;
    if let Some(s) = sign {
        out.byte(s)?;
    }
    if zero && width > len {
        out.pad(b'0', width - len)?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn emit_e(
    out: &mut Out,
    r: &Rounded,
    _p: usize,
    shown: usize,
    alt: bool,
    upper: bool,
    sign: Option<u8>,
    flags: u8,
    width: usize,
) -> R {
    let x = if r.len == 0 && r.get(0) == 0 {
        0
    } else {
        r.exp
    };
    let ax = x.unsigned_abs();
    let mut ebuf = [0u8; 12];
    let mut ei = ebuf.len();
    let mut v = ax;
    loop {
        ei -= 1;
        ebuf[ei] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if ax < 10 {
        ei -= 1;
        ebuf[ei] = b'0';
    }
    let point = shown > 0 || alt;
    let len = sign.is_some() as usize + 1 + point as usize + shown + 2 + (ebuf.len() - ei);
    lead_in(out, sign, flags, width, len)?;
    out.byte(b'0' + r.get(0))?;
    if point {
        out.byte(b'.')?;
    }
    for j in 1..=shown {
        out.byte(b'0' + r.get(j))?;
    }
    out.byte(if upper { b'E' } else { b'e' })?;
    out.byte(if x < 0 { b'-' } else { b'+' })?;
    out.put(sub(&ebuf, ei, ebuf.len()))?;
    pad_post(out, flags, width, len)
}

fn emit_f(
    out: &mut Out,
    r: &Rounded,
    shown: usize,
    alt: bool,
    sign: Option<u8>,
    flags: u8,
    width: usize,
) -> R {
    let x = r.exp as i64;
    let int_len = if x >= 0 { x as usize + 1 } else { 1 };
    let point = shown > 0 || alt;
    let len = sign.is_some() as usize + int_len + point as usize + shown;
    lead_in(out, sign, flags, width, len)?;
    if x >= 0 {
        for j in 0..int_len {
            out.byte(b'0' + r.get(j))?;
        }
    } else {
        out.byte(b'0')?;
    }
    if point {
        out.byte(b'.')?;
    }
    for p in 1..=shown as i64 {
        let j = x + p;
        out.byte(b'0' + if j >= 0 { r.get(j as usize) } else { 0 })?;
    }
    pad_post(out, flags, width, len)
}

const HEX_LO: &[u8; 16] = b"0123456789abcdef";
const HEX_UP: &[u8; 16] = b"0123456789ABCDEF";

fn hex(
    out: &mut Out,
    d: &Decoded,
    upper: bool,
    sign: Option<u8>,
    flags: u8,
    width: usize,
    prec: i32,
) -> R {
    let digs = if upper { HEX_UP } else { HEX_LO };
    let mut lead = d.lead as u128;
    let mut frac = d.frac;
    let mut exp = d.hexp;
    let nibs = d.nibs as usize;
    // Fraction nibbles shown, and how many of them come from `frac`.
    let (shown, have) = if prec < 0 {
        let mut n = nibs;
        let mut f = frac;
        if f == 0 {
            n = 0;
        } else {
            while f & 0xf == 0 {
                f >>= 4;
                n -= 1;
            }
        }
        (n, n)
    } else if prec as usize >= nibs {
        (prec as usize, nibs)
    } else {
        let p = prec as usize;
        let drop = 4 * (nibs - p) as u32;
        let mut all = (lead << (4 * nibs)) | frac;
        let rem = all & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        all >>= drop;
        if rem > half || (rem == half && all & 1 == 1) {
            all += 1;
        }
        lead = all >> (4 * p);
        frac = all & ((1u128 << (4 * p)) - 1);
        if d.renorm && lead >= 16 {
            lead >>= 4;
            frac >>= 4; // only zeros: the carry left every nibble at 0
            exp += 4;
        }
        // Align `frac` to the full width so the nibble loop below is uniform.
        frac <<= drop;
        (p, p)
    };
    let alt = flags & ALT != 0;
    let point = shown > 0 || alt;
    let mut ebuf = [0u8; 12];
    let mut ei = ebuf.len();
    let mut v = exp.unsigned_abs();
    loop {
        ei -= 1;
        ebuf[ei] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let len = sign.is_some() as usize + 3 + point as usize + shown + 2 + (ebuf.len() - ei);
    let zero = flags & ZERO != 0 && flags & LEFT == 0;
    pad_pre(out, flags, width, len, zero)?;
    if let Some(s) = sign {
        out.byte(s)?;
    }
    out.put(if upper { b"0X" } else { b"0x" })?;
    if zero && width > len {
        out.pad(b'0', width - len)?;
    }
    out.byte(digs[lead as usize])?;
    if point {
        out.byte(b'.')?;
    }
    for i in 0..have {
        let sh = 4 * (nibs - 1 - i);
        out.byte(digs[((frac >> sh) & 0xf) as usize])?;
    }
    if shown > have {
        out.pad(b'0', shown - have)?;
    }
    out.byte(if upper { b'P' } else { b'p' })?;
    out.byte(if exp < 0 { b'-' } else { b'+' })?;
    out.put(sub(&ebuf, ei, ebuf.len()))?;
    pad_post(out, flags, width, len)
}
