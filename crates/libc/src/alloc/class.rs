//! Size classes: 16-byte steps up to 128 bytes, then four classes per
//! power of two up to [`SMALL_MAX`], so a request never gets more than 25%
//! extra. Every class size is a multiple of 16, so blocks carved from a
//! 64 KiB-aligned slab are 16-aligned, and a class whose size is a multiple
//! of some alignment `A` ≤ 64 KiB hands out `A`-aligned blocks.

/// Bytes a thread may cache per class.
pub const CACHE_BYTES: usize = 4 << 10;
/// Blocks a thread may cache per class.
pub const CACHE_MAX: usize = 16;
/// Number of small size classes.
pub const NCLASS: usize = 48;
/// Largest request served from slabs; larger ones get their own mapping.
pub const SMALL_MAX: usize = 128 << 10;
/// log2 of the slab granule.
pub const GRAN_SHIFT: u32 = 10;
/// Slab granule: slabs are whole runs of these, aligned to one; the
/// granules of a segment are one pool shared by every class.
pub const GRAN: usize = 1 << GRAN_SHIFT;
/// Granules per 4 MiB segment (the first few hold the segment header).
pub const NGRAN: usize = 4096;
/// A class's slabs grow (doubling, as it holds more of them) up to this
/// size, or its base size if larger.
pub const SLAB_GROW_MAX: usize = 64 << 10;
/// Classes from this size up have slabs of one block.
pub const ONE_BLOCK: usize = 16 << 10;
/// Largest alignment a slab's base gets (a power of two ≤ this dividing
/// the class size): blocks of a class whose size is a multiple of `A`
/// are `A`-aligned.
pub const SLAB_ALIGN_MAX: usize = 64 << 10;

const fn size_of_class(c: usize) -> usize {
    if c < 8 {
        (c + 1) * 16
    } else {
        let sh = 7 + (c - 8) / 4;
        let q = (c - 8) % 4;
        (1 << sh) + (q + 1) * (1 << (sh - 2))
    }
}

/// Granules of a class's first slabs: room for four blocks (at least a
/// granule; one block from [`ONE_BLOCK`] up: a whole number of granules),
/// then the first run of up to four more granules that wastes at most
/// 1/16, else the one that wastes least. Small slabs empty often, so their
/// granules go back to the shared pool for any class.
const fn grans_of_class(c: usize) -> usize {
    let s = size_of_class(c);
    if s >= ONE_BLOCK {
        return s / GRAN;
    }
    let want = if 4 * s > GRAN { 4 * s } else { GRAN };
    let g0 = want.div_ceil(GRAN);
    let mut best = g0;
    let mut best_waste = (g0 * GRAN) % s * 1000 / (g0 * GRAN);
    let mut g = g0;
    while g <= g0 + 4 {
        let w = (g * GRAN) % s * 1000 / (g * GRAN);
        if w <= 1000 / 16 {
            return g;
        }
        if w < best_waste {
            best = g;
            best_waste = w;
        }
        g += 1;
    }
    best
}

/// Granule alignment of a class's slabs (see [`SLAB_ALIGN_MAX`]).
const fn align_of_class(c: usize) -> usize {
    let s = size_of_class(c);
    let low = s & s.wrapping_neg();
    let a = if low > SLAB_ALIGN_MAX {
        SLAB_ALIGN_MAX
    } else {
        low
    };
    if a > GRAN { a / GRAN } else { 1 }
}

const fn table<const F: u8>() -> [u32; NCLASS] {
    let mut t = [0u32; NCLASS];
    let mut c = 0;
    while c < NCLASS {
        let s = size_of_class(c);
        t[c] = match F {
            0 => s as u32,
            1 => grans_of_class(c) as u32,
            2 => (grans_of_class(c) * GRAN / s) as u32,
            4 => align_of_class(c) as u32,
            // Thread-cache depth: 8 KiB worth, at most CACHE_MAX blocks,
            // none above 8 KiB (a big free block goes straight back to
            // its slab, so its pages can be released). A class's touched
            // memory is about its peak live blocks plus half its depth.
            _ => {
                let n = CACHE_BYTES / s;
                if n > CACHE_MAX {
                    CACHE_MAX as u32
                } else {
                    n as u32
                }
            }
        };
        c += 1;
    }
    t
}

/// Block size of each class.
pub static SIZE: [u32; NCLASS] = table::<0>();
/// Granules per slab of each class (below NGRAN, so 16 bits).
pub static GRANS: [u16; NCLASS] = narrow16(table::<1>());
/// Thread-cache depth of each class (at most CACHE_MAX).
pub static DEPTH: [u8; NCLASS] = narrow8(table::<3>());
/// Slab alignment of each class, in granules (at most 64).
pub static ALIGNG: [u8; NCLASS] = narrow8(table::<4>());

/// `t` in 16-bit entries (a compile error if one does not fit).
const fn narrow16(t: [u32; NCLASS]) -> [u16; NCLASS] {
    let mut o = [0u16; NCLASS];
    let mut c = 0;
    while c < NCLASS {
        assert!(t[c] <= u16::MAX as u32);
        o[c] = t[c] as u16;
        c += 1;
    }
    o
}

/// `t` in 8-bit entries (a compile error if one does not fit).
const fn narrow8(t: [u32; NCLASS]) -> [u8; NCLASS] {
    let mut o = [0u8; NCLASS];
    let mut c = 0;
    while c < NCLASS {
        assert!(t[c] <= u8::MAX as u32);
        o[c] = t[c] as u8;
        c += 1;
    }
    o
}

const fn recips() -> [u64; NCLASS] {
    let mut t = [0u64; NCLASS];
    let mut c = 0;
    while c < NCLASS {
        t[c] = (1u64 << 40).div_ceil(size_of_class(c) as u64);
        c += 1;
    }
    t
}
/// `ceil(2^40 / size)`: `(off * RECIP) >> 40 == off / size` for every
/// offset inside a slab (off < 2^20, size ≤ 2^17), without a division.
pub static RECIP: [u64; NCLASS] = recips();

/// Block index of byte offset `off` in a slab of class `c`.
#[inline(always)]
pub fn index_of(off: usize, c: usize) -> usize {
    ((off as u64 * RECIP[c]) >> 40) as usize
}

/// The class serving `n` bytes (`n` ≤ [`SMALL_MAX`]).
#[inline(always)]
pub fn class_of(n: usize) -> usize {
    if n <= 128 {
        return n.saturating_sub(1) >> 4;
    }
    let m = n - 1;
    let sh = (usize::BITS - 1 - m.leading_zeros()) as usize;
    8 + (sh - 7) * 4 + ((m >> (sh - 2)) & 3)
}

/// The first class at or above `class_of(n)` whose size is a multiple of
/// `align` (a power of two ≤ [`GRAN`]), if any.
pub fn class_aligned(n: usize, align: usize) -> Option<usize> {
    if n > SMALL_MAX {
        return None;
    }
    (class_of(n)..NCLASS).find(|&c| (SIZE[c] as usize).is_multiple_of(align))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_lookup() {
        assert_eq!(size_of_class(NCLASS - 1), SMALL_MAX);
        for c in 0..NCLASS {
            assert_eq!(SIZE[c] % 16, 0);
            if c > 0 {
                assert!(SIZE[c] > SIZE[c - 1]);
            }
            assert!(GRANS[c] >= 1 && (GRANS[c] as usize) < NGRAN);
            let blocks = GRANS[c] as usize * GRAN / SIZE[c] as usize;
            assert!(blocks >= 4 || (SIZE[c] as usize >= ONE_BLOCK && blocks == 1));
            // At most 1/8 of a slab is tail waste.
            let slab = GRANS[c] as usize * GRAN;
            assert!(slab % SIZE[c] as usize * 8 <= slab, "class {c}");
        }
        for n in 0..=SMALL_MAX {
            let c = class_of(n);
            let s = SIZE[c] as usize;
            assert!(s >= n.max(1), "n={n}");
            assert!(c == 0 || (SIZE[c - 1] as usize) < n, "n={n} not tight");
            // Internal fragmentation at most 25% past 16 bytes.
            assert!(n <= 16 || s * 4 <= n * 5 + 64, "n={n} s={s}");
        }
    }

    #[test]
    fn reciprocal_division_is_exact() {
        for c in 0..NCLASS {
            let s = SIZE[c] as usize;
            let slab = (GRANS[c] as usize * GRAN).max(SLAB_GROW_MAX);
            let mut off = 0;
            while off < slab {
                for d in [0usize, 1, 15, s - 1] {
                    let o = off + d;
                    assert_eq!(index_of(o, c), o / s, "class {c} off {o}");
                }
                off += s;
            }
        }
    }

    #[test]
    fn aligned_classes() {
        assert_eq!(class_aligned(1, 16), Some(0));
        assert_eq!(SIZE[class_aligned(100, 64).unwrap()], 128);
        assert_eq!(SIZE[class_aligned(1, 4096).unwrap()], 4096);
        assert_eq!(SIZE[class_aligned(1, 65536).unwrap()], 65536);
        assert_eq!(SIZE[class_aligned(70000, 65536).unwrap()], 131072);
        assert_eq!(class_aligned(SMALL_MAX + 1, 16), None);
    }
}
