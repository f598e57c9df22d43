//! i386 `backtrace` entry: the caller's registers at the call (ebx ebp
//! esi edi as they are, esp after the return, the return address), stored
//! by DWARF number for the unwinder (`execinfo`).
/// DWARF numbers of the stack pointer and the return-address column.
pub const SP: usize = 4;
pub const RA: usize = 8;

#[cfg(not(test))]
core::arch::global_asm!(
    ".pushsection .text.backtrace,\"ax\",@progbits",
    ".globl backtrace", ".type backtrace,@function",
    "backtrace:",
    "sub esp, 60",
    "mov [esp + 16 + 4*3], ebx",
    "mov [esp + 16 + 4*5], ebp",
    "mov [esp + 16 + 4*6], esi",
    "mov [esp + 16 + 4*7], edi",
    "lea eax, [esp + 64]",
    "mov [esp + 16 + 4*4], eax",
    "mov eax, [esp + 60]",
    "mov [esp + 16 + 4*8], eax",
    "lea eax, [esp + 16]",
    "mov [esp], eax",
    "mov eax, [esp + 64]",
    "mov [esp + 4], eax",
    "mov eax, [esp + 68]",
    "mov [esp + 8], eax",
    "call {walk}",
    "add esp, 60",
    "ret",
    ".size backtrace, . - backtrace",
    ".popsection",
    walk = sym crate::execinfo::walk,
);
