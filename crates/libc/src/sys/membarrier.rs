//! `<sys/membarrier.h>`: memory barriers across threads (Linux; as musl).
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `membarrier`: `cmd` (`MEMBARRIER_CMD_*`) with `flags`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn membarrier(cmd: c_int, flags: c_uint, cpu_id: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_membarrier, cmd, flags, cpu_id) })
}
