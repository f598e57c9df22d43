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

/// The caller's comparison function, with or without the context
/// argument: one runtime tag instead of one sorter instance per kind.
#[derive(Clone, Copy)]
enum Compare {
    Plain(Cmp),
    Ctx(CmpR, *mut c_void),
}

/// The widest chunk that divides the element size and the base address:
/// elements are exchanged in chunks of that many bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Word,
    Quad,
    Byte,
}

/// Ranges up to this many elements are insertion sorted.
const SMALL: usize = 16;
/// From this many elements on, the pivot is Tukey's ninther.
const NINTHER: usize = 128;

/// One sorter for every element size and comparison kind: the chunk
/// width and the comparison are runtime fields, so the program carries a
/// single copy of the sorting code.
struct Sorter {
    base: *mut u8,
    size: usize,
    chunk: Chunk,
    cmp: Compare,
}

impl Sorter {
    #[inline(always)]
    fn at(&self, i: usize) -> *mut u8 {
        self.base.wrapping_add(i * self.size)
    }

    #[inline(always)]
    fn less(&self, i: usize, j: usize) -> bool {
        let (a, b) = (self.at(i) as *const c_void, self.at(j) as *const c_void);
        // SAFETY: both pointers are elements of the caller's array, as
        // the comparison function expects.
        let c = unsafe {
            match self.cmp {
                Compare::Plain(f) => f(a, b),
                Compare::Ctx(f, arg) => f(a, b, arg),
            }
        };
        c < 0
    }

    /// Exchange the elements at `i` and `j`.
    ///
    /// # Safety
    /// Both indices are inside the array being sorted.
    #[inline(never)]
    unsafe fn swap(&self, i: usize, j: usize) {
        let (mut a, mut b) = (self.at(i), self.at(j));
        let end = self.at(i + 1);
        // SAFETY (all accesses): the elements are `size` bytes each,
        // equal or disjoint, and the chunk width divides both the size
        // and the base address (chosen in `sort_with`), so every access
        // is in bounds and aligned. One loop for all widths keeps the
        // routine small; the width test is perfectly predicted.
        unsafe {
            while a < end {
                let step = match self.chunk {
                    Chunk::Word => {
                        core::ptr::swap(a as *mut usize, b as *mut usize);
                        core::mem::size_of::<usize>()
                    }
                    Chunk::Quad => {
                        core::ptr::swap(a as *mut u32, b as *mut u32);
                        4
                    }
                    Chunk::Byte => {
                        core::ptr::swap(a, b);
                        1
                    }
                };
                a = a.add(step);
                b = b.add(step);
            }
        }
    }

    /// Index of the median of the elements at `a`, `b`, `c`.
    fn med3(&self, a: usize, b: usize, c: usize) -> usize {
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
    unsafe fn insertion(&self, lo: usize, n: usize) {
        for i in lo + 1..lo + n {
            let mut j = i;
            while j > lo && self.less(j, j - 1) {
                // SAFETY: both inside the range.
                unsafe { self.swap(j, j - 1) };
                j -= 1;
            }
        }
    }

    /// Move the element at `lo + root` down into the max-heap on
    /// `[lo, lo + end)`, Floyd's way: follow the larger children to a
    /// leaf, climb back to where the element belongs, rotate it in.
    unsafe fn sift(&self, lo: usize, root: usize, end: usize) {
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
            unsafe { self.swap(lo + upper, lo + lower) };
            d -= 1;
        }
    }

    unsafe fn heapsort(&self, lo: usize, n: usize) {
        // SAFETY (all blocks below): indices stay inside [lo, lo + n).
        for i in (0..n / 2).rev() {
            unsafe { self.sift(lo, i, n) };
        }
        for end in (1..n).rev() {
            unsafe {
                self.swap(lo, lo + end);
                self.sift(lo, 0, end);
            }
        }
    }

    /// Sort `[lo, lo + n)`; `bad` lopsided partitions are tolerated
    /// before the range is handed to heapsort.
    unsafe fn sort(&self, mut lo: usize, mut n: usize, mut bad: u32) {
        loop {
            if n <= SMALL {
                // SAFETY: the range is inside the array.
                unsafe { self.insertion(lo, n) };
                return;
            }
            if bad == 0 {
                // SAFETY: as above.
                unsafe { self.heapsort(lo, n) };
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
            unsafe { self.swap(lo, p) };
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
                unsafe { self.swap(i, j) };
                i += 1;
                j -= 1;
            }
            unsafe { self.swap(lo, j) };
            let left = j - lo;
            let right = n - 1 - left;
            if left.min(right) < n / 8 {
                bad -= 1;
            }
            // Recurse into the smaller side, loop on the larger: the
            // stack stays O(log n).
            if left < right {
                // SAFETY: a sub-range of ours.
                unsafe { self.sort(lo, left, bad) };
                lo = j + 1;
                n = right;
            } else {
                // SAFETY: a sub-range of ours.
                unsafe { self.sort(j + 1, right, bad) };
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
unsafe fn sort_with(base: *mut u8, n: usize, size: usize, cmp: Compare) {
    if n < 2 || size == 0 {
        return;
    }
    let w = core::mem::size_of::<usize>();
    let addr = base as usize;
    let chunk = if size.is_multiple_of(w) && addr.is_multiple_of(w) {
        Chunk::Word
    } else if size.is_multiple_of(4) && addr.is_multiple_of(4) {
        Chunk::Quad
    } else {
        Chunk::Byte
    };
    let s = Sorter {
        base,
        size,
        chunk,
        cmp,
    };
    let bad = usize::BITS - n.leading_zeros();
    // SAFETY: the whole array, with a chunk width that divides both the
    // element size and the base address.
    unsafe { s.sort(0, n, bad) }
}

/// C17 `qsort`: sort `n` elements of `size` bytes in place, ordered by
/// `cmp`. Not stable; O(n log n) comparisons in the worst case.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn qsort(base: *mut c_void, n: size_t, size: size_t, cmp: Cmp) {
    // SAFETY: the caller passes a valid array and comparison function.
    unsafe { sort_with(base as *mut u8, n, size, Compare::Plain(cmp)) }
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
    unsafe { sort_with(base as *mut u8, n, size, Compare::Ctx(cmp, arg)) }
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

    /// Compares `u32`s and counts the calls in `*arg`.
    unsafe extern "C" fn counting(a: *const c_void, b: *const c_void, arg: *mut c_void) -> c_int {
        // SAFETY: the sorter passes elements of a `u32` array; `arg` is
        // the test's counter.
        unsafe {
            *(arg as *mut u64) += 1;
            (*(a as *const u32)).cmp(&*(b as *const u32)) as c_int
        }
    }

    unsafe extern "C" fn plain(a: *const c_void, b: *const c_void) -> c_int {
        // SAFETY: the sorter passes elements of a `u32` array.
        unsafe { (*(a as *const u32)).cmp(&*(b as *const u32)) as c_int }
    }

    fn check(v: &mut [u32]) {
        let mut want = v.to_vec();
        want.sort();
        let mut count = 0u64;
        let arg = &mut count as *mut u64 as *mut c_void;
        // SAFETY: a valid slice.
        unsafe { qsort_r(v.as_mut_ptr() as *mut c_void, v.len(), 4, counting, arg) };
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
    fn chunk_widths() {
        // 12-byte records keyed by their first u32, at word, 4-byte and
        // 1-byte alignment: each swap strategy moves whole records.
        let n = 300usize;
        let mut buf = vec![0u8; n * 12 + 16];
        for off in [0usize, 4, 1] {
            let base = buf.as_mut_ptr().wrapping_add(off);
            for i in 0..n {
                let key = ((i * 7919) % 1009) as u32;
                let rec = [key, !key, key ^ 0x5555];
                for (k, w) in rec.iter().enumerate() {
                    // SAFETY: inside `buf`.
                    unsafe { (base.add(i * 12 + 4 * k) as *mut u32).write_unaligned(*w) };
                }
            }
            unsafe extern "C" fn by_key(a: *const c_void, b: *const c_void) -> c_int {
                // SAFETY: records of the test's buffer.
                unsafe {
                    let (x, y) = (
                        (a as *const u32).read_unaligned(),
                        (b as *const u32).read_unaligned(),
                    );
                    x.cmp(&y) as c_int
                }
            }
            // SAFETY: a valid array of `n` 12-byte records.
            unsafe { qsort(base as *mut c_void, n, 12, by_key) };
            let mut prev = 0u32;
            for i in 0..n {
                // SAFETY: inside `buf`.
                let rec: [u32; 3] = core::array::from_fn(|k| unsafe {
                    (base.add(i * 12 + 4 * k) as *const u32).read_unaligned()
                });
                assert!(rec[0] >= prev);
                assert_eq!(rec[1], !rec[0]);
                assert_eq!(rec[2], rec[0] ^ 0x5555);
                prev = rec[0];
            }
        }
    }

    #[test]
    fn heapsort_alone() {
        let mut v: Vec<u32> = (0..1000).map(|i| (i * 7919) % 1009).collect();
        let mut want = v.clone();
        want.sort();
        let s = Sorter {
            base: v.as_mut_ptr() as *mut u8,
            size: 4,
            chunk: Chunk::Quad,
            cmp: Compare::Plain(plain),
        };
        // SAFETY: a valid array.
        unsafe { s.heapsort(0, 1000) };
        assert_eq!(v, want);
    }
}
