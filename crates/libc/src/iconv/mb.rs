//! The multi-byte East Asian sets of `iconv`: EUC-JP, Shift_JIS, CP932,
//! CP949 (UHC), EUC-KR, GBK, GB2312 (EUC-CN), GB18030 and Big5 from the
//! tables `cargo xtask gen-charsets` makes of the POSIX charmaps
//! (`cjk.rs`), and the stateful ISO-2022-JP (ASCII, JIS X 0201 Roman and
//! JIS X 0208 by escape sequences, over EUC-JP's JIS X 0208 table).
use super::Stop;
pub use super::cjk::ISO2022JP;
use super::cjk::{GB4, GB4_BY_CP, POOL, SETS, SINGLE, TABS, WIDE};
use super::cjk_types::Tab;

/// The first multi-byte set's id; the sets in the order of `cjk::SETS`.
pub const FIRST_MB: u8 = 64;
const EUCJP: u8 = FIRST_MB;
const SJIS: u8 = FIRST_MB + 1;
const CP932: u8 = FIRST_MB + 2;
const UHC: u8 = FIRST_MB + 3;
const GBK: u8 = FIRST_MB + 5;
const GB2312: u8 = FIRST_MB + 6;
const GB18030: u8 = FIRST_MB + 7;
const BIG5: u8 = FIRST_MB + 8;

/// A decoded "character" that is only a shift: nothing to write.
pub const SHIFT: u32 = u32::MAX;

/// The lead bytes of each set (in `cjk::SETS` order), as glibc's
/// decoders take them: two ranges; a lead byte asks for a second byte
/// (EINVAL without one), any other byte not in the single-byte table is
/// EILSEQ.
static LEADS: [[(u8, u8); 2]; 9] = [
    [(0x8e, 0x8f), (0xa0, 0xfe)], // EUC-JP
    [(0x81, 0x9f), (0xe0, 0xea)], // Shift_JIS
    [(0x81, 0x9f), (0xe0, 0xfc)], // CP932
    [(0x81, 0xc8), (0xca, 0xfd)], // CP949
    [(0xa1, 0xff), (0xff, 0xff)], // EUC-KR
    [(0x81, 0xfe), (0xfe, 0xfe)], // GBK
    [(0x8e, 0x8f), (0xa1, 0xfe)], // GB2312
    [(0x81, 0xfe), (0xfe, 0xfe)], // GB18030
    [(0xa1, 0xf9), (0xf9, 0xf9)], // Big5
];

/// The cell at `row`, `col` of table `t`.
fn cell(t: &Tab, row: u8, col: u8) -> Option<u32> {
    let r = row.checked_sub(t.row_lo)?;
    let &(off, first, n) = t.rows.get(usize::from(r))?;
    let c = col.checked_sub(first)?;
    if c >= n {
        return None;
    }
    match POOL[off as usize + usize::from(c)] {
        0 => None,
        v @ 0xd800..=0xdfff => Some(WIDE[usize::from(v - 0xd800)]),
        v => Some(u32::from(v)),
    }
}

/// The code (`row << 8 | col`) of `c` in table `ti`.
fn tab_code(ti: usize, c: u32) -> Option<u16> {
    let t = &TABS[ti];
    if let Ok(k) = t.extra.binary_search_by_key(&c, |e| e.0) {
        let code = t.extra[k].1;
        return (code != 0).then_some(code);
    }
    let src = &TABS[usize::from(t.rev_tab)];
    let k = t
        .rev
        .binary_search_by_key(&c, |&code| {
            cell(src, (code >> 8) as u8, code as u8).unwrap_or(0)
        })
        .ok()?;
    let code = t.rev[k];
    if usize::from(t.rev_tab) != ti && cell(t, (code >> 8) as u8, code as u8) != Some(c) {
        return None;
    }
    Some(code)
}

fn need(b: &[u8], n: usize) -> Result<(), Stop> {
    if b.len() < n {
        Err(Stop::Short)
    } else {
        Ok(())
    }
}

/// GB18030's four-byte form at linear index `i`.
fn gb4_decode(i: u32) -> Option<u32> {
    if i >= 189_000 {
        let c = 0x1_0000 + (i - 189_000);
        return (c < 0x11_0000).then_some(c);
    }
    let k = GB4
        .partition_point(|r| u32::from(r.0) <= i)
        .checked_sub(1)?;
    let (s, c, n) = GB4[k];
    let d = i - u32::from(s);
    (d < u32::from(n)).then_some(u32::from(c) + d)
}

fn gb4_encode(c: u32) -> Option<u32> {
    if c >= 0x1_0000 {
        return Some(189_000 + (c - 0x1_0000));
    }
    let k = GB4_BY_CP
        .partition_point(|&r| u32::from(GB4[usize::from(r)].1) <= c)
        .checked_sub(1)?;
    let (s, c0, n) = GB4[usize::from(GB4_BY_CP[k])];
    let d = c - u32::from(c0);
    (d < u32::from(n)).then_some(u32::from(s) + d)
}

/// The next character of `b` (not empty) in multi-byte set `cs`; a
/// stateful set keeps its shift state in `st`.
pub fn decode(cs: u8, b: &[u8], st: &mut u8) -> Result<(u32, usize), Stop> {
    if cs == ISO2022JP {
        return decode_2022(b, st);
    }
    let m = &SETS[usize::from(cs - FIRST_MB)];
    let b0 = b[0];
    let s = SINGLE[usize::from(m.single)][usize::from(b0)];
    if s != 0xffff {
        return Ok((u32::from(s), 1));
    }
    let t = usize::from(m.tab);
    let l = &LEADS[usize::from(cs - FIRST_MB)];
    if !l.iter().any(|r| (r.0..=r.1).contains(&b0)) {
        return Err(Stop::Bad);
    }
    need(b, 2)?;
    let (ti, row, col, n) = match cs {
        EUCJP => match b0 {
            0x8f => {
                // A second byte outside JIS X 0212's rows 2–77 is EILSEQ
                // at once, as glibc.
                if !(0xa2..=0xed).contains(&b[1]) {
                    return Err(Stop::Bad);
                }
                need(b, 3)?;
                (t + 1, b[1] - 0x80, b[2], 3)
            }
            _ => (t, if b0 == 0x8e { 0x0e } else { b0 - 0x80 }, b[1], 2),
        },
        SJIS | CP932 => {
            let r = if b0 < 0xa0 {
                (b0 - 0x81) * 2
            } else {
                (b0 - 0xc1) * 2
            };
            let (r, c) = match b[1] {
                x @ 0x40..=0x7e => (r, x - 0x40),
                x @ 0x80..=0x9e => (r, x - 0x41),
                x @ 0x9f..=0xfc => (r + 1, x - 0x9f),
                0x7f if cs == SJIS => return Err(Stop::Skip(2)),
                _ => return Err(Stop::Bad),
            };
            (t, 0x21 + r, 0xa1 + c, 2)
        }
        _ => {
            if cs == GB18030 && (0x30..=0x39).contains(&b[1]) {
                // (//IGNORE skips as glibc does.)
                need(b, 4)?;
                if !(0x81..=0xfe).contains(&b[2]) {
                    return Err(Stop::Skip(3));
                }
                if !(0x81..=0xfe).contains(&b[2]) || !(0x30..=0x39).contains(&b[3]) {
                    return Err(Stop::Skip(4));
                }
                let i = ((u32::from(b0) - 0x81) * 10 + u32::from(b[1]) - 0x30) * 1260
                    + (u32::from(b[2]) - 0x81) * 10
                    + u32::from(b[3])
                    - 0x30;
                return gb4_decode(i).map(|c| (c, 4)).ok_or(Stop::Skip(4));
            }
            (t, b0 - 0x80, b[1], 2)
        }
    };
    cell(&TABS[ti], row, col).map(|c| (c, n)).ok_or_else(|| {
        // glibc's //IGNORE skips a pair whose second byte could be a
        // trail byte of the set as a whole, else the first byte.
        let t1 = b[1];
        let pair = match cs {
            EUCJP | GB2312 => false,
            SJIS | CP932 => (0x40..=0xfc).contains(&t1),
            BIG5 => (0x40..=0x7e).contains(&t1) || (0xa1..=0xfe).contains(&t1),
            GBK => (0x40..=0xfe).contains(&t1) && !(b0 == 0xfe && t1 >= 0xa1),
            // UHC's extension (a byte below A1) reaches only C6 52.
            UHC => {
                (b0 >= 0xa1 && t1 >= 0xa1)
                    || (b0 <= 0xc6
                        && matches!(t1, 0x41..=0x5a | 0x61..=0x7a | 0x81..=0xfe)
                        && !(b0 == 0xc6 && t1 > 0x52))
            }
            _ => true,
        };
        if pair { Stop::Skip(2) } else { Stop::Bad }
    })
}

/// `c` in multi-byte set `cs` (not ISO-2022-JP) as up to 4 bytes.
fn bytes(cs: u8, c: u32) -> Option<([u8; 4], usize)> {
    let m = &SETS[usize::from(cs - FIRST_MB)];
    if let Ok(c16) = u16::try_from(c)
        && let Ok(k) = m.extra.binary_search_by_key(&c16, |e| e.0)
    {
        let v = m.extra[k].1;
        return Some(if v < 0x100 {
            ([v as u8, 0, 0, 0], 1)
        } else {
            ([(v >> 8) as u8, v as u8, 0, 0], 2)
        });
    }
    let single = &SINGLE[usize::from(m.single)];
    if c < 0x80 && u32::from(single[c as usize]) == c {
        return Some(([c as u8, 0, 0, 0], 1));
    }
    if c < 0xffff
        && let Some(p) = single.iter().position(|&u| u32::from(u) == c)
    {
        return Some(([p as u8, 0, 0, 0], 1));
    }
    for k in 0..m.tabs {
        let Some(code) = tab_code(usize::from(m.tab + k), c) else {
            continue;
        };
        let (row, col) = ((code >> 8) as u8, code as u8);
        return Some(match cs {
            EUCJP if k == 1 => ([0x8f, row | 0x80, col, 0], 3),
            EUCJP if row == 0x0e => ([0x8e, col, 0, 0], 2),
            SJIS | CP932 => {
                let (r, cc) = (row - 0x21, col - 0xa1);
                let l = r / 2;
                let lead = if l < 31 { 0x81 + l } else { 0xc1 + l };
                let trail = if r % 2 == 1 {
                    0x9f + cc
                } else if cc < 63 {
                    0x40 + cc
                } else {
                    0x41 + cc
                };
                ([lead, trail, 0, 0], 2)
            }
            _ => ([row | 0x80, col, 0, 0], 2),
        });
    }
    if cs == GB18030 {
        let i = gb4_encode(c)?;
        return Some((
            [
                (0x81 + i / 12600) as u8,
                (0x30 + i / 1260 % 10) as u8,
                (0x81 + i / 10 % 126) as u8,
                (0x30 + i % 10) as u8,
            ],
            4,
        ));
    }
    None
}

fn put(out: &mut [u8], b: &[u8]) -> Option<usize> {
    match out.get_mut(..b.len()) {
        Some(o) => {
            o.copy_from_slice(b);
            Some(b.len())
        }
        None => Some(0),
    }
}

/// Code point `c` in multi-byte set `cs` into `out` (as `encode` in
/// `mod.rs`: the bytes written, `Some(0)` when `out` is too small, `None`
/// when the set lacks it); a stateful set's output shift state is `st`.
pub fn encode(cs: u8, c: u32, out: &mut [u8], st: &mut u8) -> Option<usize> {
    if cs == ISO2022JP {
        return encode_2022(c, out, st);
    }
    let (b, n) = bytes(cs, c)?;
    put(out, &b[..n])
}

/// ISO-2022-JP shift states.
const S_ASCII: u8 = 0;
const S_ROMAN: u8 = 1;
const S_JIS: u8 = 2;

static ESC_ASCII: [u8; 3] = *b"\x1b(B";
static ESC_ROMAN: [u8; 3] = *b"\x1b(J";
static ESC_JIS: [u8; 3] = *b"\x1b$B";

fn decode_2022(b: &[u8], st: &mut u8) -> Result<(u32, usize), Stop> {
    let b0 = b[0];
    if b0 == 0x1b {
        need(b, 3)?;
        *st = match (b[1], b[2]) {
            (b'(', b'B') => S_ASCII,
            (b'(', b'J') => S_ROMAN,
            (b'$', b'@' | b'B') => S_JIS,
            // An escape sequence glibc does not know reads as ESC.
            _ => return Ok((0x1b, 1)),
        };
        return Ok((SHIFT, 3));
    }
    if b0 >= 0x80 {
        return Err(Stop::Bad);
    }
    match *st {
        S_JIS if (0x21..0x7f).contains(&b0) => {
            need(b, 2)?;
            if !(0x21..0x7f).contains(&b[1]) {
                return Err(Stop::Bad);
            }
            cell(&TABS[usize::from(SETS[0].tab)], b0, b[1] | 0x80)
                .map(|c| (c, 2))
                .ok_or(Stop::Bad)
        }
        S_ROMAN => Ok((
            match b0 {
                0x5c => 0xa5,
                0x7e => 0x203e,
                _ => u32::from(b0),
            },
            1,
        )),
        _ => Ok((u32::from(b0), 1)),
    }
}

fn encode_2022(c: u32, out: &mut [u8], st: &mut u8) -> Option<usize> {
    let in_set = |s: u8| -> Option<[u8; 2]> {
        match s {
            S_ASCII => (c < 0x80).then_some([c as u8, 0]),
            S_ROMAN => match c {
                0xa5 => Some([0x5c, 0]),
                0x203e => Some([0x7e, 0]),
                0x5c | 0x7e => None,
                _ => (c < 0x80).then_some([c as u8, 0]),
            },
            _ => {
                let code = tab_code(usize::from(SETS[0].tab), c)?;
                let row = (code >> 8) as u8;
                (row >= 0x21).then_some([row, code as u8 & 0x7f])
            }
        }
    };
    let (s, ch) = match in_set(*st) {
        Some(ch) => (*st, ch),
        None => [S_ASCII, S_ROMAN, S_JIS]
            .iter()
            .find_map(|&s| in_set(s).map(|ch| (s, ch)))?,
    };
    let w = if s == S_JIS { 2 } else { 1 };
    let mut buf = [0u8; 5];
    let mut n = 0;
    if s != *st {
        buf[..3].copy_from_slice(match s {
            S_ASCII => &ESC_ASCII,
            S_ROMAN => &ESC_ROMAN,
            _ => &ESC_JIS,
        });
        n = 3;
    }
    buf[n..n + w].copy_from_slice(&ch[..w]);
    n += w;
    let r = put(out, &buf[..n]);
    if r != Some(0) {
        *st = s;
    }
    r
}

/// The bytes that return set `cs` to its initial shift state from output
/// state `st` (empty when there is none).
pub fn unshift(cs: u8, st: u8) -> &'static [u8] {
    if cs == ISO2022JP && st != S_ASCII {
        &ESC_ASCII
    } else {
        &[]
    }
}

/// The host's glibc `iconv` against these tables, every byte sequence
/// and every code point of every set (host only: the test binary links
/// glibc, whose symbols these are while ferrolibc's are unexported).
#[cfg(test)]
mod tests {
    use super::super::{Conv, run, set_of};
    use core::ffi::{c_char, c_void};

    unsafe extern "C" {
        fn iconv_open(to: *const c_char, from: *const c_char) -> *mut c_void;
        fn iconv(
            cd: *mut c_void,
            i: *mut *mut c_char,
            il: *mut usize,
            o: *mut *mut c_char,
            ol: *mut usize,
        ) -> usize;
        fn iconv_close(cd: *mut c_void) -> i32;
        fn __errno_location() -> *mut i32;
    }

    struct G(*mut c_void);
    impl G {
        fn new(to: &str, from: &str) -> G {
            let t = std::ffi::CString::new(to).unwrap();
            let f = std::ffi::CString::new(from).unwrap();
            // SAFETY: C strings.
            let cd = unsafe { iconv_open(t.as_ptr(), f.as_ptr()) };
            assert_ne!(cd as usize, usize::MAX, "glibc lacks {from} -> {to}");
            G(cd)
        }
        /// Convert `inp` from the initial state, then flush: (consumed,
        /// output, errno or 0).
        fn conv(&self, inp: &[u8]) -> (usize, Vec<u8>, u32) {
            let mut out = vec![0u8; 64];
            // SAFETY: buffers of the sizes given.
            unsafe {
                iconv(
                    self.0,
                    core::ptr::null_mut(),
                    core::ptr::null_mut(),
                    core::ptr::null_mut(),
                    core::ptr::null_mut(),
                );
                let mut ip = inp.as_ptr() as *mut c_char;
                let mut il = inp.len();
                let mut op = out.as_mut_ptr() as *mut c_char;
                let mut ol = out.len();
                let r = iconv(self.0, &mut ip, &mut il, &mut op, &mut ol);
                let e = if r == usize::MAX {
                    *__errno_location() as u32
                } else {
                    0
                };
                if e == 0 {
                    iconv(
                        self.0,
                        core::ptr::null_mut(),
                        core::ptr::null_mut(),
                        &mut op,
                        &mut ol,
                    );
                }
                let w = 64 - ol;
                out.truncate(w);
                (inp.len() - il, out, e)
            }
        }
    }
    impl Drop for G {
        fn drop(&mut self) {
            // SAFETY: from iconv_open.
            unsafe { iconv_close(self.0) };
        }
    }

    fn ours(to: &str, from: &str, inp: &[u8]) -> (usize, Vec<u8>, u32) {
        let (t, _, ignore) = set_of(to.as_bytes());
        let (t, f) = (t.unwrap(), set_of(from.as_bytes()).0.unwrap());
        let mut c = Conv {
            from: f,
            to: t,
            translit: false,
            ignore,
            in_order: 0,
            bom_out: true,
            st_out: 0,
        };
        let mut out = [0u8; 64];
        let (i, mut o, _, e) = run(&mut c, inp, &mut out);
        if e.is_none() {
            let u = super::unshift(t, c.st_out);
            out[o..o + u.len()].copy_from_slice(u);
            o += u.len();
        }
        (i, out[..o].to_vec(), e.unwrap_or(0))
    }

    fn walk(name: &str, g: &G, prefix: &mut Vec<u8>, n: &mut usize, bad: &mut usize) {
        for b in 0..=255u8 {
            prefix.push(b);
            let want = g.conv(prefix);
            let got = ours("UCS-4", name, prefix);
            // glibc's UHC reads A2 E8 (EUC-KR's U+327E) and then fails.
            if got != want && !(name == "UHC" && prefix[..] == [0xa2, 0xe8]) {
                *bad += 1;
                if *bad < 12 {
                    eprintln!("{name} decoding {prefix:02x?}: ours {got:02x?} glibc {want:02x?}");
                }
            }
            *n += 1;
            if want.2 == syscall::errno::EINVAL && want.0 == 0 && prefix.len() < 4 {
                walk(name, g, prefix, n, bad);
            }
            prefix.pop();
        }
    }

    fn check(name: &str) -> usize {
        let g = G::new("UCS-4BE", name);
        let (mut n, mut bad) = (0, 0);
        walk(name, &g, &mut Vec::new(), &mut n, &mut bad);
        let g = G::new(name, "UCS-4BE");
        for c in 0..0x11_0000u32 {
            let inp = c.to_be_bytes();
            let want = g.conv(&inp);
            let got = ours(name, "UCS-4", &inp);
            if got != want {
                bad += 1;
                if bad < 24 {
                    eprintln!("{name} encoding U+{c:04X}: ours {got:02x?} glibc {want:02x?}");
                }
            }
        }
        eprintln!("{name}: {n} sequences and every code point, {bad} differences from glibc");
        bad
    }

    #[test]
    #[ignore = "slow; run with --ignored on a glibc host"]
    fn against_glibc() {
        let only = std::env::var("CJK_ONLY").unwrap_or_default();
        let mut bad = 0;
        for name in [
            "EUC-JP", "SJIS", "CP932", "EUC-KR", "UHC", "GBK", "EUC-CN", "GB18030", "BIG5",
        ] {
            if only.is_empty() || only.split(',').any(|o| o == name) {
                bad += check(name);
            }
        }
        assert_eq!(bad, 0);
        assert_eq!(bad, 0);
        // ISO-2022-JP: every code point, and every JIS X 0208 pair.
        let g = G::new("ISO-2022-JP", "UCS-4BE");
        for c in 0..0x11_0000u32 {
            let inp = c.to_be_bytes();
            assert_eq!(
                ours("ISO-2022-JP", "UCS-4", &inp),
                g.conv(&inp),
                "U+{c:04X}"
            );
        }
        let g = G::new("UCS-4BE", "ISO-2022-JP");
        eprintln!("ISO-2022-JP: every code point agrees with glibc");
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                for pre in [&b"\x1b$B"[..], b"\x1b(J", b""] {
                    let inp = [pre, &[a, b]].concat();
                    assert_eq!(
                        ours("UCS-4", "ISO-2022-JP", &inp),
                        g.conv(&inp),
                        "{inp:02x?}"
                    );
                }
            }
        }
        eprintln!("ISO-2022-JP: 196608 escape + pair sequences agree with glibc");
    }

    /// `//IGNORE` over every invalid two-byte start, as glibc skips it.
    #[test]
    #[ignore = "slow; run with --ignored on a glibc host"]
    fn ignore_against_glibc() {
        let mut bad = 0;
        for name in [
            "EUC-JP", "SJIS", "CP932", "EUC-KR", "UHC", "GBK", "EUC-CN", "GB18030", "BIG5",
        ] {
            let g = G::new("UCS-4BE//IGNORE", name);
            let mut n = 0;
            for a in 0x80..=0xffu8 {
                for b in 0..=0xffu8 {
                    let inp = [a, b, b'Z', b'Z', b'Z'];
                    let (got, want) = (ours("UCS-4//IGNORE", name, &inp), g.conv(&inp));
                    // Known: glibc's UHC drops A2 E8 with what follows;
                    // its CP932 drops some bytes silently, no EILSEQ.
                    if got != want && !(name == "UHC" && (a, b) == (0xa2, 0xe8)) && name != "CP932"
                    {
                        n += 1;
                        if n < 6 {
                            eprintln!("{name} {inp:02x?}: ours {got:02x?} glibc {want:02x?}");
                        }
                    }
                }
            }
            eprintln!("{name}: {n} //IGNORE differences");
            bad += n;
        }
        assert_eq!(bad, 0);
    }
}
