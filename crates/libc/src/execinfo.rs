//! `<execinfo.h>`: `backtrace backtrace_symbols backtrace_symbols_fd`.
//!
//! **How frames are found.** The wrapper links libgcc_eh, so
//! `_Unwind_Backtrace` is at hand, but it cannot step out of a libc
//! frame: `libc.a` carries no `.eh_frame` (it is stripped: resident
//! weight in every binary), so libgcc would stop in `backtrace` itself.
//! Walking frame pointers is not it either: optimised code (Debian's
//! default `-O2`) keeps none. So this is a small `.eh_frame` unwinder of
//! its own: `backtrace` is an assembly stub per arch
//! (`arch/*/backtrace.rs`) that records its caller's callee-saved
//! registers, stack pointer and return address at the call, and
//! [`walk`] steps from frame to frame by the program's call-frame
//! information ([`cfi`]), found through the section headers of
//! `/proc/self/exe` (a static link has no `PT_GNU_EH_FRAME`) and indexed
//! once, sorted, for a binary search per frame. The walk ends at a frame
//! without CFI (the libc's start-up code: so the last frame is `main`),
//! a zero return address or a stack pointer that does not grow.
//!
//! **Names.** `backtrace_symbols` names each address from the
//! executable's `.symtab` (read from `/proc/self/exe`; a stripped binary
//! has none) as `prog(func+0xOFF) [0xADDR]`, `prog(+0xOFF) [0xADDR]`
//! (the offset from the load address) when no symbol covers it, glibc's
//! dynamic-binary form; static glibc writes only `[0xADDR]`.
mod cfi;

use crate::arch::backtrace::{RA, SP};
use crate::types::*;
use cfi::{NREG, Rule};
use core::ptr::null_mut;
use core::sync::atomic::{AtomicUsize, Ordering};

/// A mapping of `/proc/self/exe`, read-only, unmapped on drop.
struct Exe {
    p: *const u8,
    len: usize,
}

impl Exe {
    fn open() -> Option<Exe> {
        use syscall::nr::{AT_FDCWD, MAP_PRIVATE, O_CLOEXEC, O_RDONLY, PROT_READ, SEEK_END};
        // SAFETY: a NUL-terminated path.
        let fd = unsafe {
            sys!(
                __NR_openat,
                AT_FDCWD,
                c"/proc/self/exe".as_ptr(),
                O_RDONLY | O_CLOEXEC
            )
        };
        if fd < 0 {
            return None;
        }
        // SAFETY: our descriptor.
        let len = unsafe { sys!(__NR_lseek, fd, 0, SEEK_END) };
        let m = if len > 0 {
            // SAFETY: a read-only private mapping of the whole file.
            unsafe {
                crate::arch::mmap(
                    null_mut(),
                    len as usize,
                    PROT_READ as c_int,
                    MAP_PRIVATE as c_int,
                    fd as c_int,
                    0,
                )
            }
        } else {
            -1
        };
        // SAFETY: our descriptor.
        unsafe { sys!(__NR_close, fd) };
        let p = syscall::decode(m).ok()?;
        Some(Exe {
            p: p as *const u8,
            len: len as usize,
        })
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: the mapping is `len` readable bytes while self lives.
        unsafe { core::slice::from_raw_parts(self.p, self.len) }
    }
}

impl Drop for Exe {
    fn drop(&mut self) {
        // SAFETY: our mapping, no longer used.
        unsafe { sys!(__NR_munmap, self.p, self.len) };
    }
}

const W: usize = size_of::<usize>();

fn rd(b: &[u8], at: usize, n: usize) -> Option<usize> {
    let s = b.get(at..at.checked_add(n)?)?;
    let mut v = [0u8; 8];
    v.get_mut(..n)?.copy_from_slice(s);
    Some(u64::from_le_bytes(v) as usize)
}

/// One section header's fields.
#[derive(Clone, Copy)]
struct Shdr {
    name: usize,
    kind: usize,
    addr: usize,
    off: usize,
    size: usize,
    link: usize,
}

/// The ELF file's section headers (native class), and its load bias.
struct Elf<'a> {
    b: &'a [u8],
    shoff: usize,
    shnum: usize,
    shent: usize,
    shstr: usize,
    bias: usize,
}

impl<'a> Elf<'a> {
    fn new(b: &'a [u8]) -> Option<Elf<'a>> {
        if b.get(..4)? != b"\x7fELF" || *b.get(4)? != if W == 8 { 2 } else { 1 } {
            return None;
        }
        let (entry, shoff, shent, shnum, shstr) = if W == 8 {
            (
                rd(b, 0x18, 8)?,
                rd(b, 0x28, 8)?,
                rd(b, 0x3a, 2)?,
                rd(b, 0x3c, 2)?,
                rd(b, 0x3e, 2)?,
            )
        } else {
            (
                rd(b, 0x18, 4)?,
                rd(b, 0x20, 4)?,
                rd(b, 0x2e, 2)?,
                rd(b, 0x30, 2)?,
                rd(b, 0x32, 2)?,
            )
        };
        let at_entry = rt::auxv::get(syscall::auxvec::AT_ENTRY as usize);
        Some(Elf {
            b,
            shoff,
            shnum,
            shent,
            shstr,
            bias: at_entry.wrapping_sub(entry),
        })
    }

    fn shdr(&self, i: usize) -> Option<Shdr> {
        let at = self.shoff.checked_add(i.checked_mul(self.shent)?)?;
        let b = self.b;
        Some(if W == 8 {
            Shdr {
                name: rd(b, at, 4)?,
                kind: rd(b, at + 4, 4)?,
                addr: rd(b, at + 16, 8)?,
                off: rd(b, at + 24, 8)?,
                size: rd(b, at + 32, 8)?,
                link: rd(b, at + 40, 4)?,
            }
        } else {
            Shdr {
                name: rd(b, at, 4)?,
                kind: rd(b, at + 4, 4)?,
                addr: rd(b, at + 12, 4)?,
                off: rd(b, at + 16, 4)?,
                size: rd(b, at + 20, 4)?,
                link: rd(b, at + 24, 4)?,
            }
        })
    }

    fn data(&self, s: &Shdr) -> Option<&'a [u8]> {
        self.b.get(s.off..s.off.checked_add(s.size)?)
    }

    /// The section named `name`.
    fn section(&self, name: &[u8]) -> Option<Shdr> {
        let strs = self.data(&self.shdr(self.shstr)?)?;
        (0..self.shnum).filter_map(|i| self.shdr(i)).find(|s| {
            strs.get(s.name..)
                .and_then(|t| t.get(..name.len() + 1))
                .is_some_and(|t| &t[..name.len()] == name && t[name.len()] == 0)
        })
    }
}

/// The indexed `.eh_frame`: its run-time address and size, and a sorted
/// table of (start PC, end PC, entry offset) per FDE (an anonymous
/// mapping, kept for the process).
struct Index {
    eh: usize,
    eh_len: usize,
    table: *const [usize; 3],
    n: usize,
}

/// 0: not looked for; 1: none; else a leaked `Index`.
static INDEX: AtomicUsize = AtomicUsize::new(0);

fn build_index() -> Option<Index> {
    let exe = Exe::open()?;
    let elf = Elf::new(exe.bytes())?;
    let s = elf.section(b".eh_frame")?;
    let eh = s.addr.wrapping_add(elf.bias);
    // SAFETY: .eh_frame is an allocated section of the running program,
    // mapped at its address plus the load bias.
    let data = unsafe { core::slice::from_raw_parts(eh as *const u8, s.size) };
    let mut n = 0;
    let mut off = 0;
    while let Ok((f, next)) = cfi::entry(data, eh, off) {
        n += f.is_some() as usize;
        off = next;
    }
    let bytes = (n.max(1) * 3 * W).next_multiple_of(crate::sys::auxv::page_size());
    let t = crate::alloc::os::map_pages(bytes) as *mut [usize; 3];
    if t.is_null() {
        return None;
    }
    // SAFETY: a fresh mapping with room for n entries.
    let table = unsafe { core::slice::from_raw_parts_mut(t, n) };
    let (mut k, mut off) = (0, 0);
    while let Ok((f, next)) = cfi::entry(data, eh, off) {
        if let (Some(f), Some(slot)) = (f, table.get_mut(k)) {
            *slot = [f.start, f.end, off];
            k += 1;
        }
        off = next;
    }
    let table = table.get_mut(..k)?;
    table.sort_unstable_by_key(|e| e[0]);
    Some(Index {
        eh,
        eh_len: s.size,
        table: t,
        n: k,
    })
}

fn index() -> Option<&'static Index> {
    let mut v = INDEX.load(Ordering::Acquire);
    if v == 0 {
        v = match build_index() {
            Some(ix) => {
                let page = crate::sys::auxv::page_size();
                let p = crate::alloc::os::map_pages(size_of::<Index>().next_multiple_of(page))
                    as *mut Index;
                if p.is_null() {
                    1
                } else {
                    // SAFETY: a fresh mapping big enough for an Index.
                    unsafe { p.write(ix) };
                    p as usize
                }
            }
            None => 1,
        };
        // A racing thread's index is as good; one of them leaks.
        INDEX.store(v, Ordering::Release);
    }
    // SAFETY: a leaked, never-freed Index.
    (v > 1).then(|| unsafe { &*(v as *const Index) })
}

/// The last frame's row, kept for the next step: a recursion's frames
/// share their PC, so their rows are worked out once per walk.
type Memo = Option<(usize, cfi::Row, u8)>;

/// The row in force at `pc` and its return-address column.
fn row_for(ix: &Index, pc: usize, memo: &mut Memo) -> Option<(cfi::Row, u8)> {
    if let Some((at, row, ra)) = *memo
        && at == pc
    {
        return Some((row, ra));
    }
    // SAFETY: the table's n entries, written by build_index.
    let table = unsafe { core::slice::from_raw_parts(ix.table, ix.n) };
    let i = table.partition_point(|e| e[0] <= pc).checked_sub(1)?;
    let e = table.get(i)?;
    if pc >= e[1] {
        return None;
    }
    // SAFETY: as in build_index.
    let data = unsafe { core::slice::from_raw_parts(ix.eh as *const u8, ix.eh_len) };
    let fde = cfi::entry(data, ix.eh, e[2]).ok()?.0?;
    let row = cfi::row_at(&fde, pc)?;
    *memo = Some((pc, row, fde.cie.ra));
    Some((row, fde.cie.ra))
}

/// The caller's registers from the callee's, at `pc` (a return address
/// minus one) in `ix`'s FDEs; None where there is no rule for the frame.
fn step(ix: &Index, r: &[usize; NREG], pc: usize, memo: &mut Memo) -> Option<[usize; NREG]> {
    let (row, ra) = row_for(ix, pc, memo)?;
    // SAFETY: the program's CFI says the value is there, in this
    // thread's live stack.
    let load = |a: usize| unsafe { (a as *const usize).read_unaligned() };
    // SAFETY: expressions lie inside .eh_frame (cfi records their place).
    let expr = |at: usize, len: usize| unsafe { core::slice::from_raw_parts(at as *const u8, len) };
    let cfa = match row.cfa_expr {
        Some((at, len)) => cfi::eval(expr(at, len), r, None, load)?,
        None => r
            .get(row.cfa_reg as usize)?
            .wrapping_add_signed(row.cfa_off),
    };
    let mut out = *r;
    for (k, rule) in row.rules.iter().enumerate() {
        out[k] = match *rule {
            Rule::Same => r[k],
            Rule::Undefined => 0,
            // SAFETY: the program's CFI says the caller's value is saved
            // there, in this thread's live stack.
            Rule::Offset(o) => unsafe {
                (cfa.wrapping_add_signed(o) as *const usize).read_unaligned()
            },
            Rule::ValOffset(o) => cfa.wrapping_add_signed(o),
            Rule::Register(x) => *r.get(x as usize)?,
            Rule::Expr(at, len) => load(cfi::eval(expr(at, len), r, Some(cfa), load)?),
            Rule::ValExpr(at, len) => cfi::eval(expr(at, len), r, Some(cfa), load)?,
        };
    }
    if row.rules.get(ra as usize) == Some(&Rule::Undefined) {
        return None;
    }
    out[SP] = cfa;
    if ra as usize != RA {
        out[RA] = *out.get(ra as usize)?;
    }
    Some(out)
}

/// GNU `backtrace` (the exported symbol is the arch's stub, which calls
/// this): up to `size` return addresses of the calling thread's stack,
/// innermost (in the caller of `backtrace`) first; how many were stored.
///
/// # Safety
/// `regs` holds [`NREG`] words recorded at the call; `buf` has room for
/// `size` pointers.
pub unsafe extern "C" fn walk(regs: *const usize, buf: *mut *mut c_void, size: c_int) -> c_int {
    if size <= 0 {
        return 0;
    }
    let mut r = [0usize; NREG];
    // SAFETY: the stub's NREG words (the slots it did not set are unused).
    unsafe { core::ptr::copy_nonoverlapping(regs, r.as_mut_ptr(), NREG) };
    let ix = index();
    let mut memo = None;
    let mut n = 0;
    loop {
        let pc = r[RA];
        if pc == 0 {
            break;
        }
        // SAFETY: n < size.
        unsafe { *buf.add(n as usize) = pc as *mut c_void };
        n += 1;
        if n == size {
            break;
        }
        let Some(next) = ix.and_then(|ix| step(ix, &r, pc - 1, &mut memo)) else {
            break;
        };
        if next[SP] <= r[SP] {
            break;
        }
        r = next;
    }
    n
}

/// The executable's symbol table, for naming addresses.
struct Symbols<'a> {
    syms: &'a [u8],
    strs: &'a [u8],
    bias: usize,
}

impl<'a> Symbols<'a> {
    fn new(elf: &Elf<'a>) -> Option<Symbols<'a>> {
        let s = (0..elf.shnum)
            .filter_map(|i| elf.shdr(i))
            .find(|s| s.kind == 2)?;
        let strs = elf.data(&elf.shdr(s.link)?)?;
        Some(Symbols {
            syms: elf.data(&s)?,
            strs,
            bias: elf.bias,
        })
    }

    /// The symbol covering `addr` (a function or object whose range holds
    /// it; else the nearest sized-zero one below it), and the offset.
    fn lookup(&self, addr: usize) -> Option<(&'a [u8], usize)> {
        let ent = if W == 8 { 24 } else { 16 };
        let mut best: Option<(usize, usize, bool)> = None;
        for (k, e) in self.syms.chunks_exact(ent).enumerate() {
            let (name, value, size, info, shndx) = if W == 8 {
                (
                    rd(e, 0, 4)?,
                    rd(e, 8, 8)?,
                    rd(e, 16, 8)?,
                    e[4],
                    rd(e, 6, 2)?,
                )
            } else {
                (
                    rd(e, 0, 4)?,
                    rd(e, 4, 4)?,
                    rd(e, 8, 4)?,
                    e[12],
                    rd(e, 14, 2)?,
                )
            };
            // Defined functions, objects and untyped labels with a name.
            if name == 0 || shndx == 0 || shndx >= 0xff00 || info & 0xf > 2 {
                continue;
            }
            let v = value.wrapping_add(self.bias);
            if v > addr {
                continue;
            }
            let inside = addr - v < size;
            if size != 0 && !inside {
                continue;
            }
            let better = match best {
                None => true,
                Some((_, bv, bin)) => (inside && !bin) || (inside == bin && v > bv),
            };
            if better {
                best = Some((k, v, inside));
            }
        }
        let (k, v, _) = best?;
        let e = self.syms.get(k * ent..)?;
        let name = rd(e, 0, 4)?;
        let s = self.strs.get(name..)?;
        let n = s.iter().position(|&c| c == 0)?;
        Some((s.get(..n)?, addr - v))
    }
}

/// `0x…` of `v` (lowercase, as `%p` writes it).
fn hex(v: usize, put: &mut dyn FnMut(&[u8]) -> bool) -> bool {
    let mut b = [0u8; 2 + 2 * W];
    b[..2].copy_from_slice(b"0x");
    let digits = ((usize::BITS - v.leading_zeros()).div_ceil(4)).max(1) as usize;
    for k in 0..digits {
        b[2 + k] = b"0123456789abcdef"[(v >> (4 * (digits - 1 - k))) & 15];
    }
    put(b.get(..2 + digits).unwrap_or(&b))
}

/// Every frame's line, each followed by `end`, in pieces to `put` (which
/// says whether to go on). Allocates nothing: `backtrace_symbols_fd` is
/// called from crash handlers, where the heap may be the broken part.
fn describe(frames: &[*mut c_void], end: &[u8], put: &mut dyn FnMut(&[u8]) -> bool) -> bool {
    let exe = Exe::open();
    let elf = exe.as_ref().and_then(|e| Elf::new(e.bytes()));
    let syms = elf.as_ref().and_then(Symbols::new);
    let bias = elf.as_ref().map_or(0, |e| e.bias);
    // SAFETY: set at start-up to argv[0] (or NULL).
    let prog = unsafe { crate::start::program_invocation_name };
    let prog: &[u8] = if prog.is_null() {
        b""
    } else {
        // SAFETY: a C string.
        unsafe { core::slice::from_raw_parts(prog as *const u8, crate::string::strlen(prog)) }
    };
    for &f in frames {
        let a = f as usize;
        let ok = put(prog)
            && put(b"(")
            && match syms.as_ref().and_then(|s| s.lookup(a)) {
                Some((name, off)) => put(name) && put(b"+") && hex(off, put),
                None => put(b"+") && hex(a.wrapping_sub(bias), put),
            }
            && put(b") [")
            && hex(a, put)
            && put(b"]")
            && put(end);
        if !ok {
            return false;
        }
    }
    true
}

/// GNU `backtrace_symbols`: a `malloc`'d array of `n` strings (in the
/// same block: one `free`), `prog(func+0xOFF) [0xADDR]` each; NULL if out
/// of memory.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn backtrace_symbols(
    frames: *const *mut c_void,
    n: c_int,
) -> *mut *mut c_char {
    let n = n.max(0) as usize;
    let f: &[*mut c_void] = if n == 0 || frames.is_null() {
        &[]
    } else {
        // SAFETY: the caller's n frames.
        unsafe { core::slice::from_raw_parts(frames, n) }
    };
    let mut text = crate::heap::Vec::new();
    if !describe(f, b"\0", &mut |p| text.extend_from_slice(p).is_ok()) {
        return null_mut();
    }
    let t = text.as_slice();
    let head = n * size_of::<*mut c_char>();
    // SAFETY: plain allocation through the link-resolved malloc (the
    // caller frees it).
    let block = unsafe { crate::heap::malloc(head + t.len()) } as *mut u8;
    if block.is_null() {
        return null_mut();
    }
    // SAFETY: the block has room for the pointers and the text.
    unsafe {
        let strs = block.add(head);
        core::ptr::copy_nonoverlapping(t.as_ptr(), strs, t.len());
        let list = block as *mut *mut c_char;
        let mut at = 0;
        for i in 0..n {
            *list.add(i) = strs.add(at) as *mut c_char;
            at += t
                .get(at..)
                .and_then(|r| r.iter().position(|&c| c == 0))
                .unwrap_or(0)
                + 1;
        }
        list
    }
}

/// GNU `backtrace_symbols_fd`: [`backtrace_symbols`]' lines written to
/// `fd`, each ending in a newline, without allocating.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn backtrace_symbols_fd(frames: *const *mut c_void, n: c_int, fd: c_int) {
    let n = n.max(0) as usize;
    let f: &[*mut c_void] = if n == 0 || frames.is_null() {
        &[]
    } else {
        // SAFETY: the caller's n frames.
        unsafe { core::slice::from_raw_parts(frames, n) }
    };
    // A line at a time (a longer one in pieces), with no allocation.
    let mut line = [0u8; 512];
    let mut len = 0;
    let flush = |b: &[u8]| {
        // SAFETY: writing our buffer.
        unsafe { sys!(__NR_write, fd, b.as_ptr(), b.len()) };
    };
    describe(f, b"\n", &mut |p| {
        if len + p.len() > line.len() {
            flush(&line[..len]);
            len = 0;
        }
        if p.len() > line.len() {
            flush(p);
        } else {
            line[len..len + p.len()].copy_from_slice(p);
            len += p.len();
        }
        if p == b"\n" {
            flush(&line[..len]);
            len = 0;
        }
        true
    });
}
