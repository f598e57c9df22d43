//! Static TLS and the thread control block.
//!
//! The initial thread's TLS block comes from the program's `PT_TLS` segment
//! (found through `AT_PHDR`/`AT_PHNUM`): `.tdata` copied, `.tbss` zeroed,
//! alignment honoured. The TCB follows each ABI so gcc-compiled code finds
//! what it expects: x86_64/i386 use variant II (TLS below the thread
//! pointer, self pointer at `tp+0`, canary at `%fs:0x28`/`%gs:0x14`, i386
//! sysinfo at `%gs:0x10`); aarch64 and riscv64 use variant I (TLS above the
//! thread pointer, after a 16-byte gap on aarch64, none on riscv64). Our own
//! per-thread state ([`Thread`]) sits inside the TCB on x86 and just below
//! the thread pointer on the variant I arches.
use crate::arch;
use crate::auxv;
use core::mem::size_of;

/// ferrolibc's per-thread state.
#[repr(C)]
pub struct Thread {
    /// `errno` of this thread.
    pub errno: i32,
    /// Kernel thread id (filled lazily by users that need it).
    pub tid: i32,
    /// Slot for a per-thread pointer owned by the libc layer (e.g. the
    /// vDSO getrandom state); null until that layer sets it.
    pub libc_slot: [usize; 4],
    /// `h_errno` of this thread (`<netdb.h>`'s lookup status).
    pub h_errno: i32,
}

impl Thread {
    pub const fn new() -> Self {
        Thread {
            errno: 0,
            tid: 0,
            libc_slot: [0; 4],
            h_errno: 0,
        }
    }
}

impl Default for Thread {
    fn default() -> Self {
        Self::new()
    }
}

/// The calling thread's [`Thread`].
///
/// Valid once [`init_main_thread`] has run.
#[inline(always)]
pub fn current() -> *mut Thread {
    arch::current_thread()
}

/// What the program's `PT_TLS` segment asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlsImage {
    pub image: usize,
    pub filesz: usize,
    pub memsz: usize,
    pub align: usize,
}

/// An ELF program header of the native word size (`Elf64_Phdr`).
#[cfg(target_pointer_width = "64")]
#[repr(C)]
pub struct Phdr {
    pub p_type: u32,
    pub p_flags: u32,
    pub p_offset: u64,
    pub p_vaddr: u64,
    pub p_paddr: u64,
    pub p_filesz: u64,
    pub p_memsz: u64,
    pub p_align: u64,
}

/// An ELF program header of the native word size (`Elf32_Phdr`).
#[cfg(target_pointer_width = "32")]
#[repr(C)]
pub struct Phdr {
    pub p_type: u32,
    pub p_offset: u32,
    pub p_vaddr: u32,
    pub p_paddr: u32,
    pub p_filesz: u32,
    pub p_memsz: u32,
    pub p_flags: u32,
    pub p_align: u32,
}

const PT_PHDR: u32 = 6;
const PT_TLS: u32 = 7;

/// Find `PT_TLS` in the program headers at `phdr` (`phnum` entries of
/// `phent` bytes), relocating by the load bias taken from `PT_PHDR`.
///
/// # Safety
/// `phdr` must point to `phnum` readable program headers.
pub unsafe fn find_tls(phdr: usize, phent: usize, phnum: usize) -> Option<TlsImage> {
    if phdr == 0 || phent < size_of::<Phdr>() {
        return None;
    }
    let at = |i: usize| -> &Phdr {
        // SAFETY: i < phnum and the caller vouches for the table.
        unsafe { &*((phdr + i * phent) as *const Phdr) }
    };
    let mut bias = 0usize;
    for i in 0..phnum {
        if at(i).p_type == PT_PHDR {
            bias = phdr.wrapping_sub(at(i).p_vaddr as usize);
        }
    }
    for i in 0..phnum {
        let h = at(i);
        if h.p_type == PT_TLS {
            return Some(TlsImage {
                image: bias.wrapping_add(h.p_vaddr as usize),
                filesz: h.p_filesz as usize,
                memsz: h.p_memsz as usize,
                align: (h.p_align as usize).max(1),
            });
        }
    }
    None
}

/// Where things go inside one thread's TLS area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Bytes to reserve (including slack for aligning the base).
    pub size: usize,
    /// Alignment the thread pointer must have.
    pub align: usize,
}

/// Offsets relative to the thread pointer, once `tp` is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// Address the thread pointer takes.
    pub tp: usize,
    /// Address of the TCB structure.
    pub tcb: usize,
    /// Address of the TLS block (`.tdata` then `.tbss`).
    pub block: usize,
}

const fn round_up(x: usize, a: usize) -> usize {
    (x + a - 1) & !(a - 1)
}

/// Size and alignment for a TCB plus the TLS image `img` on this arch.
pub fn layout(img: &TlsImage) -> Layout {
    let align = img.align.max(arch::TCB_ALIGN).max(16);
    let size = arch::TCB_SIZE
        + round_up(arch::TLS_GAP, img.align)
        + round_up(img.memsz, img.align)
        + align;
    Layout { size, align }
}

/// Place the TCB and TLS block in `[base, base + layout.size)`.
pub fn place(img: &TlsImage, base: usize) -> Placement {
    let l = layout(img);
    if arch::TLS_ABOVE_TP {
        // variant I: [Tcb ... tp][gap][block]
        let tp = round_up(base + arch::TCB_SIZE, l.align);
        let tcb = tp - arch::TP_OFFSET_IN_TCB;
        let block = tp + round_up(arch::TLS_GAP, img.align);
        Placement { tp, tcb, block }
    } else {
        // variant II: [block][tp = Tcb ...]
        let off = round_up(img.memsz, img.align);
        let tp = round_up(base + off, l.align);
        Placement {
            tp,
            tcb: tp,
            block: tp - off,
        }
    }
}

/// The canary: a word from `AT_RANDOM`, low byte zeroed so string
/// overflows cannot reproduce it.
pub fn canary_from_random(at_random: usize) -> usize {
    let raw = if at_random != 0 {
        // SAFETY: AT_RANDOM points at 16 random bytes the kernel provides.
        unsafe { core::ptr::read_unaligned(at_random as *const usize) }
    } else {
        // No AT_RANDOM: mix what differs between runs.
        let stack = &at_random as *const usize as usize;
        stack.rotate_left(17) ^ 0x5bd1_e995usize.wrapping_mul(stack)
    };
    raw & !0xff
}

#[repr(align(64))]
struct MainArea(#[allow(dead_code)] [u8; 1024]);
static mut MAIN_AREA: MainArea = MainArea([0; 1024]);

pub(crate) fn fail(msg: &[u8]) -> ! {
    // SAFETY: write to fd 2 and exit_group take plain values / a valid buffer.
    unsafe {
        syscall::early::syscall3(
            syscall::nr::__NR_write as usize,
            2,
            msg.as_ptr() as usize,
            msg.len(),
        );
        syscall::early::syscall1(syscall::nr::__NR_exit_group as usize, 127);
    }
    #[allow(clippy::empty_loop)]
    loop {}
}

/// An anonymous read/write mapping through the early (pre-TCB) syscall path.
///
/// # Safety
/// None beyond the kernel's.
unsafe fn early_mmap_anon(len: usize) -> isize {
    use syscall::nr::{MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE};
    // SAFETY: an anonymous mapping touches no existing memory.
    unsafe {
        syscall::early::syscall6(
            arch::NR_MMAP,
            0,
            len,
            (PROT_READ | PROT_WRITE) as usize,
            (MAP_PRIVATE | MAP_ANONYMOUS) as usize,
            usize::MAX,
            0,
        )
    }
}

/// Set up static TLS and the TCB for the initial thread, then install the
/// thread pointer.
///
/// # Safety
/// Runs once, on the initial thread, after [`auxv::init`].
pub unsafe fn init_main_thread(canary: usize) {
    let img = {
        // SAFETY: the kernel's AT_PHDR/AT_PHENT/AT_PHNUM describe our headers.
        unsafe {
            find_tls(
                auxv::get(auxv::AT_PHDR),
                auxv::get(auxv::AT_PHENT),
                auxv::get(auxv::AT_PHNUM),
            )
        }
    }
    .unwrap_or(TlsImage {
        image: 0,
        filesz: 0,
        memsz: 0,
        align: 1,
    });
    if !img.align.is_power_of_two() || img.filesz > img.memsz {
        fail(b"ferrolibc: bad PT_TLS segment\n");
    }
    // SAFETY: written once here, before any other thread exists.
    unsafe { IMAGE = img };
    let l = layout(&img);
    let base = if l.size <= 1024 {
        &raw mut MAIN_AREA as usize
    } else {
        // SAFETY: an anonymous private mapping has no preconditions.
        let r = unsafe { early_mmap_anon(l.size) };
        match syscall::decode(r) {
            Ok(p) => p,
            Err(_) => fail(b"ferrolibc: cannot allocate TLS\n"),
        }
    };
    let p = place(&img, base);
    // SAFETY: [base, base+size) is ours and zeroed (bss or fresh mapping);
    // the image range comes from PT_TLS of this very program.
    unsafe {
        copy_image(p.block as *mut u8, img.image as *const u8, img.filesz);
        arch::init_tcb(p.tcb, p.tp, canary);
        arch::set_thread_pointer(p.tp);
    }
}

/// The program's `PT_TLS` segment, recorded at startup for new threads
/// (all zero until then, so it costs `.bss`, not `.data`: `align` 0
/// reads as 1).
static mut IMAGE: TlsImage = TlsImage {
    image: 0,
    filesz: 0,
    memsz: 0,
    align: 0,
};

/// The TLS image every thread's block starts from.
pub fn image() -> TlsImage {
    // SAFETY: written once during startup, read-only afterwards.
    let mut i = unsafe { IMAGE };
    i.align = i.align.max(1);
    i
}

/// Set up a new thread's TLS block and TCB in zeroed memory
/// `[base, base + layout(&image()).size)`: `.tdata` copied, `.tbss` left
/// zero, the TCB filled from the calling thread's (the canary and, on
/// i386, the sysinfo slot are the same in every thread). Returns where
/// things went; [`thread_of`] names the new thread's [`Thread`].
///
/// # Safety
/// The range is writable, zeroed and unused; the caller is a thread set
/// up by [`init_main_thread`] or by this function.
pub unsafe fn init_thread(base: usize) -> Placement {
    let img = image();
    let p = place(&img, base);
    // SAFETY: the caller's range holds the block and TCB (see `place`).
    unsafe {
        copy_image(p.block as *mut u8, img.image as *const u8, img.filesz);
        arch::init_thread_tcb(p.tcb);
    }
    p
}

/// The calling thread's TLS block (where its copy of `.tdata` starts), or
/// 0 when the program has no TLS.
pub fn current_block() -> usize {
    let img = image();
    if img.memsz == 0 {
        return 0;
    }
    let tcb = current() as usize - arch::THREAD_IN_TCB;
    if arch::TLS_ABOVE_TP {
        tcb + arch::TP_OFFSET_IN_TCB + round_up(arch::TLS_GAP, img.align)
    } else {
        tcb - round_up(img.memsz, img.align)
    }
}

/// The [`Thread`] of a thread whose TCB is at `p`.
pub fn thread_of(p: &Placement) -> *mut Thread {
    (p.tcb + arch::THREAD_IN_TCB) as *mut Thread
}

/// Copy the TLS image (a few bytes to a few KiB, once) byte by byte.
/// The volatile accesses keep the loop a loop: a `memcpy` call from this
/// crate goes through a GOT entry, a `.got` section in every static
/// program, and its dispatch would run before anything is set up.
///
/// # Safety
/// `n` readable bytes at `s`, `n` writable ones at `d`, not overlapping.
unsafe fn copy_image(d: *mut u8, s: *const u8, n: usize) {
    for i in 0..n {
        // SAFETY: `i < n` (the caller's ranges).
        unsafe { d.add(i).write_volatile(s.add(i).read_volatile()) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placement_respects_alignment_and_bounds() {
        for align in [1usize, 4, 8, 16, 32, 64, 128, 4096] {
            for memsz in [0usize, 1, 7, 64, 100, 5000] {
                let img = TlsImage {
                    image: 0,
                    filesz: 0,
                    memsz,
                    align,
                };
                let l = layout(&img);
                for base in [0x10000usize, 0x10008, 0x10010, 0x10fc0] {
                    let p = place(&img, base);
                    assert_eq!(p.block % align, 0, "block aligned");
                    assert_eq!(p.tp % l.align, 0);
                    assert!(p.block >= base && p.block + memsz <= base + l.size);
                    assert!(p.tcb >= base && p.tcb + arch::TCB_SIZE <= base + l.size);
                    if arch::TLS_ABOVE_TP {
                        assert_eq!(p.block, p.tp + round_up(arch::TLS_GAP, align));
                    } else {
                        // what the linker assumes for variant II
                        assert_eq!(p.block, p.tp - round_up(memsz, align));
                    }
                }
            }
        }
    }

    #[test]
    fn canary_low_byte_is_zero() {
        let bytes = [0xabu8; 16];
        let c = canary_from_random(bytes.as_ptr() as usize);
        assert_eq!(c & 0xff, 0);
        assert_ne!(c, 0);
        assert_eq!(canary_from_random(0) & 0xff, 0);
    }
}
