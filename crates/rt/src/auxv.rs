//! The auxiliary vector, kept where the kernel put it (on the initial
//! stack, which lives as long as the process).
use core::sync::atomic::{AtomicPtr, Ordering};

// Keys from linux-raw-sys, so none is typed by hand.

pub const AT_NULL: usize = syscall::auxvec::AT_NULL as usize;
pub const AT_PHDR: usize = syscall::auxvec::AT_PHDR as usize;
pub const AT_PHENT: usize = syscall::auxvec::AT_PHENT as usize;
pub const AT_PHNUM: usize = syscall::auxvec::AT_PHNUM as usize;
pub const AT_PAGESZ: usize = syscall::auxvec::AT_PAGESZ as usize;
pub const AT_SECURE: usize = syscall::auxvec::AT_SECURE as usize;
pub const AT_RANDOM: usize = syscall::auxvec::AT_RANDOM as usize;
#[cfg(target_arch = "x86")]
pub const AT_SYSINFO: usize = syscall::auxvec::AT_SYSINFO as usize;
pub const AT_SYSINFO_EHDR: usize = syscall::auxvec::AT_SYSINFO_EHDR as usize;

static AUXV: AtomicPtr<usize> = AtomicPtr::new(core::ptr::null_mut());

/// Remember the auxv.
///
/// # Safety
/// `auxv` points to a kernel-style (key, value) array ending in `AT_NULL`
/// that stays valid for the life of the process.
pub unsafe fn init(auxv: *const usize) {
    AUXV.store(auxv as *mut usize, Ordering::Relaxed);
}

/// Look `key` up: `Some(value)` for any key the kernel passed.
pub fn lookup(key: usize) -> Option<usize> {
    let mut p = AUXV.load(Ordering::Relaxed) as *const usize;
    if p.is_null() {
        return None;
    }
    loop {
        // SAFETY: `init` was given a valid AT_NULL-terminated vector.
        let (k, v) = unsafe { (*p, *p.add(1)) };
        if k == AT_NULL {
            return None;
        }
        if k == key {
            return Some(v);
        }
        // SAFETY: not at the terminator yet, so the next pair exists.
        p = unsafe { p.add(2) };
    }
}

/// `lookup`, with 0 for an absent key.
pub fn get(key: usize) -> usize {
    lookup(key).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_finds_and_misses() {
        static V: [usize; 8] = [AT_PAGESZ, 4096, AT_SECURE, 0, 99, 7, AT_NULL, 0];
        // SAFETY: a static, terminated vector.
        unsafe { init(V.as_ptr()) };
        assert_eq!(lookup(AT_PAGESZ), Some(4096));
        assert_eq!(lookup(AT_SECURE), Some(0));
        assert_eq!(lookup(99), Some(7));
        assert_eq!(lookup(AT_RANDOM), None);
        assert_eq!(get(AT_RANDOM), 0);
    }
}
