//! File-system calls whose 64-bit offsets and lengths fit one register
//! (x86_64, aarch64, riscv64): each is its system call as it stands.
use crate::types::*;

/// The kernel's `struct flock` (64-bit `off_t` natively) and its commands.
pub use syscall::nr::flock as KFlock;
pub const F_GETLK: c_int = syscall::nr::F_GETLK as c_int;
pub const F_SETLK: c_int = syscall::nr::F_SETLK as c_int;
pub const F_SETLKW: c_int = syscall::nr::F_SETLKW as c_int;
