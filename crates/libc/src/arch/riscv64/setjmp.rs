//! riscv64 `setjmp` family. `jmp_buf` is glibc's 344 bytes: the return
//! address at 0, s0–s11 at 8–96, sp at 104, fs0–fs11 (the lp64d
//! callee-saved FP registers) at 112–200, the "mask saved" int at 208 and
//! the `sigset_t` at 216.
use super::super::setjmp::{MASK_SAVED, jmp_buf, sigjmp_save};

macro_rules! save_regs {
    () => {
        concat!(
            "sd ra, 0(a0)\n",
            "sd s0, 8(a0)\n",
            "sd s1, 16(a0)\n",
            "sd s2, 24(a0)\n",
            "sd s3, 32(a0)\n",
            "sd s4, 40(a0)\n",
            "sd s5, 48(a0)\n",
            "sd s6, 56(a0)\n",
            "sd s7, 64(a0)\n",
            "sd s8, 72(a0)\n",
            "sd s9, 80(a0)\n",
            "sd s10, 88(a0)\n",
            "sd s11, 96(a0)\n",
            "sd sp, 104(a0)\n",
            "fsd fs0, 112(a0)\n",
            "fsd fs1, 120(a0)\n",
            "fsd fs2, 128(a0)\n",
            "fsd fs3, 136(a0)\n",
            "fsd fs4, 144(a0)\n",
            "fsd fs5, 152(a0)\n",
            "fsd fs6, 160(a0)\n",
            "fsd fs7, 168(a0)\n",
            "fsd fs8, 176(a0)\n",
            "fsd fs9, 184(a0)\n",
            "fsd fs10, 192(a0)\n",
            "fsd fs11, 200(a0)\n",
        )
    };
}

core::arch::global_asm!(
    ".pushsection .text.setjmp,\"ax\",@progbits",
    ".globl setjmp", ".type setjmp,@function",
    ".globl _setjmp", ".type _setjmp,@function",
    "setjmp:",
    "_setjmp:",
    save_regs!(),
    "sw zero, {ms}(a0)",
    "li a0, 0",
    "ret",
    ".size setjmp, . - setjmp",
    ".size _setjmp, . - _setjmp",
    ".popsection",
    ".pushsection .text.sigsetjmp,\"ax\",@progbits",
    ".globl sigsetjmp", ".type sigsetjmp,@function",
    ".globl __sigsetjmp", ".type __sigsetjmp,@function",
    "sigsetjmp:",
    "__sigsetjmp:",
    save_regs!(),
    // (env, savemask) are still in a0, a1; ra is the caller's: the mask
    // half returns 0 to it.
    "tail {save}",
    ".size sigsetjmp, . - sigsetjmp",
    ".size __sigsetjmp, . - __sigsetjmp",
    ".popsection",
    ".pushsection .text.__ferro_longjmp,\"ax\",@progbits",
    ".globl __ferro_longjmp", ".hidden __ferro_longjmp",
    ".type __ferro_longjmp,@function",
    "__ferro_longjmp:",
    "ld ra, 0(a0)",
    "ld s0, 8(a0)",
    "ld s1, 16(a0)",
    "ld s2, 24(a0)",
    "ld s3, 32(a0)",
    "ld s4, 40(a0)",
    "ld s5, 48(a0)",
    "ld s6, 56(a0)",
    "ld s7, 64(a0)",
    "ld s8, 72(a0)",
    "ld s9, 80(a0)",
    "ld s10, 88(a0)",
    "ld s11, 96(a0)",
    "ld sp, 104(a0)",
    "fld fs0, 112(a0)",
    "fld fs1, 120(a0)",
    "fld fs2, 128(a0)",
    "fld fs3, 136(a0)",
    "fld fs4, 144(a0)",
    "fld fs5, 152(a0)",
    "fld fs6, 160(a0)",
    "fld fs7, 168(a0)",
    "fld fs8, 176(a0)",
    "fld fs9, 184(a0)",
    "fld fs10, 192(a0)",
    "fld fs11, 200(a0)",
    "seqz a0, a1",
    "add a0, a0, a1",
    "ret",
    ".size __ferro_longjmp, . - __ferro_longjmp",
    ".popsection",
    ms = const MASK_SAVED,
    save = sym sigjmp_save,
);

unsafe extern "C" {
    /// Restores the registers `env` holds and returns `val` (1 for 0)
    /// from its `setjmp`.
    pub fn __ferro_longjmp(env: *mut jmp_buf, val: core::ffi::c_int) -> !;
}
