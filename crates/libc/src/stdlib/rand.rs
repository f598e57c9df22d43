//! Pseudo-random numbers: `rand`/`srand`/`rand_r`, the additive feedback
//! generator `random`/`srandom`/`initstate`/`setstate`, and the 48-bit
//! linear congruential family (`drand48` and friends). Sequences are those
//! glibc produces for the same seeds, which programs and test suites rely
//! on.
use crate::kernel::fail;
use crate::types::*;
use core::ffi::c_ushort;
use core::ptr::null_mut;
use syscall::errno::EINVAL;

// ---------------------------------------------------------------------
// random(): an additive lagged-Fibonacci generator over `deg` 32-bit
// words, s[f] += s[r], output s[f] >> 1. The state buffer's first word
// records the variant and the rear index, so setstate can resume it.
// Variants by buffer size: 8 bytes (TYPE_0, a plain LCG), 32 (deg 7,
// sep 3), 64 (15, 1), 128 (31, 3; the default), 256 (63, 1).

const VARIANTS: [(usize, usize); 5] = [(0, 0), (7, 3), (15, 1), (31, 3), (63, 1)];

struct Random {
    /// The caller's (or our default) buffer: word 0 is bookkeeping, the
    /// state words follow. May be unaligned, so words are accessed with
    /// unaligned reads and writes.
    buf: *mut u8,
    kind: usize,
    deg: usize,
    sep: usize,
    f: usize,
    r: usize,
}

static mut DEFAULT_BUF: [u32; 32] = [0; 32];
static mut RANDOM: Random = Random {
    buf: null_mut(),
    kind: 3,
    deg: 31,
    sep: 3,
    f: 3,
    r: 0,
};

impl Random {
    #[inline(always)]
    fn word(&self, i: usize) -> u32 {
        // SAFETY: i <= deg, inside the buffer the variant was chosen for.
        unsafe { (self.buf.add(4 * i) as *const u32).read_unaligned() }
    }
    #[inline(always)]
    fn set_word(&mut self, i: usize, v: u32) {
        // SAFETY: as in `word`.
        unsafe { (self.buf.add(4 * i) as *mut u32).write_unaligned(v) }
    }
    /// State word i (0-based), after the bookkeeping word.
    #[inline(always)]
    fn s(&self, i: usize) -> u32 {
        self.word(i + 1)
    }
    #[inline(always)]
    fn set_s(&mut self, i: usize, v: u32) {
        self.set_word(i + 1, v)
    }

    fn seed(&mut self, seed: u32) {
        let seed = if seed == 0 { 1 } else { seed };
        self.set_s(0, seed);
        if self.kind == 0 {
            return;
        }
        for i in 1..self.deg {
            // The Park-Miller minimal standard step on the signed word.
            let prev = self.s(i - 1) as i32 as i64;
            self.set_s(i, (16807 * prev).rem_euclid(2147483647) as u32);
        }
        self.f = self.sep;
        self.r = 0;
        for _ in 0..10 * self.deg {
            self.next();
        }
    }

    fn next(&mut self) -> i32 {
        if self.kind == 0 {
            let v = self.s(0).wrapping_mul(1103515245).wrapping_add(12345) & 0x7fff_ffff;
            self.set_s(0, v);
            return v as i32;
        }
        let v = self.s(self.f).wrapping_add(self.s(self.r));
        self.set_s(self.f, v);
        self.f += 1;
        if self.f == self.deg {
            self.f = 0;
        }
        self.r += 1;
        if self.r == self.deg {
            self.r = 0;
        }
        (v >> 1) as i32
    }

    /// Record the variant and rear index in the buffer's first word.
    fn save(&mut self) {
        let w = if self.kind == 0 {
            0
        } else {
            (5 * self.r + self.kind) as u32
        };
        self.set_word(0, w);
    }

    fn select(&mut self, buf: *mut u8, kind: usize) {
        self.buf = buf;
        self.kind = kind;
        (self.deg, self.sep) = VARIANTS[kind];
    }
}

/// The generator, seeded with 1 on first use (as C requires of `rand`).
fn random_state() -> &'static mut Random {
    // SAFETY: single-threaded use of the generator state (a lock comes
    // with threads).
    unsafe {
        let g = &mut *(&raw mut RANDOM);
        if g.buf.is_null() {
            g.select(&raw mut DEFAULT_BUF as *mut u8, 3);
            g.seed(1);
        }
        g
    }
}

/// POSIX.1-2024 (XSI) `random`: a value in [0, 2^31).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn random() -> c_long {
    random_state().next() as c_long
}

/// POSIX.1-2024 (XSI) `srandom`: restart `random` from `seed` (0 acts as 1).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn srandom(seed: c_uint) {
    random_state().seed(seed)
}

/// POSIX.1-2024 (XSI) `initstate`: use the `n`-byte buffer `state` (at
/// least 8 bytes; 8, 32, 64, 128 or 256 and more choose ever longer
/// generators) seeded with `seed`. Returns the previous state buffer, or
/// NULL with EINVAL when `n < 8`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn initstate(seed: c_uint, state: *mut c_char, n: size_t) -> *mut c_char {
    if n < 8 {
        fail(EINVAL);
        return null_mut();
    }
    let kind = match n {
        256.. => 4,
        128.. => 3,
        64.. => 2,
        32.. => 1,
        _ => 0,
    };
    let g = random_state();
    g.save();
    let old = g.buf as *mut c_char;
    g.select(state as *mut u8, kind);
    g.seed(seed);
    g.save();
    old
}

/// POSIX.1-2024 (XSI) `setstate`: continue with a buffer set up by
/// `initstate`. Returns the previous buffer, or NULL with EINVAL when the
/// buffer does not hold a valid state.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setstate(state: *mut c_char) -> *mut c_char {
    // SAFETY: the caller passes a buffer initstate prepared.
    let w = unsafe { (state as *const u32).read_unaligned() } as usize;
    let (kind, r) = (w % 5, w / 5);
    if r >= VARIANTS[kind].0.max(1) {
        fail(EINVAL);
        return null_mut();
    }
    let g = random_state();
    g.save();
    let old = g.buf as *mut c_char;
    g.select(state as *mut u8, kind);
    if kind != 0 {
        g.r = r;
        g.f = (r + g.sep) % g.deg;
    }
    old
}

/// C17 `rand`: a value in [0, RAND_MAX] (RAND_MAX = 2^31 - 1); the same
/// generator as `random`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn rand() -> c_int {
    random_state().next()
}

/// C17 `srand`: restart `rand` from `seed`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn srand(seed: c_uint) {
    random_state().seed(seed)
}

/// POSIX.1-2024 `rand_r` (obsolescent): a value in [0, 2^31) from the
/// caller's state: three LCG steps, 11 + 10 + 10 bits of output.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn rand_r(seed: *mut c_uint) -> c_int {
    // SAFETY: the caller passes a valid pointer.
    let mut x = unsafe { *seed };
    let mut step = |bits: u32| {
        x = x.wrapping_mul(1103515245).wrapping_add(12345);
        (x >> 16) & ((1 << bits) - 1)
    };
    let mut v = step(11);
    v = (v << 10) ^ step(10);
    v = (v << 10) ^ step(10);
    // SAFETY: as above.
    unsafe { *seed = x };
    v as c_int
}

// ---------------------------------------------------------------------
// The 48-bit family: X' = (a X + c) mod 2^48, X in three 16-bit words,
// least significant first. The multiplier and addend are shared by all
// of them (lcong48 changes them; srand48 and seed48 restore them).

const A48: u64 = 0x5_DEEC_E66D;
const C48: u16 = 0xB;
const MASK48: u64 = (1 << 48) - 1;

struct Lcg48 {
    x: [u16; 3],
    a: u64,
    c: u16,
}

static mut LCG48: Lcg48 = Lcg48 {
    x: [0; 3],
    a: A48,
    c: C48,
};
static mut SEED48_OLD: [u16; 3] = [0; 3];

fn lcg48() -> &'static mut Lcg48 {
    // SAFETY: single-threaded use (a lock comes with threads).
    unsafe { &mut *(&raw mut LCG48) }
}

/// One step on the caller's words; the new X.
///
/// # Safety
/// `xs` points to three writable `unsigned short`s.
unsafe fn step48(xs: *mut c_ushort) -> u64 {
    let g = lcg48();
    // SAFETY: the caller's three words.
    unsafe {
        let x = *xs as u64 | (*xs.add(1) as u64) << 16 | (*xs.add(2) as u64) << 32;
        let n = (g.a.wrapping_mul(x).wrapping_add(g.c as u64)) & MASK48;
        *xs = n as u16;
        *xs.add(1) = (n >> 16) as u16;
        *xs.add(2) = (n >> 32) as u16;
        n
    }
}

fn global_x() -> *mut c_ushort {
    &raw mut lcg48().x as *mut c_ushort
}

/// POSIX.1-2024 (XSI) `erand48`: a double in [0, 1) from the caller's state.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn erand48(xsubi: *mut c_ushort) -> f64 {
    // SAFETY: the caller passes three words.
    let x = unsafe { step48(xsubi) };
    x as f64 * (1.0 / (1u64 << 48) as f64)
}

/// POSIX.1-2024 (XSI) `drand48`: a double in [0, 1).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn drand48() -> f64 {
    // SAFETY: our own state words.
    unsafe { erand48(global_x()) }
}

/// POSIX.1-2024 (XSI) `nrand48`: a value in [0, 2^31) from the caller's state.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn nrand48(xsubi: *mut c_ushort) -> c_long {
    // SAFETY: the caller passes three words.
    (unsafe { step48(xsubi) } >> 17) as c_long
}

/// POSIX.1-2024 (XSI) `lrand48`: a value in [0, 2^31).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn lrand48() -> c_long {
    // SAFETY: our own state words.
    unsafe { nrand48(global_x()) }
}

/// POSIX.1-2024 (XSI) `jrand48`: a value in [-2^31, 2^31) from the
/// caller's state.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn jrand48(xsubi: *mut c_ushort) -> c_long {
    // SAFETY: the caller passes three words.
    (unsafe { step48(xsubi) } >> 16) as u32 as i32 as c_long
}

/// POSIX.1-2024 (XSI) `mrand48`: a value in [-2^31, 2^31).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn mrand48() -> c_long {
    // SAFETY: our own state words.
    unsafe { jrand48(global_x()) }
}

/// POSIX.1-2024 (XSI) `srand48`: X = the low 32 bits of `seed` followed
/// by 0x330E; the default multiplier and addend are restored.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn srand48(seed: c_long) {
    let s = seed as u32;
    let g = lcg48();
    g.x = [0x330E, s as u16, (s >> 16) as u16];
    g.a = A48;
    g.c = C48;
}

/// POSIX.1-2024 (XSI) `seed48`: X = `seed16v`, default multiplier and
/// addend; returns a static array holding the previous X.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn seed48(seed16v: *mut c_ushort) -> *mut c_ushort {
    let g = lcg48();
    // SAFETY: our static array; the caller passes three words.
    unsafe {
        let old = &raw mut SEED48_OLD;
        *old = g.x;
        g.x = [*seed16v, *seed16v.add(1), *seed16v.add(2)];
        g.a = A48;
        g.c = C48;
        old as *mut c_ushort
    }
}

/// POSIX.1-2024 (XSI) `lcong48`: X = param[0..3], multiplier =
/// param[3..6], addend = param[6].
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lcong48(param: *mut c_ushort) {
    let g = lcg48();
    // SAFETY: the caller passes seven words.
    unsafe {
        let p = |i: usize| *param.add(i);
        g.x = [p(0), p(1), p(2)];
        g.a = p(3) as u64 | (p(4) as u64) << 16 | (p(5) as u64) << 32;
        g.c = p(6);
    }
}

/// Fills `len` bytes at `buf` from the kernel's generator, as glibc
/// 2.36's `arc4random` family does: `getrandom` (through the vDSO's
/// `vgetrandom` where there is one: its per-thread state is wiped by the
/// kernel at `fork`, so a child never repeats its parent's bytes), again
/// after EINTR or a short count; `/dev/urandom` where the kernel has no
/// `getrandom` (ENOSYS); any other failure ends the process with glibc's
/// message, since the callers cannot fail. `errno` is left alone.
fn arc4_fill(buf: *mut u8, len: usize) {
    let mut done = 0;
    while done < len {
        // SAFETY: buf has len bytes; done < len.
        let r = unsafe {
            crate::sys::random::getrandom_raw(buf.add(done) as *mut c_void, len - done, 0)
        };
        if r > 0 {
            done += r as usize;
        } else if r == -(syscall::errno::EINTR as isize) {
            continue;
        } else if r == -(syscall::errno::ENOSYS as isize) {
            // SAFETY: as above.
            return arc4_urandom(unsafe { buf.add(done) }, len - done);
        } else {
            arc4_fatal();
        }
    }
}

/// [`arc4_fill`] from `/dev/urandom`.
#[cold]
fn arc4_urandom(buf: *mut u8, len: usize) {
    use syscall::nr::{AT_FDCWD, O_CLOEXEC, O_RDONLY};
    // SAFETY: a NUL-terminated path.
    let fd = unsafe {
        sys!(
            __NR_openat,
            AT_FDCWD,
            c"/dev/urandom".as_ptr(),
            O_RDONLY | O_CLOEXEC
        )
    };
    if fd < 0 {
        arc4_fatal();
    }
    let mut done = 0;
    while done < len {
        // SAFETY: buf has len bytes; done < len.
        let r = unsafe { sys!(__NR_read, fd, buf.add(done), len - done) };
        if r > 0 {
            done += r as usize;
        } else if r != -(syscall::errno::EINTR as isize) {
            arc4_fatal();
        }
    }
    // SAFETY: our own descriptor.
    unsafe { sys!(__NR_close, fd) };
}

#[cold]
fn arc4_fatal() -> ! {
    let msg = b"Fatal glibc error: cannot get entropy for arc4random\n";
    // SAFETY: writing a static message to fd 2.
    unsafe { sys!(__NR_write, 2, msg.as_ptr(), msg.len()) };
    crate::stdlib::abort_now()
}

/// BSD `arc4random` (glibc 2.36): 32 random bits from the kernel's
/// generator; never fails, fork- and thread-safe.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn arc4random() -> u32 {
    let mut v = [0u8; 4];
    arc4_fill(v.as_mut_ptr(), 4);
    u32::from_ne_bytes(v)
}

/// BSD `arc4random_buf` (glibc 2.36): `n` random bytes at `buf`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn arc4random_buf(buf: *mut c_void, n: size_t) {
    arc4_fill(buf as *mut u8, n);
}

/// BSD `arc4random_uniform` (glibc 2.36): uniform in `[0, bound)`, 0 for a
/// bound of 0 or 1. Lemire's multiply-and-reject (the high half of a
/// 32×32-bit product, redrawn while the low half falls in the `2^32 mod
/// bound` values that would bias it): no modulo bias, and a division only
/// when the first draw lands near the edge.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn arc4random_uniform(bound: u32) -> u32 {
    if bound <= 1 {
        return 0;
    }
    let mut m = arc4random() as u64 * bound as u64;
    if (m as u32) < bound {
        let threshold = bound.wrapping_neg() % bound;
        while (m as u32) < threshold {
            m = arc4random() as u64 * bound as u64;
        }
    }
    (m >> 32) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_default_and_variants() {
        let mut buf = [0u32; 64];
        let mut g = Random {
            buf: null_mut(),
            kind: 0,
            deg: 0,
            sep: 0,
            f: 0,
            r: 0,
        };
        g.select(buf.as_mut_ptr() as *mut u8, 3);
        g.seed(1);
        assert_eq!(g.next(), 1804289383);
        assert_eq!(g.next(), 846930886);
        g.select(buf.as_mut_ptr() as *mut u8, 0);
        g.seed(0);
        assert_eq!(g.next(), 1103527590);
        g.select(buf.as_mut_ptr() as *mut u8, 4);
        g.seed(7);
        assert_eq!(g.next(), 1845920155);
    }
}
