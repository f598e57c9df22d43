//! The `<arpa/*.h>` headers: one module each, named as the header
//! (`arpa/inet.h` → `arpa/inet.rs`).
pub mod inet;
pub mod nameser;
