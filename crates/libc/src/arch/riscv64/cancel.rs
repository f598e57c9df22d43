//! riscv64 cancellation points: the cancellable system call and the exit
//! a cancelled thread takes (see `pthread::cancel`).
use core::arch::naked_asm;

/// `nr(a..f)` unless `*word` says a request is pending and enabled (the
/// low two bits are exactly 1): then [`cancel_exit`] instead. The
/// signal handler treats every PC from the start up to the `ecall`
/// instruction ([`cp_range`]) as "not yet entered".
#[unsafe(naked)]
pub unsafe extern "C" fn cp_syscall(
    word: *const u32,
    nr: usize,
    a: usize,
    b: usize,
    c: usize,
    d: usize,
    e: usize,
    f: usize,
) -> isize {
    naked_asm!(
        "lw t0, 0(a0)",
        "andi t0, t0, 3",
        "addi t0, t0, -1",
        "bnez t0, 1f",
        "tail {exit}",
        "1:",
        "mv t1, a1",
        "mv a0, a2",
        "mv a1, a3",
        "mv a2, a4",
        "mv a3, a5",
        "mv a4, a6",
        "mv a5, a7",
        "mv a7, t1",
        ".globl __ferro_cp_sys",
        ".hidden __ferro_cp_sys",
        "__ferro_cp_sys:",
        "ecall",
        ".globl __ferro_cp_ret",
        ".hidden __ferro_cp_ret",
        "__ferro_cp_ret:",
        "ret",
        exit = sym cancel_exit,
    )
}

/// Where a cancelled thread goes: an aligned stack, then `act`.
#[unsafe(naked)]
pub unsafe extern "C" fn cancel_exit() -> ! {
    naked_asm!(
        "andi sp, sp, -16",
        "call {act}",
        "unimp",
        act = sym crate::pthread::cancel::act,
    )
}

/// Offsets in the kernel's `ucontext_t` of the interrupted PC and of the
/// system call's result register (`uc_mcontext.__gregs[REG_PC]` and `[REG_A0]`, as `<sys/ucontext.h>` lays
/// them out).
pub const UC_PC: usize = 176;
pub const UC_RET: usize = 256;
