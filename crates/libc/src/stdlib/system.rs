//! `system`: `/bin/sh -c command` through the spawn machinery.
use crate::signal::sigset_t;
use crate::spawn::{self, POSIX_SPAWN_SETSIGDEF, POSIX_SPAWN_SETSIGMASK, posix_spawnattr_t};
use crate::types::*;
use syscall::errno::EINTR;
use syscall::nr;

const KMASK: usize = 8;

/// Set `sig` to SIG_IGN, returning its old action.
unsafe fn ignore(sig: u32) -> nr::kernel_sigaction {
    // SAFETY: (for this block) zeroed kernel structs are valid (SIG_DFL,
    // no flags, empty mask); SIG_IGN is the handler value 1.
    unsafe {
        let mut old: nr::kernel_sigaction = core::mem::zeroed();
        let mut ign: nr::kernel_sigaction = core::mem::zeroed();
        ign.sa_handler_kernel = core::mem::transmute::<usize, nr::__kernel_sighandler_t>(1);
        sys!(__NR_rt_sigaction, sig, &raw const ign, &raw mut old, KMASK);
        old
    }
}

fn is_ignored(a: &nr::kernel_sigaction) -> bool {
    // SAFETY: reading the handler as the word the kernel stored.
    unsafe { core::mem::transmute::<nr::__kernel_sighandler_t, usize>(a.sa_handler_kernel) == 1 }
}

fn add(set: &mut sigset_t, sig: u32) {
    let bits = 8 * core::mem::size_of::<c_ulong>();
    let i = sig as usize - 1;
    set.val[i / bits] |= 1 << (i % bits);
}

/// What a `system` cancelled in its wait puts right.
struct Undo {
    pid: pid_t,
    int_old: nr::kernel_sigaction,
    quit_old: nr::kernel_sigaction,
    mask: u64,
}

/// The cleanup of a cancelled `system`: the shell killed and reaped, the
/// caller's SIGINT and SIGQUIT actions and signal mask back.
unsafe extern "C" fn cancelled(arg: *mut c_void) {
    // SAFETY: (for this block) the waiter's context on its stack; system
    // calls on its fields.
    unsafe {
        let u = &*(arg as *const Undo);
        sys!(__NR_kill, u.pid, nr::SIGKILL);
        while sys!(__NR_wait4, u.pid, 0, 0, 0) == -(EINTR as isize) {}
        restore(u);
    }
}

/// The caller's SIGINT and SIGQUIT actions and mask again.
unsafe fn restore(u: &Undo) {
    // SAFETY: the kernel reads our saved structs.
    unsafe {
        sys!(
            __NR_rt_sigaction,
            nr::SIGINT,
            &raw const u.int_old,
            0,
            KMASK
        );
        sys!(
            __NR_rt_sigaction,
            nr::SIGQUIT,
            &raw const u.quit_old,
            0,
            KMASK
        );
        sys!(
            __NR_rt_sigprocmask,
            nr::SIG_SETMASK,
            &raw const u.mask,
            0,
            KMASK
        );
    }
}

/// Run `cmd` with `sh -c`; the wait status, or -1 if the wait failed.
unsafe fn run(cmd: *const c_char) -> c_int {
    // SAFETY: (for this block) signal system calls on our locals, then the
    // spawn with a vector of C strings that outlive it.
    unsafe {
        let int_old = ignore(nr::SIGINT);
        let quit_old = ignore(nr::SIGQUIT);
        let chld = 1u64 << (nr::SIGCHLD - 1);
        let mut old = 0u64;
        sys!(
            __NR_rt_sigprocmask,
            nr::SIG_BLOCK,
            &raw const chld,
            &raw mut old,
            KMASK
        );

        let mut attr: posix_spawnattr_t = core::mem::zeroed();
        attr.__flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK;
        // The child gets back what the caller had: default actions for
        // SIGINT/SIGQUIT unless the caller ignored them, its old mask.
        if !is_ignored(&int_old) {
            add(&mut attr.__sd, nr::SIGINT);
        }
        if !is_ignored(&quit_old) {
            add(&mut attr.__sd, nr::SIGQUIT);
        }
        attr.__ss.val[0] = old as c_ulong;
        #[cfg(target_pointer_width = "32")]
        {
            attr.__ss.val[1] = (old >> 32) as c_ulong;
        }
        let argv = [
            c"sh".as_ptr() as *mut c_char,
            c"-c".as_ptr() as *mut c_char,
            cmd as *mut c_char,
            core::ptr::null_mut(),
        ];
        let mut pid: pid_t = 0;
        let e = spawn::spawn(
            &raw mut pid,
            c"/bin/sh".as_ptr(),
            core::ptr::null(),
            &raw const attr,
            argv.as_ptr(),
            crate::stdlib::environ,
            false,
        );
        let mut status: c_int;
        if e == 0 {
            status = 0;
            // The wait is a cancellation point: a caller cancelled in it
            // kills and reaps the shell and gets its signal state back.
            let mut ctx = Undo {
                pid,
                int_old,
                quit_old,
                mask: old,
            };
            let mut cb = crate::pthread::cancel::CleanupBuf {
                routine: None,
                arg: core::ptr::null_mut(),
                canceltype: 0,
                prev: core::ptr::null_mut(),
            };
            crate::pthread::cancel::push(&mut cb, Some(cancelled), (&raw mut ctx).cast());
            loop {
                let r = cp!(__NR_wait4, pid, &raw mut status, 0, 0);
                if r == -(EINTR as isize) {
                    continue;
                }
                if r < 0 {
                    crate::errno::set(-r as i32);
                    status = -1;
                }
                break;
            }
            crate::pthread::cancel::pop(&mut cb, false);
        } else {
            // The shell could not run: as if it had exited 127.
            status = 127 << 8;
        }
        sys!(__NR_rt_sigaction, nr::SIGINT, &raw const int_old, 0, KMASK);
        sys!(
            __NR_rt_sigaction,
            nr::SIGQUIT,
            &raw const quit_old,
            0,
            KMASK
        );
        sys!(
            __NR_rt_sigprocmask,
            nr::SIG_SETMASK,
            &raw const old,
            0,
            KMASK
        );
        status
    }
}

/// C17/POSIX.1-2024 `system`: the wait status of `/bin/sh -c cmd`, with
/// SIGINT and SIGQUIT ignored and SIGCHLD blocked in the caller while it
/// waits; 127 as exit status if the shell cannot run. `system(NULL)` is
/// nonzero when a shell can be run.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn system(cmd: *const c_char) -> c_int {
    if cmd.is_null() {
        // SAFETY: a static command.
        return (unsafe { run(c"exit 0".as_ptr()) } == 0) as c_int;
    }
    // SAFETY: the caller's C string.
    unsafe { run(cmd) }
}
