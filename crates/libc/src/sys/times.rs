//! `<sys/times.h>`: `times`.
use crate::kernel::ret;
use crate::types::*;

/// `struct tms`: four `clock_t` (long), as the kernel's.
#[repr(C)]
pub struct tms {
    pub tms_utime: c_long,
    pub tms_stime: c_long,
    pub tms_cutime: c_long,
    pub tms_cstime: c_long,
}

/// POSIX.1-2024 `times`: elapsed clock ticks, process times in `*buf`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn times(buf: *mut tms) -> c_long {
    // SAFETY: the kernel checks the pointer.
    ret(unsafe { sys!(__NR_times, buf) }) as c_long
}
