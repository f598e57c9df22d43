//! `<stdlib.h>`: one module, split by topic into submodules.
mod alloc;
mod conv;
mod env;
mod exit;

pub use alloc::*;
pub use conv::*;
pub use env::*;
pub use exit::*;
