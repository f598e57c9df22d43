//! `<netinet/ether.h>`: Ethernet address text and the `/etc/ethers`
//! database (GNU/BSD extensions).
//!
//! The text form is glibc's: six parts of one or two hex digits (either
//! case) between colons; written back lowercase without leading zeros
//! (`0:1:2:a:b:c`). glibc's acceptance, as observed: after a one-digit
//! part the next character must be the colon (for the last part: the end
//! or white space, where `ether_line` needs white space), and after a
//! two-digit last part nothing is checked (`ether_aton("1:2:3:4:5:abc")`
//! is `1:2:3:4:5:ab`, and `ether_line` skips the next character
//! whatever it is). An `/etc/ethers` line is an address, white space and
//! a host name ending at white space, `#` or the end.
use crate::types::*;
use core::ffi::CStr;

/// GNU `struct ether_addr`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ether_addr {
    pub ether_addr_octet: [u8; 6],
}

static HEX: [u8; 16] = *b"0123456789abcdef";
static ETHERS: [u8; 12] = *b"/etc/ethers\0";

fn is_space(c: u8) -> bool {
    c == b' ' || (b'\t'..=b'\r').contains(&c)
}

fn hexval(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Parses an address at the start of `s` (its end counts as NUL). For
/// `line`, a one-digit last part needs white space after it, and the
/// character after the last part is passed over. Returns the address and
/// where the rest starts.
fn parse(s: &[u8], line: bool) -> Option<([u8; 6], usize)> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut out = [0u8; 6];
    let mut i = 0;
    for (k, o) in out.iter_mut().enumerate() {
        let last = k == 5;
        let mut v = hexval(at(i))?;
        i += 1;
        let c = at(i);
        let ends = if last {
            (c == 0 && !line) || is_space(c)
        } else {
            c == b':'
        };
        if !ends {
            v = (v << 4) | hexval(c)?;
            i += 1;
            if !last && at(i) != b':' {
                return None;
            }
        }
        *o = v;
        if !last || at(i) != 0 {
            i += 1;
        }
    }
    Some((out, i.min(s.len())))
}

/// The text of `a` into `buf` (at least 18 bytes), NUL-terminated.
fn format(a: &[u8; 6], buf: &mut [u8; 18]) {
    let mut n = 0;
    for (k, &b) in a.iter().enumerate() {
        if k > 0 {
            buf[n] = b':';
            n += 1;
        }
        if b >= 16 {
            buf[n] = HEX[(b >> 4) as usize];
            n += 1;
        }
        buf[n] = HEX[(b & 15) as usize];
        n += 1;
    }
    buf[n] = 0;
}

/// An `/etc/ethers` line: the address and the host name.
fn parse_line(s: &[u8]) -> Option<([u8; 6], &[u8])> {
    let (a, mut i) = parse(s, true)?;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let rest = &s[i..];
    let n = rest
        .iter()
        .position(|&c| c == 0 || c == b'#' || is_space(c))
        .unwrap_or(rest.len());
    if n == 0 {
        return None;
    }
    Some((a, &rest[..n]))
}

/// The bytes of a C string.
///
/// # Safety
/// `s` is a NUL-terminated string.
unsafe fn c_bytes<'a>(s: *const c_char) -> &'a [u8] {
    // SAFETY: the caller's contract.
    unsafe { CStr::from_ptr(s).to_bytes() }
}

/// GNU `ether_ntoa_r`: the text of `a` into `buf` (18 bytes).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ether_ntoa_r(a: *const ether_addr, buf: *mut c_char) -> *mut c_char {
    let mut t = [0u8; 18];
    // SAFETY: the caller passes an address.
    format(unsafe { &(*a).ether_addr_octet }, &mut t);
    let n = t.iter().position(|&c| c == 0).unwrap_or(17);
    // SAFETY: the caller's buffer holds the text and its NUL.
    unsafe { core::ptr::copy_nonoverlapping(t.as_ptr(), buf as *mut u8, n + 1) };
    buf
}

/// The buffer `ether_ntoa` returns, overwritten by each call.
static mut NTOA: [u8; 18] = [0; 18];
/// The address `ether_aton` returns, overwritten by each call.
static mut ATON: ether_addr = ether_addr {
    ether_addr_octet: [0; 6],
};

/// GNU `ether_ntoa`: the text of `a` in a static buffer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ether_ntoa(a: *const ether_addr) -> *mut c_char {
    // SAFETY: the buffer is this function's (racing callers get what
    // glibc gives them).
    unsafe { ether_ntoa_r(a, &raw mut NTOA as *mut c_char) }
}

/// GNU `ether_aton_r`: the address in `s` into `a`, or null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ether_aton_r(s: *const c_char, a: *mut ether_addr) -> *mut ether_addr {
    // SAFETY: the caller passes a string.
    match parse(unsafe { c_bytes(s) }, false) {
        Some((v, _)) => {
            // SAFETY: the caller's address.
            unsafe { (*a).ether_addr_octet = v };
            a
        }
        None => core::ptr::null_mut(),
    }
}

/// GNU `ether_aton`: the address in `s`, in a static struct, or null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ether_aton(s: *const c_char) -> *mut ether_addr {
    // SAFETY: the struct is this function's.
    unsafe { ether_aton_r(s, &raw mut ATON) }
}

/// GNU `ether_line`: an `/etc/ethers` line's address into `a` and host
/// name into `hostname` (which must have room for it, as with glibc);
/// 0, or -1 when the line holds no entry.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ether_line(
    line: *const c_char,
    a: *mut ether_addr,
    hostname: *mut c_char,
) -> c_int {
    // SAFETY: the caller passes a string.
    match parse_line(unsafe { c_bytes(line) }) {
        Some((v, name)) => {
            // SAFETY: the caller's address and buffer.
            unsafe {
                (*a).ether_addr_octet = v;
                core::ptr::copy_nonoverlapping(name.as_ptr(), hostname as *mut u8, name.len());
                *hostname.add(name.len()) = 0;
            }
            0
        }
        None => -1,
    }
}

/// Calls `f` on each entry of `/etc/ethers` until it returns true;
/// whether one did. A missing file is no entry (`errno` left as it was).
fn search(mut f: impl FnMut(&[u8; 6], &[u8]) -> bool) -> bool {
    let saved = crate::errno::get();
    let mut found = false;
    // SAFETY: a NUL-terminated path.
    let path = unsafe { CStr::from_bytes_with_nul_unchecked(&ETHERS) };
    // SAFETY: each_line only opens and reads the file.
    let _ = unsafe {
        crate::userdb::files::each_line(path, |l| {
            if !found && let Some((a, name)) = parse_line(l) {
                found = f(&a, name);
            }
        })
    };
    crate::errno::set(saved);
    found
}

/// GNU `ether_ntohost`: the host name `/etc/ethers` gives `a`, into
/// `hostname`; 0, or -1 when there is none.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ether_ntohost(hostname: *mut c_char, a: *const ether_addr) -> c_int {
    // SAFETY: the caller passes an address.
    let want = unsafe { (*a).ether_addr_octet };
    let found = search(|v, name| {
        if *v != want {
            return false;
        }
        // SAFETY: the caller's buffer has room for a host name.
        unsafe {
            core::ptr::copy_nonoverlapping(name.as_ptr(), hostname as *mut u8, name.len());
            *hostname.add(name.len()) = 0;
        }
        true
    });
    if found { 0 } else { -1 }
}

/// GNU `ether_hostton`: the address `/etc/ethers` gives `hostname`
/// (compared without regard to case), into `a`; 0, or -1 when none.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ether_hostton(hostname: *const c_char, a: *mut ether_addr) -> c_int {
    // SAFETY: the caller passes a string.
    let want = unsafe { c_bytes(hostname) };
    let found = search(|v, name| {
        if !name.eq_ignore_ascii_case(want) {
            return false;
        }
        // SAFETY: the caller's address.
        unsafe { (*a).ether_addr_octet = *v };
        true
    });
    if found { 0 } else { -1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aton(s: &str) -> Option<[u8; 6]> {
        parse(s.as_bytes(), false).map(|p| p.0)
    }

    #[test]
    fn glibc_acceptance() {
        assert_eq!(aton("0:1:2:a:b:c"), Some([0, 1, 2, 10, 11, 12]));
        assert_eq!(aton("00:01:02:0A:0B:0C"), Some([0, 1, 2, 10, 11, 12]));
        assert_eq!(aton("a:b:c:d:e:f x"), Some([10, 11, 12, 13, 14, 15]));
        assert_eq!(aton("1:2:3:4:5:6\x0b"), Some([1, 2, 3, 4, 5, 6]));
        assert_eq!(aton("1:2:3:4:5:abc"), Some([1, 2, 3, 4, 5, 0xab]));
        for bad in [
            "1:2:3:4:5:6:7",
            "1:2:3:4:5",
            "1:2:3:4:5:",
            "001:2:3:4:5:6",
            "a:b:c:d:e:fx",
            " a:b:c:d:e:f",
            "a-b-c-d-e-f",
            "a:b:c:d:e:f:",
            "g:0:0:0:0:0",
            ":1:2:3:4:5",
            "1::2:3:4:5",
            "1:2:3:4:5:6#",
            "1:2:3:4:5:6,",
            "1: 2:3:4:5:6",
            "",
        ] {
            assert_eq!(aton(bad), None, "{bad}");
        }
    }

    #[test]
    fn lines() {
        let l = |s: &str| {
            parse_line(s.as_bytes())
                .map(|(a, n)| (a, std::string::String::from_utf8_lossy(n).into_owned()))
        };
        extern crate std;
        assert_eq!(
            l("0:1:2:3:4:5 host # c"),
            Some(([0, 1, 2, 3, 4, 5], "host".into()))
        );
        assert_eq!(
            l("0:1:2:3:4:5 host#c"),
            Some(([0, 1, 2, 3, 4, 5], "host".into()))
        );
        assert_eq!(
            l("0:1:2:3:4:5\rhost"),
            Some(([0, 1, 2, 3, 4, 5], "host".into()))
        );
        assert_eq!(
            l("0:1:2:3:4:5ahost"),
            Some(([0, 1, 2, 3, 4, 0x5a], "ost".into()))
        );
        assert_eq!(
            l("0:1:2:3:4:ab host\tx"),
            Some(([0, 1, 2, 3, 4, 0xab], "host".into()))
        );
        for bad in [
            "# c",
            "0:1:2:3:4:5",
            "0:1:2:3:4:5 ",
            "  0:1:2:3:4:5 h",
            "0:1:2:3:4:5host",
            "0:1:2:3:4:5 #c",
            "0:1:2:3:4:5#x",
            "0:1:2:3:4:5,h",
            "0:1:2:3:4:5:6 h",
            "0:1:2:3:4:05",
            "",
        ] {
            assert_eq!(l(bad), None, "{bad}");
        }
    }

    #[test]
    fn text() {
        let mut b = [0u8; 18];
        format(&[0, 0x10, 0xab, 0, 0xff, 1], &mut b);
        assert_eq!(&b[..15], b"0:10:ab:0:ff:1\0");
        format(&[0xff; 6], &mut b);
        assert_eq!(&b, b"ff:ff:ff:ff:ff:ff\0");
    }
}
