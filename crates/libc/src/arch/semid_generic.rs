//! `struct semid_ds` as glibc and the kernel's generic `semid64_ds` lay it
//! out (i386, aarch64, riscv64; on i386 each time is the kernel's low and
//! high word, one 64-bit `time_t`).
use crate::sys::ipc::ipc_perm;
use crate::time::time_t;
use crate::types::*;

/// `struct semid_ds`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct semid_ds {
    pub sem_perm: ipc_perm,
    pub sem_otime: time_t,
    pub sem_ctime: time_t,
    pub sem_nsems: c_ulong,
    pub __glibc_reserved3: c_ulong,
    pub __glibc_reserved4: c_ulong,
}
