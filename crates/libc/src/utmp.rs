//! `<utmp.h>`: `login_tty` (BSD/GNU; the login records are not here).
use crate::types::*;
use crate::unistd::{close, dup2, setsid};

/// BSD `login_tty`: a new session with terminal `fd` as its controlling
/// terminal (`TIOCSCTTY`) and as standard input, output and error; `fd`
/// itself is closed when it is not one of those. -1 with errno when
/// `fd` cannot become the controlling terminal.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn login_tty(fd: c_int) -> c_int {
    setsid();
    // SAFETY: TIOCSCTTY takes an integer argument (0: do not steal).
    let r = unsafe { sys!(__NR_ioctl, fd, syscall::ioctl::TIOCSCTTY, 0) };
    if crate::kernel::ret_int(r) < 0 {
        return -1;
    }
    for std in 0..3 {
        if dup2(fd, std) < 0 {
            return -1;
        }
    }
    if fd > 2 {
        close(fd);
    }
    0
}
