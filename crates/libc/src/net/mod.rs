//! The `<net/*.h>` headers: one module each, named as the header
//! (`net/if.h` → `net/if.rs`; the other ones are constants and structures
//! only, in the headers).
pub mod r#if;
