//! bcrypt (`$2b$`, `$2a$`, `$2y$`, and the historical `$2x$`): Provos
//! and Mazières' EksBlowfish — Blowfish's state keyed expensively by
//! the passphrase (with its NUL, at most 72 bytes, cycled) and a
//! 128-bit salt 2^cost times, then "OrpheanBeholderScryDoubt"
//! enciphered 64 times. `$2x$` reproduces the old sign-extension bug for
//! bytes above 0x7f; `$2a$` adds Openwall's countermeasure, as libxcrypt
//! does: the first key word's bit 16 flipped, in the first expansion
//! only, when the buggy and the correct key agree although a byte above
//! 0x7f was seen (one not first in its word).
use super::Out;
use super::bf_init::{P_INIT, S_INIT};

/// bcrypt's own base-64 alphabet (big-endian bit order).
static BF64: [u8; 64] = *b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
static MAGIC: [u8; 24] = *b"OrpheanBeholderScryDoubt";

struct State {
    p: [u32; 18],
    s: [[u32; 256]; 4],
}

impl State {
    fn f(&self, x: u32) -> u32 {
        let [a, b, c, d] = x.to_be_bytes();
        (self.s[0][a as usize].wrapping_add(self.s[1][b as usize]) ^ self.s[2][c as usize])
            .wrapping_add(self.s[3][d as usize])
    }
    fn encrypt(&self, mut l: u32, mut r: u32) -> (u32, u32) {
        for i in 0..16 {
            l ^= self.p[i];
            r ^= self.f(l);
            core::mem::swap(&mut l, &mut r);
        }
        (r ^ self.p[17], l ^ self.p[16])
    }
    /// XORs `key` into P, then re-enciphers P and the S-boxes in a
    /// chain, XORing in the salt halves alternately when there is one.
    fn expand(&mut self, key: &[u32; 18], salt: Option<&[u32; 4]>) {
        for (p, k) in self.p.iter_mut().zip(key) {
            *p ^= k;
        }
        let (mut l, mut r) = (0, 0);
        let mut k = 0;
        let mut next = |st: &Self, l: &mut u32, r: &mut u32| {
            if let Some(s) = salt {
                *l ^= s[2 * (k % 2)];
                *r ^= s[2 * (k % 2) + 1];
            }
            k += 1;
            (*l, *r) = st.encrypt(*l, *r);
        };
        for i in (0..18).step_by(2) {
            next(self, &mut l, &mut r);
            self.p[i] = l;
            self.p[i + 1] = r;
        }
        for b in 0..4 {
            for i in (0..256).step_by(2) {
                next(self, &mut l, &mut r);
                self.s[b][i] = l;
                self.s[b][i + 1] = r;
            }
        }
    }
}

fn decode(c: u8) -> Option<u32> {
    BF64.iter().position(|&b| b == c).map(|p| p as u32)
}

/// bcrypt's base-64 of `data`: four characters for three bytes, two or
/// three for a last one or two.
pub(super) fn encode(out: &mut Out, data: &[u8]) {
    for ch in data.chunks(3) {
        let w = (ch[0] as u32) << 16
            | (*ch.get(1).unwrap_or(&0) as u32) << 8
            | *ch.get(2).unwrap_or(&0) as u32;
        for i in 0..ch.len() + 1 {
            out.push(BF64[((w >> (18 - 6 * i)) & 0x3f) as usize]);
        }
    }
}

/// The passphrase's 18 key words (its bytes and NUL, cycled): those
/// for the first expansion, and those for the expensive loop.
fn key_words(key: &[u8], variant: u8) -> ([u32; 18], [u32; 18]) {
    let mut good = [0u32; 18];
    let mut bug = [0u32; 18];
    let mut at = 0;
    let mut high = false;
    for i in 0..18 {
        for j in 0..4 {
            let c = key.get(at).copied().unwrap_or(0);
            good[i] = (good[i] << 8) | c as u32;
            bug[i] = (bug[i] << 8) | c as i8 as i32 as u32;
            // A high byte that is not a word's first.
            high |= j != 0 && c & 0x80 != 0;
            at = if at >= key.len() { 0 } else { at + 1 };
        }
    }
    match variant {
        b'x' => (bug, bug),
        b'a' => {
            let first = good;
            if high && good == bug {
                good[0] ^= 0x10000;
            }
            (good, first)
        }
        _ => (good, good),
    }
}

/// bcrypt of `key` with `setting` (`$2?$NN$` already checked to start
/// it): a two-digit cost 04..31 and 22 salt characters.
pub fn crypt(out: &mut Out, key: &[u8], setting: &[u8]) -> Option<()> {
    let variant = setting[2];
    let (d0, d1) = (setting.get(4)?, setting.get(5)?);
    if !d0.is_ascii_digit() || !d1.is_ascii_digit() || setting.get(6) != Some(&b'$') {
        return None;
    }
    let cost = (d0 - b'0') as u32 * 10 + (d1 - b'0') as u32;
    if !(4..=31).contains(&cost) {
        return None;
    }
    let salt_chars = setting.get(7..29)?;
    let mut salt = [0u8; 16];
    let mut bits = 0u32;
    let mut nbits = 0;
    let mut n = 0;
    for &c in salt_chars {
        bits = (bits << 6) | decode(c)?;
        nbits += 6;
        if nbits >= 8 && n < 16 {
            nbits -= 8;
            salt[n] = (bits >> nbits) as u8;
            n += 1;
        }
    }
    let mut sw = [0u32; 4];
    for (i, w) in sw.iter_mut().enumerate() {
        *w = u32::from_be_bytes([
            salt[4 * i],
            salt[4 * i + 1],
            salt[4 * i + 2],
            salt[4 * i + 3],
        ]);
    }
    let mut saltkey = [0u32; 18];
    for (i, w) in saltkey.iter_mut().enumerate() {
        *w = sw[i % 4];
    }
    let (kw0, kw) = key_words(&key[..key.len().min(72)], variant);

    let mut st = State {
        p: P_INIT,
        s: S_INIT,
    };
    st.expand(&kw0, Some(&sw));
    for _ in 0..1u64 << cost {
        st.expand(&kw, None);
        st.expand(&saltkey, None);
    }
    let mut ct = [0u8; 24];
    for blk in 0..3 {
        let w = |j: usize| u32::from_be_bytes([MAGIC[j], MAGIC[j + 1], MAGIC[j + 2], MAGIC[j + 3]]);
        let (mut l, mut r) = (w(8 * blk), w(8 * blk + 4));
        for _ in 0..64 {
            (l, r) = st.encrypt(l, r);
        }
        ct[8 * blk..8 * blk + 4].copy_from_slice(&l.to_be_bytes());
        ct[8 * blk + 4..8 * blk + 8].copy_from_slice(&r.to_be_bytes());
    }
    out.put(&setting[..7]);
    encode(out, &salt);
    encode(out, &ct[..23]);
    Some(())
}
