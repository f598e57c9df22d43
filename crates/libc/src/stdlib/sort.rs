//! Sorting and searching arrays: `qsort`, `qsort_r`, `bsearch`.
//!
//! `qsort` is an introsort: quicksort with a median-of-3 (ninther for
//! larger ranges) pivot and Hoare partitioning, insertion sort for short
//! ranges, and a bottom-up heapsort for any range whose partitions were
//! lopsided too often, so the worst case stays O(n log n) comparisons.
//! Elements are exchanged in machine words when size and alignment allow.
use crate::types::*;

type Cmp = unsafe extern "C" fn(*const c_void, *const c_void) -> c_int;
type CmpR = unsafe extern "C" fn(*const c_void, *const c_void, *mut c_void) -> c_int;

/// How two elements of `size` bytes are exchanged.
trait Swap {
    /// # Safety
    /// `a` and `b` point to `size` valid bytes each, suitably aligned for
    /// the chosen chunk; they are equal or do not overlap.
    unsafe fn swap(a: *mut u8, b: *mut u8, size: usize);
}

struct Words;
struct Quads;
struct Bytes;

impl Swap for Words {
    #[inline(always)]
    unsafe fn swap(a: *mut u8, b: *mut u8, size: usize) {
        let (a, b) = (a as *mut usize, b as *mut usize);
        let w = core::mem::size_of::<usize>();
        for k in 0..size / w {
            // SAFETY: in bounds and word aligned (checked by the caller).
            unsafe { core::ptr::swap(a.add(k), b.add(k)) };
        }
    }
}

impl Swap for Quads {
    #[inline(always)]
    unsafe fn swap(a: *mut u8, b: *mut u8, size: usize) {
        let (a, b) = (a as *mut u32, b as *mut u32);
        for k in 0..size / 4 {
            // SAFETY: in bounds and 4-byte aligned (checked by the caller).
            unsafe { core::ptr::swap(a.add(k), b.add(k)) };
        }
    }
}

impl Swap for Bytes {
    #[inline(always)]
    unsafe fn swap(a: *mut u8, b: *mut u8, size: usize) {
        for k in 0..size {
            // SAFETY: in bounds.
            unsafe { core::ptr::swap(a.add(k), b.add(k)) };
        }
    }
}

/// Ranges up to this many elements are insertion sorted.
const SMALL: usize = 16;
/// From this many elements on, the pivot is Tukey's ninther.
const NINTHER: usize = 128;

struct Sorter<F> {
    base: *mut u8,
    size: usize,
    cmp: F,
}

impl<F: FnMut(*const u8, *const u8) -> c_int> Sorter<F> {
    #[inline(always)]
    fn at(&self, i: usize) -> *mut u8 {
        self.base.wrapping_add(i * self.size)
    }

    #[inline(always)]
    fn less(&mut self, i: usize, j: usize) -> bool {
        let (a, b) = (self.at(i), self.at(j));
        (self.cmp)(a, b) < 0
    }

    #[inline(always)]
    unsafe fn swap<S: Swap>(&self, i: usize, j: usize) {
        // SAFETY: both indices are inside the array being sorted.
        unsafe { S::swap(self.at(i), self.at(j), self.size) }
    }

    /// Index of the median of the elements at `a`, `b`, `c`.
    fn med3(&mut self, a: usize, b: usize, c: usize) -> usize {
        if self.less(a, b) {
            if self.less(b, c) {
                b
            } else if self.less(a, c) {
                c
            } else {
                a
            }
        } else if self.less(c, b) {
            b
        } else if self.less(c, a) {
            c
        } else {
            a
        }
    }

    /// Insertion sort of `[lo, lo + n)`.
    unsafe fn insertion<S: Swap>(&mut self, lo: usize, n: usize) {
        for i in lo + 1..lo + n {
            let mut j = i;
            while j > lo && self.less(j, j - 1) {
                // SAFETY: both inside the range.
                unsafe { self.swap::<S>(j, j - 1) };
                j -= 1;
            }
        }
    }

    /// Move the element at `lo + root` down into the max-heap on
    /// `[lo, lo + end)`, Floyd's way: follow the larger children to a
    /// leaf, climb back to where the element belongs, rotate it in.
    unsafe fn sift<S: Swap>(&mut self, lo: usize, root: usize, end: usize) {
        let mut j = root;
        loop {
            let l = 2 * j + 1;
            if l >= end {
                break;
            }
            let r = l + 1;
            j = if r < end && self.less(lo + l, lo + r) {
                r
            } else {
                l
            };
        }
        while j > root && self.less(lo + j, lo + root) {
            j = (j - 1) / 2;
        }
        // The path root -> j: ancestor k levels above j is ((j+1) >> k) - 1.
        let mut d = 0;
        while ((j + 1) >> d) - 1 != root {
            d += 1;
        }
        while d > 0 {
            let upper = ((j + 1) >> d) - 1;
            let lower = ((j + 1) >> (d - 1)) - 1;
            // SAFETY: both on the path inside the heap.
            unsafe { self.swap::<S>(lo + upper, lo + lower) };
            d -= 1;
        }
    }

    unsafe fn heapsort<S: Swap>(&mut self, lo: usize, n: usize) {
        // SAFETY (all blocks below): indices stay inside [lo, lo + n).
        for i in (0..n / 2).rev() {
            unsafe { self.sift::<S>(lo, i, n) };
        }
        for end in (1..n).rev() {
            unsafe {
                self.swap::<S>(lo, lo + end);
                self.sift::<S>(lo, 0, end);
            }
        }
    }

    /// Sort `[lo, lo + n)`; `bad` lopsided partitions are tolerated
    /// before the range is handed to heapsort.
    unsafe fn sort<S: Swap>(&mut self, mut lo: usize, mut n: usize, mut bad: u32) {
        loop {
            if n <= SMALL {
                // SAFETY: the range is inside the array.
                unsafe { self.insertion::<S>(lo, n) };
                return;
            }
            if bad == 0 {
                // SAFETY: as above.
                unsafe { self.heapsort::<S>(lo, n) };
                return;
            }
            let (mid, hi) = (lo + n / 2, lo + n - 1);
            let p = if n >= NINTHER {
                let s = n / 8;
                let a = self.med3(lo, lo + s, lo + 2 * s);
                let b = self.med3(mid - s, mid, mid + s);
                let c = self.med3(hi - 2 * s, hi - s, hi);
                self.med3(a, b, c)
            } else {
                self.med3(lo, mid, hi)
            };
            // SAFETY (swaps below): all indices lie in [lo, lo + n).
            unsafe { self.swap::<S>(lo, p) };
            // Hoare partition around the pivot at `lo`: afterwards
            // [lo+1, i) <= pivot and (j, hi] >= pivot, with i > j or
            // the element at i == j equal to the pivot.
            let (mut i, mut j) = (lo + 1, hi);
            loop {
                while i <= j && self.less(i, lo) {
                    i += 1;
                }
                while i <= j && self.less(lo, j) {
                    j -= 1;
                }
                if i >= j {
                    break;
                }
                unsafe { self.swap::<S>(i, j) };
                i += 1;
                j -= 1;
            }
            unsafe { self.swap::<S>(lo, j) };
            let left = j - lo;
            let right = n - 1 - left;
            if left.min(right) < n / 8 {
                bad -= 1;
            }
            // Recurse into the smaller side, loop on the larger: the
            // stack stays O(log n).
            if left < right {
                // SAFETY: a sub-range of ours.
                unsafe { self.sort::<S>(lo, left, bad) };
                lo = j + 1;
                n = right;
            } else {
                // SAFETY: a sub-range of ours.
                unsafe { self.sort::<S>(j + 1, right, bad) };
                n = left;
            }
        }
    }
}

/// Sort `n` elements of `size` bytes at `base` with `cmp`.
///
/// # Safety
/// `base` points to `n * size` writable bytes; `cmp` may be called with
/// pointers to any two of the elements.
unsafe fn sort_with<F: FnMut(*const u8, *const u8) -> c_int>(
    base: *mut u8,
    n: usize,
    size: usize,
    cmp: F,
) {
    if n < 2 || size == 0 {
        return;
    }
    let mut s = Sorter { base, size, cmp };
    let bad = usize::BITS - n.leading_zeros();
    let w = core::mem::size_of::<usize>();
    let addr = base as usize;
    // SAFETY: the chunk width divides both the element size and the
    // base address, so every element is aligned for it.
    unsafe {
        if size.is_multiple_of(w) && addr.is_multiple_of(w) {
            s.sort::<Words>(0, n, bad)
        } else if size.is_multiple_of(4) && addr.is_multiple_of(4) {
            s.sort::<Quads>(0, n, bad)
        } else {
            s.sort::<Bytes>(0, n, bad)
        }
    }
}

/// C17 `qsort`: sort `n` elements of `size` bytes in place, ordered by
/// `cmp`. Not stable; O(n log n) comparisons in the worst case.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn qsort(base: *mut c_void, n: size_t, size: size_t, cmp: Cmp) {
    // SAFETY: the caller passes a valid array and comparison function.
    unsafe {
        sort_with(base as *mut u8, n, size, |a, b| {
            cmp(a as *const c_void, b as *const c_void)
        })
    }
}

/// POSIX.1-2024 `qsort_r` (the GNU argument order): like `qsort`, with
/// `arg` passed to every `cmp(a, b, arg)` call.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn qsort_r(
    base: *mut c_void,
    n: size_t,
    size: size_t,
    cmp: CmpR,
    arg: *mut c_void,
) {
    // SAFETY: the caller passes a valid array and comparison function.
    unsafe {
        sort_with(base as *mut u8, n, size, |a, b| {
            cmp(a as *const c_void, b as *const c_void, arg)
        })
    }
}

/// C17 `bsearch`: a matching element of the sorted array, or NULL. `cmp`
/// gets the key first.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn bsearch(
    key: *const c_void,
    base: *const c_void,
    n: size_t,
    size: size_t,
    cmp: Cmp,
) -> *mut c_void {
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let p = (base as *const u8).wrapping_add(mid * size) as *const c_void;
        // SAFETY: mid < n, so p is an element of the caller's array.
        let c = unsafe { cmp(key, p) };
        if c == 0 {
            return p as *mut c_void;
        }
        if c < 0 {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    core::ptr::null_mut()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(v: &mut [u32]) {
        let mut want = v.to_vec();
        want.sort();
        let mut count = 0u64;
        // SAFETY: a valid slice.
        unsafe {
            sort_with(v.as_mut_ptr() as *mut u8, v.len(), 4, |a, b| {
                count += 1;
                (*(a as *const u32)).cmp(&*(b as *const u32)) as c_int
            })
        };
        assert_eq!(v, &want[..]);
        let n = v.len().max(2) as f64;
        assert!(
            (count as f64) < 3.0 * n * n.log2() + n,
            "{count} comparisons"
        );
    }

    #[test]
    fn sorts() {
        let mut x = 12345u32;
        for n in [0, 1, 2, 3, 15, 16, 17, 100, 127, 128, 1000, 5000] {
            let mut v: Vec<u32> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    x
                })
                .collect();
            check(&mut v);
            check(&mut v.iter().map(|x| x % 3).collect::<Vec<_>>());
            let mut s: Vec<u32> = (0..n).collect();
            check(&mut s);
            s.reverse();
            check(&mut s);
            check(&mut vec![7; n as usize]);
        }
    }

    #[test]
    fn heapsort_alone() {
        let mut v: Vec<u32> = (0..1000).map(|i| (i * 7919) % 1009).collect();
        let mut want = v.clone();
        want.sort();
        let mut s = Sorter {
            base: v.as_mut_ptr() as *mut u8,
            size: 4,
            // SAFETY: the sorter passes pointers to elements of `v`.
            cmp: |a: *const u8, b: *const u8| unsafe {
                (*(a as *const u32)).cmp(&*(b as *const u32)) as c_int
            },
        };
        // SAFETY: a valid array.
        unsafe { s.heapsort::<Quads>(0, 1000) };
        assert_eq!(v, want);
    }
}
