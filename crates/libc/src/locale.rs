//! `<locale.h>`: `setlocale`, `localeconv` and the POSIX.1-2008 locale
//! objects (`newlocale duplocale freelocale uselocale`), plus glibc's
//! `__ctype_get_mb_cur_max` behind `MB_CUR_MAX`.
//!
//! Design. ferrolibc offers two locales per category: the C locale
//! (`"C"`, `"POSIX"`; ASCII, single-byte) and UTF-8 (`"C.UTF-8"` and every
//! name whose codeset normalises to `utf8`, such as `en_US.UTF-8` or
//! `de_DE.utf8`, which behave as C.UTF-8 while `setlocale` reports the
//! name given). Apart from the codeset the two share every value (the C
//! locale's `lconv`, day and month names, formats), so a locale is fully
//! described by one bit per category: "this category is UTF-8". A locale
//! object ([`Locale`]) holds that mask; the global locale keeps the mask in
//! an atomic (read on every multibyte call) and the category names
//! `setlocale` reports in static buffers.
//!
//! The calling thread's current locale (`uselocale`) is a pointer in its
//! thread state, `rt::tls::Thread::libc_slot[LOCALE_SLOT]` (index 3; 0 is the
//! vDSO getrandom state, 1 the allocator cache, 2 the pthread descriptor): 0
//! means the global locale. A new thread starts with 0, as POSIX asks.
//!
//! Names: at most [`NAME_MAX`] bytes; one with `/`, `;` or `=` in it, an
//! empty language part or another codeset is not offered (NULL, `ENOENT`,
//! as glibc answers for a locale that is not installed). `"POSIX"` is
//! reported as `"C"`, as glibc does. `setlocale(LC_ALL, NULL)` gives the
//! one name when every category agrees, else glibc's composite
//! `LC_CTYPE=…;LC_NUMERIC=…;…` (every category but `LC_ALL`, in category
//! order), which `setlocale(LC_ALL, …)` accepts back.
use crate::types::*;
use core::sync::atomic::{AtomicU32, Ordering};
use syscall::errno::{EINVAL, ENOENT, ENOMEM};

pub use crate::ctype::locale_t;

pub const LC_CTYPE: c_int = 0;
pub const LC_NUMERIC: c_int = 1;
pub const LC_TIME: c_int = 2;
pub const LC_COLLATE: c_int = 3;
pub const LC_MONETARY: c_int = 4;
pub const LC_MESSAGES: c_int = 5;
pub const LC_ALL: c_int = 6;
pub const LC_PAPER: c_int = 7;
pub const LC_NAME: c_int = 8;
pub const LC_ADDRESS: c_int = 9;
pub const LC_TELEPHONE: c_int = 10;
pub const LC_MEASUREMENT: c_int = 11;
pub const LC_IDENTIFICATION: c_int = 12;
/// Number of category slots (`LC_ALL` included, unused).
pub const NCAT: usize = 13;
/// Every category bit of a mask (`LC_ALL_MASK`: all but bit 6).
pub const LC_ALL_MASK: c_int = 0x1fbf;
/// Bits `newlocale` accepts (glibc also takes bit 6, `1 << LC_ALL`).
const VALID_MASK: c_int = 0x1fff;

/// The thread-state slot holding the current locale (0: global).
const LOCALE_SLOT: usize = 3;
/// The longest locale name offered.
pub const NAME_MAX: usize = 63;

/// `LC_GLOBAL_LOCALE`, glibc's `(locale_t)-1`.
pub const LC_GLOBAL_LOCALE: locale_t = usize::MAX as locale_t;

/// The environment variable (and composite key) of each category.
const CAT_NAMES: [&[u8]; NCAT] = [
    b"LC_CTYPE",
    b"LC_NUMERIC",
    b"LC_TIME",
    b"LC_COLLATE",
    b"LC_MONETARY",
    b"LC_MESSAGES",
    b"LC_ALL",
    b"LC_PAPER",
    b"LC_NAME",
    b"LC_ADDRESS",
    b"LC_TELEPHONE",
    b"LC_MEASUREMENT",
    b"LC_IDENTIFICATION",
];

/// A locale object: which categories are UTF-8 (bit `1 << category`).
#[repr(C)]
pub struct Locale {
    pub utf8: u32,
}

/// The global locale's UTF-8 categories.
static GLOBAL_UTF8: AtomicU32 = AtomicU32::new(0);

/// `LC_CTYPE`'s bit.
const CTYPE_BIT: u32 = 1 << LC_CTYPE;

/// Whether `name` (a single locale name) is offered, and then whether it
/// is UTF-8.
pub fn classify(name: &[u8]) -> Option<bool> {
    if name == b"C" || name == b"POSIX" {
        return Some(false);
    }
    if name.is_empty()
        || name.len() > NAME_MAX
        || name.iter().any(|&c| c == b'/' || c == b';' || c == b'=')
    {
        return None;
    }
    let dot = name.iter().position(|&c| c == b'.')?;
    if dot == 0 {
        return None;
    }
    let rest = &name[dot + 1..];
    let codeset = match rest.iter().position(|&c| c == b'@') {
        Some(at) => &rest[..at],
        None => rest,
    };
    // glibc's normalisation: letters lower-cased, digits kept, the rest
    // dropped ("UTF-8", "utf8", "Utf_8" all become "utf8").
    let mut norm = [0u8; 4];
    let mut n = 0;
    for &c in codeset {
        if c.is_ascii_alphanumeric() {
            if n == norm.len() {
                return None;
            }
            norm[n] = c.to_ascii_lowercase();
            n += 1;
        }
    }
    (&norm[..n] == b"utf8").then_some(true)
}

/// The name `setlocale` reports for an offered `name`.
fn reported(name: &[u8]) -> &[u8] {
    if name == b"POSIX" { b"C" } else { name }
}

/// Per-category names chosen by one `setlocale`/`newlocale` request.
struct Choice<'a> {
    names: [&'a [u8]; NCAT],
    utf8: u32,
}

/// The C string at `p` as bytes.
///
/// # Safety
/// `p` is NULL or a NUL-terminated string that outlives the slice.
unsafe fn cstr<'a>(p: *const c_char) -> &'a [u8] {
    if p.is_null() {
        return b"";
    }
    // SAFETY: the caller's contract.
    unsafe { core::slice::from_raw_parts(p as *const u8, crate::string::strlen(p)) }
}

/// The environment's name for category `cat`, as POSIX orders it:
/// `LC_ALL`, then `LC_<cat>`, then `LANG`, each only when non-empty; else
/// `"C"`.
fn env_name<'a>(cat: usize) -> &'a [u8] {
    let mut key = [0u8; 24];
    // (LANG as a named array, not a 4-byte literal in LLVM's mergeable
    // pool that every static program keeps.)
    static LANG: [u8; 4] = *b"LANG";
    for var in [CAT_NAMES[LC_ALL as usize], CAT_NAMES[cat], &LANG[..]] {
        key[..var.len()].copy_from_slice(var);
        key[var.len()] = 0;
        // SAFETY: key is NUL-terminated; getenv's result lives in environ.
        let v = unsafe { cstr(crate::stdlib::getenv(key.as_ptr() as *const c_char)) };
        if !v.is_empty() {
            return v;
        }
    }
    b"C"
}

/// Resolve `name` for the categories in `mask` (others: "C"), or the
/// errno why not.
fn choose(mask: c_int, name: &[u8]) -> Result<Choice<'_>, u32> {
    let mut ch = Choice {
        names: [b"C"; NCAT],
        utf8: 0,
    };
    let composite = name.contains(&b'=');
    let mut seen = 0u32;
    if composite {
        // "LC_CTYPE=a;LC_NUMERIC=b;…": every category exactly once.
        if mask & LC_ALL_MASK != LC_ALL_MASK {
            return Err(ENOENT);
        }
        for part in name.split(|&c| c == b';') {
            let eq = part.iter().position(|&c| c == b'=').ok_or(EINVAL)?;
            let cat = CAT_NAMES
                .iter()
                .position(|&k| k == &part[..eq])
                .filter(|&c| c != LC_ALL as usize)
                .ok_or(EINVAL)?;
            if seen & (1 << cat) != 0 {
                return Err(EINVAL);
            }
            seen |= 1 << cat;
            ch.names[cat] = &part[eq + 1..];
        }
        if seen != LC_ALL_MASK as u32 {
            return Err(EINVAL);
        }
    }
    for cat in 0..NCAT {
        if cat == LC_ALL as usize || mask & (1 << cat) == 0 {
            continue;
        }
        if !composite {
            ch.names[cat] = if name.is_empty() { env_name(cat) } else { name };
        }
        match classify(ch.names[cat]) {
            Some(u) => ch.utf8 |= (u as u32) << cat,
            None => return Err(ENOENT),
        }
        ch.names[cat] = reported(ch.names[cat]);
    }
    if ch.utf8 & CTYPE_BIT != 0 {
        crate::printf::note_utf8();
    }
    Ok(ch)
}

/// One category's reported name in the global locale.
#[derive(Clone, Copy)]
struct Name {
    buf: [u8; NAME_MAX + 1],
}

const C_NAME: Name = {
    let mut buf = [0u8; NAME_MAX + 1];
    buf[0] = b'C';
    Name { buf }
};

/// The longest composite name: every category's key, `=`, name and `;`.
const ALL_MAX: usize = 12 * (17 + 1 + NAME_MAX + 1);

/// The global locale's names and the composite `setlocale(LC_ALL, NULL)`
/// builds.
struct Names {
    cat: [Name; NCAT],
    all: [u8; ALL_MAX + 1],
}

/// `setlocale` is not required to be thread-safe (POSIX); its names live
/// here, written only by `setlocale`.
struct Global(core::cell::UnsafeCell<Names>);
// SAFETY: see `Global`: only setlocale touches it, and POSIX leaves
// concurrent setlocale calls undefined.
unsafe impl Sync for Global {}

static NAMES: Global = Global(core::cell::UnsafeCell::new(Names {
    cat: [C_NAME; NCAT],
    all: [0; ALL_MAX + 1],
}));

fn name_bytes(n: &Name) -> &[u8] {
    let len = n.buf.iter().position(|&c| c == 0).unwrap_or(NAME_MAX);
    &n.buf[..len]
}

/// The answer of `setlocale(cat, NULL)`.
fn query(names: &mut Names, cat: usize) -> *mut c_char {
    if cat != LC_ALL as usize {
        return names.cat[cat].buf.as_mut_ptr() as *mut c_char;
    }
    let first = name_bytes(&names.cat[0]);
    if (1..NCAT)
        .filter(|&c| c != LC_ALL as usize)
        .all(|c| name_bytes(&names.cat[c]) == first)
    {
        return names.cat[0].buf.as_mut_ptr() as *mut c_char;
    }
    let mut n = 0;
    for c in (0..NCAT).filter(|&c| c != LC_ALL as usize) {
        for part in [
            if n == 0 { &b""[..] } else { &b";"[..] },
            CAT_NAMES[c],
            b"=",
            name_bytes(&names.cat[c]),
        ] {
            names.all[n..n + part.len()].copy_from_slice(part);
            n += part.len();
        }
    }
    names.all[n] = 0;
    names.all.as_mut_ptr() as *mut c_char
}

/// C17 `setlocale`: set or query the global locale of `category`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setlocale(category: c_int, name: *const c_char) -> *mut c_char {
    if !(0..NCAT as c_int).contains(&category) {
        crate::errno::set(EINVAL as i32);
        return core::ptr::null_mut();
    }
    let cat = category as usize;
    // SAFETY: only setlocale uses NAMES (see Global).
    let names = unsafe { &mut *NAMES.0.get() };
    if name.is_null() {
        return query(names, cat);
    }
    // SAFETY: name is a string.
    let name = unsafe { cstr(name) };
    let mask = if category == LC_ALL {
        LC_ALL_MASK
    } else {
        if name.contains(&b'=') {
            crate::errno::set(ENOENT as i32);
            return core::ptr::null_mut();
        }
        1 << category
    };
    let ch = match choose(mask, name) {
        Ok(ch) => ch,
        Err(e) => {
            crate::errno::set(e as i32);
            return core::ptr::null_mut();
        }
    };
    let mut utf8 = GLOBAL_UTF8.load(Ordering::Relaxed);
    for c in 0..NCAT {
        if mask & (1 << c) != 0 {
            let n = ch.names[c];
            let buf = &mut names.cat[c].buf;
            buf[..n.len()].copy_from_slice(n);
            buf[n.len()] = 0;
            utf8 = (utf8 & !(1 << c)) | (ch.utf8 & (1 << c));
        }
    }
    GLOBAL_UTF8.store(utf8, Ordering::Relaxed);
    query(names, cat)
}

/// The calling thread's current locale object (NULL: the global locale).
#[inline(always)]
fn current() -> *const Locale {
    let th = rt::tls::current();
    // SAFETY: the calling thread's own state block.
    unsafe { (*th).libc_slot[LOCALE_SLOT] as *const Locale }
}

/// The UTF-8 category mask of `l` (`LC_GLOBAL_LOCALE`: the global one).
#[inline]
pub fn mask_of(l: locale_t) -> u32 {
    if l == LC_GLOBAL_LOCALE || l.is_null() {
        GLOBAL_UTF8.load(Ordering::Relaxed)
    } else {
        // SAFETY: a locale object from newlocale/duplocale.
        unsafe { (*(l as *const Locale)).utf8 }
    }
}

/// The UTF-8 category mask of the calling thread's current locale.
#[inline]
pub fn current_mask() -> u32 {
    let l = current();
    if l.is_null() {
        GLOBAL_UTF8.load(Ordering::Relaxed)
    } else {
        // SAFETY: uselocale stored a live locale object.
        unsafe { (*l).utf8 }
    }
}

/// Whether the calling thread's `LC_CTYPE` is UTF-8.
#[inline]
pub fn ctype_utf8() -> bool {
    current_mask() & CTYPE_BIT != 0
}

/// Whether `l`'s `LC_CTYPE` is UTF-8.
#[inline]
pub fn ctype_utf8_l(l: locale_t) -> bool {
    mask_of(l) & CTYPE_BIT != 0
}

/// glibc's `__ctype_get_mb_cur_max`, behind `MB_CUR_MAX`: 1 in the C
/// locale, 4 (the longest UTF-8 sequence) in UTF-8.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __ctype_get_mb_cur_max() -> size_t {
    if ctype_utf8() { 4 } else { 1 }
}

/// Allocate a locale object with mask `utf8`.
fn alloc_locale(utf8: u32) -> locale_t {
    // SAFETY: a fresh allocation of a Locale's size.
    let p = unsafe { crate::heap::malloc(core::mem::size_of::<Locale>()) } as *mut Locale;
    if p.is_null() {
        crate::errno::set(ENOMEM as i32);
        return core::ptr::null_mut();
    }
    // SAFETY: p is a new, suitably aligned block.
    unsafe { p.write(Locale { utf8 }) };
    p as locale_t
}

/// POSIX.1-2008 `newlocale`: the categories in `mask` from `name` (`""`:
/// the environment; a composite name as `setlocale` gives), the rest
/// from `base` (modified and returned) or the C locale.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn newlocale(mask: c_int, name: *const c_char, base: locale_t) -> locale_t {
    if mask & !VALID_MASK != 0 || name.is_null() {
        crate::errno::set(EINVAL as i32);
        return core::ptr::null_mut();
    }
    // SAFETY: name is a string.
    let name = unsafe { cstr(name) };
    let mask = mask & LC_ALL_MASK;
    let ch = if mask == 0 {
        Choice {
            names: [b"C"; NCAT],
            utf8: 0,
        }
    } else {
        let m = if name.contains(&b'=') {
            LC_ALL_MASK
        } else {
            mask
        };
        match choose(m, name) {
            Ok(ch) => ch,
            Err(e) => {
                crate::errno::set(e as i32);
                return core::ptr::null_mut();
            }
        }
    };
    let keep = !(mask as u32);
    if base.is_null() || base == LC_GLOBAL_LOCALE {
        let from = if base.is_null() { 0 } else { mask_of(base) };
        return alloc_locale((from & keep) | (ch.utf8 & mask as u32));
    }
    let b = base as *mut Locale;
    // SAFETY: base is a locale object the caller owns.
    unsafe { (*b).utf8 = ((*b).utf8 & keep) | (ch.utf8 & mask as u32) };
    base
}

/// POSIX.1-2008 `duplocale` (`LC_GLOBAL_LOCALE`: a copy of the global
/// locale).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn duplocale(l: locale_t) -> locale_t {
    alloc_locale(mask_of(l))
}

/// POSIX.1-2008 `freelocale`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn freelocale(l: locale_t) {
    if !l.is_null() && l != LC_GLOBAL_LOCALE {
        // SAFETY: l came from alloc_locale.
        unsafe { crate::heap::free(l) };
    }
}

/// POSIX.1-2008 `uselocale`: set the calling thread's locale (NULL: only
/// query; `LC_GLOBAL_LOCALE`: back to the global one); returns the
/// previous one.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn uselocale(l: locale_t) -> locale_t {
    let th = rt::tls::current();
    // SAFETY: the calling thread's own state block.
    let slot = unsafe { &mut (*th).libc_slot[LOCALE_SLOT] };
    let old = if *slot == 0 {
        LC_GLOBAL_LOCALE
    } else {
        *slot as locale_t
    };
    if !l.is_null() {
        *slot = if l == LC_GLOBAL_LOCALE { 0 } else { l as usize };
    }
    old
}

/// glibc's `struct lconv` (numeric and monetary formatting).
#[repr(C)]
pub struct lconv {
    pub decimal_point: *mut c_char,
    pub thousands_sep: *mut c_char,
    pub grouping: *mut c_char,
    pub int_curr_symbol: *mut c_char,
    pub currency_symbol: *mut c_char,
    pub mon_decimal_point: *mut c_char,
    pub mon_thousands_sep: *mut c_char,
    pub mon_grouping: *mut c_char,
    pub positive_sign: *mut c_char,
    pub negative_sign: *mut c_char,
    pub int_frac_digits: c_char,
    pub frac_digits: c_char,
    pub p_cs_precedes: c_char,
    pub p_sep_by_space: c_char,
    pub n_cs_precedes: c_char,
    pub n_sep_by_space: c_char,
    pub p_sign_posn: c_char,
    pub n_sign_posn: c_char,
    pub int_p_cs_precedes: c_char,
    pub int_p_sep_by_space: c_char,
    pub int_n_cs_precedes: c_char,
    pub int_n_sep_by_space: c_char,
    pub int_p_sign_posn: c_char,
    pub int_n_sign_posn: c_char,
}

struct Lconv(core::cell::UnsafeCell<lconv>);
// SAFETY: never written by the libc; the program must not write it (C17
// 7.11.2.1p3).
unsafe impl Sync for Lconv {}

static DOT: [u8; 2] = *b".\0";
static EMPTY: [u8; 1] = [0];
const M: c_char = c_char::MAX;

static LCONV: Lconv = Lconv(core::cell::UnsafeCell::new(lconv {
    decimal_point: DOT.as_ptr() as *mut c_char,
    thousands_sep: EMPTY.as_ptr() as *mut c_char,
    grouping: EMPTY.as_ptr() as *mut c_char,
    int_curr_symbol: EMPTY.as_ptr() as *mut c_char,
    currency_symbol: EMPTY.as_ptr() as *mut c_char,
    mon_decimal_point: EMPTY.as_ptr() as *mut c_char,
    mon_thousands_sep: EMPTY.as_ptr() as *mut c_char,
    mon_grouping: EMPTY.as_ptr() as *mut c_char,
    positive_sign: EMPTY.as_ptr() as *mut c_char,
    negative_sign: EMPTY.as_ptr() as *mut c_char,
    int_frac_digits: M,
    frac_digits: M,
    p_cs_precedes: M,
    p_sep_by_space: M,
    n_cs_precedes: M,
    n_sep_by_space: M,
    p_sign_posn: M,
    n_sign_posn: M,
    int_p_cs_precedes: M,
    int_p_sep_by_space: M,
    int_n_cs_precedes: M,
    int_n_sep_by_space: M,
    int_p_sign_posn: M,
    int_n_sign_posn: M,
}));

/// C17 `localeconv`: the C locale's values (every offered locale shares
/// them).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn localeconv() -> *mut lconv {
    LCONV.0.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(classify(b"C"), Some(false));
        assert_eq!(classify(b"POSIX"), Some(false));
        for n in [
            &b"C.UTF-8"[..],
            b"C.utf8",
            b"en_US.UTF-8",
            b"de_DE.utf8",
            b"sr_RS.UTF-8@latin",
            b"x.Utf_8",
        ] {
            assert_eq!(classify(n), Some(true), "{n:?}");
        }
        for n in [
            &b""[..],
            b"c",
            b"xx",
            b"en_US",
            b".UTF-8",
            b"en_US.ISO-8859-1",
            b"a/b.UTF-8",
            b"LC_CTYPE=C",
            b"en.utf88",
            b"C.UTF-8;x",
        ] {
            assert_eq!(classify(n), None, "{n:?}");
        }
        let long = [b'a'; 70];
        assert_eq!(classify(&long), None);
    }

    #[test]
    fn composite() {
        let all = b"LC_NUMERIC=C.UTF-8;LC_CTYPE=C;LC_TIME=POSIX;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C";
        let ch = choose(LC_ALL_MASK, all).ok().unwrap();
        assert_eq!(ch.utf8, 1 << LC_NUMERIC);
        assert_eq!(ch.names[LC_TIME as usize], b"C");
        assert_eq!(
            choose(LC_ALL_MASK, b"LC_CTYPE=C.UTF-8;LC_NUMERIC=C").err(),
            Some(EINVAL)
        );
    }
}
