//! `pthread_once`: 0 not run, 1 running, 2 running with waiters, 3 done.
//! An init routine cancelled part-way leaves the object not run.
use super::cancel::{CleanupBuf, pop, push};
use super::{futex_wait, futex_wake, pthread_once_t, view};
use crate::types::*;
use core::sync::atomic::{AtomicU32, Ordering};

const RUNNING: u32 = 1;
const WAITING: u32 = 2;
const DONE: u32 = 3;

/// Run `f` once for `o` (shared by `call_once`); callers that arrive
/// while it runs wait for it to finish.
pub fn once(o: &AtomicU32, f: &dyn Fn()) {
    if o.load(Ordering::Acquire) == DONE {
        return;
    }
    once_slow(o, f)
}

/// The cleanup of a cancelled init routine.
unsafe extern "C" fn reset(arg: *mut c_void) {
    // SAFETY: the once object's word.
    let o = unsafe { AtomicU32::from_ptr(arg.cast()) };
    if o.swap(0, Ordering::Release) == WAITING {
        futex_wake(o, i32::MAX as u32, false);
    }
}

#[cold]
fn once_slow(o: &AtomicU32, f: &dyn Fn()) {
    loop {
        match o.compare_exchange(0, RUNNING, Ordering::Acquire, Ordering::Acquire) {
            Ok(_) => {
                // An init routine that is cancelled leaves the object as
                // if never run (and wakes those waiting to run it).
                let mut cb = CleanupBuf {
                    routine: None,
                    arg: core::ptr::null_mut(),
                    canceltype: 0,
                    prev: core::ptr::null_mut(),
                };
                // SAFETY: the record lives until the pop below; the
                // object outlives the call.
                unsafe { push(&mut cb, Some(reset), o.as_ptr().cast()) };
                f();
                // SAFETY: pushed above, innermost.
                unsafe { pop(&mut cb, false) };
                if o.swap(DONE, Ordering::Release) == WAITING {
                    futex_wake(o, i32::MAX as u32, false);
                }
                return;
            }
            Err(DONE) => return,
            Err(s) => {
                if s == RUNNING
                    && o.compare_exchange(RUNNING, WAITING, Ordering::Relaxed, Ordering::Relaxed)
                        .is_err()
                {
                    continue;
                }
                futex_wait(o, WAITING, None, false);
            }
        }
    }
}

/// POSIX.1-2024 `pthread_once`: `init` runs exactly once per `o`
/// (initialised with `PTHREAD_ONCE_INIT`, 0).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_once(
    o: *mut pthread_once_t,
    init: Option<unsafe extern "C" fn()>,
) -> c_int {
    once(view(o), &|| {
        if let Some(f) = init {
            // SAFETY: the caller's initialisation routine.
            unsafe { f() }
        }
    });
    0
}
