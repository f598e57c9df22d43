//! i386 signal return. The kernel builds an RT frame (`siginfo`,
//! `ucontext`) for `SA_SIGINFO` handlers and the old sigcontext frame for
//! the others, and each needs its own system call to come back. Without
//! `SA_RESTORER` the kernel would point the handler's return at the vDSO's
//! trampolines (glibc 2.36 relies on that); we always pass our own, so a
//! kernel or emulator without a 32-bit vDSO works as well.
use crate::types::*;

core::arch::global_asm!(
    ".pushsection .text.__ferro_restore,\"ax\",@progbits",
    ".globl __ferro_restore",
    ".hidden __ferro_restore",
    ".type __ferro_restore,@function",
    "__ferro_restore:",
    // The old frame: the signal number is on top; sigreturn wants the
    // sigcontext right after it.
    "pop eax",
    "mov eax, {old}",
    "int 0x80",
    "ud2",
    ".size __ferro_restore, . - __ferro_restore",
    ".popsection",
    ".pushsection .text.__ferro_restore_rt,\"ax\",@progbits",
    ".globl __ferro_restore_rt",
    ".hidden __ferro_restore_rt",
    ".type __ferro_restore_rt,@function",
    "__ferro_restore_rt:",
    "mov eax, {rt}",
    "int 0x80",
    "ud2",
    ".size __ferro_restore_rt, . - __ferro_restore_rt",
    ".popsection",
    old = const syscall::nr::__NR_sigreturn,
    rt = const syscall::nr::__NR_rt_sigreturn,
);

unsafe extern "C" {
    fn __ferro_restore();
    fn __ferro_restore_rt();
}

/// The trampoline for a handler installed with `flags`: the RT one for
/// `SA_SIGINFO`, the old one otherwise.
#[inline]
pub fn restorer(flags: c_ulong) -> Option<usize> {
    if flags & syscall::nr::SA_SIGINFO as c_ulong != 0 {
        Some(__ferro_restore_rt as *const () as usize)
    } else {
        Some(__ferro_restore as *const () as usize)
    }
}
