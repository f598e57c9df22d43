//! riscv64 runtime pieces: TCB variant I with no gap. `tp` points at the
//! start of the TLS block; our [`Thread`] sits just below it. The
//! stack-protector canary is the global `__stack_chk_guard`.
use crate::tls::Thread;
use core::arch::asm;
use core::mem::{offset_of, size_of};

#[repr(C)]
pub struct Tcb {
    pub thread: Thread,
}

pub const TCB_SIZE: usize = size_of::<Tcb>();
pub const TCB_ALIGN: usize = 16;
pub const TLS_ABOVE_TP: bool = true;
pub const TLS_GAP: usize = 0;
pub const TP_OFFSET_IN_TCB: usize = size_of::<Tcb>();

#[inline(always)]
pub fn current_thread() -> *mut Thread {
    let tp: usize;
    // SAFETY: reading tp has no side effects.
    unsafe { asm!("mv {}, tp", out(reg) tp, options(nostack, nomem, preserves_flags)) };
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
    // SAFETY: only this thread's tp register changes.
    unsafe { asm!("mv tp, {}", in(reg) tp, options(nostack, nomem, preserves_flags)) };
}

/// The mmap system call the early allocator uses.
pub const NR_MMAP: usize = syscall::nr::__NR_mmap as usize;

use crate::vdso::Sym;

/// This arch's ELF machine, for validating the vDSO.
pub const ELF_MACHINE: u16 = crate::vdso::EM_RISCV;

/// The vDSO symbols this arch's kernel exports, with their versions.
pub static VDSO_SYMBOLS: &[(Sym, &str, &str)] = &[
    (Sym::ClockGettime, "__vdso_clock_gettime", "LINUX_4.15"),
    (Sym::Gettimeofday, "__vdso_gettimeofday", "LINUX_4.15"),
    (Sym::ClockGetres, "__vdso_clock_getres", "LINUX_4.15"),
    (Sym::Getcpu, "__vdso_getcpu", "LINUX_4.15"),
];

/// Called once the vDSO table is filled; nothing to check on this arch.
pub fn vdso_filled(_vsyscall: usize) {}
