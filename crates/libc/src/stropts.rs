//! `<stropts.h>`: `isastream`. Linux has no STREAMS, so no descriptor is
//! one.
use crate::types::*;

/// POSIX.1-2008 XSI STREAMS `isastream` (obsolescent): 0 for an open
/// descriptor, -1 with EBADF for any other.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isastream(fd: c_int) -> c_int {
    // SAFETY: F_GETFD reads nothing from memory.
    let r = unsafe {
        syscall::syscall2(
            crate::arch::NR_FCNTL,
            fd as usize,
            syscall::nr::F_GETFD as usize,
        )
    };
    if r < 0 { crate::kernel::ret_int(r) } else { 0 }
}
