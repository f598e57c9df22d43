//! `<sys/prctl.h>`: `prctl` (the variadic entry point is in c/variadic.c).
use crate::kernel::ret_int;
use crate::types::*;

/// Backend of the Linux `prctl`: four optional word arguments, passed on
/// as the kernel reads them (unused ones are ignored by the option).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_prctl(
    op: c_int,
    a: c_ulong,
    b: c_ulong,
    c: c_ulong,
    d: c_ulong,
) -> c_int {
    // SAFETY: pointer arguments, for the options that take them, are
    // checked by the kernel.
    ret_int(unsafe { sys!(__NR_prctl, op, a, b, c, d) })
}
