//! `<setjmp.h>`: non-local jumps. The functions are per-arch assembly
//! (`arch/<arch>/setjmp.rs`): `setjmp _setjmp sigsetjmp __sigsetjmp`
//! (C17 / POSIX.1-2024) save the callee-saved integer and FP registers,
//! the stack pointer and the return address; `longjmp _longjmp
//! siglongjmp`, one function, put them back, calling [`longjmp_mask`]
//! first when a mask was saved.
//! `jmp_buf` and `sigjmp_buf` are one type with glibc's size and layout
//! per arch: the registers, then a "mask saved" flag and a `sigset_t`.
//!
//! As in glibc, `setjmp` and `_setjmp` never save the signal mask
//! (glibc's header maps `setjmp` to `_setjmp`), `sigsetjmp(env, 1)`
//! does, and `longjmp`, `_longjmp` and `siglongjmp` are one function that
//! restores the mask exactly when it was saved. The saved stack and
//! return addresses are stored plain (glibc mangles them with a per-process
//! guard).
use crate::arch;
use crate::signal::{kprocmask, sigset_t};
use crate::types::*;
use syscall::nr::SIG_SETMASK;

#[repr(C)]
pub struct jmp_buf {
    regs: [usize; arch::JMP_REGS],
    mask_saved: c_int,
    saved_mask: sigset_t,
}
/// Where the "mask saved" flag lives (the assembly clears it).
pub const MASK_SAVED: usize = core::mem::offset_of!(jmp_buf, mask_saved);
const _: () = assert!(core::mem::size_of::<jmp_buf>() == arch::JMP_BUF_SIZE);

/// The second half of `sigsetjmp(env, save)`, entered by a tail jump once
/// the registers are saved: records the mask when asked; returns 0 to
/// `sigsetjmp`'s caller.
#[cfg_attr(test, allow(dead_code))]
pub(crate) unsafe extern "C" fn sigjmp_save(env: *mut jmp_buf, save: c_int) -> c_int {
    // SAFETY: the caller's buffer.
    let env = unsafe { &mut *env };
    env.mask_saved = 0;
    if save != 0 {
        let mut cur = 0u64;
        // SAFETY: a query into our local.
        if unsafe { kprocmask(SIG_SETMASK as c_int, core::ptr::null(), &mut cur) } == 0 {
            env.saved_mask = sigset_t::from_bits(cur);
            env.mask_saved = 1;
        }
    }
    0
}

/// The slow half of `longjmp`/`_longjmp`/`siglongjmp` (the assembly
/// calls it only when `sigsetjmp` saved a mask): put that mask back.
#[cfg_attr(test, allow(dead_code))]
pub(crate) unsafe extern "C" fn longjmp_mask(env: *const jmp_buf) {
    // SAFETY: the caller's buffer, filled by sigsetjmp.
    let m = unsafe { crate::signal::set::bits(&(*env).saved_mask) };
    // SAFETY: our local.
    unsafe { kprocmask(SIG_SETMASK as c_int, &m, core::ptr::null_mut()) };
}
