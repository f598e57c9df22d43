//! The environment: `environ`, `getenv`.
use crate::types::*;
use core::ptr::null_mut;

/// The environment (POSIX.1-2024 `environ`), set at startup.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut environ: *mut *mut c_char = null_mut();

/// C17 `getenv`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getenv(name: *const c_char) -> *mut c_char {
    // SAFETY: `name` is a C string; environ is a NULL-terminated array of
    // C strings.
    unsafe {
        let n = crate::string::strlen(name);
        if n == 0 || crate::string::memchr_byte(name, b'=', n) {
            return null_mut();
        }
        let mut e = environ;
        if e.is_null() {
            return null_mut();
        }
        while !(*e).is_null() {
            let s = *e;
            if crate::string::memcmp(s as *const c_void, name as *const c_void, n) == 0
                && *s.add(n) == b'=' as c_char
            {
                return s.add(n + 1);
            }
            e = e.add(1);
        }
    }
    null_mut()
}
