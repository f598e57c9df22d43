//! `<sys/swap.h>`: swap areas (Linux).
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `swapon`: start swapping to the file or device at `path`
/// (`SWAP_FLAG_PREFER` with a priority, `SWAP_FLAG_DISCARD`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn swapon(path: *const c_char, flags: c_int) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_swapon, path, flags) })
}

/// Linux `swapoff`: stop swapping to `path`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn swapoff(path: *const c_char) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_swapoff, path) })
}
