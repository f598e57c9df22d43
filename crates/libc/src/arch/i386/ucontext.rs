//! i386 user contexts (see `crate::ucontext`). glibc's 364-byte
//! `ucontext_t`: `uc_mcontext.gregs` (the kernel's sigcontext order,
//! `REG_GS` … `REG_SS`) at 20, the `fpregs` pointer at 96, the mask at
//! 108 and `__fpregs_mem` (the x87 environment, then the registers and a
//! `status` word) at 236. A context keeps ebx esi edi ebp (the cdecl
//! callee-saved set), esp and eip, the x87 control word (at the start of
//! `__fpregs_mem`, where the kernel's frame has it too) and MXCSR (in the
//! last word of `__fpregs_mem`, which glibc's layout gives no other
//! place; `setcontext` reads it only from a context's own area, so for a
//! signal handler's context only the control word is restored). The
//! segment registers are not touched (%gs is the thread pointer).
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
    pub gregs: [i32; 19],
    pub fpregs: *mut u8,
    pub oldmask: c_ulong,
    pub cr2: c_ulong,
    pub uc_sigmask: sigset_t,
    pub __fpregs_mem: [u32; 28],
    pub __ssp: [u32; 4],
}
const _: () = {
    assert!(core::mem::size_of::<Ucontext>() == 364);
    assert!(offset_of!(Ucontext, gregs) == 20);
    assert!(offset_of!(Ucontext, fpregs) == 96);
    assert!(offset_of!(Ucontext, uc_sigmask) == 108);
    assert!(offset_of!(Ucontext, __fpregs_mem) == 236);
};

// `REG_*` indices of <sys/ucontext.h>.
const EDI: usize = 4;
const ESI: usize = 5;
const EBP: usize = 6;
const ESP: usize = 7;
const EBX: usize = 8;
const EIP: usize = 14;

/// Offset of `gregs[r]`.
const fn g(r: usize) -> usize {
    offset_of!(Ucontext, gregs) + 4 * r
}
/// Where MXCSR goes in `__fpregs_mem`: its last word (`status`).
const MXCSR: usize = 108;

/// Integer arguments a made context takes in registers: none in cdecl.
pub const REG_ARGS: usize = 0;
/// A call leaves the return address on the stack.
pub const RET_ON_STACK: bool = true;

/// A made context: `func` on the stack at `sp` (its return address, the
/// trampoline, and its arguments above it already there), `uc_link`
/// kept in ebx (a callee-saved register) for the trampoline.
#[cfg(not(test))]
pub fn enter(uc: &mut Ucontext, func: usize, sp: usize, _regs: &[c_ulong]) {
    uc.gregs[EIP] = func as i32;
    uc.gregs[ESP] = sp as i32;
    uc.gregs[EBX] = uc.uc_link as i32;
    uc.gregs[EBP] = 0;
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

/// Saves ebx esi edi ebp, the caller's esp and return address and the FP
/// control state at `[eax]` (ecx is scratch).
macro_rules! save_regs {
    () => {
        concat!(
            "mov [eax + {ebx}], ebx\n",
            "mov [eax + {esi}], esi\n",
            "mov [eax + {edi}], edi\n",
            "mov [eax + {ebp}], ebp\n",
            "lea ecx, [esp + 4]\n",
            "mov [eax + {esp}], ecx\n",
            "mov ecx, [esp]\n",
            "mov [eax + {eip}], ecx\n",
            "lea ecx, [eax + {fpmem}]\n",
            "mov [eax + {fpregs}], ecx\n",
            "fnstcw word ptr [ecx]\n",
            "stmxcsr dword ptr [ecx + {mxcsr}]\n",
        )
    };
}

#[cfg(not(test))]
core::arch::global_asm!(
    ".pushsection .text.ucontext,\"ax\",@progbits",
    ".globl getcontext", ".type getcontext,@function",
    "getcontext:",
    "mov eax, [esp + 4]",
    save_regs!(),
    // The mask half takes the mask's address in our argument slot (a
    // cdecl callee owns it) and returns to our caller.
    "lea ecx, [eax + {mask}]",
    "mov [esp + 4], ecx",
    "jmp {getmask}",
    ".size getcontext, . - getcontext",
    ".globl setcontext", ".type setcontext,@function",
    ".globl __ferro_setcontext", ".hidden __ferro_setcontext",
    "setcontext:",
    "__ferro_setcontext:",
    "mov eax, [esp + 4]",
    "lea ecx, [eax + {mask}]",
    // (esp is 12 off 16: 8 more and the push align the call.)
    "sub esp, 8",
    "push ecx",
    "call {setmask}",
    "add esp, 12",
    "test eax, eax",
    "jnz 9f",
    "mov eax, [esp + 4]",
    // Load the context at eax (swapcontext joins here).
    "2:",
    "mov ecx, [eax + {fpregs}]",
    "test ecx, ecx",
    "jz 3f",
    "fldcw word ptr [ecx]",
    "lea edx, [eax + {fpmem}]",
    "cmp ecx, edx",
    "jne 3f",
    "ldmxcsr dword ptr [ecx + {mxcsr}]",
    "3:",
    "mov ebx, [eax + {ebx}]",
    "mov esi, [eax + {esi}]",
    "mov edi, [eax + {edi}]",
    "mov ebp, [eax + {ebp}]",
    "mov ecx, [eax + {eip}]",
    "mov esp, [eax + {esp}]",
    "xor eax, eax",
    "jmp ecx",
    // The mask call failed: its -1 (errno set) to our caller.
    "9:",
    "ret",
    ".size setcontext, . - setcontext",
    ".size __ferro_setcontext, . - __ferro_setcontext",
    ".globl swapcontext", ".type swapcontext,@function",
    "swapcontext:",
    "mov eax, [esp + 4]",
    save_regs!(),
    "mov edx, [esp + 8]",
    "lea ecx, [eax + {mask}]",
    "lea edx, [edx + {mask}]",
    // (esp is 12 off 16: 4 more and two pushes align the call.)
    "sub esp, 4",
    "push ecx",
    "push edx",
    "call {swapmask}",
    "add esp, 12",
    "test eax, eax",
    "jnz 9b",
    "mov eax, [esp + 8]",
    "jmp 2b",
    ".size swapcontext, . - swapcontext",
    // A made context's function returns here (esp 16-aligned), with
    // uc_link in ebx.
    ".globl __ferro_uc_start", ".hidden __ferro_uc_start",
    ".type __ferro_uc_start,@function",
    "__ferro_uc_start:",
    "sub esp, 12",
    "push ebx",
    "call {finish}",
    "ud2",
    ".size __ferro_uc_start, . - __ferro_uc_start",
    ".popsection",
    ebx = const g(EBX),
    esi = const g(ESI),
    edi = const g(EDI),
    ebp = const g(EBP),
    esp = const g(ESP),
    eip = const g(EIP),
    fpmem = const offset_of!(Ucontext, __fpregs_mem),
    fpregs = const offset_of!(Ucontext, fpregs),
    mxcsr = const MXCSR,
    mask = const offset_of!(Ucontext, uc_sigmask),
    getmask = sym crate::ucontext::uc_getmask,
    setmask = sym crate::ucontext::uc_setmask,
    swapmask = sym crate::ucontext::uc_swapmask,
    finish = sym crate::ucontext::uc_finish,
);
