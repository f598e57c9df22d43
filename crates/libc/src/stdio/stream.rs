//! Streams: the standard three, opening and closing, buffering modes,
//! flushing, locking.
use crate::file::{self, FILE, mode};
use crate::kernel::fail;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::{EBADF, EEXIST, EINVAL, ENOENT};
use syscall::nr::{
    AT_FDCWD, F_GETFL, F_SETFD, F_SETFL, FD_CLOEXEC, O_ACCMODE, O_APPEND, O_CLOEXEC, O_CREAT,
    O_EXCL, O_RDONLY, O_WRONLY,
};

/// C17 `stdin`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut stdin: *mut FILE = &raw mut file::STDIN_FILE;
/// C17 `stdout`: line buffered on a terminal, else fully buffered
/// (decided at first use).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut stdout: *mut FILE = &raw mut file::STDOUT_FILE;
/// C17 `stderr`: unbuffered.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut stderr: *mut FILE = &raw mut file::STDERR_FILE;

/// Mode `a` (append, no reading) starts the stream at the end of the
/// file, as fopen(3) documents and glibc does for `fopen`, `fdopen` and
/// `freopen`: `ftell` right after opening then gives the file's size.
/// `a+` keeps the initial position (0 for `fopen`) for reading. A
/// descriptor that cannot seek (a pipe) is left as it is.
fn append_to_end(fd: c_int, md: &mode::Mode) {
    if md.fflags & file::F_APPEND != 0 && md.fflags & file::F_READ == 0 {
        // SAFETY: fd is an open descriptor the stream owns.
        let _ = unsafe { crate::arch::lseek(fd, 0, 2) };
    }
}

fn fcntl(fd: c_int, cmd: u32, arg: usize) -> isize {
    // SAFETY: plain values.
    unsafe { syscall::syscall3(crate::arch::NR_FCNTL, fd as usize, cmd as usize, arg) }
}

/// C17 / POSIX.1-2024 `fopen`. Mode letters after `r`/`w`/`a`: `+`, `b`
/// (ignored), `x` (O_EXCL), `e` (O_CLOEXEC), `m`/`c` (accepted, glibc
/// extensions that change nothing here). An invalid mode is EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fopen(path: *const c_char, m: *const c_char) -> *mut FILE {
    // SAFETY: m is a C string.
    let Some(md) = mode::parse(unsafe { mode::cstr(m) }) else {
        fail(EINVAL);
        return null_mut();
    };
    // SAFETY: the kernel checks the path.
    let fd = unsafe { crate::fcntl::__ferro_openat(AT_FDCWD, path, md.oflags as c_int, 0o666) };
    if fd < 0 {
        return null_mut();
    }
    append_to_end(fd, &md);
    // SAFETY: fd is ours.
    let f = unsafe { file::new_stream(fd, md.fflags, file::fd_ops()) };
    if f.is_null() {
        crate::unistd::close(fd);
    }
    f
}

/// Check `fd`'s access mode against a stream mode and apply `a`/`e`.
/// `Ok(true)` when the fd had no O_APPEND and `a` set it.
fn adopt_fd(fd: c_int, md: &mode::Mode) -> Result<bool, ()> {
    let fl = fcntl(fd, F_GETFL, 0);
    if fl < 0 {
        fail(-fl as u32);
        return Err(());
    }
    let acc = fl as u32 & O_ACCMODE;
    let want_r = md.fflags & file::F_READ != 0;
    let want_w = md.fflags & file::F_WRITE != 0;
    if (want_r && acc == O_WRONLY) || (want_w && acc == O_RDONLY) {
        fail(EINVAL);
        return Err(());
    }
    let mut set_append = false;
    if md.fflags & file::F_APPEND != 0 && fl as u32 & O_APPEND == 0 {
        let r = fcntl(fd, F_SETFL, (fl as u32 | O_APPEND) as usize);
        if r < 0 {
            fail(-r as u32);
            return Err(());
        }
        set_append = true;
    }
    if md.oflags & O_CLOEXEC != 0 {
        fcntl(fd, F_SETFD, FD_CLOEXEC as usize);
    }
    Ok(set_append)
}

/// POSIX.1-2024 `fdopen`: EBADF for a closed fd, EINVAL for a mode the
/// fd's access mode does not allow; `a` sets O_APPEND on the fd and,
/// when it had to set it, moves to the end (as glibc: a descriptor
/// already in append mode keeps its offset).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fdopen(fd: c_int, m: *const c_char) -> *mut FILE {
    // SAFETY: m is a C string.
    let Some(md) = mode::parse(unsafe { mode::cstr(m) }) else {
        fail(EINVAL);
        return null_mut();
    };
    match adopt_fd(fd, &md) {
        Err(()) => return null_mut(),
        Ok(true) => append_to_end(fd, &md),
        Ok(false) => {}
    }
    // SAFETY: the caller hands fd over.
    unsafe { file::new_stream(fd, md.fflags, file::fd_ops()) }
}

/// `freopen(NULL, mode, f)`: open the same file again with the new mode
/// (through /proc/self/fd, as glibc does) onto the old fd number; without
/// /proc, only the flags compatible with the open file can change.
unsafe fn reopen_same(fd: c_int, md: &mode::Mode) -> c_int {
    // As if the file's name were used: "x" finds it existing.
    if md.oflags & O_EXCL != 0 {
        fail(EEXIST);
        return -1;
    }
    let p = crate::kernel::proc_fd_path(fd);
    let flags = md.oflags & !(O_CREAT | O_EXCL);
    // SAFETY: p is NUL-terminated.
    let nfd = unsafe {
        crate::fcntl::__ferro_openat(AT_FDCWD, p.as_ptr() as *const c_char, flags as c_int, 0)
    };
    if nfd < 0 {
        if crate::errno::get() != ENOENT as i32 {
            return -1;
        }
        if adopt_fd(fd, md).is_err() {
            return -1;
        }
        if md.fflags & file::F_APPEND == 0 {
            let fl = fcntl(fd, F_GETFL, 0);
            if fl >= 0 {
                fcntl(fd, F_SETFL, (fl as u32 & !O_APPEND) as usize);
            }
        }
        return fd;
    }
    if crate::unistd::dup3(nfd, fd, (md.oflags & O_CLOEXEC) as c_int) < 0 {
        crate::unistd::close(nfd);
        return -1;
    }
    crate::unistd::close(nfd);
    fd
}

/// C17 / POSIX.1-2024 `freopen`: the stream is flushed and its file
/// closed, then `path` is opened on it (the new fd takes the old fd's
/// number, so `freopen(…, stdout)` keeps fd 1). A null `path` changes
/// the mode of the open file. On failure the stream is closed.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn freopen(path: *const c_char, m: *const c_char, f: *mut FILE) -> *mut FILE {
    // SAFETY: f is a live stream; m a C string.
    unsafe {
        file::lock(f);
        let _ = file::flush(f);
        let md = mode::parse(mode::cstr(m));
        let oldfd = (*f).fd;
        let newfd = match md {
            None => {
                fail(EINVAL);
                -1
            }
            Some(md) if path.is_null() => {
                if !file::on_fd(f) {
                    fail(EBADF);
                    -1
                } else {
                    reopen_same(oldfd, &md)
                }
            }
            Some(md) => {
                let _ = ((*f).ops.close)(f);
                let mut fd =
                    crate::fcntl::__ferro_openat(AT_FDCWD, path, md.oflags as c_int, 0o666);
                if fd >= 0 && oldfd >= 0 && fd != oldfd {
                    let cl = md.oflags & O_CLOEXEC;
                    if crate::unistd::dup3(fd, oldfd, cl as c_int) >= 0 {
                        crate::unistd::close(fd);
                        fd = oldfd;
                    }
                }
                fd
            }
        };
        if newfd < 0 {
            let e = crate::errno::get();
            // Unlocked first: the stream is released below (and a
            // standard stream must not stay locked).
            file::unlock(f);
            if md.is_some() && !path.is_null() {
                // The old file is closed already.
                file::release(f);
            } else {
                let _ = file::close(f);
            }
            crate::errno::set(e);
            return null_mut();
        }
        let md = md.unwrap_or(mode::Mode {
            oflags: 0,
            fflags: 0,
        });
        append_to_end(newfd, &md);
        file::reset(f, newfd, md.fflags);
        file::unlock(f);
        f
    }
}

/// C17 `fclose`: EOF when flushing or closing failed (errno says why);
/// the stream and its fd are released either way.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fclose(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream, gone after this.
    if unsafe { file::close(f) }.is_ok() {
        0
    } else {
        -1
    }
}

/// C17 `fflush`; a null stream flushes every stream.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fflush(f: *mut FILE) -> c_int {
    if f.is_null() {
        // SAFETY: walks the live streams.
        return if unsafe { file::flush_all() }.is_ok() {
            0
        } else {
            -1
        };
    }
    // SAFETY: f is a live stream.
    unsafe {
        file::lock(f);
        let r = file::flush(f);
        file::unlock(f);
        if r.is_ok() { 0 } else { -1 }
    }
}

/// GNU `fflush_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fflush_unlocked(f: *mut FILE) -> c_int {
    // SAFETY: forwarded.
    unsafe { fflush(f) }
}

/// POSIX.1-2024 `fileno`: EBADF for a stream without a descriptor.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fileno(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    let fd = unsafe { (*f).fd };
    if fd < 0 { fail(EBADF) } else { fd }
}

/// GNU `fileno_unlocked`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fileno_unlocked(f: *mut FILE) -> c_int {
    // SAFETY: forwarded.
    unsafe { fileno(f) }
}

/// C17 `setvbuf`: `_IOFBF`, `_IOLBF` or `_IONBF`, with the caller's buffer
/// of `size` bytes or (null) one the library allocates. Nonzero for an
/// unknown mode.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setvbuf(f: *mut FILE, buf: *mut c_char, m: c_int, size: size_t) -> c_int {
    if !(0..=2).contains(&m) {
        return fail(EINVAL);
    }
    // SAFETY: f is a live stream; buf has size bytes.
    unsafe {
        file::lock(f);
        let r = file::set_buffer(f, buf as *mut u8, m as u8, size);
        file::unlock(f);
        if r.is_ok() { 0 } else { -1 }
    }
}

/// C17 `setbuf`: `setvbuf` with BUFSIZ bytes, or unbuffered for null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setbuf(f: *mut FILE, buf: *mut c_char) {
    // SAFETY: forwarded.
    unsafe { setbuffer(f, buf, file::BUFSIZ) };
}

/// BSD `setbuffer`: `setvbuf` with `size` bytes, or unbuffered for null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setbuffer(f: *mut FILE, buf: *mut c_char, size: size_t) {
    let m = if buf.is_null() { 2 } else { 0 };
    // SAFETY: forwarded.
    unsafe { setvbuf(f, buf, m, size) };
}

/// BSD `setlinebuf`: line buffering.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setlinebuf(f: *mut FILE) {
    // SAFETY: forwarded.
    unsafe { setvbuf(f, null_mut(), 1, 0) };
}

/// POSIX.1-2024 `flockfile`: take the stream's recursive lock.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn flockfile(f: *mut FILE) {
    // SAFETY: f is a live stream.
    unsafe { file::user_lock(f) }
}

/// POSIX.1-2024 `ftrylockfile`: 0 when the caller now holds the lock
/// (also again, recursively), nonzero when another thread does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ftrylockfile(f: *mut FILE) -> c_int {
    // SAFETY: f is a live stream.
    if unsafe { file::try_lock(f) } { 0 } else { 1 }
}

/// POSIX.1-2024 `funlockfile`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn funlockfile(f: *mut FILE) {
    // SAFETY: f is a live stream.
    unsafe { file::user_unlock(f) }
}
