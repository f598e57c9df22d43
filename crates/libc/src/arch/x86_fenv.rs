//! The x86 floating-point environment (x86_64 and i386): the x87 unit's
//! control and status words and SSE's MXCSR, kept in step. C code may
//! compute in either unit (i386 gcc uses the x87 for `double`, the Rust
//! code and x86_64 gcc use SSE), so every setting goes to both and every
//! flag query reads both, as glibc does. `fenv_t` is glibc's: the 28-byte
//! x87 `fnstenv` image, then MXCSR on x86_64; i386 glibc keeps MXCSR in
//! the image's `__eip` slot, and so does this.
use crate::types::*;
use core::arch::asm;
use core::ffi::c_ushort;
use core::hint::black_box;

pub const FE_INVALID: c_int = 0x01;
pub const FE_DIVBYZERO: c_int = 0x04;
pub const FE_OVERFLOW: c_int = 0x08;
pub const FE_UNDERFLOW: c_int = 0x10;
pub const FE_INEXACT: c_int = 0x20;
pub const FE_ALL_EXCEPT: c_int = 0x3d;
pub const FE_TONEAREST: c_int = 0;
pub const FE_DOWNWARD: c_int = 0x400;
pub const FE_UPWARD: c_int = 0x800;
pub const FE_TOWARDZERO: c_int = 0xc00;
const RC: u16 = 0xc00;
/// The x87 exception bits with the denormal-operand one (0x02).
const X87_ALL: u16 = 0x3f;

/// C17 7.6 `fenv_t` (glibc's layout; its 11-bit `__opcode` bit-field and
/// 5 reserved bits are one `unsigned short` here and in the header).
#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct fenv_t {
    pub __control_word: c_ushort,
    pub __glibc_reserved1: c_ushort,
    pub __status_word: c_ushort,
    pub __glibc_reserved2: c_ushort,
    pub __tags: c_ushort,
    pub __glibc_reserved3: c_ushort,
    pub __eip: c_uint,
    pub __cs_selector: c_ushort,
    pub __opcode: c_ushort,
    pub __data_offset: c_uint,
    pub __data_selector: c_ushort,
    pub __glibc_reserved5: c_ushort,
    #[cfg(target_arch = "x86_64")]
    pub __mxcsr: c_uint,
}

/// C17 7.6 `fexcept_t`: the flag bits.
pub type fexcept_t = c_ushort;

/// The x87 environment (fnstenv masks every x87 exception as a side
/// effect, so the image is loaded straight back, as glibc does).
#[inline]
fn x87_env() -> fenv_t {
    let mut e = fenv_t::default();
    // SAFETY: fnstenv writes the 28-byte image into `e` (at least 28 bytes);
    // fldenv reloads the same image.
    unsafe { asm!("fnstenv [{0}]", "fldenv [{0}]", in(reg) &mut e, options(nostack)) };
    e
}

#[inline]
fn x87_load(e: &fenv_t) {
    // SAFETY: fldenv reads a 28-byte image from `e`.
    unsafe { asm!("fldenv [{0}]", in(reg) e, options(nostack, readonly)) };
}

#[inline]
fn cw() -> u16 {
    let mut c: u16 = 0;
    // SAFETY: fnstcw stores 2 bytes into `c`.
    unsafe { asm!("fnstcw [{0}]", in(reg) &mut c, options(nostack)) };
    c
}

#[inline]
fn set_cw(c: u16) {
    // SAFETY: fldcw loads 2 bytes from `c`.
    unsafe { asm!("fldcw [{0}]", in(reg) &c, options(nostack, readonly)) };
}

#[inline]
fn sw() -> u16 {
    let s: u16;
    // SAFETY: fnstsw ax reads the status word into a register.
    unsafe { asm!("fnstsw ax", out("ax") s, options(nomem, nostack)) };
    s
}

#[inline]
fn mxcsr() -> u32 {
    let mut m: u32 = 0;
    // SAFETY: stmxcsr stores 4 bytes into `m`.
    unsafe { asm!("stmxcsr [{0}]", in(reg) &mut m, options(nostack)) };
    m
}

#[inline]
fn set_mxcsr(m: u32) {
    // SAFETY: ldmxcsr loads 4 bytes from `m`; callers keep reserved bits 0.
    unsafe { asm!("ldmxcsr [{0}]", in(reg) &m, options(nostack, readonly)) };
}

/// Where the image keeps MXCSR.
#[inline]
fn env_mxcsr(e: &mut fenv_t) -> &mut c_uint {
    #[cfg(target_arch = "x86_64")]
    {
        &mut e.__mxcsr
    }
    #[cfg(target_arch = "x86")]
    {
        &mut e.__eip
    }
}

pub fn clear(ex: c_int) {
    let ex = (ex & FE_ALL_EXCEPT) as u16;
    let mut e = x87_env();
    e.__status_word &= !ex;
    x87_load(&e);
    set_mxcsr(mxcsr() & !(ex as u32));
}

pub fn test(ex: c_int) -> c_int {
    ((sw() as u32 | mxcsr()) as c_int) & ex & FE_ALL_EXCEPT
}

/// Set the flags `ex` to their values in `flag`, raising nothing (the
/// x87 copies are cleared, the SSE copies set: `test` reads both).
pub fn set_flags(flag: fexcept_t, ex: c_int) {
    let ex = (ex & FE_ALL_EXCEPT) as u16;
    let mut e = x87_env();
    e.__status_word &= !ex;
    x87_load(&e);
    let m = mxcsr();
    set_mxcsr((m & !(ex as u32)) | (flag & ex) as u32);
}

/// Raise the exceptions in `ex` one at a time, so enabled traps fire:
/// invalid and divide-by-zero by SSE operations, the others by setting
/// the x87 status bit and waiting (`fwait` delivers an unmasked one).
pub fn raise(ex: c_int) {
    if ex & FE_INVALID != 0 {
        black_box(black_box(0.0f64) / black_box(0.0f64));
    }
    if ex & FE_DIVBYZERO != 0 {
        black_box(black_box(1.0f64) / black_box(0.0f64));
    }
    for bit in [FE_OVERFLOW, FE_UNDERFLOW, FE_INEXACT] {
        if ex & bit != 0 {
            let mut e = x87_env();
            e.__status_word |= bit as u16;
            x87_load(&e);
            // SAFETY: fwait only delivers a pending x87 exception.
            unsafe { asm!("fwait", options(nomem, nostack)) };
        }
    }
}

pub fn get_round() -> c_int {
    (cw() & RC) as c_int
}

/// 0, or nonzero for a value that is no rounding direction (glibc: 1).
pub fn set_round(r: c_int) -> c_int {
    if r & !(RC as c_int) != 0 {
        return 1;
    }
    set_cw((cw() & !RC) | r as u16);
    set_mxcsr((mxcsr() & !0x6000) | ((r as u32) << 3));
    0
}

pub fn get_env(out: &mut fenv_t) {
    *out = x87_env();
    *env_mxcsr(out) = mxcsr();
}

/// Install `e`, or the default environment for `None` (`FE_DFL_ENV`):
/// every exception masked, no flags, round to nearest, the x87 at
/// extended precision, MXCSR 0x1f80.
pub fn set_env(e: Option<&fenv_t>) {
    let mut t = x87_env();
    let keep = !(X87_ALL | RC);
    match e {
        None => {
            t.__control_word = (t.__control_word & !(X87_ALL | RC | 0x300)) | X87_ALL | 0x300;
            t.__status_word &= !X87_ALL;
            x87_load(&t);
            set_mxcsr(0x1f80);
        }
        Some(e) => {
            t.__control_word = (t.__control_word & keep) | (e.__control_word & (X87_ALL | RC));
            t.__status_word = (t.__status_word & keep) | (e.__status_word & X87_ALL);
            x87_load(&t);
            let mut c = *e;
            set_mxcsr(*env_mxcsr(&mut c) & 0xffff);
        }
    }
}

/// Save the environment into `out`, clear the flags and mask every trap.
pub fn hold(out: &mut fenv_t) {
    get_env(out);
    let mut t = *out;
    t.__control_word |= X87_ALL;
    t.__status_word &= !X87_ALL;
    x87_load(&t);
    set_mxcsr((mxcsr() | 0x1f80) & !0x3f);
}

/// Unmask the traps `ex`; the previously enabled set.
pub fn enable(ex: c_int) -> c_int {
    let ex = ex & FE_ALL_EXCEPT;
    let c = cw();
    let old = !(c as c_int) & FE_ALL_EXCEPT;
    set_cw(c & !(ex as u16));
    set_mxcsr(mxcsr() & !((ex as u32) << 7));
    old
}

/// Mask the traps `ex`; the previously enabled set.
pub fn disable(ex: c_int) -> c_int {
    let ex = ex & FE_ALL_EXCEPT;
    let c = cw();
    let old = !(c as c_int) & FE_ALL_EXCEPT;
    set_cw(c | ex as u16);
    set_mxcsr(mxcsr() | ((ex as u32) << 7));
    old
}

pub fn enabled() -> c_int {
    !(cw() as c_int) & FE_ALL_EXCEPT
}
