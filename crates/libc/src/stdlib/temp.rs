//! Unique temporary names (`mkstemp`, `mkostemp`, `mkstemps`, `mkostemps`,
//! `mkdtemp`, `mktemp`) and canonical path names (`realpath`).
use crate::kernel::fail;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::{EEXIST, EINVAL, ELOOP, ENAMETOOLONG, ENOENT};
use syscall::nr::{AT_FDCWD, F_OK, GRND_NONBLOCK, O_ACCMODE, O_CREAT, O_EXCL, O_RDWR};

const LETTERS: &[u8; 62] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/// Names tried before giving up with EEXIST.
const ATTEMPTS: u32 = 62 * 62 * 62;
const PATH_MAX: usize = 4096;
/// Symbolic links followed by `realpath` before ELOOP.
const MAX_LINKS: u32 = 40;

static mut FALLBACK: u64 = 0;

/// 64 random bits from `getrandom`; if that fails (no entropy yet, or an
/// old kernel), a SplitMix64 stream seeded from the kernel's `AT_RANDOM`
/// bytes and the stack address.
fn random_u64() -> u64 {
    let mut v = 0u64;
    // SAFETY: the kernel writes at most 8 bytes into v.
    let r = unsafe { sys!(__NR_getrandom, &raw mut v, 8, GRND_NONBLOCK) };
    if r == 8 {
        return v;
    }
    // SAFETY: single-threaded fallback state; AT_RANDOM, when present,
    // points to 16 bytes the kernel placed on the initial stack.
    unsafe {
        if FALLBACK == 0 {
            let at = rt::auxv::get(rt::auxv::AT_RANDOM) as *const u64;
            let seed = if at.is_null() {
                0
            } else {
                at.read_unaligned() ^ at.add(1).read_unaligned()
            };
            FALLBACK = seed ^ (&raw const v as u64) ^ 1;
        }
        FALLBACK = FALLBACK.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = FALLBACK;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The offset of the "XXXXXX" that must precede `suffix` bytes at the end
/// of the template.
unsafe fn x_offset(tmpl: *const c_char, suffix: c_int) -> Option<usize> {
    if suffix < 0 {
        return None;
    }
    // SAFETY: tmpl is a C string; the bytes read are inside it.
    unsafe {
        let len = crate::string::strlen(tmpl);
        let at = len.checked_sub(6 + suffix as usize)?;
        (0..6)
            .all(|i| *tmpl.add(at + i) == b'X' as c_char)
            .then_some(at)
    }
}

/// Replace the six bytes at `at` with random letters and digits.
unsafe fn fill(tmpl: *mut c_char, at: usize) {
    let mut r = random_u64();
    for i in 0..6 {
        // SAFETY: the six bytes checked by x_offset.
        unsafe { *tmpl.add(at + i) = LETTERS[(r % 62) as usize] as c_char };
        r /= 62;
    }
}

/// Try names until `make` succeeds (Ok) or fails with anything but
/// EEXIST (Err, errno set).
unsafe fn generate(
    tmpl: *mut c_char,
    suffix: c_int,
    mut make: impl FnMut(*mut c_char) -> isize,
) -> Result<isize, ()> {
    // SAFETY: tmpl is the caller's writable C string.
    let Some(at) = (unsafe { x_offset(tmpl, suffix) }) else {
        fail(EINVAL);
        return Err(());
    };
    for _ in 0..ATTEMPTS {
        // SAFETY: as above.
        unsafe { fill(tmpl, at) };
        let r = make(tmpl);
        match syscall::decode(r) {
            Ok(v) => return Ok(v as isize),
            Err(e) if e == EEXIST as i32 => {}
            Err(e) => {
                fail(e as u32);
                return Err(());
            }
        }
    }
    fail(EEXIST);
    Err(())
}

/// GNU `mkostemps`: create and open (read-write, mode 0600, plus `flags`
/// such as `O_CLOEXEC`/`O_APPEND`) a new file named by the template, whose
/// six 'X's before the last `suffixlen` bytes are replaced. -1/EINVAL for
/// a bad template.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkostemps(tmpl: *mut c_char, suffixlen: c_int, flags: c_int) -> c_int {
    let fl = (flags & !(O_ACCMODE as c_int)) | (O_RDWR | O_CREAT | O_EXCL) as c_int;
    // SAFETY: tmpl is the caller's writable C string; open checks it.
    let r = unsafe {
        generate(tmpl, suffixlen, |p| {
            sys!(
                __NR_openat,
                AT_FDCWD,
                p,
                fl | crate::arch::O_LARGEFILE,
                0o600
            )
        })
    };
    match r {
        Ok(fd) => fd as c_int,
        Err(()) => -1,
    }
}

/// POSIX.1-2024 `mkstemp`: `mkostemps(tmpl, 0, 0)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkstemp(tmpl: *mut c_char) -> c_int {
    // SAFETY: forwarded.
    unsafe { mkostemps(tmpl, 0, 0) }
}

/// POSIX.1-2024 `mkostemp`: `mkostemps(tmpl, 0, flags)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkostemp(tmpl: *mut c_char, flags: c_int) -> c_int {
    // SAFETY: forwarded.
    unsafe { mkostemps(tmpl, 0, flags) }
}

/// GNU/BSD `mkstemps`: `mkostemps(tmpl, suffixlen, 0)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkstemps(tmpl: *mut c_char, suffixlen: c_int) -> c_int {
    // SAFETY: forwarded.
    unsafe { mkostemps(tmpl, suffixlen, 0) }
}

/// POSIX.1-2024 `mkdtemp`: create a new directory (mode 0700) named by
/// the template ending in "XXXXXX"; the template, or NULL with errno.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mkdtemp(tmpl: *mut c_char) -> *mut c_char {
    // SAFETY: tmpl is the caller's writable C string; mkdir checks it.
    let r = unsafe { generate(tmpl, 0, |p| sys!(__NR_mkdirat, AT_FDCWD, p, 0o700)) };
    match r {
        Ok(_) => tmpl,
        Err(()) => null_mut(),
    }
}

/// Legacy (removed in POSIX.1-2008; BSD/GNU) `mktemp`: make the template
/// name one that does not exist yet, without creating it. On failure the
/// template becomes the empty string (errno EINVAL for a bad template).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mktemp(tmpl: *mut c_char) -> *mut c_char {
    let mut buf = [0u8; 1];
    // SAFETY: tmpl is the caller's writable C string. readlinkat looks a
    // name up without following it: EINVAL (not a link) or success means
    // it exists, ENOENT that it is free.
    let r = unsafe {
        generate(tmpl, 0, |p| {
            let r = sys!(__NR_readlinkat, AT_FDCWD, p, buf.as_mut_ptr(), 1);
            match syscall::decode(r) {
                Err(e) if e == ENOENT as i32 => 0,
                Ok(_) => -(EEXIST as isize),
                Err(e) if e == EINVAL as i32 => -(EEXIST as isize),
                Err(_) => r,
            }
        })
    };
    if r.is_err() {
        // SAFETY: the template has at least its NUL.
        unsafe { *tmpl = 0 };
    }
    tmpl
}

/// A NUL-terminated path being built in a PATH_MAX buffer.
struct PathBuf {
    b: [u8; PATH_MAX],
    len: usize,
}

impl PathBuf {
    fn push(&mut self, comp: &[u8]) -> Result<(), u32> {
        let slash = usize::from(self.len != 1);
        if self.len + slash + comp.len() >= PATH_MAX {
            return Err(ENAMETOOLONG);
        }
        if slash == 1 {
            self.b[self.len] = b'/';
        }
        self.b[self.len + slash..self.len + slash + comp.len()].copy_from_slice(comp);
        self.len += slash + comp.len();
        self.b[self.len] = 0;
        Ok(())
    }
    /// Drop the last component ("/" stays "/").
    fn pop(&mut self) {
        while self.len > 1 && self.b[self.len - 1] != b'/' {
            self.len -= 1;
        }
        if self.len > 1 {
            self.len -= 1;
        }
        self.b[self.len] = 0;
    }
    fn root(&mut self) {
        self.b[0] = b'/';
        self.b[1] = 0;
        self.len = 1;
    }
    /// Fail with ENOTDIR unless the path names a directory (a trailing
    /// slash makes the lookup demand one).
    fn check_dir(&mut self) -> Result<(), u32> {
        if self.len == 1 {
            return Ok(());
        }
        if self.len + 1 >= PATH_MAX {
            return Err(ENAMETOOLONG);
        }
        self.b[self.len] = b'/';
        self.b[self.len + 1] = 0;
        // SAFETY: a NUL-terminated local buffer.
        let r = unsafe { sys!(__NR_faccessat, AT_FDCWD, self.b.as_ptr(), F_OK) };
        self.b[self.len] = 0;
        syscall::decode(r).map(|_| ()).map_err(|e| e as u32)
    }
}

/// Resolve `path` (a byte string without NUL) into `out`.
fn resolve(path: &[u8], out: &mut PathBuf) -> Result<(), u32> {
    // The part still to walk is cur[pos..]: the caller's path, then after
    // each symbolic link its target followed by what was left, built in
    // `link` and moved to `rest`.
    let mut rest = [0u8; PATH_MAX];
    let mut link = [0u8; PATH_MAX];
    let mut cur: &[u8] = path;
    let mut pos = 0;
    if path[0] == b'/' {
        out.root();
    } else {
        // SAFETY: the kernel writes at most PATH_MAX bytes.
        let r = unsafe { sys!(__NR_getcwd, out.b.as_mut_ptr(), PATH_MAX) };
        let n = syscall::decode(r).map_err(|e| e as u32)?;
        if n == 0 || out.b[0] != b'/' {
            return Err(ENOENT);
        }
        out.len = n - 1;
    }
    let mut links = 0;
    // The last component added was not a link and is followed by '/':
    // it must be a directory, which a later lookup through it checks,
    // but ".", ".." and the end do not.
    let mut need_dir = false;
    loop {
        while pos < cur.len() && cur[pos] == b'/' {
            pos += 1;
        }
        if pos == cur.len() {
            break;
        }
        let start = pos;
        while pos < cur.len() && cur[pos] != b'/' {
            pos += 1;
        }
        let comp = &cur[start..pos];
        if comp == b"." || comp == b".." {
            if need_dir {
                out.check_dir()?;
                need_dir = false;
            }
            if comp == b".." {
                out.pop();
            }
            continue;
        }
        need_dir = false;
        out.push(comp)?;
        // SAFETY: out is NUL-terminated; the kernel writes at most
        // PATH_MAX bytes into link.
        let r = unsafe {
            sys!(
                __NR_readlinkat,
                AT_FDCWD,
                out.b.as_ptr(),
                link.as_mut_ptr(),
                PATH_MAX
            )
        };
        match syscall::decode(r) {
            Ok(n) => {
                links += 1;
                if links > MAX_LINKS {
                    return Err(ELOOP);
                }
                if n == 0 {
                    return Err(ENOENT);
                }
                let tail = cur.len() - pos;
                if n + tail >= PATH_MAX {
                    return Err(ENAMETOOLONG);
                }
                link[n..n + tail].copy_from_slice(&cur[pos..]);
                rest[..n + tail].copy_from_slice(&link[..n + tail]);
                cur = &rest[..n + tail];
                pos = 0;
                if cur[0] == b'/' {
                    out.root();
                } else {
                    out.pop();
                }
            }
            Err(e) if e == EINVAL as i32 => need_dir = pos < cur.len(),
            Err(e) => return Err(e as u32),
        }
    }
    if need_dir {
        out.check_dir()?;
    }
    Ok(())
}

/// POSIX.1-2024 `realpath`: the absolute path naming the same file with
/// no ".", ".." or symbolic link components, into `resolved` (PATH_MAX
/// bytes) or, when that is NULL, a `malloc`'d string. NULL with errno on
/// failure (EINVAL for a NULL path, ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG,
/// EACCES…).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn realpath(path: *const c_char, resolved: *mut c_char) -> *mut c_char {
    if path.is_null() {
        fail(EINVAL);
        return null_mut();
    }
    // SAFETY: path is a C string.
    let p = unsafe { core::slice::from_raw_parts(path as *const u8, crate::string::strlen(path)) };
    if p.is_empty() {
        fail(ENOENT);
        return null_mut();
    }
    let mut out = PathBuf {
        b: [0; PATH_MAX],
        len: 0,
    };
    if let Err(e) = resolve(p, &mut out) {
        fail(e);
        return null_mut();
    }
    let dst = if resolved.is_null() {
        // SAFETY: plain allocation.
        let m = unsafe { crate::heap::malloc(out.len + 1) } as *mut c_char;
        if m.is_null() {
            return null_mut();
        }
        m
    } else {
        resolved
    };
    // SAFETY: dst has room for the path and its NUL (PATH_MAX, or as
    // allocated).
    unsafe { core::ptr::copy_nonoverlapping(out.b.as_ptr() as *const c_char, dst, out.len + 1) };
    dst
}

/// GNU `canonicalize_file_name`: `realpath(path, NULL)`, a `malloc`'d
/// absolute name or NULL with errno.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn canonicalize_file_name(path: *const c_char) -> *mut c_char {
    // SAFETY: the caller's C string; realpath allocates the result.
    unsafe { realpath(path, null_mut()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(s: &[u8]) -> PathBuf {
        let mut p = PathBuf {
            b: [0; PATH_MAX],
            len: 0,
        };
        p.root();
        for c in s.split(|&b| b == b'/').filter(|c| !c.is_empty()) {
            p.push(c).unwrap();
        }
        p
    }

    #[test]
    fn push_pop() {
        let mut p = path(b"/a/bc/d");
        assert_eq!(&p.b[..p.len + 1], b"/a/bc/d\0");
        p.pop();
        assert_eq!(&p.b[..p.len + 1], b"/a/bc\0");
        p.pop();
        p.pop();
        assert_eq!(&p.b[..p.len + 1], b"/\0");
        p.pop();
        assert_eq!(&p.b[..p.len + 1], b"/\0");
        // "/" plus the component plus the NUL must fit in PATH_MAX.
        let long = [b'x'; PATH_MAX - 1];
        assert_eq!(p.push(&long), Err(ENAMETOOLONG));
        assert_eq!(p.push(&long[..PATH_MAX - 2]), Ok(()));
        assert_eq!(p.len, PATH_MAX - 1);
    }

    #[test]
    fn templates() {
        // SAFETY: NUL-terminated literals.
        unsafe {
            assert_eq!(x_offset(c"aXXXXXX".as_ptr(), 0), Some(1));
            assert_eq!(x_offset(c"XXXXXX.c".as_ptr(), 2), Some(0));
            assert_eq!(x_offset(c"XXXXX".as_ptr(), 0), None);
            assert_eq!(x_offset(c"XXXXXX".as_ptr(), -1), None);
            assert_eq!(x_offset(c"XXXXXXa".as_ptr(), 0), None);
        }
    }
}
