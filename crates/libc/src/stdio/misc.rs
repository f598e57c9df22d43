//! `perror`, `remove`, temporary files and names, memory streams.
use crate::file::{self, FILE, mem, mode};
use crate::kernel::fail;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::{EEXIST, EINVAL, EISDIR, ENOENT, ENOMEM};
use syscall::nr::{
    AT_FDCWD, AT_REMOVEDIR, O_CLOEXEC, O_CREAT, O_DIRECTORY, O_EXCL, O_PATH, O_RDWR, O_TMPFILE,
    O_TRUNC,
};

/// C17 `perror`: "prefix: message\n" (just the message for a null or
/// empty prefix), written to stderr in one piece; errno is kept.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn perror(s: *const c_char) {
    let e = crate::errno::get();
    let mut buf = [0u8; 512];
    let mut n = 0;
    // Panic-free: what does not fit in buf is dropped (it always fits).
    let mut put = |b: &[u8], n: &mut usize| {
        for &c in b {
            if let Some(d) = buf.get_mut(*n) {
                *d = c;
                *n += 1;
            }
        }
    };
    // SAFETY: s is null or a C string.
    let prefix = if s.is_null() {
        &[][..]
    } else {
        unsafe { mode::cstr(s) }
    };
    let long_prefix = prefix.len() > 256;
    if !prefix.is_empty() && !long_prefix {
        put(prefix, &mut n);
        put(b": ", &mut n);
    }
    let mut num = [0u8; 32];
    let msg: &[u8] = match crate::errno::message(e) {
        // Without its NUL.
        Some(m) => m.split_last().map_or(m, |(_, text)| text),
        None => {
            let k = crate::string::unknown_error(e, &mut num);
            num.get(..k).unwrap_or(&[])
        }
    };
    put(msg, &mut n);
    put(b"\n", &mut n);
    // SAFETY: stderr is a live stream.
    unsafe {
        let f = super::stderr;
        file::lock(f);
        if long_prefix {
            let _ = file::write_bytes(f, prefix);
            let _ = file::write_bytes(f, b": ");
        }
        let _ = file::write_bytes(f, buf.get(..n).unwrap_or(&buf));
        file::unlock(f);
    }
    crate::errno::set(e);
}

/// C17 / POSIX.1-2024 `remove`: unlink a file, or remove an empty
/// directory.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn remove(path: *const c_char) -> c_int {
    // SAFETY: the kernel checks the path.
    let r = unsafe { sys!(__NR_unlinkat, AT_FDCWD, path, 0) };
    if r == -(EISDIR as isize) {
        // SAFETY: as above.
        return crate::kernel::ret_int(unsafe {
            sys!(__NR_unlinkat, AT_FDCWD, path, AT_REMOVEDIR)
        });
    }
    crate::kernel::ret_int(r)
}

/// Fill `out` with random letters and digits.
fn random_name(out: &mut [u8]) {
    const SET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut r = [0u8; 32];
    let n = out.len().min(r.len());
    // SAFETY: r is a writable local of the length we pass.
    let got = unsafe { crate::sys::random::getrandom(r.as_mut_ptr() as *mut c_void, n, 0) };
    if got < n as isize {
        // No entropy source: the stack address and a clock mix.
        let mut x = (&raw const r as usize as u64) ^ 0x9e37_79b9_7f4a_7c15;
        let mut ts = [0i64; 2];
        // SAFETY: ts is a writable timespec-sized local.
        unsafe { sys!(__NR_clock_gettime, 1, ts.as_mut_ptr()) };
        x ^= ts[1] as u64;
        for b in r.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
    for (o, b) in out.iter_mut().zip(r) {
        *o = SET[b as usize % SET.len()];
    }
}

/// Whether `path` (NUL-terminated) names nothing at all (not even a
/// dangling symlink).
fn name_free(path: &[u8]) -> bool {
    let mut t = [0u8; 1];
    // SAFETY: path is NUL-terminated; t is a writable local.
    let r = unsafe { sys!(__NR_readlinkat, AT_FDCWD, path.as_ptr(), t.as_mut_ptr(), 1) };
    r == -(ENOENT as isize)
}

/// C17 `tmpfile`: an anonymous read/write file in /tmp (O_TMPFILE, else
/// created with a random name and unlinked at once).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tmpfile() -> *mut FILE {
    let flags = (O_RDWR | O_CLOEXEC) as c_int;
    // SAFETY: static path.
    let mut fd = unsafe {
        crate::fcntl::__ferro_openat(
            AT_FDCWD,
            c"/tmp".as_ptr(),
            flags | O_TMPFILE as c_int,
            0o600,
        )
    };
    if fd < 0 {
        let mut name = *b"/tmp/tmpf000000\0";
        for _ in 0..100 {
            random_name(&mut name[9..15]);
            // SAFETY: name is NUL-terminated.
            fd = unsafe {
                crate::fcntl::__ferro_openat(
                    AT_FDCWD,
                    name.as_ptr() as *const c_char,
                    flags | (O_CREAT | O_EXCL) as c_int,
                    0o600,
                )
            };
            if fd >= 0 {
                // SAFETY: as above.
                unsafe { sys!(__NR_unlinkat, AT_FDCWD, name.as_ptr(), 0) };
                break;
            }
            if crate::errno::get() != EEXIST as i32 {
                return null_mut();
            }
        }
        if fd < 0 {
            return null_mut();
        }
    }
    // SAFETY: fd is ours.
    let f = unsafe { file::new_stream(fd, file::F_READ | file::F_WRITE, file::fd_ops()) };
    if f.is_null() {
        crate::unistd::close_nocancel(fd);
    }
    f
}

/// `L_tmpnam`.
const L_TMPNAM: usize = 20;
static mut TMPNAM_BUF: [u8; L_TMPNAM] = [0; L_TMPNAM];

/// C17 `tmpnam`: a name in /tmp that does not exist now; into `s`
/// (L_tmpnam bytes) or a static buffer for null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tmpnam(s: *mut c_char) -> *mut c_char {
    let mut name = *b"/tmp/file000000\0";
    for _ in 0..1000 {
        random_name(&mut name[9..15]);
        if name_free(&name) {
            let out = if s.is_null() {
                &raw mut TMPNAM_BUF as *mut c_char
            } else {
                s
            };
            // SAFETY: out has L_tmpnam bytes; name is shorter.
            unsafe {
                core::ptr::copy_nonoverlapping(name.as_ptr() as *const c_char, out, name.len())
            };
            return out;
        }
    }
    null_mut()
}

fn is_dir(p: *const c_char) -> bool {
    // SAFETY: p is a C string; an O_PATH descriptor is closed at once.
    unsafe {
        let fd = sys!(
            __NR_openat,
            AT_FDCWD,
            p,
            O_PATH | O_DIRECTORY | O_CLOEXEC,
            0
        );
        if fd < 0 {
            return false;
        }
        sys!(__NR_close, fd);
    }
    true
}

/// XSI `tempnam`: a malloc'd name in `$TMPDIR`, else `dir`, else
/// P_tmpdir ("/tmp"), starting with up to 5 bytes of `pfx`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tempnam(dir: *const c_char, pfx: *const c_char) -> *mut c_char {
    // SAFETY: getenv and the arguments give C strings or null.
    unsafe {
        let env = crate::stdlib::getenv(c"TMPDIR".as_ptr());
        let d = if !env.is_null() && is_dir(env) {
            env as *const c_char
        } else if !dir.is_null() && is_dir(dir) {
            dir
        } else {
            c"/tmp".as_ptr()
        };
        let mut db = mode::cstr(d);
        while db.len() > 1 && db.ends_with(b"/") {
            db = &db[..db.len() - 1];
        }
        let pb = if pfx.is_null() {
            // (A named array: a 4-byte literal would join LLVM's mergeable
            // constant pool, which every static program keeps whole.)
            static FILE_PFX: [u8; 4] = *b"file";
            &FILE_PFX[..]
        } else {
            let p = mode::cstr(pfx);
            &p[..p.len().min(5)]
        };
        let len = db.len() + 1 + pb.len() + 6;
        let out = crate::heap::malloc(len + 1) as *mut u8;
        if out.is_null() {
            crate::errno::set(ENOMEM as i32);
            return null_mut();
        }
        let buf = core::slice::from_raw_parts_mut(out, len + 1);
        buf[..db.len()].copy_from_slice(db);
        buf[db.len()] = b'/';
        buf[db.len() + 1..db.len() + 1 + pb.len()].copy_from_slice(pb);
        buf[len] = 0;
        for _ in 0..1000 {
            random_name(&mut buf[len - 6..len]);
            if name_free(buf) {
                return out as *mut c_char;
            }
        }
        crate::heap::free(out as *mut c_void);
        crate::errno::set(EEXIST as i32);
        null_mut()
    }
}

/// POSIX.1-2024 `fmemopen`: a stream on `size` bytes at `buf` (or on a
/// library buffer for null). `w` empties it (`w+` also stores a NUL at
/// its start), `a` starts at the first NUL,
/// `r`/`r+` see all `size` bytes. Written data is NUL-terminated while
/// there is room. A `size` of 0 is accepted, as glibc does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fmemopen(buf: *mut c_void, size: size_t, m: *const c_char) -> *mut FILE {
    // SAFETY: m is a C string.
    let Some(md) = mode::parse(unsafe { mode::cstr(m) }) else {
        fail(EINVAL);
        return null_mut();
    };
    // SAFETY: buf (if any) has size bytes; allocations are checked.
    unsafe {
        let own = buf.is_null();
        let b = if own {
            crate::heap::calloc(1, size.max(1)) as *mut u8
        } else {
            buf as *mut u8
        };
        let st = crate::heap::malloc(core::mem::size_of::<mem::Fmem>()) as *mut mem::Fmem;
        if b.is_null() || st.is_null() {
            if own {
                crate::heap::free(b as *mut c_void);
            }
            crate::heap::free(st as *mut c_void);
            crate::errno::set(ENOMEM as i32);
            return null_mut();
        }
        let append = md.fflags & file::F_APPEND != 0;
        let end = if md.oflags & O_TRUNC != 0 {
            // `w+` truncates the caller's buffer contents (POSIX's mode
            // table), as glibc does; plain `w` leaves them.
            if !own && size > 0 && md.fflags & file::F_READ != 0 {
                *b = 0;
            }
            0
        } else if append {
            let mut i = 0;
            while i < size && *b.add(i) != 0 {
                i += 1;
            }
            i
        } else {
            size
        };
        st.write(mem::Fmem {
            buf: b,
            size,
            pos: if append { end } else { 0 },
            end,
            append,
            own,
        });
        let f = file::new_stream(-1, md.fflags, &mem::FMEM_OPS);
        if f.is_null() {
            if own {
                crate::heap::free(b as *mut c_void);
            }
            crate::heap::free(st as *mut c_void);
            return f;
        }
        (*f).cookie = st as *mut c_void;
        f
    }
}

/// GNU `fopencookie`: a stream whose transfers are the caller's
/// functions on `cookie` (see [`file::cookie`] for the null members).
/// The mode is parsed as `fopen`'s; a bad one gives `EINVAL`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fopencookie(
    cookie: *mut c_void,
    m: *const c_char,
    io: file::cookie::cookie_io_functions_t,
) -> *mut FILE {
    // SAFETY: m is a C string.
    let Some(md) = mode::parse(unsafe { mode::cstr(m) }) else {
        fail(EINVAL);
        return null_mut();
    };
    // SAFETY: the state is allocated, filled and handed to the stream,
    // or freed when the stream cannot be made.
    unsafe {
        let st = crate::heap::malloc(core::mem::size_of::<file::cookie::Cookie>())
            as *mut file::cookie::Cookie;
        if st.is_null() {
            crate::errno::set(ENOMEM as i32);
            return null_mut();
        }
        st.write(file::cookie::Cookie { cookie, io });
        let f = file::new_stream(-1, md.fflags, &file::cookie::COOKIE_OPS);
        if f.is_null() {
            crate::heap::free(st as *mut c_void);
            return f;
        }
        (*f).cookie = st as *mut c_void;
        f
    }
}

/// POSIX.1-2024 `open_memstream`: a write-only stream on a growing
/// buffer; `*ptr` and `*size` (the position) are updated on `fflush` and
/// `fclose`. The caller frees `*ptr` after `fclose`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn open_memstream(ptr: *mut *mut c_char, size: *mut size_t) -> *mut FILE {
    // SAFETY: forwarded.
    unsafe { memstream(ptr, size, 1, &mem::DMEM_OPS) }
}

/// `open_memstream` (`unit` 1) or `open_wmemstream` (`unit` 4, through
/// `ops` [`mem::WMEM_OPS`]).
pub(crate) unsafe fn memstream(
    ptr: *mut *mut c_char,
    size: *mut size_t,
    unit: usize,
    ops: &'static file::Ops,
) -> *mut FILE {
    if ptr.is_null() || size.is_null() {
        fail(EINVAL);
        return null_mut();
    }
    // SAFETY: ptr/size are the caller's; allocations are checked.
    unsafe {
        let st = crate::heap::malloc(core::mem::size_of::<mem::Dmem>()) as *mut mem::Dmem;
        if st.is_null() {
            crate::errno::set(ENOMEM as i32);
            return null_mut();
        }
        st.write(mem::Dmem {
            ptr,
            sizep: size,
            buf: null_mut(),
            cap: 0,
            pos: 0,
            len: 0,
            unit,
        });
        if let Err(e) = mem::dmem_init(&mut *st) {
            crate::heap::free(st as *mut c_void);
            crate::errno::set(e);
            return null_mut();
        }
        let f = file::new_stream(-1, file::F_WRITE, ops);
        if f.is_null() {
            crate::heap::free((*st).buf as *mut c_void);
            crate::heap::free(st as *mut c_void);
            return f;
        }
        (*f).cookie = st as *mut c_void;
        f
    }
}

/// SVID `getw`: reads one `int` (its bytes as stored); `EOF` at the end
/// or on an error (`feof`/`ferror` tell which).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getw(f: *mut FILE) -> c_int {
    let mut v: c_int = 0;
    // SAFETY: f is the caller's stream; v is a local int.
    let n =
        unsafe { crate::stdio::fread((&raw mut v).cast(), core::mem::size_of::<c_int>(), 1, f) };
    if n == 1 { v } else { -1 }
}

/// SVID `putw`: writes one `int`'s bytes; 0, or `EOF` on an error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn putw(v: c_int, f: *mut FILE) -> c_int {
    // SAFETY: f is the caller's stream; v is a local int.
    let n =
        unsafe { crate::stdio::fwrite((&raw const v).cast(), core::mem::size_of::<c_int>(), 1, f) };
    if n == 1 { 0 } else { -1 }
}

/// POSIX `ctermid`: the controlling terminal's name, `/dev/tty`, into
/// `s` (at least `L_ctermid`, 9, bytes) or a static buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ctermid(s: *mut c_char) -> *mut c_char {
    static mut BUF: [u8; 9] = [0; 9];
    let dst = if s.is_null() {
        (&raw mut BUF) as *mut c_char
    } else {
        s
    };
    // SAFETY: dst has room for 9 bytes (POSIX's L_ctermid).
    unsafe { core::ptr::copy_nonoverlapping(c"/dev/tty".as_ptr(), dst, 9) };
    dst
}
