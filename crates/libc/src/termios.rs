//! `<termios.h>`: terminal attributes, line control and window size.
//!
//! The C `struct termios` is glibc's user-space one (32 control
//! characters and the two speed words, 60 bytes on every arch), not the
//! kernel's (`TCGETS`/`TCSETS` move 19 control characters and no speeds
//! on x86, aarch64 and riscv64), so the attribute calls convert. The
//! speeds live in `c_cflag` (`CBAUD`, as the kernel reads them); the
//! speed words are written for programs that look at them, never read.
//! `cfsetispeed(B0)` ("input speed = output speed") is remembered in a
//! `c_iflag` bit the kernel does not use ([`IBAUD0`]), which
//! `cfgetispeed` reports and `tcsetattr` strips, as glibc does.
use crate::kernel::{fail, ret_int};
use crate::types::*;
use core::ffi::{c_uchar, c_ushort};
use syscall::ioctl;
use syscall::nr as k;

/// Terminal mode flags.
pub type tcflag_t = c_uint;
/// A baud-rate code (`B0` … `B4000000`).
pub type speed_t = c_uint;
/// A control character.
pub type cc_t = c_uchar;

/// The size of `c_cc` in the C structure.
pub const NCCS: usize = 32;

/// POSIX `struct termios`, glibc's layout.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct termios {
    pub c_iflag: tcflag_t,
    pub c_oflag: tcflag_t,
    pub c_cflag: tcflag_t,
    pub c_lflag: tcflag_t,
    pub c_line: cc_t,
    pub c_cc: [cc_t; NCCS],
    pub c_ispeed: speed_t,
    pub c_ospeed: speed_t,
}
const _: () = assert!(core::mem::size_of::<termios>() == 60);

/// POSIX.1-2024 `struct winsize`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct winsize {
    pub ws_row: c_ushort,
    pub ws_col: c_ushort,
    pub ws_xpixel: c_ushort,
    pub ws_ypixel: c_ushort,
}

/// The `c_iflag` bit saying "input speed 0: the same as the output
/// speed" (glibc's; the kernel defines no flag there).
pub const IBAUD0: tcflag_t = 0o20000000000;

/// Every speed bit of `c_cflag` (`CBAUD` includes `CBAUDEX`).
const SPEED_MASK: tcflag_t = k::CBAUD | k::CBAUDEX;
/// The kernel's count of control characters.
const KNCCS: usize = 19;
const _: () = assert!(core::mem::size_of::<k::termios>() == 17 + KNCCS);

/// The baud rates in bits per second, in code order: entry `i` is
/// `B…` code `i` below 16 and `CBAUDEX | (i - 15)` from there on.
static SPEEDS: [u32; 31] = [
    0, 50, 75, 110, 134, 150, 200, 300, 600, 1200, 1800, 2400, 4800, 9600, 19200, 38400, 57600,
    115200, 230400, 460800, 500000, 576000, 921600, 1000000, 1152000, 1500000, 2000000, 2500000,
    3000000, 3500000, 4000000,
];

fn speed_code(i: usize) -> speed_t {
    if i < 16 {
        i as speed_t
    } else {
        k::CBAUDEX | (i as speed_t - 15)
    }
}

/// A speed the `cfset*speed` calls take: a code in `CBAUD`'s low bits
/// (or `CBAUDEX` alone), or one of the extended codes up to `B4000000`.
fn valid_speed(s: speed_t) -> bool {
    s & !k::CBAUD == 0 || (k::B57600..=k::B4000000).contains(&s)
}

/// The `TCGETS` snapshot of `fd`, or -1 with errno.
fn kernel_get(fd: c_int, out: &mut k::termios) -> c_int {
    // SAFETY: TCGETS writes one kernel struct termios into `out`.
    ret_int(unsafe { sys!(__NR_ioctl, fd, ioctl::TCGETS, out as *mut k::termios) })
}

/// POSIX.1-2024 `tcgetattr`: the attributes of the terminal on `fd`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tcgetattr(fd: c_int, t: *mut termios) -> c_int {
    // SAFETY: plain integers; all-zero is a valid value.
    let mut kt: k::termios = unsafe { core::mem::zeroed() };
    if kernel_get(fd, &mut kt) < 0 {
        return -1;
    }
    let mut cc = [0; NCCS];
    cc[..KNCCS].copy_from_slice(&kt.c_cc);
    let speed = kt.c_cflag & SPEED_MASK;
    let v = termios {
        c_iflag: kt.c_iflag,
        c_oflag: kt.c_oflag,
        c_cflag: kt.c_cflag,
        c_lflag: kt.c_lflag,
        c_line: kt.c_line,
        c_cc: cc,
        c_ispeed: speed,
        c_ospeed: speed,
    };
    // SAFETY: the caller passes room for one struct termios.
    unsafe { t.write(v) };
    0
}

/// POSIX.1-2024 `tcsetattr`: set the attributes now (`TCSANOW`), after
/// the output drains (`TCSADRAIN`) or after it drains and pending input
/// is discarded (`TCSAFLUSH`); any other action is EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tcsetattr(fd: c_int, act: c_int, t: *const termios) -> c_int {
    let req = match act as u32 {
        k::TCSANOW => ioctl::TCSETS,
        k::TCSADRAIN => ioctl::TCSETSW,
        k::TCSAFLUSH => ioctl::TCSETSF,
        _ => return fail(syscall::errno::EINVAL),
    };
    // SAFETY: the caller passes a valid struct termios.
    let t = unsafe { &*t };
    let mut c_cc = [0; KNCCS];
    c_cc.copy_from_slice(&t.c_cc[..KNCCS]);
    let kt = k::termios {
        c_iflag: t.c_iflag & !IBAUD0,
        c_oflag: t.c_oflag,
        c_cflag: t.c_cflag,
        c_lflag: t.c_lflag,
        c_line: t.c_line,
        c_cc,
    };
    // SAFETY: the TCSETS family reads one kernel struct termios.
    ret_int(unsafe { sys!(__NR_ioctl, fd, req, &raw const kt) })
}

/// BSD `cfmakeraw`: no input or output processing, no echo, no signals,
/// 8-bit characters, reads return after one byte.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cfmakeraw(t: *mut termios) {
    // SAFETY: the caller passes a valid struct termios.
    let t = unsafe { &mut *t };
    t.c_iflag &=
        !(k::IGNBRK | k::BRKINT | k::PARMRK | k::ISTRIP | k::INLCR | k::IGNCR | k::ICRNL | k::IXON);
    t.c_oflag &= !k::OPOST;
    t.c_lflag &= !(k::ECHO | k::ECHONL | k::ICANON | k::ISIG | k::IEXTEN);
    t.c_cflag = (t.c_cflag & !(k::CSIZE | k::PARENB)) | k::CS8;
    t.c_cc[k::VMIN as usize] = 1;
    t.c_cc[k::VTIME as usize] = 0;
}

/// POSIX.1-2024 `cfgetospeed`: the output speed code of `c_cflag`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cfgetospeed(t: *const termios) -> speed_t {
    // SAFETY: the caller passes a valid struct termios.
    unsafe { (*t).c_cflag & SPEED_MASK }
}

/// POSIX.1-2024 `cfgetispeed`: 0 after `cfsetispeed(B0)`, else the
/// speed code of `c_cflag` (Linux has one speed for both directions).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cfgetispeed(t: *const termios) -> speed_t {
    // SAFETY: the caller passes a valid struct termios.
    let t = unsafe { &*t };
    if t.c_iflag & IBAUD0 != 0 {
        0
    } else {
        t.c_cflag & SPEED_MASK
    }
}

/// POSIX.1-2024 `cfsetospeed`: set the speed code; EINVAL for a value
/// that is not one.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cfsetospeed(t: *mut termios, s: speed_t) -> c_int {
    if !valid_speed(s) {
        return fail(syscall::errno::EINVAL);
    }
    // SAFETY: the caller passes a valid struct termios.
    let t = unsafe { &mut *t };
    t.c_ospeed = s;
    t.c_cflag = (t.c_cflag & !SPEED_MASK) | s;
    0
}

/// POSIX.1-2024 `cfsetispeed`: `B0` means "as the output speed" (the
/// speed bits stay); any other code sets the line's speed. EINVAL for a
/// value that is not a speed code.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cfsetispeed(t: *mut termios, s: speed_t) -> c_int {
    if !valid_speed(s) {
        return fail(syscall::errno::EINVAL);
    }
    // SAFETY: the caller passes a valid struct termios.
    let t = unsafe { &mut *t };
    t.c_ispeed = s;
    if s == 0 {
        t.c_iflag |= IBAUD0;
    } else {
        t.c_iflag &= !IBAUD0;
        t.c_cflag = (t.c_cflag & !SPEED_MASK) | s;
    }
    0
}

/// BSD `cfsetspeed`: both speeds, given as a code (`B9600`) or in bits
/// per second (`9600`); EINVAL for anything else.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cfsetspeed(t: *mut termios, s: speed_t) -> c_int {
    for (i, &bps) in SPEEDS.iter().enumerate() {
        let code = speed_code(i);
        if s == code || s == bps {
            // SAFETY: forwarded; `code` is a valid speed.
            unsafe {
                cfsetispeed(t, code);
                cfsetospeed(t, code);
            }
            return 0;
        }
    }
    fail(syscall::errno::EINVAL)
}

/// POSIX.1-2024 `tcsendbreak`: a break of 0.25-0.5 s for a duration of
/// 0 or less; a positive one is in milliseconds, rounded up to the
/// kernel's 100 ms units (`TCSBRKP`), as glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tcsendbreak(fd: c_int, duration: c_int) -> c_int {
    let (req, arg) = if duration <= 0 {
        (ioctl::TCSBRK, 0)
    } else {
        (ioctl::TCSBRKP, (duration as i64 + 99) / 100)
    };
    // SAFETY: both requests take an integer argument.
    ret_int(unsafe { sys!(__NR_ioctl, fd, req, arg) })
}

/// POSIX.1-2024 `tcdrain`: wait until the output is sent (`TCSBRK` 1).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tcdrain(fd: c_int) -> c_int {
    // SAFETY: TCSBRK takes an integer argument.
    ret_int(unsafe { cp!(__NR_ioctl, fd, ioctl::TCSBRK, 1) })
}

/// POSIX.1-2024 `tcflush`: discard input (`TCIFLUSH`), output
/// (`TCOFLUSH`) or both (`TCIOFLUSH`); EINVAL for another selector.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tcflush(fd: c_int, queue: c_int) -> c_int {
    // SAFETY: TCFLSH takes an integer argument.
    ret_int(unsafe { sys!(__NR_ioctl, fd, ioctl::TCFLSH, queue) })
}

/// POSIX.1-2024 `tcflow`: suspend or restart output (`TCOOFF`, `TCOON`)
/// or send STOP/START (`TCIOFF`, `TCION`); EINVAL for another action.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tcflow(fd: c_int, action: c_int) -> c_int {
    // SAFETY: TCXONC takes an integer argument.
    ret_int(unsafe { sys!(__NR_ioctl, fd, ioctl::TCXONC, action) })
}

/// POSIX.1-2024 `tcgetsid`: the session whose controlling terminal is
/// open on `fd` (`TIOCGSID`); ENOTTY when it is no such terminal.
/// qemu-user forwards `TIOCGSID` but does not copy the answer back: a
/// success that left the (never negative) id unwritten is answered by
/// the session of the terminal's foreground process group instead.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tcgetsid(fd: c_int) -> pid_t {
    let mut sid: pid_t = -1;
    // SAFETY: TIOCGSID writes one pid_t to our local.
    let r = unsafe { sys!(__NR_ioctl, fd, ioctl::TIOCGSID, &raw mut sid) };
    if ret_int(r) < 0 {
        return -1;
    }
    if sid < 0 {
        let pgrp = crate::unistd::tcgetpgrp(fd);
        if pgrp < 0 {
            return -1;
        }
        // SAFETY: getsid takes any pid.
        return ret_int(unsafe { sys!(__NR_getsid, pgrp) });
    }
    sid
}

/// POSIX.1-2024 `tcgetwinsize`: the window size (`TIOCGWINSZ`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tcgetwinsize(fd: c_int, w: *mut winsize) -> c_int {
    // SAFETY: TIOCGWINSZ writes one struct winsize; the kernel checks `w`.
    ret_int(unsafe { sys!(__NR_ioctl, fd, ioctl::TIOCGWINSZ, w) })
}

/// POSIX.1-2024 `tcsetwinsize`: set the window size (`TIOCSWINSZ`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tcsetwinsize(fd: c_int, w: *const winsize) -> c_int {
    // SAFETY: TIOCSWINSZ reads one struct winsize; the kernel checks `w`.
    ret_int(unsafe { sys!(__NR_ioctl, fd, ioctl::TIOCSWINSZ, w) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zero() -> termios {
        // SAFETY: plain integers.
        unsafe { core::mem::zeroed() }
    }

    #[test]
    fn speed_codes() {
        assert_eq!(speed_code(13), k::B9600);
        assert_eq!(speed_code(15), k::B38400);
        assert_eq!(speed_code(16), k::B57600);
        assert_eq!(speed_code(30), k::B4000000);
        assert!(valid_speed(k::CBAUDEX) && !valid_speed(0o20) && !valid_speed(9600));
    }

    #[test]
    fn set_get() {
        let mut t = zero();
        unsafe {
            assert_eq!(cfsetspeed(&mut t, 115200), 0);
            assert_eq!(cfgetospeed(&t), k::B115200);
            assert_eq!(cfsetispeed(&mut t, 0), 0);
            assert_eq!(cfgetispeed(&t), 0);
            assert_eq!(cfgetospeed(&t), k::B115200);
            assert_eq!(cfsetispeed(&mut t, k::B300), 0);
            assert_eq!((cfgetispeed(&t), cfgetospeed(&t)), (k::B300, k::B300));
            assert_eq!(cfsetspeed(&mut t, 12345), -1);
        }
    }
}
