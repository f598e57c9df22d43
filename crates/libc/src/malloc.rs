//! The allocator behind `malloc` and friends.
//!
//! Small requests come from power-of-two size classes (16 B … 64 KiB) with
//! a free list each, carved from 1 MiB arenas obtained with `mmap`; larger
//! ones get their own mapping, returned to the kernel on `free`. Every
//! block carries a 16-byte header (size word and a state tag) so `free`
//! can find its class and catch invalid and double frees, which abort
//! with one line on fd 2. A lock that costs an uncontended atomic guards
//! the lists, so the allocator is ready for threads.
use core::ptr::null_mut;
use core::sync::atomic::{AtomicBool, Ordering};

pub const ALIGN: usize = 16;
const HDR: usize = 16;
const MIN_SHIFT: u32 = 4;
const MAX_SHIFT: u32 = 16;
const NCLASS: usize = (MAX_SHIFT - MIN_SHIFT + 1) as usize;
const ARENA: usize = 1 << 20;
const LIVE: usize = 0xa110_c8ed;
const FREED: usize = 0xf2ee_d0ff;
const BIG: usize = 1 << (usize::BITS - 1);

/// The OS side: how pages are obtained and returned (mmap in the libc,
/// a fake in the host tests).
pub trait Pages {
    fn map(&self, len: usize) -> *mut u8;
    fn unmap(&self, p: *mut u8, len: usize);
}

pub struct Heap {
    lock: AtomicBool,
    free: [*mut u8; NCLASS],
    cur: *mut u8,
    end: *mut u8,
}

// SAFETY: all mutation happens under `lock`.
unsafe impl Sync for Heap {}

#[derive(Debug)]
pub enum Fault {
    InvalidFree,
    DoubleFree,
}

fn class_of(n: usize) -> Option<usize> {
    let n = n.max(1 << MIN_SHIFT);
    let shift = usize::BITS - (n - 1).leading_zeros();
    if shift > MAX_SHIFT {
        None
    } else {
        Some((shift - MIN_SHIFT) as usize)
    }
}

fn round_up(n: usize, a: usize) -> Option<usize> {
    n.checked_add(a - 1).map(|v| v & !(a - 1))
}

impl Heap {
    pub const fn new() -> Self {
        Heap {
            lock: AtomicBool::new(false),
            free: [null_mut(); NCLASS],
            cur: null_mut(),
            end: null_mut(),
        }
    }

    fn lock(&self) {
        while self
            .lock
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            core::hint::spin_loop();
        }
    }

    fn unlock(&self) {
        self.lock.store(false, Ordering::Release);
    }

    /// Allocate `n` bytes, 16-aligned; null when the OS has no memory.
    ///
    /// # Safety
    /// `self` must only be used through these methods.
    pub unsafe fn alloc(&mut self, n: usize, os: &dyn Pages) -> *mut u8 {
        match class_of(n) {
            Some(c) => {
                self.lock();
                // SAFETY: under the lock.
                let p = unsafe { self.alloc_small(c, os) };
                self.unlock();
                p
            }
            None => {
                let Some(len) = n.checked_add(HDR).and_then(|v| round_up(v, 4096)) else {
                    return null_mut();
                };
                if len > isize::MAX as usize {
                    return null_mut();
                }
                let base = os.map(len);
                if base.is_null() {
                    return null_mut();
                }
                // SAFETY: fresh mapping of len >= HDR bytes.
                unsafe {
                    *(base as *mut usize) = len | BIG;
                    *(base as *mut usize).add(1) = LIVE;
                    base.add(HDR)
                }
            }
        }
    }

    unsafe fn alloc_small(&mut self, c: usize, os: &dyn Pages) -> *mut u8 {
        let block = 1usize << (c as u32 + MIN_SHIFT);
        let b = if !self.free[c].is_null() {
            let b = self.free[c];
            // SAFETY: a free block stores the next link after its header.
            self.free[c] = unsafe { *(b.add(HDR) as *mut *mut u8) };
            b
        } else {
            let need = block + HDR;
            if (self.end as usize) - (self.cur as usize) < need {
                let a = os.map(ARENA);
                if a.is_null() {
                    return null_mut();
                }
                self.cur = a;
                // SAFETY: within the fresh arena.
                self.end = unsafe { a.add(ARENA) };
            }
            let b = self.cur;
            // SAFETY: need bytes remain.
            self.cur = unsafe { b.add(need) };
            b
        };
        // SAFETY: b heads a block of this class.
        unsafe {
            *(b as *mut usize) = c;
            *(b as *mut usize).add(1) = LIVE;
            b.add(HDR)
        }
    }

    /// Usable size of a live block.
    ///
    /// # Safety
    /// `p` came from `alloc` and is live.
    pub unsafe fn usable(&self, p: *mut u8) -> Result<usize, Fault> {
        // SAFETY: the header precedes every block.
        let (w, tag) = unsafe { Self::header(p) };
        Self::check(tag)?;
        Ok(if w & BIG != 0 {
            (w & !BIG) - HDR
        } else {
            1 << (w as u32 + MIN_SHIFT)
        })
    }

    unsafe fn header(p: *mut u8) -> (usize, usize) {
        // SAFETY: caller's contract.
        unsafe {
            (
                *(p.sub(HDR) as *const usize),
                *(p.sub(HDR) as *const usize).add(1),
            )
        }
    }

    fn check(tag: usize) -> Result<(), Fault> {
        match tag {
            LIVE => Ok(()),
            FREED => Err(Fault::DoubleFree),
            _ => Err(Fault::InvalidFree),
        }
    }

    /// Free a block.
    ///
    /// # Safety
    /// `p` came from `alloc` (a bad pointer is detected when its header
    /// is readable and wrong).
    pub unsafe fn free(&mut self, p: *mut u8, os: &dyn Pages) -> Result<(), Fault> {
        if !(p as usize).is_multiple_of(ALIGN) {
            return Err(Fault::InvalidFree);
        }
        // SAFETY: caller's contract.
        let (w, tag) = unsafe { Self::header(p) };
        Self::check(tag)?;
        // SAFETY: header belongs to this block.
        let b = unsafe { p.sub(HDR) };
        if w & BIG != 0 {
            // SAFETY: as above.
            unsafe { *(b as *mut usize).add(1) = FREED };
            os.unmap(b, w & !BIG);
            return Ok(());
        }
        if w >= NCLASS {
            return Err(Fault::InvalidFree);
        }
        self.lock();
        // SAFETY: under the lock; the block is ours again.
        unsafe {
            *(b as *mut usize).add(1) = FREED;
            *(p as *mut *mut u8) = self.free[w];
        }
        self.free[w] = b;
        self.unlock();
        Ok(())
    }
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::{Layout, alloc_zeroed, dealloc};

    struct HostPages;
    impl Pages for HostPages {
        fn map(&self, len: usize) -> *mut u8 {
            // SAFETY: non-zero size.
            unsafe { alloc_zeroed(Layout::from_size_align(len, 4096).unwrap()) }
        }
        fn unmap(&self, p: *mut u8, len: usize) {
            // SAFETY: allocated above with the same layout.
            unsafe { dealloc(p, Layout::from_size_align(len, 4096).unwrap()) }
        }
    }

    #[test]
    fn classes() {
        assert_eq!(class_of(0), Some(0));
        assert_eq!(class_of(16), Some(0));
        assert_eq!(class_of(17), Some(1));
        assert_eq!(class_of(65536), Some(12));
        assert_eq!(class_of(65537), None);
    }

    #[test]
    fn alloc_reuse_and_faults() {
        let mut h = Heap::new();
        let os = HostPages;
        // SAFETY: the heap is used only through its API.
        unsafe {
            let a = h.alloc(100, &os);
            assert_eq!(a as usize % 16, 0);
            assert_eq!(h.usable(a).ok(), Some(128));
            core::ptr::write_bytes(a, 0x55, 128);
            assert!(h.free(a, &os).is_ok());
            assert!(matches!(h.free(a, &os), Err(Fault::DoubleFree)));
            let b = h.alloc(120, &os);
            assert_eq!(a, b, "freed block reused");
            let big = h.alloc(1 << 20, &os);
            assert!(h.usable(big).unwrap() >= 1 << 20);
            assert!(h.free(big, &os).is_ok());
            assert!(matches!(h.free(b.add(16), &os), Err(Fault::InvalidFree)));
            assert!(h.alloc(usize::MAX - 10, &os).is_null());
        }
    }

    #[test]
    fn many_blocks_distinct() {
        let mut h = Heap::new();
        let os = HostPages;
        let mut v = Vec::new();
        // SAFETY: API use only.
        unsafe {
            for i in 0..5000 {
                let n = (i * 37) % 3000 + 1;
                let p = h.alloc(n, &os);
                core::ptr::write_bytes(p, (i % 251) as u8, n);
                v.push((p, n, (i % 251) as u8));
            }
            for &(p, n, x) in &v {
                assert!((0..n).all(|k| *p.add(k) == x));
            }
            for &(p, _, _) in &v {
                assert!(h.free(p, &os).is_ok());
            }
        }
    }
}
