//! `<pty.h>`: `openpty` and `forkpty` (BSD/GNU; glibc keeps them in
//! libutil, ferrolibc in libc.a, with an empty libutil.a for `-lutil`).
use crate::stdlib::{grantpt, open_slave, posix_openpt, unlockpt};
use crate::termios::{tcsetattr, termios, winsize};
use crate::types::*;
use crate::unistd::{_exit, close_nocancel as close, fork};

/// BSD `openpty`: a new master and its slave (both `O_NOCTTY`), the
/// slave set to `*termp` (`TCSAFLUSH`) and `*winp` where they are not
/// null; the slave's path copied to `name` when it is not null (the
/// caller's buffer must hold it, as in BSD and glibc). -1 with errno,
/// nothing left open, on failure.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn openpty(
    amaster: *mut c_int,
    aslave: *mut c_int,
    name: *mut c_char,
    termp: *const termios,
    winp: *const winsize,
) -> c_int {
    let flags = (syscall::nr::O_RDWR | syscall::nr::O_NOCTTY) as c_int;
    let m = posix_openpt(flags);
    if m < 0 {
        return -1;
    }
    let mut path = [0 as c_char; 24];
    let s = if grantpt(m) == 0 && unlockpt(m) == 0 {
        open_slave(m, &mut path)
    } else {
        -1
    };
    if s < 0 {
        close(m);
        return -1;
    }
    // SAFETY: the caller's pointers are valid or null.
    unsafe {
        let ok = (termp.is_null() || tcsetattr(s, syscall::nr::TCSAFLUSH as c_int, termp) == 0)
            && (winp.is_null() || crate::termios::tcsetwinsize(s, winp) == 0);
        if !ok {
            let e = crate::errno::get();
            close(s);
            close(m);
            crate::errno::set(e);
            return -1;
        }
        if !name.is_null() {
            let n = path.iter().position(|&c| c == 0).unwrap_or(23);
            core::ptr::copy_nonoverlapping(path.as_ptr(), name, n + 1);
        }
        *amaster = m;
        *aslave = s;
    }
    0
}

/// BSD `forkpty`: `openpty`, then `fork`; the child makes the slave its
/// controlling terminal and standard streams (`login_tty`) and gets 0,
/// the parent keeps the master in `*amaster` and gets the child's pid.
/// -1 with errno (nothing left open) when the pty or the fork fails.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn forkpty(
    amaster: *mut c_int,
    name: *mut c_char,
    termp: *const termios,
    winp: *const winsize,
) -> pid_t {
    let (mut m, mut s) = (-1, -1);
    // SAFETY: forwarded; our locals receive the descriptors.
    if unsafe { openpty(&mut m, &mut s, name, termp, winp) } != 0 {
        return -1;
    }
    let pid = fork();
    if pid < 0 {
        let e = crate::errno::get();
        close(s);
        close(m);
        crate::errno::set(e);
        return -1;
    }
    if pid == 0 {
        close(m);
        if crate::utmp::login_tty(s) != 0 {
            _exit(1);
        }
        return 0;
    }
    close(s);
    // SAFETY: the caller passes a valid pointer.
    unsafe { *amaster = m };
    pid
}
