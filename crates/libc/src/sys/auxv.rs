//! `<sys/auxv.h>`: `getauxval`, and the page size the libc reads from the
//! auxiliary vector.
use crate::kernel::fail;
use crate::types::*;

/// Linux/GNU `getauxval`: any key the kernel passed; an absent key gives
/// 0 with errno ENOENT.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn getauxval(key: c_ulong) -> c_ulong {
    match rt::auxv::lookup(key as usize) {
        Some(v) => v as c_ulong,
        None => {
            fail(syscall::errno::ENOENT);
            0
        }
    }
}

/// glibc's internal name for [`getauxval`], which libgcc's aarch64
/// outline atomics (`lse-init.o`, pulled in by any atomic operation gcc
/// compiles with `-moutline-atomics`, its default there) call to find LSE.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn __getauxval(key: c_ulong) -> c_ulong {
    getauxval(key)
}

/// The page size the kernel reported (`AT_PAGESZ`), 4096 if absent.
pub fn page_size() -> usize {
    match rt::auxv::get(rt::auxv::AT_PAGESZ) {
        0 => 4096,
        n => n,
    }
}
