//! i386 process-creation stubs: `vfork` and a clone onto a new stack.
//! Both enter the kernel with `int $0x80`: the child must not depend on
//! anything but registers and its own stack.
use crate::types::*;
use core::arch::naked_asm;

/// POSIX.1-2001 `vfork` (removed in 2008; kept by glibc): the child shares
/// the parent's memory until it calls `_exit` or an exec. The return
/// address is held in edx (which `int $0x80` preserves) across the call.
#[unsafe(naked)]
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn vfork() -> pid_t {
    naked_asm!(
        "pop edx",
        "mov eax, {nr}",
        "int 0x80",
        "push edx",
        "cmp eax, -4095",
        "jae 2f",
        "ret",
        "2:",
        "push eax",
        "call {err}",
        "add esp, 4",
        "ret",
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
        "push ebx",
        "push esi",
        "push edi",
        "mov ecx, [esp + 20]",
        "and ecx, -16",
        "sub ecx, 16",
        "mov eax, [esp + 24]",
        "mov [ecx], eax",
        "mov eax, [esp + 28]",
        "mov [ecx + 4], eax",
        "mov ebx, [esp + 16]",
        "xor edx, edx",
        "xor esi, esi",
        "xor edi, edi",
        "mov eax, {nr}",
        "int 0x80",
        "test eax, eax",
        "jnz 2f",
        "xor ebp, ebp",
        "mov eax, [esp]",
        "mov ecx, [esp + 4]",
        "sub esp, 12",
        "push ecx",
        "call eax",
        "mov ebx, eax",
        "mov eax, {exit}",
        "int 0x80",
        "ud2",
        "2:",
        "pop edi",
        "pop esi",
        "pop ebx",
        "ret",
        nr = const syscall::nr::__NR_clone,
        exit = const syscall::nr::__NR_exit,
    )
}

/// `clone(flags, stack, ptid, tls, ctid)` for a new thread: the child
/// starts on `stack` (its top, aligned here) with the `%gs` entry the
/// `user_desc` at `tls` describes and calls the thread entry with `arg`;
/// it never returns. `int $0x80`: the vsyscall entry would return through
/// the new, empty stack. The parent gets the raw kernel result.
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
        "push ebp",
        "push ebx",
        "push esi",
        "push edi",
        "mov ebx, [esp + 20]",
        "mov ecx, [esp + 24]",
        "mov edx, [esp + 28]",
        "mov esi, [esp + 32]",
        "mov edi, [esp + 36]",
        "mov ebp, [esp + 40]",
        "and ecx, -16",
        "mov eax, {nr}",
        "int 0x80",
        "test eax, eax",
        "jnz 2f",
        "sub esp, 12",
        "push ebp",
        "xor ebp, ebp",
        "call {start}",
        "ud2",
        "2:",
        "pop edi",
        "pop esi",
        "pop ebx",
        "pop ebp",
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
        "mov ebx, [esp + 4]",
        "mov ecx, [esp + 8]",
        "mov eax, {munmap}",
        "int 0x80",
        "xor ebx, ebx",
        "mov eax, {exit}",
        "int 0x80",
        "ud2",
        munmap = const syscall::nr::__NR_munmap,
        exit = const syscall::nr::__NR_exit,
    )
}

/// GNU `clone`'s system call: `clone(flags, stack, ptid, tls, ctid)`
/// through `int $0x80` (the child must not return through the vDSO on a
/// new stack); the child, on `stack` (its top, aligned here), calls
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
        "push ebp",
        "push ebx",
        "push esi",
        "push edi",
        "mov ecx, [esp + 24]",
        "and ecx, -16",
        "sub ecx, 16",
        "mov eax, [esp + 40]",
        "mov [ecx], eax",
        "mov eax, [esp + 44]",
        "mov [ecx + 4], eax",
        "mov eax, [esp + 20]",
        "mov [ecx + 8], eax",
        "mov ebx, [esp + 20]",
        "mov edx, [esp + 28]",
        "mov esi, [esp + 32]",
        "mov edi, [esp + 36]",
        "mov eax, {nr}",
        "int 0x80",
        "test eax, eax",
        "jnz 2f",
        "xor ebp, ebp",
        "call {child}",
        "ud2",
        "2:",
        "pop edi",
        "pop esi",
        "pop ebx",
        "pop ebp",
        "ret",
        nr = const syscall::nr::__NR_clone,
        child = sym crate::sched::clone_child,
    )
}
