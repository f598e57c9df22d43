//! `psignal` and `psiginfo`: a signal's description on stderr, in glibc's
//! words and format ("prefix: Description (details)\n").
use super::siginfo_t;
use crate::file;
use crate::types::*;

/// A line being built; what does not fit is dropped (nothing here can
/// panic), and every line fits but an over-long prefix, which is written
/// on its own.
struct Line {
    buf: [u8; 256],
    n: usize,
}

impl Line {
    fn put(&mut self, b: &[u8]) {
        for &c in b {
            if let Some(d) = self.buf.get_mut(self.n) {
                *d = c;
                self.n += 1;
            }
        }
    }
    fn num(&mut self, v: i64) {
        let mut d = [0u8; 20];
        let mut i = d.len();
        let mut u = v.unsigned_abs();
        loop {
            i -= 1;
            d[i] = b'0' + (u % 10) as u8;
            u /= 10;
            if u == 0 || i == 0 {
                break;
            }
        }
        if v < 0 {
            self.put(b"-");
        }
        self.put(d.get(i..).unwrap_or(&[]));
    }
    fn ptr(&mut self, p: usize) {
        if p == 0 {
            return self.put(b"(nil)");
        }
        self.put(b"0x");
        let mut d = [0u8; 16];
        let mut i = d.len();
        let mut u = p;
        while u != 0 && i > 0 {
            i -= 1;
            d[i] = b"0123456789abcdef"[u & 15];
            u >>= 4;
        }
        self.put(d.get(i..).unwrap_or(&[]));
    }
}

/// Writes `prefix: ` (when `s` is a non-empty string), then the line.
///
/// # Safety
/// `s` is null or a C string.
unsafe fn emit(s: *const c_char, line: &Line) {
    // SAFETY: per the contract.
    let prefix = if s.is_null() {
        &[][..]
    } else {
        unsafe { file::mode::cstr(s) }
    };
    // SAFETY: stderr is a live stream.
    unsafe {
        let f = crate::stdio::stderr;
        file::lock(f);
        if !prefix.is_empty() {
            let _ = file::write_bytes(f, prefix);
            let _ = file::write_bytes(f, b": ");
        }
        let _ = file::write_bytes(f, line.buf.get(..line.n).unwrap_or(&[]));
        file::unlock(f);
    }
}

/// POSIX.1-2024 `psignal`: "s: Description\n" on stderr (no "s: " when
/// `s` is NULL or empty); "Unknown signal N" for any number without a
/// description, the real-time ones included, as in glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn psignal(sig: c_int, s: *const c_char) {
    let e = crate::errno::get();
    let mut l = Line {
        buf: [0; 256],
        n: 0,
    };
    match crate::string::signal_description(sig) {
        Some(d) => l.put(d),
        None => {
            l.put(b"Unknown signal ");
            l.num(sig as i64);
        }
    }
    l.put(b"\n");
    // SAFETY: the caller's prefix.
    unsafe { emit(s, &l) };
    crate::errno::set(e);
}

/// What a positive `si_code` of `sig` means, in glibc's words.
fn code_text(sig: c_int, code: c_int) -> Option<&'static [u8]> {
    use syscall::nr::*;
    let t: &[&[u8]] = match sig as u32 {
        SIGILL => &[
            b"Illegal opcode",
            b"Illegal operand",
            b"Illegal addressing mode",
            b"Illegal trap",
            b"Privileged opcode",
            b"Privileged register",
            b"Coprocessor error",
            b"Internal stack error",
        ],
        SIGFPE => &[
            b"Integer divide by zero",
            b"Integer overflow",
            b"Floating-point divide by zero",
            b"Floating-point overflow",
            b"Floating-point underflow",
            // glibc's spelling, kept so the output is the same.
            b"Floating-poing inexact result",
            b"Invalid floating-point operation",
            b"Subscript out of range",
        ],
        SIGSEGV => &[
            b"Address not mapped to object",
            b"Invalid permissions for mapped object",
        ],
        SIGBUS => &[
            b"Invalid address alignment",
            b"Nonexisting physical address",
            b"Object-specific hardware error",
        ],
        SIGTRAP => &[b"Process breakpoint", b"Process trace trap"],
        SIGCHLD => &[
            b"Child has exited",
            b"Child has terminated abnormally and did not create a core file",
            b"Child has terminated abnormally and created a core file",
            b"Traced child has trapped",
            b"Child has stopped",
            b"Stopped child has continued",
        ],
        SIGPOLL => &[
            b"Data input available",
            b"Output buffers available",
            b"Input message available",
            b"I/O error",
            b"High priority input available",
            b"Device disconnected",
        ],
        _ => &[],
    };
    let i = usize::try_from(code).ok()?.checked_sub(1)?;
    t.get(i).copied()
}

/// What a sender's `si_code` (SI_USER, SI_QUEUE …) means.
fn sender_text(code: c_int) -> Option<&'static [u8]> {
    Some(match code {
        0 => b"Signal sent by kill()",
        -1 => b"Signal sent by sigqueue()",
        -2 => b"Signal generated by the expiration of a timer",
        -3 => b"Signal generated by the arrival of a message on an empty message queue",
        -4 => b"Signal generated by the completion of an asynchronous I/O request",
        -5 => b"Signal generated by the completion of an I/O request",
        -6 => b"Signal sent by tkill()",
        0x80 => b"Signal sent by the kernel",
        _ => return None,
    })
}

/// POSIX.1-2024 `psiginfo`: as [`psignal`] for `info->si_signo`, then in
/// parentheses what `si_code` means (or its number) and the fields that
/// go with it: the address for SIGILL/SIGFPE/SIGSEGV/SIGBUS, pid, status
/// and uid for SIGCHLD, the band for SIGPOLL, else pid and uid. A
/// real-time signal is named `SIGRTMIN+n` or `SIGRTMAX-n`, as in glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn psiginfo(info: *const siginfo_t, s: *const c_char) {
    use syscall::nr::{SIGBUS, SIGCHLD, SIGFPE, SIGILL, SIGPOLL, SIGSEGV};
    let e = crate::errno::get();
    // SAFETY: the caller's siginfo.
    let si = unsafe { &*info };
    let sig = si.si_signo;
    let mut l = Line {
        buf: [0; 256],
        n: 0,
    };
    let (lo, hi) = (super::set::SIGRTMIN, super::set::SIGRTMAX);
    if let Some(d) = crate::string::signal_description(sig) {
        l.put(d);
    } else if (lo..hi).contains(&sig) {
        if sig < lo + (hi - lo) / 2 {
            l.put(b"SIGRTMIN");
            if sig > lo {
                l.put(b"+");
                l.num((sig - lo) as i64);
            }
        } else {
            l.put(b"SIGRTMAX-");
            l.num((hi - sig) as i64);
        }
    } else {
        l.put(b"Unknown signal ");
        l.num(sig as i64);
        l.put(b"\n");
        // SAFETY: the caller's prefix.
        unsafe { emit(s, &l) };
        crate::errno::set(e);
        return;
    }
    l.put(b" (");
    let code = si.si_code;
    match code_text(sig, code).or_else(|| sender_text(code)) {
        Some(t) => l.put(t),
        None => l.num(code as i64),
    }
    // SAFETY: the union is plain data; which member means something
    // follows from the signal, as the kernel fills it.
    unsafe {
        match sig as u32 {
            SIGILL | SIGFPE | SIGSEGV | SIGBUS => {
                l.put(b" [");
                l.ptr(si.f.addr);
                l.put(b"]");
            }
            SIGCHLD => {
                l.put(b" ");
                l.num(si.f.kill.pid as i64);
                l.put(b" ");
                l.num(si.f.kill.value as c_int as i64);
                l.put(b" ");
                l.num(si.f.kill.uid as i64);
            }
            SIGPOLL => {
                l.put(b" ");
                l.num(si.f.band as i64);
            }
            _ => {
                l.put(b" ");
                l.num(si.f.kill.pid as i64);
                l.put(b" ");
                l.num(si.f.kill.uid as i64);
            }
        }
    }
    l.put(b")\n");
    // SAFETY: the caller's prefix.
    unsafe { emit(s, &l) };
    crate::errno::set(e);
}
