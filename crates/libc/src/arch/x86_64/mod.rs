//! x86_64 specifics of the C surface.
#[path = "../lp64.rs"]
mod lp64;
pub use lp64::*;

#[path = "../legacy_calls.rs"]
mod legacy;
pub use legacy::*;

pub mod string;

/// Whether glibc's strtod detects tininess after rounding (it follows the
/// hardware: after).
pub const TININESS_AFTER_ROUNDING: bool = true;
/// The C `long double` is the x87 80-bit extended format.
pub const LDBL_X87: bool = true;
