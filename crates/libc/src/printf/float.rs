//! `%e %f %g %a` (and upper-case forms) for `double` and `long double`:
//! exact decimal digits, correctly rounded (to nearest, ties to even), the
//! way glibc prints them. One routine for the three formats (binary64, the
//! x87 80-bit format, binary128): each is decoded to `m · 2^e` and handed to
//! the same digit generator, whose limbs are sized by the value.
use super::big::{Big, limbs_for};
use super::{ALT, FormatError, Out, ZERO, dec, head, hex_digit, sign, sub, tail};

type R = Result<(), FormatError>;

/// Limbs on the stack for the common case (every `double` fits).
const SMALL: usize = 96;
/// Limbs for the longest expansion: the smallest binary128 subnormal,
/// `m < 2^113` times `5^16494` (about 11 565 decimal digits).
const BIG: usize = 1300;

/// Format one floating value: `bits` are the double's bits, or with `long`
/// the long double's bytes (little-endian). `conv` is one of `eEfFgGaA`;
/// `prec < 0` means none.
#[inline(never)]
pub fn format(
    o: &mut Out,
    bits: u128,
    long: bool,
    conv: u8,
    flags: u8,
    width: usize,
    prec: i32,
) -> R {
    let x87 = long && crate::arch::LDBL_X87;
    // Fraction and exponent bits; the x87 significand has its integer bit.
    let (mb, eb) = if !long {
        (52, 11)
    } else if x87 {
        (64, 15)
    } else {
        (112, 15)
    };
    let neg = (bits >> (mb + eb)) & 1 != 0;
    let emax = (1i32 << eb) - 1;
    let bias = emax >> 1;
    let be = (bits >> mb) as i32 & emax;
    let f = bits & ((1u128 << mb) - 1);
    let int_bit = x87 && f >> 63 != 0;
    let fr = if x87 { f & !(1 << 63) } else { f };
    let mut pre = [0u8; 3];
    let mut np = 0;
    if let Some(c) = sign(neg, flags) {
        pre[0] = c;
        np = 1;
    }
    let upper = conv.is_ascii_uppercase();
    // Encodings the FPU rejects (unnormals, pseudo-infinities,
    // pseudo-NaNs) print as NaN, as glibc does.
    if be == emax || (x87 && be != 0 && !int_bit) {
        let inf = be == emax && fr == 0 && (int_bit || !x87);
        let mut t = *if inf { b"inf" } else { b"nan" };
        if upper {
            for c in &mut t {
                *c -= 0x20;
            }
        }
        let len = np + 3;
        head(o, flags & !ZERO, width, len, sub(&pre, 0, np))?;
        o.put(&t)?;
        return tail(o, flags, width, len);
    }
    let be1 = be.max(1);
    let (m, e) = if x87 {
        // A pseudo-denormal (exponent 0, integer bit set) has glibc's
        // decimal value of its 63 fraction bits, or 2^-16382 when those are
        // all zero; `%a` shows the bits as they are.
        let m = if be == 0 && int_bit && fr != 0 { fr } else { f };
        (m, be1 - bias - 63)
    } else {
        (f | ((be != 0) as u128) << mb, be1 - bias - mb as i32)
    };
    if conv | 0x20 == b'a' {
        let (all, nibs, x) = if x87 {
            (f, 15, be1 - bias - 3)
        } else {
            (m, mb / 4, be1 - bias)
        };
        pre[np % 3] = b'0';
        pre[(np + 1) % 3] = conv + (b'x' - b'a');
        let x = if all == 0 { 0 } else { x };
        return hex(o, all, nibs, x, x87, &pre, np, flags, width, prec);
    }
    if limbs_for(m, e) <= SMALL {
        let mut l = [0u32; SMALL];
        decimal(o, &mut l, m, e, conv, flags, width, prec, sub(&pre, 0, np))
    } else {
        wide(o, m, e, conv, flags, width, prec, sub(&pre, 0, np))
    }
}

/// `decimal` with room for the longest expansion.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn wide(
    o: &mut Out,
    m: u128,
    e: i32,
    conv: u8,
    flags: u8,
    width: usize,
    prec: i32,
    pre: &[u8],
) -> R {
    let mut l = [0u32; BIG];
    decimal(o, &mut l, m, e, conv, flags, width, prec, pre)
}

/// `%e %f %g` of `m · 2^e`.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn decimal(
    o: &mut Out,
    l: &mut [u32],
    m: u128,
    e: i32,
    conv: u8,
    flags: u8,
    width: usize,
    prec: i32,
    pre: &[u8],
) -> R {
    let mut b = Big::new(l, m, e);
    let frac = if e < 0 { -(e as i64) } else { 0 };
    // Power of ten of the first digit.
    let exp = |b: &Big| {
        if b.nd == 0 { 0 } else { b.nd as i64 - 1 - frac }
    };
    let exp0 = exp(&b);
    let alt = flags & ALT != 0;
    let p = if prec < 0 { 6 } else { prec as i64 };
    let (kept, x, estyle, shown);
    match conv | 0x20 {
        b'e' => {
            kept = b.round(p as usize + 1);
            x = exp(&b);
            estyle = true;
            shown = p;
        }
        b'f' => {
            let k = exp0 + 1 + p;
            kept = if k < 0 { 0 } else { b.round(k as usize) };
            x = exp(&b);
            estyle = false;
            shown = p;
        }
        _ => {
            let p = if p == 0 { 1 } else { p };
            let nd0 = b.nd;
            kept = b.round(p as usize);
            x = exp(&b);
            // One past the last nonzero digit.
            let mut sig = kept.min(b.nd);
            while sig > 0 && b.digit(sig - 1) == 0 {
                sig -= 1;
            }
            let sig = sig as i64;
            estyle = !(x < p && x >= -4);
            shown = if !estyle {
                let pf = p - 1 - x;
                if alt {
                    pf
                } else {
                    (sig - 1 - x).max(0).min(pf)
                }
            } else if alt {
                // glibc quirk: when rounding carries a value that would
                // have been printed `%f`-style over to `%e`-style, `#`
                // keeps no zeros (999999.5 with %#g is "1.e+06").
                if b.nd > nd0 && exp0 < p { 0 } else { p - 1 }
            } else {
                (sig.max(1) - 1).min(p - 1)
            };
        }
    }
    let mut sfx = [0u8; 24];
    let mut k = sfx.len();
    if estyle {
        k = dec(&mut sfx, x.unsigned_abs(), 2).saturating_sub(2);
        sfx[k % 24] = if upper(conv) { b'E' } else { b'e' };
        sfx[(k + 1) % 24] = if x < 0 { b'-' } else { b'+' };
    }
    let sfx = sub(&sfx, k, 24);
    let intlen = if estyle { 1 } else { (x + 1).max(1) };
    let first = if estyle { 0 } else { x + 1 - intlen };
    let point = shown > 0 || alt;
    let len = pre.len() + intlen as usize + point as usize + shown as usize + sfx.len();
    head(o, flags, width, len, pre)?;
    b.put(o, first, first + intlen, kept)?;
    if point {
        o.byte(b'.')?;
    }
    b.put(o, first + intlen, first + intlen + shown, kept)?;
    o.put(sfx)?;
    tail(o, flags, width, len)
}

fn upper(conv: u8) -> bool {
    conv.is_ascii_uppercase()
}

/// `%a`: `all` holds the leading hex digit over `nibs` fraction nibbles;
/// `renorm`: a carry out of the leading digit renormalises (`0xf.8` →
/// `0x1p+4`), the x87 style, whose leading digit holds four bits.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn hex(
    o: &mut Out,
    mut all: u128,
    nibs: u32,
    mut x: i32,
    renorm: bool,
    pre: &[u8; 3],
    np: usize,
    flags: u8,
    width: usize,
    prec: i32,
) -> R {
    let nibs = nibs as usize;
    // d[0] the leading digit, d[1..=nibs] the fraction nibbles.
    let mut d = [0u8; 32];
    for i in (0..=nibs).rev() {
        d[i % 32] = (all & 15) as u8;
        all >>= 4;
    }
    // Fraction nibbles shown, and how many of them come from `d`.
    let (shown, have) = if prec < 0 {
        let mut n = nibs;
        while n > 0 && d[n % 32] == 0 {
            n -= 1;
        }
        (n, n)
    } else if prec as usize >= nibs {
        (prec as usize, nibs)
    } else {
        let p = prec as usize;
        let next = d[(p + 1) % 32];
        let rest = sub(&d, p + 2, nibs + 1).iter().any(|&c| c != 0);
        if next > 8 || (next == 8 && (rest || d[p % 32] & 1 == 1)) {
            let mut i = p;
            loop {
                d[i % 32] += 1;
                if d[i % 32] < 16 || i == 0 {
                    break;
                }
                d[i % 32] = 0;
                i -= 1;
            }
            if renorm && d[0] >= 16 {
                d[0] = 1;
                x += 4;
            }
        }
        (p, p)
    };
    let up = pre[(np + 1) % 3] == b'X';
    let point = shown > 0 || flags & ALT != 0;
    let mut body = [0u8; 32];
    for (i, c) in body.iter_mut().enumerate().take(have + 1) {
        *c = hex_digit(d[i % 32] as u32, up);
    }
    let mut sfx = [0u8; 24];
    let k = dec(&mut sfx, x.unsigned_abs() as u64, 1).saturating_sub(2);
    sfx[k % 24] = if up { b'P' } else { b'p' };
    sfx[(k + 1) % 24] = if x < 0 { b'-' } else { b'+' };
    let sfx = sub(&sfx, k, 24);
    let len = np + 3 + point as usize + shown + sfx.len();
    head(o, flags, width, len, sub(pre, 0, np + 2))?;
    o.put(sub(&body, 0, 1))?;
    if point {
        o.byte(b'.')?;
    }
    o.put(sub(&body, 1, have + 1))?;
    o.pad(b'0', shown - have)?;
    o.put(sfx)?;
    tail(o, flags, width, len)
}
