//! aarch64 cancellation points: the cancellable system call and the exit
//! a cancelled thread takes (see `pthread::cancel`).
use core::arch::naked_asm;

/// `nr(a..f)` unless `*word` says a request is pending and enabled (the
/// low two bits are exactly 1): then [`cancel_exit`] instead. The
/// signal handler treats every PC from the start up to the `svc`
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
        "ldr w9, [x0]",
        "and w9, w9, #3",
        "cmp w9, #1",
        "b.ne 1f",
        "b {exit}",
        "1:",
        "mov x8, x1",
        "mov x0, x2",
        "mov x1, x3",
        "mov x2, x4",
        "mov x3, x5",
        "mov x4, x6",
        "mov x5, x7",
        ".globl __ferro_cp_sys",
        ".hidden __ferro_cp_sys",
        "__ferro_cp_sys:",
        "svc #0",
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
        "mov x9, sp",
        "and x9, x9, #-16",
        "mov sp, x9",
        "bl {act}",
        "brk #0",
        act = sym crate::pthread::cancel::act,
    )
}

/// Offsets in the kernel's `ucontext_t` of the interrupted PC and of the
/// system call's result register (`uc_mcontext.pc` and `regs[0]`, as `<sys/ucontext.h>` lays
/// them out).
pub const UC_PC: usize = 440;
pub const UC_RET: usize = 184;
