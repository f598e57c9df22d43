//! Raw Linux system calls for ferrolibc.
//!
//! This is the lowest layer: it knows how to enter the kernel on each
//! architecture and nothing else. Numbers come from `linux-raw-sys`
//! (re-exported as [`nr`]). Results are returned raw, as the kernel gives
//! them; [`decode`] is the one place that tells an error (`-4095..=-1`)
//! from a value, as glibc's `INLINE_SYSCALL` does. The libc layer turns the
//! error half into `errno` and `-1`.
#![no_std]

#[cfg_attr(target_arch = "x86_64", path = "arch/x86_64/mod.rs")]
#[cfg_attr(target_arch = "x86", path = "arch/i386/mod.rs")]
#[cfg_attr(target_arch = "aarch64", path = "arch/aarch64/mod.rs")]
#[cfg_attr(target_arch = "riscv64", path = "arch/riscv64/mod.rs")]
mod arch;

pub use arch::{syscall0, syscall1, syscall2, syscall3, syscall4, syscall5, syscall6};

/// Syscalls for the earliest startup code and for contexts where the normal
/// entry path may not be usable yet (i386 before `%gs` is set up, a clone
/// child, thread exit). On every arch but i386 these are the normal stubs.
pub mod early {
    pub use super::arch::early::*;
}

#[cfg(target_arch = "x86")]
pub use arch::int80_entry;

/// Syscall numbers and kernel constants for the target arch.
pub mod nr {
    pub use linux_raw_sys::general::*;
}

/// Kernel errno values (`EPERM` …) for the target arch.
pub mod errno {
    pub use linux_raw_sys::errno::*;
}

/// Auxiliary vector keys (`AT_*`) for the target arch.
pub mod auxvec {
    pub use linux_raw_sys::auxvec::*;
}

/// System information structures (`sysinfo`, `new_utsname`).
pub mod system {
    pub use linux_raw_sys::system::*;
}

/// `prctl` options (`PR_*`).
pub mod prctl {
    pub use linux_raw_sys::prctl::*;
}

/// Socket constants (`AF_*`, `SO_*`, `IPPROTO_*` …) for the target arch.
pub mod net {
    pub use linux_raw_sys::net::*;
}

/// Netlink constants and message layouts (`NETLINK_ROUTE`, `RTM_*`,
/// `nlmsghdr`, `ifaddrmsg`, `rtattr` …).
pub mod netlink {
    pub use linux_raw_sys::netlink::*;
}

/// ioctl request numbers for the target arch.
pub mod ioctl {
    pub use linux_raw_sys::ioctl::*;
}

/// The one errno-conversion rule: a raw kernel result in `-4095..=-1`
/// is an error whose errno is its negation; anything else is a value.
#[inline(always)]
pub fn decode(raw: isize) -> Result<usize, i32> {
    if (raw as usize) > (-4096isize) as usize {
        Err(-raw as i32)
    } else {
        Ok(raw as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_bounds() {
        assert_eq!(decode(0), Ok(0));
        assert_eq!(decode(5), Ok(5));
        assert_eq!(decode(-1), Err(1));
        assert_eq!(decode(-4095), Err(4095));
        assert_eq!(decode(-4096), Ok((-4096isize) as usize));
        assert_eq!(decode(isize::MIN), Ok(isize::MIN as usize));
    }

    #[test]
    fn real_syscall_on_host() {
        // getpid never fails; an invalid fd gives EBADF.
        // SAFETY: getpid takes no arguments and cannot fault.
        let pid = unsafe { syscall0(nr::__NR_getpid as usize) };
        assert!(pid > 0);
        // SAFETY: close on an fd that cannot be open only returns EBADF.
        let r = unsafe { syscall1(nr::__NR_close as usize, 1_000_000) };
        assert_eq!(decode(r), Err(errno::EBADF as i32));
    }
}
