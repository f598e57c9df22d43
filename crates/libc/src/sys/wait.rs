//! `<sys/wait.h>`: waiting for child processes.
use crate::arch;
use crate::kernel::ret_int;
use crate::signal::siginfo_t;
use crate::types::*;

/// `idtype_t` of `waitid` (`P_ALL P_PID P_PGID P_PIDFD`).
pub type idtype_t = c_uint;

/// POSIX.1-2024 `wait`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wait(status: *mut c_int) -> pid_t {
    // SAFETY: forwarded; the kernel checks the pointer.
    unsafe { wait4(-1, status, 0, core::ptr::null_mut()) }
}

/// POSIX.1-2024 `waitpid`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn waitpid(pid: pid_t, status: *mut c_int, options: c_int) -> pid_t {
    // SAFETY: forwarded; the kernel checks the pointer.
    unsafe { wait4(pid, status, options, core::ptr::null_mut()) }
}

/// POSIX.1-2024 `waitid` (`WEXITED WSTOPPED WCONTINUED WNOHANG WNOWAIT`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn waitid(
    idtype: idtype_t,
    id: id_t,
    info: *mut siginfo_t,
    options: c_int,
) -> c_int {
    // SAFETY: the kernel checks `info`; no rusage is asked for.
    ret_int(unsafe { cp!(__NR_waitid, idtype, id, info, options, 0) })
}

/// BSD `wait3`: `wait4(-1, …)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wait3(status: *mut c_int, options: c_int, ru: *mut rusage) -> pid_t {
    // SAFETY: forwarded.
    unsafe { wait4(-1, status, options, ru) }
}

/// BSD `wait4`: `waitpid` that also reports the child's resource usage.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn wait4(
    pid: pid_t,
    status: *mut c_int,
    options: c_int,
    ru: *mut rusage,
) -> pid_t {
    // SAFETY: the kernel checks `status`; `arch::wait4` fills `ru` if set.
    ret_int(unsafe { arch::wait4_cp(pid, status, options, ru) })
}
