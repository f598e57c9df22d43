//! The kernel's `struct sigaction` where it has an `sa_restorer` field
//! (x86_64, i386, aarch64): handler, flags, restorer, the 64-bit set.
use crate::types::*;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct KSigaction {
    handler: usize,
    flags: c_ulong,
    restorer: usize,
    mask: [c_ulong; 8 / core::mem::size_of::<c_ulong>()],
}
const _: () = {
    use core::mem::{offset_of, size_of};
    use syscall::nr::kernel_sigaction as K;
    assert!(size_of::<KSigaction>() == size_of::<K>());
    assert!(offset_of!(KSigaction, flags) == offset_of!(K, sa_flags));
    assert!(offset_of!(KSigaction, restorer) == offset_of!(K, sa_restorer));
    assert!(offset_of!(KSigaction, mask) == offset_of!(K, sa_mask));
};

impl KSigaction {
    pub const DEFAULT: KSigaction = KSigaction {
        handler: 0,
        flags: 0,
        restorer: 0,
        mask: [0; 8 / core::mem::size_of::<c_ulong>()],
    };

    /// `handler` with `flags` and blocked set `mask`; the arch's return
    /// trampoline, if it needs one, as the restorer.
    pub fn new(handler: usize, flags: c_ulong, mask: u64) -> KSigaction {
        let mut k = KSigaction {
            handler,
            flags,
            restorer: 0,
            mask: [0; 8 / core::mem::size_of::<c_ulong>()],
        };
        if let Some(r) = super::restorer(flags) {
            k.restorer = r;
            k.flags |= syscall::nr::SA_RESTORER as c_ulong;
        }
        k.set_mask(mask);
        k
    }

    pub fn handler(&self) -> usize {
        self.handler
    }
    pub fn flags(&self) -> c_ulong {
        self.flags
    }
    pub fn restorer(&self) -> usize {
        self.restorer
    }
    pub fn set_flags(&mut self, f: c_ulong) {
        self.flags = f;
    }
    pub fn mask(&self) -> u64 {
        // SAFETY: the field is 8 bytes.
        unsafe { (&raw const self.mask as *const u64).read_unaligned() }
    }
    fn set_mask(&mut self, m: u64) {
        // SAFETY: the field is 8 bytes.
        unsafe { (&raw mut self.mask as *mut u64).write_unaligned(m) }
    }
}
