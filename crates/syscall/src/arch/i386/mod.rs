//! i386: number in eax, arguments in ebx ecx edx esi edi ebp.
//!
//! The normal path is glibc's: `call *%gs:0x10`, the TCB slot that holds
//! the vDSO's `__kernel_vsyscall` (or [`int80_entry`] when the kernel gives
//! none, as under qemu-user). [`early`] uses `int $0x80` directly, for code
//! that runs before `%gs` is set up or where the TCB may be gone.
//!
//! LLVM reserves ebx, esi and ebp in inline asm, so calls with up to three
//! arguments swap ebx through edi around the call, and calls with four or
//! more go through a small asm stub that loads all registers from the stack.
use core::arch::{asm, global_asm};

/// A cdecl `(nr, a1, …, a6) -> eax` stub that saves the callee-saved
/// registers, loads all seven from the stack and enters the kernel with
/// `$enter`.
macro_rules! sys_stub {
    ($name:literal, $enter:literal) => {
        concat!(
            ".globl ",
            $name,
            "\n.hidden ",
            $name,
            "\n.type ",
            $name,
            ",@function\n",
            $name,
            ":\n",
            "push ebp\npush edi\npush esi\npush ebx\n",
            "mov eax, [esp+20]\nmov ebx, [esp+24]\nmov ecx, [esp+28]\nmov edx, [esp+32]\n",
            "mov esi, [esp+36]\nmov edi, [esp+40]\nmov ebp, [esp+44]\n",
            $enter,
            "\n",
            "pop ebx\npop esi\npop edi\npop ebp\nret\n",
            ".size ",
            $name,
            ", .-",
            $name,
            "\n"
        )
    };
}

global_asm!(
    ".pushsection .text.__ferro_i386_sys,\"ax\",@progbits",
    sys_stub!("__ferro_i386_sys_gs", "call dword ptr gs:[0x10]"),
    sys_stub!("__ferro_i386_sys_int80", "int 0x80"),
    // The slot's stand-in when there is no AT_SYSINFO: same contract as
    // __kernel_vsyscall (number and arguments in registers, result in eax).
    ".globl __ferro_i386_int80_ret",
    ".hidden __ferro_i386_int80_ret",
    ".type __ferro_i386_int80_ret,@function",
    "__ferro_i386_int80_ret:",
    "int 0x80",
    "ret",
    ".size __ferro_i386_int80_ret, .-__ferro_i386_int80_ret",
    ".popsection",
);

unsafe extern "C" {
    fn __ferro_i386_sys_gs(
        n: usize,
        a1: usize,
        a2: usize,
        a3: usize,
        a4: usize,
        a5: usize,
        a6: usize,
    ) -> isize;
    fn __ferro_i386_sys_int80(
        n: usize,
        a1: usize,
        a2: usize,
        a3: usize,
        a4: usize,
        a5: usize,
        a6: usize,
    ) -> isize;
    fn __ferro_i386_int80_ret();
}

/// Address of the `int $0x80; ret` routine that stands in the `%gs:0x10`
/// slot when the kernel provides no `__kernel_vsyscall`.
pub fn int80_entry() -> usize {
    __ferro_i386_int80_ret as *const () as usize
}

/// Enter the kernel through `%gs:0x10` with no arguments.
///
/// # Safety
/// `%gs` must address a TCB whose 0x10 slot holds a vsyscall entry, and the
/// number and arguments must be valid for the kernel to act on.
#[inline(always)]
pub unsafe fn syscall0(n: usize) -> isize {
    let ret;
    // SAFETY: the caller guarantees the TCB slot; __kernel_vsyscall keeps all
    // registers but eax.
    unsafe {
        asm!("call dword ptr gs:[0x10]", inlateout("eax") n as isize => ret, options(preserves_flags))
    };
    ret
}

/// # Safety
/// As [`syscall0`].
#[inline(always)]
pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
    let ret;
    // SAFETY: as above; ebx is swapped through edi and restored.
    unsafe {
        asm!("xchg ebx, edi", "call dword ptr gs:[0x10]", "xchg ebx, edi",
             inlateout("eax") n as isize => ret, in("edi") a1, options(preserves_flags))
    };
    ret
}

/// # Safety
/// As [`syscall0`].
#[inline(always)]
pub unsafe fn syscall2(n: usize, a1: usize, a2: usize) -> isize {
    let ret;
    // SAFETY: as above.
    unsafe {
        asm!("xchg ebx, edi", "call dword ptr gs:[0x10]", "xchg ebx, edi",
             inlateout("eax") n as isize => ret, in("edi") a1, in("ecx") a2, options(preserves_flags))
    };
    ret
}

/// # Safety
/// As [`syscall0`].
#[inline(always)]
pub unsafe fn syscall3(n: usize, a1: usize, a2: usize, a3: usize) -> isize {
    let ret;
    // SAFETY: as above.
    unsafe {
        asm!("xchg ebx, edi", "call dword ptr gs:[0x10]", "xchg ebx, edi",
             inlateout("eax") n as isize => ret, in("edi") a1, in("ecx") a2, in("edx") a3,
             options(preserves_flags))
    };
    ret
}

/// # Safety
/// As [`syscall0`].
#[inline(always)]
pub unsafe fn syscall4(n: usize, a1: usize, a2: usize, a3: usize, a4: usize) -> isize {
    // SAFETY: the stub loads the registers from its cdecl arguments.
    unsafe { __ferro_i386_sys_gs(n, a1, a2, a3, a4, 0, 0) }
}

/// # Safety
/// As [`syscall0`].
#[inline(always)]
pub unsafe fn syscall5(n: usize, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize) -> isize {
    // SAFETY: as above.
    unsafe { __ferro_i386_sys_gs(n, a1, a2, a3, a4, a5, 0) }
}

/// # Safety
/// As [`syscall0`].
#[inline(always)]
pub unsafe fn syscall6(
    n: usize,
    a1: usize,
    a2: usize,
    a3: usize,
    a4: usize,
    a5: usize,
    a6: usize,
) -> isize {
    // SAFETY: as above.
    unsafe { __ferro_i386_sys_gs(n, a1, a2, a3, a4, a5, a6) }
}

/// `int $0x80` entry, usable before `%gs` is set up.
pub mod early {
    use super::__ferro_i386_sys_int80 as sys;

    /// # Safety
    /// A valid syscall number and arguments.
    #[inline(always)]
    pub unsafe fn syscall0(n: usize) -> isize {
        // SAFETY: the stub only loads registers and traps.
        unsafe { sys(n, 0, 0, 0, 0, 0, 0) }
    }
    /// # Safety
    /// As [`syscall0`].
    #[inline(always)]
    pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
        // SAFETY: as above.
        unsafe { sys(n, a1, 0, 0, 0, 0, 0) }
    }
    /// # Safety
    /// As [`syscall0`].
    #[inline(always)]
    pub unsafe fn syscall2(n: usize, a1: usize, a2: usize) -> isize {
        // SAFETY: as above.
        unsafe { sys(n, a1, a2, 0, 0, 0, 0) }
    }
    /// # Safety
    /// As [`syscall0`].
    #[inline(always)]
    pub unsafe fn syscall3(n: usize, a1: usize, a2: usize, a3: usize) -> isize {
        // SAFETY: as above.
        unsafe { sys(n, a1, a2, a3, 0, 0, 0) }
    }
    /// # Safety
    /// As [`syscall0`].
    #[inline(always)]
    pub unsafe fn syscall4(n: usize, a1: usize, a2: usize, a3: usize, a4: usize) -> isize {
        // SAFETY: as above.
        unsafe { sys(n, a1, a2, a3, a4, 0, 0) }
    }
    /// # Safety
    /// As [`syscall0`].
    #[inline(always)]
    pub unsafe fn syscall5(
        n: usize,
        a1: usize,
        a2: usize,
        a3: usize,
        a4: usize,
        a5: usize,
    ) -> isize {
        // SAFETY: as above.
        unsafe { sys(n, a1, a2, a3, a4, a5, 0) }
    }
    /// # Safety
    /// As [`syscall0`].
    #[inline(always)]
    pub unsafe fn syscall6(
        n: usize,
        a1: usize,
        a2: usize,
        a3: usize,
        a4: usize,
        a5: usize,
        a6: usize,
    ) -> isize {
        // SAFETY: as above.
        unsafe { sys(n, a1, a2, a3, a4, a5, a6) }
    }
}
