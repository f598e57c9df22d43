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

unsafe extern "C" {
    static __ferro_cp_sys: u8;
    static __ferro_cp_ret: u8;
}

/// The PCs at which the cancellable call has not yet run (from the start
/// to the system-call instruction), and the PC just after that
/// instruction.
pub fn cp_range() -> (usize, usize, usize) {
    (
        cp_syscall as *const () as usize,
        (&raw const __ferro_cp_sys) as usize,
        (&raw const __ferro_cp_ret) as usize,
    )
}

/// The interrupted PC in the kernel's `ucontext_t` (`uc_mcontext.
/// __gregs[REG_PC]`, offset 176, as `<sys/ucontext.h>` lays it out).
///
/// # Safety
/// `uc` is the ucontext the kernel passed to a handler.
pub unsafe fn uc_pc(uc: *mut core::ffi::c_void) -> *mut usize {
    // SAFETY: within the kernel's ucontext.
    unsafe { (uc as *mut u8).add(176) as *mut usize }
}

/// The interrupted system call's result register in the kernel's
/// `ucontext_t` (`uc_mcontext.__gregs[10]` (a0), offset 256).
///
/// # Safety
/// `uc` is the ucontext the kernel passed to a handler.
pub unsafe fn uc_ret(uc: *mut core::ffi::c_void) -> *mut usize {
    // SAFETY: within the kernel's ucontext.
    unsafe { (uc as *mut u8).add(256) as *mut usize }
}
