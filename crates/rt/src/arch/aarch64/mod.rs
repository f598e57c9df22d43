//! aarch64 runtime pieces: TCB variant I. `tpidr_el0` points at a 16-byte
//! header (dtv, reserved); TLS begins 16 bytes above it (rounded up to the
//! segment's alignment); our [`Thread`] sits just below. The stack-protector
//! canary is the global `__stack_chk_guard`, published by the libc.
use crate::tls::Thread;
use core::arch::asm;
use core::mem::{offset_of, size_of};

#[repr(C)]
pub struct Tcb {
    pub thread: Thread,
    pub dtv: usize,
    pub reserved: usize,
}

pub const TCB_SIZE: usize = size_of::<Tcb>();
pub const TCB_ALIGN: usize = 16;
pub const TLS_ABOVE_TP: bool = true;
pub const TLS_GAP: usize = 16;
pub const TP_OFFSET_IN_TCB: usize = offset_of!(Tcb, dtv);

#[inline(always)]
pub fn current_thread() -> *mut Thread {
    let tp: usize;
    // SAFETY: reading the thread pointer register has no side effects.
    unsafe { asm!("mrs {}, tpidr_el0", out(reg) tp, options(nostack, nomem, preserves_flags)) };
    (tp - TP_OFFSET_IN_TCB + offset_of!(Tcb, thread)) as *mut Thread
}

/// Where [`Thread`] sits in the TCB.
pub const THREAD_IN_TCB: usize = offset_of!(Tcb, thread);

/// A new thread's TCB needs nothing beyond zeroes here (the canary is
/// the global `__stack_chk_guard`).
///
/// # Safety
/// `tcb` is zeroed memory of `TCB_SIZE` bytes.
pub unsafe fn init_thread_tcb(_tcb: usize) {}

/// The `tls` argument of `clone(CLONE_SETTLS)`: the thread pointer itself.
pub fn clone_tls(tp: usize, _desc: &mut [u32; 4]) -> usize {
    tp
}

/// # Safety
/// `tcb` is zeroed memory of `TCB_SIZE` bytes.
pub unsafe fn init_tcb(_tcb: usize, _tp: usize, _canary: usize) {}

/// # Safety
/// `tp` is placed per this arch's layout and lives as long as the thread.
pub unsafe fn set_thread_pointer(tp: usize) {
    // SAFETY: only this thread's TLS register changes.
    unsafe { asm!("msr tpidr_el0, {}", in(reg) tp, options(nostack, nomem, preserves_flags)) };
}

/// The mmap system call the early allocator uses.
pub const NR_MMAP: usize = syscall::nr::__NR_mmap as usize;

use crate::vdso::Sym;

/// This arch's ELF machine, for validating the vDSO.
pub const ELF_MACHINE: u16 = crate::vdso::EM_AARCH64;

/// The vDSO symbols this arch's kernel exports, with their versions.
pub static VDSO_SYMBOLS: &[(Sym, &str, &str)] = &[
    (Sym::ClockGettime, "__kernel_clock_gettime", "LINUX_2.6.39"),
    (Sym::Gettimeofday, "__kernel_gettimeofday", "LINUX_2.6.39"),
    (Sym::ClockGetres, "__kernel_clock_getres", "LINUX_2.6.39"),
];

/// Called once the vDSO table is filled; nothing to check on this arch.
pub fn vdso_filled(_vsyscall: usize) {}
