//! x86_64 `setjmp` family. `jmp_buf` is glibc's 200 bytes: eight words of
//! registers — rbx rbp r12 r13 r14 r15, the caller's rsp and the return
//! address (the SysV callee-saved set; no xmm register is callee-saved),
//! the "mask saved" int at 64 and the `sigset_t` at 72.
use super::super::setjmp::{MASK_SAVED, jmp_buf, sigjmp_save};

core::arch::global_asm!(
    ".pushsection .text.setjmp,\"ax\",@progbits",
    ".globl setjmp", ".type setjmp,@function",
    ".globl _setjmp", ".type _setjmp,@function",
    "setjmp:",
    "_setjmp:",
    "mov dword ptr [rdi + {ms}], 0",
    "mov [rdi], rbx",
    "mov [rdi + 8], rbp",
    "mov [rdi + 16], r12",
    "mov [rdi + 24], r13",
    "mov [rdi + 32], r14",
    "mov [rdi + 40], r15",
    "lea rdx, [rsp + 8]",
    "mov [rdi + 48], rdx",
    "mov rdx, [rsp]",
    "mov [rdi + 56], rdx",
    "xor eax, eax",
    "ret",
    ".size setjmp, . - setjmp",
    ".size _setjmp, . - _setjmp",
    ".popsection",
    ".pushsection .text.sigsetjmp,\"ax\",@progbits",
    ".globl sigsetjmp", ".type sigsetjmp,@function",
    ".globl __sigsetjmp", ".type __sigsetjmp,@function",
    "sigsetjmp:",
    "__sigsetjmp:",
    "mov [rdi], rbx",
    "mov [rdi + 8], rbp",
    "mov [rdi + 16], r12",
    "mov [rdi + 24], r13",
    "mov [rdi + 32], r14",
    "mov [rdi + 40], r15",
    "lea rdx, [rsp + 8]",
    "mov [rdi + 48], rdx",
    "mov rdx, [rsp]",
    "mov [rdi + 56], rdx",
    // (env, savemask) are still in rdi, esi: the mask half returns 0 to
    // our caller.
    "jmp {save}",
    ".size sigsetjmp, . - sigsetjmp",
    ".size __sigsetjmp, . - __sigsetjmp",
    ".popsection",
    ".pushsection .text.__ferro_longjmp,\"ax\",@progbits",
    ".globl __ferro_longjmp", ".hidden __ferro_longjmp",
    ".type __ferro_longjmp,@function",
    "__ferro_longjmp:",
    "mov eax, esi",
    "test eax, eax",
    "jnz 2f",
    "inc eax",
    "2:",
    "mov rbx, [rdi]",
    "mov rbp, [rdi + 8]",
    "mov r12, [rdi + 16]",
    "mov r13, [rdi + 24]",
    "mov r14, [rdi + 32]",
    "mov r15, [rdi + 40]",
    "mov rsp, [rdi + 48]",
    "jmp qword ptr [rdi + 56]",
    ".size __ferro_longjmp, . - __ferro_longjmp",
    ".popsection",
    ms = const MASK_SAVED,
    save = sym sigjmp_save,
);

unsafe extern "C" {
    /// Restores the registers `env` holds and returns `val` (1 for 0)
    /// from its `setjmp`.
    pub fn __ferro_longjmp(env: *mut jmp_buf, val: core::ffi::c_int) -> !;
}
