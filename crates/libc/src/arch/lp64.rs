//! Calls whose shape is the same on the 64-bit arches (x86_64, aarch64,
//! riscv64): 64-bit offsets fit one register, ids are 32-bit natively.
use crate::types::*;

pub const O_LARGEFILE: c_int = 0;

#[inline]
pub unsafe fn lseek(fd: c_int, off: off_t, whence: c_int) -> Result<off_t, i32> {
    // SAFETY: plain values.
    syscall::decode(unsafe { sys!(__NR_lseek, fd, off, whence) }).map(|v| v as off_t)
}

#[inline]
pub unsafe fn ftruncate(fd: c_int, len: off_t) -> isize {
    // SAFETY: plain values.
    unsafe { sys!(__NR_ftruncate, fd, len) }
}

#[inline]
pub unsafe fn pread(fd: c_int, buf: *mut c_void, n: size_t, off: off_t) -> isize {
    // SAFETY: the kernel checks the buffer.
    unsafe { sys!(__NR_pread64, fd, buf, n, off) }
}

/// [`pread`] as a cancellation point.
#[inline]
pub unsafe fn pread_cp(fd: c_int, buf: *mut c_void, n: size_t, off: off_t) -> isize {
    // SAFETY: forwarded; the kernel checks the buffer.
    unsafe { cp!(__NR_pread64, fd, buf, n, off) }
}

/// [`pwrite`] as a cancellation point.
#[inline]
pub unsafe fn pwrite_cp(fd: c_int, buf: *const c_void, n: size_t, off: off_t) -> isize {
    // SAFETY: forwarded; the kernel checks the buffer.
    unsafe { cp!(__NR_pwrite64, fd, buf, n, off) }
}

#[inline]
pub unsafe fn pwrite(fd: c_int, buf: *const c_void, n: size_t, off: off_t) -> isize {
    // SAFETY: the kernel checks the buffer.
    unsafe { sys!(__NR_pwrite64, fd, buf, n, off) }
}

#[inline]
pub unsafe fn truncate(path: *const c_char, len: off_t) -> isize {
    // SAFETY: the kernel validates the path pointer.
    unsafe { sys!(__NR_truncate, path, len) }
}

#[inline]
pub unsafe fn mmap(
    addr: *mut c_void,
    len: size_t,
    prot: c_int,
    flags: c_int,
    fd: c_int,
    off: off_t,
) -> isize {
    // SAFETY: the caller's mapping request; the kernel validates it.
    unsafe { sys!(__NR_mmap, addr, len, prot, flags, fd, off) }
}

pub const NR_GETUID: usize = syscall::nr::__NR_getuid as usize;
/// `fchown` with 32-bit ids.
pub const NR_FCHOWN: usize = syscall::nr::__NR_fchown as usize;
/// `utimensat` with 64-bit times.
pub const NR_UTIMENSAT: usize = syscall::nr::__NR_utimensat as usize;
pub const NR_GETEUID: usize = syscall::nr::__NR_geteuid as usize;
pub const NR_GETGID: usize = syscall::nr::__NR_getgid as usize;
pub const NR_GETEGID: usize = syscall::nr::__NR_getegid as usize;
/// Id system calls (32-bit ids natively).
pub const NR_SETUID: usize = syscall::nr::__NR_setuid as usize;
pub const NR_SETGID: usize = syscall::nr::__NR_setgid as usize;
pub const NR_SETREUID: usize = syscall::nr::__NR_setreuid as usize;
pub const NR_SETREGID: usize = syscall::nr::__NR_setregid as usize;
pub const NR_SETRESUID: usize = syscall::nr::__NR_setresuid as usize;
pub const NR_SETRESGID: usize = syscall::nr::__NR_setresgid as usize;
pub const NR_GETRESUID: usize = syscall::nr::__NR_getresuid as usize;
pub const NR_GETRESGID: usize = syscall::nr::__NR_getresgid as usize;
pub const NR_GETGROUPS: usize = syscall::nr::__NR_getgroups as usize;
pub const NR_SETGROUPS: usize = syscall::nr::__NR_setgroups as usize;
pub const NR_FCNTL: usize = syscall::nr::__NR_fcntl as usize;

/// Time system calls (64-bit `time_t` natively).
pub const NR_CLOCK_GETTIME: usize = syscall::nr::__NR_clock_gettime as usize;
pub const NR_PPOLL: usize = syscall::nr::__NR_ppoll as usize;
pub const NR_PSELECT6: usize = syscall::nr::__NR_pselect6 as usize;
pub const NR_CLOCK_GETRES: usize = syscall::nr::__NR_clock_getres as usize;
pub const NR_CLOCK_SETTIME: usize = syscall::nr::__NR_clock_settime as usize;
pub const NR_CLOCK_ADJTIME: usize = syscall::nr::__NR_clock_adjtime as usize;
/// `semtimedop` with the arch's 64-bit `struct timespec`.
pub const NR_SEMTIMEDOP: usize = syscall::nr::__NR_semtimedop as usize;
pub const NR_SCHED_RR_GET_INTERVAL: usize = syscall::nr::__NR_sched_rr_get_interval as usize;
pub const NR_CLOCK_NANOSLEEP: usize = syscall::nr::__NR_clock_nanosleep as usize;
pub const NR_MQ_TIMEDSEND: usize = syscall::nr::__NR_mq_timedsend as usize;
pub const NR_MQ_TIMEDRECEIVE: usize = syscall::nr::__NR_mq_timedreceive as usize;
pub const NR_RT_SIGTIMEDWAIT: usize = syscall::nr::__NR_rt_sigtimedwait as usize;
/// The vDSO's gettimeofday and time use 64-bit `time_t` here.
pub const VDSO_TIMEVAL_IS_64: bool = true;
/// `struct timespec` is the kernel's `__kernel_timespec`: pass it as is.
pub const TIMESPEC_IS_KERNEL: bool = true;

/// `wait4`: the kernel's `struct rusage` is ours on the 64-bit arches.
#[inline]
pub unsafe fn wait4_cp(pid: pid_t, st: *mut c_int, opt: c_int, ru: *mut rusage) -> isize {
    // SAFETY: the kernel checks both pointers.
    unsafe { cp!(__NR_wait4, pid, st, opt, ru) }
}
/// `getrusage`: the kernel's `struct rusage` is ours (64-bit timevals).
#[inline]
pub unsafe fn getrusage(who: c_int, r: *mut crate::sys::resource::rusage) -> isize {
    // SAFETY: the kernel checks the pointer.
    unsafe { sys!(__NR_getrusage, who, r) }
}

/// glibc's `struct statfs` on the 64-bit arches: the kernel's, word-sized
/// counts.
#[repr(C)]
pub struct statfs {
    pub f_type: c_long,
    pub f_bsize: c_long,
    pub f_blocks: u64,
    pub f_bfree: u64,
    pub f_bavail: u64,
    pub f_files: u64,
    pub f_ffree: u64,
    pub f_fsid: crate::sys::statfs::fsid_t,
    pub f_namelen: c_long,
    pub f_frsize: c_long,
    pub f_flags: c_long,
    pub f_spare: [c_long; 4],
}

#[inline]
pub unsafe fn statfs_call(path: *const c_char, buf: *mut statfs) -> isize {
    // SAFETY: the kernel checks both pointers.
    unsafe { sys!(__NR_statfs, path, buf) }
}

#[inline]
pub unsafe fn fstatfs_call(fd: c_int, buf: *mut statfs) -> isize {
    // SAFETY: the kernel checks the pointer.
    unsafe { sys!(__NR_fstatfs, fd, buf) }
}

/// `futex` with a 64-bit `struct timespec` timeout.
pub const NR_FUTEX_TIMED: usize = syscall::nr::__NR_futex as usize;

/// The name glibc gives the vDSO in `dl_iterate_phdr`.
pub const VDSO_NAME: &core::ffi::CStr = c"linux-vdso.so.1";

pub const NR_TIMER_SETTIME: usize = syscall::nr::__NR_timer_settime as usize;
pub const NR_TIMER_GETTIME: usize = syscall::nr::__NR_timer_gettime as usize;
pub const NR_TIMERFD_SETTIME: usize = syscall::nr::__NR_timerfd_settime as usize;
pub const NR_TIMERFD_GETTIME: usize = syscall::nr::__NR_timerfd_gettime as usize;

/// `fanotify_mark`: the 64-bit mask fits one register.
#[inline]
pub unsafe fn fanotify_mark(
    fd: c_int,
    flags: c_uint,
    mask: u64,
    dfd: c_int,
    path: *const c_char,
) -> isize {
    // SAFETY: the kernel checks the path.
    unsafe { sys!(__NR_fanotify_mark, fd, flags, mask, dfd, path) }
}

/// Linux `struct sysinfo` on the 64-bit arches (112 bytes; the kernel's
/// `_f` padding is empty here).
#[repr(C)]
pub struct sysinfo {
    pub uptime: c_long,
    pub loads: [c_ulong; 3],
    pub totalram: c_ulong,
    pub freeram: c_ulong,
    pub sharedram: c_ulong,
    pub bufferram: c_ulong,
    pub totalswap: c_ulong,
    pub freeswap: c_ulong,
    pub procs: u16,
    pub pad: u16,
    pub totalhigh: c_ulong,
    pub freehigh: c_ulong,
    pub mem_unit: c_uint,
}

/// `recvmmsg`: `struct timespec` is the kernel's, the call takes it as is.
#[inline]
pub unsafe fn recvmmsg(
    fd: c_int,
    v: *mut crate::sys::socket::mmsghdr,
    n: c_uint,
    flags: c_int,
    timeout: *mut crate::time::timespec,
) -> isize {
    // SAFETY: the kernel checks the vector and the timeout.
    unsafe { cp!(__NR_recvmmsg, fd, v, n, flags, timeout) }
}

/// `setsockopt`: `struct timeval` is the kernel's for the timeout options.
#[inline]
pub unsafe fn setsockopt(
    fd: c_int,
    lvl: c_int,
    name: c_int,
    val: *const c_void,
    len: u32,
) -> isize {
    // SAFETY: the kernel checks the value and its length.
    unsafe { sys!(__NR_setsockopt, fd, lvl, name, val, len) }
}

/// `getsockopt`, as the kernel has it.
#[inline]
pub unsafe fn getsockopt(
    fd: c_int,
    lvl: c_int,
    name: c_int,
    val: *mut c_void,
    len: *mut u32,
) -> isize {
    // SAFETY: the kernel checks the value and its length.
    unsafe { sys!(__NR_getsockopt, fd, lvl, name, val, len) }
}
