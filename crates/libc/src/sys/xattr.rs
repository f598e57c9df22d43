//! `<sys/xattr.h>`: extended attributes (Linux). Each call comes in three
//! forms: by path (following a final symbolic link), by path on the link
//! itself (`l*`) and by open descriptor (`f*`); each is its system call.
use crate::kernel::{ret, ret_int};
use crate::types::*;

/// Linux `setxattr`: set attribute `name` of the file at `path`
/// (`XATTR_CREATE`: fail with EEXIST if it exists; `XATTR_REPLACE`: fail
/// with ENODATA if it does not).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn setxattr(
    path: *const c_char,
    name: *const c_char,
    value: *const c_void,
    size: size_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the kernel checks the strings and the value buffer.
    ret_int(unsafe { sys!(__NR_setxattr, path, name, value, size, flags) })
}

/// Linux `lsetxattr`: `setxattr` on a symbolic link itself.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lsetxattr(
    path: *const c_char,
    name: *const c_char,
    value: *const c_void,
    size: size_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the kernel checks the strings and the value buffer.
    ret_int(unsafe { sys!(__NR_lsetxattr, path, name, value, size, flags) })
}

/// Linux `fsetxattr`: `setxattr` on an open file.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fsetxattr(
    fd: c_int,
    name: *const c_char,
    value: *const c_void,
    size: size_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the kernel checks the string and the value buffer.
    ret_int(unsafe { sys!(__NR_fsetxattr, fd, name, value, size, flags) })
}

/// Linux `getxattr`: the value's length, copied into `value` when `size`
/// is not 0 (ERANGE when it does not fit).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getxattr(
    path: *const c_char,
    name: *const c_char,
    value: *mut c_void,
    size: size_t,
) -> ssize_t {
    // SAFETY: the kernel checks the strings and the buffer.
    ret(unsafe { sys!(__NR_getxattr, path, name, value, size) })
}

/// Linux `lgetxattr`: `getxattr` on a symbolic link itself.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lgetxattr(
    path: *const c_char,
    name: *const c_char,
    value: *mut c_void,
    size: size_t,
) -> ssize_t {
    // SAFETY: the kernel checks the strings and the buffer.
    ret(unsafe { sys!(__NR_lgetxattr, path, name, value, size) })
}

/// Linux `fgetxattr`: `getxattr` on an open file.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fgetxattr(
    fd: c_int,
    name: *const c_char,
    value: *mut c_void,
    size: size_t,
) -> ssize_t {
    // SAFETY: the kernel checks the string and the buffer.
    ret(unsafe { sys!(__NR_fgetxattr, fd, name, value, size) })
}

/// Linux `listxattr`: the attribute names, each NUL-terminated, one after
/// the other; the length needed when `size` is 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn listxattr(
    path: *const c_char,
    list: *mut c_char,
    size: size_t,
) -> ssize_t {
    // SAFETY: the kernel checks the path and the buffer.
    ret(unsafe { sys!(__NR_listxattr, path, list, size) })
}

/// Linux `llistxattr`: `listxattr` on a symbolic link itself.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn llistxattr(
    path: *const c_char,
    list: *mut c_char,
    size: size_t,
) -> ssize_t {
    // SAFETY: the kernel checks the path and the buffer.
    ret(unsafe { sys!(__NR_llistxattr, path, list, size) })
}

/// Linux `flistxattr`: `listxattr` on an open file.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn flistxattr(fd: c_int, list: *mut c_char, size: size_t) -> ssize_t {
    // SAFETY: the kernel checks the buffer.
    ret(unsafe { sys!(__NR_flistxattr, fd, list, size) })
}

/// Linux `removexattr` (ENODATA when there is no such attribute).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn removexattr(path: *const c_char, name: *const c_char) -> c_int {
    // SAFETY: the kernel checks the strings.
    ret_int(unsafe { sys!(__NR_removexattr, path, name) })
}

/// Linux `lremovexattr`: `removexattr` on a symbolic link itself.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lremovexattr(path: *const c_char, name: *const c_char) -> c_int {
    // SAFETY: the kernel checks the strings.
    ret_int(unsafe { sys!(__NR_lremovexattr, path, name) })
}

/// Linux `fremovexattr`: `removexattr` on an open file.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fremovexattr(fd: c_int, name: *const c_char) -> c_int {
    // SAFETY: the kernel checks the string.
    ret_int(unsafe { sys!(__NR_fremovexattr, fd, name) })
}
