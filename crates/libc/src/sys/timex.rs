//! `<sys/timex.h>`: the kernel clock's discipline (Linux). `struct timex`
//! is the kernel's 64-bit-time layout on every arch (on i386 the
//! `clock_adjtime64` call with glibc's `_TIME_BITS=64` layout).
use crate::kernel::ret_int;
use crate::sys::time::timeval;
use crate::time::clockid_t;
use crate::types::*;

pub const ADJ_OFFSET_SINGLESHOT: c_uint = 0x8001;
pub const ADJ_OFFSET_SS_READ: c_uint = 0xa001;

/// Linux `struct timex`; the padding is explicit so that 32-bit arches,
/// where a 64-bit field aligns to 4, match the kernel.
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct timex {
    pub modes: c_uint,
    pub _pad0: c_int,
    pub offset: i64,
    pub freq: i64,
    pub maxerror: i64,
    pub esterror: i64,
    pub status: c_int,
    pub _pad1: c_int,
    pub constant: i64,
    pub precision: i64,
    pub tolerance: i64,
    pub time: timeval,
    pub tick: i64,
    pub ppsfreq: i64,
    pub jitter: i64,
    pub shift: c_int,
    pub _pad2: c_int,
    pub stabil: i64,
    pub jitcnt: i64,
    pub calcnt: i64,
    pub errcnt: i64,
    pub stbcnt: i64,
    pub tai: c_int,
    pub _reserved: [c_int; 11],
}

const _: () = assert!(core::mem::size_of::<timex>() == 208);
const _: () = assert!(core::mem::offset_of!(timex, time) == 72);
const _: () = assert!(core::mem::offset_of!(timex, tai) == 160);

/// Linux `clock_adjtime`: read or adjust clock `clk`'s discipline; the
/// clock state (`TIME_OK` …) or -1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn clock_adjtime(clk: clockid_t, tx: *mut timex) -> c_int {
    // SAFETY: the kernel reads and writes the caller's timex.
    ret_int(unsafe { syscall::syscall2(crate::arch::NR_CLOCK_ADJTIME, clk as usize, tx as usize) })
}

/// Linux `adjtimex`: `clock_adjtime` of `CLOCK_REALTIME`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn adjtimex(tx: *mut timex) -> c_int {
    // SAFETY: as clock_adjtime.
    unsafe { clock_adjtime(crate::time::CLOCK_REALTIME, tx) }
}

/// GNU `ntp_adjtime`: `adjtimex`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ntp_adjtime(tx: *mut timex) -> c_int {
    // SAFETY: as clock_adjtime.
    unsafe { adjtimex(tx) }
}

/// glibc's `struct ntptimeval` (with the 64-bit-time `timeval` everywhere,
/// as glibc's `_TIME_BITS=64` one on i386).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct ntptimeval {
    pub time: timeval,
    pub maxerror: c_long,
    pub esterror: c_long,
    pub tai: c_long,
    pub __glibc_reserved1: c_long,
    pub __glibc_reserved2: c_long,
    pub __glibc_reserved3: c_long,
    pub __glibc_reserved4: c_long,
}

/// GNU `ntp_gettimex`: the time with the clock's error estimates and TAI offset,
/// from a read-only `adjtimex`; returns the clock state (`TIME_OK` …,
/// `TIME_ERROR` when unsynchronised) or -1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ntp_gettimex(ntv: *mut ntptimeval) -> c_int {
    let mut tx = timex::default();
    // SAFETY: modes 0 only reads the clock state into our timex.
    let r = unsafe { adjtimex(&mut tx) };
    if r < 0 {
        return r;
    }
    // SAFETY: the caller passes a writable ntptimeval.
    let n = unsafe { &mut *ntv };
    n.time = tx.time;
    n.maxerror = tx.maxerror as c_long;
    n.esterror = tx.esterror as c_long;
    n.tai = tx.tai as c_long;
    n.__glibc_reserved1 = 0;
    n.__glibc_reserved2 = 0;
    n.__glibc_reserved3 = 0;
    n.__glibc_reserved4 = 0;
    r
}

/// GNU `ntp_gettime`: [`ntp_gettimex`] (glibc's header maps one name to
/// the other; both are exported here).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ntp_gettime(ntv: *mut ntptimeval) -> c_int {
    // SAFETY: as ntp_gettimex.
    unsafe { ntp_gettimex(ntv) }
}
