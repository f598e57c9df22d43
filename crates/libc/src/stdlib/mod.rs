//! `<stdlib.h>`: one module, split by topic into submodules.
mod alloc;
mod conv;
mod ecvt;
mod env;
mod exit;
mod mb;
mod misc;
mod pty;
mod rand;
pub(crate) mod sort;
mod system;
mod temp;

pub use alloc::*;
pub use conv::*;
pub use ecvt::*;
pub use env::*;
pub use exit::*;
pub use mb::*;
pub use misc::*;
pub use pty::*;
pub use rand::*;
pub use sort::*;
pub use system::*;
pub use temp::*;
