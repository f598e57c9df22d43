//! AArch64 `backtrace` entry: the caller's registers at the call (x19–x30
//! as they are, sp), stored by DWARF number for the unwinder
//! (`execinfo`); x30 holds the return address.
/// DWARF numbers of the stack pointer and the return-address column.
pub const SP: usize = 31;
pub const RA: usize = 30;

#[cfg(not(test))]
core::arch::global_asm!(
    ".pushsection .text.backtrace,\"ax\",%progbits",
    ".globl backtrace", ".type backtrace,%function",
    "backtrace:",
    "sub sp, sp, #272",
    "stp x19, x20, [sp, #8*19]",
    "stp x21, x22, [sp, #8*21]",
    "stp x23, x24, [sp, #8*23]",
    "stp x25, x26, [sp, #8*25]",
    "stp x27, x28, [sp, #8*27]",
    "stp x29, x30, [sp, #8*29]",
    "add x9, sp, #272",
    "str x9, [sp, #8*31]",
    "str x30, [sp, #8*32]",
    "mov x2, x1",
    "mov x1, x0",
    "mov x0, sp",
    "bl {walk}",
    "ldr x30, [sp, #8*32]",
    "add sp, sp, #272",
    "ret",
    ".size backtrace, . - backtrace",
    ".popsection",
    walk = sym crate::execinfo::walk,
);
