//! `getdate`, `getdate_r` and `getdate_err` (`<time.h>`, POSIX XSI; the
//! `_r` form is GNU): a date in any of the `strptime` templates listed,
//! one per line, in the file `DATEMSK` names.
//!
//! The fields a template does not give come from the current local time,
//! by POSIX's rules: a weekday alone is the first such day from today on;
//! a month alone (no day, no year) is the first such month from this one
//! on, on its first day; a month and day without a year are in this year;
//! no time of day is now's; an hour without minutes or seconds has them
//! 0; a time without a date is today if its hour is this hour or later,
//! else tomorrow. A day the month does not have is error 8.
use super::strptime::parse_given;
use super::{mktime, time, time_t, tm};
use crate::heap;
use crate::types::*;
use syscall::nr::{O_CLOEXEC, O_RDONLY, S_IFMT, S_IFREG};

/// POSIX `getdate_err`: why the last `getdate` failed (1–8).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut getdate_err: c_int = 0;

static DATEMSK: [u8; 8] = *b"DATEMSK\0";

/// The template file's bytes, or the getdate error number.
fn read_templates() -> Result<heap::Vec<u8>, c_int> {
    // SAFETY: a NUL-terminated name.
    let path = unsafe { crate::stdlib::getenv(DATEMSK.as_ptr() as *const c_char) };
    // SAFETY: getenv gives a C string or null.
    if path.is_null() || unsafe { *path } == 0 {
        return Err(1);
    }
    let mut st = crate::sys::stat::stat::default();
    // SAFETY: a C path and a local stat buffer.
    if unsafe { crate::sys::stat::stat(path, &mut st) } != 0 {
        return Err(3);
    }
    if st.st_mode & S_IFMT != S_IFREG {
        return Err(4);
    }
    // SAFETY: a C path.
    let fd = crate::kernel::ret(unsafe {
        sys!(
            __NR_openat,
            syscall::nr::AT_FDCWD,
            path,
            O_RDONLY | O_CLOEXEC
        )
    });
    if fd < 0 {
        return Err(2);
    }
    let mut data = heap::Vec::new();
    let mut chunk = [0u8; 512];
    let r = loop {
        // SAFETY: chunk is a local buffer.
        let n = crate::kernel::ret(unsafe { sys!(__NR_read, fd, chunk.as_mut_ptr(), chunk.len()) });
        if n < 0 {
            break Err(5);
        }
        if n == 0 {
            break Ok(());
        }
        if data.extend_from_slice(&chunk[..n as usize]).is_err() {
            break Err(6);
        }
    };
    crate::unistd::close(fd as c_int);
    r.map(|()| data)
}

fn leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn month_days(y: i64, m: c_int) -> c_int {
    match m {
        1 => 28 + leap(y) as c_int,
        3 | 5 | 8 | 10 => 30,
        _ => 31,
    }
}

/// The body of getdate_r: 0 with `out` filled, or the error number.
fn getdate_into(s: *const c_char, out: &mut tm) -> c_int {
    let data = match read_templates() {
        Ok(d) => d,
        Err(e) => return e,
    };
    // SAFETY: s is the caller's C string.
    let input = unsafe { core::slice::from_raw_parts(s as *const u8, crate::string::strlen(s)) };
    let mut a = 0;
    while a < input.len() && input[a].is_ascii_whitespace() {
        a += 1;
    }
    let mut b = input.len();
    while b > a && input[b - 1].is_ascii_whitespace() {
        b -= 1;
    }
    let input = &input[a..b];
    let mut now_t: time_t = 0;
    // SAFETY: a local.
    unsafe { time(&mut now_t) };
    let mut now = tm::ZERO;
    // SAFETY: locals.
    unsafe { super::localtime_r(&now_t, &mut now) };
    for line in data.as_slice().split(|&c| c == b'\n') {
        let mut t = now;
        t.tm_isdst = -1;
        let Some((used, h)) = parse_given(input, line, &mut t) else {
            continue;
        };
        if used != input.len() {
            continue;
        }
        let year_given = h.any_year();
        let date_given = year_given || h.mon || h.mday || h.wday;
        if h.mon && !h.mday && !year_given {
            if t.tm_mon < now.tm_mon {
                t.tm_year += 1;
            }
            t.tm_mday = 1;
        } else if h.mon && !h.mday {
            t.tm_mday = 1;
        }
        if h.wday && !h.mon && !h.mday && !year_given {
            t.tm_mday = now.tm_mday + (t.tm_wday - now.tm_wday).rem_euclid(7);
        }
        if h.hour || h.min || h.sec {
            if !h.min {
                t.tm_min = 0;
            }
            if !h.sec {
                t.tm_sec = 0;
            }
        }
        if !date_given && h.hour && t.tm_hour < now.tm_hour {
            t.tm_mday += 1;
        }
        if h.mday && t.tm_mday > month_days(t.tm_year as i64 + 1900, t.tm_mon) {
            return 8;
        }
        let want = t;
        // SAFETY: a local tm.
        if unsafe { mktime(&mut t) } == -1 && (t.tm_year != want.tm_year || t.tm_mon != want.tm_mon)
        {
            return 8;
        }
        *out = t;
        return 0;
    }
    7
}

/// POSIX (XSI) `getdate`: the date `s` names, in static storage; NULL
/// with `getdate_err` set (1: no `DATEMSK`; 2: cannot open; 3: cannot
/// stat; 4: not a regular file; 5: read error; 6: no memory; 7: no
/// template matches; 8: an invalid date).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getdate(s: *const c_char) -> *mut tm {
    static mut RESULT: tm = tm::ZERO;
    // SAFETY: getdate's static result (not thread-safe, as POSIX allows).
    let out = unsafe { &mut *(&raw mut RESULT) };
    let e = getdate_into(s, out);
    if e != 0 {
        // SAFETY: the error variable, as above.
        unsafe { getdate_err = e };
        return core::ptr::null_mut();
    }
    out
}

/// GNU `getdate_r`: `getdate` into `out`; 0 or the error number.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getdate_r(s: *const c_char, out: *mut tm) -> c_int {
    // SAFETY: the caller's tm.
    getdate_into(s, unsafe { &mut *out })
}
