//! i386 file-system calls with 64-bit offsets: each 64-bit argument goes
//! as two registers, low word first (the kernel's `compat_arg_u64` order,
//! with no register-pair alignment on x86).
use crate::types::*;

/// The kernel's `struct flock64`, which is ours (`off_t` is 64-bit), and
/// the `*64` lock commands that take it.
pub use syscall::nr::flock64 as KFlock;
pub const F_GETLK: c_int = syscall::nr::F_GETLK64 as c_int;
pub const F_SETLK: c_int = syscall::nr::F_SETLK64 as c_int;
pub const F_SETLKW: c_int = syscall::nr::F_SETLKW64 as c_int;
const _: () = assert!(core::mem::size_of::<KFlock>() == 24);

/// The low and the high word of a 64-bit value.
#[inline]
fn lo_hi(v: off_t) -> (u32, u32) {
    (v as u32, (v as u64 >> 32) as u32)
}

#[inline]
pub unsafe fn fallocate(fd: c_int, mode: c_int, off: off_t, len: off_t) -> isize {
    let (ol, oh) = lo_hi(off);
    let (ll, lh) = lo_hi(len);
    // SAFETY: plain values.
    unsafe { sys!(__NR_fallocate, fd, mode, ol, oh, ll, lh) }
}

/// `fadvise64_64`: both offset and length 64-bit (`fadvise64` has a
/// 32-bit length).
#[inline]
pub unsafe fn fadvise(fd: c_int, off: off_t, len: off_t, advice: c_int) -> isize {
    let (ol, oh) = lo_hi(off);
    let (ll, lh) = lo_hi(len);
    // SAFETY: plain values.
    unsafe { sys!(__NR_fadvise64_64, fd, ol, oh, ll, lh, advice) }
}

#[inline]
pub unsafe fn readahead(fd: c_int, off: off_t, count: size_t) -> isize {
    let (ol, oh) = lo_hi(off);
    // SAFETY: plain values.
    unsafe { sys!(__NR_readahead, fd, ol, oh, count) }
}

#[inline]
pub unsafe fn sync_file_range(fd: c_int, off: off_t, n: off_t, flags: c_uint) -> isize {
    let (ol, oh) = lo_hi(off);
    let (nl, nh) = lo_hi(n);
    // SAFETY: plain values.
    unsafe { sys!(__NR_sync_file_range, fd, ol, oh, nl, nh, flags) }
}

/// `sendfile64`: the plain `sendfile` takes a 32-bit offset.
pub const NR_SENDFILE: usize = syscall::nr::__NR_sendfile64 as usize;
/// The fs-id calls with 32-bit ids (the plain ones take 16-bit ids).
pub const NR_SETFSUID: usize = syscall::nr::__NR_setfsuid32 as usize;
pub const NR_SETFSGID: usize = syscall::nr::__NR_setfsgid32 as usize;
