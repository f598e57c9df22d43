//! `<threads.h>`: C11 threads over the pthread primitives, with C11's
//! return codes (`thrd_success`, `thrd_busy`, `thrd_error`, `thrd_nomem`,
//! `thrd_timedout`) mapped from the error numbers as glibc maps them.
use crate::pthread::cond::{
    pthread_cond_broadcast, pthread_cond_destroy, pthread_cond_init, pthread_cond_signal,
    pthread_cond_timedwait, pthread_cond_wait,
};
use crate::pthread::key::{
    pthread_getspecific, pthread_key_create, pthread_key_delete, pthread_setspecific,
};
use crate::pthread::mutex::{
    PTHREAD_MUTEX_NORMAL, PTHREAD_MUTEX_RECURSIVE, pthread_mutex_destroy, pthread_mutex_init,
    pthread_mutex_lock, pthread_mutex_timedlock, pthread_mutex_trylock, pthread_mutex_unlock,
    pthread_mutexattr_init, pthread_mutexattr_settype,
};
use crate::pthread::thread::{pthread_detach, pthread_join};
use crate::pthread::{pthread_mutexattr_t, pthread_t};
use crate::time::timespec;
use crate::types::*;
use syscall::errno::{EBUSY, EINTR, ENOMEM, ETIMEDOUT};

pub const thrd_success: c_int = 0;
pub const thrd_busy: c_int = 1;
pub const thrd_error: c_int = 2;
pub const thrd_nomem: c_int = 3;
pub const thrd_timedout: c_int = 4;
pub const mtx_plain: c_int = 0;
pub const mtx_recursive: c_int = 1;
pub const mtx_timed: c_int = 2;

/// `thrd_t`.
pub type thrd_t = pthread_t;
pub use crate::pthread::{cnd_t, mtx_t};
/// `tss_t`.
pub type tss_t = c_uint;
/// `once_flag` (`ONCE_FLAG_INIT` is `{ 0 }`).
#[repr(C)]
pub struct once_flag {
    pub __data: c_int,
}

fn map(e: c_int) -> c_int {
    match e as u32 {
        0 => thrd_success,
        ENOMEM => thrd_nomem,
        ETIMEDOUT => thrd_timedout,
        EBUSY => thrd_busy,
        _ => thrd_error,
    }
}

/// C11 `thrd_create`: `f(arg)`'s `int` is the thread's result.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn thrd_create(
    t: *mut thrd_t,
    f: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    arg: *mut c_void,
) -> c_int {
    let Some(f) = f else {
        return thrd_error;
    };
    // SAFETY: forwarded.
    map(unsafe { crate::pthread::thread::create(t, core::ptr::null(), f as usize, arg, true) })
}

/// C11 `thrd_join`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn thrd_join(t: thrd_t, res: *mut c_int) -> c_int {
    let mut r: *mut c_void = core::ptr::null_mut();
    // SAFETY: forwarded.
    let e = unsafe { pthread_join(t, &mut r) };
    if e == 0 && !res.is_null() {
        // SAFETY: the caller's result variable.
        unsafe { *res = r as isize as c_int };
    }
    map(e)
}

/// C11 `thrd_detach`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn thrd_detach(t: thrd_t) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_detach(t) })
}

/// C11 `thrd_exit`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn thrd_exit(res: c_int) -> ! {
    crate::pthread::thread::exit_thread(res as isize as *mut c_void)
}

/// C11 `thrd_current`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn thrd_current() -> thrd_t {
    crate::pthread::thread::pthread_self()
}

/// C11 `thrd_equal`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn thrd_equal(a: thrd_t, b: thrd_t) -> c_int {
    (a == b) as c_int
}

/// C11 `thrd_sleep`: 0, -1 when a signal interrupted it (the time left
/// in `rem`), -2 on another error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn thrd_sleep(d: *const timespec, rem: *mut timespec) -> c_int {
    // SAFETY: forwarded (relative sleep on CLOCK_REALTIME, as nanosleep).
    match unsafe { crate::time::clock_nanosleep(0, 0, d, rem) } {
        0 => 0,
        e if e == EINTR as c_int => -1,
        _ => -2,
    }
}

/// C11 `thrd_yield`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn thrd_yield() {
    crate::sched::sched_yield();
}

/// C11 `mtx_init`: `mtx_plain` or `mtx_timed`, optionally `| mtx_recursive`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_init(m: *mut mtx_t, ty: c_int) -> c_int {
    let kind = match ty {
        0 | 2 => PTHREAD_MUTEX_NORMAL,
        1 | 3 => PTHREAD_MUTEX_RECURSIVE,
        _ => return thrd_error,
    };
    let mut a = core::mem::MaybeUninit::<pthread_mutexattr_t>::uninit();
    // SAFETY: our local attribute object, then the caller's mutex.
    unsafe {
        pthread_mutexattr_init(a.as_mut_ptr());
        pthread_mutexattr_settype(a.as_mut_ptr(), kind);
        map(pthread_mutex_init(m.cast(), a.as_ptr()))
    }
}

/// C11 `mtx_lock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_lock(m: *mut mtx_t) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_mutex_lock(m.cast()) })
}

/// C11 `mtx_timedlock`: `thrd_timedout` once `ts` (TIME_UTC) passes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_timedlock(m: *mut mtx_t, ts: *const timespec) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_mutex_timedlock(m.cast(), ts) })
}

/// C11 `mtx_trylock`: `thrd_busy` when held.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_trylock(m: *mut mtx_t) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_mutex_trylock(m.cast()) })
}

/// C11 `mtx_unlock`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_unlock(m: *mut mtx_t) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_mutex_unlock(m.cast()) })
}

/// C11 `mtx_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_destroy(m: *mut mtx_t) {
    // SAFETY: forwarded.
    unsafe { pthread_mutex_destroy(m.cast()) };
}

/// C11 `cnd_init`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_init(c: *mut cnd_t) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_cond_init(c.cast(), core::ptr::null()) })
}

/// C11 `cnd_signal`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_signal(c: *mut cnd_t) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_cond_signal(c.cast()) })
}

/// C11 `cnd_broadcast`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_broadcast(c: *mut cnd_t) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_cond_broadcast(c.cast()) })
}

/// C11 `cnd_wait`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_wait(c: *mut cnd_t, m: *mut mtx_t) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_cond_wait(c.cast(), m.cast()) })
}

/// C11 `cnd_timedwait`: `thrd_timedout` once `ts` (TIME_UTC) passes.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_timedwait(c: *mut cnd_t, m: *mut mtx_t, ts: *const timespec) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_cond_timedwait(c.cast(), m.cast(), ts) })
}

/// C11 `cnd_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_destroy(c: *mut cnd_t) {
    // SAFETY: forwarded.
    unsafe { pthread_cond_destroy(c.cast()) };
}

/// C11 `tss_create`: destructors run at thread exit (`TSS_DTOR_ITERATIONS`
/// rounds).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tss_create(
    k: *mut tss_t,
    dtor: Option<unsafe extern "C" fn(*mut c_void)>,
) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_key_create(k, dtor) })
}

/// C11 `tss_get`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tss_get(k: tss_t) -> *mut c_void {
    // SAFETY: forwarded.
    unsafe { pthread_getspecific(k) }
}

/// C11 `tss_set`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tss_set(k: tss_t, v: *mut c_void) -> c_int {
    // SAFETY: forwarded.
    map(unsafe { pthread_setspecific(k, v) })
}

/// C11 `tss_delete`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn tss_delete(k: tss_t) {
    // SAFETY: forwarded.
    unsafe { pthread_key_delete(k) };
}

/// C11 `call_once`: `f` runs exactly once per flag.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn call_once(flag: *mut once_flag, f: Option<unsafe extern "C" fn()>) {
    crate::pthread::once::once(crate::pthread::view(flag), &|| {
        if let Some(f) = f {
            // SAFETY: the caller's function.
            unsafe { f() }
        }
    });
}
