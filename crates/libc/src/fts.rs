//! `<fts.h>`: the 4.4BSD file hierarchy traversal (`fts_open fts_read
//! fts_children fts_set fts_close`), with glibc's `FTS`/`FTSENT` layouts
//! and its `fts64_*` names (the same functions: `ino_t` and `struct stat`
//! are the 64-bit ones on every arch).
//!
//! As glibc: without `FTS_NOCHDIR` (which `FTS_LOGICAL` implies) the walk
//! changes into each directory it reads, so `fts_accpath` is the bare name
//! and paths longer than `PATH_MAX` work; every entry's `fts_path` is the
//! one shared path buffer, valid for the entry `fts_read` last returned.
//! A directory is `FTS_DC` when it is one of its own ancestors. Under
//! `FTS_NOSTAT | FTS_PHYSICAL` only directories are `stat`ed (known from
//! `d_type`, or from the link count); the others are `FTS_NSOK`.
use crate::dirent::{DIR, closedir, dirfd, opendir, readdir};
use crate::errno;
use crate::heap;
use crate::kernel::ret;
use crate::sys::stat::{fstat, lstat, stat};
use crate::types::*;
use core::ffi::c_ushort;
use syscall::errno::{EINVAL, ENAMETOOLONG, ENOENT, ENOMEM};
use syscall::nr::{AT_FDCWD, O_CLOEXEC, O_RDONLY, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG};

pub use crate::arch::nlink_t;

pub const FTS_COMFOLLOW: c_int = 0x0001;
pub const FTS_LOGICAL: c_int = 0x0002;
pub const FTS_NOCHDIR: c_int = 0x0004;
pub const FTS_NOSTAT: c_int = 0x0008;
pub const FTS_PHYSICAL: c_int = 0x0010;
pub const FTS_SEEDOT: c_int = 0x0020;
pub const FTS_XDEV: c_int = 0x0040;
pub const FTS_WHITEOUT: c_int = 0x0080;
pub const FTS_OPTIONMASK: c_int = 0x00ff;
/// Private: the children list holds names only (`fts_children`).
pub const FTS_NAMEONLY: c_int = 0x0100;
/// Private: an error the walk cannot recover from.
pub const FTS_STOP: c_int = 0x0200;

pub const FTS_ROOTPARENTLEVEL: c_short = -1;
pub const FTS_ROOTLEVEL: c_short = 0;

pub const FTS_D: c_ushort = 1;
pub const FTS_DC: c_ushort = 2;
pub const FTS_DEFAULT: c_ushort = 3;
pub const FTS_DNR: c_ushort = 4;
pub const FTS_DOT: c_ushort = 5;
pub const FTS_DP: c_ushort = 6;
pub const FTS_ERR: c_ushort = 7;
pub const FTS_F: c_ushort = 8;
pub const FTS_INIT: c_ushort = 9;
pub const FTS_NS: c_ushort = 10;
pub const FTS_NSOK: c_ushort = 11;
pub const FTS_SL: c_ushort = 12;
pub const FTS_SLNONE: c_ushort = 13;
pub const FTS_W: c_ushort = 14;

/// The walk must not change back to the parent with `..`.
pub const FTS_DONTCHDIR: c_ushort = 0x01;
/// Reached by following a link: `fts_symfd` is where to return to.
pub const FTS_SYMFOLLOW: c_ushort = 0x02;

pub const FTS_AGAIN: c_int = 1;
pub const FTS_FOLLOW: c_int = 2;
pub const FTS_NOINSTR: c_int = 3;
pub const FTS_SKIP: c_int = 4;

/// The user's comparison, as `FTS` stores it.
type Compar = unsafe extern "C" fn(*const c_void, *const c_void) -> c_int;
/// The comparison as `fts_open` takes it.
type FtsCompar = unsafe extern "C" fn(*mut *const FTSENT, *mut *const FTSENT) -> c_int;

/// 4.4BSD `FTS`, a walk (glibc's layout).
#[repr(C)]
pub struct FTS {
    pub fts_cur: *mut FTSENT,
    pub fts_child: *mut FTSENT,
    pub fts_array: *mut *mut FTSENT,
    pub fts_dev: dev_t,
    pub fts_path: *mut c_char,
    pub fts_rfd: c_int,
    pub fts_pathlen: c_int,
    pub fts_nitems: c_int,
    pub fts_compar: Option<unsafe extern "C" fn(*const c_void, *const c_void) -> c_int>,
    pub fts_options: c_int,
}

/// 4.4BSD `FTSENT`, one file of the walk (glibc's layout; the name runs
/// past the end, followed by the entry's `struct stat`).
#[repr(C)]
pub struct FTSENT {
    pub fts_cycle: *mut FTSENT,
    pub fts_parent: *mut FTSENT,
    pub fts_link: *mut FTSENT,
    pub fts_number: c_long,
    pub fts_pointer: *mut c_void,
    pub fts_accpath: *mut c_char,
    pub fts_path: *mut c_char,
    pub fts_errno: c_int,
    pub fts_symfd: c_int,
    pub fts_pathlen: c_ushort,
    pub fts_namelen: c_ushort,
    pub fts_ino: u64,
    pub fts_dev: dev_t,
    pub fts_nlink: nlink_t,
    pub fts_level: c_short,
    pub fts_info: c_ushort,
    pub fts_flags: c_ushort,
    pub fts_instr: c_ushort,
    pub fts_statp: *mut stat,
    pub fts_name: [c_char; 1],
}

#[derive(Clone, Copy, PartialEq)]
enum Build {
    /// For `fts_read`: the directory's entries, stat'ed, entered.
    Read,
    /// For `fts_children(0)`: as Read, the working directory kept.
    Child,
    /// For `fts_children(FTS_NAMEONLY)`: names only.
    Names,
}

static DOT: [u8; 2] = *b".\0";
static DOTDOT: [u8; 3] = *b"..\0";
const DT_UNKNOWN: u8 = 0;
const DT_DIR: u8 = 4;
const PATH_MAX: usize = 4096;

fn isset(sp: &FTS, o: c_int) -> bool {
    sp.fts_options & o != 0
}

fn is_dot(name: &[u8]) -> bool {
    name == b"." || name == b".."
}

/// The entry's name as bytes (without the NUL).
///
/// # Safety
/// `p` is a live entry.
unsafe fn name_of<'a>(p: *mut FTSENT) -> &'a [u8] {
    // SAFETY: the entry holds fts_namelen name bytes.
    unsafe {
        core::slice::from_raw_parts(
            (&raw mut (*p).fts_name) as *const u8,
            (*p).fts_namelen as usize,
        )
    }
}

fn name_ptr(p: *mut FTSENT) -> *mut c_char {
    // SAFETY: only the field's address is taken.
    unsafe { (&raw mut (*p).fts_name) as *mut c_char }
}

fn open_dir_fd(path: *const u8) -> c_int {
    // SAFETY: path is a C string.
    ret(unsafe { sys!(__NR_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC) }) as c_int
}

fn close_fd(fd: c_int) {
    // SAFETY: the caller's descriptor, closed once.
    unsafe { sys!(__NR_close, fd) };
}

fn fchdir(fd: c_int) -> bool {
    // SAFETY: a plain system call on a descriptor.
    ret(unsafe { sys!(__NR_fchdir, fd) }) == 0
}

/// A new entry named by `len` bytes at `name`, or null (ENOMEM).
///
/// # Safety
/// `name` points at `len` readable bytes.
unsafe fn alloc(sp: &FTS, name: *const u8, len: usize) -> *mut FTSENT {
    let base = core::mem::offset_of!(FTSENT, fts_name);
    let align = core::mem::align_of::<stat>();
    let st_at = (base + len + 1).div_ceil(align) * align;
    // SAFETY: a zeroed block for the entry, its name and its stat.
    let p = unsafe { heap::calloc(1, st_at + core::mem::size_of::<stat>()) } as *mut FTSENT;
    if p.is_null() {
        errno::set(ENOMEM as i32);
        return p;
    }
    // SAFETY: the block holds the header, len + 1 name bytes and the
    // aligned stat at st_at; zero is a valid value of every field.
    unsafe {
        core::ptr::copy_nonoverlapping(name, name_ptr(p) as *mut u8, len);
        (*p).fts_statp = (p as *mut u8).add(st_at) as *mut stat;
        (*p).fts_namelen = len as c_ushort;
        (*p).fts_path = sp.fts_path;
        (*p).fts_accpath = name_ptr(p);
        (*p).fts_instr = FTS_NOINSTR as c_ushort;
    }
    p
}

/// Free a list linked through `fts_link`.
///
/// # Safety
/// Every entry of the list is live and in no other list.
unsafe fn lfree(mut p: *mut FTSENT) {
    while !p.is_null() {
        // SAFETY: a live entry, freed once.
        unsafe {
            let next = (*p).fts_link;
            heap::free(p as *mut c_void);
            p = next;
        }
    }
}

/// Every live entry, in the order fts_close frees them: from `p` along
/// the sibling links, then the parent and its siblings, up to the root
/// parent (which `f` sees last).
///
/// # Safety
/// `p` is a live entry of the walk; `f` does not free what the walk
/// still has to read (the link or parent of the entry it gets).
unsafe fn each_up(mut p: *mut FTSENT, mut f: impl FnMut(*mut FTSENT)) {
    // SAFETY: every entry reached is live: links and parents of live
    // entries are.
    unsafe {
        while (*p).fts_level >= FTS_ROOTLEVEL {
            let next = if (*p).fts_link.is_null() {
                (*p).fts_parent
            } else {
                (*p).fts_link
            };
            f(p);
            p = next;
        }
    }
    f(p);
}

/// Grow the path buffer by at least `more` bytes; false with errno set.
/// The entries' pointers into it are fixed by `padjust`.
fn palloc(sp: &mut FTS, more: usize) -> bool {
    let n = sp.fts_pathlen as usize + more + 256;
    if n > c_int::MAX as usize {
        errno::set(ENAMETOOLONG as i32);
        return false;
    }
    // SAFETY: the buffer is ours (or null at the start).
    let p = unsafe { heap::realloc(sp.fts_path as *mut c_void, n) } as *mut c_char;
    if p.is_null() {
        errno::set(ENOMEM as i32);
        return false;
    }
    sp.fts_path = p;
    sp.fts_pathlen = n as c_int;
    true
}

/// After the path buffer moved from `old` (of `cap` bytes): point every
/// live entry (the walk's, the children list and `head`'s) at the new one.
///
/// # Safety
/// The entries reachable from the stream and `head` are live.
unsafe fn padjust(sp: &mut FTS, head: *mut FTSENT, old: *mut c_char, cap: usize) {
    let new = sp.fts_path;
    let fix = |p: *mut FTSENT| {
        // SAFETY: p is live; the offset stays inside the buffer.
        unsafe {
            let a = (*p).fts_accpath;
            if a >= old && a < old.add(cap) {
                (*p).fts_accpath = new.offset(a.offset_from(old));
            }
            if (*p).fts_path == old {
                (*p).fts_path = new;
            }
        }
    };
    for mut p in [sp.fts_child, head] {
        while !p.is_null() {
            fix(p);
            // SAFETY: a live list.
            p = unsafe { (*p).fts_link };
        }
    }
    if !sp.fts_cur.is_null() {
        // SAFETY: the walk's live entries.
        unsafe { each_up(sp.fts_cur, fix) };
    }
}

/// Where a child's name goes in the path: after the parent's path, one
/// trailing slash of it reused.
///
/// # Safety
/// `p`'s path is in the buffer and at least one byte long.
unsafe fn nappend(sp: &FTS, p: *mut FTSENT) -> usize {
    // SAFETY: as the contract says.
    unsafe {
        let n = (*p).fts_pathlen as usize;
        if n > 0 && *sp.fts_path.add(n - 1) == b'/' as c_char {
            n - 1
        } else {
            n
        }
    }
}

/// Stat `p` (through its access path); its `fts_info`.
///
/// # Safety
/// `p` is live; its access path is a C string.
unsafe fn fts_stat(sp: &FTS, p: *mut FTSENT, follow: bool) -> c_ushort {
    // SAFETY: p is live, its statp is its own buffer.
    unsafe {
        let sb = (*p).fts_statp;
        let path = (*p).fts_accpath;
        if isset(sp, FTS_LOGICAL) || follow {
            if stat(path, sb) != 0 {
                let e = errno::get();
                if e == ENOENT as i32 && lstat(path, sb) == 0 {
                    errno::set(0);
                    return FTS_SLNONE;
                }
                (*p).fts_errno = e;
                *sb = stat::default();
                return FTS_NS;
            }
        } else if lstat(path, sb) != 0 {
            (*p).fts_errno = errno::get();
            *sb = stat::default();
            return FTS_NS;
        }
        let st = &*sb;
        match st.st_mode & S_IFMT {
            S_IFDIR => {
                (*p).fts_dev = st.st_dev;
                (*p).fts_ino = st.st_ino;
                (*p).fts_nlink = st.st_nlink as nlink_t;
                if is_dot(name_of(p)) {
                    return FTS_DOT;
                }
                let mut t = (*p).fts_parent;
                while !t.is_null() && (*t).fts_level >= FTS_ROOTLEVEL {
                    if (*t).fts_ino == st.st_ino && (*t).fts_dev == st.st_dev {
                        (*p).fts_cycle = t;
                        return FTS_DC;
                    }
                    t = (*t).fts_parent;
                }
                FTS_D
            }
            S_IFLNK => FTS_SL,
            S_IFREG => FTS_F,
            _ => FTS_DEFAULT,
        }
    }
}

/// Change into the directory `p` (through `fd`, or by opening `path`),
/// checking it is still that directory; false with errno set.
///
/// # Safety
/// `p` is live; `path` is a C string when `fd` < 0.
unsafe fn safe_chdir(sp: &FTS, p: *mut FTSENT, fd: c_int, path: *const u8) -> bool {
    if isset(sp, FTS_NOCHDIR) {
        return true;
    }
    let nfd = if fd < 0 { open_dir_fd(path) } else { fd };
    if nfd < 0 {
        return false;
    }
    let mut sb = stat::default();
    // SAFETY: nfd is open; sb is ours; p is live.
    let ok = unsafe {
        if fstat(nfd, &mut sb) != 0 {
            false
        } else if (*p).fts_dev != sb.st_dev || (*p).fts_ino != sb.st_ino {
            errno::set(ENOENT as i32);
            false
        } else {
            fchdir(nfd)
        }
    };
    if fd < 0 {
        let e = errno::get();
        close_fd(nfd);
        errno::set(e);
    }
    ok
}

/// Back to the starting directory (unless `FTS_NOCHDIR`).
fn chdir_root(sp: &FTS) -> bool {
    isset(sp, FTS_NOCHDIR) || fchdir(sp.fts_rfd)
}

/// Sort the `n` entries of `head` with the user's comparison.
///
/// # Safety
/// `head` is a live list of `n` entries; fts_compar is set.
unsafe fn sort(sp: &mut FTS, head: *mut FTSENT, n: usize) -> *mut FTSENT {
    let Some(cmp) = sp.fts_compar else {
        return head;
    };
    if n > sp.fts_nitems as usize {
        let want = n + 40;
        let size = want.checked_mul(core::mem::size_of::<*mut FTSENT>());
        // SAFETY: the array is ours (or null).
        let a = size.map_or(core::ptr::null_mut(), |s| unsafe {
            heap::realloc(sp.fts_array as *mut c_void, s)
        }) as *mut *mut FTSENT;
        if a.is_null() {
            // Unsorted, as glibc when the array cannot grow.
            // SAFETY: our array.
            unsafe { heap::free(sp.fts_array as *mut c_void) };
            sp.fts_array = core::ptr::null_mut();
            sp.fts_nitems = 0;
            return head;
        }
        sp.fts_array = a;
        sp.fts_nitems = want as c_int;
    }
    // SAFETY: the array holds at least n pointers; the list n entries.
    unsafe {
        let a = sp.fts_array;
        let mut p = head;
        for i in 0..n {
            *a.add(i) = p;
            p = (*p).fts_link;
        }
        crate::stdlib::sort::qsort(
            a as *mut c_void,
            n,
            core::mem::size_of::<*mut FTSENT>(),
            cmp,
        );
        for i in 0..n - 1 {
            (**a.add(i)).fts_link = *a.add(i + 1);
        }
        (**a.add(n - 1)).fts_link = core::ptr::null_mut();
        *a
    }
}

/// The entries of the current directory (see [`Build`]), or null: with
/// `Read`, the directory's fts_info then says why (`FTS_DNR`, `FTS_DP`
/// for an empty one, `FTS_ERR` with `FTS_STOP` set).
///
/// # Safety
/// The stream is live and its current entry a directory.
unsafe fn build(sp: &mut FTS, kind: Build) -> *mut FTSENT {
    let cur = sp.fts_cur;
    // SAFETY: cur is live; its access path is a C string.
    let dirp: *mut DIR = unsafe { opendir((*cur).fts_accpath) };
    if dirp.is_null() {
        if kind == Build::Read {
            // SAFETY: cur is live.
            unsafe {
                (*cur).fts_info = FTS_DNR;
                (*cur).fts_errno = errno::get();
            }
        }
        return core::ptr::null_mut();
    }
    let mut dirp = dirp;
    // How many subdirectories are left to find when only they are
    // stat'ed; -1: stat everything; 0: nothing.
    let (mut nlinks, nostat): (i64, bool) = if kind == Build::Names {
        (0, false)
    } else if isset(sp, FTS_NOSTAT) && isset(sp, FTS_PHYSICAL) {
        let dots = if isset(sp, FTS_SEEDOT) { 0 } else { 2 };
        // SAFETY: cur is live.
        (unsafe { (*cur).fts_nlink } as i64 - dots, true)
    } else {
        (-1, false)
    };
    let descend = if nlinks != 0 || kind == Build::Read {
        // SAFETY: cur is live; dirp is open.
        if unsafe { safe_chdir(sp, cur, dirfd(dirp), core::ptr::null()) } {
            true
        } else {
            // SAFETY: cur is live; dirp is ours, closed once.
            unsafe {
                if nlinks != 0 && kind == Build::Read {
                    (*cur).fts_errno = errno::get();
                }
                (*cur).fts_flags |= FTS_DONTCHDIR;
                closedir(dirp);
            }
            dirp = core::ptr::null_mut();
            false
        }
    } else {
        false
    };
    let nochdir = isset(sp, FTS_NOCHDIR);
    // SAFETY: cur's path is in the buffer.
    let mut len = unsafe { nappend(sp, cur) };
    if nochdir {
        // SAFETY: the buffer holds the path and at least one more byte.
        unsafe { *sp.fts_path.add(len) = b'/' as c_char };
    }
    len += 1;
    let cp = len;
    // SAFETY: cur is live.
    let level = unsafe { (*cur).fts_level } + 1;
    let mut head: *mut FTSENT = core::ptr::null_mut();
    let mut tail: *mut FTSENT = core::ptr::null_mut();
    let mut nitems = 0usize;
    let mut fail = 0;
    while !dirp.is_null() {
        // SAFETY: dirp is open.
        let dp = unsafe { readdir(dirp) };
        if dp.is_null() {
            break;
        }
        // SAFETY: readdir's entry is live until the next call.
        let (name, dtype) = unsafe {
            let n = (&raw const (*dp).d_name) as *const u8;
            let l = crate::string::strlen(n as *const c_char);
            (core::slice::from_raw_parts(n, l), (*dp).d_type)
        };
        if !isset(sp, FTS_SEEDOT) && is_dot(name) {
            continue;
        }
        // SAFETY: name's bytes are readable.
        let p = unsafe { alloc(sp, name.as_ptr(), name.len()) };
        if p.is_null() {
            fail = ENOMEM as i32;
            break;
        }
        if len + name.len() >= u16::MAX as usize {
            // SAFETY: our entry.
            unsafe { heap::free(p as *mut c_void) };
            fail = ENAMETOOLONG as i32;
            break;
        }
        if len + name.len() + 1 >= sp.fts_pathlen as usize {
            let (old, cap) = (sp.fts_path, sp.fts_pathlen as usize);
            if !palloc(sp, len + name.len() + 1) {
                // SAFETY: our entry.
                unsafe { heap::free(p as *mut c_void) };
                fail = errno::get();
                break;
            }
            if old != sp.fts_path {
                // SAFETY: the stream's and the list's entries are live.
                unsafe { padjust(sp, head, old, cap) };
            }
        }
        // SAFETY: p is our new entry; the buffer holds len + name + NUL.
        unsafe {
            (*p).fts_level = level;
            (*p).fts_parent = cur;
            (*p).fts_pathlen = (len + name.len()) as c_ushort;
            (*p).fts_path = sp.fts_path;
            if nlinks == 0 || (nostat && dtype != DT_DIR && dtype != DT_UNKNOWN) {
                (*p).fts_accpath = if nochdir { sp.fts_path } else { name_ptr(p) };
                (*p).fts_info = FTS_NSOK;
            } else {
                if nochdir {
                    (*p).fts_accpath = sp.fts_path;
                    core::ptr::copy_nonoverlapping(
                        name.as_ptr(),
                        sp.fts_path.add(cp) as *mut u8,
                        name.len(),
                    );
                    *sp.fts_path.add(cp + name.len()) = 0;
                } else {
                    (*p).fts_accpath = name_ptr(p);
                }
                let info = fts_stat(sp, p, false);
                (*p).fts_info = info;
                if nlinks > 0 && matches!(info, FTS_D | FTS_DC | FTS_DOT) {
                    nlinks -= 1;
                }
            }
            if head.is_null() {
                head = p;
            } else {
                (*tail).fts_link = p;
            }
            tail = p;
        }
        nitems += 1;
    }
    if !dirp.is_null() {
        // SAFETY: ours, closed once.
        unsafe { closedir(dirp) };
    }
    if fail != 0 {
        // SAFETY: the list is ours; cur is live.
        unsafe {
            lfree(head);
            (*cur).fts_info = FTS_ERR;
        }
        sp.fts_options |= FTS_STOP;
        errno::set(fail);
        return core::ptr::null_mut();
    }
    if nochdir {
        let end = if nitems == 0 { cp - 1 } else { cp };
        // SAFETY: inside the buffer (the slash or just after it).
        unsafe { *sp.fts_path.add(end) = 0 };
    }
    if descend && (kind == Build::Child || nitems == 0) {
        // SAFETY: cur and its parent are live.
        let back = unsafe {
            if (*cur).fts_level == FTS_ROOTLEVEL {
                chdir_root(sp)
            } else {
                safe_chdir(sp, (*cur).fts_parent, -1, DOTDOT.as_ptr())
            }
        };
        if !back {
            // SAFETY: the list is ours; cur is live.
            unsafe {
                lfree(head);
                (*cur).fts_info = FTS_ERR;
            }
            sp.fts_options |= FTS_STOP;
            return core::ptr::null_mut();
        }
    }
    if nitems == 0 {
        if kind == Build::Read {
            // SAFETY: cur is live.
            unsafe { (*cur).fts_info = FTS_DP };
        }
        return core::ptr::null_mut();
    }
    if sp.fts_compar.is_some() && nitems > 1 {
        // SAFETY: a live list of nitems entries.
        head = unsafe { sort(sp, head, nitems) };
    }
    head
}

/// Make root `p` the current path: its name (all of the argument) into
/// the buffer, its name then the argument's last component.
///
/// # Safety
/// `p` is a live root; the buffer holds its name and NUL.
unsafe fn load(sp: &mut FTS, p: *mut FTSENT) {
    // SAFETY: as the contract says.
    unsafe {
        let len = (*p).fts_namelen as usize;
        let name = name_ptr(p) as *mut u8;
        core::ptr::copy_nonoverlapping(name, sp.fts_path as *mut u8, len + 1);
        (*p).fts_pathlen = len as c_ushort;
        let bytes = core::slice::from_raw_parts(name, len);
        if let Some(i) = bytes.iter().rposition(|&c| c == b'/')
            && (i != 0 || len > 1)
        {
            let rest = len - i - 1;
            core::ptr::copy(name.add(i + 1), name, rest + 1);
            (*p).fts_namelen = rest as c_ushort;
        }
        (*p).fts_accpath = sp.fts_path;
        (*p).fts_path = sp.fts_path;
        sp.fts_dev = (*p).fts_dev;
    }
}

/// Follow `p` (an `FTS_FOLLOW`ed link): stat it through the link and,
/// when it is a directory, keep where to come back to.
///
/// # Safety
/// `p` is live.
unsafe fn follow(sp: &FTS, p: *mut FTSENT) {
    // SAFETY: p is live.
    unsafe {
        (*p).fts_info = fts_stat(sp, p, true);
        if (*p).fts_info == FTS_D && !isset(sp, FTS_NOCHDIR) {
            let fd = open_dir_fd(DOT.as_ptr());
            if fd < 0 {
                (*p).fts_errno = errno::get();
                (*p).fts_info = FTS_ERR;
            } else {
                (*p).fts_symfd = fd;
                (*p).fts_flags |= FTS_SYMFOLLOW;
            }
        }
    }
}

/// Free a stream's pieces: its entries from `cur` up, its children list,
/// buffers and the stream itself.
///
/// # Safety
/// `sp` is a stream of ours, not used again.
unsafe fn free_all(sp: *mut FTS) {
    // SAFETY: every entry reached is live and freed once.
    unsafe {
        if !(*sp).fts_cur.is_null() {
            each_up((*sp).fts_cur, |p| {
                if (*p).fts_flags & FTS_SYMFOLLOW != 0 {
                    close_fd((*p).fts_symfd);
                }
                heap::free(p as *mut c_void)
            });
        }
        lfree((*sp).fts_child);
        heap::free((*sp).fts_array as *mut c_void);
        heap::free((*sp).fts_path as *mut c_void);
        heap::free(sp as *mut c_void);
    }
}

/// 4.4BSD `fts_open`: a walk of the files named by the null-terminated
/// `argv`, in the order of `compar` (null: as given, and directories in
/// their own order). Null with errno `EINVAL` for an unknown option,
/// `ENOENT` for an empty name.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fts_open(
    argv: *const *mut c_char,
    options: c_int,
    compar: Option<unsafe extern "C" fn(*mut *const FTSENT, *mut *const FTSENT) -> c_int>,
) -> *mut FTS {
    if options & !FTS_OPTIONMASK != 0 {
        errno::set(EINVAL as i32);
        return core::ptr::null_mut();
    }
    // SAFETY: a zeroed FTS is a valid empty one.
    let sp = unsafe { heap::calloc(1, core::mem::size_of::<FTS>()) } as *mut FTS;
    if sp.is_null() {
        errno::set(ENOMEM as i32);
        return sp;
    }
    // SAFETY: sp is ours; argv is a null-terminated array of C strings;
    // the two function pointer types differ only in their pointee types.
    unsafe {
        let s = &mut *sp;
        s.fts_compar = compar.map(|f| core::mem::transmute::<FtsCompar, Compar>(f));
        s.fts_options = options;
        s.fts_rfd = -1;
        if options & FTS_LOGICAL != 0 {
            s.fts_options |= FTS_NOCHDIR;
        }
        let mut maxlen = 0;
        let mut n = 0;
        while !(*argv.add(n)).is_null() {
            maxlen = maxlen.max(crate::string::strlen(*argv.add(n)));
            n += 1;
        }
        if !palloc(s, (maxlen + 1).max(PATH_MAX)) {
            free_all(sp);
            return core::ptr::null_mut();
        }
        let parent = alloc(s, DOT.as_ptr(), 0);
        if parent.is_null() {
            free_all(sp);
            return core::ptr::null_mut();
        }
        (*parent).fts_level = FTS_ROOTPARENTLEVEL;
        // The current entry, before the first root: its link is the list
        // of roots, so fts_close frees what fts_open made.
        let init = alloc(s, DOT.as_ptr(), 0);
        if init.is_null() {
            heap::free(parent as *mut c_void);
            free_all(sp);
            return core::ptr::null_mut();
        }
        (*init).fts_info = FTS_INIT;
        (*init).fts_level = FTS_ROOTLEVEL;
        (*init).fts_parent = parent;
        s.fts_cur = init;
        let mut root: *mut FTSENT = core::ptr::null_mut();
        let mut tail: *mut FTSENT = core::ptr::null_mut();
        for i in 0..n {
            let a = *argv.add(i) as *const u8;
            let len = crate::string::strlen(a as *const c_char);
            let p = if len == 0 {
                errno::set(ENOENT as i32);
                core::ptr::null_mut()
            } else {
                alloc(s, a, len)
            };
            if p.is_null() {
                (*init).fts_link = root;
                free_all(sp);
                return core::ptr::null_mut();
            }
            (*p).fts_level = FTS_ROOTLEVEL;
            (*p).fts_parent = parent;
            let mut info = fts_stat(s, p, options & FTS_COMFOLLOW != 0);
            if info == FTS_DOT {
                info = FTS_D;
            }
            (*p).fts_info = info;
            if s.fts_compar.is_some() {
                (*p).fts_link = root;
                root = p;
            } else {
                if root.is_null() {
                    root = p;
                } else {
                    (*tail).fts_link = p;
                }
                tail = p;
            }
        }
        if s.fts_compar.is_some() && n > 1 {
            root = sort(s, root, n);
        }
        (*init).fts_link = root;
        if !isset(s, FTS_NOCHDIR) {
            s.fts_rfd = open_dir_fd(DOT.as_ptr());
            if s.fts_rfd < 0 {
                s.fts_options |= FTS_NOCHDIR;
            }
        }
    }
    sp
}

/// Set the current path to `p`'s (a non-root entry) and return it.
///
/// # Safety
/// `p` and its parent are live; the buffer has room for the path.
unsafe fn named(sp: &mut FTS, p: *mut FTSENT) -> *mut FTSENT {
    // SAFETY: as the contract says (build made the room).
    unsafe {
        let at = nappend(sp, (*p).fts_parent);
        *sp.fts_path.add(at) = b'/' as c_char;
        let n = (*p).fts_namelen as usize;
        core::ptr::copy_nonoverlapping(
            name_ptr(p) as *const u8,
            sp.fts_path.add(at + 1) as *mut u8,
            n + 1,
        );
        (*p).fts_path = sp.fts_path;
    }
    sp.fts_cur = p;
    p
}

/// 4.4BSD `fts_read`: the next entry of the walk — directories twice
/// (`FTS_D` before their contents, `FTS_DP` after) — or null at the end
/// (errno 0) or on an error that ends the walk (errno set).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fts_read(sp: *mut FTS) -> *mut FTSENT {
    // SAFETY: sp is a stream from fts_open; every entry it reaches is live.
    unsafe {
        let sp = &mut *sp;
        if sp.fts_cur.is_null() || isset(sp, FTS_STOP) {
            return core::ptr::null_mut();
        }
        let mut p = sp.fts_cur;
        let instr = (*p).fts_instr as c_int;
        (*p).fts_instr = FTS_NOINSTR as c_ushort;
        if instr == FTS_AGAIN {
            (*p).fts_info = fts_stat(sp, p, false);
            return p;
        }
        if instr == FTS_FOLLOW && matches!((*p).fts_info, FTS_SL | FTS_SLNONE) {
            follow(sp, p);
            return p;
        }
        if (*p).fts_info == FTS_D {
            if instr == FTS_SKIP || (isset(sp, FTS_XDEV) && (*p).fts_dev != sp.fts_dev) {
                if (*p).fts_flags & FTS_SYMFOLLOW != 0 {
                    close_fd((*p).fts_symfd);
                    (*p).fts_flags &= !FTS_SYMFOLLOW;
                }
                lfree(sp.fts_child);
                sp.fts_child = core::ptr::null_mut();
                (*p).fts_info = FTS_DP;
                return p;
            }
            if !sp.fts_child.is_null() && isset(sp, FTS_NAMEONLY) {
                sp.fts_options &= !FTS_NAMEONLY;
                lfree(sp.fts_child);
                sp.fts_child = core::ptr::null_mut();
            }
            if !sp.fts_child.is_null() {
                if !safe_chdir(sp, p, -1, (*p).fts_accpath as *const u8) {
                    (*p).fts_errno = errno::get();
                    (*p).fts_flags |= FTS_DONTCHDIR;
                    let mut c = sp.fts_child;
                    while !c.is_null() {
                        (*c).fts_accpath = (*(*c).fts_parent).fts_accpath;
                        c = (*c).fts_link;
                    }
                }
            } else {
                sp.fts_child = build(sp, Build::Read);
                if sp.fts_child.is_null() {
                    if isset(sp, FTS_STOP) {
                        return core::ptr::null_mut();
                    }
                    return p;
                }
            }
            p = sp.fts_child;
            sp.fts_child = core::ptr::null_mut();
            return named(sp, p);
        }
        // The next sibling (skipping FTS_SKIP ones), else the parent.
        loop {
            let tmp = p;
            p = (*p).fts_link;
            if p.is_null() {
                p = (*tmp).fts_parent;
                sp.fts_cur = p;
                heap::free(tmp as *mut c_void);
                break;
            }
            heap::free(tmp as *mut c_void);
            if (*p).fts_level == FTS_ROOTLEVEL {
                if !chdir_root(sp) {
                    sp.fts_options |= FTS_STOP;
                    sp.fts_cur = p;
                    return core::ptr::null_mut();
                }
                load(sp, p);
                sp.fts_cur = p;
                return p;
            }
            if (*p).fts_instr as c_int == FTS_SKIP {
                continue;
            }
            if (*p).fts_instr as c_int == FTS_FOLLOW {
                follow(sp, p);
                (*p).fts_instr = FTS_NOINSTR as c_ushort;
            }
            return named(sp, p);
        }
        if (*p).fts_level == FTS_ROOTPARENTLEVEL {
            heap::free(p as *mut c_void);
            sp.fts_cur = core::ptr::null_mut();
            errno::set(0);
            return core::ptr::null_mut();
        }
        *sp.fts_path.add((*p).fts_pathlen as usize) = 0;
        let symfollow = (*p).fts_flags & FTS_SYMFOLLOW != 0;
        let back = if (*p).fts_level == FTS_ROOTLEVEL {
            if symfollow {
                close_fd((*p).fts_symfd);
            }
            chdir_root(sp)
        } else if symfollow {
            let ok = fchdir((*p).fts_symfd);
            let e = errno::get();
            close_fd((*p).fts_symfd);
            errno::set(e);
            ok
        } else {
            (*p).fts_flags & FTS_DONTCHDIR != 0
                || safe_chdir(sp, (*p).fts_parent, -1, DOTDOT.as_ptr())
        };
        (*p).fts_flags &= !FTS_SYMFOLLOW;
        if !back {
            sp.fts_options |= FTS_STOP;
            return core::ptr::null_mut();
        }
        (*p).fts_info = if (*p).fts_errno != 0 { FTS_ERR } else { FTS_DP };
        p
    }
}

/// 4.4BSD `fts_set`: what the next `fts_read` does with `p`
/// (`FTS_AGAIN FTS_FOLLOW FTS_SKIP`, or `FTS_NOINSTR`); 1 with errno
/// `EINVAL` for another value.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fts_set(_sp: *mut FTS, p: *mut FTSENT, instr: c_int) -> c_int {
    if !(0..=FTS_SKIP).contains(&instr) {
        errno::set(EINVAL as i32);
        return 1;
    }
    // SAFETY: p is an entry of the caller's walk.
    unsafe { (*p).fts_instr = instr as c_ushort };
    0
}

/// 4.4BSD `fts_children`: the entries of the directory `fts_read` last
/// returned, linked through `fts_link` (with `FTS_NAMEONLY` only their
/// names, `FTS_NSOK`), valid until the next `fts_read`; the roots before
/// the first `fts_read`. Null with errno 0 for a non-directory or an
/// empty directory; `EINVAL` for other `instr` values.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fts_children(sp: *mut FTS, instr: c_int) -> *mut FTSENT {
    if instr != 0 && instr != FTS_NAMEONLY {
        errno::set(EINVAL as i32);
        return core::ptr::null_mut();
    }
    // SAFETY: sp is a stream from fts_open; its entries are live.
    unsafe {
        let sp = &mut *sp;
        let p = sp.fts_cur;
        errno::set(0);
        if p.is_null() || isset(sp, FTS_STOP) {
            return core::ptr::null_mut();
        }
        if (*p).fts_info == FTS_INIT {
            return (*p).fts_link;
        }
        if (*p).fts_info != FTS_D {
            return core::ptr::null_mut();
        }
        lfree(sp.fts_child);
        sp.fts_child = core::ptr::null_mut();
        let kind = if instr == FTS_NAMEONLY {
            sp.fts_options |= FTS_NAMEONLY;
            Build::Names
        } else {
            // As glibc, a FTS_NAMEONLY asked before stays in force: the
            // next fts_read rebuilds this list (fts_set on it is lost).
            Build::Child
        };
        if (*p).fts_level != FTS_ROOTLEVEL
            || *(*p).fts_accpath == b'/' as c_char
            || isset(sp, FTS_NOCHDIR)
        {
            sp.fts_child = build(sp, kind);
            return sp.fts_child;
        }
        // A relative root: come back to where we are, whatever happens.
        let fd = open_dir_fd(DOT.as_ptr());
        if fd < 0 {
            return core::ptr::null_mut();
        }
        sp.fts_child = build(sp, kind);
        let ok = fchdir(fd);
        close_fd(fd);
        if !ok {
            return core::ptr::null_mut();
        }
        sp.fts_child
    }
}

/// 4.4BSD `fts_close`: end the walk, freeing it, and return to the
/// directory `fts_open` was called in (unless `FTS_NOCHDIR`); 0, or -1
/// with errno set when that fails.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fts_close(sp: *mut FTS) -> c_int {
    // SAFETY: sp is a stream from fts_open, not used after this.
    unsafe {
        let nochdir = isset(&*sp, FTS_NOCHDIR);
        let rfd = (*sp).fts_rfd;
        free_all(sp);
        if !nochdir {
            let ok = fchdir(rfd);
            let e = errno::get();
            close_fd(rfd);
            if !ok {
                errno::set(e);
                return -1;
            }
        }
    }
    0
}

/// glibc `fts64_open`: `fts_open` (`FTSENT` is the 64-bit one already).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fts64_open(
    argv: *const *mut c_char,
    options: c_int,
    compar: Option<unsafe extern "C" fn(*mut *const FTSENT, *mut *const FTSENT) -> c_int>,
) -> *mut FTS {
    // SAFETY: as fts_open.
    unsafe { fts_open(argv, options, compar) }
}

/// glibc `fts64_read`: `fts_read`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fts64_read(sp: *mut FTS) -> *mut FTSENT {
    // SAFETY: as fts_read.
    unsafe { fts_read(sp) }
}

/// glibc `fts64_children`: `fts_children`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fts64_children(sp: *mut FTS, instr: c_int) -> *mut FTSENT {
    // SAFETY: as fts_children.
    unsafe { fts_children(sp, instr) }
}

/// glibc `fts64_set`: `fts_set`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fts64_set(sp: *mut FTS, p: *mut FTSENT, instr: c_int) -> c_int {
    // SAFETY: as fts_set.
    unsafe { fts_set(sp, p, instr) }
}

/// glibc `fts64_close`: `fts_close`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fts64_close(sp: *mut FTS) -> c_int {
    // SAFETY: as fts_close.
    unsafe { fts_close(sp) }
}
