//! aarch64's and riscv64's `struct stat`: asm-generic's
//! (include/uapi/asm-generic/stat.h), which glibc uses too.
use crate::time::timespec;

/// `nlink_t`: 32-bit in the asm-generic ABI.
pub type nlink_t = u32;

/// POSIX.1-2024 `struct stat` (asm-generic kernel and glibc layout).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct stat {
    pub st_dev: u64,
    pub st_ino: u64,
    pub st_mode: u32,
    pub st_nlink: u32,
    pub st_uid: u32,
    pub st_gid: u32,
    pub st_rdev: u64,
    pub __pad1: u64,
    pub st_size: i64,
    pub st_blksize: i32,
    pub __pad2: i32,
    pub st_blocks: i64,
    pub st_atim: timespec,
    pub st_mtim: timespec,
    pub st_ctim: timespec,
    pub __unused: [u32; 2],
}
