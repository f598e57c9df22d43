//! x86_64 cancellation points: the cancellable system call and the exit
//! a cancelled thread takes (see `pthread::cancel`).
use core::arch::naked_asm;

/// `nr(a..f)` unless `*word` says a request is pending and enabled (the
/// low two bits are exactly 1): then [`cancel_exit`] instead. The
/// signal handler treats every PC from the start up to the `syscall`
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
        "mov eax, [rdi]",
        "and eax, 3",
        "cmp eax, 1",
        "je {exit}",
        "mov rax, rsi",
        "mov rdi, rdx",
        "mov rsi, rcx",
        "mov rdx, r8",
        "mov r10, r9",
        "mov r8, [rsp + 8]",
        "mov r9, [rsp + 16]",
        ".globl __ferro_cp_sys",
        ".hidden __ferro_cp_sys",
        "__ferro_cp_sys:",
        "syscall",
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
        "and rsp, -16",
        "call {act}",
        "ud2",
        act = sym crate::pthread::cancel::act,
    )
}

/// Offsets in the kernel's `ucontext_t` of the interrupted PC and of the
/// system call's result register (`uc_mcontext.gregs[REG_RIP]` and `[REG_RAX]`, as `<sys/ucontext.h>` lays
/// them out).
pub const UC_PC: usize = 168;
pub const UC_RET: usize = 144;
