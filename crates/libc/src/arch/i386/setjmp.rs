//! i386 `setjmp` family. `jmp_buf` is glibc's 156 bytes: six words of
//! registers — ebx esi edi ebp (the cdecl callee-saved set; the x87 and
//! SSE registers are all caller-saved), the caller's esp and the return
//! address — the "mask saved" int at 24 and the `sigset_t` at 28.
use super::super::setjmp::{MASK_SAVED, jmp_buf, sigjmp_save};

core::arch::global_asm!(
    ".pushsection .text.setjmp,\"ax\",@progbits",
    ".globl setjmp", ".type setjmp,@function",
    ".globl _setjmp", ".type _setjmp,@function",
    "setjmp:",
    "_setjmp:",
    "mov eax, [esp + 4]",
    "mov dword ptr [eax + {ms}], 0",
    "mov [eax], ebx",
    "mov [eax + 4], esi",
    "mov [eax + 8], edi",
    "mov [eax + 12], ebp",
    "lea ecx, [esp + 4]",
    "mov [eax + 16], ecx",
    "mov ecx, [esp]",
    "mov [eax + 20], ecx",
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
    "mov eax, [esp + 4]",
    "mov [eax], ebx",
    "mov [eax + 4], esi",
    "mov [eax + 8], edi",
    "mov [eax + 12], ebp",
    "lea ecx, [esp + 4]",
    "mov [eax + 16], ecx",
    "mov ecx, [esp]",
    "mov [eax + 20], ecx",
    // (env, savemask) are still where a cdecl callee finds them: the
    // mask half returns 0 to our caller.
    "jmp {save}",
    ".size sigsetjmp, . - sigsetjmp",
    ".size __sigsetjmp, . - __sigsetjmp",
    ".popsection",
    ".pushsection .text.__ferro_longjmp,\"ax\",@progbits",
    ".globl __ferro_longjmp", ".hidden __ferro_longjmp",
    ".type __ferro_longjmp,@function",
    "__ferro_longjmp:",
    "mov edx, [esp + 4]",
    "mov eax, [esp + 8]",
    "test eax, eax",
    "jnz 2f",
    "inc eax",
    "2:",
    "mov ebx, [edx]",
    "mov esi, [edx + 4]",
    "mov edi, [edx + 8]",
    "mov ebp, [edx + 12]",
    "mov esp, [edx + 16]",
    "jmp dword ptr [edx + 20]",
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
