//! i386 file-system calls with 64-bit offsets: each 64-bit argument goes
//! as two registers, low word first (the kernel's `compat_arg_u64` order,
//! with no register-pair alignment on x86).
use crate::types::*;

/// The kernel's `struct flock64`, which is ours (`off_t` is 64-bit), and
/// the `*64` lock commands that take it.
pub use syscall::nr::flock64 as KFlock;
pub const F_GETLK: c_int = syscall::nr::F_GETLK64 as c_int;
pub const F_SETLK: c_int = syscall::nr::F_SETLK64 as c_int;
pub const F_SETLKW: c_int = syscall::nr::F_SETLKW64 as c_int;
const _: () = assert!(core::mem::size_of::<KFlock>() == 24);
