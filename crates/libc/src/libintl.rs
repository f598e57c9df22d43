//! `<libintl.h>`: the message catalogue interface, without catalogues.
//!
//! No `.mo` file is read: every lookup returns the message it was given
//! (`ngettext` picks the singular for `n == 1`, else the plural — the
//! C locale's rule), as glibc does where no catalogue is installed. What
//! a program sets is kept and reported back as glibc reports it: the
//! text domain (`"messages"` at first; `""` restores it), each domain's
//! directory (`"/usr/share/locale"` until bound) and codeset (NULL until
//! bound). The strings are copies from the link-resolved `malloc`; a
//! spin lock guards them, as glibc's functions are thread-safe.
use crate::types::*;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicBool, Ordering};

static LOCK: AtomicBool = AtomicBool::new(false);

struct Guard;
impl Guard {
    fn take() -> Guard {
        while LOCK
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            core::hint::spin_loop();
        }
        Guard
    }
}
impl Drop for Guard {
    fn drop(&mut self) {
        LOCK.store(false, Ordering::Release);
    }
}

/// One bound domain.
struct Binding {
    next: *mut Binding,
    domain: *mut c_char,
    dir: *mut c_char,
    codeset: *mut c_char,
}

struct State {
    domain: *mut c_char,
    bindings: *mut Binding,
}
struct Shared(core::cell::UnsafeCell<State>);
// SAFETY: every access holds LOCK.
unsafe impl Sync for Shared {}
static STATE: Shared = Shared(core::cell::UnsafeCell::new(State {
    domain: null_mut(),
    bindings: null_mut(),
}));

const DEFAULT_DOMAIN: &core::ffi::CStr = c"messages";
const DEFAULT_DIR: &core::ffi::CStr = c"/usr/share/locale";

/// A heap copy of the C string `s` (NULL when out of memory).
///
/// # Safety
/// `s` is a C string.
unsafe fn dup(s: *const c_char) -> *mut c_char {
    // SAFETY: s is a string; the copy has its length and NUL.
    unsafe {
        let n = crate::string::strlen(s) + 1;
        let d = crate::heap::malloc(n) as *mut c_char;
        if d.is_null() {
            crate::errno::set(syscall::errno::ENOMEM as i32);
        } else {
            crate::string::memcpy(d as *mut c_void, s as *const c_void, n);
        }
        d
    }
}

/// POSIX.1-2024 `gettext`: `msgid` itself (no catalogues).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn gettext(msgid: *const c_char) -> *mut c_char {
    msgid as *mut c_char
}

/// POSIX.1-2024 `dgettext`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn dgettext(_domain: *const c_char, msgid: *const c_char) -> *mut c_char {
    msgid as *mut c_char
}

/// POSIX.1-2024 `dcgettext`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn dcgettext(
    _domain: *const c_char,
    msgid: *const c_char,
    _category: c_int,
) -> *mut c_char {
    msgid as *mut c_char
}

/// POSIX.1-2024 `ngettext`: the singular for `n == 1`, else the plural.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ngettext(one: *const c_char, many: *const c_char, n: c_ulong) -> *mut c_char {
    (if n == 1 { one } else { many }) as *mut c_char
}

/// POSIX.1-2024 `dngettext`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn dngettext(
    _domain: *const c_char,
    one: *const c_char,
    many: *const c_char,
    n: c_ulong,
) -> *mut c_char {
    ngettext(one, many, n)
}

/// POSIX.1-2024 `dcngettext`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn dcngettext(
    _domain: *const c_char,
    one: *const c_char,
    many: *const c_char,
    n: c_ulong,
    _category: c_int,
) -> *mut c_char {
    ngettext(one, many, n)
}

/// POSIX.1-2024 `textdomain`: set (`""`: back to `"messages"`) and/or
/// return the current text domain.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn textdomain(domain: *const c_char) -> *mut c_char {
    let _g = Guard::take();
    // SAFETY: LOCK is held.
    let st = unsafe { &mut *STATE.0.get() };
    if !domain.is_null() {
        // SAFETY: domain is a string.
        let new = if unsafe { *domain } == 0 {
            null_mut()
        } else {
            // SAFETY: domain is a string.
            let d = unsafe { dup(domain) };
            if d.is_null() {
                return null_mut();
            }
            d
        };
        // SAFETY: the old domain came from dup (or is NULL).
        unsafe { crate::heap::free(st.domain as *mut c_void) };
        st.domain = new;
    }
    if st.domain.is_null() {
        DEFAULT_DOMAIN.as_ptr() as *mut c_char
    } else {
        st.domain
    }
}

/// The binding of `domain`, made when `create` (NULL: none, or no memory).
///
/// # Safety
/// LOCK is held; `domain` is a string.
unsafe fn binding(st: &mut State, domain: *const c_char, create: bool) -> *mut Binding {
    let mut b = st.bindings;
    // SAFETY: the list holds live nodes; domains are strings.
    unsafe {
        while !b.is_null() {
            if crate::string::strcmp((*b).domain, domain) == 0 {
                return b;
            }
            b = (*b).next;
        }
        if !create {
            return null_mut();
        }
        let d = dup(domain);
        if d.is_null() {
            return null_mut();
        }
        let n = crate::heap::malloc(core::mem::size_of::<Binding>()) as *mut Binding;
        if n.is_null() {
            crate::heap::free(d as *mut c_void);
            crate::errno::set(syscall::errno::ENOMEM as i32);
            return null_mut();
        }
        n.write(Binding {
            next: st.bindings,
            domain: d,
            dir: null_mut(),
            codeset: null_mut(),
        });
        st.bindings = n;
        n
    }
}

/// Set (`value` not NULL) and return one field of `domain`'s binding;
/// `pick` chooses the field, `default` is its value while unset.
///
/// # Safety
/// `domain` and `value` are NULL or strings.
unsafe fn bind(
    domain: *const c_char,
    value: *const c_char,
    pick: fn(&mut Binding) -> &mut *mut c_char,
    default: *const c_char,
) -> *mut c_char {
    // SAFETY: domain is NULL or a string.
    if domain.is_null() || unsafe { *domain } == 0 {
        return null_mut();
    }
    let _g = Guard::take();
    // SAFETY: LOCK is held.
    let st = unsafe { &mut *STATE.0.get() };
    // SAFETY: LOCK is held; domain is a string.
    let b = unsafe { binding(st, domain, !value.is_null()) };
    if b.is_null() {
        return if value.is_null() {
            default as *mut c_char
        } else {
            null_mut()
        };
    }
    // SAFETY: a live node, under LOCK.
    let field = pick(unsafe { &mut *b });
    if !value.is_null() {
        // SAFETY: value is a string.
        let v = unsafe { dup(value) };
        if v.is_null() {
            return null_mut();
        }
        // SAFETY: the old value came from dup (or is NULL).
        unsafe { crate::heap::free(*field as *mut c_void) };
        *field = v;
    }
    if field.is_null() {
        default as *mut c_char
    } else {
        *field
    }
}

/// POSIX.1-2024 `bindtextdomain`: set and/or return `domain`'s catalogue
/// directory (`"/usr/share/locale"` until bound; NULL for a NULL or
/// empty domain).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn bindtextdomain(domain: *const c_char, dir: *const c_char) -> *mut c_char {
    // SAFETY: the caller's contract.
    unsafe { bind(domain, dir, |b| &mut b.dir, DEFAULT_DIR.as_ptr()) }
}

/// POSIX.1-2024 `bind_textdomain_codeset`: set and/or return `domain`'s
/// output codeset (NULL until bound).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn bind_textdomain_codeset(
    domain: *const c_char,
    codeset: *const c_char,
) -> *mut c_char {
    // SAFETY: the caller's contract.
    unsafe { bind(domain, codeset, |b| &mut b.codeset, core::ptr::null()) }
}
