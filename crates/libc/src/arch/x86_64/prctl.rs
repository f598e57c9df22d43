//! x86_64's `arch_prctl`, which glibc exports on this arch alone (and,
//! like glibc 2.36, no header declares: programs declare it themselves or
//! include `<asm/prctl.h>` for the `ARCH_*` codes).
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `arch_prctl`: get or set the thread's x86_64 state (`ARCH_GET_FS`,
/// `ARCH_GET_CPUID` …). `ARCH_SET_FS` replaces this library's thread
/// pointer, with glibc's consequences.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn arch_prctl(code: c_int, addr: c_ulong) -> c_int {
    // SAFETY: the kernel checks `code`; for the get codes `addr` is the
    // caller's pointer to write through.
    ret_int(unsafe { sys!(__NR_arch_prctl, code, addr) })
}
