//! `capget`, `capset` (Linux; glibc and musl export them, libcap's
//! `<sys/capability.h>` declares them), `init_module`, `delete_module`
//! (exported, declared by no libc header).
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `capget`: the capability sets of the thread the header names.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn capget(hdr: *mut c_void, data: *mut c_void) -> c_int {
    // SAFETY: the kernel checks both pointers.
    ret_int(unsafe { sys!(__NR_capget, hdr, data) })
}

/// Linux `capset`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn capset(hdr: *mut c_void, data: *const c_void) -> c_int {
    // SAFETY: the kernel checks both pointers.
    ret_int(unsafe { sys!(__NR_capset, hdr, data) })
}

/// Linux `init_module`: load the module image `image` of `len` bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn init_module(
    image: *mut c_void,
    len: c_ulong,
    params: *const c_char,
) -> c_int {
    // SAFETY: the kernel checks the image and the parameters.
    ret_int(unsafe { sys!(__NR_init_module, image, len, params) })
}

/// Linux `delete_module`: unload module `name`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn delete_module(name: *const c_char, flags: c_uint) -> c_int {
    // SAFETY: the kernel checks the name.
    ret_int(unsafe { sys!(__NR_delete_module, name, flags) })
}
