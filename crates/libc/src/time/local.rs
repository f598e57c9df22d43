//! `<time.h>` calendar time: `gmtime localtime mktime timegm tzset` and
//! friends, over the engine in `crate::tz`. The zone is loaded once and
//! kept (the `TZ` value, the file's bytes, the parsed view) until `TZ`
//! changes: `localtime`, `mktime`, `ctime` and `tzset` compare `TZ` with
//! the kept copy, `localtime_r` and `ctime_r` load the zone only on first
//! use (both as glibc). Zone names are interned in blocks that are never
//! freed, so a `tm_zone` or `tzname` pointer stays valid after `TZ`
//! changes. The file is read with plain system calls, never stdio.
use crate::heap;
use crate::kernel::fail;
use crate::types::*;
use crate::tz::civil::{civil_yday, days_from_civil};
use crate::tz::posix::Posix;
use crate::tz::tzif::Tzif;
use crate::tz::{Abbr, Local, Zone};
use core::ptr::{null, null_mut};
use core::sync::atomic::{AtomicBool, Ordering};
use syscall::errno::EOVERFLOW;

use super::time_t;

/// C17 `struct tm`, with glibc's `tm_gmtoff` and `tm_zone`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tm {
    pub tm_sec: c_int,
    pub tm_min: c_int,
    pub tm_hour: c_int,
    pub tm_mday: c_int,
    pub tm_mon: c_int,
    pub tm_year: c_int,
    pub tm_wday: c_int,
    pub tm_yday: c_int,
    pub tm_isdst: c_int,
    pub tm_gmtoff: c_long,
    pub tm_zone: *const c_char,
}

impl tm {
    pub const ZERO: tm = tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: null(),
    };
}

static GMT: &[u8; 4] = b"GMT\0";
/// (A named array: a four-byte literal would join LLVM's mergeable
/// 4-byte constant pool, which a static program keeps whole.)
static UTC_RULE: [u8; 4] = *b"UTC0";
static UTC: &[u8] = &UTC_RULE;

/// POSIX.1-2024 `tzname`: the standard and DST names.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut tzname: [*mut c_char; 2] =
    [GMT.as_ptr() as *mut c_char, GMT.as_ptr() as *mut c_char];
/// XSI `timezone`: seconds west of UT of standard time.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut timezone: c_long = 0;
/// XSI `daylight`: nonzero when the zone has DST rules.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut daylight: c_int = 0;

// glibc's names for the same three objects (`__tzname`, `__timezone`,
// `__daylight`, declared in its <time.h>): second symbols at the same
// addresses. They are weak like every definition (xtask/src/archive.rs);
// a program that defines `tzname` itself gets its own object for
// `tzname`, which the libc then uses, and these keep naming the libc's.
#[cfg(not(test))]
core::arch::global_asm!(
    ".globl __tzname",
    ".type __tzname, %object",
    ".set __tzname, tzname",
    ".size __tzname, {tzname}",
    ".globl __timezone",
    ".type __timezone, %object",
    ".set __timezone, timezone",
    ".size __timezone, {timezone}",
    ".globl __daylight",
    ".type __daylight, %object",
    ".set __daylight, daylight",
    ".size __daylight, {daylight}",
    tzname = const core::mem::size_of::<[*mut c_char; 2]>(),
    timezone = const core::mem::size_of::<c_long>(),
    daylight = const core::mem::size_of::<c_int>(),
);

/// An interned name block: never freed.
#[repr(C)]
struct Node {
    next: *mut Node,
    len: usize,
}

static mut INTERNED: *mut Node = null_mut();

/// A stable NUL-terminated copy of `b` (which may hold NULs), shared with
/// every earlier identical request.
unsafe fn intern(b: &[u8]) -> *const c_char {
    // SAFETY: the list is only touched under the state lock; each node is
    // a header followed by `len` bytes and a NUL.
    unsafe {
        let mut n = INTERNED;
        while !n.is_null() {
            let data = (n as *const u8).add(size_of::<Node>());
            if (*n).len == b.len() && core::slice::from_raw_parts(data, b.len()) == b {
                return data as *const c_char;
            }
            n = (*n).next;
        }
        let p = heap::malloc(size_of::<Node>() + b.len() + 1) as *mut Node;
        if p.is_null() {
            return c"".as_ptr();
        }
        p.write(Node {
            next: INTERNED,
            len: b.len(),
        });
        let data = (p as *mut u8).add(size_of::<Node>());
        core::ptr::copy_nonoverlapping(b.as_ptr(), data, b.len());
        *data.add(b.len()) = 0;
        INTERNED = p;
        data as *const c_char
    }
}

/// The loaded zone.
struct State {
    init: bool,
    /// The `TZ` value it was loaded for (a malloc'd copy), or unset.
    tz: *mut u8,
    tz_len: usize,
    tz_set: bool,
    /// The TZif file's bytes (malloc'd), if one was read.
    file: *mut u8,
    file_len: usize,
    tzif: Option<Tzif>,
    rule: Option<Posix>,
    /// Where the rule's names point: the file (its footer) or the TZ copy.
    rule_src: *const u8,
    rule_len: usize,
    /// The interned characters table and rule names.
    table: *const c_char,
    rule_names: [*const c_char; 2],
    /// `timezone` and `daylight` as `tzset` set them.
    timezone: i64,
    daylight: bool,
    /// `mktime`'s starting guess: the offset its previous call settled
    /// on (local less UTC), as glibc keeps it; 0 at first.
    last_off: i64,
}

static mut STATE: State = State {
    init: false,
    tz: null_mut(),
    tz_len: 0,
    tz_set: false,
    file: null_mut(),
    file_len: 0,
    tzif: None,
    rule: None,
    rule_src: null(),
    rule_len: 0,
    table: null(),
    rule_names: [null(); 2],
    timezone: 0,
    daylight: false,
    last_off: 0,
};
static LOCK: AtomicBool = AtomicBool::new(false);

/// The state, under its lock (a spin lock: held for microseconds).
struct Guard;
impl Guard {
    fn take() -> Guard {
        while LOCK
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            core::hint::spin_loop();
        }
        Guard
    }
    fn st(&mut self) -> &mut State {
        // SAFETY: the lock is held for the guard's life.
        unsafe { &mut *(&raw mut STATE) }
    }
}
impl Drop for Guard {
    fn drop(&mut self) {
        LOCK.store(false, Ordering::Release);
    }
}

unsafe fn cstr<'a>(p: *const c_char) -> &'a [u8] {
    // SAFETY: the caller passes a C string.
    unsafe { core::slice::from_raw_parts(p as *const u8, crate::string::strlen(p)) }
}

/// The whole file at `path` (NUL-terminated) in a malloc'd buffer.
fn read_file(path: &[u8]) -> Option<(*mut u8, usize)> {
    const MAX: usize = 4 << 20;
    let flags = syscall::nr::O_RDONLY | syscall::nr::O_CLOEXEC;
    // SAFETY: path is NUL-terminated.
    let fd = unsafe { sys!(__NR_openat, syscall::nr::AT_FDCWD, path.as_ptr(), flags) };
    let fd = syscall::decode(fd).ok()?;
    let mut cap = 4096usize;
    // SAFETY: a fresh allocation, grown with realloc; reads stay in it.
    let r = unsafe {
        let mut buf = heap::malloc(cap) as *mut u8;
        let mut len = 0usize;
        loop {
            if buf.is_null() {
                break None;
            }
            if len == cap {
                if cap >= MAX {
                    heap::free(buf as *mut c_void);
                    break None;
                }
                cap *= 2;
                let nb = heap::realloc(buf as *mut c_void, cap) as *mut u8;
                if nb.is_null() {
                    heap::free(buf as *mut c_void);
                    break None;
                }
                buf = nb;
            }
            match syscall::decode(sys!(__NR_read, fd, buf.add(len), cap - len)) {
                Ok(0) => break Some((buf, len)),
                Ok(n) => len += n as usize,
                Err(e) if e == syscall::errno::EINTR as i32 => {}
                Err(_) => {
                    heap::free(buf as *mut c_void);
                    break None;
                }
            }
        }
    };
    // SAFETY: closing our own fd.
    unsafe { sys!(__NR_close, fd) };
    r
}

impl State {
    fn zone(&self) -> Zone<'_> {
        // SAFETY: file/rule_src point at buffers this state owns, of those
        // lengths, alive until the next load.
        unsafe {
            let file: &[u8] = if self.file.is_null() {
                &[]
            } else {
                core::slice::from_raw_parts(self.file, self.file_len)
            };
            let rule_src: &[u8] = if self.rule_src.is_null() {
                &[]
            } else {
                core::slice::from_raw_parts(self.rule_src, self.rule_len)
            };
            Zone {
                file,
                tzif: self.tzif,
                rule: self.rule,
                rule_src,
            }
        }
    }

    /// The C string of a name.
    fn name(&self, z: &Zone, a: Abbr) -> *const c_char {
        match a {
            Abbr::Table(i) if !self.table.is_null() => {
                // SAFETY: i is a checked index into the interned table.
                unsafe { self.table.add(i as usize) }
            }
            Abbr::Rule(k) if !self.rule_names[k as usize & 1].is_null() => {
                self.rule_names[k as usize & 1]
            }
            // SAFETY: the name's bytes are interned (under the lock).
            _ => unsafe { intern(z.abbr(a)) },
        }
    }

    /// Re-read the zone if `TZ` changed (or on first use).
    fn check(&mut self) {
        // SAFETY: getenv returns null or a C string.
        let v = unsafe { crate::stdlib::getenv(c"TZ".as_ptr()) };
        // SAFETY: v is a C string when not null; tz holds tz_len bytes.
        let v = if v.is_null() {
            None
        } else {
            Some(unsafe { cstr(v) })
        };
        if self.init {
            let same = match v {
                None => !self.tz_set,
                // SAFETY: tz holds tz_len bytes when tz_set.
                Some(s) => {
                    self.tz_set && unsafe { core::slice::from_raw_parts(self.tz, self.tz_len) } == s
                }
            };
            if same {
                return;
            }
        }
        self.load(v);
    }

    fn load(&mut self, v: Option<&[u8]>) {
        // SAFETY: we own these buffers; nothing borrows them now.
        unsafe {
            heap::free(self.tz as *mut c_void);
            heap::free(self.file as *mut c_void);
        }
        self.tz = null_mut();
        self.tz_len = 0;
        self.file = null_mut();
        self.file_len = 0;
        self.tzif = None;
        self.rule = None;
        self.rule_src = null();
        self.rule_len = 0;
        self.table = null();
        self.rule_names = [null(); 2];
        self.init = true;
        self.tz_set = v.is_some();
        if let Some(s) = v {
            // SAFETY: a fresh buffer of s.len() bytes (1 for an empty value).
            unsafe {
                let p = heap::malloc(s.len().max(1)) as *mut u8;
                if !p.is_null() {
                    core::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
                    self.tz = p;
                    self.tz_len = s.len();
                } else {
                    // Out of memory: keep unloaded, retry next time.
                    self.init = false;
                }
            }
        }
        // SAFETY: tz holds tz_len bytes.
        let val: Option<&[u8]> =
            v.map(|_| unsafe { core::slice::from_raw_parts(self.tz, self.tz_len) });
        let name = val.map(|s| s.strip_prefix(b":").unwrap_or(s));
        let file = match name {
            None => Some(&b"/etc/localtime"[..]),
            Some([]) => None,
            Some(n) => Some(n),
        };
        let mut loaded = false;
        if let Some(n) = file {
            let mut path = [0u8; 4200];
            let mut len = 0;
            let mut push = |b: &[u8]| {
                if len + b.len() < path.len() {
                    path[len..len + b.len()].copy_from_slice(b);
                    len += b.len();
                    true
                } else {
                    false
                }
            };
            let mut fits = true;
            if n.first() != Some(&b'/') {
                // SAFETY: getenv returns null or a C string.
                let dir = unsafe { crate::stdlib::getenv(c"TZDIR".as_ptr()) };
                let dir: &[u8] = if dir.is_null() {
                    b"/usr/share/zoneinfo"
                } else {
                    unsafe { cstr(dir) }
                };
                fits &= push(dir);
                fits &= push(b"/");
            }
            fits &= push(n);
            if fits
                && !n.contains(&0)
                && let Some((p, l)) = read_file(&path[..=len])
            {
                // SAFETY: p holds l bytes.
                let bytes = unsafe { core::slice::from_raw_parts(p, l) };
                match tz_from_file(bytes) {
                    Some((t, r)) => {
                        self.file = p;
                        self.file_len = l;
                        self.tzif = Some(t);
                        self.rule = r;
                        self.rule_src = p.wrapping_add(t.footer.0);
                        self.rule_len = t.footer.1 - t.footer.0;
                        // SAFETY: under the lock.
                        self.table = unsafe { intern(t.chars_table(bytes)) };
                        loaded = true;
                    }
                    // SAFETY: our buffer.
                    None => unsafe { heap::free(p as *mut c_void) },
                }
            }
        }
        if !loaded {
            // A POSIX string; no TZ, an empty one or ":" read as UTC.
            let src: &[u8] = match name {
                Some(n) if !n.is_empty() => n,
                _ => UTC,
            };
            let (p, _) = crate::tz::posix::parse(src);
            self.rule = Some(p);
            self.rule_src = src.as_ptr();
            self.rule_len = src.len();
        }
        if let Some(p) = self.rule {
            let mut n = [null(); 2];
            {
                let src = self.zone().rule_src;
                for (k, slot) in n.iter_mut().enumerate() {
                    let (s, e) = p.names[k];
                    // SAFETY: under the lock; the span is inside the source.
                    *slot = unsafe { intern(src.get(s..e).unwrap_or(&[])) };
                }
            }
            self.rule_names = n;
        }
        let (n, tz, dl) = {
            let z = self.zone();
            let (names, tz, dl) = z.tzset_info();
            ([self.name(&z, names[0]), self.name(&z, names[1])], tz, dl)
        };
        self.timezone = tz;
        self.daylight = dl;
        // SAFETY: the C variables are written only under the lock.
        unsafe {
            tzname = [n[0] as *mut c_char, n[1] as *mut c_char];
            timezone = tz as c_long;
            daylight = dl as c_int;
        }
    }
}

fn tz_from_file(b: &[u8]) -> Option<(Tzif, Option<Posix>)> {
    let z = Zone::from_tzif(b).ok()?;
    Some((z.tzif?, z.rule))
}

/// Break `t + utoff` down into `*out`; false if the year overflows `int`.
fn breakdown(t: i64, l: Local, zone: *const c_char, out: &mut tm) -> bool {
    let Some(s) = t.checked_add(l.utoff as i64) else {
        return false;
    };
    let days = s.div_euclid(86400);
    let secs = s.rem_euclid(86400) as c_int;
    let (y, m, d, yday) = civil_yday(days);
    let Ok(year) = c_int::try_from(y - 1900) else {
        return false;
    };
    *out = tm {
        tm_sec: secs % 60,
        tm_min: secs / 60 % 60,
        tm_hour: secs / 3600,
        tm_mday: d as c_int,
        tm_mon: m as c_int - 1,
        tm_year: year,
        tm_wday: (days + 4).rem_euclid(7) as c_int,
        tm_yday: yday as c_int,
        tm_isdst: l.isdst as c_int,
        tm_gmtoff: l.utoff as c_long,
        tm_zone: zone,
    };
    true
}

/// Local time for `t` into `out`, updating `tzname` as glibc does.
fn local_locked(st: &State, t: i64, out: &mut tm) -> bool {
    local_located(st, t, None, out)
}

/// [`local_locked`] with the zone's [`Zone::locate`] answer for `t`, if
/// known already.
fn local_located(st: &State, t: i64, known: Option<(Local, Option<usize>)>, out: &mut tm) -> bool {
    let z = st.zone();
    let (l, next) = known.unwrap_or_else(|| z.locate(t));
    let (corr, hit) = z.leap(t);
    if !breakdown(t.saturating_sub(corr), l, st.name(&z, l.abbr), out) {
        return false;
    }
    out.tm_sec += hit as c_int;
    let n = z.names_after(next, l);
    let n = [st.name(&z, n[0]), st.name(&z, n[1])];
    let (tz, dl) = z.rule_vars(next).unwrap_or((st.timezone, st.daylight));
    // SAFETY: written under the lock.
    unsafe {
        tzname = [n[0] as *mut c_char, n[1] as *mut c_char];
        timezone = tz as c_long;
        daylight = dl as c_int;
    }
    true
}

/// The seconds of a `tm`'s fields, normalised, counted as if UTC.
fn fields_seconds(t: &tm) -> i64 {
    let mon = t.tm_mon as i64;
    let y = t.tm_year as i64 + 1900 + mon.div_euclid(12);
    let days = days_from_civil(y, mon.rem_euclid(12) + 1, 1) + t.tm_mday as i64 - 1;
    days * 86400 + t.tm_hour as i64 * 3600 + t.tm_min as i64 * 60 + t.tm_sec as i64
}

static mut TM_BUF: tm = tm::ZERO;

/// POSIX.1-2024 `tzset`: (re)load the zone `TZ` names and set `tzname`,
/// `timezone` and `daylight`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tzset() {
    Guard::take().st().check();
}

/// POSIX.1-2024 `gmtime_r`: NULL with EOVERFLOW when the year does not fit
/// an `int`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gmtime_r(t: *const time_t, out: *mut tm) -> *mut tm {
    let l = Local {
        utoff: 0,
        isdst: false,
        abbr: Abbr::Rule(0),
    };
    // SAFETY: the caller passes a time and a writable tm.
    if !breakdown(unsafe { *t }, l, GMT.as_ptr() as *const c_char, unsafe {
        &mut *out
    }) {
        fail(EOVERFLOW);
        return null_mut();
    }
    out
}

/// C17 `gmtime` (one static `tm`, shared with `localtime`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gmtime(t: *const time_t) -> *mut tm {
    // SAFETY: forwarded; the static buffer is the documented result.
    unsafe { gmtime_r(t, &raw mut TM_BUF) }
}

/// POSIX.1-2024 `localtime_r` (loads the zone on first use only, as glibc;
/// `tzset` picks up later `TZ` changes).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn localtime_r(t: *const time_t, out: *mut tm) -> *mut tm {
    let mut g = Guard::take();
    let st = g.st();
    if !st.init {
        st.check();
    }
    // SAFETY: the caller passes a time and a writable tm.
    if !local_locked(st, unsafe { *t }, unsafe { &mut *out }) {
        fail(EOVERFLOW);
        return null_mut();
    }
    out
}

/// C17 `localtime` (re-reads `TZ`, as `tzset`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn localtime(t: *const time_t) -> *mut tm {
    let mut g = Guard::take();
    let st = g.st();
    st.check();
    // SAFETY: the static buffer is the documented result.
    if !local_locked(st, unsafe { *t }, unsafe { &mut *(&raw mut TM_BUF) }) {
        fail(EOVERFLOW);
        return null_mut();
    }
    &raw mut TM_BUF
}

/// C17 `mktime`: the local time `*t` describes (fields out of range are
/// normalised, seconds outside 0..=59 counted as elapsed time; `tm_isdst`
/// negative, 0 or positive as glibc reads it),
/// with `*t` rewritten; -1 with EOVERFLOW when the result's year does not
/// fit an `int`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mktime(t: *mut tm) -> time_t {
    let mut g = Guard::take();
    let st = g.st();
    st.check();
    // SAFETY: the caller passes a readable, writable tm.
    let t = unsafe { &mut *t };
    // As glibc: the time for the seconds clamped to 0..=59, then the
    // seconds asked for added as elapsed time (so :60 is a leap second
    // where there is one, and 86400 seconds are a day's, DST or not).
    let sec = t.tm_sec.clamp(0, 59);
    let l = fields_seconds(&tm { tm_sec: sec, ..*t });
    let z = st.zone();
    let mut last = st.last_off;
    let (r0, known) = z.utc_of_local_from(l, t.tm_isdst, &mut last);
    let r = z.add_leaps(r0).saturating_add(t.tm_sec as i64 - sec as i64);
    let known = known.filter(|_| r == r0);
    let mut out = tm::ZERO;
    let ok = local_located(st, r, known, &mut out);
    st.last_off = last;
    if !ok {
        fail(EOVERFLOW);
        return -1;
    }
    *t = out;
    r
}

/// GNU/BSD `timelocal`: `mktime`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timelocal(t: *mut tm) -> time_t {
    // SAFETY: forwarded.
    unsafe { mktime(t) }
}

/// GNU/BSD `timegm` (POSIX.1-2024 too): `mktime` for UTC.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn timegm(t: *mut tm) -> time_t {
    // SAFETY: the caller passes a readable, writable tm.
    let t = unsafe { &mut *t };
    let r = fields_seconds(t);
    let l = Local {
        utoff: 0,
        isdst: false,
        abbr: Abbr::Rule(0),
    };
    let mut out = tm::ZERO;
    if !breakdown(r, l, GMT.as_ptr() as *const c_char, &mut out) {
        fail(EOVERFLOW);
        return -1;
    }
    *t = out;
    r
}

/// C17 `difftime`: `a - b` in seconds (exact difference, rounded once).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn difftime(a: time_t, b: time_t) -> f64 {
    (a as i128 - b as i128) as f64
}

static DAYS: &[u8; 21] = b"SunMonTueWedThuFriSat";
static MONS: &[u8; 36] = b"JanFebMarAprMayJunJulAugSepOctNovDec";

/// `asctime`'s text (`"Sun Sep 16 01:03:52 1973\n"`) into `out`, its length.
fn asc(t: &tm, out: &mut [u8; 64]) -> usize {
    let mut n = 0;
    let mut put = |b: &[u8]| {
        for &c in b {
            if n < out.len() {
                out[n] = c;
                n += 1;
            }
        }
    };
    let pick = |tab: &'static [u8], i: c_int, max: c_int| -> &'static [u8] {
        if (0..max).contains(&i) {
            &tab[3 * i as usize..3 * i as usize + 3]
        } else {
            b"???"
        }
    };
    put(pick(DAYS, t.tm_wday, 7));
    put(b" ");
    put(pick(MONS, t.tm_mon, 12));
    let num = |v: i64, width: usize, pad: u8, put: &mut dyn FnMut(&[u8])| {
        let mut d = [0u8; 20];
        let digs = super::strftime::decimal(v.unsigned_abs(), &mut d);
        for _ in digs.len() + (v < 0) as usize..width {
            put(&[pad]);
        }
        if v < 0 {
            put(b"-");
        }
        put(digs);
    };
    num(t.tm_mday as i64, 3, b' ', &mut put);
    put(b" ");
    num(t.tm_hour as i64, 2, b'0', &mut put);
    put(b":");
    num(t.tm_min as i64, 2, b'0', &mut put);
    put(b":");
    num(t.tm_sec as i64, 2, b'0', &mut put);
    put(b" ");
    num(t.tm_year as i64 + 1900, 0, b' ', &mut put);
    put(b"\n");
    n
}

/// POSIX.1-2017 `asctime_r`: into a 26-byte buffer; NULL with EOVERFLOW
/// when the text would not fit it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn asctime_r(t: *const tm, buf: *mut c_char) -> *mut c_char {
    let mut b = [0u8; 64];
    // SAFETY: the caller passes a readable tm.
    let n = asc(unsafe { &*t }, &mut b);
    if n + 1 > 26 {
        fail(EOVERFLOW);
        return null_mut();
    }
    b[n] = 0;
    // SAFETY: the caller's buffer holds 26 bytes.
    unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), buf as *mut u8, n + 1) };
    buf
}

static mut ASC_BUF: [u8; 64] = [0; 64];

/// C17 `asctime` (one static buffer; any year fits it).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn asctime(t: *const tm) -> *mut c_char {
    let mut b = [0u8; 64];
    // SAFETY: the caller passes a readable tm.
    let n = asc(unsafe { &*t }, &mut b).min(63);
    b[n] = 0;
    // SAFETY: the static buffer is the documented result.
    unsafe {
        ASC_BUF = b;
        &raw mut ASC_BUF as *mut c_char
    }
}

/// C17 `ctime`: `asctime(localtime(t))`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ctime(t: *const time_t) -> *mut c_char {
    // SAFETY: forwarded.
    unsafe {
        let r = localtime(t);
        if r.is_null() { null_mut() } else { asctime(r) }
    }
}

/// POSIX.1-2017 `ctime_r`: `asctime_r(localtime_r(t, &tmp), buf)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ctime_r(t: *const time_t, buf: *mut c_char) -> *mut c_char {
    let mut tmp = tm::ZERO;
    // SAFETY: forwarded.
    unsafe {
        if localtime_r(t, &mut tmp).is_null() {
            null_mut()
        } else {
            asctime_r(&tmp, buf)
        }
    }
}

/// The local `tm` of `t` for strftime's `%s` inverse: `mktime` on a copy.
pub(crate) fn mktime_copy(t: &tm) -> i64 {
    let mut c = *t;
    // SAFETY: a local copy.
    unsafe { mktime(&mut c) }
}
