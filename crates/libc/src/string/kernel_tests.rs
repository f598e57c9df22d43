//! Host tests of the kernel sets (`cargo test --lib`): every instance the
//! host can run (SWAR, and SSE2/AVX2/AVX-512 on x86_64) against byte-at-a-time
//! references, with strings right against an inaccessible guard page.

/// A read-write page with PROT_NONE pages on both sides.
pub struct Guarded(*mut u8, usize);

unsafe extern "C" {
    #[link_name = "mmap"]
    fn host_mmap(a: *mut u8, n: usize, p: i32, f: i32, fd: i32, o: i64) -> *mut u8;
    #[link_name = "mprotect"]
    fn host_mprotect(a: *mut u8, n: usize, p: i32) -> i32;
    #[link_name = "munmap"]
    fn host_munmap(a: *mut u8, n: usize) -> i32;
}

const PG: usize = 4096;

impl Guarded {
    pub fn map() -> Guarded {
        Guarded::map_n(1)
    }
    /// `k` read-write pages between the guards.
    pub fn map_n(k: usize) -> Guarded {
        // SAFETY: fresh anonymous mapping, then protection changes on it.
        unsafe {
            let m = host_mmap(core::ptr::null_mut(), (k + 2) * PG, 3, 0x22, -1, 0);
            assert!(!m.is_null() && m as isize != -1);
            assert_eq!(host_mprotect(m, PG, 0), 0);
            assert_eq!(host_mprotect(m.add((k + 1) * PG), PG, 0), 0);
            Guarded(m, (k + 2) * PG)
        }
    }
    pub fn start(&self) -> *mut u8 {
        // SAFETY: inside the mapping.
        unsafe { self.0.add(PG) }
    }
    pub fn end(&self) -> *mut u8 {
        // SAFETY: inside the mapping (one past the rw pages).
        unsafe { self.0.add(self.1 - PG) }
    }
}

impl Drop for Guarded {
    fn drop(&mut self) {
        // SAFETY: our own mapping.
        unsafe { host_munmap(self.0, self.1) };
    }
}

pub fn rng(seed: &mut u64) -> u8 {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (*seed >> 33) as u8
}

/// The test suite for one kernel module `$k`; `$ok` says whether the host
/// can run it.
macro_rules! kernel_suite {
    ($name:ident, $k:path, $ok:expr) => {
        mod $name {
            use $crate::string::kernel_tests::{Guarded, rng};
            use $k as k;

            #[test]
            fn copies_and_fills() {
                if !$ok {
                    return;
                }
                let mut seed = 1;
                let src: Vec<u8> = (0..500).map(|_| rng(&mut seed)).collect();
                for sa in 0..64 {
                    for da in 0..64 {
                        for n in (0..300).step_by(if sa == da { 1 } else { 5 }) {
                            let mut dst = vec![0xa5u8; 450];
                            // SAFETY: in-bounds ranges.
                            unsafe { k::memcpy(dst.as_mut_ptr().add(da), src.as_ptr().add(sa), n) };
                            assert_eq!(&dst[da..da + n], &src[sa..sa + n]);
                            assert!(dst[..da].iter().chain(&dst[da + n..]).all(|&b| b == 0xa5));
                            // SAFETY: in-bounds ranges.
                            let c =
                                unsafe { k::memcmp(dst.as_ptr().add(da), src.as_ptr().add(sa), n) };
                            assert_eq!(c, 0);
                            if n > 0 {
                                let p = (sa * 7 + da) % n;
                                dst[da + p] ^= 0x80;
                                let want = dst[da + p].cmp(&src[sa + p]) as i32;
                                // SAFETY: in-bounds ranges.
                                let c = unsafe {
                                    k::memcmp(dst.as_ptr().add(da), src.as_ptr().add(sa), n)
                                };
                                assert_eq!(c.signum(), want, "memcmp {sa} {da} {n}");
                            }
                            let mut m = src.clone();
                            let mut r = src.clone();
                            r.copy_within(sa + 50..sa + 50 + n, da + 50);
                            // SAFETY: in-bounds ranges.
                            unsafe {
                                k::memmove(m.as_mut_ptr().add(da + 50), m.as_ptr().add(sa + 50), n)
                            };
                            assert_eq!(m, r, "memmove {sa} {da} {n}");
                            let mut f = vec![1u8; 450];
                            // SAFETY: in-bounds range.
                            unsafe { k::memset(f.as_mut_ptr().add(da), 0xfe, n) };
                            assert!(f.iter().enumerate().all(
                                |(i, &b)| b == if (da..da + n).contains(&i) { 0xfe } else { 1 }
                            ));
                        }
                    }
                }
                // Bulk paths (x86 string instructions from an aligned
                // destination line), at every destination offset in a line.
                let big: Vec<u8> = (0..70100).map(|_| rng(&mut seed)).collect();
                for n in [4095usize, 4096, 8191, 8192, 9000, 70000] {
                    for (da, sa) in [
                        (0usize, 0usize),
                        (1, 2),
                        (31, 7),
                        (32, 32),
                        (63, 0),
                        (17, 63),
                    ] {
                        let mut dst = vec![0xa5u8; n + 100];
                        // SAFETY: in-bounds ranges.
                        unsafe { k::memcpy(dst.as_mut_ptr().add(da), big.as_ptr().add(sa), n) };
                        assert_eq!(&dst[da..da + n], &big[sa..sa + n], "memcpy {n} {da} {sa}");
                        assert!(dst[..da].iter().chain(&dst[da + n..]).all(|&b| b == 0xa5));
                        // SAFETY: in-bounds range.
                        unsafe { k::memset(dst.as_mut_ptr().add(da), 0x3c, n) };
                        assert!(
                            dst[da..da + n].iter().all(|&b| b == 0x3c),
                            "memset {n} {da}"
                        );
                        assert!(dst[..da].iter().chain(&dst[da + n..]).all(|&b| b == 0xa5));
                    }
                }
                for n in [1000usize, 2047, 2048, 5000, 70000] {
                    for dist in [1usize, 17, 64, 3000] {
                        let mut m: Vec<u8> = (0..n + 4000).map(|_| rng(&mut seed)).collect();
                        let mut r = m.clone();
                        r.copy_within(dist..dist + n, 0);
                        // SAFETY: in-bounds ranges.
                        unsafe { k::memmove(m.as_mut_ptr(), m.as_ptr().add(dist), n) };
                        assert_eq!(m, r);
                        let mut r = m.clone();
                        r.copy_within(0..n, dist);
                        // SAFETY: in-bounds ranges.
                        unsafe { k::memmove(m.as_mut_ptr().add(dist), m.as_ptr(), n) };
                        assert_eq!(m, r);
                    }
                }
            }

            #[test]
            fn scans_at_guard_pages() {
                if !$ok {
                    return;
                }
                let (g, h) = (Guarded::map(), Guarded::map());
                for len in 0..300usize {
                    // SAFETY: all pointers inside the rw pages; the kernels
                    // must not touch the guards.
                    unsafe {
                        let s = g.end().sub(len + 1);
                        for i in 0..len {
                            *s.add(i) = b'a' + (i % 20) as u8;
                        }
                        *s.add(len) = 0;
                        assert_eq!(k::strlen(s), len);
                        assert_eq!(k::strnlen(s, usize::MAX), len);
                        assert_eq!(k::strnlen(s, len), len);
                        assert_eq!(k::strchrnul(s, b'Z'), s.add(len) as *const u8);
                        assert!(k::strrchr(s, b'Z').is_null());
                        assert_eq!(k::strrchr(s, 0), s.add(len) as *const u8);
                        assert!(k::memchr(s, b'Z', len + 1).is_null());
                        assert_eq!(k::memchr(s, 0, usize::MAX), s.add(len) as *const u8);
                        assert!(k::memrchr(s, b'Z', len + 1).is_null());
                        if len > 0 {
                            assert_eq!(k::strrchr(s, *s), s.add((len - 1) / 20 * 20) as *const u8);
                        }
                        let t = h.end().sub(len + 1);
                        k::memcpy(t, s, len + 1);
                        assert_eq!(k::strcmp(s, t), 0);
                        assert_eq!(k::strncmp(s, t, usize::MAX), 0);
                        for off in 0..40 {
                            let u = h.start().add(100 + off);
                            k::memcpy(u, s, len + 1);
                            assert_eq!(k::strcmp(s, u), 0);
                            assert_eq!(k::strcmp(u, s), 0);
                            if len > 0 {
                                *u.add(len - 1) = 0xc0;
                                assert!(k::strcmp(s, u) < 0);
                                assert!(k::strcmp(u, s) > 0);
                                assert!(k::strncmp(u, s, len) > 0);
                                assert_eq!(k::strncmp(u, s, len - 1), 0);
                            }
                        }
                        // At the page start, scanning backwards.
                        let p = g.start();
                        for i in 0..len {
                            *p.add(i) = b'x';
                        }
                        assert!(k::memrchr(p, b'y', len).is_null());
                        if len > 0 {
                            assert_eq!(k::memrchr(p, b'x', len), p.add(len - 1) as *const u8);
                        }
                    }
                }
            }

            /// Every NUL position at every start offset in a cache line
            /// pair, so each of a scan's head vectors, block vectors and
            /// tail cases finds it; strings start right after a guard.
            #[test]
            fn scans_all_offsets() {
                if !$ok {
                    return;
                }
                let g = Guarded::map_n(2);
                // SAFETY: all pointers inside the rw pages, strings NUL
                // terminated there.
                unsafe {
                    let base = g.start();
                    core::ptr::write_bytes(base, b'x', 2 * 4096);
                    for off in 0..130usize {
                        let s = base.add(off);
                        for len in 0..700usize {
                            *s.add(len) = 0;
                            assert_eq!(k::strlen(s), len, "strlen {off} {len}");
                            assert_eq!(k::strnlen(s, len + 9), len);
                            assert_eq!(k::strchrnul(s, b'Z'), s.add(len) as *const u8);
                            assert_eq!(k::memchr(s, 0, len + 300), s.add(len) as *const u8);
                            *s.add(len) = b'x';
                        }
                    }
                }
            }

            #[test]
            fn compares_across_pages() {
                if !$ok {
                    return;
                }
                let (g, h) = (Guarded::map_n(2), Guarded::map_n(2));
                let lens = (0..300)
                    .step_by(7)
                    .chain([1000, 4095, 4096, 4097, 5000, 8000]);
                let offs = [0usize, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 190];
                for len in lens {
                    for &oa in &offs {
                        for &ob in &offs {
                            // SAFETY: both strings inside the rw pages,
                            // ending oa / ob bytes before the guards.
                            unsafe {
                                let s = g.end().sub(len + 1 + oa);
                                let t = h.end().sub(len + 1 + ob);
                                for i in 0..len {
                                    let c = b'a' + (i % 23) as u8;
                                    *s.add(i) = c;
                                    *t.add(i) = c;
                                }
                                *s.add(len) = 0;
                                *t.add(len) = 0;
                                assert_eq!(k::strcmp(s, t), 0, "{len} {oa} {ob}");
                                assert_eq!(k::strncmp(s, t, usize::MAX), 0);
                                assert_eq!(k::memchr(s, 0, len + 1 + oa), s.add(len) as *const u8);
                                assert!(k::memchr(s, b'Z', len + 1 + oa).is_null());
                                if len == 0 {
                                    continue;
                                }
                                for p in [0, len / 2, len - 1] {
                                    let old = *t.add(p);
                                    *t.add(p) = 0xc0;
                                    assert!(k::strcmp(s, t) < 0, "{len} {oa} {ob} {p}");
                                    assert!(k::strcmp(t, s) > 0, "{len} {oa} {ob} {p}");
                                    assert!(k::strncmp(t, s, len) > 0);
                                    assert_eq!(k::memchr(t, 0xc0, len), t.add(p) as *const u8);
                                    *t.add(p) = 0;
                                    assert!(k::strcmp(s, t) > 0, "{len} {oa} {ob} {p}");
                                    assert!(k::strcmp(t, s) < 0, "{len} {oa} {ob} {p}");
                                    *t.add(p) = old;
                                }
                            }
                        }
                    }
                }
            }
        }
    };
}
pub(crate) use kernel_suite;

kernel_suite!(swar, crate::string::swar, true);
