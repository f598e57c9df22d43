//! `<dlfcn.h>` and `<link.h>` for static programs.
//!
//! A ferrolibc program is one static executable, so there is nothing to
//! load: `dlopen(NULL)` names the program, any other name fails with a
//! message saying why, and `dlsym` finds no symbol, as glibc's static
//! `dlsym` does for a (non-PIE) static program, which exports none.
//! `dl_iterate_phdr` is real, for unwinders and sanitizers: it reports the
//! program (its program headers from `AT_PHDR`, its load bias, its TLS
//! block for the calling thread) and, when the kernel maps one, the vDSO
//! under glibc's name for it (`linux-vdso.so.1`, `linux-gate.so.1` on
//! i386).
use crate::file::mode::cstr;
use crate::sys::auxv::getauxval;
use crate::types::*;
use core::mem::size_of;
use core::ptr::null_mut;

#[cfg(target_pointer_width = "64")]
type Addr = u64;
#[cfg(target_pointer_width = "32")]
type Addr = u32;
type Half = u16;

/// glibc's `struct dl_phdr_info`.
#[repr(C)]
pub struct dl_phdr_info {
    pub dlpi_addr: Addr,
    pub dlpi_name: *const c_char,
    pub dlpi_phdr: *const c_void,
    pub dlpi_phnum: Half,
    pub dlpi_adds: u64,
    pub dlpi_subs: u64,
    pub dlpi_tls_modid: size_t,
    pub dlpi_tls_data: *mut c_void,
}

/// glibc's `Dl_info`.
#[repr(C)]
pub struct Dl_info {
    pub dli_fname: *const c_char,
    pub dli_fbase: *mut c_void,
    pub dli_sname: *const c_char,
    pub dli_saddr: *mut c_void,
}

const AT_PHDR: c_ulong = 3;
const AT_PHNUM: c_ulong = 5;
const AT_SYSINFO_EHDR: c_ulong = 33;
const PT_LOAD: u32 = 1;
const PT_PHDR: u32 = 6;
const PT_TLS: u32 = 7;

/// A program header's type, offset and address (the fields this needs).
///
/// # Safety
/// `ph` points at a program header of the native class.
unsafe fn phdr(ph: usize) -> (u32, usize, usize) {
    // SAFETY: per the contract; the fields are at the ELF class's offsets.
    unsafe {
        if cfg!(target_pointer_width = "64") {
            let t = *(ph as *const u32);
            let off = *((ph + 8) as *const u64) as usize;
            let va = *((ph + 16) as *const u64) as usize;
            (t, off, va)
        } else {
            let t = *(ph as *const u32);
            let off = *((ph + 4) as *const u32) as usize;
            let va = *((ph + 8) as *const u32) as usize;
            (t, off, va)
        }
    }
}

const PHDR_SIZE: usize = if cfg!(target_pointer_width = "64") {
    56
} else {
    32
};

/// GNU `dl_iterate_phdr`: calls `cb` for the program, then the vDSO, until
/// it returns non-zero; that value (or 0).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dl_iterate_phdr(
    cb: Option<unsafe extern "C" fn(*mut dl_phdr_info, size_t, *mut c_void) -> c_int>,
    data: *mut c_void,
) -> c_int {
    let Some(cb) = cb else { return 0 };
    let ph = getauxval(AT_PHDR) as usize;
    let phnum = getauxval(AT_PHNUM) as usize;
    let vdso = getauxval(AT_SYSINFO_EHDR) as usize;
    let adds = 1 + (vdso != 0) as u64;
    // SAFETY: AT_PHDR holds AT_PHNUM program headers of this program.
    let (bias, tls) = unsafe {
        let mut bias = 0;
        let mut tls = false;
        for i in 0..phnum {
            let (t, _, va) = phdr(ph + i * PHDR_SIZE);
            if t == PT_PHDR {
                bias = ph.wrapping_sub(va);
            }
            tls |= t == PT_TLS;
        }
        (bias, tls)
    };
    let mut info = dl_phdr_info {
        dlpi_addr: bias as Addr,
        dlpi_name: c"".as_ptr(),
        dlpi_phdr: ph as *const c_void,
        dlpi_phnum: phnum as Half,
        dlpi_adds: adds,
        dlpi_subs: 0,
        dlpi_tls_modid: tls as size_t,
        dlpi_tls_data: if tls {
            rt::tls::current_block() as *mut c_void
        } else {
            null_mut()
        },
    };
    // SAFETY: cb is the caller's; info lives across the call.
    let r = unsafe { cb(&mut info, size_of::<dl_phdr_info>(), data) };
    if r != 0 || vdso == 0 {
        return r;
    }
    // SAFETY: AT_SYSINFO_EHDR is the kernel's ELF image of the vDSO: its
    // header gives where its program headers are.
    unsafe {
        let (phoff, phn) = if cfg!(target_pointer_width = "64") {
            (
                *((vdso + 32) as *const u64) as usize,
                *((vdso + 56) as *const u16) as usize,
            )
        } else {
            (
                *((vdso + 28) as *const u32) as usize,
                *((vdso + 44) as *const u16) as usize,
            )
        };
        let vph = vdso + phoff;
        let mut bias = vdso;
        for i in 0..phn {
            let (t, off, va) = phdr(vph + i * PHDR_SIZE);
            if t == PT_LOAD && off == 0 {
                bias = vdso.wrapping_sub(va);
                break;
            }
        }
        info = dl_phdr_info {
            dlpi_addr: bias as Addr,
            dlpi_name: crate::arch::VDSO_NAME.as_ptr(),
            dlpi_phdr: vph as *const c_void,
            dlpi_phnum: phn as Half,
            dlpi_adds: adds,
            dlpi_subs: 0,
            dlpi_tls_modid: 0,
            dlpi_tls_data: null_mut(),
        };
        cb(&mut info, size_of::<dl_phdr_info>(), data)
    }
}

/// The handle `dlopen(NULL)` gives.
static PROGRAM: u8 = 0;

/// The pending `dlerror` message (empty: none).
static mut ERR: [u8; 512] = [0; 512];

/// Sets the `dlerror` message from its pieces (cut to fit).
fn set_error(parts: &[&[u8]]) {
    // SAFETY: dlerror's state is one static buffer (dlerror need not be
    // thread-safe).
    let e = unsafe { &mut *(&raw mut ERR) };
    let mut n = 0;
    for p in parts {
        for &b in *p {
            if n + 1 < e.len() {
                e[n] = b;
                n += 1;
            }
        }
    }
    e[n] = 0;
}

/// POSIX `dlopen`: `NULL` is the program itself; anything else fails (a
/// static program loads no shared objects).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dlopen(file: *const c_char, _mode: c_int) -> *mut c_void {
    if file.is_null() {
        return (&raw const PROGRAM) as *mut c_void;
    }
    // SAFETY: file is a C string.
    let name = unsafe { cstr(file) };
    set_error(&[
        name,
        b": cannot open shared object file: a static program cannot load shared objects",
    ]);
    null_mut()
}

/// POSIX `dlsym`: a static program exports no symbols, so none is found
/// (as with glibc's static `dlsym`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dlsym(_handle: *mut c_void, name: *const c_char) -> *mut c_void {
    // SAFETY: the program name is a C string or null; name is a C string.
    unsafe {
        let prog = crate::start::program_invocation_short_name;
        let prog: &[u8] = if prog.is_null() { b"" } else { cstr(prog) };
        set_error(&[prog, b": undefined symbol: ", cstr(name)]);
    }
    null_mut()
}

/// POSIX `dlclose`: 0 for the program's handle; -1 for anything else.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dlclose(handle: *mut c_void) -> c_int {
    if handle as *const u8 == &raw const PROGRAM {
        return 0;
    }
    set_error(&[b"dlclose: invalid handle"]);
    -1
}

/// POSIX `dlerror`: the message of the last failure, once; then null.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn dlerror() -> *mut c_char {
    // SAFETY: as set_error. The message is copied out so the next call
    // can clear the pending one while this one stays readable.
    unsafe {
        static mut OUT: [u8; 512] = [0; 512];
        let e = &mut *(&raw mut ERR);
        if e[0] == 0 {
            return null_mut();
        }
        let o = &mut *(&raw mut OUT);
        o.copy_from_slice(e);
        e[0] = 0;
        o.as_mut_ptr() as *mut c_char
    }
}

/// GNU `dladdr`: 0 (a static program has no symbol table to answer from,
/// as with glibc's static `dladdr`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dladdr(_addr: *const c_void, _info: *mut Dl_info) -> c_int {
    0
}
