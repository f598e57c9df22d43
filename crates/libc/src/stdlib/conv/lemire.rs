//! The Eisel–Lemire fast path: `w * 10^q` (`w` a nonzero 64-bit decimal
//! significand) correctly rounded to binary32 or binary64 from one (rarely
//! two) 64×64→128-bit products with a 128-bit approximation of `5^q`.
//!
//! The algorithm is the published one (M. Eisel; D. Lemire, "Number
//! Parsing at a Gigabyte per Second", Software: Practice and Experience
//! 51(8), 2021, sections 5 and 6). It declines (returns `None`) when the
//! truncated product cannot settle the rounding, and also, to keep this
//! path simple, for results that are subnormal, zero or overflow; the
//! caller then uses the exact big-integer path.
//!
//! The table holds, for `-342 <= q <= 308`, 128 bits `T` of `5^q` scaled
//! into `[2^127, 2^128)`, rounded as the algorithm's error analysis
//! assumes:
//! - `q >= 0`: `5^q` truncated (exact up to `5^55`).
//! - `-27 <= q < 0`: `floor(2^b / 5^-q) + 1` with `b = z + 127`, `z` the bit
//!   length of `5^-q`.
//! - `q < -27`: `floor(2^b / 5^-q) + 1` with `b = 2z + 128`, then truncated
//!   to its top 128 bits.
//!
//! It is computed at run time, on first use, by `build()` below (exact
//! integer arithmetic: `floor(2^b / 5^n)` is `2^M` divided by 5, `n` times,
//! with floor division, then shifted right by `M - b`) into a `.bss` table;
//! host tests check it bit for bit against the compile-time computation it
//! replaced, and every entry against the defining inequalities with
//! independent big-integer multiplication.

use super::float::Fmt;
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicU8, Ordering};

/// Smallest and largest `q` in the table.
pub const Q_MIN: i64 = -342;
pub const Q_MAX: i64 = 308;
const LEN: usize = (Q_MAX - Q_MIN + 1) as usize;

/// Limbs of the exact `5^n`, `n <= 342` (5^342 < 2^795).
const PL: usize = 13;
/// `2^M` with `M = 64 * (YL - 1)` must cover `b = 2z + 128 <= 1718`.
const YL: usize = 28;
const M: usize = 64 * (YL - 1);

/// Bit length of `a`.
fn bitlen(a: &[u64]) -> usize {
    let mut i = a.len();
    for &x in a.iter().rev() {
        if x != 0 {
            return i * 64 - x.leading_zeros() as usize;
        }
        i -= 1;
    }
    0
}

/// Bits `[pos, pos + 128)` of `a` (zero beyond its end).
#[inline(never)]
fn bits128(a: &[u64], pos: usize) -> u128 {
    let g = |i: usize| a.get(i).copied().unwrap_or(0) as u128;
    let (w, sh) = (pos / 64, pos % 64);
    let lo = g(w) | g(w + 1) << 64;
    if sh == 0 {
        lo
    } else {
        lo >> sh | g(w + 2) << (128 - sh)
    }
}

/// Whether bits `[pos, pos + len)` of `a` are all ones (true when empty).
fn ones(a: &[u64], pos: usize, len: usize) -> bool {
    let mut k = 0;
    while k < len {
        let b = pos + k;
        let take = (64 - b % 64).min(len - k);
        let mask = u64::MAX >> (64 - take);
        if (a.get(b / 64).copied().unwrap_or(0) >> (b % 64)) & mask != mask {
            return false;
        }
        k += take;
    }
    true
}

/// Fill `t` with the table (see the module doc), by exact integer
/// arithmetic: `5^n` by repeated multiplication, `floor(2^M / 5^n)` by
/// repeated floor division by 5 (`floor(floor(x / 5^n) / 5) =
/// floor(x / 5^(n+1))`); `floor(2^b / 5^n)` is the latter shifted right by
/// `M - b`.
#[inline(never)]
fn build(t: &mut [(u64, u64); LEN]) {
    let split = |v: u128| ((v >> 64) as u64, v as u64);
    let zero = (-Q_MIN) as usize; // index of q = 0
    let mut pa = [0u64; PL]; // 5^n, exact, in pa[..pn]
    pa[0] = 1;
    let mut pn = 1;
    let mut ya = [0u64; YL]; // floor(2^M / 5^n), exact, in ya[..yn]
    ya[YL - 1] = 1;
    let mut yn = YL;
    for n in 0..=zero {
        // The loops below run over the live limbs only: shorter, and not
        // unrolled for the fixed array lengths.
        let p = pa.get(..pn).unwrap_or_default();
        let y = ya.get(..yn).unwrap_or_default();
        let z = bitlen(p);
        if n <= Q_MAX as usize
            && let Some(e) = t.get_mut(zero + n)
        {
            // 5^n truncated to its top 128 bits (or shifted up to them).
            *e = split(if z >= 128 {
                bits128(p, z - 128)
            } else {
                bits128(p, 0) << (128 - z)
            });
        }
        if n > 0
            && let Some(e) = t.get_mut(zero - n)
        {
            // F = floor(2^b / 5^n) = y >> (M - b); c = F + 1, kept to 128
            // bits. F has b - z + 1 bits (5^n is strictly between 2^(z-1)
            // and 2^z).
            let b = if n <= 27 { z + 127 } else { 2 * z + 128 };
            let s = M - b; // F's bit 0 is y's bit s
            let drop = b - z + 1 - 128; // low bits of F+1 truncated away
            let top = bits128(y, s + drop);
            // F + 1 carries into bit `drop` iff F's low `drop` bits are all
            // ones (always when drop is 0); F + 1 = 2^(b-z+1) has the top
            // 128 bits 2^127.
            *e = split(if ones(y, s, drop) {
                top.checked_add(1).unwrap_or(1 << 127)
            } else {
                top
            });
        }
        // p *= 5
        let mut carry: u64 = 0;
        for x in pa.iter_mut().take(pn) {
            let v = *x as u128 * 5 + carry as u128;
            *x = v as u64;
            carry = (v >> 64) as u64;
        }
        if carry != 0
            && let Some(x) = pa.get_mut(pn)
        {
            *x = carry;
            pn += 1;
        }
        // y = floor(y / 5), in 32-bit halves (each partial dividend is
        // below 5 * 2^32).
        let mut rem: u64 = 0;
        for x in ya.iter_mut().take(yn).rev() {
            let hi = rem << 32 | *x >> 32;
            let lo = (hi % 5) << 32 | (*x & 0xffff_ffff);
            *x = ((hi / 5) << 32) | (lo / 5);
            rem = lo % 5;
        }
        if ya.get(yn.wrapping_sub(1)) == Some(&0) {
            yn -= 1;
        }
    }
}

/// The table, built at run time on first use into `.bss` (10 KiB that
/// programs which never parse a float neither carry in their file nor
/// touch).
struct Table(UnsafeCell<[(u64, u64); LEN]>);

// SAFETY: the table is written only by the one thread that moved `STATE`
// from EMPTY to FILLING, and read only after loading READY (stored with
// Release after the last write, loaded with Acquire).
unsafe impl Sync for Table {}

static POW5: Table = Table(UnsafeCell::new([(0, 0); LEN]));
const EMPTY: u8 = 0;
const FILLING: u8 = 1;
const READY: u8 = 2;
static STATE: AtomicU8 = AtomicU8::new(EMPTY);

/// `(high, low)` 64-bit halves of the 128-bit approximation of `5^q`,
/// index `q - Q_MIN`; `None` while another thread (or an interrupted
/// caller in this one, e.g. from a signal handler) is still building it:
/// the caller then takes the exact path.
#[inline]
pub fn pow5_table() -> Option<&'static [(u64, u64); LEN]> {
    if STATE.load(Ordering::Acquire) == READY {
        // SAFETY: READY: the table is complete and never written again.
        return Some(unsafe { &*POW5.0.get() });
    }
    init()
}

#[cold]
#[inline(never)]
fn init() -> Option<&'static [(u64, u64); LEN]> {
    STATE
        .compare_exchange(EMPTY, FILLING, Ordering::Acquire, Ordering::Relaxed)
        .ok()?;
    // SAFETY: this thread won EMPTY -> FILLING, so it is the only writer,
    // and no reader touches the table before READY.
    build(unsafe { &mut *POW5.0.get() });
    STATE.store(READY, Ordering::Release);
    // SAFETY: complete, as above.
    Some(unsafe { &*POW5.0.get() })
}

/// `floor(q * log2(10))` for `|q| <= 1000` (217706 / 2^16 approximates
/// log2(10) closely enough there; a host test checks the table's range).
#[inline]
fn log2_10(q: i64) -> i64 {
    (q * 217_706) >> 16
}

/// `w * 10^q` correctly rounded to the normal format `f` (binary32 or
/// binary64), as `(m, e)` with `2^(p-1) <= m < 2^p` and value `m * 2^e`;
/// `None` when this path cannot decide or the result is not a normal
/// number. `w` must be nonzero.
#[inline(never)]
pub fn eisel_lemire(w: u64, q: i64, f: Fmt) -> Option<(u64, i32)> {
    if !(Q_MIN..=Q_MAX).contains(&q) {
        return None;
    }
    let p = f.p;
    // The window of q where w * 10^q can be exactly halfway between two
    // p-bit numbers (w < 2^64): q < 0 needs 5^-q < 2^(64-p), q >= 0
    // needs 5^q < 2^(p+1).
    let (tie_lo, tie_hi) = if p == 24 { (-17, 10) } else { (-4, 23) };
    let lz = w.leading_zeros();
    let w = w << lz;
    let &(th, tl) = pow5_table()?.get((q - Q_MIN) as usize)?;
    let mut prod = w as u128 * th as u128;
    // The result needs the top p+2 bits of the product (p + a rounding
    // bit, plus one for the normalisation); when the bits below them in
    // the high word are all ones, the low half of the table entry may
    // carry into them.
    let mask = u64::MAX >> (p + 2);
    if (prod >> 64) as u64 & mask == mask {
        prod += (w as u128 * tl as u128) >> 64;
    }
    let hi = (prod >> 64) as u64;
    let lo = prod as u64;
    if lo == u64::MAX && !(-27..=55).contains(&q) {
        return None; // the approximation error may matter: undecided
    }
    let upper = (hi >> 63) as u32;
    let sh = upper + 62 - p; // hi >> sh keeps p+1 bits
    let mut m = hi >> sh;
    let emax = f.emax as i64;
    // Biased exponent of the value's leading bit.
    let mut be = log2_10(q) + 63 + upper as i64 - lz as i64 + emax;
    if be <= 0 {
        return None; // subnormal or zero: the exact path
    }
    // An exact tie (nothing below the rounding bit) rounds to even.
    if lo <= 1 && (tie_lo..=tie_hi).contains(&q) && m & 3 == 1 && m << sh == hi {
        m &= !1;
    }
    m += m & 1;
    m >>= 1;
    if m >= 1 << p {
        m >>= 1;
        be += 1;
    }
    if be > 2 * emax {
        return None; // overflow (biased 2 emax + 1 is inf): the exact path sets ERANGE
    }
    Some((m, (be - emax - (p as i64 - 1)) as i32))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal big natural number (little-endian u32 limbs) for checking
    /// the table independently of the const code.
    #[derive(Clone, PartialEq, Eq, Debug)]
    struct N(Vec<u32>);
    impl N {
        fn from(v: u128) -> N {
            let mut n = N((0..4).map(|k| (v >> (32 * k)) as u32).collect());
            n.trim();
            n
        }
        fn trim(&mut self) {
            while self.0.last() == Some(&0) {
                self.0.pop();
            }
        }
        fn mul(&self, o: &N) -> N {
            let mut r = vec![0u64; self.0.len() + o.0.len() + 1];
            for (i, &a) in self.0.iter().enumerate() {
                let mut c = 0u64;
                for (j, &b) in o.0.iter().enumerate() {
                    let t = r[i + j] + a as u64 * b as u64 + c;
                    r[i + j] = t & 0xffff_ffff;
                    c = t >> 32;
                }
                let mut k = i + o.0.len();
                while c != 0 {
                    let t = r[k] + c;
                    r[k] = t & 0xffff_ffff;
                    c = t >> 32;
                    k += 1;
                }
            }
            let mut n = N(r.into_iter().map(|x| x as u32).collect());
            n.trim();
            n
        }
        fn pow2(k: usize) -> N {
            let mut v = vec![0u32; k / 32 + 1];
            v[k / 32] = 1 << (k % 32);
            N(v)
        }
        fn bits(&self) -> usize {
            match self.0.last() {
                None => 0,
                Some(&x) => self.0.len() * 32 - x.leading_zeros() as usize,
            }
        }
        fn cmp(&self, o: &N) -> core::cmp::Ordering {
            self.0
                .len()
                .cmp(&o.0.len())
                .then_with(|| self.0.iter().rev().cmp(o.0.iter().rev()))
        }
        fn sub1(&self) -> N {
            let mut v = self.0.clone();
            let mut i = 0;
            loop {
                let (t, b) = v[i].overflowing_sub(1);
                v[i] = t;
                if !b {
                    break;
                }
                i += 1;
            }
            let mut n = N(v);
            n.trim();
            n
        }
    }

    fn pow5(n: usize) -> N {
        let mut r = N::from(1);
        for _ in 0..n {
            r = r.mul(&N::from(5));
        }
        r
    }

    /// The shared table, waiting while another test thread builds it.
    fn ready_table() -> &'static [(u64, u64); LEN] {
        loop {
            match pow5_table() {
                Some(t) => return t,
                None => std::thread::yield_now(),
            }
        }
    }

    // The compile-time builder the table used to come from (bit by bit).
    const fn bitlen(a: &[u64]) -> usize {
        let mut i = a.len();
        while i > 0 {
            i -= 1;
            if a[i] != 0 {
                return i * 64 + 64 - a[i].leading_zeros() as usize;
            }
        }
        0
    }

    /// Bits `[pos, pos + 128)` of `a` (zero beyond its end).
    const fn bits128(a: &[u64], pos: usize) -> u128 {
        let mut r: u128 = 0;
        let mut k = 0;
        while k < 128 {
            let b = pos + k;
            if b / 64 < a.len() && (a[b / 64] >> (b % 64)) & 1 != 0 {
                r |= 1 << k;
            }
            k += 1;
        }
        r
    }

    /// Bit `b` of `a`.
    const fn bit(a: &[u64], b: usize) -> bool {
        b / 64 < a.len() && (a[b / 64] >> (b % 64)) & 1 != 0
    }

    const fn const_table() -> [(u64, u64); LEN] {
        let mut t = [(0u64, 0u64); LEN];
        let mut p = [0u64; PL]; // 5^n, exact
        p[0] = 1;
        let mut y = [0u64; YL]; // floor(2^M / 5^n), exact
        y[YL - 1] = 1;
        let mut n = 0usize;
        while n <= (-Q_MIN) as usize {
            let z = bitlen(&p);
            if n <= Q_MAX as usize {
                // 5^n truncated to its top 128 bits (or shifted up to them).
                let v = if z >= 128 {
                    bits128(&p, z - 128)
                } else {
                    bits128(&p, 0) << (128 - z)
                };
                t[(n as i64 - Q_MIN) as usize] = ((v >> 64) as u64, v as u64);
            }
            if n > 0 {
                // F = floor(2^b / 5^n) = y >> (M - b); c = F + 1, kept to 128
                // bits. F has b - z + 1 bits (5^n is strictly between 2^(z-1)
                // and 2^z).
                let b = if n <= 27 { z + 127 } else { 2 * z + 128 };
                let s = M - b; // F's bit 0 is y's bit s
                let flen = b - z + 1;
                let drop = flen - 128; // low bits of F+1 truncated away
                // F + 1 carries into bit `drop` iff F's low `drop` bits (y's
                // bits s..s+drop) are all ones (always when drop is 0).
                let mut carry = true;
                let mut k = 0;
                while k < drop {
                    carry &= bit(&y, s + k);
                    k += 1;
                }
                let top = bits128(&y, s + drop);
                let c = if carry {
                    match top.checked_add(1) {
                        Some(c) => c,
                        // F + 1 = 2^(flen): its top 128 bits are 2^127.
                        None => 1 << 127,
                    }
                } else {
                    top
                };
                assert!(c >> 127 == 1);
                t[(-(n as i64) - Q_MIN) as usize] = ((c >> 64) as u64, c as u64);
            }
            // p *= 5; y = floor(y / 5).
            let mut carry: u64 = 0;
            let mut i = 0;
            while i < PL {
                let v = p[i] as u128 * 5 + carry as u128;
                p[i] = v as u64;
                carry = (v >> 64) as u64;
                i += 1;
            }
            let mut rem: u64 = 0;
            let mut i = YL;
            while i > 0 {
                i -= 1;
                let v = (rem as u128) << 64 | y[i] as u128;
                y[i] = (v / 5) as u64;
                rem = (v % 5) as u64;
            }
            n += 1;
        }
        t
    }

    /// The run-time table is bit-identical to the compile-time one.
    #[test]
    fn runtime_table_matches_const() {
        const T: [(u64, u64); LEN] = const_table();
        let mut t = [(0, 0); LEN];
        let start = std::time::Instant::now();
        build(&mut t);
        eprintln!("build: {:?}", start.elapsed());
        assert!(t == T);
        assert!(*ready_table() == T);
    }

    #[test]
    fn table_matches_definition() {
        use core::cmp::Ordering::*;
        let t = ready_table();
        for q in Q_MIN..=Q_MAX {
            let (h, l) = t[(q - Q_MIN) as usize];
            let c = (h as u128) << 64 | l as u128;
            assert_eq!(c >> 127, 1, "q={q}");
            let cn = N::from(c);
            if q >= 0 {
                // c = floor(5^q * 2^s) for the s putting 5^q in [2^127, 2^128).
                let p = pow5(q as usize);
                let z = p.bits();
                if z <= 128 {
                    assert_eq!(cn, p.mul(&N::pow2(128 - z)), "q={q}");
                } else {
                    let k = N::pow2(z - 128);
                    assert_ne!(cn.mul(&k).cmp(&p), Greater, "q={q}");
                    assert_eq!(N::from(c + 1).mul(&k).cmp(&p), Greater, "q={q}");
                }
            } else {
                // c = floor((floor(2^b / 5^n) + 1) / 2^k), i.e.
                // (c 2^k - 1) 5^n <= 2^b < ((c+1) 2^k - 1) 5^n.
                let n = (-q) as usize;
                let p = pow5(n);
                let z = p.bits();
                let b = if n <= 27 { z + 127 } else { 2 * z + 128 };
                let k = N::pow2(b - z + 1 - 128);
                let two_b = N::pow2(b);
                let lo = cn.mul(&k).sub1().mul(&p);
                let hi = N::from(c + 1).mul(&k).sub1().mul(&p);
                assert_ne!(lo.cmp(&two_b), Greater, "q={q}");
                assert_eq!(hi.cmp(&two_b), Greater, "q={q}");
            }
        }
    }

    #[test]
    fn log2_10_is_floor() {
        // floor(q log2 10): bit length of 10^q minus one for q >= 0;
        // minus the bit length of 10^-q for q < 0 (never a power of two).
        let mut ten = N::from(1);
        for q in 0..=(-Q_MIN) {
            let l = ten.bits() as i64;
            if q <= Q_MAX {
                assert_eq!(log2_10(q), l - 1, "q={q}");
            }
            if q > 0 {
                assert_eq!(log2_10(-q), -l, "q={q}");
            }
            ten = ten.mul(&N::from(10));
        }
    }

    #[test]
    fn tie_windows() {
        // The exponent windows in eisel_lemire where ties are possible.
        let big = |n: u32| 5u128.pow(n);
        assert!(big(4) < 1 << 11 && big(5) >= 1 << 11);
        assert!(big(17) < 1 << 40 && big(18) >= 1 << 40);
        assert!(big(23) < 1 << 54 && big(24) >= 1 << 54);
        assert!(big(10) < 1 << 25 && big(11) >= 1 << 25);
    }
}
