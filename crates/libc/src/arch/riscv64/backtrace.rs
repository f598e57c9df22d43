//! RISC-V 64 `backtrace` entry: the caller's registers at the call (s0–s11
//! and ra as they are, sp), stored by DWARF number for the unwinder
//! (`execinfo`); ra holds the return address.
/// DWARF numbers of the stack pointer and the return-address column.
pub const SP: usize = 2;
pub const RA: usize = 1;

#[cfg(not(test))]
core::arch::global_asm!(
    ".pushsection .text.backtrace,\"ax\",@progbits",
    ".globl backtrace", ".type backtrace,@function",
    "backtrace:",
    "addi sp, sp, -272",
    "sd ra, 8*1(sp)",
    "sd s0, 8*8(sp)",
    "sd s1, 8*9(sp)",
    "sd s2, 8*18(sp)",
    "sd s3, 8*19(sp)",
    "sd s4, 8*20(sp)",
    "sd s5, 8*21(sp)",
    "sd s6, 8*22(sp)",
    "sd s7, 8*23(sp)",
    "sd s8, 8*24(sp)",
    "sd s9, 8*25(sp)",
    "sd s10, 8*26(sp)",
    "sd s11, 8*27(sp)",
    "addi t0, sp, 272",
    "sd t0, 8*2(sp)",
    "mv a2, a1",
    "mv a1, a0",
    "mv a0, sp",
    "call {walk}",
    "ld ra, 8*1(sp)",
    "addi sp, sp, 272",
    "ret",
    ".size backtrace, . - backtrace",
    ".popsection",
    walk = sym crate::execinfo::walk,
);
