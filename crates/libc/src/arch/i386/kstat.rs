//! i386's `struct stat` and the stat calls. The C struct keeps the kernel
//! `stat64` layout but widens the three times to this libc's 64-bit
//! `timespec` (y2038), so the kernel never writes it directly: `statx`
//! fills a local that is converted, with `fstatat64` (32-bit times) as the
//! fallback where `statx` is ENOSYS.
use crate::time::timespec;
use crate::types::*;
use syscall::nr::{STATX_BASIC_STATS, stat64, statx};

/// `nlink_t`: 32-bit, as in the kernel's `stat64`.
pub type nlink_t = u32;

/// POSIX.1-2024 `struct stat` (i386: `stat64` with 64-bit times).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct stat {
    pub st_dev: u64,
    pub __pad1: u32,
    pub __st_ino: u32,
    pub st_mode: u32,
    pub st_nlink: u32,
    pub st_uid: u32,
    pub st_gid: u32,
    pub st_rdev: u64,
    pub __pad2: u32,
    pub st_size: i64,
    pub st_blksize: i32,
    pub st_blocks: i64,
    pub st_atim: timespec,
    pub st_mtim: timespec,
    pub st_ctim: timespec,
    pub st_ino: u64,
}

/// The dev_t encoding of a major/minor pair (as `makedev`).
fn dev(major: u32, minor: u32) -> u64 {
    let (ma, mi) = (major as u64, minor as u64);
    ((ma & 0xffff_f000) << 32) | ((ma & 0xfff) << 8) | ((mi & 0xffff_ff00) << 12) | (mi & 0xff)
}

fn ts(sec: i64, nsec: u32) -> timespec {
    timespec {
        tv_sec: sec,
        tv_nsec: nsec as c_long,
        _pad: 0,
    }
}

/// `fstatat` into the caller's buffer through `statx` (raw kernel result).
pub unsafe fn fstatat(dirfd: c_int, path: *const c_char, buf: *mut stat, flags: c_int) -> isize {
    // SAFETY: all-zero is a valid statx.
    let mut x: statx = unsafe { core::mem::zeroed() };
    // SAFETY: the kernel checks the path and writes our local.
    let r = unsafe {
        sys!(
            __NR_statx,
            dirfd,
            path,
            flags,
            STATX_BASIC_STATS,
            &raw mut x
        )
    };
    if r != -(syscall::errno::ENOSYS as isize) {
        if r == 0 {
            let s = stat {
                st_dev: dev(x.stx_dev_major, x.stx_dev_minor),
                __st_ino: x.stx_ino as u32,
                st_mode: x.stx_mode as u32,
                st_nlink: x.stx_nlink,
                st_uid: x.stx_uid,
                st_gid: x.stx_gid,
                st_rdev: dev(x.stx_rdev_major, x.stx_rdev_minor),
                st_size: x.stx_size as i64,
                st_blksize: x.stx_blksize as i32,
                st_blocks: x.stx_blocks as i64,
                st_atim: ts(x.stx_atime.tv_sec, x.stx_atime.tv_nsec),
                st_mtim: ts(x.stx_mtime.tv_sec, x.stx_mtime.tv_nsec),
                st_ctim: ts(x.stx_ctime.tv_sec, x.stx_ctime.tv_nsec),
                st_ino: x.stx_ino,
                ..stat::default()
            };
            // SAFETY: the caller passes a writable struct stat.
            unsafe { buf.write(s) };
        }
        return r;
    }
    // SAFETY: all-zero is a valid stat64.
    let mut k: stat64 = unsafe { core::mem::zeroed() };
    // SAFETY: the kernel checks the path and writes our local.
    let r = unsafe { sys!(__NR_fstatat64, dirfd, path, &raw mut k, flags) };
    if r == 0 {
        let s = stat {
            st_dev: k.st_dev,
            __st_ino: k.__st_ino as u32,
            st_mode: k.st_mode,
            st_nlink: k.st_nlink,
            st_uid: k.st_uid as u32,
            st_gid: k.st_gid as u32,
            st_rdev: k.st_rdev,
            st_size: k.st_size,
            st_blksize: k.st_blksize as i32,
            st_blocks: k.st_blocks as i64,
            // The kernel's 32-bit times are unsigned past 2038.
            st_atim: ts(k.st_atime as i64, k.st_atime_nsec as u32),
            st_mtim: ts(k.st_mtime as i64, k.st_mtime_nsec),
            st_ctim: ts(k.st_ctime as i64, k.st_ctime_nsec as u32),
            st_ino: k.st_ino,
            ..stat::default()
        };
        // SAFETY: the caller passes a writable struct stat.
        unsafe { buf.write(s) };
    }
    r
}
