//! Traditional DES crypt: the key's first eight characters (seven bits
//! each) as a 56-bit DES key (FIPS 46-3), a 12-bit salt from two
//! characters that swaps bits i and i+24 of the expansion E's output for
//! each set bit i, and 25 encryptions of a zero block; 13 characters out.
use super::{Out, a64};

/// FIPS 46-3's tables, bit positions counted from 1 at the most
/// significant end.
static IP: [u8; 64] = [
    58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4, 62, 54, 46, 38, 30, 22, 14, 6,
    64, 56, 48, 40, 32, 24, 16, 8, 57, 49, 41, 33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19, 11, 3, 61,
    53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31, 23, 15, 7,
];
static FP: [u8; 64] = [
    40, 8, 48, 16, 56, 24, 64, 32, 39, 7, 47, 15, 55, 23, 63, 31, 38, 6, 46, 14, 54, 22, 62, 30,
    37, 5, 45, 13, 53, 21, 61, 29, 36, 4, 44, 12, 52, 20, 60, 28, 35, 3, 43, 11, 51, 19, 59, 27,
    34, 2, 42, 10, 50, 18, 58, 26, 33, 1, 41, 9, 49, 17, 57, 25,
];
static E: [u8; 48] = [
    32, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9, 8, 9, 10, 11, 12, 13, 12, 13, 14, 15, 16, 17, 16, 17, 18,
    19, 20, 21, 20, 21, 22, 23, 24, 25, 24, 25, 26, 27, 28, 29, 28, 29, 30, 31, 32, 1,
];
static P: [u8; 32] = [
    16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10, 2, 8, 24, 14, 32, 27, 3, 9, 19,
    13, 30, 6, 22, 11, 4, 25,
];
static PC1: [u8; 56] = [
    57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18, 10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60,
    52, 44, 36, 63, 55, 47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22, 14, 6, 61, 53, 45, 37, 29,
    21, 13, 5, 28, 20, 12, 4,
];
static PC2: [u8; 48] = [
    14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10, 23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2, 41, 52,
    31, 37, 47, 55, 30, 40, 51, 45, 33, 48, 44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32,
];
static SHIFTS: [u8; 16] = [1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1];
/// The eight S-boxes, each four rows of sixteen.
static S: [[u8; 64]; 8] = [
    [
        14, 4, 13, 1, 2, 15, 11, 8, 3, 10, 6, 12, 5, 9, 0, 7, 0, 15, 7, 4, 14, 2, 13, 1, 10, 6, 12,
        11, 9, 5, 3, 8, 4, 1, 14, 8, 13, 6, 2, 11, 15, 12, 9, 7, 3, 10, 5, 0, 15, 12, 8, 2, 4, 9,
        1, 7, 5, 11, 3, 14, 10, 0, 6, 13,
    ],
    [
        15, 1, 8, 14, 6, 11, 3, 4, 9, 7, 2, 13, 12, 0, 5, 10, 3, 13, 4, 7, 15, 2, 8, 14, 12, 0, 1,
        10, 6, 9, 11, 5, 0, 14, 7, 11, 10, 4, 13, 1, 5, 8, 12, 6, 9, 3, 2, 15, 13, 8, 10, 1, 3, 15,
        4, 2, 11, 6, 7, 12, 0, 5, 14, 9,
    ],
    [
        10, 0, 9, 14, 6, 3, 15, 5, 1, 13, 12, 7, 11, 4, 2, 8, 13, 7, 0, 9, 3, 4, 6, 10, 2, 8, 5,
        14, 12, 11, 15, 1, 13, 6, 4, 9, 8, 15, 3, 0, 11, 1, 2, 12, 5, 10, 14, 7, 1, 10, 13, 0, 6,
        9, 8, 7, 4, 15, 14, 3, 11, 5, 2, 12,
    ],
    [
        7, 13, 14, 3, 0, 6, 9, 10, 1, 2, 8, 5, 11, 12, 4, 15, 13, 8, 11, 5, 6, 15, 0, 3, 4, 7, 2,
        12, 1, 10, 14, 9, 10, 6, 9, 0, 12, 11, 7, 13, 15, 1, 3, 14, 5, 2, 8, 4, 3, 15, 0, 6, 10, 1,
        13, 8, 9, 4, 5, 11, 12, 7, 2, 14,
    ],
    [
        2, 12, 4, 1, 7, 10, 11, 6, 8, 5, 3, 15, 13, 0, 14, 9, 14, 11, 2, 12, 4, 7, 13, 1, 5, 0, 15,
        10, 3, 9, 8, 6, 4, 2, 1, 11, 10, 13, 7, 8, 15, 9, 12, 5, 6, 3, 0, 14, 11, 8, 12, 7, 1, 14,
        2, 13, 6, 15, 0, 9, 10, 4, 5, 3,
    ],
    [
        12, 1, 10, 15, 9, 2, 6, 8, 0, 13, 3, 4, 14, 7, 5, 11, 10, 15, 4, 2, 7, 12, 9, 5, 6, 1, 13,
        14, 0, 11, 3, 8, 9, 14, 15, 5, 2, 8, 12, 3, 7, 0, 4, 10, 1, 13, 11, 6, 4, 3, 2, 12, 9, 5,
        15, 10, 11, 14, 1, 7, 6, 0, 8, 13,
    ],
    [
        4, 11, 2, 14, 15, 0, 8, 13, 3, 12, 9, 7, 5, 10, 6, 1, 13, 0, 11, 7, 4, 9, 1, 10, 14, 3, 5,
        12, 2, 15, 8, 6, 1, 4, 11, 13, 12, 3, 7, 14, 10, 15, 6, 8, 0, 5, 9, 2, 6, 11, 13, 8, 1, 4,
        10, 7, 9, 5, 0, 15, 14, 2, 3, 12,
    ],
    [
        13, 2, 8, 4, 6, 15, 11, 1, 10, 9, 3, 14, 5, 0, 12, 7, 1, 15, 13, 8, 10, 3, 7, 4, 12, 5, 6,
        11, 0, 14, 9, 2, 7, 11, 4, 1, 9, 12, 14, 2, 0, 6, 10, 13, 15, 3, 5, 8, 2, 1, 14, 7, 4, 10,
        8, 13, 15, 12, 9, 0, 3, 5, 6, 11,
    ],
];

/// Picks bits of the `width`-bit `x` by the 1-based `table`.
fn permute(x: u64, width: u32, table: &[u8]) -> u64 {
    let mut out = 0;
    for &t in table {
        out = (out << 1) | ((x >> (width - t as u32)) & 1);
    }
    out
}

/// The sixteen 48-bit round keys of a 64-bit key.
pub fn schedule(key: u64) -> [u64; 16] {
    let cd = permute(key, 64, &PC1);
    let (mut c, mut d) = ((cd >> 28) as u32, (cd & 0xfff_ffff) as u32);
    let mut ks = [0; 16];
    for (k, &s) in ks.iter_mut().zip(SHIFTS.iter()) {
        let s = s as u32;
        c = ((c << s) | (c >> (28 - s))) & 0xfff_ffff;
        d = ((d << s) | (d >> (28 - s))) & 0xfff_ffff;
        *k = permute(((c as u64) << 28) | d as u64, 56, &PC2);
    }
    ks
}

/// The cipher function f(R, K), with E's output bits i and i+24
/// swapped where the salt mask (bit 47-i for bit i) has a one.
fn f(r: u32, k: u64, saltmask: u64) -> u32 {
    let mut e = permute(r as u64, 32, &E);
    let t = ((e >> 24) ^ e) & saltmask;
    e ^= t | (t << 24);
    let x = e ^ k;
    let mut s = 0u64;
    for (i, sbox) in S.iter().enumerate() {
        let six = ((x >> (42 - 6 * i)) & 0x3f) as usize;
        let row = ((six >> 4) & 2) | (six & 1);
        let col = (six >> 1) & 0xf;
        s = (s << 4) | sbox[row * 16 + col] as u64;
    }
    permute(s, 32, &P) as u32
}

/// Enciphers (or, with `decrypt`, deciphers) one 64-bit block.
pub fn des(block: u64, ks: &[u64; 16], saltmask: u64, decrypt: bool) -> u64 {
    let x = permute(block, 64, &IP);
    let (mut l, mut r) = ((x >> 32) as u32, x as u32);
    for i in 0..16 {
        let k = if decrypt { ks[15 - i] } else { ks[i] };
        let n = l ^ f(r, k, saltmask);
        l = r;
        r = n;
    }
    permute(((r as u64) << 32) | l as u64, 64, &FP)
}

/// DES crypt of `key` with the two-character salt `salt`; None when a
/// salt character is outside crypt's alphabet.
pub fn crypt(out: &mut Out, key: &[u8], salt: &[u8]) -> Option<()> {
    let s0 = a64(*salt.first()?)?;
    let s1 = a64(*salt.get(1)?)?;
    let salt_bits = s0 as u32 | (s1 as u32) << 6;
    // Salt bit i swaps E bits i and i+24, counted from E's first
    // (most significant) bit: in the low 24 bits that is bit 23-i.
    let mut mask = 0u64;
    for i in 0..12 {
        if salt_bits >> i & 1 != 0 {
            mask |= 1 << (23 - i);
        }
    }
    let mut k = 0u64;
    for i in 0..8 {
        let c = key.get(i).copied().unwrap_or(0);
        k |= ((c << 1) as u64) << (56 - 8 * i);
    }
    let ks = schedule(k);
    let mut b = 0u64;
    for _ in 0..25 {
        b = des(b, &ks, mask, false);
    }
    out.put(&salt[..2]);
    // 64 bits as eleven characters, six bits each from the top, the
    // last padded with two zero bits.
    for i in 0..11 {
        let v = if i < 10 { b >> (58 - 6 * i) } else { b << 2 };
        out.push(super::B64[(v & 0x3f) as usize]);
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fips_example() {
        let ks = schedule(0x133457799BBCDFF1);
        let c = des(0x0123456789ABCDEF, &ks, 0, false);
        assert_eq!(c, 0x85E813540F0AB405);
        assert_eq!(des(c, &ks, 0, true), 0x0123456789ABCDEF);
    }
}
