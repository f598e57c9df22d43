//! The process runtime: what runs between the kernel's entry and `main`.
//!
//! `crt1.o` (from `arch/<arch>/crt1.S`) calls the libc's start routine with
//! the initial stack pointer; that routine calls [`startup`], which reads
//! argc/argv/envp and the auxiliary vector, sets up static TLS and the
//! thread control block, and returns what the libc needs to call `main`.
//! This crate exports no C symbols; only the libc crate does.
#![cfg_attr(not(test), no_std)]
#![allow(clippy::unnecessary_cast)]

#[cfg_attr(target_arch = "x86_64", path = "arch/x86_64/mod.rs")]
#[cfg_attr(target_arch = "x86", path = "arch/i386/mod.rs")]
#[cfg_attr(target_arch = "aarch64", path = "arch/aarch64/mod.rs")]
#[cfg_attr(target_arch = "riscv64", path = "arch/riscv64/mod.rs")]
pub mod arch;

pub mod auxv;
pub mod init;
pub mod tls;
pub mod vdso;

/// What [`startup`] hands back to the libc.
pub struct Start {
    pub argc: usize,
    pub argv: *mut *mut u8,
    pub envp: *mut *mut u8,
    /// Stack-protector canary (already stored in the TCB on x86; the libc
    /// also publishes it as `__stack_chk_guard`).
    pub canary: usize,
}

/// Set up the process from the kernel's initial stack.
///
/// # Safety
/// `sp` must be the stack pointer the kernel handed to `_start`, and this
/// must run once, first, on the initial thread.
pub unsafe fn startup(sp: *mut usize) -> Start {
    // SAFETY: the kernel lays out argc, argv[], NULL, envp[], NULL, auxv[].
    unsafe {
        let argc = *sp;
        let argv = sp.add(1) as *mut *mut u8;
        let envp = argv.add(argc + 1);
        let mut p = envp;
        while !(*p).is_null() {
            p = p.add(1);
        }
        let auxv = p.add(1) as *const usize;
        auxv::init(auxv);
        let canary = tls::canary_from_random(auxv::get(auxv::AT_RANDOM));
        tls::init_main_thread(canary);
        Start {
            argc,
            argv,
            envp,
            canary,
        }
    }
}

/// The thread pointer could not be installed: nothing can run without it.
#[cfg_attr(
    not(any(target_arch = "x86", target_arch = "x86_64")),
    allow(dead_code)
)]
pub(crate) fn tls_fail() -> ! {
    tls::fail(b"ferrolibc: cannot set the thread pointer\n")
}
