//! `<ucontext.h>`: user contexts (POSIX.1-2001 XSI, dropped by
//! POSIX.1-2008, kept as a GNU extension). `getcontext setcontext
//! swapcontext` are per-arch assembly (`arch/<arch>/ucontext.rs`), because
//! they read and write the registers themselves; `makecontext` is a C
//! shim (`c/variadic.c`: its arguments are variadic) over
//! [`__ferro_makecontext`] here. What is shared lives here: the signal
//! mask halves the assembly calls, the layout of a made context's stack,
//! and where a context's function goes when it returns.
//!
//! What a context holds, on each arch, in glibc's `ucontext_t`:
//! - the callee-saved integer registers, the stack pointer and the
//!   resume address (the caller's return address: a resumed `getcontext`
//!   or `swapcontext` returns 0 again), in `uc_mcontext` where the kernel
//!   puts them in a signal frame;
//! - the ABI's callee-saved floating-point state: x86_64 the x87 control
//!   word and MXCSR (in `__fpregs_mem`, at the FXSAVE offsets the kernel
//!   uses, with `fpregs` pointing there), i386 likewise (the control word
//!   at the start of `__fpregs_mem`, MXCSR in its last word), aarch64
//!   q8–q15 (d8–d15 are the callee-saved halves), FPSR and FPCR in an
//!   FP/SIMD record at the start of `__reserved` as the kernel writes it,
//!   riscv64 fs0–fs11 and `fcsr` in the D-extension form of `__fpregs`;
//! - the signal mask in `uc_sigmask`, read with `rt_sigprocmask` and put
//!   back by `setcontext`; `swapcontext` swaps it in one call.
//!
//! Because the registers sit where the kernel's signal frame has them,
//! `setcontext` also accepts the context a `SA_SIGINFO` handler receives
//! (then it restores the callee-saved set, the argument registers, the
//! stack pointer and the PC — not the scratch registers or the flags).
//! The x86 shadow stack (CET) is left alone, as glibc does when it is off.
//!
//! `makecontext(ucp, func, argc, ...)` takes its arguments as `long`s (a
//! register or a stack slot each on all four ABIs, so pointers work too):
//! the first ones in the argument registers (x86_64 6, aarch64 and
//! riscv64 8, i386 none), the rest on the new stack where a call would
//! put them. `func` returns into a small trampoline that resumes
//! `uc_link` ([`uc_finish`]), or calls `exit(0)` when that is NULL.
#![cfg_attr(test, allow(dead_code, unused_imports))]
use crate::arch::ucontext::{self as a, Ucontext};
use crate::kernel::ret_int;
use crate::signal::{procmask, sigset_t};
use crate::types::*;
use syscall::nr::{SIG_BLOCK, SIG_SETMASK};

/// `getcontext`'s mask half (entered by a tail jump once the registers
/// are saved): the current mask into `m`; 0, or -1 with errno.
pub(crate) unsafe extern "C" fn uc_getmask(m: *mut sigset_t) -> c_int {
    ret_int(procmask(SIG_BLOCK as c_int, core::ptr::null(), m))
}

/// `setcontext`'s mask half: `m` becomes the mask; 0, or -1 with errno.
pub(crate) unsafe extern "C" fn uc_setmask(m: *const sigset_t) -> c_int {
    ret_int(procmask(SIG_SETMASK as c_int, m, core::ptr::null_mut()))
}

/// `swapcontext`'s mask half: `new` becomes the mask and the old one goes
/// to `old`, in one system call; 0, or -1 with errno.
pub(crate) unsafe extern "C" fn uc_swapmask(new: *const sigset_t, old: *mut sigset_t) -> c_int {
    ret_int(procmask(SIG_SETMASK as c_int, new, old))
}

/// Where a made context's function returns to (through the arch's
/// trampoline, which passes the `uc_link` makecontext saw): resume it, or
/// `exit(0)` when there is none. A `setcontext` that fails (the link's
/// mask unreadable) exits with its -1, as glibc.
#[cfg(not(test))]
pub(crate) unsafe extern "C" fn uc_finish(link: *const Ucontext) -> ! {
    if link.is_null() {
        crate::stdlib::exit(0)
    }
    // SAFETY: the program's linked context; on success this does not
    // return.
    let r = unsafe { a::resume(link) };
    crate::stdlib::exit(r)
}

/// The back end of the `makecontext` C shim (XSI, removed in
/// POSIX.1-2008; GNU extension): `args` holds the `argc` integer
/// arguments. The context must come from `getcontext` and have
/// `uc_stack` and `uc_link` set; a stack too small for the function is
/// the program's undefined behaviour (a guard page below it turns the
/// overflow into SIGSEGV).
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_makecontext(
    ucp: *mut Ucontext,
    func: Option<unsafe extern "C" fn()>,
    argc: c_int,
    args: *const c_ulong,
) {
    // SAFETY: the program's context, filled by getcontext.
    let uc = unsafe { &mut *ucp };
    let n = if argc > 0 && !args.is_null() {
        argc as usize
    } else {
        0
    };
    let args: &[c_ulong] = if n == 0 {
        &[]
    } else {
        // SAFETY: the shim's array of `argc` values.
        unsafe { core::slice::from_raw_parts(args, n) }
    };
    // (i386 has no argument registers: there the min is always 0.)
    #[allow(clippy::unnecessary_min_or_max)]
    let (regs, stack) = args.split_at(n.min(a::REG_ARGS));
    let w = core::mem::size_of::<usize>();
    // The stack arguments end at or below the 16-byte aligned top; where
    // the return address goes on the stack (x86), it sits below them, so
    // the function starts as if just called.
    let top = (uc.uc_stack.ss_sp as usize).wrapping_add(uc.uc_stack.ss_size) & !15;
    let args_at = top.wrapping_sub(stack.len() * w) & !15;
    let sp = if a::RET_ON_STACK {
        args_at.wrapping_sub(w)
    } else {
        args_at
    };
    for (i, v) in stack.iter().enumerate() {
        // SAFETY: inside the program's stack (it must be large enough).
        unsafe { ((args_at + i * w) as *mut c_ulong).write(*v) };
    }
    if a::RET_ON_STACK {
        // SAFETY: as above.
        unsafe { (sp as *mut usize).write(a::start_address()) };
    }
    let f = func.map_or(0, |f| f as usize);
    a::enter(uc, f, sp, regs);
}
