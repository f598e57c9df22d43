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
