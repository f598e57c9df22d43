//! The multi-byte East Asian sets of `cargo xtask gen-charsets`: writes
//! `crates/libc/src/iconv/cjk.rs` from the POSIX charmap files.
//!
//! Every set's byte sequences are split into a single-byte table (all 256
//! bytes, 0xFFFF: none) and one or two double-byte tables, each a grid of
//! rows (a row index from the lead byte(s), see [`Kind`]) whose columns
//! are the trail byte. The rows' cells (code points; 0: none; 0xD800 +
//! i: `WIDE[i]`, a code point past the BMP) go into one pool, where a row
//! equal to a run of cells already there reuses it, so the sets that
//! contain others (EUC-KR in CP949, GB2312 in GBK, Shift_JIS and EUC-JP)
//! share their rows. A table's reverse map is its reversible codes
//! (`row << 8 | col`) sorted by code point, or another table's, checked
//! against this one's grid, with a short list of exceptions.
//! `%IRREVERSIBLE%` lines decode only. GB18030's four-byte forms in the
//! BMP become runs of consecutive code points; past the BMP they are
//! computed (the standard's linear mapping), which the generator checks
//! against the file.
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

/// How a set's bytes make grid coordinates.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// EUC-JP: `8E xx` row 0x0E, `A1–FE xx` row lead − 0x80 (table 0);
    /// `8F a b` row a − 0x80 of table 1.
    EucJp,
    /// Shift_JIS and CP932: lead 81–9F/E0–FC and trail 40–7E/80–FC made
    /// into the JIS row 0x21 + r and column 0xA1 + c (as in EUC-JP).
    Sjis,
    /// Row lead − 0x80, column trail.
    Dbcs,
    /// As Dbcs, and four-byte forms.
    Gb18030,
}

struct MbSet {
    /// Charmap file.
    file: &'static str,
    kind: Kind,
    /// Names glibc's iconv also accepts (its gconv-modules aliases).
    names: &'static [&'static str],
    /// Per table: the name (set/index) of the table whose reverse map
    /// this one borrows, or None for its own.
    rev_from: &'static [Option<&'static str>],
    /// Code points glibc's converters also write that the charmap has no
    /// reversible line for (measured with the host's iconv): (code
    /// point, bytes as a big-endian number).
    enc_extra: &'static [(u32, u32)],
}

const SETS: &[MbSet] = &[
    MbSet {
        file: "EUC-JP",
        kind: Kind::EucJp,
        names: &["EUCJP", "CSEUCPKDFMTJAPANESE", "OSF00030010", "UJIS"],
        rev_from: &[None, None],
        enc_extra: &[(0xa5, 0x5c), (0x203e, 0x7e)],
    },
    MbSet {
        file: "SHIFT_JIS",
        kind: Kind::Sjis,
        names: &["SJIS", "SHIFT-JIS", "MS_KANJI", "CSSHIFTJIS"],
        rev_from: &[Some("EUC-JP/0")],
        enc_extra: &[
            (0x5c, 0x5c),
            (0x7e, 0x7e),
            (0xffe0, 0x8191),
            (0xffe1, 0x8192),
            (0xffe2, 0x81ca),
        ],
    },
    MbSet {
        file: "WINDOWS-31J",
        kind: Kind::Sjis,
        names: &["CP932", "MS932", "SJIS-OPEN", "SJIS-WIN", "CSWINDOWS31J"],
        rev_from: &[None],
        enc_extra: &[
            (0xa2, 0x8191),
            (0xa3, 0x8192),
            (0xa5, 0x5c),
            (0xac, 0x81ca),
            (0x2014, 0x815c),
            (0x2016, 0x8161),
            (0x203e, 0x7e),
            (0x2212, 0x817c),
            (0x301c, 0x8160),
        ],
    },
    MbSet {
        file: "CP949",
        kind: Kind::Dbcs,
        names: &["UHC", "MSCP949", "OSF100203B5"],
        rev_from: &[None],
        enc_extra: &[],
    },
    MbSet {
        file: "EUC-KR",
        kind: Kind::Dbcs,
        names: &["EUCKR", "CSEUCKR", "OSF0004000A"],
        rev_from: &[Some("CP949/0")],
        enc_extra: &[(0x20a9, 0xa3dc)],
    },
    MbSet {
        file: "GBK",
        kind: Kind::Dbcs,
        names: &["CP936", "MS936", "WINDOWS-936", "GB13000"],
        rev_from: &[None],
        enc_extra: &[],
    },
    MbSet {
        file: "GB2312",
        kind: Kind::Dbcs,
        names: &["EUC-CN", "EUCCN", "CSGB2312", "CN-GB"],
        rev_from: &[Some("GBK/0")],
        enc_extra: &[],
    },
    MbSet {
        file: "GB18030",
        kind: Kind::Gb18030,
        names: &[],
        rev_from: &[Some("GBK/0")],
        enc_extra: &[],
    },
    MbSet {
        file: "BIG5",
        kind: Kind::Dbcs,
        names: &["BIG-FIVE", "BIGFIVE", "BIG-5", "CN-BIG5", "CP950"],
        rev_from: &[None],
        enc_extra: &[],
    },
];

/// ISO-2022-JP (no charmap: EUC-JP's JIS X 0208 rows in 7 bits) and its
/// names.
const ISO2022JP_NAMES: &[&str] = &["ISO-2022-JP", "CSISO2022JP", "ISO2022JP"];

/// The first multi-byte set's id (`iconv/mod.rs`); ISO-2022-JP's is the
/// one after the charmap sets.
pub const FIRST_MB: u8 = 64;

struct Line {
    bytes: Vec<u8>,
    cp: u32,
    irreversible: bool,
}

fn read(dir: &Path, file: &str, gb: bool) -> Result<(Vec<String>, Vec<Line>), String> {
    let path = dir.join(format!("{file}.gz"));
    let out = Command::new("zcat")
        .arg(&path)
        .output()
        .map_err(|e| format!("zcat {}: {e}", path.display()))?;
    if !out.status.success() {
        return Err(format!("zcat {} failed", path.display()));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut names = vec![file.to_string()];
    let mut lines = Vec::new();
    let mut in_map = false;
    let cp_of = |s: &str| {
        u32::from_str_radix(s.trim_start_matches("<U").trim_end_matches('>'), 16)
            .map_err(|e| format!("{file}: {s}: {e}"))
    };
    for line in text.lines() {
        if let Some(n) = line.strip_prefix("<code_set_name>") {
            names.push(n.trim().to_string());
            continue;
        } else if let Some(n) = line.strip_prefix("% alias") {
            names.push(n.trim().to_string());
            continue;
        } else if line.starts_with("CHARMAP") {
            in_map = true;
            continue;
        } else if line.starts_with("END CHARMAP") {
            in_map = false;
            continue;
        }
        let (irreversible, line) = match line.strip_prefix("%IRREVERSIBLE%") {
            Some(l) => (true, l),
            None => (false, line),
        };
        if !in_map || !line.starts_with("<U") {
            continue;
        }
        let mut w = line.split_whitespace();
        let (Some(u), Some(b)) = (w.next(), w.next()) else {
            continue;
        };
        let mut bytes = Vec::new();
        for h in b.split("/x").skip(1) {
            bytes.push(u8::from_str_radix(h, 16).map_err(|e| format!("{file}: {line}: {e}"))?);
        }
        if let Some((a, z)) = u.split_once("..") {
            // A range: consecutive code points on consecutive GB18030
            // four-byte codes.
            if !gb || bytes.len() != 4 {
                return Err(format!("{file}: unexpected range: {line}"));
            }
            let (a, z) = (cp_of(a)?, cp_of(z)?);
            for (idx, cp) in (gb_index(&bytes)..).zip(a..=z) {
                lines.push(Line {
                    bytes: gb_bytes(idx).to_vec(),
                    cp,
                    irreversible,
                });
            }
        } else {
            if u.matches("<U").count() != 1 {
                return Err(format!("{file}: a sequence of characters: {line}"));
            }
            lines.push(Line {
                bytes,
                cp: cp_of(u)?,
                irreversible,
            });
        }
    }
    names.sort();
    names.dedup();
    Ok((names, lines))
}

/// A GB18030 four-byte code's linear index.
fn gb_index(b: &[u8]) -> u32 {
    ((u32::from(b[0]) - 0x81) * 10 + u32::from(b[1]) - 0x30) * 1260
        + (u32::from(b[2]) - 0x81) * 10
        + u32::from(b[3])
        - 0x30
}
fn gb_bytes(i: u32) -> [u8; 4] {
    [
        (0x81 + i / 12600) as u8,
        (0x30 + i / 1260 % 10) as u8,
        (0x81 + i / 10 % 126) as u8,
        (0x30 + i % 10) as u8,
    ]
}

/// Where a multi-byte sequence goes: (table, row, column).
fn place(kind: Kind, b: &[u8]) -> Option<(usize, u8, u8)> {
    match (kind, b) {
        (Kind::EucJp, [0x8e, c]) => Some((0, 0x0e, *c)),
        (Kind::EucJp, [0x8f, r, c]) if *r >= 0xa1 => Some((1, r - 0x80, *c)),
        (Kind::EucJp, [r, c]) if *r >= 0xa1 => Some((0, r - 0x80, *c)),
        (Kind::Sjis, [l, t]) => {
            let r = match l {
                0x81..=0x9f => (l - 0x81) * 2,
                0xe0..=0xfc => (l - 0xc1) * 2,
                _ => return None,
            };
            let (r, c) = match t {
                0x40..=0x7e => (r, t - 0x40),
                0x80..=0x9e => (r, t - 0x41),
                0x9f..=0xfc => (r + 1, t - 0x9f),
                _ => return None,
            };
            Some((0, 0x21 + r, 0xa1 + c))
        }
        (Kind::Dbcs | Kind::Gb18030, [l, t]) if *l >= 0x80 => Some((0, l - 0x80, *t)),
        _ => None,
    }
}

#[derive(Default)]
struct Table {
    name: String,
    cells: BTreeMap<(u8, u8), u32>,
    /// Reversible (code point, code).
    rev: Vec<(u32, u16)>,
}

impl Table {
    fn get(&self, code: u16) -> Option<u32> {
        self.cells.get(&((code >> 8) as u8, code as u8)).copied()
    }
}

fn hex_list<T: std::fmt::LowerHex>(out: &mut String, v: &[T]) {
    for (k, x) in v.iter().enumerate() {
        out.push_str(if k % 12 == 0 { "\n    " } else { " " });
        let _ = write!(out, "0x{x:x},");
    }
    out.push('\n');
}

/// Generate `cjk.rs`; the (normalised name, id) pairs for the name table.
pub fn generate(dir: &Path, root: &Path) -> Result<Vec<(String, u8)>, String> {
    let mut names = Vec::new();
    let mut tables: Vec<Table> = Vec::new();
    let mut singles: Vec<[u16; 256]> = Vec::new();
    // Per set: (single index, first table, table count).
    let mut sets = Vec::new();
    let mut gb4: Vec<(u32, u32)> = Vec::new();
    for (k, s) in SETS.iter().enumerate() {
        let id = FIRST_MB + k as u8;
        let (cm_names, lines) = read(dir, s.file, s.kind == Kind::Gb18030)?;
        names.extend(cm_names.iter().map(|n| (super::charsets::norm(n), id)));
        names.extend(s.names.iter().map(|n| (super::charsets::norm(n), id)));
        let first = tables.len();
        for t in 0..s.rev_from.len() {
            tables.push(Table {
                name: format!("{}/{t}", s.file),
                ..Default::default()
            });
        }
        let mut single = [0xffffu16; 256];
        for l in &lines {
            if l.bytes.len() == 1 {
                if l.cp > 0xfffe {
                    return Err(format!("{}: single byte past U+FFFE", s.file));
                }
                single[l.bytes[0] as usize] = l.cp as u16;
                continue;
            }
            if s.kind == Kind::Gb18030 && l.bytes.len() == 4 {
                let i = gb_index(&l.bytes);
                if l.cp >= 0x1_0000 {
                    if i < 189_000 || l.cp != 0x1_0000 + (i - 189_000) {
                        return Err(format!("{}: {:x?} is not linear", s.file, l.bytes));
                    }
                } else {
                    gb4.push((i, l.cp));
                }
                continue;
            }
            let Some((t, r, c)) = place(s.kind, &l.bytes) else {
                return Err(format!("{}: cannot place {:x?}", s.file, l.bytes));
            };
            let tab = &mut tables[first + t];
            if tab.cells.insert((r, c), l.cp).is_some() {
                return Err(format!("{}: {:x?} twice", s.file, l.bytes));
            }
            if !l.irreversible {
                tab.rev.push((l.cp, u16::from(r) << 8 | u16::from(c)));
            }
        }
        let si = singles
            .iter()
            .position(|x| *x == single)
            .unwrap_or_else(|| {
                singles.push(single);
                singles.len() - 1
            });
        sets.push((si, first, s.rev_from.len()));
    }
    names.extend(
        ISO2022JP_NAMES
            .iter()
            .map(|n| (super::charsets::norm(n), FIRST_MB + SETS.len() as u8)),
    );

    // Cells into the pool, rows reusing equal runs.
    let mut pool: Vec<u16> = Vec::new();
    let mut wide: Vec<u32> = Vec::new();
    let mut out = String::new();
    out.push_str(
        "//! Generated by `cargo xtask gen-charsets` from the POSIX charmap files\n\
         //! (`/usr/share/i18n/charmaps`); do not edit. See `xtask/src/charsets_mb.rs`.\n\n\
         use super::cjk_types::*;\n\n",
    );
    let mut tab_src = String::new();
    let mut total = 0usize;
    for (ti, t) in tables.iter().enumerate() {
        let lo = t.cells.keys().map(|k| k.0).min().unwrap_or(0);
        let hi = t.cells.keys().map(|k| k.0).max().unwrap_or(0);
        let mut rows = Vec::new();
        for r in lo..=hi {
            let cols: Vec<(u8, u32)> = t
                .cells
                .range((r, 0)..=(r, 255))
                .map(|(k, v)| (k.1, *v))
                .collect();
            if cols.is_empty() {
                rows.push((0u32, 0u8, 0u8));
                continue;
            }
            let c0 = cols[0].0;
            let c1 = cols[cols.len() - 1].0;
            let mut run = vec![0u16; (c1 - c0) as usize + 1];
            for (c, v) in cols {
                run[(c - c0) as usize] = if v > 0xffff {
                    let w = wide.iter().position(|&x| x == v).unwrap_or_else(|| {
                        wide.push(v);
                        wide.len() - 1
                    });
                    0xd800 + w as u16
                } else {
                    v as u16
                };
            }
            let off = pool
                .windows(run.len())
                .position(|w| w == run.as_slice())
                .unwrap_or_else(|| {
                    pool.extend_from_slice(&run);
                    pool.len() - run.len()
                });
            rows.push((off as u32, c0, run.len() as u8));
        }
        // The reverse map: own, or borrowed with exceptions.
        let src_name = SETS
            .iter()
            .flat_map(|s| {
                s.rev_from
                    .iter()
                    .enumerate()
                    .map(move |(i, r)| (s.file, i, r))
            })
            .nth(ti)
            .and_then(|x| x.2.map(|s| s.to_string()));
        let (rev_tab, extra) = match src_name {
            None => (ti, Vec::new()),
            Some(n) => {
                let si = tables
                    .iter()
                    .position(|x| x.name == n)
                    .ok_or(format!("no table {n}"))?;
                let src = &tables[si];
                let borrowed = |c: u32| -> Option<u16> {
                    let k = src.rev.iter().find(|x| x.0 == c)?.1;
                    (t.get(k) == Some(c)).then_some(k)
                };
                let mut extra = Vec::new();
                for &(c, k) in &t.rev {
                    if borrowed(c) != Some(k) {
                        extra.push((c, k));
                    }
                }
                for &(c, _) in &src.rev {
                    if borrowed(c).is_some() && !t.rev.iter().any(|x| x.0 == c) {
                        extra.push((c, 0));
                    }
                }
                extra.sort();
                (si, extra)
            }
        };
        let _ = writeln!(
            out,
            "static ROWS{ti}: [(u32, u8, u8); {}] = {rows:?};",
            rows.len()
        );
        total += rows.len() * 8;
        if rev_tab == ti {
            let mut rev = t.rev.clone();
            rev.sort();
            for w in rev.windows(2) {
                if w[0].0 == w[1].0 {
                    return Err(format!("{}: U+{:X} has two codes", t.name, w[0].0));
                }
            }
            let codes: Vec<u16> = rev.iter().map(|x| x.1).collect();
            let _ = write!(out, "static REV{ti}: [u16; {}] = [", codes.len());
            hex_list(&mut out, &codes);
            out.push_str("];\n");
            total += codes.len() * 2;
        }
        let _ = writeln!(
            out,
            "static EXTRA{ti}: [(u32, u16); {}] = {extra:?};",
            extra.len()
        );
        total += extra.len() * 8;
        let _ = writeln!(
            tab_src,
            "    // {}\n    Tab {{ row_lo: {lo}, rows: &ROWS{ti}, rev: &REV{rev_tab}, rev_tab: {rev_tab}, extra: &EXTRA{ti} }},",
            t.name
        );
    }
    let _ = writeln!(
        out,
        "pub static TABS: [Tab; {}] = [\n{tab_src}];",
        tables.len()
    );
    let _ = write!(out, "pub static POOL: [u16; {}] = [", pool.len());
    hex_list(&mut out, &pool);
    out.push_str("];\n");
    let _ = writeln!(out, "pub static WIDE: [u32; {}] = {wide:?};", wide.len());
    total += pool.len() * 2 + wide.len() * 4;
    let _ = writeln!(
        out,
        "pub static SINGLE: [[u16; 256]; {}] = [",
        singles.len()
    );
    for s in &singles {
        out.push_str("    [");
        hex_list(&mut out, s);
        out.push_str("    ],\n");
    }
    out.push_str("];\n");
    total += singles.len() * 512;
    // Per set: single table, first table, the glibc extras.
    let mut set_src = String::new();
    for (k, s) in SETS.iter().enumerate() {
        let (si, first, n) = sets[k];
        let mut ex: Vec<(u32, u32)> = s.enc_extra.to_vec();
        ex.sort();
        let ex: Vec<(u16, u16)> = ex.iter().map(|&(c, b)| (c as u16, b as u16)).collect();
        total += ex.len() * 4;
        let _ = writeln!(
            set_src,
            "    // {}\n    Mb {{ single: {si}, tab: {first}, tabs: {n}, extra: &{ex:?} }},",
            s.file
        );
    }
    let _ = writeln!(
        out,
        "pub static SETS: [Mb; {}] = [\n{set_src}];",
        SETS.len()
    );
    // GB18030's four-byte BMP runs.
    gb4.sort();
    let mut runs: Vec<(u16, u16, u16)> = Vec::new();
    for &(i, c) in &gb4 {
        match runs.last_mut() {
            Some(r)
                if u32::from(r.0) + u32::from(r.2) == i && u32::from(r.1) + u32::from(r.2) == c =>
            {
                r.2 += 1
            }
            _ => runs.push((i as u16, c as u16, 1)),
        }
    }
    let mut by_cp: Vec<u16> = (0..runs.len() as u16).collect();
    by_cp.sort_by_key(|&k| runs[k as usize].1);
    let _ = writeln!(
        out,
        "/// GB18030 four-byte runs in the BMP: (linear index, code point, count), by index.\npub static GB4: [(u16, u16, u16); {}] = {runs:?};",
        runs.len()
    );
    let _ = writeln!(
        out,
        "/// [`GB4`]'s runs by code point.\npub static GB4_BY_CP: [u16; {}] = {by_cp:?};",
        by_cp.len()
    );
    total += runs.len() * 6 + by_cp.len() * 2;
    let _ = writeln!(
        out,
        "pub const ISO2022JP: u8 = {};",
        FIRST_MB + SETS.len() as u8
    );
    let _ = writeln!(out, "// Bytes in these tables: {total}.");

    let path = root.join("crates/libc/src/iconv/cjk.rs");
    crate::charsets::write_formatted(&path, &out)?;
    println!(
        "wrote {} ({} sets, {} tables, {} pool cells, {total} table bytes)",
        path.display(),
        SETS.len() + 1,
        tables.len(),
        pool.len()
    );
    Ok(names)
}
