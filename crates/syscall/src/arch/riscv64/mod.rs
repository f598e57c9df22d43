//! riscv64: `ecall`, number in a7, arguments in a0-a5, result in a0.
use core::arch::asm;

/// Enter the kernel with no arguments.
///
/// # Safety
/// The caller must pass a valid syscall number and arguments the kernel may
/// act on (pointers valid for what the call does with them).
#[inline(always)]
pub unsafe fn syscall0(n: usize) -> isize {
    let ret;
    // SAFETY: the caller upholds the syscall's contract; registers follow the ABI.
    unsafe { asm!("ecall", in("a7") n, lateout("a0") ret, options(nostack, preserves_flags)) };
    ret
}

/// # Safety
/// As [`syscall0`].
#[inline(always)]
pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
    let ret;
    // SAFETY: as above.
    unsafe {
        asm!("ecall", in("a7") n, inlateout("a0") a1 as isize => ret, options(nostack, preserves_flags))
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
        asm!("ecall", in("a7") n, inlateout("a0") a1 as isize => ret, in("a1") a2,
             options(nostack, preserves_flags))
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
        asm!("ecall", in("a7") n, inlateout("a0") a1 as isize => ret, in("a1") a2, in("a2") a3,
             options(nostack, preserves_flags))
    };
    ret
}

/// # Safety
/// As [`syscall0`].
#[inline(always)]
pub unsafe fn syscall4(n: usize, a1: usize, a2: usize, a3: usize, a4: usize) -> isize {
    let ret;
    // SAFETY: as above.
    unsafe {
        asm!("ecall", in("a7") n, inlateout("a0") a1 as isize => ret, in("a1") a2, in("a2") a3,
             in("a3") a4, options(nostack, preserves_flags))
    };
    ret
}

/// # Safety
/// As [`syscall0`].
#[inline(always)]
pub unsafe fn syscall5(n: usize, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize) -> isize {
    let ret;
    // SAFETY: as above.
    unsafe {
        asm!("ecall", in("a7") n, inlateout("a0") a1 as isize => ret, in("a1") a2, in("a2") a3,
             in("a3") a4, in("a4") a5, options(nostack, preserves_flags))
    };
    ret
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
    let ret;
    // SAFETY: as above.
    unsafe {
        asm!("ecall", in("a7") n, inlateout("a0") a1 as isize => ret, in("a1") a2, in("a2") a3,
             in("a3") a4, in("a4") a5, in("a5") a6, options(nostack, preserves_flags))
    };
    ret
}

pub mod early {
    pub use super::{syscall0, syscall1, syscall2, syscall3, syscall4, syscall5, syscall6};
}
