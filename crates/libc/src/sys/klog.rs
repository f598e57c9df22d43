//! `<sys/klog.h>`: the kernel log buffer (Linux).
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `klogctl`: the `syslog(2)` system call (read, clear, console level …).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn klogctl(ty: c_int, buf: *mut c_char, len: c_int) -> c_int {
    // SAFETY: the kernel checks the buffer.
    ret_int(unsafe { sys!(__NR_syslog, ty, buf, len) })
}
