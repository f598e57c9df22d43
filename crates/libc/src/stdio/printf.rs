//! The printf family: the formatting engine (`crate::printf`) over four
//! sinks — a caller's buffer, a file descriptor, a growing malloc block and
//! a FILE. The variadic entry points are C shims (c/printf.c) that hand the
//! address of their `va_list` to the backends here.
use crate::file::{self, FILE};
use crate::printf::{Args, FormatError, Sink};
use crate::types::*;

/// The C result of a format: the count, or -1 with errno set.
fn printf_result(r: Result<usize, FormatError>) -> c_int {
    match r {
        Ok(n) => n as c_int,
        Err(e) => {
            if let Some(err) = e.errno() {
                crate::errno::set(err);
            }
            -1
        }
    }
}

/// Writes into a caller's buffer, keeping room for the final NUL.
struct BufSink {
    p: *mut u8,
    room: usize,
}

impl Sink for BufSink {
    fn put(&mut self, b: &[u8]) -> Result<(), ()> {
        let k = b.len().min(self.room);
        if k > 0 {
            // SAFETY: `room` bytes are writable at `p` (the caller's size).
            unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), self.p, k) };
            // SAFETY: still within the buffer.
            self.p = unsafe { self.p.add(k) };
            self.room -= k;
        }
        Ok(())
    }
}

/// `vsnprintf` over any argument source: C17 semantics (at most `n - 1`
/// bytes and a NUL; the return value is the full length).
///
/// # Safety
/// `buf` has `n` writable bytes, `fmt` is a C string, `args` matches it.
pub unsafe fn vsnprintf_args(
    buf: *mut c_char,
    n: size_t,
    fmt: *const c_char,
    args: &mut dyn Args,
) -> c_int {
    let mut sink = BufSink {
        p: buf as *mut u8,
        room: n.saturating_sub(1),
    };
    // SAFETY: as the caller promises.
    let r = unsafe { crate::printf::format(fmt as *const u8, args, &mut sink) };
    if n > 0 {
        // SAFETY: `p` is at most `buf + n - 1`.
        unsafe { *sink.p = 0 };
    }
    printf_result(r)
}

/// Writes to a file descriptor through a small buffer.
struct FdSink {
    fd: c_int,
    buf: [u8; 1024],
    len: usize,
}

impl FdSink {
    fn drain(&mut self) -> Result<(), ()> {
        let mut off = 0;
        while off < self.len {
            // SAFETY: writing initialised bytes of our buffer.
            let r = unsafe {
                crate::unistd::write(
                    self.fd,
                    self.buf.as_ptr().add(off) as *const c_void,
                    self.len - off,
                )
            };
            if r < 0 {
                self.len = 0;
                return Err(());
            }
            off += r as usize;
        }
        self.len = 0;
        Ok(())
    }
}

impl Sink for FdSink {
    fn put(&mut self, b: &[u8]) -> Result<(), ()> {
        let mut b = b;
        while !b.is_empty() {
            if self.len == self.buf.len() {
                self.drain()?;
            }
            let k = b.len().min(self.buf.len() - self.len);
            let (head, tail) = b.split_at_checked(k).unwrap_or((b, &[]));
            crate::printf::copy(&mut self.buf, self.len, head);
            self.len += k;
            b = tail;
        }
        Ok(())
    }
}

/// `vdprintf` over any argument source.
///
/// # Safety
/// `fmt` is a C string and `args` matches it.
pub unsafe fn vdprintf_args(fd: c_int, fmt: *const c_char, args: &mut dyn Args) -> c_int {
    let mut sink = FdSink {
        fd,
        buf: [0; 1024],
        len: 0,
    };
    // SAFETY: as the caller promises.
    let r = unsafe { crate::printf::format(fmt as *const u8, args, &mut sink) };
    let r = match r {
        Ok(n) => match sink.drain() {
            Ok(()) => Ok(n),
            Err(()) => Err(FormatError::Output),
        },
        Err(e) => Err(e),
    };
    printf_result(r)
}

/// Collects the output in a growing `malloc` block.
struct AllocSink {
    p: *mut u8,
    len: usize,
    cap: usize,
}

impl Sink for AllocSink {
    fn put(&mut self, b: &[u8]) -> Result<(), ()> {
        // One more byte for the final NUL.
        if self.len + b.len() + 1 > self.cap {
            let mut cap = self.cap.max(64);
            while self.len + b.len() + 1 > cap {
                cap *= 2;
            }
            // SAFETY: `p` is null or our own block.
            let q = unsafe { crate::heap::realloc(self.p as *mut c_void, cap) } as *mut u8;
            if q.is_null() {
                return Err(());
            }
            self.p = q;
            self.cap = cap;
        }
        // SAFETY: the block has room for `b` after `len`.
        unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), self.p.add(self.len), b.len()) };
        self.len += b.len();
        Ok(())
    }
}

/// `vasprintf` over any argument source.
///
/// # Safety
/// `strp` is writable, `fmt` is a C string and `args` matches it.
pub unsafe fn vasprintf_args(
    strp: *mut *mut c_char,
    fmt: *const c_char,
    args: &mut dyn Args,
) -> c_int {
    let mut sink = AllocSink {
        p: core::ptr::null_mut(),
        len: 0,
        cap: 0,
    };
    // SAFETY: as the caller promises.
    let mut r = unsafe { crate::printf::format(fmt as *const u8, args, &mut sink) };
    if r.is_ok() && sink.cap == 0 && sink.put(b"").is_err() {
        r = Err(FormatError::Output);
    }
    match r {
        Ok(_) => {
            // SAFETY: `put` kept a byte free after `len`; `strp` is writable.
            unsafe {
                *sink.p.add(sink.len) = 0;
                *strp = sink.p as *mut c_char;
            }
        }
        Err(_) => {
            // SAFETY: null or our own block.
            unsafe { crate::heap::free(sink.p as *mut c_void) };
        }
    }
    printf_result(r)
}

/// A C `va_list`, by address: the shims pass `&ap`, which is the same
/// `va_list *` on every arch whatever `va_list` itself is.
#[cfg(not(test))]
pub struct VaArgs(pub *mut c_void);

#[cfg(not(test))]
unsafe extern "C" {
    fn __ferro_va_word(ap: *mut c_void) -> usize;
    #[cfg(target_pointer_width = "32")]
    fn __ferro_va_llong(ap: *mut c_void) -> i64;
    fn __ferro_va_double(ap: *mut c_void) -> f64;
    fn __ferro_va_ldouble(ap: *mut c_void, out: *mut u8);
}

#[cfg(not(test))]
impl Args for VaArgs {
    fn int(&mut self) -> i32 {
        // SAFETY: `self.0` is a live `va_list *` (see the shims); the
        // format says the next argument is an int, which fills one word
        // slot with its value in the low bytes (c/printf.c).
        unsafe { __ferro_va_word(self.0) as i32 }
    }
    fn long(&mut self) -> c_long {
        // SAFETY: as in `int`; a long is a word.
        unsafe { __ferro_va_word(self.0) as c_long }
    }
    #[cfg(target_pointer_width = "64")]
    fn llong(&mut self) -> i64 {
        // SAFETY: as in `int`; a long long is a word on LP64.
        unsafe { __ferro_va_word(self.0) as i64 }
    }
    #[cfg(target_pointer_width = "32")]
    fn llong(&mut self) -> i64 {
        // SAFETY: as in `int`; two words, read by their own helper.
        unsafe { __ferro_va_llong(self.0) }
    }
    fn size(&mut self) -> usize {
        // SAFETY: as in `int`; a size_t is a word.
        unsafe { __ferro_va_word(self.0) }
    }
    fn ptr(&mut self) -> usize {
        // SAFETY: as in `int`; a pointer is a word.
        unsafe { __ferro_va_word(self.0) }
    }
    fn double(&mut self) -> f64 {
        // SAFETY: as in `int`.
        unsafe { __ferro_va_double(self.0) }
    }
    fn long_double(&mut self) -> [u8; 16] {
        let mut b = [0u8; 16];
        // SAFETY: as in `int`; the helper writes sizeof(long double) <= 16 bytes.
        unsafe { __ferro_va_ldouble(self.0, b.as_mut_ptr()) };
        b
    }
}

/// Backend of the `vsnprintf` family (c/printf.c); `ap` is a `va_list *`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vsnprintf(
    buf: *mut c_char,
    n: size_t,
    fmt: *const c_char,
    ap: *mut c_void,
) -> c_int {
    // SAFETY: the C caller's contract.
    unsafe { vsnprintf_args(buf, n, fmt, &mut VaArgs(ap)) }
}

/// Backend of `dprintf`/`vdprintf` (c/printf.c); `ap` is a `va_list *`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vdprintf(fd: c_int, fmt: *const c_char, ap: *mut c_void) -> c_int {
    // SAFETY: the C caller's contract.
    unsafe { vdprintf_args(fd, fmt, &mut VaArgs(ap)) }
}

/// Backend of `asprintf`/`vasprintf` (c/printf.c); `ap` is a `va_list *`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vasprintf(
    strp: *mut *mut c_char,
    fmt: *const c_char,
    ap: *mut c_void,
) -> c_int {
    // SAFETY: the C caller's contract.
    unsafe { vasprintf_args(strp, fmt, &mut VaArgs(ap)) }
}

/// Writes into a FILE through its buffer (the stream's own mode decides
/// when bytes reach the descriptor; a failed write sets its error
/// indicator and errno).
struct FileSink(*mut FILE);

impl Sink for FileSink {
    fn put(&mut self, b: &[u8]) -> Result<(), ()> {
        // SAFETY: the stream is live and locked by vfprintf_args.
        unsafe { file::write_bytes(self.0, b) }
    }
}

/// `vfprintf` over any argument source: the count, or -1 (EOF) when the
/// format is invalid or the stream failed.
///
/// # Safety
/// `f` is a live stream, `fmt` a C string and `args` matches it.
pub unsafe fn vfprintf_args(f: *mut FILE, fmt: *const c_char, args: &mut dyn Args) -> c_int {
    // SAFETY: as the caller promises.
    unsafe {
        file::lock(f);
        let r = crate::printf::format(fmt as *const u8, args, &mut FileSink(f));
        file::unlock(f);
        // errno for an output failure was set by the stream itself.
        match r {
            Ok(n) if n > c_int::MAX as usize => printf_result(Err(FormatError::Overflow)),
            Err(FormatError::Output) => -1,
            r => printf_result(r),
        }
    }
}

/// Backend of `fprintf`/`vfprintf`/`printf`/`vprintf` (c/printf.c); `f` is
/// NULL for stdout; `ap` is a `va_list *`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vfprintf(
    f: *mut FILE,
    fmt: *const c_char,
    ap: *mut c_void,
) -> c_int {
    // SAFETY: reading the stdout variable; the C caller's contract.
    unsafe {
        let f = if f.is_null() { super::stdout } else { f };
        vfprintf_args(f, fmt, &mut VaArgs(ap))
    }
}

/// Backend of `fprintf`/`vfprintf` (c/printf.c): [`__ferro_vfprintf`]
/// that first refuses a wide-oriented stream (-1, errno unchanged, as
/// glibc). `printf`/`vprintf` keep the plain backend: the check would
/// grow every program that prints to stdout, so a wide-oriented stdout
/// still takes their bytes.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vfprintf_f(
    f: *mut FILE,
    fmt: *const c_char,
    ap: *mut c_void,
) -> c_int {
    // SAFETY: f is a live stream (the C caller's contract).
    unsafe {
        if file::is_wide(f) {
            return -1;
        }
        vfprintf_args(f, fmt, &mut VaArgs(ap))
    }
}
