//! Process start (not a header): the routine `crt1.o`'s `_start` calls,
//! and the stack-protector symbols gcc-compiled code expects.
use crate::types::*;

type MainFn = unsafe extern "C" fn(c_int, *mut *mut c_char, *mut *mut c_char) -> c_int;

/// Stack-protector canary for arches whose gcc reads a global (aarch64,
/// riscv64); x86 reads it from the TCB. GNU/Linux ABI symbol.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut __stack_chk_guard: usize = 0;

/// Called by `-fstack-protector` code when the canary was overwritten:
/// one line on fd 2, then abort. GNU/Linux ABI symbol.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __stack_chk_fail() -> ! {
    let msg = b"*** stack smashing detected ***: terminated\n";
    // SAFETY: a static buffer to fd 2.
    unsafe { sys!(__NR_write, 2, msg.as_ptr(), msg.len()) };
    crate::stdlib::abort_now()
}

/// What i386 `-fstack-protector` code calls from position-independent
/// code (gcc expects a hidden local alias of [`__stack_chk_fail`] that the
/// libc's static part provides). GNU/Linux ABI symbol; harmless elsewhere.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __stack_chk_fail_local() -> ! {
    __stack_chk_fail()
}

/// GNU `program_invocation_name` (argv[0]).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut program_invocation_name: *mut c_char = core::ptr::null_mut();
/// GNU `program_invocation_short_name` (argv[0] after the last '/').
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut program_invocation_short_name: *mut c_char = core::ptr::null_mut();

/// The libc's entry from `crt1.o`: set up the runtime, run constructors,
/// call `main`, and `exit` with its result.
///
/// # Safety
/// Called once by `_start` with the kernel's stack pointer.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferrolibc_start_main(
    sp: *mut usize,
    main: MainFn,
    init: Option<unsafe extern "C" fn()>,
    fini: Option<unsafe extern "C" fn()>,
) -> ! {
    // SAFETY: sp is the kernel's initial stack; this runs once, first.
    let st = unsafe { rt::startup(sp) };
    let argv = st.argv as *mut *mut c_char;
    let envp = st.envp as *mut *mut c_char;
    // SAFETY: single-threaded startup; these globals are written only here.
    unsafe {
        __stack_chk_guard = st.canary;
        crate::stdlib::environ = envp;
        let name = *argv;
        program_invocation_name = name;
        program_invocation_short_name = name;
        if !name.is_null() {
            let mut p = name;
            while *p != 0 {
                if *p == b'/' as c_char {
                    program_invocation_short_name = p.add(1);
                }
                p = p.add(1);
            }
        }
    }
    crate::stdlib::set_fini(fini);
    // SAFETY: constructors and main run with the process's real arguments.
    unsafe {
        rt::init::run_init(st.argc as i32, st.argv, st.envp, init);
        crate::stdlib::exit(main(st.argc as c_int, argv, envp))
    }
}
