//! `<sys/sendfile.h>`: copy between descriptors inside the kernel
//! (Linux). 64-bit offsets on every arch (`sendfile64` on i386).
use crate::arch;
use crate::kernel::ret;
use crate::types::*;

/// Linux `sendfile`: copy up to `count` bytes from `in_fd` to `out_fd`;
/// with a non-null `offset`, read from there (and advance it) instead of
/// from the file position.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sendfile(
    out_fd: c_int,
    in_fd: c_int,
    offset: *mut off_t,
    count: size_t,
) -> ssize_t {
    // SAFETY: the kernel checks the offset pointer (a 64-bit loff_t).
    ret(unsafe {
        syscall::syscall4(
            arch::NR_SENDFILE,
            out_fd as usize,
            in_fd as usize,
            offset as usize,
            count,
        )
    })
}
