//! `<sys/ioctl.h>`: `ioctl` (variadic in C, lands here).
use crate::kernel::ret_int;
use crate::types::*;

/// Back end of the Linux/POSIX `ioctl`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ioctl(fd: c_int, req: c_ulong, arg: c_ulong) -> c_int {
    // SAFETY: the kernel validates the request and its argument.
    ret_int(unsafe { sys!(__NR_ioctl, fd, req, arg) })
}
