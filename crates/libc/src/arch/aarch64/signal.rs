//! aarch64 signal return: no `SA_RESTORER`. The kernel points a handler's
//! return at the vDSO's `__kernel_rt_sigreturn` (qemu-user at its own
//! trampoline page), as it does for glibc, which passes none either.
use crate::types::*;

#[inline]
pub fn restorer(_flags: c_ulong) -> Option<usize> {
    None
}
