//! `<spawn.h>`: `posix_spawn`, `posix_spawnp` and their attribute and
//! file-action objects.
//!
//! The child is a `clone(CLONE_VM | CLONE_VFORK | SIGCHLD)` running on a
//! stack of its own (mmapped here), so it never runs on, or returns
//! through, the parent's frames, and no atfork handler runs. The parent is
//! suspended until the child execs or exits. The child reports a failure
//! (of a file action, an attribute or the exec) through a close-on-exec
//! pipe carrying the errno, then exits 127; the parent reads the pipe
//! (EOF: the exec happened), reaps a failed child so no zombie is left,
//! and returns the errno. The pipe, not shared memory, carries the error
//! because qemu-user runs CLONE_VFORK as a plain fork. While the clone
//! happens every signal is blocked; the child sets caught signals (and
//! those in the sigdefault set) to SIG_DFL before it restores a mask, so a
//! parent's handler never runs in the child. The child uses only raw
//! system calls: it shares the parent's memory, errno included.
use crate::arch;
use crate::heap;
use crate::sched::sched_param;
use crate::signal::sigset_t;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::*;
use syscall::nr;

pub const POSIX_SPAWN_RESETIDS: c_short = 0x01;
pub const POSIX_SPAWN_SETPGROUP: c_short = 0x02;
pub const POSIX_SPAWN_SETSIGDEF: c_short = 0x04;
pub const POSIX_SPAWN_SETSIGMASK: c_short = 0x08;
pub const POSIX_SPAWN_SETSCHEDPARAM: c_short = 0x10;
pub const POSIX_SPAWN_SETSCHEDULER: c_short = 0x20;
pub const POSIX_SPAWN_USEVFORK: c_short = 0x40;
pub const POSIX_SPAWN_SETSID: c_short = 0x80;
const ALL_FLAGS: c_short = 0xff;

/// `posix_spawnattr_t`, glibc's layout.
#[repr(C)]
pub struct posix_spawnattr_t {
    pub __flags: c_short,
    pub __pgrp: pid_t,
    pub __sd: sigset_t,
    pub __ss: sigset_t,
    pub __sp: sched_param,
    pub __policy: c_int,
    pub __pad: [c_int; 16],
}

/// `posix_spawn_file_actions_t`, glibc's layout; `__actions` is an array
/// of `__allocated` actions (through `crate::heap`), `__used` of them set.
#[repr(C)]
pub struct posix_spawn_file_actions_t {
    pub __allocated: c_int,
    pub __used: c_int,
    pub __actions: *mut __spawn_action,
    pub __pad: [c_int; 16],
}

/// One file action (opaque in the header).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __spawn_action {
    kind: c_int,
    fd: c_int,
    newfd: c_int,
    oflag: c_int,
    mode: mode_t,
    path: *mut c_char,
}

const A_CLOSE: c_int = 0;
const A_DUP2: c_int = 1;
const A_OPEN: c_int = 2;
const A_CHDIR: c_int = 3;
const A_FCHDIR: c_int = 4;
const A_CLOSEFROM: c_int = 5;

/// The child's kernel signal mask is 64 bits.
const KMASK: usize = 8;

// ---- attributes ----

/// POSIX.1-2024 `posix_spawnattr_init`: no flags, empty sets, zeroes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_init(a: *mut posix_spawnattr_t) -> c_int {
    // SAFETY: the caller's object; all-zero is the initial state.
    unsafe { core::ptr::write_bytes(a, 0, 1) };
    0
}

/// POSIX.1-2024 `posix_spawnattr_destroy` (nothing to release).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_destroy(_a: *mut posix_spawnattr_t) -> c_int {
    0
}

/// POSIX.1-2024 `posix_spawnattr_getflags`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_getflags(
    a: *const posix_spawnattr_t,
    out: *mut c_short,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *out = (*a).__flags };
    0
}

/// POSIX.1-2024 `posix_spawnattr_setflags`: EINVAL for an unknown flag.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_setflags(a: *mut posix_spawnattr_t, f: c_short) -> c_int {
    if f & !ALL_FLAGS != 0 {
        return EINVAL as c_int;
    }
    // SAFETY: the caller's object.
    unsafe { (*a).__flags = f };
    0
}

/// POSIX.1-2024 `posix_spawnattr_getpgroup`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_getpgroup(
    a: *const posix_spawnattr_t,
    out: *mut pid_t,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *out = (*a).__pgrp };
    0
}

/// POSIX.1-2024 `posix_spawnattr_setpgroup`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_setpgroup(a: *mut posix_spawnattr_t, g: pid_t) -> c_int {
    // SAFETY: the caller's object.
    unsafe { (*a).__pgrp = g };
    0
}

/// POSIX.1-2024 `posix_spawnattr_getsigmask`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_getsigmask(
    a: *const posix_spawnattr_t,
    out: *mut sigset_t,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *out = (*a).__ss };
    0
}

/// POSIX.1-2024 `posix_spawnattr_setsigmask`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_setsigmask(
    a: *mut posix_spawnattr_t,
    s: *const sigset_t,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { (*a).__ss = *s };
    0
}

/// POSIX.1-2024 `posix_spawnattr_getsigdefault`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_getsigdefault(
    a: *const posix_spawnattr_t,
    out: *mut sigset_t,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *out = (*a).__sd };
    0
}

/// POSIX.1-2024 `posix_spawnattr_setsigdefault`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_setsigdefault(
    a: *mut posix_spawnattr_t,
    s: *const sigset_t,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { (*a).__sd = *s };
    0
}

/// POSIX.1-2024 `posix_spawnattr_getschedpolicy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_getschedpolicy(
    a: *const posix_spawnattr_t,
    out: *mut c_int,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *out = (*a).__policy };
    0
}

/// POSIX.1-2024 `posix_spawnattr_setschedpolicy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_setschedpolicy(
    a: *mut posix_spawnattr_t,
    p: c_int,
) -> c_int {
    // SAFETY: the caller's object.
    unsafe { (*a).__policy = p };
    0
}

/// POSIX.1-2024 `posix_spawnattr_getschedparam`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_getschedparam(
    a: *const posix_spawnattr_t,
    out: *mut sched_param,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { *out = (*a).__sp };
    0
}

/// POSIX.1-2024 `posix_spawnattr_setschedparam`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_setschedparam(
    a: *mut posix_spawnattr_t,
    p: *const sched_param,
) -> c_int {
    // SAFETY: the caller's objects.
    unsafe { (*a).__sp = *p };
    0
}

// ---- file actions ----

/// POSIX.1-2024 `posix_spawn_file_actions_init`: an empty list.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_init(
    fa: *mut posix_spawn_file_actions_t,
) -> c_int {
    // SAFETY: the caller's object; all-zero is the empty list.
    unsafe { core::ptr::write_bytes(fa, 0, 1) };
    0
}

/// POSIX.1-2024 `posix_spawn_file_actions_destroy`: frees the list and
/// the paths it copied.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_destroy(
    fa: *mut posix_spawn_file_actions_t,
) -> c_int {
    // SAFETY: a list built by the functions below.
    unsafe {
        let f = &mut *fa;
        for i in 0..f.__used.max(0) as usize {
            let a = &*f.__actions.add(i);
            if !a.path.is_null() {
                heap::free(a.path as *mut c_void);
            }
        }
        heap::free(f.__actions as *mut c_void);
        f.__actions = null_mut();
        f.__used = 0;
        f.__allocated = 0;
    }
    0
}

/// Whether `fd` can name a descriptor (below RLIMIT_NOFILE), as POSIX's
/// EBADF rule for the add functions asks.
fn valid_fd(fd: c_int) -> bool {
    if fd < 0 {
        return false;
    }
    let mut lim = [0u64; 2];
    // SAFETY: prlimit64 writes two 64-bit values to our local.
    let r = unsafe { sys!(__NR_prlimit64, 0, nr::RLIMIT_NOFILE, 0, lim.as_mut_ptr()) };
    r < 0 || (fd as u64) < lim[0]
}

/// Append one action; ENOMEM when the list cannot grow.
unsafe fn push(fa: *mut posix_spawn_file_actions_t, a: __spawn_action) -> c_int {
    // SAFETY: the caller's list.
    let f = unsafe { &mut *fa };
    if f.__used >= f.__allocated {
        let n = (f.__allocated.max(4) as usize) * 2;
        let sz = n * core::mem::size_of::<__spawn_action>();
        // SAFETY: grows the array (NULL at first) to `n` entries.
        let p = unsafe { heap::realloc(f.__actions as *mut c_void, sz) };
        if p.is_null() {
            return ENOMEM as c_int;
        }
        f.__actions = p as *mut __spawn_action;
        f.__allocated = n as c_int;
    }
    // SAFETY: slot `__used` is within the array.
    unsafe { f.__actions.add(f.__used as usize).write(a) };
    f.__used += 1;
    0
}

fn action(kind: c_int, fd: c_int) -> __spawn_action {
    __spawn_action {
        kind,
        fd,
        newfd: 0,
        oflag: 0,
        mode: 0,
        path: null_mut(),
    }
}

/// Copy a C string through `crate::heap`.
unsafe fn dup_path(s: *const c_char) -> *mut c_char {
    // SAFETY: a C string.
    let n = unsafe { crate::string::strlen(s) } + 1;
    // SAFETY: n bytes, copied below.
    let p = unsafe { heap::malloc(n) } as *mut c_char;
    if !p.is_null() {
        // SAFETY: both hold n bytes.
        unsafe { core::ptr::copy_nonoverlapping(s, p, n) };
    }
    p
}

/// Push an action holding a copy of `path`.
unsafe fn push_path(
    fa: *mut posix_spawn_file_actions_t,
    mut a: __spawn_action,
    path: *const c_char,
) -> c_int {
    // SAFETY: a C string.
    a.path = unsafe { dup_path(path) };
    if a.path.is_null() {
        return ENOMEM as c_int;
    }
    // SAFETY: the caller's list.
    let r = unsafe { push(fa, a) };
    if r != 0 {
        // SAFETY: allocated above, not stored.
        unsafe { heap::free(a.path as *mut c_void) };
    }
    r
}

/// POSIX.1-2024 `posix_spawn_file_actions_addopen`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_addopen(
    fa: *mut posix_spawn_file_actions_t,
    fd: c_int,
    path: *const c_char,
    oflag: c_int,
    mode: mode_t,
) -> c_int {
    if !valid_fd(fd) {
        return EBADF as c_int;
    }
    let mut a = action(A_OPEN, fd);
    a.oflag = oflag;
    a.mode = mode;
    // SAFETY: the caller's list and path.
    unsafe { push_path(fa, a, path) }
}

/// POSIX.1-2024 `posix_spawn_file_actions_addclose`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_addclose(
    fa: *mut posix_spawn_file_actions_t,
    fd: c_int,
) -> c_int {
    if !valid_fd(fd) {
        return EBADF as c_int;
    }
    // SAFETY: the caller's list.
    unsafe { push(fa, action(A_CLOSE, fd)) }
}

/// POSIX.1-2024 `posix_spawn_file_actions_adddup2`; `fd == newfd` clears
/// FD_CLOEXEC in the child (POSIX.1-2024, glibc ≥ 2.29).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_adddup2(
    fa: *mut posix_spawn_file_actions_t,
    fd: c_int,
    newfd: c_int,
) -> c_int {
    if !valid_fd(fd) || !valid_fd(newfd) {
        return EBADF as c_int;
    }
    let mut a = action(A_DUP2, fd);
    a.newfd = newfd;
    // SAFETY: the caller's list.
    unsafe { push(fa, a) }
}

/// POSIX.1-2024 `posix_spawn_file_actions_addchdir` (glibc's `_np` name).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_addchdir_np(
    fa: *mut posix_spawn_file_actions_t,
    path: *const c_char,
) -> c_int {
    // SAFETY: the caller's list and path.
    unsafe { push_path(fa, action(A_CHDIR, 0), path) }
}

/// POSIX.1-2024 `posix_spawn_file_actions_addfchdir` (glibc's `_np` name).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_addfchdir_np(
    fa: *mut posix_spawn_file_actions_t,
    fd: c_int,
) -> c_int {
    if !valid_fd(fd) {
        return EBADF as c_int;
    }
    // SAFETY: the caller's list.
    unsafe { push(fa, action(A_FCHDIR, fd)) }
}

/// GNU `posix_spawn_file_actions_addclosefrom_np`: close every fd ≥ `from`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_addclosefrom_np(
    fa: *mut posix_spawn_file_actions_t,
    from: c_int,
) -> c_int {
    if !valid_fd(from) {
        return EBADF as c_int;
    }
    // SAFETY: the caller's list.
    unsafe { push(fa, action(A_CLOSEFROM, from)) }
}

// ---- spawning ----

/// What the child needs; on the parent's stack (shared, or copied under
/// qemu).
struct Child {
    path: *const c_char,
    argv: *const *mut c_char,
    envp: *const *mut c_char,
    fa: *const posix_spawn_file_actions_t,
    attr: *const posix_spawnattr_t,
    search: bool,
    errfd: c_int,
    oldmask: u64,
}

/// Whether signal `sig` (1-based) is in `s`.
fn in_set(s: &sigset_t, sig: usize) -> bool {
    let bits = 8 * core::mem::size_of::<c_ulong>();
    let i = sig - 1;
    s.val[i / bits] >> (i % bits) & 1 != 0
}

/// The first 64 bits of `s`, as the kernel reads a mask.
fn kmask(s: &sigset_t) -> u64 {
    let mut m = 0u64;
    for sig in 1..=64 {
        if in_set(s, sig) {
            m |= 1 << (sig - 1);
        }
    }
    m
}

/// `errfd` moved out of the way when an action is about to use its number.
unsafe fn dodge(c: &mut Child, fd: c_int) -> Result<(), i32> {
    if fd == c.errfd {
        // SAFETY: duplicates an open descriptor.
        let r = unsafe { sys!(__NR_fcntl, c.errfd, nr::F_DUPFD_CLOEXEC, 0) };
        let n = syscall::decode(r)? as c_int;
        // SAFETY: the old number is about to be reused by the action.
        unsafe { sys!(__NR_close, c.errfd) };
        c.errfd = n;
    }
    Ok(())
}

fn check(r: isize) -> Result<usize, i32> {
    syscall::decode(r)
}

/// The child's work before the exec; an `Err` is the errno to report.
unsafe fn child_setup(c: &mut Child) -> Result<(), i32> {
    // SAFETY: (for this block) the child's own system calls on the
    // caller's objects, which stay alive while the parent is suspended.
    unsafe {
        let attr = c.attr.as_ref();
        let flags = attr.map_or(0, |a| a.__flags);
        // Signals: a caught one (its handler is the parent's code) and each
        // one in the sigdefault set go back to SIG_DFL.
        for sig in 1..=nr::_NSIG as usize {
            if sig == nr::SIGKILL as usize || sig == nr::SIGSTOP as usize {
                continue;
            }
            let mut old: nr::kernel_sigaction = core::mem::zeroed();
            let def = flags & POSIX_SPAWN_SETSIGDEF != 0 && in_set(&attr.unwrap().__sd, sig);
            if !def {
                if sys!(__NR_rt_sigaction, sig, 0, &raw mut old, KMASK) < 0 {
                    continue;
                }
                let h =
                    core::mem::transmute::<nr::__kernel_sighandler_t, usize>(old.sa_handler_kernel);
                if h == 0 || h == 1 {
                    continue;
                }
            }
            let dfl: nr::kernel_sigaction = core::mem::zeroed();
            sys!(__NR_rt_sigaction, sig, &raw const dfl, 0, KMASK);
        }
        if flags & POSIX_SPAWN_SETSID != 0 {
            check(sys!(__NR_setsid))?;
        }
        if flags & POSIX_SPAWN_SETPGROUP != 0 {
            check(sys!(__NR_setpgid, 0, attr.unwrap().__pgrp))?;
        }
        if flags & POSIX_SPAWN_SETSCHEDULER != 0 {
            let a = attr.unwrap();
            check(sys!(
                __NR_sched_setscheduler,
                0,
                a.__policy,
                &raw const a.__sp
            ))?;
        } else if flags & POSIX_SPAWN_SETSCHEDPARAM != 0 {
            check(sys!(__NR_sched_setparam, 0, &raw const attr.unwrap().__sp))?;
        }
        if flags & POSIX_SPAWN_RESETIDS != 0 {
            let keep = usize::MAX;
            let gid = syscall::syscall0(arch::NR_GETGID);
            check(syscall::syscall3(
                arch::NR_SETRESGID,
                keep,
                gid as usize,
                keep,
            ))?;
            let uid = syscall::syscall0(arch::NR_GETUID);
            check(syscall::syscall3(
                arch::NR_SETRESUID,
                keep,
                uid as usize,
                keep,
            ))?;
        }
        if let Some(fa) = c.fa.as_ref() {
            for i in 0..fa.__used.max(0) as usize {
                let a = *fa.__actions.add(i);
                match a.kind {
                    A_CLOSE => {
                        dodge(c, a.fd)?;
                        // Closing a descriptor that is not open is no error.
                        sys!(__NR_close, a.fd);
                    }
                    A_DUP2 if a.fd == a.newfd => {
                        let f = check(sys!(__NR_fcntl, a.fd, nr::F_GETFD))?;
                        let f = f & !(nr::FD_CLOEXEC as usize);
                        check(sys!(__NR_fcntl, a.fd, nr::F_SETFD, f))?;
                    }
                    A_DUP2 => {
                        dodge(c, a.newfd)?;
                        check(arch::dup2(a.fd, a.newfd))?;
                    }
                    A_OPEN => {
                        dodge(c, a.fd)?;
                        let fl = a.oflag | arch::O_LARGEFILE;
                        let fd = check(sys!(__NR_openat, nr::AT_FDCWD, a.path, fl, a.mode))?;
                        let fd = fd as c_int;
                        if fd != a.fd {
                            let r = arch::dup2(fd, a.fd);
                            sys!(__NR_close, fd);
                            check(r)?;
                        }
                    }
                    A_CHDIR => {
                        check(sys!(__NR_chdir, a.path))?;
                    }
                    A_FCHDIR => {
                        check(sys!(__NR_fchdir, a.fd))?;
                    }
                    A_CLOSEFROM => {
                        if c.errfd >= a.fd {
                            // Keep the error pipe below `from` if there is room.
                            let r = sys!(__NR_fcntl, c.errfd, nr::F_DUPFD_CLOEXEC, 0);
                            if r >= 0 && (r as c_int) < a.fd {
                                sys!(__NR_close, c.errfd);
                                c.errfd = r as c_int;
                            } else if r >= 0 {
                                sys!(__NR_close, r);
                            }
                        }
                        check(sys!(__NR_close_range, a.fd, u32::MAX, 0))?;
                    }
                    _ => return Err(EINVAL as i32),
                }
            }
        }
        let mask = if flags & POSIX_SPAWN_SETSIGMASK != 0 {
            kmask(&attr.unwrap().__ss)
        } else {
            c.oldmask
        };
        check(sys!(
            __NR_rt_sigprocmask,
            nr::SIG_SETMASK,
            &raw const mask,
            0,
            KMASK
        ))?;
    }
    Ok(())
}

/// The child: set up, exec, or report the errno and exit 127.
unsafe extern "C" fn child_main(arg: *mut c_void) -> c_int {
    // SAFETY: `arg` is the parent's `Child`, alive until we exec or exit.
    let c = unsafe { &mut *(arg as *mut Child) };
    // SAFETY: the caller's objects.
    let e = match unsafe { child_setup(c) } {
        Err(e) => e,
        Ok(()) if c.search => {
            // SAFETY: the caller's strings and vectors.
            unsafe { crate::unistd::exec_search(c.path, c.argv, c.envp, false) }
        }
        Ok(()) => {
            // SAFETY: the kernel checks the arguments.
            -(unsafe { sys!(__NR_execve, c.path, c.argv, c.envp) } as i32)
        }
    };
    // SAFETY: writes 4 bytes from a local; the pipe is ours.
    unsafe { sys!(__NR_write, c.errfd, &raw const e, 4) };
    127
}

const STACK: usize = 64 * 1024;

/// The spawn itself; returns 0 or the errno.
pub(crate) unsafe fn spawn(
    pid: *mut pid_t,
    path: *const c_char,
    fa: *const posix_spawn_file_actions_t,
    attr: *const posix_spawnattr_t,
    argv: *const *mut c_char,
    envp: *const *mut c_char,
    search: bool,
) -> c_int {
    let mut p = [0 as c_int; 2];
    // SAFETY: (for this block) system calls on our locals and mapping.
    unsafe {
        if let Err(e) = check(sys!(__NR_pipe2, p.as_mut_ptr(), nr::O_CLOEXEC)) {
            return e;
        }
        let prot = nr::PROT_READ | nr::PROT_WRITE;
        let mflags = nr::MAP_PRIVATE | nr::MAP_ANONYMOUS | nr::MAP_STACK;
        let stack = arch::mmap(null_mut(), STACK, prot as c_int, mflags as c_int, -1, 0);
        if let Err(e) = check(stack) {
            sys!(__NR_close, p[0]);
            sys!(__NR_close, p[1]);
            return e;
        }
        let all = u64::MAX;
        let mut old = 0u64;
        sys!(
            __NR_rt_sigprocmask,
            nr::SIG_SETMASK,
            &raw const all,
            &raw mut old,
            KMASK
        );
        let mut c = Child {
            path,
            argv,
            envp,
            fa,
            attr,
            search,
            errfd: p[1],
            oldmask: old,
        };
        let flags = nr::CLONE_VM | nr::CLONE_VFORK | nr::SIGCHLD;
        let top = (stack as *mut u8).add(STACK);
        let r = arch::clone_run(flags as usize, top, child_main, (&raw mut c).cast());
        sys!(
            __NR_rt_sigprocmask,
            nr::SIG_SETMASK,
            &raw const old,
            0,
            KMASK
        );
        sys!(__NR_close, p[1]);
        let mut err: c_int = 0;
        let res = match check(r) {
            Err(e) => e,
            Ok(child) => {
                let n = loop {
                    let n = sys!(__NR_read, p[0], &raw mut err, 4);
                    if n != -(EINTR as isize) {
                        break n;
                    }
                };
                if n == 4 {
                    // The child failed and exited: reap it.
                    while sys!(__NR_wait4, child, 0, 0, 0) == -(EINTR as isize) {}
                    err
                } else {
                    if !pid.is_null() {
                        *pid = child as pid_t;
                    }
                    0
                }
            }
        };
        sys!(__NR_close, p[0]);
        sys!(__NR_munmap, stack, STACK);
        res
    }
}

/// POSIX.1-2024 `posix_spawn`: 0 and the child's pid, or an errno (the
/// failed child already reaped).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn(
    pid: *mut pid_t,
    path: *const c_char,
    fa: *const posix_spawn_file_actions_t,
    attr: *const posix_spawnattr_t,
    argv: *const *mut c_char,
    envp: *const *mut c_char,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { spawn(pid, path, fa, attr, argv, envp, false) }
}

/// POSIX.1-2024 `posix_spawnp`: `posix_spawn` with execvp's `$PATH`
/// search (no `/bin/sh` fallback for ENOEXEC files, as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnp(
    pid: *mut pid_t,
    file: *const c_char,
    fa: *const posix_spawn_file_actions_t,
    attr: *const posix_spawnattr_t,
    argv: *const *mut c_char,
    envp: *const *mut c_char,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { spawn(pid, file, fa, attr, argv, envp, true) }
}
