//! `<sys/reboot.h>`: `reboot` (Linux/BSD).
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `reboot`: the `reboot(2)` command `howto` (`RB_*`), with the
/// kernel's two magic numbers.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn reboot(howto: c_int) -> c_int {
    use syscall::nr::{LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2};
    // SAFETY: plain values; no pointer is passed.
    ret_int(unsafe {
        sys!(
            __NR_reboot,
            LINUX_REBOOT_MAGIC1,
            LINUX_REBOOT_MAGIC2,
            howto,
            0usize
        )
    })
}
