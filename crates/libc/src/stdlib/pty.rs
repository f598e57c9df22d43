//! `<stdlib.h>` (pseudo-terminals): `posix_openpt grantpt unlockpt
//! ptsname ptsname_r`, over `/dev/ptmx` and its ioctls. Linux's devpts
//! gives each slave the right owner and mode itself, so `grantpt` only
//! checks that `fd` is a master, as glibc.
use crate::kernel::fail;
use crate::types::*;
use syscall::errno::{EINVAL, ENOTTY, ERANGE};
use syscall::ioctl;

/// The multiplexer every master is opened through.
static PTMX: [u8; 10] = *b"/dev/ptmx\0";
/// Where the slaves appear, followed by the number.
static PTS: [u8; 9] = *b"/dev/pts/";

/// POSIX.1-2024 `posix_openpt`: a new master (`O_RDWR`, `O_NOCTTY` and
/// `O_CLOEXEC` as `flags` say).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn posix_openpt(flags: c_int) -> c_int {
    // SAFETY: PTMX is a C string.
    unsafe { crate::fcntl::__ferro_open(PTMX.as_ptr() as *const c_char, flags, 0) }
}

/// The number of the slave behind master `fd`, or the errno
/// (ENOTTY for anything that is not a master).
fn pty_number(fd: c_int) -> Result<u32, c_int> {
    let mut n: c_uint = 0;
    // SAFETY: TIOCGPTN writes one unsigned int to our local.
    let r = unsafe { sys!(__NR_ioctl, fd, ioctl::TIOCGPTN, &raw mut n) };
    match syscall::decode(r) {
        Ok(_) => Ok(n),
        Err(e) => Err(e),
    }
}

/// Fail as the master-only calls do: EINVAL for a descriptor that is
/// open but no master (POSIX), other errors (EBADF) as they came.
fn not_master(e: c_int) -> c_int {
    fail(if e == ENOTTY as c_int {
        EINVAL
    } else {
        e as u32
    })
}

/// POSIX.1-2024 `grantpt`: 0 for a master (devpts already made the slave
/// the caller's, mode 0620); EINVAL for another descriptor, EBADF.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn grantpt(fd: c_int) -> c_int {
    match pty_number(fd) {
        Ok(_) => 0,
        Err(e) => not_master(e),
    }
}

/// POSIX.1-2024 `unlockpt`: lets the slave be opened (`TIOCSPTLCK` 0);
/// EINVAL for a descriptor that is no master, EBADF.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn unlockpt(fd: c_int) -> c_int {
    let unlock: c_int = 0;
    // SAFETY: TIOCSPTLCK reads one int from our local.
    let r = unsafe { sys!(__NR_ioctl, fd, ioctl::TIOCSPTLCK, &raw const unlock) };
    match syscall::decode(r) {
        Ok(_) => 0,
        Err(e) => not_master(e),
    }
}

/// POSIX.1-2024 `ptsname_r`: the slave's path into `buf`; 0, or the
/// error number (also in errno): ENOTTY for no master, EBADF, ERANGE
/// when `len` has no room for the name and its NUL, EINVAL for no buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ptsname_r(fd: c_int, buf: *mut c_char, len: size_t) -> c_int {
    let e = if buf.is_null() {
        EINVAL as c_int
    } else {
        match pty_number(fd) {
            Err(e) => e,
            Ok(n) => {
                let mut name = [0u8; 24];
                name[..PTS.len()].copy_from_slice(&PTS);
                let l = PTS.len() + crate::kernel::put_decimal(&mut name[PTS.len()..], n);
                if l + 1 > len {
                    ERANGE as c_int
                } else {
                    // SAFETY: the caller's buffer holds `len` >= l + 1 bytes;
                    // name[l] is the NUL.
                    unsafe { core::ptr::copy_nonoverlapping(name.as_ptr(), buf as *mut u8, l + 1) };
                    return 0;
                }
            }
        }
    };
    crate::errno::set(e);
    e
}

/// POSIX.1-2024 `ptsname`: `ptsname_r` into a static buffer; null with
/// errno.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ptsname(fd: c_int) -> *mut c_char {
    static mut BUF: [c_char; 24] = [0; 24];
    let p = (&raw mut BUF) as *mut c_char;
    // SAFETY: ptsname is not thread-safe (POSIX); BUF is ours, 24 bytes.
    if unsafe { ptsname_r(fd, p, 24) } != 0 {
        core::ptr::null_mut()
    } else {
        p
    }
}

/// For `openpty`: the slave of master `m`, opened `O_RDWR | O_NOCTTY`,
/// through `TIOCGPTPEER` or, where that is missing (old kernels,
/// qemu-user), by name; the name goes into `name` (24 bytes).
pub(crate) fn open_slave(m: c_int, name: &mut [c_char; 24]) -> c_int {
    // SAFETY: `name` holds 24 bytes.
    if unsafe { ptsname_r(m, name.as_mut_ptr(), 24) } != 0 {
        return -1;
    }
    let flags = (syscall::nr::O_RDWR | syscall::nr::O_NOCTTY) as c_int;
    // SAFETY: TIOCGPTPEER takes the open flags as its argument.
    let r = unsafe { sys!(__NR_ioctl, m, ioctl::TIOCGPTPEER, flags) };
    if let Ok(fd) = syscall::decode(r) {
        return fd as c_int;
    }
    // SAFETY: `name` is NUL-terminated.
    unsafe { crate::fcntl::__ferro_open(name.as_ptr(), flags, 0) }
}
