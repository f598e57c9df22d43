//! i386 cancellation points: the cancellable system call and the exit
//! a cancelled thread takes (see `pthread::cancel`). The call uses
//! `int $0x80` itself, not the vDSO's entry, so the interrupted PC of a
//! call not yet run is inside this routine.
use core::arch::naked_asm;

/// `nr(a..f)` unless `*word` says a request is pending and enabled (the
/// low two bits are exactly 1): then [`cancel_exit`] instead. The
/// signal handler treats every PC from the start up to the `int $0x80`
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
        "push ebp",
        "push edi",
        "push esi",
        "push ebx",
        "mov eax, [esp + 20]",
        "mov eax, [eax]",
        "and eax, 3",
        "cmp eax, 1",
        "je {exit}",
        "mov eax, [esp + 24]",
        "mov ebx, [esp + 28]",
        "mov ecx, [esp + 32]",
        "mov edx, [esp + 36]",
        "mov esi, [esp + 40]",
        "mov edi, [esp + 44]",
        "mov ebp, [esp + 48]",
        ".globl __ferro_cp_sys",
        ".hidden __ferro_cp_sys",
        "__ferro_cp_sys:",
        "int 0x80",
        ".globl __ferro_cp_ret",
        ".hidden __ferro_cp_ret",
        "__ferro_cp_ret:",
        "pop ebx",
        "pop esi",
        "pop edi",
        "pop ebp",
        "ret",
        exit = sym cancel_exit,
    )
}

/// Where a cancelled thread goes: an aligned stack, then `act`.
#[unsafe(naked)]
pub unsafe extern "C" fn cancel_exit() -> ! {
    naked_asm!(
        "and esp, -16",
        "call {act}",
        "ud2",
        act = sym crate::pthread::cancel::act,
    )
}

/// Offsets in the kernel's `ucontext_t` of the interrupted PC and of the
/// system call's result register (`uc_mcontext.gregs[REG_EIP]` and `[REG_EAX]`, as `<sys/ucontext.h>` lays
/// them out).
pub const UC_PC: usize = 76;
pub const UC_RET: usize = 64;
