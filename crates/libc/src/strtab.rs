//! Packed string tables (an internal, no C header): the messages of
//! `strerror` and `strsignal` stored as one byte string plus a `u16`
//! offset per entry, built at compile time. A `&[&[u8]]` table costs a
//! fat pointer (16 bytes on 64-bit arches) per entry; this costs two.

/// `N - 1` strings, each NUL-terminated (or empty for "no entry"), packed
/// into `L` bytes: entry `i` is `text[start[i]..start[i + 1]]`.
pub struct StrTab<const N: usize, const L: usize> {
    start: [u16; N],
    text: [u8; L],
}

/// The bytes `list` needs packed (the `L` of [`StrTab::new`]).
pub const fn packed_len(list: &[&[u8]]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < list.len() {
        n += list[i].len();
        i += 1;
    }
    n
}

impl<const N: usize, const L: usize> StrTab<N, L> {
    /// Pack `list` (`N - 1` entries, `L` bytes in all; checked at compile
    /// time).
    pub const fn new(list: &[&[u8]]) -> Self {
        assert!(list.len() + 1 == N);
        assert!(packed_len(list) == L);
        assert!(L <= u16::MAX as usize);
        let mut start = [0u16; N];
        let mut text = [0u8; L];
        let mut at = 0;
        let mut i = 0;
        while i < list.len() {
            start[i] = at as u16;
            let s = list[i];
            assert!(s.is_empty() || s[s.len() - 1] == 0);
            let mut j = 0;
            while j < s.len() {
                text[at] = s[j];
                at += 1;
                j += 1;
            }
            i += 1;
        }
        start[list.len()] = at as u16;
        StrTab { start, text }
    }

    /// Entry `i` (with its NUL), or `None` past the end or for an empty
    /// entry.
    #[inline]
    pub fn get(&'static self, i: usize) -> Option<&'static [u8]> {
        let s = *self.start.get(i)? as usize;
        let t = *self.start.get(i.checked_add(1)?)? as usize;
        match self.text.get(s..t) {
            Some(m) if !m.is_empty() => Some(m),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static T: StrTab<4, 7> = StrTab::new(&[b"ab\0", b"", b"cde\0"]);

    #[test]
    fn lookup() {
        assert_eq!(T.get(0), Some(&b"ab\0"[..]));
        assert_eq!(T.get(1), None);
        assert_eq!(T.get(2), Some(&b"cde\0"[..]));
        assert_eq!(T.get(3), None);
        assert_eq!(T.get(usize::MAX), None);
    }
}
