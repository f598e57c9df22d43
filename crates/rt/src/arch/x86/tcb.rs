//! The x86 (x86_64 and i386) TCB: variant II, glibc's `tcbhead_t` prefix so
//! gcc-generated code finds the self pointer at `tp+0`, the stack-protector
//! canary at `%fs:0x28` / `%gs:0x14` and (i386) the vsyscall entry at
//! `%gs:0x10`.
use crate::tls::Thread;
use core::mem::{offset_of, size_of};

#[repr(C)]
pub struct Tcb {
    pub self_ptr: usize,
    pub dtv: usize,
    pub self2: usize,
    pub multiple_threads: usize,
    pub sysinfo: usize,
    pub stack_guard: usize,
    pub pointer_guard: usize,
    pub thread: Thread,
}

#[cfg(target_arch = "x86_64")]
const _: () = assert!(offset_of!(Tcb, stack_guard) == 0x28);
#[cfg(target_arch = "x86")]
const _: () = {
    assert!(offset_of!(Tcb, sysinfo) == 0x10);
    assert!(offset_of!(Tcb, stack_guard) == 0x14);
};

pub const TCB_SIZE: usize = size_of::<Tcb>();
pub const TCB_ALIGN: usize = core::mem::align_of::<Tcb>();
pub const TLS_ABOVE_TP: bool = false;
pub const TLS_GAP: usize = 0;
pub const TP_OFFSET_IN_TCB: usize = 0;
/// Where [`Thread`] sits in the TCB.
pub const THREAD_IN_TCB: usize = offset_of!(Tcb, thread);

/// Fill a zeroed TCB at `tcb` (== tp on x86).
///
/// # Safety
/// `tcb` is writable, aligned memory of `TCB_SIZE` bytes.
pub unsafe fn fill(tcb: usize, canary: usize, sysinfo: usize) {
    let t = tcb as *mut Tcb;
    // SAFETY: per the contract.
    unsafe {
        (*t).self_ptr = tcb;
        (*t).self2 = tcb;
        (*t).sysinfo = sysinfo;
        (*t).stack_guard = canary;
    }
}

/// Fill a new thread's zeroed TCB at `tcb` from the TCB at `cur` (the
/// creating thread's): the same canary and sysinfo entry.
///
/// # Safety
/// Both are TCBs; `tcb` is writable and zeroed.
pub unsafe fn fill_from(tcb: usize, cur: usize) {
    let c = cur as *const Tcb;
    // SAFETY: per the contract.
    unsafe { fill(tcb, (*c).stack_guard, (*c).sysinfo) }
}
