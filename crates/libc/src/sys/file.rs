//! `<sys/file.h>`: BSD `flock`, whole-file advisory locks that belong to
//! the open file description (not the process, unlike `fcntl` locks).
use crate::kernel::ret_int;
use crate::types::*;

/// BSD `flock`: `LOCK_SH`, `LOCK_EX` or `LOCK_UN`, with `LOCK_NB` to fail
/// with EWOULDBLOCK instead of waiting.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn flock(fd: c_int, op: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_flock, fd, op) })
}
