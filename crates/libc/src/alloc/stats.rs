//! What the heap holds, for `<malloc.h>`'s `mallinfo`, `malloc_stats`
//! and `malloc_trim`. Counted by walking the segments under the lock
//! (cold: only these calls pay), except the large blocks, whose count and
//! bytes are kept as they come and go (a relaxed atomic add beside each
//! mmap/munmap they cost anyway).
//!
//! The numbers, in glibc's terms: the *arena* is everything obtained from
//! the kernel for small blocks (whole 4 MiB segments, address space
//! included) plus the freed large mappings kept for reuse; *free* bytes
//! are its free granules, the not-yet-handed-out blocks of live slabs and
//! those cached mappings; *in use* is the arena less the free bytes
//! (segment headers and slab tails count as in use, like glibc's chunk
//! headers; blocks sitting in thread caches too, like glibc's tcache).
//! Large blocks are glibc's mmapped blocks (`hblks`, `hblkhd`); *keepcost*
//! is what `malloc_trim` could give back now: free granules whose pages
//! are still dirty, plus the cached mappings.
use super::*;

/// Live large blocks: count and bytes (with their peaks).
pub struct Large {
    n: AtomicUsize,
    bytes: AtomicUsize,
    max_n: AtomicUsize,
    max_bytes: AtomicUsize,
}

impl Large {
    pub const fn new() -> Self {
        Large {
            n: AtomicUsize::new(0),
            bytes: AtomicUsize::new(0),
            max_n: AtomicUsize::new(0),
            max_bytes: AtomicUsize::new(0),
        }
    }

    #[inline]
    pub fn add(&self, len: usize) {
        let n = self.n.fetch_add(1, Ordering::Relaxed) + 1;
        let b = self
            .bytes
            .fetch_add(len, Ordering::Relaxed)
            .wrapping_add(len);
        self.max_n.fetch_max(n, Ordering::Relaxed);
        self.max_bytes.fetch_max(b, Ordering::Relaxed);
    }

    /// Blocks with a mapping of their own now.
    #[inline]
    pub fn count(&self) -> usize {
        self.n.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn remove(&self, len: usize) {
        self.n.fetch_sub(1, Ordering::Relaxed);
        self.bytes.fetch_sub(len, Ordering::Relaxed);
    }

    #[inline]
    pub fn resize(&self, old: usize, new: usize) {
        let b = self
            .bytes
            .fetch_add(new, Ordering::Relaxed)
            .wrapping_add(new);
        self.bytes.fetch_sub(old, Ordering::Relaxed);
        self.max_bytes
            .fetch_max(b.wrapping_sub(old), Ordering::Relaxed);
    }
}

impl Default for Large {
    fn default() -> Self {
        Self::new()
    }
}

/// `struct mallinfo2`'s numbers (see the module doc).
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Info {
    pub arena: usize,
    /// Free chunks: free granule runs, free blocks of live slabs and
    /// cached mappings.
    pub ordblks: usize,
    pub hblks: usize,
    pub hblkhd: usize,
    pub uordblks: usize,
    pub fordblks: usize,
    pub keepcost: usize,
    /// Peaks of `hblks` and `hblkhd` (`malloc_stats`' "max mmap").
    pub max_hblks: usize,
    pub max_hblkhd: usize,
}

impl Heap {
    /// What the heap holds now.
    pub fn info(&self) -> Info {
        let mut i = Info {
            hblks: self.large.n.load(Ordering::Relaxed),
            hblkhd: self.large.bytes.load(Ordering::Relaxed),
            max_hblks: self.large.max_n.load(Ordering::Relaxed),
            max_hblkhd: self.large.max_bytes.load(Ordering::Relaxed),
            ..Info::default()
        };
        let g = self.lock();
        // SAFETY: lock held.
        let h = unsafe { self.central(&g) };
        i.arena = h.nsegs * SEG + h.lbytes;
        i.fordblks = h.lbytes;
        i.keepcost = h.lbytes;
        i.ordblks = h.lcount.min(LC_N);
        let mut seg = h.segs;
        while !seg.is_null() {
            // SAFETY: listed segments are ours; lock held.
            let sg = unsafe { &*seg };
            i.fordblks += sg.nfree as usize * GRAN;
            let mut g = next_clear(&sg.used, HDR);
            while g < NGRAN {
                let end = next_set(&sg.used, g);
                i.ordblks += 1;
                for k in g..end {
                    if (sg.dirty[k / 64] | sg.old[k / 64]) >> (k % 64) & 1 != 0 {
                        i.keepcost += GRAN;
                    }
                }
                g = next_clear(&sg.used, end);
            }
            let top = (sg.rec_top as usize).min(NGRAN - 1);
            for s in sg.slabs.iter().take(top + 1).skip(1) {
                let c = s.class.load(Ordering::Relaxed);
                if c != NONE {
                    let spare = s.cap.saturating_sub(s.used) as usize;
                    i.fordblks += spare * SIZE[cls(c as usize)] as usize;
                    i.ordblks += spare;
                }
            }
            seg = sg.next;
        }
        i.uordblks = i.arena - i.fordblks.min(i.arena);
        i
    }

    /// Give the kernel every whole free page of the segments now (not
    /// waiting for an epoch) but the lowest `pad` bytes' worth, and unmap
    /// the cached large mappings; whether anything went back. Blocks in
    /// other threads' caches stay.
    ///
    /// # Safety
    /// `cache` belongs to the calling thread and to this heap.
    pub unsafe fn trim(&self, cache: &mut Cache, pad: usize, os: &impl Pages) -> bool {
        // The caller's cached blocks first: their slabs may empty (and
        // an empty segment be unmapped: that is memory back too).
        let segs = |h: &Heap| {
            let g = h.lock();
            // SAFETY: lock held.
            unsafe { h.central(&g).nsegs }
        };
        let before = segs(self);
        // SAFETY: forwarded contract.
        unsafe { self.drain(cache, os) };
        let unmapped = segs(self) < before;
        let mut out = [(null_mut(), 0usize); LC_N];
        let mut released;
        let nout;
        {
            let g = self.lock();
            // SAFETY: lock held.
            let h = unsafe { self.central(&g) };
            nout = h.lcount.min(LC_N);
            out[..nout].copy_from_slice(&h.lcache[..nout]);
            h.lcount = 0;
            h.lbytes = 0;
            released = self.sweep(h, pad, os) | unmapped;
        }
        for &(b, l) in out.iter().take(nout) {
            os.unmap(b, l);
            released = true;
        }
        released
    }

    /// Give the kernel every whole free page of the segments whose memory
    /// may be resident, keeping the lowest `keep` bytes of them (the next
    /// slabs take those first); whether any went. Lock held.
    pub(super) fn sweep(&self, h: &mut Central, keep: usize, os: &impl Pages) -> bool {
        let gpp = (os.page_size() / GRAN).max(1);
        let mut kept = 0usize;
        let mut released = false;
        let mut seg = h.segs;
        while !seg.is_null() {
            // SAFETY: listed segments are ours; lock held.
            let sg = unsafe { &mut *seg };
            let mut i = HDR.next_multiple_of(gpp);
            let mut run = 0;
            let mut dirty = false;
            while i <= NGRAN {
                let mut free = i < NGRAN && next_set(&sg.used, i) >= i + gpp;
                let d =
                    free && (next_set(&sg.dirty, i) < i + gpp || next_set(&sg.old, i) < i + gpp);
                if d && kept < keep {
                    // Kept resident: it ends a run.
                    kept += gpp * GRAN;
                    free = false;
                }
                if free {
                    run += gpp;
                    dirty |= d;
                } else {
                    if run > 0 && dirty {
                        let from = i - run;
                        h.resident -= set_range(&mut sg.dirty, from, run, false)
                            + set_range(&mut sg.old, from, run, false);
                        // SAFETY: free granules of our segment.
                        os.release(unsafe { (seg as *mut u8).add(from * GRAN) }, run * GRAN);
                        released = true;
                    }
                    run = 0;
                    dirty = false;
                }
                i += gpp;
            }
            seg = sg.next;
        }
        released
    }
}
