//! The UTF-8 engine behind every multibyte function: strict decoding and
//! encoding of one character.
//!
//! Strict means RFC 3629 / Unicode's "well-formed" table: no overlong
//! forms (C0, C1, E0 80–9F, F0 80–8F), no surrogates (ED A0–BF), nothing
//! past U+10FFFF (F4 90–BF, F5–FF), no stray continuation bytes. A
//! sequence is rejected at the first byte that no completion could make
//! valid, so a short input is "incomplete" (`(size_t)-2` for `mbrtowc`)
//! only when it is a prefix of some valid character — as POSIX words it,
//! "incomplete but potentially valid".
//!
//! Decoding takes the bytes a conversion state holds followed by the new
//! input (see `Step`), which makes restarting across calls the same code
//! path as decoding in one go.

/// The result of looking at the start of a byte sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A whole character of `len` bytes.
    Char(u32, usize),
    /// A valid prefix of a character: all the bytes seen, more needed.
    Short,
    /// No character starts with these bytes.
    Bad,
}

/// How many bytes a character starting with `b0` has (0: not a lead).
#[inline(always)]
pub fn seq_len(b0: u8) -> usize {
    match b0 {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 0,
    }
}

/// The range the second byte of a sequence led by `b0` must lie in.
#[inline(always)]
fn second_range(b0: u8) -> (u8, u8) {
    match b0 {
        0xe0 => (0xa0, 0xbf),
        0xed => (0x80, 0x9f),
        0xf0 => (0x90, 0xbf),
        0xf4 => (0x80, 0x8f),
        _ => (0x80, 0xbf),
    }
}

/// Decode the character at the start of `s` (which may be any length).
#[inline]
pub fn decode(s: &[u8]) -> Step {
    decode_with(|i| s.get(i).copied())
}

/// Decode the character whose bytes `get(0)`, `get(1)` … give (None: no
/// more input). Byte `i + 1` is asked for only after byte `i` proved a
/// valid lead or continuation byte, so a NUL ends the reading.
#[inline(always)]
pub fn decode_with(get: impl Fn(usize) -> Option<u8>) -> Step {
    let Some(b0) = get(0) else {
        return Step::Short;
    };
    if b0 < 0x80 {
        return Step::Char(b0 as u32, 1);
    }
    let len = seq_len(b0);
    if len == 0 {
        return Step::Bad;
    }
    let mut cp = (b0 & (0x7f >> len)) as u32;
    for i in 1..len {
        let Some(b) = get(i) else {
            return Step::Short;
        };
        let (lo, hi) = if i == 1 {
            second_range(b0)
        } else {
            (0x80, 0xbf)
        };
        if b < lo || b > hi {
            return Step::Bad;
        }
        cp = (cp << 6) | (b & 0x3f) as u32;
    }
    Step::Char(cp, len)
}

/// `decode` of the bytes at `s`, of which at least 4 (or all up to a NUL)
/// are readable: the straight-line path of the string conversions. Never
/// `Step::Short`.
///
/// # Safety
/// As said: byte `i + 1` is read only after byte `i` proved a lead or
/// continuation byte, so a NUL ends the reading.
#[inline(always)]
pub unsafe fn decode_ptr(s: *const u8) -> Step {
    // SAFETY: the caller's contract, for every read below.
    unsafe {
        let b0 = *s;
        if b0 < 0x80 {
            return Step::Char(b0 as u32, 1);
        }
        let len = seq_len(b0);
        if len == 0 {
            return Step::Bad;
        }
        let b1 = *s.add(1);
        let (lo, hi) = second_range(b0);
        if b1 < lo || b1 > hi {
            return Step::Bad;
        }
        let cont = |b: u8| b & 0xc0 == 0x80;
        match len {
            2 => Step::Char(((b0 as u32 & 0x1f) << 6) | (b1 as u32 & 0x3f), 2),
            3 => {
                let b2 = *s.add(2);
                if !cont(b2) {
                    return Step::Bad;
                }
                let cp =
                    ((b0 as u32 & 0x0f) << 12) | ((b1 as u32 & 0x3f) << 6) | (b2 as u32 & 0x3f);
                Step::Char(cp, 3)
            }
            _ => {
                let b2 = *s.add(2);
                if !cont(b2) {
                    return Step::Bad;
                }
                let b3 = *s.add(3);
                if !cont(b3) {
                    return Step::Bad;
                }
                let cp = ((b0 as u32 & 0x07) << 18)
                    | ((b1 as u32 & 0x3f) << 12)
                    | ((b2 as u32 & 0x3f) << 6)
                    | (b3 as u32 & 0x3f);
                Step::Char(cp, 4)
            }
        }
    }
}

/// Encode `cp` into `out`; the length, or None for a surrogate or a value
/// past U+10FFFF.
#[inline]
pub fn encode(cp: u32, out: &mut [u8; 4]) -> Option<usize> {
    match cp {
        0..=0x7f => {
            out[0] = cp as u8;
            Some(1)
        }
        0x80..=0x7ff => {
            out[0] = 0xc0 | (cp >> 6) as u8;
            out[1] = 0x80 | (cp & 0x3f) as u8;
            Some(2)
        }
        0xd800..=0xdfff => None,
        0x800..=0xffff => {
            out[0] = 0xe0 | (cp >> 12) as u8;
            out[1] = 0x80 | ((cp >> 6) & 0x3f) as u8;
            out[2] = 0x80 | (cp & 0x3f) as u8;
            Some(3)
        }
        0x10000..=0x10ffff => {
            out[0] = 0xf0 | (cp >> 18) as u8;
            out[1] = 0x80 | ((cp >> 12) & 0x3f) as u8;
            out[2] = 0x80 | ((cp >> 6) & 0x3f) as u8;
            out[3] = 0x80 | (cp & 0x3f) as u8;
            Some(4)
        }
        _ => None,
    }
}

/// The UTF-8 length of `cp` (None where `encode` fails).
#[inline]
pub fn encoded_len(cp: u32) -> Option<usize> {
    match cp {
        0..=0x7f => Some(1),
        0x80..=0x7ff => Some(2),
        0xd800..=0xdfff => None,
        0x800..=0xffff => Some(3),
        0x10000..=0x10ffff => Some(4),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every 1–4 byte sequence, decoded whole and then as each prefix,
    /// against Rust's own UTF-8 validation.
    #[test]
    fn exhaustive_against_core() {
        let check = |s: &[u8]| {
            let std = core::str::from_utf8(s);
            match decode(s) {
                Step::Char(cp, len) => {
                    let ok = core::str::from_utf8(&s[..len]).unwrap();
                    assert_eq!(ok.chars().next().unwrap() as u32, cp);
                    if len == s.len() {
                        assert!(std.is_ok());
                    }
                }
                Step::Short => {
                    // A valid prefix: error_len() None means "incomplete".
                    let e = std.unwrap_err();
                    assert_eq!(e.valid_up_to(), 0);
                    assert_eq!(e.error_len(), None, "{s:x?}");
                }
                Step::Bad => {
                    let e = std.unwrap_err();
                    assert_eq!(e.valid_up_to(), 0);
                    assert!(e.error_len().is_some(), "{s:x?}");
                }
            }
        };
        for a in 0..=255u8 {
            check(&[a]);
            for b in 0..=255u8 {
                check(&[a, b]);
                if seq_len(a) >= 3 {
                    for c in 0..=255u8 {
                        check(&[a, b, c]);
                    }
                }
            }
        }
        // Four-byte sequences over every plane, with sampled tails.
        for a in 0xf0..=0xff_u8 {
            for b in 0..=255u8 {
                for c in [0x00, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff] {
                    for d in [0x00, 0x80, 0x8f, 0x90, 0xbf, 0xc0] {
                        check(&[a, b, c, d]);
                    }
                }
            }
        }
    }

    #[test]
    fn straight_line_agrees() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                for c in [0x00, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff] {
                    for d in [0x00, 0x80, 0xbf, 0xc0] {
                        let s = [a, b, c, d, 0];
                        // SAFETY: 5 readable bytes.
                        let fast = unsafe { decode_ptr(s.as_ptr()) };
                        let slow = match decode(&s) {
                            Step::Short => Step::Bad,
                            x => x,
                        };
                        assert_eq!(fast, slow, "{s:x?}");
                    }
                }
            }
        }
    }

    #[test]
    fn encode_roundtrip() {
        for cp in 0..=0x11_0000u32 {
            let mut b = [0; 4];
            match char::from_u32(cp) {
                Some(ch) => {
                    let n = encode(cp, &mut b).unwrap();
                    let mut s = [0; 4];
                    assert_eq!(ch.encode_utf8(&mut s).as_bytes(), &b[..n]);
                    assert_eq!(encoded_len(cp), Some(n));
                    assert_eq!(decode(&b[..n]), Step::Char(cp, n));
                }
                None => {
                    assert_eq!(encode(cp, &mut b), None);
                    assert_eq!(encoded_len(cp), None);
                }
            }
        }
        assert_eq!(encode(u32::MAX, &mut [0; 4]), None);
    }
}
