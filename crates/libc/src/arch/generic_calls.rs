//! Arches with only the generic syscall table (aarch64, riscv64): no dup2
//! and (riscv64) no renameat, so use dup3 and renameat2.
use crate::types::*;

/// dup2 from dup3, as glibc does on these arches: dup3 refuses
/// `old == new`, so that case checks `old` is open and returns it.
#[inline]
pub unsafe fn dup2(old: c_int, new: c_int) -> isize {
    if old == new {
        // SAFETY: F_GETFD only inspects the descriptor.
        let r = unsafe { sys!(__NR_fcntl, old, syscall::nr::F_GETFD) };
        return if r < 0 { r } else { old as isize };
    }
    // SAFETY: plain values.
    unsafe { sys!(__NR_dup3, old, new, 0) }
}

#[inline]
pub unsafe fn renameat(od: c_int, old: *const c_char, nd: c_int, new: *const c_char) -> isize {
    // SAFETY: the kernel validates the paths.
    unsafe { sys!(__NR_renameat2, od, old, nd, new, 0) }
}

/// `pause` without a pause call: ppoll on no descriptors, no timeout and
/// the current signal mask sleeps until a signal is delivered (EINTR).
#[inline]
pub unsafe fn pause_cp() -> isize {
    // SAFETY: no descriptors, no timeout, no mask: nothing is read.
    unsafe { cp!(__NR_ppoll, 0, 0, 0, 0, 8) }
}
