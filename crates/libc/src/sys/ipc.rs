//! `<sys/ipc.h>`, `<sys/shm.h>`, `<sys/sem.h>`, `<sys/msg.h>`: System V
//! IPC (POSIX XSI). glibc's structures are the kernel's `ipc64` ones on
//! every arch, which the direct system calls use (on i386 the split
//! times, low word then `_high`, form glibc's 64-bit `time_t`), so the
//! `*ctl` calls pass them through.
//! `semctl` is variadic in C (c/variadic.c passes its `union semun` on).
use crate::arch;
use crate::kernel::{ret, ret_int};
use crate::time::time_t;
use crate::types::*;

pub use crate::arch::semid_ds;

/// `struct ipc_perm`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ipc_perm {
    pub __key: key_t,
    pub uid: uid_t,
    pub gid: gid_t,
    pub cuid: uid_t,
    pub cgid: gid_t,
    pub mode: mode_t,
    pub __seq: u16,
    pub __pad2: u16,
    pub __glibc_reserved1: c_ulong,
    pub __glibc_reserved2: c_ulong,
}

/// `struct shmid_ds`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct shmid_ds {
    pub shm_perm: ipc_perm,
    pub shm_segsz: size_t,
    pub shm_atime: time_t,
    pub shm_dtime: time_t,
    pub shm_ctime: time_t,
    pub shm_cpid: pid_t,
    pub shm_lpid: pid_t,
    pub shm_nattch: c_ulong,
    pub __glibc_reserved5: c_ulong,
    pub __glibc_reserved6: c_ulong,
}

/// `struct msqid_ds`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct msqid_ds {
    pub msg_perm: ipc_perm,
    pub msg_stime: time_t,
    pub msg_rtime: time_t,
    pub msg_ctime: time_t,
    pub __msg_cbytes: c_ulong,
    pub msg_qnum: c_ulong,
    pub msg_qbytes: c_ulong,
    pub msg_lspid: pid_t,
    pub msg_lrpid: pid_t,
    pub __glibc_reserved4: c_ulong,
    pub __glibc_reserved5: c_ulong,
}

/// `struct sembuf`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sembuf {
    pub sem_num: u16,
    pub sem_op: i16,
    pub sem_flg: i16,
}

#[cfg(target_pointer_width = "64")]
const _: () = {
    assert!(core::mem::size_of::<ipc_perm>() == 48);
    assert!(core::mem::size_of::<shmid_ds>() == 112);
    assert!(core::mem::size_of::<msqid_ds>() == 120);
};
#[cfg(target_pointer_width = "32")]
const _: () = {
    assert!(core::mem::size_of::<ipc_perm>() == 36);
    assert!(core::mem::size_of::<shmid_ds>() == 84);
    assert!(core::mem::size_of::<msqid_ds>() == 88);
    assert!(core::mem::size_of::<semid_ds>() == 64);
};

/// POSIX (XSI) `ftok`: a key from the file's inode and device numbers and
/// the low 8 bits of `id`, as glibc forms it; -1 when `path` cannot be
/// stat'ed.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ftok(path: *const c_char, id: c_int) -> key_t {
    let mut st = crate::sys::stat::stat::default();
    // SAFETY: a C path and a local stat buffer.
    if unsafe { crate::sys::stat::stat(path, &mut st) } < 0 {
        return -1;
    }
    ((st.st_ino & 0xffff) as u32
        | (((st.st_dev & 0xff) as u32) << 16)
        | (((id & 0xff) as u32) << 24)) as key_t
}

/// POSIX (XSI) `shmget`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn shmget(key: key_t, size: size_t, flags: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_shmget, key, size, flags) })
}

/// POSIX (XSI) `shmat`: the segment's address, or `(void *)-1` with errno.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn shmat(id: c_int, addr: *const c_void, flags: c_int) -> *mut c_void {
    // SAFETY: the kernel checks the address.
    ret(unsafe { sys!(__NR_shmat, id, addr, flags) }) as *mut c_void
}

/// POSIX (XSI) `shmdt`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn shmdt(addr: *const c_void) -> c_int {
    // SAFETY: the kernel checks the address.
    ret_int(unsafe { sys!(__NR_shmdt, addr) })
}

/// POSIX (XSI) `shmctl` (and the GNU `IPC_INFO`, `SHM_INFO`, `SHM_STAT`,
/// `SHM_LOCK` … commands).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn shmctl(id: c_int, cmd: c_int, buf: *mut shmid_ds) -> c_int {
    // SAFETY: the kernel checks the buffer.
    ret_int(unsafe { sys!(__NR_shmctl, id, cmd, buf) })
}

/// POSIX (XSI) `semget`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn semget(key: key_t, n: c_int, flags: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_semget, key, n, flags) })
}

/// POSIX (XSI) `semop`: `semtimedop` without a timeout.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn semop(id: c_int, ops: *mut sembuf, n: size_t) -> c_int {
    // SAFETY: as semtimedop.
    unsafe { semtimedop(id, ops, n, core::ptr::null()) }
}

/// GNU `semtimedop`: `semop` that gives up with EAGAIN after `timeout`
/// (a 64-bit `struct timespec` on every arch).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn semtimedop(
    id: c_int,
    ops: *mut sembuf,
    n: size_t,
    timeout: *const crate::time::timespec,
) -> c_int {
    let mut k = crate::time::KTimespec::default();
    // SAFETY: the kernel checks the operations; the timeout is the
    // caller's or our copy of it.
    ret_int(unsafe {
        syscall::syscall4(
            arch::NR_SEMTIMEDOP,
            id as usize,
            ops as usize,
            n,
            crate::time::KTimespec::input(timeout, &mut k),
        )
    })
}

/// The body of `semctl` (c/variadic.c reads the optional `union semun`
/// and passes its bits).
///
/// # Safety
/// `arg` is what `cmd` wants (a value, or a pointer the kernel checks).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_semctl(id: c_int, num: c_int, cmd: c_int, arg: c_ulong) -> c_int {
    // SAFETY: as above.
    ret_int(unsafe { sys!(__NR_semctl, id, num, cmd, arg) })
}

/// POSIX (XSI) `msgget`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn msgget(key: key_t, flags: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_msgget, key, flags) })
}

/// POSIX (XSI) `msgsnd`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn msgsnd(
    id: c_int,
    msg: *const c_void,
    size: size_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the kernel checks the message.
    ret_int(unsafe { cp!(__NR_msgsnd, id, msg, size, flags) })
}

/// POSIX (XSI) `msgrcv`: the bytes of text received, or -1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn msgrcv(
    id: c_int,
    msg: *mut c_void,
    size: size_t,
    ty: c_long,
    flags: c_int,
) -> ssize_t {
    // SAFETY: the kernel checks the buffer.
    ret(unsafe { cp!(__NR_msgrcv, id, msg, size, ty, flags) }) as ssize_t
}

/// POSIX (XSI) `msgctl`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn msgctl(id: c_int, cmd: c_int, buf: *mut msqid_ds) -> c_int {
    // SAFETY: the kernel checks the buffer.
    ret_int(unsafe { sys!(__NR_msgctl, id, cmd, buf) })
}
