//! `<mqueue.h>`: POSIX message queues, the kernel's (`mq_open`'s variadic
//! entry is in `c/variadic.c`). A queue name is `/name`; the kernel is
//! given it without the slash. `mq_notify` is not here yet: its
//! `SIGEV_THREAD` needs threads.
use crate::arch;
use crate::kernel::{fail, ret, ret_int};
use crate::time::{KTimespec, timespec};
use crate::types::*;
use syscall::errno::{EACCES, EINVAL, EPERM};

/// POSIX `mqd_t`.
pub type mqd_t = c_int;

/// POSIX `struct mq_attr` (the kernel's: four longs and four spare).
#[repr(C)]
pub struct mq_attr {
    pub mq_flags: c_long,
    pub mq_maxmsg: c_long,
    pub mq_msgsize: c_long,
    pub mq_curmsgs: c_long,
    pub __pad: [c_long; 4],
}

/// The name without its leading `/`, or EINVAL.
unsafe fn kernel_name(name: *const c_char) -> Result<*const c_char, u32> {
    // SAFETY: name is a C string.
    if unsafe { *name } as u8 != b'/' {
        return Err(EINVAL);
    }
    // SAFETY: the string has at least the slash.
    Ok(unsafe { name.add(1) })
}

/// The body of POSIX `mq_open` (`mode` and `attr` are read by the C entry
/// only with `O_CREAT`).
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_mq_open(
    name: *const c_char,
    oflag: c_int,
    mode: mode_t,
    attr: *const mq_attr,
) -> mqd_t {
    // SAFETY: name is a C string; the kernel checks attr.
    match unsafe { kernel_name(name) } {
        Err(e) => fail(e),
        Ok(n) => ret_int(unsafe { sys!(__NR_mq_open, n, oflag, mode, attr) }),
    }
}

/// POSIX `mq_close`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn mq_close(q: mqd_t) -> c_int {
    // SAFETY: plain value.
    ret_int(unsafe { sys!(__NR_close, q) })
}

/// POSIX `mq_unlink` (EACCES where the kernel says EPERM, as glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mq_unlink(name: *const c_char) -> c_int {
    // SAFETY: name is a C string.
    match unsafe { kernel_name(name) } {
        Err(e) => fail(e),
        Ok(n) => {
            // SAFETY: n is a C string.
            let r = unsafe { sys!(__NR_mq_unlink, n) };
            ret_int(if r == -(EPERM as isize) {
                -(EACCES as isize)
            } else {
                r
            })
        }
    }
}

/// POSIX `mq_timedsend`: blocks at most until the absolute CLOCK_REALTIME
/// time `at` (null: no limit).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mq_timedsend(
    q: mqd_t,
    msg: *const c_char,
    len: size_t,
    prio: c_uint,
    at: *const timespec,
) -> c_int {
    let mut k = KTimespec::default();
    // SAFETY: at is null or a readable timespec; the kernel checks msg.
    ret_int(unsafe {
        let t = KTimespec::input(at, &mut k);
        syscall::syscall5(
            arch::NR_MQ_TIMEDSEND,
            q as usize,
            msg as usize,
            len,
            prio as usize,
            t,
        )
    })
}

/// POSIX `mq_send`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mq_send(q: mqd_t, msg: *const c_char, len: size_t, prio: c_uint) -> c_int {
    // SAFETY: as mq_timedsend, no time limit.
    unsafe { mq_timedsend(q, msg, len, prio, core::ptr::null()) }
}

/// POSIX `mq_timedreceive`: the oldest message of the highest priority
/// into `msg` (EMSGSIZE if `len` is below the queue's message size).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mq_timedreceive(
    q: mqd_t,
    msg: *mut c_char,
    len: size_t,
    prio: *mut c_uint,
    at: *const timespec,
) -> ssize_t {
    let mut k = KTimespec::default();
    // SAFETY: at is null or a readable timespec; the kernel checks msg
    // and prio.
    ret(unsafe {
        let t = KTimespec::input(at, &mut k);
        syscall::syscall5(
            arch::NR_MQ_TIMEDRECEIVE,
            q as usize,
            msg as usize,
            len,
            prio as usize,
            t,
        )
    })
}

/// POSIX `mq_receive`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mq_receive(
    q: mqd_t,
    msg: *mut c_char,
    len: size_t,
    prio: *mut c_uint,
) -> ssize_t {
    // SAFETY: as mq_timedreceive, no time limit.
    unsafe { mq_timedreceive(q, msg, len, prio, core::ptr::null()) }
}

/// POSIX `mq_setattr`: only `O_NONBLOCK` of `mq_flags` can change; the
/// old attributes into `old` when it is not null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mq_setattr(q: mqd_t, new: *const mq_attr, old: *mut mq_attr) -> c_int {
    // SAFETY: the kernel checks both pointers.
    ret_int(unsafe { sys!(__NR_mq_getsetattr, q, new, old) })
}

/// POSIX `mq_getattr`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mq_getattr(q: mqd_t, attr: *mut mq_attr) -> c_int {
    // SAFETY: the kernel checks the pointer.
    ret_int(unsafe { sys!(__NR_mq_getsetattr, q, core::ptr::null::<mq_attr>(), attr) })
}
