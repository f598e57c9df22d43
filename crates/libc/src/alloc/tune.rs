//! The heap's knobs: `mallopt`'s `M_MMAP_THRESHOLD`, `M_MMAP_MAX`,
//! `M_TRIM_THRESHOLD` and `M_TOP_PAD` (and their environment variables)
//! in this allocator's terms.
//!
//! * **mmap threshold**: a request of at least this many bytes gets a
//!   mapping of its own (default: past [`SMALL_MAX`], 128 KiB). A lower
//!   value moves the line down. A higher one keeps the blocks it covers
//!   out of a mapping only up to [`SMALL_MAX`]: there is no slab class
//!   above it, so bigger blocks are always mapped. Once set, `realloc`
//!   moves a growing small block to a mapping at the threshold too
//!   (by default it does past [`GROW_MAP`] or a page, to grow by
//!   `mremap`).
//! * **mmap max**: at most this many blocks with a mapping of their own
//!   at once (default 65536, glibc's). Past it, a request the threshold
//!   would map is served by a slab if it fits one (≤ [`SMALL_MAX`]);
//!   a bigger one is still mapped, having nowhere else to go.
//! * **trim threshold / top pad**: by default free pages go back to the
//!   kernel by epochs (see [`EPOCH_MIN`]). Setting either switches to
//!   glibc's rule: once a slab empties and the free memory whose pages
//!   are still resident reaches the trim threshold (default 128 KiB),
//!   every whole free page goes back (`MADV_DONTNEED`) but the top pad's
//!   worth (default 128 KiB), the lowest, which the next slabs take
//!   first. A threshold of `SIZE_MAX` (`-1`) never trims.
use super::*;

/// glibc's `DEFAULT_MMAP_MAX`.
pub const MMAP_MAX: usize = 65536;
/// glibc's default trim threshold and top pad (`mallopt(3)`).
pub const TRIM_DEFAULT: usize = 128 << 10;

/// The knobs the cold paths read (the fast path's one, the largest
/// request served by a class, is [`Heap`]'s first field).
pub struct Tune {
    /// Requests of at least this get a mapping (while `mmap_max` allows).
    pub(super) map_from: AtomicUsize,
    /// `realloc` moves a small block growing past this to a mapping
    /// (0: the default, [`GROW_MAP`] or a page).
    pub(super) grow_map: AtomicUsize,
    pub(super) mmap_max: AtomicUsize,
    /// Whether the trim threshold rule replaces the epochs.
    pub(super) trim_on: AtomicBool,
    pub(super) trim_at: AtomicUsize,
    pub(super) top_pad: AtomicUsize,
    /// Whether [`Pages::configure`] ran.
    pub(super) configured: AtomicBool,
}

impl Tune {
    pub const fn new() -> Self {
        Tune {
            map_from: AtomicUsize::new(SMALL_MAX + 1),
            grow_map: AtomicUsize::new(0),
            mmap_max: AtomicUsize::new(MMAP_MAX),
            trim_on: AtomicBool::new(false),
            trim_at: AtomicUsize::new(TRIM_DEFAULT),
            top_pad: AtomicUsize::new(TRIM_DEFAULT),
            configured: AtomicBool::new(false),
        }
    }
}

impl Default for Tune {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    /// Read the environment's settings once, before the first allocation
    /// (or `mallopt`) uses the knobs.
    #[inline]
    pub fn configure(&self, os: &impl Pages) {
        if !self.tune.configured.load(Ordering::Acquire) {
            self.configure_now(os);
        }
    }

    #[cold]
    #[inline(never)]
    fn configure_now(&self, os: &impl Pages) {
        // Set first: the settings below do not allocate, and a second
        // thread reading the same environment again is harmless.
        self.tune.configured.store(true, Ordering::Release);
        os.configure(self);
    }

    /// `M_MMAP_THRESHOLD`: requests of at least `t` bytes get a mapping.
    pub fn set_mmap_threshold(&self, t: usize) {
        self.tune.map_from.store(t, Ordering::Relaxed);
        self.tune
            .grow_map
            .store(t.saturating_sub(1).max(1), Ordering::Relaxed);
        self.slab_to
            .store(t.saturating_sub(1).min(SMALL_MAX), Ordering::Relaxed);
    }

    /// `M_MMAP_MAX`: at most `n` blocks with a mapping of their own.
    pub fn set_mmap_max(&self, n: usize) {
        self.tune.mmap_max.store(n, Ordering::Relaxed);
    }

    /// `M_TRIM_THRESHOLD`: switch to the threshold rule, at `t` bytes.
    pub fn set_trim_threshold(&self, t: usize) {
        self.tune.trim_at.store(t, Ordering::Relaxed);
        self.tune.trim_on.store(true, Ordering::Relaxed);
    }

    /// `M_TOP_PAD`: switch to the threshold rule, keeping `p` bytes.
    pub fn set_top_pad(&self, p: usize) {
        self.tune.top_pad.store(p, Ordering::Relaxed);
        self.tune.trim_on.store(true, Ordering::Relaxed);
    }

    /// Whether another block may get a mapping of its own.
    #[inline]
    pub(super) fn may_map(&self) -> bool {
        self.large.count() < self.tune.mmap_max.load(Ordering::Relaxed)
    }

    /// Whether a request of `n` bytes (at most [`SMALL_MAX`]) gets a
    /// mapping rather than a slab.
    #[inline]
    pub(super) fn maps(&self, n: usize) -> bool {
        n >= self.tune.map_from.load(Ordering::Relaxed) && self.may_map()
    }

    /// The size past which `realloc` moves a small block to a mapping.
    #[inline]
    pub(super) fn grow_map(&self, os: &impl Pages) -> usize {
        match self.tune.grow_map.load(Ordering::Relaxed) {
            0 => GROW_MAP.max(os.page_size()),
            g => g,
        }
    }

    /// After a slab emptied (lock held): the threshold rule, if it is on.
    #[inline]
    pub(super) fn trim_check(&self, h: &mut Central, os: &impl Pages) {
        if self.tune.trim_on.load(Ordering::Relaxed)
            && h.resident * GRAN >= self.tune.trim_at.load(Ordering::Relaxed)
        {
            self.sweep(h, self.tune.top_pad.load(Ordering::Relaxed), os);
        }
    }

    /// `M_PERTURB` on free: fill the live block `p` with `byte` — all
    /// of a small block, and of a large one whose mapping may be kept for
    /// reuse (one bigger goes back to the kernel at once, as glibc's
    /// mmapped blocks, which it never fills).
    ///
    /// # Safety
    /// As [`Heap::free`].
    pub unsafe fn perturb_free(&self, cache: &Cache, p: *mut u8, byte: u8) -> Result<(), Fault> {
        // SAFETY: forwarded contract.
        let n = match unsafe { self.live(cache, p)? } {
            Block::Small { class, .. } => SIZE[cls(class)] as usize,
            Block::Large { base, len } if len <= LC_ONE => base as usize + len - p as usize,
            Block::Large { .. } => 0,
        };
        // SAFETY: the block is live and `n` bytes long.
        unsafe { core::ptr::write_bytes(p, byte, n) };
        Ok(())
    }

    /// Whether the epochs purge (the threshold rule is off).
    #[inline]
    pub(super) fn epochs_on(&self) -> bool {
        !self.tune.trim_on.load(Ordering::Relaxed)
    }
}
