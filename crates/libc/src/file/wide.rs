//! Wide-character transfers on the byte machinery: a wide-oriented
//! stream keeps multibyte text (the thread's `LC_CTYPE` encoding) in the
//! same buffer, converted one character at a time on the way in and out.
//! A wide memory stream (`open_wmemstream`, [`WMEM_OPS`](super::mem::WMEM_OPS))
//! takes the `wchar_t` values themselves, 4 bytes each, unconverted.
//!
//! Input: a character the buffer holds only part of is completed by a
//! refill (`peek_more`); a bad sequence is `EILSEQ` with the error
//! indicator set and is not consumed (glibc stops there too); a partial
//! character at end of file is dropped and reads as end of file.
//! One character of `ungetwc` lives in `flags` above [`F_WPUSH_SHIFT`];
//! a second pushes the first back into the byte headroom, encoded.
//!
//! Output as glibc's wide streams: a character the encoding cannot
//! represent is written as `?` (U+0080 and up in the C locale,
//! surrogates), and values past U+10FFFF up to 0x7FFFFFFF take the old
//! 5- and 6-byte UTF-8 forms.
use super::{F_EOF, F_WPUSH_SHIFT, FILE, O_BYTE, O_WIDE};
use crate::wchar::utf8;
use syscall::errno::EILSEQ;

/// `WEOF`.
pub const WEOF: u32 = 0xffff_ffff;

/// Whether `f` may be used by a wide function (not byte-oriented); the
/// first such use orients it to wide characters.
pub unsafe fn wide_ok(f: *mut FILE) -> bool {
    // SAFETY: f is a live stream.
    unsafe {
        if (*f).orient == O_BYTE {
            return false;
        }
        (*f).orient |= O_WIDE;
    }
    true
}

/// Whether `f` may be used by a byte function that glibc refuses on a
/// wide stream (fputs fwrite fgets fread puts scanf …); orients a new
/// stream to bytes.
pub unsafe fn byte_ok(f: *mut FILE) -> bool {
    // SAFETY: f is a live stream.
    unsafe {
        if (*f).orient & O_WIDE != 0 {
            return false;
        }
        (*f).orient = O_BYTE;
    }
    true
}

fn is_wmem(f: *mut FILE) -> bool {
    // SAFETY: f is a live stream.
    core::ptr::eq(unsafe { (*f).ops }, &super::mem::WMEM_OPS)
}

/// The bytes glibc's wide streams write for `wc` in UTF-8 (`utf8`) or
/// the C locale; returns the length.
pub fn encode_out(wc: u32, out: &mut [u8; 6], utf8: bool) -> usize {
    if wc < 0x80 {
        out[0] = wc as u8;
        return 1;
    }
    if !utf8 || (0xd800..0xe000).contains(&wc) || wc > 0x7fff_ffff {
        out[0] = b'?';
        return 1;
    }
    let n = match wc {
        0..0x800 => 2,
        0x800..0x1_0000 => 3,
        0x1_0000..0x20_0000 => 4,
        0x20_0000..0x400_0000 => 5,
        _ => 6,
    };
    let mut v = wc;
    let mut i = n;
    while i > 1 {
        i -= 1;
        out[i] = 0x80 | (v & 0x3f) as u8;
        v >>= 6;
    }
    // The lead byte: n high bits set, then the rest of the value.
    out[0] = ((0xff00u32 >> n) as u8) | v as u8;
    n
}

/// Write one wide character (the stream is locked and wide); `WEOF` on
/// failure (error indicator and errno set by the stream).
pub unsafe fn put_wc(f: *mut FILE, wc: u32) -> u32 {
    let mut b = [0u8; 6];
    let n = if is_wmem(f) {
        b[..4].copy_from_slice(&wc.to_ne_bytes());
        4
    } else {
        encode_out(wc, &mut b, crate::locale::ctype_utf8())
    };
    // SAFETY: f is a live stream.
    match unsafe { super::write_bytes(f, &b[..n]) } {
        Ok(()) => wc,
        Err(()) => WEOF,
    }
}

/// Read one wide character (the stream is locked and wide); `WEOF` at
/// end of file or on error (see the module comment).
pub unsafe fn get_wc(f: *mut FILE) -> u32 {
    // SAFETY: f is a live stream; peek's slices are its unread input.
    unsafe {
        let slot = (*f).flags >> F_WPUSH_SHIFT;
        if slot != 0 {
            (*f).flags &= (1 << F_WPUSH_SHIFT) - 1;
            return slot - 1;
        }
        let mut b = super::peek(f);
        let Some(&b0) = b.first() else {
            return WEOF;
        };
        if !crate::locale::ctype_utf8() {
            if b0 >= 0x80 {
                super::set_err(f, EILSEQ as i32);
                return WEOF;
            }
            super::consume(f, 1);
            return b0 as u32;
        }
        loop {
            match utf8::decode(b) {
                utf8::Step::Char(cp, len) => {
                    super::consume(f, len);
                    return cp;
                }
                utf8::Step::Bad => {
                    super::set_err(f, EILSEQ as i32);
                    return WEOF;
                }
                utf8::Step::Short => {
                    let need = utf8::seq_len(b0);
                    let more = super::peek_more(f, need);
                    if more.len() <= b.len() {
                        // End of file (or a read error) inside the
                        // character: it is dropped.
                        super::consume(f, more.len());
                        return WEOF;
                    }
                    b = more;
                }
            }
        }
    }
}

/// The bytes the wide character in `ungetwc`'s slot stands for in the
/// input (0 when the slot is empty), so that `ftell` after `fwscanf`
/// gave back the character it stopped at reports that character's start.
pub unsafe fn pushed_len(f: *mut FILE) -> usize {
    // SAFETY: f is a live stream.
    let slot = unsafe { (*f).flags } >> F_WPUSH_SHIFT;
    if slot == 0 {
        return 0;
    }
    let mut b = [0u8; 6];
    encode_out(slot - 1, &mut b, crate::locale::ctype_utf8())
}

/// `ungetwc` on a locked, wide stream: `wc`, or `WEOF` when it cannot
/// be pushed back.
pub unsafe fn unget_wc(f: *mut FILE, wc: u32) -> u32 {
    // The slot holds wc + 1 in the bits above F_WPUSH_SHIFT.
    const MAX: u32 = (u32::MAX >> F_WPUSH_SHIFT) - 1;
    if wc == WEOF || wc > MAX {
        return WEOF;
    }
    // SAFETY: f is a live stream.
    unsafe {
        let old = (*f).flags >> F_WPUSH_SHIFT;
        if old != 0 {
            // The slot's character goes back into the byte input first.
            let mut b = [0u8; 6];
            let utf8 = crate::locale::ctype_utf8();
            let c = old - 1;
            if (c >= 0x80 && !utf8) || utf8::encoded_len(c).is_none() {
                return WEOF;
            }
            let n = encode_out(c, &mut b, utf8);
            if (*f).dir != super::DIR_READING && super::start_read(f).is_err() {
                return WEOF;
            }
            if (*f).rpos < n {
                return WEOF;
            }
            (*f).rpos -= n;
            core::ptr::copy_nonoverlapping(b.as_ptr(), (*f).base.add((*f).rpos), n);
        }
        (*f).flags =
            ((*f).flags & ((1 << F_WPUSH_SHIFT) - 1) & !F_EOF) | ((wc + 1) << F_WPUSH_SHIFT);
    }
    wc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glibc_forms() {
        let mut b = [0u8; 6];
        assert_eq!(encode_out(0x41, &mut b, false), 1);
        assert_eq!(encode_out(0xe9, &mut b, false), 1);
        assert_eq!(b[0], b'?');
        assert_eq!(encode_out(0xe9, &mut b, true), 2);
        assert_eq!(&b[..2], &[0xc3, 0xa9]);
        assert_eq!(encode_out(0xd800, &mut b, true), 1);
        assert_eq!(b[0], b'?');
        assert_eq!(encode_out(0x10ffff, &mut b, true), 4);
        assert_eq!(&b[..4], &[0xf4, 0x8f, 0xbf, 0xbf]);
        assert_eq!(encode_out(0x20_0000, &mut b, true), 5);
        assert_eq!(&b[..5], &[0xf8, 0x88, 0x80, 0x80, 0x80]);
        assert_eq!(encode_out(0x7fff_ffff, &mut b, true), 6);
        assert_eq!(&b[..6], &[0xfd, 0xbf, 0xbf, 0xbf, 0xbf, 0xbf]);
        assert_eq!(encode_out(0x8000_0000, &mut b, true), 1);
        assert_eq!(b[0], b'?');
    }
}
