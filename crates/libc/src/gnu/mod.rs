//! The `<gnu/*.h>` headers: one module each, named as the header
//! (`gnu/libc-version.h` → `gnu/libc_version.rs`).
pub mod libc_version;
