//! `<sys/quota.h>`: disk quotas (Linux).
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `quotactl`: quota command `cmd` (`QCMD(op, type)`) on the file
/// system of block device `special`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn quotactl(
    cmd: c_int,
    special: *const c_char,
    id: c_int,
    addr: *mut c_char,
) -> c_int {
    // SAFETY: the kernel checks the path and the buffer.
    ret_int(unsafe { sys!(__NR_quotactl, cmd, special, id, addr) })
}
