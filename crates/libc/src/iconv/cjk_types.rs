//! The shapes of the generated multi-byte tables (`cjk.rs`).

/// A double-byte table: a grid of rows from `row_lo` on, each
/// `(offset in POOL, first column, columns)`, a cell being a code point
/// (0: none; 0xD800 + i: `WIDE[i]`); the reverse map `rev` (the codes,
/// `row << 8 | column`, of table `rev_tab`, sorted by code point), and
/// the exceptions to a borrowed one, `(code point, code)` sorted (code
/// 0: not in this table) and looked at first.
pub struct Tab {
    pub row_lo: u8,
    pub rows: &'static [(u32, u8, u8)],
    pub rev: &'static [u16],
    pub rev_tab: u8,
    pub extra: &'static [(u32, u16)],
}

/// A multi-byte set: its single-byte table (index in `SINGLE`, 0xFFFF:
/// none), its tables (`tabs` of them from `tab` in `TABS`), and the code
/// points glibc also writes in a form the charmap decodes otherwise:
/// `(code point, bytes as a big-endian number)`, sorted.
pub struct Mb {
    pub single: u8,
    pub tab: u8,
    pub tabs: u8,
    pub extra: &'static [(u16, u16)],
}
