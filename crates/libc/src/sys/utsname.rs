//! `<sys/utsname.h>`: `uname`.
use crate::kernel::ret_int;
use crate::types::*;

/// POSIX.1-2024 `uname` (six 65-byte fields, as the kernel's new_utsname).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn uname(buf: *mut c_void) -> c_int {
    const _: () = assert!(core::mem::size_of::<syscall::system::new_utsname>() == 6 * 65);
    // SAFETY: the kernel checks the buffer (EFAULT).
    ret_int(unsafe { sys!(__NR_uname, buf) })
}
