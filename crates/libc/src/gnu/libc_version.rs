//! `<gnu/libc-version.h>`: `gnu_get_libc_version gnu_get_libc_release`.
//!
//! The version is `"2.36"`: ferrolibc implements glibc 2.36's interfaces
//! and behaviour (the reference every `--against glibc` test runs on), and
//! the programs that call this function compare the answer with glibc
//! version numbers (`strverscmp(v, "2.34") >= 0` to use `close_range`,
//! `arc4random`, …) or parse it as `MAJOR.MINOR`. Any other text would
//! make them take old-glibc workarounds or fail to parse; a version newer
//! than 2.36 would claim functions (`pidfd_spawn`, …) that are absent.
//! `confstr(_CS_GNU_LIBC_VERSION)` still fails: that is how a program asks
//! whether the C library *is* glibc.
use crate::types::*;

/// GNU `gnu_get_libc_version`: the glibc version whose interface this
/// library provides.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn gnu_get_libc_version() -> *const c_char {
    c"2.36".as_ptr()
}

/// GNU `gnu_get_libc_release`: `"stable"`, as a glibc release says.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn gnu_get_libc_release() -> *const c_char {
    c"stable".as_ptr()
}
