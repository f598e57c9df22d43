//! `<sys/ptrace.h>`: process tracing (Linux). `ptrace` is variadic in C
//! (c/variadic.c reads pid, addr and data and calls [`__ferro_ptrace`]).
use crate::kernel::ret;
use crate::types::*;

/// The body of `ptrace`. The peek requests return the word read (with
/// errno 0, as glibc, so a word of -1 can be told from an error); the
/// rest return the kernel's result, or -1 with errno.
///
/// # Safety
/// `addr` and `data` are what the request wants (the kernel checks them).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_ptrace(
    req: c_int,
    pid: pid_t,
    addr: *mut c_void,
    data: *mut c_void,
) -> c_long {
    let peek = matches!(
        req as u32,
        syscall::ptrace::PTRACE_PEEKTEXT
            | syscall::ptrace::PTRACE_PEEKDATA
            | syscall::ptrace::PTRACE_PEEKUSR
    );
    if peek {
        let mut word: c_long = 0;
        // SAFETY: the kernel stores the word it reads into our local.
        let r = ret(unsafe { sys!(__NR_ptrace, req, pid, addr, &mut word as *mut c_long) });
        if r < 0 {
            return -1;
        }
        crate::errno::set(0);
        return word;
    }
    // SAFETY: the caller's arguments for this request.
    ret(unsafe { sys!(__NR_ptrace, req, pid, addr, data) }) as c_long
}
