//! The printf engine: parses a C format string and writes the converted
//! output to a [`Sink`], fetching the variadic arguments through [`Args`].
//! Every C17 conversion plus the glibc ones (`%m`, `%b`, `%C`, `%S`,
//! positional `%n$`/`*m$`), with glibc's observable behaviour for the
//! undefined corners (unknown conversions are printed back, mixed positional
//! and sequential specifiers count the way glibc counts them).
//!
//! Plain Rust, no C ABI here: `stdio.rs` wraps it for `snprintf` and
//! friends, the FILE layer for `fprintf`.
//!
//! Size matters here (every static program that prints links this), so
//! the engine is one non-generic instance: sinks and argument sources are
//! reached through `dyn`, the conversions are classified with bit masks
//! and short tables instead of wide `match` jump tables, and every index is
//! checked with `get` or masked so that no panic path (and none of core's
//! formatting machinery behind it) is linked.
mod big;
mod float;
pub mod parse_format;
pub mod wide;

#[cfg(test)]
mod tests;

use crate::types::c_long;
use core::mem::MaybeUninit;

/// Where formatted bytes go. `put` returns Err(()) when the output failed
/// (write error); the engine then stops and returns Err.
pub trait Sink {
    // The sink reports its own errno; the engine only needs "failed".
    #[allow(clippy::result_unit_err)]
    fn put(&mut self, bytes: &[u8]) -> Result<(), ()>;
}

/// Source of the variadic arguments, fetched in order, each by its C type.
/// `intmax_t` is fetched with `llong`, `ptrdiff_t` with `size`.
pub trait Args {
    fn int(&mut self) -> i32;
    fn long(&mut self) -> c_long;
    fn llong(&mut self) -> i64;
    fn size(&mut self) -> usize;
    fn ptr(&mut self) -> usize;
    fn double(&mut self) -> f64;
    /// Raw bytes of the C long double: x87 80-bit (10 significant bytes,
    /// rest padding) on x86_64/i386, IEEE binary128 on aarch64/riscv64.
    fn long_double(&mut self) -> [u8; 16];
}

/// Why formatting failed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FormatError {
    /// Malformed format (a specifier cut short by the end of the string,
    /// an argument position out of range): EINVAL.
    Invalid,
    /// The output (or a width/precision) exceeds `INT_MAX`: EOVERFLOW.
    Overflow,
    /// A wide character has no encoding in the current (C) locale: EILSEQ.
    Encoding,
    /// The sink failed; it has set errno.
    Output,
}

impl FormatError {
    /// The errno value the C caller reports, `None` when the sink already
    /// set it.
    pub fn errno(self) -> Option<i32> {
        use syscall::errno::*;
        match self {
            FormatError::Invalid => Some(EINVAL as i32),
            FormatError::Overflow => Some(EOVERFLOW as i32),
            FormatError::Encoding => Some(EILSEQ as i32),
            FormatError::Output => None,
        }
    }
}

// Flag bits: bit i is the flag character at index i of FLAG_CHARS.
const FLAG_CHARS: &[u8; 7] = b"#'+ -0I";
pub(crate) const ALT: u8 = 1;
pub(crate) const PLUS: u8 = 4;
pub(crate) const SPACE: u8 = 8;
pub(crate) const LEFT: u8 = 16;
pub(crate) const ZERO: u8 = 32;

const INT_MAX: usize = i32::MAX as usize;

type R = Result<(), FormatError>;

/// Buffered, counting front of the sink.
pub struct Out<'a> {
    sink: &'a mut dyn Sink,
    /// 256 bytes, lent by [`format`] uninitialised (zeroing them would
    /// cost every call a fill, or a `memset` call on some targets); the
    /// first `len` bytes are written.
    buf: &'a mut [MaybeUninit<u8>],
    len: usize,
    count: usize,
}

impl Out<'_> {
    #[inline(never)]
    fn flush(&mut self) -> R {
        let n = self.len;
        self.len = 0;
        if n == 0 {
            return Ok(());
        }
        let n = n.min(self.buf.len());
        // SAFETY: the first `len` (>= n) bytes of `buf` have been written.
        let done = unsafe { core::slice::from_raw_parts(self.buf.as_ptr().cast::<u8>(), n) };
        self.sink.put(done).map_err(|_| FormatError::Output)
    }

    /// Count `n` more output bytes; EOVERFLOW past `INT_MAX`.
    #[inline]
    fn add(&mut self, n: usize) -> R {
        self.count += n;
        if self.count > INT_MAX {
            return Err(FormatError::Overflow);
        }
        Ok(())
    }

    #[inline]
    pub(crate) fn byte(&mut self, c: u8) -> R {
        self.put(&[c])
    }

    #[inline(never)]
    pub(crate) fn put(&mut self, b: &[u8]) -> R {
        self.add(b.len())?;
        if self.len + b.len() > self.buf.len() {
            self.flush()?;
            if b.len() > self.buf.len() {
                return self.sink.put(b).map_err(|_| FormatError::Output);
            }
        }
        if let Some(d) = self.buf.get_mut(self.len..self.len + b.len()) {
            if b.len() <= 8 {
                // Most pieces are a few bytes: no call for those.
                for (x, y) in d.iter_mut().zip(b) {
                    x.write(*y);
                }
            } else {
                // SAFETY: `d` is `b.len()` bytes of another buffer.
                unsafe { copy_bytes(d.as_mut_ptr().cast(), b.as_ptr(), b.len()) };
            }
        }
        self.len += b.len();
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn pad(&mut self, c: u8, n: usize) -> R {
        if n == 0 {
            return Ok(());
        }
        self.add(n)?;
        let mut left = n;
        loop {
            let k = left.min(self.buf.len() - self.len);
            if let Some(d) = self.buf.get_mut(self.len..self.len + k) {
                // SAFETY: `d` is writable.
                unsafe { fill(d.as_mut_ptr().cast(), d.len(), c) };
            }
            self.len += k;
            left -= k;
            if left == 0 {
                return Ok(());
            }
            self.flush()?;
        }
    }
}

#[inline(never)]
/// Left padding and `pre` (sign, `0x`) of a field of `len` bytes; with the
/// `0` flag the padding is zeros after `pre`. The caller clears `ZERO` for
/// conversions that never zero-pad.
fn head(o: &mut Out, flags: u8, width: usize, len: usize, pre: &[u8]) -> R {
    let fill = width.saturating_sub(len);
    if flags & (LEFT | ZERO) == 0 {
        o.pad(b' ', fill)?;
    }
    o.put(pre)?;
    if flags & ZERO != 0 {
        o.pad(b'0', fill)?;
    }
    Ok(())
}

/// Right padding of a left-justified field of `len` bytes.
#[inline(never)]
fn tail(o: &mut Out, flags: u8, width: usize, len: usize) -> R {
    if flags & LEFT != 0 {
        o.pad(b' ', width.saturating_sub(len))?;
    }
    Ok(())
}

/// A whole field of plain text (never zero-padded).
#[inline(never)]
fn text(o: &mut Out, flags: u8, width: usize, t: &[u8]) -> R {
    head(o, flags & !ZERO, width, t.len(), b"")?;
    o.put(t)?;
    tail(o, flags, width, t.len())
}

/// The sign character a conversion shows, if any.
fn sign(neg: bool, flags: u8) -> Option<u8> {
    if neg {
        Some(b'-')
    } else if flags & PLUS != 0 {
        Some(b'+')
    } else if flags & SPACE != 0 {
        Some(b' ')
    } else {
        None
    }
}

/// Decimal digits of `v` in `b` ending just before `end`, at least `min`
/// of them; returns where they start.
#[inline(never)]
fn dec(b: &mut [u8; 32], end: usize, mut v: u64, min: usize) -> usize {
    let mut i = end;
    while i > 0 && (v != 0 || end - i < min.max(1)) {
        i -= 1;
        b[i % 32] = b'0' + (v % 10) as u8;
        v /= 10;
    }
    i
}

/// A hex digit; `case` is 0x20 for lower case, 0 for upper case.
#[inline]
fn hex_digit(d: u32, case: u8) -> u8 {
    let d = (d & 15) as u8;
    if d < 10 {
        b'0' + d
    } else {
        (b'A' | case) + d - 10
    }
}

/// Fill `n` bytes at `p` with `c` in plain loops (the crate is
/// `no_builtins`, so they stay loops): a `memset` call would link the
/// string functions' tiers (about 0.9 KiB on x86_64) into every program
/// that prints, for fills of at most a few KiB. Word stores, then bytes;
/// the count goes through `black_box` so that LLVM neither vectorises nor
/// unrolls the loops (either is several times the code, in every program
/// that prints).
///
/// # Safety
/// `p..p + n` is writable.
#[inline(never)]
pub(crate) unsafe fn fill(p: *mut u8, n: usize, c: u8) {
    const W: usize = size_of::<usize>();
    let w = usize::from_ne_bytes([c; W]);
    let mut i = 0;
    while i + W <= core::hint::black_box(n) {
        // SAFETY: `i + W <= n` (the caller's range); unaligned store.
        unsafe { p.add(i).cast::<usize>().write_unaligned(w) };
        i += W;
    }
    while i < core::hint::black_box(n) {
        // SAFETY: `i < n` (the caller's range).
        unsafe { p.add(i).write(c) };
        i += 1;
    }
}

/// Copy `n` bytes from `s` to `d` through a direct call of the C
/// `memcpy`. `copy_nonoverlapping` would call it through a GOT entry (rustc
/// marks library calls that way), which costs a `.got` section in every
/// static program that prints.
///
/// # Safety
/// As `memcpy`: `n` readable bytes at `s`, `n` writable ones at `d`, not
/// overlapping.
#[inline(never)]
pub(crate) unsafe fn copy_bytes(d: *mut u8, s: *const u8, n: usize) {
    // SAFETY: the caller's contract is memcpy's.
    unsafe { crate::string::memcpy(d.cast(), s.cast(), n) };
}

/// Element types for which all-zero bytes are a valid value.
///
/// # Safety
/// Implement only for such types.
pub(crate) unsafe trait Zeroable: Copy {}
// SAFETY: plain integers.
unsafe impl Zeroable for u8 {}
// SAFETY: as above.
unsafe impl Zeroable for u32 {}
// SAFETY: as above.
unsafe impl Zeroable for u128 {}

/// The first `n` (at most `N`) elements of `m`, zeroed with [`fill`]
/// (a zero-initialised array would be a `memset` call).
#[inline(always)]
pub(crate) fn zeroed<T: Zeroable, const N: usize>(
    m: &mut MaybeUninit<[T; N]>,
    n: usize,
) -> &mut [T] {
    let n = n.min(N);
    let p = m.as_mut_ptr() as *mut T;
    // SAFETY: the first `n` elements lie inside `m`; after the fill they
    // hold zero bytes, a valid `T` (`Zeroable`).
    unsafe {
        fill(p as *mut u8, n * size_of::<T>(), 0);
        core::slice::from_raw_parts_mut(p, n)
    }
}

/// `&s[a..b]` without a panic path (empty when out of range): the
/// precompiled `core` of some targets drags in unwinding symbols with its
/// slice-index panic.
#[inline(always)]
pub(crate) fn sub(s: &[u8], a: usize, b: usize) -> &[u8] {
    s.get(a..b).unwrap_or(&[])
}

/// Copy `src` into `dst` at `at` (nothing when it does not fit).
#[inline(always)]
pub(crate) fn copy(dst: &mut [u8], at: usize, src: &[u8]) {
    if let Some(d) = dst.get_mut(at..at + src.len()) {
        // SAFETY: `d` is exactly `src.len()` bytes of another buffer.
        unsafe { copy_bytes(d.as_mut_ptr(), src.as_ptr(), src.len()) };
    }
}

// Length modifiers.
const L_NONE: u8 = 0;
const L_HH: u8 = 1;
const L_H: u8 = 2;
const L_L: u8 = 3;
const L_LL: u8 = 4; // ll, q, j
const L_BIG: u8 = 5; // L
const L_Z: u8 = 6; // z, Z, t
/// Length modifier characters and what each means (`hh`, `ll` are found
/// by looking at the next character).
const LEN_CHARS: &[u8; 8] = b"hlLqjzZt";
const LEN_CODES: [u8; 8] = [L_H, L_L, L_BIG, L_LL, L_LL, L_Z, L_Z, L_Z];

/// What the characters 0x20..0x80 mean inside a specification: a flag bit,
/// or `LEN | code` for a length modifier (a table, not a `match`: that
/// would be a jump table several times this size).
const LEN: u8 = 0x80;
static CLASS: [u8; 96] = {
    let mut t = [0u8; 96];
    let mut i = 0;
    while i < FLAG_CHARS.len() {
        t[(FLAG_CHARS[i] - 0x20) as usize] = 1 << i;
        i += 1;
    }
    let mut i = 0;
    while i < LEN_CHARS.len() {
        t[(LEN_CHARS[i] - 0x20) as usize] = LEN | LEN_CODES[i];
        i += 1;
    }
    t
};

#[inline]
fn class(c: u8) -> u8 {
    match CLASS.get(c.wrapping_sub(0x20) as usize) {
        Some(&k) => k,
        None => 0,
    }
}

// The C types an argument is fetched as (0: the conversion takes none).
const T_NONE: u8 = 0;
const T_INT: u8 = 1;
const T_LONG: u8 = 2;
const T_LLONG: u8 = 3;
const T_SIZE: u8 = 4;
const T_PTR: u8 = 5;
const T_DBL: u8 = 6;
const T_LDBL: u8 = 7;

const fn mask(s: &[u8]) -> u128 {
    let mut m = 0u128;
    let mut i = 0;
    while i < s.len() {
        m |= 1 << s[i];
        i += 1;
    }
    m
}

#[inline]
fn is(c: u8, m: u128) -> bool {
    c < 128 && (m >> c) & 1 != 0
}

const INTS: u128 = mask(b"diuoxXbB");
const FLOATS: u128 = mask(b"eEfFgGaA");
const PTRS: u128 = mask(b"spn");

/// Whether `%c`/`%s` with this length modifier take wide characters
/// (glibc: any modifier that makes the argument wider than `int`).
fn is_wide(len: u8) -> bool {
    matches!(len, L_L | L_LL | L_BIG) || (len == L_Z && size_of::<usize>() > size_of::<i32>())
}

/// The type of the value a conversion consumes.
fn value_ty(conv: u8, len: u8) -> u8 {
    if is(conv, INTS) {
        match len {
            L_L => T_LONG,
            L_LL | L_BIG => T_LLONG,
            L_Z => T_SIZE,
            _ => T_INT,
        }
    } else if is(conv, FLOATS) {
        if len == L_BIG { T_LDBL } else { T_DBL }
    } else if is(conv, PTRS) {
        T_PTR
    } else if conv == b'c' {
        T_INT
    } else {
        T_NONE
    }
}

/// An argument, fetched by its type: integers sign- or zero-extended from
/// their C type, a double by its bits, a long double by its bytes.
#[inline(never)]
fn fetch(a: &mut dyn Args, ty: u8) -> u128 {
    match ty {
        T_INT => a.int() as i64 as u64 as u128,
        T_LONG => a.long() as i64 as u64 as u128,
        T_LLONG => a.llong() as u64 as u128,
        T_SIZE => a.size() as u64 as u128,
        T_PTR => a.ptr() as u64 as u128,
        T_DBL => a.double().to_bits() as u128,
        T_LDBL => u128::from_le_bytes(a.long_double()),
        _ => 0,
    }
}

/// A width or precision: none, a literal, or `*` (argument `arg`, 0 for
/// the next one).
#[derive(Clone, Copy)]
enum Count {
    None,
    Lit(usize),
    Star(usize),
}

#[derive(Clone, Copy)]
struct Spec {
    flags: u8,
    len: u8,
    conv: u8,
    /// Argument position of the value, 0 for the next one.
    arg: usize,
    width: Count,
    prec: Count,
}

#[inline]
unsafe fn at(p: *const u8) -> u8 {
    // SAFETY: the caller keeps `p` within the NUL-terminated format.
    unsafe { *p }
}

/// Read a decimal number at `*p`; `None` when it exceeds `INT_MAX`.
#[inline(never)]
unsafe fn number(p: &mut *const u8) -> Option<usize> {
    let mut v: usize = 0;
    loop {
        // SAFETY: digits are followed at the latest by the terminating NUL.
        let d = unsafe { at(*p) }.wrapping_sub(b'0');
        if d > 9 {
            break;
        }
        v = (v * 10 + d as usize).min(INT_MAX + 1);
        // SAFETY: the byte was a digit, not the NUL.
        *p = unsafe { p.add(1) };
    }
    if v > INT_MAX { None } else { Some(v) }
}

/// `n$` at `*p` (advancing past it), else 0 and `*p` unchanged.
#[inline(never)]
unsafe fn position(p: &mut *const u8) -> Result<usize, FormatError> {
    let mut q = *p;
    // SAFETY: `q` starts inside the format.
    if !matches!(unsafe { at(q) }, b'1'..=b'9') {
        return Ok(0);
    }
    // SAFETY: as above.
    let n = unsafe { number(&mut q) };
    // SAFETY: `number` stopped at a non-digit inside the format.
    if unsafe { at(q) } != b'$' {
        return Ok(0);
    }
    // SAFETY: `q` is at the '$', not the NUL.
    *p = unsafe { q.add(1) };
    n.ok_or(FormatError::Invalid)
}

/// A literal count or `*`/`*m$` at `*p`.
unsafe fn count(p: &mut *const u8, none: Count) -> Result<Count, FormatError> {
    // SAFETY (whole function): `p` only advances over non-NUL bytes.
    unsafe {
        if at(*p) == b'*' {
            *p = p.add(1);
            Ok(Count::Star(position(p)?))
        } else if at(*p).is_ascii_digit() || !matches!(none, Count::None) {
            Ok(Count::Lit(number(p).ok_or(FormatError::Overflow)?))
        } else {
            Ok(none)
        }
    }
}

/// Parse a conversion specification; `p` is just past the '%'.
#[inline(never)]
unsafe fn parse(p: &mut *const u8) -> Result<Spec, FormatError> {
    // SAFETY (whole function): `p` only advances over non-NUL bytes of the
    // NUL-terminated format.
    unsafe {
        let arg = if matches!(at(*p), b'1'..=b'9') {
            position(p)?
        } else {
            0
        };
        let mut flags = 0u8;
        loop {
            let k = class(at(*p));
            if k == 0 || k & LEN != 0 {
                break;
            }
            flags |= k;
            *p = p.add(1);
        }
        let width = count(p, Count::None)?;
        let mut prec = Count::None;
        if at(*p) == b'.' {
            *p = p.add(1);
            prec = count(p, Count::Lit(0))?;
        }
        let mut c = at(*p);
        let mut len = L_NONE;
        let k = class(c);
        if k & LEN != 0 {
            len = k & !LEN;
            *p = p.add(1);
            if matches!(c, b'h' | b'l') && at(*p) == c {
                len = if c == b'h' { L_HH } else { L_LL };
                *p = p.add(1);
            }
            c = at(*p);
        }
        if c == 0 {
            return Err(FormatError::Invalid);
        }
        *p = p.add(1);
        if c == b'C' || c == b'S' {
            c |= 0x20;
            len = L_L;
        }
        Ok(Spec {
            flags,
            len,
            conv: c,
            arg,
            width,
            prec,
        })
    }
}

/// Most positional arguments a format may use.
const MAX_POS: usize = 512;

/// The arguments as the conversions see them: straight from `args`, or
/// (positional mode) from the values fetched beforehand.
struct Src<'a> {
    args: &'a mut dyn Args,
    vals: Option<&'a [u128]>,
    next: usize,
}

impl Src<'_> {
    #[inline(never)]
    fn get(&mut self, from: usize, ty: u8) -> u128 {
        match self.vals {
            None => fetch(self.args, ty),
            Some(v) => {
                let n = if from == 0 {
                    self.next += 1;
                    self.next
                } else {
                    from
                };
                v.get(n.wrapping_sub(1)).copied().unwrap_or(0)
            }
        }
    }

    /// A width (`is_width`) or precision; -1 for none.
    fn count(&mut self, c: Count, flags: &mut u8, is_width: bool) -> Result<i64, FormatError> {
        Ok(match c {
            Count::None => -1,
            Count::Lit(n) => n as i64,
            Count::Star(f) => {
                let v = self.get(f, T_INT) as i32 as i64;
                if v >= 0 {
                    v
                } else if !is_width {
                    -1
                } else {
                    *flags |= LEFT;
                    if -v > INT_MAX as i64 {
                        return Err(FormatError::Overflow);
                    }
                    -v
                }
            }
        })
    }
}

/// Format `fmt` (NUL-terminated C string), returning the number of bytes
/// produced (as C's printf counts them, even when the sink truncates — the
/// sink decides what it keeps).
///
/// # Safety
/// `fmt` is a NUL-terminated string and `args` yields what it promises.
pub unsafe fn format(
    fmt: *const u8,
    args: &mut dyn Args,
    out: &mut dyn Sink,
) -> Result<usize, FormatError> {
    let mut buf = [MaybeUninit::<u8>::uninit(); 256];
    let mut o = Out {
        sink: out,
        buf: &mut buf,
        len: 0,
        count: 0,
    };
    let errno = crate::errno::get();
    // SAFETY: `fmt` is NUL-terminated.
    let r = if unsafe { has_dollar(fmt) } {
        // SAFETY: as above.
        unsafe { positional(fmt, args, &mut o, errno) }
    } else {
        let mut src = Src {
            args,
            vals: None,
            next: 0,
        };
        // SAFETY: as above.
        unsafe { run(fmt, &mut src, &mut o, errno) }
    };
    r?;
    o.flush()?;
    Ok(o.count)
}

unsafe fn has_dollar(mut p: *const u8) -> bool {
    // SAFETY: the scan stops at the NUL.
    unsafe {
        loop {
            match *p {
                0 => return false,
                b'$' => return true,
                _ => p = p.add(1),
            }
        }
    }
}

/// Record that argument `from` (0: the next one) has type `ty`.
#[inline(never)]
fn note(tys: &mut [u8], next: &mut usize, max: &mut usize, from: usize, ty: u8) -> R {
    if ty == T_NONE {
        return Ok(());
    }
    let n = if from == 0 {
        *next += 1;
        *next
    } else {
        from
    };
    match tys.get_mut(n.wrapping_sub(1)) {
        Some(t) => *t = ty,
        None => return Err(FormatError::Invalid),
    }
    *max = (*max).max(n);
    Ok(())
}

/// Positional mode: learn each argument's type in a first pass, fetch them
/// all in order, then format.
#[inline(never)]
unsafe fn positional(fmt: *const u8, args: &mut dyn Args, o: &mut Out, errno: i32) -> R {
    let mut tys = MaybeUninit::<[u8; MAX_POS]>::uninit();
    let tys = zeroed(&mut tys, MAX_POS); // T_NONE
    let mut max = 0usize;
    let mut next = 0usize;
    let mut p = fmt;
    // SAFETY (loop): `p` stays within the NUL-terminated format.
    unsafe {
        loop {
            match *p {
                0 => break,
                b'%' => {}
                _ => {
                    p = p.add(1);
                    continue;
                }
            }
            p = p.add(1);
            let s = parse(&mut p)?;
            for c in [s.width, s.prec] {
                if let Count::Star(from) = c {
                    note(tys, &mut next, &mut max, from, T_INT)?;
                }
            }
            note(tys, &mut next, &mut max, s.arg, value_ty(s.conv, s.len))?;
        }
    }
    let mut vals = MaybeUninit::<[u128; MAX_POS]>::uninit();
    let vals = zeroed(&mut vals, max);
    for (v, &t) in vals.iter_mut().zip(tys.iter()) {
        *v = fetch(args, if t == T_NONE { T_INT } else { t });
    }
    let mut src = Src {
        args,
        vals: Some(vals),
        next: 0,
    };
    // SAFETY: as the caller's.
    unsafe { run(fmt, &mut src, o, errno) }
}

unsafe fn run(fmt: *const u8, src: &mut Src, o: &mut Out, errno: i32) -> R {
    let mut p = fmt;
    loop {
        let start = p;
        // SAFETY: the scan stops at the NUL.
        unsafe {
            while *p != 0 && *p != b'%' {
                p = p.add(1);
            }
        }
        if p != start {
            // SAFETY: [start, p) lies within the format.
            o.put(unsafe { core::slice::from_raw_parts(start, p.offset_from(start) as usize) })?;
        }
        // SAFETY: `p` is at a NUL or a '%' of the format.
        unsafe {
            if *p == 0 {
                return Ok(());
            }
            p = p.add(1);
        }
        // SAFETY: `p` is inside the format.
        let s = unsafe { parse(&mut p)? };
        let mut flags = s.flags;
        let width = src.count(s.width, &mut flags, true)?.max(0) as usize;
        let prec = src.count(s.prec, &mut flags, false)?;
        if flags & LEFT != 0 {
            flags &= !ZERO;
        }
        if flags & PLUS != 0 {
            flags &= !SPACE;
        }
        let ty = value_ty(s.conv, s.len);
        let val = if ty != T_NONE { src.get(s.arg, ty) } else { 0 };
        let c = s.conv;
        if is(c, INTS) {
            int(o, val as u64, c, s.len, flags, width, prec)?;
        } else if is(c, FLOATS) {
            let prec = prec.min(INT_MAX as i64) as i32;
            float::format(o, val, ty == T_LDBL, c, flags, width, prec)?;
        } else {
            // SAFETY: the value has the type the conversion asks for.
            unsafe { other(o, &s, flags, width, prec, val as usize, errno)? };
        }
    }
}

/// The conversions that are neither integers nor floats.
#[inline(never)]
unsafe fn other(
    o: &mut Out,
    s: &Spec,
    flags: u8,
    width: usize,
    prec: i64,
    v: usize,
    errno: i32,
) -> R {
    let max = if prec < 0 { usize::MAX } else { prec as usize };
    match s.conv {
        b'p' => {
            if v == 0 {
                text(o, flags, width, b"(nil)")
            } else {
                int(o, v as u64, b'p', L_Z, flags | ALT, width, prec)
            }
        }
        b'c' => {
            if is_wide(s.len) && v as u32 >= 0x80 {
                return match wide_hook() {
                    // SAFETY: one wide character, read from a local.
                    Some(f) => unsafe { f(o, &(v as i32), 1, usize::MAX, flags, width) },
                    None => Err(FormatError::Encoding),
                };
            }
            text(o, flags, width, &[v as u8])
        }
        b's' => {
            if v == 0 {
                let t: &[u8] = if max < 6 { b"" } else { b"(null)" };
                return text(o, flags, width, t);
            }
            if is_wide(s.len) {
                // SAFETY: a wide string, NUL-terminated or `max` long.
                unsafe { wide(o, v as *const i32, max, flags, width) }
            } else {
                // SAFETY: a C string, NUL-terminated or `max` long.
                let t = unsafe { c_str(v as *const u8, max) };
                text(o, flags, width, t)
            }
        }
        b'm' => match crate::errno::message(errno) {
            Some(m) => {
                let m = sub(m, 0, m.len().saturating_sub(1));
                text(o, flags, width, sub(m, 0, m.len().min(max)))
            }
            None => {
                // strerror's own "Unknown error N".
                let mut d = [0u8; 32];
                let n = crate::string::unknown_error(errno, &mut d);
                text(o, flags, width, sub(&d, 0, n.min(max)))
            }
        },
        b'n' => {
            // The low bytes of the count, as many as the C type has: the
            // first ones in memory on every (little-endian) target.
            const _: () = assert!(cfg!(target_endian = "little"));
            let c = (o.count as u64).to_le_bytes();
            for (i, &b) in c.iter().enumerate().take(type_bits(s.len) as usize / 8) {
                // SAFETY: the caller passed a pointer to an object of the
                // type the length modifier names; `i` is inside it.
                unsafe { (v as *mut u8).add(i).write(b) };
            }
            Ok(())
        }
        b'%' => o.byte(b'%'),
        _ => unknown(o, s.conv, flags, width, prec),
    }
}

/// Bytes of a C string, at most `max`.
unsafe fn c_str<'a>(s: *const u8, max: usize) -> &'a [u8] {
    let mut n = 0;
    // SAFETY: the caller promises a NUL-terminated string or `max`
    // readable bytes; we never read past either.
    unsafe {
        while n < max && *s.add(n) != 0 {
            n += 1;
        }
        core::slice::from_raw_parts(s, n)
    }
}

/// An unknown conversion is printed back as glibc rebuilds it: flags,
/// width and precision as parsed, without length modifier.
#[inline(never)]
fn unknown(o: &mut Out, conv: u8, flags: u8, width: usize, prec: i64) -> R {
    // Built right to left in one buffer: at most 1 + 7 + 10 + 1 + 10 + 1.
    let mut b = [0u8; 32];
    let mut k = b.len() - 1;
    b[k] = conv;
    if prec >= 0 {
        k = dec(&mut b, k, prec as u64, 1).wrapping_sub(1);
        b[k % 32] = b'.';
    }
    if width != 0 {
        k = dec(&mut b, k, width as u64, 1);
    }
    // The flags, highest bit first (a loop over the set bits only).
    let mut f = flags;
    while f != 0 {
        let i = 7 - f.leading_zeros() as usize;
        f &= !(1 << i);
        k -= 1;
        b[k % 32] = FLAG_CHARS[i % FLAG_CHARS.len()];
    }
    k -= 1;
    b[k % 32] = b'%';
    o.put(sub(&b, k, 32))
}

/// How `%lc`/`%ls` write characters past ASCII: the locale code stores
/// [`wide_mb`] here once a UTF-8 locale is chosen (`locale.rs`), so a
/// program that never selects one carries no UTF-8 code in printf, and
/// `%d` never looks at the locale. Null: EILSEQ (the C locale).
pub static WIDE_OUT: core::sync::atomic::AtomicPtr<()> =
    core::sync::atomic::AtomicPtr::new(core::ptr::null_mut());

type WideFn = unsafe fn(&mut Out, *const i32, usize, usize, u8, usize) -> R;

#[inline(always)]
fn wide_hook() -> Option<WideFn> {
    let p = WIDE_OUT.load(core::sync::atomic::Ordering::Relaxed);
    // SAFETY: only `note_utf8` stores, and it stores a `WideFn`.
    (!p.is_null()).then(|| unsafe { core::mem::transmute::<*mut (), WideFn>(p) })
}

/// Let `%lc`/`%ls` write multibyte characters (called by the locale code
/// when a UTF-8 locale is chosen).
pub fn note_utf8() {
    WIDE_OUT.store(
        wide_mb as WideFn as *mut (),
        core::sync::atomic::Ordering::Relaxed,
    );
}

/// `%ls` (at most `chars` characters; `usize::MAX`: up to the NUL) or
/// `%lc` in the thread's multibyte encoding (a character without one is
/// EILSEQ): at most `max` bytes, whole characters only (C17 7.21.6.1p8).
unsafe fn wide_mb(
    o: &mut Out,
    s: *const i32,
    chars: usize,
    max: usize,
    flags: u8,
    width: usize,
) -> R {
    let utf8 = crate::locale::ctype_utf8();
    let mut b = [0u8; 4];
    let (mut n, mut bytes) = (0, 0);
    // SAFETY: NUL-terminated, or readable for as long as the output stays
    // within `max` bytes (and `chars` characters).
    unsafe {
        while n < chars && bytes < max {
            let c = *s.add(n);
            if c == 0 && chars == usize::MAX {
                break;
            }
            let Some(l) = crate::wchar::encode_in(c as u32, &mut b, utf8) else {
                return Err(FormatError::Encoding);
            };
            if bytes + l > max {
                break;
            }
            bytes += l;
            n += 1;
        }
    }
    head(o, flags & !ZERO, width, bytes, b"")?;
    for i in 0..n {
        // SAFETY: the characters measured above.
        let l = crate::wchar::encode_in(unsafe { *s.add(i) } as u32, &mut b, utf8).unwrap_or(0);
        o.put(&b[..l])?;
    }
    tail(o, flags, width, bytes)
}

/// Wide string, ASCII: anything else goes to [`WIDE_OUT`] or is EILSEQ.
unsafe fn wide(o: &mut Out, s: *const i32, max: usize, flags: u8, width: usize) -> R {
    let mut n = 0;
    // SAFETY: NUL-terminated or at least `max` characters readable.
    unsafe {
        while n < max {
            let c = *s.add(n);
            if c == 0 {
                break;
            }
            if !(0..0x80).contains(&c) {
                return match wide_hook() {
                    Some(f) => f(o, s, usize::MAX, max, flags, width),
                    None => Err(FormatError::Encoding),
                };
            }
            n += 1;
        }
    }
    head(o, flags & !ZERO, width, n, b"")?;
    for i in 0..n {
        // SAFETY: checked above.
        o.byte(unsafe { *s.add(i) } as u8)?;
    }
    tail(o, flags, width, n)
}

/// Bits of the integer type a length modifier names.
#[inline]
fn type_bits(len: u8) -> u32 {
    // One byte per modifier: a packed constant, not a `match` (that would
    // be a lookup table in .rodata).
    const BITS: u64 =
        u64::from_le_bytes([32, 8, 16, c_long::BITS as u8, 64, 64, usize::BITS as u8, 32]);
    (BITS >> ((len as u32 & 7) * 8)) as u8 as u32
}

/// Integer conversions (and `%p`): truncation to the C type, sign/prefix,
/// precision zeros, padding.
#[inline(never)]
fn int(o: &mut Out, v: u64, conv: u8, len: u8, flags: u8, width: usize, prec: i64) -> R {
    let signed = matches!(conv, b'd' | b'i');
    let sh = 64 - type_bits(len);
    let neg = signed && ((v << sh) as i64) < 0;
    let mag = if signed {
        (((v << sh) as i64) >> sh).unsigned_abs()
    } else {
        (v << sh) >> sh
    };
    let mut buf = [0u8; 64];
    let mut i = buf.len();
    if !(mag == 0 && prec == 0) {
        // Bits per digit (0: decimal); bit masks, not a `match` (a jump
        // table over 'b'..='x').
        let lc = conv | 0x20;
        // (Plain compares: a 128-bit letter mask would be a 16-byte
        // constant on i386, and with it the whole merged .rodata.cst16
        // would join every printf program.)
        let shift = if lc == b'x' || lc == b'p' {
            4
        } else if lc == b'o' {
            3
        } else {
            (lc == b'b') as u32
        };
        let mut x = mag;
        loop {
            i -= 1;
            if shift == 0 {
                buf[i % 64] = b'0' + (x % 10) as u8;
                x /= 10;
            } else {
                buf[i % 64] = hex_digit((x & ((1 << shift) - 1)) as u32, conv & 0x20);
                x >>= shift;
            }
            if x == 0 || i == 0 {
                break;
            }
        }
    }
    let nd = buf.len() - i;
    let mut zeros = (prec.max(0) as usize).saturating_sub(nd);
    let mut pre = [0u8; 4];
    let mut np = 0;
    if let Some(c) = sign(neg, if signed || conv == b'p' { flags } else { 0 }) {
        pre[0] = c;
        np = 1;
    }
    if flags & ALT != 0 && mag != 0 && matches!(conv | 0x20, b'x' | b'p' | b'b') {
        pre[np % 4] = b'0';
        pre[(np + 1) % 4] = if conv == b'p' { b'x' } else { conv };
        np += 2;
    }
    if conv == b'o' && flags & ALT != 0 && zeros == 0 && (mag != 0 || nd == 0) {
        zeros = 1;
    }
    let len = np + zeros + nd;
    head(
        o,
        if prec < 0 { flags } else { flags & !ZERO },
        width,
        len,
        sub(&pre, 0, np),
    )?;
    o.pad(b'0', zeros)?;
    o.put(sub(&buf, i, buf.len()))?;
    tail(o, flags, width, len)
}
