//! `<sys/mman.h>`: memory mappings.
use crate::arch;
use crate::kernel::{fail, ret_int};
use crate::types::*;
use syscall::errno::EINVAL;

const MAP_FAILED: *mut c_void = !0usize as *mut c_void;

fn to_ptr(raw: isize) -> *mut c_void {
    match syscall::decode(raw) {
        Ok(v) => v as *mut c_void,
        Err(e) => {
            fail(e as u32);
            MAP_FAILED
        }
    }
}

/// POSIX.1-2024 `mmap` (64-bit `off_t`; an offset that is not a multiple
/// of the page size gives EINVAL). The length goes to the kernel as is: as
/// with glibc, a 32-bit process may map more than `PTRDIFF_MAX` bytes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mmap(
    addr: *mut c_void,
    len: size_t,
    prot: c_int,
    flags: c_int,
    fd: c_int,
    off: off_t,
) -> *mut c_void {
    if off & (crate::sys::auxv::page_size() as off_t - 1) != 0 {
        fail(EINVAL);
        return MAP_FAILED;
    }
    // SAFETY: the caller's request; the kernel validates it.
    to_ptr(unsafe { arch::mmap(addr, len, prot, flags, fd, off) })
}

/// POSIX.1-2024 `munmap`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn munmap(addr: *mut c_void, len: size_t) -> c_int {
    // SAFETY: the caller gives up the range.
    ret_int(unsafe { sys!(__NR_munmap, addr, len) })
}

/// Back end of the Linux `mremap` (variadic in C).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_mremap(
    old: *mut c_void,
    oldsz: size_t,
    newsz: size_t,
    flags: c_int,
    new: *mut c_void,
) -> *mut c_void {
    // The fifth argument exists only with MREMAP_FIXED; otherwise the C
    // wrapper read an unpassed slot, which must not reach the kernel as a
    // placement hint (MREMAP_DONTUNMAP uses one).
    let new = if flags as u32 & syscall::nr::MREMAP_FIXED != 0 {
        new
    } else {
        core::ptr::null_mut()
    };
    // SAFETY: the caller's request; the kernel validates it.
    to_ptr(unsafe { sys!(__NR_mremap, old, oldsz, newsz, flags, new) })
}

/// POSIX.1-2024 `mprotect`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mprotect(addr: *mut c_void, len: size_t, prot: c_int) -> c_int {
    // SAFETY: the kernel validates the range.
    ret_int(unsafe { sys!(__NR_mprotect, addr, len, prot) })
}

/// Linux/BSD `madvise`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn madvise(addr: *mut c_void, len: size_t, advice: c_int) -> c_int {
    // SAFETY: the kernel validates the range.
    ret_int(unsafe { sys!(__NR_madvise, addr, len, advice) })
}

/// POSIX.1-2024 `msync`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn msync(addr: *mut c_void, len: size_t, flags: c_int) -> c_int {
    // SAFETY: the kernel validates the range.
    ret_int(unsafe { sys!(__NR_msync, addr, len, flags) })
}
