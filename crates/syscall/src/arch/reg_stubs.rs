//! Syscall stubs for arches where the number and all six arguments travel
//! in plain registers and the result comes back in the first argument
//! register (aarch64, riscv64): one definition, instantiated per arch with
//! its trap instruction and register names.

/// `reg_stubs!("svc 0", nr = "x8", args = ["x0", …, "x5"])`
macro_rules! reg_stubs {
    ($insn:tt, nr = $nr:tt, args = [$r0:tt, $r1:tt, $r2:tt, $r3:tt, $r4:tt, $r5:tt]) => {
        use core::arch::asm;

        /// Enter the kernel with no arguments.
        ///
        /// # Safety
        /// The caller must pass a valid syscall number and arguments the
        /// kernel may act on (pointers valid for what the call does).
        #[inline(always)]
        pub unsafe fn syscall0(n: usize) -> isize {
            let ret;
            // SAFETY: the caller upholds the syscall's contract; registers follow the ABI.
            unsafe { asm!($insn, in($nr) n, lateout($r0) ret, options(nostack, preserves_flags)) };
            ret
        }

        /// # Safety
        /// As [`syscall0`].
        #[inline(always)]
        pub unsafe fn syscall1(n: usize, a1: usize) -> isize {
            let ret;
            // SAFETY: as above.
            unsafe { asm!($insn, in($nr) n, inlateout($r0) a1 as isize => ret, options(nostack, preserves_flags)) };
            ret
        }

        /// # Safety
        /// As [`syscall0`].
        #[inline(always)]
        pub unsafe fn syscall2(n: usize, a1: usize, a2: usize) -> isize {
            let ret;
            // SAFETY: as above.
            unsafe {
                asm!($insn, in($nr) n, inlateout($r0) a1 as isize => ret, in($r1) a2, options(nostack, preserves_flags))
            };
            ret
        }

        /// # Safety
        /// As [`syscall0`].
        #[inline(always)]
        pub unsafe fn syscall3(n: usize, a1: usize, a2: usize, a3: usize) -> isize {
            let ret;
            // SAFETY: as above.
            unsafe {
                asm!($insn, in($nr) n, inlateout($r0) a1 as isize => ret, in($r1) a2, in($r2) a3,
                     options(nostack, preserves_flags))
            };
            ret
        }

        /// # Safety
        /// As [`syscall0`].
        #[inline(always)]
        pub unsafe fn syscall4(n: usize, a1: usize, a2: usize, a3: usize, a4: usize) -> isize {
            let ret;
            // SAFETY: as above.
            unsafe {
                asm!($insn, in($nr) n, inlateout($r0) a1 as isize => ret, in($r1) a2, in($r2) a3, in($r3) a4,
                     options(nostack, preserves_flags))
            };
            ret
        }

        /// # Safety
        /// As [`syscall0`].
        #[inline(always)]
        pub unsafe fn syscall5(n: usize, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize) -> isize {
            let ret;
            // SAFETY: as above.
            unsafe {
                asm!($insn, in($nr) n, inlateout($r0) a1 as isize => ret, in($r1) a2, in($r2) a3, in($r3) a4,
                     in($r4) a5, options(nostack, preserves_flags))
            };
            ret
        }

        /// # Safety
        /// As [`syscall0`].
        #[inline(always)]
        pub unsafe fn syscall6(n: usize, a1: usize, a2: usize, a3: usize, a4: usize, a5: usize, a6: usize) -> isize {
            let ret;
            // SAFETY: as above.
            unsafe {
                asm!($insn, in($nr) n, inlateout($r0) a1 as isize => ret, in($r1) a2, in($r2) a3, in($r3) a4,
                     in($r4) a5, in($r5) a6, options(nostack, preserves_flags))
            };
            ret
        }

        /// No separate early path on this arch.
        pub mod early {
            pub use super::{syscall0, syscall1, syscall2, syscall3, syscall4, syscall5, syscall6};
        }
    };
}
