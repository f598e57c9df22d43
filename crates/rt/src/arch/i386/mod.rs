//! i386 runtime pieces: `%gs`-based TCB (variant II) set up with
//! `set_thread_area`; the TCB's sysinfo slot at `%gs:0x10` gets
//! `AT_SYSINFO` (the vDSO's `__kernel_vsyscall`) or, when the kernel gives
//! none (qemu-user), the `int $0x80; ret` stand-in.
#[path = "../x86/tcb.rs"]
mod tcb;
pub use tcb::{TCB_ALIGN, TCB_SIZE, THREAD_IN_TCB, TLS_ABOVE_TP, TLS_GAP, TP_OFFSET_IN_TCB, Tcb};

use crate::tls::Thread;
use core::arch::asm;
use core::mem::offset_of;

/// The calling thread's state: `%gs:0` is the TCB's self pointer.
#[inline(always)]
pub fn current_thread() -> *mut Thread {
    let tcb: usize;
    // SAFETY: after startup %gs:0 always holds the TCB self pointer.
    unsafe {
        asm!("mov {}, dword ptr gs:[0]", out(reg) tcb, options(nostack, readonly, preserves_flags))
    };
    (tcb + offset_of!(Tcb, thread)) as *mut Thread
}

/// The entry `%gs:0x10` gets at startup: `AT_SYSINFO` (the vDSO's
/// `__kernel_vsyscall`), or the `int $0x80; ret` stand-in when the kernel
/// gives none (qemu-user).
pub fn sysinfo_entry() -> usize {
    match crate::auxv::lookup(crate::auxv::AT_SYSINFO) {
        Some(v) if v != 0 => v,
        _ => syscall::int80_entry(),
    }
}

/// Once the vDSO is parsed: `AT_SYSINFO` must be the `__kernel_vsyscall`
/// the image's own symbol table names; if not, the slot falls back to the
/// `int $0x80` stand-in rather than trust either.
pub fn vdso_filled(vsyscall: usize) {
    let slot: usize;
    // SAFETY: reading this thread's TCB slot.
    unsafe {
        asm!("mov {}, dword ptr gs:[0x10]", out(reg) slot, options(nostack, readonly, preserves_flags))
    };
    if slot != syscall::int80_entry() && slot != vsyscall {
        // SAFETY: replacing the slot with another valid entry.
        unsafe {
            asm!("mov dword ptr gs:[0x10], {}", in(reg) syscall::int80_entry(), options(nostack, preserves_flags))
        };
    }
}

/// # Safety
/// `tcb` is zeroed memory of `TCB_SIZE` bytes, aligned.
pub unsafe fn init_tcb(tcb: usize, _tp: usize, canary: usize) {
    // SAFETY: forwarded contract.
    unsafe { tcb::fill(tcb, canary, sysinfo_entry()) }
}

/// `struct user_desc` flag bits: seg_32bit, limit_in_pages, useable.
const DESC_FLAGS: u32 = 0x01 | 0x10 | 0x40;

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
/// `tp` is a filled TCB that lives as long as the process.
pub unsafe fn set_thread_pointer(tp: usize) {
    // entry_number = -1 asks the kernel for a free GDT slot.
    let mut desc: [u32; 4] = [u32::MAX, tp as u32, 0xfffff, DESC_FLAGS];
    const _: () = assert!(core::mem::size_of::<syscall::nr::user_desc>() == 16);
    // SAFETY: set_thread_area reads and writes back the 16-byte descriptor.
    let r = unsafe {
        syscall::early::syscall1(
            syscall::nr::__NR_set_thread_area as usize,
            desc.as_mut_ptr() as usize,
        )
    };
    if r < 0 {
        crate::tls_fail();
    }
    let sel = (desc[0] << 3) | 3;
    // SAFETY: the selector names the descriptor the kernel just installed.
    unsafe { asm!("mov gs, {0:x}", in(reg) sel, options(nostack, preserves_flags)) };
}

/// The `tls` argument of `clone(CLONE_SETTLS)`: a `struct user_desc`
/// (filled into `desc`) for the GDT entry the calling thread's `%gs`
/// selects, with base `tp`. The child keeps the same selector, so the same
/// entry now maps its own TCB (`%gs:0x10` and `%gs:0x14` included).
pub fn clone_tls(tp: usize, desc: &mut [u32; 4]) -> usize {
    let sel: u32;
    // SAFETY: reading a segment register has no side effects.
    unsafe { asm!("mov {0:e}, gs", out(reg) sel, options(nostack, nomem, preserves_flags)) };
    *desc = [(sel & 0xffff) >> 3, tp as u32, 0xfffff, DESC_FLAGS];
    desc.as_mut_ptr() as usize
}

/// The mmap system call the early allocator uses (offset in pages; ours is always 0).
pub const NR_MMAP: usize = syscall::nr::__NR_mmap2 as usize;

use crate::vdso::Sym;

/// This arch's ELF machine, for validating the vDSO.
pub const ELF_MACHINE: u16 = crate::vdso::EM_386;

/// The vDSO symbols this arch's kernel exports, with their versions.
pub static VDSO_SYMBOLS: &[(Sym, &str, &str)] = &[
    (Sym::Vsyscall, "__kernel_vsyscall", "LINUX_2.5"),
    (Sym::ClockGettime, "__vdso_clock_gettime64", "LINUX_2.6"),
    (Sym::Gettimeofday, "__vdso_gettimeofday", "LINUX_2.6"),
    (Sym::Time, "__vdso_time", "LINUX_2.6"),
    (Sym::ClockGetres, "__vdso_clock_getres_time64", "LINUX_2.6"),
    (Sym::ClockGetres32, "__vdso_clock_getres", "LINUX_2.6"),
    (Sym::Getcpu, "__vdso_getcpu", "LINUX_2.6"),
];
