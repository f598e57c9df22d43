//! The printf engine: parses a C format string and writes the converted
//! output to a [`Sink`], fetching the variadic arguments through [`Args`].
//! Every C17 conversion plus the glibc ones (`%m`, `%b`, `%C`, `%S`,
//! positional `%n$`/`*m$`), with glibc's observable behaviour for the
//! undefined corners (unknown conversions are printed back, mixed positional
//! and sequential specifiers count the way glibc counts them).
//!
//! Plain Rust, no C ABI here: `stdio.rs` wraps it for `snprintf` and
//! friends, the FILE layer for `fprintf`.
mod big;
mod float;

#[cfg(test)]
mod tests;

use crate::types::{c_long, c_ulong};

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

pub(crate) const ALT: u8 = 1;
pub(crate) const GROUP: u8 = 2;
pub(crate) const PLUS: u8 = 4;
pub(crate) const SPACE: u8 = 8;
pub(crate) const LEFT: u8 = 16;
pub(crate) const ZERO: u8 = 32;
pub(crate) const I18N: u8 = 64;

const INT_MAX: usize = i32::MAX as usize;

/// Buffered, counting front of the sink.
pub struct Out<'a> {
    sink: &'a mut dyn Sink,
    buf: [u8; 256],
    len: usize,
    count: usize,
}

type R = Result<(), FormatError>;

impl Out<'_> {
    fn flush(&mut self) -> R {
        if self.len > 0 {
            let n = self.len;
            self.len = 0;
            self.sink
                .put(sub(&self.buf, 0, n))
                .map_err(|_| FormatError::Output)?;
        }
        Ok(())
    }

    fn add(&mut self, n: usize) -> R {
        self.count += n;
        if self.count > INT_MAX {
            return Err(FormatError::Overflow);
        }
        Ok(())
    }

    #[inline]
    pub(crate) fn byte(&mut self, c: u8) -> R {
        if self.len == self.buf.len() {
            self.flush()?;
        }
        self.buf[self.len] = c;
        self.len += 1;
        self.add(1)
    }

    pub(crate) fn put(&mut self, b: &[u8]) -> R {
        self.add(b.len())?;
        if self.len + b.len() <= self.buf.len() {
            copy(&mut self.buf, self.len, b);
            self.len += b.len();
            return Ok(());
        }
        self.flush()?;
        if b.len() <= self.buf.len() {
            copy(&mut self.buf, 0, b);
            self.len = b.len();
            Ok(())
        } else {
            self.sink.put(b).map_err(|_| FormatError::Output)
        }
    }

    pub(crate) fn pad(&mut self, c: u8, n: usize) -> R {
        if self.count + n > INT_MAX {
            return Err(FormatError::Overflow);
        }
        let mut left = n;
        while left > 0 {
            if self.len == self.buf.len() {
                self.flush()?;
            }
            let k = left.min(self.buf.len() - self.len);
            if let Some(d) = self.buf.get_mut(self.len..self.len + k) {
                d.fill(c);
            }
            self.len += k;
            left -= k;
        }
        self.count += n;
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
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

/// The C type an argument is fetched as.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Int,
    Long,
    LLong,
    Size,
    Ptr,
    Dbl,
    LDbl,
}

/// A fetched argument.
#[derive(Clone, Copy)]
enum Raw {
    W(u64),
    F(f64),
    L([u8; 16]),
}

impl Raw {
    fn word(self) -> u64 {
        match self {
            Raw::W(v) => v,
            Raw::F(f) => f.to_bits(),
            Raw::L(b) => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        }
    }
}

fn fetch(a: &mut dyn Args, ty: Ty) -> Raw {
    match ty {
        Ty::Int => Raw::W(a.int() as i64 as u64),
        Ty::Long => Raw::W(a.long() as i64 as u64),
        Ty::LLong => Raw::W(a.llong() as u64),
        Ty::Size => Raw::W(a.size() as u64),
        Ty::Ptr => Raw::W(a.ptr() as u64),
        Ty::Dbl => Raw::F(a.double()),
        Ty::LDbl => Raw::L(a.long_double()),
    }
}

/// Where a width, precision or value comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ArgRef {
    Next,
    Pos(usize),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Count {
    None,
    Lit(usize),
    Star(ArgRef),
}

#[derive(Clone, Copy, Debug)]
struct Spec {
    flags: u8,
    width: Count,
    prec: Count,
    len: Len,
    conv: u8,
    arg: ArgRef,
}

/// Whether `%c`/`%s` with this length modifier take wide characters
/// (glibc: any modifier that makes the argument wider than `int`).
fn is_wide(len: Len) -> bool {
    match len {
        Len::L | Len::LL | Len::BigL | Len::J => true,
        Len::Z | Len::T => size_of::<usize>() > size_of::<i32>(),
        _ => false,
    }
}

/// The type of the value a conversion consumes, if any.
fn value_ty(conv: u8, len: Len) -> Option<Ty> {
    Some(match conv {
        b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'b' | b'B' => match len {
            Len::None | Len::HH | Len::H => Ty::Int,
            Len::L => Ty::Long,
            Len::LL | Len::BigL | Len::J => Ty::LLong,
            Len::Z | Len::T => Ty::Size,
        },
        b'c' | b'C' => Ty::Int,
        b's' | b'S' | b'p' | b'n' => Ty::Ptr,
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' => {
            if len == Len::BigL {
                Ty::LDbl
            } else {
                Ty::Dbl
            }
        }
        _ => return None,
    })
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
        unsafe { core::ptr::copy_nonoverlapping(src.as_ptr(), d.as_mut_ptr(), src.len()) };
    }
}

#[inline]
unsafe fn at(p: *const u8) -> u8 {
    // SAFETY: the caller keeps `p` within the NUL-terminated format.
    unsafe { *p }
}

/// Read a decimal number at `*p`; `None` when it exceeds `INT_MAX`.
unsafe fn number(p: &mut *const u8) -> Option<usize> {
    let mut v: usize = 0;
    let mut big = false;
    // SAFETY: digits are followed at the latest by the terminating NUL.
    while let c @ b'0'..=b'9' = unsafe { at(*p) } {
        v = v * 10 + (c - b'0') as usize;
        if v > INT_MAX {
            big = true;
            v = INT_MAX + 1;
        }
        // SAFETY: `c` was not the NUL.
        *p = unsafe { p.add(1) };
    }
    if big { None } else { Some(v) }
}

/// `n$` at `*p` (advancing past it), else `*p` unchanged.
unsafe fn position(p: &mut *const u8) -> Result<Option<usize>, FormatError> {
    let mut q = *p;
    // SAFETY: `q` starts inside the format.
    if !matches!(unsafe { at(q) }, b'1'..=b'9') {
        return Ok(None);
    }
    // SAFETY: as above.
    let n = unsafe { number(&mut q) };
    // SAFETY: `number` stopped at a non-digit inside the format.
    if unsafe { at(q) } != b'$' {
        return Ok(None);
    }
    // SAFETY: `q` is at the '$', not the NUL.
    *p = unsafe { q.add(1) };
    match n {
        Some(n) => Ok(Some(n)),
        None => Err(FormatError::Invalid),
    }
}

/// Parse a conversion specification; `p` is just past the '%'.
unsafe fn parse(p: &mut *const u8) -> Result<Spec, FormatError> {
    let mut s = Spec {
        flags: 0,
        width: Count::None,
        prec: Count::None,
        len: Len::None,
        conv: 0,
        arg: ArgRef::Next,
    };
    // SAFETY (whole function): `p` only advances over non-NUL bytes of the
    // NUL-terminated format.
    unsafe {
        if let Some(n) = position(p)? {
            s.arg = ArgRef::Pos(n);
        }
        loop {
            let f = match at(*p) {
                b'#' => ALT,
                b'\'' => GROUP,
                b'+' => PLUS,
                b' ' => SPACE,
                b'-' => LEFT,
                b'0' => ZERO,
                b'I' => I18N,
                _ => break,
            };
            s.flags |= f;
            *p = p.add(1);
        }
        if at(*p) == b'*' {
            *p = p.add(1);
            s.width = Count::Star(match position(p)? {
                Some(n) => ArgRef::Pos(n),
                None => ArgRef::Next,
            });
        } else if at(*p).is_ascii_digit() {
            s.width = Count::Lit(number(p).ok_or(FormatError::Overflow)?);
        }
        if at(*p) == b'.' {
            *p = p.add(1);
            if at(*p) == b'*' {
                *p = p.add(1);
                s.prec = Count::Star(match position(p)? {
                    Some(n) => ArgRef::Pos(n),
                    None => ArgRef::Next,
                });
            } else {
                s.prec = Count::Lit(number(p).ok_or(FormatError::Overflow)?);
            }
        }
        s.len = match at(*p) {
            b'h' => {
                if at(p.add(1)) == b'h' {
                    *p = p.add(1);
                    Len::HH
                } else {
                    Len::H
                }
            }
            b'l' => {
                if at(p.add(1)) == b'l' {
                    *p = p.add(1);
                    Len::LL
                } else {
                    Len::L
                }
            }
            b'q' => Len::LL,
            b'L' => Len::BigL,
            b'j' => Len::J,
            b'z' | b'Z' => Len::Z,
            b't' => Len::T,
            _ => Len::None,
        };
        if s.len != Len::None {
            *p = p.add(1);
        }
        s.conv = at(*p);
        if s.conv == 0 {
            return Err(FormatError::Invalid);
        }
        *p = p.add(1);
    }
    if s.conv == b'C' {
        s.conv = b'c';
        s.len = Len::L;
    } else if s.conv == b'S' {
        s.conv = b's';
        s.len = Len::L;
    }
    Ok(s)
}

/// The arguments as the conversions see them.
trait Source {
    fn get(&mut self, from: ArgRef, ty: Ty) -> Raw;
}

struct Seq<'a>(&'a mut dyn Args);

impl Source for Seq<'_> {
    #[inline]
    fn get(&mut self, _from: ArgRef, ty: Ty) -> Raw {
        fetch(self.0, ty)
    }
}

/// Most positional arguments a format may use.
const MAX_POS: usize = 512;

struct Positional<'a> {
    vals: &'a [Raw],
    next: usize,
}

impl Source for Positional<'_> {
    fn get(&mut self, from: ArgRef, _ty: Ty) -> Raw {
        let n = match from {
            ArgRef::Next => {
                self.next += 1;
                self.next
            }
            ArgRef::Pos(n) => n,
        };
        self.vals.get(n - 1).copied().unwrap_or(Raw::W(0))
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
    let mut o = Out {
        sink: out,
        buf: [0; 256],
        len: 0,
        count: 0,
    };
    let errno = crate::errno::get();
    // SAFETY: `fmt` is NUL-terminated.
    let r = if unsafe { has_dollar(fmt) } {
        // SAFETY: as above.
        unsafe { positional(fmt, args, &mut o, errno) }
    } else {
        // SAFETY: as above.
        unsafe { run(fmt, &mut Seq(args), &mut o, errno) }
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

/// Positional mode: learn each argument's type in a first pass, fetch them
/// all in order, then format.
#[inline(never)]
unsafe fn positional(fmt: *const u8, args: &mut dyn Args, o: &mut Out, errno: i32) -> R {
    let mut tys = [None::<Ty>; MAX_POS];
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
            let mut note = |from: ArgRef, ty: Ty| -> R {
                let n = match from {
                    ArgRef::Next => {
                        next += 1;
                        next
                    }
                    ArgRef::Pos(n) => n,
                };
                if n > MAX_POS {
                    return Err(FormatError::Invalid);
                }
                tys[n - 1] = Some(ty);
                max = max.max(n);
                Ok(())
            };
            if let Count::Star(f) = s.width {
                note(f, Ty::Int)?;
            }
            if let Count::Star(f) = s.prec {
                note(f, Ty::Int)?;
            }
            if let Some(ty) = value_ty(s.conv, s.len) {
                note(s.arg, ty)?;
            }
        }
    }
    let mut vals = [Raw::W(0); MAX_POS];
    for i in 0..max {
        vals[i] = fetch(args, tys[i].unwrap_or(Ty::Int));
    }
    let mut src = Positional {
        vals: vals.get(..max).unwrap_or(&[]),
        next: 0,
    };
    // SAFETY: as the caller's.
    unsafe { run(fmt, &mut src, o, errno) }
}

fn star(
    src: &mut dyn Source,
    c: Count,
    flags: &mut u8,
    is_width: bool,
) -> Result<i64, FormatError> {
    Ok(match c {
        Count::None => -1,
        Count::Lit(n) => n as i64,
        Count::Star(f) => {
            let v = src.get(f, Ty::Int).word() as i32 as i64;
            if is_width && v < 0 {
                *flags |= LEFT;
                let w = -v;
                if w as usize > INT_MAX {
                    return Err(FormatError::Overflow);
                }
                w
            } else if v < 0 {
                -1
            } else {
                v
            }
        }
    })
}

unsafe fn run(fmt: *const u8, src: &mut dyn Source, o: &mut Out, errno: i32) -> R {
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
        let mut s = unsafe { parse(&mut p)? };
        let w = star(src, s.width, &mut s.flags, true)?;
        let prec = star(src, s.prec, &mut s.flags, false)?;
        let width = w.max(0) as usize;
        if s.flags & LEFT != 0 {
            s.flags &= !ZERO;
        }
        if s.flags & PLUS != 0 {
            s.flags &= !SPACE;
        }
        let val = match value_ty(s.conv, s.len) {
            Some(ty) => src.get(s.arg, ty),
            None => Raw::W(0),
        };
        // SAFETY: the value has the type the conversion asks for.
        unsafe { convert(o, &s, width, prec, val, errno)? };
    }
}

fn pad_left(o: &mut Out, flags: u8, width: usize, len: usize) -> R {
    if flags & LEFT == 0 && width > len {
        o.pad(b' ', width - len)?;
    }
    Ok(())
}

fn pad_right(o: &mut Out, flags: u8, width: usize, len: usize) -> R {
    if flags & LEFT != 0 && width > len {
        o.pad(b' ', width - len)?;
    }
    Ok(())
}

fn text(o: &mut Out, flags: u8, width: usize, t: &[u8]) -> R {
    pad_left(o, flags, width, t.len())?;
    o.put(t)?;
    pad_right(o, flags, width, t.len())
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

unsafe fn convert(o: &mut Out, s: &Spec, width: usize, prec: i64, val: Raw, errno: i32) -> R {
    let flags = s.flags;
    match s.conv {
        b'd' | b'i' => {
            let v = val.word();
            let v: i64 = match s.len {
                Len::HH => v as i8 as i64,
                Len::H => v as i16 as i64,
                Len::None => v as i32 as i64,
                Len::L => v as c_long as i64,
                Len::LL | Len::BigL | Len::J => v as i64,
                Len::Z | Len::T => v as usize as isize as i64,
            };
            int(o, v < 0, v.unsigned_abs(), s.conv, flags, width, prec)
        }
        b'u' | b'o' | b'x' | b'X' | b'b' | b'B' => {
            let v = val.word();
            let v: u64 = match s.len {
                Len::HH => v as u8 as u64,
                Len::H => v as u16 as u64,
                Len::None => v as u32 as u64,
                Len::L => v as c_ulong as u64,
                Len::LL | Len::BigL | Len::J => v,
                Len::Z | Len::T => v as usize as u64,
            };
            int(o, false, v, s.conv, flags, width, prec)
        }
        b'p' => {
            let v = val.word() as usize;
            if v == 0 {
                text(o, flags, width, b"(nil)")
            } else {
                int(o, false, v as u64, b'p', flags | ALT, width, prec)
            }
        }
        b'c' => {
            let v = val.word() as u32;
            let c = if is_wide(s.len) {
                if v >= 0x80 {
                    return Err(FormatError::Encoding);
                }
                v as u8
            } else {
                v as u8
            };
            text(o, flags, width, &[c])
        }
        b's' => {
            let ptr = val.word() as usize;
            let max = if prec < 0 { usize::MAX } else { prec as usize };
            if ptr == 0 {
                let t: &[u8] = if !(0..6).contains(&prec) {
                    b"(null)"
                } else {
                    b""
                };
                return text(o, flags, width, t);
            }
            if is_wide(s.len) {
                // SAFETY: a wide string, NUL-terminated or `max` long.
                unsafe { wide(o, ptr as *const i32, max, flags, width) }
            } else {
                // SAFETY: a C string, NUL-terminated or `max` long.
                let t = unsafe { c_str(ptr as *const u8, max) };
                text(o, flags, width, t)
            }
        }
        b'm' => {
            let max = if prec < 0 { usize::MAX } else { prec as usize };
            match crate::errno::message(errno) {
                Some(m) => {
                    let m = sub(m, 0, m.len() - 1);
                    text(o, flags, width, sub(m, 0, m.len().min(max)))
                }
                None => {
                    let mut b = [0u8; 32];
                    let pre = b"Unknown error ";
                    copy(&mut b, 0, pre);
                    let mut n = pre.len();
                    let mut d = [0u8; 12];
                    let mut k = d.len();
                    let mut u = errno.unsigned_abs();
                    loop {
                        k -= 1;
                        d[k] = b'0' + (u % 10) as u8;
                        u /= 10;
                        if u == 0 {
                            break;
                        }
                    }
                    if errno < 0 {
                        k -= 1;
                        d[k] = b'-';
                    }
                    copy(&mut b, n, sub(&d, k, d.len()));
                    n += d.len() - k;
                    text(o, flags, width, sub(&b, 0, n.min(max)))
                }
            }
        }
        b'n' => {
            let ptr = val.word() as usize;
            let c = o.count;
            // SAFETY: the caller passed a pointer to an object of the type
            // the length modifier names.
            unsafe {
                match s.len {
                    Len::HH => *(ptr as *mut i8) = c as i8,
                    Len::H => *(ptr as *mut i16) = c as i16,
                    Len::None => *(ptr as *mut i32) = c as i32,
                    Len::L => *(ptr as *mut c_long) = c as c_long,
                    Len::LL | Len::BigL | Len::J => *(ptr as *mut i64) = c as i64,
                    Len::Z | Len::T => *(ptr as *mut usize) = c,
                }
            }
            Ok(())
        }
        b'%' => o.byte(b'%'),
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' => {
            let d = match val {
                Raw::L(b) => decode_long_double(&b),
                Raw::F(f) => float::decode_f64(f),
                Raw::W(w) => float::decode_f64(f64::from_bits(w)),
            };
            let prec = prec.min(INT_MAX as i64) as i32;
            float::format(o, &d, s.conv, flags, width, prec)
        }
        _ => unknown(o, s, width, prec),
    }
}

/// The C long double of this arch.
fn decode_long_double(b: &[u8; 16]) -> float::Decoded {
    if crate::arch::LDBL_X87 {
        float::decode_x87(b)
    } else {
        float::decode_binary128(b)
    }
}

/// An unknown conversion is printed back as glibc rebuilds it: flags,
/// width and precision as parsed, without length modifier.
fn unknown(o: &mut Out, s: &Spec, width: usize, prec: i64) -> R {
    o.byte(b'%')?;
    let f = s.flags;
    for (bit, c) in [
        (ALT, b'#'),
        (GROUP, b'\''),
        (PLUS, b'+'),
        (SPACE, b' '),
        (LEFT, b'-'),
        (ZERO, b'0'),
        (I18N, b'I'),
    ] {
        if f & bit != 0 {
            o.byte(c)?;
        }
    }
    if width != 0 {
        decimal(o, width as u64)?;
    }
    if prec >= 0 {
        o.byte(b'.')?;
        decimal(o, prec as u64)?;
    }
    o.byte(s.conv)
}

fn decimal(o: &mut Out, mut v: u64) -> R {
    let mut b = [0u8; 20];
    let mut i = b.len();
    loop {
        i -= 1;
        b[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    o.put(sub(&b, i, b.len()))
}

/// Wide string in the C locale: ASCII only, anything else is EILSEQ.
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
                return Err(FormatError::Encoding);
            }
            n += 1;
        }
    }
    pad_left(o, flags, width, n)?;
    for i in 0..n {
        // SAFETY: checked above.
        o.byte(unsafe { *s.add(i) } as u8)?;
    }
    pad_right(o, flags, width, n)
}

/// Integer conversions (and `%p`): sign/prefix, precision zeros, padding.
fn int(o: &mut Out, neg: bool, mag: u64, conv: u8, flags: u8, width: usize, prec: i64) -> R {
    let (base, digs): (u64, &[u8; 16]) = match conv {
        b'o' => (8, b"0123456789abcdef"),
        b'x' | b'p' => (16, b"0123456789abcdef"),
        b'X' => (16, b"0123456789ABCDEF"),
        b'b' | b'B' => (2, b"0123456789abcdef"),
        _ => (10, b"0123456789abcdef"),
    };
    let mut buf = [0u8; 64];
    let mut i = buf.len();
    let mut v = mag;
    if !(mag == 0 && prec == 0) {
        loop {
            i -= 1;
            buf[i] = digs[(v % base) as usize];
            v /= base;
            if v == 0 {
                break;
            }
        }
    }
    let nd = buf.len() - i;
    let mut zeros = if prec > nd as i64 {
        prec as usize - nd
    } else {
        0
    };
    let signed = matches!(conv, b'd' | b'i' | b'p');
    let sign = if neg {
        Some(b'-')
    } else if signed && flags & PLUS != 0 {
        Some(b'+')
    } else if signed && flags & SPACE != 0 {
        Some(b' ')
    } else {
        None
    };
    let prefix: &[u8] = if flags & ALT != 0 && mag != 0 {
        match conv {
            b'x' | b'p' => b"0x",
            b'X' => b"0X",
            b'b' => b"0b",
            b'B' => b"0B",
            _ => b"",
        }
    } else {
        b""
    };
    if conv == b'o' && flags & ALT != 0 && zeros == 0 && (nd == 0 || buf[i] != b'0') {
        zeros = 1;
    }
    let mut len = sign.is_some() as usize + prefix.len() + zeros + nd;
    if flags & ZERO != 0 && flags & LEFT == 0 && prec < 0 && width > len {
        zeros += width - len;
        len = width;
    }
    pad_left(o, flags, width, len)?;
    if let Some(c) = sign {
        o.byte(c)?;
    }
    o.put(prefix)?;
    o.pad(b'0', zeros)?;
    o.put(sub(&buf, i, buf.len()))?;
    pad_right(o, flags, width, len)
}
