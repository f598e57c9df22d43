//! `pthread_once`: 0 not run, 1 running, 2 running with waiters, 3 done.
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

#[cold]
fn once_slow(o: &AtomicU32, f: &dyn Fn()) {
    loop {
        match o.compare_exchange(0, RUNNING, Ordering::Acquire, Ordering::Acquire) {
            Ok(_) => {
                f();
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
