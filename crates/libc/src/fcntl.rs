//! `<fcntl.h>`: `open`, `openat`, `fcntl` (their variadic C entry points
//! live in `c/variadic.c` and land here), `creat`.
use crate::arch;
use crate::kernel::ret_int;
use crate::types::*;
use syscall::nr::{AT_FDCWD, F_GETOWN, F_GETOWN_EX, F_OWNER_PGRP, O_CREAT, O_TRUNC, O_WRONLY};

/// Back end of POSIX.1-2024 `open` (variadic in C).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_open(path: *const c_char, flags: c_int, mode: mode_t) -> c_int {
    // SAFETY: forwarded; the kernel checks the path.
    unsafe { __ferro_openat(AT_FDCWD, path, flags, mode) }
}

/// Back end of POSIX.1-2024 `openat` (variadic in C). 64-bit offsets are
/// always on, so `O_LARGEFILE` is added where the arch needs it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_openat(
    dirfd: c_int,
    path: *const c_char,
    flags: c_int,
    mode: mode_t,
) -> c_int {
    // SAFETY: the kernel checks the path; mode is ignored unless needed.
    ret_int(unsafe { cp!(__NR_openat, dirfd, path, flags | arch::O_LARGEFILE, mode) })
}

/// POSIX.1-2024 `creat`: `open(path, O_WRONLY|O_CREAT|O_TRUNC, mode)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn creat(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: forwarded.
    unsafe {
        __ferro_openat(
            AT_FDCWD,
            path,
            (O_WRONLY | O_CREAT | O_TRUNC) as c_int,
            mode,
        )
    }
}

/// Back end of POSIX.1-2024 `fcntl` (variadic in C). `F_GETOWN` goes
/// through `F_GETOWN_EX` so a process-group owner comes back negative
/// instead of being mistaken for an error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_fcntl(fd: c_int, cmd: c_int, arg: c_ulong) -> c_int {
    if cmd == F_GETOWN as c_int {
        let mut ex = syscall::nr::f_owner_ex { type_: 0, pid: 0 };
        // SAFETY: F_GETOWN_EX writes one f_owner_ex into our local.
        let r = unsafe {
            syscall::syscall3(
                arch::NR_FCNTL,
                fd as usize,
                F_GETOWN_EX as usize,
                &raw mut ex as usize,
            )
        };
        if r >= 0 {
            return if ex.type_ == F_OWNER_PGRP as c_int {
                -ex.pid
            } else {
                ex.pid
            };
        }
        if syscall::decode(r) != Err(syscall::errno::EINVAL as i32) {
            return ret_int(r);
        }
    }
    if cmd == arch::F_SETLKW || cmd == syscall::nr::F_OFD_SETLKW as c_int {
        // The waiting lock commands are cancellation points.
        // SAFETY: the kernel validates the lock argument.
        return ret_int(unsafe {
            crate::kernel::cp6(
                arch::NR_FCNTL,
                fd as usize,
                cmd as usize,
                arg as usize,
                0,
                0,
                0,
            )
        });
    }
    // SAFETY: the kernel validates cmd and any pointer argument.
    ret_int(unsafe { syscall::syscall3(arch::NR_FCNTL, fd as usize, cmd as usize, arg as usize) })
}

/// The error number of a raw result, 0 for success: how the `posix_*`
/// calls report (they leave `errno` alone).
fn errnum(r: isize) -> c_int {
    match syscall::decode(r) {
        Ok(_) => 0,
        Err(e) => e,
    }
}

/// POSIX.1-2024 `posix_fallocate`: make sure the bytes [off, off+len) are
/// allocated, growing the file when they reach past its end. Returns the
/// error number. Where the file system has no `fallocate` (EOPNOTSUPP),
/// the blocks are allocated by writing a zero byte into each one that
/// reads as zero (a hole or unwritten), as glibc does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn posix_fallocate(fd: c_int, off: off_t, len: off_t) -> c_int {
    // SAFETY: plain values.
    let r = unsafe { arch::fallocate(fd, 0, off, len) };
    if r != -(syscall::errno::EOPNOTSUPP as isize) {
        return errnum(r);
    }
    fallocate_by_writing(fd, off, len)
}

/// The `posix_fallocate` fallback: one zero byte per block that holds
/// zero now, and the last byte when the range reaches past the end.
fn fallocate_by_writing(fd: c_int, off: off_t, len: off_t) -> c_int {
    use syscall::errno::{EBADF, EFBIG, EINVAL, ENODEV, ESPIPE};
    if off < 0 || len <= 0 {
        return EINVAL as c_int;
    }
    let Some(end) = off.checked_add(len) else {
        return EFBIG as c_int;
    };
    let mut st = core::mem::MaybeUninit::<crate::sys::stat::stat>::uninit();
    let saved = crate::errno::get();
    // SAFETY: fstat fills the struct when it returns 0.
    if unsafe { crate::sys::stat::fstat(fd, st.as_mut_ptr()) } != 0 {
        let e = crate::errno::get();
        crate::errno::set(saved);
        return e;
    }
    // SAFETY: filled by the successful fstat.
    let st = unsafe { st.assume_init() };
    match st.st_mode & syscall::nr::S_IFMT {
        syscall::nr::S_IFREG => {}
        syscall::nr::S_IFIFO => return ESPIPE as c_int,
        _ => return ENODEV as c_int,
    }
    // SAFETY: F_GETFL reads nothing from memory.
    let fl =
        unsafe { syscall::syscall2(arch::NR_FCNTL, fd as usize, syscall::nr::F_GETFL as usize) };
    if fl < 0 {
        return errnum(fl);
    }
    // A write at an offset appends on an O_APPEND file: nothing to do
    // safely there.
    if fl as u32 & syscall::nr::O_APPEND != 0 {
        return EBADF as c_int;
    }
    let size = st.st_size as off_t;
    let bs = if st.st_blksize > 0 {
        st.st_blksize as off_t
    } else {
        4096
    };
    let zero = 0u8;
    let mut at = off;
    while at < end {
        let mut byte = 0u8;
        let mut need = true;
        if at < size {
            // SAFETY: one byte into our local.
            let n = unsafe { arch::pread(fd, (&raw mut byte).cast(), 1, at) };
            if n < 0 {
                return errnum(n);
            }
            need = n == 0 || byte == 0;
        }
        if need {
            // SAFETY: one byte from our local.
            let n = unsafe { arch::pwrite(fd, (&raw const zero).cast(), 1, at) };
            if n < 0 {
                return errnum(n);
            }
        }
        // The start of the next block.
        at = (at / bs + 1) * bs;
    }
    if end > size {
        // SAFETY: one byte from our local (the range's last byte is past
        // the old end, so it held no data).
        let n = unsafe { arch::pwrite(fd, (&raw const zero).cast(), 1, end - 1) };
        if n < 0 {
            return errnum(n);
        }
    }
    0
}

/// Linux `fallocate`: allocate, or with `FALLOC_FL_*` modes punch, zero,
/// collapse or insert ranges.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fallocate(fd: c_int, mode: c_int, off: off_t, len: off_t) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { arch::fallocate(fd, mode, off, len) })
}

/// POSIX.1-2024 `posix_fadvise`: access-pattern advice for [off, off+len)
/// (`len` 0: to the end). Returns the error number.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn posix_fadvise(fd: c_int, off: off_t, len: off_t, advice: c_int) -> c_int {
    // SAFETY: plain values.
    errnum(unsafe { arch::fadvise(fd, off, len, advice) })
}

/// Linux `readahead`: start reading `count` bytes at `off` into the page
/// cache.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn readahead(fd: c_int, off: off_t, count: size_t) -> ssize_t {
    // SAFETY: plain values.
    crate::kernel::ret(unsafe { arch::readahead(fd, off, count) })
}

/// Linux `sync_file_range`: write out (and/or wait for) the dirty pages
/// of [off, off+n) (`n` 0: to the end), as `SYNC_FILE_RANGE_*` say.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sync_file_range(fd: c_int, off: off_t, n: off_t, flags: c_uint) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { arch::sync_file_range(fd, off, n, flags) })
}

/// Linux `splice`: move up to `len` bytes between two descriptors, one of
/// them a pipe; a non-null offset is used (and advanced) instead of the
/// file position.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn splice(
    fd_in: c_int,
    off_in: *mut off_t,
    fd_out: c_int,
    off_out: *mut off_t,
    len: size_t,
    flags: c_uint,
) -> ssize_t {
    // SAFETY: the kernel checks the offset pointers (64-bit on every
    // arch: loff_t).
    crate::kernel::ret(unsafe { sys!(__NR_splice, fd_in, off_in, fd_out, off_out, len, flags) })
}

/// Linux `tee`: copy up to `len` bytes from one pipe to another without
/// consuming them.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tee(fd_in: c_int, fd_out: c_int, len: size_t, flags: c_uint) -> ssize_t {
    // SAFETY: plain values.
    crate::kernel::ret(unsafe { sys!(__NR_tee, fd_in, fd_out, len, flags) })
}

/// Linux `vmsplice`: map or copy user memory into (or out of) a pipe.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn vmsplice(
    fd: c_int,
    iov: *const crate::sys::uio::iovec,
    n: size_t,
    flags: c_uint,
) -> ssize_t {
    // SAFETY: the kernel checks the vector.
    crate::kernel::ret(unsafe { sys!(__NR_vmsplice, fd, iov, n, flags) })
}

/// Linux `struct file_handle`: `handle_bytes` of opaque handle follow.
#[repr(C)]
pub struct file_handle {
    pub handle_bytes: c_uint,
    pub handle_type: c_int,
    pub f_handle: [u8; 0],
}

/// Linux `name_to_handle_at`: a handle for the file, and the id of its
/// mount; EOVERFLOW (with `handle_bytes` set to the size needed) when the
/// caller's is too small.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn name_to_handle_at(
    dirfd: c_int,
    path: *const c_char,
    handle: *mut file_handle,
    mount_id: *mut c_int,
    flags: c_int,
) -> c_int {
    // SAFETY: the kernel checks the pointers.
    ret_int(unsafe { sys!(__NR_name_to_handle_at, dirfd, path, handle, mount_id, flags) })
}

/// Linux `open_by_handle_at`: open the file a handle names, on the mount
/// of `mount_fd` (needs CAP_DAC_READ_SEARCH). 64-bit offsets are always
/// on, so `O_LARGEFILE` is added where the arch needs it, as for `openat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn open_by_handle_at(
    mount_fd: c_int,
    handle: *mut file_handle,
    flags: c_int,
) -> c_int {
    // SAFETY: the kernel checks the handle.
    ret_int(unsafe {
        sys!(
            __NR_open_by_handle_at,
            mount_fd,
            handle,
            flags | arch::O_LARGEFILE
        )
    })
}
