//! The machinery under `<stdio.h>`'s streams, in plain Rust: the `FILE`
//! object, its buffer (full, line or no buffering), reading and writing
//! through a backend (a file descriptor or a memory buffer), positioning,
//! the list of open streams and the flush at exit.
//!
//! Buffer layout: `base[0..UNGET]` is headroom for `ungetc`; data starts
//! at `base[UNGET]`. A stream is idle, reading (unread bytes are
//! `base[rpos..rend]`) or writing (pending bytes are `base[UNGET..wpos]`).
//! Invariants: when not reading `rpos == rend`; when not writing
//! `wpos == UNGET`.
//!
//! Locking: every stream has a recursive lock (`lock_owner`,
//! `lock_count`), a plain counter until a second thread exists (see
//! [`lock`]).
// Failures are reported the C way (error indicator and errno), so the
// Rust side only needs to know that something failed: `Result<_, ()>`.
#![allow(clippy::result_unit_err)]

pub mod cookie;
pub mod mem;
pub mod mode;
pub mod wide;

use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::{EBADF, EINTR, EINVAL, EIO, ENOMEM};

/// Headroom for pushed-back bytes (so at least 8 `ungetc` in a row work).
pub const UNGET: usize = 8;
/// `BUFSIZ`, also the size of the buffers the library allocates.
pub const BUFSIZ: usize = 8192;

/// Reading permitted.
pub const F_READ: u32 = 1;
/// Writing permitted.
pub const F_WRITE: u32 = 2;
/// Append mode: every write goes to the end.
pub const F_APPEND: u32 = 4;
/// End-of-file indicator.
pub const F_EOF: u32 = 8;
/// Error indicator.
pub const F_ERR: u32 = 16;
/// `base` was allocated by the library (freed on close).
pub const F_OWNBUF: u32 = 32;
/// The `FILE` itself is static (stdin/stdout/stderr): never freed.
pub const F_STATIC: u32 = 64;
/// Buffering not decided yet: line if the fd is a terminal, else full.
pub const F_LAZY: u32 = 128;
/// `FILE` object allocated by the library (freed by fclose).
pub const F_HEAP: u32 = 256;
/// The bits above this hold a wide character pushed back by `ungetwc`,
/// plus one (0: none); see `wide.rs`.
pub const F_WPUSH_SHIFT: u32 = 10;

/// `FILE::orient`: byte-oriented.
pub const O_BYTE: u8 = 1;
/// `FILE::orient`: wide-oriented.
pub const O_WIDE: u8 = 2;

/// `_IOFBF`, `_IOLBF`, `_IONBF` (glibc's values).
pub const IOFBF: u8 = 0;
pub const IOLBF: u8 = 1;
pub const IONBF: u8 = 2;

const IDLE: u8 = 0;
const READING: u8 = 1;
const WRITING: u8 = 2;

/// A backend: the raw transfers under the buffer. `read`/`write` return
/// a count or `-errno`; `seek` the new offset or an errno.
pub struct Ops {
    pub read: unsafe fn(*mut FILE, *mut u8, usize) -> isize,
    pub write: unsafe fn(*mut FILE, *const u8, usize) -> isize,
    pub seek: unsafe fn(*mut FILE, i64, c_int) -> Result<i64, i32>,
    pub close: unsafe fn(*mut FILE) -> Result<(), i32>,
}

/// `FILE`: opaque to C programs. The small fields come first so that
/// they share one 8-byte-aligned head (104 bytes in all on 64-bit arches,
/// not 120): the standard streams are in every binary's `.data`.
#[repr(C)]
pub struct FILE {
    pub dir: u8,
    pub bmode: u8,
    /// The buffer of an unbuffered stream: headroom plus one byte.
    pub short: [u8; UNGET + 1],
    /// Orientation (C17 7.21.2): [`O_BYTE`] once a byte function used
    /// the stream, [`O_WIDE`] once a wide one did (that one wins: the
    /// wide functions run on the byte machinery). In the padding before
    /// `flags`, so `FILE` keeps its size.
    pub orient: u8,
    pub flags: u32,
    pub fd: c_int,
    pub lock_count: u32,
    pub base: *mut u8,
    /// Bytes at `base`, headroom included.
    pub size: usize,
    pub rpos: usize,
    pub rend: usize,
    pub wpos: usize,
    pub ops: &'static Ops,
    pub cookie: *mut c_void,
    pub lock_owner: usize,
    pub next: *mut FILE,
    pub prev: *mut FILE,
}

#[cfg(target_pointer_width = "64")]
const _: () = assert!(size_of::<FILE>() == 104);

impl FILE {
    /// A stream on `fd` with permission flags `flags`, not yet buffered.
    pub const fn new(fd: c_int, flags: u32, ops: &'static Ops) -> FILE {
        FILE {
            flags,
            dir: IDLE,
            bmode: IOFBF,
            fd,
            base: null_mut(),
            size: 0,
            rpos: UNGET,
            rend: UNGET,
            wpos: UNGET,
            ops,
            cookie: null_mut(),
            lock_owner: 0,
            lock_count: 0,
            next: null_mut(),
            prev: null_mut(),
            short: [0; UNGET + 1],
            orient: 0,
        }
    }
}

// ---------------------------------------------------------------------
// The file-descriptor backend.

unsafe fn fd_read(f: *mut FILE, p: *mut u8, n: usize) -> isize {
    // SAFETY: the caller passes a writable range; the kernel checks it.
    // EINTR is reported, not retried: POSIX wants fgetc & co. to fail
    // with EINTR when a signal interrupts them.
    unsafe { sys!(__NR_read, (*f).fd, p, n) }
}

unsafe fn fd_write(f: *mut FILE, p: *const u8, n: usize) -> isize {
    loop {
        // SAFETY: as in fd_read.
        let r = unsafe { sys!(__NR_write, (*f).fd, p, n) };
        // Buffered bytes were accepted earlier; a signal must not lose them.
        if r != -(EINTR as isize) {
            return r;
        }
    }
}

/// [`fd_read`] as a cancellation point (see [`FD_OPS_CP`]).
unsafe fn fd_read_cp(f: *mut FILE, p: *mut u8, n: usize) -> isize {
    // SAFETY: as in fd_read.
    unsafe { cp!(__NR_read, (*f).fd, p, n) }
}

/// [`fd_write`] as a cancellation point (see [`FD_OPS_CP`]).
unsafe fn fd_write_cp(f: *mut FILE, p: *const u8, n: usize) -> isize {
    loop {
        // SAFETY: as in fd_read.
        let r = unsafe { cp!(__NR_write, (*f).fd, p, n) };
        if r != -(EINTR as isize) {
            return r;
        }
    }
}

unsafe fn fd_seek(f: *mut FILE, off: i64, whence: c_int) -> Result<i64, i32> {
    // SAFETY: plain values.
    unsafe { crate::arch::lseek((*f).fd, off, whence) }
}

unsafe fn fd_close(f: *mut FILE) -> Result<(), i32> {
    // SAFETY: plain value; f is live.
    let r = unsafe {
        let r = sys!(__NR_close, (*f).fd);
        (*f).fd = -1;
        r
    };
    syscall::decode(r).map(|_| ())
}

/// The file-descriptor backend.
pub static FD_OPS: Ops = Ops {
    read: fd_read,
    write: fd_write,
    seek: fd_seek,
    close: fd_close,
};

/// The file-descriptor backend once threads exist: its `read` and
/// `write` are cancellation points, as POSIX allows and glibc's are (a
/// thread cancelled there gives back the lock the stdio call took:
/// [`thread_exit_locks`]). `enable_thread_locks` moves every stream over
/// and [`fd_ops`] gives it to new ones; a program without threads links
/// none of it.
pub static FD_OPS_CP: Ops = Ops {
    read: fd_read_cp,
    write: fd_write_cp,
    seek: fd_seek,
    close: fd_close,
};

/// The file-descriptor backend for a new stream.
pub fn fd_ops() -> &'static Ops {
    // SAFETY: a plain load (see `lock`).
    match unsafe { core::ptr::read_volatile(&raw const THREAD_LOCKS) } {
        None => &FD_OPS,
        Some(_) => &FD_OPS_CP,
    }
}

/// Whether `f` is a stream on a descriptor.
pub unsafe fn on_fd(f: *mut FILE) -> bool {
    // SAFETY: f is a live stream.
    let o = unsafe { (*f).ops };
    core::ptr::eq(o, &FD_OPS) || core::ptr::eq(o, &FD_OPS_CP)
}

// ---------------------------------------------------------------------
// The standard streams.

static mut STDIN_BUF: [u8; UNGET + BUFSIZ] = [0; UNGET + BUFSIZ];
static mut STDOUT_BUF: [u8; UNGET + BUFSIZ] = [0; UNGET + BUFSIZ];

const fn std_stream(fd: c_int, flags: u32, buf: *mut u8, size: usize, bmode: u8) -> FILE {
    let mut f = FILE::new(fd, flags | F_STATIC, &FD_OPS);
    f.base = buf;
    f.size = size;
    f.bmode = bmode;
    f
}

pub static mut STDIN_FILE: FILE = std_stream(
    0,
    F_READ | F_LAZY,
    &raw mut STDIN_BUF as *mut u8,
    UNGET + BUFSIZ,
    IOFBF,
);
pub static mut STDOUT_FILE: FILE = std_stream(
    1,
    F_WRITE | F_LAZY,
    &raw mut STDOUT_BUF as *mut u8,
    UNGET + BUFSIZ,
    IOFBF,
);
pub static mut STDERR_FILE: FILE = std_stream(2, F_WRITE, null_mut(), 0, IONBF);

// ---------------------------------------------------------------------
// The allocator, behind a hook.
//
// stdin and stdout have static buffers and stderr is unbuffered, so a
// program that only uses the standard streams never needs the heap. The
// code that can create a stream needing a heap buffer or a heap `FILE`
// (`new_stream` for fopen/fdopen/fmemopen/…, `set_buffer` for setvbuf)
// installs the hook first; everything else (the transfers, fclose, the
// flush at exit) allocates and frees only through it, so it does not
// link malloc. A stream owns heap memory (`F_OWNBUF`, `F_HEAP`) only if
// the hook gave it, so wherever that memory is freed the hook is set.

/// Where stream buffers and `FILE` objects come from.
struct Heap {
    alloc: unsafe fn(usize) -> *mut u8,
    free: unsafe fn(*mut u8),
}

unsafe fn heap_alloc(n: usize) -> *mut u8 {
    // SAFETY: malloc has no precondition.
    unsafe { crate::heap::malloc(n) as *mut u8 }
}

unsafe fn heap_free(p: *mut u8) {
    // SAFETY: p came from heap_alloc.
    unsafe { crate::heap::free(p as *mut c_void) }
}

static MALLOC_HEAP: Heap = Heap {
    alloc: heap_alloc,
    free: heap_free,
};

static mut HEAP: Option<&'static Heap> = None;

/// Let the stream code allocate (see above).
fn use_heap() {
    // SAFETY: a plain store of a static's address (single-threaded: no
    // threads exist yet).
    unsafe { core::ptr::write_volatile(&raw mut HEAP, Some(&MALLOC_HEAP)) }
}

/// The installed allocator, if any. The volatile read keeps the compiler
/// from seeing that the hook can only be `MALLOC_HEAP`, which would link
/// malloc into every program that writes to stdout.
fn heap() -> Option<&'static Heap> {
    // SAFETY: a plain load (see use_heap).
    unsafe { core::ptr::read_volatile(&raw const HEAP) }
}

/// Give back memory the hook allocated.
unsafe fn heap_release(p: *mut u8) {
    if let Some(h) = heap() {
        // SAFETY: p came from (h.alloc) (the caller's contract).
        unsafe { (h.free)(p) }
    }
}

// ---------------------------------------------------------------------
// Open streams and the flush at exit.

static mut HEAD: *mut FILE = null_mut();
static mut EXIT_HOOK: Option<unsafe fn()> = None;

/// Called once by `exit` after the atexit handlers: flush every stream,
/// if any stream was ever written (else stdio is not even linked in).
pub fn run_exit_hook() {
    // SAFETY: single-threaded at exit; the hook is exit_flush or None.
    // The volatile read keeps the compiler from calling exit_flush
    // directly, which would link all of stdio into every program.
    unsafe {
        if let Some(h) = core::ptr::read_volatile(&raw const EXIT_HOOK) {
            h()
        }
    }
}

unsafe fn exit_flush() {
    // SAFETY: called at exit with the list intact.
    let _ = unsafe { flush_all() };
}

/// Put a new stream on the open list.
pub unsafe fn link(f: *mut FILE) {
    list_lock(true);
    // SAFETY: f is a live stream, the list is only touched here, in
    // unlink and in flush_all, with the list lock held.
    unsafe {
        (*f).prev = null_mut();
        (*f).next = HEAD;
        if !HEAD.is_null() {
            (*HEAD).prev = f;
        }
        HEAD = f;
    }
    list_lock(false);
}

/// Take a stream off the open list.
pub unsafe fn unlink(f: *mut FILE) {
    // SAFETY: f is on the list (or is a standard stream, never listed);
    // the list lock is held around the change.
    unsafe {
        if (*f).flags & F_STATIC != 0 {
            return;
        }
        list_lock(true);
        if !(*f).prev.is_null() {
            (*(*f).prev).next = (*f).next;
        } else if HEAD == f {
            HEAD = (*f).next;
        }
        if !(*f).next.is_null() {
            (*(*f).next).prev = (*f).prev;
        }
        (*f).next = null_mut();
        (*f).prev = null_mut();
        list_lock(false);
    }
}

/// `fflush(NULL)`: flush every stream with pending output.
pub unsafe fn flush_all() -> Result<(), ()> {
    let mut ok = true;
    // SAFETY: the standard streams are static; listed streams are live.
    unsafe {
        // Newest stream first, the standard ones last (as glibc). The
        // list lock is taken before any stream's (never the other way).
        list_lock(true);
        let mut f = HEAD;
        while !f.is_null() {
            if (*f).dir == WRITING {
                lock(f);
                ok &= flush_write(f).is_ok();
                unlock(f);
            }
            f = (*f).next;
        }
        list_lock(false);
        for f in [
            &raw mut STDERR_FILE,
            &raw mut STDOUT_FILE,
            &raw mut STDIN_FILE,
        ] {
            if (*f).dir == WRITING {
                ok &= flush_write(f).is_ok();
            }
        }
    }
    if ok { Ok(()) } else { Err(()) }
}

// ---------------------------------------------------------------------
// Locking.

/// Take `f`'s recursive lock. Until a second thread exists it is a
/// counter (`lock_count`) and costs no atomic; `pthread_create` installs
/// [`THREAD_LOCKS`] first, and from then on the low 32 bits of
/// `lock_owner` are a futex word holding the owner's thread id (with
/// [`WAITERS`] when someone sleeps on it). Streams already held at that
/// moment are held by the creating thread, the only one there was, and
/// [`enable_thread_locks`] records it as their owner.
#[inline(never)]
pub unsafe fn lock(f: *mut FILE) {
    // SAFETY: f is a live stream; the volatile read keeps the locking
    // code out of programs that never create a thread.
    unsafe {
        match core::ptr::read_volatile(&raw const THREAD_LOCKS) {
            None => (*f).lock_count += 1,
            Some(l) => (l.lock)(f),
        }
    }
}

/// Release `f`'s recursive lock (see [`lock`]).
#[inline(never)]
pub unsafe fn unlock(f: *mut FILE) {
    // SAFETY: as in lock.
    unsafe {
        match core::ptr::read_volatile(&raw const THREAD_LOCKS) {
            None => (*f).lock_count = (*f).lock_count.wrapping_sub(1),
            Some(l) => (l.unlock)(f),
        }
    }
}

/// `ftrylockfile`: 0 when the caller now holds `f`, else nonzero.
pub unsafe fn try_lock(f: *mut FILE) -> bool {
    // SAFETY: as in lock.
    unsafe {
        match core::ptr::read_volatile(&raw const THREAD_LOCKS) {
            None => {
                (*f).lock_count += 1;
                true
            }
            Some(l) => (l.try_lock)(f),
        }
    }
}

/// The real locks, installed by the first `pthread_create`.
pub struct ThreadLocks {
    lock: unsafe fn(*mut FILE),
    unlock: unsafe fn(*mut FILE),
    try_lock: unsafe fn(*mut FILE) -> bool,
    list: fn(bool),
    exit: fn(),
    user_lock: unsafe fn(*mut FILE),
    user_unlock: unsafe fn(*mut FILE),
}

/// Take (`true`) or release the open-stream list's lock, once threads
/// exist (nothing before).
pub fn list_lock(take: bool) {
    // SAFETY: a plain load (see `lock`).
    if let Some(l) = unsafe { core::ptr::read_volatile(&raw const THREAD_LOCKS) } {
        (l.list)(take)
    }
}

static LIST: crate::pthread::Lock = crate::pthread::Lock::new();

/// The thread id holding [`LIST`] (0: none), so a thread that ends
/// inside a walk of the list (cancelled in `fflush(NULL)`'s write) lets
/// it go.
static LIST_OWNER: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(0);

fn real_list(take: bool) {
    use core::sync::atomic::Ordering::Relaxed;
    if take {
        LIST.lock();
        LIST_OWNER.store(crate::pthread::gettid() as u32, Relaxed);
    } else {
        LIST_OWNER.store(0, Relaxed);
        LIST.unlock()
    }
}

/// A stdio call takes `f`'s lock (the thread path of [`lock`]): the
/// level is recorded in the thread's descriptor, so that if the thread
/// ends inside the call (cancelled in its `read` or `write`) the level is
/// given back ([`real_exit`]), as glibc's cleanup regions do. Levels
/// `flockfile` takes are the program's (`user_lock`) and are not
/// recorded.
unsafe fn real_lock_in(f: *mut FILE) {
    // SAFETY: forwarded.
    unsafe { real_lock(f) };
    crate::pthread::thread::stdio_enter(f);
}

/// Release a level [`real_lock_in`] took.
unsafe fn real_unlock_in(f: *mut FILE) {
    crate::pthread::thread::stdio_leave();
    // SAFETY: forwarded.
    unsafe { real_unlock(f) }
}

/// A thread ends (cancelled, or `pthread_exit` from a cookie function or
/// a signal handler) inside stdio calls: each level they took is given
/// back, innermost first, so a thread cancelled in `fgets` leaves `stdin`
/// usable; the levels `flockfile` took stay, as in glibc. So is the
/// stream list's lock, if it dies in a walk of it (`fflush(NULL)`). Runs
/// after the thread's cleanup handlers.
fn real_exit() {
    use core::sync::atomic::Ordering::Relaxed;
    while let Some(f) = crate::pthread::thread::stdio_unwind() {
        // SAFETY: the thread took this level of f's lock and still holds it.
        unsafe { real_unlock(f) };
    }
    if LIST_OWNER.load(Relaxed) == crate::pthread::gettid() as u32 {
        real_list(false);
    }
}

/// See [`real_exit`]: for `pthread_exit` and cancellation.
pub fn thread_exit_locks() {
    // SAFETY: a plain load (see `lock`).
    if let Some(l) = unsafe { core::ptr::read_volatile(&raw const THREAD_LOCKS) } {
        (l.exit)()
    }
}

/// `flockfile`: [`lock`], as a level the program holds.
pub unsafe fn user_lock(f: *mut FILE) {
    // SAFETY: f is a live stream.
    unsafe {
        match core::ptr::read_volatile(&raw const THREAD_LOCKS) {
            None => (*f).lock_count += 1,
            Some(l) => (l.user_lock)(f),
        }
    }
}

/// `funlockfile`: [`unlock`] of a level the program holds.
pub unsafe fn user_unlock(f: *mut FILE) {
    // SAFETY: f is a live stream.
    unsafe {
        match core::ptr::read_volatile(&raw const THREAD_LOCKS) {
            None => (*f).lock_count = (*f).lock_count.wrapping_sub(1),
            Some(l) => (l.user_unlock)(f),
        }
    }
}

static mut THREAD_LOCKS: Option<&'static ThreadLocks> = None;
static REAL_LOCKS: ThreadLocks = ThreadLocks {
    lock: real_lock_in,
    unlock: real_unlock_in,
    try_lock: real_try_lock,
    list: real_list,
    exit: real_exit,
    user_lock: real_lock,
    user_unlock: real_unlock,
};

/// A sleeper waits on the stream's lock word.
const WAITERS: u32 = 0x8000_0000;

fn word(f: *mut FILE) -> &'static core::sync::atomic::AtomicU32 {
    // SAFETY: lock_owner is a usize (4-aligned, at least 4 bytes), and on
    // every supported arch (little-endian) its first 4 bytes are the low
    // half; the stream outlives its users.
    unsafe { &*(&raw mut (*f).lock_owner as *const core::sync::atomic::AtomicU32) }
}

unsafe fn real_try_lock(f: *mut FILE) -> bool {
    use core::sync::atomic::Ordering::*;
    let me = crate::pthread::gettid() as u32;
    let w = word(f);
    if w.load(Relaxed) & !WAITERS == me {
        // SAFETY: the count belongs to the owner, the caller.
        unsafe { (*f).lock_count += 1 };
        return true;
    }
    if w.compare_exchange(0, me, Acquire, Relaxed).is_ok() {
        // SAFETY: as above.
        unsafe { (*f).lock_count = 1 };
        return true;
    }
    false
}

unsafe fn real_lock(f: *mut FILE) {
    use core::sync::atomic::Ordering::*;
    // SAFETY: forwarded.
    if unsafe { real_try_lock(f) } {
        return;
    }
    let me = crate::pthread::gettid() as u32;
    let w = word(f);
    loop {
        let v = w.load(Relaxed);
        if v == 0 {
            // Taken with the waiters bit: others may still sleep.
            if w.compare_exchange(0, me | WAITERS, Acquire, Relaxed)
                .is_ok()
            {
                break;
            }
            continue;
        }
        if v & WAITERS == 0
            && w.compare_exchange(v, v | WAITERS, Relaxed, Relaxed)
                .is_err()
        {
            continue;
        }
        crate::pthread::futex_wait(w, v | WAITERS, None, false);
    }
    // SAFETY: the caller owns the lock now.
    unsafe { (*f).lock_count = 1 };
}

unsafe fn real_unlock(f: *mut FILE) {
    use core::sync::atomic::Ordering::*;
    // SAFETY: the caller owns the lock (and so the count).
    unsafe {
        (*f).lock_count = (*f).lock_count.wrapping_sub(1);
        if (*f).lock_count != 0 {
            return;
        }
    }
    let w = word(f);
    if w.swap(0, Release) & WAITERS != 0 {
        crate::pthread::futex_wake(w, 1, false);
    }
}

/// Call `each` on every stream: the standard three and the open list.
unsafe fn for_each(mut each: impl FnMut(*mut FILE)) {
    // SAFETY: the standard streams are static; listed streams are live.
    unsafe {
        for f in [
            &raw mut STDIN_FILE,
            &raw mut STDOUT_FILE,
            &raw mut STDERR_FILE,
        ] {
            each(f);
        }
        let mut f = HEAD;
        while !f.is_null() {
            each(f);
            f = (*f).next;
        }
    }
}

/// Switch to real locks (the first `pthread_create`, while the caller is
/// still the only thread): streams it holds become owned by its id.
pub fn enable_thread_locks() {
    let me = crate::pthread::gettid() as usize;
    // SAFETY: single-threaded still: nothing else touches the streams.
    unsafe {
        for_each(|f| {
            (*f).lock_owner = if (*f).lock_count != 0 { me } else { 0 };
            if core::ptr::eq((*f).ops, &FD_OPS) {
                (*f).ops = &FD_OPS_CP;
            }
        });
        core::ptr::write_volatile(&raw mut THREAD_LOCKS, Some(&REAL_LOCKS));
    }
}

/// In the child of `fork` from a threaded process: the streams the
/// forking thread held (`old` id) are the child's (`new` id); the others'
/// holders do not exist there, so their locks are reset, as glibc does.
pub fn fork_child_locks(old: u32, new: u32) {
    // Held across the fork by the forking thread (see `fork`).
    LIST.reset();
    // SAFETY: the child has one thread.
    unsafe {
        for_each(|f| {
            let w = (*f).lock_owner as u32 & !WAITERS;
            if w == old && w != 0 {
                (*f).lock_owner = new as usize;
            } else {
                (*f).lock_owner = 0;
                (*f).lock_count = 0;
            }
        });
    }
}

// ---------------------------------------------------------------------
// Buffer management.

/// Record an error on `f`: error indicator and errno.
pub unsafe fn set_err(f: *mut FILE, e: i32) {
    // SAFETY: f is a live stream.
    unsafe { (*f).flags |= F_ERR };
    crate::errno::set(e);
}

/// Give `f` a buffer and decide its buffering if still open.
unsafe fn ensure_buf(f: *mut FILE) {
    // SAFETY: f is a live stream.
    unsafe {
        if (*f).flags & F_LAZY != 0 {
            (*f).flags &= !F_LAZY;
            let mut t = core::mem::MaybeUninit::<syscall::nr::termios>::uninit();
            let r = sys!(__NR_ioctl, (*f).fd, syscall::ioctl::TCGETS, t.as_mut_ptr());
            if r >= 0 && (*f).bmode == IOFBF {
                (*f).bmode = IOLBF;
            }
        }
        if !(*f).base.is_null() {
            return;
        }
        if (*f).bmode != IONBF {
            // Only streams from new_stream or set_buffer get here (the
            // standard ones keep their static buffers), so the hook is set.
            let p = match heap() {
                Some(h) => (h.alloc)(UNGET + BUFSIZ),
                None => null_mut(),
            };
            if !p.is_null() {
                (*f).base = p;
                (*f).size = UNGET + BUFSIZ;
                (*f).flags |= F_OWNBUF;
                return;
            }
            (*f).bmode = IONBF;
        }
        (*f).base = (&raw mut (*f).short) as *mut u8;
        (*f).size = UNGET + 1;
    }
}

/// Install a buffer (`setvbuf`): `buf`/`n` from the caller, or null for
/// one the library picks. Pending output is flushed first.
pub unsafe fn set_buffer(f: *mut FILE, buf: *mut u8, mode: u8, n: usize) -> Result<(), ()> {
    // A stream given no buffer gets one from the heap on first use.
    use_heap();
    // SAFETY: f is a live stream; buf (if any) has n writable bytes.
    unsafe {
        flush(f)?;
        if (*f).dir == READING && (*f).rpos != (*f).rend {
            // Unread data stays where it is; the new buffer waits.
            return Err(());
        }
        (*f).dir = IDLE;
        (*f).rpos = UNGET;
        (*f).rend = UNGET;
        (*f).wpos = UNGET;
        (*f).flags &= !F_LAZY;
        (*f).bmode = mode;
        let short = (&raw mut (*f).short) as *mut u8;
        if buf.is_null() && mode != IONBF && !(*f).base.is_null() && (*f).base != short {
            return Ok(());
        }
        if (*f).flags & F_OWNBUF != 0 {
            heap_release((*f).base);
            (*f).flags &= !F_OWNBUF;
        }
        (*f).base = null_mut();
        (*f).size = 0;
        if mode == IONBF {
            (*f).base = (&raw mut (*f).short) as *mut u8;
            (*f).size = UNGET + 1;
        } else if !buf.is_null() && n > UNGET {
            (*f).base = buf;
            (*f).size = n;
        }
    }
    Ok(())
}

/// Release the buffer of a closing stream.
pub unsafe fn free_buffer(f: *mut FILE) {
    // SAFETY: f is a live stream; an owned base came from the hook.
    unsafe {
        if (*f).flags & F_OWNBUF != 0 {
            heap_release((*f).base);
        }
        (*f).flags &= !F_OWNBUF;
        (*f).base = null_mut();
        (*f).size = 0;
        (*f).dir = IDLE;
        (*f).rpos = UNGET;
        (*f).rend = UNGET;
        (*f).wpos = UNGET;
    }
}

/// Write all of `p[..n]` through the backend, retrying short writes.
#[inline(never)]
unsafe fn write_all(f: *mut FILE, mut p: *const u8, mut n: usize) -> Result<(), ()> {
    while n > 0 {
        // SAFETY: f is live; p..p+n is readable.
        let r = unsafe { ((*f).ops.write)(f, p, n) };
        if r < 0 {
            // SAFETY: as above.
            unsafe { set_err(f, -r as i32) };
            return Err(());
        }
        if r == 0 {
            // A backend that takes nothing: give up rather than spin.
            // SAFETY: as above.
            unsafe { set_err(f, EIO as i32) };
            return Err(());
        }
        // SAFETY: r <= n bytes were consumed.
        p = unsafe { p.add(r as usize) };
        n -= r as usize;
    }
    Ok(())
}

/// Write out the pending output. On failure it is dropped (the error
/// indicator and errno tell), so a broken stream does not fail forever.
pub unsafe fn flush_write(f: *mut FILE) -> Result<(), ()> {
    // SAFETY: f is a live stream in writing state or idle.
    unsafe {
        if (*f).dir != WRITING {
            return Ok(());
        }
        let n = (*f).wpos - UNGET;
        (*f).wpos = UNGET;
        (*f).dir = IDLE;
        write_all(f, (*f).base.add(UNGET), n)
    }
}

/// `fflush` of one stream: pending output is written; unread input of a
/// seekable stream is given back to the file (the fd offset is moved to
/// the stream's position).
pub unsafe fn flush(f: *mut FILE) -> Result<(), ()> {
    // SAFETY: f is a live stream.
    unsafe {
        match (*f).dir {
            WRITING => flush_write(f),
            READING => {
                let unread = ((*f).rend - (*f).rpos) as i64;
                if unread == 0 || ((*f).ops.seek)(f, -unread, 1).is_ok() {
                    (*f).rpos = UNGET;
                    (*f).rend = UNGET;
                    (*f).dir = IDLE;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

/// Make `f` ready for output.
unsafe fn to_write(f: *mut FILE) -> Result<(), ()> {
    // SAFETY: f is a live stream.
    unsafe {
        if (*f).dir == WRITING {
            return Ok(());
        }
        (*f).orient |= O_BYTE;
        if (*f).flags & F_WRITE == 0 {
            set_err(f, EBADF as i32);
            return Err(());
        }
        if (*f).dir == READING {
            // Input to output without a seek: give the unread bytes back
            // so the output lands where the reader stood.
            let unread = ((*f).rend - (*f).rpos) as i64;
            if unread != 0 {
                let _ = ((*f).ops.seek)(f, -unread, 1);
            }
            (*f).rpos = UNGET;
            (*f).rend = UNGET;
        }
        if (*f).base.is_null() || (*f).flags & F_LAZY != 0 {
            ensure_buf(f);
        }
        (*f).dir = WRITING;
        (*f).wpos = UNGET;
        EXIT_HOOK = Some(exit_flush);
    }
    Ok(())
}

/// Make `f` ready for input.
unsafe fn to_read(f: *mut FILE) -> Result<(), ()> {
    // SAFETY: f is a live stream.
    unsafe {
        if (*f).dir == READING {
            return Ok(());
        }
        (*f).orient |= O_BYTE;
        if (*f).flags & F_READ == 0 {
            set_err(f, EBADF as i32);
            return Err(());
        }
        if (*f).dir == WRITING {
            flush_write(f)?;
        }
        if (*f).base.is_null() || (*f).flags & F_LAZY != 0 {
            ensure_buf(f);
        }
        (*f).dir = READING;
        (*f).rpos = UNGET;
        (*f).rend = UNGET;
    }
    Ok(())
}

/// How much a refill of a buffer of `size` bytes (headroom included)
/// asks for: the room past the headroom, ending at a 4 KiB multiple of
/// the buffer when it spans more than that. The library's buffer is
/// UNGET + BUFSIZ bytes: reading BUFSIZ - UNGET at a time keeps a stream
/// that is only read at two pages (when the block is page-aligned, as
/// the allocator's first one is) instead of three, for no more reads.
fn fill_len(size: usize) -> usize {
    let cut = size & !4095;
    if cut > 2 * UNGET {
        cut - UNGET
    } else {
        size - UNGET
    }
}

/// Refill the read buffer (it is empty). `Ok(0)` at end of file.
unsafe fn fill(f: *mut FILE) -> Result<usize, ()> {
    // SAFETY: f is a live stream in reading state.
    unsafe {
        if (*f).bmode != IOFBF {
            // Input from an interactive stream: show the pending prompt.
            let o = &raw mut STDOUT_FILE;
            if o != f && (*o).dir == WRITING && (*o).bmode == IOLBF {
                let _ = flush_write(o);
            }
        }
        let r = ((*f).ops.read)(f, (*f).base.add(UNGET), fill_len((*f).size));
        (*f).rpos = UNGET;
        (*f).rend = UNGET;
        if r < 0 {
            set_err(f, -r as i32);
            return Err(());
        }
        if r == 0 {
            (*f).flags |= F_EOF;
            return Ok(0);
        }
        (*f).rend = UNGET + r as usize;
        Ok(r as usize)
    }
}

// ---------------------------------------------------------------------
// The transfers.

/// Whether a line-buffered write must flush. A plain loop: core's
/// `contains` would link its own memchr, and lines are short.
#[allow(clippy::manual_contains)]
fn has_newline(b: &[u8]) -> bool {
    b.iter().any(|&c| c == b'\n')
}

/// Write `b` to `f` through its buffer, honouring the buffering mode;
/// returns how many bytes of `b` were taken. On failure the error
/// indicator and errno are set.
pub unsafe fn write_some(f: *mut FILE, b: &[u8]) -> usize {
    // Nothing to write leaves the stream as it was (no switch to output,
    // so an append stream's ftell stays where it is), as glibc.
    if b.is_empty() {
        return 0;
    }
    // SAFETY: f is a live stream; copies stay inside base[..size].
    unsafe {
        if to_write(f).is_err() {
            return 0;
        }
        if (*f).bmode == IONBF {
            return if write_all(f, b.as_ptr(), b.len()).is_ok() {
                b.len()
            } else {
                0
            };
        }
        let cap = (*f).size - UNGET;
        if b.len() > (*f).size - (*f).wpos {
            if flush_write(f).is_err() {
                return 0;
            }
            (*f).dir = WRITING;
            if b.len() >= cap {
                return if write_all(f, b.as_ptr(), b.len()).is_ok() {
                    b.len()
                } else {
                    0
                };
            }
        }
        crate::printf::copy_bytes((*f).base.add((*f).wpos), b.as_ptr(), b.len());
        (*f).wpos += b.len();
        if (*f).bmode == IOLBF && has_newline(b) && flush_write(f).is_err() {
            // The bytes were taken; the failure is on the stream.
            return b.len();
        }
        b.len()
    }
}

/// Write all of `b` to `f` (buffered, honouring the mode); `Err` when
/// something failed (error indicator and errno set). The sink the printf
/// engine writes through.
pub unsafe fn write_bytes(f: *mut FILE, b: &[u8]) -> Result<(), ()> {
    // SAFETY: f is a live stream. The sticky error indicator is set
    // aside so only a failure of this call counts.
    unsafe {
        let err = (*f).flags & F_ERR;
        (*f).flags &= !F_ERR;
        let ok = write_some(f, b) == b.len() && (*f).flags & F_ERR == 0;
        (*f).flags |= err;
        if ok { Ok(()) } else { Err(()) }
    }
}

/// `fputc`.
#[inline]
pub unsafe fn putc(f: *mut FILE, c: c_int) -> c_int {
    let b = c as u8;
    // SAFETY: f is a live stream; the fast path stays inside the buffer.
    unsafe {
        if (*f).dir == WRITING && (*f).bmode == IOFBF && (*f).wpos < (*f).size {
            *(*f).base.add((*f).wpos) = b;
            (*f).wpos += 1;
            return b as c_int;
        }
        putc_slow(f, b)
    }
}

/// [`putc`] when the byte does not simply go into the buffer: kept out of
/// line so the common path needs no stack frame.
#[cold]
#[inline(never)]
unsafe fn putc_slow(f: *mut FILE, b: u8) -> c_int {
    // SAFETY: f is a live stream.
    if unsafe { write_bytes(f, &[b]) }.is_ok() {
        b as c_int
    } else {
        -1
    }
}

/// `fgetc`.
#[inline]
pub unsafe fn getc(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream; rpos < rend indexes buffered data.
    unsafe {
        if (*f).dir == READING && (*f).rpos < (*f).rend {
            let c = *(*f).base.add((*f).rpos);
            (*f).rpos += 1;
            return c as c_int;
        }
        getc_slow(f)
    }
}

unsafe fn getc_slow(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    unsafe {
        if to_read(f).is_err() || (*f).flags & F_EOF != 0 {
            return -1;
        }
        if (*f).rpos == (*f).rend && !matches!(fill(f), Ok(1..)) {
            return -1;
        }
        let c = *(*f).base.add((*f).rpos);
        (*f).rpos += 1;
        c as c_int
    }
}

/// The buffered input of a reading stream, for scanners (fgets,
/// getdelim): refilled when empty; empty at end of file or on error.
pub unsafe fn peek<'a>(f: *mut FILE) -> &'a [u8] {
    // SAFETY: f is a live stream; the slice is the unread buffer.
    unsafe {
        if to_read(f).is_err() {
            return &[];
        }
        if (*f).rpos == (*f).rend && ((*f).flags & F_EOF != 0 || fill(f).is_err()) {
            return &[];
        }
        core::slice::from_raw_parts((*f).base.add((*f).rpos), (*f).rend - (*f).rpos)
    }
}

/// Put `f` in reading state without reading (for `ungetwc`): `Err` if
/// it is not open for reading (nothing recorded then).
pub unsafe fn start_read(f: *mut FILE) -> Result<(), ()> {
    // SAFETY: f is a live stream.
    unsafe {
        if (*f).flags & F_READ == 0 {
            return Err(());
        }
        to_read(f)
    }
}

/// Whether `f` is wide-oriented: the byte functions that glibc refuses
/// on such a stream (fputs fwrite fgets fread printf scanf …) fail
/// without touching it, errno unchanged.
#[inline(always)]
pub unsafe fn is_wide(f: *mut FILE) -> bool {
    // SAFETY: f is a live stream.
    unsafe { (*f).orient & O_WIDE != 0 }
}

/// Like [`peek`], but at least `need` (at most [`UNGET`]) bytes when the
/// file has that many: a shorter tail moves into the headroom before each
/// refill (so a multibyte character can span two reads).
pub unsafe fn peek_more<'a>(f: *mut FILE, need: usize) -> &'a [u8] {
    // SAFETY: f is a live stream; the tail is fewer than need <= UNGET
    // bytes, so it fits in front of base[UNGET].
    unsafe {
        if to_read(f).is_err() {
            return &[];
        }
        loop {
            let avail = (*f).rend - (*f).rpos;
            if avail >= need || (*f).flags & F_EOF != 0 {
                break;
            }
            let mut tail = [0u8; UNGET];
            core::ptr::copy_nonoverlapping((*f).base.add((*f).rpos), tail.as_mut_ptr(), avail);
            let r = fill(f);
            (*f).rpos = UNGET - avail;
            core::ptr::copy_nonoverlapping(tail.as_ptr(), (*f).base.add((*f).rpos), avail);
            if r.is_err() {
                break;
            }
        }
        core::slice::from_raw_parts((*f).base.add((*f).rpos), (*f).rend - (*f).rpos)
    }
}

/// Mark `n` bytes of what [`peek`] returned as consumed.
pub unsafe fn consume(f: *mut FILE, n: usize) {
    // SAFETY: n <= what peek returned.
    unsafe { (*f).rpos += n };
}

/// Read up to `n` bytes into `out`; returns how many. Short at end of
/// file (indicator set) or on error (indicator and errno set).
pub unsafe fn read_bytes(f: *mut FILE, out: *mut u8, n: usize) -> usize {
    // SAFETY: f is live; out has n writable bytes.
    unsafe {
        if to_read(f).is_err() {
            return 0;
        }
        let mut got = 0;
        while got < n {
            let avail = (*f).rend - (*f).rpos;
            if avail > 0 {
                let k = avail.min(n - got);
                core::ptr::copy_nonoverlapping((*f).base.add((*f).rpos), out.add(got), k);
                (*f).rpos += k;
                got += k;
                continue;
            }
            if (*f).flags & F_EOF != 0 {
                break;
            }
            if n - got >= (*f).size - UNGET {
                // Big reads go straight to the caller's memory.
                let r = ((*f).ops.read)(f, out.add(got), n - got);
                if r < 0 {
                    set_err(f, -r as i32);
                    break;
                }
                if r == 0 {
                    (*f).flags |= F_EOF;
                    break;
                }
                got += r as usize;
            } else if !matches!(fill(f), Ok(1..)) {
                break;
            }
        }
        got
    }
}

/// `ungetc`: push `c` back (up to [`UNGET`] bytes in a row).
pub unsafe fn ungetc(f: *mut FILE, c: c_int) -> c_int {
    if c == -1 {
        return -1;
    }
    // SAFETY: f is a live stream; rpos > 0 indexes the headroom or
    // consumed data.
    unsafe {
        if (*f).dir != READING {
            if (*f).flags & F_READ == 0 {
                return -1;
            }
            // Pushing back orients nothing (as glibc).
            let o = (*f).orient;
            if to_read(f).is_err() {
                return -1;
            }
            (*f).orient = o;
        }
        if (*f).rpos == 0 {
            return -1;
        }
        (*f).rpos -= 1;
        *(*f).base.add((*f).rpos) = c as u8;
        (*f).flags &= !F_EOF;
    }
    c as u8 as c_int
}

// ---------------------------------------------------------------------
// Positioning.

/// `fseeko`: flush, move, forget buffered input and the EOF indicator.
pub unsafe fn seek(f: *mut FILE, off: i64, whence: c_int) -> Result<(), ()> {
    if !(0..=2).contains(&whence) {
        crate::errno::set(EINVAL as i32);
        return Err(());
    }
    // SAFETY: f is a live stream.
    unsafe {
        if (*f).dir == WRITING {
            flush_write(f)?;
        }
        let mut off = off;
        if whence == 1 && (*f).dir == READING {
            off -= ((*f).rend - (*f).rpos) as i64;
        }
        if let Err(e) = ((*f).ops.seek)(f, off, whence) {
            crate::errno::set(e);
            return Err(());
        }
        (*f).dir = IDLE;
        (*f).rpos = UNGET;
        (*f).rend = UNGET;
        (*f).flags &= !F_EOF & ((1 << F_WPUSH_SHIFT) - 1);
    }
    Ok(())
}

/// `ftello`: the backend's offset corrected for buffered bytes.
pub unsafe fn tell(f: *mut FILE) -> Result<i64, ()> {
    // SAFETY: f is a live stream.
    unsafe {
        let append_out = (*f).dir == WRITING && (*f).flags & F_APPEND != 0;
        let r = ((*f).ops.seek)(f, 0, if append_out { 2 } else { 1 });
        let pos = match r {
            Ok(p) => p,
            Err(e) => {
                crate::errno::set(e);
                return Err(());
            }
        };
        let at = match (*f).dir {
            READING => pos - ((*f).rend - (*f).rpos) as i64 - wide::pushed_len(f) as i64,
            WRITING => pos + ((*f).wpos - UNGET) as i64,
            _ => pos,
        };
        // More pushed back than was read (C17 7.21.7.10p5: indeterminate):
        // no position, EIO, as glibc says after characters read.
        if at < 0 {
            crate::errno::set(EIO as i32);
            return Err(());
        }
        Ok(at)
    }
}

// ---------------------------------------------------------------------
// Creation and destruction.

/// A new heap stream on the open list; null (errno ENOMEM) when out of
/// memory.
pub unsafe fn new_stream(fd: c_int, fflags: u32, ops: &'static Ops) -> *mut FILE {
    use_heap();
    // SAFETY: malloc returns room for a FILE (suitably aligned) or null.
    unsafe {
        let f = heap_alloc(core::mem::size_of::<FILE>()) as *mut FILE;
        if f.is_null() {
            crate::errno::set(ENOMEM as i32);
            return f;
        }
        let lazy = if fd >= 0 { F_LAZY } else { 0 };
        f.write(FILE::new(fd, fflags | lazy | F_HEAP, ops));
        link(f);
        f
    }
}

/// Reset a stream for reuse by `freopen`.
pub unsafe fn reset(f: *mut FILE, fd: c_int, fflags: u32) {
    // SAFETY: f is a live stream whose backend is closed.
    unsafe {
        free_buffer(f);
        let keep = (*f).flags & (F_STATIC | F_HEAP);
        (*f).flags = fflags | keep | F_LAZY;
        (*f).bmode = if f == &raw mut STDERR_FILE {
            IONBF
        } else {
            IOFBF
        };
        if f == &raw mut STDIN_FILE {
            (*f).base = &raw mut STDIN_BUF as *mut u8;
            (*f).size = UNGET + BUFSIZ;
        } else if f == &raw mut STDOUT_FILE {
            (*f).base = &raw mut STDOUT_BUF as *mut u8;
            (*f).size = UNGET + BUFSIZ;
        }
        (*f).fd = fd;
        (*f).ops = fd_ops();
        (*f).cookie = null_mut();
        (*f).orient = 0;
    }
}

/// `fclose`: flush, close the backend, free. The first failure's errno
/// is kept; the stream is gone either way.
pub unsafe fn close(f: *mut FILE) -> Result<(), ()> {
    // SAFETY: f is a live stream, not used after this. Its lock is
    // held for the flush and close only: the list lock (taken in release)
    // is never taken while holding a stream's.
    unsafe {
        lock(f);
        let mut res = flush(f);
        let saved = crate::errno::get();
        if let Err(e) = ((*f).ops.close)(f) {
            if res.is_ok() {
                crate::errno::set(e);
            }
            res = Err(());
        } else if res.is_err() {
            crate::errno::set(saved);
        }
        unlock(f);
        release(f);
        res
    }
}

/// Free a stream whose backend is closed already.
pub unsafe fn release(f: *mut FILE) {
    // SAFETY: f is a live stream, not used after this.
    unsafe {
        unlink(f);
        free_buffer(f);
        if (*f).flags & F_HEAP != 0 {
            heap_release(f as *mut u8);
        } else {
            (*f).flags = F_STATIC;
        }
    }
}

/// Whether output is pending / input buffered, for `<stdio_ext.h>`.
pub unsafe fn pending(f: *mut FILE) -> (usize, usize) {
    // SAFETY: f is a live stream.
    unsafe {
        match (*f).dir {
            WRITING => ((*f).wpos - UNGET, 0),
            READING => (0, (*f).rend - (*f).rpos),
            _ => (0, 0),
        }
    }
}

/// Drop buffered data without writing it (`__fpurge`).
pub unsafe fn purge(f: *mut FILE) {
    // SAFETY: f is a live stream.
    unsafe {
        (*f).dir = IDLE;
        (*f).rpos = UNGET;
        (*f).rend = UNGET;
        (*f).wpos = UNGET;
    }
}

/// Whether `f` is writing (`true`) / reading now.
pub unsafe fn direction(f: *mut FILE) -> u8 {
    // SAFETY: f is a live stream.
    unsafe { (*f).dir }
}

pub const DIR_READING: u8 = READING;
pub const DIR_WRITING: u8 = WRITING;

/// Run `body` with `f`'s lock held.
///
/// # Safety
/// `f` is a live stream.
#[inline(always)]
pub(crate) unsafe fn locked<R>(f: *mut FILE, body: impl FnOnce() -> R) -> R {
    // SAFETY: f is a live stream.
    unsafe { lock(f) };
    let r = body();
    // SAFETY: as above.
    unsafe { unlock(f) };
    r
}
