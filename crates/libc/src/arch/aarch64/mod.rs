//! aarch64 specifics of the C surface.
#[path = "../lp64.rs"]
mod lp64;
pub use lp64::*;

#[path = "../generic_calls.rs"]
mod generic;
pub use generic::*;

pub mod process;
pub mod string;
pub use process::clone_run;
/// `string::swar` supplies only scalar helpers here (NEON kernels); the
/// value is that of the arches that use its loops.
pub const SWAR_UNROLL: bool = true;

/// Whether glibc's strtod detects tininess after rounding (it follows the
/// hardware: before).
pub const TININESS_AFTER_ROUNDING: bool = false;
/// The C `long double` is IEEE binary128, not the x87 format.
pub const LDBL_X87: bool = false;
