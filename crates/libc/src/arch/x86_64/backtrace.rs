//! x86_64 `backtrace` entry: the caller's registers at the call (rbx rbp
//! r12–r15 as they are, rsp after the return, the return address), stored
//! by DWARF number for the unwinder (`execinfo`).
/// DWARF numbers of the stack pointer and the return-address column.
pub const SP: usize = 7;
pub const RA: usize = 16;

#[cfg(not(test))]
core::arch::global_asm!(
    ".pushsection .text.backtrace,\"ax\",@progbits",
    ".globl backtrace", ".type backtrace,@function",
    "backtrace:",
    "sub rsp, 280",
    "mov [rsp + 8*3], rbx",
    "mov [rsp + 8*6], rbp",
    "mov [rsp + 8*12], r12",
    "mov [rsp + 8*13], r13",
    "mov [rsp + 8*14], r14",
    "mov [rsp + 8*15], r15",
    "lea rax, [rsp + 288]",
    "mov [rsp + 8*7], rax",
    "mov rax, [rsp + 280]",
    "mov [rsp + 8*16], rax",
    "mov rdx, rsi",
    "mov rsi, rdi",
    "mov rdi, rsp",
    "call {walk}",
    "add rsp, 280",
    "ret",
    ".size backtrace, . - backtrace",
    ".popsection",
    walk = sym crate::execinfo::walk,
);
