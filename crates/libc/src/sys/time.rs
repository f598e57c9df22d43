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

/// `struct itimerval`: the reload interval and the time left.
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct itimerval {
    pub it_interval: timeval,
    pub it_value: timeval,
}

/// The kernel's `struct itimerval`: four `long`s (itimers were never given
/// 64-bit time on 32-bit arches).
type KItimerval = [c_long; 4];

/// Ours to the kernel's: EOVERFLOW when a second count does not fit a
/// 32-bit kernel `long` (only on i386); out-of-range microseconds are left
/// for the kernel to refuse with EINVAL.
fn to_kernel(v: &itimerval) -> Option<KItimerval> {
    let s1 = c_long::try_from(v.it_interval.tv_sec).ok()?;
    let s2 = c_long::try_from(v.it_value.tv_sec).ok()?;
    Some([s1, v.it_interval.tv_usec, s2, v.it_value.tv_usec])
}

fn from_kernel(k: &KItimerval) -> itimerval {
    let tv = |s: c_long, us: c_long| timeval {
        tv_sec: s as time_t,
        tv_usec: us,
        ..Default::default()
    };
    itimerval {
        it_interval: tv(k[0], k[1]),
        it_value: tv(k[2], k[3]),
    }
}

/// POSIX.1-2008 (obsolescent in 2024) `getitimer`: ITIMER_REAL,
/// ITIMER_VIRTUAL or ITIMER_PROF; another `which` is EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getitimer(which: c_int, cur: *mut itimerval) -> c_int {
    let mut k: KItimerval = [0; 4];
    // SAFETY: a local kernel itimerval.
    let r = ret_int(unsafe { sys!(__NR_getitimer, which, k.as_mut_ptr()) });
    if r == 0 {
        // SAFETY: the caller passes a writable itimerval.
        unsafe { *cur = from_kernel(&k) };
    }
    r
}

/// POSIX.1-2008 (obsolescent in 2024) `setitimer`: arms (or, with a zero
/// `it_value`, disarms) the timer; the previous setting goes to `old`
/// when it is not NULL. Microseconds outside 0..1000000 are EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setitimer(
    which: c_int,
    new: *const itimerval,
    old: *mut itimerval,
) -> c_int {
    // SAFETY: the caller passes a readable itimerval.
    let Some(k) = to_kernel(unsafe { &*new }) else {
        return crate::kernel::fail(syscall::errno::EOVERFLOW);
    };
    let mut o: KItimerval = [0; 4];
    // SAFETY: local kernel itimervals.
    let r = ret_int(unsafe { sys!(__NR_setitimer, which, k.as_ptr(), o.as_mut_ptr()) });
    if r == 0 && !old.is_null() {
        // SAFETY: a non-null `old` is a writable itimerval.
        unsafe { *old = from_kernel(&o) };
    }
    r
}

/// The two `timeval`s of the `utimes` family as `utimensat`'s timespecs
/// (NULL stays NULL: both times now). Microseconds outside 0..1000000 are
/// EINVAL.
unsafe fn utimes_at(dirfd: c_int, path: *const c_char, tv: *const timeval, flags: c_int) -> c_int {
    if tv.is_null() {
        // SAFETY: NULL times set both to now.
        return unsafe { crate::sys::stat::utimens(dirfd, path, core::ptr::null(), flags) };
    }
    let mut ts = [timespec::default(); 2];
    for (i, t) in ts.iter_mut().enumerate() {
        // SAFETY: the caller passes two timevals.
        let v = unsafe { *tv.add(i) };
        if !(0..1_000_000).contains(&v.tv_usec) {
            return crate::kernel::fail(syscall::errno::EINVAL);
        }
        t.tv_sec = v.tv_sec;
        t.tv_nsec = v.tv_usec * 1000;
    }
    // SAFETY: two local timespecs.
    unsafe { crate::sys::stat::utimens(dirfd, path, ts.as_ptr(), flags) }
}

/// POSIX.1-2008 (legacy) `utimes`: access and modification times of
/// `path` from two timevals, or both now for NULL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn utimes(path: *const c_char, tv: *const timeval) -> c_int {
    // SAFETY: as utimes_at.
    unsafe { utimes_at(syscall::nr::AT_FDCWD, path, tv, 0) }
}

/// BSD/GNU `lutimes`: as `utimes` on a symbolic link itself.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lutimes(path: *const c_char, tv: *const timeval) -> c_int {
    let nofollow = syscall::nr::AT_SYMLINK_NOFOLLOW as c_int;
    // SAFETY: as utimes_at.
    unsafe { utimes_at(syscall::nr::AT_FDCWD, path, tv, nofollow) }
}

/// BSD/GNU `futimes`: as `utimes` on an open file.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn futimes(fd: c_int, tv: *const timeval) -> c_int {
    // SAFETY: a NULL path makes the kernel act on fd itself.
    unsafe { utimes_at(fd, core::ptr::null(), tv, 0) }
}

/// GNU `futimesat` (obsolete, from Solaris): as `utimes` relative to
/// `dirfd`; a NULL path means the file `dirfd` is.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn futimesat(dirfd: c_int, path: *const c_char, tv: *const timeval) -> c_int {
    // SAFETY: as utimes_at.
    unsafe { utimes_at(dirfd, path, tv, 0) }
}

/// BSD `struct timezone`.
#[repr(C)]
pub struct timezone {
    pub tz_minuteswest: c_int,
    pub tz_dsttime: c_int,
}

/// BSD/GNU `settimeofday`: set the clock from `tv` (through
/// `clock_settime`, so 64-bit time on every arch) or, alone, the kernel's
/// time-zone record from `tz`. Both at once is EINVAL, as glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn settimeofday(tv: *const timeval, tz: *const timezone) -> c_int {
    if !tv.is_null() && !tz.is_null() {
        return crate::kernel::fail(syscall::errno::EINVAL);
    }
    if !tz.is_null() {
        // SAFETY: the kernel reads the two ints of tz.
        return ret_int(unsafe { sys!(__NR_settimeofday, 0usize, tz) });
    }
    if tv.is_null() {
        return 0;
    }
    // SAFETY: tv is the caller's timeval.
    let t = unsafe { &*tv };
    if !(0..1_000_000).contains(&t.tv_usec) {
        return crate::kernel::fail(syscall::errno::EINVAL);
    }
    let ts = timespec {
        tv_sec: t.tv_sec,
        tv_nsec: t.tv_usec * 1000,
        ..Default::default()
    };
    // SAFETY: a local timespec.
    unsafe { crate::time::clock_settime(CLOCK_REALTIME, &ts) }
}

/// The largest whole seconds `adjtime` takes (the offset in
/// microseconds must fit the kernel's 32-bit-safe range).
const ADJTIME_MAX_SEC: i64 = (i32::MAX as i64) / 1_000_000 - 2;

/// BSD/GNU `adjtime`: slew the clock by `delta` (through the kernel's
/// single-shot offset adjustment) and/or report the adjustment still to
/// make in `old`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn adjtime(delta: *const timeval, old: *mut timeval) -> c_int {
    use crate::sys::timex::{ADJ_OFFSET_SINGLESHOT, ADJ_OFFSET_SS_READ, timex};
    let mut tx = timex::default();
    if delta.is_null() {
        tx.modes = ADJ_OFFSET_SS_READ;
    } else {
        // SAFETY: delta is the caller's timeval.
        let d = unsafe { &*delta };
        let us = d.tv_usec as i64;
        let sec = d.tv_sec + us.div_euclid(1_000_000);
        let us = us.rem_euclid(1_000_000);
        if !(-ADJTIME_MAX_SEC..=ADJTIME_MAX_SEC).contains(&sec) {
            return crate::kernel::fail(syscall::errno::EINVAL);
        }
        tx.modes = ADJ_OFFSET_SINGLESHOT;
        tx.offset = (sec * 1_000_000 + us) as _;
    }
    // SAFETY: a local timex.
    if unsafe { crate::sys::timex::clock_adjtime(CLOCK_REALTIME as _, &mut tx) } < 0 {
        return -1;
    }
    if !old.is_null() {
        let off = tx.offset as i64;
        // SAFETY: old is the caller's timeval. Both parts carry the sign
        // of the offset, as glibc reports them.
        unsafe {
            (*old).tv_sec = (off / 1_000_000) as time_t;
            (*old).tv_usec = (off % 1_000_000) as c_long;
        }
    }
    0
}
