//! C types shared by several headers (`sys/types.h` and friends).
pub use core::ffi::{c_char, c_int, c_long, c_uint, c_ulong, c_void};

pub type size_t = usize;
pub type ssize_t = isize;
/// 64-bit on every arch (like musl; no `_FILE_OFFSET_BITS` split).
pub type off_t = i64;
pub type mode_t = u32;
pub type pid_t = i32;
pub type uid_t = u32;
pub type gid_t = u32;
