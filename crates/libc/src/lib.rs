//! ferrolibc: the C ABI surface. One module per C header; each exported
//! function's doc comment names the standard it follows.
//!
//! Exports are `#[no_mangle]` only outside `cfg(test)`, so the host unit
//! tests of the internals link against the host libc without clashing.
#![cfg_attr(not(test), no_std)]
// LLVM must not turn our own memcpy/memset loops into calls to themselves.
#![no_builtins]
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case)]
#![allow(clippy::missing_safety_doc)]
// C types differ in width and signedness between the arches: a cast that is
// a no-op on one is needed on another.
#![allow(
    clippy::unnecessary_cast,
    clippy::deref_addrof,
    clippy::needless_update
)]

#[macro_use]
mod kernel;

#[cfg_attr(target_arch = "x86_64", path = "arch/x86_64/mod.rs")]
#[cfg_attr(target_arch = "x86", path = "arch/i386/mod.rs")]
#[cfg_attr(target_arch = "aarch64", path = "arch/aarch64/mod.rs")]
#[cfg_attr(target_arch = "riscv64", path = "arch/riscv64/mod.rs")]
mod arch;

pub mod types;
mod tz;

pub mod aio;
pub mod aliases;
mod alloc;
pub mod argp;
pub mod argz;
pub mod arpa;
pub mod assert;
pub mod complex;
pub mod crypt;
pub mod ctype;
pub mod dirent;
pub mod dlfcn;
pub mod envz;
pub mod err;
pub mod errno;
pub mod error;
pub mod execinfo;
pub mod fcntl;
pub mod fenv;
pub mod file;
pub mod fmtmsg;
pub mod fnmatch;
pub mod fts;
pub mod ftw;
pub mod getopt;
pub mod glob;
pub mod gnu;
pub mod grp;
pub mod gshadow;
mod heap;
pub mod iconv;
pub mod ifaddrs;
pub mod inttypes;
pub mod langinfo;
pub mod lfs64;
pub mod libgen;
pub mod libintl;
pub mod locale;
pub mod malloc;
pub mod math;
pub mod mcheck;
pub mod mntent;
pub mod monetary;
pub mod mqueue;
pub mod net;
pub mod netdb;
pub mod netinet;
mod netlink;
pub mod nl_types;
pub mod obstack;
pub mod poll;
pub mod printf;
pub mod pthread;
pub mod pty;
pub mod pwd;
pub mod regex;
pub mod resolv;
pub mod rpc;
pub mod sched;
pub mod search;
pub mod semaphore;
pub mod setjmp;
pub mod shadow;
pub mod signal;
pub mod spawn;
pub mod start;
pub mod stdio;
pub mod stdio_ext;
pub mod stdlib;
pub mod string;
pub mod strings;
pub mod stropts;
mod strtab;
pub mod sys;
pub mod syslog;
pub mod termios;
pub mod threads;
pub mod time;
pub mod ttyent;
pub mod uchar;
pub mod ucontext;
pub mod ulimit;
pub mod unistd;
mod userdb;
pub mod utime;
pub mod utmp;
pub mod wchar;
pub mod wctype;
pub mod wordexp;

// The variadic C entry points (see build.rs).
#[cfg(not(test))]
#[link(name = "ferro_shims", kind = "static")]
unsafe extern "C" {}

/// Some precompiled `compiler_builtins` objects (u128 division on aarch64
/// and riscv64) carry unwind tables that name Rust's personality routine.
/// Nothing unwinds here (`panic = "abort"`, C frames above), so it is never
/// called; defining it keeps such objects linkable.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub extern "C" fn rust_eh_personality() {}

#[cfg(not(test))]
#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    // Never format: a fixed line, then abort.
    let msg = b"ferrolibc: internal panic, aborting\n";
    // SAFETY: writing a static buffer to fd 2.
    unsafe {
        syscall::syscall3(
            syscall::nr::__NR_write as usize,
            2,
            msg.as_ptr() as usize,
            msg.len(),
        )
    };
    stdlib::abort_now()
}
