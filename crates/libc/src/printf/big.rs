//! Exact decimal expansion of a binary floating value `m · 2^e` over a
//! fixed-capacity big integer in base 10^9 (no allocation).
//!
//! For `e >= 0` the value is the integer `D = m · 2^e`; for `e < 0` it is
//! `m / 2^k = m · 5^k / 10^k`, so `D = m · 5^k` with the decimal point `k`
//! digits from the right. Either way every decimal digit of the value is a
//! digit of `D`, which makes correct rounding a matter of looking at digits.

/// Enough limbs for the largest case: the smallest binary128 subnormal,
/// `m < 2^113` times `5^16494` (about 11 565 decimal digits).
const CAP: usize = 1300;
const BASE: u64 = 1_000_000_000;
const POW10: [u32; 10] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
];

/// `D` (little-endian limbs in base 10^9) and the count of its digits that
/// lie right of the decimal point.
pub struct Decimal {
    n: usize,
    limbs: [u32; CAP],
    /// Digits of the most significant limb.
    top: usize,
    /// Index of the least significant nonzero limb.
    low_nz: usize,
    /// Number of decimal digits of `D` (0 when `D` is zero).
    pub ndigits: usize,
    /// Digits right of the decimal point.
    pub frac_digits: usize,
}

impl Decimal {
    /// The exact decimal form of `m · 2^e`.
    pub fn new(m: u128, e: i32) -> Decimal {
        let mut d = Decimal {
            n: 0,
            limbs: [0; CAP],
            top: 0,
            low_nz: 0,
            ndigits: 0,
            frac_digits: 0,
        };
        // No u128 division: its compiler-builtins routine carries an
        // unwinding table on some targets. Load the high half, shift, add.
        d.add_u64((m >> 64) as u64);
        if d.n != 0 {
            d.mul_small(1 << 16);
            d.mul_small(1 << 16);
            d.mul_small(1 << 16);
            d.mul_small(1 << 16);
        }
        d.add_u64(m as u64);
        if d.n == 0 {
            return d;
        }
        if e >= 0 {
            let mut k = e as u32;
            while k > 0 {
                let s = k.min(31);
                d.mul_small(1u32 << s);
                k -= s;
            }
        } else {
            let mut k = e.unsigned_abs();
            d.frac_digits = k as usize;
            while k >= 13 {
                d.mul_small(1_220_703_125); // 5^13
                k -= 13;
            }
            if k > 0 {
                d.mul_small(5u32.pow(k));
            }
        }
        let mut t = d.limbs[d.n - 1];
        while t != 0 {
            d.top += 1;
            t /= 10;
        }
        d.ndigits = d.top + 9 * (d.n - 1);
        while d.limbs[d.low_nz] == 0 {
            d.low_nz += 1;
        }
        d
    }

    fn add_u64(&mut self, v: u64) {
        let mut carry = v;
        let mut i = 0;
        while carry != 0 {
            if i == self.n {
                self.limbs[i] = 0;
                self.n += 1;
            }
            let t = self.limbs[i] as u64 + carry % BASE;
            self.limbs[i] = (t % BASE) as u32;
            carry = carry / BASE + t / BASE;
            i += 1;
        }
    }

    fn mul_small(&mut self, k: u32) {
        let mut carry: u64 = 0;
        for i in 0..self.n {
            let t = self.limbs[i] as u64 * k as u64 + carry;
            self.limbs[i] = (t % BASE) as u32;
            carry = t / BASE;
        }
        while carry != 0 {
            self.limbs[self.n] = (carry % BASE) as u32;
            carry /= BASE;
            self.n += 1;
        }
    }

    /// Limb index and power of ten of digit `i` (0 = most significant).
    #[inline]
    fn locate(&self, i: usize) -> (usize, usize) {
        if i < self.top {
            (self.n - 1, self.top - 1 - i)
        } else {
            let j = i - self.top;
            (self.n - 2 - j / 9, 8 - j % 9)
        }
    }

    /// Digit `i` counted from the most significant; 0 past the end.
    #[inline]
    pub fn digit(&self, i: usize) -> u8 {
        if i >= self.ndigits {
            return 0;
        }
        let (li, p) = self.locate(i);
        ((self.limbs[li] / POW10[p]) % 10) as u8
    }

    /// Whether every digit after digit `i` is zero.
    pub fn zero_after(&self, i: usize) -> bool {
        if i + 1 >= self.ndigits {
            return true;
        }
        let (li, p) = self.locate(i);
        self.limbs[li].is_multiple_of(POW10[p]) && self.low_nz >= li
    }
}

/// The value rounded to a number of significant digits: `len` digits
/// `s_0 s_1 …` (zeros past `len`), with `s_0` standing for `10^exp`.
pub struct Rounded<'a> {
    dec: &'a Decimal,
    /// Digits taken from `D`.
    kept: usize,
    /// Round the kept digits up by one unit in the last place.
    up: bool,
    /// Index of the digit that the round-up increments (digits after it are 0).
    inc_at: usize,
    /// Rounding up carried out of every digit: the result is `1` then zeros.
    pub carry_all: bool,
    pub len: usize,
    pub exp: i32,
}

impl<'a> Rounded<'a> {
    /// Keep the first `kept` digits of `D` (`kept` may be 0: everything is
    /// rounded away; negative `kept` is `None` in the caller), rounding to
    /// nearest with ties to even; `exp0` is the power of ten of `D`'s first
    /// digit.
    pub fn new(dec: &'a Decimal, kept: usize, exp0: i32) -> Rounded<'a> {
        let mut r = Rounded {
            dec,
            kept,
            up: false,
            inc_at: 0,
            carry_all: false,
            len: kept,
            exp: exp0,
        };
        if kept >= dec.ndigits {
            return r;
        }
        let next = dec.digit(kept);
        let last_odd = kept > 0 && dec.digit(kept - 1) & 1 == 1;
        let up = next > 5 || (next == 5 && (!dec.zero_after(kept) || last_odd));
        if !up {
            return r;
        }
        let mut i = kept;
        while i > 0 && dec.digit(i - 1) == 9 {
            i -= 1;
        }
        if i == 0 {
            r.carry_all = true;
            r.len = kept.max(1);
            r.exp = exp0 + 1;
        } else {
            r.up = true;
            r.inc_at = i - 1;
        }
        r
    }

    /// The value rounded away to zero.
    pub fn zero(dec: &'a Decimal) -> Rounded<'a> {
        Rounded {
            dec,
            kept: 0,
            up: false,
            inc_at: 0,
            carry_all: false,
            len: 0,
            exp: 0,
        }
    }

    /// Significant digit `j` of the rounded value.
    #[inline]
    pub fn get(&self, j: usize) -> u8 {
        if self.carry_all {
            return (j == 0) as u8;
        }
        if j >= self.kept {
            return 0;
        }
        if self.up {
            if j == self.inc_at {
                return self.dec.digit(j) + 1;
            }
            if j > self.inc_at {
                return 0;
            }
        }
        self.dec.digit(j)
    }

    /// One past the last nonzero digit (0 when the value is zero).
    pub fn significant_len(&self) -> usize {
        if self.carry_all {
            return 1;
        }
        if self.up {
            return self.inc_at + 1;
        }
        let mut j = self.kept.min(self.dec.ndigits);
        while j > 0 && self.dec.digit(j - 1) == 0 {
            j -= 1;
        }
        j
    }
}
