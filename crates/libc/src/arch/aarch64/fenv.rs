//! The aarch64 floating-point environment: FPCR (rounding mode, trap
//! enables) and FPSR (the cumulative flags). `fenv_t` is glibc's
//! `{ __fpcr, __fpsr }`. Trapping is optional in the architecture; most
//! cores (and qemu) have none, which `enable` detects by reading FPCR back
//! and reports as -1, as glibc does.
use crate::types::*;
use core::arch::asm;

pub const FE_INVALID: c_int = 0x01;
pub const FE_DIVBYZERO: c_int = 0x02;
pub const FE_OVERFLOW: c_int = 0x04;
pub const FE_UNDERFLOW: c_int = 0x08;
pub const FE_INEXACT: c_int = 0x10;
pub const FE_ALL_EXCEPT: c_int = 0x1f;
pub const FE_TONEAREST: c_int = 0;
pub const FE_UPWARD: c_int = 0x40_0000;
pub const FE_DOWNWARD: c_int = 0x80_0000;
pub const FE_TOWARDZERO: c_int = 0xc0_0000;
const RMODE: u64 = 0xc0_0000;
/// The trap-enable bits sit 8 above the flags.
const TRAP_SHIFT: u32 = 8;

/// C17 7.6 `fenv_t` (glibc's layout).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct fenv_t {
    pub __fpcr: c_uint,
    pub __fpsr: c_uint,
}

/// C17 7.6 `fexcept_t`: the flag bits.
pub type fexcept_t = c_uint;

#[inline]
fn fpcr() -> u64 {
    let v: u64;
    // SAFETY: reading FPCR has no side effects.
    unsafe { asm!("mrs {0}, fpcr", out(reg) v, options(nomem, nostack, preserves_flags)) };
    v
}

#[inline]
fn set_fpcr(v: u64) {
    // SAFETY: writing FPCR changes only the FP control state.
    unsafe { asm!("msr fpcr, {0}", in(reg) v, options(nomem, nostack, preserves_flags)) };
}

#[inline]
fn fpsr() -> u64 {
    let v: u64;
    // SAFETY: reading FPSR has no side effects.
    unsafe { asm!("mrs {0}, fpsr", out(reg) v, options(nomem, nostack, preserves_flags)) };
    v
}

#[inline]
fn set_fpsr(v: u64) {
    // SAFETY: writing FPSR changes only the FP status flags.
    unsafe { asm!("msr fpsr, {0}", in(reg) v, options(nomem, nostack, preserves_flags)) };
}

pub fn clear(ex: c_int) {
    set_fpsr(fpsr() & !((ex & FE_ALL_EXCEPT) as u64));
}

pub fn test(ex: c_int) -> c_int {
    fpsr() as c_int & ex & FE_ALL_EXCEPT
}

pub fn set_flags(flag: fexcept_t, ex: c_int) {
    let ex = (ex & FE_ALL_EXCEPT) as u64;
    set_fpsr((fpsr() & !ex) | (flag as u64 & ex));
}

/// Raise `ex`: the flags are set in FPSR directly (exactly those, no
/// FE_INEXACT beside FE_OVERFLOW).
pub fn raise(ex: c_int) {
    set_fpsr(fpsr() | (ex & FE_ALL_EXCEPT) as u64);
}

pub fn get_round() -> c_int {
    (fpcr() & RMODE) as c_int
}

pub fn set_round(r: c_int) -> c_int {
    if r as u64 & !RMODE != 0 || r < 0 {
        return 1;
    }
    set_fpcr((fpcr() & !RMODE) | r as u64);
    0
}

pub fn get_env(out: &mut fenv_t) {
    out.__fpcr = fpcr() as c_uint;
    out.__fpsr = fpsr() as c_uint;
}

/// Install `e`, or for `None` (`FE_DFL_ENV`) round to nearest, no traps,
/// no flush-to-zero / default-NaN / alternative half precision, no flags.
pub fn set_env(e: Option<&fenv_t>) {
    match e {
        None => {
            set_fpcr(fpcr() & !0x07c0_9f00);
            set_fpsr(fpsr() & !0x9f);
        }
        Some(e) => {
            set_fpcr(e.__fpcr as u64);
            set_fpsr(e.__fpsr as u64);
        }
    }
}

pub fn hold(out: &mut fenv_t) {
    get_env(out);
    set_fpcr(fpcr() & !((FE_ALL_EXCEPT as u64) << TRAP_SHIFT));
    clear(FE_ALL_EXCEPT);
}

/// Enable the traps `ex`: the previously enabled set, or -1 when the
/// hardware did not take them (FPCR reads the bits back as zero).
pub fn enable(ex: c_int) -> c_int {
    let want = ((ex & FE_ALL_EXCEPT) as u64) << TRAP_SHIFT;
    let c = fpcr();
    let old = enabled_of(c);
    if want & !c != 0 {
        set_fpcr(c | want);
        if want & !fpcr() != 0 {
            return -1;
        }
    }
    old
}

pub fn disable(ex: c_int) -> c_int {
    let c = fpcr();
    set_fpcr(c & !(((ex & FE_ALL_EXCEPT) as u64) << TRAP_SHIFT));
    enabled_of(c)
}

fn enabled_of(c: u64) -> c_int {
    (c >> TRAP_SHIFT) as c_int & FE_ALL_EXCEPT
}

pub fn enabled() -> c_int {
    enabled_of(fpcr())
}
