//! `<dirent.h>`: directory streams over `getdents64`. A `DIR` is one heap
//! block (through `heap`): the fd, a buffer of kernel records, and the
//! position of the last entry handed out (for `telldir`). The kernel's
//! `linux_dirent64` has `struct dirent`'s layout, so `readdir` returns a
//! pointer into the buffer.
use crate::heap;
use crate::kernel::{fail, ret};
use crate::types::*;
use syscall::errno::{EBADF, ENOTDIR};
use syscall::nr::{
    AT_FDCWD, F_SETFD, FD_CLOEXEC, O_CLOEXEC, O_DIRECTORY, O_RDONLY, S_IFDIR, S_IFMT, SEEK_SET,
};

/// The records buffer: 32 KiB, as glibc's (a 10,000-entry directory
/// takes about ten getdents64 calls, not eighty).
const BUF: usize = 32 * 1024;

/// POSIX.1-2024 `struct dirent` (glibc's layout: 64-bit `d_ino` and `d_off`).
#[repr(C)]
pub struct dirent {
    pub d_ino: u64,
    pub d_off: i64,
    pub d_reclen: u16,
    pub d_type: u8,
    pub d_name: [c_char; 256],
}

/// POSIX.1-2024 `DIR` (opaque to C).
#[repr(C, align(8))]
pub struct DIR {
    buf: [u8; BUF],
    fd: c_int,
    pos: usize,
    end: usize,
    tell: i64,
}

unsafe fn new_dir(fd: c_int) -> *mut DIR {
    // SAFETY: a plain allocation, checked below.
    let d = unsafe { heap::malloc(core::mem::size_of::<DIR>()) } as *mut DIR;
    if !d.is_null() {
        // SAFETY: d is a fresh block of DIR's size; malloc aligns to 16.
        unsafe {
            (&raw mut (*d).fd).write(fd);
            (&raw mut (*d).pos).write(0);
            (&raw mut (*d).end).write(0);
            (&raw mut (*d).tell).write(0);
        }
    }
    d
}

/// Opens `path` (relative to `dirfd`) as a directory stream: NULL with
/// errno when the open or the allocation fails (the fd is not leaked).
unsafe fn open_dir_at(dirfd: c_int, path: *const c_char) -> *mut DIR {
    let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
    // SAFETY: the kernel checks the path.
    let fd = ret(unsafe { sys!(__NR_openat, dirfd, path, flags) });
    if fd < 0 {
        return core::ptr::null_mut();
    }
    // SAFETY: fd is ours.
    let d = unsafe { new_dir(fd as c_int) };
    if d.is_null() {
        // SAFETY: closing the fd we opened.
        unsafe { sys!(__NR_close, fd) };
    }
    d
}

/// POSIX.1-2024 `opendir`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn opendir(path: *const c_char) -> *mut DIR {
    // SAFETY: the kernel checks the path.
    unsafe { open_dir_at(AT_FDCWD, path) }
}

/// POSIX.1-2024 `fdopendir` (ENOTDIR unless fd is a directory; sets FD_CLOEXEC).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fdopendir(fd: c_int) -> *mut DIR {
    let mut st = crate::sys::stat::stat::default();
    // SAFETY: st is a local struct stat.
    if unsafe { crate::sys::stat::fstat(fd, &mut st) } < 0 {
        return core::ptr::null_mut();
    }
    if st.st_mode & S_IFMT != S_IFDIR {
        fail(ENOTDIR);
        return core::ptr::null_mut();
    }
    // SAFETY: plain values.
    if ret(unsafe { sys!(__NR_fcntl, fd, F_SETFD, FD_CLOEXEC) }) < 0 {
        return core::ptr::null_mut();
    }
    // SAFETY: the caller hands fd over.
    unsafe { new_dir(fd) }
}

/// POSIX.1-2024 `closedir`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn closedir(d: *mut DIR) -> c_int {
    if d.is_null() {
        return fail(EBADF);
    }
    // SAFETY: d came from opendir/fdopendir.
    let fd = unsafe { (*d).fd };
    // SAFETY: as above; the block is freed once.
    unsafe { heap::free(d as *mut c_void) };
    // SAFETY: plain value.
    ret(unsafe { sys!(__NR_close, fd) }) as c_int
}

/// POSIX.1-2024 `readdir` (NULL at the end with errno untouched).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn readdir(d: *mut DIR) -> *mut dirent {
    // SAFETY: d came from opendir/fdopendir.
    let d = unsafe { &mut *d };
    if d.pos >= d.end {
        // SAFETY: the kernel fills at most BUF bytes of our buffer.
        let n = ret(unsafe { sys!(__NR_getdents64, d.fd, d.buf.as_mut_ptr(), BUF) });
        if n <= 0 {
            return core::ptr::null_mut();
        }
        d.pos = 0;
        d.end = n as usize;
    }
    let e = d.buf[d.pos..].as_mut_ptr() as *mut dirent;
    // SAFETY: the kernel wrote a whole record at pos, 8-aligned.
    let (reclen, off) = unsafe { ((*e).d_reclen as usize, (*e).d_off) };
    d.pos += reclen;
    d.tell = off;
    e
}

/// POSIX.1-2024 `readdir_r` (obsolescent): copies the next entry to `entry`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn readdir_r(
    d: *mut DIR,
    entry: *mut dirent,
    result: *mut *mut dirent,
) -> c_int {
    let saved = crate::errno::get();
    crate::errno::set(0);
    // SAFETY: the caller's DIR.
    let e = unsafe { readdir(d) };
    let err = crate::errno::get();
    crate::errno::set(saved);
    if e.is_null() {
        // SAFETY: the caller's result pointer.
        unsafe { *result = core::ptr::null_mut() };
        return err;
    }
    // SAFETY: e is a record of d_reclen bytes, at most sizeof(dirent).
    unsafe {
        let n = ((*e).d_reclen as usize).min(core::mem::size_of::<dirent>());
        core::ptr::copy_nonoverlapping(e as *const u8, entry as *mut u8, n);
        *result = entry;
    }
    0
}

/// POSIX.1-2024 `seekdir` to a `telldir` position.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn seekdir(d: *mut DIR, loc: c_long) {
    // SAFETY: d came from opendir/fdopendir.
    let d = unsafe { &mut *d };
    // SAFETY: plain values.
    unsafe { crate::arch::lseek(d.fd, loc as off_t, SEEK_SET as c_int) }.ok();
    d.pos = 0;
    d.end = 0;
    d.tell = loc as i64;
}

/// POSIX.1-2024 `telldir`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn telldir(d: *mut DIR) -> c_long {
    // SAFETY: d came from opendir/fdopendir.
    unsafe { (*d).tell as c_long }
}

/// POSIX.1-2024 `rewinddir`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn rewinddir(d: *mut DIR) {
    // SAFETY: as seekdir.
    unsafe { seekdir(d, 0) }
}

/// POSIX.1-2024 `dirfd`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dirfd(d: *mut DIR) -> c_int {
    // SAFETY: d came from opendir/fdopendir.
    unsafe { (*d).fd }
}

pub(crate) type Filter = Option<unsafe extern "C" fn(*const dirent) -> c_int>;
pub(crate) type Compar =
    Option<unsafe extern "C" fn(*mut *const dirent, *mut *const dirent) -> c_int>;

/// GNU `scandirat`: `scandir` relative to `dirfd`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn scandirat(
    dirfd: c_int,
    path: *const c_char,
    list: *mut *mut *mut dirent,
    filter: Filter,
    compar: Compar,
) -> c_int {
    // SAFETY: the kernel checks the path.
    let d = unsafe { open_dir_at(dirfd, path) };
    if d.is_null() {
        return -1;
    }
    let mut v: *mut *mut dirent = core::ptr::null_mut();
    let (mut n, mut cap) = (0usize, 0usize);
    let saved = crate::errno::get();
    crate::errno::set(0);
    let failed;
    loop {
        // SAFETY: d is our stream.
        let e = unsafe { readdir(d) };
        if e.is_null() {
            failed = crate::errno::get() != 0;
            break;
        }
        // SAFETY: the program's filter gets the entry.
        if let Some(f) = filter
            && unsafe { f(e) } == 0
        {
            continue;
        }
        if n == cap {
            cap = if cap == 0 { 16 } else { cap * 2 };
            // SAFETY: v is null or our block.
            let nv = unsafe {
                heap::realloc(v as *mut c_void, cap * core::mem::size_of::<*mut dirent>())
            };
            if nv.is_null() {
                failed = true;
                break;
            }
            v = nv as *mut *mut dirent;
        }
        // SAFETY: e is a record of d_reclen bytes, at most sizeof(dirent).
        let len = unsafe { ((*e).d_reclen as usize).min(core::mem::size_of::<dirent>()) };
        // SAFETY: a plain allocation, checked below.
        let c = unsafe { heap::malloc(core::mem::size_of::<dirent>()) } as *mut dirent;
        if c.is_null() {
            failed = true;
            break;
        }
        // SAFETY: c holds a whole dirent; v has room for entry n.
        unsafe {
            core::ptr::copy_nonoverlapping(e as *const u8, c as *mut u8, len);
            *v.add(n) = c;
        }
        n += 1;
    }
    let err = crate::errno::get();
    // SAFETY: our stream.
    unsafe { closedir(d) };
    if failed {
        for i in 0..n {
            // SAFETY: our entries.
            unsafe { heap::free(*v.add(i) as *mut c_void) };
        }
        // SAFETY: our array.
        unsafe { heap::free(v as *mut c_void) };
        crate::errno::set(if err == 0 {
            syscall::errno::ENOMEM as i32
        } else {
            err
        });
        return -1;
    }
    crate::errno::set(saved);
    if let Some(c) = compar
        && n > 1
    {
        // SAFETY: v holds n pointers; the comparator has qsort's shape.
        unsafe {
            crate::stdlib::qsort(
                v as *mut c_void,
                n,
                core::mem::size_of::<*mut dirent>(),
                core::mem::transmute::<
                    unsafe extern "C" fn(*mut *const dirent, *mut *const dirent) -> c_int,
                    unsafe extern "C" fn(*const c_void, *const c_void) -> c_int,
                >(c),
            )
        };
    }
    // SAFETY: the caller's result pointer.
    unsafe { *list = v };
    n as c_int
}

/// POSIX.1-2024 `scandir`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn scandir(
    path: *const c_char,
    list: *mut *mut *mut dirent,
    filter: Filter,
    compar: Compar,
) -> c_int {
    // SAFETY: as scandirat.
    unsafe { scandirat(AT_FDCWD, path, list, filter, compar) }
}

/// POSIX.1-2024 `alphasort` (strcoll of the names).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn alphasort(a: *mut *const dirent, b: *mut *const dirent) -> c_int {
    // SAFETY: scandir hands pointers to entry pointers.
    unsafe { crate::string::strcoll((**a).d_name.as_ptr(), (**b).d_name.as_ptr()) }
}

/// GNU `versionsort` (strverscmp of the names).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn versionsort(a: *mut *const dirent, b: *mut *const dirent) -> c_int {
    // SAFETY: scandir hands pointers to entry pointers.
    unsafe { crate::string::strverscmp((**a).d_name.as_ptr(), (**b).d_name.as_ptr()) }
}

/// Linux/GNU `getdents64`: raw directory records (`struct dirent64`,
/// which is `struct dirent`) into `buf`; bytes read, 0 at the end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getdents64(fd: c_int, buf: *mut c_void, len: size_t) -> ssize_t {
    // The kernel takes an unsigned int count; more than that is the same
    // request (it cannot fill more).
    let len = len.min(c_int::MAX as size_t);
    // SAFETY: the kernel checks the buffer.
    ret(unsafe { sys!(__NR_getdents64, fd, buf, len) }) as ssize_t
}

/// BSD/musl `getdents`: `getdents64` (the records are `struct dirent`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getdents(fd: c_int, buf: *mut dirent, len: size_t) -> c_int {
    // SAFETY: as getdents64.
    unsafe { getdents64(fd, buf as *mut c_void, len) as c_int }
}
