//! `<errno.h>`: errno lives in the thread control block; every Linux errno
//! name has its kernel value (from linux-raw-sys) and a message.
use crate::strtab::{StrTab, marks, packed_len};
use crate::types::*;
use syscall::errno;

/// `__errno_location`: the address of the calling thread's errno
/// (C17 errno via the Linux ABI's accessor, as glibc and musl spell it).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __errno_location() -> *mut c_int {
    // SAFETY: the TCB is set up before any C code runs.
    unsafe { &raw mut (*rt::tls::current()).errno }
}

/// Set the calling thread's errno.
#[inline(always)]
pub fn set(e: i32) {
    #[cfg(not(test))]
    // SAFETY: __errno_location always points at this thread's errno.
    unsafe {
        *__errno_location() = e
    };
    #[cfg(test)]
    TEST_ERRNO.with(|c| c.set(e));
}

/// Read the calling thread's errno.
#[inline(always)]
pub fn get() -> i32 {
    #[cfg(not(test))]
    // SAFETY: as in `set`.
    unsafe {
        *__errno_location()
    }
    #[cfg(test)]
    TEST_ERRNO.with(|c| c.get())
}

#[cfg(test)]
std::thread_local! { static TEST_ERRNO: core::cell::Cell<i32> = const { core::cell::Cell::new(0) }; }

/// Every Linux errno with its name and message (both NUL-terminated; the
/// name is the identifier itself). Only read at compile time: the run-time
/// tables are [`TABLE`] and [`NAME_TABLE`].
macro_rules! errnos {
    ($($name:ident $msg:literal,)*) => {
        pub const MESSAGES: &[(u32, &[u8])] = &[$((errno::$name, $msg)),*];
        const NAMES: &[(u32, &[u8])] = &[$((errno::$name, concat!(stringify!($name), "\0").as_bytes())),*];
    };
}
errnos! {
    EPERM b"Operation not permitted\0",
    ENOENT b"No such file or directory\0",
    ESRCH b"No such process\0",
    EINTR b"Interrupted system call\0",
    EIO b"Input/output error\0",
    ENXIO b"No such device or address\0",
    E2BIG b"Argument list too long\0",
    ENOEXEC b"Exec format error\0",
    EBADF b"Bad file descriptor\0",
    ECHILD b"No child processes\0",
    EAGAIN b"Resource temporarily unavailable\0",
    ENOMEM b"Cannot allocate memory\0",
    EACCES b"Permission denied\0",
    EFAULT b"Bad address\0",
    ENOTBLK b"Block device required\0",
    EBUSY b"Device or resource busy\0",
    EEXIST b"File exists\0",
    EXDEV b"Invalid cross-device link\0",
    ENODEV b"No such device\0",
    ENOTDIR b"Not a directory\0",
    EISDIR b"Is a directory\0",
    EINVAL b"Invalid argument\0",
    ENFILE b"Too many open files in system\0",
    EMFILE b"Too many open files\0",
    ENOTTY b"Inappropriate ioctl for device\0",
    ETXTBSY b"Text file busy\0",
    EFBIG b"File too large\0",
    ENOSPC b"No space left on device\0",
    ESPIPE b"Illegal seek\0",
    EROFS b"Read-only file system\0",
    EMLINK b"Too many links\0",
    EPIPE b"Broken pipe\0",
    EDOM b"Numerical argument out of domain\0",
    ERANGE b"Numerical result out of range\0",
    EDEADLK b"Resource deadlock avoided\0",
    ENAMETOOLONG b"File name too long\0",
    ENOLCK b"No locks available\0",
    ENOSYS b"Function not implemented\0",
    ENOTEMPTY b"Directory not empty\0",
    ELOOP b"Too many levels of symbolic links\0",
    ENOMSG b"No message of desired type\0",
    EIDRM b"Identifier removed\0",
    ECHRNG b"Channel number out of range\0",
    EL2NSYNC b"Level 2 not synchronized\0",
    EL3HLT b"Level 3 halted\0",
    EL3RST b"Level 3 reset\0",
    ELNRNG b"Link number out of range\0",
    EUNATCH b"Protocol driver not attached\0",
    ENOCSI b"No CSI structure available\0",
    EL2HLT b"Level 2 halted\0",
    EBADE b"Invalid exchange\0",
    EBADR b"Invalid request descriptor\0",
    EXFULL b"Exchange full\0",
    ENOANO b"No anode\0",
    EBADRQC b"Invalid request code\0",
    EBADSLT b"Invalid slot\0",
    EBFONT b"Bad font file format\0",
    ENOSTR b"Device not a stream\0",
    ENODATA b"No data available\0",
    ETIME b"Timer expired\0",
    ENOSR b"Out of streams resources\0",
    ENONET b"Machine is not on the network\0",
    ENOPKG b"Package not installed\0",
    EREMOTE b"Object is remote\0",
    ENOLINK b"Link has been severed\0",
    EADV b"Advertise error\0",
    ESRMNT b"Srmount error\0",
    ECOMM b"Communication error on send\0",
    EPROTO b"Protocol error\0",
    EMULTIHOP b"Multihop attempted\0",
    EDOTDOT b"RFS specific error\0",
    EBADMSG b"Bad message\0",
    EOVERFLOW b"Value too large for defined data type\0",
    ENOTUNIQ b"Name not unique on network\0",
    EBADFD b"File descriptor in bad state\0",
    EREMCHG b"Remote address changed\0",
    ELIBACC b"Can not access a needed shared library\0",
    ELIBBAD b"Accessing a corrupted shared library\0",
    ELIBSCN b".lib section in a.out corrupted\0",
    ELIBMAX b"Attempting to link in too many shared libraries\0",
    ELIBEXEC b"Cannot exec a shared library directly\0",
    EILSEQ b"Invalid or incomplete multibyte or wide character\0",
    ERESTART b"Interrupted system call should be restarted\0",
    ESTRPIPE b"Streams pipe error\0",
    EUSERS b"Too many users\0",
    ENOTSOCK b"Socket operation on non-socket\0",
    EDESTADDRREQ b"Destination address required\0",
    EMSGSIZE b"Message too long\0",
    EPROTOTYPE b"Protocol wrong type for socket\0",
    ENOPROTOOPT b"Protocol not available\0",
    EPROTONOSUPPORT b"Protocol not supported\0",
    ESOCKTNOSUPPORT b"Socket type not supported\0",
    EOPNOTSUPP b"Operation not supported\0",
    EPFNOSUPPORT b"Protocol family not supported\0",
    EAFNOSUPPORT b"Address family not supported by protocol\0",
    EADDRINUSE b"Address already in use\0",
    EADDRNOTAVAIL b"Cannot assign requested address\0",
    ENETDOWN b"Network is down\0",
    ENETUNREACH b"Network is unreachable\0",
    ENETRESET b"Network dropped connection on reset\0",
    ECONNABORTED b"Software caused connection abort\0",
    ECONNRESET b"Connection reset by peer\0",
    ENOBUFS b"No buffer space available\0",
    EISCONN b"Transport endpoint is already connected\0",
    ENOTCONN b"Transport endpoint is not connected\0",
    ESHUTDOWN b"Cannot send after transport endpoint shutdown\0",
    ETOOMANYREFS b"Too many references: cannot splice\0",
    ETIMEDOUT b"Connection timed out\0",
    ECONNREFUSED b"Connection refused\0",
    EHOSTDOWN b"Host is down\0",
    EHOSTUNREACH b"No route to host\0",
    EALREADY b"Operation already in progress\0",
    EINPROGRESS b"Operation now in progress\0",
    ESTALE b"Stale file handle\0",
    EUCLEAN b"Structure needs cleaning\0",
    ENOTNAM b"Not a XENIX named type file\0",
    ENAVAIL b"No XENIX semaphores available\0",
    EISNAM b"Is a named type file\0",
    EREMOTEIO b"Remote I/O error\0",
    EDQUOT b"Disk quota exceeded\0",
    ENOMEDIUM b"No medium found\0",
    EMEDIUMTYPE b"Wrong medium type\0",
    ECANCELED b"Operation canceled\0",
    ENOKEY b"Required key not available\0",
    EKEYEXPIRED b"Key has expired\0",
    EKEYREVOKED b"Key has been revoked\0",
    EKEYREJECTED b"Key was rejected by service\0",
    EOWNERDEAD b"Owner died\0",
    ENOTRECOVERABLE b"State not recoverable\0",
    ERFKILL b"Operation not possible due to RF-kill\0",
    EHWPOISON b"Memory page has hardware error\0",
}

/// The largest errno with a message.
const MAX: usize = {
    let mut m = 0;
    let mut i = 0;
    while i < MESSAGES.len() {
        if MESSAGES[i].0 as usize > m {
            m = MESSAGES[i].0 as usize;
        }
        i += 1;
    }
    m
};

/// The messages indexed by number ("Success" for 0, empty for numbers
/// without one): the input of [`TABLE`], never stored itself.
const BY_NUMBER: [&[u8]; MAX + 1] = {
    let mut t: [&[u8]; MAX + 1] = [b""; MAX + 1];
    t[0] = b"Success\0";
    let mut i = 0;
    while i < MESSAGES.len() {
        t[MESSAGES[i].0 as usize] = MESSAGES[i].1;
        i += 1;
    }
    t
};

/// The messages packed (the text plus a few offsets).
static TABLE: StrTab<{ MAX + 1 }, { packed_len(&BY_NUMBER) }, { marks(MAX + 1) }> =
    StrTab::new(&BY_NUMBER);

/// The message for `e` (NUL-terminated), if `e` is a Linux errno (0
/// gives "Success").
pub fn message(e: i32) -> Option<&'static [u8]> {
    TABLE.get(usize::try_from(e).ok()?)
}

/// The names indexed by number (`"0"` for 0, as glibc names it; empty
/// for numbers without one): the input of [`NAME_TABLE`].
const NAMES_BY_NUMBER: [&[u8]; MAX + 1] = {
    let mut t: [&[u8]; MAX + 1] = [b""; MAX + 1];
    t[0] = b"0\0";
    let mut i = 0;
    while i < NAMES.len() {
        t[NAMES[i].0 as usize] = NAMES[i].1;
        i += 1;
    }
    t
};

/// The names packed; only `strerrorname_np` links it.
static NAME_TABLE: StrTab<{ MAX + 1 }, { packed_len(&NAMES_BY_NUMBER) }, { marks(MAX + 1) }> =
    StrTab::new(&NAMES_BY_NUMBER);

/// The symbolic name of `e` (`"EPERM"`, NUL-terminated), if `e` is a
/// Linux errno.
pub fn name(e: i32) -> Option<&'static [u8]> {
    NAME_TABLE.get(usize::try_from(e).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// include/errno.h must define every name with linux-raw-sys's value.
    #[test]
    fn header_matches_kernel_values() {
        let h = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../include/bits/errno.h"
        ))
        .unwrap();
        let mut defs = std::collections::HashMap::new();
        for line in h.lines() {
            let mut w = line.split_whitespace();
            if w.next() == Some("#define")
                && let (Some(n), Some(v)) = (w.next(), w.next())
            {
                defs.insert(n.to_string(), v.to_string());
            }
        }
        let names = [
            ("EPERM", errno::EPERM),
            ("ENOENT", errno::ENOENT),
            ("ESRCH", errno::ESRCH),
            ("EINTR", errno::EINTR),
            ("EIO", errno::EIO),
            ("ENXIO", errno::ENXIO),
            ("E2BIG", errno::E2BIG),
            ("ENOEXEC", errno::ENOEXEC),
            ("EBADF", errno::EBADF),
            ("ECHILD", errno::ECHILD),
            ("EAGAIN", errno::EAGAIN),
            ("ENOMEM", errno::ENOMEM),
            ("EACCES", errno::EACCES),
            ("EFAULT", errno::EFAULT),
            ("ENOTBLK", errno::ENOTBLK),
            ("EBUSY", errno::EBUSY),
            ("EEXIST", errno::EEXIST),
            ("EXDEV", errno::EXDEV),
            ("ENODEV", errno::ENODEV),
            ("ENOTDIR", errno::ENOTDIR),
            ("EISDIR", errno::EISDIR),
            ("EINVAL", errno::EINVAL),
            ("ENFILE", errno::ENFILE),
            ("EMFILE", errno::EMFILE),
            ("ENOTTY", errno::ENOTTY),
            ("ETXTBSY", errno::ETXTBSY),
            ("EFBIG", errno::EFBIG),
            ("ENOSPC", errno::ENOSPC),
            ("ESPIPE", errno::ESPIPE),
            ("EROFS", errno::EROFS),
            ("EMLINK", errno::EMLINK),
            ("EPIPE", errno::EPIPE),
            ("EDOM", errno::EDOM),
            ("ERANGE", errno::ERANGE),
            ("EDEADLK", errno::EDEADLK),
            ("ENAMETOOLONG", errno::ENAMETOOLONG),
            ("ENOLCK", errno::ENOLCK),
            ("ENOSYS", errno::ENOSYS),
            ("ENOTEMPTY", errno::ENOTEMPTY),
            ("ELOOP", errno::ELOOP),
            ("ENOMSG", errno::ENOMSG),
            ("EIDRM", errno::EIDRM),
            ("ECHRNG", errno::ECHRNG),
            ("EL2NSYNC", errno::EL2NSYNC),
            ("EL3HLT", errno::EL3HLT),
            ("EL3RST", errno::EL3RST),
            ("ELNRNG", errno::ELNRNG),
            ("EUNATCH", errno::EUNATCH),
            ("ENOCSI", errno::ENOCSI),
            ("EL2HLT", errno::EL2HLT),
            ("EBADE", errno::EBADE),
            ("EBADR", errno::EBADR),
            ("EXFULL", errno::EXFULL),
            ("ENOANO", errno::ENOANO),
            ("EBADRQC", errno::EBADRQC),
            ("EBADSLT", errno::EBADSLT),
            ("EBFONT", errno::EBFONT),
            ("ENOSTR", errno::ENOSTR),
            ("ENODATA", errno::ENODATA),
            ("ETIME", errno::ETIME),
            ("ENOSR", errno::ENOSR),
            ("ENONET", errno::ENONET),
            ("ENOPKG", errno::ENOPKG),
            ("EREMOTE", errno::EREMOTE),
            ("ENOLINK", errno::ENOLINK),
            ("EADV", errno::EADV),
            ("ESRMNT", errno::ESRMNT),
            ("ECOMM", errno::ECOMM),
            ("EPROTO", errno::EPROTO),
            ("EMULTIHOP", errno::EMULTIHOP),
            ("EDOTDOT", errno::EDOTDOT),
            ("EBADMSG", errno::EBADMSG),
            ("EOVERFLOW", errno::EOVERFLOW),
            ("ENOTUNIQ", errno::ENOTUNIQ),
            ("EBADFD", errno::EBADFD),
            ("EREMCHG", errno::EREMCHG),
            ("ELIBACC", errno::ELIBACC),
            ("ELIBBAD", errno::ELIBBAD),
            ("ELIBSCN", errno::ELIBSCN),
            ("ELIBMAX", errno::ELIBMAX),
            ("ELIBEXEC", errno::ELIBEXEC),
            ("EILSEQ", errno::EILSEQ),
            ("ERESTART", errno::ERESTART),
            ("ESTRPIPE", errno::ESTRPIPE),
            ("EUSERS", errno::EUSERS),
            ("ENOTSOCK", errno::ENOTSOCK),
            ("EDESTADDRREQ", errno::EDESTADDRREQ),
            ("EMSGSIZE", errno::EMSGSIZE),
            ("EPROTOTYPE", errno::EPROTOTYPE),
            ("ENOPROTOOPT", errno::ENOPROTOOPT),
            ("EPROTONOSUPPORT", errno::EPROTONOSUPPORT),
            ("ESOCKTNOSUPPORT", errno::ESOCKTNOSUPPORT),
            ("EOPNOTSUPP", errno::EOPNOTSUPP),
            ("EPFNOSUPPORT", errno::EPFNOSUPPORT),
            ("EAFNOSUPPORT", errno::EAFNOSUPPORT),
            ("EADDRINUSE", errno::EADDRINUSE),
            ("EADDRNOTAVAIL", errno::EADDRNOTAVAIL),
            ("ENETDOWN", errno::ENETDOWN),
            ("ENETUNREACH", errno::ENETUNREACH),
            ("ENETRESET", errno::ENETRESET),
            ("ECONNABORTED", errno::ECONNABORTED),
            ("ECONNRESET", errno::ECONNRESET),
            ("ENOBUFS", errno::ENOBUFS),
            ("EISCONN", errno::EISCONN),
            ("ENOTCONN", errno::ENOTCONN),
            ("ESHUTDOWN", errno::ESHUTDOWN),
            ("ETOOMANYREFS", errno::ETOOMANYREFS),
            ("ETIMEDOUT", errno::ETIMEDOUT),
            ("ECONNREFUSED", errno::ECONNREFUSED),
            ("EHOSTDOWN", errno::EHOSTDOWN),
            ("EHOSTUNREACH", errno::EHOSTUNREACH),
            ("EALREADY", errno::EALREADY),
            ("EINPROGRESS", errno::EINPROGRESS),
            ("ESTALE", errno::ESTALE),
            ("EUCLEAN", errno::EUCLEAN),
            ("ENOTNAM", errno::ENOTNAM),
            ("ENAVAIL", errno::ENAVAIL),
            ("EISNAM", errno::EISNAM),
            ("EREMOTEIO", errno::EREMOTEIO),
            ("EDQUOT", errno::EDQUOT),
            ("ENOMEDIUM", errno::ENOMEDIUM),
            ("EMEDIUMTYPE", errno::EMEDIUMTYPE),
            ("ECANCELED", errno::ECANCELED),
            ("ENOKEY", errno::ENOKEY),
            ("EKEYEXPIRED", errno::EKEYEXPIRED),
            ("EKEYREVOKED", errno::EKEYREVOKED),
            ("EKEYREJECTED", errno::EKEYREJECTED),
            ("EOWNERDEAD", errno::EOWNERDEAD),
            ("ENOTRECOVERABLE", errno::ENOTRECOVERABLE),
            ("ERFKILL", errno::ERFKILL),
            ("EHWPOISON", errno::EHWPOISON),
        ];
        assert_eq!(names.len(), MESSAGES.len());
        for (n, v) in names {
            let d = defs
                .get(n)
                .unwrap_or_else(|| panic!("{n} missing from errno.h"));
            let d = defs.get(d).cloned().unwrap_or(d.clone());
            assert_eq!(d.parse::<u32>().unwrap(), v, "{n}");
        }
        for alias in ["EWOULDBLOCK", "EDEADLOCK", "ENOTSUP"] {
            assert!(defs.contains_key(alias), "{alias}");
        }
    }

    #[test]
    fn messages_unique_and_terminated() {
        for (v, m) in MESSAGES {
            assert_eq!(*m.last().unwrap(), 0);
            assert_eq!(MESSAGES.iter().filter(|(w, _)| w == v).count(), 1);
        }
        assert_eq!(message(2).unwrap(), b"No such file or directory\0");
        assert_eq!(message(0).unwrap(), b"Success\0");
        assert!(message(9999).is_none());
    }
}
