//! The `<sys/*.h>` headers: one module each, named as the header
//! (`sys/mman.h` → `sys/mman.rs`).
pub mod auxv;
pub mod file;
pub mod fsuid;
pub mod ioctl;
pub mod mman;
pub mod mount;
pub mod personality;
pub mod prctl;
pub mod random;
pub mod resource;
pub mod select;
pub mod sendfile;
pub mod stat;
pub mod statfs;
pub mod statvfs;
pub mod swap;
pub mod time;
pub mod timeb;
pub mod times;
pub mod timex;
pub mod uio;
pub mod utsname;
pub mod wait;
pub mod xattr;
