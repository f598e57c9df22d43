//! `<sys/statfs.h>`: file-system statistics as the kernel gives them
//! (Linux). The structure is the arch's (`arch::statfs`): 64-bit counts
//! everywhere, through `statfs64` on i386.
use crate::arch;
use crate::kernel::ret_int;
use crate::types::*;

pub use crate::arch::statfs;

/// The file-system id, two ints.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsid_t {
    pub __val: [c_int; 2],
}

/// Linux `statfs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn statfs(path: *const c_char, buf: *mut statfs) -> c_int {
    // SAFETY: the kernel checks both pointers.
    ret_int(unsafe { arch::statfs_call(path, buf) })
}

/// Linux `fstatfs`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fstatfs(fd: c_int, buf: *mut statfs) -> c_int {
    // SAFETY: the kernel checks the pointer.
    ret_int(unsafe { arch::fstatfs_call(fd, buf) })
}
