//! Reading the databases through the libc's `FILE`: the lookups, the
//! `*ent` streams and the growing buffers of the non-`_r` functions,
//! written once for `passwd`, `group` and `shadow` (each gives an
//! [`Entry`]).
use crate::file::FILE;
use crate::heap;
use crate::stdio::{fclose, fopen, fseeko, ftello, getline};
use crate::types::*;
use core::ffi::CStr;
use core::ptr::null_mut;
use syscall::errno::{ENOENT, ENOMEM, ERANGE};
use syscall::nr::SEEK_SET;

/// What a lookup wants.
pub enum Key<'a> {
    Any,
    Name(&'a [u8]),
    Id(u32),
}

/// What one line gave.
pub enum Step {
    /// Not an entry, or not the one wanted.
    Skip,
    /// The entry is in the caller's structure and buffer.
    Done,
    /// The entry does not fit the caller's buffer.
    Range,
}

/// One database: its file, and how a line becomes its C structure.
pub trait Entry {
    type C;
    const PATH: &'static CStr;
    /// Parse `line`; if it is an entry matching `key`, fill `out` with
    /// strings in `buf`.
    ///
    /// # Safety
    /// `out` is writable.
    unsafe fn take(line: &[u8], key: &Key, out: *mut Self::C, buf: &mut [u8]) -> Step;
}

/// A line reader over a stream, its buffer reused across lines.
pub struct Lines {
    buf: *mut c_char,
    cap: size_t,
}

impl Lines {
    pub const fn new() -> Self {
        Lines {
            buf: null_mut(),
            cap: 0,
        }
    }
    /// The next line, `None` at the end (or on a read error).
    ///
    /// # Safety
    /// `f` is a live stream.
    pub unsafe fn next(&mut self, f: *mut FILE) -> Option<&[u8]> {
        // SAFETY: f is a live stream; buf/cap are getline's own.
        let n = unsafe { getline(&mut self.buf, &mut self.cap, f) };
        // SAFETY: getline stored n bytes at buf.
        (n >= 0).then(|| unsafe { core::slice::from_raw_parts(self.buf as *const u8, n as usize) })
    }
}

impl Drop for Lines {
    fn drop(&mut self) {
        // SAFETY: buf is null or getline's allocation.
        unsafe { heap::free(self.buf as *mut c_void) };
    }
}

/// The caller's buffer as a slice (empty for a null one).
///
/// # Safety
/// `buf` is null or has `len` writable bytes.
pub unsafe fn user_buf<'a>(buf: *mut c_char, len: size_t) -> &'a mut [u8] {
    if buf.is_null() {
        return &mut [];
    }
    // SAFETY: the caller gives len writable bytes at buf.
    unsafe { core::slice::from_raw_parts_mut(buf as *mut u8, len) }
}

/// The `getpwnam_r` shape: scan the file for `key`. 0 with `*result`
/// set (found) or null (not there, or no file); ERANGE; an open error.
///
/// # Safety
/// `out` writable, `buf` `len` writable bytes, `result` writable.
pub unsafe fn lookup<E: Entry>(
    key: Key,
    out: *mut E::C,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut E::C,
) -> c_int {
    // SAFETY: per the contract; the stream is ours until closed here.
    unsafe {
        *result = null_mut();
        let f = fopen(E::PATH.as_ptr(), c"re".as_ptr());
        if f.is_null() {
            let e = crate::errno::get();
            return if e == ENOENT as c_int { 0 } else { e };
        }
        let b = user_buf(buf, len);
        let mut lines = Lines::new();
        let mut r = 0;
        while let Some(l) = lines.next(f) {
            match E::take(l, &key, out, b) {
                Step::Skip => continue,
                Step::Done => *result = out,
                Step::Range => r = ERANGE as c_int,
            }
            break;
        }
        fclose(f);
        r
    }
}

/// The `fgetpwent_r` shape: the next entry of `f`. ENOENT at the end;
/// ERANGE leaves the stream before the entry, so a retry with a larger
/// buffer reads it.
///
/// # Safety
/// `f` a live stream; `out`, `buf`, `result` as [`lookup`].
pub unsafe fn next<E: Entry>(
    f: *mut FILE,
    out: *mut E::C,
    buf: *mut c_char,
    len: size_t,
    result: *mut *mut E::C,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        *result = null_mut();
        let b = user_buf(buf, len);
        let mut lines = Lines::new();
        loop {
            let at = ftello(f);
            let Some(l) = lines.next(f) else {
                return ENOENT as c_int;
            };
            match E::take(l, &Key::Any, out, b) {
                Step::Skip => {}
                Step::Done => {
                    *result = out;
                    return 0;
                }
                Step::Range => {
                    if at >= 0 {
                        fseeko(f, at, SEEK_SET as c_int);
                    }
                    return ERANGE as c_int;
                }
            }
        }
    }
}

/// The state behind one database's non-`_r` functions and its `*ent`
/// stream: the static entry, its growing buffer, the open stream.
pub struct Db<E: Entry> {
    ent: core::mem::MaybeUninit<E::C>,
    buf: *mut c_char,
    cap: size_t,
    pub stream: *mut FILE,
}

impl<E: Entry> Db<E> {
    pub const fn new() -> Self {
        Db {
            ent: core::mem::MaybeUninit::uninit(),
            buf: null_mut(),
            cap: 0,
            stream: null_mut(),
        }
    }

    /// Runs an `_r` function over the static entry, growing the buffer
    /// on ERANGE. The entry or null; errno 0 when there is none, the
    /// error otherwise (as glibc) — except that the end of a `*ent`
    /// stream (ENOENT with `quiet_end`) leaves errno alone, as glibc's
    /// `getpwent` does.
    ///
    /// # Safety
    /// `f` is an `_r`-shaped function honouring its buffer length.
    pub unsafe fn call(
        &mut self,
        quiet_end: bool,
        f: impl Fn(*mut E::C, *mut c_char, size_t, *mut *mut E::C) -> c_int,
    ) -> *mut E::C {
        loop {
            if self.cap == 0 {
                let cap = 1024;
                // SAFETY: a fresh allocation.
                let p = unsafe { heap::malloc(cap) } as *mut c_char;
                if p.is_null() {
                    crate::errno::set(ENOMEM as c_int);
                    return null_mut();
                }
                self.buf = p;
                self.cap = cap;
            }
            let mut res = null_mut();
            let r = f(self.ent.as_mut_ptr(), self.buf, self.cap, &mut res);
            if r == ERANGE as c_int {
                let Some(cap) = self.cap.checked_mul(2) else {
                    crate::errno::set(ENOMEM as c_int);
                    return null_mut();
                };
                // SAFETY: buf is our allocation.
                let p = unsafe { heap::realloc(self.buf as *mut c_void, cap) } as *mut c_char;
                if p.is_null() {
                    crate::errno::set(ENOMEM as c_int);
                    return null_mut();
                }
                self.buf = p;
                self.cap = cap;
                continue;
            }
            if !(quiet_end && r == ENOENT as c_int) {
                crate::errno::set(r);
            }
            return res;
        }
    }

    /// `setpwent`: rewind (or open on first use).
    ///
    /// # Safety
    /// The stream, if any, is ours.
    pub unsafe fn rewind(&mut self) {
        // SAFETY: the stream is ours.
        unsafe {
            if self.stream.is_null() {
                self.stream = fopen(E::PATH.as_ptr(), c"re".as_ptr());
            } else {
                fseeko(self.stream, 0, SEEK_SET as c_int);
            }
        }
    }

    /// `endpwent`: close.
    ///
    /// # Safety
    /// The stream, if any, is ours.
    pub unsafe fn end(&mut self) {
        if !self.stream.is_null() {
            // SAFETY: ours, closed once.
            unsafe { fclose(self.stream) };
            self.stream = null_mut();
        }
    }

    /// `getpwent_r`: the next entry of the database's stream.
    ///
    /// # Safety
    /// As [`next`].
    pub unsafe fn next_r(
        &mut self,
        out: *mut E::C,
        buf: *mut c_char,
        len: size_t,
        result: *mut *mut E::C,
    ) -> c_int {
        // SAFETY: per the contract.
        unsafe {
            if self.stream.is_null() {
                self.rewind();
                if self.stream.is_null() {
                    *result = null_mut();
                    return crate::errno::get();
                }
            }
            next::<E>(self.stream, out, buf, len, result)
        }
    }
}

/// A string field's place in the caller's buffer, as a C pointer.
pub fn at(buf: &mut [u8], off: usize) -> *mut c_char {
    // SAFETY: off came from Pack over this buffer.
    unsafe { buf.as_mut_ptr().add(off) as *mut c_char }
}

/// A database line being written (`putpwent` & co.): pieces appended
/// under the stream's lock; the result is 0, or -1 if any write failed.
pub struct Out {
    f: *mut FILE,
    ok: bool,
}

impl Out {
    /// # Safety
    /// `f` is a live stream, locked until [`Out::finish`].
    pub unsafe fn new(f: *mut FILE) -> Self {
        // SAFETY: f is a live stream.
        unsafe { crate::file::lock(f) };
        Out { f, ok: true }
    }
    pub fn bytes(&mut self, b: &[u8]) -> &mut Self {
        // SAFETY: f is live and locked.
        self.ok &= unsafe { crate::file::write_bytes(self.f, b) }.is_ok();
        self
    }
    /// A C string, or nothing for null; with `rewrite`, `:` and newlines
    /// become blanks (glibc's treatment of the GECOS field).
    pub fn field(&mut self, s: *const c_char, rewrite: bool) -> &mut Self {
        if s.is_null() {
            return self;
        }
        // SAFETY: s is a C string.
        let b = unsafe { crate::file::mode::cstr(s) };
        if !rewrite {
            return self.bytes(b);
        }
        for part in b.split_inclusive(|&c| c == b':' || c == b'\n') {
            match part.split_last() {
                Some((&(b':' | b'\n'), head)) => self.bytes(head).bytes(b" "),
                _ => self.bytes(part),
            };
        }
        self
    }
    pub fn num(&mut self, v: u64) -> &mut Self {
        let mut d = [0u8; 20];
        self.bytes(crate::kernel::decimal(v, &mut d))
    }
    pub fn finish(&mut self) -> c_int {
        // SAFETY: locked in new.
        unsafe { crate::file::unlock(self.f) };
        if self.ok { 0 } else { -1 }
    }
}

/// Whether a field may be written as it is: no `:` and no newline
/// (glibc refuses such a name, password, directory or shell).
pub fn valid(s: *const c_char) -> bool {
    // SAFETY: s is a C string when not null.
    s.is_null()
        || !unsafe { crate::file::mode::cstr(s) }
            .iter()
            .any(|&c| c == b':' || c == b'\n')
}

/// A NIS `+`/`-` entry, whose ids are written empty.
pub fn nis(name: *const c_char) -> bool {
    // SAFETY: name is a C string when not null.
    !name.is_null() && matches!(unsafe { *name } as u8, b'+' | b'-')
}

/// Every line of a database file, or the error of opening it.
///
/// # Safety
/// None beyond `path` naming a file.
pub unsafe fn each_line(path: &CStr, mut f: impl FnMut(&[u8])) -> Result<(), c_int> {
    // SAFETY: the stream is ours until closed here.
    unsafe {
        let s = fopen(path.as_ptr(), c"re".as_ptr());
        if s.is_null() {
            return Err(crate::errno::get());
        }
        let mut lines = Lines::new();
        while let Some(l) = lines.next(s) {
            f(l);
        }
        fclose(s);
        Ok(())
    }
}
