//! `<grp.h>`: so far only `setgroups` (the group database comes later).
use crate::arch;
use crate::kernel::ret_int;
use crate::types::*;

/// GNU/BSD `setgroups`: the supplementary group list (privileged; more
/// than NGROUPS_MAX, 65536, is EINVAL). Applies to the calling thread,
/// which is the process while ferrolibc has no threads.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setgroups(n: size_t, list: *const gid_t) -> c_int {
    // SAFETY: the kernel checks the list pointer.
    ret_int(unsafe { syscall::syscall2(arch::NR_SETGROUPS, n, list as usize) })
}
