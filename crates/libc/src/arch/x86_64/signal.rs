//! x86_64 signal return: the kernel has no default return path for 64-bit
//! handlers, so every handler gets `SA_RESTORER` and this trampoline
//! (glibc does the same). The handler's `ret` lands here with the stack
//! pointing at the kernel's `ucontext`, which `rt_sigreturn` restores.
use crate::types::*;

core::arch::global_asm!(
    ".pushsection .text.__ferro_restore_rt,\"ax\",@progbits",
    ".globl __ferro_restore_rt",
    ".hidden __ferro_restore_rt",
    ".type __ferro_restore_rt,@function",
    "__ferro_restore_rt:",
    "mov eax, {nr}",
    "syscall",
    "ud2",
    ".size __ferro_restore_rt, . - __ferro_restore_rt",
    ".popsection",
    nr = const syscall::nr::__NR_rt_sigreturn,
);

unsafe extern "C" {
    fn __ferro_restore_rt();
}

/// The trampoline for a handler installed with `flags`.
#[inline]
pub fn restorer(_flags: c_ulong) -> Option<usize> {
    Some(__ferro_restore_rt as *const () as usize)
}
