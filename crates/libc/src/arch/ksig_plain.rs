//! The kernel's `struct sigaction` where it has no `sa_restorer` field
//! (riscv64: the kernel returns through the vDSO's trampoline).
//!
//! qemu-user 7.2 for riscv64 reads and writes this struct as if it had
//! one (handler, flags, restorer, mask: measured with raw system calls;
//! glibc's handlers there run without their `sa_mask`). So the mask is
//! passed twice: at 16, where the kernel reads it (and qemu takes it for
//! a restorer it never uses without `SA_RESTORER`), and again at 24,
//! where qemu reads it. Read back, the word at 16 is the mask in both.
use crate::types::*;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct KSigaction {
    handler: usize,
    flags: c_ulong,
    mask: u64,
    qemu_mask: u64,
}
const _: () = {
    use core::mem::{offset_of, size_of};
    use syscall::nr::kernel_sigaction as K;
    assert!(offset_of!(KSigaction, qemu_mask) == size_of::<K>());
    assert!(offset_of!(KSigaction, flags) == offset_of!(K, sa_flags));
    assert!(offset_of!(KSigaction, mask) == offset_of!(K, sa_mask));
};

impl KSigaction {
    pub const DEFAULT: KSigaction = KSigaction {
        handler: 0,
        flags: 0,
        mask: 0,
        qemu_mask: 0,
    };

    pub fn new(handler: usize, flags: c_ulong, mask: u64) -> KSigaction {
        KSigaction {
            handler,
            flags,
            mask,
            qemu_mask: mask,
        }
    }

    pub fn handler(&self) -> usize {
        self.handler
    }
    pub fn flags(&self) -> c_ulong {
        self.flags
    }
    pub fn restorer(&self) -> usize {
        0
    }
    pub fn set_flags(&mut self, f: c_ulong) {
        self.flags = f;
    }
    pub fn mask(&self) -> u64 {
        self.mask
    }
}
