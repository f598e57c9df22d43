//! The hash functions under the crypt methods, written from their
//! specifications: SHA-256 and SHA-512 (FIPS 180-4) and MD5 (RFC 1321).
//! Each keeps a running state and its unprocessed tail; `finish` pads
//! and gives the digest in the first `LEN` bytes of a 64-byte array.

/// One incremental hash; the crypt methods are generic over it.
pub trait Digest {
    /// The digest's length in bytes.
    const LEN: usize;
    fn new() -> Self;
    fn update(&mut self, data: &[u8]);
    fn finish(self) -> [u8; 64];
}

/// A block buffer shared by the three: `B` bytes a block.
struct Buf<const B: usize> {
    block: [u8; B],
    fill: usize,
    total: u64,
}

impl<const B: usize> Buf<B> {
    const fn new() -> Self {
        Buf {
            block: [0; B],
            fill: 0,
            total: 0,
        }
    }
    /// Feeds `data`, calling `f` on each full block.
    fn feed(&mut self, mut data: &[u8], mut f: impl FnMut(&[u8; B])) {
        self.total = self.total.wrapping_add(data.len() as u64);
        while !data.is_empty() {
            let n = (B - self.fill).min(data.len());
            self.block[self.fill..self.fill + n].copy_from_slice(&data[..n]);
            self.fill += n;
            data = &data[n..];
            if self.fill == B {
                f(&self.block);
                self.fill = 0;
            }
        }
    }
    /// The final padding: 0x80, zeros, then the bit length in `lenbytes`
    /// bytes (big- or little-endian) at the block's end.
    fn pad(&mut self, lenbytes: usize, big: bool, mut f: impl FnMut(&[u8; B])) {
        let bits = self.total.wrapping_mul(8);
        self.block[self.fill] = 0x80;
        self.fill += 1;
        if self.fill > B - lenbytes {
            self.block[self.fill..].fill(0);
            f(&self.block);
            self.fill = 0;
        }
        self.block[self.fill..].fill(0);
        let len = if big {
            bits.to_be_bytes()
        } else {
            bits.to_le_bytes()
        };
        if big {
            self.block[B - 8..].copy_from_slice(&len);
        } else {
            self.block[B - lenbytes..B - lenbytes + 8].copy_from_slice(&len);
        }
        f(&self.block);
    }
}

static K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
static H256: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

pub struct Sha256 {
    h: [u32; 8],
    buf: Buf<64>,
}

fn sha256_block(h: &mut [u32; 8], b: &[u8; 64]) {
    let mut w = [0u32; 64];
    for i in 0..16 {
        w[i] = u32::from_be_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = *h;
    for i in 0..64 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(K256[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for i in 0..8 {
        h[i] = h[i].wrapping_add(v[i]);
    }
}

impl Digest for Sha256 {
    const LEN: usize = 32;
    fn new() -> Self {
        Sha256 {
            h: H256,
            buf: Buf::new(),
        }
    }
    fn update(&mut self, data: &[u8]) {
        let h = &mut self.h;
        self.buf.feed(data, |b| sha256_block(h, b));
    }
    fn finish(mut self) -> [u8; 64] {
        let h = &mut self.h;
        self.buf.pad(8, true, |b| sha256_block(h, b));
        let mut out = [0; 64];
        for i in 0..8 {
            out[4 * i..4 * i + 4].copy_from_slice(&self.h[i].to_be_bytes());
        }
        out
    }
}

static K512: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];
static H512: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

pub struct Sha512 {
    h: [u64; 8],
    buf: Buf<128>,
}

fn sha512_block(h: &mut [u64; 8], b: &[u8; 128]) {
    let mut w = [0u64; 80];
    for i in 0..16 {
        let mut x = [0u8; 8];
        x.copy_from_slice(&b[8 * i..8 * i + 8]);
        w[i] = u64::from_be_bytes(x);
    }
    for i in 16..80 {
        let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
        let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = *h;
    for i in 0..80 {
        let [a, b, c, d, e, f, g, hh] = v;
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(K512[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for i in 0..8 {
        h[i] = h[i].wrapping_add(v[i]);
    }
}

impl Digest for Sha512 {
    const LEN: usize = 64;
    fn new() -> Self {
        Sha512 {
            h: H512,
            buf: Buf::new(),
        }
    }
    fn update(&mut self, data: &[u8]) {
        let h = &mut self.h;
        self.buf.feed(data, |b| sha512_block(h, b));
    }
    fn finish(mut self) -> [u8; 64] {
        let h = &mut self.h;
        // The 128-bit length's high half is zero for any input here.
        self.buf.pad(16, true, |b| sha512_block(h, b));
        let mut out = [0; 64];
        for i in 0..8 {
            out[8 * i..8 * i + 8].copy_from_slice(&self.h[i].to_be_bytes());
        }
        out
    }
}

/// MD5's per-step shifts and the sines' integer parts (RFC 1321 3.4).
static MD5_S: [u8; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
static MD5_K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];
static MD5_H: [u32; 4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];

pub struct Md5 {
    h: [u32; 4],
    buf: Buf<64>,
}

fn md5_block(h: &mut [u32; 4], b: &[u8; 64]) {
    let mut x = [0u32; 16];
    for i in 0..16 {
        x[i] = u32::from_le_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
    }
    let [mut a, mut bb, mut c, mut d] = *h;
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((bb & c) | (!bb & d), i),
            1 => ((d & bb) | (!d & c), (5 * i + 1) % 16),
            2 => (bb ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (bb | !d), (7 * i) % 16),
        };
        let s = MD5_S[(i / 16) * 4 + i % 4] as u32;
        let t = a.wrapping_add(f).wrapping_add(MD5_K[i]).wrapping_add(x[g]);
        a = d;
        d = c;
        c = bb;
        bb = bb.wrapping_add(t.rotate_left(s));
    }
    h[0] = h[0].wrapping_add(a);
    h[1] = h[1].wrapping_add(bb);
    h[2] = h[2].wrapping_add(c);
    h[3] = h[3].wrapping_add(d);
}

impl Digest for Md5 {
    const LEN: usize = 16;
    fn new() -> Self {
        Md5 {
            h: MD5_H,
            buf: Buf::new(),
        }
    }
    fn update(&mut self, data: &[u8]) {
        let h = &mut self.h;
        self.buf.feed(data, |b| md5_block(h, b));
    }
    fn finish(mut self) -> [u8; 64] {
        let h = &mut self.h;
        self.buf.pad(8, false, |b| md5_block(h, b));
        let mut out = [0; 64];
        for i in 0..4 {
            out[4 * i..4 * i + 4].copy_from_slice(&self.h[i].to_le_bytes());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    extern crate std;
    use std::string::String;
    use std::vec::Vec;

    fn hex<D: Digest>(parts: &[&[u8]]) -> String {
        let mut d = D::new();
        for p in parts {
            d.update(p);
        }
        let out = d.finish();
        out[..D::LEN]
            .iter()
            .map(|b| std::format!("{b:02x}"))
            .collect()
    }

    #[test]
    fn fips_180_vectors() {
        assert_eq!(
            hex::<Sha256>(&[b"abc"]),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex::<Sha256>(&[
                b"abcdbcdecdefdefgefghfghighijhi",
                b"jkijkljklmklmnlmnomnopnopq"
            ]),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
        assert_eq!(
            hex::<Sha256>(&[b""]),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            hex::<Sha512>(&[b"abc"]),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex::<Sha512>(&[
                b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn",
                b"hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
            ]),
            "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018\
             501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"
        );
        let million: Vec<u8> = std::vec![b'a'; 1_000_000];
        assert_eq!(
            hex::<Sha256>(&[&million]),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
    }

    #[test]
    fn rfc_1321_vectors() {
        assert_eq!(hex::<Md5>(&[b""]), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(hex::<Md5>(&[b"abc"]), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(
            hex::<Md5>(&[b"message digest"]),
            "f96b697d7cb7938d525a2f31aaf161d0"
        );
        assert_eq!(
            hex::<Md5>(&[
                b"1234567890123456789012345678901234567890",
                b"1234567890123456789012345678901234567890"
            ]),
            "57edf4a22be3c955ac49da2e2107b67a"
        );
    }
}
