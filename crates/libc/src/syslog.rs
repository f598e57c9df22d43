//! `<syslog.h>`: messages to the system logger (POSIX.1-2024 XSI).
//!
//! A message goes to `/dev/log` as a datagram (a stream socket where the
//! logger listens on one, each message then ended by a NUL) in the
//! traditional BSD form glibc sends, `<PRI>Mmm dd hh:mm:ss ident[pid]: text`
//! (local time); with `LOG_PERROR` also to stderr as `ident[pid]: text`,
//! and with `LOG_CONS`, when the logger cannot be reached, to
//! `/dev/console`. Unset, the ident is the program's short name. The
//! state is behind one lock, so the calls are thread-safe.
#![cfg_attr(test, allow(dead_code))]
use crate::errno;
use crate::heap;
use crate::kernel::ret;
use crate::pthread::Lock;
use crate::types::*;
use syscall::errno::{ECONNREFUSED, ENOTCONN, EPROTOTYPE};

pub const LOG_PID: c_int = 0x01;
pub const LOG_CONS: c_int = 0x02;
pub const LOG_ODELAY: c_int = 0x04;
pub const LOG_NDELAY: c_int = 0x08;
pub const LOG_NOWAIT: c_int = 0x10;
pub const LOG_PERROR: c_int = 0x20;

const LOG_PRIMASK: c_int = 0x07;
const LOG_FACMASK: c_int = 0x03f8;
const LOG_USER: c_int = 1 << 3;
const LOG_ERR: c_int = 3;

const AF_UNIX: usize = syscall::net::AF_UNIX as usize;
const MSG_NOSIGNAL: usize = syscall::net::MSG_NOSIGNAL as usize;
const SOCK_STREAM: usize = syscall::net::SOCK_STREAM as usize;
const SOCK_DGRAM: usize = syscall::net::SOCK_DGRAM as usize;
const SOCK_CLOEXEC: usize = syscall::nr::O_CLOEXEC as usize;

struct State {
    ident: *const c_char,
    opts: c_int,
    facility: c_int,
    mask: c_int,
    fd: c_int,
    stream: bool,
}

static LOCK: Lock = Lock::new();
static mut STATE: State = State {
    ident: core::ptr::null(),
    opts: 0,
    facility: LOG_USER,
    mask: 0xff,
    fd: -1,
    stream: false,
};

/// The state, with LOCK held.
///
/// # Safety
/// The caller holds LOCK for as long as it uses the reference.
unsafe fn state() -> &'static mut State {
    // SAFETY: the caller's lock makes the access exclusive.
    unsafe { &mut *(&raw mut STATE) }
}

/// `struct sockaddr_un` for `/dev/log`.
#[repr(C)]
struct SockaddrUn {
    family: u16,
    path: [u8; 10],
}
static DEV_LOG: SockaddrUn = SockaddrUn {
    family: AF_UNIX as u16,
    path: *b"/dev/log\0\0",
};
static CONSOLE: [u8; 13] = *b"/dev/console\0";
static MONTHS: [u8; 36] = *b"JanFebMarAprMayJunJulAugSepOctNovDec";
static UNKNOWN_PRI: [u8; 36] = *b"syslog: unknown facility/priority: \0";

fn close_fd(s: &mut State) {
    if s.fd >= 0 {
        // SAFETY: our socket, closed once.
        unsafe { sys!(__NR_close, s.fd) };
        s.fd = -1;
    }
}

/// Connect to the logger (a datagram socket, else a stream one).
fn connect(s: &mut State) {
    if s.fd >= 0 {
        return;
    }
    for (ty, stream) in [(SOCK_DGRAM, false), (SOCK_STREAM, true)] {
        // SAFETY: plain values.
        let fd = ret(unsafe { sys!(__NR_socket, AF_UNIX, ty | SOCK_CLOEXEC, 0) });
        if fd < 0 {
            return;
        }
        let len = core::mem::size_of::<SockaddrUn>();
        // SAFETY: a static sockaddr_un of len bytes.
        let r = ret(unsafe { sys!(__NR_connect, fd, &raw const DEV_LOG, len) });
        if r == 0 {
            s.fd = fd as c_int;
            s.stream = stream;
            return;
        }
        // SAFETY: the socket just made.
        unsafe { sys!(__NR_close, fd) };
        if errno::get() != EPROTOTYPE as i32 {
            return;
        }
    }
}

/// POSIX `openlog`: `ident` (kept as the pointer given; NULL: the
/// program's name), `LOG_*` options, the default facility.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn openlog(ident: *const c_char, opts: c_int, facility: c_int) {
    LOCK.lock();
    // SAFETY: LOCK is held.
    let s = unsafe { state() };
    s.ident = ident;
    s.opts = opts;
    if facility != 0 && facility & !LOG_FACMASK == 0 {
        s.facility = facility;
    }
    if opts & LOG_NDELAY != 0 {
        connect(s);
    }
    LOCK.unlock();
}

/// POSIX `closelog`: close the connection and forget the ident (the
/// options stay, as with glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn closelog() {
    LOCK.lock();
    // SAFETY: LOCK is held.
    let s = unsafe { state() };
    close_fd(s);
    s.ident = core::ptr::null();
    LOCK.unlock();
}

/// POSIX `setlogmask`: the priorities to log (`LOG_MASK`/`LOG_UPTO`
/// bits); 0 leaves the mask as it is. Returns the previous mask.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setlogmask(mask: c_int) -> c_int {
    LOCK.lock();
    // SAFETY: LOCK is held.
    let s = unsafe { state() };
    let old = s.mask;
    if mask != 0 {
        s.mask = mask;
    }
    LOCK.unlock();
    old
}

fn push(v: &mut heap::Vec<u8>, b: &[u8]) -> bool {
    v.extend_from_slice(b).is_ok()
}

fn byte(v: &mut heap::Vec<u8>, b: u8) -> bool {
    v.push(b).is_ok()
}

fn push_num(v: &mut heap::Vec<u8>, n: u64) -> bool {
    let mut d = [0u8; 20];
    push(v, crate::kernel::decimal(n, &mut d))
}

fn two(v: &mut heap::Vec<u8>, n: c_int, pad: u8) -> bool {
    let n = n.clamp(0, 99) as u8;
    let hi = if n >= 10 { b'0' + n / 10 } else { pad };
    push(v, &[hi, b'0' + n % 10])
}

/// Write all of `b` to `fd` (best effort, as a logger must not fail).
fn write_all(fd: c_int, mut b: &[u8]) {
    while !b.is_empty() {
        // SAFETY: b is readable for its length.
        let n = ret(unsafe { sys!(__NR_write, fd, b.as_ptr(), b.len()) });
        if n <= 0 {
            return;
        }
        b = &b[n as usize..];
    }
}

/// The body of `syslog`/`vsyslog` (c/syslog.c passes the address of its
/// `va_list`).
///
/// # Safety
/// `fmt` is a printf format and `ap` points to its arguments' `va_list`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vsyslog(mut pri: c_int, fmt: *const c_char, ap: *mut c_void) {
    let saved = errno::get();
    if pri & !(LOG_PRIMASK | LOG_FACMASK) != 0 {
        let bad = pri;
        pri &= LOG_PRIMASK | LOG_FACMASK;
        // SAFETY: a message of our own, whose one argument is the int below.
        unsafe { log_fixed(LOG_ERR | LOG_USER, &UNKNOWN_PRI, Some(bad as u32)) };
    }
    LOCK.lock();
    // SAFETY: LOCK is held until the end of this function.
    let s = unsafe { state() };
    if s.mask & (1 << (pri & LOG_PRIMASK)) == 0 {
        LOCK.unlock();
        return;
    }
    errno::set(saved);
    let mut text: *mut c_char = core::ptr::null_mut();
    // SAFETY: the caller's format and arguments.
    let n = unsafe { crate::stdio::__ferro_vasprintf(&mut text, fmt, ap) };
    if n >= 0 {
        // SAFETY: vasprintf made a string of n bytes.
        let msg = unsafe { core::slice::from_raw_parts(text as *const u8, n as usize) };
        send(s, pri, msg);
        // SAFETY: vasprintf's allocation.
        unsafe { heap::free(text as *mut c_void) };
    }
    LOCK.unlock();
    errno::set(saved);
}

/// Log `msg` (NUL-terminated) followed by `hex` in hexadecimal.
///
/// # Safety
/// Not called with LOCK held.
unsafe fn log_fixed(pri: c_int, msg: &[u8], hex: Option<u32>) {
    let mut text = [0u8; 64];
    let end = msg.iter().position(|&c| c == 0).unwrap_or(msg.len());
    text[..end].copy_from_slice(&msg[..end]);
    let mut n = end;
    if let Some(mut v) = hex {
        let mut digits = [0u8; 8];
        let mut k = 0;
        loop {
            let d = (v & 15) as u8;
            digits[k] = if d < 10 { b'0' + d } else { b'a' + d - 10 };
            k += 1;
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        while k > 0 {
            k -= 1;
            text[n] = digits[k];
            n += 1;
        }
    }
    LOCK.lock();
    // SAFETY: LOCK is held.
    let s = unsafe { state() };
    if s.mask & (1 << (pri & LOG_PRIMASK)) != 0 {
        send(s, pri, &text[..n]);
    }
    LOCK.unlock();
}

/// Format and deliver one message (LOCK held).
fn send(s: &mut State, mut pri: c_int, msg: &[u8]) {
    if pri & LOG_FACMASK == 0 {
        pri |= s.facility;
    }
    let mut line = heap::Vec::new();
    // "<PRI>Mmm dd hh:mm:ss "
    let mut tm = crate::time::tm::ZERO;
    let mut now: crate::time::time_t = 0;
    // SAFETY: locals for the time calls.
    unsafe {
        crate::time::time(&mut now);
        crate::time::localtime_r(&now, &mut tm);
    }
    let mon = (tm.tm_mon.clamp(0, 11) * 3) as usize;
    let mut ok = byte(&mut line, b'<')
        && push_num(&mut line, pri as u64)
        && byte(&mut line, b'>')
        && push(&mut line, &MONTHS[mon..mon + 3])
        && byte(&mut line, b' ')
        && two(&mut line, tm.tm_mday, b' ')
        && byte(&mut line, b' ')
        && two(&mut line, tm.tm_hour, b'0')
        && byte(&mut line, b':')
        && two(&mut line, tm.tm_min, b'0')
        && byte(&mut line, b':')
        && two(&mut line, tm.tm_sec, b'0')
        && byte(&mut line, b' ');
    let body = line.len();
    // "ident[pid]: text"
    let ident = if s.ident.is_null() {
        // SAFETY: set once at startup (may be null without argv[0]).
        unsafe { crate::start::program_invocation_short_name as *const c_char }
    } else {
        s.ident
    };
    if !ident.is_null() {
        // SAFETY: a C string (the caller's ident or the program name).
        let id = unsafe {
            core::slice::from_raw_parts(ident as *const u8, crate::string::strlen(ident))
        };
        ok = ok && push(&mut line, id);
    }
    if s.opts & LOG_PID != 0 {
        // SAFETY: no arguments.
        let pid = unsafe { sys!(__NR_getpid) } as u64;
        ok = ok && byte(&mut line, b'[') && push_num(&mut line, pid) && byte(&mut line, b']');
    }
    if !ident.is_null() || s.opts & LOG_PID != 0 {
        ok = ok && byte(&mut line, b':') && byte(&mut line, b' ');
    }
    ok = ok && push(&mut line, msg);
    if !ok {
        return;
    }
    if s.opts & LOG_PERROR != 0 {
        let l = line.as_slice();
        let needs_nl = l.last() != Some(&b'\n');
        let mut out = heap::Vec::new();
        if push(&mut out, &l[body..]) && (!needs_nl || byte(&mut out, b'\n')) {
            write_all(2, out.as_slice());
        }
    }
    connect(s);
    if s.stream && line.push(0).is_err() {
        return;
    }
    let mut sent = false;
    for attempt in 0..2 {
        if s.fd < 0 {
            break;
        }
        let l = line.as_slice();
        // SAFETY: l is readable; a connected socket needs no address.
        let r = ret(unsafe {
            sys!(
                __NR_sendto,
                s.fd,
                l.as_ptr(),
                l.len(),
                MSG_NOSIGNAL,
                0usize,
                0usize
            )
        });
        if r >= 0 {
            sent = true;
            break;
        }
        let e = errno::get();
        // The logger went away or restarted: one reconnection.
        if attempt == 0
            && (e == ECONNREFUSED as i32
                || e == ENOTCONN as i32
                || e == syscall::errno::EPIPE as i32)
        {
            close_fd(s);
            connect(s);
        } else {
            break;
        }
    }
    if !sent && s.opts & LOG_CONS != 0 {
        let flags = syscall::nr::O_WRONLY | syscall::nr::O_NOCTTY | syscall::nr::O_CLOEXEC;
        // SAFETY: a static NUL-terminated path.
        let fd = ret(unsafe { sys!(__NR_openat, syscall::nr::AT_FDCWD, CONSOLE.as_ptr(), flags) });
        if fd >= 0 {
            let l = line.as_slice();
            let end = if s.stream { l.len() - 1 } else { l.len() };
            let mut out = heap::Vec::new();
            if push(&mut out, &l[body..end]) && byte(&mut out, b'\r') && byte(&mut out, b'\n') {
                write_all(fd as c_int, out.as_slice());
            }
            // SAFETY: the console fd just opened.
            unsafe { sys!(__NR_close, fd) };
        }
    }
}
