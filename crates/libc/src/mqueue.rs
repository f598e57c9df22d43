//! `<mqueue.h>`: POSIX message queues, the kernel's (`mq_open`'s variadic
//! entry is in `c/variadic.c`). A queue name is `/name`; the kernel is
//! given it without the slash.
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
        crate::kernel::cp6(
            arch::NR_MQ_TIMEDSEND,
            q as usize,
            msg as usize,
            len,
            prio as usize,
            t,
            0,
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
        crate::kernel::cp6(
            arch::NR_MQ_TIMEDRECEIVE,
            q as usize,
            msg as usize,
            len,
            prio as usize,
            t,
            0,
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

use crate::time::sigevent;

const SIGEV_THREAD: c_int = 2;
/// The kernel's notification cookie: 32 bytes, the last one saying why.
const COOKIE: usize = 32;
const NOTIFY_WOKENUP: u8 = 1;

/// What a `SIGEV_THREAD` notification thread needs.
#[repr(C)]
struct Notify {
    func: unsafe extern "C" fn(usize),
    value: usize,
    fd: c_int,
    cookie: [u8; COOKIE],
}

/// The notification thread: waits on the netlink socket for the kernel's
/// one message; if it says the queue got a message (not that the
/// registration was removed), calls the program's function.
unsafe extern "C" fn notify_thread(arg: *mut c_void) -> *mut c_void {
    let n = arg as *mut Notify;
    let mut buf = [0u8; COOKIE];
    // SAFETY: n is ours (made in mq_notify), freed here once.
    unsafe {
        let r = loop {
            let r = sys!(
                __NR_recvfrom,
                (*n).fd,
                buf.as_mut_ptr(),
                COOKIE,
                0x40000100, /* MSG_NOSIGNAL | MSG_WAITALL */
                0,
                0
            );
            if r != -(syscall::errno::EINTR as isize) {
                break r;
            }
        };
        sys!(__NR_close, (*n).fd);
        let (func, value) = ((*n).func, (*n).value);
        crate::heap::free(n as *mut c_void);
        if r == COOKIE as isize && buf[COOKIE - 1] == NOTIFY_WOKENUP {
            func(value);
        }
    }
    core::ptr::null_mut()
}

/// POSIX `mq_notify`: ask to be told once when a message arrives on an
/// empty queue (`SIGEV_SIGNAL`, `SIGEV_NONE`, or `SIGEV_THREAD`: the
/// function then runs in a new thread, made with the given attributes);
/// null unregisters. `SIGEV_THREAD` goes through the kernel's own
/// mechanism: a netlink socket the kernel writes a cookie to, watched by
/// the new thread.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mq_notify(q: mqd_t, sev: *const sigevent) -> c_int {
    // SAFETY: sev is null or the caller's readable sigevent.
    unsafe {
        if sev.is_null() || (*sev).sigev_notify != SIGEV_THREAD {
            return ret_int(sys!(__NR_mq_notify, q, sev));
        }
        let Some(func) = (*sev).sigev_notify_function else {
            return fail(EINVAL);
        };
        // AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE.
        let fd = sys!(__NR_socket, 16, 3 | syscall::nr::O_CLOEXEC, 0);
        if fd < 0 {
            return ret_int(fd);
        }
        let n = crate::heap::calloc(1, core::mem::size_of::<Notify>()) as *mut Notify;
        if n.is_null() {
            sys!(__NR_close, fd);
            return fail(syscall::errno::ENOMEM);
        }
        n.write(Notify {
            func,
            value: (*sev).sigev_value,
            fd: fd as c_int,
            cookie: [0; COOKIE],
        });
        let mut k: sigevent = core::mem::zeroed();
        k.sigev_notify = SIGEV_THREAD;
        k.sigev_signo = fd as c_int;
        k.sigev_value = (&raw mut (*n).cookie) as usize;
        let r = sys!(__NR_mq_notify, q, &raw const k);
        if r < 0 {
            sys!(__NR_close, fd);
            crate::heap::free(n as *mut c_void);
            return ret_int(r);
        }
        let mut t: crate::pthread::pthread_t = 0;
        let e = crate::pthread::thread::pthread_create(
            &mut t,
            (*sev).sigev_notify_attributes,
            Some(notify_thread),
            n as *mut c_void,
        );
        if e != 0 {
            sys!(__NR_mq_notify, q, core::ptr::null::<sigevent>());
            sys!(__NR_close, fd);
            crate::heap::free(n as *mut c_void);
            return fail(e as u32);
        }
        crate::pthread::thread::pthread_detach(t);
        0
    }
}
