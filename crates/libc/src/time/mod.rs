//! `<time.h>`: clocks through the vDSO where the kernel offers them (the
//! entries found at startup in `rt::vdso::TABLE`), the system call
//! otherwise — always when running under qemu-user, which passes no vDSO,
//! and whenever the vDSO hands the decision back to the kernel (it then
//! returns the kernel's own result). `time_t` is 64-bit on every arch; i386
//! uses the `*time64` calls.
use crate::arch;
use crate::kernel::{fail, ret_int};
use crate::types::*;
use rt::vdso::{Sym, TABLE};
use syscall::errno::EINVAL;

mod timer;
pub use timer::*;

pub type time_t = i64;
pub type clockid_t = c_int;
pub type clock_t = c_long;

/// `struct timespec` as C sees it. On i386 `tv_nsec` is a 32-bit `long`
/// followed by 32 bits of padding, so the struct has the kernel's 64-bit
/// layout and the kernel may write it directly.
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct timespec {
    pub tv_sec: time_t,
    pub tv_nsec: c_long,
    #[cfg(target_pointer_width = "32")]
    pub _pad: i32,
}

/// The kernel's `__kernel_timespec`: what an input timespec is copied into
/// (so the i386 padding, which C callers never set, is never read).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct KTimespec {
    pub sec: i64,
    pub nsec: i64,
}

impl KTimespec {
    /// The pointer to hand the kernel for an input timespec: the caller's
    /// own where the layouts agree (a bad pointer then gets EFAULT from the
    /// kernel), else a copy in `tmp`.
    ///
    /// # Safety
    /// `ts` is null or, where a copy is needed, a readable timespec.
    pub unsafe fn input(ts: *const timespec, tmp: &mut KTimespec) -> usize {
        if arch::TIMESPEC_IS_KERNEL || ts.is_null() {
            return ts as usize;
        }
        // SAFETY: per the contract.
        let t = unsafe { &*ts };
        *tmp = KTimespec {
            sec: t.tv_sec,
            nsec: t.tv_nsec as i64,
        };
        tmp as *mut KTimespec as usize
    }
}

const _: () = assert!(core::mem::size_of::<timespec>() == 16);

pub const CLOCK_REALTIME: clockid_t = 0;
pub const CLOCK_MONOTONIC: clockid_t = 1;
pub const CLOCK_PROCESS_CPUTIME_ID: clockid_t = 2;
pub const CLOCK_REALTIME_COARSE: clockid_t = 5;
const _: () = {
    assert!(CLOCK_REALTIME == syscall::nr::CLOCK_REALTIME as clockid_t);
    assert!(CLOCK_MONOTONIC == syscall::nr::CLOCK_MONOTONIC as clockid_t);
    assert!(CLOCK_PROCESS_CPUTIME_ID == syscall::nr::CLOCK_PROCESS_CPUTIME_ID as clockid_t);
    assert!(CLOCK_REALTIME_COARSE == syscall::nr::CLOCK_REALTIME_COARSE as clockid_t);
};

/// The vDSO's clock functions return `int` (0 or -errno): only the low
/// 32 bits of the return register are defined on x86_64 and aarch64.
type ClockFn = unsafe extern "C" fn(clockid_t, *mut timespec) -> c_int;

/// clock_gettime as a raw kernel-convention result (0 or -errno).
#[inline(always)]
pub(crate) fn gettime_raw(clk: clockid_t, ts: *mut timespec) -> isize {
    if !TABLE.ready() {
        return gettime_first(clk, ts);
    }
    let f = TABLE.get_filled(Sym::ClockGettime);
    if f != 0 {
        // SAFETY: the entry is the vDSO's clock_gettime for this arch (the
        // 64-bit-time one on i386), with the kernel's calling convention.
        return unsafe { core::mem::transmute::<usize, ClockFn>(f)(clk, ts) } as isize;
    }
    // SAFETY: the kernel checks the pointer.
    unsafe { syscall::syscall2(arch::NR_CLOCK_GETTIME, clk as usize, ts as usize) }
}

/// The first clock read: fill the vDSO table, then read. Out of line so
/// the common path carries no frame for it.
#[cold]
#[inline(never)]
fn gettime_first(clk: clockid_t, ts: *mut timespec) -> isize {
    TABLE.fill();
    gettime_raw(clk, ts)
}

/// POSIX.1-2024 `clock_gettime`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn clock_gettime(clk: clockid_t, ts: *mut timespec) -> c_int {
    ret_int(gettime_raw(clk, ts))
}

/// POSIX.1-2024 `clock_getres` (`res` may be NULL).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn clock_getres(clk: clockid_t, res: *mut timespec) -> c_int {
    let f = TABLE.get(Sym::ClockGetres);
    if f != 0 {
        // SAFETY: the vDSO's clock_getres (64-bit time on every arch we use it).
        return ret_int(unsafe { core::mem::transmute::<usize, ClockFn>(f)(clk, res) } as isize);
    }
    let f32 = TABLE.get(Sym::ClockGetres32);
    if f32 != 0 {
        // A resolution is far below 2^31 s: the 32-bit result widens exactly.
        let mut old = [0 as c_long; 2];
        // SAFETY: the vDSO's 32-bit clock_getres writes two longs.
        let r = unsafe {
            core::mem::transmute::<usize, unsafe extern "C" fn(clockid_t, *mut c_long) -> c_int>(
                f32,
            )(clk, old.as_mut_ptr())
        };
        if r == 0 && !res.is_null() {
            // SAFETY: the caller passes a writable timespec.
            unsafe {
                *res = timespec {
                    tv_sec: old[0] as time_t,
                    tv_nsec: old[1],
                    ..Default::default()
                }
            };
        }
        return ret_int(r as isize);
    }
    // SAFETY: the kernel checks the pointer.
    ret_int(unsafe { syscall::syscall2(arch::NR_CLOCK_GETRES, clk as usize, res as usize) })
}

/// SVr4 `stime` (a GNU/BSD extension; glibc no longer declares it): set
/// the system clock to `*t` whole seconds. A null `t` is EFAULT.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn stime(t: *const time_t) -> c_int {
    if t.is_null() {
        return fail(syscall::errno::EFAULT);
    }
    let ts = timespec {
        // SAFETY: t is the caller's time_t.
        tv_sec: unsafe { *t },
        ..Default::default()
    };
    // SAFETY: a local timespec.
    unsafe { clock_settime(CLOCK_REALTIME, &ts) }
}

/// POSIX.1-2024 `clock_settime`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn clock_settime(clk: clockid_t, ts: *const timespec) -> c_int {
    let mut tmp = KTimespec::default();
    // SAFETY: the kernel reads the timespec (or our copy of it).
    ret_int(unsafe {
        syscall::syscall2(
            arch::NR_CLOCK_SETTIME,
            clk as usize,
            KTimespec::input(ts, &mut tmp),
        )
    })
}

/// C17 `time`: seconds since the Epoch, also stored in `*t` when non-NULL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn time(t: *mut time_t) -> time_t {
    if !TABLE.ready() {
        // SAFETY: forwarded.
        return unsafe { time_first(t) };
    }
    let f = TABLE.get_filled(Sym::Time);
    if f != 0 && arch::VDSO_TIMEVAL_IS_64 {
        // SAFETY: the vDSO's time(), which takes the same optional pointer
        // and stores through it itself; a tail call, so no frame here.
        return unsafe {
            core::mem::transmute::<usize, unsafe extern "C" fn(*mut time_t) -> time_t>(f)(t)
        };
    }
    let v = {
        // The coarse clock is what the kernel's own time() reads.
        let mut ts = timespec::default();
        if gettime_raw(CLOCK_REALTIME_COARSE, &mut ts) < 0 {
            gettime_raw(CLOCK_REALTIME, &mut ts);
        }
        ts.tv_sec
    };
    if !t.is_null() {
        // SAFETY: the caller passes a writable time_t.
        unsafe { *t = v };
    }
    v
}

/// The first call: fill the vDSO table, then answer (kept off the fast path).
#[cold]
#[inline(never)]
unsafe fn time_first(t: *mut time_t) -> time_t {
    TABLE.fill();
    // SAFETY: forwarded.
    unsafe { time(t) }
}

/// C17 `timespec_get` (base `TIME_UTC` only): returns `base` or 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timespec_get(ts: *mut timespec, base: c_int) -> c_int {
    if base != 1 || gettime_raw(CLOCK_REALTIME, ts) < 0 {
        return 0;
    }
    base
}

/// C17 `clock`: processor time in `CLOCKS_PER_SEC` (1 000 000) units, or
/// `(clock_t)-1` when unavailable.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn clock() -> clock_t {
    let mut ts = timespec::default();
    if gettime_raw(CLOCK_PROCESS_CPUTIME_ID, &mut ts) < 0 {
        return -1;
    }
    (ts.tv_sec.wrapping_mul(1_000_000) + (ts.tv_nsec as i64) / 1000) as clock_t
}

/// POSIX.1-2024 `clock_nanosleep`: returns 0 or an error number (errno is
/// not set). `rem` is written on EINTR for relative sleeps.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn clock_nanosleep(
    clk: clockid_t,
    flags: c_int,
    req: *const timespec,
    rem: *mut timespec,
) -> c_int {
    if clk == syscall::nr::CLOCK_THREAD_CPUTIME_ID as clockid_t {
        return EINVAL as c_int;
    }
    let mut tmp = KTimespec::default();
    let mut left = KTimespec::default();
    // SAFETY: the kernel reads the request (or our copy) and may write `left`.
    let r = unsafe {
        let k = KTimespec::input(req, &mut tmp);
        crate::kernel::cp6(
            arch::NR_CLOCK_NANOSLEEP,
            clk as usize,
            flags as usize,
            k,
            &raw mut left as usize,
            0,
            0,
        )
    };
    match syscall::decode(r) {
        Ok(_) => 0,
        Err(e) => {
            if e == syscall::errno::EINTR as i32 && !rem.is_null() && flags & 1 == 0 {
                // SAFETY: the caller passes a writable timespec for `rem`.
                unsafe {
                    *rem = timespec {
                        tv_sec: left.sec,
                        tv_nsec: left.nsec as c_long,
                        ..Default::default()
                    }
                };
            }
            e
        }
    }
}

/// POSIX.1-2024 `nanosleep`: -1 with errno (EINTR, with the time left in
/// `rem`; EINVAL for a bad `tv_nsec`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn nanosleep(req: *const timespec, rem: *mut timespec) -> c_int {
    // SAFETY: forwarded.
    match unsafe { clock_nanosleep(CLOCK_REALTIME, 0, req, rem) } {
        0 => 0,
        e => fail(e as u32),
    }
}

mod getdate;
mod local;
mod strftime;
mod strptime;
pub use getdate::*;
pub use local::*;
pub use strftime::*;
pub use strptime::*;

/// POSIX.1-2024 `clock_getcpuclockid`: the CPU-time clock of process
/// `pid` (0: the caller), the kernel's `(~pid << 3) | 2` encoding as glibc
/// gives it; ESRCH (returned, errno untouched) for no such process.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn clock_getcpuclockid(pid: pid_t, clk: *mut clockid_t) -> c_int {
    let id = ((!pid) << 3) | 2;
    let mut ts = KTimespec::default();
    // SAFETY: a local timespec for the kernel to fill.
    let r = unsafe {
        syscall::syscall2(
            arch::NR_CLOCK_GETRES,
            id as usize,
            &mut ts as *mut _ as usize,
        )
    };
    match syscall::decode(r) {
        Ok(_) => {
            // SAFETY: clk is the caller's clockid_t.
            unsafe { *clk = id };
            0
        }
        Err(e) if e == syscall::errno::EINVAL as i32 => syscall::errno::ESRCH as c_int,
        Err(e) => e,
    }
}
