//! The allocator behind `malloc` and friends (plain Rust, host-tested).
//!
//! # Design
//!
//! * **Size classes** ([`class`]): 16-byte steps to 128 B, then four per
//!   power of two to 128 KiB (≤ 25% internal waste). Blocks carry **no
//!   header**: `malloc(16)` costs 16 bytes.
//! * **One pool of granules shared by every class**: memory comes from
//!   the kernel in 4 MiB segments aligned to 4 MiB (address space only),
//!   cut into 4096 granules of 1 KiB. A slab is a run of granules serving
//!   one class, taken **lowest-first** from the segment's bitmap: small
//!   (room for four blocks, at least a granule: 1 KiB for 16-byte blocks,
//!   4 KiB for 640) so it empties often, and an empty slab's granules go
//!   straight back to the pool, where the next slab of *any* class takes
//!   them before an untouched granule. So the heap costs about the peak
//!   of the total live memory, not the sum of each class's own peak. A
//!   class holding many slabs (32, 64, ...) gets bigger ones (doubling, up
//!   to 64 KiB), so a heavy class does not take the lock per few blocks.
//!   A class whose size is a multiple of a power of two `A` ≤ 64 KiB has
//!   its slabs `A`-aligned, so `memalign` up to 64 KiB is served by slabs.
//! * **Metadata**: the segment header holds the granule bitmap, 32-byte
//!   slab records (dense, reused), the dirty bitmaps and a granule →
//!   record map; `free(p)` finds its slab by masking `p` and one lookup —
//!   no search. The fields a small heap touches take one page (bitmaps
//!   and first records) and part of the first slab's (the map's used
//!   part, stored reversed to end the header).
//! * **Lazy carving**: a refill carves fresh blocks only from the page the
//!   slab's bump index is in (at least one block), so a slab never touches
//!   pages it does not need.
//! * **Large blocks** (> 128 KiB or over-aligned past 64 KiB, or from
//!   `mallopt`'s `M_MMAP_THRESHOLD` up while `M_MMAP_MAX` allows: see
//!   [`tune`]) get their own mapping with a small header in front. Freed
//!   ones (≤ 256 KiB) are kept in a small cache (4 mappings, 1 MiB in
//!   all, oldest unmapped first) with their pages resident, so a free +
//!   malloc of a similar size costs no syscall and no page fault;
//!   `calloc` zeroes a recycled one.
//! * **realloc**: a block that fits its class stays put (unless under a
//!   quarter full). A growing small block at least quadruples (up to
//!   [`GROW_MAP`]), so a run of growths moves O(log n) times and touches
//!   few classes. Past [`GROW_MAP`] (or a page) it moves to a mapping
//!   of its own (a cached one if any, however roomy: it is likely to grow
//!   into it), where it grows in place or by `mremap` (by at least an
//!   eighth: no copy, and the slack costs no memory until touched). A
//!   moved block copies only what both hold.
//! * **Returning memory**: free granules keep their pages (dirty) for
//!   reuse; purging goes by *epochs* of allocation activity (an epoch ends
//!   once 1 MiB, or the heap's size if more, of slabs has been taken since
//!   the last), and at an epoch's end the free pages freed before the
//!   previous epoch's end go to the kernel with `MADV_FREE` (runs of 64
//!   KiB or more; `MADV_DONTNEED` on kernels before 4.5). Memory freed and
//!   soon taken again (a batch freed and reallocated) is never purged and
//!   costs no page faults; memory the program stops using goes back within
//!   two epochs of further activity. A segment with no slab is unmapped
//!   (one is kept). `M_TRIM_THRESHOLD`/`M_TOP_PAD` replace the epochs by
//!   glibc's threshold rule ([`tune`]).
//! * **Threads**: each thread has a [`Cache`] (a free list per class, up
//!   to 4 KiB or 16 blocks deep; none above 4 KiB); `malloc`/`free` touch
//!   only it on the fast path. The central [`Heap`] is behind one lock
//!   taken only to refill or flush a batch — an uncontended atomic swap
//!   while single-threaded. Cached blocks are memory no other class can
//!   use (the bench's 17-class mix holds ~60 KiB in caches 8 KiB deep), so
//!   the depth is bounded in bytes and in blocks.
//! * **Fault detection**: a pointer is checked against our segments (the
//!   first held inline, the others in a radix bitmap), its granule's slab
//!   record, the slab's class, range and bump index and the block grid; a
//!   freed block carries a cookie (its address xor a constant) in its
//!   second word, and a matching cookie is confirmed by searching the free
//!   lists before reporting a double free. Large blocks carry a checked
//!   magic word (cleared when freed, also while cached).
//!
//! # Measurements
//!
//! `cargo xtask bench --arch x86_64 --filter
//! malloc-mixed,malloc-batch,realloc,qsort` (2 shared, busy cores: times
//! ±20%, compare ratios), ns/op and peak RSS (KiB) as ferrolibc / glibc /
//! musl, before (64 KiB granules, a class's slabs its own, 8 KiB / 64-block
//! caches) and after (shared 1 KiB granules, 4 KiB / 16-block caches,
//! epoch purging):
//!
//! | row | before | after (run 1) | after (run 2) |
//! |---|---|---|---|
//! | malloc+free mixed small | 12.96 / 15.65 / 79.6 | 13.58 / 13.50 / 73.3 | 13.54 / 13.51 / 72.2 |
//! | 10k mallocs, random-order free | 59.5 / 56.4 / 553 | 56.2 / 54.0 / 532 | 55.0 / 53.6 / 524 |
//! | realloc growth to 64 KiB | 6.02 / 7.57 / 806 | 6.44 / 7.26 / 794 | 6.45 / 7.28 / 805 |
//! | qsort 1M ints | 158 / 149 / 1623 | 153 / 148 / 1480 | 197 / 220 / 2175 |
//! | RSS malloc-mixed | 384 / 940 / 220 (1.75x) | 348 / 936 / 220 (1.58x) | 348 / 936 / 220 (1.58x) |
//! | RSS malloc-batch | 7848 / 6156 / 5920 (1.33x) | 6040 / 6156 / 5920 (1.02x) | 6040 / 6156 / 5920 (1.02x) |
//! | RSS realloc | 272 / 864 / 148 (1.84x) | 264 / 864 / 148 (1.78x) | 268 / 868 / 148 (1.81x) |
//! | RSS qsort | 3988 / 8496 / 3840 (1.04x) | 3992 / 8496 / 3840 (1.04x) | 3992 / 8496 / 3840 (1.04x) |
//!
//! Where malloc-mixed's heap went (smaps of the bench binary; its own
//! text, rodata, bss and stack are 184 KiB, against musl's ~92): before,
//! the segment held 200 KiB (a header page and each of the 17 classes'
//! own peak pages, plus cached blocks) and a radix leaf page 4 KiB; after,
//! 164 KiB (two header pages, 39 pages of granules) and no leaf page.
//! The realloc row's heap is the 64 KiB block's own mapping plus 20 KiB
//! (two header pages and three of small classes: growth moves to a
//! mapping past a page, so the 8 KiB class is no longer on the way); its
//! other 184 KiB, and ~128 of malloc-mixed's, are the binary's, so the
//! 1.5x-musl target for those two rows waits on a smaller text: the heap
//! alone is 164 KiB against musl's ~128 there, 84 against ~56 here.
//! What each change bought (malloc-mixed heap, by host simulation of the
//! bench's pattern): sharing 1 KiB granules ~16 KiB, caches of 16 blocks
//! and 4 KiB instead of 64 and 8 KiB ~12 KiB, the first segment inline
//! in the radix 4 KiB, slab records of 32 bytes in the header's first page
//! 4 KiB. The floor without any cache is ~130 KiB (fragmentation: a slab
//! returns only when all its blocks are free); caches of 8 blocks or 2
//! KiB save ~8 KiB more at ~20% more time in malloc-mixed. Purging every
//! emptied slab at once (or each MiB freed) made "10k mallocs" ~2x slower
//! (each round re-dirtied the purged pages: TLB flushes and dirty-bit
//! updates), hence the epochs. Growing a class's slabs every 4 slabs
//! (instead of 32) cost malloc-mixed its sharing (340 -> 380 KiB).
//!
//! Crates considered: `linked_list_allocator` is a first-fit list (O(n)
//! allocation); `talc` and `rlsf` are good O(1) boundary-tag allocators
//! over a given arena, but carry a per-block header, have no per-thread
//! caching, and grow an arena rather than returning memory to the kernel
//! — glibc-class speed needs size-class free lists with thread caches,
//! and musl-class footprint needs headerless small blocks, a page pool
//! shared by the classes and page release, so this is a small
//! segment/slab design (in the spirit of mimalloc and mallocng), written
//! for this library.
//!
//! # Replacing malloc
//!
//! A program may define its own `malloc`, `free`, `calloc`, `realloc`
//! (glibc's documented minimal set) and any of `aligned_alloc memalign
//! posix_memalign valloc pvalloc malloc_usable_size`; every definition in
//! `libc.a` is weak (`xtask/src/archive.rs`), so the program's win without
//! a duplicate-definition error. The rule that keeps the two allocators
//! apart:
//!
//! - Everything the libc allocates — for the program (strdup, getline,
//!   asprintf, scanf's `%m`, realpath(NULL), getcwd(NULL), tempnam,
//!   open_memstream's buffer) or for itself (FILE objects and their
//!   buffers, fmemopen's state, setenv's strings and the environment
//!   array) — goes through `crate::heap`, which calls the link-resolved
//!   `malloc calloc realloc free` from a separate C member (`c/heap.c`).
//!   Nothing calls this allocator directly, so with a replacement in place
//!   the libc's own allocator is never used at all; `-Wl,--wrap=malloc`
//!   reaches these calls too.
//! - Whether `malloc` is the libc's is a link-time fact: the symbol's
//!   address against `__ferrolibc_own_malloc`, an alias of the libc's
//!   malloc that a program cannot replace (`stdlib/alloc.rs`).
//! - When the program replaced `malloc` but not another entry point, the
//!   libc's version of that entry point must not hand out its own memory
//!   or take the program's: `calloc` becomes the program's `malloc` plus
//!   zeroing, `realloc(NULL, n)` its `malloc`, `realloc(p, 0)` its `free`;
//!   what cannot be served that way (`realloc` of a block, whose size is
//!   unknown; the aligned family; `malloc_usable_size`; `free` when the
//!   program has `malloc` but no `free`) writes "ferrolibc: NAME(): the
//!   program defines malloc but not NAME" to fd 2 and aborts. glibc makes
//!   the complete set the program's duty (its static link then fails with
//!   a duplicate `malloc`, or its heap is corrupted at run time).
pub mod class;
pub mod os;
pub mod stats;
#[cfg(test)]
mod tests;
pub mod tune;

use class::*;
use core::cell::UnsafeCell;
use core::ptr::null_mut;
use core::sync::atomic::{
    AtomicBool, AtomicPtr, AtomicU8, AtomicU16, AtomicU64, AtomicUsize, Ordering,
};

/// Alignment of every `malloc` result.
pub const ALIGN: usize = 16;
const SEG_SHIFT: u32 = 22;
const SEG: usize = 1 << SEG_SHIFT;
const NONE: u8 = 0xff;
/// Words of a segment's granule bitmaps.
const W: usize = NGRAN / 64;
/// Purging goes by epochs of allocation activity: an epoch ends once this
/// many granules (or as many as are in use, if more) have been taken for
/// slabs since the last, and then the pages freed before the previous
/// epoch's end and free since go to the kernel. Memory a program frees and
/// soon takes again (a batch freed and reallocated) is never purged, so it
/// costs no page faults; memory it stops using is purged within two
/// epochs of further activity.
const EPOCH_MIN: usize = (1 << 20) / GRAN;
/// A class holding this many more slabs gets slabs twice as big.
const GROW_EVERY: u32 = 32;
/// A sweep gives the kernel only free runs at least this long.
const PURGE_MIN: usize = (64 << 10) / GRAN;
const COOKIE: usize = 0x9e37_79b9_7f4a_7c15u64 as usize;
const LARGE_MAGIC: usize = 0x1a46_e0b1_0c4d_a7a5u64 as usize;
/// Words of the header before a large block: offset, length, recycled
/// flag, magic.
const LHDR: usize = 4 * size_of::<usize>();
/// A block that `realloc` grows past this (or a page, if more) moves
/// to a mapping of its own, where further growth is in place or by
/// `mremap` (no copy). Below it, a moving block at least quadruples, so a run
/// of growths moves O(log n) times.
pub const GROW_MAP: usize = 4 << 10;
/// Fresh blocks are carved from a slab at most this far past the first
/// one of a refill (and at least one), so pages a class may never need
/// are not touched.
const CARVE: usize = 4096;
/// Freed large mappings kept for reuse: count, total bytes, largest.
const LC_N: usize = 4;
const LC_TOTAL: usize = 1 << 20;
const LC_ONE: usize = 256 << 10;

/// The OS side: how address space is obtained and returned (mmap in the
/// libc, a fake in the host tests).
pub trait Pages {
    /// `len` zeroed bytes aligned to `align` (a power of two ≥ the page
    /// size), or null.
    fn map(&self, len: usize, align: usize) -> *mut u8;
    /// Return a whole mapping made by `map` or `remap`.
    fn unmap(&self, p: *mut u8, len: usize);
    /// Resize a mapping, moving it if needed; null (old intact) on failure.
    fn remap(&self, p: *mut u8, old: usize, new: usize) -> *mut u8;
    /// The pages' contents are no longer needed: the kernel may drop them
    /// (they then read as zero) or leave them as they are.
    fn purge(&self, p: *mut u8, len: usize);
    /// As `purge`, but the pages go back to the kernel now
    /// (`malloc_trim`).
    fn release(&self, p: *mut u8, len: usize) {
        self.purge(p, len)
    }
    fn page_size(&self) -> usize;
    /// Apply the environment's settings to `heap` (`MALLOC_*_`,
    /// `GLIBC_TUNABLES`); called once, before the first allocation.
    fn configure(&self, _heap: &Heap) {}
}

/// Why a pointer was refused.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Fault {
    InvalidPointer,
    DoubleFree,
}

/// Per-slab metadata, in the segment header's table of slab records
/// (32 bytes, so the records of a small heap share one page with the
/// segment's bitmaps).
#[repr(C)]
struct Slab {
    /// Partial list links (a free record: `next` chains the free ones).
    next: *mut Slab,
    prev: *mut Slab,
    /// Offset in the segment of the first free block (0: none).
    free: u32,
    /// Blocks carved so far.
    bump: AtomicU16,
    /// Blocks handed out (including those sitting in thread caches).
    used: u16,
    /// Blocks the slab holds.
    cap: u16,
    /// The slab's first granule, and how many it spans.
    first: u16,
    ngran: AtomicU16,
    /// Class, or [`NONE`] for a record that holds no live slab.
    class: AtomicU8,
    in_list: bool,
}

const _: () = assert!(size_of::<Slab>() == 32 || usize::BITS == 32);

impl Slab {
    /// The segment holding this record (and the slab).
    #[inline(always)]
    fn seg(&self) -> usize {
        self as *const Slab as usize & !(SEG - 1)
    }
    #[inline(always)]
    fn base(&self) -> *mut u8 {
        (self.seg() + self.first as usize * GRAN) as *mut u8
    }
    #[inline(always)]
    fn free_head(&self) -> *mut u8 {
        if self.free == 0 {
            null_mut()
        } else {
            (self.seg() + self.free as usize) as *mut u8
        }
    }
    #[inline(always)]
    fn set_free(&mut self, p: *mut u8) {
        self.free = if p.is_null() {
            0
        } else {
            (p as usize - self.seg()) as u32
        };
    }
}

/// The parts of a small heap's header that are touched share two pages:
/// the bitmap, list fields and first slab records; the dirty bitmaps and
/// the start of `start` (granules past the header).
#[repr(C)]
struct Segment {
    /// Granules in use (the header's included).
    used: [u64; W],
    next: *mut Segment,
    /// Free granules.
    nfree: u32,
    /// No granule below this one is free.
    hint: u32,
    /// Head of the free slab records (0: none), and the records ever used.
    rec_free: u32,
    rec_top: u32,
    /// Free granules touched since they were last given to the kernel,
    /// freed in this epoch or before it.
    dirty: [u64; W],
    old: [u64; W],
    /// Slab records, the last freed one reused first: record 0 is a dummy
    /// that never holds a slab.
    slabs: [Slab; NGRAN],
    /// For each granule in use, its slab's record (0 for a free granule
    /// or the header), at [`slot`]`(granule)`: reversed, so the entries of
    /// the lowest granules (the ones a small heap uses) are the header's
    /// last bytes, on the page of the first slab. With the bitmaps and the
    /// first records on the first page, a small heap's header costs that
    /// page and part of one it touches anyway.
    start: [AtomicU16; NGRAN],
}

/// Where granule `g`'s entry of [`Segment::start`] is.
#[inline(always)]
fn slot(g: usize) -> usize {
    (NGRAN - 1) ^ (g & (NGRAN - 1))
}

/// Granules the segment header spans; slabs start after them.
const HDR: usize = size_of::<Segment>().div_ceil(GRAN);
const _: () = assert!(HDR < NGRAN / 16 && NGRAN <= 1 << 16);

/// Class index `c` clamped below [`NCLASS`]: every class the allocator
/// handles already is (from `class_of`/`class_aligned`, or a slab record
/// that `lookup` checked), so this changes nothing but lets the compiler
/// drop the bounds checks of the per-class tables in the cold paths.
#[inline(always)]
fn cls(c: usize) -> usize {
    c.min(NCLASS - 1)
}

/// Slab record index `r` masked below [`NGRAN`]: stored record indices
/// (in `start` and `rec_free`) are below `rec_top` < NGRAN, so the mask
/// changes nothing but makes the bound visible to the compiler.
#[inline(always)]
fn rec(r: usize) -> usize {
    r & (NGRAN - 1)
}

/// Drop entry `i` of the first `n` of the large-mapping cache: the later
/// ones move down one.
#[inline(always)]
fn lc_remove(lc: &mut [(*mut u8, usize); LC_N], i: usize, n: usize) {
    for k in i..LC_N - 1 {
        if k + 1 < n {
            lc[k] = lc[k + 1];
        }
    }
}

/// First index ≥ `from` whose bit is clear (`NGRAN` if none).
fn next_clear(bits: &[u64; W], from: usize) -> usize {
    let mut w = from / 64;
    if w >= W {
        return NGRAN;
    }
    let mut word = !bits[w] & (!0u64 << (from % 64));
    while word == 0 {
        w += 1;
        if w == W {
            return NGRAN;
        }
        word = !bits[w];
    }
    w * 64 + word.trailing_zeros() as usize
}

/// First index ≥ `from` whose bit is set (`NGRAN` if none).
fn next_set(bits: &[u64; W], from: usize) -> usize {
    let mut w = from / 64;
    if w >= W {
        return NGRAN;
    }
    let mut word = bits[w] & (!0u64 << (from % 64));
    while word == 0 {
        w += 1;
        if w == W {
            return NGRAN;
        }
        word = bits[w];
    }
    w * 64 + word.trailing_zeros() as usize
}

/// Set or clear bits `i..i + n`; how many changed.
fn set_range(bits: &mut [u64; W], i: usize, n: usize, on: bool) -> usize {
    let mut changed = 0;
    let (mut i, end) = (i, i + n);
    while i < end {
        let w = i / 64;
        let lo = i % 64;
        let k = (end - i).min(64 - lo);
        let m = (if k == 64 { !0u64 } else { (1u64 << k) - 1 }) << lo;
        let Some(word) = bits.get_mut(w) else {
            break;
        };
        let old = *word;
        *word = if on { old | m } else { old & !m };
        changed += ((old ^ *word) & m).count_ones() as usize;
        i += k;
    }
    changed
}

/// The lowest `a`-aligned run of `g` clear bits at or after `from`.
fn find_run(bits: &[u64; W], from: usize, g: usize, a: usize) -> Option<usize> {
    let mut i = from;
    loop {
        i = next_clear(bits, i).next_multiple_of(a);
        if i + g > NGRAN {
            return None;
        }
        let j = next_set(bits, i);
        if j >= i + g {
            return Some(i);
        }
        i = j + 1;
    }
}

/// Which of the 2^(addr bits − 22) possible segments are ours: one held
/// inline (a small heap has one segment, and needs no leaf page), the
/// others in a two-level bitmap (leaves of one page, mapped on demand);
/// read without the lock.
#[repr(C)]
struct Radix {
    first: AtomicUsize,
    l1: [AtomicPtr<AtomicU64>; L1_LEN],
}

const LEAF_BITS: u32 = 18; // 32 KiB of bits (a page of them touched per 128 GiB)
const L1_LEN: usize = if usize::BITS == 64 {
    1 << (48 - SEG_SHIFT - LEAF_BITS)
} else {
    1
};

impl Radix {
    #[inline(always)]
    fn contains(&self, a: usize) -> bool {
        if a & !(SEG - 1) == self.first.load(Ordering::Acquire) {
            return a >= SEG;
        }
        let key = a >> SEG_SHIFT;
        let Some(slot) = self.l1.get(key >> LEAF_BITS) else {
            return false;
        };
        let leaf = slot.load(Ordering::Acquire);
        if leaf.is_null() {
            return false;
        }
        let bit = key & ((1 << LEAF_BITS) - 1);
        // SAFETY: a leaf holds 2^LEAF_BITS bits.
        let w = unsafe { &*leaf.add(bit / 64) }.load(Ordering::Acquire);
        w & (1 << (bit % 64)) != 0
    }

    /// Mark (or clear) segment `a`; false if it cannot be recorded.
    fn set(&self, a: usize, on: bool, os: &impl Pages) -> bool {
        let f = self.first.load(Ordering::Relaxed);
        if on && f == 0 {
            self.first.store(a, Ordering::Release);
            return true;
        }
        if !on && f == a {
            self.first.store(0, Ordering::Release);
            return true;
        }
        let key = a >> SEG_SHIFT;
        let Some(slot) = self.l1.get(key >> LEAF_BITS) else {
            return false;
        };
        let mut leaf = slot.load(Ordering::Acquire);
        if leaf.is_null() {
            if !on {
                return true;
            }
            let bytes = (1usize << LEAF_BITS) / 8;
            leaf = os.map(bytes, os.page_size().max(bytes)) as *mut AtomicU64;
            if leaf.is_null() {
                return false;
            }
            slot.store(leaf, Ordering::Release);
        }
        let bit = key & ((1 << LEAF_BITS) - 1);
        // SAFETY: a leaf holds 2^LEAF_BITS bits.
        let w = unsafe { &*leaf.add(bit / 64) };
        if on {
            w.fetch_or(1 << (bit % 64), Ordering::Release);
        } else {
            w.fetch_and(!(1 << (bit % 64)), Ordering::Release);
        }
        true
    }
}

struct Central {
    partial: [*mut Slab; NCLASS],
    /// Live slabs of each class (their size grows with it).
    nslabs: [u32; NCLASS],
    segs: *mut Segment,
    nsegs: usize,
    /// Granules taken for slabs this epoch, and in use.
    taken: usize,
    in_use: usize,
    /// Freed large mappings (base, length), oldest first; their pages stay
    /// resident so a free + malloc of a similar size costs no syscall and
    /// no page fault.
    lcache: [(*mut u8, usize); LC_N],
    lcount: usize,
    lbytes: usize,
    /// Free granules whose pages may still be resident (their `dirty` or
    /// `old` bit set), for the trim threshold.
    resident: usize,
}

/// The central heap: slabs and segments, under one lock. In this order
/// (`repr(C)`): what every heap touches first, the radix's second-level
/// table (2 KiB on 64-bit, touched only past the first segment) last, so
/// that a small heap's state takes one page of .bss wherever it lands.
#[repr(C)]
pub struct Heap {
    lock: AtomicBool,
    /// The largest request `alloc` serves by a class without a second
    /// look ([`SMALL_MAX`], or less under an mmap threshold).
    slab_to: AtomicUsize,
    inner: UnsafeCell<Central>,
    /// Live large blocks, for `mallinfo` (touched only by large blocks).
    large: stats::Large,
    tune: tune::Tune,
    radix: Radix,
}

// SAFETY: `inner` is only touched with `lock` held; the radix is atomic.
unsafe impl Sync for Heap {}

struct Guard<'a>(&'a Heap);
impl Drop for Guard<'_> {
    fn drop(&mut self) {
        self.0.lock.store(false, Ordering::Release);
    }
}

#[derive(Clone, Copy)]
struct Bin {
    head: *mut u8,
    count: u32,
}

/// A thread's cache: a short free list per class.
pub struct Cache {
    bins: [Bin; NCLASS],
}

impl Cache {
    pub const fn new() -> Self {
        Cache {
            bins: [Bin {
                head: null_mut(),
                count: 0,
            }; NCLASS],
        }
    }
}

impl Default for Cache {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a live pointer lives.
enum Block {
    Small { slab: *mut Slab, class: usize },
    Large { base: *mut u8, len: usize },
}

#[inline(always)]
fn cookie(p: *mut u8) -> usize {
    p as usize ^ COOKIE
}

/// Second word of a block: the freed-block cookie slot.
#[inline(always)]
unsafe fn word1(p: *mut u8) -> *mut usize {
    // SAFETY: every block is at least 16 bytes.
    unsafe { (p as *mut usize).add(1) }
}

#[inline(always)]
fn next_of(p: *mut u8) -> *mut *mut u8 {
    p as *mut *mut u8
}

fn round_up(n: usize, a: usize) -> Option<usize> {
    n.checked_add(a - 1).map(|v| v & !(a - 1))
}

impl Heap {
    pub const fn new() -> Self {
        Heap {
            lock: AtomicBool::new(false),
            slab_to: AtomicUsize::new(SMALL_MAX),
            radix: Radix {
                first: AtomicUsize::new(0),
                l1: [const { AtomicPtr::new(null_mut()) }; L1_LEN],
            },
            inner: UnsafeCell::new(Central {
                partial: [null_mut(); NCLASS],
                nslabs: [0; NCLASS],
                segs: null_mut(),
                nsegs: 0,
                taken: 0,
                in_use: 0,
                lcache: [(null_mut(), 0); LC_N],
                lcount: 0,
                lbytes: 0,
                resident: 0,
            }),
            large: stats::Large::new(),
            tune: tune::Tune::new(),
        }
    }

    fn lock(&self) -> Guard<'_> {
        while self
            .lock
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            let mut spins = 0u32;
            while self.lock.load(Ordering::Relaxed) {
                spins += 1;
                if spins < 64 {
                    core::hint::spin_loop();
                } else {
                    // The holder may be descheduled (threads outnumber
                    // cores): let it run instead of burning the slice.
                    // SAFETY: sched_yield has no arguments.
                    unsafe { sys!(__NR_sched_yield) };
                }
            }
        }
        Guard(self)
    }

    /// Hold the central lock across `fork` (the child then has a heap no
    /// other thread was changing); [`Heap::fork_unlock`] releases it in
    /// both processes.
    pub fn fork_lock(&self) {
        core::mem::forget(self.lock());
    }

    /// Release the lock [`Heap::fork_lock`] took.
    pub fn fork_unlock(&self) {
        self.lock.store(false, Ordering::Release);
    }

    /// The central state; only with the lock held.
    #[allow(clippy::mut_from_ref)]
    unsafe fn central(&self, _g: &Guard<'_>) -> &mut Central {
        // SAFETY: the guard proves the lock is held; one borrow at a time.
        unsafe { &mut *self.inner.get() }
    }

    /// Allocate `n` bytes, 16-aligned; null when out of memory.
    ///
    /// # Safety
    /// `cache` belongs to the calling thread and to this heap.
    #[inline]
    pub unsafe fn alloc(&self, cache: &mut Cache, n: usize, os: &impl Pages) -> *mut u8 {
        if n <= self.slab_to.load(Ordering::Relaxed) {
            // SAFETY: `slab_to` is never above SMALL_MAX (set_mmap_threshold
            // stores at most that), which keeps the class below NCLASS.
            unsafe { core::hint::assert_unchecked(n <= SMALL_MAX) };
            // SAFETY: forwarded contract.
            unsafe { self.alloc_class(cache, class_of(n), os) }
        } else {
            // SAFETY: forwarded contract.
            unsafe { self.alloc_big(cache, n, os) }
        }
    }

    /// A request past `slab_to`: a mapping of its own, unless it fits a
    /// class and the mmap threshold or maximum says otherwise.
    #[cold]
    #[inline(never)]
    unsafe fn alloc_big(&self, cache: &mut Cache, n: usize, os: &impl Pages) -> *mut u8 {
        self.configure(os);
        if n <= SMALL_MAX && !self.maps(n) {
            // SAFETY: forwarded contract.
            unsafe { self.alloc_class(cache, class_of(n), os) }
        } else {
            self.alloc_large(n, ALIGN, os)
        }
    }

    /// Allocate `n` bytes aligned to `align` (a power of two).
    ///
    /// # Safety
    /// As [`Heap::alloc`].
    pub unsafe fn alloc_aligned(
        &self,
        cache: &mut Cache,
        n: usize,
        align: usize,
        os: &impl Pages,
    ) -> *mut u8 {
        if align <= ALIGN {
            // SAFETY: forwarded contract.
            return unsafe { self.alloc(cache, n, os) };
        }
        self.configure(os);
        if align <= SLAB_ALIGN_MAX
            && !self.maps(n)
            && let Some(c) = class_aligned(n, align)
        {
            // SAFETY: forwarded contract.
            return unsafe { self.alloc_class(cache, c, os) };
        }
        self.alloc_large(n, align, os)
    }

    #[inline(always)]
    unsafe fn alloc_class(&self, cache: &mut Cache, c: usize, os: &impl Pages) -> *mut u8 {
        let bin = &mut cache.bins[c];
        let p = bin.head;
        if !p.is_null() {
            // SAFETY: a cached block holds its successor and cookie.
            unsafe {
                bin.head = *next_of(p);
                *word1(p) = 0;
            }
            bin.count -= 1;
            return p;
        }
        // SAFETY: forwarded contract.
        unsafe { self.refill(cache, c, os) }
    }

    #[cold]
    unsafe fn refill(&self, cache: &mut Cache, c: usize, os: &impl Pages) -> *mut u8 {
        let c = cls(c);
        let bin = &mut cache.bins[c];
        let size = SIZE[c] as usize;
        let want = (DEPTH[c] as u32 / 2).max(1);
        self.configure(os);
        let g = self.lock();
        // SAFETY: lock held.
        let h = unsafe { self.central(&g) };
        let mut got = 0;
        while got < want {
            let mut slab = h.partial[c];
            if slab.is_null() {
                // SAFETY: lock held.
                slab = unsafe { self.new_slab(h, c, os) };
                if slab.is_null() {
                    break;
                }
            }
            // SAFETY: a listed slab is live and ours; its blocks are within it.
            unsafe {
                let s = &mut *slab;
                let mut fh = s.free_head();
                while got < want && !fh.is_null() {
                    let b = fh;
                    fh = *next_of(b);
                    *next_of(b) = bin.head;
                    bin.head = b;
                    got += 1;
                    s.used += 1;
                }
                s.set_free(fh);
                let mut bump = s.bump.load(Ordering::Relaxed);
                let base = s.base();
                // Blocks starting in the page of the first one only.
                let first = base as usize + bump as usize * size;
                let limit = (first / CARVE + 1) * CARVE - base as usize;
                while got < want && bump < s.cap && (bump as usize * size) < limit {
                    let b = base.add(bump as usize * size);
                    *next_of(b) = bin.head;
                    *word1(b) = cookie(b);
                    bin.head = b;
                    got += 1;
                    s.used += 1;
                    bump += 1;
                }
                s.bump.store(bump, Ordering::Relaxed);
                if s.free == 0 && bump == s.cap {
                    unlink(h, slab, c);
                } else if got > 0 {
                    // Stopped at the carve limit: enough for now.
                    break;
                }
            }
        }
        drop(g);
        bin.count += got;
        let p = bin.head;
        if p.is_null() {
            return p;
        }
        // SAFETY: as in alloc_class.
        unsafe {
            bin.head = *next_of(p);
            *word1(p) = 0;
        }
        bin.count -= 1;
        p
    }

    /// A fresh slab for class `c`, at the head of its partial list: the
    /// lowest free run of granules big enough, in the first segment that
    /// has one; a class holding many slabs gets bigger ones.
    unsafe fn new_slab(&self, h: &mut Central, c: usize, os: &impl Pages) -> *mut Slab {
        let c = cls(c);
        let base = GRANS[c] as usize;
        let mut g = base;
        let mut k = (h.nslabs[c] / GROW_EVERY).min(6);
        while k > 0 && (base << k) * GRAN > SLAB_GROW_MAX {
            k -= 1;
        }
        g <<= k;
        self.epoch(h, os);
        loop {
            // SAFETY: lock held.
            let slab = unsafe { self.new_slab_in_segments(h, c, g) };
            if !slab.is_null() {
                return slab;
            }
            if g == base {
                break;
            }
            g = base;
        }
        let seg = self.new_segment(h, os);
        if seg.is_null() {
            return null_mut();
        }
        // SAFETY: a fresh segment of ours whose granules past the header
        // are free.
        unsafe { self.take_slab(h, seg, HDR.next_multiple_of(ALIGNG[c] as usize), g, c) }
    }

    /// A slab of `g` granules for class `c` in an existing segment, or null.
    unsafe fn new_slab_in_segments(&self, h: &mut Central, c: usize, g: usize) -> *mut Slab {
        let a = ALIGNG[cls(c)] as usize;
        let mut seg = h.segs;
        while !seg.is_null() {
            // SAFETY: listed segments are mapped and ours; lock held.
            unsafe {
                let sg = &mut *seg;
                if sg.nfree as usize >= g {
                    let from = next_clear(&sg.used, sg.hint as usize);
                    sg.hint = from as u32;
                    if let Some(i) = find_run(&sg.used, from, g, a) {
                        return self.take_slab(h, seg, i, g, c);
                    }
                }
                seg = sg.next;
            }
        }
        null_mut()
    }

    /// Make granules `first..first + g` of `seg` a slab of class `c`.
    ///
    /// # Safety
    /// Lock held; those granules are free.
    unsafe fn take_slab(
        &self,
        h: &mut Central,
        seg: *mut Segment,
        first: usize,
        g: usize,
        c: usize,
    ) -> *mut Slab {
        let c = cls(c);
        // SAFETY: granules [first, first+g) of `seg` are free and ours.
        unsafe {
            let sg = &mut *seg;
            set_range(&mut sg.used, first, g, true);
            sg.nfree -= g as u32;
            h.resident -=
                set_range(&mut sg.dirty, first, g, false) + set_range(&mut sg.old, first, g, false);
            h.taken += g;
            h.in_use += g;
            let r = if sg.rec_free != 0 {
                let r = rec(sg.rec_free as usize);
                let nx = sg.slabs[r].next;
                sg.rec_free = if nx.is_null() {
                    0
                } else {
                    nx.offset_from(sg.slabs.as_ptr()) as u32
                };
                r
            } else {
                sg.rec_top += 1;
                rec(sg.rec_top as usize)
            };
            for st in sg
                .start
                .iter()
                .skip(NGRAN.saturating_sub(first + g))
                .take(g)
            {
                st.store(r as u16, Ordering::Relaxed);
            }
            let slab = &mut sg.slabs[r] as *mut Slab;
            let s = &mut *slab;
            s.first = first as u16;
            s.bump.store(0, Ordering::Relaxed);
            s.used = 0;
            s.cap = index_of(g * GRAN, c) as u16;
            s.ngran.store(g as u16, Ordering::Relaxed);
            s.free = 0;
            s.class.store(c as u8, Ordering::Release);
            s.prev = null_mut();
            s.next = h.partial[c];
            if !s.next.is_null() {
                (*s.next).prev = slab;
            }
            s.in_list = true;
            h.partial[c] = slab;
            h.nslabs[c] += 1;
            slab
        }
    }

    fn new_segment(&self, h: &mut Central, os: &impl Pages) -> *mut Segment {
        let p = os.map(SEG, SEG);
        if p.is_null() {
            return null_mut();
        }
        if !self.radix.set(p as usize, true, os) {
            os.unmap(p, SEG);
            return null_mut();
        }
        let seg = p as *mut Segment;
        // SAFETY: a fresh zeroed mapping big enough for the header; zero is
        // a valid bit pattern for every field but the dummy record's
        // class, set below. Records are set up when first used.
        unsafe {
            let sg = &mut *seg;
            set_range(&mut sg.used, 0, HDR, true);
            sg.nfree = (NGRAN - HDR) as u32;
            sg.hint = HDR as u32;
            sg.slabs[0].class.store(NONE, Ordering::Relaxed);
            // Appended: the oldest segments fill first.
            let mut pp: *mut *mut Segment = &mut h.segs;
            while !(*pp).is_null() {
                pp = &mut (**pp).next;
            }
            *pp = seg;
        }
        h.nsegs += 1;
        seg
    }

    fn alloc_large(&self, n: usize, align: usize, os: &impl Pages) -> *mut u8 {
        self.alloc_large_for(n, align, false, os)
    }

    /// A block in a mapping of its own. `grow`: for a block `realloc` is
    /// growing, which may take any cached mapping big enough (it is
    /// likely to fill it); otherwise a cached one at most twice the need.
    fn alloc_large_for(&self, n: usize, align: usize, grow: bool, os: &impl Pages) -> *mut u8 {
        self.configure(os);
        // Like glibc: any request up to PTRDIFF_MAX is tried.
        if n > isize::MAX as usize {
            return null_mut();
        }
        let page = os.page_size();
        let extra = if align > ALIGN { align } else { 0 };
        let Some(len) = n.checked_add(LHDR + extra).and_then(|v| round_up(v, page)) else {
            return null_mut();
        };
        let mut recycled = false;
        let mut base = null_mut();
        let mut have = len;
        if len <= LC_ONE {
            let g = self.lock();
            // SAFETY: lock held.
            let h = unsafe { self.central(&g) };
            let n = h.lcount.min(LC_N);
            let mut best = LC_N;
            let mut best_len = usize::MAX;
            for (i, &(_, l)) in h.lcache.iter().enumerate().take(n) {
                if l >= len && (grow || l <= 2 * len) && l < best_len {
                    best = i;
                    best_len = l;
                }
            }
            if let Some(&e) = h.lcache.get(best) {
                (base, have) = e;
                // Close the gap: entries after `best` move down one.
                lc_remove(&mut h.lcache, best, n);
                h.lcount = n - 1;
                h.lbytes -= have;
                recycled = true;
            }
        }
        if base.is_null() {
            base = os.map(len, page);
            if base.is_null() {
                return null_mut();
            }
        }
        self.large.add(have);
        let p = (base as usize + LHDR).next_multiple_of(align.max(ALIGN));
        // SAFETY: p - LHDR .. p + n lies inside the mapping.
        unsafe {
            let p = base.add(p - base as usize);
            set_large_header(p, p as usize - base as usize, have);
            *(p as *mut usize).sub(2) = recycled as usize;
            p
        }
    }

    /// Give up a large mapping: kept for reuse if the cache has room (the
    /// oldest entries are unmapped to make it), else unmapped.
    fn free_large(&self, base: *mut u8, len: usize, os: &impl Pages) {
        self.large.remove(len);
        if len > LC_ONE {
            os.unmap(base, len);
            return;
        }
        let mut out = [(null_mut(), 0usize); LC_N];
        let mut nout = 0;
        {
            let g = self.lock();
            // SAFETY: lock held.
            let h = unsafe { self.central(&g) };
            let mut n = h.lcount.min(LC_N);
            // Evict the oldest (entry 0) until there is a slot and room.
            while n > 0 && (n == LC_N || h.lbytes + len > LC_TOTAL) {
                let e = h.lcache[0];
                out[nout % LC_N] = e;
                nout += 1;
                h.lbytes -= e.1;
                lc_remove(&mut h.lcache, 0, n);
                n -= 1;
            }
            h.lcache[n % LC_N] = (base, len);
            h.lcount = n + 1;
            h.lbytes += len;
        }
        for &(b, l) in out.iter().take(nout) {
            os.unmap(b, l);
        }
    }

    /// Classify a pointer given to `free`/`realloc`, detecting bad ones.
    #[inline(always)]
    unsafe fn lookup(&self, p: *mut u8) -> Result<Block, Fault> {
        let a = p as usize;
        if !a.is_multiple_of(ALIGN) {
            return Err(Fault::InvalidPointer);
        }
        if self.radix.contains(a) {
            let seg = (a & !(SEG - 1)) as *const Segment;
            let gi = (a >> GRAN_SHIFT) & (NGRAN - 1);
            // SAFETY: the radix says a segment of ours is mapped here.
            let sg = unsafe { &*seg };
            // A granule that is free (or the header) maps to record 0,
            // which is never live; a stale record is caught by the range
            // and bump checks.
            let r = rec(sg.start[slot(gi)].load(Ordering::Relaxed) as usize);
            let slab = &sg.slabs[r] as *const Slab as *mut Slab;
            // SAFETY: a slab record of our segment.
            let s = unsafe { &*slab };
            let c = s.class.load(Ordering::Acquire);
            // NONE (and anything else that is no class) is no live slab.
            if c as usize >= NCLASS {
                return Err(Fault::InvalidPointer);
            }
            let c = c as usize;
            let off = a.wrapping_sub(seg as usize + s.first as usize * GRAN);
            if off >= s.ngran.load(Ordering::Relaxed) as usize * GRAN {
                return Err(Fault::InvalidPointer);
            }
            let i = index_of(off, c);
            if i * SIZE[c] as usize != off || i >= s.bump.load(Ordering::Relaxed) as usize {
                return Err(Fault::InvalidPointer);
            }
            Ok(Block::Small { slab, class: c })
        } else {
            // SAFETY: if p is one of our large blocks, its header precedes
            // it; anything else is a caller bug we try to catch.
            let h = unsafe { (p as *const usize).sub(4) };
            // SAFETY: as above.
            let (off, len, magic) = unsafe { (*h, *h.add(1), *h.add(3)) };
            if magic != LARGE_MAGIC ^ a || off < LHDR || off > a {
                return Err(Fault::InvalidPointer);
            }
            // SAFETY: the header describes the mapping holding p.
            Ok(Block::Large {
                base: unsafe { p.sub(off) },
                len,
            })
        }
    }

    /// Is the small block `p` (whose cookie matched) really free? Searches
    /// this thread's bin and the slab's free list.
    #[cold]
    unsafe fn really_free(&self, cache: &Cache, p: *mut u8, slab: *mut Slab, c: usize) -> bool {
        let mut q = cache.bins[cls(c)].head;
        while !q.is_null() {
            if q == p {
                return true;
            }
            // SAFETY: bin entries are free blocks holding their successor.
            q = unsafe { *next_of(q) };
        }
        let _g = self.lock();
        // SAFETY: lock held; the slab is live (p's granule is in use).
        let mut q = unsafe { (*slab).free_head() };
        while !q.is_null() {
            if q == p {
                return true;
            }
            // SAFETY: as above.
            q = unsafe { *next_of(q) };
        }
        false
    }

    /// Check that `p` is live; its block.
    #[inline(always)]
    unsafe fn live(&self, cache: &Cache, p: *mut u8) -> Result<Block, Fault> {
        // SAFETY: forwarded contract.
        let b = unsafe { self.lookup(p)? };
        if let Block::Small { slab, class } = b
            // SAFETY: p is a block start inside a live slab.
            && unsafe { *word1(p) } == cookie(p)
            // SAFETY: as above.
            && unsafe { self.really_free(cache, p, slab, class) }
        {
            return Err(Fault::DoubleFree);
        }
        Ok(b)
    }

    /// Free a block (not null).
    ///
    /// # Safety
    /// `cache` belongs to the calling thread and this heap; `p` came from
    /// this heap (a bad pointer is detected when cheaply possible).
    #[inline]
    pub unsafe fn free(&self, cache: &mut Cache, p: *mut u8, os: &impl Pages) -> Result<(), Fault> {
        // SAFETY: forwarded contract.
        match unsafe { self.live(cache, p)? } {
            Block::Small { class: c, .. } => {
                let bin = &mut cache.bins[c];
                // SAFETY: p is a live block of at least 16 bytes, now free.
                unsafe {
                    *next_of(p) = bin.head;
                    *word1(p) = cookie(p);
                }
                bin.head = p;
                bin.count += 1;
                let depth = DEPTH[c] as u32;
                if bin.count > depth {
                    let k = bin.count - depth / 2;
                    // SAFETY: forwarded contract.
                    unsafe { self.flush(cache, c, k, os) };
                }
                Ok(())
            }
            Block::Large { base, len } => {
                // SAFETY: the header is inside the mapping.
                unsafe { *(p as *mut usize).sub(1) = 0 };
                self.free_large(base, len, os);
                Ok(())
            }
        }
    }

    /// Return `k` blocks of class `c` from the cache to their slabs.
    #[cold]
    unsafe fn flush(&self, cache: &mut Cache, c: usize, k: u32, os: &impl Pages) {
        let c = cls(c);
        let bin = &mut cache.bins[c];
        let g = self.lock();
        // SAFETY: lock held.
        let h = unsafe { self.central(&g) };
        for _ in 0..k {
            let b = bin.head;
            if b.is_null() {
                break;
            }
            // SAFETY: cached blocks are free blocks of live slabs of ours.
            unsafe {
                bin.head = *next_of(b);
                bin.count -= 1;
                let a = b as usize;
                let seg = (a & !(SEG - 1)) as *mut Segment;
                let gi = (a >> GRAN_SHIFT) & (NGRAN - 1);
                let r = rec((*seg).start[slot(gi)].load(Ordering::Relaxed) as usize);
                let slab = &mut (*seg).slabs[r] as *mut Slab;
                let s = &mut *slab;
                *next_of(b) = s.free_head();
                s.set_free(b);
                s.used -= 1;
                if !s.in_list {
                    s.in_list = true;
                    s.prev = null_mut();
                    s.next = h.partial[c];
                    if !s.next.is_null() {
                        (*s.next).prev = slab;
                    }
                    h.partial[c] = slab;
                }
                // An empty slab's granules go back to the shared pool.
                if s.used == 0 {
                    self.release(h, seg, slab, c, os);
                }
            }
        }
    }

    /// Give an empty slab's granules back to its segment's pool (their
    /// pages stay resident for the next slab of any class until a sweep).
    unsafe fn release(
        &self,
        h: &mut Central,
        seg: *mut Segment,
        slab: *mut Slab,
        c: usize,
        os: &impl Pages,
    ) {
        let c = cls(c);
        // SAFETY: lock held; `slab` is a live, empty slab of `seg`.
        unsafe {
            let sg = &mut *seg;
            unlink(h, slab, c);
            let s = &mut *slab;
            s.class.store(NONE, Ordering::Relaxed);
            h.nslabs[c] -= 1;
            let g = s.ngran.load(Ordering::Relaxed) as usize;
            let first = s.first as usize;
            let touched = (s.bump.load(Ordering::Relaxed) as usize * SIZE[c] as usize)
                .div_ceil(GRAN)
                .min(g);
            h.resident += set_range(&mut sg.dirty, first, touched, true);
            h.in_use -= g;
            set_range(&mut sg.used, first, g, false);
            sg.nfree += g as u32;
            sg.hint = sg.hint.min(first as u32);
            for st in sg
                .start
                .iter()
                .skip(NGRAN.saturating_sub(first + g))
                .take(g)
            {
                st.store(0, Ordering::Relaxed);
            }
            let r = slab.offset_from(sg.slabs.as_ptr()) as u32;
            s.next = if sg.rec_free == 0 {
                null_mut()
            } else {
                &mut sg.slabs[rec(sg.rec_free as usize)]
            };
            sg.rec_free = r;
            if sg.nfree as usize == NGRAN - HDR && h.nsegs > 1 {
                // Unlink and unmap the empty segment.
                let mut pp: *mut *mut Segment = &mut h.segs;
                while *pp != seg {
                    pp = &mut (**pp).next;
                }
                *pp = sg.next;
                h.nsegs -= 1;
                for w in 0..W {
                    h.resident -= (sg.dirty[w] | sg.old[w]).count_ones() as usize;
                }
                self.radix.set(seg as usize, false, os);
                os.unmap(seg as *mut u8, SEG);
                return;
            }
        }
        self.trim_check(h, os);
    }

    /// End the epoch if it has seen enough activity: give the kernel the
    /// free pages holding granules freed before the last epoch's end.
    fn epoch(&self, h: &mut Central, os: &impl Pages) {
        if h.taken < h.in_use.max(EPOCH_MIN) || !self.epochs_on() {
            return;
        }
        h.taken = 0;
        let gpp = (os.page_size() / GRAN).max(1);
        let mut seg = h.segs;
        while !seg.is_null() {
            // SAFETY: listed segments are ours; lock held.
            let sg = unsafe { &mut *seg };
            let mut i = HDR.next_multiple_of(gpp);
            let mut run = 0;
            while i <= NGRAN {
                let purge =
                    i < NGRAN && next_set(&sg.used, i) >= i + gpp && next_set(&sg.old, i) < i + gpp;
                if purge {
                    run += gpp;
                } else {
                    if run >= PURGE_MIN {
                        let from = i - run;
                        h.resident -= set_range(&mut sg.dirty, from, run, false)
                            + set_range(&mut sg.old, from, run, false);
                        // SAFETY: free granules of our segment.
                        os.purge(unsafe { (seg as *mut u8).add(from * GRAN) }, run * GRAN);
                    }
                    run = 0;
                }
                i += gpp;
            }
            for w in 0..W {
                sg.old[w] |= sg.dirty[w];
                sg.dirty[w] = 0;
            }
            seg = sg.next;
        }
    }

    /// Usable size of a live block.
    ///
    /// # Safety
    /// As [`Heap::free`].
    pub unsafe fn usable(&self, cache: &Cache, p: *mut u8) -> Result<usize, Fault> {
        // SAFETY: forwarded contract.
        Ok(match unsafe { self.live(cache, p)? } {
            Block::Small { class, .. } => SIZE[class] as usize,
            Block::Large { base, len } => base as usize + len - p as usize,
        })
    }

    /// Resize a live block: `Ok(null)` when out of memory (the block is
    /// untouched), `Ok(q)` with the contents moved, or a fault.
    ///
    /// # Safety
    /// As [`Heap::free`].
    pub unsafe fn realloc(
        &self,
        cache: &mut Cache,
        p: *mut u8,
        n: usize,
        os: &impl Pages,
    ) -> Result<*mut u8, Fault> {
        let grow_map = self.grow_map(os);
        // The new block is `m` bytes from `alloc` (or a mapping of its own
        // for a small block growing past `grow_map`); `keep` bytes move.
        // One allocation call site keeps the inlined fast path single.
        // SAFETY: forwarded contract.
        let (m, keep, own_map) = match unsafe { self.live(cache, p)? } {
            Block::Small { class, .. } => {
                let s = SIZE[class] as usize;
                if n <= s {
                    // Kept unless under a quarter full (growth below
                    // quadruples, so a growing block is never moved back).
                    if n > s / 4 || class == 0 {
                        return Ok(p);
                    }
                    (n, n, false)
                } else if n > grow_map && self.may_map() {
                    (n, s, true)
                } else {
                    // At least quadruple, so a run of growths moves
                    // rarely and leaves few classes holding a page each.
                    (n.max((4 * s).min(grow_map).min(SMALL_MAX)), s, false)
                }
            }
            Block::Large { base, len } => {
                let off = p as usize - base as usize;
                if n <= grow_map.min(SMALL_MAX) {
                    (n, n, false)
                } else {
                    if n > isize::MAX as usize {
                        return Ok(null_mut());
                    }
                    let Some(need) = n.checked_add(off).and_then(|v| round_up(v, os.page_size()))
                    else {
                        return Ok(null_mut());
                    };
                    // In place while it fits, unless over a quarter of the
                    // mapping and more than a cacheable mapping would be
                    // spare (a block from the cache is often roomier than
                    // it needs yet, and is likely to grow into it).
                    if need <= len && len - need <= (len / 4).max(LC_ONE) {
                        return Ok(p);
                    }
                    // Grow by at least an eighth: a run of small growths
                    // costs few mremap calls, and untouched pages of the
                    // slack take no memory.
                    let newlen = if need > len {
                        need.max((len + len / 8).next_multiple_of(os.page_size()))
                    } else {
                        need
                    };
                    let nb = os.remap(base, len, newlen);
                    if nb.is_null() {
                        return Ok(null_mut());
                    }
                    self.large.resize(len, newlen);
                    // SAFETY: the block moved with its header, same offset.
                    unsafe {
                        let q = nb.add(off);
                        set_large_header(q, off, newlen);
                        return Ok(q);
                    }
                }
            }
        };
        let q = if own_map {
            self.alloc_large_for(m, ALIGN, true, os)
        } else {
            // SAFETY: forwarded contract.
            unsafe { self.alloc(cache, m, os) }
        };
        if q.is_null() {
            return Ok(q);
        }
        // SAFETY: q is a new block of at least `keep` bytes and p has at
        // least as many; p is live and is freed after the copy.
        unsafe {
            core::ptr::copy_nonoverlapping(p, q, keep);
            self.free(cache, p, os)?;
        }
        Ok(q)
    }

    /// Return every cached block of `cache` to the heap (thread exit).
    ///
    /// # Safety
    /// As [`Heap::alloc`]; the cache is empty afterwards.
    pub unsafe fn drain(&self, cache: &mut Cache, os: &impl Pages) {
        for c in 0..NCLASS {
            let k = cache.bins[c].count;
            if k > 0 {
                // SAFETY: forwarded contract.
                unsafe { self.flush(cache, c, k, os) };
            }
        }
    }

    /// Whether the block at `p` (live, from this heap) came fresh from the
    /// kernel, so is already zero: large blocks only.
    ///
    /// # Safety
    /// `p` is live.
    pub unsafe fn is_fresh(&self, p: *mut u8) -> bool {
        // SAFETY: a large block's header (recycled flag in word 2) precedes
        // it.
        !self.radix.contains(p as usize) && unsafe { *(p as *const usize).sub(2) } == 0
    }
}

#[cfg(test)]
impl Heap {
    /// (live slabs, blocks handed out, segments).
    fn stats(&self) -> (usize, usize, usize) {
        let g = self.lock();
        // SAFETY: lock held; listed segments are ours.
        unsafe {
            let h = self.central(&g);
            let (mut slabs, mut used) = (0, 0);
            let mut seg = h.segs;
            while !seg.is_null() {
                let top = (*seg).rec_top as usize;
                for s in (&(*seg).slabs)[1..=top].iter() {
                    if s.class.load(Ordering::Relaxed) != NONE {
                        slabs += 1;
                        used += s.used as usize;
                    }
                }
                seg = (*seg).next;
            }
            (slabs, used, h.nsegs)
        }
    }
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

/// # Safety
/// `p - LHDR .. p` lies in the block's mapping.
unsafe fn set_large_header(p: *mut u8, off: usize, len: usize) {
    // SAFETY: caller's contract.
    unsafe {
        let h = (p as *mut usize).sub(4);
        *h = off;
        *h.add(1) = len;
        *h.add(2) = 0;
        *h.add(3) = LARGE_MAGIC ^ p as usize;
    }
}

/// Remove `slab` from class `c`'s partial list (if listed).
unsafe fn unlink(h: &mut Central, slab: *mut Slab, c: usize) {
    // SAFETY: caller holds the lock; list members are live slabs.
    unsafe {
        let s = &mut *slab;
        if !s.in_list {
            return;
        }
        if s.prev.is_null() {
            h.partial[c] = s.next;
        } else {
            (*s.prev).next = s.next;
        }
        if !s.next.is_null() {
            (*s.next).prev = s.prev;
        }
        s.in_list = false;
        s.next = null_mut();
        s.prev = null_mut();
    }
}
