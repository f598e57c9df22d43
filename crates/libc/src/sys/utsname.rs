//! `<sys/utsname.h>`: `uname`.
use crate::kernel::ret_int;
use crate::types::*;

/// `struct utsname`: six 65-byte fields, the kernel's `new_utsname`
/// (`domainname` is `__domainname` in the header without _GNU_SOURCE).
#[repr(C)]
pub struct utsname {
    pub sysname: [c_char; 65],
    pub nodename: [c_char; 65],
    pub release: [c_char; 65],
    pub version: [c_char; 65],
    pub machine: [c_char; 65],
    pub domainname: [c_char; 65],
}

const _: () = assert!(
    core::mem::size_of::<utsname>() == core::mem::size_of::<syscall::system::new_utsname>()
);

/// POSIX.1-2024 `uname`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn uname(buf: *mut utsname) -> c_int {
    // SAFETY: the kernel checks the buffer (EFAULT).
    ret_int(unsafe { sys!(__NR_uname, buf) })
}
