//! `<sys/timeb.h>`: `ftime` (obsolete BSD/XSI, removed in POSIX.1-2008).
use crate::types::*;

/// `struct timeb`.
#[repr(C)]
pub struct timeb {
    pub time: crate::time::time_t,
    pub millitm: u16,
    pub timezone: c_short,
    pub dstflag: c_short,
}

/// XSI (legacy) `ftime`: the time in seconds and milliseconds; the zone
/// fields are 0, as glibc gives them since 2.33.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ftime(tb: *mut timeb) -> c_int {
    let mut ts = crate::time::timespec::default();
    // SAFETY: a local timespec.
    unsafe { crate::time::clock_gettime(crate::time::CLOCK_REALTIME, &mut ts) };
    // SAFETY: tb is the caller's struct timeb.
    unsafe {
        tb.write(timeb {
            time: ts.tv_sec,
            millitm: (ts.tv_nsec / 1_000_000) as u16,
            timezone: 0,
            dstflag: 0,
        })
    };
    0
}
