//! `<rpc/...>` headers: only `<rpc/netdb.h>`, the RPC program number
//! database (the rest of Sun RPC is not part of this libc, as in glibc
//! since 2.32).
pub mod netdb;
