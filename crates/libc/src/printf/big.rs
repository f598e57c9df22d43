//! Exact decimal expansion of a binary floating value `m · 2^e`: a big
//! integer in base 10^9 (limbs lent by the caller, sized for the value),
//! then its decimal digits as a string.
//!
//! For `e >= 0` the value is the integer `D = m · 2^e`; for `e < 0` it is
//! `m / 2^k = m · 5^k / 10^k`, so `D = m · 5^k` with the decimal point `k`
//! digits from the right. Either way every decimal digit of the value is a
//! digit of `D`, which makes correct rounding a matter of looking at digits.
//!
//! Every access is checked (`get`) or masked, so no panic path is linked.
use super::{FormatError, Out, sub};

const BASE: u64 = 1_000_000_000;

/// The limbs a value `m · 2^e` needs (an upper bound).
pub fn limbs_for(m: u128, e: i32) -> usize {
    let bits = (128 - m.leading_zeros()) as usize;
    let k = e.unsigned_abs() as usize;
    // log10(2) < 78/256, log10(5) < 179/256.
    let digits = if e >= 0 {
        (bits + k) * 78 / 256
    } else {
        (bits * 78 + k * 179) / 256
    };
    digits / 9 + 3
}

fn sub32(l: &[u32], n: usize) -> &[u32] {
    l.get(..n).unwrap_or(&[])
}

/// `l = l · k + add` over the first `*n` limbs, growing `*n`.
#[inline(never)]
fn mul_add(l: &mut [u32], n: &mut usize, k: u64, add: u32) {
    let mut c = add as u64;
    for x in l.iter_mut().take(*n) {
        let t = *x as u64 * k + c;
        *x = (t % BASE) as u32;
        c = t / BASE;
    }
    while c != 0 {
        match l.get_mut(*n) {
            Some(x) => *x = (c % BASE) as u32,
            None => return,
        }
        *n += 1;
        c /= BASE;
    }
}

/// The decimal digits of `D` (ASCII, most significant first), rendered
/// from the limbs as far as the conversion needs them.
pub struct Digits<'a> {
    l: &'a [u32],
    s: &'a mut [u8],
    /// Where the digits start in `s` (one free byte before them takes a
    /// carry out of the first digit).
    start: usize,
    /// Number of digits of `D` (0 when `D` is zero).
    pub nd: usize,
    /// Digits rendered into `s`.
    avail: usize,
    /// Some digit after the rendered ones is nonzero.
    sticky: bool,
}

impl<'a> Digits<'a> {
    /// `m · 2^e` computed in `l` (zeroed; see [`limbs_for`]); `s` (at
    /// least `9 · l.len() + 1` bytes) takes the digits.
    #[inline(never)]
    pub fn new(l: &'a mut [u32], s: &'a mut [u8], m: u128, e: i32) -> Digits<'a> {
        let mut n = 0;
        // No u128 division: its compiler-builtins routine carries an
        // unwinding table on some targets. Feed 32 bits at a time.
        for w in [
            (m >> 96) as u32,
            (m >> 64) as u32,
            (m >> 32) as u32,
            m as u32,
        ] {
            if n > 0 || w != 0 {
                mul_add(l, &mut n, 1 << 32, w);
            }
        }
        let mut k = e.unsigned_abs();
        while k > 0 {
            let s = if e > 0 { k.min(31) } else { k.min(13) }; // 5^13 < 2^32
            mul_add(l, &mut n, if e > 0 { 1 << s } else { 5u64.pow(s) }, 0);
            k -= s;
        }
        let l = sub32(l, n);
        let mut top = l.last().copied().unwrap_or(0);
        let mut lead = 9;
        while top != 0 {
            lead -= 1;
            top /= 10;
        }
        Digits {
            l,
            s,
            start: 1 + lead,
            nd: (9 * n).saturating_sub(lead),
            avail: 0,
            sticky: false,
        }
    }

    /// Render at least the first `want` digits (all when fewer).
    #[inline(never)]
    pub fn render(&mut self, want: usize) {
        let n = self.l.len();
        // Limbs rendered: the top ones, nine digits each.
        let r = n.min((want + self.start).div_ceil(9));
        let mut at = 1 + 9 * r;
        let (mut li, mut v, mut left) = (n - r, 0, 0);
        while at > 1 {
            if left == 0 {
                v = self.l.get(li).copied().unwrap_or(0);
                li += 1;
                left = 9;
            }
            at -= 1;
            if let Some(c) = self.s.get_mut(at) {
                *c = b'0' + (v % 10) as u8;
            }
            v /= 10;
            left -= 1;
        }
        self.avail = (1 + 9 * r).saturating_sub(self.start);
        self.sticky = self.l.iter().take(n - r).any(|&x| x != 0);
    }

    /// Digit `i` (0 = the most significant; 0 past the end).
    pub fn digit(&self, i: usize) -> u8 {
        if i >= self.avail {
            return 0;
        }
        self.s.get(self.start + i).map_or(0, |c| c - b'0')
    }

    /// Round to the first `kept` digits, to nearest with ties to even (a
    /// carry out of the first digit makes the number one digit longer).
    /// Returns how many leading digits are now significant.
    #[inline(never)]
    pub fn round(&mut self, kept: usize) -> usize {
        if kept >= self.nd {
            return kept;
        }
        let next = self.digit(kept);
        let rest = self.sticky
            || sub(self.s, self.start + kept + 1, self.start + self.avail)
                .iter()
                .any(|&c| c != b'0');
        let odd = kept > 0 && self.digit(kept - 1) & 1 == 1;
        if next < 5 || (next == 5 && !rest && !odd) {
            return kept;
        }
        let mut i = self.start + kept;
        loop {
            if i == self.start {
                // 99…9 rounded up: 1 then zeros.
                if self.start == 0 {
                    return kept;
                }
                self.start -= 1;
                if let Some(c) = self.s.get_mut(self.start) {
                    *c = b'1';
                }
                self.nd += 1;
                self.avail += 1;
                return kept + 1;
            }
            i -= 1;
            let Some(c) = self.s.get_mut(i) else {
                return kept;
            };
            if *c == b'9' {
                *c = b'0';
            } else {
                *c += 1;
                return kept;
            }
        }
    }

    /// Write digits `from..to` (indices may be negative); digits before
    /// the first, from `kept` on, or past the end are zeros.
    #[inline(never)]
    pub fn put(&self, o: &mut Out, from: i64, to: i64, kept: usize) -> Result<(), FormatError> {
        let lim = kept.min(self.nd) as i64;
        // Zeros before the digits, the digits, zeros after.
        let a = from.max(0).min(lim);
        let b = to.min(lim).max(a);
        o.pad(b'0', (to.min(0) - from).max(0) as usize)?;
        o.put(sub(
            self.s,
            self.start + a as usize,
            self.start + b as usize,
        ))?;
        o.pad(b'0', (to - lim.max(from)).max(0) as usize)
    }
}
