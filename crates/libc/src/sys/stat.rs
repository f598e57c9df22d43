//! `<sys/stat.h>`: directory creation, permission bits, umask.
use crate::kernel::ret_int;
use crate::types::*;
use syscall::nr::AT_FDCWD;

/// POSIX.1-2024 `mkdir`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkdir(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_mkdirat, AT_FDCWD, path, mode) })
}

/// POSIX.1-2024 `mkdirat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkdirat(dirfd: c_int, path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_mkdirat, dirfd, path, mode) })
}

/// POSIX.1-2024 `chmod`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn chmod(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_fchmodat, AT_FDCWD, path, mode) })
}

/// POSIX.1-2024 `fchmod`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fchmod(fd: c_int, mode: mode_t) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_fchmod, fd, mode) })
}

/// POSIX.1-2024 `umask` (never fails).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn umask(mask: mode_t) -> mode_t {
    // SAFETY: plain value.
    unsafe { sys!(__NR_umask, mask & 0o777) as mode_t }
}

pub use crate::arch::stat;
use crate::kernel::fail;
use crate::time::{KTimespec, timespec};
use syscall::errno::{EBADF, EINVAL, ENOSYS, EOPNOTSUPP};
use syscall::nr::{AT_SYMLINK_NOFOLLOW, O_CLOEXEC, O_NOFOLLOW, O_PATH, S_IFLNK, S_IFMT};

/// POSIX.1-2024 `fstatat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fstatat(
    dirfd: c_int,
    path: *const c_char,
    buf: *mut stat,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller passes a path and a writable struct stat.
    ret_int(unsafe { crate::arch::fstatat(dirfd, path, buf, flags) })
}

/// POSIX.1-2024 `stat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn stat(path: *const c_char, buf: *mut stat) -> c_int {
    // SAFETY: as fstatat.
    unsafe { fstatat(AT_FDCWD, path, buf, 0) }
}

/// POSIX.1-2024 `lstat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lstat(path: *const c_char, buf: *mut stat) -> c_int {
    // SAFETY: as fstatat.
    unsafe { fstatat(AT_FDCWD, path, buf, AT_SYMLINK_NOFOLLOW as c_int) }
}

/// POSIX.1-2024 `fstat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fstat(fd: c_int, buf: *mut stat) -> c_int {
    if fd < 0 {
        return fail(EBADF);
    }
    // SAFETY: an empty path with AT_EMPTY_PATH names fd itself.
    unsafe { fstatat(fd, c"".as_ptr(), buf, syscall::nr::AT_EMPTY_PATH as c_int) }
}

/// POSIX.1-2024 `fchmodat`. With AT_SYMLINK_NOFOLLOW: the kernel's
/// `fchmodat2` where it has one; otherwise the path is opened with
/// `O_PATH|O_NOFOLLOW`, a symbolic link is EOPNOTSUPP (Linux cannot change
/// a link's mode) and anything else is changed through `/proc/self/fd/N`,
/// as glibc does. Other flags are EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fchmodat(
    dirfd: c_int,
    path: *const c_char,
    mode: mode_t,
    flags: c_int,
) -> c_int {
    if flags & !(AT_SYMLINK_NOFOLLOW as c_int) != 0 {
        return fail(EINVAL);
    }
    if flags == 0 {
        // SAFETY: the kernel checks the path.
        return ret_int(unsafe { sys!(__NR_fchmodat, dirfd, path, mode) });
    }
    // SAFETY: the kernel checks the path.
    let r = unsafe { sys!(__NR_fchmodat2, dirfd, path, mode, flags) };
    if r != -(ENOSYS as isize) {
        return ret_int(r);
    }
    let oflags = O_PATH | O_NOFOLLOW | O_CLOEXEC;
    // SAFETY: the kernel checks the path.
    let fd = ret_int(unsafe { sys!(__NR_openat, dirfd, path, oflags) });
    if fd < 0 {
        return -1;
    }
    // SAFETY: all-zero is a valid struct stat.
    let mut st: stat = unsafe { core::mem::zeroed() };
    // SAFETY: fd is ours; st is a local.
    let mut r = unsafe { fstat(fd, &mut st) };
    if r == 0 {
        r = if st.st_mode & S_IFMT == S_IFLNK {
            fail(EOPNOTSUPP)
        } else {
            let p = crate::kernel::proc_fd_path(fd);
            // SAFETY: p is a NUL-terminated path.
            ret_int(unsafe { sys!(__NR_fchmodat, AT_FDCWD, p.as_ptr(), mode) })
        };
    }
    let e = crate::errno::get();
    crate::unistd::close_nocancel(fd);
    crate::errno::set(e);
    r
}

/// POSIX.1-2024 `mknodat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mknodat(
    dirfd: c_int,
    path: *const c_char,
    mode: mode_t,
    dev: dev_t,
) -> c_int {
    if dev > u32::MAX as u64 {
        return fail(EINVAL);
    }
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_mknodat, dirfd, path, mode, dev as u32) })
}

/// POSIX.1-2024 `mknod`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mknod(path: *const c_char, mode: mode_t, dev: dev_t) -> c_int {
    // SAFETY: as mknodat.
    unsafe { mknodat(AT_FDCWD, path, mode, dev) }
}

/// POSIX.1-2024 `mkfifoat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkfifoat(dirfd: c_int, path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: as mknodat.
    unsafe { mknodat(dirfd, path, (mode & 0o7777) | 0o010000, 0) }
}

/// POSIX.1-2024 `mkfifo`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkfifo(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: as mknodat.
    unsafe { mkfifoat(AT_FDCWD, path, mode) }
}

/// POSIX.1-2024 `utimensat` (UTIME_NOW and UTIME_OMIT in tv_nsec).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn utimensat(
    dirfd: c_int,
    path: *const c_char,
    times: *const timespec,
    flags: c_int,
) -> c_int {
    if path.is_null() {
        return fail(EINVAL);
    }
    // SAFETY: the caller passes a path and null or two timespecs.
    unsafe { utimens(dirfd, path, times, flags) }
}

/// `utimensat` on the 64-bit-time call (a NULL path: the fd itself), the
/// two times copied into kernel timespecs where the C layout differs
/// (i386's padding is never read).
pub(crate) unsafe fn utimens(
    dirfd: c_int,
    path: *const c_char,
    times: *const timespec,
    flags: c_int,
) -> c_int {
    let mut k = [KTimespec::default(); 2];
    let kp = if crate::arch::TIMESPEC_IS_KERNEL || times.is_null() {
        times as usize
    } else {
        for (i, slot) in k.iter_mut().enumerate() {
            // SAFETY: the caller passes two readable timespecs.
            unsafe { KTimespec::input(times.add(i), slot) };
        }
        k.as_ptr() as usize
    };
    let (d, p, f) = (dirfd as usize, path as usize, flags as usize);
    // SAFETY: kp is null or two kernel timespecs; the kernel checks path.
    ret_int(unsafe { syscall::syscall4(crate::arch::NR_UTIMENSAT, d, p, kp, f) })
}

/// POSIX.1-2024 `futimens`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn futimens(fd: c_int, times: *const timespec) -> c_int {
    // SAFETY: a null path makes the kernel act on fd itself.
    unsafe { utimens(fd, core::ptr::null(), times, 0) }
}

/// A time in `struct statx` (Linux, glibc's layout).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct statx_timestamp {
    pub tv_sec: i64,
    pub tv_nsec: u32,
    pub __statx_timestamp_pad1: [i32; 1],
}

/// Linux `struct statx`, 256 bytes on every arch: the kernel's up to the
/// direct-I/O alignments, the rest reserved.
#[repr(C)]
pub struct statx {
    pub stx_mask: u32,
    pub stx_blksize: u32,
    pub stx_attributes: u64,
    pub stx_nlink: u32,
    pub stx_uid: u32,
    pub stx_gid: u32,
    pub stx_mode: u16,
    pub __statx_pad1: [u16; 1],
    pub stx_ino: u64,
    pub stx_size: u64,
    pub stx_blocks: u64,
    pub stx_attributes_mask: u64,
    pub stx_atime: statx_timestamp,
    pub stx_btime: statx_timestamp,
    pub stx_ctime: statx_timestamp,
    pub stx_mtime: statx_timestamp,
    pub stx_rdev_major: u32,
    pub stx_rdev_minor: u32,
    pub stx_dev_major: u32,
    pub stx_dev_minor: u32,
    pub stx_mnt_id: u64,
    pub stx_dio_mem_align: u32,
    pub stx_dio_offset_align: u32,
    pub __statx_pad2: [u64; 12],
}
const _: () = assert!(core::mem::size_of::<statx>() == 256);
const _: () = assert!(core::mem::size_of::<statx>() == core::mem::size_of::<syscall::nr::statx>());

/// Linux `statx`: what `mask` asks for (`STATX_*`) about `path` relative
/// to `dirfd` (`AT_*` flags, `AT_STATX_*` sync modes); `stx_mask` says
/// what was filled.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn statx(
    dirfd: c_int,
    path: *const c_char,
    flags: c_int,
    mask: c_uint,
    buf: *mut statx,
) -> c_int {
    // SAFETY: the kernel checks the path and the buffer (its own layout).
    ret_int(unsafe { sys!(__NR_statx, dirfd, path, flags, mask, buf) })
}

/// BSD/GNU `lchmod`: the mode of `path` without following a final
/// symbolic link: `fchmodat(AT_FDCWD, path, mode, AT_SYMLINK_NOFOLLOW)`,
/// so a link itself fails with EOPNOTSUPP, as glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lchmod(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: forwarded.
    unsafe { fchmodat(AT_FDCWD, path, mode, AT_SYMLINK_NOFOLLOW as c_int) }
}
