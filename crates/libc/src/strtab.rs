//! Packed string tables (an internal, no C header): the messages of
//! `strerror` and `strsignal` stored as one byte string of NUL-terminated
//! entries plus a `u16` offset for every [`STRIDE`]th entry, built at
//! compile time. A `&[&[u8]]` table costs a fat pointer (16 bytes on
//! 64-bit arches) per entry, an offset table two bytes per entry; this
//! costs a few bytes in all, and a lookup scans at most `STRIDE - 1`
//! entries (a few hundred bytes) past its mark.

/// Entries between two stored offsets.
pub const STRIDE: usize = 16;

/// `N` strings, each NUL-terminated, or empty for "no entry" (stored as a
/// lone NUL), packed into `L` bytes; `mark[j]` is where entry
/// `j * STRIDE` starts.
pub struct StrTab<const N: usize, const L: usize, const M: usize> {
    mark: [u16; M],
    text: [u8; L],
}

/// The bytes `list` needs packed (the `L` of [`StrTab::new`]).
pub const fn packed_len(list: &[&[u8]]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < list.len() {
        n += if list[i].is_empty() { 1 } else { list[i].len() };
        i += 1;
    }
    n
}

/// The offsets `n` entries need (the `M` of [`StrTab::new`]).
pub const fn marks(n: usize) -> usize {
    n.div_ceil(STRIDE)
}

impl<const N: usize, const L: usize, const M: usize> StrTab<N, L, M> {
    /// Pack `list` (`N` entries, `L` bytes in all, `M` marks; checked at
    /// compile time).
    pub const fn new(list: &[&[u8]]) -> Self {
        assert!(list.len() == N);
        assert!(packed_len(list) == L);
        assert!(marks(N) == M);
        assert!(L <= u16::MAX as usize);
        let mut mark = [0u16; M];
        let mut text = [0u8; L];
        let mut at = 0;
        let mut i = 0;
        while i < list.len() {
            if i % STRIDE == 0 {
                mark[i / STRIDE] = at as u16;
            }
            let s = list[i];
            if s.is_empty() {
                at += 1;
            }
            // One NUL, at the end: the scan counts entries by them.
            let mut j = 0;
            while j < s.len() {
                assert!((s[j] == 0) == (j + 1 == s.len()));
                text[at] = s[j];
                at += 1;
                j += 1;
            }
            i += 1;
        }
        StrTab { mark, text }
    }

    /// Entry `i` (with its NUL), or `None` past the end or for an empty
    /// entry.
    #[inline(never)]
    pub fn get(&'static self, i: usize) -> Option<&'static [u8]> {
        if i >= N {
            return None;
        }
        let mut s = *self.mark.get(i / STRIDE)? as usize;
        let mut k = i % STRIDE;
        while k > 0 {
            if *self.text.get(s)? == 0 {
                k -= 1;
            }
            s += 1;
        }
        let mut e = s;
        while *self.text.get(e)? != 0 {
            e += 1;
        }
        if e == s {
            None
        } else {
            self.text.get(s..e + 1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: [&[u8]; 3] = [b"ab\0", b"", b"cde\0"];
    static T: StrTab<3, 8, 1> = StrTab::new(&LIST);

    #[test]
    fn lookup() {
        assert_eq!(T.get(0), Some(&b"ab\0"[..]));
        assert_eq!(T.get(1), None);
        assert_eq!(T.get(2), Some(&b"cde\0"[..]));
        assert_eq!(T.get(3), None);
        assert_eq!(T.get(usize::MAX), None);
    }

    /// Entries on both sides of a mark.
    #[test]
    fn across_marks() {
        const MANY: [&[u8]; 40] = {
            let mut t: [&[u8]; 40] = [b"x\0"; 40];
            t[15] = b"";
            t[16] = b"sixteen\0";
            t[17] = b"";
            t[39] = b"last\0";
            t
        };
        static U: StrTab<40, { packed_len(&MANY) }, { marks(40) }> = StrTab::new(&MANY);
        for (i, &m) in MANY.iter().enumerate() {
            assert_eq!(U.get(i), if m.is_empty() { None } else { Some(m) });
        }
        assert_eq!(U.get(40), None);
    }
}
