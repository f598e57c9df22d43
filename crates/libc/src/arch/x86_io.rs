//! `<sys/io.h>` (x86_64 and i386 only, as with glibc: the I/O-port
//! instructions exist only there): the port-access permissions.
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `ioperm`: allow (`on` non-zero) or deny the `num` ports from
/// `from` (below 0x10000) to the calling thread.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ioperm(from: c_ulong, num: c_ulong, on: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_ioperm, from, num, on) })
}

/// Linux `iopl`: the I/O privilege level, 0 to 3.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn iopl(level: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_iopl, level) })
}
