//! The libc's allocator instance: the global [`Heap`] over `mmap`, each
//! thread's [`Cache`] (found through the TCB), and the C-level helpers the
//! `<stdlib.h>` and `<malloc.h>` entry points share.
use super::{Cache, Fault, Heap, Pages};
use crate::kernel::fail;
use crate::types::*;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use syscall::errno::{EINVAL, ENOMEM};

/// Pages from the kernel.
pub struct Mmap;

fn mmap_anon(len: usize) -> *mut u8 {
    use syscall::nr::*;
    // SAFETY: an anonymous private mapping has no preconditions.
    let r = unsafe {
        crate::arch::mmap(
            null_mut(),
            len,
            (PROT_READ | PROT_WRITE) as c_int,
            (MAP_PRIVATE | MAP_ANONYMOUS) as c_int,
            -1,
            0,
        )
    };
    match syscall::decode(r) {
        Ok(p) => p as *mut u8,
        Err(_) => null_mut(),
    }
}

impl Pages for Mmap {
    fn map(&self, len: usize, align: usize) -> *mut u8 {
        let page = self.page_size();
        if align <= page {
            return mmap_anon(len);
        }
        // Over-map, then trim to the aligned part.
        let Some(total) = len.checked_add(align - page) else {
            return null_mut();
        };
        let p = mmap_anon(total);
        if p.is_null() {
            return p;
        }
        let a = p as usize;
        let start = a.next_multiple_of(align);
        let head = start - a;
        let tail = total - head - len;
        // SAFETY: both ranges are parts of the fresh mapping, unused.
        unsafe {
            if head > 0 {
                sys!(__NR_munmap, a, head);
            }
            if tail > 0 {
                sys!(__NR_munmap, start + len, tail);
            }
        }
        start as *mut u8
    }

    fn unmap(&self, p: *mut u8, len: usize) {
        // SAFETY: the range is a mapping of ours being given up.
        unsafe { sys!(__NR_munmap, p, len) };
    }

    fn remap(&self, p: *mut u8, old: usize, new: usize) -> *mut u8 {
        // SAFETY: the range is a mapping of ours; the kernel may move it.
        let r = unsafe { sys!(__NR_mremap, p, old, new, syscall::nr::MREMAP_MAYMOVE, 0) };
        match syscall::decode(r) {
            Ok(q) => q as *mut u8,
            Err(_) => null_mut(),
        }
    }

    fn purge(&self, p: *mut u8, len: usize) {
        // MADV_FREE: the kernel takes the pages only under memory pressure,
        // so a slab refilled soon after costs no page faults (with
        // DONTNEED, "10k mallocs, random-order free" faulted 4x as often
        // as glibc). Kernels before 4.5 refuse it: DONTNEED then.
        static NO_FREE: AtomicBool = AtomicBool::new(false);
        if !NO_FREE.load(Ordering::Relaxed) {
            // SAFETY: the range is ours and unused; FREE may drop its pages.
            let r = unsafe { sys!(__NR_madvise, p, len, syscall::nr::MADV_FREE) };
            if syscall::decode(r).is_ok() {
                return;
            }
            NO_FREE.store(true, Ordering::Relaxed);
        }
        // SAFETY: as above; DONTNEED drops the pages.
        unsafe { sys!(__NR_madvise, p, len, syscall::nr::MADV_DONTNEED) };
    }

    fn release(&self, p: *mut u8, len: usize) {
        // SAFETY: the range is ours and unused; DONTNEED drops its pages
        // now (malloc_trim's promise: the memory is back).
        unsafe { sys!(__NR_madvise, p, len, syscall::nr::MADV_DONTNEED) };
    }

    fn configure(&self, _heap: &Heap) {
        read_env();
    }

    #[inline(always)]
    fn page_size(&self) -> usize {
        // Cached: the auxv lookup is a scan.
        static PAGE: AtomicUsize = AtomicUsize::new(0);
        match PAGE.load(Ordering::Relaxed) {
            0 => {
                let p = crate::sys::auxv::page_size();
                PAGE.store(p, Ordering::Relaxed);
                p
            }
            p => p,
        }
    }
}

/// The process-wide heap.
pub static HEAP: Heap = Heap::new();

/// The initial thread's cache (later threads map their own).
static mut MAIN_CACHE: Cache = Cache::new();
static MAIN_TAKEN: AtomicBool = AtomicBool::new(false);

/// The calling thread's cache, created on first use; stored in the TCB's
/// `libc_slot[1]`.
#[inline(always)]
pub fn cache() -> &'static mut Cache {
    let t = rt::tls::current();
    // SAFETY: the TCB is set up before any C code runs; slot 1 is ours.
    let slot = unsafe { (*t).libc_slot[1] };
    if slot != 0 {
        // SAFETY: set below to a cache owned by this thread alone.
        return unsafe { &mut *(slot as *mut Cache) };
    }
    new_cache(t)
}

#[cold]
fn new_cache(t: *mut rt::tls::Thread) -> &'static mut Cache {
    let c = if MAIN_TAKEN
        .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
        .is_ok()
    {
        &raw mut MAIN_CACHE
    } else {
        let p = Mmap.map(size_of::<Cache>(), 1) as *mut Cache;
        if p.is_null() {
            // No memory for a cache: nothing sensible is left to do.
            fault_msg(b"ferrolibc: malloc(): cannot allocate a thread cache\n");
        }
        // SAFETY: a fresh mapping large enough for a Cache.
        unsafe { p.write(Cache::new()) };
        p
    };
    // SAFETY: the calling thread's TCB; slot 1 belongs to the allocator.
    unsafe { (*t).libc_slot[1] = c as usize };
    // SAFETY: this cache is now owned by the calling thread alone.
    unsafe { &mut *c }
}

/// Thread exit: give the calling thread's cached blocks back to the heap
/// and unmap its cache (the initial thread's is static and stays).
pub fn release_thread_cache() {
    let t = rt::tls::current();
    // SAFETY: the calling thread's TCB.
    let slot = unsafe { (*t).libc_slot[1] };
    if slot != 0 {
        // SAFETY: the cache belongs to this thread.
        unsafe { HEAP.drain(&mut *(slot as *mut Cache), &Mmap) };
        // SAFETY: as above; nothing uses the cache after this.
        unsafe { (*t).libc_slot[1] = 0 };
        if slot != &raw mut MAIN_CACHE as usize {
            Mmap.unmap(slot as *mut u8, size_of::<Cache>());
        } else {
            MAIN_TAKEN.store(false, Ordering::Release);
        }
    }
}

fn fault_msg(msg: &[u8]) -> ! {
    // SAFETY: a static buffer to fd 2.
    unsafe { sys!(__NR_write, 2, msg.as_ptr(), msg.len()) };
    crate::stdlib::abort_now()
}

/// Report a bad pointer given to `func` and abort.
#[cold]
pub fn fault(func: &str, f: Fault) -> ! {
    let mut buf = [0u8; 96];
    let mut n = 0;
    let what: &str = match f {
        Fault::DoubleFree => "(): double free detected\n",
        Fault::InvalidPointer => "(): invalid pointer\n",
    };
    for part in ["ferrolibc: ", func, what] {
        for &b in part.as_bytes() {
            if n < buf.len() {
                buf[n] = b;
                n += 1;
            }
        }
    }
    fault_msg(buf.get(..n).unwrap_or(&buf))
}

/// `malloc` with errno: NULL and ENOMEM on failure.
#[inline(always)]
pub fn malloc(n: usize) -> *mut u8 {
    // SAFETY: this thread's cache and the global heap.
    let p = unsafe { HEAP.alloc(cache(), n, &Mmap) };
    if p.is_null() {
        fail(ENOMEM);
    }
    p
}

/// glibc's `memalign` rule: an alignment above `SIZE_MAX/2 + 1` is EINVAL,
/// anything else is rounded up to a power of two (at least 16).
pub fn memalign(align: usize, n: usize) -> *mut u8 {
    if align > usize::MAX / 2 + 1 {
        fail(EINVAL);
        return null_mut();
    }
    let align = align.max(1).next_power_of_two();
    // SAFETY: this thread's cache and the global heap.
    let p = unsafe { HEAP.alloc_aligned(cache(), n, align, &Mmap) };
    if p.is_null() {
        fail(ENOMEM);
    }
    p
}

/// Usable size of a live block (0 for NULL).
pub fn usable(p: *mut c_void) -> usize {
    if p.is_null() {
        return 0;
    }
    // SAFETY: p came from malloc, or the checks catch it.
    match unsafe { HEAP.usable(cache(), p as *mut u8) } {
        Ok(n) => n,
        Err(f) => fault("malloc_usable_size", f),
    }
}

/// Whether `p`, just allocated, came zeroed from the kernel.
pub fn is_fresh(p: *mut u8) -> bool {
    // SAFETY: p is live.
    unsafe { HEAP.is_fresh(p) }
}

/// `free` (p not null).
#[inline(always)]
pub fn free(p: *mut u8) {
    // SAFETY: p came from malloc, or the checks catch it.
    if let Err(f) = unsafe { HEAP.free(cache(), p, &Mmap) } {
        fault("free", f)
    }
}

/// `realloc` (p not null): NULL/ENOMEM with the block kept on failure.
pub fn realloc(p: *mut u8, n: usize) -> *mut u8 {
    // SAFETY: p came from malloc, or the checks catch it.
    match unsafe { HEAP.realloc(cache(), p, n, &Mmap) } {
        Ok(q) => {
            if q.is_null() {
                fail(ENOMEM);
            }
            q
        }
        Err(f) => fault("realloc", f),
    }
}

/// `malloc_trim(pad)`: the calling thread's cached blocks back to the
/// heap, then every free page but `pad` bytes' worth to the kernel;
/// whether any went.
pub fn trim(pad: usize) -> bool {
    // SAFETY: this thread's cache and the global heap.
    unsafe { HEAP.trim(cache(), pad, &Mmap) }
}

/// Read the environment's allocator settings, once (`mallopt` calls it
/// before applying its own, as glibc's reads them at its first call).
pub fn configure() {
    HEAP.configure(&Mmap);
}

/// `M_PERTURB` on `free(p)`: fill the block with `byte` (a bad pointer
/// is reported as `free`'s).
#[cold]
pub fn perturb_free(p: *mut u8, byte: u8) {
    // SAFETY: p came from malloc, or the checks catch it.
    if let Err(f) = unsafe { HEAP.perturb_free(cache(), p, byte) } {
        fault("free", f)
    }
}

/// glibc's tunable number syntax (`_dl_strtoul`): an optional `-`, then
/// `0x` hex, `0` octal or decimal digits up to the first other byte.
fn env_num(s: &[u8]) -> u64 {
    let (neg, s) = match s.split_first() {
        Some((b'-', r)) => (true, r),
        _ => (false, s),
    };
    let (base, s) = match s {
        [b'0', b'x' | b'X', r @ ..] => (16, r),
        [b'0', r @ ..] => (8, r),
        _ => (10, s),
    };
    let mut v = 0u64;
    for &c in s {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => break,
        } as u64;
        if d >= base {
            break;
        }
        v = v.wrapping_mul(base).wrapping_add(d);
    }
    if neg { v.wrapping_neg() } else { v }
}

/// Apply one malloc tunable (`name` as in `glibc.malloc.NAME`) within
/// glibc's bounds for it; others are ignored.
fn tunable(name: &[u8], s: &[u8]) {
    let v = env_num(s);
    let size = usize::try_from(v).unwrap_or(usize::MAX);
    match name {
        b"perturb" if v <= 0xff => crate::stdlib::set_perturb(v as c_int),
        b"mmap_threshold" => HEAP.set_mmap_threshold(size),
        b"mmap_max" if v <= i32::MAX as u64 => HEAP.set_mmap_max(size),
        b"trim_threshold" => HEAP.set_trim_threshold(size),
        b"top_pad" => HEAP.set_top_pad(size),
        // arena_max, arena_test, check, mxfast, tcache_*, hugetlb: no
        // meaning here (see `mallopt`).
        _ => {}
    }
}

/// The environment's settings, glibc's names: `MALLOC_PERTURB_`,
/// `MALLOC_MMAP_THRESHOLD_`, `MALLOC_MMAP_MAX_`, `MALLOC_TRIM_THRESHOLD_`,
/// `MALLOC_TOP_PAD_`, then `GLIBC_TUNABLES`' `glibc.malloc.*` entries
/// (which win); ignored in a set-user-ID program (`secure_getenv`).
fn read_env() {
    static ALIASES: [(&core::ffi::CStr, &[u8]); 5] = [
        (c"MALLOC_PERTURB_", b"perturb"),
        (c"MALLOC_MMAP_THRESHOLD_", b"mmap_threshold"),
        (c"MALLOC_MMAP_MAX_", b"mmap_max"),
        (c"MALLOC_TRIM_THRESHOLD_", b"trim_threshold"),
        (c"MALLOC_TOP_PAD_", b"top_pad"),
    ];
    for (var, name) in ALIASES.iter() {
        if let Some(v) = env(var) {
            tunable(name, v);
        }
    }
    if let Some(t) = env(c"GLIBC_TUNABLES") {
        for item in t.split(|&c| c == b':') {
            let Some(eq) = item.iter().position(|&c| c == b'=') else {
                continue;
            };
            let (k, v) = item.split_at(eq);
            if let Some(name) = k.strip_prefix(b"glibc.malloc.") {
                tunable(name, v.get(1..).unwrap_or_default());
            }
        }
    }
}

/// An environment variable's bytes (not in a set-user-ID program).
fn env(name: &core::ffi::CStr) -> Option<&'static [u8]> {
    // SAFETY: a NUL-terminated name.
    let p = unsafe { crate::stdlib::secure_getenv(name.as_ptr()) };
    if p.is_null() {
        return None;
    }
    // SAFETY: the environment's strings are NUL-terminated and stay.
    Some(unsafe { core::ffi::CStr::from_ptr(p) }.to_bytes())
}

/// `len` bytes of fresh zeroed pages (not from the heap: for internals
/// that must not allocate, such as `backtrace`); null on failure.
pub fn map_pages(len: usize) -> *mut u8 {
    mmap_anon(len)
}
