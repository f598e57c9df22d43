//! aarch64 process-creation stubs: `vfork` (there is no vfork call, only
//! clone) and a clone onto a new stack.
use crate::types::*;
use core::arch::naked_asm;

const VFORK_FLAGS: u32 = syscall::nr::CLONE_VM | syscall::nr::CLONE_VFORK | syscall::nr::SIGCHLD;

/// POSIX.1-2001 `vfork` (removed in 2008; kept by glibc):
/// `clone(CLONE_VM | CLONE_VFORK | SIGCHLD)` on the caller's stack. The
/// return address stays in x30, which the call preserves, so the child
/// returns without touching the stack.
#[unsafe(naked)]
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn vfork() -> pid_t {
    naked_asm!(
        "mov x0, #{flags}",
        "mov x1, xzr",
        "mov x2, xzr",
        "mov x3, xzr",
        "mov x4, xzr",
        "mov x8, #{nr}",
        "svc 0",
        "cmn x0, #4095",
        "b.hs 2f",
        "ret",
        "2:",
        "b {err}",
        flags = const VFORK_FLAGS,
        nr = const syscall::nr::__NR_clone,
        err = sym crate::unistd::vfork_failed,
    )
}

/// `clone(flags)` with the child on `stack` (its top), where it calls
/// `f(arg)` and exits with the result. Returns the raw kernel result in
/// the parent.
#[unsafe(naked)]
pub unsafe extern "C" fn clone_run(
    flags: usize,
    stack: *mut u8,
    f: unsafe extern "C" fn(*mut c_void) -> c_int,
    arg: *mut c_void,
) -> isize {
    naked_asm!(
        "and x1, x1, #0xfffffffffffffff0",
        "stp x2, x3, [x1, #-16]!",
        "mov x2, xzr",
        "mov x3, xzr",
        "mov x4, xzr",
        "mov x8, #{nr}",
        "svc 0",
        "cbnz x0, 2f",
        "ldp x1, x0, [sp], #16",
        "mov x29, xzr",
        "mov x30, xzr",
        "blr x1",
        "mov x8, #{exit}",
        "svc 0",
        "brk #0",
        "2:",
        "ret",
        nr = const syscall::nr::__NR_clone,
        exit = const syscall::nr::__NR_exit,
    )
}

/// `clone(flags, stack, ptid, tls, ctid)` for a new thread: the child
/// starts on `stack` (its top, aligned here) with `tpidr_el0` set by the
/// kernel and calls the thread entry with `arg` (kept in x5 across the
/// call); it never returns. The parent gets the raw kernel result.
#[unsafe(naked)]
pub unsafe extern "C" fn thread_clone(
    flags: usize,
    stack: usize,
    ptid: *mut c_int,
    tls: usize,
    ctid: *mut c_int,
    arg: *mut c_void,
) -> isize {
    naked_asm!(
        "and x1, x1, #0xfffffffffffffff0",
        "mov x8, #{nr}",
        "svc 0",
        "cbnz x0, 2f",
        "mov x29, xzr",
        "mov x30, xzr",
        "mov x0, x5",
        "bl {start}",
        "brk #0",
        "2:",
        "ret",
        nr = const syscall::nr::__NR_clone,
        start = sym crate::pthread::thread::thread_start,
    )
}

/// The end of a detached thread: unmap its own block (stack, TLS, TCB)
/// and exit, touching no memory in between.
#[unsafe(naked)]
pub unsafe extern "C" fn exit_unmap(base: usize, len: usize) -> ! {
    naked_asm!(
        "mov x8, #{munmap}",
        "svc 0",
        "mov x0, xzr",
        "mov x8, #{exit}",
        "svc 0",
        "brk #0",
        munmap = const syscall::nr::__NR_munmap,
        exit = const syscall::nr::__NR_exit,
    )
}

/// GNU `clone`'s system call: `clone(flags, stack, ptid, tls, ctid)`; the
/// child (every register but x0 as the parent's) calls
/// `sched::clone_child(f, arg, flags)` on `stack` (its top, aligned
/// here). The parent gets the raw result.
#[unsafe(naked)]
pub unsafe extern "C" fn clone_fn(
    flags: usize,
    stack: usize,
    ptid: *mut c_int,
    tls: usize,
    ctid: *mut c_int,
    f: usize,
    arg: *mut c_void,
) -> isize {
    naked_asm!(
        "and x1, x1, #-16",
        "mov x10, x0",
        "mov x8, #{nr}",
        "svc #0",
        "cbnz x0, 1f",
        "mov x29, xzr",
        "mov x30, xzr",
        "mov x0, x5",
        "mov x1, x6",
        "mov x2, x10",
        "bl {child}",
        "brk #0",
        "1:",
        "ret",
        nr = const syscall::nr::__NR_clone,
        child = sym crate::sched::clone_child,
    )
}
