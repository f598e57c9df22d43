//! The vector string kernels, written once over a small set of primitives
//! that each arch module supplies (`arch/<arch>/string.rs`):
//!
//! - `type T`: the vector; `V`: its width in bytes; `B`: bits per lane in
//!   the mask that `mask` returns (1 for x86 `movemask`, 4 for NEON's
//!   narrowing shift), lanes in memory order from bit 0;
//! - `ld` (aligned load), `ldu` (unaligned), `st`, `stu`, `splat`, `zero`,
//!   `eq` (0xff per equal byte), `min` (unsigned), `xor`, `or`, `mask`;
//! - `big_copy(d, s, n) -> bool` and `big_set(d, c, n) -> bool`: an
//!   arch's bulk path (x86 `rep movsb`/`rep stosb`), or `false`;
//! - `type H`, `ldh`, `sth`, `half`: 16-byte vectors (T itself when V is
//!   16) for the 16..V-1 byte copies and fills;
//! - `opaque(p) -> p`: hides that the copies return their destination
//!   argument, so the optimiser keeps the exported functions' calls
//!   tail calls instead of saving the argument across them.
//!
//! Reads never cross into a page the function may not touch: scans load
//! whole aligned vectors (an aligned vector never straddles a page) and
//! mask off the lanes before the start; the two-string comparisons load
//! unaligned only after checking the vector stays inside the page.
//! Copies and fills use overlapping head/tail vectors; every load of a
//! copy happens before the stores that could clobber it, so the same
//! paths serve `memmove`.

/// Emits the kernels into the invoking module. `$feat` is the
/// `target_feature` the primitives need. (Unused on arches that take the
/// word-at-a-time kernels.)
#[allow(unused_macros)]
macro_rules! simd_kernels {
    ($feat:literal) => {
        #[allow(unused_imports)]
        use $crate::string::swar as scalar;

        /// Mask bits covering the first `k` lanes (`k <= V`).
        #[inline(always)]
        fn low(k: usize) -> u64 {
            let bits = k as u32 * B;
            if bits >= 64 { !0 } else { (1u64 << bits) - 1 }
        }
        #[inline(always)]
        fn first(m: u64) -> usize {
            (m.trailing_zeros() / B) as usize
        }
        #[inline(always)]
        fn last(m: u64) -> usize {
            ((63 - m.leading_zeros()) / B) as usize
        }
        /// Lanes where `v` is zero or equals the byte `c` is broadcast in.
        #[inline]
        #[target_feature(enable = $feat)]
        unsafe fn zero_or(v: T, vc: T) -> u64 {
            mask(eq(min(xor(v, vc), v), zero()))
        }
        const PAGE: usize = 4096;
        #[inline(always)]
        fn page_ok(p: *const u8) -> bool {
            (p as usize & (PAGE - 1)) <= PAGE - V
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn strlen(s: *const u8) -> usize {
            // SAFETY: aligned vector loads stay inside pages holding at
            // least one byte of the string.
            unsafe {
                let z = zero();
                let off = s as usize & (V - 1);
                let mut p = s.sub(off);
                let m = mask(eq(ld(p), z)) >> (off as u32 * B);
                if m != 0 {
                    return first(m);
                }
                p = p.add(V);
                while p as usize & (4 * V - 1) != 0 {
                    let m = mask(eq(ld(p), z));
                    if m != 0 {
                        return p as usize - s as usize + first(m);
                    }
                    p = p.add(V);
                }
                loop {
                    let (a, b, c, d) = (ld(p), ld(p.add(V)), ld(p.add(2 * V)), ld(p.add(3 * V)));
                    if mask(eq(min(min(a, b), min(c, d)), z)) != 0 {
                        for (k, v) in [a, b, c, d].into_iter().enumerate() {
                            let m = mask(eq(v, z));
                            if m != 0 {
                                return p as usize - s as usize + k * V + first(m);
                            }
                        }
                    }
                    p = p.add(4 * V);
                }
            }
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn memchr(s: *const u8, c: u8, n: usize) -> *const u8 {
            if n == 0 {
                return core::ptr::null();
            }
            let end = (s as usize).saturating_add(n);
            // SAFETY: aligned loads, each holding a byte of [s, s + n) or
            // sharing an aligned 4V block with such a byte (never a page
            // past the last byte we may read).
            unsafe {
                let vc = splat(c);
                let found = |r: usize| {
                    if r < end {
                        r as *const u8
                    } else {
                        core::ptr::null()
                    }
                };
                let off = s as usize & (V - 1);
                let mut p = s.sub(off);
                let m = mask(eq(ld(p), vc)) >> (off as u32 * B);
                if m != 0 {
                    return found(s as usize + first(m));
                }
                p = p.add(V);
                // Single vectors up to a 4V boundary, so the unrolled loop's
                // four vectors share a page even when `n` overstates the
                // object (rawmemchr passes SIZE_MAX).
                while p as usize & (4 * V - 1) != 0 {
                    if p as usize >= end {
                        return core::ptr::null();
                    }
                    let m = mask(eq(ld(p), vc));
                    if m != 0 {
                        return found(p as usize + first(m));
                    }
                    p = p.add(V);
                }
                let stop = end.saturating_sub(4 * V);
                loop {
                    if p as usize >= end {
                        return core::ptr::null();
                    }
                    // A whole aligned 4V block: one page, and it holds the
                    // byte at p, which the caller lets us read.
                    let (a, b, cc, d) = (ld(p), ld(p.add(V)), ld(p.add(2 * V)), ld(p.add(3 * V)));
                    let (ea, eb, ec, ed) = (eq(a, vc), eq(b, vc), eq(cc, vc), eq(d, vc));
                    if mask(or(or(ea, eb), or(ec, ed))) != 0 {
                        for (k, e) in [ea, eb, ec, ed].into_iter().enumerate() {
                            let m = mask(e);
                            if m != 0 {
                                return found(p as usize + k * V + first(m));
                            }
                        }
                    }
                    if p as usize >= stop {
                        return core::ptr::null();
                    }
                    p = p.add(4 * V);
                }
            }
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn strnlen(s: *const u8, n: usize) -> usize {
            // SAFETY: same contract as memchr over at most n bytes.
            let p = unsafe { memchr(s, 0, n) };
            if p.is_null() {
                n
            } else {
                p as usize - s as usize
            }
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn memrchr(s: *const u8, c: u8, n: usize) -> *const u8 {
            if n == 0 {
                return core::ptr::null();
            }
            let (start, end) = (s as usize, s as usize + n);
            // SAFETY: aligned loads, each holding a byte of [s, s + n).
            unsafe {
                let vc = splat(c);
                let mut p = (end - 1) & !(V - 1);
                let mut m = mask(eq(ld(p as *const u8), vc)) & low(end - p);
                loop {
                    if p < start {
                        m &= !low(start - p);
                    }
                    if m != 0 {
                        return (p + last(m)) as *const u8;
                    }
                    if p <= start {
                        return core::ptr::null();
                    }
                    p -= V;
                    m = mask(eq(ld(p as *const u8), vc));
                }
            }
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn strchrnul(s: *const u8, c: u8) -> *const u8 {
            // SAFETY: aligned loads up to the vector holding the NUL.
            unsafe {
                let vc = splat(c);
                let off = s as usize & (V - 1);
                let mut p = s.sub(off);
                let m = zero_or(ld(p), vc) >> (off as u32 * B);
                if m != 0 {
                    return s.add(first(m));
                }
                p = p.add(V);
                if p as usize & V != 0 {
                    let m = zero_or(ld(p), vc);
                    if m != 0 {
                        return p.add(first(m));
                    }
                    p = p.add(V);
                }
                // p is 2V-aligned: both vectors sit in one page.
                loop {
                    let (a, b) = (ld(p), ld(p.add(V)));
                    let (ma, mb) = (zero_or(a, vc), zero_or(b, vc));
                    if ma | mb != 0 {
                        return if ma != 0 {
                            p.add(first(ma))
                        } else {
                            p.add(V + first(mb))
                        };
                    }
                    p = p.add(2 * V);
                }
            }
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn strrchr(s: *const u8, c: u8) -> *const u8 {
            // SAFETY: aligned loads up to the vector holding the NUL.
            unsafe {
                let (vc, z) = (splat(c), zero());
                let off = s as usize & (V - 1);
                let mut p = s.sub(off);
                let v = ld(p);
                let mut mz = mask(eq(v, z)) & !low(off);
                let mut mc = mask(eq(v, vc)) & !low(off);
                let mut best: *const u8 = core::ptr::null();
                loop {
                    if mz != 0 {
                        mc &= mz ^ (mz - 1);
                        return if mc != 0 { p.add(last(mc)) } else { best };
                    }
                    if mc != 0 {
                        best = p.add(last(mc));
                    }
                    p = p.add(V);
                    let v = ld(p);
                    mz = mask(eq(v, z));
                    mc = mask(eq(v, vc));
                }
            }
        }

        /// Lanes where the strings differ or `a` has its NUL.
        #[inline]
        #[target_feature(enable = $feat)]
        unsafe fn diff_or_nul(va: T, vb: T) -> u64 {
            mask(eq(min(va, eq(va, vb)), zero()))
        }

        /// Lanes where the strings differ or `a` has its NUL, for four
        /// vectors at once (one mask, non-zero iff any lane is).
        #[inline]
        #[target_feature(enable = $feat)]
        unsafe fn diff_or_nul4(a: *const u8, b: *const u8) -> (T, T, T, T, u64) {
            // SAFETY: caller passes 4V readable bytes at each.
            unsafe {
                let d0 = min(ldu(a), eq(ldu(a), ldu(b)));
                let d1 = min(ldu(a.add(V)), eq(ldu(a.add(V)), ldu(b.add(V))));
                let d2 = min(ldu(a.add(2 * V)), eq(ldu(a.add(2 * V)), ldu(b.add(2 * V))));
                let d3 = min(ldu(a.add(3 * V)), eq(ldu(a.add(3 * V)), ldu(b.add(3 * V))));
                let any = mask(eq(min(min(d0, d1), min(d2, d3)), zero()));
                (d0, d1, d2, d3, any)
            }
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn strcmp(a: *const u8, b: *const u8) -> i32 {
            // SAFETY: every load stays inside the pages of bytes already
            // known to belong to both strings (equal and non-NUL so far)
            // or of the next byte of each: between page checks we load
            // only up to the nearer page end; the vector that reaches a
            // page end exactly starts up to V bytes back, over compared
            // bytes (the first V bytes are compared before the loop).
            unsafe {
                if page_ok(a) && page_ok(b) {
                    let m = diff_or_nul(ldu(a), ldu(b));
                    if m != 0 {
                        let k = first(m);
                        return *a.add(k) as i32 - *b.add(k) as i32;
                    }
                } else {
                    for i in 0..V {
                        let (x, y) = (*a.add(i), *b.add(i));
                        if x != y || x == 0 {
                            return x as i32 - y as i32;
                        }
                    }
                }
                // Go on from where a is aligned (re-comparing up to V
                // equal bytes). Pointers, not indices: base-only
                // addresses keep the folded loads fused.
                let skip = V - (a as usize & (V - 1));
                let (mut pa, mut pb) = (a.add(skip), b.add(skip));
                let at =
                    |pa: *const u8, pb: *const u8, k: usize| *pa.add(k) as i32 - *pb.add(k) as i32;
                loop {
                    let ra = PAGE - (pa as usize & (PAGE - 1));
                    let rb = PAGE - (pb as usize & (PAGE - 1));
                    let mut left = if ra < rb { ra } else { rb };
                    let stop = pa.add(left & !(4 * V - 1));
                    left &= 4 * V - 1;
                    while pa != stop {
                        let (d0, d1, d2, d3, any) = diff_or_nul4(pa, pb);
                        if any != 0 {
                            let z = zero();
                            for (k, dv) in [d0, d1, d2, d3].into_iter().enumerate() {
                                let m = mask(eq(dv, z));
                                if m != 0 {
                                    return at(pa, pb, k * V + first(m));
                                }
                            }
                        }
                        pa = pa.add(4 * V);
                        pb = pb.add(4 * V);
                    }
                    while left >= V {
                        let m = diff_or_nul(ldu(pa), ldu(pb));
                        if m != 0 {
                            return at(pa, pb, first(m));
                        }
                        pa = pa.add(V);
                        pb = pb.add(V);
                        left -= V;
                    }
                    if left > 0 {
                        // The vector ending at the page end, or the first
                        // V bytes (compared already) if that starts before
                        // the strings.
                        let i = pa as usize - a as usize;
                        let j = (i + left).max(V) - V;
                        let m = diff_or_nul(ldu(a.add(j)), ldu(b.add(j))) >> ((i - j) as u32 * B);
                        if m != 0 {
                            return at(pa, pb, first(m));
                        }
                        pa = pa.add(left);
                        pb = pb.add(left);
                    }
                }
            }
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn strncmp(a: *const u8, b: *const u8, n: usize) -> i32 {
            if n == 0 {
                return 0;
            }
            // SAFETY: as strcmp, and never a lane at or past n.
            unsafe {
                let at = |i: usize| *a.add(i) as i32 - *b.add(i) as i32;
                let mut i;
                if page_ok(a) && page_ok(b) {
                    let m = diff_or_nul(ldu(a), ldu(b));
                    if m != 0 {
                        let k = first(m);
                        return if k < n { at(k) } else { 0 };
                    }
                    i = V - (a as usize & (V - 1));
                } else {
                    i = 0;
                    while (a as usize + i) & (V - 1) != 0 {
                        if i == n {
                            return 0;
                        }
                        let (x, y) = (*a.add(i), *b.add(i));
                        if x != y || x == 0 {
                            return x as i32 - y as i32;
                        }
                        i += 1;
                    }
                }
                while i < n {
                    if page_ok(b.add(i)) {
                        let m = diff_or_nul(ld(a.add(i)), ldu(b.add(i)));
                        if m != 0 {
                            let k = i + first(m);
                            return if k < n { at(k) } else { 0 };
                        }
                    } else {
                        for k in i..(i + V).min(n) {
                            let (x, y) = (*a.add(k), *b.add(k));
                            if x != y || x == 0 {
                                return x as i32 - y as i32;
                            }
                        }
                    }
                    i += V;
                }
                0
            }
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
            if n < V {
                // SAFETY: caller's contract.
                return unsafe { scalar::memcmp_small(a, b, n) };
            }
            // SAFETY: every load is inside [0, n).
            unsafe {
                let full = low(V);
                let at = |i: usize| *a.add(i) as i32 - *b.add(i) as i32;
                let mut i = 0;
                while i + 4 * V <= n {
                    let e0 = eq(ldu(a.add(i)), ldu(b.add(i)));
                    let e1 = eq(ldu(a.add(i + V)), ldu(b.add(i + V)));
                    let e2 = eq(ldu(a.add(i + 2 * V)), ldu(b.add(i + 2 * V)));
                    let e3 = eq(ldu(a.add(i + 3 * V)), ldu(b.add(i + 3 * V)));
                    if mask(min(min(e0, e1), min(e2, e3))) != full {
                        for (k, e) in [e0, e1, e2, e3].into_iter().enumerate() {
                            let m = mask(e);
                            if m != full {
                                return at(i + k * V + first(!m));
                            }
                        }
                    }
                    i += 4 * V;
                }
                while i + V <= n {
                    let m = mask(eq(ldu(a.add(i)), ldu(b.add(i))));
                    if m != full {
                        return at(i + first(!m));
                    }
                    i += V;
                }
                if i < n {
                    i = n - V;
                    let m = mask(eq(ldu(a.add(i)), ldu(b.add(i))));
                    if m != full {
                        return at(i + first(!m));
                    }
                }
                0
            }
        }

        /// Copies `n < V` bytes with two overlapping moves of the largest
        /// size that fits (no loops); all loads before any store.
        #[inline]
        #[target_feature(enable = $feat)]
        unsafe fn copy_lt_v(d: *mut u8, s: *const u8, n: usize) {
            // SAFETY: head/tail moves inside [0, n).
            unsafe {
                if V > 16 && n >= 16 {
                    let (x, y) = (ldh(s), ldh(s.add(n - 16)));
                    sth(d, x);
                    sth(d.add(n - 16), y);
                } else if n >= 8 {
                    let x = (s as *const u64).read_unaligned();
                    let y = (s.add(n - 8) as *const u64).read_unaligned();
                    (d as *mut u64).write_unaligned(x);
                    (d.add(n - 8) as *mut u64).write_unaligned(y);
                } else if n >= 4 {
                    let x = (s as *const u32).read_unaligned();
                    let y = (s.add(n - 4) as *const u32).read_unaligned();
                    (d as *mut u32).write_unaligned(x);
                    (d.add(n - 4) as *mut u32).write_unaligned(y);
                } else if n >= 2 {
                    let x = (s as *const u16).read_unaligned();
                    let y = (s.add(n - 2) as *const u16).read_unaligned();
                    (d as *mut u16).write_unaligned(x);
                    (d.add(n - 2) as *mut u16).write_unaligned(y);
                } else if n == 1 {
                    *d = *s;
                }
            }
        }

        /// Copies `2V < n <= 8V` bytes, all loads before any store (so
        /// overlap is fine).
        #[inline]
        #[target_feature(enable = $feat)]
        unsafe fn copy_mid(d: *mut u8, s: *const u8, n: usize) {
            // SAFETY: head/tail vectors inside [0, n).
            unsafe {
                if n <= 4 * V {
                    let (x0, x1) = (ldu(s), ldu(s.add(V)));
                    let (y0, y1) = (ldu(s.add(n - 2 * V)), ldu(s.add(n - V)));
                    stu(d, x0);
                    stu(d.add(V), x1);
                    stu(d.add(n - 2 * V), y0);
                    stu(d.add(n - V), y1);
                } else {
                    let (x0, x1, x2, x3) =
                        (ldu(s), ldu(s.add(V)), ldu(s.add(2 * V)), ldu(s.add(3 * V)));
                    let (y0, y1) = (ldu(s.add(n - 4 * V)), ldu(s.add(n - 3 * V)));
                    let (y2, y3) = (ldu(s.add(n - 2 * V)), ldu(s.add(n - V)));
                    stu(d, x0);
                    stu(d.add(V), x1);
                    stu(d.add(2 * V), x2);
                    stu(d.add(3 * V), x3);
                    stu(d.add(n - 4 * V), y0);
                    stu(d.add(n - 3 * V), y1);
                    stu(d.add(n - 2 * V), y2);
                    stu(d.add(n - V), y3);
                }
            }
        }

        /// Forward copy of `n > 8V` bytes; correct when `d <= s` overlaps.
        #[target_feature(enable = $feat)]
        unsafe fn copy_fwd(d: *mut u8, s: *const u8, n: usize) {
            // SAFETY: the head vector and the tail block are loaded first
            // and stored last; each loop block is loaded before stored.
            unsafe {
                let head = ldu(s);
                let (t0, t1) = (ldu(s.add(n - 4 * V)), ldu(s.add(n - 3 * V)));
                let (t2, t3) = (ldu(s.add(n - 2 * V)), ldu(s.add(n - V)));
                let skip = V - (d as usize & (V - 1));
                let (mut dp, mut sp) = (d.add(skip), s.add(skip));
                // Whole aligned blocks strictly before the tail block.
                let stop = d.add(n - 4 * V);
                while dp < stop {
                    let (x0, x1) = (ldu(sp), ldu(sp.add(V)));
                    let (x2, x3) = (ldu(sp.add(2 * V)), ldu(sp.add(3 * V)));
                    st(dp, x0);
                    st(dp.add(V), x1);
                    st(dp.add(2 * V), x2);
                    st(dp.add(3 * V), x3);
                    dp = dp.add(4 * V);
                    sp = sp.add(4 * V);
                }
                stu(d.add(n - 4 * V), t0);
                stu(d.add(n - 3 * V), t1);
                stu(d.add(n - 2 * V), t2);
                stu(d.add(n - V), t3);
                stu(d, head);
            }
        }

        /// Backward copy of `n > 8V` bytes; correct when `d > s` overlaps.
        #[target_feature(enable = $feat)]
        unsafe fn copy_bwd(d: *mut u8, s: *const u8, n: usize) {
            // SAFETY: mirror image of copy_fwd.
            unsafe {
                let tail = ldu(s.add(n - V));
                let (h0, h1, h2, h3) =
                    (ldu(s), ldu(s.add(V)), ldu(s.add(2 * V)), ldu(s.add(3 * V)));
                let mut e = n - ((d as usize + n) & (V - 1));
                if e == n {
                    e -= V;
                }
                while e > 4 * V {
                    let (x0, x1) = (ldu(s.add(e - V)), ldu(s.add(e - 2 * V)));
                    let (x2, x3) = (ldu(s.add(e - 3 * V)), ldu(s.add(e - 4 * V)));
                    st(d.add(e - V), x0);
                    st(d.add(e - 2 * V), x1);
                    st(d.add(e - 3 * V), x2);
                    st(d.add(e - 4 * V), x3);
                    e -= 4 * V;
                }
                stu(d, h0);
                stu(d.add(V), h1);
                stu(d.add(2 * V), h2);
                stu(d.add(3 * V), h3);
                stu(d.add(n - V), tail);
            }
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn memcpy(d: *mut u8, s: *const u8, n: usize) -> *mut u8 {
            // SAFETY: caller's contract (n bytes each, no overlap).
            unsafe {
                if n < V {
                    copy_lt_v(d, s, n);
                } else if n <= 2 * V {
                    let (x, y) = (ldu(s), ldu(s.add(n - V)));
                    stu(d, x);
                    stu(d.add(n - V), y);
                } else if n <= 8 * V {
                    copy_mid(d, s, n);
                } else if !big_copy(d, s, n) {
                    copy_fwd(d, s, n);
                }
            }
            opaque(d)
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn memmove(d: *mut u8, s: *const u8, n: usize) -> *mut u8 {
            // SAFETY: caller's contract (n bytes each, may overlap).
            unsafe {
                if n < V {
                    copy_lt_v(d, s, n);
                } else if n <= 2 * V {
                    let (x, y) = (ldu(s), ldu(s.add(n - V)));
                    stu(d, x);
                    stu(d.add(n - V), y);
                } else if n <= 8 * V {
                    copy_mid(d, s, n);
                } else if (d as usize).wrapping_sub(s as usize) >= n {
                    // d before s, or disjoint: forward is safe; the bulk
                    // path only when fully disjoint.
                    if (s as usize).wrapping_sub(d as usize) < n || !big_copy(d, s, n) {
                        copy_fwd(d, s, n);
                    }
                } else {
                    copy_bwd(d, s, n);
                }
            }
            opaque(d)
        }

        /// Fills `n < V` bytes with two overlapping stores of the largest
        /// size that fits.
        #[inline]
        #[target_feature(enable = $feat)]
        unsafe fn set_lt_v(d: *mut u8, v: T, c: u8, n: usize) {
            // SAFETY: head/tail stores inside [0, n).
            unsafe {
                if V > 16 && n >= 16 {
                    let h = half(v);
                    sth(d, h);
                    sth(d.add(n - 16), h);
                    return;
                }
                let w = 0x0101_0101_0101_0101u64.wrapping_mul(c as u64);
                if n >= 8 {
                    (d as *mut u64).write_unaligned(w);
                    (d.add(n - 8) as *mut u64).write_unaligned(w);
                } else if n >= 4 {
                    (d as *mut u32).write_unaligned(w as u32);
                    (d.add(n - 4) as *mut u32).write_unaligned(w as u32);
                } else if n >= 2 {
                    (d as *mut u16).write_unaligned(w as u16);
                    (d.add(n - 2) as *mut u16).write_unaligned(w as u16);
                } else if n == 1 {
                    *d = c;
                }
            }
        }

        #[target_feature(enable = $feat)]
        pub unsafe fn memset(d: *mut u8, c: u8, n: usize) -> *mut u8 {
            // SAFETY: caller's contract (n writable bytes).
            unsafe {
                let v = splat(c);
                if n < V {
                    set_lt_v(d, v, c, n);
                } else if n <= 2 * V {
                    stu(d, v);
                    stu(d.add(n - V), v);
                } else if n <= 4 * V {
                    stu(d, v);
                    stu(d.add(V), v);
                    stu(d.add(n - 2 * V), v);
                    stu(d.add(n - V), v);
                } else if n <= 8 * V {
                    for k in 0..4 {
                        stu(d.add(k * V), v);
                        stu(d.add(n - (k + 1) * V), v);
                    }
                } else if !big_set(d, c, n) {
                    stu(d, v);
                    let mut p = d.add(V - (d as usize & (V - 1)));
                    let stop = d.add(n - 4 * V);
                    while p < stop {
                        st(p, v);
                        st(p.add(V), v);
                        st(p.add(2 * V), v);
                        st(p.add(3 * V), v);
                        p = p.add(4 * V);
                    }
                    for k in 1..=4 {
                        stu(d.add(n - k * V), v);
                    }
                }
            }
            opaque(d)
        }
    };
}
#[allow(unused_imports)]
pub(crate) use simd_kernels;
