//! `<sys/epoll.h>`: the Linux event poll (Linux extension). Every arch
//! goes through the calls the generic table has (aarch64 and riscv64 have
//! no `epoll_create` or `epoll_wait`): `epoll_create` is `epoll_create1(0)`
//! after its size check, `epoll_wait` is `epoll_pwait` with no mask.
//! `struct epoll_event` is the arch's (`arch::epoll_event`): packed on
//! x86_64, natural elsewhere.
use crate::kernel::{fail, ret_int};
use crate::signal::sigset_t;
use crate::time::{KTimespec, timespec};
use crate::types::*;
use syscall::errno::{EINVAL, ENOSYS};

pub use crate::arch::epoll_event;

/// Linux `epoll_data_t`: the caller's word, handed back with each event.
#[repr(C)]
#[derive(Clone, Copy)]
pub union epoll_data {
    pub ptr: *mut c_void,
    pub fd: c_int,
    pub u32: u32,
    pub u64: u64,
}

// The kernel's layout, per arch.
const _: () = assert!(
    core::mem::size_of::<epoll_event>() == core::mem::size_of::<syscall::nr::epoll_event>()
        && core::mem::offset_of!(epoll_event, data)
            == core::mem::offset_of!(syscall::nr::epoll_event, data)
);

/// The kernel's signal set size (`_NSIG / 8`: 64 signals).
const KSIGSET: usize = 8;

/// Linux `epoll_create`: `size` is only checked (it must be positive).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn epoll_create(size: c_int) -> c_int {
    if size <= 0 {
        return fail(EINVAL);
    }
    // SAFETY: plain value.
    unsafe { epoll_create1(0) }
}

/// Linux `epoll_create1` (`EPOLL_CLOEXEC`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn epoll_create1(flags: c_int) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_epoll_create1, flags) })
}

/// Linux `epoll_ctl`: add, change or remove `fd` in the interest list.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn epoll_ctl(
    epfd: c_int,
    op: c_int,
    fd: c_int,
    ev: *mut epoll_event,
) -> c_int {
    // SAFETY: the kernel checks the event pointer.
    ret_int(unsafe { sys!(__NR_epoll_ctl, epfd, op, fd, ev) })
}

/// Linux `epoll_wait`: up to `max` ready events, waiting `timeout` ms
/// (-1: forever).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn epoll_wait(
    epfd: c_int,
    evs: *mut epoll_event,
    max: c_int,
    timeout: c_int,
) -> c_int {
    // SAFETY: the kernel checks the array; no mask.
    unsafe { epoll_pwait(epfd, evs, max, timeout, core::ptr::null()) }
}

/// Linux `epoll_pwait`: `epoll_wait` with `mask` (if not NULL) as the
/// signal mask while waiting.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn epoll_pwait(
    epfd: c_int,
    evs: *mut epoll_event,
    max: c_int,
    timeout: c_int,
    mask: *const sigset_t,
) -> c_int {
    // SAFETY: the kernel checks the array and the mask.
    ret_int(unsafe { cp!(__NR_epoll_pwait, epfd, evs, max, timeout, mask, KSIGSET) })
}

/// Linux `epoll_pwait2`: `epoll_pwait` with a timespec timeout (NULL:
/// forever). Where the kernel (or qemu-user) lacks the call, the timeout
/// is rounded up to milliseconds for `epoll_pwait`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn epoll_pwait2(
    epfd: c_int,
    evs: *mut epoll_event,
    max: c_int,
    timeout: *const timespec,
    mask: *const sigset_t,
) -> c_int {
    let mut tmp = KTimespec::default();
    // SAFETY: the caller passes null or a readable timespec.
    let tp = unsafe { KTimespec::input(timeout, &mut tmp) };
    // SAFETY: the kernel checks the array, the timespec and the mask.
    let r = unsafe { cp!(__NR_epoll_pwait2, epfd, evs, max, tp, mask, KSIGSET) };
    if r != -(ENOSYS as isize) {
        return ret_int(r);
    }
    let ms = if timeout.is_null() {
        -1
    } else {
        // SAFETY: readable, per the caller.
        let t = unsafe { &*timeout };
        if t.tv_sec < 0 || !(0..1_000_000_000).contains(&(t.tv_nsec as i64)) {
            return fail(EINVAL);
        }
        let up = (t.tv_nsec as i64 + 999_999) / 1_000_000;
        if t.tv_sec >= (c_int::MAX / 1000) as i64 {
            c_int::MAX
        } else {
            (t.tv_sec * 1000 + up) as c_int
        }
    };
    // SAFETY: as above.
    unsafe { epoll_pwait(epfd, evs, max, ms, mask) }
}
