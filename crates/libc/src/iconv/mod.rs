//! `<iconv.h>`: `iconv_open iconv iconv_close`, conversion through
//! Unicode code points between the sets named in [`open_set`]:
//!
//! - the Unicode encoding forms: UTF-8 (strict, RFC 3629: no overlong
//!   forms, surrogates or values past U+10FFFF), UTF-16 and UTF-32 (a
//!   byte-order mark read and dropped on input, little-endian without
//!   one; written once on output, then little-endian, as glibc does on
//!   these arches), their LE/BE forms (no mark), UCS-2 (native order,
//!   BMP only), UCS-2LE/BE, UCS-4 (big-endian) and UCS-4LE, WCHAR_T (the
//!   native `wchar_t`);
//! - ASCII and ISO-8859-1 directly, and 28 single-byte sets (the other
//!   ISO-8859 parts, the Windows code pages 1250–1258, KOI8-R/U, IBM
//!   437/850/866) from tables `cargo xtask gen-charsets` generates from
//!   the POSIX charmaps;
//! - the East Asian multi-byte sets EUC-JP, Shift_JIS, CP932, CP949
//!   (UHC), EUC-KR, GBK, GB2312 (EUC-CN), GB18030 (its four-byte forms
//!   for all of Unicode) and Big5, from tables generated the same way,
//!   and the stateful ISO-2022-JP (`mb.rs`);
//! - `""`: the locale's (UTF-8 in a UTF-8 LC_CTYPE, else ASCII).
//!
//! Names are matched as glibc accepts them, case and punctuation
//! ignored. A target suffix `//TRANSLIT` writes `?` for a character the
//! target lacks (counted in the result as an irreversible conversion);
//! `//IGNORE` skips it and any invalid input, and the call then fails
//! with EILSEQ after converting the rest, as glibc. Errors as POSIX:
//! EILSEQ at an invalid or unconvertible character (left unconsumed),
//! EINVAL for an incomplete one at the end of the input, E2BIG when the
//! output is full. As glibc, a Unicode tag character (U+E0000–U+E007F)
//! the target lacks is dropped (except in ISO-2022-JP), and the flush
//! call `iconv(cd, NULL, NULL, &out, &left)` writes ISO-2022-JP's return
//! to ASCII.
use crate::types::*;
use core::ptr::null_mut;
use syscall::errno::{E2BIG, EBADF, EILSEQ, EINVAL, ENOMEM};

mod cjk;
mod cjk_types;
mod mb;
mod tables;
use mb::FIRST_MB;
use tables::{FIRST_TABLE, NAME_TEXT, NAMES, UPPER};

/// A character set (ids below [`FIRST_TABLE`]; a table set's id is
/// `FIRST_TABLE + index`).
const ASCII: u8 = 1;
const LATIN1: u8 = 2;
const UTF8: u8 = 3;
const UTF16: u8 = 4;
const UTF16LE: u8 = 5;
const UTF16BE: u8 = 6;
const UCS2: u8 = 7;
const UCS2BE: u8 = 8;
const UTF32: u8 = 9;
const UTF32LE: u8 = 10;
const UTF32BE: u8 = 11;
const UCS4: u8 = 12;
const UCS4LE: u8 = 13;
const WCHAR: u8 = 14;

/// The Unicode sets' names, normalised (see [`norm_eq`]), with their ids
/// (UCS-2LE is UCS-2: every arch here is little-endian).
static UNICODE_NAME_TEXT: [u8; 143] = *b"UTF8ISO10646UTF8UTF16UTF16LEUTF16BEUCS2UCS2LEUNICODELITTLEUCS2BEUNICODEBIGUTF32UTF32LEUTF32BEUCS4ISO10646UCS4UCS4BEUCS4LEWCHARTINTERNALISO10646";
static UNICODE_NAMES: [(u8, u8, u8); 20] = [
    (0, 4, UTF8),
    (4, 12, UTF8),
    (16, 5, UTF16),
    (21, 7, UTF16LE),
    (28, 7, UTF16BE),
    (35, 4, UCS2),
    (39, 6, UCS2),
    (45, 13, UCS2),
    (58, 6, UCS2BE),
    (64, 10, UCS2BE),
    (74, 5, UTF32),
    (79, 7, UTF32LE),
    (86, 7, UTF32BE),
    (93, 4, UCS4),
    (97, 12, UCS4),
    (109, 6, UCS4),
    (115, 6, UCS4LE),
    (121, 6, WCHAR),
    (127, 8, WCHAR),
    (135, 8, UCS4),
];

/// Whether `name` normalises (ASCII letters upper-cased, other than
/// letters and digits dropped) to `key`.
fn norm_eq(name: &[u8], key: &[u8]) -> bool {
    let mut k = key.iter();
    for &c in name {
        if c.is_ascii_alphanumeric() && k.next() != Some(&c.to_ascii_uppercase()) {
            return false;
        }
    }
    k.next().is_none()
}

/// The set `name` (without its `//` suffixes) names, or `None`.
fn open_set(name: &[u8]) -> Option<u8> {
    if name.is_empty() {
        return Some(if crate::locale::ctype_utf8() {
            UTF8
        } else {
            ASCII
        });
    }
    for &(off, len, id) in UNICODE_NAMES.iter() {
        let key = &UNICODE_NAME_TEXT[off as usize..off as usize + len as usize];
        if norm_eq(name, key) {
            return Some(id);
        }
    }
    NAMES.iter().find_map(|&(off, len, id)| {
        let key = &NAME_TEXT[off as usize..off as usize + len as usize];
        norm_eq(name, key).then_some(id)
    })
}

/// A conversion descriptor (`iconv_t` points at one, from malloc).
#[repr(C)]
pub struct Conv {
    from: u8,
    to: u8,
    translit: bool,
    ignore: bool,
    /// Input byte order of UTF-16/UTF-32 once a mark (or its absence)
    /// settled it: 0 unknown, 1 little, 2 big.
    in_order: u8,
    /// The output byte-order mark is written.
    bom_out: bool,
    /// A stateful target's output shift state (0: initial).
    st_out: u8,
}

/// Why a character did not convert.
enum Stop {
    /// Invalid input (EILSEQ).
    Bad,
    /// Incomplete input at the end (EINVAL).
    Short,
    /// Invalid input (EILSEQ) that `//IGNORE` skips as this many bytes.
    Skip(usize),
}

fn le16(b: &[u8]) -> u32 {
    u32::from(u16::from_le_bytes([b[0], b[1]]))
}
fn be16(b: &[u8]) -> u32 {
    u32::from(u16::from_be_bytes([b[0], b[1]]))
}
fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}
fn be32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

fn scalar(c: u32) -> bool {
    c < 0x11_0000 && !(0xd800..0xe000).contains(&c)
}

/// One UTF-8 character at the start of `b`.
fn utf8(b: &[u8]) -> Result<(u32, usize), Stop> {
    let c0 = b[0];
    let (n, min, init) = match c0 {
        0..=0x7f => return Ok((u32::from(c0), 1)),
        0xc2..=0xdf => (2, 0x80, u32::from(c0 & 0x1f)),
        0xe0..=0xef => (3, 0x800, u32::from(c0 & 0x0f)),
        0xf0..=0xf4 => (4, 0x1_0000, u32::from(c0 & 0x07)),
        _ => return Err(Stop::Bad),
    };
    let mut c = init;
    for i in 1..n {
        let Some(&x) = b.get(i) else {
            return Err(Stop::Short);
        };
        if x & 0xc0 != 0x80 {
            return Err(Stop::Bad);
        }
        c = c << 6 | u32::from(x & 0x3f);
        // Reject overlong forms, surrogates and values past U+10FFFF as
        // soon as the second byte shows them.
        if i == 1 {
            let lo = min >> (6 * (n - 2));
            let top = c;
            if n == 3 && (top < lo || (0x360..0x380).contains(&top)) {
                return Err(Stop::Bad);
            }
            if n == 4 && !(0x10..0x110).contains(&top) {
                return Err(Stop::Bad);
            }
        }
    }
    Ok((c, n))
}

/// The next character of `b` (not empty) in set `cs`, with the input
/// byte-order state `order`: the code point and the bytes it took (a
/// byte-order mark read is part of the next character's bytes; a
/// stateful set keeps its shift state in `order`, and a shift sequence
/// alone decodes as [`mb::SHIFT`]).
fn decode(cs: u8, b: &[u8], order: &mut u8) -> Result<(u32, usize), Stop> {
    let need = |n: usize| {
        if b.len() < n {
            Err(Stop::Short)
        } else {
            Ok(())
        }
    };
    match cs {
        ASCII => {
            if b[0] < 0x80 {
                Ok((u32::from(b[0]), 1))
            } else {
                Err(Stop::Bad)
            }
        }
        LATIN1 => Ok((u32::from(b[0]), 1)),
        UTF8 => utf8(b),
        UTF16 | UTF16LE | UTF16BE | UCS2 | UCS2BE => {
            need(2)?;
            let mut skip = 0;
            let big = match cs {
                UTF16 => {
                    if *order == 0 {
                        *order = 1;
                        match (b[0], b[1]) {
                            (0xff, 0xfe) => skip = 2,
                            (0xfe, 0xff) => {
                                skip = 2;
                                *order = 2
                            }
                            _ => {}
                        }
                    }
                    *order == 2
                }
                UTF16BE | UCS2BE => true,
                _ => false,
            };
            let b = &b[skip..];
            if b.len() < 2 {
                // A mark alone: nothing to convert yet.
                return Err(Stop::Short);
            }
            let rd = |x: &[u8]| if big { be16(x) } else { le16(x) };
            let c = rd(b);
            if !(0xd800..0xe000).contains(&c) {
                return Ok((c, skip + 2));
            }
            if cs == UCS2 || cs == UCS2BE || c >= 0xdc00 {
                return Err(Stop::Bad);
            }
            if b.len() < 4 {
                return Err(Stop::Short);
            }
            let d = rd(&b[2..]);
            if !(0xdc00..0xe000).contains(&d) {
                return Err(Stop::Bad);
            }
            Ok((0x1_0000 + ((c - 0xd800) << 10) + (d - 0xdc00), skip + 4))
        }
        UTF32 | UTF32LE | UTF32BE | UCS4 | UCS4LE | WCHAR => {
            need(4)?;
            let mut skip = 0;
            let big = match cs {
                UTF32 => {
                    if *order == 0 {
                        *order = 1;
                        if b[..4] == [0xff, 0xfe, 0, 0] {
                            skip = 4;
                        } else if b[..4] == [0, 0, 0xfe, 0xff] {
                            skip = 4;
                            *order = 2;
                        }
                    }
                    *order == 2
                }
                UTF32BE | UCS4 => true,
                _ => false,
            };
            let b = &b[skip..];
            if b.len() < 4 {
                return Err(Stop::Short);
            }
            let c = if big { be32(b) } else { le32(b) };
            if scalar(c) {
                Ok((c, skip + 4))
            } else {
                Err(Stop::Bad)
            }
        }
        _ if cs >= FIRST_MB => mb::decode(cs, b, order),
        _ => {
            if b[0] < 0x80 {
                return Ok((u32::from(b[0]), 1));
            }
            let t = &UPPER[(cs - FIRST_TABLE) as usize];
            match t[(b[0] - 0x80) as usize] {
                0xffff => Err(Stop::Bad),
                c => Ok((u32::from(c), 1)),
            }
        }
    }
}

/// Code point `c` in set `cs` into `out`: the bytes written, `Some(0)`
/// when `out` is too small, `None` when the set lacks the character.
/// `bom` says whether the set's byte-order mark is still to be written
/// (it is, before the first character).
fn encode(cs: u8, c: u32, out: &mut [u8]) -> Option<usize> {
    let mut put = |bytes: &[u8]| -> Option<usize> {
        match out.get_mut(..bytes.len()) {
            Some(o) => {
                o.copy_from_slice(bytes);
                Some(bytes.len())
            }
            None => Some(0),
        }
    };
    match cs {
        ASCII => (c < 0x80).then_some(())?,
        LATIN1 => (c < 0x100).then_some(())?,
        UTF8 => {
            let mut b = [0u8; 4];
            let n = match c {
                0..=0x7f => {
                    b[0] = c as u8;
                    1
                }
                0x80..=0x7ff => {
                    b[0] = 0xc0 | (c >> 6) as u8;
                    b[1] = 0x80 | (c & 0x3f) as u8;
                    2
                }
                0x800..=0xffff => {
                    b[0] = 0xe0 | (c >> 12) as u8;
                    b[1] = 0x80 | (c >> 6 & 0x3f) as u8;
                    b[2] = 0x80 | (c & 0x3f) as u8;
                    3
                }
                _ => {
                    b[0] = 0xf0 | (c >> 18) as u8;
                    b[1] = 0x80 | (c >> 12 & 0x3f) as u8;
                    b[2] = 0x80 | (c >> 6 & 0x3f) as u8;
                    b[3] = 0x80 | (c & 0x3f) as u8;
                    4
                }
            };
            return put(&b[..n]);
        }
        UTF16 | UTF16LE | UTF16BE | UCS2 | UCS2BE => {
            let big = cs == UTF16BE || cs == UCS2BE;
            let w = |v: u32| -> [u8; 2] {
                if big {
                    (v as u16).to_be_bytes()
                } else {
                    (v as u16).to_le_bytes()
                }
            };
            if c < 0x1_0000 {
                return put(&w(c));
            }
            if cs == UCS2 || cs == UCS2BE {
                return None;
            }
            let v = c - 0x1_0000;
            let (hi, lo) = (w(0xd800 + (v >> 10)), w(0xdc00 + (v & 0x3ff)));
            return put(&[hi[0], hi[1], lo[0], lo[1]]);
        }
        UTF32 | UTF32LE | UTF32BE | UCS4 | UCS4LE | WCHAR => {
            let b = if cs == UTF32BE || cs == UCS4 {
                c.to_be_bytes()
            } else {
                c.to_le_bytes()
            };
            return put(&b);
        }
        _ => {
            if c >= 0x80 {
                let t = &UPPER[(cs - FIRST_TABLE) as usize];
                let i = t.iter().position(|&u| u32::from(u) == c && u != 0xffff)?;
                return put(&[0x80 + i as u8]);
            }
        }
    }
    put(&[c as u8])
}

/// The byte-order mark a set writes first, if any.
fn bom(cs: u8) -> &'static [u8] {
    static BOM16: [u8; 2] = [0xff, 0xfe];
    static BOM32: [u8; 4] = [0xff, 0xfe, 0, 0];
    match cs {
        UTF16 => &BOM16,
        UTF32 => &BOM32,
        _ => &[],
    }
}

/// The conversion loop over `inp` into `out`: (input consumed, output
/// written, irreversible count, the error that stopped it).
/// How a set writes an ASCII character: as one byte, or as a 2- or
/// 4-byte little-endian unit (0: no quick way, use [`encode`]).
fn ascii_unit(cs: u8) -> usize {
    match cs {
        UTF8 | ASCII | LATIN1 => 1,
        UTF16LE | UCS2 => 2,
        UTF32LE | UCS4LE | WCHAR => 4,
        c if (FIRST_TABLE..FIRST_MB).contains(&c) => 1,
        _ => 0,
    }
}

/// Copy the ASCII bytes at the start of `inp` into `out` as `unit`-byte
/// little-endian code units while they fit: (bytes read, bytes written).
fn ascii_run(inp: &[u8], out: &mut [u8], unit: usize) -> (usize, usize) {
    let n = inp
        .iter()
        .position(|&b| b >= 0x80)
        .unwrap_or(inp.len())
        .min(out.len() / unit);
    let src = &inp[..n];
    match unit {
        1 => out[..n].copy_from_slice(src),
        2 => {
            for (d, &b) in out[..2 * n].chunks_exact_mut(2).zip(src) {
                d[0] = b;
                d[1] = 0;
            }
        }
        _ => {
            for (d, &b) in out[..4 * n].chunks_exact_mut(4).zip(src) {
                d.copy_from_slice(&u32::from(b).to_le_bytes());
            }
        }
    }
    (n, n * unit)
}

fn run(cd: &mut Conv, inp: &[u8], out: &mut [u8]) -> (usize, usize, usize, Option<u32>) {
    let (mut i, mut o, mut irrev) = (0, 0, 0);
    let mut skipped = false;
    let mut err = None;
    // ASCII runs between ASCII-compatible byte sets and the LE units go
    // straight through (once any byte-order mark is written).
    let quick_in =
        matches!(cd.from, UTF8 | ASCII | LATIN1) || (FIRST_TABLE..FIRST_MB).contains(&cd.from);
    let unit = ascii_unit(cd.to);
    while i < inp.len() {
        if quick_in && unit != 0 && cd.bom_out {
            let (k, w) = ascii_run(&inp[i..], &mut out[o..], unit);
            i += k;
            o += w;
            if i == inp.len() {
                break;
            }
        }
        let (c, n) = match decode(cd.from, &inp[i..], &mut cd.in_order) {
            Ok(x) => x,
            Err(Stop::Short) => {
                err = Some(EINVAL);
                break;
            }
            Err(e @ (Stop::Bad | Stop::Skip(_))) => {
                if cd.ignore {
                    skipped = true;
                    i += if let Stop::Skip(k) = e { k } else { 1 };
                    continue;
                }
                err = Some(EILSEQ);
                break;
            }
        };
        if c == mb::SHIFT {
            i += n;
            continue;
        }
        if !cd.bom_out {
            let m = bom(cd.to);
            if out.len() - o < m.len() {
                err = Some(E2BIG);
                break;
            }
            out[o..o + m.len()].copy_from_slice(m);
            o += m.len();
            cd.bom_out = true;
        }
        let mut enc = |c: u32, out: &mut [u8]| {
            if cd.to >= FIRST_MB {
                mb::encode(cd.to, c, out, &mut cd.st_out)
            } else {
                encode(cd.to, c, out)
            }
        };
        match enc(c, &mut out[o..]) {
            Some(0) => {
                err = Some(E2BIG);
                break;
            }
            Some(k) => o += k,
            // glibc drops the tag characters a set lacks.
            None if c >> 7 == 0xe0000 >> 7 && cd.to != mb::ISO2022JP => {}
            None if cd.translit => match enc(u32::from(b'?'), &mut out[o..]) {
                Some(0) | None => {
                    err = Some(E2BIG);
                    break;
                }
                Some(k) => {
                    o += k;
                    irrev += 1;
                }
            },
            None if cd.ignore => skipped = true,
            None => {
                err = Some(EILSEQ);
                break;
            }
        }
        i += n;
    }
    if err.is_none() && skipped {
        err = Some(EILSEQ);
    }
    (i, o, irrev, err)
}

/// Split `name//SUFFIX//…` into the name and whether TRANSLIT and IGNORE
/// were among the suffixes.
fn split(s: &[u8]) -> (&[u8], bool, bool) {
    let mut parts = s.split(|&c| c == b'/');
    let name = parts.next().unwrap_or(&[]);
    let (mut t, mut ig) = (false, false);
    for p in parts {
        t |= p.eq_ignore_ascii_case(b"TRANSLIT");
        ig |= p.eq_ignore_ascii_case(b"IGNORE");
    }
    // A name such as ISO-10646/UTF8/ keeps its inner slash.
    (name, t, ig)
}

/// The set of `s`: the name up to `//`, or a name with single slashes.
fn set_of(s: &[u8]) -> (Option<u8>, bool, bool) {
    let (first, t, ig) = split(s);
    let end = s.windows(2).position(|w| w == b"//").unwrap_or(s.len());
    let full = &s[..end];
    let cs = open_set(full).or_else(|| open_set(first));
    (cs, t, ig)
}

/// POSIX.1-2024 `iconv_open`: a descriptor converting from `fromcode`
/// to `tocode`; `(iconv_t)-1` with EINVAL for a set this library does
/// not have.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn iconv_open(tocode: *const c_char, fromcode: *const c_char) -> *mut c_void {
    let bad = usize::MAX as *mut c_void;
    if tocode.is_null() || fromcode.is_null() {
        crate::errno::set(EINVAL as i32);
        return bad;
    }
    // SAFETY: both are C strings.
    let (to, from) = unsafe {
        (
            core::ffi::CStr::from_ptr(tocode).to_bytes(),
            core::ffi::CStr::from_ptr(fromcode).to_bytes(),
        )
    };
    let (Some(t), translit, ignore) = set_of(to) else {
        crate::errno::set(EINVAL as i32);
        return bad;
    };
    let (Some(f), _, _) = set_of(from) else {
        crate::errno::set(EINVAL as i32);
        return bad;
    };
    // SAFETY: plain allocation, filled before use.
    unsafe {
        let p = crate::heap::malloc(size_of::<Conv>()) as *mut Conv;
        if p.is_null() {
            crate::errno::set(ENOMEM as i32);
            return bad;
        }
        p.write(Conv {
            from: f,
            to: t,
            translit,
            ignore,
            in_order: 0,
            bom_out: bom(t).is_empty(),
            st_out: 0,
        });
        p as *mut c_void
    }
}

/// POSIX.1-2024 `iconv`: convert `*inbuf` (`*inleft` bytes) into
/// `*outbuf` (`*outleft` bytes), advancing both; the number of
/// irreversible conversions, or `(size_t)-1` with EILSEQ, EINVAL or
/// E2BIG (the pointers show where it stopped). A null `inbuf` (or
/// `*inbuf`) resets the shift state: the byte-order marks are read and
/// written again.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn iconv(
    cd: *mut c_void,
    inbuf: *mut *mut c_char,
    inleft: *mut size_t,
    outbuf: *mut *mut c_char,
    outleft: *mut size_t,
) -> size_t {
    if cd.is_null() || cd as usize == usize::MAX {
        crate::errno::set(EBADF as i32);
        return usize::MAX;
    }
    // SAFETY: cd came from iconv_open; the buffers are the caller's, of
    // the sizes it gives.
    unsafe {
        let c = &mut *(cd as *mut Conv);
        if inbuf.is_null() || (*inbuf).is_null() {
            // With an output buffer, first write what returns a stateful
            // target to its initial state.
            if !outbuf.is_null() && !(*outbuf).is_null() {
                let u = mb::unshift(c.to, c.st_out);
                if u.len() > *outleft {
                    crate::errno::set(E2BIG as i32);
                    return usize::MAX;
                }
                core::ptr::copy_nonoverlapping(u.as_ptr(), *outbuf as *mut u8, u.len());
                *outbuf = (*outbuf).add(u.len());
                *outleft -= u.len();
            }
            c.in_order = 0;
            c.bom_out = bom(c.to).is_empty();
            c.st_out = 0;
            return 0;
        }
        let inp = core::slice::from_raw_parts(*inbuf as *const u8, *inleft);
        let (ob, ol) = if outbuf.is_null() || (*outbuf).is_null() {
            (null_mut(), 0)
        } else {
            (*outbuf as *mut u8, *outleft)
        };
        let out: &mut [u8] = if ob.is_null() {
            &mut []
        } else {
            core::slice::from_raw_parts_mut(ob, ol)
        };
        let (i, o, irrev, err) = run(c, inp, out);
        *inbuf = (*inbuf).add(i);
        *inleft -= i;
        if !ob.is_null() {
            *outbuf = (*outbuf).add(o);
            *outleft -= o;
        }
        match err {
            Some(e) => {
                crate::errno::set(e as i32);
                usize::MAX
            }
            None => irrev,
        }
    }
}

/// POSIX.1-2024 `iconv_close`: free the descriptor; 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn iconv_close(cd: *mut c_void) -> c_int {
    if cd.is_null() || cd as usize == usize::MAX {
        return crate::kernel::fail(EBADF);
    }
    // SAFETY: cd came from iconv_open and is not used after this.
    unsafe { crate::heap::free(cd) };
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(to: &[u8], from: &[u8], inp: &[u8]) -> (Vec<u8>, usize, Option<u32>) {
        let (Some(t), tr, ig) = set_of(to) else {
            panic!("to")
        };
        let (Some(f), _, _) = set_of(from) else {
            panic!("from")
        };
        let mut c = Conv {
            from: f,
            to: t,
            translit: tr,
            ignore: ig,
            in_order: 0,
            bom_out: false,
            st_out: 0,
        };
        let mut out = [0u8; 64];
        let (i, o, _, e) = run(&mut c, inp, &mut out);
        (out[..o].to_vec(), i, e)
    }

    #[test]
    fn names() {
        assert_eq!(open_set(b"utf-8"), Some(UTF8));
        assert_eq!(open_set(b"UTF8"), Some(UTF8));
        assert_eq!(open_set(b"ucs-2le"), Some(UCS2));
        assert_eq!(open_set(b"latin1"), Some(LATIN1));
        assert_eq!(open_set(b"ISO_8859-1:1987"), Some(LATIN1));
        assert_eq!(open_set(b"us-ascii"), Some(ASCII));
        assert!(open_set(b"ISO-8859-15").unwrap() >= FIRST_TABLE);
        assert!(open_set(b"windows-1252").is_some());
        assert_eq!(open_set(b"ISO-8859-12"), None);
        assert_eq!(open_set(b"nonsense"), None);
        assert_eq!(set_of(b"ISO-10646/UTF8/").0, Some(UTF8));
        assert_eq!(
            set_of(b"ASCII//TRANSLIT//IGNORE"),
            (Some(ASCII), true, true)
        );
    }

    #[test]
    fn east_asian() {
        assert_eq!(conv(b"EUC-JP", b"UTF-8", "あ".as_bytes()).0, b"\xa4\xa2");
        assert_eq!(conv(b"SJIS", b"EUC-JP", b"\xa4\xa2").0, b"\x82\xa0");
        assert_eq!(conv(b"UTF-8", b"MS_KANJI", b"\x5c").0, "¥".as_bytes());
        assert_eq!(conv(b"CP949", b"UTF-8", "갂".as_bytes()).0, b"\x81\x41");
        assert_eq!(conv(b"EUC-KR", b"UTF-8", "갂".as_bytes()).2, Some(EILSEQ));
        assert_eq!(conv(b"GB2312", b"GBK", b"\xb0\xa1").0, b"\xb0\xa1");
        assert_eq!(conv(b"BIG5", b"UTF-8", "一".as_bytes()).0, b"\xa4\x40");
        assert_eq!(
            conv(b"GB18030", b"UTF-8", b"\xc2\x80").0,
            b"\x81\x30\x81\x30"
        );
        assert_eq!(
            conv(b"UTF-8", b"GB18030", b"\x90\x30\x81\x30").0,
            "\u{10000}".as_bytes()
        );
        assert_eq!(conv(b"UTF-8", b"GB18030", b"\x81\x30\x81").2, Some(EINVAL));
        assert_eq!(
            conv(b"ISO-2022-JP", b"UTF-8", "aあ".as_bytes()).0,
            b"a\x1b$B$\""
        );
        assert_eq!(
            conv(b"UTF-8", b"ISO-2022-JP", b"\x1b$B$\"\x1b(Bb").0,
            "あb".as_bytes()
        );
        // The tag characters a set lacks are dropped, as glibc.
        assert_eq!(conv(b"ASCII", b"UTF-8", b"A\xf3\xa0\x80\x81B").0, b"AB");
    }

    #[test]
    fn conversions() {
        assert_eq!(
            conv(b"UTF-16", b"UTF-8", b"A\xc3\xa9").0,
            b"\xff\xfeA\0\xe9\0"
        );
        assert_eq!(conv(b"UCS-4", b"UTF-8", b"A").0, b"\0\0\0A");
        assert_eq!(conv(b"UTF-8", b"UTF-16", b"\xfe\xff\0A").0, b"A");
        assert_eq!(
            conv(b"UTF-16LE", b"UTF-8", b"\xf0\x9f\x98\x80").0,
            b"\x3d\xd8\x00\xde"
        );
        assert_eq!(
            conv(b"UTF-8", b"UTF-16LE", b"\x3d\xd8\x00\xde").0,
            b"\xf0\x9f\x98\x80"
        );
        assert_eq!(conv(b"UTF-8", b"UTF-16LE", b"\x3d\xd8").2, Some(EINVAL));
        assert_eq!(conv(b"UTF-8", b"UTF-16LE", b"\x3d\xd8A\0").2, Some(EILSEQ));
        assert_eq!(conv(b"UTF-8", b"ISO-8859-15", b"\xa4").0, b"\xe2\x82\xac");
        assert_eq!(conv(b"ISO-8859-15", b"UTF-8", b"\xe2\x82\xac").0, b"\xa4");
        assert_eq!(conv(b"UTF-8", b"CP1252", b"\x80\x81").2, Some(EILSEQ));
        let (o, i, e) = conv(b"ASCII", b"UTF-8", b"A\xc3\xa9Z");
        assert_eq!((o.as_slice(), i, e), (&b"A"[..], 1, Some(EILSEQ)));
        assert_eq!(conv(b"ASCII//TRANSLIT", b"UTF-8", b"A\xc3\xa9Z").0, b"A?Z");
        let (o, i, e) = conv(b"ASCII//IGNORE", b"UTF-8", b"A\xc3\xa9Z");
        assert_eq!((o.as_slice(), i, e), (&b"AZ"[..], 4, Some(EILSEQ)));
        // Strict UTF-8.
        for bad in [
            &b"\xc0\x80"[..],
            b"\xed\xa0\x80",
            b"\xf4\x90\x80\x80",
            b"\xe0\x80\x80",
            b"\xff",
        ] {
            assert_eq!(conv(b"UTF-8", b"UTF-8", bad).2, Some(EILSEQ), "{bad:?}");
        }
        assert_eq!(conv(b"UTF-8", b"UTF-8", b"\xe2\x82").2, Some(EINVAL));
        assert_eq!(
            conv(b"UCS-2", b"UTF-8", b"\xf0\x9f\x98\x80").2,
            Some(EILSEQ)
        );
    }
}
