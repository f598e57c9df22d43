//! aarch64 user contexts (see `crate::ucontext`). glibc's 4560-byte
//! `ucontext_t`: the mask at 40, `uc_mcontext` at 176 (fault address,
//! x0–x30 at 184, sp at 432, pc at 440, pstate, then the 4096-byte
//! `__reserved` area at 464). A context keeps x19–x29 and x30 (the
//! AAPCS64 callee-saved set and the link register), sp and the resume
//! pc, x0 = 0 (what a resumed getcontext returns), and q8–q15 (whose low
//! halves d8–d15 are callee-saved), FPSR and FPCR in an FP/SIMD record
//! at the start of `__reserved`, the kernel's `struct fpsimd_context`
//! (magic 0x46508001, 528 bytes), followed by the terminating empty
//! record, so a signal handler's context (whose first record is that
//! one) is read the same way. `setcontext` also loads x0–x7, a made
//! context's arguments.
// The host unit tests build the layout only (no assembly).
#![cfg_attr(test, allow(dead_code, unused_imports, unused_macros))]
use crate::signal::sigset_t;
use crate::signal::stack_t;
use crate::types::*;
use core::mem::offset_of;

/// The kernel's (and glibc's) `mcontext_t`.
#[repr(C, align(16))]
pub struct Mcontext {
    pub fault_address: u64,
    pub regs: [u64; 31],
    pub sp: u64,
    pub pc: u64,
    pub pstate: u64,
    pub __reserved: Reserved,
}
/// The records area (16-byte aligned).
#[repr(C, align(16))]
pub struct Reserved(pub [u8; 4096]);

/// glibc's `ucontext_t`.
#[repr(C)]
pub struct Ucontext {
    pub uc_flags: c_ulong,
    pub uc_link: *mut Ucontext,
    pub uc_stack: stack_t,
    pub uc_sigmask: sigset_t,
    pub uc_mcontext: Mcontext,
}
/// The FP/SIMD record's magic and size (the kernel's `FPSIMD_MAGIC` and
/// `sizeof(struct fpsimd_context)`).
const FPSIMD_MAGIC: u32 = 0x4650_8001;
const FPSIMD_SIZE: usize = 528;

const MC: usize = offset_of!(Ucontext, uc_mcontext);
/// Offset of `regs[r]`.
const fn x(r: usize) -> usize {
    MC + offset_of!(Mcontext, regs) + 8 * r
}
const SP: usize = MC + offset_of!(Mcontext, sp);
/// The FP/SIMD record; in it, FPSR/FPCR at 8 and v[n] at 16 + 16n.
const FP: usize = MC + offset_of!(Mcontext, __reserved);
const fn v(n: usize) -> usize {
    16 + 16 * n
}
const _: () = {
    assert!(core::mem::size_of::<Ucontext>() == 4560);
    assert!(offset_of!(Ucontext, uc_sigmask) == 40);
    assert!(MC == 176);
    assert!(x(0) == 184 && SP == 432 && FP == 464);
    // An empty record fits after the FP/SIMD one.
    assert!(FPSIMD_SIZE + 8 <= 4096);
};

/// Integer arguments a made context takes in registers.
pub const REG_ARGS: usize = 8;
/// The return address is a register (x30).
pub const RET_ON_STACK: bool = false;

/// A made context: `func(regs…)` with sp at `sp` (the stack arguments
/// there), returning to the trampoline; `uc_link` kept in x19 (a
/// callee-saved register) for it.
#[cfg(not(test))]
pub fn enter(uc: &mut Ucontext, func: usize, sp: usize, regs: &[c_ulong]) {
    let m = &mut uc.uc_mcontext;
    for (i, r) in regs.iter().enumerate() {
        m.regs[i] = *r as u64;
    }
    m.regs[19] = uc.uc_link as u64;
    m.regs[29] = 0;
    m.regs[30] = start_address() as u64;
    m.sp = sp as u64;
    m.pc = func as u64;
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

/// Saves the callee-saved state at `[x0]` (x2–x4 are scratch).
macro_rules! save_regs {
    () => {
        concat!(
            "str xzr, [x0, #{x0}]\n",
            "stp x19, x20, [x0, #{x19}]\n",
            "stp x21, x22, [x0, #{x19} + 16]\n",
            "stp x23, x24, [x0, #{x19} + 32]\n",
            "stp x25, x26, [x0, #{x19} + 48]\n",
            "stp x27, x28, [x0, #{x19} + 64]\n",
            "stp x29, x30, [x0, #{x19} + 80]\n",
            // sp, then pc: our caller's return address.
            "mov x2, sp\n",
            "stp x2, x30, [x0, #{sp}]\n",
            "add x2, x0, #{fp}\n",
            "movz w3, #{magic_lo}\n",
            "movk w3, #{magic_hi}, lsl #16\n",
            "mov w4, #{fpsize}\n",
            "stp w3, w4, [x2]\n",
            "mrs x3, fpsr\n",
            "mrs x4, fpcr\n",
            "stp w3, w4, [x2, #8]\n",
            "stp q8, q9, [x2, #{v8}]\n",
            "stp q10, q11, [x2, #{v8} + 32]\n",
            "stp q12, q13, [x2, #{v8} + 64]\n",
            "stp q14, q15, [x2, #{v8} + 96]\n",
            // The end of the records: an empty one.
            "str xzr, [x2, #{fpsize}]\n",
        )
    };
}

#[cfg(not(test))]
core::arch::global_asm!(
    ".pushsection .text.ucontext,\"ax\",%progbits",
    ".globl getcontext", ".type getcontext,%function",
    "getcontext:",
    save_regs!(),
    "add x0, x0, #{mask}",
    "b {getmask}",
    ".size getcontext, . - getcontext",
    ".globl setcontext", ".type setcontext,%function",
    ".globl __ferro_setcontext", ".hidden __ferro_setcontext",
    "setcontext:",
    "__ferro_setcontext:",
    "stp x29, x30, [sp, #-32]!",
    "str x0, [sp, #16]",
    "add x0, x0, #{mask}",
    "bl {setmask}",
    "mov w1, w0",
    "ldr x0, [sp, #16]",
    "ldp x29, x30, [sp], #32",
    "cbnz w1, 9f",
    // Load the context at x0 (swapcontext joins here).
    "2:",
    "add x2, x0, #{fp}",
    "ldr w3, [x2]",
    "movz w4, #{magic_lo}",
    "movk w4, #{magic_hi}, lsl #16",
    "cmp w3, w4",
    "b.ne 3f",
    "ldp w3, w4, [x2, #8]",
    "msr fpsr, x3",
    "msr fpcr, x4",
    "ldp q8, q9, [x2, #{v8}]",
    "ldp q10, q11, [x2, #{v8} + 32]",
    "ldp q12, q13, [x2, #{v8} + 64]",
    "ldp q14, q15, [x2, #{v8} + 96]",
    "3:",
    "ldp x19, x20, [x0, #{x19}]",
    "ldp x21, x22, [x0, #{x19} + 16]",
    "ldp x23, x24, [x0, #{x19} + 32]",
    "ldp x25, x26, [x0, #{x19} + 48]",
    "ldp x27, x28, [x0, #{x19} + 64]",
    "ldp x29, x30, [x0, #{x19} + 80]",
    "ldp x2, x16, [x0, #{sp}]",
    "mov sp, x2",
    "ldp x2, x3, [x0, #{x0} + 16]",
    "ldp x4, x5, [x0, #{x0} + 32]",
    "ldp x6, x7, [x0, #{x0} + 48]",
    "ldp x0, x1, [x0, #{x0}]",
    "br x16",
    // The mask call failed: its -1 (errno set) to our caller.
    "9:",
    "mov w0, w1",
    "ret",
    ".size setcontext, . - setcontext",
    ".size __ferro_setcontext, . - __ferro_setcontext",
    ".globl swapcontext", ".type swapcontext,%function",
    "swapcontext:",
    save_regs!(),
    "stp x29, x30, [sp, #-32]!",
    "str x1, [sp, #16]",
    "add x2, x0, #{mask}",
    "add x0, x1, #{mask}",
    "mov x1, x2",
    "bl {swapmask}",
    "mov w1, w0",
    "ldr x0, [sp, #16]",
    "ldp x29, x30, [sp], #32",
    "cbz w1, 2b",
    "mov w0, w1",
    "ret",
    ".size swapcontext, . - swapcontext",
    // A made context's function returns here, with uc_link in x19.
    ".globl __ferro_uc_start", ".hidden __ferro_uc_start",
    ".type __ferro_uc_start,%function",
    "__ferro_uc_start:",
    "mov x0, x19",
    "bl {finish}",
    "udf #0",
    ".size __ferro_uc_start, . - __ferro_uc_start",
    ".popsection",
    x0 = const x(0),
    x19 = const x(19),
    sp = const SP,
    fp = const FP,
    v8 = const v(8),
    magic_lo = const FPSIMD_MAGIC & 0xffff,
    magic_hi = const FPSIMD_MAGIC >> 16,
    fpsize = const FPSIMD_SIZE,
    mask = const offset_of!(Ucontext, uc_sigmask),
    getmask = sym crate::ucontext::uc_getmask,
    setmask = sym crate::ucontext::uc_setmask,
    swapmask = sym crate::ucontext::uc_swapmask,
    finish = sym crate::ucontext::uc_finish,
);
