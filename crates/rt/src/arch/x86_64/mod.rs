//! x86_64 runtime pieces: `%fs`-based TCB (variant II).
#[path = "../x86/tcb.rs"]
mod tcb;
pub use tcb::{TCB_ALIGN, TCB_SIZE, THREAD_IN_TCB, TLS_ABOVE_TP, TLS_GAP, TP_OFFSET_IN_TCB, Tcb};

use crate::tls::Thread;
use core::arch::asm;
use core::mem::offset_of;

/// The calling thread's state: `%fs:0` is the TCB's self pointer.
#[inline(always)]
pub fn current_thread() -> *mut Thread {
    let tcb: usize;
    // SAFETY: after startup %fs:0 always holds the TCB self pointer.
    unsafe {
        asm!("mov {}, qword ptr fs:[0]", out(reg) tcb, options(nostack, readonly, preserves_flags))
    };
    (tcb + offset_of!(Tcb, thread)) as *mut Thread
}

/// # Safety
/// `tcb` is zeroed memory of `TCB_SIZE` bytes, aligned.
pub unsafe fn init_tcb(tcb: usize, _tp: usize, canary: usize) {
    // SAFETY: forwarded contract.
    unsafe { tcb::fill(tcb, canary, 0) }
}

/// Fill a new thread's TCB from the calling thread's.
///
/// # Safety
/// `tcb` is zeroed memory of `TCB_SIZE` bytes, aligned.
pub unsafe fn init_thread_tcb(tcb: usize) {
    let cur = current_thread() as usize - offset_of!(Tcb, thread);
    // SAFETY: forwarded contract; `cur` is this thread's TCB.
    unsafe { tcb::fill_from(tcb, cur) }
}

/// # Safety
/// `tp` is a filled TCB that lives as long as the thread.
pub unsafe fn set_thread_pointer(tp: usize) {
    // SAFETY: arch_prctl(ARCH_SET_FS) only changes this thread's %fs base.
    let r = unsafe { syscall::syscall2(syscall::nr::__NR_arch_prctl as usize, ARCH_SET_FS, tp) };
    if r < 0 {
        crate::tls_fail();
    }
}

const ARCH_SET_FS: usize = 0x1002;

/// The `tls` argument of `clone(CLONE_SETTLS)`: the new `%fs` base.
pub fn clone_tls(tp: usize, _desc: &mut [u32; 4]) -> usize {
    tp
}

/// The mmap system call the early allocator uses.
pub const NR_MMAP: usize = syscall::nr::__NR_mmap as usize;

use crate::vdso::Sym;

/// This arch's ELF machine, for validating the vDSO.
pub const ELF_MACHINE: u16 = crate::vdso::EM_X86_64;

/// The vDSO symbols this arch's kernel exports, with their versions.
pub static VDSO_SYMBOLS: &[(Sym, &str, &str)] = &[
    (Sym::ClockGettime, "__vdso_clock_gettime", "LINUX_2.6"),
    (Sym::Gettimeofday, "__vdso_gettimeofday", "LINUX_2.6"),
    (Sym::Time, "__vdso_time", "LINUX_2.6"),
    (Sym::ClockGetres, "__vdso_clock_getres", "LINUX_2.6"),
    (Sym::Getcpu, "__vdso_getcpu", "LINUX_2.6"),
    (Sym::Getrandom, "__vdso_getrandom", "LINUX_2.6"),
];

/// Called once the vDSO table is filled; nothing to check on this arch.
pub fn vdso_filled(_vsyscall: usize) {}
