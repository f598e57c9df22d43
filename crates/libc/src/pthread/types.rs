//! The C types of `<pthread.h>`, `<semaphore.h>` and `<threads.h>`:
//! opaque storage with glibc's size and alignment on each arch (the
//! numbers of `include/arch/*/bits/pthreadsize.h`), so structs that embed
//! them have glibc's layout. Written out per arch (not through a macro or
//! a constant) so the prototype and layout check reads each one.
use crate::types::*;

/// `pthread_attr_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union pthread_attr_t {
    pub __size: [c_char; 56],
    pub __align: c_long,
}

/// `pthread_attr_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union pthread_attr_t {
    pub __size: [c_char; 64],
    pub __align: c_long,
}

/// `pthread_attr_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union pthread_attr_t {
    pub __size: [c_char; 36],
    pub __align: c_long,
}

/// `pthread_mutex_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union pthread_mutex_t {
    pub __size: [c_char; 40],
    pub __align: c_long,
}

/// `mtx_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union mtx_t {
    pub __size: [c_char; 40],
    pub __align: c_long,
}

/// `pthread_mutex_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union pthread_mutex_t {
    pub __size: [c_char; 48],
    pub __align: c_long,
}

/// `mtx_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union mtx_t {
    pub __size: [c_char; 48],
    pub __align: c_long,
}

/// `pthread_mutex_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union pthread_mutex_t {
    pub __size: [c_char; 24],
    pub __align: c_long,
}

/// `mtx_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union mtx_t {
    pub __size: [c_char; 24],
    pub __align: c_long,
}

/// `pthread_mutexattr_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union pthread_mutexattr_t {
    pub __size: [c_char; 4],
    pub __align: c_int,
}

/// `pthread_mutexattr_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union pthread_mutexattr_t {
    pub __size: [c_char; 8],
    pub __align: c_int,
}

/// `pthread_mutexattr_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union pthread_mutexattr_t {
    pub __size: [c_char; 4],
    pub __align: c_int,
}

/// `pthread_cond_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union pthread_cond_t {
    pub __size: [c_char; 48],
    pub __align: c_long,
}

/// `cnd_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union cnd_t {
    pub __size: [c_char; 48],
    pub __align: c_long,
}

/// `pthread_cond_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union pthread_cond_t {
    pub __size: [c_char; 48],
    pub __align: c_long,
}

/// `cnd_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union cnd_t {
    pub __size: [c_char; 48],
    pub __align: c_long,
}

/// `pthread_cond_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union pthread_cond_t {
    pub __size: [c_char; 48],
    pub __align: c_long,
}

/// `cnd_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union cnd_t {
    pub __size: [c_char; 48],
    pub __align: c_long,
}

/// `pthread_condattr_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union pthread_condattr_t {
    pub __size: [c_char; 4],
    pub __align: c_int,
}

/// `pthread_condattr_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union pthread_condattr_t {
    pub __size: [c_char; 8],
    pub __align: c_int,
}

/// `pthread_condattr_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union pthread_condattr_t {
    pub __size: [c_char; 4],
    pub __align: c_int,
}

/// `pthread_rwlock_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union pthread_rwlock_t {
    pub __size: [c_char; 56],
    pub __align: c_long,
}

/// `pthread_rwlock_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union pthread_rwlock_t {
    pub __size: [c_char; 56],
    pub __align: c_long,
}

/// `pthread_rwlock_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union pthread_rwlock_t {
    pub __size: [c_char; 32],
    pub __align: c_long,
}

/// `pthread_rwlockattr_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union pthread_rwlockattr_t {
    pub __size: [c_char; 8],
    pub __align: c_long,
}

/// `pthread_rwlockattr_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union pthread_rwlockattr_t {
    pub __size: [c_char; 8],
    pub __align: c_long,
}

/// `pthread_rwlockattr_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union pthread_rwlockattr_t {
    pub __size: [c_char; 8],
    pub __align: c_long,
}

/// `pthread_barrier_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union pthread_barrier_t {
    pub __size: [c_char; 32],
    pub __align: c_long,
}

/// `pthread_barrier_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union pthread_barrier_t {
    pub __size: [c_char; 32],
    pub __align: c_long,
}

/// `pthread_barrier_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union pthread_barrier_t {
    pub __size: [c_char; 20],
    pub __align: c_long,
}

/// `pthread_barrierattr_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union pthread_barrierattr_t {
    pub __size: [c_char; 4],
    pub __align: c_int,
}

/// `pthread_barrierattr_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union pthread_barrierattr_t {
    pub __size: [c_char; 8],
    pub __align: c_int,
}

/// `pthread_barrierattr_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union pthread_barrierattr_t {
    pub __size: [c_char; 4],
    pub __align: c_int,
}

/// `sem_t`.
#[cfg(any(target_arch = "x86_64", target_arch = "riscv64"))]
#[repr(C)]
pub union sem_t {
    pub __size: [c_char; 32],
    pub __align: c_long,
}

/// `sem_t`.
#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub union sem_t {
    pub __size: [c_char; 32],
    pub __align: c_long,
}

/// `sem_t`.
#[cfg(target_arch = "x86")]
#[repr(C)]
pub union sem_t {
    pub __size: [c_char; 16],
    pub __align: c_long,
}
