//! Exact decimal expansion of a binary floating value `m · 2^e` over a
//! big integer in base 10^9 (no allocation: the caller lends the limbs,
//! sized for the value).
//!
//! For `e >= 0` the value is the integer `D = m · 2^e`; for `e < 0` it is
//! `m / 2^k = m · 5^k / 10^k`, so `D = m · 5^k` with the decimal point `k`
//! digits from the right. Either way every decimal digit of the value is a
//! digit of `D`, which makes correct rounding a matter of looking at digits:
//! rounding adds one unit at the last kept digit to `D` itself, and the
//! digits after the kept ones are then read as zeros.
//!
//! Every limb access is checked (`get`), so no panic path is linked.
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

/// `D` (little-endian limbs in base 10^9).
pub struct Big<'a> {
    l: &'a mut [u32],
    n: usize,
    /// Number of decimal digits of `D` (0 when `D` is zero).
    pub nd: usize,
}

impl<'a> Big<'a> {
    /// The exact decimal form of `m · 2^e` in `l` (zeroed, long enough:
    /// see [`limbs_for`]).
    #[inline(never)]
    pub fn new(l: &'a mut [u32], m: u128, e: i32) -> Big<'a> {
        let mut d = Big { l, n: 0, nd: 0 };
        // No u128 division: its compiler-builtins routine carries an
        // unwinding table on some targets. Feed 16 bits at a time.
        let mut s = 128;
        while s > 0 {
            s -= 16;
            d.mul_add(1 << 16, (m >> s) as u32 & 0xffff);
        }
        let mut k = e.unsigned_abs();
        while k > 0 {
            if e > 0 {
                let s = k.min(31);
                d.mul_add(1 << s, 0);
                k -= s;
            } else {
                let s = k.min(13); // 5^13 < 2^32
                d.mul_add(5u32.pow(s), 0);
                k -= s;
            }
        }
        d.count();
        d
    }

    /// `D = D · k + add`.
    #[inline(never)]
    fn mul_add(&mut self, k: u32, add: u32) {
        let mut c = add as u64;
        for x in self.l.iter_mut().take(self.n) {
            let t = *x as u64 * k as u64 + c;
            *x = (t % BASE) as u32;
            c = t / BASE;
        }
        while c != 0 {
            match self.l.get_mut(self.n) {
                Some(x) => *x = (c % BASE) as u32,
                None => return,
            }
            self.n += 1;
            c /= BASE;
        }
    }

    fn limb(&self, i: usize) -> u32 {
        self.l.get(i).copied().unwrap_or(0)
    }

    /// Recount the digits.
    fn count(&mut self) {
        let mut t = self.limb(self.n.wrapping_sub(1));
        let mut top = 0;
        while t != 0 {
            top += 1;
            t /= 10;
        }
        self.nd = if self.n == 0 {
            0
        } else {
            9 * (self.n - 1) + top
        };
    }

    /// The nine digits of limb `i` (ASCII, leading zeros included).
    #[inline(never)]
    fn nine(&self, i: usize) -> [u8; 9] {
        let mut v = self.limb(i);
        let mut d = [b'0'; 9];
        for x in d.iter_mut().rev() {
            *x = b'0' + (v % 10) as u8;
            v /= 10;
        }
        d
    }

    /// Limb and place within its nine digits of digit `i < nd` (0 = the
    /// most significant).
    fn locate(&self, i: usize) -> (usize, usize) {
        let pi = i + 9 * self.n - self.nd;
        (self.n.wrapping_sub(1 + pi / 9), pi % 9)
    }

    /// Digit `i < nd`.
    pub fn digit(&self, i: usize) -> u8 {
        let (li, off) = self.locate(i);
        self.nine(li)[off % 9] - b'0'
    }

    /// Whether `D` is a multiple of `10^q`.
    fn zero_below(&self, q: usize) -> bool {
        let li = q / 9;
        let low = self.nine(li);
        self.l.iter().take(li).all(|&x| x == 0)
            && sub(&low, 9 - q % 9, 9).iter().all(|&c| c == b'0')
    }

    /// Round `D` to its first `kept` digits, to nearest with ties to even
    /// (a carry out of the first digit makes `D` one digit longer).
    /// Returns how many leading digits are now significant.
    pub fn round(&mut self, kept: usize) -> usize {
        if kept >= self.nd {
            return kept;
        }
        let pos = self.nd - kept;
        let next = self.digit(kept);
        let odd = kept > 0 && self.digit(kept - 1) & 1 == 1;
        if next > 5 || (next == 5 && (odd || !self.zero_below(pos - 1))) {
            // D += 10^pos
            let mut li = pos / 9;
            let mut add = 10u32.pow((pos % 9) as u32);
            loop {
                if li == self.n {
                    match self.l.get_mut(li) {
                        Some(x) => *x = 0,
                        None => break,
                    }
                    self.n += 1;
                }
                let Some(x) = self.l.get_mut(li) else { break };
                *x += add;
                if (*x as u64) < BASE {
                    break;
                }
                *x -= BASE as u32;
                add = 1;
                li += 1;
            }
            self.count();
        }
        self.nd - pos
    }

    /// Write digits `from..to` (indices may be negative); digits before
    /// the first, from `kept` on, or past the end are zeros.
    pub fn put(&self, o: &mut Out, from: i64, to: i64, kept: usize) -> Result<(), FormatError> {
        let lim = kept.min(self.nd) as i64;
        let mut i = from;
        while i < to {
            if i < 0 || i >= lim {
                let end = if i < 0 { to.min(0) } else { to };
                o.pad(b'0', (end - i) as usize)?;
                i = end;
                continue;
            }
            let (li, off) = self.locate(i as usize);
            let d = self.nine(li);
            let end = to.min(lim).min(i + 9 - off as i64);
            o.put(sub(&d, off, off + (end - i) as usize))?;
            i = end;
        }
        Ok(())
    }
}
