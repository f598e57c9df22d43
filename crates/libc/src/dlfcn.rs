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
use core::ptr::{null, null_mut};

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

type Phdr = rt::tls::Phdr;

/// GNU `dl_iterate_phdr`: calls `cb` for the program, then the vDSO, until
/// it returns non-zero; that value (or 0).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dl_iterate_phdr(
    cb: Option<unsafe extern "C" fn(*mut dl_phdr_info, size_t, *mut c_void) -> c_int>,
    data: *mut c_void,
) -> c_int {
    let Some(cb) = cb else { return 0 };
    let p = program();
    let v = vdso();
    let adds = 1 + v.is_some() as u64;
    let tls = p.segment(PT_TLS).is_some();
    let mut info = dl_phdr_info {
        dlpi_addr: p.bias as Addr,
        dlpi_name: c"".as_ptr(),
        dlpi_phdr: p.phdr as *const c_void,
        dlpi_phnum: p.phnum as Half,
        dlpi_adds: adds,
        dlpi_subs: 0,
        dlpi_tls_modid: tls as size_t,
        dlpi_tls_data: tls_data(tls),
    };
    // SAFETY: cb is the caller's; info lives across the call.
    let r = unsafe { cb(&mut info, size_of::<dl_phdr_info>(), data) };
    let Some(v) = v.filter(|_| r == 0) else {
        return r;
    };
    info = dl_phdr_info {
        dlpi_addr: v.bias as Addr,
        dlpi_name: crate::arch::VDSO_NAME.as_ptr(),
        dlpi_phdr: v.phdr as *const c_void,
        dlpi_phnum: v.phnum as Half,
        dlpi_adds: adds,
        dlpi_subs: 0,
        dlpi_tls_modid: 0,
        dlpi_tls_data: null_mut(),
    };
    // SAFETY: as above.
    unsafe { cb(&mut info, size_of::<dl_phdr_info>(), data) }
}

/// The calling thread's block of the program's TLS segment, if it has one.
fn tls_data(tls: bool) -> *mut c_void {
    if tls {
        rt::tls::current_block() as *mut c_void
    } else {
        null_mut()
    }
}

/// glibc's `struct link_map` (its public head: the SVR4 debugger
/// protocol's fields).
#[repr(C)]
pub struct link_map {
    pub l_addr: Addr,
    pub l_name: *mut c_char,
    pub l_ld: *mut c_void,
    pub l_next: *mut link_map,
    pub l_prev: *mut link_map,
}

/// glibc's `struct dl_find_object` (i386 has the `DW_EH_PE_datarel`
/// base and its padding; the others do not).
#[repr(C)]
pub struct dl_find_object {
    pub dlfo_flags: u64,
    pub dlfo_map_start: *mut c_void,
    pub dlfo_map_end: *mut c_void,
    pub dlfo_link_map: *mut link_map,
    pub dlfo_eh_frame: *mut c_void,
    #[cfg(target_arch = "x86")]
    pub dlfo_eh_dbase: *mut c_void,
    #[cfg(target_arch = "x86")]
    pub __dlfo_eh_dbase_pad: u32,
    pub __dflo_reserved: [u64; 7],
}

/// glibc's `Dl_serpath`.
#[repr(C)]
pub struct Dl_serpath {
    pub dls_name: *mut c_char,
    pub dls_flags: c_uint,
}

/// glibc's `Dl_serinfo` (the one-element array keeps its historic size).
#[repr(C)]
pub struct Dl_serinfo {
    pub dls_size: size_t,
    pub dls_cnt: c_uint,
    pub dls_serpath: [Dl_serpath; 1],
}

/// The objects of the process: the program, then the vDSO when the
/// kernel maps one. `dlopen(NULL)` returns the first (as glibc's handles
/// are link maps); filled on first use.
static mut MAPS: [link_map; 2] = [EMPTY_MAP, EMPTY_MAP];
const EMPTY_MAP: link_map = link_map {
    l_addr: 0,
    l_name: null_mut(),
    l_ld: null_mut(),
    l_next: null_mut(),
    l_prev: null_mut(),
};

/// An object's program headers, as `dl_iterate_phdr` reports them.
#[derive(Clone, Copy)]
struct Object {
    bias: usize,
    phdr: usize,
    phnum: usize,
}

const PT_DYNAMIC: u32 = 2;
const PT_GNU_EH_FRAME: u32 = 0x6474_e550;

fn program() -> Object {
    let mut o = Object {
        bias: 0,
        phdr: getauxval(AT_PHDR) as usize,
        phnum: getauxval(AT_PHNUM) as usize,
    };
    if let Some(h) = o.headers().find(|h| h.p_type == PT_PHDR) {
        o.bias = o.phdr.wrapping_sub(h.p_vaddr as usize);
    }
    o
}

fn vdso() -> Option<Object> {
    let base = getauxval(AT_SYSINFO_EHDR) as usize;
    if base == 0 {
        return None;
    }
    // SAFETY: AT_SYSINFO_EHDR is the kernel's ELF image of the vDSO: its
    // header (e_phoff, e_phnum at the class's offsets) gives where its
    // program headers are.
    let (phoff, phnum) = unsafe {
        if cfg!(target_pointer_width = "64") {
            (
                *((base + 32) as *const u64) as usize,
                *((base + 56) as *const u16) as usize,
            )
        } else {
            (
                *((base + 28) as *const u32) as usize,
                *((base + 44) as *const u16) as usize,
            )
        }
    };
    let mut o = Object {
        bias: base,
        phdr: base + phoff,
        phnum,
    };
    if let Some(h) = o.headers().find(|h| h.p_type == PT_LOAD && h.p_offset == 0) {
        o.bias = base.wrapping_sub(h.p_vaddr as usize);
    }
    Some(o)
}

impl Object {
    /// The object's program headers.
    fn headers(&self) -> impl Iterator<Item = &'static Phdr> + use<> {
        let (phdr, phnum) = (self.phdr, self.phnum);
        // SAFETY: phdr holds phnum program headers of the native class
        // (AT_PHDR/AT_PHNUM, or the vDSO's own header), mapped for the
        // life of the process.
        (0..phnum).map(move |i| unsafe { &*((phdr + i * size_of::<Phdr>()) as *const Phdr) })
    }

    /// The (address, size in memory) of the first segment of type `want`.
    fn segment(&self, want: u32) -> Option<(usize, usize)> {
        self.headers().find(|h| h.p_type == want).map(|h| {
            (
                self.bias.wrapping_add(h.p_vaddr as usize),
                h.p_memsz as usize,
            )
        })
    }

    /// The loaded segment holding `a`, as [start, end).
    fn load_holding(&self, a: usize) -> Option<(usize, usize)> {
        self.headers().find_map(|h| {
            let start = self.bias.wrapping_add(h.p_vaddr as usize);
            let mem = h.p_memsz as usize;
            (h.p_type == PT_LOAD && a >= start && a - start < mem).then_some((start, start + mem))
        })
    }
}

/// The link maps, filled in (idempotently: every call writes the same
/// values, so racing first calls agree).
fn maps() -> *mut link_map {
    let m = (&raw mut MAPS) as *mut link_map;
    let p = program();
    // SAFETY: MAPS is two link maps; the values written depend only on
    // the auxiliary vector.
    unsafe {
        let prog = &mut *m;
        prog.l_addr = p.bias as Addr;
        prog.l_name = EMPTY_NAME.as_ptr() as *mut c_char;
        prog.l_ld = p
            .segment(PT_DYNAMIC)
            .map_or(null_mut(), |(a, _)| a as *mut c_void);
        if let Some(v) = vdso() {
            let vm = &mut *m.add(1);
            vm.l_addr = v.bias as Addr;
            vm.l_name = crate::arch::VDSO_NAME.as_ptr() as *mut c_char;
            vm.l_ld = v
                .segment(PT_DYNAMIC)
                .map_or(null_mut(), |(a, _)| a as *mut c_void);
            vm.l_prev = m;
            prog.l_next = m.add(1);
        }
    }
    m
}

static EMPTY_NAME: [u8; 1] = [0];

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

/// Which of the process's objects `h` names: 0 the program, 1 the vDSO.
fn object_of(h: *mut c_void) -> Option<usize> {
    let m = maps();
    // SAFETY: maps() is the two-element MAPS array.
    let second = unsafe { m.add(1) };
    if h == m as *mut c_void {
        Some(0)
    } else if h == second as *mut c_void && getauxval(AT_SYSINFO_EHDR) != 0 {
        Some(1)
    } else {
        None
    }
}

const RTLD_LAZY: c_int = 1;
const RTLD_NOW: c_int = 2;

/// POSIX `dlopen`: `NULL` is the program itself; anything else fails (a
/// static program loads no shared objects). The mode must say
/// `RTLD_LAZY` or `RTLD_NOW`, as glibc insists.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dlopen(file: *const c_char, mode: c_int) -> *mut c_void {
    if mode & (RTLD_LAZY | RTLD_NOW) == 0 {
        set_error(&[b"invalid mode for dlopen(): Invalid argument"]);
        return null_mut();
    }
    if file.is_null() {
        return maps() as *mut c_void;
    }
    // SAFETY: file is a C string.
    let name = unsafe { cstr(file) };
    set_error(&[
        name,
        b": cannot open shared object file: a static program cannot load shared objects",
    ]);
    null_mut()
}

const LM_ID_BASE: c_long = 0;

/// GNU `dlmopen`: `dlopen` in a link-map namespace. A static program has
/// one, `LM_ID_BASE`, and can make no other: `LM_ID_NEWLM` or any other
/// number is an invalid namespace (as in static glibc).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dlmopen(lmid: c_long, file: *const c_char, mode: c_int) -> *mut c_void {
    if lmid == LM_ID_BASE {
        // SAFETY: as dlopen's contract.
        unsafe { dlopen(file, mode) }
    } else {
        set_error(&[b"invalid namespace: Invalid argument"]);
        null_mut()
    }
}

/// POSIX `dlsym`: a static program exports no symbols, so none is found
/// (as with glibc's static `dlsym`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dlsym(_handle: *mut c_void, name: *const c_char) -> *mut c_void {
    // SAFETY: name is a C string.
    unsafe { no_symbol(name, null()) }
}

/// GNU `dlvsym`: `dlsym` for a symbol version; none is found either.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dlvsym(
    _handle: *mut c_void,
    name: *const c_char,
    version: *const c_char,
) -> *mut c_void {
    // SAFETY: name and version are C strings.
    unsafe { no_symbol(name, version) }
}

/// Sets glibc's "prog: undefined symbol: name[, version v]" message.
///
/// # Safety
/// `name` is a C string; `version` one or null.
unsafe fn no_symbol(name: *const c_char, version: *const c_char) -> *mut c_void {
    // SAFETY: the program name is a C string or null; per the contract.
    unsafe {
        let prog = crate::start::program_invocation_short_name;
        let prog: &[u8] = if prog.is_null() { b"" } else { cstr(prog) };
        if version.is_null() {
            set_error(&[prog, b": undefined symbol: ", cstr(name)]);
        } else {
            set_error(&[
                prog,
                b": undefined symbol: ",
                cstr(name),
                b", version ",
                cstr(version),
            ]);
        }
    }
    null_mut()
}

/// POSIX `dlclose`: 0 for the program's handle; -1 for anything else.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dlclose(handle: *mut c_void) -> c_int {
    if object_of(handle) == Some(0) {
        return 0;
    }
    set_error(&[b"dlclose: invalid handle"]);
    -1
}

const RTLD_DI_LMID: c_int = 1;
const RTLD_DI_LINKMAP: c_int = 2;
const RTLD_DI_SERINFO: c_int = 4;
const RTLD_DI_SERINFOSIZE: c_int = 5;
const RTLD_DI_ORIGIN: c_int = 6;
const RTLD_DI_TLS_MODID: c_int = 9;
const RTLD_DI_TLS_DATA: c_int = 10;
const RTLD_DI_PHDR: c_int = 11;

/// GNU `dlinfo`: what the loader knows of an object, for the program's
/// handle and the vDSO's link map. A static program searches no
/// directories for libraries, so `RTLD_DI_SERINFO` lists none;
/// `RTLD_DI_ORIGIN` is the program's directory (from `/proc/self/exe`,
/// as `$ORIGIN` is). `RTLD_DI_PHDR` returns the number of program
/// headers. Other requests fail, as glibc's do.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dlinfo(handle: *mut c_void, request: c_int, arg: *mut c_void) -> c_int {
    let Some(which) = object_of(handle) else {
        set_error(&[b"dlinfo: invalid handle"]);
        return -1;
    };
    let obj = if which == 0 { Some(program()) } else { vdso() };
    let Some(obj) = obj else {
        set_error(&[b"dlinfo: invalid handle"]);
        return -1;
    };
    let tls = which == 0 && obj.segment(PT_TLS).is_some();
    // SAFETY: arg points at what the request says (the caller's
    // contract); ORIGIN's buffer is at least PATH_MAX bytes, as glibc
    // documents.
    unsafe {
        match request {
            RTLD_DI_LMID => *(arg as *mut c_long) = LM_ID_BASE,
            RTLD_DI_LINKMAP => *(arg as *mut *mut link_map) = handle as *mut link_map,
            RTLD_DI_SERINFOSIZE | RTLD_DI_SERINFO => {
                let si = arg as *mut Dl_serinfo;
                (*si).dls_size = core::mem::offset_of!(Dl_serinfo, dls_serpath);
                (*si).dls_cnt = 0;
            }
            RTLD_DI_ORIGIN => {
                if !origin(arg as *mut u8) {
                    set_error(&[b"dlinfo: cannot find the program's directory"]);
                    return -1;
                }
            }
            RTLD_DI_TLS_MODID => *(arg as *mut size_t) = tls as size_t,
            RTLD_DI_TLS_DATA => *(arg as *mut *mut c_void) = tls_data(tls),
            RTLD_DI_PHDR => {
                *(arg as *mut *const c_void) = obj.phdr as *const c_void;
                return obj.phnum as c_int;
            }
            _ => {
                set_error(&[b"unsupported dlinfo request"]);
                return -1;
            }
        }
    }
    0
}

/// Writes the program's directory (`/proc/self/exe` less its last
/// component) to `out`, `PATH_MAX` bytes.
///
/// # Safety
/// `out` is writable for `PATH_MAX` (4096) bytes.
unsafe fn origin(out: *mut u8) -> bool {
    const MAX: usize = 4096;
    // SAFETY: out has MAX bytes (the contract); one is kept for the NUL.
    let n =
        unsafe { crate::unistd::readlink(c"/proc/self/exe".as_ptr(), out as *mut c_char, MAX - 1) };
    if n <= 0 {
        return false;
    }
    // SAFETY: readlink wrote n < MAX bytes at out.
    let name = unsafe { core::slice::from_raw_parts(out, n as usize) };
    let cut = match name.iter().rposition(|&b| b == b'/') {
        Some(0) => 1,
        Some(i) => i,
        None => return false,
    };
    // SAFETY: cut <= n < MAX.
    unsafe { *out.add(cut) = 0 };
    true
}

/// GNU `_dl_find_object` (glibc 2.35; libgcc's unwinder calls it): the
/// loaded segment holding `pc` in the program or the vDSO, the object's
/// link map and its `PT_GNU_EH_FRAME` table (null if the link made none,
/// as static links do by default); -1 for an address in neither.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _dl_find_object(pc: *mut c_void, out: *mut dl_find_object) -> c_int {
    let m = maps();
    let objs = [Some((program(), 0usize)), vdso().map(|v| (v, 1))];
    for (o, i) in objs.iter().flatten() {
        let Some((start, end)) = o.load_holding(pc as usize) else {
            continue;
        };
        // SAFETY: out is the caller's result struct; m has two maps.
        unsafe {
            out.write(dl_find_object {
                dlfo_flags: 0,
                dlfo_map_start: start as *mut c_void,
                dlfo_map_end: end as *mut c_void,
                dlfo_link_map: m.add(*i),
                dlfo_eh_frame: o
                    .segment(PT_GNU_EH_FRAME)
                    .map_or(null_mut(), |(a, _)| a as *mut c_void),
                #[cfg(target_arch = "x86")]
                dlfo_eh_dbase: null_mut(),
                #[cfg(target_arch = "x86")]
                __dlfo_eh_dbase_pad: 0,
                __dflo_reserved: [0; 7],
            });
        }
        return 0;
    }
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

/// GNU `dladdr1`: `dladdr` with extra information; 0 as well (and the
/// extra pointer untouched), as glibc's static `dladdr1`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn dladdr1(
    _addr: *const c_void,
    _info: *mut Dl_info,
    _extra: *mut *mut c_void,
    _flags: c_int,
) -> c_int {
    0
}
