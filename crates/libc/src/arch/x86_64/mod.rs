//! x86_64 specifics of the C surface.
#[path = "../lp64.rs"]
mod lp64;
pub use lp64::*;
#[path = "../lp64_fs.rs"]
mod fs;
pub use fs::*;

#[path = "../legacy_calls.rs"]
mod legacy;
pub use legacy::*;

pub mod cancel;
/// `arch_prctl` (not in the host unit tests: an export only).
#[cfg(not(test))]
pub mod prctl;
pub mod process;
pub mod string;
pub use process::{clone_fn, clone_run};
/// `string::swar` is only the host tests' kernel set here: unrolled, so
/// they cover that path (the i386 and riscv64 values are what ship).
pub const SWAR_UNROLL: bool = true;

/// Whether glibc's strtod detects tininess after rounding (it follows the
/// hardware: after).
pub const TININESS_AFTER_ROUNDING: bool = true;
/// The C `long double` is the x87 80-bit extended format.
pub const LDBL_X87: bool = true;

pub mod signal;
pub use signal::restorer;
#[path = "../ksig_restorer.rs"]
mod ksig;
pub use ksig::KSigaction;

/// The setjmp family (not in the host unit tests, whose libc has its own).
#[cfg(not(test))]
pub mod setjmp;
/// `<ucontext.h>`: the context layout and its assembly.
pub mod ucontext;
/// Words of registers at the start of `jmp_buf`, and glibc's size of it.
pub const JMP_REGS: usize = 8;
pub const JMP_BUF_SIZE: usize = 200;
/// The narrowest integer that holds the significand of every floating
/// format (printf's `%a` and digit code work in it): the x87 long double holds 64 significand bits.
pub type FloatMant = u64;

/// `wchar_t`: gcc's `__WCHAR_TYPE__` here, a signed 32-bit integer.
pub type wchar_t = i32;

/// The floating-point environment: x87 and SSE in step.
#[path = "../x86_fenv.rs"]
pub mod fenv;
/// `<sys/io.h>`: I/O-port permissions (x86 only).
#[cfg_attr(test, allow(dead_code))]
#[path = "../x86_io.rs"]
pub mod io;
mod kstat;
/// The hardware square roots behind `sqrt`/`sqrtf`.
#[path = "../x86_math.rs"]
pub mod math;
pub use kstat::{nlink_t, stat};
#[path = "../stat_direct.rs"]
mod stat_direct;
pub use stat_direct::*;

/// glibc's `PTHREAD_STACK_MIN` for this arch.
pub const PTHREAD_STACK_MIN: usize = 16384;
#[path = "../utmp_time32.rs"]
mod utmp_rec;
pub use utmp_rec::{UtmpFile, set_tv, ut_from_file, ut_to_file, utmp, utmpx};

/// Linux `struct epoll_event` on x86_64: packed (12 bytes), as the
/// kernel's and glibc's.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct epoll_event {
    pub events: u32,
    pub data: crate::sys::epoll::epoll_data,
}

/// `struct semid_ds` on x86_64 (glibc's and the kernel's: a reserved word
/// after each time).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct semid_ds {
    pub sem_perm: crate::sys::ipc::ipc_perm,
    pub sem_otime: crate::time::time_t,
    pub __glibc_reserved1: crate::types::c_ulong,
    pub sem_ctime: crate::time::time_t,
    pub __glibc_reserved2: crate::types::c_ulong,
    pub sem_nsems: crate::types::c_ulong,
    pub __glibc_reserved3: crate::types::c_ulong,
    pub __glibc_reserved4: crate::types::c_ulong,
}
const _: () = assert!(core::mem::size_of::<semid_ds>() == 104);

/// The `backtrace` entry stub and the unwinder's register numbers.
pub mod backtrace;
