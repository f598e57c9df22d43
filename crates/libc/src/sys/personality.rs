//! `<sys/personality.h>`: `personality`.
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `personality`: set the execution domain and return the previous
/// one; `0xffffffff` only queries. The kernel takes 32 bits, so the value
/// is narrowed first, as glibc does.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn personality(persona: c_ulong) -> c_int {
    // SAFETY: a plain value.
    ret_int(unsafe { sys!(__NR_personality, persona as u32) })
}
