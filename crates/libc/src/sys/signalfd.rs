//! `<sys/signalfd.h>`: signals read from a descriptor (Linux extension),
//! over `signalfd4` (aarch64 and riscv64 have no `signalfd`).
use crate::kernel::ret_int;
use crate::signal::sigset_t;
use crate::types::*;

/// Linux `struct signalfd_siginfo`: 128 bytes on every arch, the kernel's.
#[repr(C)]
pub struct signalfd_siginfo {
    pub ssi_signo: u32,
    pub ssi_errno: i32,
    pub ssi_code: i32,
    pub ssi_pid: u32,
    pub ssi_uid: u32,
    pub ssi_fd: i32,
    pub ssi_tid: u32,
    pub ssi_band: u32,
    pub ssi_overrun: u32,
    pub ssi_trapno: u32,
    pub ssi_status: i32,
    pub ssi_int: i32,
    pub ssi_ptr: u64,
    pub ssi_utime: u64,
    pub ssi_stime: u64,
    pub ssi_addr: u64,
    pub ssi_addr_lsb: u16,
    pub __pad2: u16,
    pub ssi_syscall: i32,
    pub ssi_call_addr: u64,
    pub ssi_arch: u32,
    pub __pad: [u8; 28],
}

const _: () = assert!(core::mem::size_of::<signalfd_siginfo>() == 128);

/// The kernel's signal set size (`_NSIG / 8`: 64 signals).
const KSIGSET: usize = 8;

/// Linux `signalfd`: `fd` -1 makes a descriptor that reads the signals of
/// `mask` (`SFD_CLOEXEC`, `SFD_NONBLOCK`); an existing signalfd gets `mask`
/// as its new set.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn signalfd(fd: c_int, mask: *const sigset_t, flags: c_int) -> c_int {
    // SAFETY: the kernel checks the mask.
    ret_int(unsafe { sys!(__NR_signalfd4, fd, mask, KSIGSET, flags) })
}
