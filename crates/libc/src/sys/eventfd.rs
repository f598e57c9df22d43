//! `<sys/eventfd.h>`: the Linux event counter descriptor (Linux
//! extension), over `eventfd2` (aarch64 and riscv64 have no `eventfd`).
use crate::kernel::{ret, ret_int};
use crate::types::*;

/// Linux `eventfd_t`: the 64-bit counter.
pub type eventfd_t = u64;

/// Linux `eventfd`: a descriptor whose counter starts at `initval`
/// (`EFD_SEMAPHORE`, `EFD_CLOEXEC`, `EFD_NONBLOCK`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn eventfd(initval: c_uint, flags: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_eventfd2, initval, flags) })
}

/// GNU `eventfd_read`: read the counter into `*value`; 0, or -1 with
/// errno.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn eventfd_read(fd: c_int, value: *mut eventfd_t) -> c_int {
    // SAFETY: the kernel checks the 8-byte buffer.
    let r = ret(unsafe { sys!(__NR_read, fd, value, 8) });
    if r == 8 { 0 } else { -1 }
}

/// GNU `eventfd_write`: add `value` to the counter; 0, or -1 with errno.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn eventfd_write(fd: c_int, value: eventfd_t) -> c_int {
    // SAFETY: our local, 8 bytes.
    let r = ret(unsafe { sys!(__NR_write, fd, &raw const value, 8) });
    if r == 8 { 0 } else { -1 }
}
