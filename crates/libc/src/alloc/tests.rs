//! Host tests of the allocator internals over a fake page provider.
use super::*;
use std::alloc::{Layout, alloc_zeroed, dealloc};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Pages from the host allocator; counts what is mapped and purged.
#[derive(Default)]
struct HostPages {
    maps: RefCell<HashMap<usize, Layout>>,
    purged: Cell<usize>,
    fail: Cell<bool>,
}

impl Pages for HostPages {
    fn map(&self, len: usize, align: usize) -> *mut u8 {
        if self.fail.get() || len > 1 << 40 {
            return null_mut();
        }
        let l = Layout::from_size_align(len, align).unwrap();
        // SAFETY: non-zero size.
        let p = unsafe { alloc_zeroed(l) };
        self.maps.borrow_mut().insert(p as usize, l);
        p
    }
    fn unmap(&self, p: *mut u8, len: usize) {
        let l = self
            .maps
            .borrow_mut()
            .remove(&(p as usize))
            .expect("unmap of unknown");
        assert_eq!(l.size(), len, "whole mappings only");
        // SAFETY: allocated by map with this layout.
        unsafe { dealloc(p, l) }
    }
    fn remap(&self, p: *mut u8, old: usize, new: usize) -> *mut u8 {
        let q = self.map(new, 4096);
        if q.is_null() {
            return q;
        }
        // SAFETY: both mappings are at least min(old, new) long.
        unsafe { core::ptr::copy_nonoverlapping(p, q, old.min(new)) };
        self.unmap(p, old);
        q
    }
    fn purge(&self, p: *mut u8, len: usize) {
        assert_eq!(p as usize % 4096, 0);
        // SAFETY: inside a mapping of ours.
        unsafe { core::ptr::write_bytes(p, 0, len) };
        self.purged.set(self.purged.get() + len);
    }
    fn page_size(&self) -> usize {
        4096
    }
}

impl HostPages {
    fn mapped(&self) -> usize {
        self.maps.borrow().values().map(|l| l.size()).sum()
    }
}

struct T {
    h: Box<Heap>,
    c: Cache,
    os: HostPages,
}

impl T {
    fn new() -> Self {
        T {
            h: Box::new(Heap::new()),
            c: Cache::new(),
            os: HostPages::default(),
        }
    }
    fn alloc(&mut self, n: usize) -> *mut u8 {
        // SAFETY: one thread, one cache.
        unsafe { self.h.alloc(&mut self.c, n, &self.os) }
    }
    fn aligned(&mut self, n: usize, a: usize) -> *mut u8 {
        // SAFETY: as above.
        unsafe { self.h.alloc_aligned(&mut self.c, n, a, &self.os) }
    }
    fn free(&mut self, p: *mut u8) -> Result<(), Fault> {
        // SAFETY: as above; faults are detected.
        unsafe { self.h.free(&mut self.c, p, &self.os) }
    }
    fn realloc(&mut self, p: *mut u8, n: usize) -> Result<*mut u8, Fault> {
        // SAFETY: as above.
        unsafe { self.h.realloc(&mut self.c, p, n, &self.os) }
    }
    fn usable(&self, p: *mut u8) -> Result<usize, Fault> {
        // SAFETY: as above.
        unsafe { self.h.usable(&self.c, p) }
    }
    fn drain(&mut self) {
        // SAFETY: as above.
        unsafe { self.h.drain(&mut self.c, &self.os) }
    }
    /// Allocation activity in little memory (a slab taken and released
    /// each time), so purge epochs pass.
    fn churn(&mut self, n: usize) {
        for _ in 0..n {
            let p = self.alloc(60_000);
            fill(p, 60_000, 2);
            self.free(p).unwrap();
        }
    }
}

/// xorshift, deterministic.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn fill(p: *mut u8, n: usize, seed: u8) {
    for i in 0..n {
        // SAFETY: p has n bytes.
        unsafe { *p.add(i) = seed.wrapping_add((i as u8).wrapping_mul(7)) };
    }
}

fn check(p: *mut u8, n: usize, seed: u8) -> bool {
    // SAFETY: p has n bytes.
    (0..n).all(|i| unsafe { *p.add(i) } == seed.wrapping_add((i as u8).wrapping_mul(7)))
}

#[test]
fn basic_alloc_reuse_and_sizes() {
    let mut t = T::new();
    let a = t.alloc(100);
    assert_eq!(a as usize % ALIGN, 0);
    assert_eq!(t.usable(a), Ok(112));
    fill(a, 112, 1);
    t.free(a).unwrap();
    let b = t.alloc(97);
    assert_eq!(a, b, "freed block reused");
    let z = t.alloc(0);
    assert!(!z.is_null());
    assert!(t.usable(z).unwrap() >= 1);
    let big = t.alloc(1 << 20);
    assert!(t.usable(big).unwrap() >= 1 << 20);
    fill(big, 1 << 20, 3);
    t.free(big).unwrap();
    assert!(t.alloc(usize::MAX - 10).is_null());
    assert!(t.alloc(usize::MAX / 2).is_null());
    t.free(b).unwrap();
    t.free(z).unwrap();
}

#[test]
fn faults_detected() {
    let mut t = T::new();
    let a = t.alloc(64);
    let b = t.alloc(64);
    t.free(a).unwrap();
    assert_eq!(t.free(a), Err(Fault::DoubleFree));
    assert_eq!(t.realloc(a, 10), Err(Fault::DoubleFree));
    assert_eq!(t.usable(a), Err(Fault::DoubleFree));
    // Interior and misaligned pointers.
    // SAFETY: pointer arithmetic within b's block.
    unsafe {
        assert_eq!(t.free(b.add(16)), Err(Fault::InvalidPointer));
        assert_eq!(t.free(b.add(1)), Err(Fault::InvalidPointer));
    }
    // A block never handed out (past the bump index).
    // SAFETY: inside the same slab.
    assert_eq!(
        t.free(unsafe { b.add(64 * 1000) }),
        Err(Fault::InvalidPointer)
    );
    // Not ours at all.
    let mut local = [0u64; 8];
    assert_eq!(
        t.free(local.as_mut_ptr().wrapping_add(4) as *mut u8),
        Err(Fault::InvalidPointer)
    );
    // Double free after the block went back to its slab.
    let mut v: Vec<_> = (0..200).map(|_| t.alloc(64)).collect();
    let victim = v.pop().unwrap();
    t.free(victim).unwrap();
    for p in v {
        t.free(p).unwrap();
    }
    assert_eq!(t.free(victim), Err(Fault::DoubleFree));
    // Large blocks: interior pointer refused.
    let big = t.alloc(300_000);
    // SAFETY: inside the block.
    assert_eq!(t.free(unsafe { big.add(4096) }), Err(Fault::InvalidPointer));
    t.free(big).unwrap();
    // A live block whose data happens to look like a cookie is not a
    // double free.
    let c = t.alloc(32);
    // SAFETY: c has 32 bytes.
    unsafe { *(c as *mut usize).add(1) = c as usize ^ COOKIE };
    t.free(c).unwrap();
    t.free(b).unwrap();
}

#[test]
fn alignment_of_every_api() {
    let mut t = T::new();
    let mut ptrs = Vec::new();
    for n in [
        0usize, 1, 15, 16, 17, 100, 129, 1000, 5000, 70_000, 131_072, 200_000,
    ] {
        let p = t.alloc(n);
        assert_eq!(p as usize % ALIGN, 0, "n={n}");
        ptrs.push(p);
        let mut a = 1;
        while a <= 1 << 20 {
            let p = t.aligned(n, a);
            assert!(!p.is_null());
            assert_eq!(p as usize % a, 0, "n={n} a={a}");
            assert!(t.usable(p).unwrap() >= n);
            fill(p, n, a as u8);
            ptrs.push(p);
            a <<= 1;
        }
    }
    // Aligned blocks resize and free like any other.
    for p in ptrs.iter_mut().step_by(3) {
        let n = t.usable(*p).unwrap();
        let q = t.realloc(*p, n + 50).unwrap();
        assert!(!q.is_null());
        *p = q;
    }
    for p in ptrs {
        t.free(p).unwrap();
    }
}

#[test]
fn realloc_keeps_contents() {
    let mut t = T::new();
    let mut p = t.alloc(10);
    fill(p, 10, 9);
    let mut n = 10;
    for &m in &[
        20usize, 200, 3000, 100_000, 500_000, 3_000_000, 1_000_000, 150_000, 60_000, 40, 5,
    ] {
        let q = t.realloc(p, m).unwrap();
        assert!(!q.is_null());
        let keep = n.min(m);
        assert!(check(q, keep, 9), "to {m}");
        fill(q, m, 9);
        p = q;
        n = m;
    }
    // Growing within the class stays in place.
    let a = t.alloc(100);
    assert_eq!(t.realloc(a, 110).unwrap(), a);
    // A failed large growth leaves the block untouched.
    let b = t.alloc(200_000);
    fill(b, 200_000, 4);
    t.os.fail.set(true);
    assert!(t.realloc(b, 400_000).unwrap().is_null());
    assert!(t.alloc(300).is_null() || t.free(p).is_ok());
    t.os.fail.set(false);
    assert!(check(b, 200_000, 4));
    t.free(b).unwrap();
    t.free(a).unwrap();
}

#[test]
fn randomized_stress_with_integrity() {
    let mut t = T::new();
    let mut r = Rng(0x1234_5678_9abc_def1);
    let mut live: Vec<(*mut u8, usize, u8)> = Vec::new();
    for step in 0..60_000 {
        let op = r.below(10);
        if live.is_empty() || op < 4 {
            let n = match r.below(100) {
                0 => 130_000 + r.below(400_000),
                1..=10 => r.below(65_536),
                _ => r.below(512),
            };
            let p = if r.below(8) == 0 {
                t.aligned(n, 1 << r.below(14))
            } else {
                t.alloc(n)
            };
            assert!(!p.is_null());
            let seed = step as u8;
            fill(p, n, seed);
            live.push((p, n, seed));
        } else if op < 7 {
            let i = r.below(live.len());
            let (p, n, seed) = live.swap_remove(i);
            assert!(check(p, n, seed), "step {step}");
            t.free(p).unwrap();
        } else {
            let i = r.below(live.len());
            let (p, n, seed) = live[i];
            let m = if r.below(20) == 0 {
                130_000 + r.below(300_000)
            } else {
                r.below(3000)
            };
            let q = t.realloc(p, m).unwrap();
            assert!(!q.is_null());
            assert!(check(q, n.min(m), seed), "step {step}");
            fill(q, m, seed);
            live[i] = (q, m, seed);
        }
    }
    for (p, n, seed) in live.drain(..) {
        assert!(check(p, n, seed));
        t.free(p).unwrap();
    }
    t.drain();
    // Everything free: nothing is in use, each class keeps at most one
    // empty slab, the large-mapping cache holds at most its limit, and
    // the rest went back to the kernel.
    let (slabs, used, segs) = t.h.stats();
    assert_eq!(used, 0);
    assert!(slabs <= NCLASS, "{slabs} slabs kept");
    assert!(
        t.os.mapped() <= segs * SEG + 8192 + LC_TOTAL,
        "mapped {}",
        t.os.mapped()
    );
    t.churn(64);
    assert!(t.os.purged.get() > 0);
}

#[test]
fn memory_is_returned() {
    let mut t = T::new();
    let mut v = Vec::new();
    for i in 0..40_000 {
        v.push(t.alloc(16 + (i % 8) * 16));
    }
    for &p in &v {
        fill(p, 16, 1);
    }
    let peak = t.os.mapped();
    for p in v.drain(..) {
        t.free(p).unwrap();
    }
    t.drain();
    // Nothing is purged at once: the pages are likely to be reused.
    assert_eq!(t.os.purged.get(), 0);
    // After two epochs of other activity they go to the kernel.
    t.churn(64);
    assert!(t.os.purged.get() >= 2 << 20, "{}", t.os.purged.get());
    assert!(t.os.mapped() <= peak);
    let (slabs, used, _) = t.h.stats();
    assert_eq!(used, 0);
    assert!(slabs <= 8, "{slabs} slabs kept");
    // Reused memory after purge reads back as zero except where written.
    let p = t.alloc(48);
    assert!(!p.is_null());
    t.free(p).unwrap();
}

#[test]
fn out_of_memory_is_null() {
    let mut t = T::new();
    t.os.fail.set(true);
    assert!(t.alloc(100).is_null());
    assert!(t.alloc(1 << 20).is_null());
    assert!(t.aligned(100, 4096).is_null());
    t.os.fail.set(false);
    let p = t.alloc(100);
    assert!(!p.is_null());
    t.free(p).unwrap();
}

#[test]
fn large_mappings_are_recycled_and_realloc_grows_in_place() {
    let mut t = T::new();
    let a = t.alloc(200_000);
    // SAFETY: a is a live large block.
    assert!(unsafe { t.h.is_fresh(a) });
    fill(a, 200_000, 5);
    t.free(a).unwrap();
    let mapped = t.os.mapped();
    // The same size again: the cached mapping, not zeroed, not fresh.
    let b = t.alloc(199_000);
    assert_eq!(a, b);
    // SAFETY: b is live.
    assert!(!unsafe { t.h.is_fresh(b) });
    assert_eq!(t.os.mapped(), mapped);
    // A freed cached block is refused.
    t.free(b).unwrap();
    assert_eq!(t.free(b), Err(Fault::InvalidPointer));
    // A block realloc grows past GROW_MAP takes the roomy mapping and
    // grows in place through it.
    let mut p = t.alloc(64);
    fill(p, 64, 7);
    let mut n = 64;
    let mut moves = 0;
    while n < 150_000 {
        let q = t.realloc(p, n + 64).unwrap();
        assert!(check(q, n, 7));
        if q != p {
            moves += 1;
        }
        fill(q, n + 64, 7);
        p = q;
        n += 64;
    }
    assert_eq!(p, a, "grew into the cached mapping");
    assert!(moves <= 12, "{moves} moves");
    t.free(p).unwrap();
    // The cache is bounded.
    let v: Vec<_> = (0..10).map(|_| t.alloc(200_000)).collect();
    for p in v {
        t.free(p).unwrap();
    }
    let g = t.h.lock();
    // SAFETY: lock held.
    let h = unsafe { t.h.central(&g) };
    assert!(h.lcount <= LC_N && h.lbytes <= LC_TOTAL);
}

/// Granules past the headers used at the peak (tracked by the caller)
/// and now: (highest in use + 1 − header, in use), over all segments.
fn footprint(t: &T) -> (usize, usize) {
    let g = t.h.lock();
    // SAFETY: lock held; listed segments are ours.
    unsafe {
        let h = t.h.central(&g);
        let (mut top, mut used) = (0, 0);
        let mut seg = h.segs;
        while !seg.is_null() {
            let sg = &*seg;
            let last = (0..NGRAN)
                .rev()
                .find(|&i| sg.used[i / 64] >> (i % 64) & 1 != 0)
                .unwrap();
            top = top.max(last + 1 - HDR);
            used += NGRAN - HDR - sg.nfree as usize;
            seg = sg.next;
        }
        (top, used)
    }
}

#[test]
fn pages_are_reused_across_classes() {
    let mut t = T::new();
    // 96 KiB of 48-byte blocks, all freed...
    let v: Vec<_> = (0..2048).map(|_| t.alloc(48)).collect();
    let (top_a, _) = footprint(&t);
    for p in v {
        t.free(p).unwrap();
    }
    t.drain();
    assert_eq!(footprint(&t).1, 0);
    // ...then as much of 240-byte blocks lands in the same granules.
    let v: Vec<_> = (0..400).map(|_| t.alloc(240)).collect();
    let (top_b, _) = footprint(&t);
    assert!(top_b <= top_a + 2, "{top_b} vs {top_a}");
    for p in v {
        t.free(p).unwrap();
    }
}

#[test]
fn churn_through_every_class_keeps_the_footprint() {
    let mut t = T::new();
    let mut tops = Vec::new();
    for _ in 0..4 {
        for &size in SIZE.iter() {
            let n = size as usize;
            let k = ((256 << 10) / n).max(2);
            let v: Vec<_> = (0..k).map(|_| t.alloc(n)).collect();
            for &p in &v {
                fill(p, 16, 3);
            }
            for p in v {
                t.free(p).unwrap();
            }
        }
        t.drain();
        tops.push(footprint(&t).0.max(tops.last().copied().unwrap_or(0)));
    }
    // Every round walks all classes through the same granules.
    assert_eq!(tops[0], tops[3], "{tops:?}");
    assert!(tops[0] * GRAN <= 2 * (512 << 10), "{tops:?}");
}

#[test]
fn mixed_small_sizes_share_pages() {
    // The bench's "malloc+free mixed small": 256 slots of 8..519 bytes
    // (17 classes, ~72 KiB live). Each class holding its own pages cost
    // ~190 KiB; sharing the pool keeps the peak near 150.
    let mut t = T::new();
    let mut rng: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut rnd = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut slot = [null_mut::<u8>(); 256];
    let mut peak = 0;
    for i in 0..400_000 {
        let k = (rnd() & 255) as usize;
        if !slot[k].is_null() {
            t.free(slot[k]).unwrap();
        }
        slot[k] = t.alloc(8 + (rnd() % 512) as usize);
        if i % 64 == 0 {
            peak = peak.max(footprint(&t).0);
        }
    }
    assert!(peak * GRAN <= 176 << 10, "peak {} KiB", (peak * GRAN) >> 10);
    for p in slot {
        t.free(p).unwrap();
    }
}

impl T {
    fn trim(&mut self, pad: usize) -> bool {
        // SAFETY: one thread, one cache.
        unsafe { self.h.trim(&mut self.c, pad, &self.os) }
    }
    /// Blocks with a mapping of their own now.
    fn mapped_blocks(&self) -> usize {
        self.h.info().hblks
    }
    /// `k` blocks of `n` bytes, touched.
    fn many(&mut self, k: usize, n: usize) -> Vec<*mut u8> {
        (0..k)
            .map(|_| {
                let p = self.alloc(n);
                assert!(!p.is_null());
                fill(p, n, 3);
                p
            })
            .collect()
    }
    fn free_all(&mut self, v: Vec<*mut u8>) {
        for p in v.into_iter().rev() {
            self.free(p).unwrap();
        }
    }
}

#[test]
fn mmap_threshold_and_max() {
    let mut t = T::new();
    // Default: up to 128 KiB from slabs, above it a mapping.
    let v = t.many(4, 100_000);
    assert_eq!(t.mapped_blocks(), 0);
    t.free_all(v);
    let v = t.many(2, SMALL_MAX + 1);
    assert_eq!(t.mapped_blocks(), 2);
    t.free_all(v);
    // Lower: at the threshold and above.
    t.h.set_mmap_threshold(64 << 10);
    let v = t.many(4, 100_000);
    assert_eq!(t.mapped_blocks(), 4);
    t.free_all(v);
    let v = t.many(2, (64 << 10) - 1);
    assert_eq!(t.mapped_blocks(), 0);
    t.free_all(v);
    let p = t.aligned(100_000, 4096);
    assert_eq!(t.mapped_blocks(), 1);
    t.free(p).unwrap();
    // realloc moves a growing block to a mapping at the threshold, not
    // before.
    let p = t.alloc(1000);
    let p = t.realloc(p, 60_000).unwrap();
    assert_eq!(t.mapped_blocks(), 0);
    let p = t.realloc(p, 70_000).unwrap();
    assert_eq!(t.mapped_blocks(), 1);
    t.free(p).unwrap();
    // At most two mappings, then slabs; 0: none.
    t.h.set_mmap_max(2);
    let v = t.many(4, 100_000);
    assert_eq!(t.mapped_blocks(), 2);
    t.free_all(v);
    t.h.set_mmap_max(0);
    let v = t.many(4, 100_000);
    assert_eq!(t.mapped_blocks(), 0);
    t.free_all(v);
    let p = t.alloc(1000);
    let p = t.realloc(p, 100_000).unwrap();
    assert_eq!(t.mapped_blocks(), 0);
    t.free(p).unwrap();
    // A block no slab holds still gets one.
    let v = t.many(1, 1 << 20);
    assert_eq!(t.mapped_blocks(), 1);
    t.free_all(v);
    // Higher than 128 KiB: the same as 128 KiB.
    t.h.set_mmap_max(tune::MMAP_MAX);
    t.h.set_mmap_threshold(1 << 20);
    let v = t.many(4, 100_000);
    assert_eq!(t.mapped_blocks(), 0);
    t.free_all(v);
    let v = t.many(1, 200_000);
    assert_eq!(t.mapped_blocks(), 1);
    t.free_all(v);
}

/// Free granules whose pages may be resident, in bytes.
fn resident(t: &T) -> usize {
    let g = t.h.lock();
    // SAFETY: lock held.
    unsafe { t.h.central(&g).resident * GRAN }
}

#[test]
fn resident_count_matches_the_bitmaps() {
    let mut t = T::new();
    let mut rng = Rng(7);
    let mut live = Vec::new();
    for round in 0..20_000 {
        if live.len() < 3000 && rng.below(3) != 0 {
            let n = 16 + rng.below(20_000);
            live.push(t.alloc(n));
        } else if !live.is_empty() {
            let i = rng.below(live.len());
            let p = live.swap_remove(i);
            t.free(p).unwrap();
        }
        if round % 5000 == 4999 {
            t.drain();
            let i = t.h.info();
            // keepcost: the resident free granules and cached mappings.
            let lb = {
                let g = t.h.lock();
                // SAFETY: lock held.
                unsafe { t.h.central(&g).lbytes }
            };
            assert_eq!(i.keepcost, resident(&t) + lb);
        }
    }
    for p in live {
        t.free(p).unwrap();
    }
    t.drain();
    assert!(t.trim(0));
    // Free granules sharing a page with a slab stay.
    assert!(resident(&t) < 16 * GRAN, "{}", resident(&t));
}

#[test]
fn trim_threshold_and_top_pad() {
    let mut t = T::new();
    // Default: nothing is purged at once.
    let v = t.many(1024, 2000);
    t.free_all(v);
    t.drain();
    assert!(resident(&t) >= 3 << 19, "{}", resident(&t));
    assert!(t.trim(0));
    assert!(resident(&t) < 16 * GRAN, "{}", resident(&t));
    // Threshold 256 KiB, no pad: what is free stays under it.
    t.h.set_trim_threshold(256 << 10);
    t.h.set_top_pad(0);
    let v = t.many(1024, 2000);
    t.free_all(v);
    t.drain();
    assert!(resident(&t) < 256 << 10, "{}", resident(&t));
    // A pad of 1 MiB is kept.
    t.h.set_top_pad(1 << 20);
    let v = t.many(1024, 2000);
    t.free_all(v);
    t.drain();
    let r = resident(&t);
    assert!((1 << 20..(1 << 20) + (256 << 10)).contains(&r), "{r}");
    // SIZE_MAX: never; malloc_trim keeps its pad.
    t.h.set_trim_threshold(usize::MAX);
    let v = t.many(1024, 2000);
    t.free_all(v);
    t.drain();
    assert!(resident(&t) >= 3 << 19);
    assert!(t.trim(1 << 20));
    let r = resident(&t);
    assert!((1 << 20..(1 << 20) + (64 << 10)).contains(&r), "{r}");
    assert!(t.trim(0));
    assert!(resident(&t) < 16 * GRAN, "{}", resident(&t));
    assert!(!t.trim(0));
}

#[test]
fn perturb_fills_freed_blocks() {
    let mut t = T::new();
    let p = t.alloc(100);
    let q = t.alloc(200_000);
    let r = t.alloc(100_000);
    // SAFETY: one thread, live blocks.
    unsafe {
        t.h.perturb_free(&t.c, p, 0x5a).unwrap();
        t.h.perturb_free(&t.c, q, 0x5a).unwrap();
        t.h.perturb_free(&t.c, r, 0x5a).unwrap();
    }
    assert!(check_byte(p, 112, 0x5a));
    assert!(check_byte(q, 200_000, 0x5a));
    assert!(check_byte(r, 100_000, 0x5a));
    t.free(p).unwrap();
    // A freed block is refused.
    // SAFETY: as above; the fault is detected.
    assert_eq!(
        unsafe { t.h.perturb_free(&t.c, p, 1) },
        Err(Fault::DoubleFree)
    );
    t.free(q).unwrap();
    t.free(r).unwrap();
}

fn check_byte(p: *mut u8, n: usize, b: u8) -> bool {
    // SAFETY: p has n bytes.
    (0..n).all(|i| unsafe { *p.add(i) } == b)
}
