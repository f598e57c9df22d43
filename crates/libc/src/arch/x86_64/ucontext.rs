//! x86_64 user contexts (see `crate::ucontext`). glibc's 968-byte
//! `ucontext_t`: `uc_mcontext.gregs` (the kernel's sigcontext order,
//! `REG_R8` … `REG_CR2`) at 40, the `fpregs` pointer at 224, the mask at
//! 296 and `__fpregs_mem` (an FXSAVE-format area: control word at 0,
//! MXCSR at 24) at 424. A context keeps rbx rbp r12–r15 (the SysV
//! callee-saved set), the argument registers rdi rsi rdx rcx r8 r9 (so a
//! made context's function gets its arguments), rsp and rip, the x87
//! control word and MXCSR (the callee-saved FP control state; no xmm
//! register is callee-saved). `setcontext` reads the FP state through
//! `fpregs`, so a signal handler's context (whose `fpregs` points into
//! the kernel's frame, same offsets) works too.
// The host unit tests build the layout only (no assembly).
#![cfg_attr(test, allow(dead_code, unused_imports, unused_macros))]
use crate::signal::sigset_t;
use crate::signal::stack_t;
use crate::types::*;
use core::mem::offset_of;

/// glibc's `ucontext_t` with `uc_mcontext` spelled out.
#[repr(C)]
pub struct Ucontext {
    pub uc_flags: c_ulong,
    pub uc_link: *mut Ucontext,
    pub uc_stack: stack_t,
    pub gregs: [i64; 23],
    pub fpregs: *mut u8,
    pub __reserved1: [u64; 8],
    pub uc_sigmask: sigset_t,
    pub __fpregs_mem: [u64; 64],
    pub __ssp: [u64; 4],
}
const _: () = {
    assert!(core::mem::size_of::<Ucontext>() == 968);
    assert!(offset_of!(Ucontext, gregs) == 40);
    assert!(offset_of!(Ucontext, fpregs) == 224);
    assert!(offset_of!(Ucontext, uc_sigmask) == 296);
    assert!(offset_of!(Ucontext, __fpregs_mem) == 424);
};

// `REG_*` indices of <sys/ucontext.h>.
const R8: usize = 0;
const R9: usize = 1;
const R12: usize = 4;
const R13: usize = 5;
const R14: usize = 6;
const R15: usize = 7;
const RDI: usize = 8;
const RSI: usize = 9;
const RBP: usize = 10;
const RBX: usize = 11;
const RDX: usize = 12;
const RCX: usize = 14;
const RSP: usize = 15;
const RIP: usize = 16;

/// Offset of `gregs[r]`.
const fn g(r: usize) -> usize {
    offset_of!(Ucontext, gregs) + 8 * r
}
/// MXCSR's offset in the FXSAVE area.
const MXCSR: usize = 24;

/// Integer arguments a made context takes in registers.
pub const REG_ARGS: usize = 6;
/// A call leaves the return address on the stack.
pub const RET_ON_STACK: bool = true;

/// A made context: `func(regs…)` on the stack at `sp` (its return
/// address, the trampoline, already at `sp`), `uc_link` kept in rbx (a
/// callee-saved register) for the trampoline.
#[cfg(not(test))]
pub fn enter(uc: &mut Ucontext, func: usize, sp: usize, regs: &[c_ulong]) {
    for (r, v) in [RDI, RSI, RDX, RCX, R8, R9].into_iter().zip(regs) {
        uc.gregs[r] = *v as i64;
    }
    uc.gregs[RIP] = func as i64;
    uc.gregs[RSP] = sp as i64;
    uc.gregs[RBX] = uc.uc_link as i64;
    uc.gregs[RBP] = 0;
}

#[cfg(not(test))]
unsafe extern "C" {
    fn __ferro_uc_start();
    fn __ferro_setcontext(ucp: *const Ucontext) -> c_int;
}

/// The trampoline's address, a made context's return address.
#[cfg(not(test))]
pub fn start_address() -> usize {
    __ferro_uc_start as *const () as usize
}

/// `setcontext(ucp)`: returns only on failure (-1).
///
/// # Safety
/// `ucp` is a valid context.
#[cfg(not(test))]
pub unsafe fn resume(ucp: *const Ucontext) -> c_int {
    // SAFETY: per the contract.
    unsafe { __ferro_setcontext(ucp) }
}

/// Saves rbx rbp r12–r15 and the argument registers at `[rdi]`.
macro_rules! save_regs {
    () => {
        concat!(
            "mov [rdi + {rbx}], rbx\n",
            "mov [rdi + {rbp}], rbp\n",
            "mov [rdi + {r12}], r12\n",
            "mov [rdi + {r13}], r13\n",
            "mov [rdi + {r14}], r14\n",
            "mov [rdi + {r15}], r15\n",
            "mov [rdi + {rdi}], rdi\n",
            "mov [rdi + {rsi}], rsi\n",
            "mov [rdi + {rdx}], rdx\n",
            "mov [rdi + {rcx}], rcx\n",
            "mov [rdi + {r8}], r8\n",
            "mov [rdi + {r9}], r9\n",
            // The caller's stack pointer and return address.
            "lea rax, [rsp + 8]\n",
            "mov [rdi + {rsp}], rax\n",
            "mov rax, [rsp]\n",
            "mov [rdi + {rip}], rax\n",
            // FP control state in our own area, pointed to as the
            // kernel's frame points to its own.
            "lea rax, [rdi + {fpmem}]\n",
            "mov [rdi + {fpregs}], rax\n",
            "fnstcw word ptr [rax]\n",
            "stmxcsr dword ptr [rax + {mxcsr}]\n",
        )
    };
}

#[cfg(not(test))]
core::arch::global_asm!(
    ".pushsection .text.ucontext,\"ax\",@progbits",
    ".globl getcontext", ".type getcontext,@function",
    "getcontext:",
    save_regs!(),
    "lea rdi, [rdi + {mask}]",
    "jmp {getmask}",
    ".size getcontext, . - getcontext",
    ".globl setcontext", ".type setcontext,@function",
    ".globl __ferro_setcontext", ".hidden __ferro_setcontext",
    "setcontext:",
    "__ferro_setcontext:",
    // (rsp is 8 off 16: the push aligns the call.)
    "push rdi",
    "lea rdi, [rdi + {mask}]",
    "call {setmask}",
    "pop rdi",
    "test eax, eax",
    "jnz 9f",
    // Load the context at rdi (swapcontext joins here).
    "2:",
    "mov rax, [rdi + {fpregs}]",
    "test rax, rax",
    "jz 3f",
    "fldcw word ptr [rax]",
    "ldmxcsr dword ptr [rax + {mxcsr}]",
    "3:",
    "mov rbx, [rdi + {rbx}]",
    "mov rbp, [rdi + {rbp}]",
    "mov r12, [rdi + {r12}]",
    "mov r13, [rdi + {r13}]",
    "mov r14, [rdi + {r14}]",
    "mov r15, [rdi + {r15}]",
    "mov rsp, [rdi + {rsp}]",
    // Jump, not push and return: nothing is written below the new rsp
    // (the red zone of a signal handler's interrupted code).
    "mov r11, [rdi + {rip}]",
    "mov rsi, [rdi + {rsi}]",
    "mov rdx, [rdi + {rdx}]",
    "mov rcx, [rdi + {rcx}]",
    "mov r8, [rdi + {r8}]",
    "mov r9, [rdi + {r9}]",
    "mov rdi, [rdi + {rdi}]",
    "xor eax, eax",
    "jmp r11",
    // The mask call failed: its -1 (errno set) to our caller.
    "9:",
    "ret",
    ".size setcontext, . - setcontext",
    ".size __ferro_setcontext, . - __ferro_setcontext",
    ".globl swapcontext", ".type swapcontext,@function",
    "swapcontext:",
    save_regs!(),
    // (oucp, ucp) = (rdi, rsi); the push keeps ucp and aligns the call.
    "push rsi",
    "lea rax, [rdi + {mask}]",
    "lea rdi, [rsi + {mask}]",
    "mov rsi, rax",
    "call {swapmask}",
    "pop rdi",
    "test eax, eax",
    "jz 2b",
    "ret",
    ".size swapcontext, . - swapcontext",
    // A made context's function returns here (rsp 16-aligned), with
    // uc_link in rbx.
    ".globl __ferro_uc_start", ".hidden __ferro_uc_start",
    ".type __ferro_uc_start,@function",
    "__ferro_uc_start:",
    "mov rdi, rbx",
    "call {finish}",
    "ud2",
    ".size __ferro_uc_start, . - __ferro_uc_start",
    ".popsection",
    rbx = const g(RBX),
    rbp = const g(RBP),
    r12 = const g(R12),
    r13 = const g(R13),
    r14 = const g(R14),
    r15 = const g(R15),
    rdi = const g(RDI),
    rsi = const g(RSI),
    rdx = const g(RDX),
    rcx = const g(RCX),
    r8 = const g(R8),
    r9 = const g(R9),
    rsp = const g(RSP),
    rip = const g(RIP),
    fpmem = const offset_of!(Ucontext, __fpregs_mem),
    fpregs = const offset_of!(Ucontext, fpregs),
    mxcsr = const MXCSR,
    mask = const offset_of!(Ucontext, uc_sigmask),
    getmask = sym crate::ucontext::uc_getmask,
    setmask = sym crate::ucontext::uc_setmask,
    swapmask = sym crate::ucontext::uc_swapmask,
    finish = sym crate::ucontext::uc_finish,
);
