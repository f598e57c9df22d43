//! libxcrypt's setting makers and checks: `crypt_gensalt` (`_rn`, `_ra`),
//! `crypt_preferred_method`, `crypt_checksalt`, and the NULL-on-failure
//! `crypt_rn`/`crypt_ra`. Only the methods `crypt` computes are offered:
//! `$6$` (the preferred one here; Debian's libxcrypt prefers yescrypt,
//! `$y$`, which this library does not compute), `$5$`, `$1$`, bcrypt
//! (`$2b$`, `$2a$`, `$2y$`) and traditional DES. Salt characters and
//! parameter rules are libxcrypt's, observed on Debian 12: SHA-crypt
//! takes 4 characters per 3 random bytes past the first (at most 16),
//! rounds 1000 to 999999999 with 5000 (the default) left unwritten;
//! MD5-crypt at most 8 characters and no count; bcrypt 16 bytes and a
//! cost of 4 to 31 (default 5); DES 2 bytes, one character each.
use super::{B64, BAD, Out, b64_24};
use crate::types::*;
use syscall::errno::{EINVAL, ENOMEM, ERANGE};

/// libxcrypt's bound on a setting string, its NUL included.
pub const GENSALT_OUTPUT_SIZE: usize = 192;

/// crypt_checksalt's answers.
pub const CRYPT_SALT_OK: c_int = 0;
pub const CRYPT_SALT_INVALID: c_int = 1;
pub const CRYPT_SALT_METHOD_LEGACY: c_int = 3;

static PREFERRED: [u8; 4] = *b"$6$\0";
static ROUNDS: [u8; 7] = *b"rounds=";

/// The method a prefix names.
#[derive(Clone, Copy, PartialEq)]
enum Method {
    Sha512,
    Sha256,
    Md5,
    Bcrypt(u8),
    Des,
}

fn method(prefix: &[u8]) -> Option<Method> {
    Some(match prefix {
        [b'$', b'6', b'$', ..] => Method::Sha512,
        [b'$', b'5', b'$', ..] => Method::Sha256,
        [b'$', b'1', b'$', ..] => Method::Md5,
        [b'$', b'2', v @ (b'a' | b'b' | b'y'), b'$', ..] => Method::Bcrypt(*v),
        [] => Method::Des,
        [a, b, ..] if B64.contains(a) && B64.contains(b) => Method::Des,
        _ => return None,
    })
}

/// The setting for `prefix`/`count` from `rb` (the random bytes) into
/// `out`, or the errno.
fn gensalt(prefix: &[u8], count: c_ulong, rb: &[u8], room: usize) -> Result<Out, c_int> {
    let m = method(prefix).ok_or(EINVAL as c_int)?;
    let mut out = Out {
        buf: [0; 128],
        len: 0,
    };
    match m {
        Method::Sha512 | Method::Sha256 | Method::Md5 => {
            if rb.len() < 3 {
                return Err(EINVAL as c_int);
            }
            let max = if m == Method::Md5 { 8 } else { 16 };
            // (No slicing or indexing that could panic here: a panic's
            // location string would land in the string section every
            // program links.)
            prefix.iter().take(3).for_each(|&c| out.push(c));
            if m == Method::Md5 {
                if count != 0 {
                    return Err(EINVAL as c_int);
                }
            } else if count != 0 && count != 5000 {
                out.put(&ROUNDS);
                out.num(count.clamp(1000, 999_999_999) as u32);
                out.push(b'$');
            }
            // Characters as the bytes allow, within the caller's room.
            let mut chars = (4 * ((rb.len() - 1) / 3)).min(max);
            while chars > 0 && out.len + chars + 1 > room {
                chars -= 4;
            }
            for g in rb.chunks_exact(3).take(chars / 4) {
                if let [a, b, c] = *g {
                    b64_24(&mut out, a as u32 | (b as u32) << 8 | (c as u32) << 16, 4);
                }
            }
        }
        Method::Bcrypt(v) => {
            let cost = if count == 0 { 5 } else { count };
            if rb.len() < 16 || !(4..=31).contains(&cost) {
                return Err(EINVAL as c_int);
            }
            out.put(&[b'$', b'2', v, b'$']);
            out.push(b'0' + (cost / 10) as u8);
            out.push(b'0' + (cost % 10) as u8);
            out.push(b'$');
            super::bcrypt::encode(&mut out, rb.get(..16).unwrap_or(rb));
        }
        Method::Des => {
            if rb.len() < 2 || count != 0 {
                return Err(EINVAL as c_int);
            }
            for &b in rb.iter().take(2) {
                out.push(B64[(b & 0x3f) as usize]);
            }
        }
    }
    if out.len + 1 > room {
        return Err(ERANGE as c_int);
    }
    Ok(out)
}

/// The caller's prefix (NULL: the preferred method) and random bytes
/// (NULL: from `getentropy`), made into a setting at `dst`.
///
/// # Safety
/// `prefix` is NULL or a C string, `rbytes` NULL or `nrbytes` readable
/// bytes, `dst` `size` writable bytes.
unsafe fn gensalt_into(
    prefix: *const c_char,
    count: c_ulong,
    rbytes: *const c_char,
    nrbytes: c_int,
    dst: *mut u8,
    size: usize,
) -> Result<(), c_int> {
    let p: &[u8] = if prefix.is_null() {
        &PREFERRED[..3]
    } else {
        // SAFETY: a C string, by the caller.
        unsafe { core::ffi::CStr::from_ptr(prefix).to_bytes() }
    };
    let mut own = [0u8; 16];
    let rb: &[u8] = if rbytes.is_null() {
        // SAFETY: our 16-byte buffer.
        if unsafe { crate::unistd::getentropy(own.as_mut_ptr().cast(), own.len()) } != 0 {
            return Err(crate::errno::get());
        }
        &own
    } else if nrbytes < 0 {
        return Err(EINVAL as c_int);
    } else {
        // SAFETY: nrbytes readable bytes, by the caller.
        unsafe { core::slice::from_raw_parts(rbytes as *const u8, nrbytes as usize) }
    };
    let out = gensalt(p, count, rb, size)?;
    // SAFETY: the setting and its NUL fit `size` (checked by gensalt).
    unsafe {
        core::ptr::copy_nonoverlapping(out.buf.as_ptr(), dst, out.len);
        *dst.add(out.len) = 0;
    }
    Ok(())
}

/// libxcrypt `crypt_gensalt_rn`: a setting string for `crypt` naming the
/// method of `prefix` (NULL: the preferred one), its cost `count` (0: the
/// method's default) and a salt from `nrbytes` bytes at `rbytes` (NULL:
/// random ones), into `output` (`size` bytes). NULL with errno EINVAL for
/// an unknown prefix, a bad count or too few bytes; ERANGE when `output`
/// cannot hold it.
///
/// # Safety
/// As [`gensalt_into`].
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn crypt_gensalt_rn(
    prefix: *const c_char,
    count: c_ulong,
    rbytes: *const c_char,
    nrbytes: c_int,
    output: *mut c_char,
    size: c_int,
) -> *mut c_char {
    if output.is_null() || size < 0 {
        crate::errno::set(EINVAL as c_int);
        return core::ptr::null_mut();
    }
    // SAFETY: by the caller.
    match unsafe { gensalt_into(prefix, count, rbytes, nrbytes, output.cast(), size as usize) } {
        Ok(()) => output,
        Err(e) => {
            crate::errno::set(e);
            core::ptr::null_mut()
        }
    }
}

static mut GENSALT_BUF: [u8; GENSALT_OUTPUT_SIZE] = [0; GENSALT_OUTPUT_SIZE];

/// libxcrypt `crypt_gensalt`: [`crypt_gensalt_rn`] into a static buffer.
///
/// # Safety
/// As [`gensalt_into`].
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn crypt_gensalt(
    prefix: *const c_char,
    count: c_ulong,
    rbytes: *const c_char,
    nrbytes: c_int,
) -> *mut c_char {
    let p = &raw mut GENSALT_BUF as *mut c_char;
    // SAFETY: by the caller; the buffer holds GENSALT_OUTPUT_SIZE bytes.
    unsafe {
        crypt_gensalt_rn(
            prefix,
            count,
            rbytes,
            nrbytes,
            p,
            GENSALT_OUTPUT_SIZE as c_int,
        )
    }
}

/// libxcrypt `crypt_gensalt_ra`: [`crypt_gensalt_rn`] into memory from
/// `malloc`, which the caller frees (ENOMEM when there is none).
///
/// # Safety
/// As [`gensalt_into`].
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn crypt_gensalt_ra(
    prefix: *const c_char,
    count: c_ulong,
    rbytes: *const c_char,
    nrbytes: c_int,
) -> *mut c_char {
    // SAFETY: a fresh allocation.
    let p = unsafe { crate::heap::malloc(GENSALT_OUTPUT_SIZE) } as *mut c_char;
    if p.is_null() {
        crate::errno::set(ENOMEM as c_int);
        return p;
    }
    // SAFETY: by the caller; p holds GENSALT_OUTPUT_SIZE bytes.
    let r = unsafe {
        crypt_gensalt_rn(
            prefix,
            count,
            rbytes,
            nrbytes,
            p,
            GENSALT_OUTPUT_SIZE as c_int,
        )
    };
    if r.is_null() {
        // SAFETY: ours, unused.
        unsafe { crate::heap::free(p.cast()) };
    }
    r
}

/// libxcrypt `crypt_preferred_method`: the prefix `crypt_gensalt` uses
/// for a NULL one — `$6$` here.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn crypt_preferred_method() -> *const c_char {
    PREFERRED.as_ptr().cast()
}

/// The verdict on a setting's bytes.
fn checksalt(s: &[u8]) -> c_int {
    if s.is_empty()
        || s.iter()
            .any(|&c| c <= b' ' || c >= 0x7f || BAD.contains(&c))
    {
        return CRYPT_SALT_INVALID;
    }
    match s {
        [b'$', b'6', b'$', ..] | [b'$', b'2', b'a' | b'b' | b'y', b'$', ..] => CRYPT_SALT_OK,
        [b'$', b'5', b'$', ..] | [b'$', b'1', b'$', ..] | [b'$', b'2', b'x', b'$', ..] => {
            CRYPT_SALT_METHOD_LEGACY
        }
        [a, b, ..] if B64.contains(a) && B64.contains(b) => CRYPT_SALT_METHOD_LEGACY,
        _ => CRYPT_SALT_INVALID,
    }
}

/// libxcrypt `crypt_checksalt`: whether `setting` names a method `crypt`
/// computes: `CRYPT_SALT_OK` (SHA-512-crypt, bcrypt), the weak ones
/// (SHA-256-crypt and MD5-crypt, as Debian's libxcrypt classes them, DES,
/// bcrypt's `$2x$`) `CRYPT_SALT_METHOD_LEGACY`, anything else (NULL,
/// empty, a byte `crypt` refuses, a method it lacks) `CRYPT_SALT_INVALID`.
///
/// # Safety
/// `setting` is NULL or a C string.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn crypt_checksalt(setting: *const c_char) -> c_int {
    if setting.is_null() {
        return CRYPT_SALT_INVALID;
    }
    // SAFETY: a C string, by the caller.
    checksalt(unsafe { core::ffi::CStr::from_ptr(setting).to_bytes() })
}

/// libxcrypt `crypt_rn`: `crypt_r` into the caller's `data` (`size`
/// bytes, at least a `struct crypt_data`), but NULL on failure (errno
/// set) instead of a failure token.
///
/// # Safety
/// `key` and `setting` C strings, `data` `size` writable bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn crypt_rn(
    key: *const c_char,
    setting: *const c_char,
    data: *mut c_void,
    size: c_int,
) -> *mut c_char {
    if data.is_null() || (size as usize) < size_of::<super::crypt_data>() || size < 0 {
        crate::errno::set(ERANGE as c_int);
        return core::ptr::null_mut();
    }
    // SAFETY: by the caller.
    let r = unsafe { super::crypt_r(key, setting, data.cast()) };
    // SAFETY: crypt_r wrote a C string.
    if unsafe { *r } as u8 == b'*' {
        return core::ptr::null_mut();
    }
    r
}

/// libxcrypt `crypt_ra`: [`crypt_rn`] with `*data` (of `*size` bytes)
/// allocated or grown with `realloc` as needed.
///
/// # Safety
/// `key` and `setting` C strings; `*data` NULL or from `malloc` with
/// `*size` bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn crypt_ra(
    key: *const c_char,
    setting: *const c_char,
    data: *mut *mut c_void,
    size: *mut c_int,
) -> *mut c_char {
    let need = size_of::<super::crypt_data>();
    // SAFETY: the caller's pointers.
    unsafe {
        if (*data).is_null() || (*size as usize) < need || *size < 0 {
            let p = crate::heap::realloc(*data, need);
            if p.is_null() {
                crate::errno::set(ENOMEM as c_int);
                return core::ptr::null_mut();
            }
            core::ptr::write_bytes(p as *mut u8, 0, need);
            *data = p;
            *size = need as c_int;
        }
        crypt_rn(key, setting, *data, *size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn make(prefix: &[u8], count: c_ulong, n: usize) -> Option<std::string::String> {
        let rb = b"0123456789abcdefghijklmnopqrstuv";
        let mut p = prefix.to_vec();
        p.push(0);
        let mut out = [0 as c_char; GENSALT_OUTPUT_SIZE];
        // SAFETY: a C string, n of our bytes, our buffer.
        let r = unsafe {
            crypt_gensalt_rn(
                p.as_ptr().cast(),
                count,
                rb.as_ptr().cast(),
                n as c_int,
                out.as_mut_ptr(),
                out.len() as c_int,
            )
        };
        // SAFETY: a C string when not NULL.
        (!r.is_null()).then(|| {
            unsafe { core::ffi::CStr::from_ptr(r) }
                .to_str()
                .unwrap()
                .into()
        })
    }

    #[test]
    fn settings() {
        assert_eq!(make(b"$6$", 0, 16).unwrap(), "$6$k2XAnEHBqQ1Ct2aM");
        assert_eq!(make(b"$6$", 10, 7).unwrap(), "$6$rounds=1000$k2XAnEHB");
        assert_eq!(make(b"$1$", 0, 32).unwrap(), "$1$k2XAnEHB");
        assert_eq!(
            make(b"$2b$", 0, 16).unwrap(),
            "$2b$05$KBCwKxOzLha2MUDgW0PjXe"
        );
        assert_eq!(make(b"", 0, 2).unwrap(), "kl");
        assert!(make(b"$y$", 0, 16).is_none());
        assert!(make(b"$2b$", 3, 16).is_none());
    }

    #[test]
    fn checks() {
        for (s, v) in [
            (&b"$6$x"[..], CRYPT_SALT_OK),
            (b"$2y$05$", CRYPT_SALT_OK),
            (b"$5$x", CRYPT_SALT_METHOD_LEGACY),
            (b"ab", CRYPT_SALT_METHOD_LEGACY),
            (b"a", CRYPT_SALT_INVALID),
            (b"$6$a:b", CRYPT_SALT_INVALID),
            (b"$y$j9T$", CRYPT_SALT_INVALID),
        ] {
            assert_eq!(checksalt(s), v, "{s:?}");
        }
        // SAFETY: NULL is allowed.
        assert_eq!(
            unsafe { crypt_checksalt(core::ptr::null()) },
            CRYPT_SALT_INVALID
        );
        assert_eq!(crypt_preferred_method(), PREFERRED.as_ptr().cast());
    }
}
