//! `%e %f %g %a` (and upper-case forms) for `double` and `long double`:
//! exact decimal digits, correctly rounded (to nearest, ties to even), the
//! way glibc prints them. One routine for the three formats (binary64, the
//! x87 80-bit format, binary128): each is decoded to `m · 2^e` and handed to
//! the same digit generator, whose limbs are sized by the value.
use super::big::{Digits, limbs_for};
use super::{ALT, FormatError, Out, ZERO, dec, head, hex_digit, sign, sub, tail, zeroed};
use core::mem::MaybeUninit;

type R = Result<(), FormatError>;

/// Holds the significand of every floating format of the arch.
type Mant = crate::arch::FloatMant;

/// Limbs on the stack for every `double` (only as many as the value
/// needs are initialised).
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
    // Sign, biased exponent, fraction bits (the x87 significand with its
    // integer bit), and the widths of the last two. Each format is cut out
    // with constant shifts, into the narrowest type that holds every
    // significand of the arch (`u64` where long double is x87): wide
    // variable shifts are long code on 32-bit targets.
    let (neg, be, f, mb, eb): (bool, i32, Mant, u32, u32) = if !long {
        let b = bits as u64;
        let f = b & ((1 << 52) - 1);
        (b >> 63 != 0, (b >> 52) as i32 & 0x7ff, f as Mant, 52, 11)
    } else if x87 {
        let se = (bits >> 64) as u32;
        (
            se & 0x8000 != 0,
            (se & 0x7fff) as i32,
            bits as u64 as Mant,
            64,
            15,
        )
    } else {
        let f = bits & ((1 << 112) - 1);
        (
            bits >> 127 != 0,
            (bits >> 112) as i32 & 0x7fff,
            f as Mant,
            112,
            15,
        )
    };
    let emax = (1i32 << eb) - 1;
    let bias = emax >> 1;
    let int_bit = x87 && f >> 63 != 0;
    let fr = if x87 { f & !(1 << 63) } else { f };
    let mut pre = [0u8; 4];
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
        // `mb` < the width of `Mant` for every format the arch has.
        let lead = ((be != 0) as Mant).checked_shl(mb).unwrap_or(0);
        (f | lead, be1 - bias - mb as i32)
    };
    if conv | 0x20 == b'a' {
        let (all, nibs, x) = if x87 {
            (f, 15, be1 - bias - 3)
        } else {
            (m, mb / 4, be1 - bias)
        };
        pre[np % 4] = b'0';
        pre[(np + 1) % 4] = conv + (b'x' - b'a');
        let x = if all == 0 { 0 } else { x };
        return hex(o, all, nibs, x, x87, &pre, np, flags, width, prec);
    }
    let need = limbs_for(m as u128, e);
    let pre = sub(&pre, 0, np);
    if need <= SMALL {
        // Only the limbs and digits the value needs are initialised.
        let mut l = MaybeUninit::<[u32; SMALL]>::uninit();
        let mut s = MaybeUninit::<[u8; SMALL * 9 + 16]>::uninit();
        let d = Digits::new(
            zeroed(&mut l, need),
            zeroed(&mut s, need * 9 + 16),
            m as u128,
            e,
        );
        decimal(o, d, e, conv, flags, width, prec, pre)
    } else {
        wide(o, need, m, e, conv, flags, width, prec, pre)
    }
}

/// `decimal` with room for the longest expansion.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn wide(
    o: &mut Out,
    need: usize,
    m: Mant,
    e: i32,
    conv: u8,
    flags: u8,
    width: usize,
    prec: i32,
    pre: &[u8],
) -> R {
    let mut l = MaybeUninit::<[u32; BIG]>::uninit();
    let mut s = MaybeUninit::<[u8; BIG * 9 + 16]>::uninit();
    let d = Digits::new(
        zeroed(&mut l, need),
        zeroed(&mut s, need * 9 + 16),
        m as u128,
        e,
    );
    decimal(o, d, e, conv, flags, width, prec, pre)
}

/// `%e %f %g` of `m · 2^e`.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn decimal(
    o: &mut Out,
    mut b: Digits,
    e: i32,
    conv: u8,
    flags: u8,
    width: usize,
    prec: i32,
    pre: &[u8],
) -> R {
    let frac = if e < 0 { -(e as i64) } else { 0 };
    // Power of ten of the first digit.
    let exp = |b: &Digits| {
        if b.nd == 0 { 0 } else { b.nd as i64 - 1 - frac }
    };
    let exp0 = exp(&b);
    let alt = flags & ALT != 0;
    let p = if prec < 0 { 6 } else { prec as i64 };
    let (kept, x, estyle, shown);
    match conv | 0x20 {
        b'e' => {
            b.render(p as usize + 2);
            kept = b.round(p as usize + 1);
            x = exp(&b);
            estyle = true;
            shown = p;
        }
        b'f' => {
            let k = (exp0 + 1 + p).max(-1);
            b.render((k + 1) as usize);
            kept = if k < 0 { 0 } else { b.round(k as usize) };
            x = exp(&b);
            estyle = false;
            shown = p;
        }
        _ => {
            let p = if p == 0 { 1 } else { p };
            let nd0 = b.nd;
            b.render(p as usize + 1);
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
    let mut sfx = [0u8; 32];
    let mut k = sfx.len();
    if estyle {
        k = exponent(&mut sfx, b'E' | (conv & 0x20), x, 2);
    }
    let sfx = sub(&sfx, k, 32);
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

/// The exponent suffix (`e+05`, `p-3`) at the end of `b`; returns where
/// it starts.
#[inline(never)]
fn exponent(b: &mut [u8; 32], c: u8, x: i64, min: usize) -> usize {
    let k = dec(b, 32, x.unsigned_abs(), min).saturating_sub(2);
    b[k % 32] = c;
    b[(k + 1) % 32] = if x < 0 { b'-' } else { b'+' };
    k
}

/// `%a`: `all` holds the leading hex digit over `nibs` fraction nibbles;
/// `renorm`: a carry out of the leading digit renormalises (`0xf.8` →
/// `0x1p+4`), the x87 style, whose leading digit holds four bits.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn hex(
    o: &mut Out,
    mut all: Mant,
    nibs: u32,
    mut x: i32,
    renorm: bool,
    pre: &[u8; 4],
    np: usize,
    flags: u8,
    width: usize,
    prec: i32,
) -> R {
    let fb = 4 * nibs;
    let nibs = nibs as usize;
    // Fraction nibbles shown, and how many of them come from `all`.
    let (shown, have) = if prec < 0 {
        let mut n = nibs;
        let mut t = all;
        while n > 0 && t & 15 == 0 {
            t >>= 4;
            n -= 1;
        }
        (n, n)
    } else if prec as usize >= nibs {
        (prec as usize, nibs)
    } else {
        let p = prec as usize;
        let drop = fb - 4 * p as u32;
        let rem = all & ((1 << drop) - 1);
        let half = 1 << (drop - 1);
        all >>= drop;
        if rem > half || (rem == half && all & 1 == 1) {
            all += 1;
        }
        // Renormalise before shifting back: the x87 carry out of the
        // leading digit (`0xf.f` -> `0x10`) is past the top of a u64. The
        // nibbles it drops are zeros (a carry out leaves only zeros).
        if renorm && all >> (fb - drop) >= 16 {
            all >>= 4;
            x += 4;
        }
        all <<= drop;
        (p, p)
    };
    let case = pre[(np + 1) % 4] & 0x20;
    let point = shown > 0 || flags & ALT != 0;
    // The leading digit, then the fraction nibbles.
    let mut body = [0u8; 32];
    let mut i = nibs + 1;
    while i > 0 {
        i -= 1;
        body[i % 32] = hex_digit(all as u32, case);
        all >>= 4;
    }
    let mut sfx = [0u8; 32];
    let k = exponent(&mut sfx, b'P' | case, x as i64, 1);
    let sfx = sub(&sfx, k, 32);
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
