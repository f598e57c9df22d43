//! `<sys/mount.h>`: mounting and unmounting file systems (Linux).
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `mount`: attach the file system `fstype` from `source` at
/// `target` (`MS_*` flags; `data` is the file system's option string), or
/// change a mount (`MS_REMOUNT`, `MS_BIND`, `MS_MOVE`, propagation types).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mount(
    source: *const c_char,
    target: *const c_char,
    fstype: *const c_char,
    flags: c_ulong,
    data: *const c_void,
) -> c_int {
    // SAFETY: the kernel checks the strings and the data page.
    ret_int(unsafe { sys!(__NR_mount, source, target, fstype, flags, data) })
}

/// Linux `umount2`: detach the file system at `target` (`MNT_FORCE`,
/// `MNT_DETACH`, `MNT_EXPIRE`, `UMOUNT_NOFOLLOW`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn umount2(target: *const c_char, flags: c_int) -> c_int {
    // SAFETY: the kernel checks the path.
    ret_int(unsafe { sys!(__NR_umount2, target, flags) })
}

/// Linux `umount`: `umount2` with no flags (the generic system-call table
/// has no plain `umount`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn umount(target: *const c_char) -> c_int {
    // SAFETY: forwarded.
    unsafe { umount2(target, 0) }
}
