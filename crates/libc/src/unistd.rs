//! `<unistd.h>`: file descriptors, paths, process ids, sysconf.
use crate::arch;
use crate::kernel::{fail, ret, ret_int};
use crate::types::*;
use syscall::errno::*;
use syscall::nr::{AT_EACCESS, AT_FDCWD, AT_REMOVEDIR};

const FDCWD: c_int = AT_FDCWD;

/// POSIX.1-2024 `read`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn read(fd: c_int, buf: *mut c_void, n: size_t) -> ssize_t {
    // SAFETY: the kernel checks the buffer (EFAULT).
    ret(unsafe { cp!(__NR_read, fd, buf, n) })
}

/// POSIX.1-2024 `write`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn write(fd: c_int, buf: *const c_void, n: size_t) -> ssize_t {
    // SAFETY: the kernel checks the buffer (EFAULT).
    ret(unsafe { cp!(__NR_write, fd, buf, n) })
}

/// POSIX.1-2024 `close`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn close(fd: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { cp!(__NR_close, fd) })
}

/// `close` that is not a cancellation point, for the library's own
/// clean-up (cancelled before the call, a descriptor would stay open).
pub(crate) fn close_nocancel(fd: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_close, fd) })
}

/// POSIX.1-2024 `dup`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn dup(fd: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_dup, fd) })
}

/// POSIX.1-2024 `dup2`: `dup2(fd, fd)` returns fd if it is open, else
/// -1/EBADF; on arches without the dup2 syscall it is built on dup3.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn dup2(old: c_int, new: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { arch::dup2(old, new) })
}

/// POSIX.1-2024 `dup3` (flags: `O_CLOEXEC`; `old == new` is EINVAL).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn dup3(old: c_int, new: c_int, flags: c_int) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_dup3, old, new, flags) })
}

/// POSIX.1-2024 `lseek` (64-bit `off_t` on every arch).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn lseek(fd: c_int, off: off_t, whence: c_int) -> off_t {
    // SAFETY: plain values.
    match unsafe { arch::lseek(fd, off, whence) } {
        Ok(v) => v,
        Err(e) => fail(e as u32) as off_t,
    }
}

/// POSIX.1-2024 `pipe`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pipe(fds: *mut c_int) -> c_int {
    // SAFETY: the kernel checks the array pointer.
    ret_int(unsafe { sys!(__NR_pipe2, fds, 0) })
}

/// POSIX.1-2024 `pipe2` (flags `O_CLOEXEC O_NONBLOCK O_DIRECT O_NOTIFICATION_PIPE`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pipe2(fds: *mut c_int, flags: c_int) -> c_int {
    // SAFETY: as above.
    ret_int(unsafe { sys!(__NR_pipe2, fds, flags) })
}

/// POSIX.1-2024 `unlink`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn unlink(path: *const c_char) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_unlinkat, FDCWD, path, 0) })
}

/// POSIX.1-2024 `unlinkat` (flag `AT_REMOVEDIR`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn unlinkat(dirfd: c_int, path: *const c_char, flags: c_int) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_unlinkat, dirfd, path, flags) })
}

/// POSIX.1-2024 `rmdir`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn rmdir(path: *const c_char) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_unlinkat, FDCWD, path, AT_REMOVEDIR) })
}

/// POSIX.1-2024 `chdir`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn chdir(path: *const c_char) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_chdir, path) })
}

/// POSIX.1-2024 `fchdir`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fchdir(fd: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_fchdir, fd) })
}

/// The kernel's `getcwd` into `buf` (`size` bytes): the length with the
/// NUL, or the errno (ENOENT for a directory unreachable from the root,
/// which the kernel reports as a path not starting with `/`).
///
/// # Safety
/// `buf` is `size` writable bytes.
unsafe fn kernel_getcwd(buf: *mut u8, size: usize) -> Result<usize, u32> {
    // SAFETY: the caller's buffer of that size.
    let n = syscall::decode(unsafe { sys!(__NR_getcwd, buf, size) }).map_err(|e| e as u32)?;
    // SAFETY: the kernel wrote at least the NUL.
    if n == 0 || unsafe { *buf } != b'/' {
        return Err(ENOENT);
    }
    Ok(n)
}

/// A directory's identity.
fn dev_ino(fd: c_int, name: *const c_char, flags: c_int) -> Option<(u64, u64)> {
    let mut st = core::mem::MaybeUninit::<crate::sys::stat::stat>::uninit();
    // SAFETY: name is a C string; st is a local struct stat.
    if unsafe { crate::sys::stat::fstatat(fd, name, st.as_mut_ptr(), flags) } != 0 {
        return None;
    }
    // SAFETY: fstatat filled it.
    let st = unsafe { st.assume_init_ref() };
    Some((st.st_dev, st.st_ino))
}

fn close_fd(fd: c_int) {
    // SAFETY: closing an fd this module opened.
    unsafe { sys!(__NR_close, fd) };
}

/// The name in directory `dir` of its entry `want` (device, inode), pushed
/// onto `out` as `/name`. Entries on the same device are matched by the
/// inode getdents gives; a mount point's entry shows the inode under the
/// mount, so across devices each directory entry is stat'ed.
fn find_entry(
    dir: c_int,
    want: (u64, u64),
    same_dev: bool,
    out: &mut crate::heap::Vec<u8>,
) -> Result<(), u32> {
    #[repr(C, align(8))]
    struct Buf([u8; 2048]);
    let mut buf = Buf([0; 2048]);
    loop {
        // SAFETY: buf is a local of the length passed.
        let n =
            syscall::decode(unsafe { sys!(__NR_getdents64, dir, buf.0.as_mut_ptr(), buf.0.len()) })
                .map_err(|e| e as u32)?;
        if n == 0 {
            return Err(ENOENT);
        }
        let mut at = 0;
        while at + 19 < n {
            let rec = &buf.0[at..n];
            let ino = u64::from_ne_bytes(rec[0..8].try_into().unwrap_or([0; 8]));
            let reclen = u16::from_ne_bytes([rec[16], rec[17]]) as usize;
            let ty = rec[18];
            if reclen < 20 || reclen > rec.len() {
                return Err(ENOENT);
            }
            let name = &rec[19..reclen];
            let len = name.iter().position(|&c| c == 0).unwrap_or(name.len());
            let name_c = name.as_ptr() as *const c_char;
            at += reclen;
            let dots = matches!(&name[..len], b"." | b"..");
            let dirlike = ty == 4 /* DT_DIR */ || ty == 0 /* DT_UNKNOWN */;
            if dots || !dirlike || (same_dev && ino != want.1) {
                continue;
            }
            if dev_ino(dir, name_c, syscall::nr::AT_SYMLINK_NOFOLLOW as c_int) == Some(want) {
                out.push(b'/').map_err(|_| ENOMEM)?;
                return out.extend_from_slice(&name[..len]).map_err(|_| ENOMEM);
            }
        }
    }
}

/// The working directory's path found by walking up from `.` through
/// `..` to `/`, each step naming the directory in its parent: for paths
/// the kernel's `getcwd` cannot return (longer than a page). The result
/// is allocated (the caller frees it) and NUL-terminated; with its length.
fn walk_getcwd() -> Result<(*mut u8, usize), u32> {
    let root = dev_ino(AT_FDCWD, c"/".as_ptr(), 0).ok_or(ENOENT)?;
    let flags = syscall::nr::O_RDONLY | syscall::nr::O_DIRECTORY | syscall::nr::O_CLOEXEC;
    // SAFETY: a constant path.
    let mut fd = syscall::decode(unsafe { sys!(__NR_openat, AT_FDCWD, c".".as_ptr(), flags) })
        .map_err(|e| e as u32)? as c_int;
    // The components from the leaf up, each as "/name".
    let mut rev = crate::heap::Vec::<u8>::new();
    let res = loop {
        let Some(cur) = dev_ino(fd, c"".as_ptr(), syscall::nr::AT_EMPTY_PATH as c_int) else {
            break Err(crate::errno::get() as u32);
        };
        if cur == root {
            break Ok(());
        }
        // SAFETY: a constant path relative to our fd.
        let up = match syscall::decode(unsafe { sys!(__NR_openat, fd, c"..".as_ptr(), flags) }) {
            Ok(u) => u as c_int,
            Err(e) => break Err(e as u32),
        };
        close_fd(fd);
        fd = up;
        let Some(parent) = dev_ino(fd, c"".as_ptr(), syscall::nr::AT_EMPTY_PATH as c_int) else {
            break Err(crate::errno::get() as u32);
        };
        if parent == cur {
            // the top of a tree that is not the root's (after chroot or a
            // lazy unmount): unreachable, as the kernel says it
            break Err(ENOENT);
        }
        if let Err(e) = find_entry(fd, cur, parent.0 == cur.0, &mut rev) {
            break Err(e);
        }
    };
    close_fd(fd);
    res?;
    // Reverse the component order: "/c/b/a" becomes "/a/b/c"; none is "/".
    let r = rev.as_slice();
    let len = r.len().max(1);
    // SAFETY: a plain allocation, checked.
    let out = unsafe { crate::heap::malloc(len + 1) } as *mut u8;
    if out.is_null() {
        return Err(ENOMEM);
    }
    // SAFETY: out has len + 1 bytes.
    let dst = unsafe { core::slice::from_raw_parts_mut(out, len + 1) };
    dst[0] = b'/';
    let mut w = 0;
    for comp in r.rsplit(|&c| c == b'/').filter(|c| !c.is_empty()) {
        if let Some(d) = dst.get_mut(w..w + 1 + comp.len()) {
            d[0] = b'/';
            d[1..].copy_from_slice(comp);
        }
        w += 1 + comp.len();
    }
    dst[len] = 0;
    Ok((out, len + 1))
}

/// The working directory's path in a fresh allocation: the kernel's answer, grown while it says ERANGE, or the
/// walk up for a path it cannot give (ENAMETOOLONG).
fn getcwd_alloc() -> Result<(*mut u8, usize), u32> {
    let mut cap = 4096usize;
    loop {
        // SAFETY: a plain allocation, checked.
        let p = unsafe { crate::heap::malloc(cap) } as *mut u8;
        if p.is_null() {
            return Err(ENOMEM);
        }
        // SAFETY: p has cap bytes.
        match unsafe { kernel_getcwd(p, cap) } {
            Ok(n) => return Ok((p, n)),
            Err(e) => {
                // SAFETY: our allocation.
                unsafe { crate::heap::free(p as *mut c_void) };
                match e {
                    ERANGE if cap < (1 << 20) => cap *= 2,
                    ENAMETOOLONG => return walk_getcwd(),
                    e => return Err(e),
                }
            }
        }
    }
}

/// POSIX.1-2024 `getcwd`. With `buf == NULL` (a GNU extension) the result
/// is allocated with `malloc`, `size` bytes or as many as needed when 0.
/// A directory unreachable from the root gives ENOENT, as in glibc. A
/// path longer than the kernel returns (a page) is found by walking up
/// through `..`, as glibc does, so every depth has its answer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getcwd(buf: *mut c_char, size: size_t) -> *mut c_char {
    if !buf.is_null() && size == 0 {
        fail(EINVAL);
        return core::ptr::null_mut();
    }
    if !buf.is_null() {
        // SAFETY: the caller's buffer of `size` bytes.
        match unsafe { kernel_getcwd(buf as *mut u8, size) } {
            Ok(_) => return buf,
            Err(ENAMETOOLONG) => {}
            Err(e) => {
                fail(e);
                return core::ptr::null_mut();
            }
        }
    }
    let (p, n) = match getcwd_alloc() {
        Ok(r) => r,
        Err(e) => {
            fail(e);
            return core::ptr::null_mut();
        }
    };
    if size != 0 && n > size {
        // SAFETY: our allocation.
        unsafe { crate::heap::free(p as *mut c_void) };
        fail(ERANGE);
        return core::ptr::null_mut();
    }
    if !buf.is_null() {
        // SAFETY: n <= size bytes fit the caller's buffer.
        unsafe {
            core::ptr::copy_nonoverlapping(p, buf as *mut u8, n);
            crate::heap::free(p as *mut c_void);
        }
        return buf;
    }
    // Give back exactly `size` bytes when asked, else just the path.
    let want = if size == 0 { n } else { size };
    // SAFETY: our allocation, resized.
    let q = unsafe { crate::heap::realloc(p as *mut c_void, want) } as *mut c_char;
    if q.is_null() {
        // SAFETY: realloc failed, p is still ours.
        unsafe { crate::heap::free(p as *mut c_void) };
        fail(ENOMEM);
    }
    q
}

/// POSIX.1-2024 `access`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn access(path: *const c_char, mode: c_int) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_faccessat, FDCWD, path, mode) })
}

/// POSIX.1-2024 `faccessat` (flags `AT_EACCESS AT_SYMLINK_NOFOLLOW`,
/// Linux `AT_EMPTY_PATH`), through `faccessat2` when flags are given.
/// Kernels before 5.8 lack `faccessat2`; there `AT_EACCESS` alone is still
/// answered when the real and effective ids agree (it then changes nothing).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn faccessat(
    dirfd: c_int,
    path: *const c_char,
    mode: c_int,
    flags: c_int,
) -> c_int {
    if flags == 0 {
        // SAFETY: the kernel checks the path.
        return ret_int(unsafe { sys!(__NR_faccessat, dirfd, path, mode) });
    }
    // SAFETY: as above.
    let r = unsafe { sys!(__NR_faccessat2, dirfd, path, mode, flags) };
    if r == -(ENOSYS as isize)
        && flags == AT_EACCESS as c_int
        && getuid() == geteuid()
        && getgid() == getegid()
    {
        // SAFETY: as above.
        return ret_int(unsafe { sys!(__NR_faccessat, dirfd, path, mode) });
    }
    ret_int(r)
}

macro_rules! id_call {
    ($(#[$m:meta])* $name:ident, $ty:ty, $nr:expr) => {
        $(#[$m])*
        #[cfg_attr(not(test), unsafe(no_mangle))]
        pub extern "C" fn $name() -> $ty {
            // SAFETY: takes no arguments and cannot fail.
            unsafe { syscall::syscall0($nr) as $ty }
        }
    };
}
id_call!(
    /// POSIX.1-2024 `getpid`.
    getpid, pid_t, syscall::nr::__NR_getpid as usize);
id_call!(
    /// POSIX.1-2024 `getppid`.
    getppid, pid_t, syscall::nr::__NR_getppid as usize);
id_call!(
    /// POSIX.1-2024 `getuid`.
    getuid, uid_t, arch::NR_GETUID);
id_call!(
    /// POSIX.1-2024 `geteuid`.
    geteuid, uid_t, arch::NR_GETEUID);
id_call!(
    /// POSIX.1-2024 `getgid`.
    getgid, gid_t, arch::NR_GETGID);
id_call!(
    /// POSIX.1-2024 `getegid`.
    getegid, gid_t, arch::NR_GETEGID);

// The set*id calls change the credentials of the whole process, as
// POSIX wants: the kernel's calls are per thread, so once a second thread
// exists `kernel::setxid` repeats a successful call in every other thread
// (`pthread::setxid`) before returning. On i386 they are the `*32`
// syscalls (the plain ones take 16-bit ids).

/// POSIX.1-2024 `setuid`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setuid(uid: uid_t) -> c_int {
    // SAFETY: a plain value.
    ret_int(unsafe { crate::kernel::setxid(arch::NR_SETUID, uid as usize, 0, 0) })
}

/// POSIX.1-2024 `setgid`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setgid(gid: gid_t) -> c_int {
    // SAFETY: a plain value.
    ret_int(unsafe { crate::kernel::setxid(arch::NR_SETGID, gid as usize, 0, 0) })
}

/// POSIX.1-2024 `setreuid` (-1 leaves an id unchanged).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setreuid(r: uid_t, e: uid_t) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { crate::kernel::setxid(arch::NR_SETREUID, r as usize, e as usize, 0) })
}

/// POSIX.1-2024 `setregid` (-1 leaves an id unchanged).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setregid(r: gid_t, e: gid_t) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { crate::kernel::setxid(arch::NR_SETREGID, r as usize, e as usize, 0) })
}

/// GNU `setresuid` (-1 leaves an id unchanged).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setresuid(r: uid_t, e: uid_t, s: uid_t) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe {
        crate::kernel::setxid(arch::NR_SETRESUID, r as usize, e as usize, s as usize)
    })
}

/// GNU `setresgid` (-1 leaves an id unchanged).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setresgid(r: gid_t, e: gid_t, s: gid_t) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe {
        crate::kernel::setxid(arch::NR_SETRESGID, r as usize, e as usize, s as usize)
    })
}

/// POSIX.1-2024 `seteuid`: `setresuid(-1, uid, -1)`; `uid == -1` is
/// EINVAL, as in glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn seteuid(uid: uid_t) -> c_int {
    if uid == uid_t::MAX {
        return fail(EINVAL);
    }
    setresuid(uid_t::MAX, uid, uid_t::MAX)
}

/// POSIX.1-2024 `setegid`: `setresgid(-1, gid, -1)`; `gid == -1` is
/// EINVAL, as in glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setegid(gid: gid_t) -> c_int {
    if gid == gid_t::MAX {
        return fail(EINVAL);
    }
    setresgid(gid_t::MAX, gid, gid_t::MAX)
}

/// GNU `getresuid`: real, effective and saved user ids.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getresuid(r: *mut uid_t, e: *mut uid_t, s: *mut uid_t) -> c_int {
    // SAFETY: the kernel checks the pointers.
    ret_int(unsafe { syscall::syscall3(arch::NR_GETRESUID, r as usize, e as usize, s as usize) })
}

/// GNU `getresgid`: real, effective and saved group ids.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getresgid(r: *mut gid_t, e: *mut gid_t, s: *mut gid_t) -> c_int {
    // SAFETY: the kernel checks the pointers.
    ret_int(unsafe { syscall::syscall3(arch::NR_GETRESGID, r as usize, e as usize, s as usize) })
}

/// POSIX.1-2024 `getgroups`: the supplementary groups; `n == 0` only
/// counts them, a nonzero `n` below the count (or a negative one) is
/// EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getgroups(n: c_int, list: *mut gid_t) -> c_int {
    // SAFETY: the kernel checks the list against n.
    ret_int(unsafe { syscall::syscall2(arch::NR_GETGROUPS, n as isize as usize, list as usize) })
}

/// XSI `nice`: add `inc` to the nice value and return the new one (-1 is
/// a valid result: errno tells, and is left alone on success). Not
/// permitted is EPERM, as POSIX says (the kernel says EACCES).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn nice(inc: c_int) -> c_int {
    use crate::sys::resource::{getpriority, setpriority};
    use syscall::nr::PRIO_PROCESS;
    let saved = crate::errno::get();
    crate::errno::set(0);
    let cur = getpriority(PRIO_PROCESS as c_int, 0);
    if cur == -1 && crate::errno::get() != 0 {
        return -1;
    }
    if setpriority(PRIO_PROCESS as c_int, 0, cur.saturating_add(inc)) != 0 {
        if crate::errno::get() == EACCES as i32 {
            crate::errno::set(EPERM as i32);
        }
        return -1;
    }
    crate::errno::set(saved);
    getpriority(PRIO_PROCESS as c_int, 0)
}

/// POSIX.1-2024 `isatty`: 1 for a terminal, else 0 with errno (ENOTTY, EBADF).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn isatty(fd: c_int) -> c_int {
    let mut t = core::mem::MaybeUninit::<syscall::nr::termios>::uninit();
    // SAFETY: TCGETS writes one struct termios into our buffer.
    let r = unsafe { sys!(__NR_ioctl, fd, syscall::ioctl::TCGETS, t.as_mut_ptr()) };
    if ret(r) < 0 { 0 } else { 1 }
}

/// POSIX.1-2024 `sync`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sync() {
    // SAFETY: no arguments.
    unsafe { sys!(__NR_sync) };
}

/// POSIX.1-2024 `fsync`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fsync(fd: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { cp!(__NR_fsync, fd) })
}

/// POSIX.1-2024 `fdatasync`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fdatasync(fd: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { cp!(__NR_fdatasync, fd) })
}

/// Linux `syncfs`: write out the file system that holds `fd`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn syncfs(fd: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_syncfs, fd) })
}

/// BSD/GNU `chroot`: make `path` the process's root directory (the
/// working directory stays where it is).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn chroot(path: *const c_char) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_chroot, path) })
}

/// Linux `pivot_root`: make the mount at `new_root` the root of the mount
/// namespace and move the old root to `put_old`. No header declares it
/// (glibc has none); exported as musl does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pivot_root(new_root: *const c_char, put_old: *const c_char) -> c_int {
    // SAFETY: the kernel checks the paths.
    ret_int(unsafe { sys!(__NR_pivot_root, new_root, put_old) })
}

/// Linux `copy_file_range`: copy up to `len` bytes between two files in
/// the kernel; a non-null offset is used (and advanced) instead of that
/// file's position.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn copy_file_range(
    fd_in: c_int,
    off_in: *mut off_t,
    fd_out: c_int,
    off_out: *mut off_t,
    len: size_t,
    flags: c_uint,
) -> ssize_t {
    // SAFETY: the kernel checks the offset pointers (64-bit loff_t).
    ret(unsafe {
        sys!(
            __NR_copy_file_range,
            fd_in,
            off_in,
            fd_out,
            off_out,
            len,
            flags
        )
    })
}

/// POSIX.1-2024 `ftruncate`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ftruncate(fd: c_int, len: off_t) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { arch::ftruncate(fd, len) })
}

/// POSIX.1-2024 `truncate`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn truncate(path: *const c_char, len: off_t) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { arch::truncate(path, len) })
}

/// `lockf` commands (POSIX.1-2024, XSI).
const F_ULOCK: c_int = 0;
const F_LOCK: c_int = 1;
const F_TLOCK: c_int = 2;
const F_TEST: c_int = 3;

/// POSIX.1-2024 (XSI) `lockf`: a write lock of `fcntl` on the `len` bytes
/// from the current offset (`len` 0: to the end of the file and beyond;
/// negative: the `-len` bytes before the offset). `F_TEST` fails with
/// EACCES when another process holds a lock on part of the range, as
/// glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn lockf(fd: c_int, cmd: c_int, len: off_t) -> c_int {
    use syscall::nr::{F_UNLCK, F_WRLCK, SEEK_CUR};
    let mut fl = arch::KFlock {
        l_type: F_WRLCK as i16,
        l_whence: SEEK_CUR as i16,
        l_start: 0,
        l_len: len as _,
        l_pid: 0,
    };
    let fcmd = match cmd {
        F_ULOCK => {
            fl.l_type = F_UNLCK as i16;
            arch::F_SETLK
        }
        F_LOCK => arch::F_SETLKW,
        F_TLOCK => arch::F_SETLK,
        F_TEST => arch::F_GETLK,
        _ => return fail(EINVAL),
    };
    // SAFETY: the lock commands read (and F_GETLK writes) our local.
    let r = unsafe {
        crate::kernel::cp6(
            arch::NR_FCNTL,
            fd as usize,
            fcmd as usize,
            &raw mut fl as usize,
            0,
            0,
            0,
        )
    };
    if r < 0 || cmd != F_TEST {
        return ret_int(r);
    }
    if fl.l_type == F_UNLCK as i16 || fl.l_pid == getpid() {
        0
    } else {
        fail(EACCES)
    }
}

/// POSIX.1-2024 `link`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn link(old: *const c_char, new: *const c_char) -> c_int {
    // SAFETY: the kernel checks the paths.
    ret_int(unsafe { sys!(__NR_linkat, FDCWD, old, FDCWD, new, 0) })
}

/// POSIX.1-2024 `fchownat`: owner and group of `path` relative to `dirfd`
/// (-1 leaves one unchanged); AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH as the
/// kernel defines them. 32-bit ids on every arch.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fchownat(
    dirfd: c_int,
    path: *const c_char,
    owner: uid_t,
    group: gid_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_fchownat, dirfd, path, owner, group, flags) })
}

/// POSIX.1-2024 `chown` (follows symbolic links).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn chown(path: *const c_char, owner: uid_t, group: gid_t) -> c_int {
    // SAFETY: as fchownat.
    unsafe { fchownat(AT_FDCWD, path, owner, group, 0) }
}

/// POSIX.1-2024 `lchown`: the link itself, not its target.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lchown(path: *const c_char, owner: uid_t, group: gid_t) -> c_int {
    let nofollow = syscall::nr::AT_SYMLINK_NOFOLLOW as c_int;
    // SAFETY: as fchownat.
    unsafe { fchownat(AT_FDCWD, path, owner, group, nofollow) }
}

/// POSIX.1-2024 `fchown` (the 32-bit-id call on every arch: `fchown32`
/// on i386).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fchown(fd: c_int, owner: uid_t, group: gid_t) -> c_int {
    let (f, u, g) = (fd as usize, owner as usize, group as usize);
    // SAFETY: plain values.
    ret_int(unsafe { syscall::syscall3(crate::arch::NR_FCHOWN, f, u, g) })
}

/// POSIX.1-2024 `linkat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn linkat(
    od: c_int,
    old: *const c_char,
    nd: c_int,
    new: *const c_char,
    flags: c_int,
) -> c_int {
    // SAFETY: the kernel checks the paths.
    ret_int(unsafe { sys!(__NR_linkat, od, old, nd, new, flags) })
}

/// POSIX.1-2024 `symlink`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn symlink(target: *const c_char, path: *const c_char) -> c_int {
    // SAFETY: the kernel checks the paths.
    ret_int(unsafe { sys!(__NR_symlinkat, target, FDCWD, path) })
}

/// POSIX.1-2024 `symlinkat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn symlinkat(
    target: *const c_char,
    dirfd: c_int,
    path: *const c_char,
) -> c_int {
    // SAFETY: the kernel checks the paths.
    ret_int(unsafe { sys!(__NR_symlinkat, target, dirfd, path) })
}

/// POSIX.1-2024 `readlink`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn readlink(path: *const c_char, buf: *mut c_char, n: size_t) -> ssize_t {
    // SAFETY: the kernel checks path and buffer.
    ret(unsafe { sys!(__NR_readlinkat, FDCWD, path, buf, n) })
}

/// POSIX.1-2024 `readlinkat`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn readlinkat(
    dirfd: c_int,
    path: *const c_char,
    buf: *mut c_char,
    n: size_t,
) -> ssize_t {
    // SAFETY: the kernel checks path and buffer.
    ret(unsafe { sys!(__NR_readlinkat, dirfd, path, buf, n) })
}

/// POSIX.1-2024 `_exit`: ends the process at once (`exit_group`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn _exit(status: c_int) -> ! {
    crate::stdlib::exit_now(status)
}

/// Legacy (POSIX.1-2001, removed later; Linux) `getpagesize`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getpagesize() -> c_int {
    crate::sys::auxv::page_size() as c_int
}

/// POSIX.1-2024 `sysconf`. Unknown names give -1/EINVAL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sysconf(name: c_int) -> c_long {
    sysconf_impl(name)
}

/// How one `sysconf` name is answered.
#[derive(Clone, Copy)]
enum Sc {
    Const(c_long),
    /// POSIX "no determinate limit": -1 with errno untouched.
    NoLimit,
    Rlimit(u32),
    ArgMax,
    PageSize,
    NprocsConf,
    NprocsOnln,
    PhysPages,
    AvPhysPages,
    /// The smallest signal stack the kernel reports (AT_MINSIGSTKSZ), or
    /// the arch's `MINSIGSTKSZ`.
    MinSigStkSz,
    /// A signal stack size to use: four times that, at least `SIGSTKSZ`.
    SigStkSz,
}

const POSIX_VERSION: c_long = 200809;
use syscall::nr::{RLIMIT_NOFILE, RLIMIT_NPROC, RLIMIT_SIGPENDING, RLIMIT_STACK};

/// `sysconf` names (glibc's numbering, which is the Linux ABI programs are
/// compiled with) and how each is answered.
static SYSCONF: &[(c_int, Sc)] = &[
    (0, Sc::ArgMax),
    (1, Sc::Rlimit(RLIMIT_NPROC)),
    (2, Sc::Const(100)),
    (3, Sc::Const(65536)),
    (4, Sc::Rlimit(RLIMIT_NOFILE)),
    (5, Sc::Const(16)),
    (6, Sc::NoLimit),
    (7, Sc::Const(1)),
    (8, Sc::Const(1)),
    (9, Sc::Const(POSIX_VERSION)),
    (10, Sc::Const(POSIX_VERSION)),
    (11, Sc::Const(POSIX_VERSION)),
    (12, Sc::Const(POSIX_VERSION)),
    (13, Sc::Const(POSIX_VERSION)),
    (14, Sc::Const(POSIX_VERSION)),
    (15, Sc::Const(POSIX_VERSION)),
    (16, Sc::Const(POSIX_VERSION)),
    (17, Sc::Const(POSIX_VERSION)),
    (18, Sc::Const(POSIX_VERSION)),
    (19, Sc::Const(POSIX_VERSION)),
    (20, Sc::Const(POSIX_VERSION)),
    (21, Sc::Const(POSIX_VERSION)),
    (22, Sc::Const(POSIX_VERSION)),
    (23, Sc::NoLimit),
    (24, Sc::NoLimit),
    (25, Sc::Const(20)),
    (26, Sc::Const(0x7fff_ffff)),
    (27, Sc::NoLimit), // _SC_MQ_OPEN_MAX
    (28, Sc::Const(32768)),
    (29, Sc::Const(POSIX_VERSION)),
    (30, Sc::PageSize),
    (31, Sc::Const(32)),
    (32, Sc::NoLimit),
    (33, Sc::Const(0x7fff_ffff)),
    (34, Sc::Rlimit(RLIMIT_SIGPENDING)),
    (35, Sc::NoLimit),
    (36, Sc::Const(99)),
    (37, Sc::Const(2048)),
    (38, Sc::Const(99)),
    (39, Sc::Const(1000)),
    (40, Sc::Const(255)),
    (42, Sc::Const(32)),
    (43, Sc::Const(2048)),
    (44, Sc::Const(0x7fff)),
    (45, Sc::Const(2048)), // _SC_CHARCLASS_NAME_MAX
    (46, Sc::Const(POSIX_VERSION)),
    (47, Sc::Const(POSIX_VERSION)),
    (48, Sc::Const(POSIX_VERSION)),
    (49, Sc::NoLimit), // _SC_2_FORT_DEV
    (50, Sc::NoLimit), // _SC_2_FORT_RUN
    (51, Sc::Const(POSIX_VERSION)),
    (52, Sc::Const(POSIX_VERSION)),
    (53, Sc::NoLimit), // _SC_PII
    (54, Sc::NoLimit), // _SC_PII_XTI
    (55, Sc::NoLimit), // _SC_PII_SOCKET
    (56, Sc::NoLimit), // _SC_PII_INTERNET
    (57, Sc::NoLimit), // _SC_PII_OSI
    (58, Sc::NoLimit), // _SC_POLL
    (59, Sc::NoLimit), // _SC_SELECT
    (60, Sc::Const(1024)),
    (61, Sc::NoLimit), // _SC_PII_INTERNET_STREAM
    (62, Sc::NoLimit), // _SC_PII_INTERNET_DGRAM
    (63, Sc::NoLimit), // _SC_PII_OSI_COTS
    (64, Sc::NoLimit), // _SC_PII_OSI_CLTS
    (65, Sc::NoLimit), // _SC_PII_OSI_M
    (66, Sc::NoLimit), // _SC_T_IOV_MAX
    (67, Sc::Const(POSIX_VERSION)),
    (68, Sc::Const(POSIX_VERSION)),
    (69, Sc::Const(1024)),
    (70, Sc::Const(1024)),
    (71, Sc::Const(256)),
    (72, Sc::Const(32)),
    (73, Sc::Const(4)),
    (74, Sc::Const(1024)),
    (75, Sc::Const(16384)),
    (76, Sc::NoLimit),
    (77, Sc::Const(POSIX_VERSION)), // _SC_THREAD_ATTR_STACKADDR
    (78, Sc::Const(POSIX_VERSION)), // _SC_THREAD_ATTR_STACKSIZE
    (79, Sc::Const(POSIX_VERSION)), // _SC_THREAD_PRIORITY_SCHEDULING
    (80, Sc::Const(POSIX_VERSION)), // _SC_THREAD_PRIO_INHERIT
    (81, Sc::Const(POSIX_VERSION)), // _SC_THREAD_PRIO_PROTECT
    (82, Sc::Const(POSIX_VERSION)), // _SC_THREAD_PROCESS_SHARED
    (83, Sc::NprocsConf),
    (84, Sc::NprocsOnln),
    (85, Sc::PhysPages),
    (86, Sc::AvPhysPages),
    (87, Sc::Const(0x7fff_ffff)),
    (88, Sc::Const(8192)), // _SC_PASS_MAX
    (89, Sc::Const(700)),
    (90, Sc::Const(4)), // _SC_XOPEN_XCU_VERSION
    (91, Sc::Const(1)),
    (92, Sc::NoLimit),              // _SC_XOPEN_CRYPT
    (93, Sc::Const(1)),             // _SC_XOPEN_ENH_I18N
    (94, Sc::Const(1)),             // _SC_XOPEN_SHM
    (95, Sc::Const(POSIX_VERSION)), // _SC_2_CHAR_TERM
    (96, Sc::Const(POSIX_VERSION)), // _SC_2_C_VERSION
    (97, Sc::NoLimit),              // _SC_2_UPE
    (98, Sc::Const(1)),             // _SC_XOPEN_XPG2
    (99, Sc::Const(1)),             // _SC_XOPEN_XPG3
    (100, Sc::Const(1)),            // _SC_XOPEN_XPG4
    (101, Sc::Const(8)),
    (102, Sc::Const(c_char::MAX as c_long)),  // _SC_CHAR_MAX
    (103, Sc::Const(c_char::MIN as c_long)),  // _SC_CHAR_MIN
    (104, Sc::Const(2147483647)),             // _SC_INT_MAX
    (105, Sc::Const(-2147483648)),            // _SC_INT_MIN
    (106, Sc::Const(c_long::BITS as c_long)), // _SC_LONG_BIT
    (107, Sc::Const(32)),                     // _SC_WORD_BIT
    (108, Sc::Const(16)),                     // _SC_MB_LEN_MAX
    (109, Sc::Const(20)),
    (110, Sc::Const(isize::MAX as c_long)),
    (111, Sc::Const(127)),                    // _SC_SCHAR_MAX
    (112, Sc::Const(-128)),                   // _SC_SCHAR_MIN
    (113, Sc::Const(32767)),                  // _SC_SHRT_MAX
    (114, Sc::Const(-32768)),                 // _SC_SHRT_MIN
    (115, Sc::Const(255)),                    // _SC_UCHAR_MAX
    (116, Sc::Const(c_uint::MAX as c_long)),  // _SC_UINT_MAX
    (117, Sc::Const(c_ulong::MAX as c_long)), // _SC_ULONG_MAX
    (118, Sc::Const(65535)),                  // _SC_USHRT_MAX
    (119, Sc::Const(4096)),                   // _SC_NL_ARGMAX
    (120, Sc::Const(2048)),                   // _SC_NL_LANGMAX
    (121, Sc::Const(2147483647)),             // _SC_NL_MSGMAX
    (122, Sc::Const(2147483647)),             // _SC_NL_NMAX
    (123, Sc::Const(2147483647)),             // _SC_NL_SETMAX
    (124, Sc::Const(2147483647)),             // _SC_NL_TEXTMAX
    (125, Sc::NoLimit),                       // _SC_XBS5_ILP32_OFF32
    (
        126,
        Sc::Const(if cfg!(target_pointer_width = "32") {
            1
        } else {
            -1
        }),
    ), // _SC_XBS5_ILP32_OFFBIG
    (
        127,
        Sc::Const(if cfg!(target_pointer_width = "64") {
            1
        } else {
            -1
        }),
    ), // _SC_XBS5_LP64_OFF64
    (128, Sc::NoLimit),                       // _SC_XBS5_LPBIG_OFFBIG
    (129, Sc::Const(1)),                      // _SC_XOPEN_LEGACY
    (130, Sc::Const(1)),                      // _SC_XOPEN_REALTIME
    (131, Sc::Const(1)),                      // _SC_XOPEN_REALTIME_THREADS
    (132, Sc::Const(POSIX_VERSION)),          // _SC_ADVISORY_INFO
    (133, Sc::Const(POSIX_VERSION)),
    (134, Sc::NoLimit), // _SC_BASE
    (135, Sc::NoLimit), // _SC_C_LANG_SUPPORT
    (136, Sc::NoLimit), // _SC_C_LANG_SUPPORT_R
    (137, Sc::Const(POSIX_VERSION)),
    (138, Sc::Const(POSIX_VERSION)),
    (139, Sc::Const(POSIX_VERSION)),
    (140, Sc::NoLimit), // _SC_DEVICE_IO
    (141, Sc::NoLimit), // _SC_DEVICE_SPECIFIC
    (142, Sc::NoLimit), // _SC_DEVICE_SPECIFIC_R
    (143, Sc::NoLimit), // _SC_FD_MGMT
    (144, Sc::NoLimit), // _SC_FIFO
    (145, Sc::NoLimit), // _SC_PIPE
    (146, Sc::NoLimit), // _SC_FILE_ATTRIBUTES
    (147, Sc::NoLimit), // _SC_FILE_LOCKING
    (148, Sc::NoLimit), // _SC_FILE_SYSTEM
    (149, Sc::Const(POSIX_VERSION)),
    (150, Sc::NoLimit), // _SC_MULTI_PROCESS
    (151, Sc::NoLimit), // _SC_SINGLE_PROCESS
    (152, Sc::NoLimit), // _SC_NETWORKING
    (153, Sc::Const(POSIX_VERSION)),
    (154, Sc::Const(POSIX_VERSION)),
    (155, Sc::Const(1)),             // _SC_REGEXP
    (156, Sc::NoLimit),              // _SC_REGEX_VERSION
    (157, Sc::Const(1)),             // _SC_SHELL
    (158, Sc::NoLimit),              // _SC_SIGNALS
    (159, Sc::Const(POSIX_VERSION)), // _SC_SPAWN
    (160, Sc::NoLimit),              // _SC_SPORADIC_SERVER
    (161, Sc::NoLimit),              // _SC_THREAD_SPORADIC_SERVER
    (162, Sc::NoLimit),              // _SC_SYSTEM_DATABASE
    (163, Sc::NoLimit),              // _SC_SYSTEM_DATABASE_R
    (164, Sc::Const(POSIX_VERSION)),
    (165, Sc::NoLimit), // _SC_TYPED_MEMORY_OBJECTS
    (166, Sc::NoLimit), // _SC_USER_GROUPS
    (167, Sc::NoLimit), // _SC_USER_GROUPS_R
    (168, Sc::NoLimit), // _SC_2_PBS
    (169, Sc::NoLimit), // _SC_2_PBS_ACCOUNTING
    (170, Sc::NoLimit), // _SC_2_PBS_LOCATE
    (171, Sc::NoLimit), // _SC_2_PBS_MESSAGE
    (172, Sc::NoLimit), // _SC_2_PBS_TRACK
    (173, Sc::NoLimit),
    (174, Sc::NoLimit), // _SC_STREAMS
    (175, Sc::NoLimit), // _SC_2_PBS_CHECKPOINT
    (176, Sc::NoLimit), // _SC_V6_ILP32_OFF32
    (
        177,
        Sc::Const(if cfg!(target_pointer_width = "32") {
            1
        } else {
            -1
        }),
    ), // _SC_V6_ILP32_OFFBIG
    (
        178,
        Sc::Const(if cfg!(target_pointer_width = "64") {
            1
        } else {
            -1
        }),
    ), // _SC_V6_LP64_OFF64
    (179, Sc::NoLimit), // _SC_V6_LPBIG_OFFBIG
    (180, Sc::Const(64)),
    (181, Sc::NoLimit),  // _SC_TRACE
    (182, Sc::NoLimit),  // _SC_TRACE_EVENT_FILTER
    (183, Sc::NoLimit),  // _SC_TRACE_INHERIT
    (184, Sc::NoLimit),  // _SC_TRACE_LOG
    (185, Sc::Const(0)), // _SC_LEVEL1_ICACHE_SIZE
    (186, Sc::Const(0)), // _SC_LEVEL1_ICACHE_ASSOC
    (187, Sc::Const(0)), // _SC_LEVEL1_ICACHE_LINESIZE
    (188, Sc::Const(0)), // _SC_LEVEL1_DCACHE_SIZE
    (189, Sc::Const(0)), // _SC_LEVEL1_DCACHE_ASSOC
    (190, Sc::Const(0)), // _SC_LEVEL1_DCACHE_LINESIZE
    (191, Sc::Const(0)), // _SC_LEVEL2_CACHE_SIZE
    (192, Sc::Const(0)), // _SC_LEVEL2_CACHE_ASSOC
    (193, Sc::Const(0)), // _SC_LEVEL2_CACHE_LINESIZE
    (194, Sc::Const(0)), // _SC_LEVEL3_CACHE_SIZE
    (195, Sc::Const(0)), // _SC_LEVEL3_CACHE_ASSOC
    (196, Sc::Const(0)), // _SC_LEVEL3_CACHE_LINESIZE
    (197, Sc::Const(0)), // _SC_LEVEL4_CACHE_SIZE
    (198, Sc::Const(0)), // _SC_LEVEL4_CACHE_ASSOC
    (199, Sc::Const(0)), // _SC_LEVEL4_CACHE_LINESIZE
    (235, Sc::Const(POSIX_VERSION)),
    (236, Sc::Const(POSIX_VERSION)),
    (237, Sc::NoLimit), // _SC_V7_ILP32_OFF32
    (
        238,
        Sc::Const(if cfg!(target_pointer_width = "32") {
            1
        } else {
            -1
        }),
    ), // _SC_V7_ILP32_OFFBIG
    (
        239,
        Sc::Const(if cfg!(target_pointer_width = "64") {
            1
        } else {
            -1
        }),
    ), // _SC_V7_LP64_OFF64
    (240, Sc::NoLimit), // _SC_V7_LPBIG_OFFBIG
    (242, Sc::NoLimit), // _SC_TRACE_EVENT_NAME_MAX
    (243, Sc::NoLimit), // _SC_TRACE_NAME_MAX
    (244, Sc::NoLimit), // _SC_TRACE_SYS_MAX
    (245, Sc::NoLimit), // _SC_TRACE_USER_EVENT_MAX
    (246, Sc::NoLimit), // _SC_XOPEN_STREAMS
    (249, Sc::MinSigStkSz), // _SC_MINSIGSTKSZ
    (250, Sc::SigStkSz), // _SC_SIGSTKSZ
];

/// The kernel's minimum signal stack (AT_MINSIGSTKSZ), else the arch's
/// `MINSIGSTKSZ`.
fn min_sigstksz() -> c_long {
    let min = syscall::nr::MINSIGSTKSZ as c_long;
    match rt::auxv::lookup(syscall::auxvec::AT_MINSIGSTKSZ as usize) {
        Some(v) => (v as c_long).max(min),
        None => min,
    }
}

fn rlimit(res: u32) -> Option<u64> {
    let mut r = [0u64; 2];
    // SAFETY: prlimit64 on ourselves writes two u64 (cur, max) into `r`.
    let raw = unsafe { sys!(__NR_prlimit64, 0, res, 0, r.as_mut_ptr()) };
    if raw < 0 { None } else { Some(r[0]) }
}

pub(crate) fn sysconf_impl(name: c_int) -> c_long {
    let Some(&(_, how)) = SYSCONF.iter().find(|(n, _)| *n == name) else {
        return fail(EINVAL) as c_long;
    };
    match how {
        Sc::Const(v) => v,
        Sc::NoLimit => -1,
        Sc::Rlimit(res) => match rlimit(res) {
            Some(v) if v == u64::MAX => -1,
            Some(v) => v.min(c_long::MAX as u64) as c_long,
            None => -1,
        },
        // Linux allows a quarter of the stack limit for arguments, at least 128 KiB.
        Sc::ArgMax => match rlimit(RLIMIT_STACK) {
            Some(v) if v != u64::MAX => ((v / 4).max(131072)).min(c_long::MAX as u64) as c_long,
            _ => c_long::MAX,
        },
        Sc::PageSize => crate::sys::auxv::page_size() as c_long,
        Sc::NprocsConf => crate::sys::sysinfo::get_nprocs_conf() as c_long,
        Sc::NprocsOnln => crate::sys::sysinfo::get_nprocs() as c_long,
        Sc::PhysPages => crate::sys::sysinfo::get_phys_pages(),
        Sc::AvPhysPages => crate::sys::sysinfo::get_avphys_pages(),
        Sc::MinSigStkSz => min_sigstksz(),
        Sc::SigStkSz => (4 * min_sigstksz()).max(8192),
    }
}

/// POSIX.1-2024 `getentropy`: exactly `len` (at most 256) random bytes, or
/// -1 with EIO for a larger request.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getentropy(buf: *mut c_void, len: size_t) -> c_int {
    if len > 256 {
        return fail(EIO);
    }
    let mut done = 0;
    while done < len {
        // SAFETY: the remaining part of the caller's buffer.
        let r = unsafe {
            crate::sys::random::getrandom((buf as *mut u8).add(done) as *mut c_void, len - done, 0)
        };
        if r < 0 {
            if crate::errno::get() == EINTR as i32 {
                continue;
            }
            return -1;
        }
        done += r as usize;
    }
    0
}

/// POSIX.1-2024 `sleep`: the seconds left unslept when interrupted.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sleep(secs: c_uint) -> c_uint {
    let req = crate::time::timespec {
        tv_sec: secs as i64,
        ..Default::default()
    };
    let mut rem = crate::time::timespec::default();
    // SAFETY: valid local timespecs.
    if unsafe { crate::time::nanosleep(&req, &mut rem) } == 0 {
        return 0;
    }
    (rem.tv_sec + (rem.tv_nsec > 0) as i64) as c_uint
}

/// Sets ITIMER_REAL to `new`, the kernel's itimerval (interval seconds
/// and microseconds, then value's) of `long`s; the previous setting, or
/// None with errno set. Shared by `alarm` and `ualarm`.
fn swap_real_timer(new: [c_long; 4]) -> Option<[c_long; 4]> {
    let mut old: [c_long; 4] = [0; 4];
    // SAFETY: local kernel itimervals.
    let r = unsafe {
        sys!(
            __NR_setitimer,
            syscall::nr::ITIMER_REAL,
            new.as_ptr(),
            old.as_mut_ptr()
        )
    };
    (ret_int(r) == 0).then_some(old)
}

/// POSIX.1-2024 `alarm`: SIGALRM after `secs` seconds (0 cancels), through
/// the ITIMER_REAL interval timer. Returns the seconds the previous alarm
/// had left, rounded to the nearest but never 0 while one was pending
/// (as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn alarm(secs: c_uint) -> c_uint {
    // An alarm's seconds fit a kernel `long` on every arch.
    let Some(old) = swap_real_timer([0, 0, secs as c_long, 0]) else {
        return 0;
    };
    let (s, us) = (old[2], old[3]);
    (s + (us >= 500_000 || (s == 0 && us > 0)) as c_long) as c_uint
}

/// POSIX.1-2001 (removed in 2008, kept by glibc and musl) `ualarm`:
/// SIGALRM after `value` microseconds, then every `interval` (0: once);
/// `value` 0 cancels. Returns the microseconds the previous alarm had
/// left (0 if none), or `(useconds_t)-1` with errno on failure; either
/// argument 1000000 or more is EINVAL (POSIX.1-2001, as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ualarm(value: c_uint, interval: c_uint) -> c_uint {
    // As POSIX and glibc: 1000000 or more in either is the kernel's EINVAL
    // (microseconds are not carried into seconds).
    let Some(old) = swap_real_timer([0, interval as c_long, 0, value as c_long]) else {
        return c_uint::MAX;
    };
    (old[2] as c_uint)
        .wrapping_mul(1_000_000)
        .wrapping_add(old[3] as c_uint)
}

/// POSIX.1-2001 (removed in 2008, kept by every Linux libc) `usleep`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn usleep(us: c_uint) -> c_int {
    let req = crate::time::timespec {
        tv_sec: (us / 1_000_000) as i64,
        tv_nsec: ((us % 1_000_000) * 1000) as c_long,
        ..Default::default()
    };
    // SAFETY: a valid local timespec.
    unsafe { crate::time::nanosleep(&req, core::ptr::null_mut()) }
}

/// Back end of the GNU/BSD `syscall` (variadic in C): six word arguments,
/// the raw result turned into -1/errno.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_syscall(
    n: c_long,
    a: c_long,
    b: c_long,
    c: c_long,
    d: c_long,
    e: c_long,
    f: c_long,
) -> c_long {
    // SAFETY: the caller asks for this call with these arguments.
    ret(unsafe {
        syscall::syscall6(
            n as usize, a as usize, b as usize, c as usize, d as usize, e as usize, f as usize,
        )
    }) as c_long
}

// ---- processes: fork, exec, process groups and sessions ----

/// GNU/POSIX.1-2024 `_Fork`: a new process, without atfork handlers.
/// `clone(SIGCHLD)` on every arch (aarch64 and riscv64 have no fork call).
/// In the child the cached thread id is forgotten (refilled on demand).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn _Fork() -> pid_t {
    // SAFETY: a plain fork-style clone: no stack, no shared memory.
    let r = unsafe { sys!(__NR_clone, syscall::nr::SIGCHLD, 0, 0, 0, 0) };
    if r == 0 {
        // SAFETY: the child's own copy of its thread control block.
        unsafe { (*rt::tls::current()).tid = 0 };
    }
    ret_int(r)
}

/// POSIX.1-2024 `fork`: [`_Fork`] between the `pthread_atfork` handlers;
/// whatever a stream held unflushed is the child's too (as in glibc).
/// Once threads exist the allocator's lock is held across the call, and
/// the child's only thread keeps the stream locks it held (the others'
/// are reset, as in glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fork() -> pid_t {
    let Some(h) = crate::pthread::thread::fork_hooks() else {
        return _Fork();
    };
    (h.prepare)();
    let r = _Fork();
    if r == 0 {
        (h.child)()
    } else {
        (h.parent)()
    }
    r
}

/// Linux/GNU `gettid` (glibc 2.30): the caller's thread id.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn gettid() -> pid_t {
    crate::pthread::gettid()
}

/// POSIX.1-2001 `vfork`: an asm stub per arch (the child must not return
/// through a frame of ours), in `arch/<arch>/process.rs`.
pub use crate::arch::process::vfork;

/// The error tail of the per-arch `vfork` stubs: `raw` is the kernel's
/// negative result (no child exists).
pub(crate) extern "C" fn vfork_failed(raw: isize) -> pid_t {
    ret_int(raw)
}

/// POSIX.1-2024 `execve`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn execve(
    path: *const c_char,
    argv: *const *mut c_char,
    envp: *const *mut c_char,
) -> c_int {
    // SAFETY: the kernel checks the path and both vectors.
    ret_int(unsafe { sys!(__NR_execve, path, argv, envp) })
}

/// POSIX.1-2024 `execv`: `execve` with `environ`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn execv(path: *const c_char, argv: *const *mut c_char) -> c_int {
    // SAFETY: forwarded.
    unsafe { execve(path, argv, crate::stdlib::environ) }
}

/// POSIX.1-2024 `execvp`: [`execvpe`] with `environ`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn execvp(file: *const c_char, argv: *const *mut c_char) -> c_int {
    // SAFETY: forwarded.
    unsafe { execvpe(file, argv, crate::stdlib::environ) }
}

/// GNU `execvpe`: a name without `/` is looked up in `$PATH` (default
/// `/bin:/usr/bin`, an empty entry is the current directory); a file the
/// kernel refuses as ENOEXEC is run by `/bin/sh`; EACCES met on the way is
/// reported if nothing else is found (as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn execvpe(
    file: *const c_char,
    argv: *const *mut c_char,
    envp: *const *mut c_char,
) -> c_int {
    // SAFETY: the caller's C strings and vectors.
    fail(unsafe { exec_search(file, argv, envp, true) } as u32)
}

/// POSIX.1-2024 `fexecve`: `execveat(fd, "", …, AT_EMPTY_PATH)`, or
/// `/proc/self/fd/N` where the kernel lacks execveat.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fexecve(
    fd: c_int,
    argv: *const *mut c_char,
    envp: *const *mut c_char,
) -> c_int {
    if fd < 0 || argv.is_null() || envp.is_null() {
        return fail(EINVAL);
    }
    let empty = b"\0";
    let flags = syscall::nr::AT_EMPTY_PATH;
    // SAFETY: the kernel checks the vectors; the path is a static "".
    let r = unsafe { sys!(__NR_execveat, fd, empty.as_ptr(), argv, envp, flags) };
    if r != -(ENOSYS as isize) {
        return ret_int(r);
    }
    let p = crate::kernel::proc_fd_path(fd);
    // SAFETY: p is NUL-terminated (its tail is zero).
    unsafe { execve(p.as_ptr() as *const c_char, argv, envp) }
}

/// `execve` returning the errno it failed with (it never returns otherwise).
unsafe fn exec_raw(path: *const c_char, argv: *const *mut c_char, envp: *const *mut c_char) -> i32 {
    // SAFETY: the kernel checks the arguments.
    let r = unsafe { sys!(__NR_execve, path, argv, envp) };
    -(r as i32)
}

/// Run `path` with `/bin/sh` (POSIX's ENOEXEC rule): `sh path argv[1]…`.
/// Returns the errno of that exec.
unsafe fn exec_shell(
    path: *const c_char,
    argv: *const *mut c_char,
    envp: *const *mut c_char,
) -> i32 {
    let mut argc = 0;
    // SAFETY: argv is a NULL-terminated vector (or NULL).
    while !argv.is_null() && !unsafe { *argv.add(argc) }.is_null() {
        argc += 1;
    }
    let need = argc.max(1) + 2;
    let mut local = [core::ptr::null_mut::<c_char>(); 64];
    let heap = if need > local.len() {
        // SAFETY: an array of `need` pointers, freed below.
        let p = unsafe { crate::heap::malloc(need * core::mem::size_of::<usize>()) };
        if p.is_null() {
            return ENOMEM as i32;
        }
        p as *mut *mut c_char
    } else {
        core::ptr::null_mut()
    };
    let v = if heap.is_null() {
        local.as_mut_ptr()
    } else {
        heap
    };
    // SAFETY: `v` holds `need` slots; argv[1..argc] are read in bounds.
    unsafe {
        *v = c"/bin/sh".as_ptr() as *mut c_char;
        *v.add(1) = path as *mut c_char;
        for i in 1..argc {
            *v.add(i + 1) = *argv.add(i);
        }
        *v.add(argc.max(1) + 1) = core::ptr::null_mut();
    }
    // SAFETY: a NULL-terminated vector built above.
    let e = unsafe { exec_raw(c"/bin/sh".as_ptr(), v, envp) };
    if !heap.is_null() {
        // SAFETY: allocated above.
        unsafe { crate::heap::free(heap as *mut c_void) };
    }
    e
}

/// The `execvp` search, shared with `posix_spawnp` (`shell`: whether an
/// ENOEXEC file is run by `/bin/sh`; posix_spawnp does not, as glibc).
/// Touches no errno: returns the one to report.
pub(crate) unsafe fn exec_search(
    file: *const c_char,
    argv: *const *mut c_char,
    envp: *const *mut c_char,
    shell: bool,
) -> i32 {
    // SAFETY: `file` is a C string.
    let name = unsafe { core::ffi::CStr::from_ptr(file) }.to_bytes();
    if name.is_empty() {
        return ENOENT as i32;
    }
    if name.contains(&b'/') {
        // SAFETY: forwarded.
        let e = unsafe { exec_raw(file, argv, envp) };
        return if e == ENOEXEC as i32 && shell {
            // SAFETY: forwarded.
            unsafe { exec_shell(file, argv, envp) }
        } else {
            e
        };
    }
    if name.len() > 255 {
        return ENAMETOOLONG as i32;
    }
    // SAFETY: a C string name.
    let env = unsafe { crate::stdlib::getenv(c"PATH".as_ptr()) };
    let path: &[u8] = if env.is_null() {
        b"/bin:/usr/bin"
    } else {
        // SAFETY: getenv returns a C string.
        unsafe { core::ffi::CStr::from_ptr(env) }.to_bytes()
    };
    let mut buf = [0u8; 4096 + 256 + 2];
    let mut eacces = false;
    for dir in path.split(|&c| c == b':') {
        let slash = usize::from(!dir.is_empty());
        let len = dir.len() + slash + name.len();
        if len >= buf.len() {
            continue;
        }
        buf[..dir.len()].copy_from_slice(dir);
        buf[dir.len()] = b'/';
        buf[dir.len() + slash..len].copy_from_slice(name);
        buf[len] = 0;
        let p = buf.as_ptr() as *const c_char;
        // SAFETY: `p` is NUL-terminated.
        let mut e = unsafe { exec_raw(p, argv, envp) };
        if e == ENOEXEC as i32 && shell {
            // SAFETY: as above.
            e = unsafe { exec_shell(p, argv, envp) };
        }
        match e as u32 {
            EACCES => eacces = true,
            ENOENT | ESTALE | ENOTDIR | ENODEV | ETIMEDOUT => {}
            _ => return e,
        }
    }
    if eacces { EACCES as i32 } else { ENOENT as i32 }
}

/// POSIX.1-2024 `getpgid`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getpgid(pid: pid_t) -> pid_t {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_getpgid, pid) })
}

/// POSIX.1-2024 `setpgid`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setpgid(pid: pid_t, pgid: pid_t) -> c_int {
    // SAFETY: plain values.
    ret_int(unsafe { sys!(__NR_setpgid, pid, pgid) })
}

/// POSIX.1-2024 `getpgrp`: `getpgid(0)` (not every arch has getpgrp).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getpgrp() -> pid_t {
    getpgid(0)
}

/// XSI (System V) `setpgrp`: `setpgid(0, 0)`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setpgrp() -> c_int {
    setpgid(0, 0)
}

/// POSIX.1-2024 `getsid`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getsid(pid: pid_t) -> pid_t {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_getsid, pid) })
}

/// POSIX.1-2024 `setsid`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn setsid() -> pid_t {
    // SAFETY: no arguments.
    ret_int(unsafe { sys!(__NR_setsid) })
}

/// BSD/GNU `daemon`: detaches from the controlling terminal. Forks; the
/// parent `_exit(0)`s; the child becomes a session leader, changes to `/`
/// unless `nochdir`, and unless `noclose` points fds 0, 1 and 2 at
/// `/dev/null`. Returns 0 in the detached child, -1 with errno (fork's,
/// setsid's, or the open's) on failure, as glibc (one fork, not two).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn daemon(nochdir: c_int, noclose: c_int) -> c_int {
    match fork() {
        -1 => return -1,
        0 => {}
        _ => _exit(0),
    }
    if setsid() < 0 {
        return -1;
    }
    if nochdir == 0 {
        // SAFETY: a NUL-terminated literal.
        unsafe { chdir(c"/".as_ptr()) };
    }
    if noclose == 0 {
        // SAFETY: a NUL-terminated literal path.
        let fd = ret_int(unsafe {
            sys!(
                __NR_openat,
                syscall::nr::AT_FDCWD,
                c"/dev/null".as_ptr(),
                syscall::nr::O_RDWR
            )
        });
        if fd < 0 {
            return -1;
        }
        for target in 0..3 {
            if fd != target {
                dup2(fd, target);
            }
        }
        if fd > 2 {
            close_nocancel(fd);
        }
    }
    0
}

/// POSIX.1-2024 `tcgetpgrp`: the `TIOCGPGRP` ioctl.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tcgetpgrp(fd: c_int) -> pid_t {
    let mut pgrp: pid_t = 0;
    // SAFETY: the ioctl writes one pid_t to our local.
    let r = unsafe { sys!(__NR_ioctl, fd, syscall::ioctl::TIOCGPGRP, &raw mut pgrp) };
    if ret_int(r) < 0 { -1 } else { pgrp }
}

/// POSIX.1-2024 `tcsetpgrp`: the `TIOCSPGRP` ioctl.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn tcsetpgrp(fd: c_int, pgrp: pid_t) -> c_int {
    // SAFETY: the ioctl reads one pid_t from our local.
    ret_int(unsafe { sys!(__NR_ioctl, fd, syscall::ioctl::TIOCSPGRP, &raw const pgrp) })
}

/// POSIX.1-2024 `pause`: sleeps until a signal is caught; always -1/EINTR.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn pause() -> c_int {
    // SAFETY: no memory is passed.
    ret_int(unsafe { arch::pause_cp() })
}

/// The `_PC_*` names, glibc's numbering.
mod pc {
    pub const LINK_MAX: i32 = 0;
    pub const MAX_CANON: i32 = 1;
    pub const MAX_INPUT: i32 = 2;
    pub const NAME_MAX: i32 = 3;
    pub const PATH_MAX: i32 = 4;
    pub const PIPE_BUF: i32 = 5;
    pub const CHOWN_RESTRICTED: i32 = 6;
    pub const NO_TRUNC: i32 = 7;
    pub const VDISABLE: i32 = 8;
    pub const FILESIZEBITS: i32 = 13;
    pub const REC_MIN_XFER_SIZE: i32 = 16;
    pub const REC_XFER_ALIGN: i32 = 17;
    pub const ALLOC_SIZE_MIN: i32 = 18;
    pub const TWO_SYMLINKS: i32 = 20;
}

/// `LINK_MAX` by file-system magic (the values glibc reports).
fn link_max(f_type: u64) -> c_long {
    match f_type {
        0xEF53 => 65000,                  // ext2/3/4
        0x9123_683E => 65535,             // btrfs
        0x5846_5342 => 2147483647,        // xfs
        0x5265_4973 => 64535,             // reiserfs
        0x0001_1954 => 32000,             // ufs
        0x137F | 0x138F => 250,           // minix
        0x2468 | 0x2478 => 65530,         // minix 2
        0x012F_F7B4..=0x012F_F7B7 => 126, // xenix, sysv4, sysv2, coherent
        _ => 127,
    }
}

/// `pathconf`/`fpathconf` for a name that depends on the file system.
fn pathconf_value(name: c_int, st: &crate::sys::statfs::statfs) -> c_long {
    let bsize = st.f_bsize as c_long;
    match name {
        pc::LINK_MAX => link_max(st.f_type as u64 & 0xffff_ffff),
        pc::NAME_MAX => st.f_namelen as c_long,
        pc::FILESIZEBITS => 64,
        pc::REC_MIN_XFER_SIZE | pc::REC_XFER_ALIGN | pc::ALLOC_SIZE_MIN => bsize,
        pc::TWO_SYMLINKS => 1,
        _ => -1,
    }
}

/// The answer for names that do not depend on the file: `Some(v)`, or
/// `None` when the file system must be asked; EINVAL for an unknown name.
fn pathconf_fixed(name: c_int) -> Result<Option<c_long>, ()> {
    Ok(Some(match name {
        pc::MAX_CANON | pc::MAX_INPUT => 255,
        pc::PATH_MAX => 4096,
        pc::PIPE_BUF => 4096,
        pc::CHOWN_RESTRICTED | pc::NO_TRUNC => 1,
        pc::VDISABLE => 0,
        // SYNC_IO ASYNC_IO PRIO_IO SOCK_MAXBUF REC_INCR_XFER_SIZE
        // REC_MAX_XFER_SIZE SYMLINK_MAX: no fixed limit.
        9..=12 | 14 | 15 | 19 => -1,
        pc::LINK_MAX | pc::NAME_MAX | pc::FILESIZEBITS | 16..=18 | pc::TWO_SYMLINKS => {
            return Ok(None);
        }
        _ => return Err(()),
    }))
}

/// POSIX `pathconf`: a limit of the file system holding `path`; -1 with
/// errno for a bad name (EINVAL) or path, -1 alone for "no limit".
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pathconf(path: *const c_char, name: c_int) -> c_long {
    match pathconf_fixed(name) {
        Err(()) => fail(EINVAL) as c_long,
        Ok(Some(v)) => v,
        Ok(None) => {
            let mut st = core::mem::MaybeUninit::uninit();
            // SAFETY: path is the caller's C string; st is writable.
            if unsafe { crate::sys::statfs::statfs(path, st.as_mut_ptr()) } != 0 {
                return -1;
            }
            // SAFETY: filled by statfs.
            pathconf_value(name, unsafe { st.assume_init_ref() })
        }
    }
}

/// POSIX `fpathconf`: `pathconf` for an open file.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fpathconf(fd: c_int, name: c_int) -> c_long {
    match pathconf_fixed(name) {
        Err(()) => fail(EINVAL) as c_long,
        Ok(Some(v)) => v,
        Ok(None) => {
            let mut st = core::mem::MaybeUninit::uninit();
            // SAFETY: st is writable.
            if unsafe { crate::sys::statfs::fstatfs(fd, st.as_mut_ptr()) } != 0 {
                return -1;
            }
            // SAFETY: filled by fstatfs.
            pathconf_value(name, unsafe { st.assume_init_ref() })
        }
    }
}

/// The environments this arch's ferrolibc compiles for (64-bit `off_t`
/// everywhere, so i386 has only the OFFBIG one).
#[cfg(target_pointer_width = "64")]
const ENVS: (&[u8], &[u8]) = (b"POSIX_V7_LP64_OFF64", b"POSIX_V6_LP64_OFF64");
#[cfg(target_pointer_width = "32")]
const ENVS: (&[u8], &[u8]) = (b"POSIX_V7_ILP32_OFFBIG", b"POSIX_V6_ILP32_OFFBIG");

/// POSIX `confstr`: the string for `name` copied (truncated) into `buf`;
/// its full size with the NUL, or 0 with EINVAL for an unknown name.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn confstr(name: c_int, buf: *mut c_char, len: size_t) -> size_t {
    let v: &[u8] = match name {
        0 => b"/bin:/usr/bin",
        1 => ENVS.1,
        5 => ENVS.0,
        1148 | 1149 => b"POSIXLY_CORRECT=1",
        _ => {
            fail(EINVAL);
            return 0;
        }
    };
    if len > 0 && !buf.is_null() {
        let n = v.len().min(len - 1);
        // SAFETY: the caller gives len writable bytes.
        unsafe {
            core::ptr::copy_nonoverlapping(v.as_ptr(), buf as *mut u8, n);
            *buf.add(n) = 0;
        }
    }
    v.len() + 1
}

/// One field of `uname`, as bytes.
fn uts_field(
    f: fn(&crate::sys::utsname::utsname) -> &[c_char],
) -> Result<([u8; 65], usize), c_int> {
    let mut u = core::mem::MaybeUninit::<crate::sys::utsname::utsname>::uninit();
    // SAFETY: u is writable.
    if unsafe { crate::sys::utsname::uname(u.as_mut_ptr()) } != 0 {
        return Err(-1);
    }
    // SAFETY: filled by uname.
    let field = f(unsafe { u.assume_init_ref() });
    let mut out = [0u8; 65];
    let n = field
        .iter()
        .position(|&c| c == 0)
        .unwrap_or(field.len())
        .min(64);
    for (o, &c) in out.iter_mut().zip(&field[..n]) {
        *o = c as u8;
    }
    Ok((out, n))
}

/// POSIX `gethostname`: ENAMETOOLONG (with the name truncated) when it
/// does not fit with its NUL, as glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn gethostname(name: *mut c_char, len: size_t) -> c_int {
    let Ok((f, n)) = uts_field(|u| &u.nodename) else {
        return -1;
    };
    let k = (n + 1).min(len);
    // SAFETY: the caller gives len writable bytes.
    unsafe { core::ptr::copy_nonoverlapping(f.as_ptr(), name as *mut u8, k) };
    if n + 1 > len { fail(ENAMETOOLONG) } else { 0 }
}

/// BSD/GNU `getdomainname` (the NIS domain): truncated silently when it
/// does not fit, as glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getdomainname(name: *mut c_char, len: size_t) -> c_int {
    let Ok((f, n)) = uts_field(|u| &u.domainname) else {
        return -1;
    };
    // SAFETY: the caller gives len writable bytes.
    unsafe { core::ptr::copy_nonoverlapping(f.as_ptr(), name as *mut u8, (n + 1).min(len)) };
    0
}

/// BSD/GNU `sethostname` (privileged; EINVAL past 64 bytes).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sethostname(name: *const c_char, len: size_t) -> c_int {
    // SAFETY: the kernel checks the buffer.
    ret_int(unsafe { sys!(__NR_sethostname, name, len) })
}

/// BSD/GNU `setdomainname` (privileged; EINVAL past 64 bytes).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setdomainname(name: *const c_char, len: size_t) -> c_int {
    // SAFETY: the kernel checks the buffer.
    ret_int(unsafe { sys!(__NR_setdomainname, name, len) })
}

/// BSD `getdtablesize`: the soft `RLIMIT_NOFILE` (OPEN_MAX, 256, if it
/// cannot be read), at most `INT_MAX`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getdtablesize() -> c_int {
    rlimit(RLIMIT_NOFILE).map_or(256, |v| v.min(c_int::MAX as u64) as c_int)
}

/// POSIX (XSI) `swab`: copies `n` bytes swapping each pair (an odd last
/// byte is not copied; nothing for `n` ≤ 1).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn swab(from: *const c_void, to: *mut c_void, n: ssize_t) {
    let (f, t) = (from as *const u8, to as *mut u8);
    let mut i = 0;
    while i + 1 < n.max(0) as usize {
        // SAFETY: the caller gives n readable and writable bytes.
        unsafe {
            let (a, b) = (*f.add(i), *f.add(i + 1));
            *t.add(i) = b;
            *t.add(i + 1) = a;
        }
        i += 2;
    }
}

/// GNU `euidaccess`: `access` checked with the effective ids.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn euidaccess(path: *const c_char, mode: c_int) -> c_int {
    // SAFETY: path is the caller's C string.
    unsafe { faccessat(AT_FDCWD, path, mode, AT_EACCESS as c_int) }
}

/// GNU `eaccess`: the same as `euidaccess`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn eaccess(path: *const c_char, mode: c_int) -> c_int {
    // SAFETY: as euidaccess.
    unsafe { euidaccess(path, mode) }
}

/// GNU `get_current_dir_name`: a malloc'd copy of `$PWD` when it names
/// the working directory (so a path through symbolic links is kept), else
/// of `getcwd`'s answer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn get_current_dir_name() -> *mut c_char {
    // SAFETY: getenv gives a C string or null; the stats write locals.
    unsafe {
        let pwd = crate::stdlib::getenv(c"PWD".as_ptr());
        if !pwd.is_null() && *pwd == b'/' as c_char {
            let mut a = core::mem::MaybeUninit::<crate::sys::stat::stat>::uninit();
            let mut b = core::mem::MaybeUninit::<crate::sys::stat::stat>::uninit();
            if crate::sys::stat::stat(pwd, a.as_mut_ptr()) == 0
                && crate::sys::stat::stat(c".".as_ptr(), b.as_mut_ptr()) == 0
            {
                let (a, b) = (a.assume_init_ref(), b.assume_init_ref());
                if a.st_dev == b.st_dev && a.st_ino == b.st_ino {
                    return crate::string::strdup(pwd);
                }
            }
        }
        getcwd(core::ptr::null_mut(), 0)
    }
}

/// POSIX `ttyname_r`: the path of the terminal open on `fd` into `buf`;
/// 0, or EBADF, ENOTTY, ERANGE (too small), ENODEV (no such path).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ttyname_r(fd: c_int, buf: *mut c_char, len: size_t) -> c_int {
    if isatty(fd) == 0 {
        return crate::errno::get();
    }
    let link = crate::kernel::proc_fd_path(fd);
    let mut tmp = [0u8; 4096];
    // SAFETY: link is a C string; tmp is a local buffer of that size.
    let n = unsafe {
        readlink(
            link.as_ptr() as *const c_char,
            tmp.as_mut_ptr() as *mut c_char,
            tmp.len() - 1,
        )
    };
    if n < 0 || tmp[0] != b'/' {
        return ENODEV as c_int;
    }
    let n = n as usize;
    // The path must still name this terminal (not a pty closed since).
    let mut a = core::mem::MaybeUninit::<crate::sys::stat::stat>::uninit();
    let mut b = core::mem::MaybeUninit::<crate::sys::stat::stat>::uninit();
    // SAFETY: tmp is NUL-terminated (zeroed past n); the stats write locals.
    unsafe {
        if crate::sys::stat::stat(tmp.as_ptr() as *const c_char, a.as_mut_ptr()) != 0
            || crate::sys::stat::fstat(fd, b.as_mut_ptr()) != 0
        {
            return ENODEV as c_int;
        }
        let (a, b) = (a.assume_init_ref(), b.assume_init_ref());
        if a.st_rdev != b.st_rdev || a.st_ino != b.st_ino {
            return ENODEV as c_int;
        }
        if n + 1 > len {
            return ERANGE as c_int;
        }
        core::ptr::copy_nonoverlapping(tmp.as_ptr(), buf as *mut u8, n + 1);
    }
    0
}

/// POSIX `ttyname`: `ttyname_r` into a static buffer; null with errno.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ttyname(fd: c_int) -> *mut c_char {
    static mut BUF: [c_char; 4096] = [0; 4096];
    // SAFETY: ttyname is not thread-safe (POSIX); BUF is ours.
    unsafe {
        let p = (&raw mut BUF) as *mut c_char;
        let r = ttyname_r(fd, p, 4096);
        if r != 0 {
            crate::errno::set(r);
            return core::ptr::null_mut();
        }
        p
    }
}

/// The program break as last set or read (0: not yet read).
static mut BRK: usize = 0;

/// Linux/BSD `brk`: sets the program break; -1 with ENOMEM if the
/// kernel refuses. (ferrolibc's malloc never uses the break, so a
/// program may.)
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn brk(addr: *mut c_void) -> c_int {
    // SAFETY: the kernel validates the address; BRK is process state.
    unsafe {
        let r = sys!(__NR_brk, addr) as usize;
        BRK = r;
        if r < addr as usize { fail(ENOMEM) } else { 0 }
    }
}

/// Linux/BSD `sbrk`: moves the break by `incr` bytes; the old break, or
/// `(void *)-1` with ENOMEM.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sbrk(incr: isize) -> *mut c_void {
    // SAFETY: as brk.
    unsafe {
        if BRK == 0 {
            BRK = sys!(__NR_brk, 0) as usize;
        }
        let old = BRK;
        if incr == 0 {
            return old as *mut c_void;
        }
        let Some(new) = old.checked_add_signed(incr) else {
            fail(ENOMEM);
            return usize::MAX as *mut c_void;
        };
        let r = sys!(__NR_brk, new) as usize;
        BRK = r;
        if r != new {
            fail(ENOMEM);
            return usize::MAX as *mut c_void;
        }
        old as *mut c_void
    }
}

/// Linux `vhangup`: hang up the controlling terminal (privileged).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn vhangup() -> c_int {
    // SAFETY: no arguments.
    ret_int(unsafe { sys!(__NR_vhangup) })
}

/// BSD/Linux `acct`: process accounting to `path`, off for null
/// (privileged).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn acct(path: *const c_char) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_acct, path) })
}

/// The shells `getusershell` hands out: `/etc/shells` read whole at the
/// first call, one shell per line (up to a blank or `#`), or `/bin/sh`
/// and `/bin/csh` when the file cannot be read (as glibc).
struct Shells {
    text: *mut c_char,
    len: usize,
    pos: usize,
    loaded: bool,
}

static mut SHELLS: Shells = Shells {
    text: core::ptr::null_mut(),
    len: 0,
    pos: 0,
    loaded: false,
};

unsafe fn shells() -> &'static mut Shells {
    // SAFETY: getusershell is not thread-safe; the state is ours.
    let s = unsafe { &mut *(&raw mut SHELLS) };
    if !s.loaded {
        s.loaded = true;
        let mut all = crate::heap::Vec::<u8>::new();
        // SAFETY: each line is given by the reader; lines are appended.
        let ok = unsafe {
            crate::userdb::files::each_line(c"/etc/shells", |l| {
                let l = l.strip_suffix(b"\n").unwrap_or(l);
                let start = l
                    .iter()
                    .position(|&b| !b.is_ascii_whitespace())
                    .unwrap_or(l.len());
                let l = &l[start..];
                let end = l
                    .iter()
                    .position(|&b| b.is_ascii_whitespace() || b == b'#')
                    .unwrap_or(l.len());
                if end > 0 {
                    let _ = all.extend_from_slice(&l[..end]);
                    let _ = all.push(0);
                }
            })
        };
        if ok.is_err() {
            let _ = all.extend_from_slice(b"/bin/sh\0/bin/csh\0");
        }
        s.len = all.len();
        s.text = all.into_raw() as *mut c_char;
    }
    s
}

/// BSD `getusershell`: the next shell, or null after the last.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getusershell() -> *mut c_char {
    // SAFETY: text holds len bytes of NUL-terminated names.
    unsafe {
        let s = shells();
        if s.text.is_null() || s.pos >= s.len {
            return core::ptr::null_mut();
        }
        let p = s.text.add(s.pos);
        s.pos += crate::file::mode::cstr(p).len() + 1;
        p
    }
}

/// BSD `setusershell`: back to the first shell.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setusershell() {
    // SAFETY: as getusershell.
    unsafe { shells().pos = 0 };
}

/// BSD `endusershell`: forget the list (read again at the next call).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn endusershell() {
    // SAFETY: as getusershell; text is our allocation.
    unsafe {
        let s = &mut *(&raw mut SHELLS);
        crate::heap::free(s.text as *mut c_void);
        *s = Shells {
            text: core::ptr::null_mut(),
            len: 0,
            pos: 0,
            loaded: false,
        };
    }
}

/// BSD `issetugid` (musl; glibc has none): 1 when the program runs with
/// privileges it was not started by (the kernel's `AT_SECURE`), else 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn issetugid() -> c_int {
    (crate::sys::auxv::getauxval(rt::auxv::AT_SECURE as c_ulong) != 0) as c_int
}

/// POSIX.1-2024 `posix_close`: `close` that never leaves `fd` open.
/// `flag` is 0 or `POSIX_CLOSE_RESTART` (also 0 here: Linux never
/// restarts a close); anything else is EINVAL. An interrupted close has
/// still closed the descriptor, reported as EINPROGRESS as POSIX says.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn posix_close(fd: c_int, flag: c_int) -> c_int {
    if flag != 0 {
        return fail(syscall::errno::EINVAL);
    }
    // SAFETY: plain value.
    match syscall::decode(unsafe { sys!(__NR_close, fd) }) {
        Ok(_) => 0,
        Err(e) if e == syscall::errno::EINTR as i32 => fail(syscall::errno::EINPROGRESS),
        Err(e) => fail(e as u32),
    }
}

/// The terminal `getpass` reads from, and how it opens it (read and
/// write, close-on-exec).
static GETPASS_TTY: [u8; 9] = *b"/dev/tty\0";
static GETPASS_MODE: [u8; 5] = *b"w+ce\0";

/// Legacy (SUSv2, BSD/GNU) `getpass`: writes `prompt` and reads one line
/// with echo (and signal characters) off, from `/dev/tty`, or from stdin
/// with the prompt on stderr where there is no terminal. The line,
/// without its newline, is in a buffer the next call reuses; a newline
/// is written after it when echo was turned off (as glibc). At end of
/// input the line is empty.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getpass(prompt: *const c_char) -> *mut c_char {
    use crate::stdio::{fclose, fflush, fileno, fopen, fputc, fputs, getline};
    use crate::termios::{tcgetattr, tcsetattr, termios};
    use syscall::nr::{ECHO, ISIG, TCSAFLUSH};
    static mut BUF: *mut c_char = core::ptr::null_mut();
    static mut CAP: size_t = 0;
    // SAFETY: getpass is not thread-safe (its buffer is shared, as in
    // glibc); the streams are valid; the termios values are locals.
    unsafe {
        let tty = fopen(
            GETPASS_TTY.as_ptr() as *const c_char,
            GETPASS_MODE.as_ptr() as *const c_char,
        );
        let (inp, out) = if tty.is_null() {
            (crate::stdio::stdin, crate::stdio::stderr)
        } else {
            (tty, tty)
        };
        let fd = fileno(inp);
        let mut old = core::mem::MaybeUninit::<termios>::uninit();
        let changed = tcgetattr(fd, old.as_mut_ptr()) == 0 && {
            let mut quiet = old.assume_init();
            quiet.c_lflag &= !(ECHO | ISIG);
            tcsetattr(fd, TCSAFLUSH as c_int, &quiet) == 0
        };
        fputs(prompt, out);
        fflush(out);
        let n = getline(&raw mut BUF, &raw mut CAP, inp);
        let buf = BUF;
        if !buf.is_null() {
            if n < 0 {
                *buf = 0;
            } else if n > 0 && *buf.add(n as usize - 1) == b'\n' as c_char {
                *buf.add(n as usize - 1) = 0;
                if changed {
                    fputc(b'\n' as c_int, out);
                }
            }
        }
        if changed {
            tcsetattr(fd, TCSAFLUSH as c_int, old.as_ptr());
        }
        if tty.is_null() {
            fflush(out);
        } else {
            fclose(tty);
        }
        buf
    }
}

/// The login name of the user, into `out`: 0 or an error number (the
/// body of `getlogin_r`, as glibc finds it). The audit login uid of
/// `/proc/self/loginuid` names the user (unset: ENXIO); where that file
/// cannot be read, the utmp record of the terminal on stdin does.
fn login_name(out: &mut [u8]) -> c_int {
    static LOGINUID: [u8; 20] = *b"/proc/self/loginuid\0";
    // SAFETY: a NUL-terminated path.
    let fd = ret(unsafe {
        sys!(
            __NR_openat,
            AT_FDCWD,
            LOGINUID.as_ptr(),
            syscall::nr::O_RDONLY | syscall::nr::O_CLOEXEC
        )
    });
    if fd >= 0 {
        let mut b = [0u8; 16];
        // SAFETY: b is a local buffer.
        let n = ret(unsafe { sys!(__NR_read, fd, b.as_mut_ptr(), b.len()) });
        close_nocancel(fd as c_int);
        if n > 0 {
            let mut uid: u64 = 0;
            let mut any = false;
            for &c in &b[..n as usize] {
                if !c.is_ascii_digit() {
                    break;
                }
                uid = uid * 10 + (c - b'0') as u64;
                any = true;
            }
            if !any || uid >= u32::MAX as u64 {
                return ENXIO as c_int;
            }
            return user_name(uid as uid_t, out);
        }
    }
    // No login uid to read: the user logged in on our terminal.
    let mut tty = [0u8; 64];
    // SAFETY: tty is a local buffer of its size.
    let r = unsafe { ttyname_r(0, tty.as_mut_ptr() as *mut c_char, tty.len()) };
    if r != 0 {
        return r;
    }
    let len = tty.iter().position(|&c| c == 0).unwrap_or(tty.len());
    let line = tty[..len].strip_prefix(b"/dev/").unwrap_or(&tty[..len]);
    // SAFETY: an all-zero login record is valid.
    let mut key: crate::utmp::utmp = unsafe { core::mem::zeroed() };
    let n = line.len().min(key.ut_line.len());
    key.ut_line[..n].copy_from_slice(&line[..n]);
    key.ut_type = crate::utmp::USER_PROCESS;
    crate::utmp::setutent();
    // SAFETY: key is a local record.
    let found = unsafe { crate::utmp::getutline(&key) };
    let r = if found.is_null() {
        ENOENT as c_int
    } else {
        // SAFETY: the static record getutline returned.
        let user = unsafe { &(*found).ut_user };
        let ul = user.iter().position(|&c| c == 0).unwrap_or(user.len());
        copy_name(&user[..ul], out)
    };
    crate::utmp::endutent();
    r
}

/// `name` and its NUL into `out`, or ERANGE.
fn copy_name(name: &[u8], out: &mut [u8]) -> c_int {
    if name.len() >= out.len() {
        return ERANGE as c_int;
    }
    out[..name.len()].copy_from_slice(name);
    out[name.len()] = 0;
    0
}

/// The passwd name of `uid` into `out`: 0, ENOENT, ERANGE or the lookup's error.
fn user_name(uid: uid_t, out: &mut [u8]) -> c_int {
    let mut pw = core::mem::MaybeUninit::<crate::pwd::passwd>::uninit();
    let mut res: *mut crate::pwd::passwd = core::ptr::null_mut();
    let mut buf = [0u8; 1024];
    // SAFETY: local structure, buffer and result pointer.
    let r = unsafe {
        crate::pwd::getpwuid_r(
            uid,
            pw.as_mut_ptr(),
            buf.as_mut_ptr() as *mut c_char,
            buf.len(),
            &mut res,
        )
    };
    if r != 0 {
        return r;
    }
    if res.is_null() {
        return ENOENT as c_int;
    }
    // SAFETY: getpwuid_r filled the entry; its name lives in buf.
    let name = unsafe { (*res).pw_name };
    // SAFETY: a C string in buf.
    let n = unsafe { crate::string::strlen(name) };
    // SAFETY: as above.
    copy_name(
        unsafe { core::slice::from_raw_parts(name as *const u8, n) },
        out,
    )
}

/// POSIX.1-2024 `getlogin_r`: the login name into `buf`; 0 or the error
/// number (ENXIO without a login uid, ERANGE for a short buffer).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getlogin_r(buf: *mut c_char, len: size_t) -> c_int {
    // SAFETY: the caller's buffer of len bytes.
    let out = unsafe { core::slice::from_raw_parts_mut(buf as *mut u8, len) };
    login_name(out)
}

/// The name `getlogin` returns (LOGIN_NAME_MAX is 256).
static mut LOGIN: [u8; 256] = [0; 256];

/// POSIX.1-2024 `getlogin`: `getlogin_r` into static storage; NULL with
/// errno on failure.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getlogin() -> *mut c_char {
    // SAFETY: getlogin's static buffer (not thread-safe, as POSIX allows).
    let out = unsafe { &mut *(&raw mut LOGIN) };
    let r = login_name(out);
    if r != 0 {
        crate::errno::set(r);
        return core::ptr::null_mut();
    }
    out.as_mut_ptr() as *mut c_char
}

/// The name `cuserid(NULL)` returns (`L_cuserid` is 9).
static mut CUSERID: [u8; 9] = [0; 9];

/// SUSv2 (legacy) `cuserid` (`<stdio.h>`): the name of the effective
/// user, cut to `L_cuserid - 1` bytes, into `s` or static storage; with no
/// such user "" (and NULL when `s` is NULL), as glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cuserid(s: *mut c_char) -> *mut c_char {
    let mut name = [0u8; 256];
    let r = user_name(geteuid(), &mut name);
    let out = if s.is_null() {
        (&raw mut CUSERID) as *mut u8
    } else {
        s as *mut u8
    };
    if r != 0 {
        // SAFETY: out holds at least L_cuserid bytes (the caller's contract).
        unsafe { *out = 0 };
        return s;
    }
    let n = name.iter().position(|&c| c == 0).unwrap_or(0).min(8);
    // SAFETY: out holds L_cuserid (9) bytes.
    unsafe {
        core::ptr::copy_nonoverlapping(name.as_ptr(), out, n);
        *out.add(n) = 0;
    }
    out as *mut c_char
}

static HOSTID_PATH: [u8; 12] = *b"/etc/hostid\0";

/// BSD/XSI `gethostid`: the 32-bit host id, as glibc finds it: the four
/// bytes of `/etc/hostid`, else the host name's IPv4 address with its
/// 16-bit halves swapped, else 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn gethostid() -> c_long {
    let flags = syscall::nr::O_RDONLY | syscall::nr::O_CLOEXEC;
    // SAFETY: a static NUL-terminated path.
    let fd = ret(unsafe { sys!(__NR_openat, AT_FDCWD, HOSTID_PATH.as_ptr(), flags) });
    if fd >= 0 {
        let mut id = [0u8; 4];
        // SAFETY: a local buffer of 4 bytes.
        let n = ret(unsafe { sys!(__NR_read, fd, id.as_mut_ptr(), 4) });
        close_nocancel(fd as c_int);
        if n == 4 {
            return i32::from_ne_bytes(id) as c_long;
        }
    }
    let mut name = [0u8; 256];
    // SAFETY: a local buffer of its length.
    if unsafe { gethostname(name.as_mut_ptr() as *mut c_char, name.len()) } != 0 {
        return 0;
    }
    let mut he = core::mem::MaybeUninit::<crate::netdb::hostent>::uninit();
    let mut res: *mut crate::netdb::hostent = core::ptr::null_mut();
    let mut herr: c_int = 0;
    let mut buf = [0u8; 1024];
    // SAFETY: the name, a local entry, buffer and result pointers.
    let r = unsafe {
        crate::netdb::gethostbyname_r(
            name.as_ptr() as *const c_char,
            he.as_mut_ptr(),
            buf.as_mut_ptr() as *mut c_char,
            buf.len(),
            &mut res,
            &mut herr,
        )
    };
    if r != 0 || res.is_null() {
        return 0;
    }
    // SAFETY: a found entry has at least one 4-byte address.
    let a = unsafe {
        let first = *(*res).h_addr_list;
        if first.is_null() {
            return 0;
        }
        u32::from_ne_bytes(*(first as *const [u8; 4]))
    };
    a.rotate_left(16) as i32 as c_long
}

/// BSD `sethostid`: write the id to `/etc/hostid`; EPERM in a set-id
/// program, else what creating the file gives (EACCES for most users).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn sethostid(id: c_long) -> c_int {
    if issetugid() != 0 {
        return fail(EPERM);
    }
    let flags = syscall::nr::O_WRONLY
        | syscall::nr::O_CREAT
        | syscall::nr::O_TRUNC
        | syscall::nr::O_CLOEXEC;
    // SAFETY: a static NUL-terminated path.
    let fd = ret(unsafe { sys!(__NR_openat, AT_FDCWD, HOSTID_PATH.as_ptr(), flags, 0o644) });
    if fd < 0 {
        return -1;
    }
    let b = (id as i32).to_ne_bytes();
    // SAFETY: a local buffer of 4 bytes.
    let n = ret(unsafe { sys!(__NR_write, fd, b.as_ptr(), 4) });
    close_nocancel(fd as c_int);
    if n != 4 {
        return -1;
    }
    0
}

/// GNU `group_member`: 1 if `gid` is one of the process's supplementary
/// groups (`getgroups`), else 0 (the effective group alone does not
/// count, as in glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn group_member(gid: gid_t) -> c_int {
    let mut local = [0 as gid_t; 64];
    // SAFETY: the list has room for 64 ids.
    let n = unsafe { getgroups(local.len() as c_int, local.as_mut_ptr()) };
    if n >= 0 {
        let n = (n as usize).min(local.len());
        return local[..n].contains(&gid) as c_int;
    }
    // More than 64: count them, then read them into the heap.
    // SAFETY: n == 0 only counts.
    let total = unsafe { getgroups(0, core::ptr::null_mut()) };
    if total <= 0 {
        return 0;
    }
    let mut v: crate::heap::Vec<gid_t> = crate::heap::Vec::new();
    for _ in 0..total {
        if v.push(0).is_err() {
            return 0;
        }
    }
    let list = v.as_mut_slice();
    // SAFETY: the list has room for `total` ids.
    let n = unsafe { getgroups(total, list.as_mut_ptr()) };
    (n > 0 && list[..(n as usize).min(list.len())].contains(&gid)) as c_int
}

/// Linux `close_range` (glibc 2.34): close, or with `CLOSE_RANGE_CLOEXEC`
/// mark close-on-exec, every descriptor from `first` to `last`;
/// `CLOSE_RANGE_UNSHARE` unshares the table first. ENOSYS where the
/// kernel lacks the call, as glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn close_range(first: c_uint, last: c_uint, flags: c_int) -> c_int {
    // SAFETY: no memory is passed.
    ret_int(unsafe { sys!(__NR_close_range, first, last, flags as c_uint) })
}

/// BSD and GNU `closefrom` (glibc 2.34): close every descriptor from
/// `low` up (a negative `low` is 0). Through `close_range`; where the
/// kernel (or an old qemu-user) lacks it, by the names in
/// `/proc/self/fd`; if neither works the process is ended, as glibc does
/// (a caller relies on the descriptors being gone).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn closefrom(low: c_int) {
    let low = low.max(0) as c_uint;
    // SAFETY: no memory is passed.
    let r = unsafe { sys!(__NR_close_range, low, c_uint::MAX, 0) };
    if r >= 0 || closefrom_proc(low).is_ok() {
        return;
    }
    let msg = b"ferrolibc: closefrom failed to close a file descriptor\n";
    // SAFETY: writing a static message to fd 2.
    unsafe { sys!(__NR_write, 2, msg.as_ptr(), msg.len()) };
    crate::stdlib::abort_now()
}

/// `closefrom` by `/proc/self/fd`: read the names, close the ones at or
/// above `low` (not the directory's own descriptor), and read again until
/// a pass closes nothing, since closing moves the directory's entries.
fn closefrom_proc(low: c_uint) -> Result<(), ()> {
    use syscall::nr::{O_CLOEXEC, O_DIRECTORY, O_RDONLY};
    loop {
        // SAFETY: a NUL-terminated path.
        let dir = unsafe {
            sys!(
                __NR_openat,
                FDCWD,
                c"/proc/self/fd".as_ptr(),
                O_RDONLY | O_DIRECTORY | O_CLOEXEC
            )
        };
        if dir < 0 {
            return Err(());
        }
        let mut closed = 0;
        let mut buf = [0u8; 1024];
        let res = loop {
            // SAFETY: the kernel writes at most buf.len() bytes.
            let n = unsafe { sys!(__NR_getdents64, dir, buf.as_mut_ptr(), buf.len()) };
            if n < 0 {
                break Err(());
            }
            if n == 0 {
                break Ok(());
            }
            let mut pos = 0usize;
            while pos + 19 < n as usize {
                let reclen = buf
                    .get(pos + 16..pos + 18)
                    .map_or(0, |b| u16::from_ne_bytes([b[0], b[1]]) as usize);
                if reclen == 0 {
                    break;
                }
                let mut fd: u64 = 0;
                let mut digits = 0;
                for &c in buf.iter().skip(pos + 19).take_while(|&&c| c != 0) {
                    if !c.is_ascii_digit() || fd > u32::MAX as u64 {
                        digits = 0;
                        break;
                    }
                    fd = fd * 10 + (c - b'0') as u64;
                    digits += 1;
                }
                if digits > 0 && fd >= low as u64 && fd != dir as u64 {
                    // SAFETY: closing a descriptor the caller asked closed.
                    unsafe { sys!(__NR_close, fd as usize) };
                    closed += 1;
                }
                pos += reclen;
            }
        };
        // SAFETY: our own descriptor.
        unsafe { sys!(__NR_close, dir) };
        res?;
        if closed == 0 {
            return Ok(());
        }
    }
}
