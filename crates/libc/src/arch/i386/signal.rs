//! i386 signal return. The kernel builds an RT frame (`siginfo`,
//! `ucontext`) for `SA_SIGINFO` handlers and the old sigcontext frame for
//! the others, and each needs its own system call to come back. Without
//! `SA_RESTORER` the kernel would point the handler's return at the vDSO's
//! trampolines (glibc 2.36 relies on that); we always pass our own, so a
//! kernel or emulator without a 32-bit vDSO works as well.
//!
//! Both first re-describe the thread's `%gs` entry with its own TCB
//! (`set_thread_area`, the base read from the self pointer at `%gs:0`).
//! On Linux that changes nothing (the entry is per thread already), but
//! qemu-user keeps one GDT for all threads, where the entry holds the
//! last-created thread's TCB; sigreturn reloads `%gs` from it, and without
//! this the handler's thread would go on with another thread's TCB — or,
//! once that thread is gone, with unmapped memory.
use crate::types::*;

core::arch::global_asm!(
    ".pushsection .text.__ferro_restore,\"ax\",@progbits",
    ".globl __ferro_restore",
    ".hidden __ferro_restore",
    ".type __ferro_restore,@function",
    "__ferro_restore:",
    "call __ferro_restore_gs",
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
    "call __ferro_restore_gs",
    "mov eax, {rt}",
    "int 0x80",
    "ud2",
    ".size __ferro_restore_rt, . - __ferro_restore_rt",
    ".popsection",
    // The %gs entry re-described (see the module notes); every register
    // it touches is restored by the sigreturn that follows.
    ".pushsection .text.__ferro_restore_gs,\"ax\",@progbits",
    ".type __ferro_restore_gs,@function",
    "__ferro_restore_gs:",
    "sub esp, 16",
    "mov ecx, gs",
    "shr ecx, 3",
    "mov [esp], ecx",
    "mov ecx, gs:[0]",
    "mov [esp + 4], ecx",
    "mov dword ptr [esp + 8], 0xfffff",
    "mov dword ptr [esp + 12], {flags}",
    "mov ebx, esp",
    "mov eax, {sta}",
    "int 0x80",
    "add esp, 16",
    "ret",
    ".size __ferro_restore_gs, . - __ferro_restore_gs",
    ".popsection",
    flags = const 0x51,
    sta = const syscall::nr::__NR_set_thread_area,
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
