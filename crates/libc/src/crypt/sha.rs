//! SHA-256-crypt (`$5$`) and SHA-512-crypt (`$6$`), as Ulrich Drepper's
//! specification "Unix crypt using SHA-256 and SHA-512" describes them,
//! and MD5-crypt (`$1$`), Poul-Henning Kamp's FreeBSD method.
use super::digest::{Digest, Md5, Sha256, Sha512};
use super::{Out, b64_24};

/// The order the digest's bytes are written in, three at a time
/// (the last one or two on their own): built at compile time.
const fn order(len: usize, rot: [usize; 3]) -> [u8; 64] {
    let mut t = [0u8; 64];
    let n = len / 3;
    let mut k = 0;
    while k < n {
        let base = [k, k + n, k + 2 * n];
        let r = k % 3;
        let mut j = 0;
        while j < 3 {
            t[3 * k + j] = base[(j + rot[r]) % 3] as u8;
            j += 1;
        }
        k += 1;
    }
    t
}
/// SHA-512: (0,21,42) (22,43,1) (44,2,23) …, then byte 63.
static ORDER512: [u8; 64] = {
    let mut t = order(64, [0, 1, 2]);
    t[63] = 63;
    t
};
/// SHA-256: (0,10,20) (21,1,11) (12,22,2) …, then bytes 31 and 30.
static ORDER256: [u8; 64] = {
    let mut t = order(32, [0, 2, 1]);
    t[30] = 31;
    t[31] = 30;
    t
};
/// MD5: (0,6,12) (1,7,13) (2,8,14) (3,9,15) (4,10,5), then byte 11.
static ORDER_MD5: [u8; 16] = [0, 6, 12, 1, 7, 13, 2, 8, 14, 3, 9, 15, 4, 10, 5, 11];

/// Writes `digest` in crypt's base-64 in the given byte order.
fn encode(out: &mut Out, digest: &[u8], order: &[u8]) {
    let mut i = 0;
    while i + 3 <= order.len() {
        let b = |j: usize| digest[order[i + j] as usize] as u32;
        b64_24(out, (b(0) << 16) | (b(1) << 8) | b(2), 4);
        i += 3;
    }
    match order.len() - i {
        2 => b64_24(
            out,
            ((digest[order[i] as usize] as u32) << 8) | digest[order[i + 1] as usize] as u32,
            3,
        ),
        1 => b64_24(out, digest[order[i] as usize] as u32, 2),
        _ => {}
    }
}

/// Adds `src` repeated to `n` bytes.
fn repeat<D: Digest>(d: &mut D, src: &[u8], mut n: usize) {
    while n > D::LEN {
        d.update(&src[..D::LEN]);
        n -= D::LEN;
    }
    d.update(&src[..n]);
}

const ROUNDS_DEFAULT: u32 = 5000;
const ROUNDS_MIN: u32 = 1000;
const ROUNDS_MAX: u32 = 999_999_999;
static ROUNDS: [u8; 7] = *b"rounds=";

/// SHA-crypt of `key` with `rest` (the setting after `$5$`/`$6$`);
/// None for a malformed setting. A `rounds=` outside 1000..=999999999
/// or written with a sign or leading zero is refused, as libxcrypt does
/// (Drepper's specification clamps it).
fn sha_crypt<D: Digest>(out: &mut Out, key: &[u8], rest: &[u8], order: &[u8]) -> Option<()> {
    let mut rest = rest;
    let mut rounds = ROUNDS_DEFAULT;
    let mut explicit = false;
    if rest.starts_with(&ROUNDS) {
        let num = &rest[ROUNDS.len()..];
        let end = num.iter().position(|&c| c == b'$')?;
        let digits = &num[..end];
        if digits.is_empty() || digits[0] == b'0' || digits.len() > 9 {
            return None;
        }
        let mut v = 0u32;
        for &c in digits {
            if !c.is_ascii_digit() {
                return None;
            }
            v = v * 10 + (c - b'0') as u32;
        }
        if !(ROUNDS_MIN..=ROUNDS_MAX).contains(&v) {
            return None;
        }
        rounds = v;
        explicit = true;
        rest = &num[end + 1..];
    }
    let salt_end = rest
        .iter()
        .take(16)
        .position(|&c| c == b'$')
        .unwrap_or(rest.len().min(16));
    let salt = &rest[..salt_end];

    let mut b = D::new();
    b.update(key);
    b.update(salt);
    b.update(key);
    let db = b.finish();

    let mut a = D::new();
    a.update(key);
    a.update(salt);
    repeat(&mut a, &db, key.len());
    let mut n = key.len();
    while n > 0 {
        if n & 1 != 0 {
            a.update(&db[..D::LEN]);
        } else {
            a.update(key);
        }
        n >>= 1;
    }
    let mut da = a.finish();

    let mut dp = D::new();
    for _ in 0..key.len() {
        dp.update(key);
    }
    let dp = dp.finish();
    let mut ds = D::new();
    for _ in 0..16 + da[0] as usize {
        ds.update(salt);
    }
    let ds = ds.finish();
    // P and S: the digests repeated to the key's and the salt's lengths
    // (at most 16 bytes for S; P's length is bounded by the caller).
    let p_byte = |i: usize| dp[i % D::LEN];
    let mut p = [0u8; super::MAX_KEY];
    for (i, v) in p[..key.len()].iter_mut().enumerate() {
        *v = p_byte(i);
    }
    let p = &p[..key.len()];
    let s = &ds[..salt.len()];

    for i in 0..rounds {
        let mut c = D::new();
        if i & 1 != 0 {
            c.update(p);
        } else {
            c.update(&da[..D::LEN]);
        }
        if i % 3 != 0 {
            c.update(s);
        }
        if i % 7 != 0 {
            c.update(p);
        }
        if i & 1 != 0 {
            c.update(&da[..D::LEN]);
        } else {
            c.update(p);
        }
        da = c.finish();
    }

    if explicit {
        out.put(&ROUNDS);
        out.num(rounds);
        out.put(&super::DOLLAR);
    }
    out.put(salt);
    out.put(&super::DOLLAR);
    encode(out, &da[..D::LEN], order);
    Some(())
}

pub fn sha512(out: &mut Out, key: &[u8], rest: &[u8]) -> Option<()> {
    sha_crypt::<Sha512>(out, key, rest, &ORDER512)
}

pub fn sha256(out: &mut Out, key: &[u8], rest: &[u8]) -> Option<()> {
    sha_crypt::<Sha256>(out, key, rest, &ORDER256[..32])
}

static MAGIC_MD5: [u8; 3] = *b"$1$";

/// MD5-crypt of `key` with `rest` (the setting after `$1$`): a salt of
/// up to eight characters before any `$`, 1000 rounds.
pub fn md5(out: &mut Out, key: &[u8], rest: &[u8]) -> Option<()> {
    let salt_end = rest
        .iter()
        .take(8)
        .position(|&c| c == b'$')
        .unwrap_or(rest.len().min(8));
    let salt = &rest[..salt_end];

    let mut alt = Md5::new();
    alt.update(key);
    alt.update(salt);
    alt.update(key);
    let alt = alt.finish();

    let mut c = Md5::new();
    c.update(key);
    c.update(&MAGIC_MD5);
    c.update(salt);
    repeat(&mut c, &alt, key.len());
    let mut n = key.len();
    while n > 0 {
        if n & 1 != 0 {
            c.update(&super::ZERO);
        } else {
            c.update(&key[..1]);
        }
        n >>= 1;
    }
    let mut d = c.finish();

    for i in 0..1000 {
        let mut c = Md5::new();
        if i & 1 != 0 {
            c.update(key);
        } else {
            c.update(&d[..16]);
        }
        if i % 3 != 0 {
            c.update(salt);
        }
        if i % 7 != 0 {
            c.update(key);
        }
        if i & 1 != 0 {
            c.update(&d[..16]);
        } else {
            c.update(key);
        }
        d = c.finish();
    }
    out.put(salt);
    out.put(&super::DOLLAR);
    encode(out, &d[..16], &ORDER_MD5);
    Some(())
}
