//! `<glob.h>`: pathname expansion (POSIX `glob`/`globfree` with glibc's
//! `GLOB_BRACE GLOB_TILDE GLOB_TILDE_CHECK GLOB_ONLYDIR GLOB_PERIOD
//! GLOB_NOMAGIC GLOB_ALTDIRFUNC`).
//!
//! # Design
//!
//! * Braces first: the first top-level `{a,b}` group is expanded and each
//!   result expanded again, depth first, so alternatives keep their order
//!   (each alternative's matches sorted on their own, as glibc).
//! * Then `~` and `~user` (a home from `$HOME` or the user database;
//!   alone, the home is the result, not checked, as glibc).
//! * The pattern is walked one component at a time, building the path in
//!   one buffer: a component with no `* ? [` is appended as written (its
//!   backslashes removed) without touching the file system; a magic one
//!   reads its directory once and matches every name with `fnmatch`
//!   (`FNM_PERIOD` unless `GLOB_PERIOD`), descending only into
//!   directories when more components follow (`d_type`, or `stat` for a
//!   link or an unknown type). Separators are kept as written (`a//b`).
//! * A result ending in a non-magic component must exist (`lstat`); a
//!   trailing `/` or `GLOB_ONLYDIR` keeps directories only (`stat`);
//!   `GLOB_MARK` appends `/` to directories.
//! * An unreadable directory (other than "not a directory") goes to
//!   `errfunc`; `GLOB_ERR` or a non-zero answer ends the walk with
//!   `GLOB_ABORTED`.
use crate::dirent::{DIR, closedir, dirent, opendir, readdir};
use crate::file::mode::cstr;
use crate::fnmatch::{FNM_NOESCAPE, FNM_PERIOD, fnmatch};
use crate::heap::{self, NoMemory, Vec};
use crate::sys::stat::{lstat, stat};
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::ENOTDIR;
use syscall::nr::{S_IFDIR, S_IFMT};

pub const GLOB_ERR: c_int = 1 << 0;
pub const GLOB_MARK: c_int = 1 << 1;
pub const GLOB_NOSORT: c_int = 1 << 2;
pub const GLOB_DOOFFS: c_int = 1 << 3;
pub const GLOB_NOCHECK: c_int = 1 << 4;
pub const GLOB_APPEND: c_int = 1 << 5;
pub const GLOB_NOESCAPE: c_int = 1 << 6;
pub const GLOB_PERIOD: c_int = 1 << 7;
pub const GLOB_MAGCHAR: c_int = 1 << 8;
pub const GLOB_ALTDIRFUNC: c_int = 1 << 9;
pub const GLOB_BRACE: c_int = 1 << 10;
pub const GLOB_NOMAGIC: c_int = 1 << 11;
pub const GLOB_TILDE: c_int = 1 << 12;
pub const GLOB_ONLYDIR: c_int = 1 << 13;
pub const GLOB_TILDE_CHECK: c_int = 1 << 14;

pub const GLOB_NOSPACE: c_int = 1;
pub const GLOB_ABORTED: c_int = 2;
pub const GLOB_NOMATCH: c_int = 3;

type Errfunc = Option<unsafe extern "C" fn(*const c_char, c_int) -> c_int>;

/// glibc's `glob_t` (the directory-function fields are used with
/// `GLOB_ALTDIRFUNC`).
#[repr(C)]
pub struct glob_t {
    pub gl_pathc: size_t,
    pub gl_pathv: *mut *mut c_char,
    pub gl_offs: size_t,
    pub gl_flags: c_int,
    pub gl_closedir: Option<unsafe extern "C" fn(*mut c_void)>,
    pub gl_readdir: Option<unsafe extern "C" fn(*mut c_void) -> *mut dirent>,
    pub gl_opendir: Option<unsafe extern "C" fn(*const c_char) -> *mut c_void>,
    pub gl_lstat: Option<unsafe extern "C" fn(*const c_char, *mut stat) -> c_int>,
    pub gl_stat: Option<unsafe extern "C" fn(*const c_char, *mut stat) -> c_int>,
}

/// Why a walk stopped early.
enum Stop {
    NoSpace,
    Aborted,
}

impl From<NoMemory> for Stop {
    fn from(_: NoMemory) -> Self {
        Stop::NoSpace
    }
}

/// Whether a component needs the directory read.
fn is_magic(c: &[u8]) -> bool {
    c.iter().any(|&b| matches!(b, b'*' | b'?' | b'['))
}

struct Walk {
    flags: c_int,
    errfunc: Errfunc,
    opendir: unsafe extern "C" fn(*const c_char) -> *mut c_void,
    readdir: unsafe extern "C" fn(*mut c_void) -> *mut dirent,
    closedir: unsafe extern "C" fn(*mut c_void),
    lstat: unsafe extern "C" fn(*const c_char, *mut stat) -> c_int,
    stat: unsafe extern "C" fn(*const c_char, *mut stat) -> c_int,
    out: Vec<*mut c_char>,
}

unsafe extern "C" fn sys_opendir(p: *const c_char) -> *mut c_void {
    // SAFETY: p is a C string.
    unsafe { opendir(p) as *mut c_void }
}
unsafe extern "C" fn sys_readdir(d: *mut c_void) -> *mut dirent {
    // SAFETY: d came from sys_opendir.
    unsafe { readdir(d as *mut DIR) }
}
unsafe extern "C" fn sys_closedir(d: *mut c_void) {
    // SAFETY: d came from sys_opendir.
    unsafe { closedir(d as *mut DIR) };
}

/// A heap copy of `s` with a terminating NUL.
unsafe fn dup(s: &[u8]) -> Result<*mut c_char, NoMemory> {
    // SAFETY: a fresh allocation of s.len() + 1 bytes, filled here.
    unsafe {
        let p = heap::malloc(s.len() + 1) as *mut u8;
        if p.is_null() {
            return Err(NoMemory);
        }
        core::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
        *p.add(s.len()) = 0;
        Ok(p as *mut c_char)
    }
}

impl Walk {
    fn has(&self, f: c_int) -> bool {
        self.flags & f != 0
    }

    /// `path` NUL-terminated, as a C string (the terminator not kept).
    fn c_path(path: &mut Vec<u8>) -> Result<*const c_char, NoMemory> {
        path.push(0)?;
        let p = path.as_slice().as_ptr() as *const c_char;
        path.truncate(path.len() - 1);
        Ok(p)
    }

    /// Whether `path` names a directory (following links).
    unsafe fn is_dir(&self, path: &mut Vec<u8>) -> Result<bool, NoMemory> {
        let p = Self::c_path(path)?;
        let mut st = core::mem::MaybeUninit::<stat>::uninit();
        // SAFETY: p is a C string (its NUL is still in the buffer); st is
        // writable.
        Ok(unsafe {
            (self.stat)(p, st.as_mut_ptr()) == 0 && st.assume_init_ref().st_mode & S_IFMT == S_IFDIR
        })
    }

    /// A complete candidate: check it and keep it.
    unsafe fn emit(&mut self, path: &mut Vec<u8>, last_magic: bool) -> Result<(), Stop> {
        let slash = path.as_slice().last() == Some(&b'/');
        // SAFETY: the checks read the path as a C string.
        unsafe {
            if (slash || self.has(GLOB_ONLYDIR)) && !self.is_dir(path)? {
                return Ok(());
            }
            if !last_magic && !slash {
                let p = Self::c_path(path)?;
                let mut st = core::mem::MaybeUninit::<stat>::uninit();
                if (self.lstat)(p, st.as_mut_ptr()) != 0 {
                    return Ok(());
                }
            }
            let mark = self.has(GLOB_MARK) && !slash && self.is_dir(path)?;
            if mark {
                path.push(b'/')?;
            }
            let d = dup(path.as_slice());
            if mark {
                path.truncate(path.len() - 1);
            }
            let d = d?;
            if self.out.push(d).is_err() {
                heap::free(d as *mut c_void);
                return Err(Stop::NoSpace);
            }
        }
        Ok(())
    }

    /// Walks `rest` (what is left of the pattern) below `path`.
    unsafe fn walk(
        &mut self,
        path: &mut Vec<u8>,
        rest: &[u8],
        last_magic: bool,
    ) -> Result<(), Stop> {
        if rest.is_empty() {
            // SAFETY: as emit's.
            return unsafe { self.emit(path, last_magic) };
        }
        let end = rest.iter().position(|&b| b == b'/').unwrap_or(rest.len());
        let (comp, tail) = rest.split_at(end);
        let seps = tail.iter().take_while(|&&b| b == b'/').count();
        let (seps, tail) = tail.split_at(seps);
        let base = path.len();
        if !is_magic(comp) {
            let mut esc = false;
            for &b in comp {
                if b == b'\\' && !esc && !self.has(GLOB_NOESCAPE) {
                    esc = true;
                    continue;
                }
                esc = false;
                path.push(b)?;
            }
            path.extend_from_slice(seps)?;
            // SAFETY: recursion over the same buffers.
            let r = unsafe { self.walk(path, tail, false) };
            path.truncate(base);
            return r;
        }
        // Read the directory (the current one for an empty path).
        let dir_len = path.len();
        if dir_len == 0 {
            path.push(b'.')?;
        }
        // The directory as errfunc is told it: no trailing separators.
        let full = path.len();
        let keep = path
            .as_slice()
            .iter()
            .rposition(|&b| b != b'/')
            .map_or(1, |i| i + 1);
        path.truncate(keep);
        let dp = Self::c_path(path)?;
        // SAFETY: dp is a C string; the handle is closed below.
        let d = unsafe { (self.opendir)(dp) };
        if d.is_null() {
            let e = crate::errno::get();
            let mut r = Ok(());
            if e != ENOTDIR as c_int {
                // SAFETY: errfunc is the caller's, given a C string.
                let said = self.errfunc.is_some_and(|f| unsafe { f(dp, e) } != 0);
                if said || self.has(GLOB_ERR) {
                    r = Err(Stop::Aborted);
                }
            }
            path.truncate(base);
            return r;
        }
        // Put the separators back (the names go after them).
        for _ in keep..full {
            path.push(b'/')?;
        }
        path.truncate(dir_len);
        let mut pat = Vec::<u8>::new();
        let r = (|| {
            pat.extend_from_slice(comp)?;
            pat.push(0)?;
            let fl = if self.has(GLOB_PERIOD) { 0 } else { FNM_PERIOD }
                | if self.has(GLOB_NOESCAPE) {
                    FNM_NOESCAPE
                } else {
                    0
                };
            let descend = !tail.is_empty();
            loop {
                // SAFETY: d is a live handle; the entry's name is a C string.
                let ent = unsafe { (self.readdir)(d) };
                if ent.is_null() {
                    return Ok(());
                }
                // SAFETY: as above.
                let (name, ty) = unsafe { ((*ent).d_name.as_ptr(), (*ent).d_type) };
                // SAFETY: both are C strings.
                if unsafe { fnmatch(pat.as_slice().as_ptr() as *const c_char, name, fl) } != 0 {
                    continue;
                }
                // SAFETY: name is a C string.
                path.extend_from_slice(unsafe { cstr(name) })?;
                // With more to come only directories matter (DT_DIR 4,
                // DT_LNK 10 and DT_UNKNOWN 0 may be).
                // SAFETY: path is ours.
                let go =
                    !descend || ty == 4 || ((ty == 10 || ty == 0) && unsafe { self.is_dir(path)? });
                if go {
                    path.extend_from_slice(seps)?;
                    // SAFETY: recursion over the same buffers.
                    unsafe { self.walk(path, tail, true) }?;
                }
                path.truncate(dir_len);
            }
        })();
        // SAFETY: d came from opendir above.
        unsafe { (self.closedir)(d) };
        path.truncate(base);
        r
    }

    /// One brace-free pattern: `~` expanded, then walked; its matches
    /// sorted unless `GLOB_NOSORT`.
    unsafe fn one(&mut self, pat: &[u8]) -> Result<(), Stop> {
        let start = self.out.len();
        let mut path = Vec::<u8>::new();
        let mut rest = pat;
        if self.has(GLOB_TILDE | GLOB_TILDE_CHECK) && pat.first() == Some(&b'~') {
            let end = pat.iter().position(|&b| b == b'/').unwrap_or(pat.len());
            // SAFETY: the user database and environment hand out C strings.
            match unsafe { home(&pat[1..end])? } {
                Some(h) => {
                    // SAFETY: h is a C string.
                    path.extend_from_slice(unsafe { cstr(h) })?;
                    rest = &pat[end..];
                    if rest.is_empty() {
                        // `~user` alone names the home, unchecked (glibc).
                        // SAFETY: the walk's own buffer.
                        return unsafe { self.emit(&mut path, true) };
                    }
                }
                None if self.has(GLOB_TILDE_CHECK) => return Ok(()),
                None => {}
            }
        }
        let lead = rest.iter().take_while(|&&b| b == b'/').count();
        path.extend_from_slice(&rest[..lead])?;
        // SAFETY: the walk's own buffers.
        unsafe { self.walk(&mut path, &rest[lead..], false)? };
        if !self.has(GLOB_NOSORT) {
            // SAFETY: every entry is a C string this walk made.
            self.out.as_mut_slice()[start..]
                .sort_unstable_by(|&a, &b| unsafe { cstr(a).cmp(cstr(b)) });
        }
        Ok(())
    }

    /// Expands the first top-level brace group of `pat`, then each
    /// result again; a pattern without one goes to [`Walk::one`].
    unsafe fn braces(&mut self, pat: &[u8]) -> Result<(), Stop> {
        let esc = !self.has(GLOB_NOESCAPE);
        let mut open = None;
        let mut depth = 0usize;
        let mut commas = Vec::<usize>::new();
        let mut i = 0;
        while i < pat.len() {
            match pat[i] {
                b'\\' if esc => i += 1,
                b'{' => {
                    if depth == 0 {
                        open = Some(i);
                        commas.truncate(0);
                    }
                    depth += 1;
                }
                b',' if depth == 1 => commas.push(i)?,
                b'}' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        let o = open.unwrap_or(0);
                        let mut cuts = Vec::<usize>::new();
                        cuts.push(o)?;
                        cuts.extend_from_slice(commas.as_slice())?;
                        cuts.push(i)?;
                        let c = cuts.as_slice();
                        for w in c.windows(2) {
                            let mut p = Vec::<u8>::new();
                            p.extend_from_slice(&pat[..o])?;
                            p.extend_from_slice(&pat[w[0] + 1..w[1]])?;
                            p.extend_from_slice(&pat[i + 1..])?;
                            // SAFETY: recursion over our own buffers.
                            unsafe { self.braces(p.as_slice())? };
                        }
                        return Ok(());
                    }
                }
                _ => {}
            }
            i += 1;
        }
        // SAFETY: as above.
        unsafe { self.one(pat) }
    }
}

/// The home directory for `~name` (`~` alone: `$HOME`, else the user
/// database's entry for the real uid); `None` if there is none.
unsafe fn home(name: &[u8]) -> Result<Option<*const c_char>, NoMemory> {
    // SAFETY: getenv and the pwd lookups return C strings or null.
    unsafe {
        if name.is_empty() {
            let h = crate::stdlib::getenv(c"HOME".as_ptr());
            if !h.is_null() {
                return Ok(Some(h));
            }
            let pw = crate::pwd::getpwuid(crate::unistd::getuid());
            return Ok((!pw.is_null()).then(|| (*pw).pw_dir as *const c_char));
        }
        let mut n = Vec::<u8>::new();
        n.extend_from_slice(name)?;
        n.push(0)?;
        let pw = crate::pwd::getpwnam(n.as_slice().as_ptr() as *const c_char);
        Ok((!pw.is_null()).then(|| (*pw).pw_dir as *const c_char))
    }
}

/// POSIX `glob`: the paths matching `pattern`, in `g.gl_pathv` (after
/// `gl_offs` nulls with `GLOB_DOOFFS`, after the earlier ones with
/// `GLOB_APPEND`), sorted unless `GLOB_NOSORT`. 0, `GLOB_NOMATCH`,
/// `GLOB_ABORTED` or `GLOB_NOSPACE`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn glob(
    pattern: *const c_char,
    flags: c_int,
    errfunc: Errfunc,
    g: *mut glob_t,
) -> c_int {
    // SAFETY: pattern is a C string; g is the caller's glob_t, holding an
    // earlier result when GLOB_APPEND is given.
    unsafe {
        let g = &mut *g;
        let alt = flags & GLOB_ALTDIRFUNC != 0;
        let mut w = Walk {
            flags,
            errfunc,
            opendir: if alt {
                g.gl_opendir.unwrap_or(sys_opendir)
            } else {
                sys_opendir
            },
            readdir: if alt {
                g.gl_readdir.unwrap_or(sys_readdir)
            } else {
                sys_readdir
            },
            closedir: if alt {
                g.gl_closedir.unwrap_or(sys_closedir)
            } else {
                sys_closedir
            },
            lstat: if alt {
                g.gl_lstat.unwrap_or(lstat)
            } else {
                lstat
            },
            stat: if alt { g.gl_stat.unwrap_or(stat) } else { stat },
            out: Vec::new(),
        };
        if flags & GLOB_APPEND == 0 {
            g.gl_pathc = 0;
            g.gl_pathv = null_mut();
        }
        let offs = if flags & GLOB_DOOFFS != 0 {
            g.gl_offs
        } else {
            0
        };
        let pat = cstr(pattern);
        let r = if flags & GLOB_BRACE != 0 {
            w.braces(pat)
        } else {
            w.one(pat)
        };
        let magic = is_magic(pat);
        let mut status = match r {
            Ok(()) => 0,
            Err(Stop::NoSpace) => GLOB_NOSPACE,
            Err(Stop::Aborted) => GLOB_ABORTED,
        };
        if status == 0 && w.out.is_empty() {
            if flags & GLOB_NOCHECK != 0 || (flags & GLOB_NOMAGIC != 0 && !magic) {
                match dup(pat) {
                    Ok(d) if w.out.push(d).is_ok() => {}
                    Ok(d) => {
                        heap::free(d as *mut c_void);
                        status = GLOB_NOSPACE;
                    }
                    Err(_) => status = GLOB_NOSPACE,
                }
            } else {
                status = GLOB_NOMATCH;
            }
        }
        // The new vector: offsets, the earlier paths, the new ones, null.
        let old = if g.gl_pathv.is_null() { 0 } else { g.gl_pathc };
        let mut v = Vec::<*mut c_char>::new();
        let built = (|| {
            v.reserve(offs + old + w.out.len() + 1)?;
            for _ in 0..offs {
                v.push(null_mut())?;
            }
            for i in 0..old {
                v.push(*g.gl_pathv.add(offs + i))?;
            }
            v.extend_from_slice(w.out.as_slice())?;
            v.push(null_mut())
        })();
        if built.is_err() {
            for &p in w.out.as_slice() {
                heap::free(p as *mut c_void);
            }
            return GLOB_NOSPACE;
        }
        heap::free(g.gl_pathv as *mut c_void);
        g.gl_pathc = old + w.out.len();
        g.gl_pathv = v.into_raw();
        g.gl_flags = flags | if magic { GLOB_MAGCHAR } else { 0 };
        status
    }
}

/// POSIX `globfree`: frees what `glob` stored in `g`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn globfree(g: *mut glob_t) {
    // SAFETY: g holds glob's result: gl_pathc paths after the offsets.
    unsafe {
        let g = &mut *g;
        if g.gl_pathv.is_null() {
            return;
        }
        let offs = if g.gl_flags & GLOB_DOOFFS != 0 {
            g.gl_offs
        } else {
            0
        };
        for i in 0..g.gl_pathc {
            heap::free(*g.gl_pathv.add(offs + i) as *mut c_void);
        }
        heap::free(g.gl_pathv as *mut c_void);
        g.gl_pathv = null_mut();
        g.gl_pathc = 0;
    }
}
