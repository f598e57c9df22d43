//! `<obstack.h>`: GNU obstacks, and `obstack_printf`/`obstack_vprintf`
//! of `<stdio.h>`.
//!
//! An obstack is a stack of objects in chunks that the program's own
//! allocator hands out (`chunkfun`, optionally with an extra argument).
//! Each chunk starts with a `struct _obstack_chunk` header (its limit and
//! the chunk before); objects follow, each aligned to `alignment_mask + 1`.
//! The object being grown always lies whole in the current chunk: when it
//! outgrows the chunk, [`_obstack_newchunk`] takes a bigger one (at least
//! `chunk_size`, else the object plus what is asked plus an eighth plus
//! 100 bytes, glibc's rule, so a program sees the same chunk sizes and
//! `_obstack_memory_used`) and copies the partial object over; the old
//! chunk is given back at once when that object was its only content.
//! The fast paths (growing, finishing, freeing inside the current chunk)
//! are macros in the header; these functions are the slow paths.
#![cfg_attr(test, allow(dead_code))]
use crate::types::*;
use core::ptr::null_mut;

/// glibc's `struct _obstack_chunk`: the header of every chunk.
#[repr(C)]
pub struct _obstack_chunk {
    pub limit: *mut c_char,
    pub prev: *mut _obstack_chunk,
    pub contents: [c_char; 4],
}

/// glibc's `struct obstack`. The three one-bit fields of the C struct
/// (`use_extra_arg`, `maybe_empty_object`, `alloc_failed`) share one
/// `unsigned`, lowest bit first.
#[repr(C)]
pub struct obstack {
    pub chunk_size: c_long,
    pub chunk: *mut _obstack_chunk,
    pub object_base: *mut c_char,
    pub next_free: *mut c_char,
    pub chunk_limit: *mut c_char,
    /// The header's `union { ptrdiff_t tempint; void *tempptr; }`.
    pub temp: *mut c_void,
    pub alignment_mask: c_int,
    pub chunkfun: *mut c_void,
    pub freefun: *mut c_void,
    pub extra_arg: *mut c_void,
    pub _bits: c_uint,
}

const USE_EXTRA_ARG: c_uint = 1;
const MAYBE_EMPTY_OBJECT: c_uint = 2;
const ALLOC_FAILED: c_uint = 4;

/// The alignment of a C `long double`, `uintmax_t` or pointer inside a
/// struct, whichever is largest: 16 on the LP64 arches, 4 on i386 (what
/// glibc's `obstack_init` gives, checked on each arch).
const DEFAULT_ALIGNMENT: usize = if size_of::<usize>() == 8 { 16 } else { 4 };
/// glibc's default chunk size: a 4 KiB block less the allocator's
/// overhead, on every arch.
const DEFAULT_CHUNK: c_long = 4064;

type ChunkFun = unsafe extern "C" fn(c_long) -> *mut c_void;
type ChunkFunArg = unsafe extern "C" fn(*mut c_void, c_long) -> *mut c_void;
type FreeFun = unsafe extern "C" fn(*mut c_void);
type FreeFunArg = unsafe extern "C" fn(*mut c_void, *mut c_void);

/// GNU `obstack_exit_failure`: the status the default failure handler
/// exits with (`EXIT_FAILURE`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut obstack_exit_failure: c_int = 1;

/// GNU `obstack_alloc_failed_handler`: called when a chunk allocation
/// fails; it must not return (the default prints "memory exhausted" and
/// exits with `obstack_exit_failure`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut obstack_alloc_failed_handler: unsafe extern "C" fn() = print_and_exit;

/// The default failure handler.
unsafe extern "C" fn print_and_exit() {
    #[cfg(not(test))]
    // SAFETY: stderr is a live stream; the message is a C string.
    unsafe {
        crate::stdio::fputs(c"memory exhausted\n".as_ptr(), crate::stdio::stderr);
        crate::stdlib::exit(obstack_exit_failure);
    }
}

/// Rounds `p` up to a multiple of `mask + 1`, counted from address 0.
fn align(p: *mut c_char, mask: c_int) -> *mut c_char {
    let m = mask as usize;
    let a = ((p as usize).wrapping_add(m) & !m).wrapping_sub(p as usize);
    p.wrapping_add(a)
}

/// A new chunk of `size` bytes from the obstack's allocator; the failure
/// handler runs (and should not return) when it gives none.
unsafe fn call_chunkfun(h: &mut obstack, size: c_long) -> *mut _obstack_chunk {
    // SAFETY: chunkfun was stored by _obstack_begin(_1) with the matching
    // signature, as use_extra_arg records.
    let p = unsafe {
        if h._bits & USE_EXTRA_ARG != 0 {
            let f: ChunkFunArg = core::mem::transmute(h.chunkfun);
            f(h.extra_arg, size)
        } else {
            let f: ChunkFun = core::mem::transmute(h.chunkfun);
            f(size)
        }
    };
    p as *mut _obstack_chunk
}

/// Gives chunk `c` back to the obstack's allocator.
unsafe fn call_freefun(h: &mut obstack, c: *mut _obstack_chunk) {
    // SAFETY: as in call_chunkfun.
    unsafe {
        if h._bits & USE_EXTRA_ARG != 0 {
            let f: FreeFunArg = core::mem::transmute(h.freefun);
            f(h.extra_arg, c as *mut c_void);
        } else {
            let f: FreeFun = core::mem::transmute(h.freefun);
            f(c as *mut c_void);
        }
    }
}

/// Calls the failure handler (which should not return).
unsafe fn failed() {
    // SAFETY: the handler is the default or the program's.
    unsafe { obstack_alloc_failed_handler() }
}

/// The common part of `_obstack_begin` and `_obstack_begin_1`.
unsafe fn begin(h: &mut obstack, size: c_int, alignment: c_int) -> c_int {
    let alignment = if alignment == 0 {
        DEFAULT_ALIGNMENT as c_int
    } else {
        alignment
    };
    h.chunk_size = if size == 0 {
        DEFAULT_CHUNK
    } else {
        size as c_long
    };
    h.alignment_mask = alignment - 1;
    // SAFETY: the allocator fields are set.
    let c = unsafe { call_chunkfun(h, h.chunk_size) };
    if c.is_null() {
        // SAFETY: as failed says.
        unsafe { failed() };
        return 0;
    }
    h.chunk = c;
    // SAFETY: the chunk has chunk_size bytes (at least its header).
    unsafe {
        let base = align((&raw mut (*c).contents) as *mut c_char, h.alignment_mask);
        h.object_base = base;
        h.next_free = base;
        let lim = (c as *mut c_char).wrapping_add(h.chunk_size as usize);
        (*c).limit = lim;
        h.chunk_limit = lim;
        (*c).prev = null_mut();
    }
    h._bits &= !(MAYBE_EMPTY_OBJECT | ALLOC_FAILED);
    1
}

/// GNU `_obstack_begin` (behind `obstack_init`, `obstack_begin`,
/// `obstack_specify_allocation`): sets up `h` with chunks of `size` bytes
/// (0: 4064) and objects aligned to `alignment` (0: the strictest basic
/// type's), allocated with `chunkfun(size)` and freed with `freefun(p)`.
/// Returns 1, or 0 when the first chunk could not be had (after the
/// failure handler returned).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _obstack_begin(
    h: *mut obstack,
    size: c_int,
    alignment: c_int,
    chunkfun: Option<unsafe extern "C" fn(c_long) -> *mut c_void>,
    freefun: Option<unsafe extern "C" fn(*mut c_void)>,
) -> c_int {
    // SAFETY: h points to a struct obstack the caller owns.
    let h = unsafe { &mut *h };
    h.chunkfun = chunkfun.map_or(null_mut(), |f| f as *mut c_void);
    h.freefun = freefun.map_or(null_mut(), |f| f as *mut c_void);
    h._bits &= !USE_EXTRA_ARG;
    // SAFETY: the allocator is set.
    unsafe { begin(h, size, alignment) }
}

/// GNU `_obstack_begin_1` (behind `obstack_specify_allocation_with_arg`):
/// as `_obstack_begin`, with `arg` passed first to `chunkfun` and
/// `freefun`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _obstack_begin_1(
    h: *mut obstack,
    size: c_int,
    alignment: c_int,
    chunkfun: Option<unsafe extern "C" fn(*mut c_void, c_long) -> *mut c_void>,
    freefun: Option<unsafe extern "C" fn(*mut c_void, *mut c_void)>,
    arg: *mut c_void,
) -> c_int {
    // SAFETY: h points to a struct obstack the caller owns.
    let h = unsafe { &mut *h };
    h.chunkfun = chunkfun.map_or(null_mut(), |f| f as *mut c_void);
    h.freefun = freefun.map_or(null_mut(), |f| f as *mut c_void);
    h.extra_arg = arg;
    h._bits |= USE_EXTRA_ARG;
    // SAFETY: the allocator is set.
    unsafe { begin(h, size, alignment) }
}

/// GNU `_obstack_newchunk`: makes room for `length` more bytes of the
/// current object by moving it to a new, bigger chunk.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _obstack_newchunk(h: *mut obstack, length: c_int) {
    // SAFETY: h is an obstack set up by _obstack_begin(_1).
    let h = unsafe { &mut *h };
    let old = h.chunk;
    let obj = h.next_free as usize - h.object_base as usize;
    let want = (obj as u64)
        .saturating_add(length as u64)
        .saturating_add((obj >> 3) as u64)
        .saturating_add(h.alignment_mask as u64)
        .saturating_add(100);
    let new_size = want.max(h.chunk_size as u64);
    if new_size > isize::MAX as u64 || length < 0 {
        // SAFETY: as failed says.
        unsafe { failed() };
        return;
    }
    // SAFETY: the allocator fields are set.
    let c = unsafe { call_chunkfun(h, new_size as c_long) };
    if c.is_null() {
        // SAFETY: as failed says.
        unsafe { failed() };
        return;
    }
    // SAFETY: c has new_size bytes; the old object lies in the old chunk
    // and fits after the new chunk's header (new_size > obj + header).
    unsafe {
        h.chunk = c;
        (*c).prev = old;
        let lim = (c as *mut c_char).wrapping_add(new_size as usize);
        (*c).limit = lim;
        h.chunk_limit = lim;
        let base = align((&raw mut (*c).contents) as *mut c_char, h.alignment_mask);
        core::ptr::copy_nonoverlapping(h.object_base, base, obj);
        // The old chunk held nothing but this object: give it back.
        if h._bits & MAYBE_EMPTY_OBJECT == 0
            && h.object_base == align((&raw mut (*old).contents) as *mut c_char, h.alignment_mask)
        {
            (*c).prev = (*old).prev;
            call_freefun(h, old);
        }
        h.object_base = base;
        h.next_free = base.add(obj);
    }
    h._bits &= !MAYBE_EMPTY_OBJECT;
}

/// Whether `obj` lies in chunk `c`: after its header, up to its limit.
///
/// # Safety
/// `c` is a live chunk.
unsafe fn in_chunk(c: *mut _obstack_chunk, obj: *mut c_void) -> bool {
    // SAFETY: the chunk header is readable.
    (c as usize) < obj as usize && obj as usize <= unsafe { (*c).limit } as usize
}

/// GNU `_obstack_allocated_p`: 1 when `obj` lies in one of the obstack's
/// chunks.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _obstack_allocated_p(h: *mut obstack, obj: *mut c_void) -> c_int {
    // SAFETY: h is a set-up obstack; its chunks are linked by prev.
    unsafe {
        let mut c = (*h).chunk;
        while !c.is_null() && !in_chunk(c, obj) {
            c = (*c).prev;
        }
        (!c.is_null()) as c_int
    }
}

/// GNU `obstack_free`: frees `obj` and everything allocated after it
/// (the chunks above it go back to the allocator); `obj == NULL` frees
/// everything, leaving the obstack to be set up again. An `obj` that is
/// in no chunk aborts.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn obstack_free(h: *mut obstack, obj: *mut c_void) {
    // SAFETY: h is a set-up obstack; its chunks are linked by prev.
    unsafe {
        let h = &mut *h;
        let mut c = h.chunk;
        while !c.is_null() && !in_chunk(c, obj) {
            let prev = (*c).prev;
            call_freefun(h, c);
            c = prev;
            // The chunk found may now hold an empty object.
            h._bits |= MAYBE_EMPTY_OBJECT;
        }
        if !c.is_null() {
            h.object_base = obj as *mut c_char;
            h.next_free = obj as *mut c_char;
            h.chunk_limit = (*c).limit;
            h.chunk = c;
        } else if !obj.is_null() {
            crate::stdlib::abort();
        }
    }
}

/// GNU `_obstack_free`: the same function as `obstack_free` (the name
/// older programs call).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _obstack_free(h: *mut obstack, obj: *mut c_void) {
    // SAFETY: the caller's contract is obstack_free's.
    unsafe { obstack_free(h, obj) }
}

/// GNU `_obstack_memory_used` (`obstack_memory_used`): the bytes of all
/// the obstack's chunks.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _obstack_memory_used(h: *mut obstack) -> c_int {
    let mut n: usize = 0;
    // SAFETY: h is a set-up obstack; its chunks are linked by prev.
    unsafe {
        let mut c = (*h).chunk;
        while !c.is_null() {
            n = n.wrapping_add((*c).limit as usize - c as usize);
            c = (*c).prev;
        }
    }
    n as c_int
}

/// Grows the current object of an obstack by the bytes given.
struct ObstackSink(*mut obstack);

impl crate::printf::Sink for ObstackSink {
    fn put(&mut self, b: &[u8]) -> Result<(), ()> {
        if b.len() > c_int::MAX as usize {
            return Err(());
        }
        // SAFETY: the obstack is set up (vprintf's caller); after a new
        // chunk, room for b.len() bytes follows next_free.
        unsafe {
            let h = &mut *self.0;
            if (h.chunk_limit as usize - h.next_free as usize) < b.len() {
                _obstack_newchunk(h, b.len() as c_int);
            }
            core::ptr::copy_nonoverlapping(b.as_ptr(), h.next_free as *mut u8, b.len());
            h.next_free = h.next_free.add(b.len());
        }
        Ok(())
    }
}

/// Backend of `obstack_printf`/`obstack_vprintf` (c/obstack.c); `ap` is a
/// `va_list *`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_obstack_vprintf(
    h: *mut obstack,
    fmt: *const c_char,
    ap: *mut c_void,
) -> c_int {
    let mut sink = ObstackSink(h);
    let mut args = crate::stdio::VaArgs(ap);
    // SAFETY: fmt and ap are the C caller's, as printf requires.
    match unsafe { crate::printf::format(fmt as *const u8, &mut args, &mut sink) } {
        Ok(n) if n <= c_int::MAX as usize => n as c_int,
        Ok(_) => {
            crate::errno::set(syscall::errno::EOVERFLOW as c_int);
            -1
        }
        Err(e) => {
            if let Some(err) = e.errno() {
                crate::errno::set(err);
            }
            -1
        }
    }
}
