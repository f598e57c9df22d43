//! i386 specifics of the C surface: 64-bit `off_t` through the `*64`
//! calls, 32-bit ids through the `*32` calls, `mmap2` in pages.
use crate::types::*;

#[path = "../legacy_calls.rs"]
mod legacy;
pub use legacy::*;
mod fs;
pub use fs::*;

pub const O_LARGEFILE: c_int = syscall::nr::O_LARGEFILE as c_int;

/// `lseek` through `_llseek`: the 64-bit result comes back in memory.
#[inline]
pub unsafe fn lseek(fd: c_int, off: off_t, whence: c_int) -> Result<off_t, i32> {
    let mut result: i64 = 0;
    // SAFETY: _llseek writes the 64-bit result to our local.
    let r = unsafe {
        sys!(
            __NR__llseek,
            fd,
            (off as u64 >> 32) as u32,
            off as u32,
            &raw mut result,
            whence
        )
    };
    syscall::decode(r).map(|_| result)
}

#[inline]
pub unsafe fn ftruncate(fd: c_int, len: off_t) -> isize {
    // SAFETY: plain values, the length split low/high as the i386 ABI wants.
    unsafe { sys!(__NR_ftruncate64, fd, len as u32, (len as u64 >> 32) as u32) }
}

#[inline]
pub unsafe fn pread(fd: c_int, buf: *mut c_void, n: size_t, off: off_t) -> isize {
    // SAFETY: the kernel checks the buffer; the offset split low/high.
    unsafe {
        sys!(
            __NR_pread64,
            fd,
            buf,
            n,
            off as u32,
            (off as u64 >> 32) as u32
        )
    }
}

/// [`pread`] as a cancellation point.
#[inline]
pub unsafe fn pread_cp(fd: c_int, buf: *mut c_void, n: size_t, off: off_t) -> isize {
    // SAFETY: forwarded; the kernel checks the buffer.
    unsafe {
        cp!(
            __NR_pread64,
            fd,
            buf,
            n,
            off as u32,
            (off as u64 >> 32) as u32
        )
    }
}

/// [`pwrite`] as a cancellation point.
#[inline]
pub unsafe fn pwrite_cp(fd: c_int, buf: *const c_void, n: size_t, off: off_t) -> isize {
    // SAFETY: forwarded; the kernel checks the buffer.
    unsafe {
        cp!(
            __NR_pwrite64,
            fd,
            buf,
            n,
            off as u32,
            (off as u64 >> 32) as u32
        )
    }
}

#[inline]
pub unsafe fn pwrite(fd: c_int, buf: *const c_void, n: size_t, off: off_t) -> isize {
    // SAFETY: the kernel checks the buffer; the offset split low/high.
    unsafe {
        sys!(
            __NR_pwrite64,
            fd,
            buf,
            n,
            off as u32,
            (off as u64 >> 32) as u32
        )
    }
}

#[inline]
pub unsafe fn truncate(path: *const c_char, len: off_t) -> isize {
    // SAFETY: the kernel validates the path pointer.
    unsafe { sys!(__NR_truncate64, path, len as u32, (len as u64 >> 32) as u32) }
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
    const UNIT: i64 = 4096;
    if off % UNIT != 0 || off < 0 || off / UNIT > u32::MAX as i64 {
        return -(syscall::errno::EINVAL as isize);
    }
    // SAFETY: the caller's mapping request; the kernel validates it.
    unsafe { sys!(__NR_mmap2, addr, len, prot, flags, fd, (off / UNIT) as u32) }
}

pub const NR_GETUID: usize = syscall::nr::__NR_getuid32 as usize;
/// `fchown` with 32-bit ids.
pub const NR_FCHOWN: usize = syscall::nr::__NR_fchown32 as usize;
/// `utimensat` with 64-bit times.
pub const NR_UTIMENSAT: usize = syscall::nr::__NR_utimensat_time64 as usize;
pub const NR_GETEUID: usize = syscall::nr::__NR_geteuid32 as usize;
pub const NR_GETGID: usize = syscall::nr::__NR_getgid32 as usize;
pub const NR_GETEGID: usize = syscall::nr::__NR_getegid32 as usize;
/// Id system calls: the `*32` ones (the plain ones take 16-bit ids).
pub const NR_SETUID: usize = syscall::nr::__NR_setuid32 as usize;
pub const NR_SETGID: usize = syscall::nr::__NR_setgid32 as usize;
pub const NR_SETREUID: usize = syscall::nr::__NR_setreuid32 as usize;
pub const NR_SETREGID: usize = syscall::nr::__NR_setregid32 as usize;
pub const NR_SETRESUID: usize = syscall::nr::__NR_setresuid32 as usize;
pub const NR_SETRESGID: usize = syscall::nr::__NR_setresgid32 as usize;
pub const NR_GETRESUID: usize = syscall::nr::__NR_getresuid32 as usize;
pub const NR_GETRESGID: usize = syscall::nr::__NR_getresgid32 as usize;
pub const NR_GETGROUPS: usize = syscall::nr::__NR_getgroups32 as usize;
pub const NR_SETGROUPS: usize = syscall::nr::__NR_setgroups32 as usize;
pub const NR_FCNTL: usize = syscall::nr::__NR_fcntl64 as usize;

/// Time system calls: the `*time64` ones, so times past 2038 work.
pub const NR_CLOCK_GETTIME: usize = syscall::nr::__NR_clock_gettime64 as usize;
pub const NR_PPOLL: usize = syscall::nr::__NR_ppoll_time64 as usize;
pub const NR_PSELECT6: usize = syscall::nr::__NR_pselect6_time64 as usize;
pub const NR_CLOCK_GETRES: usize = syscall::nr::__NR_clock_getres_time64 as usize;
pub const NR_CLOCK_SETTIME: usize = syscall::nr::__NR_clock_settime64 as usize;
/// The time64 `struct timex` (glibc's i386 layout with 64-bit time).
pub const NR_CLOCK_ADJTIME: usize = syscall::nr::__NR_clock_adjtime64 as usize;
/// `semtimedop` with a 64-bit `struct timespec`.
pub const NR_SEMTIMEDOP: usize = syscall::nr::__NR_semtimedop_time64 as usize;
pub const NR_SCHED_RR_GET_INTERVAL: usize = syscall::nr::__NR_sched_rr_get_interval_time64 as usize;
pub const NR_CLOCK_NANOSLEEP: usize = syscall::nr::__NR_clock_nanosleep_time64 as usize;
pub const NR_MQ_TIMEDSEND: usize = syscall::nr::__NR_mq_timedsend_time64 as usize;
pub const NR_MQ_TIMEDRECEIVE: usize = syscall::nr::__NR_mq_timedreceive_time64 as usize;
pub const NR_RT_SIGTIMEDWAIT: usize = syscall::nr::__NR_rt_sigtimedwait_time64 as usize;
/// `futex` with a 64-bit `struct timespec` timeout.
pub const NR_FUTEX_TIMED: usize = syscall::nr::__NR_futex_time64 as usize;
/// The i386 vDSO's gettimeofday and time use 32-bit `time_t`: go through
/// `__vdso_clock_gettime64` instead.
pub const VDSO_TIMEVAL_IS_64: bool = false;
/// `tv_nsec` is 32 bits plus padding the caller never sets: inputs are
/// copied into a `__kernel_timespec` first.
pub const TIMESPEC_IS_KERNEL: bool = false;

/// Word-at-a-time string kernels (no vector unit assumed).
pub use crate::string::swar as string;
/// The word-at-a-time string kernels unroll their aligned copy/fill loops
/// by hand (`string::swar`): not here, where LLVM vectorises the plain
/// loops with SSE2 and a hand-unrolled one (eight words in eight
/// registers) is several times slower.
pub const SWAR_UNROLL: bool = false;

/// Whether glibc's strtod detects tininess after rounding (it follows the
/// hardware: after).
pub const TININESS_AFTER_ROUNDING: bool = true;

/// The C `long double` is the x87 80-bit extended format.
pub const LDBL_X87: bool = true;

pub mod signal;
pub use signal::restorer;
#[path = "../ksig_restorer.rs"]
mod ksig;
pub use ksig::KSigaction;

/// The setjmp family (not in the host unit tests, whose libc has its own).
#[cfg(not(test))]
pub mod setjmp;
/// `<ucontext.h>`: the context layout and its assembly.
pub mod ucontext;
/// Words of registers at the start of `jmp_buf`, and glibc's size of it.
pub const JMP_REGS: usize = 6;
pub const JMP_BUF_SIZE: usize = 156;
/// The narrowest integer that holds the significand of every floating
/// format (printf's `%a` and digit code work in it): the x87 long double holds 64 significand bits.
pub type FloatMant = u64;

/// `wchar_t`: gcc's `__WCHAR_TYPE__` here, a signed 32-bit integer.
pub type wchar_t = i32;
/// `wait4`: the i386 kernel fills a 32-bit `struct rusage` (32-bit
/// `time_t` in its timevals), widened here into ours.
#[inline]
pub unsafe fn wait4_cp(pid: pid_t, st: *mut c_int, opt: c_int, ru: *mut rusage) -> isize {
    if ru.is_null() {
        // SAFETY: the kernel checks `st`.
        return unsafe { cp!(__NR_wait4, pid, st, opt, 0) };
    }
    let mut k = [0i32; 18];
    // SAFETY: `k` is the kernel's 72-byte compat rusage.
    let r = unsafe { cp!(__NR_wait4, pid, st, opt, k.as_mut_ptr()) };
    if r >= 0 {
        let mut out = rusage::default();
        out.ru_utime.tv_sec = k[0] as i64;
        out.ru_utime.tv_usec = k[1] as c_long;
        out.ru_stime.tv_sec = k[2] as i64;
        out.ru_stime.tv_usec = k[3] as c_long;
        let rest = [
            &mut out.ru_maxrss,
            &mut out.ru_ixrss,
            &mut out.ru_idrss,
            &mut out.ru_isrss,
            &mut out.ru_minflt,
            &mut out.ru_majflt,
            &mut out.ru_nswap,
            &mut out.ru_inblock,
            &mut out.ru_oublock,
            &mut out.ru_msgsnd,
            &mut out.ru_msgrcv,
            &mut out.ru_nsignals,
            &mut out.ru_nvcsw,
            &mut out.ru_nivcsw,
        ];
        for (d, s) in rest.into_iter().zip(&k[4..]) {
            *d = *s as c_long;
        }
        // SAFETY: the caller's rusage pointer (checked by the kernel above
        // only for the compat copy; a bad one faults here as in glibc).
        unsafe { ru.write(out) };
    }
    r
}

pub mod cancel;
pub mod process;
pub use process::{clone_fn, clone_run};
mod socket;
pub use socket::{getsockopt, recvmmsg, setsockopt};
/// `getrusage`: the kernel's i386 `struct rusage` has 32-bit timevals
/// (there is no time64 getrusage), so it is read into its own layout and
/// widened to ours.
#[inline]
pub unsafe fn getrusage(who: c_int, r: *mut crate::sys::resource::rusage) -> isize {
    #[repr(C)]
    struct Kernel {
        utime: [c_long; 2],
        stime: [c_long; 2],
        rest: [c_long; 14],
    }
    let mut k = Kernel {
        utime: [0; 2],
        stime: [0; 2],
        rest: [0; 14],
    };
    // SAFETY: the kernel writes our local, of its own layout.
    let rc = unsafe { sys!(__NR_getrusage, who, &raw mut k) };
    if rc < 0 {
        return rc;
    }
    use crate::sys::time::timeval;
    let tv = |t: [c_long; 2]| timeval {
        tv_sec: t[0] as crate::time::time_t,
        tv_usec: t[1],
        _pad: 0,
    };
    // SAFETY: the caller gives a writable struct rusage, whose 14 longs
    // from ru_maxrss on are contiguous (repr(C), all c_long). An invalid
    // pointer faults here rather than giving EFAULT, as with glibc's
    // conversion.
    unsafe {
        (*r).ru_utime = tv(k.utime);
        (*r).ru_stime = tv(k.stime);
        core::ptr::copy_nonoverlapping(k.rest.as_ptr(), &raw mut (*r).ru_maxrss, 14);
    }
    rc
}

/// The floating-point environment: x87 and SSE in step.
#[path = "../x86_fenv.rs"]
pub mod fenv;
/// `<sys/io.h>`: I/O-port permissions (x86 only).
#[cfg_attr(test, allow(dead_code))]
#[path = "../x86_io.rs"]
pub mod io;
mod kstat;
/// The hardware square roots behind `sqrt`/`sqrtf`.
#[path = "../x86_math.rs"]
pub mod math;
pub use kstat::{fstatat, nlink_t, stat};

/// glibc's `struct statfs` on i386 with 64-bit counts (`statfs64`): the
/// kernel's `statfs64`, 84 bytes, its 64-bit fields 4-byte aligned.
#[repr(C, packed(4))]
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
    // SAFETY: the kernel checks both pointers and the size.
    unsafe { sys!(__NR_statfs64, path, core::mem::size_of::<statfs>(), buf) }
}

#[inline]
pub unsafe fn fstatfs_call(fd: c_int, buf: *mut statfs) -> isize {
    // SAFETY: the kernel checks the pointer and the size.
    unsafe { sys!(__NR_fstatfs64, fd, core::mem::size_of::<statfs>(), buf) }
}

/// glibc's `PTHREAD_STACK_MIN` for this arch.
pub const PTHREAD_STACK_MIN: usize = 16384;

/// The name glibc gives the vDSO in `dl_iterate_phdr` (i386's historic
/// one).
pub const VDSO_NAME: &core::ffi::CStr = c"linux-gate.so.1";

pub const NR_TIMER_SETTIME: usize = syscall::nr::__NR_timer_settime64 as usize;
pub const NR_TIMER_GETTIME: usize = syscall::nr::__NR_timer_gettime64 as usize;
#[path = "../utmp_native.rs"]
mod utmp_rec;
pub use utmp_rec::{set_tv, utmp, utmpx};
// Only its record type is used here (the identity helpers serve x86_64).
#[allow(dead_code)]
#[path = "../utmp_time32.rs"]
mod utmp_file;

/// The record as the file holds it on i386: glibc keeps the 384-byte
/// form with 32-bit session and times (the one 32-bit-time programs
/// write) and converts to and from its 64-bit-time `struct utmp`.
pub type UtmpFile = utmp_file::utmp;

/// The file's form of a record (the times truncated to 32 bits, as glibc).
pub fn ut_to_file(u: &utmp) -> UtmpFile {
    UtmpFile {
        ut_type: u.ut_type,
        ut_pid: u.ut_pid,
        ut_line: u.ut_line,
        ut_id: u.ut_id,
        ut_user: u.ut_user,
        ut_host: u.ut_host,
        ut_exit: u.ut_exit,
        ut_session: u.ut_session,
        ut_tv: utmp_file::UtTv {
            tv_sec: u.ut_tv.tv_sec as i32,
            tv_usec: u.ut_tv.tv_usec,
        },
        ut_addr_v6: u.ut_addr_v6,
        __glibc_reserved: u.__glibc_reserved,
    }
}

/// A record from the file's form.
pub fn ut_from_file(f: &UtmpFile) -> utmp {
    utmp {
        ut_type: f.ut_type,
        ut_pid: f.ut_pid,
        ut_line: f.ut_line,
        ut_id: f.ut_id,
        ut_user: f.ut_user,
        ut_host: f.ut_host,
        ut_exit: f.ut_exit,
        ut_session: f.ut_session,
        ut_tv: crate::sys::time::timeval {
            tv_sec: f.ut_tv.tv_sec as i64,
            tv_usec: f.ut_tv.tv_usec,
            _pad: 0,
        },
        ut_addr_v6: f.ut_addr_v6,
        __glibc_reserved: f.__glibc_reserved,
    }
}

pub const NR_TIMERFD_SETTIME: usize = syscall::nr::__NR_timerfd_settime64 as usize;
pub const NR_TIMERFD_GETTIME: usize = syscall::nr::__NR_timerfd_gettime64 as usize;

#[path = "../epoll_natural.rs"]
mod epoll_natural;
pub use epoll_natural::epoll_event;

/// `fanotify_mark`: the 64-bit mask takes two registers, low half first.
#[inline]
pub unsafe fn fanotify_mark(
    fd: c_int,
    flags: c_uint,
    mask: u64,
    dfd: c_int,
    path: *const c_char,
) -> isize {
    // SAFETY: the kernel checks the path.
    unsafe {
        sys!(
            __NR_fanotify_mark,
            fd,
            flags,
            mask as u32,
            (mask >> 32) as u32,
            dfd,
            path
        )
    }
}

/// Linux `struct sysinfo` on i386 (64 bytes: `_f` pads it to 20 bytes past
/// `freehigh`).
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
    pub _f: [c_char; 8],
}
#[path = "../semid_generic.rs"]
mod semid;
pub use semid::semid_ds;

/// The `backtrace` entry stub and the unwinder's register numbers.
pub mod backtrace;
