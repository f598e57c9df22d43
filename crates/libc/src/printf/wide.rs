//! The wide printf engine (`wprintf` and family): the narrow engine's
//! parser and conversions over a wide format. The format is read through
//! a one-byte-per-character shadow (ASCII as it is, anything else 0x80)
//! so `parse` and the positional pass work unchanged; literal text comes
//! from the wide format itself. Integers, floats, `%p`, `%m`, `%%` and
//! unknown conversions are the narrow engine's (ASCII) output, widened;
//! `%c %lc %s %ls %n` are done here, in wide characters: `%s`/`%c`
//! convert from the thread's multibyte encoding (EILSEQ when they cannot),
//! widths and precisions count wide characters, `%n` stores the wide
//! count. Not linked into programs that only use narrow printf.
use super::*;

/// Where wide output goes, one character at a time.
pub trait WSink {
    #[allow(clippy::result_unit_err)]
    fn wc(&mut self, c: u32) -> Result<(), ()>;
}

/// The counting front of a [`WSink`].
struct W<'a> {
    sink: &'a mut dyn WSink,
    count: usize,
}

impl W<'_> {
    fn c(&mut self, c: u32) -> R {
        self.count += 1;
        if self.count > INT_MAX {
            return Err(FormatError::Overflow);
        }
        self.sink.wc(c).map_err(|_| FormatError::Output)
    }
    fn pad(&mut self, n: usize) -> R {
        for _ in 0..n {
            self.c(b' ' as u32)?;
        }
        Ok(())
    }
}

/// The narrow engine's output, one wide character per byte; the shadow's
/// 0x80 stands for `hi` (a conversion character past ASCII).
struct Widen<'a, 'b> {
    w: &'a mut W<'b>,
    hi: u32,
    err: Option<FormatError>,
}

impl Sink for Widen<'_, '_> {
    fn put(&mut self, b: &[u8]) -> Result<(), ()> {
        for &x in b {
            let c = if x == 0x80 { self.hi } else { x as u32 };
            if let Err(e) = self.w.c(c) {
                self.err = Some(e);
                return Err(());
            }
        }
        Ok(())
    }
}

/// Run `f` on a narrow `Out` whose output is widened into `w`.
fn narrow(w: &mut W, hi: u32, f: impl FnOnce(&mut Out) -> R) -> R {
    let mut buf = [MaybeUninit::<u8>::uninit(); 256];
    let mut ws = Widen { w, hi, err: None };
    let mut o = Out {
        sink: &mut ws,
        buf: &mut buf,
        len: 0,
        count: 0,
    };
    let r = f(&mut o).and_then(|()| o.flush());
    match (r, ws.err) {
        (Err(_), Some(e)) => Err(e),
        (r, _) => r,
    }
}

/// A field of `n` characters: left padding, `body`, right padding.
fn field(w: &mut W, flags: u8, width: usize, n: usize, body: impl FnOnce(&mut W) -> R) -> R {
    let fill = width.saturating_sub(n);
    if flags & LEFT == 0 {
        w.pad(fill)?;
    }
    body(w)?;
    if flags & LEFT != 0 {
        w.pad(fill)?;
    }
    Ok(())
}

/// The next character of the multibyte string at `*s` (advanced past
/// it); None at its NUL.
unsafe fn next_mb(s: &mut *const u8) -> Result<Option<u32>, FormatError> {
    let mut st = crate::wchar::mbstate_t::default();
    let mut wc = 0u32;
    // SAFETY: `*s` is inside a NUL-terminated string; decode_one reads
    // no byte past a NUL.
    let r = unsafe { crate::wchar::decode_one(&mut wc, *s, 4, &mut st) };
    match r {
        0 => Ok(None),
        crate::wchar::ILLEGAL | crate::wchar::INCOMPLETE => Err(FormatError::Encoding),
        k => {
            // SAFETY: k bytes were read.
            *s = unsafe { s.add(k) };
            Ok(Some(wc))
        }
    }
}

/// `%s` (narrow, converted) or `%ls`, at most `max` characters.
unsafe fn string(w: &mut W, v: usize, wide: bool, flags: u8, width: usize, max: usize) -> R {
    if v == 0 {
        let t: &[u8] = if max < 6 { b"" } else { b"(null)" };
        return field(w, flags, width, t.len(), |w| {
            t.iter().try_for_each(|&b| w.c(b as u32))
        });
    }
    // SAFETY (both passes): a NUL-terminated string, or (with a
    // precision) one with at least the characters that are printed.
    unsafe {
        let mut n = 0;
        if wide {
            let s = v as *const u32;
            while n < max && *s.add(n) != 0 {
                n += 1;
            }
            field(w, flags, width, n, |w| {
                (0..n).try_for_each(|i| w.c(*s.add(i)))
            })
        } else {
            let mut s = v as *const u8;
            while n < max && next_mb(&mut s)?.is_some() {
                n += 1;
            }
            let mut s = v as *const u8;
            field(w, flags, width, n, |w| {
                for _ in 0..n {
                    w.c(next_mb(&mut s)?.unwrap_or(0))?;
                }
                Ok(())
            })
        }
    }
}

/// Format the wide string `fmt`: the number of wide characters produced.
///
/// # Safety
/// `fmt` is a NUL-terminated wide string and `args` yields what it
/// promises.
pub unsafe fn wformat(
    fmt: *const u32,
    args: &mut dyn Args,
    out: &mut dyn WSink,
) -> Result<usize, FormatError> {
    let errno = crate::errno::get();
    // SAFETY: fmt is NUL-terminated.
    let len = unsafe {
        let mut n = 0;
        while *fmt.add(n) != 0 {
            n += 1;
        }
        n
    };
    // SAFETY: malloc has no precondition.
    let shadow = unsafe { crate::heap::malloc(len + 1) } as *mut u8;
    if shadow.is_null() {
        return Err(FormatError::Output);
    }
    // SAFETY: shadow has len + 1 bytes; fmt has len characters.
    unsafe {
        for i in 0..len {
            let c = *fmt.add(i);
            *shadow.add(i) = if c < 0x80 { c as u8 } else { 0x80 };
            // Scalar on purpose (see kernel::find_byte).
            core::hint::black_box(());
        }
        *shadow.add(len) = 0;
    }
    let mut w = W {
        sink: out,
        count: 0,
    };
    // SAFETY: the shadow is NUL-terminated and as long as fmt.
    let r = unsafe {
        if has_dollar(shadow) {
            wpositional(fmt, shadow, args, &mut w, errno)
        } else {
            let mut src = Src {
                args,
                vals: None,
                next: 0,
            };
            wrun(fmt, shadow, &mut src, &mut w, errno)
        }
    };
    // SAFETY: our own block.
    unsafe { crate::heap::free(shadow as *mut core::ffi::c_void) };
    r.map(|()| w.count)
}

/// [`positional`]'s first pass (the types of the arguments) on the
/// shadow, then [`wrun`].
unsafe fn wpositional(
    fmt: *const u32,
    shadow: *const u8,
    args: &mut dyn Args,
    w: &mut W,
    errno: i32,
) -> R {
    let mut tys = MaybeUninit::<[u8; MAX_POS]>::uninit();
    let tys = zeroed(&mut tys, MAX_POS);
    let mut max = 0usize;
    let mut next = 0usize;
    let mut p = shadow;
    // SAFETY (loop): `p` stays within the NUL-terminated shadow.
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
    unsafe { wrun(fmt, shadow, &mut src, w, errno) }
}

/// [`run`] over the wide format (see the module comment).
unsafe fn wrun(fmt: *const u32, shadow: *const u8, src: &mut Src, w: &mut W, errno: i32) -> R {
    let mut p = shadow;
    loop {
        // SAFETY (block): p stays within the NUL-terminated shadow, and
        // the wide format has a character at every offset the shadow has.
        unsafe {
            while *p != 0 && *p != b'%' {
                w.c(*fmt.offset(p.offset_from(shadow)))?;
                p = p.add(1);
            }
            if *p == 0 {
                return Ok(());
            }
            p = p.add(1);
        }
        // SAFETY: `p` is inside the shadow.
        let s = unsafe { parse(&mut p)? };
        // SAFETY: the conversion character is the one before `p`.
        let hi = unsafe { *fmt.offset(p.offset_from(shadow) - 1) };
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
        let max = if prec < 0 { usize::MAX } else { prec as usize };
        match c {
            b'c' => {
                let ch = if is_wide(s.len) {
                    val as u32
                } else if (val as u8) < 0x80 {
                    val as u8 as u32
                } else {
                    return Err(FormatError::Encoding);
                };
                field(w, flags, width, 1, |w| w.c(ch))?;
            }
            // SAFETY: the value is the string the conversion asks for.
            b's' => unsafe { string(w, val as usize, is_wide(s.len), flags, width, max)? },
            b'n' => {
                let n = (w.count as u64).to_le_bytes();
                for (i, &b) in n.iter().enumerate().take(type_bits(s.len) as usize / 8) {
                    // SAFETY: a pointer to an object of the type the length
                    // modifier names (see `other`).
                    unsafe { (val as usize as *mut u8).add(i).write(b) };
                }
            }
            _ => narrow(w, hi, |o| {
                if is(c, INTS) {
                    int(o, val as u64, c, s.len, flags, width, prec)
                } else if is(c, FLOATS) {
                    let prec = prec.min(INT_MAX as i64) as i32;
                    float::format(o, val, ty == T_LDBL, c, flags, width, prec)
                } else {
                    // SAFETY: the value has the type the conversion asks for.
                    unsafe { other(o, &s, flags, width, prec, val as usize, errno) }
                }
            })?,
        }
    }
}
