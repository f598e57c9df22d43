//! x86_64 process-creation stubs: `vfork` and a clone onto a new stack.
use crate::types::*;
use core::arch::naked_asm;

/// POSIX.1-2001 `vfork` (removed in 2008; kept by glibc): the child shares
/// the parent's memory until it calls `_exit` or an exec. The return
/// address is popped into a register before the call, since the child
/// returns first and reuses the stack slot; both then push it back.
#[unsafe(naked)]
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn vfork() -> pid_t {
    naked_asm!(
        "pop rdx",
        "mov eax, {nr}",
        "syscall",
        "push rdx",
        "cmp rax, -4095",
        "jae 2f",
        "ret",
        "2:",
        "mov rdi, rax",
        "jmp {err}",
        nr = const syscall::nr::__NR_vfork,
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
        "and rsi, -16",
        "sub rsi, 16",
        "mov [rsi], rdx",
        "mov [rsi + 8], rcx",
        "xor edx, edx",
        "xor r10d, r10d",
        "xor r8d, r8d",
        "mov eax, {nr}",
        "syscall",
        "test rax, rax",
        "jnz 2f",
        "xor ebp, ebp",
        "pop rax",
        "pop rdi",
        "call rax",
        "mov edi, eax",
        "mov eax, {exit}",
        "syscall",
        "ud2",
        "2:",
        "ret",
        nr = const syscall::nr::__NR_clone,
        exit = const syscall::nr::__NR_exit,
    )
}

/// `clone(flags, stack, ptid, ctid, tls)` for a new thread: the child
/// starts on `stack` (its top, aligned here) with `%fs` set by the kernel
/// and calls the thread entry with `arg`; it never returns. The parent
/// gets the raw kernel result.
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
        "mov r10, r8",
        "mov r8, rcx",
        "and rsi, -16",
        "mov eax, {nr}",
        "syscall",
        "test rax, rax",
        "jnz 2f",
        "xor ebp, ebp",
        "mov rdi, r9",
        "call {start}",
        "ud2",
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
        "mov eax, {munmap}",
        "syscall",
        "xor edi, edi",
        "mov eax, {exit}",
        "syscall",
        "ud2",
        munmap = const syscall::nr::__NR_munmap,
        exit = const syscall::nr::__NR_exit,
    )
}

/// GNU `clone`'s system call: `clone(flags, stack, ptid, ctid, tls)`; the
/// child, on `stack` (its top, aligned here), calls
/// `sched::clone_child(f, arg, flags)`. The parent gets the raw result.
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
        "and rsi, -16",
        "sub rsi, 32",
        "mov rax, [rsp + 8]",
        "mov [rsi], r9",
        "mov [rsi + 8], rax",
        "mov [rsi + 16], rdi",
        "mov r10, r8",
        "mov r8, rcx",
        "mov eax, {nr}",
        "syscall",
        "test rax, rax",
        "jnz 2f",
        "xor ebp, ebp",
        "mov rdi, [rsp]",
        "mov rsi, [rsp + 8]",
        "mov rdx, [rsp + 16]",
        "call {child}",
        "ud2",
        "2:",
        "ret",
        nr = const syscall::nr::__NR_clone,
        child = sym crate::sched::clone_child,
    )
}
