//! x86_64's `struct stat`: the kernel's (arch/x86/include/uapi/asm/stat.h).
use crate::time::timespec;

/// POSIX.1-2024 `struct stat` (x86_64 kernel and glibc layout).
/// `nlink_t`: x86_64 keeps the kernel's 64-bit link count.
pub type nlink_t = u64;

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct stat {
    pub st_dev: u64,
    pub st_ino: u64,
    pub st_nlink: u64,
    pub st_mode: u32,
    pub st_uid: u32,
    pub st_gid: u32,
    pub __pad0: i32,
    pub st_rdev: u64,
    pub st_size: i64,
    pub st_blksize: i64,
    pub st_blocks: i64,
    pub st_atim: timespec,
    pub st_mtim: timespec,
    pub st_ctim: timespec,
    pub __unused: [i64; 3],
}
