//! `<sys/random.h>`: `getrandom` (through the vDSO's `vgetrandom` where the
//! kernel offers it, Linux 6.11+ on x86_64).
//!
//! `vgetrandom` needs an opaque state per thread, allocated with the
//! protection and flags the vDSO asks for (it is dropped by the kernel under
//! memory pressure and wiped on fork, so it never leaks key material). The
//! state's address lives in the thread's `libc_slot[0]`; a failed
//! allocation leaves the thread on the system call.
use crate::kernel::ret;
use crate::types::*;
use core::sync::atomic::{AtomicU32, Ordering};
use rt::vdso::{Sym, TABLE};
use syscall::nr::vgetrandom_opaque_params;

type VgetrandomFn = unsafe extern "C" fn(*mut c_void, size_t, c_uint, *mut c_void, size_t) -> isize;

/// (size of one state, mmap prot, mmap flags) once asked; size 0 = not yet.
static STATE_SIZE: AtomicU32 = AtomicU32::new(0);
static STATE_PROT: AtomicU32 = AtomicU32::new(0);
static STATE_FLAGS: AtomicU32 = AtomicU32::new(0);
const NO_STATE: usize = usize::MAX;
const GRND_RANDOM: c_uint = syscall::nr::GRND_RANDOM as c_uint;

fn vgetrandom() -> Option<VgetrandomFn> {
    match TABLE.get(Sym::Getrandom) {
        0 => None,
        // SAFETY: the vDSO's vgetrandom entry.
        f => Some(unsafe { core::mem::transmute::<usize, VgetrandomFn>(f) }),
    }
}

/// This thread's state, allocating it on first use.
fn state(f: VgetrandomFn) -> Option<(*mut c_void, usize)> {
    if STATE_SIZE.load(Ordering::Relaxed) == 0 {
        // SAFETY: zeroed plain-data struct.
        let mut p: vgetrandom_opaque_params = unsafe { core::mem::zeroed() };
        // SAFETY: the documented query: NULL buffer, len 0, params, ~0 size.
        let r = unsafe {
            f(
                core::ptr::null_mut(),
                0,
                0,
                &raw mut p as *mut c_void,
                usize::MAX,
            )
        };
        if r != 0 || p.size_of_opaque_state == 0 {
            return None;
        }
        STATE_PROT.store(p.mmap_prot, Ordering::Relaxed);
        STATE_FLAGS.store(p.mmap_flags, Ordering::Relaxed);
        STATE_SIZE.store(p.size_of_opaque_state, Ordering::Release);
    }
    let size = STATE_SIZE.load(Ordering::Acquire) as usize;
    let th = rt::tls::current();
    // SAFETY: the calling thread's own state block.
    let slot = unsafe { &mut (*th).libc_slot[0] };
    if *slot == 0 {
        let len = size.next_multiple_of(crate::sys::auxv::page_size());
        // SAFETY: an anonymous mapping with the vDSO's prot and flags.
        let m = unsafe {
            crate::arch::mmap(
                core::ptr::null_mut(),
                len,
                STATE_PROT.load(Ordering::Relaxed) as c_int,
                STATE_FLAGS.load(Ordering::Relaxed) as c_int,
                -1,
                0,
            )
        };
        *slot = match syscall::decode(m) {
            Ok(p) => p,
            Err(_) => NO_STATE,
        };
    }
    if *slot == NO_STATE {
        None
    } else {
        Some((*slot as *mut c_void, size))
    }
}

/// Thread exit: unmap the calling thread's state, if it has one.
pub fn release_thread_state() {
    let th = rt::tls::current();
    // SAFETY: the calling thread's own slot.
    let slot = unsafe { &mut (*th).libc_slot[0] };
    if *slot != 0 && *slot != NO_STATE {
        let len = (STATE_SIZE.load(Ordering::Acquire) as usize)
            .next_multiple_of(crate::sys::auxv::page_size());
        // SAFETY: the mapping `state` made for this thread, unused hereafter.
        unsafe { sys!(__NR_munmap, *slot, len) };
    }
    *slot = 0;
}

/// `getrandom` as the kernel answers: the count, or a negative errno
/// (nothing stored in `errno`), for the libc's own callers
/// (`arc4random`).
///
/// # Safety
/// `buf` has room for `len` bytes.
#[inline]
pub unsafe fn getrandom_raw(buf: *mut c_void, len: size_t, flags: c_uint) -> isize {
    if flags & GRND_RANDOM == 0
        && let Some(f) = vgetrandom()
        && let Some((st, size)) = state(f)
    {
        // SAFETY: our thread's state of the size the vDSO asked for; the
        // vDSO falls back to the system call itself when it must.
        return unsafe { f(buf, len, flags, st, size) };
    }
    // SAFETY: the kernel checks the buffer.
    unsafe { sys!(__NR_getrandom, buf, len, flags) }
}

/// Linux `getrandom`: up to `len` random bytes (flags `GRND_NONBLOCK`,
/// `GRND_RANDOM`, `GRND_INSECURE`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getrandom(buf: *mut c_void, len: size_t, flags: c_uint) -> ssize_t {
    // SAFETY: forwarded.
    ret(unsafe { getrandom_raw(buf, len, flags) })
}
