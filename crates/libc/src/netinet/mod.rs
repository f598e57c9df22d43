//! The `<netinet/*.h>` headers: one module each, named as the header
//! (`netinet/in.h` → `netinet/in.rs`; the other ones are constants and
//! structures only, in the headers).
pub mod ether;
pub mod r#in;
