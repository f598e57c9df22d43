//! riscv64 specifics of the C surface.
#[path = "../lp64.rs"]
mod lp64;
pub use lp64::*;

#[path = "../generic_calls.rs"]
mod generic;
pub use generic::*;

/// Word-at-a-time string kernels (no vector unit assumed).
pub use crate::string::swar as string;
