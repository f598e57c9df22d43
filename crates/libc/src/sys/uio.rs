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
    ret(unsafe { cp!(__NR_readv, fd, iov, n) })
}

/// POSIX `writev`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn writev(fd: c_int, iov: *const iovec, n: c_int) -> ssize_t {
    // SAFETY: the kernel checks the vector.
    ret(unsafe { cp!(__NR_writev, fd, iov, n) })
}

/// BSD/GNU `preadv` (POSIX.1-2024 has it too).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn preadv(fd: c_int, iov: *const iovec, n: c_int, off: off_t) -> ssize_t {
    let (lo, hi) = halves(off);
    // SAFETY: the kernel checks the vector.
    ret(unsafe { cp!(__NR_preadv, fd, iov, n, lo, hi) })
}

/// BSD/GNU `pwritev` (POSIX.1-2024 has it too).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pwritev(fd: c_int, iov: *const iovec, n: c_int, off: off_t) -> ssize_t {
    let (lo, hi) = halves(off);
    // SAFETY: the kernel checks the vector.
    ret(unsafe { cp!(__NR_pwritev, fd, iov, n, lo, hi) })
}

const RWF_HIPRI: c_int = 0x1;
const RWF_DSYNC: c_int = 0x2;
const RWF_SYNC: c_int = 0x4;

/// A kernel without the v2 calls (before 4.6, or qemu-user 7.2): they
/// become the v1 calls (offset -1: the plain ones). The flags that can be
/// kept are: `RWF_HIPRI` is a polling hint, dropped; `RWF_DSYNC`/`RWF_SYNC`
/// on a write are an `fdatasync`/`fsync` once it is done (nothing for a
/// read). The others (`RWF_NOWAIT`, `RWF_APPEND`, `RWF_NOAPPEND`, unknown
/// bits) cannot be had without the kernel's call: EOPNOTSUPP, as glibc
/// answers for any flag there.
fn v2_fallback(
    raw: isize,
    fd: c_int,
    flags: c_int,
    write: bool,
    off: off_t,
    plain: impl FnOnce() -> isize,
    at: impl FnOnce() -> isize,
) -> isize {
    if raw != -(syscall::errno::ENOSYS as isize) {
        return raw;
    }
    if flags & !(RWF_HIPRI | RWF_DSYNC | RWF_SYNC) != 0 {
        return -(syscall::errno::EOPNOTSUPP as isize);
    }
    let r = if off == -1 { plain() } else { at() };
    if write && r >= 0 && flags & (RWF_DSYNC | RWF_SYNC) != 0 {
        let nr = if flags & RWF_SYNC != 0 {
            syscall::nr::__NR_fsync
        } else {
            syscall::nr::__NR_fdatasync
        };
        // SAFETY: plain value.
        let s = unsafe { syscall::syscall1(nr as usize, fd as usize) };
        if s < 0 {
            return s;
        }
    }
    r
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
    let raw = unsafe { cp!(__NR_preadv2, fd, iov, n, lo, hi, flags) };
    ret(v2_fallback(
        raw,
        fd,
        flags,
        false,
        off,
        // SAFETY: as above.
        || unsafe { cp!(__NR_readv, fd, iov, n) },
        // SAFETY: as above.
        || unsafe { cp!(__NR_preadv, fd, iov, n, lo, hi) },
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
    let raw = unsafe { cp!(__NR_pwritev2, fd, iov, n, lo, hi, flags) };
    ret(v2_fallback(
        raw,
        fd,
        flags,
        true,
        off,
        // SAFETY: as above.
        || unsafe { cp!(__NR_writev, fd, iov, n) },
        // SAFETY: as above.
        || unsafe { cp!(__NR_pwritev, fd, iov, n, lo, hi) },
    ))
}

/// POSIX `pread`: read at an offset, the file position unchanged.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pread(fd: c_int, buf: *mut c_void, n: size_t, off: off_t) -> ssize_t {
    // SAFETY: the kernel checks the buffer.
    ret(unsafe { arch::pread_cp(fd, buf, n, off) })
}

/// POSIX `pwrite`: write at an offset, the file position unchanged
/// (Linux appends under `O_APPEND`, as glibc documents).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pwrite(fd: c_int, buf: *const c_void, n: size_t, off: off_t) -> ssize_t {
    // SAFETY: the kernel checks the buffer.
    ret(unsafe { arch::pwrite_cp(fd, buf, n, off) })
}

/// Linux `process_vm_readv`: copy from another process's memory
/// (`remote`) into ours (`local`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn process_vm_readv(
    pid: pid_t,
    local: *const iovec,
    nlocal: c_ulong,
    remote: *const iovec,
    nremote: c_ulong,
    flags: c_ulong,
) -> ssize_t {
    // SAFETY: the kernel checks both vectors.
    ret(unsafe {
        sys!(
            __NR_process_vm_readv,
            pid,
            local,
            nlocal,
            remote,
            nremote,
            flags
        )
    })
}

/// Linux `process_vm_writev`: copy from our memory (`local`) into another
/// process's (`remote`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn process_vm_writev(
    pid: pid_t,
    local: *const iovec,
    nlocal: c_ulong,
    remote: *const iovec,
    nremote: c_ulong,
    flags: c_ulong,
) -> ssize_t {
    // SAFETY: the kernel checks both vectors.
    ret(unsafe {
        sys!(
            __NR_process_vm_writev,
            pid,
            local,
            nlocal,
            remote,
            nremote,
            flags
        )
    })
}
