//! Constructors and destructors: `preinit_array`, `_init`, `init_array`
//! before `main`; `fini_array` (in reverse) and `_fini` at exit.
//! The array bounds are the symbols GNU ld defines for every executable.

type InitFn = unsafe extern "C" fn(i32, *mut *mut u8, *mut *mut u8);
type FiniFn = unsafe extern "C" fn();

unsafe extern "C" {
    static __preinit_array_start: [InitFn; 0];
    static __preinit_array_end: [InitFn; 0];
    static __init_array_start: [InitFn; 0];
    static __init_array_end: [InitFn; 0];
    static __fini_array_start: [FiniFn; 0];
    static __fini_array_end: [FiniFn; 0];
}

fn span<T>(start: *const T, end: *const T) -> usize {
    (end as usize - start as usize) / core::mem::size_of::<T>()
}

/// Run `preinit_array`, then `init` (the crti/crtn `_init`), then
/// `init_array`, each entry called with (argc, argv, envp) as glibc does.
///
/// # Safety
/// Once, before `main`, with the process's real arguments.
pub unsafe fn run_init(
    argc: i32,
    argv: *mut *mut u8,
    envp: *mut *mut u8,
    init: Option<unsafe extern "C" fn()>,
) {
    // SAFETY: the linker-defined bounds enclose arrays of function pointers.
    unsafe {
        let s = (&raw const __preinit_array_start) as *const InitFn;
        for i in 0..span(s, (&raw const __preinit_array_end) as *const InitFn) {
            (*s.add(i))(argc, argv, envp);
        }
        if let Some(f) = init {
            f();
        }
        let s = (&raw const __init_array_start) as *const InitFn;
        for i in 0..span(s, (&raw const __init_array_end) as *const InitFn) {
            (*s.add(i))(argc, argv, envp);
        }
    }
}

/// Run `fini_array` in reverse, then `fini` (`_fini`).
///
/// # Safety
/// Once, at exit.
pub unsafe fn run_fini(fini: Option<unsafe extern "C" fn()>) {
    // SAFETY: as in run_init.
    unsafe {
        let s = (&raw const __fini_array_start) as *const FiniFn;
        let n = span(s, (&raw const __fini_array_end) as *const FiniFn);
        for i in (0..n).rev() {
            (*s.add(i))();
        }
        if let Some(f) = fini {
            f();
        }
    }
}
