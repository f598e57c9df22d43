//! `<malloc.h>`: the GNU allocation extras, over [`crate::alloc`] (the
//! standard ones live in `stdlib/alloc.rs`).
use crate::alloc::os;
use crate::kernel::fail;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::ENOMEM;

/// The aligned allocation every aligned entry point makes, reported to
/// an `mtrace` trace when one runs.
pub(crate) fn traced_memalign(align: usize, n: usize) -> *mut c_void {
    let p = os::memalign(align, n) as *mut c_void;
    if crate::stdlib::tracing() {
        crate::stdlib::traced(crate::stdlib::TraceKind::Alloc, null_mut(), p, n);
    }
    p
}

/// GNU/BSD `memalign` (obsolete SVID): `n` bytes aligned to `align`,
/// rounded up to a power of two; NULL/EINVAL for an alignment above
/// `SIZE_MAX/2 + 1`, NULL/ENOMEM when out of memory.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memalign(align: size_t, n: size_t) -> *mut c_void {
    if !crate::stdlib::malloc_is_ours() {
        crate::stdlib::not_replaced(b"memalign");
    }
    traced_memalign(align, n)
}

/// BSD/GNU `valloc`: `n` bytes aligned to the page size.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn valloc(n: size_t) -> *mut c_void {
    if !crate::stdlib::malloc_is_ours() {
        crate::stdlib::not_replaced(b"valloc");
    }
    traced_memalign(crate::sys::auxv::page_size(), n)
}

/// GNU `pvalloc`: `valloc` of `n` rounded up to a whole page.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pvalloc(n: size_t) -> *mut c_void {
    if !crate::stdlib::malloc_is_ours() {
        crate::stdlib::not_replaced(b"pvalloc");
    }
    let page = crate::sys::auxv::page_size();
    let Some(m) = n.checked_next_multiple_of(page) else {
        fail(ENOMEM);
        return null_mut();
    };
    traced_memalign(page, m.max(page))
}

/// GNU `malloc_usable_size`: bytes usable in the block (at least what was
/// asked); 0 for NULL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn malloc_usable_size(p: *mut c_void) -> size_t {
    if !crate::stdlib::malloc_is_ours() {
        crate::stdlib::not_replaced(b"malloc_usable_size");
    }
    os::usable(p)
}

/// glibc's `struct mallinfo2`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mallinfo2 {
    pub arena: size_t,
    pub ordblks: size_t,
    pub smblks: size_t,
    pub hblks: size_t,
    pub hblkhd: size_t,
    pub usmblks: size_t,
    pub fsmblks: size_t,
    pub uordblks: size_t,
    pub fordblks: size_t,
    pub keepcost: size_t,
}

/// glibc's `struct mallinfo` (the same fields as `int`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mallinfo {
    pub arena: c_int,
    pub ordblks: c_int,
    pub smblks: c_int,
    pub hblks: c_int,
    pub hblkhd: c_int,
    pub usmblks: c_int,
    pub fsmblks: c_int,
    pub uordblks: c_int,
    pub fordblks: c_int,
    pub keepcost: c_int,
}

/// GNU `mallinfo2` (glibc 2.33): the heap's state, as
/// `crate::alloc::stats` counts it: `arena` the memory obtained for small
/// blocks, `uordblks`/`fordblks` its bytes in use and free, `ordblks` its
/// free chunks, `hblks`/`hblkhd` the blocks with a mapping of their own,
/// `keepcost` what `malloc_trim` could release; `smblks`, `usmblks` and
/// `fsmblks` are 0 (no fastbins; `usmblks` is always 0 in glibc too).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn mallinfo2() -> mallinfo2 {
    let i = os::HEAP.info();
    mallinfo2 {
        arena: i.arena,
        ordblks: i.ordblks,
        smblks: 0,
        hblks: i.hblks,
        hblkhd: i.hblkhd,
        usmblks: 0,
        fsmblks: 0,
        uordblks: i.uordblks,
        fordblks: i.fordblks,
        keepcost: i.keepcost,
    }
}

/// SVID/GNU `mallinfo` (deprecated in glibc 2.33): [`mallinfo2`]'s
/// numbers truncated to `int`, as glibc does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn mallinfo() -> mallinfo {
    let m = mallinfo2();
    mallinfo {
        arena: m.arena as c_int,
        ordblks: m.ordblks as c_int,
        smblks: 0,
        hblks: m.hblks as c_int,
        hblkhd: m.hblkhd as c_int,
        usmblks: 0,
        fsmblks: 0,
        uordblks: m.uordblks as c_int,
        fordblks: m.fordblks as c_int,
        keepcost: m.keepcost as c_int,
    }
}

/// GNU `malloc_trim`: give free memory back to the kernel now: the
/// calling thread's cached blocks are returned first, then every whole
/// free page of the heap goes with `MADV_DONTNEED` but the lowest `pad`
/// bytes' worth (glibc keeps `pad` bytes at its heap's top; this heap's
/// lowest free pages are the ones the next slabs take), and the cached
/// freed mappings are unmapped. 1 if memory was released, else 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn malloc_trim(pad: size_t) -> c_int {
    os::trim(pad) as c_int
}

/// Appends `v` in decimal, right-aligned in 10 columns (glibc's `%10u`).
fn put_num10(out: &mut crate::heap::Vec<u8>, v: u64) -> Result<(), crate::heap::NoMemory> {
    let mut d = [0u8; 20];
    let s = crate::kernel::decimal(v, &mut d);
    for _ in s.len()..10 {
        out.push(b' ')?;
    }
    out.extend_from_slice(s)
}

/// GNU `malloc_stats`: glibc's report on standard error (one arena, the
/// totals with the large blocks, their peaks); `in use` as in
/// [`mallinfo2`]. Counts are printed as glibc does (`unsigned int`, the
/// mmap bytes as `unsigned long`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn malloc_stats() {
    let i = os::HEAP.info();
    let mut b = crate::heap::Vec::new();
    let sys = i.arena as c_uint as u64;
    let used = i.uordblks as c_uint as u64;
    let all_sys = (i.arena + i.hblkhd) as c_uint as u64;
    let all_used = (i.uordblks + i.hblkhd) as c_uint as u64;
    let r = (|| {
        b.extend_from_slice(b"Arena 0:\nsystem bytes     = ")?;
        put_num10(&mut b, sys)?;
        b.extend_from_slice(b"\nin use bytes     = ")?;
        put_num10(&mut b, used)?;
        b.extend_from_slice(b"\nTotal (incl. mmap):\nsystem bytes     = ")?;
        put_num10(&mut b, all_sys)?;
        b.extend_from_slice(b"\nin use bytes     = ")?;
        put_num10(&mut b, all_used)?;
        b.extend_from_slice(b"\nmax mmap regions = ")?;
        put_num10(&mut b, i.max_hblks as c_uint as u64)?;
        b.extend_from_slice(b"\nmax mmap bytes   = ")?;
        put_num10(&mut b, i.max_hblkhd as c_ulong as u64)?;
        b.push(b'\n')
    })();
    if r.is_ok() {
        // stderr is unbuffered: what was written before is out already.
        let s = b.as_slice();
        // SAFETY: writing our buffer to fd 2.
        unsafe { sys!(__NR_write, 2, s.as_ptr(), s.len()) };
    }
}

/// glibc's `mallopt` parameter numbers.
const M_MXFAST: c_int = 1;
const M_TRIM_THRESHOLD: c_int = -1;
const M_TOP_PAD: c_int = -2;
const M_MMAP_THRESHOLD: c_int = -3;
const M_MMAP_MAX: c_int = -4;
const M_PERTURB: c_int = -6;

/// SVID/GNU `mallopt`, with glibc 2.36's answers: 1 for every parameter
/// and value, but 0 for an `M_MXFAST` outside 0 to `80 *
/// sizeof(size_t) / 4`. The environment's settings are read first (as
/// glibc's first call does), so a call overrides them. In this
/// allocator's terms (`crate::alloc::tune`):
///
/// - `M_MMAP_THRESHOLD`: a request of at least `value` bytes (as
///   `size_t`: -1 is never) gets a mapping of its own, counted in
///   `mallinfo2`'s `hblks`/`hblkhd` (default: above 128 KiB). Above 128
///   KiB the line cannot move up: there is no slab class past it, so
///   such blocks are mapped whatever the threshold (glibc would take them
///   from its heap). `realloc` moves a growing block to a mapping at the
///   threshold too.
/// - `M_MMAP_MAX`: at most `value` such blocks at once (negative: 0;
///   default 65536, glibc's). Past it (0: always) a request up to 128
///   KiB comes from a slab, a bigger one still gets a mapping: this
///   allocator has nowhere else to put it.
/// - `M_TRIM_THRESHOLD`, `M_TOP_PAD`: setting either replaces the default
///   epoch purging (`crate::alloc`) by glibc's rule: when a slab empties
///   and the free memory still resident reaches the trim threshold
///   (default 128 KiB; -1: never), every whole free page goes back to the
///   kernel but the top pad's worth (default 128 KiB), the lowest.
/// - `M_PERTURB`: while nonzero, the bytes `malloc`, `realloc(NULL, n)`
///   and the aligned family hand out are set to `(value ^ 0xff) & 0xff`
///   (the `n` asked for) and a block given to `free` is filled with
///   `value & 0xff` (all of it; the allocator then keeps its free-list
///   link and cookie in the first two words, where glibc keeps its list
///   pointers; a block with a mapping of its own bigger than 256 KiB is
///   unmapped instead). `calloc`'s blocks are zero; `realloc` of a block
///   is not perturbed. Unlike glibc (whose thread cache skips it), every
///   small block is.
/// - `M_ARENA_MAX`, `M_ARENA_TEST`: no effect. There is one arena (the
///   central heap); the per-thread caches are glibc's tcache, not arenas.
/// - `M_CHECK_ACTION`: no effect, as in glibc since 2.34; corruption
///   that is detected always reports and aborts.
/// - `M_MXFAST`: range-checked, no effect (no fastbins).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn mallopt(param: c_int, value: c_int) -> c_int {
    os::configure();
    // glibc's helpers take the int as a size_t (negative: huge).
    let size = value as isize as usize;
    match param {
        M_MXFAST => return (size <= 80 * size_of::<size_t>() / 4) as c_int,
        M_TRIM_THRESHOLD => os::HEAP.set_trim_threshold(size),
        M_TOP_PAD => os::HEAP.set_top_pad(size),
        M_MMAP_THRESHOLD => os::HEAP.set_mmap_threshold(size),
        M_MMAP_MAX => os::HEAP.set_mmap_max(value.max(0) as usize),
        M_PERTURB => crate::stdlib::set_perturb(value),
        _ => {}
    }
    1
}
