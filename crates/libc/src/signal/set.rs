//! `sigset_t` and its operations. The type has glibc's size (1024 bits,
//! 128 bytes) so objects built against glibc's headers agree; only the
//! first 64 bits — the kernel's set, signals 1 to 64 — carry meaning, and
//! they are what every system call is handed (`sigsetsize` 8). A set this
//! module writes whole has the rest zero; the operations that read look
//! only at the kernel's 64 bits, as glibc's do.
use crate::types::*;
use syscall::errno::EINVAL;

/// Signals that exist: 1 to [`NSIG`] - 1.
pub const NSIG: c_int = 65;
/// Real-time signals the libc keeps for itself, as glibc does (its thread
/// cancellation and set*id broadcast signals): 32 and 33. Programs can
/// neither catch nor block them, and SIGRTMIN is 34.
pub const RESERVED: u64 = (1 << 31) | (1 << 32);
/// The first real-time signal a program may use.
pub const SIGRTMIN: c_int = 34;
/// The last real-time signal.
pub const SIGRTMAX: c_int = 64;

/// glibc's `sigset_t`: 128 bytes.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sigset_t {
    pub val: [c_ulong; 128 / core::mem::size_of::<c_ulong>()],
}
const _: () = assert!(core::mem::size_of::<sigset_t>() == 128);

impl sigset_t {
    pub const EMPTY: sigset_t = sigset_t {
        val: [0; 128 / core::mem::size_of::<c_ulong>()],
    };

    /// A set holding exactly the kernel set `bits`.
    pub const fn from_bits(bits: u64) -> sigset_t {
        let mut s = Self::EMPTY;
        s.val[0] = bits as c_ulong;
        if core::mem::size_of::<c_ulong>() == 4 {
            s.val[1] = (bits >> 32) as c_ulong;
        }
        s
    }
}

/// The bit of signal `sig` in the kernel set, if `sig` exists.
#[inline]
pub fn bit(sig: c_int) -> Option<u64> {
    if (1..NSIG).contains(&sig) {
        Some(1u64 << (sig - 1))
    } else {
        None
    }
}

/// The kernel's 64 bits of `*s` (both words on the 32-bit arches).
///
/// # Safety
/// `s` points to a readable `sigset_t`.
#[inline]
pub unsafe fn bits(s: *const sigset_t) -> u64 {
    // SAFETY: the first 8 bytes of a sigset_t are the kernel set on every
    // (little-endian) arch; read unaligned-tolerant as one u64.
    unsafe { (s as *const u64).read_unaligned() }
}

/// Writes `b` as the kernel part of `*s`, leaving the rest alone.
///
/// # Safety
/// `s` points to a writable `sigset_t`.
#[inline]
pub unsafe fn set_bits(s: *mut sigset_t, b: u64) {
    // SAFETY: as in `bits`.
    unsafe { (s as *mut u64).write_unaligned(b) }
}

/// Writes the whole of `*s`: the kernel set `b`, the rest zero.
///
/// # Safety
/// `s` points to a writable `sigset_t`.
#[inline]
pub unsafe fn store(s: *mut sigset_t, b: u64) {
    // SAFETY: per the contract.
    unsafe { s.write(sigset_t::from_bits(b)) }
}

/// A signal a program may add to a set or install a handler for: one that
/// exists and is not reserved.
#[inline]
fn user_bit(sig: c_int) -> Option<u64> {
    bit(sig).filter(|b| b & RESERVED == 0)
}

/// POSIX.1-2024 `sigemptyset`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigemptyset(s: *mut sigset_t) -> c_int {
    // SAFETY: the caller's set.
    unsafe { store(s, 0) };
    0
}

/// POSIX.1-2024 `sigfillset`: every signal but the two the libc reserves
/// (32 and 33), as in glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigfillset(s: *mut sigset_t) -> c_int {
    // SAFETY: the caller's set.
    unsafe { store(s, !RESERVED) };
    0
}

/// POSIX.1-2024 `sigaddset`: -1/EINVAL for a signal that does not exist
/// or is reserved (32, 33), as in glibc.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigaddset(s: *mut sigset_t, sig: c_int) -> c_int {
    let Some(b) = user_bit(sig) else {
        return crate::kernel::fail(EINVAL);
    };
    // SAFETY: the caller's set.
    unsafe { set_bits(s, bits(s) | b) };
    0
}

/// POSIX.1-2024 `sigdelset`: -1/EINVAL as for [`sigaddset`].
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigdelset(s: *mut sigset_t, sig: c_int) -> c_int {
    let Some(b) = user_bit(sig) else {
        return crate::kernel::fail(EINVAL);
    };
    // SAFETY: the caller's set.
    unsafe { set_bits(s, bits(s) & !b) };
    0
}

/// POSIX.1-2024 `sigismember`: 1 or 0; -1/EINVAL for a signal that does
/// not exist (reserved ones are answered).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigismember(s: *const sigset_t, sig: c_int) -> c_int {
    let Some(b) = bit(sig) else {
        return crate::kernel::fail(EINVAL);
    };
    // SAFETY: the caller's set.
    (unsafe { bits(s) } & b != 0) as c_int
}

/// GNU `sigisemptyset`: 1 when no signal is in the set.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigisemptyset(s: *const sigset_t) -> c_int {
    // SAFETY: the caller's set.
    (unsafe { bits(s) } == 0) as c_int
}

/// GNU `sigandset`: `*d = *a & *b`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigandset(
    d: *mut sigset_t,
    a: *const sigset_t,
    b: *const sigset_t,
) -> c_int {
    // SAFETY: the caller's sets (d may be a or b: both read first).
    unsafe { store(d, bits(a) & bits(b)) };
    0
}

/// GNU `sigorset`: `*d = *a | *b`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sigorset(
    d: *mut sigset_t,
    a: *const sigset_t,
    b: *const sigset_t,
) -> c_int {
    // SAFETY: as in sigandset.
    unsafe { store(d, bits(a) | bits(b)) };
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ops() {
        let mut s = sigset_t::EMPTY;
        // SAFETY: a local set.
        unsafe {
            assert_eq!(sigfillset(&mut s), 0);
            assert_eq!(sigismember(&s, 32), 0);
            assert_eq!(sigismember(&s, 33), 0);
            assert_eq!(sigismember(&s, 34), 1);
            assert_eq!(sigismember(&s, 64), 1);
            assert_eq!(sigismember(&s, 65), -1);
            assert_eq!(sigaddset(&mut s, 32), -1);
            assert_eq!(sigaddset(&mut s, 0), -1);
            sigemptyset(&mut s);
            assert_eq!(sigisemptyset(&s), 1);
            sigaddset(&mut s, 64);
            sigaddset(&mut s, 1);
            assert_eq!(bits(&s), 1 | 1 << 63);
            let mut t = sigset_t::EMPTY;
            sigaddset(&mut t, 1);
            let mut u = sigset_t::EMPTY;
            sigandset(&mut u, &s, &t);
            assert_eq!(bits(&u), 1);
            sigorset(&mut u, &s, &t);
            assert_eq!(bits(&u), bits(&s));
        }
        assert_eq!(bit(34), Some(1 << 33));
        assert_eq!(RESERVED, bit(32).unwrap() | bit(33).unwrap());
    }
}
