//! `fopen` mode strings: `r w a` then any of `+ b x e m c` (unknown
//! letters are ignored and a `,` ends the scan, as glibc does).
use super::{F_APPEND, F_READ, F_WRITE};
use syscall::nr::{O_APPEND, O_CLOEXEC, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY};

/// A parsed mode: `open` flags and the stream's permission flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mode {
    pub oflags: u32,
    pub fflags: u32,
}

/// Parse `m` (the bytes before the NUL); `None` for an invalid mode.
pub fn parse(m: &[u8]) -> Option<Mode> {
    let (mut oflags, mut fflags) = match m.first()? {
        b'r' => (O_RDONLY, F_READ),
        b'w' => (O_WRONLY | O_CREAT | O_TRUNC, F_WRITE),
        b'a' => (O_WRONLY | O_CREAT | O_APPEND, F_WRITE | F_APPEND),
        _ => return None,
    };
    for &c in &m[1..] {
        match c {
            b'+' => {
                oflags = (oflags & !(O_WRONLY | O_RDONLY)) | O_RDWR;
                fflags |= F_READ | F_WRITE;
            }
            b'x' => oflags |= O_EXCL,
            b'e' => oflags |= O_CLOEXEC,
            b',' => break,
            // `b` (binary), `m` (mmap hint) and `c` (no cancellation)
            // change nothing here; other letters are ignored like glibc.
            _ => {}
        }
    }
    Some(Mode { oflags, fflags })
}

/// The bytes of a C string, without the NUL.
///
/// # Safety
/// `s` is a valid NUL-terminated string.
pub unsafe fn cstr<'a>(s: *const core::ffi::c_char) -> &'a [u8] {
    let mut n = 0;
    // SAFETY: the caller promises a NUL terminator.
    unsafe {
        while *s.add(n) != 0 {
            n += 1;
        }
        core::slice::from_raw_parts(s as *const u8, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes() {
        assert_eq!(parse(b""), None);
        assert_eq!(parse(b"q"), None);
        assert_eq!(parse(b"+r"), None);
        let r = parse(b"r").unwrap();
        assert_eq!((r.oflags, r.fflags), (O_RDONLY, F_READ));
        let w = parse(b"wbx").unwrap();
        assert_eq!(w.oflags, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL);
        let a = parse(b"a+e").unwrap();
        assert_eq!(a.oflags, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC);
        assert_eq!(a.fflags, F_READ | F_WRITE | F_APPEND);
        let rp = parse(b"rb+").unwrap();
        assert_eq!(rp.oflags, O_RDWR);
        assert_eq!(parse(b"r,+").unwrap().oflags, O_RDONLY);
        assert_eq!(parse(b"rmcz").unwrap().oflags, O_RDONLY);
    }
}
