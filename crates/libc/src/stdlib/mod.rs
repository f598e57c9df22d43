//! `<stdlib.h>`: one module, split by topic into submodules.
mod alloc;
mod env;
mod exit;

pub use alloc::*;
pub use env::*;
pub use exit::*;
