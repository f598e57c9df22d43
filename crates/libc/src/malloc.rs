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

/// GNU `malloc_trim`: give free memory back to the kernel now (every
/// whole free page of the heap with `MADV_DONTNEED`, the cached freed
/// mappings with `munmap`; the calling thread's cached blocks are
/// returned first). 1 if memory was released, else 0. `pad` (glibc's
/// untouched top) has no meaning here: there is no top chunk.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn malloc_trim(_pad: size_t) -> c_int {
    os::trim() as c_int
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

/// SVID/GNU `mallopt`: 1 (accepted) for every parameter, as glibc 2.36
/// answers, and 0 only for an `M_MXFAST` outside glibc's 0 to
/// `80 * sizeof(size_t) / 4`. None changes this allocator: its size
/// classes, the 128 KiB line above which a block gets a mapping of its
/// own, and the epoch purging that stands for glibc's trim threshold and
/// top pad are fixed (`M_TRIM_THRESHOLD M_TOP_PAD M_MMAP_THRESHOLD
/// M_MMAP_MAX M_ARENA_MAX M_ARENA_TEST M_CHECK_ACTION M_PERTURB M_MXFAST`
/// are accepted and have no effect; corruption is always detected and
/// aborts).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn mallopt(param: c_int, value: c_int) -> c_int {
    if param == M_MXFAST {
        let max = (80 * size_of::<size_t>() / 4) as c_int;
        return (0..=max).contains(&value) as c_int;
    }
    1
}
