//! `<sys/time.h>`: `gettimeofday`.
use crate::arch;
use crate::kernel::ret_int;
use crate::time::{CLOCK_REALTIME, gettime_raw, time_t, timespec};
use crate::types::*;
use rt::vdso::{Sym, TABLE};

/// `struct timeval`; on i386 `tv_usec` is a 32-bit `long` plus padding.
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct timeval {
    pub tv_sec: time_t,
    pub tv_usec: c_long,
    #[cfg(target_pointer_width = "32")]
    pub _pad: i32,
}

/// POSIX.1-2008 (obsolescent in 2024, universally used) `gettimeofday`.
/// The timezone argument, when given, gets the kernel's (normally zero).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gettimeofday(tv: *mut timeval, tz: *mut c_void) -> c_int {
    if !TABLE.ready() {
        // SAFETY: forwarded.
        return unsafe { gettimeofday_first(tv, tz) };
    }
    let f = TABLE.get_filled(Sym::Gettimeofday);
    if f != 0 && arch::VDSO_TIMEVAL_IS_64 {
        // SAFETY: the vDSO's gettimeofday with the kernel's convention; our
        // timeval has the kernel's 64-bit layout on this arch.
        // It returns `int`: only the low 32 bits of the register are defined.
        let g: unsafe extern "C" fn(*mut timeval, *mut c_void) -> c_int =
            unsafe { core::mem::transmute(f) };
        return ret_int(unsafe { g(tv, tz) } as isize);
    }
    if !tz.is_null() {
        // SAFETY: struct timezone is two ints; the kernel's is zero on
        // every system that does not set it, which is what we report.
        unsafe { core::ptr::write_bytes(tz as *mut u8, 0, 8) };
    }
    if tv.is_null() {
        return 0;
    }
    let mut ts = timespec::default();
    let r = gettime_raw(CLOCK_REALTIME, &mut ts);
    if r < 0 {
        return ret_int(r);
    }
    // SAFETY: the caller passes a writable timeval.
    unsafe {
        *tv = timeval {
            tv_sec: ts.tv_sec,
            tv_usec: ts.tv_nsec / 1000,
            ..Default::default()
        }
    };
    0
}

/// The first call: fill the vDSO table, then answer (kept off the fast path).
#[cold]
#[inline(never)]
unsafe fn gettimeofday_first(tv: *mut timeval, tz: *mut c_void) -> c_int {
    TABLE.fill();
    // SAFETY: forwarded.
    unsafe { gettimeofday(tv, tz) }
}
