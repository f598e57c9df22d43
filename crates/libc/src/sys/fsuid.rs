//! `<sys/fsuid.h>`: the file-system user and group ids (Linux). Neither
//! call reports an error: each returns the previous id (and the current
//! one when the new id was refused).
use crate::arch;
use crate::types::*;

/// Linux `setfsuid`: 32-bit ids on every arch.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setfsuid(uid: uid_t) -> c_int {
    // SAFETY: plain value.
    unsafe { syscall::syscall1(arch::NR_SETFSUID, uid as usize) as c_int }
}

/// Linux `setfsgid`: 32-bit ids on every arch.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setfsgid(gid: gid_t) -> c_int {
    // SAFETY: plain value.
    unsafe { syscall::syscall1(arch::NR_SETFSGID, gid as usize) as c_int }
}
