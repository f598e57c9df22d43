//! `<utmp.h>` and `<utmpx.h>`: the login records, and `login_tty` (BSD).
//!
//! As glibc gives a static program: the records are read from and written
//! to the utmp file itself (`/var/run/utmp`, or the file `utmpname`
//! names), one fixed-size `struct utmp` after another in glibc's layout of
//! the arch, under `fcntl` locks (shared to read, exclusive to write); the
//! `x` functions are the same functions on the same file (Linux's
//! `struct utmpx` is `struct utmp`). Not thread-safe, as POSIX allows.
use crate::errno;
use crate::kernel::ret;
use crate::types::*;
use crate::unistd::{close, dup2, setsid};
use syscall::errno::{ENOMEM, ESRCH};
use syscall::nr::{O_CLOEXEC, O_RDONLY, O_RDWR, SEEK_CUR, SEEK_END, SEEK_SET};

pub use crate::arch::{utmp, utmpx};

/// `struct exit_status` (`ut_exit`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct exit_status {
    pub e_termination: i16,
    pub e_exit: i16,
}

pub const EMPTY: i16 = 0;
pub const RUN_LVL: i16 = 1;
pub const BOOT_TIME: i16 = 2;
pub const NEW_TIME: i16 = 3;
pub const OLD_TIME: i16 = 4;
pub const INIT_PROCESS: i16 = 5;
pub const LOGIN_PROCESS: i16 = 6;
pub const USER_PROCESS: i16 = 7;
pub const DEAD_PROCESS: i16 = 8;

use crate::arch::{UtmpFile, ut_from_file, ut_to_file};

/// A record's size in the file.
const REC: usize = core::mem::size_of::<UtmpFile>();
const _: () = assert!(core::mem::size_of::<utmpx>() == core::mem::size_of::<utmp>());

static DEFAULT_PATH: [u8; 14] = *b"/var/run/utmp\0";

struct Db {
    /// The file in use: DEFAULT_PATH or a heap copy from `utmpname`.
    path: *const u8,
    fd: c_int,
    /// Where the last record returned starts (-1: none).
    last: i64,
    buf: core::mem::MaybeUninit<utmp>,
}

static mut DB: Db = Db {
    path: core::ptr::null(),
    fd: -1,
    last: -1,
    buf: core::mem::MaybeUninit::uninit(),
};

fn db() -> &'static mut Db {
    // SAFETY: these functions are not thread-safe (POSIX): one caller at a
    // time uses the state.
    unsafe { &mut *(&raw mut DB) }
}

fn path(d: &Db) -> *const u8 {
    if d.path.is_null() {
        DEFAULT_PATH.as_ptr()
    } else {
        d.path
    }
}

/// Open the file if it is not open (read-write where allowed).
fn open(d: &mut Db) -> bool {
    if d.fd >= 0 {
        return true;
    }
    let p = path(d);
    for flags in [O_RDWR | O_CLOEXEC, O_RDONLY | O_CLOEXEC] {
        // SAFETY: p is a NUL-terminated path.
        let fd = ret(unsafe { sys!(__NR_openat, syscall::nr::AT_FDCWD, p, flags) });
        if fd >= 0 {
            d.fd = fd as c_int;
            d.last = -1;
            return true;
        }
    }
    false
}

/// Lock or unlock the whole file (`F_RDLCK`, `F_WRLCK`, `F_UNLCK`).
fn lock(fd: c_int, ty: u32) -> bool {
    let mut fl = crate::arch::KFlock {
        l_type: ty as i16,
        l_whence: SEEK_SET as i16,
        l_start: 0,
        l_len: 0,
        l_pid: 0,
    };
    let cmd = if ty == syscall::nr::F_UNLCK {
        crate::arch::F_SETLK
    } else {
        crate::arch::F_SETLKW
    };
    // SAFETY: the lock command reads our local.
    let r = unsafe {
        syscall::syscall3(
            crate::arch::NR_FCNTL,
            fd as usize,
            cmd as usize,
            &raw mut fl as usize,
        )
    };
    ret(r) == 0
}

fn seek(fd: c_int, off: i64, whence: u32) -> i64 {
    crate::unistd::lseek(fd, off as off_t, whence as c_int) as i64
}

/// Read the next whole record into `out`; false at the end or on error.
fn read_next(d: &mut Db, out: &mut utmp) -> bool {
    if !open(d) || !lock(d.fd, syscall::nr::F_RDLCK) {
        return false;
    }
    let at = seek(d.fd, 0, SEEK_CUR);
    let mut f = core::mem::MaybeUninit::<UtmpFile>::uninit();
    // SAFETY: f is REC writable bytes.
    let n = ret(unsafe { sys!(__NR_read, d.fd, f.as_mut_ptr(), REC) });
    lock(d.fd, syscall::nr::F_UNLCK);
    if n != REC as isize {
        if n > 0 {
            // a torn record at the end: not a record
            seek(d.fd, at, SEEK_SET);
        }
        return false;
    }
    d.last = at;
    // SAFETY: the read filled all REC bytes of f; every bit pattern is a record.
    *out = ut_from_file(unsafe { f.assume_init_ref() });
    true
}

fn cstr_eq(a: &[u8], b: &[u8]) -> bool {
    let la = a.iter().position(|&c| c == 0).unwrap_or(a.len());
    let lb = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    a[..la] == b[..lb]
}

/// getutid's rule: the same type for the clock and run-level records,
/// the same `ut_id` for the process ones.
fn id_matches(want: &utmp, got: &utmp) -> bool {
    match want.ut_type {
        RUN_LVL | BOOT_TIME | NEW_TIME | OLD_TIME => got.ut_type == want.ut_type,
        INIT_PROCESS | LOGIN_PROCESS | USER_PROCESS | DEAD_PROCESS => {
            matches!(
                got.ut_type,
                INIT_PROCESS | LOGIN_PROCESS | USER_PROCESS | DEAD_PROCESS
            ) && got.ut_id == want.ut_id
        }
        _ => false,
    }
}

fn line_matches(want: &utmp, got: &utmp) -> bool {
    matches!(got.ut_type, LOGIN_PROCESS | USER_PROCESS) && cstr_eq(&got.ut_line, &want.ut_line)
}

/// Search forward for a record `ok` accepts, into `out`.
fn search(d: &mut Db, out: &mut utmp, ok: impl Fn(&utmp) -> bool) -> bool {
    while read_next(d, out) {
        if ok(out) {
            return true;
        }
    }
    false
}

/// XSI `setutxent`/`setutent`: back to the first record.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setutent() {
    let d = db();
    if open(d) {
        seek(d.fd, 0, SEEK_SET);
    }
    d.last = -1;
}

/// XSI `endutxent`/`endutent`: close the file.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn endutent() {
    let d = db();
    if d.fd >= 0 {
        close(d.fd);
        d.fd = -1;
    }
    d.last = -1;
}

/// The static record.
fn buf(d: &mut Db) -> *mut utmp {
    d.buf.as_mut_ptr()
}

/// XSI `getutent`: the next record; NULL at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getutent() -> *mut utmp {
    let d = db();
    let b = buf(d);
    // SAFETY: b is the static record's storage.
    if read_next(d, unsafe { &mut *b }) {
        b
    } else {
        core::ptr::null_mut()
    }
}

/// XSI `getutid`: the next record that matches `ut` (see [`id_matches`]);
/// NULL with ESRCH when there is none.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getutid(ut: *const utmp) -> *mut utmp {
    // SAFETY: ut is the caller's record.
    let want = unsafe { *ut };
    let d = db();
    let b = buf(d);
    // SAFETY: b is the static record's storage.
    if search(d, unsafe { &mut *b }, |r| id_matches(&want, r)) {
        return b;
    }
    errno::set(ESRCH as i32);
    core::ptr::null_mut()
}

/// XSI `getutline`: the next login or user record on `ut->ut_line`; NULL
/// with ESRCH when there is none.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getutline(ut: *const utmp) -> *mut utmp {
    // SAFETY: ut is the caller's record.
    let want = unsafe { *ut };
    let d = db();
    let b = buf(d);
    // SAFETY: b is the static record's storage.
    if search(d, unsafe { &mut *b }, |r| line_matches(&want, r)) {
        return b;
    }
    errno::set(ESRCH as i32);
    core::ptr::null_mut()
}

/// XSI `pututline`: write `ut` over the record `getutid` would find (the
/// one just read if it matches, else the next match), or append it; `ut`
/// on success, NULL with errno otherwise.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pututline(ut: *const utmp) -> *mut utmp {
    // SAFETY: ut is the caller's record.
    let rec = unsafe { *ut };
    let d = db();
    if !open(d) {
        return core::ptr::null_mut();
    }
    let b = buf(d);
    // SAFETY: the static record holds the last one read when last >= 0.
    let mut at = if d.last >= 0 && id_matches(&rec, unsafe { &*b }) {
        d.last
    } else {
        -1
    };
    if at < 0 {
        let mut tmp = rec;
        if search(d, &mut tmp, |r| id_matches(&rec, r)) {
            at = d.last;
        }
    }
    if !lock(d.fd, syscall::nr::F_WRLCK) {
        return core::ptr::null_mut();
    }
    let pos = if at >= 0 {
        seek(d.fd, at, SEEK_SET)
    } else {
        // Append after the last whole record.
        let end = seek(d.fd, 0, SEEK_END);
        seek(d.fd, end - end % REC as i64, SEEK_SET)
    };
    let f = ut_to_file(&rec);
    // SAFETY: f is REC readable bytes.
    let n = ret(unsafe { sys!(__NR_write, d.fd, &f as *const UtmpFile, REC) });
    lock(d.fd, syscall::nr::F_UNLCK);
    if n != REC as isize {
        if n >= 0 {
            errno::set(syscall::errno::ENOSPC as i32);
        }
        return core::ptr::null_mut();
    }
    d.last = pos;
    // SAFETY: the static record now mirrors the file's.
    unsafe { *b = rec };
    ut as *mut utmp
}

/// GNU `utmpname`/`utmpxname`: the file the other functions use from now
/// on (closing the one open); 0, or -1 with ENOMEM.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn utmpname(file: *const c_char) -> c_int {
    endutent();
    let d = db();
    // SAFETY: file is a C string.
    let n = unsafe { crate::string::strlen(file) } + 1;
    // SAFETY: a fresh allocation of n bytes, filled from file.
    let copy = unsafe { crate::heap::malloc(n) } as *mut u8;
    if copy.is_null() {
        errno::set(ENOMEM as i32);
        return -1;
    }
    // SAFETY: both hold n bytes.
    unsafe { core::ptr::copy_nonoverlapping(file as *const u8, copy, n) };
    if !d.path.is_null() {
        // SAFETY: the previous copy.
        unsafe { crate::heap::free(d.path as *mut c_void) };
    }
    d.path = copy;
    0
}

/// GNU `updwtmp`/`updwtmpx`: append `ut` to the wtmp-format `file`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn updwtmp(file: *const c_char, ut: *const utmp) {
    // SAFETY: file is a C string.
    let fd = ret(unsafe { sys!(__NR_openat, syscall::nr::AT_FDCWD, file, O_RDWR | O_CLOEXEC) });
    if fd < 0 {
        return;
    }
    let fd = fd as c_int;
    if lock(fd, syscall::nr::F_WRLCK) {
        let end = seek(fd, 0, SEEK_END);
        let tail = end % REC as i64;
        if tail != 0 {
            // a torn record at the end: overwrite it
            seek(fd, end - tail, SEEK_SET);
        }
        // SAFETY: ut is the caller's record.
        let f = ut_to_file(unsafe { &*ut });
        // SAFETY: f is REC readable bytes.
        let n = ret(unsafe { sys!(__NR_write, fd, &f as *const UtmpFile, REC) });
        if n != REC as isize && n >= 0 {
            crate::unistd::ftruncate(fd, (end - tail) as off_t);
        }
        lock(fd, syscall::nr::F_UNLCK);
    }
    close(fd);
}

/// Store `r` (when found) in the caller's buffer: the `_r` forms' ending.
///
/// # Safety
/// `ubuf` and `ubufp` are the caller's writable pointers.
unsafe fn into(r: *mut utmp, ubuf: *mut utmp, ubufp: *mut *mut utmp) -> c_int {
    if r.is_null() {
        // SAFETY: the caller's pointer.
        unsafe { *ubufp = core::ptr::null_mut() };
        return -1;
    }
    // SAFETY: the caller's buffers; r is the static record.
    unsafe {
        *ubuf = *r;
        *ubufp = ubuf;
    }
    0
}

/// GNU `getutent_r`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getutent_r(ubuf: *mut utmp, ubufp: *mut *mut utmp) -> c_int {
    // SAFETY: the caller's buffers.
    unsafe { into(getutent(), ubuf, ubufp) }
}

/// GNU `getutid_r`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getutid_r(
    ut: *const utmp,
    ubuf: *mut utmp,
    ubufp: *mut *mut utmp,
) -> c_int {
    // SAFETY: the caller's record and buffers.
    unsafe { into(getutid(ut), ubuf, ubufp) }
}

/// GNU `getutline_r`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getutline_r(
    ut: *const utmp,
    ubuf: *mut utmp,
    ubufp: *mut *mut utmp,
) -> c_int {
    // SAFETY: the caller's record and buffers.
    unsafe { into(getutline(ut), ubuf, ubufp) }
}

/// POSIX `setutxent`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setutxent() {
    setutent()
}

/// POSIX `endutxent`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn endutxent() {
    endutent()
}

/// POSIX `getutxent`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getutxent() -> *mut utmpx {
    getutent() as *mut utmpx
}

/// POSIX `getutxid`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getutxid(ut: *const utmpx) -> *mut utmpx {
    // SAFETY: the two records have one layout.
    unsafe { getutid(ut as *const utmp) as *mut utmpx }
}

/// POSIX `getutxline`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getutxline(ut: *const utmpx) -> *mut utmpx {
    // SAFETY: the two records have one layout.
    unsafe { getutline(ut as *const utmp) as *mut utmpx }
}

/// POSIX `pututxline`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pututxline(ut: *const utmpx) -> *mut utmpx {
    // SAFETY: the two records have one layout.
    unsafe { pututline(ut as *const utmp) as *mut utmpx }
}

/// GNU `utmpxname`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn utmpxname(file: *const c_char) -> c_int {
    // SAFETY: forwarded.
    unsafe { utmpname(file) }
}

/// GNU `updwtmpx`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn updwtmpx(file: *const c_char, ut: *const utmpx) {
    // SAFETY: the two records have one layout.
    unsafe { updwtmp(file, ut as *const utmp) }
}

/// Copy the C string `src` into a record's text field as `strncpy` would
/// (NUL-padded, not terminated when it fills the field).
///
/// # Safety
/// `src` is a C string.
unsafe fn set_field(dst: &mut [u8], src: *const c_char) {
    // SAFETY: src is a C string.
    let n = unsafe { crate::string::strlen(src) }.min(dst.len());
    // SAFETY: n bytes of src are readable.
    let s = unsafe { core::slice::from_raw_parts(src as *const u8, n) };
    dst.fill(0);
    dst[..n].copy_from_slice(s);
}

/// The current time in a record.
fn stamp(u: &mut utmp) {
    // SAFETY: a struct of integers: all zeros is a time.
    let mut ts: crate::time::timespec = unsafe { core::mem::zeroed() };
    crate::time::gettime_raw(crate::time::CLOCK_REALTIME, &mut ts);
    crate::arch::set_tv(u, ts.tv_sec, ts.tv_nsec);
}

static WTMP_PATH: [u8; 14] = *b"/var/log/wtmp\0";

/// Back to the default utmp file (what glibc's login and logout do
/// before they use it).
fn default_file() {
    endutent();
    let d = db();
    if !d.path.is_null() {
        // SAFETY: the copy utmpname made.
        unsafe { crate::heap::free(d.path as *mut c_void) };
        d.path = core::ptr::null();
    }
}

/// BSD `login` (in glibc's libc since 2.34, libutil before): `ut` made a
/// USER_PROCESS of this process on the terminal of standard input,
/// output or error (in that order; its name without `/dev/`, else the
/// last path component). With a terminal the record is written to the
/// utmp file (`/var/run/utmp`, whatever `utmpname` chose before) over the
/// entry with the same `ut_id`; without one its line is `???` and only
/// wtmp gets it. Either way it is appended to `/var/log/wtmp`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn login(ut: *const utmp) {
    // SAFETY: the caller's record.
    let mut rec = unsafe { *ut };
    rec.ut_type = USER_PROCESS;
    rec.ut_pid = crate::unistd::getpid();
    let mut tty = [0u8; 256];
    let found = (0..3).any(|fd| {
        // SAFETY: tty is a local buffer of the length passed.
        unsafe { crate::unistd::ttyname_r(fd, tty.as_mut_ptr() as *mut c_char, tty.len()) == 0 }
    });
    if found {
        let n = tty.iter().position(|&c| c == 0).unwrap_or(0);
        let name = &tty[..n];
        let at = if name.starts_with(b"/dev/") {
            5
        } else {
            name.iter().rposition(|&c| c == b'/').map_or(0, |i| i + 1)
        };
        // SAFETY: tty[at..] is NUL-terminated.
        unsafe { set_field(&mut rec.ut_line, tty[at..].as_ptr() as *const c_char) };
        default_file();
        setutent();
        // SAFETY: rec is a whole record.
        unsafe { pututline(&rec) };
        endutent();
    } else {
        // SAFETY: a constant C string.
        unsafe { set_field(&mut rec.ut_line, c"???".as_ptr()) };
    }
    // SAFETY: a constant path and a whole record.
    unsafe { updwtmp(WTMP_PATH.as_ptr() as *const c_char, &rec) };
}

/// BSD `logout`: the utmp file's (`/var/run/utmp`) login or user entry
/// for terminal `line` becomes a DEAD_PROCESS with no user or host,
/// stamped now; 1 when there was one and it was written, else 0. wtmp is
/// not touched (that is `logwtmp`'s).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn logout(line: *const c_char) -> c_int {
    default_file();
    setutent();
    // SAFETY: a record of plain integers and bytes: all zeros is one.
    let mut want: utmp = unsafe { core::mem::zeroed() };
    want.ut_type = USER_PROCESS;
    // SAFETY: line is a C string.
    unsafe { set_field(&mut want.ut_line, line) };
    let mut done = 0;
    // SAFETY: want is a whole record.
    let found = unsafe { getutline(&want) };
    if !found.is_null() {
        // SAFETY: the static record getutline returned.
        let mut rec = unsafe { *found };
        rec.ut_user.fill(0);
        rec.ut_host.fill(0);
        stamp(&mut rec);
        rec.ut_type = DEAD_PROCESS;
        // SAFETY: rec is a whole record.
        if !unsafe { pututline(&rec) }.is_null() {
            done = 1;
        }
    }
    endutent();
    done
}

/// BSD `logwtmp`: append to `/var/log/wtmp` a record of this process on
/// `line` for user `name` from `host`, stamped now: a USER_PROCESS, or a
/// DEAD_PROCESS when `name` is empty (a logout).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn logwtmp(line: *const c_char, name: *const c_char, host: *const c_char) {
    // SAFETY: a record of plain integers and bytes: all zeros is one.
    let mut rec: utmp = unsafe { core::mem::zeroed() };
    rec.ut_pid = crate::unistd::getpid();
    // SAFETY: the caller's C strings.
    unsafe {
        rec.ut_type = if *name == 0 {
            DEAD_PROCESS
        } else {
            USER_PROCESS
        };
        set_field(&mut rec.ut_line, line);
        set_field(&mut rec.ut_user, name);
        set_field(&mut rec.ut_host, host);
    }
    stamp(&mut rec);
    // SAFETY: a constant path and a whole record.
    unsafe { updwtmp(WTMP_PATH.as_ptr() as *const c_char, &rec) };
}

/// GNU `getutmp`: the `struct utmp` of a `struct utmpx` (one layout on
/// Linux: a copy).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getutmp(ux: *const utmpx, u: *mut utmp) {
    // SAFETY: the caller's records, of one size (checked above).
    unsafe { core::ptr::copy(ux as *const u8, u as *mut u8, core::mem::size_of::<utmp>()) };
}

/// GNU `getutmpx`: the `struct utmpx` of a `struct utmp` (a copy).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getutmpx(u: *const utmp, ux: *mut utmpx) {
    // SAFETY: the caller's records, of one size (checked above).
    unsafe { core::ptr::copy(u as *const u8, ux as *mut u8, core::mem::size_of::<utmp>()) };
}

/// BSD `login_tty`: a new session with terminal `fd` as its controlling
/// terminal (`TIOCSCTTY`) and as standard input, output and error; `fd`
/// itself is closed when it is not one of those. -1 with errno when
/// `fd` cannot become the controlling terminal.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn login_tty(fd: c_int) -> c_int {
    setsid();
    // SAFETY: TIOCSCTTY takes an integer argument (0: do not steal).
    let r = unsafe { sys!(__NR_ioctl, fd, syscall::ioctl::TIOCSCTTY, 0) };
    if crate::kernel::ret_int(r) < 0 {
        return -1;
    }
    for std in 0..3 {
        if dup2(fd, std) < 0 {
            return -1;
        }
    }
    if fd > 2 {
        close(fd);
    }
    0
}
