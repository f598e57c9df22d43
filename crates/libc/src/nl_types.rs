//! `<nl_types.h>`: message catalogs in the binary format the GNU
//! `gencat` writes (as observed from its output): a 12-byte header
//! (magic 0x960408de, the hash table's size and depth, in the writer's
//! byte order), the table of (set + 1, message, string offset) triples
//! twice (little-endian first on a little-endian writer, then
//! big-endian), then the NUL-terminated strings. A message's slot is
//! `((set + 1) × message) mod size`, then every `size`-th one, `depth`
//! times.
//!
//! `catopen` opens a name with a `/` as it is; other names are looked
//! up along `NLSPATH` (`%N` the name, `%L` the locale — `LC_MESSAGES`'s
//! with `NL_CAT_LOCALE`, else `LANG` — `%l`/`%t`/`%c` its language,
//! territory and codeset, `%%`), then glibc's default places under
//! `/usr/share/locale`. The whole file is read into one allocation.
use crate::types::*;
use syscall::errno::{EBADF, EINVAL, ENOENT, ENOMEM, ENOMSG};

const MAGIC: u32 = 0x9604_08de;
pub const NL_CAT_LOCALE: c_int = 1;

static NLSPATH: [u8; 8] = *b"NLSPATH\0";
static LANG: [u8; 5] = *b"LANG\0";
/// glibc's places after NLSPATH's.
static DEFAULT_PATH: [u8; 120] = *b"/usr/share/locale/%L/%N:/usr/share/locale/%L/LC_MESSAGES/%N:/usr/share/locale/%l/%N:/usr/share/locale/%l/LC_MESSAGES/%N\0";

/// An open catalog: this header, then the file's bytes.
#[repr(C)]
struct Cat {
    len: usize,
    size: u32,
    depth: u32,
    /// Byte offset of the little-endian table, and of the strings.
    table: usize,
    strings: usize,
}

fn u32_at(d: &[u8], at: usize, big: bool) -> Option<u32> {
    let b: [u8; 4] = d.get(at..at + 4)?.try_into().ok()?;
    Some(if big {
        u32::from_be_bytes(b)
    } else {
        u32::from_le_bytes(b)
    })
}

/// The catalog header of file bytes `d`, or `None` if they are not one.
fn parse(d: &[u8]) -> Option<Cat> {
    let big = match u32_at(d, 0, false)? {
        MAGIC => false,
        m if m.swap_bytes() == MAGIC => true,
        _ => return None,
    };
    let size = u32_at(d, 4, big)?;
    let depth = u32_at(d, 8, big)?;
    if size == 0 {
        return None;
    }
    let tab = (size as usize)
        .checked_mul(depth as usize)?
        .checked_mul(12)?;
    let table = if big { 12 + tab } else { 12 };
    let strings = 12 + 2 * tab;
    if strings > d.len() {
        return None;
    }
    Some(Cat {
        len: d.len(),
        size,
        depth,
        table,
        strings,
    })
}

/// The offset of message (`set`, `msg`)'s string in `d`.
fn find(c: &Cat, d: &[u8], set: c_int, msg: c_int) -> Option<usize> {
    if set < 1 || msg < 1 {
        return None;
    }
    let key = (set as u32).wrapping_add(1);
    let mut idx = (key.wrapping_mul(msg as u32) % c.size) as usize * 3;
    for _ in 0..c.depth {
        let at = c.table + idx * 4;
        if u32_at(d, at, false)? == key && u32_at(d, at + 4, false)? == msg as u32 {
            let off = c.strings + u32_at(d, at + 8, false)? as usize;
            // The string must end inside the file.
            d.get(off..)?.iter().position(|&b| b == 0)?;
            return Some(off);
        }
        idx += c.size as usize * 3;
    }
    None
}

/// Read the catalog file at `path` (a C string) into a new [`Cat`].
unsafe fn load(path: *const c_char) -> Result<*mut Cat, i32> {
    // SAFETY: plain file calls on our descriptor and buffers.
    unsafe {
        let fd = crate::fcntl::__ferro_open(
            path,
            (syscall::nr::O_RDONLY | syscall::nr::O_CLOEXEC) as c_int,
            0,
        );
        if fd < 0 {
            return Err(crate::errno::get());
        }
        let mut st: crate::sys::stat::stat = core::mem::zeroed();
        if crate::sys::stat::fstat(fd, &mut st) != 0 {
            let e = crate::errno::get();
            crate::unistd::close(fd);
            return Err(e);
        }
        let n = st.st_size as usize;
        let hdr = size_of::<Cat>();
        let p = crate::heap::malloc(hdr + n) as *mut u8;
        if p.is_null() {
            crate::unistd::close(fd);
            return Err(ENOMEM as i32);
        }
        let mut got = 0;
        while got < n {
            let r = crate::unistd::read(fd, p.add(hdr + got) as *mut c_void, n - got);
            if r <= 0 {
                break;
            }
            got += r as usize;
        }
        crate::unistd::close(fd);
        let d = core::slice::from_raw_parts(p.add(hdr), got);
        match parse(d) {
            Some(c) => {
                (p as *mut Cat).write(c);
                Ok(p as *mut Cat)
            }
            None => {
                crate::heap::free(p as *mut c_void);
                Err(EINVAL as i32)
            }
        }
    }
}

fn env(name: &[u8]) -> &'static [u8] {
    // SAFETY: name is NUL-terminated; getenv gives a C string or null.
    unsafe {
        let p = crate::stdlib::getenv(name.as_ptr() as *const c_char);
        if p.is_null() {
            &[]
        } else {
            core::ffi::CStr::from_ptr(p).to_bytes()
        }
    }
}

/// Expand one NLSPATH template for `name` and locale `loc` into `out`
/// (NUL-terminated); `None` when it does not fit.
fn expand(t: &[u8], name: &[u8], loc: &[u8], out: &mut [u8; 4096]) -> Option<()> {
    let lang_end = loc
        .iter()
        .position(|&c| c == b'_' || c == b'.' || c == b'@')
        .unwrap_or(loc.len());
    let terr = loc
        .iter()
        .position(|&c| c == b'_')
        .map(|i| {
            let r = &loc[i + 1..];
            &r[..r
                .iter()
                .position(|&c| c == b'.' || c == b'@')
                .unwrap_or(r.len())]
        })
        .unwrap_or(&[]);
    let code = loc
        .iter()
        .position(|&c| c == b'.')
        .map(|i| {
            let r = &loc[i + 1..];
            &r[..r.iter().position(|&c| c == b'@').unwrap_or(r.len())]
        })
        .unwrap_or(&[]);
    let mut n = 0;
    let mut put = |s: &[u8], n: &mut usize| -> Option<()> {
        out.get_mut(*n..*n + s.len())?.copy_from_slice(s);
        *n += s.len();
        Some(())
    };
    let mut i = 0;
    while i < t.len() {
        if t[i] == b'%' && i + 1 < t.len() {
            match t[i + 1] {
                b'N' => put(name, &mut n)?,
                b'L' => put(loc, &mut n)?,
                b'l' => put(&loc[..lang_end], &mut n)?,
                b't' => put(terr, &mut n)?,
                b'c' => put(code, &mut n)?,
                b'%' => put(&t[i..i + 1], &mut n)?,
                _ => put(&t[i..i + 2], &mut n)?,
            }
            i += 2;
        } else {
            put(&t[i..i + 1], &mut n)?;
            i += 1;
        }
    }
    *out.get_mut(n)? = 0;
    Some(())
}

/// POSIX.1-2024 (XSI) `catopen`: the catalog `name` (see the module
/// notes for the search); `(nl_catd)-1` with errno (ENOENT when no file
/// was found, EINVAL for one that is not a catalog).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn catopen(name: *const c_char, flag: c_int) -> *mut c_void {
    let bad = usize::MAX as *mut c_void;
    if name.is_null() {
        crate::errno::set(ENOENT as i32);
        return bad;
    }
    // SAFETY: name is a C string.
    let nm = unsafe { core::ffi::CStr::from_ptr(name) }.to_bytes();
    if nm.is_empty() {
        crate::errno::set(ENOENT as i32);
        return bad;
    }
    if nm.contains(&b'/') {
        // SAFETY: forwarded.
        return match unsafe { load(name) } {
            Ok(c) => c as *mut c_void,
            Err(e) => {
                crate::errno::set(e);
                bad
            }
        };
    }
    let loc: &[u8] = if flag == NL_CAT_LOCALE {
        // SAFETY: a query of the current locale.
        let p = unsafe { crate::locale::setlocale(crate::locale::LC_MESSAGES, core::ptr::null()) };
        if p.is_null() {
            &[]
        } else {
            // SAFETY: setlocale gives a C string.
            unsafe { core::ffi::CStr::from_ptr(p) }.to_bytes()
        }
    } else {
        env(&LANG)
    };
    let mut err = ENOENT as i32;
    let paths = [env(&NLSPATH), &DEFAULT_PATH[..DEFAULT_PATH.len() - 1]];
    for list in paths {
        for t in list.split(|&c| c == b':') {
            if t.is_empty() {
                continue;
            }
            let mut p = [0u8; 4096];
            if expand(t, nm, loc, &mut p).is_none() {
                continue;
            }
            // SAFETY: p is NUL-terminated.
            match unsafe { load(p.as_ptr() as *const c_char) } {
                Ok(c) => return c as *mut c_void,
                Err(e) if e != ENOENT as i32 => err = e,
                Err(_) => {}
            }
        }
    }
    crate::errno::set(err);
    bad
}

fn valid(c: *mut c_void) -> bool {
    !c.is_null() && c as usize != usize::MAX
}

/// POSIX.1-2024 (XSI) `catgets`: message `msg` of set `set`, or `s`
/// (errno ENOMSG; EBADF for a bad catalog).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn catgets(
    c: *mut c_void,
    set: c_int,
    msg: c_int,
    s: *const c_char,
) -> *mut c_char {
    if !valid(c) {
        crate::errno::set(EBADF as i32);
        return s as *mut c_char;
    }
    // SAFETY: c came from catopen: the header, then len bytes.
    unsafe {
        let cat = &*(c as *const Cat);
        let base = (c as *mut u8).add(size_of::<Cat>());
        let d = core::slice::from_raw_parts(base, cat.len);
        match find(cat, d, set, msg) {
            Some(off) => base.add(off) as *mut c_char,
            None => {
                crate::errno::set(ENOMSG as i32);
                s as *mut c_char
            }
        }
    }
}

/// POSIX.1-2024 (XSI) `catclose`: 0, or -1 with EBADF.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn catclose(c: *mut c_void) -> c_int {
    if !valid(c) {
        return crate::kernel::fail(EBADF);
    }
    // SAFETY: c came from catopen and is not used after this.
    unsafe { crate::heap::free(c) };
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes gencat wrote for `$set 5 / 7 Seven / $set 9 / 1 One`.
    static FILE: [u8; 70] = [
        0xde, 0x08, 0x04, 0x96, 1, 0, 0, 0, 2, 0, 0, 0, 10, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 6, 0,
        0, 0, 7, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 7,
        0, 0, 0, 4, b'O', b'n', b'e', 0, b'S', b'e', b'v', b'e', b'n', 0,
    ];

    #[test]
    fn lookup() {
        let c = parse(&FILE).unwrap();
        let s = |set, m| find(&c, &FILE, set, m).map(|o| &FILE[o..o + 3]);
        assert_eq!(s(5, 7), Some(&b"Sev"[..]));
        assert_eq!(s(9, 1), Some(&b"One"[..]));
        assert_eq!(s(1, 1), None);
        assert_eq!(s(0, 0), None);
        assert!(parse(&FILE[..20]).is_none());
        assert!(parse(b"not a catalog at all").is_none());
    }

    #[test]
    fn templates() {
        let mut o = [0u8; 4096];
        expand(b"/x/%L/%l_%t.%c/%N%%", b"app", b"de_AT.UTF-8@euro", &mut o).unwrap();
        let n = o.iter().position(|&b| b == 0).unwrap();
        assert_eq!(&o[..n], b"/x/de_AT.UTF-8@euro/de_AT.UTF-8/app%");
    }
}
