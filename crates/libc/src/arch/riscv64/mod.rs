//! riscv64 specifics of the C surface.
#[path = "../lp64.rs"]
mod lp64;
pub use lp64::*;
#[path = "../lp64_fs.rs"]
mod fs;
pub use fs::*;

#[path = "../generic_calls.rs"]
mod generic;
pub use generic::*;

/// Word-at-a-time string kernels (no vector unit assumed).
pub use crate::string::swar as string;
/// The word-at-a-time string kernels unroll their aligned copy/fill loops
/// by hand (`string::swar`): rv64gc has no vector unit to vectorise the
/// plain loops, so eight words per loop step is what keeps them fast.
pub const SWAR_UNROLL: bool = true;

/// Whether glibc's strtod detects tininess after rounding (it follows the
/// hardware: after).
pub const TININESS_AFTER_ROUNDING: bool = true;
/// The C `long double` is IEEE binary128, not the x87 format.
pub const LDBL_X87: bool = false;

#[path = "../ksig_plain.rs"]
mod ksig;
pub use ksig::KSigaction;

/// The setjmp family (not in the host unit tests, whose libc has its own).
#[cfg(not(test))]
pub mod setjmp;
/// `<ucontext.h>`: the context layout and its assembly.
pub mod ucontext;
/// Words of registers at the start of `jmp_buf`, and glibc's size of it.
pub const JMP_REGS: usize = 26;
pub const JMP_BUF_SIZE: usize = 344;
/// The narrowest integer that holds the significand of every floating
/// format (printf's `%a` and digit code work in it): binary128 long double holds 113 significand bits.
pub type FloatMant = u128;

/// `wchar_t`: gcc's `__WCHAR_TYPE__` here, a signed 32-bit integer.
pub type wchar_t = i32;
pub mod cancel;
pub mod process;
pub use process::{clone_fn, clone_run};

/// The floating-point environment behind `<fenv.h>`.
pub mod fenv;
#[path = "../stat_generic.rs"]
mod kstat;
/// The hardware square roots behind `sqrt`/`sqrtf`.
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

#[path = "../epoll_natural.rs"]
mod epoll_natural;
pub use epoll_natural::epoll_event;
#[path = "../semid_generic.rs"]
mod semid;
pub use semid::semid_ds;

/// The `backtrace` entry stub and the unwinder's register numbers.
pub mod backtrace;
