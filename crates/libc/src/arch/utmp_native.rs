//! `struct utmp`/`struct utmpx` where glibc stores a `long` session and a
//! `struct timeval` (i386 with 64-bit time: 392 bytes; aarch64: 400).
use crate::sys::time::timeval;
use crate::types::c_long;
use crate::utmp::exit_status;

macro_rules! record {
    ($name:ident) => {
        /// glibc's login record for this arch.
        #[repr(C)]
        #[derive(Clone, Copy)]
        pub struct $name {
            pub ut_type: i16,
            pub ut_pid: i32,
            pub ut_line: [u8; 32],
            pub ut_id: [u8; 4],
            pub ut_user: [u8; 32],
            pub ut_host: [u8; 256],
            pub ut_exit: exit_status,
            pub ut_session: c_long,
            pub ut_tv: timeval,
            pub ut_addr_v6: [i32; 4],
            pub __glibc_reserved: [u8; 20],
        }
    };
}

record!(utmp);
record!(utmpx);

/// Set a record's time from seconds and nanoseconds.
pub fn set_tv(u: &mut utmp, sec: i64, nsec: c_long) {
    u.ut_tv = timeval::default();
    u.ut_tv.tv_sec = sec;
    u.ut_tv.tv_usec = nsec / 1000;
}

#[cfg(target_arch = "x86")]
const _: () = assert!(core::mem::size_of::<utmp>() == 392);
#[cfg(target_arch = "aarch64")]
const _: () = assert!(core::mem::size_of::<utmp>() == 400);

#[cfg(target_arch = "aarch64")]
mod same {
    use super::utmp;
    /// The record as the file holds it: the same struct on aarch64.
    pub type UtmpFile = utmp;
    /// The file's form of a record.
    pub fn ut_to_file(u: &utmp) -> UtmpFile {
        *u
    }
    /// A record from the file's form.
    pub fn ut_from_file(f: &UtmpFile) -> utmp {
        *f
    }
}
#[cfg(target_arch = "aarch64")]
pub use same::*;
