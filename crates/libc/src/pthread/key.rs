//! Thread-specific data: `pthread_key_create delete getspecific
//! setspecific`. A key is a slot index; each slot has a destructor and a
//! generation that `pthread_key_create` bumps, and a thread's value counts
//! only if stored under the current generation, so a deleted and reused
//! key reads NULL in every thread, as POSIX requires.
use super::thread::{Pthread, self_desc};
use super::{Lock, pthread_key_t};
use crate::types::*;
use core::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use syscall::errno::{EAGAIN, EINVAL};

/// glibc's `PTHREAD_KEYS_MAX`.
pub const PTHREAD_KEYS_MAX: usize = 1024;
/// glibc's `PTHREAD_DESTRUCTOR_ITERATIONS`.
pub const PTHREAD_DESTRUCTOR_ITERATIONS: usize = 4;

/// Per slot: 0 free, 1 in use without a destructor, else the destructor.
static DTOR: [AtomicUsize; PTHREAD_KEYS_MAX] = [const { AtomicUsize::new(0) }; PTHREAD_KEYS_MAX];
/// Per slot: the generation (odd while in use).
static GEN: [AtomicU32; PTHREAD_KEYS_MAX] = [const { AtomicU32::new(0) }; PTHREAD_KEYS_MAX];
static LOCK: Lock = Lock::new();

/// A thread's values: value and the generation it was stored under.
pub struct Tsd {
    val: [*mut c_void; PTHREAD_KEYS_MAX],
    seq: [u32; PTHREAD_KEYS_MAX],
    any: bool,
}

impl Tsd {
    pub const fn new() -> Self {
        Tsd {
            val: [core::ptr::null_mut(); PTHREAD_KEYS_MAX],
            seq: [0; PTHREAD_KEYS_MAX],
            any: false,
        }
    }
}

impl Default for Tsd {
    fn default() -> Self {
        Self::new()
    }
}

type Dtor = unsafe extern "C" fn(*mut c_void);

/// POSIX.1-2024 `pthread_key_create`: EAGAIN when all
/// `PTHREAD_KEYS_MAX` keys are in use.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_key_create(
    key: *mut pthread_key_t,
    dtor: Option<unsafe extern "C" fn(*mut c_void)>,
) -> c_int {
    let d = dtor.map_or(1, |f| f as usize);
    LOCK.lock();
    for (i, slot) in DTOR.iter().enumerate() {
        if slot.load(Ordering::Relaxed) == 0 {
            slot.store(d, Ordering::Release);
            GEN[i].fetch_add(1, Ordering::Release);
            LOCK.unlock();
            // SAFETY: the caller's key variable.
            unsafe { *key = i as pthread_key_t };
            return 0;
        }
    }
    LOCK.unlock();
    EAGAIN as c_int
}

/// POSIX.1-2024 `pthread_key_delete`: no destructor runs; EINVAL for a
/// key not in use.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_key_delete(key: pthread_key_t) -> c_int {
    let k = key as usize;
    if k >= PTHREAD_KEYS_MAX {
        return EINVAL as c_int;
    }
    LOCK.lock();
    let r = if DTOR[k].load(Ordering::Relaxed) == 0 {
        EINVAL as c_int
    } else {
        GEN[k].fetch_add(1, Ordering::Release);
        DTOR[k].store(0, Ordering::Release);
        0
    };
    LOCK.unlock();
    r
}

fn tsd() -> &'static mut Tsd {
    let p: *mut Pthread = self_desc();
    // SAFETY: the calling thread's own descriptor.
    unsafe { &mut (*p).tsd }
}

/// POSIX.1-2024 `pthread_getspecific`: NULL for a key never set in this
/// thread (or deleted since).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getspecific(key: pthread_key_t) -> *mut c_void {
    let k = key as usize;
    if k >= PTHREAD_KEYS_MAX {
        return core::ptr::null_mut();
    }
    let t = tsd();
    if t.seq[k] != GEN[k].load(Ordering::Acquire) {
        return core::ptr::null_mut();
    }
    t.val[k]
}

/// POSIX.1-2024 `pthread_setspecific`: EINVAL for a key not in use.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setspecific(key: pthread_key_t, v: *const c_void) -> c_int {
    let k = key as usize;
    if k >= PTHREAD_KEYS_MAX {
        return EINVAL as c_int;
    }
    let g = GEN[k].load(Ordering::Acquire);
    if g & 1 == 0 {
        return EINVAL as c_int;
    }
    let t = tsd();
    t.seq[k] = g;
    t.val[k] = v as *mut c_void;
    t.any = true;
    0
}

/// Run the calling thread's destructors (thread exit): each non-NULL
/// value whose key has a destructor is cleared and passed to it, in up to
/// `PTHREAD_DESTRUCTOR_ITERATIONS` rounds while values remain.
pub fn run_destructors(t: &mut Tsd) {
    if !t.any {
        return;
    }
    for _ in 0..PTHREAD_DESTRUCTOR_ITERATIONS {
        let mut ran = false;
        for k in 0..PTHREAD_KEYS_MAX {
            let v = t.val[k];
            if v.is_null() || t.seq[k] != GEN[k].load(Ordering::Acquire) {
                continue;
            }
            let d = DTOR[k].load(Ordering::Acquire);
            t.val[k] = core::ptr::null_mut();
            if d > 1 {
                // SAFETY: a destructor the program registered for this key.
                unsafe { core::mem::transmute::<usize, Dtor>(d)(v) };
                ran = true;
            }
        }
        if !ran {
            break;
        }
    }
}
