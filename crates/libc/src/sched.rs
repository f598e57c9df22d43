//! `<sched.h>`: `sched_yield`, `sched_getcpu`, `getcpu`.
use crate::kernel::ret_int;
use crate::types::*;
use rt::vdso::{Sym, TABLE};

/// `int` on riscv64, `long` on x86_64: the low 32 bits carry 0 or -errno on both.
type GetcpuFn = unsafe extern "C" fn(*mut c_uint, *mut c_uint, *mut c_void) -> c_int;

fn getcpu_raw(cpu: *mut c_uint, node: *mut c_uint) -> isize {
    let f = TABLE.get(Sym::Getcpu);
    if f != 0 {
        // SAFETY: the vDSO's getcpu (cache argument unused since 2.6.24).
        return unsafe {
            core::mem::transmute::<usize, GetcpuFn>(f)(cpu, node, core::ptr::null_mut())
        } as isize;
    }
    // SAFETY: the kernel checks the pointers (NULL allowed).
    unsafe { sys!(__NR_getcpu, cpu, node, 0) }
}

/// GNU `getcpu` (glibc 2.29): the CPU and NUMA node the caller runs on.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getcpu(cpu: *mut c_uint, node: *mut c_uint) -> c_int {
    ret_int(getcpu_raw(cpu, node))
}

/// GNU `sched_getcpu`: the CPU the caller runs on, or -1.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sched_getcpu() -> c_int {
    let mut cpu: c_uint = 0;
    let r = ret_int(getcpu_raw(&mut cpu, core::ptr::null_mut()));
    if r < 0 { r } else { cpu as c_int }
}

/// POSIX.1-2024 `sched_yield`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sched_yield() -> c_int {
    // SAFETY: no arguments.
    ret_int(unsafe { sys!(__NR_sched_yield) })
}

/// `struct sched_param` (`<bits/sched_param.h>`, shared with `<spawn.h>`).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct sched_param {
    pub sched_priority: c_int,
}

/// POSIX.1-2024 `sched_get_priority_max`: EINVAL for an unknown policy.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sched_get_priority_max(policy: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_sched_get_priority_max, policy) })
}

/// POSIX.1-2024 `sched_get_priority_min`: EINVAL for an unknown policy.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sched_get_priority_min(policy: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_sched_get_priority_min, policy) })
}

/// POSIX.1-2024 `sched_setscheduler` (Linux: of the thread `pid`, 0 the caller).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sched_setscheduler(
    pid: pid_t,
    policy: c_int,
    p: *const sched_param,
) -> c_int {
    // SAFETY: the kernel checks the pointer.
    ret_int(unsafe { sys!(__NR_sched_setscheduler, pid, policy, p) })
}

/// POSIX.1-2024 `sched_getscheduler`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sched_getscheduler(pid: pid_t) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_sched_getscheduler, pid) })
}

/// POSIX.1-2024 `sched_setparam`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sched_setparam(pid: pid_t, p: *const sched_param) -> c_int {
    // SAFETY: the kernel checks the pointer.
    ret_int(unsafe { sys!(__NR_sched_setparam, pid, p) })
}

/// POSIX.1-2024 `sched_getparam`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sched_getparam(pid: pid_t, p: *mut sched_param) -> c_int {
    // SAFETY: the kernel checks the pointer.
    ret_int(unsafe { sys!(__NR_sched_getparam, pid, p) })
}

/// `cpu_set_t`: glibc's 1024-CPU mask of `unsigned long` words.
#[cfg(target_pointer_width = "64")]
#[repr(C)]
pub struct cpu_set_t {
    pub __bits: [c_ulong; 16],
}
/// `cpu_set_t`: glibc's 1024-CPU mask of `unsigned long` words.
#[cfg(target_pointer_width = "32")]
#[repr(C)]
pub struct cpu_set_t {
    pub __bits: [c_ulong; 32],
}

/// The affinity calls for thread `tid` (0: the caller): glibc's
/// conventions — 0 or an error number; a get clears the bytes past what
/// the kernel wrote.
pub(crate) unsafe fn affinity(tid: pid_t, size: size_t, set: *mut cpu_set_t, get: bool) -> c_int {
    let r = if get {
        // SAFETY: the kernel writes at most `size` bytes of the caller's set.
        unsafe { sys!(__NR_sched_getaffinity, tid, size, set) }
    } else {
        // SAFETY: the kernel reads at most `size` bytes of the caller's set.
        unsafe { sys!(__NR_sched_setaffinity, tid, size, set) }
    };
    match syscall::decode(r) {
        Ok(n) => {
            if get && n < size {
                // SAFETY: the caller's set has `size` bytes.
                unsafe { core::ptr::write_bytes((set as *mut u8).add(n), 0, size - n) };
            }
            0
        }
        Err(e) => e,
    }
}

/// GNU `sched_setaffinity`: -1 with errno on failure.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sched_setaffinity(
    pid: pid_t,
    size: size_t,
    set: *const cpu_set_t,
) -> c_int {
    // SAFETY: forwarded.
    match unsafe { affinity(pid, size, set as *mut cpu_set_t, false) } {
        0 => 0,
        e => crate::kernel::fail(e as u32),
    }
}

/// GNU `sched_getaffinity`: 0 (the set cleared past what the kernel
/// wrote) or -1 with errno.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sched_getaffinity(pid: pid_t, size: size_t, set: *mut cpu_set_t) -> c_int {
    // SAFETY: forwarded.
    match unsafe { affinity(pid, size, set, true) } {
        0 => 0,
        e => crate::kernel::fail(e as u32),
    }
}

/// glibc's `__sched_cpucount`, behind `CPU_COUNT`: the CPUs set in the
/// first `size` bytes of `set`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __sched_cpucount(size: size_t, set: *const cpu_set_t) -> c_int {
    // SAFETY: the caller's set has `size` bytes.
    let bytes = unsafe { core::slice::from_raw_parts(set as *const u8, size) };
    bytes.iter().map(|b| b.count_ones() as c_int).sum()
}

/// POSIX.1-2024 `sched_rr_get_interval`: the SCHED_RR time slice of
/// `pid` (0: the caller), 64-bit `time_t` on every arch.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sched_rr_get_interval(
    pid: pid_t,
    ts: *mut crate::time::timespec,
) -> c_int {
    let mut k = crate::time::KTimespec::default();
    // SAFETY: k is ours; the kernel writes one timespec into it.
    let r = ret_int(unsafe {
        syscall::syscall2(
            crate::arch::NR_SCHED_RR_GET_INTERVAL,
            pid as usize,
            &mut k as *mut _ as usize,
        )
    });
    if r == 0 {
        // SAFETY: ts is the caller's timespec; written only on success.
        unsafe {
            (*ts).tv_sec = k.sec;
            (*ts).tv_nsec = k.nsec as _;
        }
    }
    r
}

/// Linux/GNU `unshare`: move the caller into new namespaces (`CLONE_*`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn unshare(flags: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_unshare, flags) })
}

/// Linux/GNU `setns`: join the namespace `fd` refers to.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setns(fd: c_int, nstype: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_setns, fd, nstype) })
}

/// Where a `clone` child starts: `f(arg)`, then the kernel's `exit` with
/// its result. A child with its own memory (no `CLONE_VM`) forgets the
/// parent's cached thread id first; one sharing the parent's memory
/// touches nothing of it.
pub unsafe extern "C" fn clone_child(
    f: unsafe extern "C" fn(*mut c_void) -> c_int,
    arg: *mut c_void,
    flags: usize,
) -> ! {
    if flags & syscall::nr::CLONE_VM as usize == 0 {
        // SAFETY: the child's own copy of the calling thread's TCB.
        unsafe { (*rt::tls::current()).tid = 0 };
    }
    // SAFETY: the caller's function, with its argument.
    let r = unsafe { f(arg) };
    loop {
        // SAFETY: plain value.
        unsafe { sys!(__NR_exit, r) };
    }
}

/// Back end of GNU `clone` (variadic in C): a child running `f(arg)` on
/// `stack` with `flags` (the `CSIGNAL` byte its exit signal);
/// `ptid`, `tls` and `ctid` as the flags ask for them. -1/EINVAL for a
/// NULL function or stack; the child's id otherwise.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_clone(
    f: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    stack: *mut c_void,
    flags: c_int,
    arg: *mut c_void,
    ptid: *mut pid_t,
    tls: *mut c_void,
    ctid: *mut pid_t,
) -> c_int {
    use syscall::nr::{
        CLONE_CHILD_CLEARTID, CLONE_CHILD_SETTID, CLONE_PARENT_SETTID, CLONE_SETTLS,
    };
    let Some(f) = f else {
        return crate::kernel::fail(syscall::errno::EINVAL);
    };
    if stack.is_null() {
        return crate::kernel::fail(syscall::errno::EINVAL);
    }
    let fl = flags as c_uint;
    // The optional arguments only where the flags use them (the C entry
    // reads all three whether passed or not).
    let ptid = if fl & CLONE_PARENT_SETTID != 0 {
        ptid
    } else {
        core::ptr::null_mut()
    };
    let ctid = if fl & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID) != 0 {
        ctid
    } else {
        core::ptr::null_mut()
    };
    let tls = if fl & CLONE_SETTLS != 0 {
        tls as usize
    } else {
        0
    };
    // SAFETY: the child runs the caller's function on the caller's stack.
    let r = unsafe {
        crate::arch::clone_fn(
            fl as usize,
            stack as usize,
            ptid,
            tls,
            ctid,
            f as usize,
            arg,
        )
    };
    ret_int(r)
}
