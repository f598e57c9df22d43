//! `<mcheck.h>`: `mtrace muntrace`, the allocation trace glibc's
//! `mtrace(1)` reads. (`mcheck` and `mprobe` are left out: every `free`
//! and `realloc` here checks its pointer anyway.)
//!
//! `mtrace` opens the file `MALLOC_TRACE` names (not in a set-id
//! program), truncating it, writes `= Start` and installs the hook the
//! allocation entry points test (one load and a branch not taken while no
//! trace runs; the tracing code is linked only into programs that call
//! `mtrace`). Each call then writes one line, as glibc's trace has them:
//!
//! ```text
//! + 0xADDR 0xSIZE      malloc, calloc, the aligned ones, realloc(NULL, n)
//! - 0xADDR             free, realloc(p, 0)
//! < 0xOLD              realloc that moved or kept a block: the old one,
//! > 0xNEW 0xSIZE       then the new
//! ! 0xADDR 0xSIZE      realloc that failed
//! ```
//!
//! `muntrace` writes `= End` and closes the file. glibc prefixes each
//! line with `@ file:[caller]` when it can name the caller; this library
//! cannot see its callers' return addresses from Rust, so its lines have
//! no `@` part, which glibc writes (and `mtrace(1)` accepts) for a caller
//! it cannot name. Since glibc 2.34 `mtrace` does nothing unless
//! `libc_malloc_debug.so` is preloaded, so a static glibc program never
//! traces; here it always works.
use core::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// The trace file, or -1.
static FD: AtomicI32 = AtomicI32::new(-1);
/// Held while a line is written (threads' lines do not mix).
static LOCK: AtomicBool = AtomicBool::new(false);

/// Writes `parts` as one line (a `write` of a local buffer, so tracing
/// itself allocates nothing).
fn emit(line: &[u8]) {
    let fd = FD.load(Ordering::Relaxed);
    if fd < 0 {
        return;
    }
    while LOCK
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        core::hint::spin_loop();
    }
    // SAFETY: writing a local buffer.
    unsafe { sys!(__NR_write, fd, line.as_ptr(), line.len()) };
    LOCK.store(false, Ordering::Release);
}

/// A line under construction.
struct Line {
    b: [u8; 64],
    n: usize,
}

impl Line {
    fn new(tag: u8) -> Line {
        let mut l = Line { b: [0; 64], n: 0 };
        l.push(&[tag]);
        l
    }
    fn push(&mut self, s: &[u8]) {
        for &c in s {
            if let Some(slot) = self.b.get_mut(self.n) {
                *slot = c;
                self.n += 1;
            }
        }
    }
    /// ` %p` (glibc's `(nil)` for NULL).
    fn ptr(&mut self, p: usize) {
        if p == 0 {
            self.push(b" (nil)");
        } else {
            self.hex(p);
        }
    }
    /// ` %#lx` (`0` without a prefix, as printf writes it).
    fn hex(&mut self, v: usize) {
        if v == 0 {
            self.push(b" 0");
            return;
        }
        self.push(b" 0x");
        let digits = (usize::BITS - v.leading_zeros()).div_ceil(4);
        for k in (0..digits).rev() {
            self.push(&[b"0123456789abcdef"[(v >> (4 * k)) & 15]]);
        }
    }
    fn end(mut self) {
        self.push(b"\n");
        emit(self.b.get(..self.n).unwrap_or(&[]));
    }
}

/// The hook the allocation entry points call while a trace runs: `old`
/// the block given (0 for none), `new` the block returned (0 for none),
/// `n` the size asked for.
fn record(kind: crate::stdlib::TraceKind, old: usize, new: usize, n: usize) {
    use crate::stdlib::TraceKind::*;
    match kind {
        Alloc | Calloc => {
            let mut l = Line::new(b'+');
            l.ptr(new);
            l.hex(n);
            l.end();
        }
        Free => {
            let mut l = Line::new(b'-');
            l.ptr(old);
            l.end();
        }
        Realloc => {
            if new == 0 && n != 0 {
                let mut l = Line::new(b'!');
                l.ptr(old);
                l.hex(n);
                l.end();
            } else if new == 0 {
                record(Free, old, 0, 0);
            } else if old == 0 {
                record(Alloc, 0, new, n);
            } else {
                let mut l = Line::new(b'<');
                l.ptr(old);
                l.end();
                let mut l = Line::new(b'>');
                l.ptr(new);
                l.hex(n);
                l.end();
            }
        }
    }
}

/// GNU `mtrace`: start tracing allocations to the file `MALLOC_TRACE`
/// names (see the module doc); nothing if it is unset, cannot be opened,
/// or a trace already runs.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn mtrace() {
    use syscall::nr::{AT_FDCWD, O_CLOEXEC, O_CREAT, O_TRUNC, O_WRONLY};
    if FD.load(Ordering::Relaxed) >= 0 {
        return;
    }
    // SAFETY: a NUL-terminated name.
    let name = unsafe { crate::stdlib::secure_getenv(c"MALLOC_TRACE".as_ptr()) };
    if name.is_null() {
        return;
    }
    // SAFETY: name is a C string.
    let fd = unsafe {
        sys!(
            __NR_openat,
            AT_FDCWD,
            name,
            O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
            0o666
        )
    };
    if fd < 0 {
        return;
    }
    FD.store(fd as i32, Ordering::Relaxed);
    emit(b"= Start\n");
    crate::stdlib::set_trace_hook(Some(record));
}

/// GNU `muntrace`: stop the trace: `= End`, the file closed.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn muntrace() {
    let fd = FD.load(Ordering::Relaxed);
    if fd < 0 {
        return;
    }
    crate::stdlib::set_trace_hook(None);
    emit(b"= End\n");
    FD.store(-1, Ordering::Relaxed);
    // SAFETY: our own descriptor.
    unsafe { sys!(__NR_close, fd) };
}
