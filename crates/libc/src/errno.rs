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

/// Every Linux errno with its message (NUL-terminated). Only read at
/// compile time: the run-time table is [`TABLE`].
pub const MESSAGES: &[(u32, &[u8])] = &[
    (errno::EPERM, b"Operation not permitted\0"),
    (errno::ENOENT, b"No such file or directory\0"),
    (errno::ESRCH, b"No such process\0"),
    (errno::EINTR, b"Interrupted system call\0"),
    (errno::EIO, b"Input/output error\0"),
    (errno::ENXIO, b"No such device or address\0"),
    (errno::E2BIG, b"Argument list too long\0"),
    (errno::ENOEXEC, b"Exec format error\0"),
    (errno::EBADF, b"Bad file descriptor\0"),
    (errno::ECHILD, b"No child processes\0"),
    (errno::EAGAIN, b"Resource temporarily unavailable\0"),
    (errno::ENOMEM, b"Cannot allocate memory\0"),
    (errno::EACCES, b"Permission denied\0"),
    (errno::EFAULT, b"Bad address\0"),
    (errno::ENOTBLK, b"Block device required\0"),
    (errno::EBUSY, b"Device or resource busy\0"),
    (errno::EEXIST, b"File exists\0"),
    (errno::EXDEV, b"Invalid cross-device link\0"),
    (errno::ENODEV, b"No such device\0"),
    (errno::ENOTDIR, b"Not a directory\0"),
    (errno::EISDIR, b"Is a directory\0"),
    (errno::EINVAL, b"Invalid argument\0"),
    (errno::ENFILE, b"Too many open files in system\0"),
    (errno::EMFILE, b"Too many open files\0"),
    (errno::ENOTTY, b"Inappropriate ioctl for device\0"),
    (errno::ETXTBSY, b"Text file busy\0"),
    (errno::EFBIG, b"File too large\0"),
    (errno::ENOSPC, b"No space left on device\0"),
    (errno::ESPIPE, b"Illegal seek\0"),
    (errno::EROFS, b"Read-only file system\0"),
    (errno::EMLINK, b"Too many links\0"),
    (errno::EPIPE, b"Broken pipe\0"),
    (errno::EDOM, b"Numerical argument out of domain\0"),
    (errno::ERANGE, b"Numerical result out of range\0"),
    (errno::EDEADLK, b"Resource deadlock avoided\0"),
    (errno::ENAMETOOLONG, b"File name too long\0"),
    (errno::ENOLCK, b"No locks available\0"),
    (errno::ENOSYS, b"Function not implemented\0"),
    (errno::ENOTEMPTY, b"Directory not empty\0"),
    (errno::ELOOP, b"Too many levels of symbolic links\0"),
    (errno::ENOMSG, b"No message of desired type\0"),
    (errno::EIDRM, b"Identifier removed\0"),
    (errno::ECHRNG, b"Channel number out of range\0"),
    (errno::EL2NSYNC, b"Level 2 not synchronized\0"),
    (errno::EL3HLT, b"Level 3 halted\0"),
    (errno::EL3RST, b"Level 3 reset\0"),
    (errno::ELNRNG, b"Link number out of range\0"),
    (errno::EUNATCH, b"Protocol driver not attached\0"),
    (errno::ENOCSI, b"No CSI structure available\0"),
    (errno::EL2HLT, b"Level 2 halted\0"),
    (errno::EBADE, b"Invalid exchange\0"),
    (errno::EBADR, b"Invalid request descriptor\0"),
    (errno::EXFULL, b"Exchange full\0"),
    (errno::ENOANO, b"No anode\0"),
    (errno::EBADRQC, b"Invalid request code\0"),
    (errno::EBADSLT, b"Invalid slot\0"),
    (errno::EBFONT, b"Bad font file format\0"),
    (errno::ENOSTR, b"Device not a stream\0"),
    (errno::ENODATA, b"No data available\0"),
    (errno::ETIME, b"Timer expired\0"),
    (errno::ENOSR, b"Out of streams resources\0"),
    (errno::ENONET, b"Machine is not on the network\0"),
    (errno::ENOPKG, b"Package not installed\0"),
    (errno::EREMOTE, b"Object is remote\0"),
    (errno::ENOLINK, b"Link has been severed\0"),
    (errno::EADV, b"Advertise error\0"),
    (errno::ESRMNT, b"Srmount error\0"),
    (errno::ECOMM, b"Communication error on send\0"),
    (errno::EPROTO, b"Protocol error\0"),
    (errno::EMULTIHOP, b"Multihop attempted\0"),
    (errno::EDOTDOT, b"RFS specific error\0"),
    (errno::EBADMSG, b"Bad message\0"),
    (errno::EOVERFLOW, b"Value too large for defined data type\0"),
    (errno::ENOTUNIQ, b"Name not unique on network\0"),
    (errno::EBADFD, b"File descriptor in bad state\0"),
    (errno::EREMCHG, b"Remote address changed\0"),
    (errno::ELIBACC, b"Can not access a needed shared library\0"),
    (errno::ELIBBAD, b"Accessing a corrupted shared library\0"),
    (errno::ELIBSCN, b".lib section in a.out corrupted\0"),
    (
        errno::ELIBMAX,
        b"Attempting to link in too many shared libraries\0",
    ),
    (errno::ELIBEXEC, b"Cannot exec a shared library directly\0"),
    (
        errno::EILSEQ,
        b"Invalid or incomplete multibyte or wide character\0",
    ),
    (
        errno::ERESTART,
        b"Interrupted system call should be restarted\0",
    ),
    (errno::ESTRPIPE, b"Streams pipe error\0"),
    (errno::EUSERS, b"Too many users\0"),
    (errno::ENOTSOCK, b"Socket operation on non-socket\0"),
    (errno::EDESTADDRREQ, b"Destination address required\0"),
    (errno::EMSGSIZE, b"Message too long\0"),
    (errno::EPROTOTYPE, b"Protocol wrong type for socket\0"),
    (errno::ENOPROTOOPT, b"Protocol not available\0"),
    (errno::EPROTONOSUPPORT, b"Protocol not supported\0"),
    (errno::ESOCKTNOSUPPORT, b"Socket type not supported\0"),
    (errno::EOPNOTSUPP, b"Operation not supported\0"),
    (errno::EPFNOSUPPORT, b"Protocol family not supported\0"),
    (
        errno::EAFNOSUPPORT,
        b"Address family not supported by protocol\0",
    ),
    (errno::EADDRINUSE, b"Address already in use\0"),
    (errno::EADDRNOTAVAIL, b"Cannot assign requested address\0"),
    (errno::ENETDOWN, b"Network is down\0"),
    (errno::ENETUNREACH, b"Network is unreachable\0"),
    (errno::ENETRESET, b"Network dropped connection on reset\0"),
    (errno::ECONNABORTED, b"Software caused connection abort\0"),
    (errno::ECONNRESET, b"Connection reset by peer\0"),
    (errno::ENOBUFS, b"No buffer space available\0"),
    (errno::EISCONN, b"Transport endpoint is already connected\0"),
    (errno::ENOTCONN, b"Transport endpoint is not connected\0"),
    (
        errno::ESHUTDOWN,
        b"Cannot send after transport endpoint shutdown\0",
    ),
    (errno::ETOOMANYREFS, b"Too many references: cannot splice\0"),
    (errno::ETIMEDOUT, b"Connection timed out\0"),
    (errno::ECONNREFUSED, b"Connection refused\0"),
    (errno::EHOSTDOWN, b"Host is down\0"),
    (errno::EHOSTUNREACH, b"No route to host\0"),
    (errno::EALREADY, b"Operation already in progress\0"),
    (errno::EINPROGRESS, b"Operation now in progress\0"),
    (errno::ESTALE, b"Stale file handle\0"),
    (errno::EUCLEAN, b"Structure needs cleaning\0"),
    (errno::ENOTNAM, b"Not a XENIX named type file\0"),
    (errno::ENAVAIL, b"No XENIX semaphores available\0"),
    (errno::EISNAM, b"Is a named type file\0"),
    (errno::EREMOTEIO, b"Remote I/O error\0"),
    (errno::EDQUOT, b"Disk quota exceeded\0"),
    (errno::ENOMEDIUM, b"No medium found\0"),
    (errno::EMEDIUMTYPE, b"Wrong medium type\0"),
    (errno::ECANCELED, b"Operation canceled\0"),
    (errno::ENOKEY, b"Required key not available\0"),
    (errno::EKEYEXPIRED, b"Key has expired\0"),
    (errno::EKEYREVOKED, b"Key has been revoked\0"),
    (errno::EKEYREJECTED, b"Key was rejected by service\0"),
    (errno::EOWNERDEAD, b"Owner died\0"),
    (errno::ENOTRECOVERABLE, b"State not recoverable\0"),
    (errno::ERFKILL, b"Operation not possible due to RF-kill\0"),
    (errno::EHWPOISON, b"Memory page has hardware error\0"),
];

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
