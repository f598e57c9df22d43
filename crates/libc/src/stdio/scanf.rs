//! The scanf family (C17 7.21.6.2, POSIX.1-2024 `%n$` and `%m`). A
//! numeric field takes the longest run of bytes that is or begins a
//! matching sequence (at most one byte is pushed back to the input) and
//! fails when that run only begins one ("1e", "0x", "0x1p-"), as the
//! standard says and musl does, where glibc converts the valid prefix
//! (glibc bug 12701); a `%Nc` cut short by the end of input fails too.
//! Otherwise glibc's observable behaviour: input failure (EOF before the
//! first assignment) versus matching failure, `ERANGE` from the strto*
//! conversions, `EILSEQ` for wide conversions of bytes outside ASCII (the
//! C locale).
//!
//! The engine reads from an [`Input`] (a C string or a `FILE`, told apart
//! at run time so `sscanf` and `fscanf` share one engine) and takes the
//! argument pointers from an [`Args`] trait object (the `va_list` through
//! the C shims in `c/scanf.c`, which own the variadic entry points).
//!
//! The wide family (`<wchar.h>`, C17 7.29.2.2 and 7.29.2.4: `fwscanf
//! swscanf wscanf` and their `v` forms) is the same engine over `wchar_t`
//! units (the [`Unit`] trait; each unit type is its own monomorphised
//! copy, so the byte engine is unchanged): the format, the input (a wide
//! string, or a wide-oriented stream read with `fgetwc`'s machinery),
//! widths, `%n` and `%[` sets are in wide characters; numbers take ASCII
//! digits only; white space is the locale's `iswspace`. `%c %s %[` store
//! each character's multibyte form in the thread's locale (`EILSEQ` when
//! it has none: an input failure for `%c`, a matching failure for `%s
//! %[`, as glibc), `%lc %ls %l[ %C %S` the wide characters themselves.
use crate::file::{self, FILE};
use crate::stdlib::float;
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::{EBADF, EILSEQ, ENOMEM, ERANGE};

/// Where the conversions' pointer arguments come from.
pub trait Args {
    /// The next argument in order.
    fn next(&mut self) -> *mut c_void;
    /// Argument number `n` (1-based), for `%n$`.
    fn nth(&mut self, n: usize) -> *mut c_void;
}

/// The input: a NUL-terminated string (`sscanf`, `f` null) or a locked
/// stream (`fscanf`). One concrete type, so the engine exists once; the
/// string case is inlined, the stream case is one call.
pub(crate) struct Input<C: Unit> {
    p: *const C,
    f: *mut FILE,
}

/// The character unit the engine runs over: `u8` (the byte scanf
/// family) or `u32` (`wchar_t`, the wide one). Each is a separate
/// monomorphised engine; what differs between them (reading a stream,
/// white space, storing a `%c %s %[` character) is here.
pub(crate) trait Unit: Copy + Eq + Ord {
    /// The character's value (a byte, or a wide character).
    fn code(self) -> u32;
    /// The ASCII character `b`.
    fn of(b: u8) -> Self;
    /// The character for the engine's ASCII tests: a byte as it is, a
    /// wide character outside ASCII as 0xff (which no test accepts).
    fn byte(self) -> u8;
    /// White space (the C locale's bytes; `iswspace` for wide ones).
    fn space(self) -> bool;
    /// Length of the NUL-terminated string at `p`.
    ///
    /// # Safety
    /// `p` is NUL-terminated.
    unsafe fn len(p: *const Self) -> usize;
    /// The next character of a live, locked stream.
    fn stream_get(f: *mut FILE) -> Option<Self>;
    /// Push back `c`, just read from a live, locked stream.
    fn stream_unget(f: *mut FILE, c: Self);
    /// Store a character of a `%c` (`kind` b'c'), `%s` or `%[` field.
    fn store(self, out: &mut Chars, kind: u8) -> Result<(), Stop>;
}

impl Unit for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
    #[inline(always)]
    fn of(b: u8) -> Self {
        b
    }
    #[inline(always)]
    fn byte(self) -> u8 {
        self
    }
    #[inline(always)]
    fn space(self) -> bool {
        space(self)
    }
    unsafe fn len(p: *const u8) -> usize {
        // SAFETY: p is NUL-terminated.
        unsafe { crate::string::strlen(p as *const c_char) }
    }
    fn stream_get(f: *mut FILE) -> Option<u8> {
        stream_get(f)
    }
    fn stream_unget(f: *mut FILE, c: u8) {
        stream_unget(f, c)
    }
    fn store(self, out: &mut Chars, kind: u8) -> Result<(), Stop> {
        if kind != b'[' {
            return out.byte(self);
        }
        // A wide byte outside ASCII in a `%[` sets EILSEQ and leaves
        // its slot unwritten (as glibc).
        if out.wide && self >= 0x80 {
            if !matches!(out.sink, Sink::Drop) {
                crate::errno::set(EILSEQ as i32);
                out.room()?;
            }
            out.len += 1;
            Ok(())
        } else {
            out.put(self as u32)
        }
    }
}

impl Unit for u32 {
    #[inline(always)]
    fn code(self) -> u32 {
        self
    }
    #[inline(always)]
    fn of(b: u8) -> Self {
        b as u32
    }
    #[inline(always)]
    fn byte(self) -> u8 {
        if self < 0x80 { self as u8 } else { 0xff }
    }
    fn space(self) -> bool {
        crate::wctype::is_space(self as _, crate::locale::ctype_utf8())
    }
    unsafe fn len(p: *const u32) -> usize {
        let mut n = 0;
        // SAFETY: p is NUL-terminated; reads stop at the terminator.
        while unsafe { *p.add(n) } != 0 {
            n += 1;
        }
        n
    }
    #[inline(never)]
    fn stream_get(f: *mut FILE) -> Option<u32> {
        // SAFETY: f is a live, locked, wide stream (fwscan).
        let c = unsafe { file::wide::get_wc(f) };
        if c == file::wide::WEOF { None } else { Some(c) }
    }
    #[inline(never)]
    fn stream_unget(f: *mut FILE, c: u32) {
        // SAFETY: as above; the character was just read.
        unsafe { file::wide::unget_wc(f, c) };
    }
    /// `%lc %ls %l[` store the wide character; `%c %s %[` store its
    /// multibyte form (wcrtomb in the thread's locale): a character the
    /// locale cannot encode is `EILSEQ`, an input failure for `%c` and
    /// a matching failure for `%s %[` (as glibc). Suppressed fields
    /// convert nothing.
    #[inline(never)]
    fn store(self, out: &mut Chars, kind: u8) -> Result<(), Stop> {
        if out.wide {
            return out.put(self);
        }
        if matches!(out.sink, Sink::Drop) {
            out.len += 1;
            return Ok(());
        }
        let mut b = [0u8; 4];
        let Some(n) = crate::wchar::encode_one(self, &mut b) else {
            crate::errno::set(EILSEQ as i32);
            return Err(if kind == b'c' {
                Stop::Input
            } else {
                Stop::Match
            });
        };
        for &x in b.iter().take(n) {
            out.put(x as u32)?;
        }
        Ok(())
    }
}

impl<C: Unit> Input<C> {
    /// # Safety
    /// `p` is a NUL-terminated string that outlives the input.
    pub unsafe fn string(p: *const C) -> Self {
        Input { p, f: null_mut() }
    }

    /// # Safety
    /// `f` is a live stream whose lock the caller holds while scanning.
    pub unsafe fn stream(f: *mut FILE) -> Self {
        Input {
            p: core::ptr::null(),
            f,
        }
    }

    /// The next byte, or `None` at end of input (or on a read error).
    #[inline(always)]
    fn get(&mut self) -> Option<C> {
        if !self.f.is_null() {
            return C::stream_get(self.f);
        }
        // SAFETY: p points into the string, at most at its NUL.
        let c = unsafe { *self.p };
        if c.code() == 0 {
            return None;
        }
        // SAFETY: c was not the NUL, so the next byte is in the string.
        self.p = unsafe { self.p.add(1) };
        Some(c)
    }

    /// Push back `c`, the byte the last `get` returned.
    fn unget(&mut self, c: C) {
        if self.f.is_null() {
            // SAFETY: the byte before p was returned by get.
            self.p = unsafe { self.p.sub(1) };
        } else {
            C::stream_unget(self.f, c);
        }
    }
}

/// Push `c`, the byte just read, back into a live, locked stream.
#[inline(never)]
fn stream_unget(f: *mut FILE, c: u8) {
    // SAFETY: a live, locked stream (Input::stream's contract); the byte
    // was just read, so there is room.
    unsafe { file::ungetc(f, c as c_int) };
}

/// The next byte of a live, locked stream.
#[inline(never)]
fn stream_get(f: *mut FILE) -> Option<u8> {
    // SAFETY: f is a live, locked stream (Input::stream's contract).
    let c = unsafe { file::getc(f) };
    if c < 0 { None } else { Some(c as u8) }
}

/// C-locale isspace.
fn space(c: u8) -> bool {
    c == b' ' || (9..=13).contains(&c)
}

/// Why a directive stopped the scan.
pub(crate) enum Stop {
    /// Input failure: end of input (or error) before the directive could
    /// match anything.
    Input,
    /// Matching failure (or an invalid directive).
    Match,
    /// Out of memory for `%m`.
    NoMem,
}

/// The input with a count of consumed bytes (for `%n`).
struct Rd<'a, C: Unit> {
    inp: &'a mut Input<C>,
    n: usize,
}

impl<C: Unit> Rd<'_, C> {
    #[inline(never)]
    fn get(&mut self) -> Option<C> {
        let c = self.inp.get();
        if c.is_some() {
            self.n += 1;
        }
        c
    }
    #[inline(never)]
    fn unget(&mut self, c: Option<C>) {
        if let Some(c) = c {
            self.n -= 1;
            self.inp.unget(c);
        }
    }
    /// Next byte of a field with `w` bytes of width left (`None` when the
    /// width is used up: nothing is read then).
    fn next(&mut self, w: usize) -> Option<C> {
        if w == 0 { None } else { self.get() }
    }
    /// Skip white space; the first other byte, or input failure.
    fn skip_space(&mut self) -> Result<C, Stop> {
        loop {
            match self.get() {
                None => return Err(Stop::Input),
                Some(c) if c.space() => {}
                Some(c) => return Ok(c),
            }
        }
    }
}

/// Length modifiers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Len {
    None,
    HH,
    H,
    L,
    LL,
    BigL,
    J,
    Z,
    T,
}

impl Len {
    /// Bytes of the integer this modifier designates.
    fn int_size(self) -> usize {
        match self {
            Len::HH => 1,
            Len::H => 2,
            Len::None => 4,
            Len::L | Len::Z | Len::T => size_of::<c_long>(),
            Len::LL | Len::BigL | Len::J => 8,
        }
    }
    /// Whether a `%c`/`%s`/`%[` with this modifier is wide (glibc: `l`,
    /// `ll`, `L`, `q`, and `j`, `z`, `t` where their type is as wide as a
    /// 64-bit long).
    fn wide(self) -> bool {
        match self {
            Len::L | Len::LL | Len::BigL => true,
            Len::J => size_of::<c_long>() == 8,
            Len::Z | Len::T => size_of::<usize>() == 8,
            _ => false,
        }
    }
    /// The float format of `%e` & co. with this modifier: glibc reads `j`
    /// as long double where intmax_t is wider than long, `z`/`t` as
    /// double where size_t is wider than int, else float.
    fn float(self, ld: float::Fmt) -> float::Fmt {
        let long_is_64 = size_of::<c_long>() == 8;
        match self {
            Len::None | Len::H | Len::HH => float::F32,
            Len::L => float::F64,
            Len::LL | Len::BigL => ld,
            Len::J if long_is_64 => float::F64,
            Len::J => ld,
            Len::Z | Len::T if long_is_64 => float::F64,
            Len::Z | Len::T => float::F32,
        }
    }
}

/// The allocator `%m` hands memory out from (see [`crate::heap`]).
use crate::heap;

/// A growable allocation for `%m` (malloc'd, handed to the caller).
pub(crate) struct Grow {
    p: *mut u8,
    cap: usize,
}

impl Grow {
    #[inline(never)]
    fn new(cap: usize) -> Option<Grow> {
        // SAFETY: plain allocation.
        let p = unsafe { heap::malloc(cap.max(1)) } as *mut u8;
        if p.is_null() {
            crate::errno::set(ENOMEM as i32);
            return None;
        }
        Some(Grow { p, cap: cap.max(1) })
    }
    /// Make room for `need` bytes.
    #[inline(never)]
    fn reserve(&mut self, need: usize) -> bool {
        if need <= self.cap {
            return true;
        }
        let cap = need.max(self.cap.saturating_mul(2));
        // SAFETY: p came from malloc/realloc.
        let q = unsafe { heap::realloc(self.p as *mut c_void, cap) } as *mut u8;
        if q.is_null() {
            crate::errno::set(ENOMEM as i32);
            return false;
        }
        self.p = q;
        self.cap = cap;
        true
    }
    #[inline(never)]
    fn free(self) {
        // SAFETY: p came from malloc/realloc and is not handed out.
        unsafe { heap::free(self.p as *mut c_void) };
    }
}

/// Where the characters of `%c`/`%s`/`%[` go.
pub(crate) enum Sink {
    /// Suppressed.
    Drop,
    /// The caller's array.
    Direct(*mut u8),
    /// A `%m` allocation; stored through the `char **` when done.
    Alloc(Grow, *mut *mut u8),
}

/// A characters field being stored: element size 1 (char) or 4 (wchar_t).
pub(crate) struct Chars {
    sink: Sink,
    wide: bool,
    /// Elements stored (or skipped) so far.
    len: usize,
}

impl Chars {
    fn unit(&self) -> usize {
        if self.wide { 4 } else { 1 }
    }
    /// Room for element `len` (and one more for a terminator).
    fn room(&mut self) -> Result<(), Stop> {
        let need = (self.len + 2) * self.unit();
        if let Sink::Alloc(g, _) = &mut self.sink
            && !g.reserve(need)
        {
            return Err(Stop::NoMem);
        }
        Ok(())
    }
    fn base(&self) -> *mut u8 {
        match &self.sink {
            Sink::Drop => null_mut(),
            Sink::Direct(p) => *p,
            Sink::Alloc(g, _) => g.p,
        }
    }
    /// Store element value `v` at the current slot.
    fn put(&mut self, v: u32) -> Result<(), Stop> {
        if !matches!(self.sink, Sink::Drop) {
            self.room()?;
            let p = self.base();
            // SAFETY: the caller's array is big enough (its contract) or
            // room() made the allocation big enough.
            unsafe {
                if self.wide {
                    (p as *mut u32).add(self.len).write_unaligned(v);
                } else {
                    *p.add(self.len) = v as u8;
                }
            }
        }
        self.len += 1;
        Ok(())
    }
    /// A byte of input: stored as is, or widened (C locale: only ASCII
    /// converts, anything else is EILSEQ).
    fn byte(&mut self, c: u8) -> Result<(), Stop> {
        if self.wide && c >= 0x80 {
            crate::errno::set(EILSEQ as i32);
            return Err(Stop::Match);
        }
        self.put(c as u32)
    }
    /// Terminate (`%s`, `%[`).
    fn nul(&mut self) -> Result<(), Stop> {
        let n = self.len;
        self.put(0)?;
        self.len = n;
        Ok(())
    }
    /// Success: hand a `%m` allocation to the caller.
    fn finish(self) {
        if let Sink::Alloc(g, out) = self.sink {
            // SAFETY: out is the caller's `char **`.
            unsafe { *out = g.p };
        }
    }
    /// Failure: a `%m` allocation is freed and the pointer set to NULL.
    fn fail(self) {
        if let Sink::Alloc(g, out) = self.sink {
            g.free();
            // SAFETY: out is the caller's `char **`.
            unsafe { *out = null_mut() };
        }
    }
}

/// A `%[` set: a bitmap of the characters below 256 (negation applied)
/// and, for wide characters above, the set's text in the format
/// (`start`, after the `[`) walked again.
struct Set {
    bits: [u32; 8],
    neg: bool,
    start: usize,
}

impl Set {
    fn has<C: Unit>(&self, f: &[C], c: C) -> bool {
        let c = c.code();
        if c < 256 {
            return self.bits[(c >> 5) as usize] >> (c & 31) & 1 != 0;
        }
        let mut m = false;
        walk_set(f, self.start, |lo, hi| m |= lo <= c && c <= hi);
        m != self.neg
    }
}

/// Walk the set after `%[` at `f[i..]`, calling `add(lo, hi)` for each
/// member range; whether it is negated and the index after its `]`, or
/// None when unterminated. `]` first (after an optional `^`) is a
/// member; `a-z` is a range when a <= z (from the previous member, so
/// `a-c-e` is a..e); `-` first, last or in a reversed pair is literal.
/// Ranges go by character value.
fn walk_set<C: Unit>(
    f: &[C],
    mut i: usize,
    mut add: impl FnMut(u32, u32),
) -> Option<(bool, usize)> {
    let neg = f.get(i) == Some(&C::of(b'^'));
    if neg {
        i += 1;
    }
    let mut prev: Option<C> = None;
    if f.get(i) == Some(&C::of(b']')) {
        add(b']' as u32, b']' as u32);
        prev = Some(C::of(b']'));
        i += 1;
    }
    loop {
        let &c = f.get(i)?;
        if c == C::of(b']') {
            i += 1;
            break;
        }
        if c == C::of(b'-')
            && let Some(p) = prev
            && let Some(&n) = f.get(i + 1)
            && n != C::of(b']')
            && p <= n
        {
            add(p.code(), n.code());
            prev = Some(n);
            i += 2;
            continue;
        }
        add(c.code(), c.code());
        prev = Some(c);
        i += 1;
    }
    Some((neg, i))
}

/// Parse the set after `%[` at `f[i..]`: the set and the index after its
/// `]`, or None when unterminated (see [`walk_set`]).
#[inline(never)]
fn parse_set<C: Unit>(f: &[C], i: usize) -> Option<(Set, usize)> {
    let mut bits = [0u32; 8];
    let (neg, end) = walk_set(f, i, |lo, hi| {
        for x in lo..=hi.min(255) {
            bits[(x >> 5) as usize] |= 1 << (x & 31);
        }
    })?;
    if neg {
        for w in bits.iter_mut() {
            *w = !*w;
        }
    }
    Some((
        Set {
            bits,
            neg,
            start: i,
        },
        end,
    ))
}

/// A small byte buffer that spills to the heap (the text of a float).
struct Text {
    stack: [u8; 64],
    heap: Option<Grow>,
    len: usize,
}

impl Text {
    fn new() -> Self {
        Text {
            stack: [0; 64],
            heap: None,
            len: 0,
        }
    }
    #[inline(never)]
    fn push(&mut self, c: u8) -> Result<(), Stop> {
        if self.len < self.stack.len() {
            self.stack[self.len] = c;
        } else {
            if self.heap.is_none() {
                let g = Grow::new(256).ok_or(Stop::NoMem)?;
                // SAFETY: the allocation holds 256 > 64 bytes.
                unsafe { core::ptr::copy_nonoverlapping(self.stack.as_ptr(), g.p, 64) };
                self.heap = Some(g);
            }
            let Some(g) = self.heap.as_mut() else {
                return Err(Stop::NoMem);
            };
            if !g.reserve(self.len + 1) {
                return Err(Stop::NoMem);
            }
            // SAFETY: reserved.
            unsafe { *g.p.add(self.len) = c };
        }
        self.len += 1;
        Ok(())
    }
    fn bytes(&self) -> &[u8] {
        match &self.heap {
            // SAFETY: len bytes were written.
            Some(g) => unsafe { core::slice::from_raw_parts(g.p, self.len) },
            None => self.stack.get(..self.len).unwrap_or(&[]),
        }
    }
}

impl Drop for Text {
    fn drop(&mut self) {
        if let Some(g) = self.heap.take() {
            g.free();
        }
    }
}

/// What an integer field scanned: sign, magnitude (saturated), overflow
/// of u64.
struct IntField {
    neg: bool,
    mag: u64,
    over: bool,
}

/// The value of digit `c` in `base` (at most 16), if it is one.
fn digit(c: u8, base: u32) -> Option<u32> {
    let v = match c {
        b'0'..=b'9' => c - b'0',
        _ => (c | 0x20).wrapping_sub(b'a').wrapping_add(10),
    } as u32;
    // Bytes below 'a' wrap to large values; anything >= base is out.
    if v < base { Some(v) } else { None }
}

/// Scan an integer field whose first byte `c` is read already. Base 0
/// detects 0x/0 prefixes; a "0x" prefix is taken in base 16 too.
fn scan_int<C: Unit>(rd: &mut Rd<C>, c: C, mut w: usize, mut base: u32) -> Result<IntField, Stop> {
    let mut r = IntField {
        neg: false,
        mag: 0,
        over: false,
    };
    let mut c = Some(c);
    let mut digits = 0;
    if let Some(s @ (b'+' | b'-')) = c.map(C::byte) {
        r.neg = s == b'-';
        w -= 1;
        c = rd.next(w);
    }
    if c.map(C::byte) == Some(b'0') {
        digits += 1;
        w -= 1;
        c = rd.next(w);
        if matches!(c.map(C::byte), Some(b'x' | b'X')) && (base == 0 || base == 16) {
            // "0x" only begins a hexadecimal integer: without a digit
            // after it the field is a matching failure (C17 7.21.6.2p10).
            digits = 0;
            base = 16;
            w -= 1;
            c = rd.next(w);
        } else if base == 0 {
            base = 8;
        }
    }
    if base == 0 {
        base = 10;
    }
    while let Some(d) = c.and_then(|x| digit(x.byte(), base)) {
        match r
            .mag
            .checked_mul(base as u64)
            .and_then(|v| v.checked_add(d as u64))
        {
            Some(v) => r.mag = v,
            None => r.over = true,
        }
        digits += 1;
        w -= 1;
        c = rd.next(w);
    }
    rd.unget(c);
    if digits == 0 {
        return Err(Stop::Match);
    }
    Ok(r)
}

/// The strtol-family value of a field for an integer of `bits` bits
/// (long or long long): signed clamps, unsigned negates in the type;
/// ERANGE on overflow. Returned as the low `bits` bits.
#[inline(never)]
fn int_value(r: &IntField, signed: bool, bits: u32) -> u64 {
    let umax = if bits == 64 {
        u64::MAX
    } else {
        (1 << bits) - 1
    };
    if signed {
        let max = umax >> 1;
        let lim = if r.neg { max + 1 } else { max };
        if r.over || r.mag > lim {
            crate::errno::set(ERANGE as i32);
            return if r.neg { (max + 1) & umax } else { max };
        }
        if r.neg {
            r.mag.wrapping_neg() & umax
        } else {
            r.mag
        }
    } else {
        if r.over || r.mag > umax {
            crate::errno::set(ERANGE as i32);
            return umax;
        }
        if r.neg {
            r.mag.wrapping_neg() & umax
        } else {
            r.mag
        }
    }
}

/// The states of a float field's text (C17 7.22.1.3p3, the subject
/// sequence of strtod): where the text read so far stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fl {
    /// Nothing yet, or only a sign.
    Start,
    /// A leading "0" (a number; an 'x' may follow).
    Zero,
    /// Decimal digits before any point.
    Int,
    /// A point with no digit yet (".", "-.").
    Dot,
    /// Digits and a point (either order): "1.", ".5", "1.5".
    Frac,
    /// "0x" (or "0X") with no hexadecimal digit yet.
    Hex,
    /// Hexadecimal digits before any point.
    HexInt,
    /// "0x." with no digit yet.
    HexDot,
    /// Hexadecimal digits and a point.
    HexFrac,
    /// 'e' or 'p' read (`true`: the binary exponent of a hex number).
    Exp(bool),
    /// The exponent's sign read.
    ExpSign(bool),
    /// Exponent digits.
    ExpDigits(bool),
    /// `k` letters of "infinity" matched.
    Inf(u8),
    /// `k` letters of "nan" matched.
    Nan(u8),
    /// "nan(" and an n-char-sequence, no ')' yet.
    NanSeq,
    /// "nan(...)": complete, nothing can follow.
    NanEnd,
}

impl Fl {
    /// The state after byte `c`, or None when `c` cannot extend the text
    /// to a prefix of a subject sequence.
    fn step(self, c: u8) -> Option<Fl> {
        let d = c.is_ascii_digit();
        let h = c.is_ascii_hexdigit();
        // ASCII letters compare case-insensitively by their 0x20 bit (no
        // other byte maps onto a lowercase letter that way).
        let l = c | 0x20;
        Some(match self {
            Fl::Start if c == b'0' => Fl::Zero,
            Fl::Start if d => Fl::Int,
            Fl::Start if c == b'.' => Fl::Dot,
            Fl::Start if l == b'i' => Fl::Inf(1),
            Fl::Start if l == b'n' => Fl::Nan(1),
            Fl::Zero if l == b'x' => Fl::Hex,
            Fl::Zero | Fl::Int if d => Fl::Int,
            Fl::Zero | Fl::Int if c == b'.' => Fl::Frac,
            Fl::Dot | Fl::Frac if d => Fl::Frac,
            Fl::Zero | Fl::Int | Fl::Frac if l == b'e' => Fl::Exp(false),
            Fl::Hex | Fl::HexInt if h => Fl::HexInt,
            Fl::Hex if c == b'.' => Fl::HexDot,
            Fl::HexInt if c == b'.' => Fl::HexFrac,
            Fl::HexDot | Fl::HexFrac if h => Fl::HexFrac,
            Fl::HexInt | Fl::HexFrac if l == b'p' => Fl::Exp(true),
            Fl::Exp(b) if c == b'+' || c == b'-' => Fl::ExpSign(b),
            Fl::Exp(b) | Fl::ExpSign(b) | Fl::ExpDigits(b) if d => Fl::ExpDigits(b),
            Fl::Inf(k) if b"infinity".get(k as usize) == Some(&l) => Fl::Inf(k + 1),
            Fl::Nan(k) if b"nan".get(k as usize) == Some(&l) => Fl::Nan(k + 1),
            Fl::Nan(3) if c == b'(' => Fl::NanSeq,
            Fl::NanSeq if c.is_ascii_alphanumeric() || c == b'_' => Fl::NanSeq,
            Fl::NanSeq if c == b')' => Fl::NanEnd,
            _ => return None,
        })
    }
    /// Whether the text is a whole subject sequence, not just a prefix.
    fn complete(self) -> bool {
        matches!(
            self,
            Fl::Zero
                | Fl::Int
                | Fl::Frac
                | Fl::HexInt
                | Fl::HexFrac
                | Fl::ExpDigits(_)
                | Fl::Inf(3 | 8)
                | Fl::Nan(3)
                | Fl::NanEnd
        )
    }
}

/// Scan the text of a float field (first byte `c` read already) into
/// `t`. The input item (C17 7.21.6.2p9) is the longest run of bytes,
/// within the width, that is or begins a strtod subject sequence; the
/// byte after it is pushed back. An item that only begins one ("1e",
/// "0x", "0x1p-", ".", "-", "infin", "nan(x") is a matching failure
/// (7.21.6.2p10), its bytes consumed.
#[inline(never)]
fn scan_float<C: Unit>(rd: &mut Rd<C>, c: C, mut w: usize, t: &mut Text) -> Result<(), Stop> {
    let mut c = Some(c);
    let mut st = Fl::Start;
    if let Some(s @ (b'+' | b'-')) = c.map(C::byte) {
        t.push(s)?;
        w -= 1;
        c = rd.next(w);
    }
    while let Some(ch) = c.map(C::byte) {
        let Some(next) = st.step(ch) else {
            break;
        };
        t.push(ch)?;
        st = next;
        w -= 1;
        c = rd.next(w);
    }
    rd.unget(c);
    if st.complete() {
        Ok(())
    } else {
        Err(Stop::Match)
    }
}

/// Bit `c - 'A'` for the conversion letters 'A'..='z' (and '['), else 0:
/// conversions are classified by bit masks rather than a jump table.
fn conv_bit(c: u8) -> u64 {
    let k = c.wrapping_sub(b'A');
    if k < 64 { 1 << k } else { 0 }
}

/// The mask of `conv_bit` over the letters of `s`.
const fn conv_mask(s: &[u8]) -> u64 {
    let mut m = 0;
    let mut i = 0;
    while i < s.len() {
        m |= 1 << (s[i] - b'A');
        i += 1;
    }
    m
}

/// `%c`, `%s`, `%[` and their wide forms.
const CHARS: u64 = conv_mask(b"cs[CS");
/// The integer conversions.
const INTS: u64 = conv_mask(b"diuoxXp");
/// The floating conversions.
const FLOATS: u64 = conv_mask(b"aAeEfFgG");

/// Store integer `v` (low bytes) through `p` as `size` bytes.
///
/// # Safety
/// `p` points to an object of `size` bytes.
unsafe fn store_int(p: *mut c_void, size: usize, v: u64) {
    // SAFETY: caller's contract.
    unsafe {
        match size {
            1 => *(p as *mut u8) = v as u8,
            2 => (p as *mut u16).write_unaligned(v as u16),
            4 => (p as *mut u32).write_unaligned(v as u32),
            _ => (p as *mut u64).write_unaligned(v),
        }
    }
}

/// The scanf engine: run `fmt` over `inp`, storing through `args`.
/// `ld_mant` is `LDBL_MANT_DIG` (64: x87 extended, 113: binary128).
/// Returns the number of assignments, or EOF as C says.
///
/// # Safety
/// `fmt` is a C string; the arguments are valid pointers of the types
/// the conversions name.
pub(crate) unsafe fn scan<C: Unit>(
    inp: &mut Input<C>,
    fmt: *const C,
    args: &mut dyn Args,
    ld_mant: c_int,
) -> c_int {
    // SAFETY: fmt is a C string.
    let f = unsafe { core::slice::from_raw_parts(fmt, C::len(fmt)) };
    // The format's character at `i` for ASCII tests (0 past its end).
    let at = |i: usize| f.get(i).map_or(0, |c| c.byte());
    let mut rd = Rd { inp, n: 0 };
    let mut done: c_int = 0;
    let mut i = 0;
    let stop = loop {
        let Some(&c) = f.get(i) else {
            return done;
        };
        if c.space() {
            while f.get(i).is_some_and(|&x| x.space()) {
                i += 1;
            }
            loop {
                match rd.get() {
                    Some(x) if x.space() => {}
                    x => {
                        rd.unget(x);
                        break;
                    }
                }
            }
            continue;
        }
        if c != C::of(b'%') {
            i += 1;
            match rd.get() {
                None => break Stop::Input,
                Some(x) if x == c => continue,
                x => {
                    rd.unget(x);
                    break Stop::Match;
                }
            }
        }
        // A conversion: %[n$][*'I]...[width][m][length]conv
        i += 1;
        let num = |i: &mut usize| {
            let mut v: usize = 0;
            while let d @ b'0'..=b'9' = at(*i) {
                v = v.saturating_mul(10).saturating_add((d - b'0') as usize);
                *i += 1;
            }
            v
        };
        let mut pos = 0;
        let width;
        let mut suppress = false;
        let mut alloc = false;
        let j0 = i;
        let n = num(&mut i);
        if i > j0 && at(i) != b'$' {
            // Digits first: the width; no flags may follow.
            width = n;
        } else {
            if i > j0 {
                pos = n;
                i += 1;
            }
            while let fl @ (b'*' | b'\'' | b'I') = at(i) {
                suppress |= fl == b'*';
                i += 1;
            }
            width = num(&mut i);
        }
        if at(i) == b'm' {
            alloc = true;
            i += 1;
        }
        // After `m` glibc accepts only `l`.
        let c0 = at(i);
        let doubled = f.get(i + 1) == f.get(i);
        // black_box keeps the search a loop over 7 bytes instead of a
        // jump table spanning 'L'..='z'.
        let mods: &[u8; 7] = core::hint::black_box(b"hlLqjzt");
        let len = match mods.iter().position(|&x| x == c0) {
            _ if alloc && c0 != b'l' => Len::None,
            Some(0) if doubled => Len::HH,
            Some(0) => Len::H,
            Some(1) if doubled && !alloc => Len::LL,
            Some(1) => Len::L,
            Some(2 | 3) => Len::BigL,
            Some(4) => Len::J,
            Some(5) => Len::Z,
            Some(6) => Len::T,
            _ => Len::None,
        };
        i += match len {
            Len::None => 0,
            Len::HH | Len::LL => 2,
            _ => 1,
        };
        let Some(conv) = f.get(i).map(|c| c.byte()) else {
            break Stop::Match;
        };
        i += 1;
        let w = if width == 0 { usize::MAX } else { width };
        let arg = |args: &mut dyn Args| {
            if pos > 0 { args.nth(pos) } else { args.next() }
        };
        let bit = conv_bit(conv);
        if conv == b'%' {
            match rd.skip_space() {
                Err(e) => break e,
                Ok(x) if x.byte() == b'%' => {}
                Ok(x) => {
                    rd.unget(Some(x));
                    break Stop::Match;
                }
            }
        } else if conv == b'n' {
            if !suppress {
                let p = arg(args);
                // SAFETY: the caller passed a pointer of this size.
                unsafe { store_int(p, len.int_size(), rd.n as u64) };
            }
        } else if bit & CHARS != 0 {
            let wide = len.wide() || conv == b'C' || conv == b'S';
            let kind = match conv {
                b'C' => b'c',
                b'S' => b's',
                k => k,
            };
            let mut set = Set {
                bits: [0; 8],
                neg: false,
                start: 0,
            };
            if kind == b'[' {
                match parse_set(f, i) {
                    Some((s, ni)) => {
                        set = s;
                        i = ni;
                    }
                    None => break Stop::Match,
                }
            }
            let sink = if suppress {
                Sink::Drop
            } else if alloc {
                let out = arg(args) as *mut *mut u8;
                let unit = if wide { 4 } else { 1 };
                let first = if kind == b'c' {
                    if width == 0 { 1 } else { width }
                } else {
                    16
                };
                match Grow::new(first.saturating_mul(unit)) {
                    Some(g) => Sink::Alloc(g, out),
                    None => break Stop::NoMem,
                }
            } else {
                Sink::Direct(arg(args) as *mut u8)
            };
            let mut out = Chars { sink, wide, len: 0 };
            let r = match kind {
                b'c' => scan_c(&mut rd, &mut out, if width == 0 { 1 } else { width }),
                b's' => scan_s(&mut rd, &mut out, w),
                _ => scan_set(&mut rd, &mut out, w, f, &set),
            };
            match r {
                Ok(()) => {
                    if !suppress {
                        done += 1;
                    }
                    out.finish();
                }
                Err(e) => {
                    out.fail();
                    break e;
                }
            }
        } else if bit & INTS != 0 {
            let p = if suppress { null_mut() } else { arg(args) };
            let c = match rd.skip_space() {
                Ok(c) => c,
                Err(e) => break e,
            };
            let (base, signed) = match conv {
                b'd' => (10, true),
                b'i' => (0, true),
                b'u' => (10, false),
                b'o' => (8, false),
                _ => (16, false),
            };
            let (r, size, bits) = if conv == b'p' {
                let r = if c.byte() == b'(' && w >= 5 {
                    match scan_nil(&mut rd) {
                        Ok(()) => Ok(IntField {
                            neg: false,
                            mag: 0,
                            over: false,
                        }),
                        Err(e) => Err(e),
                    }
                } else {
                    scan_int(&mut rd, c, w, base)
                };
                let s = size_of::<*mut c_void>();
                (r, s, 8 * s as u32)
            } else {
                let bits = if len.int_size() == 8 {
                    64
                } else {
                    8 * size_of::<c_long>() as u32
                };
                (scan_int(&mut rd, c, w, base), len.int_size(), bits)
            };
            let r = match r {
                Ok(r) => r,
                Err(e) => break e,
            };
            let v = int_value(&r, signed, bits);
            if !suppress {
                // SAFETY: the caller passed a pointer of this size.
                unsafe { store_int(p, size, v) };
                done += 1;
            }
        } else if bit & FLOATS != 0 {
            let p = if suppress { null_mut() } else { arg(args) };
            let c = match rd.skip_space() {
                Ok(c) => c,
                Err(e) => break e,
            };
            let mut t = Text::new();
            if let Err(e) = scan_float(&mut rd, c, w, &mut t) {
                break e;
            }
            let fmtf = len.float(if ld_mant == 64 {
                float::F80
            } else {
                float::F128
            });
            let r = float::parse(t.bytes(), fmtf);
            // scan_float passed only a whole subject sequence.
            if r.end == 0 || r.end != t.bytes().len() {
                break Stop::Match;
            }
            if r.erange {
                crate::errno::set(ERANGE as i32);
            }
            if !suppress {
                // SAFETY: the caller passed a pointer to the type the
                // modifier names (long double: 10 bytes of x87 data,
                // or a binary128).
                unsafe {
                    if fmtf == float::F32 {
                        (p as *mut u32).write_unaligned(float::encode_ieee(&r, fmtf) as u32);
                    } else if fmtf == float::F64 {
                        (p as *mut u64).write_unaligned(float::encode_ieee(&r, fmtf) as u64);
                    } else if fmtf == float::F80 {
                        let b = float::encode_x87(&r);
                        core::ptr::copy_nonoverlapping(b.as_ptr(), p as *mut u8, 10);
                    } else {
                        let b = float::encode_ieee(&r, fmtf).to_le_bytes();
                        core::ptr::copy_nonoverlapping(b.as_ptr(), p as *mut u8, 16);
                    }
                }
                done += 1;
            }
        } else {
            break Stop::Match;
        }
    };
    match stop {
        Stop::Match => done,
        Stop::Input => {
            if done == 0 {
                -1
            } else {
                done
            }
        }
        Stop::NoMem => -1,
    }
}

/// The rest of "(nil)" for `%p` (the '(' is read): case-insensitive; a
/// mismatching byte is pushed back.
#[inline(never)]
fn scan_nil<C: Unit>(rd: &mut Rd<C>) -> Result<(), Stop> {
    for &want in b"nil)" {
        let c = rd.get();
        if c.map(|x| x.byte().to_ascii_lowercase()) != Some(want) {
            rd.unget(c);
            return Err(Stop::Match);
        }
    }
    Ok(())
}

/// `%c`: exactly `w` bytes. End of input before the first is an input
/// failure; after some but fewer than `w`, the input item is not a
/// matching sequence: a matching failure, nothing assigned (C17
/// 7.21.6.2p9-10, p12 "exactly the number specified by the field width").
#[inline(never)]
fn scan_c<C: Unit>(rd: &mut Rd<C>, out: &mut Chars, w: usize) -> Result<(), Stop> {
    for k in 0..w {
        match rd.get() {
            None if k == 0 => return Err(Stop::Input),
            None => return Err(Stop::Match),
            Some(c) => c.store(out, b'c')?,
        }
    }
    Ok(())
}

/// `%s`: skip white space, then bytes up to white space or the width.
#[inline(never)]
fn scan_s<C: Unit>(rd: &mut Rd<C>, out: &mut Chars, mut w: usize) -> Result<(), Stop> {
    let mut c = Some(rd.skip_space()?);
    while let Some(x) = c {
        if x.space() {
            break;
        }
        x.store(out, b's')?;
        w -= 1;
        c = rd.next(w);
    }
    rd.unget(c);
    out.nul()
}

/// `%[`: a nonempty run of set members, up to the width.
#[inline(never)]
fn scan_set<C: Unit>(
    rd: &mut Rd<C>,
    out: &mut Chars,
    mut w: usize,
    f: &[C],
    set: &Set,
) -> Result<(), Stop> {
    let mut c = rd.get();
    if c.is_none() {
        return Err(Stop::Input);
    }
    let mut any = false;
    while let Some(x) = c {
        if !set.has(f, x) {
            break;
        }
        any = true;
        x.store(out, b'[')?;
        w -= 1;
        c = rd.next(w);
    }
    rd.unget(c);
    if !any {
        return Err(Stop::Match);
    }
    out.nul()
}

/// `vfscanf` on a stream, under its lock.
///
/// # Safety
/// `f` is a live stream; as for `scan`.
pub unsafe fn fscan(f: *mut FILE, fmt: *const u8, args: &mut dyn Args, ld_mant: c_int) -> c_int {
    // SAFETY: f is a live stream.
    unsafe {
        // As glibc: a stream not open for reading fails up front, without
        // the error indicator.
        if (*f).flags & file::F_READ == 0 {
            crate::errno::set(EBADF as i32);
            return -1;
        }
        // Nor does a wide-oriented one take byte input (EOF, as glibc).
        if !file::wide::byte_ok(f) {
            return -1;
        }
        file::lock(f);
        let r = scan(&mut Input::stream(f), fmt, args, ld_mant);
        file::unlock(f);
        r
    }
}

/// `vfwscanf` on a stream, under its lock: the stream becomes wide
/// (glibc orients it before it checks it is readable); a byte-oriented
/// one fails without errno.
///
/// # Safety
/// `f` is a live stream; as for `scan`.
pub unsafe fn fwscan(f: *mut FILE, fmt: *const u32, args: &mut dyn Args, ld_mant: c_int) -> c_int {
    // SAFETY: f is a live stream, locked around the scan.
    unsafe {
        file::lock(f);
        let r = if !file::wide::wide_ok(f) {
            -1
        } else if (*f).flags & file::F_READ == 0 {
            crate::errno::set(EBADF as i32);
            -1
        } else {
            scan(&mut Input::stream(f), fmt, args, ld_mant)
        };
        file::unlock(f);
        r
    }
}

/// The `va_list` of a variadic call, prepared by c/scanf.c: the current
/// position and a copy of the start (for `%n$`). Like the entry points
/// below it exists outside `cfg(test)` only: the helpers it calls live in
/// the C shims, which the host unit tests do not link.
#[cfg(not(test))]
struct VaArgs(*mut c_void);

#[cfg(not(test))]
unsafe extern "C" {
    fn __ferro_va_next(ap: *mut c_void) -> *mut c_void;
    fn __ferro_va_nth(ap: *mut c_void, n: usize) -> *mut c_void;
}

#[cfg(not(test))]
impl Args for VaArgs {
    fn next(&mut self) -> *mut c_void {
        // SAFETY: the shim's va state; scanf's arguments are pointers.
        unsafe { __ferro_va_next(self.0) }
    }
    fn nth(&mut self, n: usize) -> *mut c_void {
        // SAFETY: as above.
        unsafe { __ferro_va_nth(self.0, n) }
    }
}

/// The body of C17 `vfscanf` (and so of `fscanf`, `scanf`, `vscanf`):
/// c/scanf.c passes its `va_list` state and `LDBL_MANT_DIG`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vfscanf(
    f: *mut FILE,
    fmt: *const c_char,
    ap: *mut c_void,
    ld_mant: c_int,
) -> c_int {
    // SAFETY: caller's contract (C17 vfscanf).
    unsafe { fscan(f, fmt as *const u8, &mut VaArgs(ap), ld_mant) }
}

/// The body of C17 `vsscanf` (and so of `sscanf`).
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vsscanf(
    s: *const c_char,
    fmt: *const c_char,
    ap: *mut c_void,
    ld_mant: c_int,
) -> c_int {
    // SAFETY: caller's contract (C17 vsscanf).
    unsafe {
        let mut inp = Input::string(s as *const u8);
        scan(&mut inp, fmt as *const u8, &mut VaArgs(ap), ld_mant)
    }
}

/// The body of C17 `vfwscanf` (and so of `fwscanf`, `wscanf`,
/// `vwscanf`): c/scanf.c passes its `va_list` state and `LDBL_MANT_DIG`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vfwscanf(
    f: *mut FILE,
    fmt: *const crate::wchar::wchar_t,
    ap: *mut c_void,
    ld_mant: c_int,
) -> c_int {
    // SAFETY: caller's contract (C17 vfwscanf).
    unsafe { fwscan(f, fmt as *const u32, &mut VaArgs(ap), ld_mant) }
}

/// The body of C17 `vswscanf` (and so of `swscanf`).
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_vswscanf(
    s: *const crate::wchar::wchar_t,
    fmt: *const crate::wchar::wchar_t,
    ap: *mut c_void,
    ld_mant: c_int,
) -> c_int {
    // SAFETY: caller's contract (C17 vswscanf).
    unsafe {
        let mut inp = Input::string(s as *const u32);
        scan(&mut inp, fmt as *const u32, &mut VaArgs(ap), ld_mant)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Ptrs<'a>(&'a [*mut c_void], usize);
    impl Args for Ptrs<'_> {
        fn next(&mut self) -> *mut c_void {
            self.1 += 1;
            self.0[self.1 - 1]
        }
        fn nth(&mut self, n: usize) -> *mut c_void {
            self.0[n - 1]
        }
    }

    /// sscanf over `s` with the given pointers; returns (result, rest).
    fn ss(s: &str, fmt: &str, p: &[*mut c_void]) -> (c_int, String) {
        let s = std::ffi::CString::new(s).unwrap();
        let fmt = std::ffi::CString::new(fmt).unwrap();
        // SAFETY: NUL-terminated strings; the tests pass matching pointers.
        unsafe {
            let mut inp = Input::string(s.as_ptr() as *const u8);
            let r = scan(&mut inp, fmt.as_ptr() as *const u8, &mut Ptrs(p, 0), 64);
            let rest = std::ffi::CStr::from_ptr(inp.p as *const c_char);
            (r, rest.to_str().unwrap().to_string())
        }
    }

    fn vp<T>(x: &mut T) -> *mut c_void {
        x as *mut T as *mut c_void
    }

    #[test]
    fn ints() {
        let (mut a, mut b) = (0i32, 0i32);
        assert_eq!(
            ss("12 -34x", "%d%d", &[vp(&mut a), vp(&mut b)]),
            (2, "x".into())
        );
        assert_eq!((a, b), (12, -34));
        let mut x = 0i64;
        // "0x" only begins a hexadecimal integer (C17 7.21.6.2p10).
        assert_eq!(ss("0xg", "%llx", &[vp(&mut x)]), (0, "g".into()));
        assert_eq!(ss("0x1p3", "%2lli", &[vp(&mut x)]), (0, "1p3".into()));
        assert_eq!(ss("0x1p3", "%3lli", &[vp(&mut x)]), (1, "p3".into()));
        assert_eq!(x, 1);
        assert_eq!(ss("08", "%lli", &[vp(&mut x)]), (1, "8".into()));
        assert_eq!(x, 0);
        assert_eq!(ss("-", "%lld", &[vp(&mut x)]), (0, "".into()));
        assert_eq!(ss("  ", "%lld", &[vp(&mut x)]), (-1, "".into()));
        assert_eq!(ss("0777", "%lli", &[vp(&mut x)]), (1, "".into()));
        assert_eq!(x, 511);
        assert_eq!(ss("99999999999999999999", "%lld", &[vp(&mut x)]).0, 1);
        assert_eq!(x, i64::MAX);
        let mut p: *mut c_void = null_mut();
        assert_eq!(ss("(NIL)x", "%p", &[vp(&mut p)]), (1, "x".into()));
        assert!(p.is_null());
        assert_eq!(ss("(nil)", "%3p", &[vp(&mut p)]), (0, "(nil)".into()));
    }

    #[test]
    fn floats() {
        let mut d = 0f64;
        let mut e = 0f64;
        for (inp, fmt, r, rest, v) in [
            // Prefixes of a subject sequence fail (C17 7.21.6.2p9-10).
            ("1e+x", "%lf", 0, "x", -7.0),
            ("10e", "%lf", 0, "", -7.0),
            ("0x1p-", "%lf", 0, "", -7.0),
            ("0x1p3", "%2lf", 0, "1p3", -7.0),
            ("0x1p3", "%3lf", 1, "p3", 1.0),
            ("0x", "%lf", 0, "", -7.0),
            ("0x.", "%lf", 0, "", -7.0),
            ("0x.8", "%lf", 1, "", 0.5),
            ("-", "%lf", 0, "", -7.0),
            ("infx", "%lf", 1, "x", f64::INFINITY),
            ("infinitx", "%lf", 0, "x", -7.0),
            ("nan(12)", "%lf", 1, "", f64::NAN),
            ("nan(1", "%lf", 0, "", -7.0),
            ("nan(x)y", "%lf", 1, "y", f64::NAN),
            (".e1", "%lf", 0, "e1", -7.0),
            ("1.2.3", "%lf", 1, ".3", 1.2),
            ("1e5e5", "%lf", 1, "e5", 1e5),
        ] {
            d = -7.0;
            let got = ss(inp, fmt, &[vp(&mut d), vp(&mut e)]);
            assert_eq!(got, (r, rest.into()), "{inp} {fmt}");
            assert!(d == v || (d.is_nan() && v.is_nan()), "{inp} {fmt} {d}");
        }
        let mut ld = [0u8; 16];
        assert_eq!(ss("0.1", "%Lf", &[vp(&mut ld)]).0, 1);
        assert_eq!(
            ld[..10],
            [0xcd, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xfb, 0x3f]
        );
        // Long fields spill to the heap.
        let long = format!("0.{}1", "0".repeat(300));
        assert_eq!(ss(&long, "%lf", &[vp(&mut d)]).0, 1);
        assert_eq!(d, 1e-301);
    }

    #[test]
    fn strings_and_sets() {
        let mut a = [0u8; 16];
        let mut c = 0u8;
        assert_eq!(ss("  abc def", "%s", &[vp(&mut a)]), (1, " def".into()));
        assert_eq!(&a[..4], b"abc\0");
        assert_eq!(
            ss("]a]b", "%[]a]%c", &[vp(&mut a), vp(&mut c)]),
            (2, "".into())
        );
        assert_eq!((&a[..4], c), (&b"]a]\0"[..], b'b'));
        assert_eq!(ss("abcde-x", "%[a-c-e]", &[vp(&mut a)]), (1, "-x".into()));
        assert_eq!(ss("a-c", "%[c-a]", &[vp(&mut a)]), (1, "".into()));
        assert_eq!(ss("abc", "%[abc", &[vp(&mut a)]), (0, "abc".into()));
        assert_eq!(ss("", "%[a]", &[vp(&mut a)]), (-1, "".into()));
        let mut m: *mut u8 = null_mut();
        assert_eq!(
            ss("hello world", "%3ms", &[vp(&mut m)]),
            (1, "lo world".into())
        );
        // SAFETY: %ms stored a malloc'd C string.
        unsafe {
            assert_eq!(
                std::ffi::CStr::from_ptr(m as *const c_char).to_bytes(),
                b"hel"
            );
            heap::free(m as *mut c_void);
        }
        let mut wbuf = [0u32; 4];
        assert_eq!(ss("ab", "%ls", &[vp(&mut wbuf)]), (1, "".into()));
        assert_eq!(wbuf[..3], [97, 98, 0]);
    }

    /// swscanf over `s` with the given pointers; returns (result, rest).
    fn sw(s: &str, fmt: &str, p: &[*mut c_void]) -> (c_int, String) {
        let s: Vec<u32> = s.chars().map(|c| c as u32).chain([0]).collect();
        let fmt: Vec<u32> = fmt.chars().map(|c| c as u32).chain([0]).collect();
        // SAFETY: NUL-terminated wide strings; matching pointers.
        unsafe {
            let mut inp = Input::string(s.as_ptr());
            let r = scan(&mut inp, fmt.as_ptr(), &mut Ptrs(p, 0), 64);
            let off = inp.p.offset_from(s.as_ptr()) as usize;
            let rest = s[off..s.len() - 1]
                .iter()
                .map(|&c| char::from_u32(c).unwrap())
                .collect();
            (r, rest)
        }
    }

    #[test]
    fn wide() {
        let mut w = [0u32; 8];
        let mut n = 0i32;
        // Sets of wide characters: members above 255 and ranges by value.
        assert_eq!(
            sw("éê\u{100}z", "%l[à-ÿ]%n", &[vp(&mut w), vp(&mut n)]),
            (1, "\u{100}z".into())
        );
        assert_eq!((w[..3].to_vec(), n), (vec![0xe9, 0xea, 0], 2));
        assert_eq!(sw("中中文a", "%l[中文]", &[vp(&mut w)]), (1, "a".into()));
        assert_eq!(w[..4], [0x4e2d, 0x4e2d, 0x6587, 0]);
        assert_eq!(sw("\u{100}é", "%l[^à-ÿ]", &[vp(&mut w)]), (1, "é".into()));
        assert_eq!(w[..2], [0x100, 0]);
        // Non-ASCII characters are no digits and no conversion letters.
        assert_eq!(sw("٣", "%d", &[vp(&mut n)]), (0, "٣".into()));
        assert_eq!(sw("5", "%\u{164}", &[]), (0, "5".into()));
        // Widths count wide characters; literals match whole characters.
        assert_eq!(sw("é=éèê", "é=%2ls", &[vp(&mut w)]), (1, "ê".into()));
        assert_eq!(w[..3], [0xe9, 0xe8, 0]);
        assert_eq!(sw("è", "é", &[]), (0, "è".into()));
        // The C locale cannot narrow é: EILSEQ, a matching failure.
        let mut b = [0u8; 8];
        assert_eq!(sw("aé", "%s", &[vp(&mut b)]), (0, "".into()));
        assert_eq!(b[0], b'a');
    }

    #[test]
    fn failures_and_positions() {
        let (mut a, mut b, mut n) = (0i32, 0i32, 0i32);
        assert_eq!(ss("1", "%*d%d", &[vp(&mut a)]), (-1, "".into()));
        assert_eq!(ss("  ", "x", &[]), (0, "  ".into()));
        assert_eq!(ss(" %", "%%", &[]), (0, "".into()));
        assert_eq!(ss("", "%n", &[vp(&mut n)]), (0, "".into()));
        assert_eq!(
            ss("5 6", "%2$d %1$d", &[vp(&mut a), vp(&mut b)]),
            (2, "".into())
        );
        assert_eq!((a, b), (6, 5));
        assert_eq!(
            ss("12 34", "%d %n", &[vp(&mut a), vp(&mut n)]),
            (1, "34".into())
        );
        assert_eq!(n, 3);
        assert_eq!(ss("5", "%y", &[]), (0, "5".into()));
        // A %Nc cut short by the end of input assigns nothing.
        let (mut s1, mut s2) = ([0u8; 8], [0u8; 8]);
        assert_eq!(
            ss("hello, world\n", "%8c%8c", &[vp(&mut s1), vp(&mut s2)]),
            (1, "".into())
        );
        assert_eq!(&s1, b"hello, w");
        assert_eq!(ss("abc", "%8c", &[vp(&mut s1)]), (0, "".into()));
    }
}
