//! `<ftw.h>`: file tree walks, POSIX.1-2024 `nftw` and `ftw` (XSI,
//! obsolescent), with glibc's `FTW_ACTIONRETVAL` (GNU).
//!
//! Each directory's names are read whole and its descriptor closed before
//! the walk goes deeper, so a walk holds at most two descriptors (the
//! directory being read, and with `FTW_CHDIR` the starting directory)
//! whatever `nopenfd` and the depth are. Paths are looked up from the
//! starting directory, so `FTW_CHDIR` can move the working directory
//! freely. As glibc: trailing slashes of the root are dropped ("/" stays),
//! names come in directory order, a directory reached twice (through a
//! followed symbolic link) is walked once, `FTW_MOUNT` leaves out whatever
//! is on another file system, and with `FTW_CHDIR` each object is reported
//! from the directory that holds it (a directory's `FTW_DP` from inside
//! itself), the working directory restored at the end.
use crate::errno;
use crate::heap::{self, Vec};
use crate::kernel::ret;
use crate::sys::stat::{fstatat, stat};
use crate::types::*;
use syscall::errno::{EACCES, ENOENT, ENOMEM};
use syscall::nr::{
    AT_FDCWD, AT_SYMLINK_NOFOLLOW, O_CLOEXEC, O_DIRECTORY, O_PATH, O_RDONLY, S_IFDIR, S_IFLNK,
    S_IFMT,
};

/// A regular (or other non-directory) file.
pub const FTW_F: c_int = 0;
/// A directory, reported before its contents.
pub const FTW_D: c_int = 1;
/// A directory that cannot be read.
pub const FTW_DNR: c_int = 2;
/// An object whose `stat` failed.
pub const FTW_NS: c_int = 3;
/// A symbolic link (`FTW_PHYS`).
pub const FTW_SL: c_int = 4;
/// A directory, reported after its contents (`FTW_DEPTH`).
pub const FTW_DP: c_int = 5;
/// A symbolic link to nothing (without `FTW_PHYS`).
pub const FTW_SLN: c_int = 6;

pub const FTW_PHYS: c_int = 1;
pub const FTW_MOUNT: c_int = 2;
pub const FTW_CHDIR: c_int = 4;
pub const FTW_DEPTH: c_int = 8;
pub const FTW_ACTIONRETVAL: c_int = 16;

pub const FTW_CONTINUE: c_int = 0;
pub const FTW_STOP: c_int = 1;
pub const FTW_SKIP_SUBTREE: c_int = 2;
pub const FTW_SKIP_SIBLINGS: c_int = 3;

/// POSIX `struct FTW`: where the object's name starts in the path, and
/// how deep it is below the root.
#[repr(C)]
pub struct FTW {
    pub base: c_int,
    pub level: c_int,
}

#[allow(non_camel_case_types)]
pub type __nftw_func_t = unsafe extern "C" fn(*const c_char, *const stat, c_int, *mut FTW) -> c_int;
#[allow(non_camel_case_types)]
pub type __ftw_func_t = unsafe extern "C" fn(*const c_char, *const stat, c_int) -> c_int;

#[derive(Clone, Copy)]
enum Callback {
    Nftw(__nftw_func_t),
    Ftw(__ftw_func_t),
}

/// What the walk does after an object.
enum Flow {
    Go,
    /// `FTW_SKIP_SUBTREE` (`FTW_ACTIONRETVAL`): like Go but a directory's
    /// contents are left out.
    SkipSubtree,
    SkipSiblings,
    /// End the walk with this value (-1 with errno set for an error).
    Stop(c_int),
}

/// The getdents64 buffer, one per walk.
const DENTS: usize = 32 * 1024;

struct Walk {
    cb: Callback,
    flags: c_int,
    /// The current path, NUL-terminated.
    path: Vec<u8>,
    /// The directory relative paths are looked up from.
    start: c_int,
    /// The root's file system (`FTW_MOUNT`).
    dev: dev_t,
    /// Directories walked, when links are followed.
    seen: Vec<(dev_t, u64)>,
    /// With `FTW_CHDIR`: the path prefix the working directory is (its
    /// length), or `usize::MAX` when unknown.
    cwd: usize,
    dents: *mut u8,
}

fn fail_nomem() -> Flow {
    errno::set(ENOMEM as i32);
    Flow::Stop(-1)
}

impl Walk {
    fn has(&self, f: c_int) -> bool {
        self.flags & f != 0
    }

    fn cpath(&self) -> *const c_char {
        self.path.as_slice().as_ptr() as *const c_char
    }

    /// With `FTW_CHDIR`, make the working directory the path's first `n`
    /// bytes (0: where the walk started).
    fn enter(&mut self, n: usize) -> Result<(), ()> {
        if !self.has(FTW_CHDIR) || self.cwd == n {
            return Ok(());
        }
        let r = if n == 0 {
            // SAFETY: start is our descriptor of the starting directory.
            ret(unsafe { sys!(__NR_fchdir, self.start) })
        } else {
            let p = self.path.as_mut_slice();
            let saved = p[n];
            p[n] = 0;
            // SAFETY: the path's first n bytes, NUL-terminated for the call.
            let fd = ret(unsafe {
                sys!(
                    __NR_openat,
                    self.start,
                    p.as_ptr(),
                    O_PATH | O_DIRECTORY | O_CLOEXEC
                )
            });
            p[n] = saved;
            if fd < 0 {
                -1
            } else {
                // SAFETY: fd is the descriptor just opened, closed right after.
                let r = ret(unsafe { sys!(__NR_fchdir, fd) });
                // SAFETY: as above.
                unsafe { sys!(__NR_close, fd) };
                r
            }
        };
        if r < 0 {
            self.cwd = usize::MAX;
            return Err(());
        }
        self.cwd = n;
        Ok(())
    }

    /// Call the user's function for the current path.
    fn report(
        &mut self,
        st: &stat,
        kind: c_int,
        base: usize,
        level: c_int,
        dir_key: usize,
    ) -> Flow {
        if self.enter(dir_key).is_err() {
            return Flow::Stop(-1);
        }
        let mut ftw = FTW {
            base: base as c_int,
            level,
        };
        let r = match self.cb {
            // SAFETY: the user's callback with a NUL-terminated path and a
            // stat buffer that live across the call.
            Callback::Nftw(f) => unsafe { f(self.cpath(), st, kind, &mut ftw) },
            // SAFETY: as above.
            Callback::Ftw(f) => unsafe { f(self.cpath(), st, kind) },
        };
        if r == 0 {
            return Flow::Go;
        }
        if !self.has(FTW_ACTIONRETVAL) {
            return Flow::Stop(r);
        }
        match r {
            FTW_STOP => Flow::Stop(FTW_STOP),
            FTW_SKIP_SIBLINGS => Flow::SkipSiblings,
            FTW_SKIP_SUBTREE => Flow::SkipSubtree,
            _ => Flow::Go,
        }
    }

    /// The names in the directory at the current path, each NUL-ended;
    /// Err(errno) if it cannot be opened or read.
    fn read_names(&mut self) -> Result<Vec<u8>, i32> {
        // SAFETY: the path is NUL-terminated.
        let fd = ret(unsafe {
            sys!(
                __NR_openat,
                self.start,
                self.cpath(),
                O_RDONLY | O_DIRECTORY | O_CLOEXEC
            )
        });
        if fd < 0 {
            return Err(errno::get());
        }
        let mut names = Vec::new();
        let res = loop {
            // SAFETY: dents holds DENTS bytes; the kernel fills at most that.
            let n = ret(unsafe { sys!(__NR_getdents64, fd, self.dents, DENTS) });
            if n < 0 {
                break Err(errno::get());
            }
            if n == 0 {
                break Ok(());
            }
            let mut pos = 0usize;
            let mut full = false;
            while pos < n as usize {
                // SAFETY: the kernel wrote whole records up to n: d_reclen
                // (u16 at 16) and the name (NUL-terminated at 19).
                let (reclen, name) = unsafe {
                    let e = self.dents.add(pos);
                    let reclen = (e.add(16) as *const u16).read_unaligned() as usize;
                    let name = e.add(19);
                    let len = crate::string::strlen(name as *const c_char);
                    (reclen, core::slice::from_raw_parts(name, len + 1))
                };
                pos += reclen;
                let dots = name.len() <= 3
                    && name[0] == b'.'
                    && (name[1] == 0 || name[1] == b'.' && name[2] == 0);
                if dots {
                    continue;
                }
                if names.extend_from_slice(name).is_err() {
                    full = true;
                    break;
                }
            }
            if full {
                break Err(ENOMEM as i32);
            }
        };
        // SAFETY: our descriptor, closed once.
        unsafe { sys!(__NR_close, fd) };
        res.map(|()| names)
    }

    /// Walk the object at the current path (`len` bytes; its name starts
    /// at `base`; the directory holding it is the path's first `parent`
    /// bytes).
    fn visit(&mut self, len: usize, base: usize, level: c_int, parent: usize) -> Flow {
        let follow = !self.has(FTW_PHYS);
        let mut st = stat::default();
        let nofollow = AT_SYMLINK_NOFOLLOW as c_int;
        // SAFETY: the path is NUL-terminated; st is ours.
        let r = unsafe {
            fstatat(
                self.start,
                self.cpath(),
                &mut st,
                if follow { 0 } else { nofollow },
            )
        };
        let mut kind = if r == 0 {
            match st.st_mode & S_IFMT {
                S_IFDIR => FTW_D,
                S_IFLNK => FTW_SL,
                _ => FTW_F,
            }
        } else {
            let e = errno::get();
            // SAFETY: as above.
            let lr = follow && unsafe { fstatat(self.start, self.cpath(), &mut st, nofollow) } == 0;
            if lr && st.st_mode & S_IFMT == S_IFLNK {
                if matches!(self.cb, Callback::Ftw(_)) {
                    FTW_NS
                } else {
                    FTW_SLN
                }
            } else if level == 0 {
                errno::set(e);
                return Flow::Stop(-1);
            } else {
                FTW_NS
            }
        };
        if level == 0 {
            self.dev = st.st_dev;
        } else if self.has(FTW_MOUNT) && r == 0 && st.st_dev != self.dev {
            return Flow::Go;
        }
        if kind != FTW_D {
            return match self.report(&st, kind, base, level, parent) {
                Flow::SkipSubtree => Flow::Go,
                other => other,
            };
        }
        if follow {
            let key = (st.st_dev, st.st_ino);
            let at = match self.seen.as_slice().binary_search(&key) {
                Ok(_) => return Flow::Go,
                Err(at) => at,
            };
            if self.seen.push(key).is_err() {
                return fail_nomem();
            }
            self.seen.as_mut_slice()[at..].rotate_right(1);
        }
        let names = match self.read_names() {
            Ok(n) => Some(n),
            Err(e) if e == EACCES as i32 => {
                kind = FTW_DNR;
                None
            }
            Err(e) => {
                errno::set(e);
                return Flow::Stop(-1);
            }
        };
        let depth = self.has(FTW_DEPTH);
        if !depth || names.is_none() {
            match self.report(&st, kind, base, level, parent) {
                Flow::Go => {}
                Flow::SkipSubtree => return Flow::Go,
                other => return other,
            }
        }
        let Some(names) = names else { return Flow::Go };
        // Children: "dir/name" (no second slash after a root of "/").
        let prefix = if self.path.as_slice()[len - 1] == b'/' {
            len
        } else {
            len + 1
        };
        let mut flow = Flow::Go;
        let list = names.as_slice();
        let mut at = 0;
        while at < list.len() {
            let n = list[at..].iter().position(|&c| c == 0).unwrap_or(0);
            let name = &list[at..at + n + 1];
            at += n + 1;
            self.path.truncate(len);
            if prefix > len && self.path.push(b'/').is_err() {
                return fail_nomem();
            }
            if self.path.extend_from_slice(name).is_err() {
                return fail_nomem();
            }
            match self.visit(prefix + n, prefix, level + 1, len) {
                Flow::Go | Flow::SkipSubtree => {}
                Flow::SkipSiblings => break,
                Flow::Stop(v) => {
                    flow = Flow::Stop(v);
                    break;
                }
            }
        }
        self.path.truncate(len);
        let _ = self.path.push(0); // never fails: the room was there before
        if let Flow::Stop(_) = flow {
            return flow;
        }
        if depth {
            flow = match self.report(&st, FTW_DP, base, level, len) {
                Flow::SkipSubtree => Flow::Go,
                other => other,
            };
        }
        // The working directory may be inside this one: no longer known.
        if self.cwd != usize::MAX && self.cwd >= len {
            self.cwd = usize::MAX;
        }
        flow
    }
}

/// Walk `path` with `cb`; the shared body of nftw and ftw.
///
/// # Safety
/// `path` is a C string; `cb` is safe to call with the walk's arguments.
unsafe fn walk(path: *const c_char, cb: Callback, flags: c_int) -> c_int {
    // SAFETY: path is a C string.
    let n = unsafe { crate::string::strlen(path) };
    if n == 0 {
        errno::set(ENOENT as i32);
        return -1;
    }
    let mut w = Walk {
        cb,
        flags,
        path: Vec::new(),
        start: AT_FDCWD,
        dev: 0,
        seen: Vec::new(),
        cwd: 0,
        dents: core::ptr::null_mut(),
    };
    // SAFETY: the n bytes before the NUL.
    let src = unsafe { core::slice::from_raw_parts(path as *const u8, n) };
    let mut len = n;
    while len > 1 && src[len - 1] == b'/' {
        len -= 1;
    }
    if w.path.extend_from_slice(&src[..len]).is_err() || w.path.push(0).is_err() {
        errno::set(ENOMEM as i32);
        return -1;
    }
    let base = src[..len]
        .iter()
        .rposition(|&c| c == b'/')
        .map_or(0, |i| i + 1);
    let base = base.min(len);
    // SAFETY: a plain allocation, freed below.
    w.dents = unsafe { heap::malloc(DENTS) } as *mut u8;
    if w.dents.is_null() {
        errno::set(ENOMEM as i32);
        return -1;
    }
    let chdir = flags & FTW_CHDIR != 0;
    if chdir {
        static DOT: [u8; 2] = *b".\0";
        // SAFETY: a NUL-terminated path.
        let fd = ret(unsafe {
            sys!(
                __NR_openat,
                AT_FDCWD,
                DOT.as_ptr(),
                O_PATH | O_DIRECTORY | O_CLOEXEC
            )
        });
        if fd < 0 {
            // SAFETY: our allocation.
            unsafe { heap::free(w.dents as *mut c_void) };
            return -1;
        }
        w.start = fd as c_int;
    }
    let flow = w.visit(len, base, 0, base);
    let e = errno::get();
    if chdir {
        // SAFETY: start is our descriptor of the starting directory.
        unsafe {
            sys!(__NR_fchdir, w.start);
            sys!(__NR_close, w.start);
        }
    }
    // SAFETY: our allocation.
    unsafe { heap::free(w.dents as *mut c_void) };
    errno::set(e);
    match flow {
        Flow::Stop(v) => v,
        _ => 0,
    }
}

/// POSIX.1-2024 `nftw`: call `f` for every object under `path`; `flags`
/// are `FTW_PHYS FTW_MOUNT FTW_CHDIR FTW_DEPTH` and GNU `FTW_ACTIONRETVAL`.
/// Returns the first nonzero value `f` returns, 0 after a whole walk, or
/// -1 with errno set. `nopenfd` is not needed (see the module notes).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn nftw(
    path: *const c_char,
    f: __nftw_func_t,
    _nopenfd: c_int,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller's path and callback.
    unsafe { walk(path, Callback::Nftw(f), flags) }
}

/// POSIX.1-2024 `ftw` (XSI, obsolescent): `nftw` without flags or
/// `struct FTW`; a symbolic link to nothing is `FTW_NS`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ftw(path: *const c_char, f: __ftw_func_t, _nopenfd: c_int) -> c_int {
    // SAFETY: the caller's path and callback.
    unsafe { walk(path, Callback::Ftw(f), 0) }
}

/// LFS `nftw64`: `nftw` (`struct stat` is the 64-bit one already).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn nftw64(
    path: *const c_char,
    f: __nftw_func_t,
    n: c_int,
    flags: c_int,
) -> c_int {
    // SAFETY: as nftw.
    unsafe { nftw(path, f, n, flags) }
}

/// LFS `ftw64`: `ftw`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ftw64(path: *const c_char, f: __ftw_func_t, n: c_int) -> c_int {
    // SAFETY: as ftw.
    unsafe { ftw(path, f, n) }
}
