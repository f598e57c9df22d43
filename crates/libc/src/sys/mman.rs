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
    ret_int(unsafe { cp!(__NR_msync, addr, len, flags) })
}

/// POSIX `posix_madvise`: `madvise` for the five POSIX advices, returning
/// the error number instead of setting errno (`POSIX_MADV_DONTNEED` is
/// only advice, never discarding data, as glibc: it does nothing).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn posix_madvise(addr: *mut c_void, len: size_t, advice: c_int) -> c_int {
    if advice == 4 {
        return 0;
    }
    // SAFETY: the kernel checks the range.
    let r = unsafe { sys!(__NR_madvise, addr, len, advice) };
    if r < 0 { -r as c_int } else { 0 }
}

/// POSIX `mlock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mlock(addr: *const c_void, len: size_t) -> c_int {
    // SAFETY: the kernel checks the range.
    ret_int(unsafe { sys!(__NR_mlock, addr, len) })
}

/// Linux `mlock2` (`MLOCK_ONFAULT`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mlock2(addr: *const c_void, len: size_t, flags: c_uint) -> c_int {
    // SAFETY: the kernel checks the range and flags.
    ret_int(unsafe { sys!(__NR_mlock2, addr, len, flags) })
}

/// POSIX `munlock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn munlock(addr: *const c_void, len: size_t) -> c_int {
    // SAFETY: the kernel checks the range.
    ret_int(unsafe { sys!(__NR_munlock, addr, len) })
}

/// POSIX `mlockall` (`MCL_CURRENT MCL_FUTURE MCL_ONFAULT`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn mlockall(flags: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_mlockall, flags) })
}

/// POSIX `munlockall`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn munlockall() -> c_int {
    // SAFETY: no arguments.
    ret_int(unsafe { sys!(__NR_munlockall) })
}

/// BSD/Linux `mincore`: one byte per page, bit 0 set when resident.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mincore(addr: *mut c_void, len: size_t, vec: *mut u8) -> c_int {
    // SAFETY: the kernel checks the range and the vector.
    ret_int(unsafe { sys!(__NR_mincore, addr, len, vec) })
}

/// A POSIX IPC name (shared memory, named semaphores) as the file name
/// under `/dev/shm`: leading slashes dropped; EINVAL for an empty name,
/// `.`, `..` or one with another `/` (as glibc).
pub(crate) fn shm_name(name: &[u8]) -> Result<&[u8], u32> {
    let start = name.iter().position(|&b| b != b'/').unwrap_or(name.len());
    let n = &name[start..];
    if n.is_empty() || n == b"." || n == b".." || n.contains(&b'/') {
        return Err(syscall::errno::EINVAL);
    }
    Ok(n)
}

/// The `/dev/shm` path for a shared-memory name ([`shm_name`]); EINVAL
/// past NAME_MAX too (as glibc).
fn shm_path(name: &[u8]) -> Result<[u8; 9 + 256], u32> {
    let n = shm_name(name)?;
    if n.len() > 255 {
        return Err(syscall::errno::EINVAL);
    }
    let mut p = [0u8; 9 + 256];
    p[..9].copy_from_slice(b"/dev/shm/");
    p[9..9 + n.len()].copy_from_slice(n);
    Ok(p)
}

/// POSIX `shm_open`: opens `/dev/shm/NAME` with `O_NOFOLLOW` and
/// `O_CLOEXEC` added.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn shm_open(name: *const c_char, oflag: c_int, mode: mode_t) -> c_int {
    // SAFETY: name is a C string.
    match shm_path(unsafe { crate::file::mode::cstr(name) }) {
        Err(e) => fail(e),
        // SAFETY: p is a NUL-terminated path.
        Ok(p) => ret_int(unsafe {
            sys!(
                __NR_openat,
                syscall::nr::AT_FDCWD as isize,
                p.as_ptr(),
                (oflag as u32)
                    | syscall::nr::O_NOFOLLOW
                    | syscall::nr::O_CLOEXEC
                    | crate::arch::O_LARGEFILE as u32,
                mode
            )
        }),
    }
}

/// POSIX `shm_unlink` (EACCES, not the kernel's EPERM, for another
/// user's object).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn shm_unlink(name: *const c_char) -> c_int {
    // SAFETY: name is a C string.
    match shm_path(unsafe { crate::file::mode::cstr(name) }) {
        Err(e) => fail(e),
        Ok(p) => {
            // SAFETY: p is a NUL-terminated path.
            let r = unsafe { sys!(__NR_unlinkat, syscall::nr::AT_FDCWD as isize, p.as_ptr(), 0) };
            // Another user's object in sticky /dev/shm: EACCES, as POSIX
            // names it (glibc maps it too).
            ret_int(if r == -(syscall::errno::EPERM as isize) {
                -(syscall::errno::EACCES as isize)
            } else {
                r
            })
        }
    }
}

/// Linux `memfd_create`: an anonymous file in memory (`MFD_CLOEXEC`,
/// `MFD_ALLOW_SEALING`, `MFD_HUGETLB`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memfd_create(name: *const c_char, flags: c_uint) -> c_int {
    // SAFETY: the kernel checks the name.
    ret_int(unsafe { sys!(__NR_memfd_create, name, flags) })
}

/// Linux `remap_file_pages` (deprecated; the kernel emulates it): map the
/// file pages from `pgoff` at `addr` inside a shared mapping; `prot` must
/// be 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn remap_file_pages(
    addr: *mut c_void,
    size: size_t,
    prot: c_int,
    pgoff: size_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the kernel checks the range.
    ret_int(unsafe { sys!(__NR_remap_file_pages, addr, size, prot, pgoff, flags) })
}
