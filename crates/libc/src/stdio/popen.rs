//! `popen` and `pclose`: a stream on a pipe to `/bin/sh -c command`.
//!
//! Each open popen stream is a node in one list (allocated through
//! `crate::heap`) holding its stream, its fd and the child's pid: pclose
//! finds the pid there, and every new child closes the fds of the others
//! (POSIX). The list has no lock yet: this libc has no threads so far.
use super::{fclose, fdopen};
use crate::file::FILE;
use crate::heap;
use crate::kernel::fail;
use crate::spawn::{self, posix_spawn_file_actions_t};
use crate::spawn::{posix_spawn_file_actions_addclose, posix_spawn_file_actions_adddup2};
use crate::spawn::{posix_spawn_file_actions_destroy, posix_spawn_file_actions_init};
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::*;
use syscall::nr;

struct Node {
    f: *mut FILE,
    fd: c_int,
    pid: pid_t,
    next: *mut Node,
}

static mut LIST: *mut Node = null_mut();

/// POSIX.1-2024 `popen`: mode `r` or `w`, plus `e` (close-on-exec for the
/// caller's end, as glibc); anything else is EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn popen(cmd: *const c_char, mode: *const c_char) -> *mut FILE {
    let (mut rd, mut wr, mut cloexec) = (false, false, false);
    // SAFETY: the caller's C string.
    for &c in unsafe { core::ffi::CStr::from_ptr(mode) }.to_bytes() {
        match c {
            b'r' => rd = true,
            b'w' => wr = true,
            b'e' => cloexec = true,
            _ => {
                fail(EINVAL);
                return null_mut();
            }
        }
    }
    if rd == wr {
        fail(EINVAL);
        return null_mut();
    }
    let mut p = [0 as c_int; 2];
    // SAFETY: pipe2 fills our array.
    if crate::kernel::ret(unsafe { sys!(__NR_pipe2, p.as_mut_ptr(), nr::O_CLOEXEC) }) < 0 {
        return null_mut();
    }
    // The caller's end and the child's end, which becomes its fd 1 or 0.
    let (mine, theirs, target) = if rd { (p[0], p[1], 1) } else { (p[1], p[0], 0) };
    // SAFETY: (for this block) the node allocation, a file-action list
    // built and destroyed here, a spawn with static and caller strings.
    unsafe {
        let node = heap::malloc(core::mem::size_of::<Node>()) as *mut Node;
        let mut fa: posix_spawn_file_actions_t = core::mem::zeroed();
        posix_spawn_file_actions_init(&raw mut fa);
        let mut e = if node.is_null() { ENOMEM as c_int } else { 0 };
        if e == 0 {
            e = posix_spawn_file_actions_adddup2(&raw mut fa, theirs, target);
        }
        let mut n = LIST;
        while e == 0 && !n.is_null() {
            if (*n).fd != target {
                e = posix_spawn_file_actions_addclose(&raw mut fa, (*n).fd);
            }
            n = (*n).next;
        }
        let mut pid: pid_t = 0;
        if e == 0 {
            let argv = [
                c"sh".as_ptr() as *mut c_char,
                c"-c".as_ptr() as *mut c_char,
                cmd as *mut c_char,
                null_mut(),
            ];
            e = spawn::spawn(
                &raw mut pid,
                c"/bin/sh".as_ptr(),
                &raw const fa,
                core::ptr::null(),
                argv.as_ptr(),
                crate::stdlib::environ,
                false,
            );
        }
        posix_spawn_file_actions_destroy(&raw mut fa);
        sys!(__NR_close, theirs);
        if e != 0 {
            sys!(__NR_close, mine);
            heap::free(node as *mut c_void);
            fail(e as u32);
            return null_mut();
        }
        if !cloexec {
            sys!(__NR_fcntl, mine, nr::F_SETFD, 0);
        }
        let f = fdopen(mine, if rd { c"r".as_ptr() } else { c"w".as_ptr() });
        if f.is_null() {
            let saved = *crate::errno::__errno_location();
            sys!(__NR_close, mine);
            while sys!(__NR_wait4, pid, 0, 0, 0) == -(EINTR as isize) {}
            heap::free(node as *mut c_void);
            fail(saved as u32);
            return null_mut();
        }
        node.write(Node {
            f,
            fd: mine,
            pid,
            next: LIST,
        });
        LIST = node;
        f
    }
}

/// POSIX.1-2024 `pclose`: closes the stream and returns the child's wait
/// status; -1 with ECHILD when the child was already reaped (or `f` is not
/// a popen stream).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pclose(f: *mut FILE) -> c_int {
    // SAFETY: (for this block) the list's nodes are ours; the stream is
    // the caller's.
    unsafe {
        let mut link = &raw mut LIST;
        while !(*link).is_null() && (**link).f != f {
            link = &raw mut (**link).next;
        }
        let node = *link;
        if node.is_null() {
            return fail(ECHILD);
        }
        *link = (*node).next;
        let pid = (*node).pid;
        heap::free(node as *mut c_void);
        fclose(f);
        let mut status: c_int = 0;
        loop {
            let r = sys!(__NR_wait4, pid, &raw mut status, 0, 0);
            if r == -(EINTR as isize) {
                continue;
            }
            if r < 0 {
                return fail(-r as u32);
            }
            return status;
        }
    }
}
