//! `<arpa/inet.h>`: Internet address conversions. `inet_pton`/`inet_ntop`
//! (POSIX.1-2024): IPv4 as exactly four decimal parts without leading
//! zeros, IPv6 as RFC 4291 text (with an IPv4 tail) and written as RFC 5952
//! says, with glibc's choice of when to write the tail in dotted form.
//! `inet_aton`/`inet_addr`/`inet_network` (BSD; `inet_addr` POSIX) take
//! the classic forms: one to four parts, each decimal, octal (`0`) or hex
//! (`0x`). The byte order functions live in `netinet/in.rs`.
//!
//! The parsers and formatters are plain functions on byte slices, tested
//! on the host against a corpus of glibc's answers.
use crate::errno;
use crate::netinet::r#in::{in_addr, in_addr_t};
use crate::sys::socket::socklen_t;
use crate::types::*;

const AF_INET: c_int = syscall::net::AF_INET as c_int;
const AF_INET6: c_int = syscall::net::AF_INET6 as c_int;
const INADDR_NONE: in_addr_t = 0xffff_ffff;

/// The longest text form: `ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255`
/// (INET6_ADDRSTRLEN less the NUL).
const TEXT_MAX: usize = 45;

/// The value of a hex digit.
fn hex(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u32),
        b'a'..=b'f' => Some((c - b'a') as u32 + 10),
        b'A'..=b'F' => Some((c - b'A') as u32 + 10),
        _ => None,
    }
}

/// `isspace` in the C locale.
fn space(c: u8) -> bool {
    c == b' ' || (b'\t'..=b'\r').contains(&c)
}

/// `inet_pton`'s IPv4 form: four decimal parts of at most 255, no
/// leading zeros, nothing after.
pub fn parse4(s: &[u8]) -> Option<[u8; 4]> {
    let mut out = [0u8; 4];
    let mut i = 0;
    for (n, slot) in out.iter_mut().enumerate() {
        if n > 0 {
            if s.get(i) != Some(&b'.') {
                return None;
            }
            i += 1;
        }
        let start = i;
        let mut v: u32 = 0;
        while let Some(&c) = s.get(i).filter(|c| c.is_ascii_digit()) {
            if i > start && v == 0 {
                return None;
            }
            v = v * 10 + (c - b'0') as u32;
            if v > 255 {
                return None;
            }
            i += 1;
        }
        if i == start {
            return None;
        }
        *slot = v as u8;
    }
    if i == s.len() { Some(out) } else { None }
}

/// `inet_pton`'s IPv6 form (RFC 4291 2.2): eight groups of one to four hex
/// digits, one `::` standing for one or more zero groups, the last two
/// groups possibly an IPv4 address in `parse4`'s form.
pub fn parse6(s: &[u8]) -> Option<[u8; 16]> {
    let mut w = [0u16; 8];
    let mut n = 0;
    let mut gap = None;
    let mut i = 0;
    if s.first() == Some(&b':') {
        if s.get(1) != Some(&b':') {
            return None;
        }
        gap = Some(0);
        i = 2;
    }
    while i < s.len() {
        let start = i;
        let mut v: u32 = 0;
        while let Some(d) = s.get(i).and_then(|&c| hex(c)) {
            if i - start == 4 {
                return None;
            }
            v = v * 16 + d;
            i += 1;
        }
        if i == start {
            return None;
        }
        if s.get(i) == Some(&b'.') {
            if n > 6 {
                return None;
            }
            let q = parse4(&s[start..])?;
            w[n] = u16::from_be_bytes([q[0], q[1]]);
            w[n + 1] = u16::from_be_bytes([q[2], q[3]]);
            n += 2;
            break;
        }
        if n == 8 {
            return None;
        }
        w[n] = v as u16;
        n += 1;
        if i == s.len() {
            break;
        }
        if s[i] != b':' {
            return None;
        }
        i += 1;
        if s.get(i) == Some(&b':') {
            if gap.is_some() {
                return None;
            }
            gap = Some(n);
            i += 1;
        } else if i == s.len() {
            return None;
        }
    }
    match gap {
        None if n != 8 => return None,
        Some(_) if n == 8 => return None,
        Some(g) => {
            let tail = n - g;
            w.copy_within(g..n, 8 - tail);
            w[g..8 - tail].fill(0);
        }
        None => {}
    }
    let mut out = [0u8; 16];
    for (k, v) in w.iter().enumerate() {
        out[2 * k..2 * k + 2].copy_from_slice(&v.to_be_bytes());
    }
    Some(out)
}

/// Text being written into a fixed buffer.
struct Text {
    buf: [u8; TEXT_MAX + 1],
    len: usize,
}

impl Text {
    fn new() -> Self {
        Text {
            buf: [0; TEXT_MAX + 1],
            len: 0,
        }
    }

    fn push(&mut self, c: u8) {
        if let Some(b) = self.buf.get_mut(self.len) {
            *b = c;
            self.len += 1;
        }
    }

    fn decimal(&mut self, v: u8) {
        if v >= 100 {
            self.push(b'0' + v / 100);
        }
        if v >= 10 {
            self.push(b'0' + v / 10 % 10);
        }
        self.push(b'0' + v % 10);
    }

    fn hex(&mut self, v: u16) {
        let mut started = false;
        let mut shift = 12;
        loop {
            let d = (v >> shift) as u8 & 0xf;
            if d != 0 || started || shift == 0 {
                self.push(if d < 10 { b'0' + d } else { b'a' + d - 10 });
                started = true;
            }
            if shift == 0 {
                break;
            }
            shift -= 4;
        }
    }

    fn quad(&mut self, q: &[u8]) {
        for (k, &b) in q.iter().enumerate() {
            if k > 0 {
                self.push(b'.');
            }
            self.decimal(b);
        }
    }

    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// An IPv4 address as `a.b.c.d`.
fn format4(a: &[u8; 4]) -> Text {
    let mut t = Text::new();
    t.quad(a);
    t
}

/// An IPv6 address as RFC 5952 4 writes it: lowercase, no leading zeros,
/// the longest run of two or more zero groups as `::` (the first of equal
/// runs). As glibc, the last 32 bits are written as an IPv4 address when
/// the first 96 bits are zero (the IPv4-compatible form, `::1.2.3.4`) or
/// the address is IPv4-mapped (`::ffff:1.2.3.4`), unless the zero run is
/// longer (`::1`, `::ffff`).
fn format6(a: &[u8; 16]) -> Text {
    let mut w = [0u16; 8];
    for (k, v) in w.iter_mut().enumerate() {
        *v = u16::from_be_bytes([a[2 * k], a[2 * k + 1]]);
    }
    let (mut base, mut len) = (8, 0);
    let mut k = 0;
    while k < 8 {
        if w[k] != 0 {
            k += 1;
            continue;
        }
        let start = k;
        while k < 8 && w[k] == 0 {
            k += 1;
        }
        if k - start > len {
            (base, len) = (start, k - start);
        }
    }
    if len < 2 {
        (base, len) = (8, 0);
    }
    let v4 = base == 0 && (len == 6 || (len == 5 && w[5] == 0xffff));
    let mut t = Text::new();
    for (k, &v) in w.iter().enumerate() {
        if k >= base && k < base + len {
            if k == base {
                t.push(b':');
            }
            continue;
        }
        if k != 0 {
            t.push(b':');
        }
        if v4 && k == 6 {
            t.quad(&a[12..]);
            return t;
        }
        t.hex(v);
    }
    if len > 0 && base + len == 8 {
        t.push(b':');
    }
    t
}

/// The number at the start of `s` in C's notation (`0x` hex, `0` octal,
/// else decimal), at most `max`; with how many bytes it took. A `0x`
/// without digits, a digit 8 or 9 in octal, or a value above `max` is an
/// error.
fn classic_number(s: &[u8], max: u64) -> Option<(u64, usize)> {
    if !s.first()?.is_ascii_digit() {
        return None;
    }
    let (base, mut i) = match (s[0], s.get(1)) {
        (b'0', Some(b'x' | b'X')) => (16, 2),
        (b'0', _) => (8, 0),
        _ => (10, 0),
    };
    let start = i;
    let mut v: u64 = 0;
    while let Some(&c) = s.get(i) {
        let d = match hex(c) {
            Some(d) if base == 16 || d < 10 => d,
            _ => break,
        };
        if d >= base {
            return None;
        }
        v = v * base as u64 + d as u64;
        if v > max {
            return None;
        }
        i += 1;
    }
    if i == start {
        return None;
    }
    Some((v, i))
}

/// `inet_aton`'s forms: `a.b.c.d`, `a.b.c` (c 16 bits), `a.b` (b 24 bits)
/// or `a` (32 bits), each part a C number; the text may end at white
/// space, whatever follows it. The address in host order.
pub fn aton(s: &[u8]) -> Option<u32> {
    let mut parts = [0u64; 4];
    let mut n = 0;
    let mut i = 0;
    loop {
        let (v, used) = classic_number(&s[i..], 0xffff_ffff)?;
        parts[n] = v;
        n += 1;
        i += used;
        if s.get(i) != Some(&b'.') {
            break;
        }
        if n == 4 {
            return None;
        }
        i += 1;
    }
    if s.get(i).is_some_and(|&c| !space(c)) {
        return None;
    }
    let (head, last) = (&parts[..n - 1], parts[n - 1]);
    if last > 0xffff_ffff >> (8 * (n - 1)) {
        return None;
    }
    let mut v: u64 = 0;
    for (k, &p) in head.iter().enumerate() {
        if p > 255 {
            return None;
        }
        v |= p << (24 - 8 * k);
        // Scalar on purpose: a vectorized loop puts its shift constants
        // in .rodata.cst16, which every program would carry.
        core::hint::black_box(());
    }
    Some((v | last) as u32)
}

/// `inet_network`'s form: one to four parts of at most 255, each a C
/// number, followed only by white space. The parts side by side, the
/// last lowest: `1.2` is 0x102.
pub fn network(s: &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    let mut n = 0;
    let mut i = 0;
    loop {
        let (p, used) = classic_number(&s[i..], 255)?;
        v = v << 8 | p as u32;
        n += 1;
        i += used;
        if s.get(i) != Some(&b'.') {
            break;
        }
        if n == 4 {
            return None;
        }
        i += 1;
    }
    if s[i..].iter().all(|&c| space(c)) {
        Some(v)
    } else {
        None
    }
}

/// # Safety
/// `s` is a NUL-terminated string.
unsafe fn c_bytes<'a>(s: *const c_char) -> &'a [u8] {
    // SAFETY: per the contract.
    unsafe { core::ffi::CStr::from_ptr(s) }.to_bytes()
}

/// POSIX `inet_pton`: 1 for an address, 0 for text that is not one,
/// -1 with EAFNOSUPPORT for another family. `dst` is written only for
/// an address.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn inet_pton(af: c_int, src: *const c_char, dst: *mut c_void) -> c_int {
    // SAFETY: the caller passes a string.
    let s = unsafe { c_bytes(src) };
    let (bytes, n): ([u8; 16], usize) = match af {
        AF_INET => match parse4(s) {
            Some(q) => {
                let mut b = [0u8; 16];
                b[..4].copy_from_slice(&q);
                (b, 4)
            }
            None => return 0,
        },
        AF_INET6 => match parse6(s) {
            Some(b) => (b, 16),
            None => return 0,
        },
        _ => {
            errno::set(syscall::errno::EAFNOSUPPORT as i32);
            return -1;
        }
    };
    // SAFETY: the caller's buffer holds an address of the family.
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), dst as *mut u8, n) };
    1
}

/// POSIX `inet_ntop`: `dst`, or NULL with ENOSPC when the text and its NUL
/// do not fit in `size` bytes, EAFNOSUPPORT for another family.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn inet_ntop(
    af: c_int,
    src: *const c_void,
    dst: *mut c_char,
    size: socklen_t,
) -> *const c_char {
    let t = match af {
        // SAFETY: the caller's address of the family.
        AF_INET => format4(unsafe { &*(src as *const [u8; 4]) }),
        // SAFETY: as above.
        AF_INET6 => format6(unsafe { &*(src as *const [u8; 16]) }),
        _ => {
            errno::set(syscall::errno::EAFNOSUPPORT as i32);
            return core::ptr::null();
        }
    };
    let b = t.bytes();
    if b.len() >= size as usize {
        errno::set(syscall::errno::ENOSPC as i32);
        return core::ptr::null();
    }
    // SAFETY: `dst` has `size` bytes, more than the text.
    unsafe {
        core::ptr::copy_nonoverlapping(b.as_ptr(), dst as *mut u8, b.len());
        *dst.add(b.len()) = 0;
    }
    dst
}

/// BSD `inet_aton`: 1 and the address in `*addr` (if not NULL), or 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn inet_aton(cp: *const c_char, addr: *mut in_addr) -> c_int {
    // SAFETY: the caller passes a string.
    match aton(unsafe { c_bytes(cp) }) {
        Some(v) => {
            if !addr.is_null() {
                // SAFETY: the caller's in_addr.
                unsafe { (*addr).s_addr = v.to_be() };
            }
            1
        }
        None => 0,
    }
}

/// POSIX `inet_addr`: the address in network order, or `INADDR_NONE`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn inet_addr(cp: *const c_char) -> in_addr_t {
    // SAFETY: the caller passes a string.
    aton(unsafe { c_bytes(cp) }).map_or(INADDR_NONE, u32::to_be)
}

/// BSD `inet_network`: the network number in host order, or
/// `INADDR_NONE`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn inet_network(cp: *const c_char) -> in_addr_t {
    // SAFETY: the caller passes a string.
    network(unsafe { c_bytes(cp) }).unwrap_or(INADDR_NONE)
}

/// The buffer `inet_ntoa` returns (one for the process, as POSIX allows).
static mut NTOA: [u8; 16] = [0; 16];

/// POSIX `inet_ntoa`: `a.b.c.d` in a static buffer, overwritten by the
/// next call.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn inet_ntoa(a: in_addr) -> *mut c_char {
    let t = format4(&a.s_addr.to_ne_bytes());
    let b = t.bytes();
    // SAFETY: the text is at most 15 bytes; the buffer is this function's
    // (a caller racing another thread on it gets what POSIX promises).
    unsafe {
        let p = &raw mut NTOA as *mut u8;
        core::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len());
        *p.add(b.len()) = 0;
        p as *mut c_char
    }
}

/// The class-A/B/C split of an address in host order: (network, host).
fn classful(a: u32) -> (u32, u32) {
    if a & 0x8000_0000 == 0 {
        (a >> 24, a & 0x00ff_ffff)
    } else if a & 0xc000_0000 == 0x8000_0000 {
        (a >> 16, a & 0xffff)
    } else {
        (a >> 8, a & 0xff)
    }
}

/// BSD `inet_makeaddr`: a network number and a host number (host order)
/// joined by the classful rule the network's size implies.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn inet_makeaddr(net: in_addr_t, host: in_addr_t) -> in_addr {
    let a = if net < 128 {
        net << 24 | (host & 0x00ff_ffff)
    } else if net < 65536 {
        net << 16 | (host & 0xffff)
    } else if net < 16_777_216 {
        net << 8 | (host & 0xff)
    } else {
        net | host
    };
    in_addr { s_addr: a.to_be() }
}

/// BSD `inet_lnaof`: the host part of a classful address.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn inet_lnaof(a: in_addr) -> in_addr_t {
    classful(u32::from_be(a.s_addr)).1
}

/// BSD `inet_netof`: the network part of a classful address.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn inet_netof(a: in_addr) -> in_addr_t {
    classful(u32::from_be(a.s_addr)).0
}

#[cfg(test)]
mod tests;
