//! `<ulimit.h>`: `ulimit`, the file-size limit in 512-byte blocks (the
//! variadic entry point is in c/variadic.c).
use crate::kernel::fail;
use crate::sys::resource::{getrlimit, rlim_t, rlimit, setrlimit};
use crate::types::*;
use syscall::errno::EINVAL;
use syscall::nr::RLIMIT_FSIZE;

const UL_GETFSIZE: c_int = 1;
const UL_SETFSIZE: c_int = 2;
const BLOCK: rlim_t = 512;

/// Backend of POSIX.1-2024 (obsolescent) `ulimit`: `UL_GETFSIZE` gives
/// the soft limit in blocks (`LONG_MAX` when unlimited); `UL_SETFSIZE`
/// sets soft and hard limits to `arg` blocks (unlimited when that does
/// not fit) and returns the new value, as glibc does. Other commands are
/// EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __ferro_ulimit(cmd: c_int, arg: c_long) -> c_long {
    match cmd {
        UL_GETFSIZE => {
            let mut rl = rlimit::default();
            // SAFETY: rl is a local.
            if unsafe { getrlimit(RLIMIT_FSIZE as c_int, &mut rl) } != 0 {
                -1
            } else if rl.rlim_cur == rlim_t::MAX {
                c_long::MAX
            } else {
                (rl.rlim_cur / BLOCK).min(c_long::MAX as rlim_t) as c_long
            }
        }
        UL_SETFSIZE => {
            // glibc compares the argument as an unsigned rlim_t, so a
            // negative count is "too large" and means unlimited.
            let n = arg as rlim_t;
            let (lim, result) = if n > rlim_t::MAX / BLOCK {
                (rlim_t::MAX, c_long::MAX)
            } else {
                (n * BLOCK, arg)
            };
            let rl = rlimit {
                rlim_cur: lim,
                rlim_max: lim,
            };
            // SAFETY: rl is a local.
            match unsafe { setrlimit(RLIMIT_FSIZE as c_int, &rl) } {
                0 => result,
                _ => -1,
            }
        }
        _ => fail(EINVAL) as c_long,
    }
}
