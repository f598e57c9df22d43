//! `<crypt.h>` (and `crypt` of `<unistd.h>`): one-way password hashing.
//! The setting's prefix picks the method: `$6$` SHA-512-crypt, `$5$`
//! SHA-256-crypt, `$1$` MD5-crypt, `$2b$`/`$2a$`/`$2y$`/`$2x$` bcrypt,
//! otherwise two salt characters for traditional DES crypt (the BSDi
//! extended `_` form is not supported: it fails). As Debian's libcrypt (libxcrypt) does, a
//! setting with a byte outside printable ASCII or one of `:;*!\` and
//! blank anywhere, or any malformed one, fails: the result is the token
//! `*0` (`*1` when the setting starts with `*0`) and errno EINVAL; a
//! passphrase of 512 bytes or more fails with ERANGE. Also `setkey` and
//! `encrypt`, the X/Open DES block functions.
mod bcrypt;
mod bf_init;
mod des;
mod digest;
pub mod gensalt;
mod sha;

use crate::types::*;
use syscall::errno::{EINVAL, ERANGE};

/// Longest passphrase accepted, its NUL excluded, plus one.
pub const MAX_KEY: usize = 512;
const OUTPUT_SIZE: usize = 384;

/// libxcrypt's `struct crypt_data` (32768 bytes): the result is
/// written to `output`.
#[repr(C)]
pub struct crypt_data {
    pub output: [c_char; 384],
    pub setting: [c_char; 384],
    pub input: [c_char; 512],
    pub reserved: [c_char; 767],
    pub initialized: c_char,
    pub internal: [c_char; 30720],
}
const _: () = assert!(size_of::<crypt_data>() == 32768);

/// crypt's base-64 alphabet.
pub(crate) static B64: [u8; 64] =
    *b"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
static DOLLAR: [u8; 1] = *b"$";
static ZERO: [u8; 1] = [0];
static BAD: [u8; 5] = *b":;*!\\";
static FAIL: [u8; 3] = *b"*0\0";
static FAIL1: [u8; 3] = *b"*1\0";

/// The value of one base-64 character.
fn a64(c: u8) -> Option<u8> {
    B64.iter().position(|&b| b == c).map(|p| p as u8)
}

/// The result being written; never past its end (the longest result,
/// a SHA-512 one with `rounds=`, takes 123 bytes).
pub struct Out {
    buf: [u8; 128],
    len: usize,
}

impl Out {
    fn push(&mut self, c: u8) {
        if self.len < self.buf.len() - 1 {
            self.buf[self.len] = c;
            self.len += 1;
        }
    }
    fn put(&mut self, s: &[u8]) {
        for &c in s {
            self.push(c);
        }
    }
    fn num(&mut self, v: u32) {
        if v >= 10 {
            self.num(v / 10);
        }
        self.push(b'0' + (v % 10) as u8);
    }
}

/// Writes the low `n` six-bit groups of `w`, lowest first.
fn b64_24(out: &mut Out, mut w: u32, n: usize) {
    for _ in 0..n {
        out.push(B64[(w & 0x3f) as usize]);
        w >>= 6;
    }
}

/// Hashes, or gives the errno of the failure.
fn hash(key: &[u8], setting: &[u8], out: &mut Out) -> Result<(), c_int> {
    if key.len() >= MAX_KEY {
        return Err(ERANGE as c_int);
    }
    if setting
        .iter()
        .any(|&c| c <= b' ' || c >= 0x7f || BAD.contains(&c))
    {
        return Err(EINVAL as c_int);
    }
    let r = match setting {
        [b'$', m @ (b'1' | b'5' | b'6'), b'$', rest @ ..] => {
            out.put(&setting[..3]);
            match m {
                b'1' => sha::md5(out, key, rest),
                b'5' => sha::sha256(out, key, rest),
                _ => sha::sha512(out, key, rest),
            }
        }
        [b'$', b'2', b'a' | b'b' | b'x' | b'y', b'$', ..] => bcrypt::crypt(out, key, setting),
        _ => des::crypt(out, key, setting),
    };
    r.ok_or(EINVAL as c_int)
}

/// Shared by `crypt` and `crypt_r`: the result (or failure token) into
/// `dst`, `OUTPUT_SIZE` bytes.
///
/// # Safety
/// `key` and `setting` are C strings, `dst` holds `OUTPUT_SIZE` bytes.
unsafe fn crypt_into(key: *const c_char, setting: *const c_char, dst: *mut u8) {
    // SAFETY: C strings, by the caller.
    let (k, s) = unsafe {
        (
            core::ffi::CStr::from_ptr(key).to_bytes(),
            core::ffi::CStr::from_ptr(setting).to_bytes(),
        )
    };
    let mut out = Out {
        buf: [0; 128],
        len: 0,
    };
    let src: &[u8] = match hash(k, s, &mut out) {
        Ok(()) => &out.buf[..out.len + 1],
        Err(e) => {
            crate::errno::set(e);
            if s.starts_with(&FAIL[..2]) {
                &FAIL1
            } else {
                &FAIL
            }
        }
    };
    // SAFETY: src is at most 128 bytes, dst holds OUTPUT_SIZE.
    unsafe { core::ptr::copy_nonoverlapping(src.as_ptr(), dst, src.len()) };
}

static mut BUF: [u8; OUTPUT_SIZE] = [0; OUTPUT_SIZE];

/// POSIX.1-2024 (XSI) `crypt`: `key` hashed by the method and salt that
/// `setting` names, into a static buffer (not thread-safe, as POSIX
/// allows). Failure gives `*0`/`*1` with errno set, never NULL.
///
/// # Safety
/// `key` and `setting` are C strings.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn crypt(key: *const c_char, setting: *const c_char) -> *mut c_char {
    let p = &raw mut BUF as *mut u8;
    // SAFETY: by the caller; BUF holds OUTPUT_SIZE bytes.
    unsafe { crypt_into(key, setting, p) };
    p as *mut c_char
}

/// GNU/libxcrypt `crypt_r`: `crypt` into `data->output`.
///
/// # Safety
/// `key` and `setting` are C strings, `data` a `struct crypt_data`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn crypt_r(
    key: *const c_char,
    setting: *const c_char,
    data: *mut crypt_data,
) -> *mut c_char {
    // SAFETY: data points at a crypt_data, by the caller.
    let p = unsafe { &raw mut (*data).output } as *mut u8;
    // SAFETY: by the caller; output holds OUTPUT_SIZE bytes.
    unsafe { crypt_into(key, setting, p) };
    p as *mut c_char
}

/// The key schedule `setkey` leaves for `encrypt` (one per process).
static mut KS: [u64; 16] = [0; 16];

/// Reads 64 bytes, one bit each (the low bit), the first as the top bit.
///
/// # Safety
/// `p` points at 64 readable bytes.
unsafe fn bits_in(p: *const c_char) -> u64 {
    let mut v = 0u64;
    for i in 0..64 {
        // SAFETY: i < 64, by the caller.
        v = (v << 1) | (unsafe { *p.add(i) } as u8 & 1) as u64;
    }
    v
}

/// X/Open (XSI) `setkey`: the DES key for `encrypt`, 64 bytes of 0 or 1
/// (every eighth, the parity bit, is ignored).
///
/// # Safety
/// `key` points at 64 readable bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setkey(key: *const c_char) {
    // SAFETY: by the caller.
    let k = unsafe { bits_in(key) };
    // SAFETY: setkey and encrypt are not thread-safe, as POSIX allows.
    unsafe { *(&raw mut KS) = des::schedule(k) };
}

/// X/Open (XSI) `encrypt`: the 64-byte block of 0/1 bytes enciphered
/// (`edflag` 0) or deciphered (otherwise) in place with `setkey`'s key.
///
/// # Safety
/// `block` points at 64 writable bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn encrypt(block: *mut c_char, edflag: c_int) {
    // SAFETY: by the caller; KS is only written by setkey.
    let (b, ks) = unsafe { (bits_in(block), *(&raw const KS)) };
    let r = des::des(b, &ks, 0, edflag != 0);
    for i in 0..64 {
        // SAFETY: i < 64, by the caller.
        unsafe { *block.add(i) = ((r >> (63 - i)) & 1) as c_char };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    extern crate std;

    fn run(key: &str, setting: &str) -> std::string::String {
        let mut out = Out {
            buf: [0; 128],
            len: 0,
        };
        match hash(key.as_bytes(), setting.as_bytes(), &mut out) {
            Ok(()) => std::string::String::from_utf8(out.buf[..out.len].to_vec()).unwrap(),
            Err(_) => "*0".into(),
        }
    }

    /// The test vectors of Drepper's specification (those with round
    /// counts that libxcrypt also accepts).
    #[test]
    fn sha_crypt_spec_vectors() {
        assert_eq!(
            run("Hello world!", "$5$saltstring"),
            "$5$saltstring$5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5"
        );
        assert_eq!(
            run("Hello world!", "$5$rounds=10000$saltstringsaltstring"),
            "$5$rounds=10000$saltstringsaltst$3xv.VbSHBb41AL9AvLeujZkZRBAwqFMz2.opqey6IcA"
        );
        assert_eq!(
            run("This is just a test", "$5$rounds=5000$toolongsaltstring"),
            "$5$rounds=5000$toolongsaltstrin$Un/5jzAHMgOGZ5.mWJpuVolil07guHPvOW8mGRcvxa5"
        );
        assert_eq!(
            run("Hello world!", "$6$saltstring"),
            "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJu\
             esI68u4OTLiBFdcbYEdFCoEOfaS35inz1"
        );
        assert_eq!(
            run("Hello world!", "$6$rounds=10000$saltstringsaltstring"),
            "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sb\
             HbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v."
        );
        assert_eq!(
            run("This is just a test", "$6$rounds=5000$toolongsaltstring"),
            "$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQ\
             zQ3glMhwllF7oGDZxUhx1yxdYcz/e1JSbq3y6JMxxl8audkUEm0"
        );
        assert_eq!(run("x", "$6$rounds=10$abc"), "*0");
    }

    #[test]
    fn md5_and_des() {
        assert_eq!(run("x", "$1$"), "$1$$LP5.V3ajGqHDdXW6XwZQy.");
        assert_eq!(
            run("x", "$1$abcdefghijk"),
            "$1$abcdefgh$znAnv9M.XU2pRYfmSs46h/"
        );
        assert_eq!(run("", "$1$"), "$1$$qRPK7m23GJusamGpoGLby/");
        assert_eq!(run("x", "ab"), "abiQ6Ep3EYTHc");
        assert_eq!(run("pw", "ab"), "abzlUXK5ed5rs");
        assert_eq!(run("Hello world!", "saltstring"), "saszt8mUri4AI");
        assert_eq!(run("x", "a!"), "*0");
        assert_eq!(run("x", "a"), "*0");
    }

    #[test]
    fn bcrypt() {
        let s = "$2b$04$abcdefghijklmnopqrstuu";
        assert_eq!(
            run("U*U", s),
            "$2b$04$abcdefghijklmnopqrstuuCFaEytnzrfaPZJKbS76hh9vqd9r8v2S"
        );
        assert_eq!(
            run("", s),
            "$2b$04$abcdefghijklmnopqrstuubyCG3zY1GIXMyxfivm.ClDiInHzxjiq"
        );
        assert_eq!(
            run("\u{ff}", "$2b$04$abcdefghijklmnopqrstuv"),
            run("\u{ff}", s)
        );
        assert_eq!(run("x", "$2b$03$abcdefghijklmnopqrstuu"), "*0");
        assert_eq!(run("x", "$2b$04$abcdefghijklmnopqrstu"), "*0");
    }
}
