//! `<sys/uio.h>`: vectored I/O, and `pread`/`pwrite` of `<unistd.h>`,
//! which share its offset handling. Offsets are 64-bit on every arch; the
//! kernel's `preadv` family takes them as a low and a high word (the high
//! one ignored by 64-bit kernels), `pread64` as the arch's ABI says
//! (`arch::pread`).
use crate::arch;
use crate::kernel::ret;
use crate::types::*;

/// POSIX `struct iovec`.
#[repr(C)]
pub struct iovec {
    pub iov_base: *mut c_void,
    pub iov_len: size_t,
}

/// The offset as the `preadv` family's low and high words.
fn halves(off: off_t) -> (usize, usize) {
    (off as usize, (off as u64 >> 32) as usize)
}

/// POSIX `readv`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn readv(fd: c_int, iov: *const iovec, n: c_int) -> ssize_t {
    // SAFETY: the kernel checks the vector.
    ret(unsafe { sys!(__NR_readv, fd, iov, n) })
}

/// POSIX `writev`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn writev(fd: c_int, iov: *const iovec, n: c_int) -> ssize_t {
    // SAFETY: the kernel checks the vector.
    ret(unsafe { sys!(__NR_writev, fd, iov, n) })
}

/// BSD/GNU `preadv` (POSIX.1-2024 has it too).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn preadv(fd: c_int, iov: *const iovec, n: c_int, off: off_t) -> ssize_t {
    let (lo, hi) = halves(off);
    // SAFETY: the kernel checks the vector.
    ret(unsafe { sys!(__NR_preadv, fd, iov, n, lo, hi) })
}

/// BSD/GNU `pwritev` (POSIX.1-2024 has it too).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pwritev(fd: c_int, iov: *const iovec, n: c_int, off: off_t) -> ssize_t {
    let (lo, hi) = halves(off);
    // SAFETY: the kernel checks the vector.
    ret(unsafe { sys!(__NR_pwritev, fd, iov, n, lo, hi) })
}

/// A kernel without the v2 calls (before 4.6, or qemu-user 7.2): with no
/// flags they are the v1 calls (offset -1: the plain ones), with flags
/// EOPNOTSUPP, as glibc does.
fn v2_fallback(
    raw: isize,
    flags: c_int,
    off: off_t,
    plain: impl FnOnce() -> isize,
    at: impl FnOnce() -> isize,
) -> isize {
    if raw != -(syscall::errno::ENOSYS as isize) {
        return raw;
    }
    if flags != 0 {
        return -(syscall::errno::EOPNOTSUPP as isize);
    }
    if off == -1 { plain() } else { at() }
}

/// Linux `preadv2`: `preadv` with `RWF_*` flags; an offset of -1 reads
/// at the file position.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn preadv2(
    fd: c_int,
    iov: *const iovec,
    n: c_int,
    off: off_t,
    flags: c_int,
) -> ssize_t {
    let (lo, hi) = halves(off);
    // SAFETY: the kernel checks the vector.
    let raw = unsafe { sys!(__NR_preadv2, fd, iov, n, lo, hi, flags) };
    ret(v2_fallback(
        raw,
        flags,
        off,
        // SAFETY: as above.
        || unsafe { sys!(__NR_readv, fd, iov, n) },
        // SAFETY: as above.
        || unsafe { sys!(__NR_preadv, fd, iov, n, lo, hi) },
    ))
}

/// Linux `pwritev2`: `pwritev` with `RWF_*` flags; an offset of -1
/// writes at the file position.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pwritev2(
    fd: c_int,
    iov: *const iovec,
    n: c_int,
    off: off_t,
    flags: c_int,
) -> ssize_t {
    let (lo, hi) = halves(off);
    // SAFETY: the kernel checks the vector.
    let raw = unsafe { sys!(__NR_pwritev2, fd, iov, n, lo, hi, flags) };
    ret(v2_fallback(
        raw,
        flags,
        off,
        // SAFETY: as above.
        || unsafe { sys!(__NR_writev, fd, iov, n) },
        // SAFETY: as above.
        || unsafe { sys!(__NR_pwritev, fd, iov, n, lo, hi) },
    ))
}

/// POSIX `pread`: read at an offset, the file position unchanged.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pread(fd: c_int, buf: *mut c_void, n: size_t, off: off_t) -> ssize_t {
    // SAFETY: the kernel checks the buffer.
    ret(unsafe { arch::pread(fd, buf, n, off) })
}

/// POSIX `pwrite`: write at an offset, the file position unchanged
/// (Linux appends under `O_APPEND`, as glibc documents).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pwrite(fd: c_int, buf: *const c_void, n: size_t, off: off_t) -> ssize_t {
    // SAFETY: the kernel checks the buffer.
    ret(unsafe { arch::pwrite(fd, buf, n, off) })
}
