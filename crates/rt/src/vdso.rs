//! The kernel's vDSO: found from `AT_SYSINFO_EHDR`, validated and parsed in
//! place, its entry points kept in a table written once — on the first call
//! that asks for an entry (one atomic load on the fast path), so a program
//! that never asks for the time carries neither the parser nor its cost.
//!
//! The parser works on a byte slice with checked arithmetic and `get`
//! everywhere: a truncated, corrupted or hostile image is rejected (or a
//! symbol is simply not found), never read out of bounds and never a panic.
//! No allocation. Steps: ELF identity (magic, class, little-endian data,
//! `ET_DYN`, the running arch's machine, header sizes) → program headers →
//! load bias from the first `PT_LOAD` → `PT_DYNAMIC` → symbol, string, hash
//! (`DT_GNU_HASH` or `DT_HASH`) and version (`DT_VERSYM`/`DT_VERDEF`)
//! tables → lookups by name and version, every hash chain walk bounded.
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

const PT_LOAD: u32 = 1;
const PT_DYNAMIC: u32 = 2;
const ET_DYN: u16 = 3;
const DT_NULL: u64 = 0;
const DT_HASH: u64 = 4;
const DT_STRTAB: u64 = 5;
const DT_SYMTAB: u64 = 6;
const DT_STRSZ: u64 = 10;
const DT_SYMENT: u64 = 11;
const DT_GNU_HASH: u64 = 0x6fff_fef5;
const DT_VERSYM: u64 = 0x6fff_fff0;
const DT_VERDEF: u64 = 0x6fff_fffc;
const DT_VERDEFNUM: u64 = 0x6fff_fffd;
const STT_FUNC: u8 = 2;
const STT_NOTYPE: u8 = 0;
const STB_GLOBAL: u8 = 1;
const STB_WEAK: u8 = 2;
const SHN_UNDEF: u16 = 0;
const VER_FLG_BASE: u16 = 1;

/// ELF machine numbers of the four arches.
pub const EM_386: u16 = 3;
pub const EM_X86_64: u16 = 62;
pub const EM_AARCH64: u16 = 183;
pub const EM_RISCV: u16 = 243;

/// The most dynamic entries or hash-chain steps we will walk.
const MAX_WALK: usize = 1 << 16;

/// Little-endian field reads that fail instead of panicking.
#[derive(Clone, Copy)]
struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn u8(self, off: usize) -> Option<u8> {
        self.0.get(off).copied()
    }
    fn u16(self, off: usize) -> Option<u16> {
        let b = self.0.get(off..off.checked_add(2)?)?;
        Some(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(self, off: usize) -> Option<u32> {
        let b = self.0.get(off..off.checked_add(4)?)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(self, off: usize) -> Option<u64> {
        let lo = self.u32(off)? as u64;
        let hi = self.u32(off.checked_add(4)?)? as u64;
        Some(lo | hi << 32)
    }
    /// A word of the image's class (4 or 8 bytes).
    fn word(self, off: usize, is64: bool) -> Option<u64> {
        if is64 {
            self.u64(off)
        } else {
            self.u32(off).map(u64::from)
        }
    }
    /// The NUL-terminated string at `off`.
    fn cstr(self, off: usize) -> Option<&'a [u8]> {
        let s = self.0.get(off..)?;
        let n = s.iter().position(|&b| b == 0)?;
        Some(&s[..n])
    }
}

fn to_usize(v: u64) -> Option<usize> {
    usize::try_from(v).ok()
}

/// Why an image was rejected (for tests and diagnostics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reject {
    Truncated,
    Magic,
    Class,
    Encoding,
    Type,
    Machine,
    HeaderSize,
    NoLoad,
    NoDynamic,
    Tables,
}

/// A validated vDSO image.
#[derive(Clone, Copy, Debug)]
pub struct Image<'a> {
    bytes: &'a [u8],
    is64: bool,
    /// Runtime address of the image's first byte.
    base: usize,
    /// vaddr → file offset: offset = vaddr - vaddr_to_off.
    vaddr_to_off: u64,
    /// vaddr → runtime address: addr = vaddr + bias.
    bias: usize,
    /// End (vaddr) of the executable load segment, for range checks.
    load_start: u64,
    load_end: u64,
    symtab: usize,
    syment: usize,
    strtab: usize,
    strsz: usize,
    hash: Option<usize>,
    gnu_hash: Option<usize>,
    versym: Option<usize>,
    verdef: Option<usize>,
    verdefnum: usize,
}

impl<'a> Image<'a> {
    /// Validate `bytes` (mapped at runtime address `base`) as a vDSO for
    /// machine `machine`.
    pub fn parse(bytes: &'a [u8], base: usize, machine: u16) -> Result<Image<'a>, Reject> {
        let b = Bytes(bytes);
        if bytes.len() < 52 {
            return Err(Reject::Truncated);
        }
        if bytes[..4] != *b"\x7fELF" {
            return Err(Reject::Magic);
        }
        let is64 = match bytes[4] {
            1 => false,
            2 => true,
            _ => return Err(Reject::Class),
        };
        if is64 != (machine != EM_386) {
            return Err(Reject::Class);
        }
        if bytes[5] != 1 {
            return Err(Reject::Encoding);
        }
        let t = |r: Option<u64>| r.ok_or(Reject::Truncated);
        if b.u16(16) != Some(ET_DYN) {
            return Err(Reject::Type);
        }
        if b.u16(18) != Some(machine) {
            return Err(Reject::Machine);
        }
        let (phoff, phentsize, phnum, ehsize, want_ph, want_eh) = if is64 {
            (t(b.u64(32))?, b.u16(54), b.u16(56), b.u16(52), 56, 64)
        } else {
            (
                t(b.u32(28).map(u64::from))?,
                b.u16(42),
                b.u16(44),
                b.u16(40),
                32,
                52,
            )
        };
        let (phentsize, phnum, ehsize) = (
            phentsize.ok_or(Reject::Truncated)? as usize,
            phnum.ok_or(Reject::Truncated)? as usize,
            ehsize.ok_or(Reject::Truncated)? as usize,
        );
        if phentsize != want_ph || ehsize != want_eh || bytes.len() < want_eh {
            return Err(Reject::HeaderSize);
        }
        let phoff = to_usize(phoff).ok_or(Reject::Truncated)?;
        let ph_end = phnum
            .checked_mul(phentsize)
            .and_then(|n| n.checked_add(phoff))
            .ok_or(Reject::Truncated)?;
        if ph_end > bytes.len() {
            return Err(Reject::Truncated);
        }
        let mut load: Option<(u64, u64, u64)> = None; // vaddr, offset, filesz
        let mut dynamic: Option<(u64, u64)> = None; // offset, size
        for i in 0..phnum {
            let h = phoff + i * phentsize;
            let ty = b.u32(h).ok_or(Reject::Truncated)?;
            let (off, vaddr, filesz) = if is64 {
                (t(b.u64(h + 8))?, t(b.u64(h + 16))?, t(b.u64(h + 32))?)
            } else {
                (
                    t(b.u32(h + 4).map(u64::from))?,
                    t(b.u32(h + 8).map(u64::from))?,
                    t(b.u32(h + 16).map(u64::from))?,
                )
            };
            if ty == PT_LOAD && load.is_none() {
                load = Some((vaddr, off, filesz));
            } else if ty == PT_DYNAMIC {
                dynamic = Some((off, filesz));
            }
        }
        let (lvaddr, loff, lsz) = load.ok_or(Reject::NoLoad)?;
        let (doff, dsz) = dynamic.ok_or(Reject::NoDynamic)?;
        let lend = loff.checked_add(lsz).ok_or(Reject::NoLoad)?;
        if lend > bytes.len() as u64 || loff > lvaddr {
            return Err(Reject::NoLoad);
        }
        let vaddr_to_off = lvaddr - loff;
        let bias = base.wrapping_sub(to_usize(vaddr_to_off).ok_or(Reject::NoLoad)?);
        let dend = doff.checked_add(dsz).ok_or(Reject::NoDynamic)?;
        if dend > bytes.len() as u64 {
            return Err(Reject::NoDynamic);
        }
        let mut img = Image {
            bytes,
            is64,
            base,
            vaddr_to_off,
            bias,
            load_start: lvaddr,
            load_end: lvaddr.saturating_add(lsz),
            symtab: 0,
            syment: 0,
            strtab: 0,
            strsz: 0,
            hash: None,
            gnu_hash: None,
            versym: None,
            verdef: None,
            verdefnum: 0,
        };
        let entsz = if is64 { 16 } else { 8 };
        let (mut symtab, mut strtab, mut strsz) = (None, None, None);
        let mut syment = None;
        let n = (dsz as usize / entsz).min(MAX_WALK);
        for i in 0..n {
            let e = doff as usize + i * entsz;
            let tag = b.word(e, is64).ok_or(Reject::Tables)?;
            let val = b.word(e + entsz / 2, is64).ok_or(Reject::Tables)?;
            // Sign-extend 32-bit tags (DT_* above 0x7fffffff are positive anyway).
            match tag {
                DT_NULL => break,
                DT_SYMTAB => symtab = img.off_of(val),
                DT_STRTAB => strtab = img.off_of(val),
                DT_STRSZ => strsz = to_usize(val),
                DT_SYMENT => syment = to_usize(val),
                DT_HASH => img.hash = img.off_of(val),
                DT_GNU_HASH => img.gnu_hash = img.off_of(val),
                DT_VERSYM => img.versym = img.off_of(val),
                DT_VERDEF => img.verdef = img.off_of(val),
                DT_VERDEFNUM => img.verdefnum = to_usize(val).unwrap_or(0),
                _ => {}
            }
        }
        let want_syment = if is64 { 24 } else { 16 };
        img.symtab = symtab.ok_or(Reject::Tables)?;
        img.strtab = strtab.ok_or(Reject::Tables)?;
        img.strsz = strsz.ok_or(Reject::Tables)?;
        img.syment = syment.unwrap_or(want_syment);
        if img.syment != want_syment
            || img
                .strtab
                .checked_add(img.strsz)
                .is_none_or(|e| e > bytes.len())
            || (img.hash.is_none() && img.gnu_hash.is_none())
        {
            return Err(Reject::Tables);
        }
        Ok(img)
    }

    /// File offset of a vaddr inside the image, if it lies inside it.
    fn off_of(&self, vaddr: u64) -> Option<usize> {
        let off = to_usize(vaddr.checked_sub(self.vaddr_to_off)?)?;
        if off < self.bytes.len() {
            Some(off)
        } else {
            None
        }
    }

    fn b(&self) -> Bytes<'a> {
        Bytes(self.bytes)
    }

    /// (name offset, value, info, shndx) of symbol `i`.
    fn sym(&self, i: usize) -> Option<(u32, u64, u8, u16)> {
        let s = self.symtab.checked_add(i.checked_mul(self.syment)?)?;
        let b = self.b();
        if self.is64 {
            Some((b.u32(s)?, b.u64(s + 8)?, b.u8(s + 4)?, b.u16(s + 6)?))
        } else {
            Some((
                b.u32(s)?,
                b.u32(s + 4)? as u64,
                b.u8(s + 12)?,
                b.u16(s + 14)?,
            ))
        }
    }

    fn str_at(&self, off: u32) -> Option<&'a [u8]> {
        let off = off as usize;
        if off >= self.strsz {
            return None;
        }
        let s = self.b().cstr(self.strtab.checked_add(off)?)?;
        if off + s.len() < self.strsz {
            Some(s)
        } else {
            None
        }
    }

    /// Whether symbol `i` has version `ver` (no version table: any).
    fn version_matches(&self, i: usize, ver: &[u8]) -> bool {
        let (Some(versym), Some(verdef)) = (self.versym, self.verdef) else {
            return true;
        };
        let Some(ndx) = i
            .checked_mul(2)
            .and_then(|o| o.checked_add(versym))
            .and_then(|o| self.b().u16(o))
        else {
            return false;
        };
        let ndx = ndx & 0x7fff; // the hidden bit does not change the version
        let b = self.b();
        let mut d = verdef;
        for _ in 0..self.verdefnum.clamp(1, 64) {
            let at = |k: usize| d.checked_add(k);
            let (Some(flags), Some(vndx), Some(aux), Some(next)) = (
                at(2).and_then(|o| b.u16(o)),
                at(4).and_then(|o| b.u16(o)),
                at(12).and_then(|o| b.u32(o)),
                at(16).and_then(|o| b.u32(o)),
            ) else {
                return false;
            };
            if vndx == ndx && flags & VER_FLG_BASE == 0 {
                let name = d
                    .checked_add(aux as usize)
                    .and_then(|a| b.u32(a))
                    .and_then(|n| self.str_at(n));
                return name == Some(ver);
            }
            if next == 0 {
                return false;
            }
            match d.checked_add(next as usize) {
                Some(n) => d = n,
                None => return false,
            }
        }
        false
    }

    /// Runtime address of symbol `i` if it is the defined function `name`
    /// with version `ver`, inside the loaded segment.
    fn accept(&self, i: usize, name: &[u8], ver: &[u8]) -> Option<usize> {
        let (n, value, info, shndx) = self.sym(i)?;
        let (ty, bind) = (info & 0xf, info >> 4);
        if shndx == SHN_UNDEF
            || !(ty == STT_FUNC || ty == STT_NOTYPE)
            || !(bind == STB_GLOBAL || bind == STB_WEAK)
        {
            return None;
        }
        if self.str_at(n)? != name || !self.version_matches(i, ver) {
            return None;
        }
        if value < self.load_start || value >= self.load_end {
            return None;
        }
        Some(to_usize(value)?.wrapping_add(self.bias))
    }

    /// Look `name`@`ver` up through `DT_GNU_HASH`, else `DT_HASH`.
    pub fn lookup(&self, name: &str, ver: &str) -> Option<usize> {
        let (name, ver) = (name.as_bytes(), ver.as_bytes());
        if let Some(h) = self.gnu_hash {
            return self.lookup_gnu(h, name, ver);
        }
        self.lookup_sysv(self.hash?, name, ver)
    }

    fn lookup_sysv(&self, h: usize, name: &[u8], ver: &[u8]) -> Option<usize> {
        let b = self.b();
        let nbucket = b.u32(h)? as usize;
        let nchain = b.u32(h + 4)? as usize;
        if nbucket == 0 {
            return None;
        }
        let mut hv: u32 = 0;
        for &c in name {
            hv = (hv << 4).wrapping_add(c as u32);
            let g = hv & 0xf000_0000;
            if g != 0 {
                hv ^= g >> 24;
            }
            hv &= !g;
        }
        let buckets = h + 8;
        let chains = buckets.checked_add(nbucket.checked_mul(4)?)?;
        let mut i = b.u32(buckets.checked_add((hv as usize % nbucket) * 4)?)? as usize;
        // A chain can visit each symbol once; more steps means a cycle.
        for _ in 0..nchain.min(MAX_WALK) {
            if i == 0 || i >= nchain {
                return None;
            }
            if let Some(a) = self.accept(i, name, ver) {
                return Some(a);
            }
            i = b.u32(chains.checked_add(i.checked_mul(4)?)?)? as usize;
        }
        None
    }

    fn lookup_gnu(&self, h: usize, name: &[u8], ver: &[u8]) -> Option<usize> {
        let b = self.b();
        let nbuckets = b.u32(h)? as usize;
        let symoffset = b.u32(h + 4)? as usize;
        let bloom_size = b.u32(h + 8)? as usize;
        if nbuckets == 0 {
            return None;
        }
        let mut hv: u32 = 5381;
        for &c in name {
            hv = hv.wrapping_mul(33).wrapping_add(c as u32);
        }
        let word = if self.is64 { 8 } else { 4 };
        let buckets = (h + 16).checked_add(bloom_size.checked_mul(word)?)?;
        let chains = buckets.checked_add(nbuckets.checked_mul(4)?)?;
        let mut i = b.u32(buckets.checked_add((hv as usize % nbuckets) * 4)?)? as usize;
        if i < symoffset {
            return None;
        }
        // The chain ends at an entry with the low bit set; bound the walk by
        // how many symbols could fit in the image.
        let max = self
            .bytes
            .len()
            .checked_div(self.syment)
            .unwrap_or(0)
            .min(MAX_WALK);
        for _ in 0..max {
            let ch = b.u32(chains.checked_add((i - symoffset).checked_mul(4)?)?)?;
            if (ch | 1) == (hv | 1)
                && let Some(a) = self.accept(i, name, ver)
            {
                return Some(a);
            }
            if ch & 1 != 0 {
                return None;
            }
            i = i.checked_add(1)?;
        }
        None
    }

    /// Runtime address of the image.
    pub fn base(&self) -> usize {
        self.base
    }
}

/// Parse the vDSO mapped at `base` (from `AT_SYSINFO_EHDR`).
///
/// # Safety
/// `base` must be the address the kernel gave in `AT_SYSINFO_EHDR`: at
/// least one readable page holding an ELF image whose first `PT_LOAD`
/// segment is mapped in full.
pub unsafe fn image_at(base: usize, machine: u16) -> Option<Image<'static>> {
    if base == 0 || !base.is_multiple_of(4096) {
        return None;
    }
    // SAFETY: the first page is mapped (the kernel maps the whole image).
    let first = unsafe { core::slice::from_raw_parts(base as *const u8, 4096) };
    // Size the image from its own first PT_LOAD, read within the first page.
    let probe = Image::parse_len(first, machine)?;
    let len = probe.max(4096);
    if len > 1 << 20 {
        return None;
    }
    // SAFETY: the kernel maps the vDSO's whole loadable segment.
    let all = unsafe { core::slice::from_raw_parts(base as *const u8, len) };
    Image::parse(all, base, machine).ok()
}

impl Image<'_> {
    /// The file size the first `PT_LOAD` claims, from headers in `first`.
    fn parse_len(first: &[u8], machine: u16) -> Option<usize> {
        let b = Bytes(first);
        let is64 = machine != EM_386;
        let (phoff, phentsize, phnum) = if is64 {
            (
                to_usize(b.u64(32)?)?,
                b.u16(54)? as usize,
                b.u16(56)? as usize,
            )
        } else {
            (
                b.u32(28)? as usize,
                b.u16(42)? as usize,
                b.u16(44)? as usize,
            )
        };
        if phentsize == 0 {
            return None;
        }
        for i in 0..phnum.min(64) {
            let h = phoff.checked_add(i.checked_mul(phentsize)?)?;
            if b.u32(h)? == PT_LOAD {
                let (off, filesz) = if is64 {
                    (b.u64(h + 8)?, b.u64(h + 32)?)
                } else {
                    (b.u32(h + 4)? as u64, b.u32(h + 16)? as u64)
                };
                return to_usize(off.checked_add(filesz)?);
            }
        }
        None
    }
}

/// The vDSO entry points ferrolibc uses; 0 where absent. Written once, on
/// the first request, read-only afterwards.
pub struct Table {
    slots: [AtomicUsize; 8],
}

/// Indices into [`Table`].
#[derive(Clone, Copy)]
pub enum Sym {
    ClockGettime = 0,
    Gettimeofday = 1,
    Time = 2,
    ClockGetres = 3,
    Getcpu = 4,
    Getrandom = 5,
    /// i386 `__kernel_vsyscall`.
    Vsyscall = 6,
    /// i386 `__vdso_clock_getres` (32-bit timespec; a resolution always
    /// fits), for kernels whose vDSO lacks `__vdso_clock_getres_time64`.
    ClockGetres32 = 7,
}

pub static TABLE: Table = Table {
    slots: [const { AtomicUsize::new(0) }; 8],
};
static READY: AtomicBool = AtomicBool::new(false);

impl Table {
    /// The entry for `s`, or 0 when the vDSO lacks it (or there is none).
    #[inline(always)]
    pub fn get(&self, s: Sym) -> usize {
        if !READY.load(Ordering::Acquire) {
            fill();
        }
        self.slots[s as usize & 7].load(Ordering::Relaxed)
    }
    /// Whether the table has been filled (then [`Table::get_filled`] is
    /// the whole lookup).
    #[inline(always)]
    pub fn ready(&self) -> bool {
        READY.load(Ordering::Acquire)
    }

    /// Fill the table now (idempotent); for callers that keep this off
    /// their fast path.
    #[cold]
    pub fn fill(&self) {
        fill()
    }

    /// The entry for `s`, once [`Table::ready`] said so.
    #[inline(always)]
    pub fn get_filled(&self, s: Sym) -> usize {
        self.slots[s as usize & 7].load(Ordering::Relaxed)
    }

    fn set(&self, s: Sym, v: usize) {
        self.slots[s as usize & 7].store(v, Ordering::Relaxed)
    }
}

/// Find the vDSO from the auxv and fill [`TABLE`] with this arch's
/// symbols. Threads racing here compute and store the same values.
#[cold]
#[inline(never)]
fn fill() {
    let base = crate::auxv::get(crate::auxv::AT_SYSINFO_EHDR);
    // SAFETY: the value comes from the kernel's AT_SYSINFO_EHDR.
    if let Some(img) = unsafe { image_at(base, crate::arch::ELF_MACHINE) } {
        for &(sym, name, ver) in crate::arch::VDSO_SYMBOLS {
            if let Some(a) = img.lookup(name, ver) {
                TABLE.set(sym, a);
            }
        }
    }
    crate::arch::vdso_filled(TABLE.slots[Sym::Vsyscall as usize].load(Ordering::Relaxed));
    READY.store(true, Ordering::Release);
}

#[cfg(test)]
mod tests;
