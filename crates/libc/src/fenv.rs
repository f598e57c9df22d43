//! `<fenv.h>`: C17 7.6 floating-point environment, and glibc's trap
//! controls. The faces here check arguments and `FE_DFL_ENV`; the
//! register work is per arch (`arch::fenv`: x87 + SSE, FPCR/FPSR, fcsr).
use crate::arch::fenv as a;
/// The arch's exception bits and rounding directions (the values of
/// the header's `FE_` macros).
pub use crate::arch::fenv::{
    FE_ALL_EXCEPT, FE_DIVBYZERO, FE_DOWNWARD, FE_INEXACT, FE_INVALID, FE_OVERFLOW, FE_TONEAREST,
    FE_TOWARDZERO, FE_UNDERFLOW, FE_UPWARD, fenv_t, fexcept_t,
};
use crate::types::*;

/// `FE_DFL_ENV` is `(const fenv_t *) -1` on every arch (glibc).
fn env_arg(e: *const fenv_t) -> Option<*const fenv_t> {
    if e as isize == -1 { None } else { Some(e) }
}

/// C17 7.6.2.1 `feclearexcept`: clear the flags in `excepts`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn feclearexcept(excepts: c_int) -> c_int {
    a::clear(excepts);
    0
}

/// C17 7.6.2.2 `fegetexceptflag`: store the state of the flags `excepts`.
///
/// # Safety
/// `flagp` must be valid for a `fexcept_t` write.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fegetexceptflag(flagp: *mut fexcept_t, excepts: c_int) -> c_int {
    // SAFETY: the caller passes a writable fexcept_t.
    unsafe { *flagp = a::test(excepts) as fexcept_t };
    0
}

/// C17 7.6.2.3 `feraiseexcept`: raise the exceptions in `excepts` (an
/// enabled trap is delivered where the arch has traps).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn feraiseexcept(excepts: c_int) -> c_int {
    a::raise(excepts & a::FE_ALL_EXCEPT);
    0
}

/// C17 7.6.2.4 `fesetexceptflag`: set the flags `excepts` to the state
/// saved in `*flagp`, raising nothing.
///
/// # Safety
/// `flagp` must point to a `fexcept_t`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fesetexceptflag(flagp: *const fexcept_t, excepts: c_int) -> c_int {
    // SAFETY: the caller passes a readable fexcept_t.
    a::set_flags(unsafe { *flagp }, excepts);
    0
}

/// C17 7.6.2.5 `fetestexcept`: which of the flags `excepts` are set.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fetestexcept(excepts: c_int) -> c_int {
    a::test(excepts)
}

/// C17 7.6.3.1 `fegetround`: the current rounding direction.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fegetround() -> c_int {
    a::get_round()
}

/// C17 7.6.3.2 `fesetround`: set the rounding direction; 0, or nonzero
/// (and no change) for a value that is none of the `FE_` directions.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fesetround(round: c_int) -> c_int {
    a::set_round(round)
}

/// C17 7.6.4.1 `fegetenv`: store the floating-point environment.
///
/// # Safety
/// `envp` must be valid for a `fenv_t` write.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fegetenv(envp: *mut fenv_t) -> c_int {
    // SAFETY: the caller passes a writable fenv_t.
    a::get_env(unsafe { &mut *envp });
    0
}

/// C17 7.6.4.2 `feholdexcept`: store the environment, clear the flags and
/// stop trapping (non-stop mode).
///
/// # Safety
/// `envp` must be valid for a `fenv_t` write.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn feholdexcept(envp: *mut fenv_t) -> c_int {
    // SAFETY: the caller passes a writable fenv_t.
    a::hold(unsafe { &mut *envp });
    0
}

/// C17 7.6.4.3 `fesetenv`: install an environment from `fegetenv` or
/// `feholdexcept`, or `FE_DFL_ENV`; raises nothing.
///
/// # Safety
/// `envp` must be `FE_DFL_ENV` or point to a `fenv_t`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fesetenv(envp: *const fenv_t) -> c_int {
    // SAFETY: not FE_DFL_ENV, so the caller passes a readable fenv_t.
    a::set_env(env_arg(envp).map(|e| unsafe { &*e }));
    0
}

/// C17 7.6.4.4 `feupdateenv`: install `*envp` (or `FE_DFL_ENV`), then raise
/// the exceptions that were flagged before.
///
/// # Safety
/// `envp` must be `FE_DFL_ENV` or point to a `fenv_t`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn feupdateenv(envp: *const fenv_t) -> c_int {
    let raised = a::test(a::FE_ALL_EXCEPT);
    // SAFETY: not FE_DFL_ENV, so the caller passes a readable fenv_t.
    a::set_env(env_arg(envp).map(|e| unsafe { &*e }));
    a::raise(raised);
    0
}

/// GNU extension `feenableexcept`: trap on the exceptions `excepts`; the
/// previously enabled set, or -1 where the hardware cannot trap (aarch64
/// cores without traps, riscv64).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn feenableexcept(excepts: c_int) -> c_int {
    a::enable(excepts)
}

/// GNU extension `fedisableexcept`: stop trapping on `excepts`; the
/// previously enabled set.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fedisableexcept(excepts: c_int) -> c_int {
    a::disable(excepts)
}

/// GNU extension `fegetexcept`: the set of exceptions that trap.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn fegetexcept() -> c_int {
    a::enabled()
}
