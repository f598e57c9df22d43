//! `struct utmp`/`struct utmpx` where glibc keeps 32-bit session and times
//! in the record (x86_64 and riscv64: the file format 32-bit programs share).
use crate::utmp::exit_status;

macro_rules! record {
    ($name:ident) => {
        /// glibc's login record: 384 bytes, times as two 32-bit ints.
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
            pub ut_session: i32,
            pub ut_tv: UtTv,
            pub ut_addr_v6: [i32; 4],
            pub __glibc_reserved: [u8; 20],
        }
        const _: () = assert!(core::mem::size_of::<$name>() == 384);
    };
}

/// The record's time: seconds and microseconds as 32-bit ints.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct UtTv {
    pub tv_sec: i32,
    pub tv_usec: i32,
}

record!(utmp);
record!(utmpx);

/// Set a record's time from seconds and nanoseconds (truncated to 32
/// bits, as glibc stores it).
pub fn set_tv(u: &mut utmp, sec: i64, nsec: core::ffi::c_long) {
    u.ut_tv = UtTv {
        tv_sec: sec as i32,
        tv_usec: (nsec / 1000) as i32,
    };
}

/// The record as the file holds it: the same struct here.
pub type UtmpFile = utmp;

/// The file's form of a record.
pub fn ut_to_file(u: &utmp) -> UtmpFile {
    *u
}

/// A record from the file's form.
pub fn ut_from_file(f: &UtmpFile) -> utmp {
    *f
}
