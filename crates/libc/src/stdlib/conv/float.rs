//! Decimal and hexadecimal string → binary floating point, correctly
//! rounded (round-half-even) for any binary format given by its precision
//! and exponent range: binary32, binary64, x87 80-bit extended, binary128.
//!
//! The exact path turns the input into a ratio of big integers
//! `num / den * 2^e2` and produces the quotient bits by long division, so
//! the rounding decision is made on the exact value. Decimal inputs keep at
//! most `max_digits` significant digits plus a sticky "a nonzero digit was
//! dropped" flag: no rounding boundary (a representable value or a halfway
//! point between two) has more significant digits than that, so the dropped
//! tail can only push the value off a boundary, never across one.
//!
//! Fast paths, binary32 and binary64 only: decimals with at most 19
//! significant digits (nearly all inputs) are scanned by `scan_short`
//! (eight digits per step with SWAR word loads) and converted by
//! Eisel–Lemire (`super::lemire`), which either settles the correctly
//! rounded result from a 128-bit product or declines (subnormal, overflow,
//! undecidable, or its table not built yet). Everything else takes the
//! general scanner, which tries Eisel–Lemire again when the significand
//! fits a word (e.g. many trailing zeros) and otherwise runs the exact
//! path. `parse_opt(.., false)` disables the fast paths (the tests compare).
//!
//! Code size: the scanner, the big-integer routines and the exact path
//! exist once for all four formats (the big integer borrows a buffer sized
//! for the format), and nothing here can panic (indexing goes through
//! `get`, iterators or one explicitly bounds-checked unsafe loop).

/// A binary floating-point format: `p` significand bits (including the
/// leading one), normal exponents `emin..=emax` (value `1.f * 2^e`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Fmt {
    pub p: u32,
    pub emin: i32,
    pub emax: i32,
}
pub const F32: Fmt = Fmt {
    p: 24,
    emin: -126,
    emax: 127,
};
pub const F64: Fmt = Fmt {
    p: 53,
    emin: -1022,
    emax: 1023,
};
pub const F80: Fmt = Fmt {
    p: 64,
    emin: -16382,
    emax: 16383,
};
pub const F128: Fmt = Fmt {
    p: 113,
    emin: -16382,
    emax: 16383,
};

impl Fmt {
    /// Significant decimal digits that always suffice (see module doc):
    /// a halfway point `(2m+1) * 2^(u-1)` with `u >= emin - p + 1` has at
    /// most `(p+1)*log10(2) + (p - emin + 1)*log10(5)` digits.
    fn max_digits(self) -> i64 {
        let p = self.p as i64;
        ((p + 1) * 30103 + (p - self.emin as i64 + 1) * 69898) / 100_000 + 10
    }
}

/// What a parse produced (sign separate).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    Zero,
    /// `m * 2^e`, `0 < m < 2^p`; normal when `m >= 2^(p-1)`.
    Finite {
        m: u128,
        e: i32,
    },
    Inf,
    /// Quiet NaN with this payload (already masked to the format).
    Nan(u64),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Parsed {
    pub neg: bool,
    pub class: Class,
    /// Bytes consumed (0: no conversion).
    pub end: usize,
    /// errno must become ERANGE (overflow, or a tiny inexact result; or,
    /// as glibc does, a NaN payload that overflowed strtoull).
    pub erange: bool,
}

/// Limbs that suffice for binary32 and binary64 (about 3 700 bits at
/// most: 778 digits scaled by up to 2^1075).
const SMALL: usize = 80;
/// Limbs that suffice for x87 extended and binary128 (about 55 100 bits at
/// most: 11 574 digits, 5^16541, scaled by up to 2^16495).
const LARGE: usize = 900;

/// An unsigned big integer in a caller's buffer (little-endian u64 limbs;
/// only `d[..n]` is meaningful, `n <= d.len()` always). One instance
/// serves every format: the buffer length (`SMALL` or `LARGE` limbs) is
/// the only difference. The capacities above always suffice; were one
/// exceeded, an operation would keep the value unchanged (a wrong result,
/// never a fault), and debug builds assert.
struct Big<'a> {
    n: usize,
    d: &'a mut [u64],
}

impl<'a> Big<'a> {
    fn new(d: &'a mut [u64], v: u128) -> Self {
        let mut b = Big { n: 0, d };
        b.push(v as u64);
        b.push((v >> 64) as u64);
        b.trim();
        b
    }
    /// The meaningful limbs.
    fn limbs(&self) -> &[u64] {
        self.d.get(..self.n).unwrap_or_default()
    }
    fn limbs_mut(&mut self) -> &mut [u64] {
        self.d.get_mut(..self.n).unwrap_or_default()
    }
    /// Append a limb (capacity permitting).
    fn push(&mut self, v: u64) {
        match self.d.get_mut(self.n) {
            Some(x) => {
                *x = v;
                self.n += 1;
            }
            None => debug_assert!(false, "Big capacity"),
        }
    }
    fn trim(&mut self) {
        while let Some(&0) = self.limbs().last() {
            self.n -= 1;
        }
    }
    fn is_zero(&self) -> bool {
        self.n == 0
    }
    fn bits(&self) -> i64 {
        match self.limbs().last() {
            Some(&x) => self.n as i64 * 64 - x.leading_zeros() as i64,
            None => 0,
        }
    }
    /// self = self * m + a
    #[inline(never)]
    fn mul_add(&mut self, m: u64, a: u64) {
        let mut carry = a as u128;
        for x in self.limbs_mut() {
            let t = *x as u128 * m as u128 + carry;
            *x = t as u64;
            carry = t >> 64;
        }
        if carry != 0 {
            self.push(carry as u64);
        }
    }
    fn mul_pow5(&mut self, mut k: u64) {
        while k > 0 {
            let s = k.min(27); // 5^27 < 2^64
            self.mul_add(5u64.pow(s as u32), 0);
            k -= s;
        }
    }
    /// Shift left by `s` bits.
    #[inline(never)]
    fn shl(&mut self, s: u64) {
        let n = self.n;
        let w = (s / 64) as usize;
        let b = (s % 64) as u32;
        let len = self.d.len();
        // The result needs n + w + 1 <= len limbs (n <= len always).
        if n == 0 || w >= len - n {
            debug_assert!(n == 0, "Big capacity");
            return;
        }
        let p = self.d.as_mut_ptr();
        // SAFETY: every index below is at most n + w < len (checked
        // above), so all accesses are inside `d`.
        unsafe {
            let mut hi = 0;
            for i in (0..n).rev() {
                let v = *p.add(i);
                *p.add(i + w + 1) = if b == 0 { hi } else { hi << b | v >> (64 - b) };
                hi = v;
            }
            *p.add(w) = hi << b;
            for i in 0..w {
                *p.add(i) = 0;
            }
        }
        self.n = n + w + 1;
        self.trim();
    }
    /// self >= o
    #[inline(never)]
    fn ge(&self, o: &Big) -> bool {
        if self.n != o.n {
            return self.n > o.n;
        }
        for (a, b) in self.limbs().iter().zip(o.limbs()).rev() {
            if a != b {
                return a > b;
            }
        }
        true
    }
    /// self -= o, where self >= o.
    fn sub(&mut self, o: &Big) {
        let mut borrow = false;
        let mut ob = o.limbs().iter();
        for x in self.limbs_mut() {
            let (t, c1) = x.overflowing_sub(ob.next().copied().unwrap_or(0));
            let (t, c2) = t.overflowing_sub(borrow as u64);
            *x = t;
            borrow = c1 | c2;
        }
        self.trim();
    }
}

/// Whether tininess is detected after rounding (glibc follows the
/// hardware: x86, riscv64 after; aarch64 before).
fn tiny_after() -> bool {
    crate::arch::TININESS_AFTER_ROUNDING
}

/// Correctly round `num / den * 2^e2` (plus an infinitesimal when
/// `sticky`) to `f`. `num` is nonzero. Returns the class and the ERANGE flag.
fn round_ratio(num: &mut Big, den: &mut Big, e2: i64, sticky: bool, f: Fmt) -> (Class, bool) {
    let p = f.p as i64;
    // Give both the same bit length: value = num/den * 2^(e2 + l0), with
    // 1/2 < num/den < 2 now.
    let l0 = num.bits() - den.bits();
    if l0 >= 0 {
        den.shl(l0 as u64);
    } else {
        num.shl((-l0) as u64);
    }
    // floor(log2(value)) = x: 2^x <= value < 2^(x+1).
    let below = !num.ge(den);
    let x = l0 - below as i64 + e2;
    if x > f.emax as i64 {
        return (Class::Inf, true);
    }
    if x < f.emin as i64 - p - 2 {
        return (Class::Zero, true);
    }
    // Unit of the last place of the result.
    let mut u = x.max(f.emin as i64) - (p - 1);
    // q = floor(value / 2^(u-2)) = floor(num/den * 2^sh): p+2 bits (result,
    // round bit, one more). sh = p + 1 + below - (u - (x - p + 1)) >= -1,
    // as x >= emin - p - 2.
    let sh = e2 + l0 - u + 2;
    if sh >= 0 {
        num.shl(sh as u64);
    } else {
        den.shl((-sh) as u64);
    }
    // Long division, one quotient bit per step: compare the remainder,
    // shifted up by the bits already produced, with den * 2^(p+1).
    den.shl(f.p as u64 + 1);
    let mut q: u128 = 0;
    for i in (0..f.p + 2).rev() {
        if num.ge(den) {
            num.sub(den);
            q |= 1 << i;
        }
        num.shl(1);
    }
    let rest = sticky || !num.is_zero();
    let half = q >> 1 & 1 != 0;
    let inexact = q & 1 != 0 || half || rest;
    let mut m = q >> 2;
    if half && (q & 1 != 0 || rest || m & 1 != 0) {
        m += 1;
        if m == 1 << f.p {
            m >>= 1;
            u += 1;
        }
    }
    if u + p - 1 > f.emax as i64 {
        return (Class::Inf, true);
    }
    // Tiny: below 2^emin before rounding, or (after-rounding rule) still
    // below it when rounded to p bits with an unbounded exponent, which
    // fails only for value >= 2^emin - 2^(u-2), i.e. q = 2^(p+1) - 1
    // (u is then emin - p + 1 and value < 2^emin = 2^(p+1) * 2^(u-2)).
    let tiny = x < f.emin as i64 && !(tiny_after() && q == (1u128 << (f.p + 1)) - 1);
    let erange = inexact && tiny;
    if m == 0 {
        (Class::Zero, erange)
    } else {
        (Class::Finite { m, e: u as i32 }, erange)
    }
}

#[inline]
fn lower(c: u8) -> u8 {
    c | 0x20
}
fn hexval(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}
fn starts_nocase(s: &[u8], i: usize, w: &[u8]) -> bool {
    w.iter().enumerate().all(|(k, &c)| lower(at(s, i + k)) == c)
}

/// Parse an optional signed decimal exponent at `s[i]` (just after e/p).
/// Returns the value (saturated far beyond any format) and the new index,
/// or None when no digit follows.
fn exponent(s: &[u8], mut i: usize) -> Option<(i64, usize)> {
    let neg = match at(s, i) {
        b'-' => {
            i += 1;
            true
        }
        b'+' => {
            i += 1;
            false
        }
        _ => false,
    };
    if !at(s, i).is_ascii_digit() {
        return None;
    }
    let mut v: i64 = 0;
    while at(s, i).is_ascii_digit() {
        v = (v * 10 + (at(s, i) - b'0') as i64).min(1 << 40);
        i += 1;
    }
    Some((if neg { -v } else { v }, i))
}

/// The NaN payload glibc gives `nan(seq)`: strtoull(seq, 0) when it reads
/// all of seq, else 0. Returns (payload, overflowed).
fn nan_payload(seq: &[u8]) -> (u64, bool) {
    let r = super::scan_int(seq, 0, u64::MAX);
    match (r.end == seq.len(), r.over) {
        (false, _) => (0, false),
        (true, over) => (if over { u64::MAX } else { r.mag }, over),
    }
}

/// Bytes `i..i + 8` of `s` as a little-endian word, when all eight exist.
#[inline(always)]
fn word(s: &[u8], i: usize) -> Option<u64> {
    let b = s.get(i..i.checked_add(8)?)?;
    Some(u64::from_le_bytes(b.try_into().ok()?))
}

/// 10^0 ..= 10^8.
const POW10_8: [u64; 9] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
];

/// The leading decimal digits of the little-endian word `v` (first byte
/// first): how many (0..=8) and their value, without a loop (SWAR).
#[inline(always)]
fn swar_digits(v: u64) -> (usize, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Digits become bytes 0..=9; every other byte becomes >= 10.
    let t = v ^ (ONES * b'0' as u64);
    // Bit 7 of each byte: set iff the byte is >= 10 (the low seven bits
    // plus 0x76 cannot carry into the next byte).
    let nondigit = (((t & (ONES * 0x7f)) + ONES * 0x76) | t) & (ONES * 0x80);
    let n = (nondigit.trailing_zeros() / 8) as usize;
    if n == 0 {
        return (0, 0);
    }
    // Keep the n digits, moved up so zero bytes lead: byte k then holds
    // the k-th most significant of eight digits.
    let d = t << (64 - 8 * n as u32);
    // Pairs, then quads, then all eight: each lane times its base plus
    // the next lane (the lanes never overflow into each other).
    let d = (d * 10 + (d >> 8)) & 0x00ff_00ff_00ff_00ff;
    let d = (d * 100 + (d >> 16)) & 0x0000_ffff_0000_ffff;
    let d = (d * 10_000 + (d >> 32)) & 0xffff_ffff;
    (n, d)
}

/// Scan decimal digits at `*i` into `w` (`w = w * 10 + d`, wrapping: the
/// caller discards `w` past 19 digits). Returns how many.
#[inline(never)]
fn scan_digits(s: &[u8], i: &mut usize, w: &mut u64) -> usize {
    let start = *i;
    loop {
        let Some(v) = word(s, *i) else {
            while at(s, *i).is_ascii_digit() {
                *w = w.wrapping_mul(10).wrapping_add((at(s, *i) - b'0') as u64);
                *i += 1;
            }
            break;
        };
        let (n, d) = swar_digits(v);
        // n <= 8 already; the min lets the compiler see it.
        let n = n.min(8);
        *w = w.wrapping_mul(POW10_8[n]).wrapping_add(d);
        *i += n;
        if n < 8 {
            break;
        }
    }
    *i - start
}

/// A short decimal: `±w * 10^q`, `w` of `nd <= 19` digits (from its first
/// nonzero one), `end` bytes long.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Short {
    pub neg: bool,
    pub w: u64,
    pub q: i64,
    pub nd: usize,
    pub end: usize,
}

/// Scan a decimal subject sequence with at most 19 significant digits;
/// `None` for anything else (hex, inf, nan, no digits, more digits).
#[inline(always)]
pub fn scan_short(s: &[u8]) -> Option<Short> {
    let mut i = 0;
    let neg = match at(s, 0) {
        b'-' => {
            i = 1;
            true
        }
        b'+' => {
            i = 1;
            false
        }
        _ => false,
    };
    let lead = i;
    if at(s, i) == b'0' {
        if lower(at(s, i + 1)) == b'x' {
            return None;
        }
        while at(s, i) == b'0' {
            i += 1;
        }
    }
    let mut w: u64 = 0;
    // Digits of w from its first nonzero one (later zeros included).
    let mut nd = scan_digits(s, &mut i, &mut w);
    let mut any = i > lead;
    let mut frac = 0;
    if at(s, i) == b'.' {
        i += 1;
        let f0 = i;
        if nd == 0 {
            while at(s, i) == b'0' {
                i += 1;
            }
        }
        nd += scan_digits(s, &mut i, &mut w);
        frac = i - f0;
        any |= frac > 0;
    }
    if !any || nd > 19 {
        return None;
    }
    let mut e10: i64 = 0;
    if lower(at(s, i)) == b'e'
        && let Some((v, j)) = exponent(s, i + 1)
    {
        e10 = v;
        i = j;
    }
    Some(Short {
        neg,
        w,
        q: e10 - frac as i64,
        nd,
        end: i,
    })
}

/// The fast path for the common case: a short decimal (`scan_short`)
/// converted by Eisel–Lemire to binary32 or binary64. `None` when the
/// input is not a short decimal or Eisel–Lemire declines: the caller runs
/// `parse_general`.
#[inline]
fn parse_fast(s: &[u8], f: Fmt) -> Option<Parsed> {
    let d = scan_short(s)?;
    let mut out = Parsed {
        neg: d.neg,
        class: Class::Zero,
        end: d.end,
        erange: false,
    };
    if d.w != 0 {
        let (m, e) = super::lemire::eisel_lemire(d.w, d.q, f)?;
        out.class = Class::Finite { m: m as u128, e };
    }
    Some(out) // a zero is exact
}

/// Parse the C17 strtod subject sequence at the start of `s` (after any
/// whitespace, which the caller skips) and round to `f`.
pub fn parse(s: &[u8], f: Fmt) -> Parsed {
    parse_opt(s, f, true)
}

/// `parse` with the fast paths (the short-decimal scanner, Eisel–Lemire)
/// enabled or not: without them every input takes the exact path.
pub fn parse_opt(s: &[u8], f: Fmt, fast: bool) -> Parsed {
    if fast
        && (f == F64 || f == F32)
        && let Some(r) = parse_fast(s, f)
    {
        return r;
    }
    parse_general(s, f, fast)
}

/// The general parser (every form of the subject sequence, any number of
/// digits); Eisel–Lemire on significands below 2^64 when `fast`, the exact
/// path otherwise. The big-integer buffers are sized for the format, each
/// size in its own stack frame.
pub fn parse_general(s: &[u8], f: Fmt, fast: bool) -> Parsed {
    if f.p <= F64.p {
        general_small(s, f, fast)
    } else {
        general_large(s, f, fast)
    }
}

#[inline(never)]
fn general_small(s: &[u8], f: Fmt, fast: bool) -> Parsed {
    let (mut a, mut b) = ([0u64; SMALL], [0u64; SMALL]);
    general(s, f, fast, &mut a, &mut b)
}

#[inline(never)]
fn general_large(s: &[u8], f: Fmt, fast: bool) -> Parsed {
    let (mut a, mut b) = ([0u64; LARGE], [0u64; LARGE]);
    general(s, f, fast, &mut a, &mut b)
}

/// `parse_general` with two big-integer buffers of equal length.
fn general(s: &[u8], f: Fmt, fast: bool, a: &mut [u64], b: &mut [u64]) -> Parsed {
    let mut i = 0;
    let neg = match at(s, 0) {
        b'-' => {
            i = 1;
            true
        }
        b'+' => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut out = Parsed {
        neg,
        class: Class::Zero,
        end: 0,
        erange: false,
    };
    if starts_nocase(s, i, b"inf") {
        out.class = Class::Inf;
        out.end = if starts_nocase(s, i + 3, b"inity") {
            i + 8
        } else {
            i + 3
        };
        return out;
    }
    if starts_nocase(s, i, b"nan") {
        i += 3;
        let mut payload = 0;
        if at(s, i) == b'(' {
            let mut j = i + 1;
            while at(s, j).is_ascii_alphanumeric() || at(s, j) == b'_' {
                j += 1;
            }
            if at(s, j) == b')' {
                let (v, ovf) = nan_payload(s.get(i + 1..j).unwrap_or_default());
                payload = v;
                out.erange = ovf;
                i = j + 1;
            }
        }
        let quiet_bits = f.p - 2; // payload bits below the quiet bit
        if quiet_bits < 64 {
            payload &= (1u64 << quiet_bits) - 1;
        }
        out.class = Class::Nan(payload);
        out.end = i;
        return out;
    }
    // Hexadecimal (value = D * 16^(dropped - frac) * 2^exp) or decimal
    // (value = D * 10^(dropped - frac + exp)): the digits of D are folded
    // into `big` 15 or 19 at a time, at most `maxd` of them (enough for
    // every rounding boundary, see the module doc; 30 hex digits are 120
    // bits), the rest only make the value sticky.
    let hex = at(s, i) == b'0'
        && lower(at(s, i + 1)) == b'x'
        && (hexval(at(s, i + 2)).is_some()
            || (at(s, i + 2) == b'.' && hexval(at(s, i + 3)).is_some()));
    let (radix, chunk, maxd, mark) = if hex {
        i += 2;
        (16, 15, 30, b'p')
    } else {
        (10, 19, f.max_digits(), b'e')
    };
    let mut big = Big::new(a, 0);
    let mut acc: u64 = 0; // digits not yet folded into `big`
    let mut accn = 0u32;
    let mut nsig: i64 = 0; // digits in D (in big and acc)
    let mut pending: i64 = 0; // dropped digits after D: trailing zeros or beyond maxd
    let mut sticky = false;
    let mut frac: i64 = 0;
    let mut any = false;
    let mut in_frac = false;
    loop {
        let c = at(s, i);
        if c == b'.' && !in_frac {
            in_frac = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(radix) else {
            break;
        };
        any = true;
        i += 1;
        if in_frac {
            frac += 1;
        }
        if d == 0 {
            if nsig > 0 {
                pending += 1;
            }
            continue;
        }
        if nsig + pending >= maxd {
            sticky = true;
            pending += 1;
            continue;
        }
        // Fold the pending zeros, then the digit, into D.
        for k in 0..=pending {
            acc = acc * radix as u64 + if k == pending { d as u64 } else { 0 };
            accn += 1;
            if accn == chunk {
                big.mul_add((radix as u64).pow(chunk), acc);
                acc = 0;
                accn = 0;
            }
        }
        nsig += pending + 1;
        pending = 0;
    }
    if !any {
        out.neg = false;
        return out; // no conversion
    }
    let mut exp: i64 = 0;
    if lower(at(s, i)) == mark
        && let Some((v, j)) = exponent(s, i + 1)
    {
        exp = v;
        i = j;
    }
    out.end = i;
    if nsig == 0 {
        return out; // ±0, exact
    }
    big.mul_add((radix as u64).pow(accn), acc);
    let mut den = Big::new(b, 1);
    let e = pending - frac;
    if hex {
        (out.class, out.erange) = round_ratio(&mut big, &mut den, 4 * e + exp, sticky, f);
        return out;
    }
    let e = e + exp;
    // Eisel–Lemire when D fits a word (it declines whatever it cannot
    // settle exactly).
    if fast
        && !sticky
        && (f == F64 || f == F32)
        && let [w] = *big.limbs()
        && let Some((m, e2)) = super::lemire::eisel_lemire(w, e, f)
    {
        out.class = Class::Finite {
            m: m as u128,
            e: e2,
        };
        return out;
    }
    // The exact path. 10^(dpos-1) <= value < 10^dpos: settle far-out
    // exponents first.
    let dpos = nsig + e;
    if (dpos - 1) * 100_000 > (f.emax as i64 + 1) * 30103 + 100_000 {
        out.class = Class::Inf;
        out.erange = true;
        return out;
    }
    if dpos * 100_000 < (f.emin as i64 - f.p as i64 - 3) * 30103 - 100_000 {
        out.erange = true;
        return out;
    }
    if e >= 0 {
        big.mul_pow5(e as u64);
    } else {
        den.mul_pow5((-e) as u64);
    }
    (out.class, out.erange) = round_ratio(&mut big, &mut den, e, sticky, f);
    out
}

/// The IEEE interchange encoding (binary32/64/128) of a parse, as bits.
pub fn encode_ieee(r: &Parsed, f: Fmt) -> u128 {
    let fb = f.p - 1; // stored fraction bits
    let ebits = if f.p == 24 {
        8
    } else if f.p == 53 {
        11
    } else {
        15
    };
    let emask: u128 = (1 << ebits) - 1;
    let sign = (r.neg as u128) << (fb + ebits);
    sign | match r.class {
        Class::Zero => 0,
        Class::Inf => emask << fb,
        Class::Nan(pl) => emask << fb | 1 << (fb - 1) | pl as u128,
        Class::Finite { m, e } => {
            if m >> fb != 0 {
                let biased = (e + fb as i32 - f.emin + 1) as u128;
                biased << fb | (m & ((1 << fb) - 1))
            } else {
                m
            }
        }
    }
}

/// The x87 80-bit extended encoding, as its 10 little-endian bytes (padded
/// to 16 with zeros).
pub fn encode_x87(r: &Parsed) -> [u8; 16] {
    let (mant, exp): (u64, u16) = match r.class {
        Class::Zero => (0, 0),
        Class::Inf => (1 << 63, 0x7fff),
        Class::Nan(pl) => (3 << 62 | pl, 0x7fff),
        Class::Finite { m, e } => {
            if m >> 63 != 0 {
                (m as u64, (e + 63 - F80.emin + 1) as u16)
            } else {
                (m as u64, 0)
            }
        }
    };
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&mant.to_le_bytes());
    b[8..10].copy_from_slice(&(exp | (r.neg as u16) << 15).to_le_bytes());
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> (u64, bool) {
        let r = parse(s.as_bytes(), F64);
        (encode_ieee(&r, F64) as u64, r.erange)
    }

    /// A small deterministic PRNG (xorshift64*).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    #[test]
    fn hard_cases() {
        assert_eq!(d("2.2250738585072011e-308"), (0x000fffffffffffff, true));
        assert_eq!(d("2.2250738585072012e-308").0, 0x0010000000000000);
        assert_eq!(d("9007199254740993").0, 0x4340000000000000);
        assert_eq!(d("1e23").0, 0x44b52d02c7e14af6);
        assert_eq!(d("1.7976931348623158e308").0, 0x7fefffffffffffff);
        assert_eq!(d("1.7976931348623159e308"), (0x7ff0000000000000, true));
        assert_eq!(d("2.4703282292062327e-324"), (0, true));
        assert_eq!(d("2.4703282292062328e-324"), (1, true));
        assert_eq!(d("0x1p-1074"), (1, false));
        assert_eq!(d("0x1.fffffffffffff8p-1023"), (0x0010000000000000, false));
        assert_eq!(d("0x1.fffffffffffff7p-1023"), (0x0010000000000000, true));
        assert_eq!(d("nan(0x10)").0, 0x7ff8000000000010);
        assert_eq!(d("-0").0, 1 << 63);
    }

    #[test]
    fn wide_formats() {
        let r = parse(b"0.1", F80);
        assert_eq!(
            encode_x87(&r)[..10],
            [0xcd, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xfb, 0x3f]
        );
        let r = parse(b"0.1", F128);
        assert_eq!(encode_ieee(&r, F128), 0x3ffb999999999999999999999999999a);
        let r = parse(b"1e-4951", F80);
        assert_eq!((encode_x87(&r), r.erange), ([0; 16], true));
        let r = parse(b"0x1p-16445", F80);
        assert_eq!((encode_x87(&r)[0], r.erange), (1, false));
        let r = parse(b"0x1p-16494", F128);
        assert_eq!((encode_ieee(&r, F128), r.erange), (1, false));
        // The largest finite binary128, and just above its halfway point.
        let r = parse(b"1.18973149535723176508575932662800702e4932", F128);
        assert_eq!(encode_ieee(&r, F128), 0x7ffeffffffffffffffffffffffffffff);
        let r = parse(b"1.1897314953572317650857593266280071e4932", F128);
        assert_eq!(encode_ieee(&r, F128), 0x7fff0000000000000000000000000000);
        // 1 + 2^-63 is exact in x87 extended, 1 + 2^-64 is a tie (to even).
        let r = parse(b"1.0000000000000000001084202172485504434", F80);
        assert_eq!(encode_x87(&r)[0], 1);
        let r = parse(b"1.00000000000000000005421010862427522170037264", F80);
        assert_eq!(encode_x87(&r)[0], 0);
        let r = parse(b"1.000000000000000000054210108624275221700372641", F80);
        assert_eq!(encode_x87(&r)[0], 1);
    }

    /// The inputs with the most significant digits a rounding boundary
    /// can have (exact decimal expansions near the subnormal range), in
    /// every format: with debug assertions this also checks that the
    /// big-integer capacities suffice.
    #[test]
    fn longest_inputs() {
        let cases: [(Fmt, i64, u64); 7] = [
            (F32, -149, 1),
            (F32, -149, (1 << 23) - 1),
            (F64, -1074, 1),
            (F64, -1074, (1 << 52) - 1),
            (F80, -16445, 1),
            (F80, -16445, (1 << 63) - 1),
            (F128, -16494, 1),
        ];
        for (f, tiny, m) in cases {
            let fin = |m: u64| Class::Finite {
                m: m as u128,
                e: tiny as i32,
            };
            // m ulps: exact.
            let r = parse(exact_decimal(m, tiny).as_bytes(), f);
            assert_eq!((r.class, r.erange), (fin(m), false), "p={} m={m}", f.p);
            // Halfway above m ulps: m is odd, so the tie goes up; cut
            // short it rounds down, with a 1 appended it rounds up.
            let half = exact_decimal(2 * m + 1, tiny - 1);
            let (mant, exp) = half.split_once('e').unwrap();
            let exp: i64 = exp.parse().unwrap();
            let up = m + 1; // (2^(p-1): the smallest normal, same unit)
            for (s, want) in [
                (half.clone(), up),
                (format!("{}e{}", &mant[..mant.len() - 1], exp + 1), m),
                (format!("{mant}1e{}", exp - 1), up),
            ] {
                let r = parse(s.as_bytes(), f);
                assert_eq!((r.end, r.class), (s.len(), fin(want)), "p={} {s:.40}", f.p);
            }
        }
    }

    /// A random decimal string, biased toward hard inputs.
    fn random_decimal(r: &mut Rng, buf: &mut String) {
        buf.clear();
        let kind = r.below(4);
        if kind == 0 {
            // Near or at the halfway point between a random double and the
            // next one: its exact decimal expansion, exact (a tie), cut
            // short (just below) or with a 1 appended (just above).
            let bits = r.next() & !(1 << 63) & !(0x7ff << 52) | (r.below(2046) + 1) << 52;
            let bits = if r.below(8) == 0 {
                bits & ((1 << 52) - 1)
            } else {
                bits
            };
            let (m, e) = if bits >> 52 == 0 {
                (bits, -1074)
            } else {
                (bits & ((1 << 52) - 1) | 1 << 52, (bits >> 52) as i64 - 1075)
            };
            let half = exact_decimal(2 * m + 1, e - 1);
            let (mant, exp) = half.split_once('e').unwrap_or((&half, "0"));
            let exp: i64 = exp.parse().unwrap();
            let exp = match r.below(3) {
                0 => {
                    buf.push_str(mant);
                    exp
                }
                1 if mant.len() > 1 => {
                    buf.push_str(&mant[..mant.len() - 1]);
                    exp + 1
                }
                _ => {
                    buf.push_str(mant);
                    buf.push('1');
                    exp - 1
                }
            };
            buf.push_str(&format!("e{exp}"));
        } else {
            let nd = 1 + r.below(if kind == 1 { 20 } else { 40 });
            for k in 0..nd {
                if k == 1 && r.below(2) == 0 {
                    buf.push('.');
                }
                buf.push((b'0' + r.below(10) as u8) as char);
            }
            let e = r.below(700) as i64 - 350;
            buf.push_str(&format!("e{e}"));
        }
    }

    #[test]
    fn differential_f64_f32() {
        let n = if cfg!(debug_assertions) {
            30_000
        } else {
            1_500_000
        };
        let mut r = Rng(0x9e37_79b9_7f4a_7c15);
        let mut s = String::new();
        for _ in 0..n {
            random_decimal(&mut r, &mut s);
            let want: f64 = s.parse().unwrap();
            let got = parse(s.as_bytes(), F64);
            assert_eq!(got.end, s.len(), "{s}");
            assert_eq!(encode_ieee(&got, F64) as u64, want.to_bits(), "{s}");
            // The generic exact path at p = 53, without the fast path.
            let slow = parse_opt(s.as_bytes(), F64, false);
            assert_eq!(encode_ieee(&slow, F64) as u64, want.to_bits(), "{s}");
            let want32: f32 = s.parse().unwrap();
            let got32 = parse(s.as_bytes(), F32);
            assert_eq!(encode_ieee(&got32, F32) as u32, want32.to_bits(), "{s}");
        }
    }

    /// Which paths the inputs of `differential_fast_vs_exact` took.
    #[derive(Default, Debug)]
    struct Paths {
        /// Not a short decimal (more than 19 digits): the general parser.
        long: u64,
        /// Short decimals (scanned by `scan_short`), of which ...
        short: u64,
        /// ... (per format) Eisel–Lemire decided, checked against the
        /// exact path ...
        lemire: u64,
        /// ... or declined (subnormal, overflow, undecidable): exact path.
        declined: u64,
    }

    /// Check one input every way against Rust's `parse`: the default
    /// parse, the exact path alone (same result, ERANGE included),
    /// Eisel–Lemire alone on the scanned significand and exponent, and the
    /// scanner reading a NUL-terminated buffer with readable bytes after
    /// the NUL (the eight-byte word loads), through both sources.
    fn check_all(s: &str, paths: &mut Paths) {
        let b = s.as_bytes();
        let want: f64 = s.parse().unwrap_or_else(|_| panic!("{s:?}"));
        let want32: f32 = s.parse().unwrap();
        let mut padded = b.to_vec();
        padded.push(0);
        padded.extend_from_slice(b"98765432e+1.");
        for (f, wbits) in [
            (F64, want.to_bits() as u128),
            (F32, want32.to_bits() as u128),
        ] {
            let got = parse(b, f);
            assert_eq!(
                (got.end, encode_ieee(&got, f)),
                (b.len(), wbits),
                "{s} p={}",
                f.p
            );
            let exact = parse_opt(b, f, false);
            assert_eq!(exact, got, "{s} p={}", f.p);
            assert_eq!(parse(&padded, f), got, "{s} p={}", f.p);
            assert_eq!(parse_fast(b, f).unwrap_or(got), got, "{s} p={}", f.p);
            // The general scanner with its own Eisel–Lemire step.
            assert_eq!(parse_general(b, f, true), got, "{s} p={}", f.p);
        }
        let Some(d) = scan_short(b) else {
            paths.long += 1;
            return;
        };
        paths.short += 1;
        assert_eq!(scan_short(&padded[..]), Some(d), "{s}");
        assert_eq!(d.end, b.len(), "{s}");
        if d.w == 0 {
            return;
        }
        for f in [F64, F32] {
            match crate::stdlib::conv::lemire::eisel_lemire(d.w, d.q, f) {
                Some((m, e)) => {
                    paths.lemire += 1;
                    let exact = parse_opt(b, f, false);
                    let want = Class::Finite { m: m as u128, e };
                    assert_eq!((exact.class, exact.erange), (want, false), "{s} p={}", f.p);
                }
                None => paths.declined += 1,
            }
        }
    }

    /// A random short decimal (at most 19 significant digits), biased
    /// toward hard inputs.
    fn random_short(r: &mut Rng, buf: &mut String) {
        buf.clear();
        if r.below(2) == 0 {
            buf.push('-');
        }
        match r.below(5) {
            0 => {
                // A random finite double (any exponent, subnormals too)
                // rounded to 1..=19 significant digits.
                let v = f64::from_bits(r.next() >> 1);
                if !v.is_finite() {
                    buf.push('1');
                    return;
                }
                buf.push_str(&format!("{:.*e}", r.below(19) as usize, v));
            }
            1 => {
                let v = f32::from_bits((r.next() >> 33) as u32);
                if !v.is_finite() {
                    buf.push('2');
                    return;
                }
                buf.push_str(&format!("{:.*e}", r.below(19) as usize, v));
            }
            2 => {
                // An exact halfway point between two doubles or floats
                // that has a short decimal form, or a neighbour of it one
                // unit away in its last digit.
                let (p, lo, hi) = if r.below(2) == 0 {
                    (53, -6, 12)
                } else {
                    (24, -20, 40)
                };
                let m = (1u64 << (p - 1)) | r.next() >> (65 - p);
                let k = lo + r.below((hi - lo) as u64) as i64;
                let dec = exact_decimal(2 * m + 1, k);
                let (mant, exp) = dec.split_once('e').unwrap_or((&dec, "0"));
                let mant = mant.trim_end_matches('0');
                let zeros = dec.split_once('e').map_or(dec.len(), |(m, _)| m.len()) - mant.len();
                let exp: i64 = exp.parse::<i64>().unwrap() + zeros as i64;
                if mant.len() > 19 {
                    buf.push('3');
                    return;
                }
                let w: u64 = mant.parse().unwrap();
                let w = match r.below(3) {
                    0 => w,
                    1 => w + 1,
                    _ => w - 1,
                };
                buf.push_str(&format!("{w}e{exp}"));
            }
            3 => {
                // Like the bench: 1..=17 digits around a point, exponent
                // e+-00..29 half the time.
                let nd = 1 + r.below(17);
                for k in 0..nd {
                    if k == nd / 2 {
                        buf.push('.');
                    }
                    buf.push((b'0' + r.below(10) as u8) as char);
                }
                if r.below(2) == 0 {
                    let sign = if r.below(2) == 0 { '-' } else { '+' };
                    buf.push_str(&format!("e{sign}{:02}", r.below(30)));
                }
            }
            _ => {
                // Leading and trailing zeros, wide exponents.
                for _ in 0..r.below(12) {
                    buf.push('0');
                }
                let nd = 1 + r.below(19);
                let point = r.below(nd + 1);
                for k in 0..nd {
                    if k == point {
                        buf.push('.');
                    }
                    buf.push((b'0' + r.below(10) as u8) as char);
                }
                let e = r.below(700) as i64 - 350;
                buf.push_str(&format!("E{e}"));
            }
        }
    }

    #[test]
    fn differential_fast_vs_exact() {
        let n = if cfg!(debug_assertions) {
            40_000
        } else {
            1_000_000
        };
        let mut r = Rng(0x2545_f491_4f6c_dd1d);
        let mut s = String::new();
        let mut paths = Paths::default();
        for k in 0..n {
            if k % 4 == 0 {
                random_decimal(&mut r, &mut s);
            } else {
                random_short(&mut r, &mut s);
            }
            check_all(&s, &mut paths);
        }
        for s in [
            "0",
            "-0.000",
            ".5",
            "5.",
            "0.0e5",
            "00001.5000e-3",
            "9007199254740993",
            "9007199254740992.5",
            "18446744073709551615",
            "9999999999999999999",
            "1.7976931348623157e308",
            "1.7976931348623159e308",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "4.9e-324",
            "2.4703282292062328e-324",
            "3.4028235e38",
            "3.4028236e38",
            "1.17549435e-38",
            "1.4e-45",
            "7.0064923216240854e-46",
            "1e-342",
            "1e-343",
            "1e308",
            "1e309",
            "123456789012345678e-360",
            "8.589973e9",
            "1.00000005960464477",
        ] {
            check_all(s, &mut paths);
        }
        // A dangling exponent is not part of the subject sequence.
        for (s, end) in [
            ("1e", 1),
            ("-2.5E+", 4),
            ("3e-x", 1),
            ("0x", 1),
            (".", 0),
            ("-", 0),
        ] {
            for f in [F64, F32] {
                assert_eq!(
                    parse(s.as_bytes(), f),
                    parse_opt(s.as_bytes(), f, false),
                    "{s}"
                );
                assert_eq!(parse(s.as_bytes(), f).end, end, "{s}");
            }
        }
        eprintln!("{n} inputs: {paths:?}");
        assert!(paths.lemire > paths.short, "{paths:?}");
        assert!(paths.declined > 0 && paths.long > 0, "{paths:?}");
    }

    #[test]
    fn differential_hex() {
        let mut r = Rng(12345);
        let n = if cfg!(debug_assertions) {
            10_000
        } else {
            200_000
        };
        for _ in 0..n {
            // Random 64-bit significand, random exponent: compare with the
            // correctly rounded value built from Rust's exact conversion
            // of the decimal expansion.
            let m = r.next() >> r.below(64);
            let e = r.below(2300) as i64 - 1200;
            let s = format!("0x{m:x}p{e}");
            let got = parse(s.as_bytes(), F64);
            let dec = exact_decimal(m, e);
            let want: f64 = dec.parse().unwrap();
            assert_eq!(encode_ieee(&got, F64) as u64, want.to_bits(), "{s}");
        }
    }

    /// The exact decimal expansion of m * 2^e (for the hex differential).
    fn exact_decimal(m: u64, e: i64) -> String {
        if m == 0 {
            return "0".into();
        }
        // digits of m * 5^-e / 10^-e or m * 2^e as big decimal via u32 limbs
        let mut digits: Vec<u32> = vec![]; // base 1e9, little-endian
        let mut mm = m;
        while mm > 0 {
            digits.push((mm % 1_000_000_000) as u32);
            mm /= 1_000_000_000;
        }
        let mul = |d: &mut Vec<u32>, k: u64| {
            let mut c = 0u64;
            for x in d.iter_mut() {
                let t = *x as u64 * k + c;
                *x = (t % 1_000_000_000) as u32;
                c = t / 1_000_000_000;
            }
            while c > 0 {
                d.push((c % 1_000_000_000) as u32);
                c /= 1_000_000_000;
            }
        };
        let (f, chunk, k) = if e >= 0 { (2u64, 29, e) } else { (5, 13, -e) };
        for _ in 0..k / chunk {
            mul(&mut digits, f.pow(chunk as u32));
        }
        mul(&mut digits, f.pow((k % chunk) as u32));
        let mut s = String::new();
        for (i, x) in digits.iter().rev().enumerate() {
            if i == 0 {
                s.push_str(&x.to_string());
            } else {
                s.push_str(&format!("{x:09}"));
            }
        }
        if e < 0 { format!("{s}e{e}") } else { s }
    }
}
