//! The riscv64 floating-point environment: fcsr, the rounding mode `frm`
//! (bits 5–7) and the flags `fflags` (bits 0–4). `fenv_t` is glibc's, the
//! whole fcsr in an `unsigned int`. The F and D extensions have no trap
//! enables: enabling a trap fails (-1), none is ever enabled, as glibc.
use crate::types::*;
use core::arch::asm;

pub const FE_INEXACT: c_int = 0x01;
pub const FE_UNDERFLOW: c_int = 0x02;
pub const FE_OVERFLOW: c_int = 0x04;
pub const FE_DIVBYZERO: c_int = 0x08;
pub const FE_INVALID: c_int = 0x10;
pub const FE_ALL_EXCEPT: c_int = 0x1f;
pub const FE_TONEAREST: c_int = 0;
pub const FE_TOWARDZERO: c_int = 1;
pub const FE_DOWNWARD: c_int = 2;
pub const FE_UPWARD: c_int = 3;

/// C17 7.6 `fenv_t` (glibc's: fcsr).
pub type fenv_t = c_uint;

/// C17 7.6 `fexcept_t`: the flag bits.
pub type fexcept_t = c_uint;

#[inline]
fn fflags() -> usize {
    let v: usize;
    // SAFETY: reading fflags has no side effects.
    unsafe { asm!("frflags {0}", out(reg) v, options(nomem, nostack)) };
    v
}

#[inline]
fn set_fflags(v: usize) {
    // SAFETY: writing fflags changes only the FP flags.
    unsafe { asm!("fsflags {0}", in(reg) v, options(nomem, nostack)) };
}

pub fn clear(ex: c_int) {
    let ex = (ex & FE_ALL_EXCEPT) as usize;
    // SAFETY: csrc clears bits of fflags only.
    unsafe { asm!("csrc fflags, {0}", in(reg) ex, options(nomem, nostack)) };
}

pub fn test(ex: c_int) -> c_int {
    fflags() as c_int & ex & FE_ALL_EXCEPT
}

pub fn set_flags(flag: fexcept_t, ex: c_int) {
    let ex = (ex & FE_ALL_EXCEPT) as usize;
    set_fflags((fflags() & !ex) | (flag as usize & ex));
}

pub fn raise(ex: c_int) {
    let ex = (ex & FE_ALL_EXCEPT) as usize;
    // SAFETY: csrs sets bits of fflags only.
    unsafe { asm!("csrs fflags, {0}", in(reg) ex, options(nomem, nostack)) };
}

pub fn get_round() -> c_int {
    let v: usize;
    // SAFETY: reading frm has no side effects.
    unsafe { asm!("frrm {0}", out(reg) v, options(nomem, nostack)) };
    v as c_int
}

/// 0, or for a value that is no rounding direction that value (glibc).
pub fn set_round(r: c_int) -> c_int {
    if !(0..=3).contains(&r) {
        return r;
    }
    // SAFETY: writing frm changes only the FP rounding mode.
    unsafe { asm!("fsrm {0}", in(reg) r as usize, options(nomem, nostack)) };
    0
}

pub fn get_env(out: &mut fenv_t) {
    let v: usize;
    // SAFETY: reading fcsr has no side effects.
    unsafe { asm!("frcsr {0}", out(reg) v, options(nomem, nostack)) };
    *out = v as fenv_t;
}

/// Install `e`, or for `None` (`FE_DFL_ENV`) round to nearest, no flags.
pub fn set_env(e: Option<&fenv_t>) {
    let v = e.map_or(0, |e| *e as usize & 0xff);
    // SAFETY: writing fcsr changes only the FP mode and flags.
    unsafe { asm!("fscsr {0}", in(reg) v, options(nomem, nostack)) };
}

pub fn hold(out: &mut fenv_t) {
    get_env(out);
    clear(FE_ALL_EXCEPT);
}

/// No trap enables exist: -1 for any exception, 0 for none.
pub fn enable(ex: c_int) -> c_int {
    if ex & FE_ALL_EXCEPT != 0 { -1 } else { 0 }
}

/// Every trap is already disabled: 0, the empty previous set.
pub fn disable(_ex: c_int) -> c_int {
    0
}

pub fn enabled() -> c_int {
    0
}
