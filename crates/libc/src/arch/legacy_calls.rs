//! Arches with the legacy syscalls (x86_64, i386): dup2 and renameat exist.
use crate::types::*;

#[inline]
pub unsafe fn dup2(old: c_int, new: c_int) -> isize {
    // SAFETY: plain values; dup2(fd, fd) is answered by the kernel itself.
    unsafe { sys!(__NR_dup2, old, new) }
}

#[inline]
pub unsafe fn renameat(od: c_int, old: *const c_char, nd: c_int, new: *const c_char) -> isize {
    // SAFETY: the kernel validates the paths.
    unsafe { sys!(__NR_renameat, od, old, nd, new) }
}

/// `pause`: the kernel has the call.
#[inline]
pub unsafe fn pause_cp() -> isize {
    // SAFETY: no arguments.
    unsafe { cp!(__NR_pause) }
}
