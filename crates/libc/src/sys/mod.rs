//! The `<sys/*.h>` headers: one module each, named as the header
//! (`sys/mman.h` → `sys/mman.rs`).
pub mod auxv;
pub mod ioctl;
pub mod mman;
pub mod personality;
pub mod prctl;
pub mod random;
pub mod resource;
pub mod select;
pub mod socket;
pub mod stat;
pub mod statfs;
pub mod statvfs;
pub mod time;
pub mod times;
pub mod uio;
pub mod utsname;
pub mod wait;
