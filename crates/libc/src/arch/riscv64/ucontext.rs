//! riscv64 user contexts (see `crate::ucontext`). glibc's 960-byte
//! `ucontext_t`: the mask at 40, `uc_mcontext` at 176: `__gregs` (pc,
//! then x1–x31) and `__fpregs` at 432, of which the D-extension form
//! (f0–f31, then `fcsr` at 688) is the one the kernel writes for lp64d.
//! A context keeps ra, sp, s0–s11 (the callee-saved set), the resume pc
//! (the caller's return address), a0 = 0 (what a resumed getcontext
//! returns), fs0–fs11 and `fcsr`. `setcontext` also loads a0–a7, a made
//! context's arguments; gp and tp are not touched.
// The host unit tests build the layout only (no assembly).
#![cfg_attr(test, allow(dead_code, unused_imports, unused_macros))]
use crate::signal::sigset_t;
use crate::signal::stack_t;
use crate::types::*;
use core::mem::offset_of;

/// `union __riscv_mc_fp_state` in its D form (528 bytes, 16-aligned: the
/// Q form's size).
#[repr(C, align(16))]
pub struct FpState {
    pub f: [u64; 32],
    pub fcsr: u32,
    pub _rest: [u32; 67],
}

/// glibc's `ucontext_t` with `uc_mcontext` spelled out.
#[repr(C)]
pub struct Ucontext {
    pub uc_flags: c_ulong,
    pub uc_link: *mut Ucontext,
    pub uc_stack: stack_t,
    pub uc_sigmask: sigset_t,
    /// `uc_mcontext` is 16-aligned.
    pub _align: u64,
    pub gregs: [u64; 32],
    pub fpregs: FpState,
}

/// Offset of `__gregs[r]` (0 is the pc, r ≥ 1 is xr).
const fn g(r: usize) -> usize {
    offset_of!(Ucontext, gregs) + 8 * r
}
/// Offset of f[n].
const fn f(n: usize) -> usize {
    offset_of!(Ucontext, fpregs) + 8 * n
}
const FCSR: usize = offset_of!(Ucontext, fpregs) + offset_of!(FpState, fcsr);
const _: () = {
    assert!(core::mem::size_of::<Ucontext>() == 960);
    assert!(core::mem::size_of::<FpState>() == 528);
    assert!(offset_of!(Ucontext, uc_sigmask) == 40);
    assert!(g(0) == 176 && f(0) == 432 && FCSR == 688);
};
const PC: usize = 0;
const RA: usize = 1;
const SP: usize = 2;
const S0: usize = 8;
const S1: usize = 9;
const A0: usize = 10;

/// Integer arguments a made context takes in registers.
pub const REG_ARGS: usize = 8;
/// The return address is a register (ra).
pub const RET_ON_STACK: bool = false;

/// A made context: `func(regs…)` with sp at `sp` (the stack arguments
/// there), returning to the trampoline; `uc_link` kept in s1 (a
/// callee-saved register) for it.
#[cfg(not(test))]
pub fn enter(uc: &mut Ucontext, func: usize, sp: usize, regs: &[c_ulong]) {
    for (i, r) in regs.iter().enumerate() {
        uc.gregs[A0 + i] = *r as u64;
    }
    uc.gregs[S1] = uc.uc_link as u64;
    uc.gregs[S0] = 0;
    uc.gregs[RA] = start_address() as u64;
    uc.gregs[SP] = sp as u64;
    uc.gregs[PC] = func as u64;
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

/// Saves the callee-saved state at `0(a0)` (t0 is scratch).
macro_rules! save_regs {
    () => {
        concat!(
            "sd ra, {pc}(a0)\n",
            "sd ra, {ra}(a0)\n",
            "sd sp, {sp}(a0)\n",
            "sd zero, {a0}(a0)\n",
            "sd s0, {s0}(a0)\n",
            "sd s1, {s1}(a0)\n",
            "sd s2, {s2}(a0)\n",
            "sd s3, {s2} + 8(a0)\n",
            "sd s4, {s2} + 16(a0)\n",
            "sd s5, {s2} + 24(a0)\n",
            "sd s6, {s2} + 32(a0)\n",
            "sd s7, {s2} + 40(a0)\n",
            "sd s8, {s2} + 48(a0)\n",
            "sd s9, {s2} + 56(a0)\n",
            "sd s10, {s2} + 64(a0)\n",
            "sd s11, {s2} + 72(a0)\n",
            "fsd fs0, {fs0}(a0)\n",
            "fsd fs1, {fs0} + 8(a0)\n",
            "fsd fs2, {fs2}(a0)\n",
            "fsd fs3, {fs2} + 8(a0)\n",
            "fsd fs4, {fs2} + 16(a0)\n",
            "fsd fs5, {fs2} + 24(a0)\n",
            "fsd fs6, {fs2} + 32(a0)\n",
            "fsd fs7, {fs2} + 40(a0)\n",
            "fsd fs8, {fs2} + 48(a0)\n",
            "fsd fs9, {fs2} + 56(a0)\n",
            "fsd fs10, {fs2} + 64(a0)\n",
            "fsd fs11, {fs2} + 72(a0)\n",
            "frcsr t0\n",
            "sw t0, {fcsr}(a0)\n",
        )
    };
}

#[cfg(not(test))]
core::arch::global_asm!(
    ".pushsection .text.ucontext,\"ax\",@progbits",
    ".globl getcontext", ".type getcontext,@function",
    "getcontext:",
    save_regs!(),
    "addi a0, a0, {mask}",
    "tail {getmask}",
    ".size getcontext, . - getcontext",
    ".globl setcontext", ".type setcontext,@function",
    ".globl __ferro_setcontext", ".hidden __ferro_setcontext",
    "setcontext:",
    "__ferro_setcontext:",
    "addi sp, sp, -16",
    "sd ra, 8(sp)",
    "sd a0, 0(sp)",
    "addi a0, a0, {mask}",
    "call {setmask}",
    "mv t1, a0",
    "ld a0, 0(sp)",
    "ld ra, 8(sp)",
    "addi sp, sp, 16",
    "bnez t1, 9f",
    // Load the context at a0 (swapcontext joins here).
    "2:",
    "lw t0, {fcsr}(a0)",
    "fscsr t0",
    "fld fs0, {fs0}(a0)",
    "fld fs1, {fs0} + 8(a0)",
    "fld fs2, {fs2}(a0)",
    "fld fs3, {fs2} + 8(a0)",
    "fld fs4, {fs2} + 16(a0)",
    "fld fs5, {fs2} + 24(a0)",
    "fld fs6, {fs2} + 32(a0)",
    "fld fs7, {fs2} + 40(a0)",
    "fld fs8, {fs2} + 48(a0)",
    "fld fs9, {fs2} + 56(a0)",
    "fld fs10, {fs2} + 64(a0)",
    "fld fs11, {fs2} + 72(a0)",
    "ld ra, {ra}(a0)",
    "ld sp, {sp}(a0)",
    "ld s0, {s0}(a0)",
    "ld s1, {s1}(a0)",
    "ld s2, {s2}(a0)",
    "ld s3, {s2} + 8(a0)",
    "ld s4, {s2} + 16(a0)",
    "ld s5, {s2} + 24(a0)",
    "ld s6, {s2} + 32(a0)",
    "ld s7, {s2} + 40(a0)",
    "ld s8, {s2} + 48(a0)",
    "ld s9, {s2} + 56(a0)",
    "ld s10, {s2} + 64(a0)",
    "ld s11, {s2} + 72(a0)",
    "ld t1, {pc}(a0)",
    "ld a1, {a0} + 8(a0)",
    "ld a2, {a0} + 16(a0)",
    "ld a3, {a0} + 24(a0)",
    "ld a4, {a0} + 32(a0)",
    "ld a5, {a0} + 40(a0)",
    "ld a6, {a0} + 48(a0)",
    "ld a7, {a0} + 56(a0)",
    "ld a0, {a0}(a0)",
    "jr t1",
    // The mask call failed: its -1 (errno set) to our caller.
    "9:",
    "mv a0, t1",
    "ret",
    ".size setcontext, . - setcontext",
    ".size __ferro_setcontext, . - __ferro_setcontext",
    ".globl swapcontext", ".type swapcontext,@function",
    "swapcontext:",
    save_regs!(),
    "addi sp, sp, -16",
    "sd ra, 8(sp)",
    "sd a1, 0(sp)",
    "addi t0, a0, {mask}",
    "addi a0, a1, {mask}",
    "mv a1, t0",
    "call {swapmask}",
    "mv t1, a0",
    "ld a0, 0(sp)",
    "ld ra, 8(sp)",
    "addi sp, sp, 16",
    "beqz t1, 2b",
    "mv a0, t1",
    "ret",
    ".size swapcontext, . - swapcontext",
    // A made context's function returns here, with uc_link in s1.
    ".globl __ferro_uc_start", ".hidden __ferro_uc_start",
    ".type __ferro_uc_start,@function",
    "__ferro_uc_start:",
    "mv a0, s1",
    "call {finish}",
    "unimp",
    ".size __ferro_uc_start, . - __ferro_uc_start",
    ".popsection",
    pc = const g(PC),
    ra = const g(RA),
    sp = const g(SP),
    s0 = const g(S0),
    s1 = const g(S1),
    s2 = const g(18),
    a0 = const g(A0),
    fs0 = const f(8),
    fs2 = const f(18),
    fcsr = const FCSR,
    mask = const offset_of!(Ucontext, uc_sigmask),
    getmask = sym crate::ucontext::uc_getmask,
    setmask = sym crate::ucontext::uc_setmask,
    swapmask = sym crate::ucontext::uc_swapmask,
    finish = sym crate::ucontext::uc_finish,
);
