//! riscv64 process-creation stubs: `vfork` (there is no vfork call, only
//! clone) and a clone onto a new stack.
use crate::types::*;
use core::arch::naked_asm;

const VFORK_FLAGS: u32 = syscall::nr::CLONE_VM | syscall::nr::CLONE_VFORK | syscall::nr::SIGCHLD;

/// POSIX.1-2001 `vfork` (removed in 2008; kept by glibc):
/// `clone(CLONE_VM | CLONE_VFORK | SIGCHLD)` on the caller's stack. The
/// return address stays in ra, which the call preserves, so the child
/// returns without touching the stack.
#[unsafe(naked)]
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn vfork() -> pid_t {
    naked_asm!(
        "li a0, {flags}",
        "li a1, 0",
        "li a2, 0",
        "li a3, 0",
        "li a4, 0",
        "li a7, {nr}",
        "ecall",
        "li t0, -4096",
        "bgtu a0, t0, 2f",
        "ret",
        "2:",
        "tail {err}",
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
        "andi a1, a1, -16",
        "addi a1, a1, -16",
        "sd a2, 0(a1)",
        "sd a3, 8(a1)",
        "li a2, 0",
        "li a3, 0",
        "li a4, 0",
        "li a7, {nr}",
        "ecall",
        "bnez a0, 2f",
        "ld a1, 0(sp)",
        "ld a0, 8(sp)",
        "addi sp, sp, 16",
        "li ra, 0",
        "li s0, 0",
        "jalr a1",
        "li a7, {exit}",
        "ecall",
        "unimp",
        "2:",
        "ret",
        nr = const syscall::nr::__NR_clone,
        exit = const syscall::nr::__NR_exit,
    )
}

/// `clone(flags, stack, ptid, tls, ctid)` for a new thread: the child
/// starts on `stack` (its top, aligned here) with `tp` set by the kernel
/// and calls the thread entry with `arg` (kept in a5 across the call); it
/// never returns. The parent gets the raw kernel result.
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
        "andi a1, a1, -16",
        "li a7, {nr}",
        "ecall",
        "bnez a0, 2f",
        "li ra, 0",
        "li s0, 0",
        "mv a0, a5",
        "call {start}",
        "unimp",
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
        "li a7, {munmap}",
        "ecall",
        "li a0, 0",
        "li a7, {exit}",
        "ecall",
        "unimp",
        munmap = const syscall::nr::__NR_munmap,
        exit = const syscall::nr::__NR_exit,
    )
}

/// GNU `clone`'s system call: `clone(flags, stack, ptid, tls, ctid)`; the
/// child (every register but a0 as the parent's) calls
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
        "andi a1, a1, -16",
        "mv t0, a0",
        "li a7, {nr}",
        "ecall",
        "bnez a0, 1f",
        "mv s0, zero",
        "mv a0, a5",
        "mv a1, a6",
        "mv a2, t0",
        "call {child}",
        "unimp",
        "1:",
        "ret",
        nr = const syscall::nr::__NR_clone,
        child = sym crate::sched::clone_child,
    )
}
