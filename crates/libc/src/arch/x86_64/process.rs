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
