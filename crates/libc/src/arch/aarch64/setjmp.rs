//! aarch64 `setjmp` family. `jmp_buf` is glibc's 312 bytes: x19–x28, the
//! frame pointer x29 and the link register x30 at 0–88, sp at 96, d8–d15
//! (the AAPCS64 callee-saved low halves of v8–v15) at 104–160, the "mask
//! saved" int at 176 and the `sigset_t` at 184.
use super::super::setjmp::{MASK_SAVED, longjmp_mask, sigjmp_save};

macro_rules! save_regs {
    () => {
        concat!(
            "stp x19, x20, [x0, #0]\n",
            "stp x21, x22, [x0, #16]\n",
            "stp x23, x24, [x0, #32]\n",
            "stp x25, x26, [x0, #48]\n",
            "stp x27, x28, [x0, #64]\n",
            "stp x29, x30, [x0, #80]\n",
            "mov x2, sp\n",
            "str x2, [x0, #96]\n",
            "stp d8, d9, [x0, #104]\n",
            "stp d10, d11, [x0, #120]\n",
            "stp d12, d13, [x0, #136]\n",
            "stp d14, d15, [x0, #152]\n",
        )
    };
}

core::arch::global_asm!(
    ".pushsection .text.setjmp,\"ax\",%progbits",
    ".globl setjmp", ".type setjmp,%function",
    ".globl _setjmp", ".type _setjmp,%function",
    "setjmp:",
    "_setjmp:",
    save_regs!(),
    "str wzr, [x0, #{ms}]",
    "mov w0, #0",
    "ret",
    ".size setjmp, . - setjmp",
    ".size _setjmp, . - _setjmp",
    ".popsection",
    ".pushsection .text.sigsetjmp,\"ax\",%progbits",
    ".globl sigsetjmp", ".type sigsetjmp,%function",
    ".globl __sigsetjmp", ".type __sigsetjmp,%function",
    "sigsetjmp:",
    "__sigsetjmp:",
    save_regs!(),
    // (env, savemask) are still in x0, w1; x30 is the caller's: the mask
    // half returns 0 to it.
    "b {save}",
    ".size sigsetjmp, . - sigsetjmp",
    ".size __sigsetjmp, . - __sigsetjmp",
    ".popsection",
    ".pushsection .text.longjmp,\"ax\",%progbits",
    ".globl longjmp", ".type longjmp,%function",
    ".globl _longjmp", ".type _longjmp,%function",
    ".globl siglongjmp", ".type siglongjmp,%function",
    "longjmp:",
    "_longjmp:",
    "siglongjmp:",
    "ldr w2, [x0, #{ms}]",
    "cbnz w2, 3f",
    "1:",
    "ldp x19, x20, [x0, #0]",
    "ldp x21, x22, [x0, #16]",
    "ldp x23, x24, [x0, #32]",
    "ldp x25, x26, [x0, #48]",
    "ldp x27, x28, [x0, #64]",
    "ldp x29, x30, [x0, #80]",
    "ldr x2, [x0, #96]",
    "mov sp, x2",
    "ldp d8, d9, [x0, #104]",
    "ldp d10, d11, [x0, #120]",
    "ldp d12, d13, [x0, #136]",
    "ldp d14, d15, [x0, #152]",
    "cmp w1, #0",
    "cinc w0, w1, eq",
    "ret",
    // A saved mask: restore it first (x30 is reloaded from env after).
    "3:",
    "stp x0, x1, [sp, #-16]!",
    "bl {mask}",
    "ldp x0, x1, [sp], #16",
    "b 1b",
    ".size longjmp, . - longjmp",
    ".size _longjmp, . - _longjmp",
    ".size siglongjmp, . - siglongjmp",
    ".popsection",
    ms = const MASK_SAVED,
    save = sym sigjmp_save,
    mask = sym longjmp_mask,
);
