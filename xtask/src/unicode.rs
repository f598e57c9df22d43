//! `cargo xtask gen-unicode [--ucd DIR]`: writes
//! `crates/libc/src/wctype/data.rs`, the character classes, `wcwidth`
//! widths and simple case mappings behind `<wctype.h>` and `wcwidth`,
//! from the Unicode Character Database (default `/usr/share/unicode`,
//! Debian's `unicode-data` package): `UnicodeData.txt`,
//! `DerivedCoreProperties.txt`, `PropList.txt`, `EastAsianWidth.txt`,
//! and the version from `ReadMe.txt`/`DerivedAge.txt`.
//!
//! The rules are those of glibc's C.UTF-8 locale (its generator's, as
//! its observed classification shows): for every assigned code point but
//! the surrogates,
//! - cntrl: the `<control>` characters and Zl, Zp;
//! - print: everything else; graph: print but not space;
//! - space: the six ASCII white-space characters and Zs, Zl, Zp without
//!   a `<noBreak>` decomposition; blank: TAB and such Zs;
//! - upper: a simple lowercase mapping or the Uppercase property; lower:
//!   a simple uppercase mapping or the Lowercase property;
//! - alpha: the Alphabetic property, and every Nd digit that is not
//!   ASCII (C forbids them in digit, iswalnum should be true);
//! - punct: graph, neither alpha nor an ASCII digit;
//! - digit, xdigit: ASCII only (not in the table);
//! - width: -1 for non-printing; 0 for Mn, Me, Cf (except the
//!   Prepended_Concatenation_Mark ones and U+00AD, 1), U+200B, the
//!   conjoining Hangul medial vowels and final consonants (U+1160–U+11FF,
//!   U+D7B0–U+D7FF); 2 for East Asian Width W and F, and (as glibc)
//!   U+3248–U+324F and U+4DC0–U+4DFF; else 1.
//!
//! Tables: a three-level lookup for the classes and widths (a record
//! index per code point) and one for the case mappings (an index into a
//! table of (upper, lower) deltas), each with the block sizes that make
//! it smallest. They cover U+0000–U+3FFFF and plane 14's U+E0000–U+E0FFF
//! (stored after it); the planes 15 and 16 private use characters share
//! one record; everything else is unassigned.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

const UPPER: u16 = 1;
const LOWER: u16 = 2;
const ALPHA: u16 = 4;
const SPACE: u16 = 8;
const PRINT: u16 = 16;
const GRAPH: u16 = 32;
const BLANK: u16 = 64;
const CNTRL: u16 = 128;
const PUNCT: u16 = 256;
/// Width in bits 12–13: 0, 1, 2, or 3 for -1.
const WIDTH_SHIFT: u16 = 12;

/// The table-covered range, in "virtual" code points.
const VSIZE: usize = 0x40000 + 0x1000;

struct Char {
    name: String,
    gc: String,
    nobreak: bool,
    upper: u32,
    lower: u32,
}

fn parse_ranges(path: &Path) -> Result<HashMap<String, HashSet<u32>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out: HashMap<String, HashSet<u32>> = HashMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut f = line.split(';').map(str::trim);
        let (Some(r), Some(p)) = (f.next(), f.next()) else {
            continue;
        };
        let (a, b) = r.split_once("..").unwrap_or((r, r));
        let a = u32::from_str_radix(a, 16).map_err(|e| format!("{line}: {e}"))?;
        let b = u32::from_str_radix(b, 16).map_err(|e| format!("{line}: {e}"))?;
        out.entry(p.to_string()).or_default().extend(a..=b);
    }
    Ok(out)
}

fn parse_unicode_data(path: &Path) -> Result<BTreeMap<u32, Char>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    let mut first: Option<u32> = None;
    for line in text.lines() {
        let f: Vec<&str> = line.split(';').collect();
        if f.len() < 15 {
            continue;
        }
        let cp = u32::from_str_radix(f[0], 16).map_err(|e| format!("{line}: {e}"))?;
        let map = |s: &str| u32::from_str_radix(s, 16).unwrap_or(cp);
        let c = Char {
            name: f[1].to_string(),
            gc: f[2].to_string(),
            nobreak: f[5].contains("<noBreak>"),
            upper: map(f[12]),
            lower: map(f[13]),
        };
        if c.name.ends_with(", First>") {
            first = Some(cp);
            continue;
        }
        if c.name.ends_with(", Last>") {
            for x in first.take().unwrap_or(cp)..=cp {
                out.insert(
                    x,
                    Char {
                        name: c.name.clone(),
                        gc: c.gc.clone(),
                        nobreak: false,
                        upper: x,
                        lower: x,
                    },
                );
            }
            continue;
        }
        out.insert(cp, c);
    }
    Ok(out)
}

/// The version the UCD names in `ReadMe.txt` ("Version 15.0.0 of the
/// Unicode Standard") or, failing that, `DerivedAge.txt`'s first line.
fn version(dir: &Path) -> Result<String, String> {
    for (file, key) in [
        ("ReadMe.txt", "Version "),
        ("DerivedAge.txt", "# DerivedAge-"),
    ] {
        if let Ok(t) = std::fs::read_to_string(dir.join(file)) {
            for line in t.lines() {
                if let Some(i) = line.find(key) {
                    let v: String = line[i + key.len()..]
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == '.')
                        .collect();
                    let v = v.trim_end_matches('.').to_string();
                    if v.split('.').count() == 3 {
                        return Ok(v);
                    }
                }
            }
        }
    }
    Err(format!("{}: no Unicode version found", dir.display()))
}

/// The class record (bits and width) of `cp`.
fn record(
    cp: u32,
    c: Option<&Char>,
    dcp: &HashMap<String, HashSet<u32>>,
    pl: &HashMap<String, HashSet<u32>>,
    eaw: &HashMap<String, HashSet<u32>>,
) -> u16 {
    let has =
        |m: &HashMap<String, HashSet<u32>>, k: &str| m.get(k).is_some_and(|s| s.contains(&cp));
    let Some(c) = c.filter(|c| c.gc != "Cs") else {
        return 3 << WIDTH_SHIFT;
    };
    let gc = c.gc.as_str();
    let control = c.name == "<control>";
    let ascii_digit = (0x30..=0x39).contains(&cp);
    let zsep = matches!(gc, "Zs" | "Zl" | "Zp");
    let mut b = 0;
    let space = [0x20, 0x0c, 0x0a, 0x0d, 0x09, 0x0b].contains(&cp) || (zsep && !c.nobreak);
    let cntrl = control || matches!(gc, "Zl" | "Zp");
    let print = !cntrl;
    let alpha = has(dcp, "Alphabetic") || (gc == "Nd" && !ascii_digit);
    if c.lower != cp || has(dcp, "Uppercase") {
        b |= UPPER;
    }
    if c.upper != cp || has(dcp, "Lowercase") {
        b |= LOWER;
    }
    if alpha {
        b |= ALPHA;
    }
    if space {
        b |= SPACE;
    }
    if print {
        b |= PRINT;
        if !space {
            b |= GRAPH;
            if !alpha && !ascii_digit {
                b |= PUNCT;
            }
        }
    }
    if cp == 0x09 || (gc == "Zs" && !c.nobreak) {
        b |= BLANK;
    }
    if cntrl {
        b |= CNTRL;
    }
    let width: u16 = if cp == 0 {
        0
    } else if !print {
        3
    } else if cp == 0xad || has(pl, "Prepended_Concatenation_Mark") {
        1
    } else if matches!(gc, "Mn" | "Me" | "Cf")
        || cp == 0x200b
        || (0x1160..=0x11ff).contains(&cp)
        || (0xd7b0..=0xd7ff).contains(&cp)
    {
        0
    } else if has(eaw, "W")
        || has(eaw, "F")
        || (0x3248..=0x324f).contains(&cp)
        || (0x4dc0..=0x4dff).contains(&cp)
    {
        2
    } else {
        1
    };
    b | width << WIDTH_SHIFT
}

/// The code point of virtual index `v`.
fn cp_of(v: usize) -> u32 {
    if v < 0x40000 {
        v as u32
    } else {
        (v - 0x40000 + 0xe0000) as u32
    }
}

/// A three-level table over `vals` (one small index per virtual code
/// point), the smallest over the block sizes tried: `top[v >> (leaf +
/// mid)]` picks a mid block, whose entry `(v >> leaf) & mask` picks a
/// leaf block, whose entry `v & mask` is the value.
struct Table {
    leaf_shift: u32,
    mid_shift: u32,
    top: Vec<u16>,
    mid: Vec<u16>,
    leaf: Vec<u8>,
}

impl Table {
    fn size(&self) -> usize {
        let w = |v: &[u16]| if v.iter().all(|&x| x < 256) { 1 } else { 2 };
        self.top.len() * w(&self.top) + self.mid.len() * w(&self.mid) + self.leaf.len()
    }
}

/// Split `vals` into unique blocks of `1 << shift`: (index per block,
/// the unique blocks concatenated).
fn blocks<T: Copy + Eq + std::hash::Hash>(vals: &[T], shift: u32) -> (Vec<u16>, Vec<T>) {
    let mut seen: HashMap<&[T], u16> = HashMap::new();
    let mut idx = Vec::new();
    let mut uniq = Vec::new();
    for chunk in vals.chunks(1 << shift) {
        let n = seen.len() as u16;
        let id = *seen.entry(chunk).or_insert_with(|| {
            uniq.extend_from_slice(chunk);
            n
        });
        idx.push(id);
    }
    (idx, uniq)
}

fn three_level(vals: &[u8]) -> Table {
    let mut best: Option<Table> = None;
    for leaf_shift in 3..=8u32 {
        let (leaf_idx, leaf) = blocks(vals, leaf_shift);
        for mid_shift in 1..=7u32 {
            let (top, mid) = blocks(&leaf_idx, mid_shift);
            let t = Table {
                leaf_shift,
                mid_shift,
                top,
                mid,
                leaf: leaf.clone(),
            };
            if best.as_ref().is_none_or(|b| t.size() < b.size()) {
                best = Some(t);
            }
        }
    }
    best.expect("some block size")
}

fn emit_table(out: &mut String, name: &str, t: &Table) {
    let _ = writeln!(
        out,
        "pub const {name}_LEAF_SHIFT: u32 = {};\npub const {name}_MID_SHIFT: u32 = {};",
        t.leaf_shift, t.mid_shift
    );
    emit_index(out, &format!("{name}_TOP"), &t.top);
    emit_index(out, &format!("{name}_MID"), &t.mid);
    emit_u8(out, &format!("{name}_LEAF"), &t.leaf);
}

/// `pub static NAME: [TY; N] = [...];`, `per_row` values a line.
fn emit_array<T: std::fmt::Display>(
    out: &mut String,
    name: &str,
    ty: &str,
    v: &[T],
    per_row: usize,
) {
    let _ = writeln!(out, "pub static {name}: [{ty}; {}] = [", v.len());
    for row in v.chunks(per_row) {
        let _ = write!(out, "   ");
        for x in row {
            let _ = write!(out, " {x},");
        }
        out.push('\n');
    }
    out.push_str("];\n");
}

fn emit_u8(out: &mut String, name: &str, v: &[u8]) {
    emit_array(out, name, "u8", v, 24);
}

fn emit_index(out: &mut String, name: &str, v: &[u16]) {
    let ty = if v.iter().all(|&x| x < 256) {
        "u8"
    } else {
        "u16"
    };
    emit_array(out, name, ty, v, 20);
}

pub fn generate(ucd: &Path, root: &Path) -> Result<(), String> {
    let data = parse_unicode_data(&ucd.join("UnicodeData.txt"))?;
    let dcp = parse_ranges(&ucd.join("DerivedCoreProperties.txt"))?;
    let pl = parse_ranges(&ucd.join("PropList.txt"))?;
    let eaw = parse_ranges(&ucd.join("EastAsianWidth.txt"))?;
    let ver = version(ucd)?;

    // Classes and widths.
    let mut recs: Vec<u16> = Vec::new();
    let mut rec_id: HashMap<u16, u8> = HashMap::new();
    let mut intern = |r: u16| -> Result<u8, String> {
        if let Some(&i) = rec_id.get(&r) {
            return Ok(i);
        }
        let i = u8::try_from(recs.len()).map_err(|_| "more than 256 class records")?;
        recs.push(r);
        rec_id.insert(r, i);
        Ok(i)
    };
    // Record 0: unassigned.
    intern(record(0xd800, None, &dcp, &pl, &eaw))?;
    let mut cls = vec![0u8; VSIZE];
    for (v, slot) in cls.iter_mut().enumerate() {
        let cp = cp_of(v);
        *slot = intern(record(cp, data.get(&cp), &dcp, &pl, &eaw))?;
    }
    let pua = intern(record(0xf0000, data.get(&0xf0000), &dcp, &pl, &eaw))?;
    for cp in [0xf0000u32, 0xffffd, 0x100000, 0x10fffd] {
        if record(cp, data.get(&cp), &dcp, &pl, &eaw) != recs[pua as usize] {
            return Err(format!("U+{cp:X}: not the private use record"));
        }
    }
    // Nothing else past the table may be assigned.
    for (&cp, _) in data.range(0x40000..) {
        let in_table = (0xe0000..0xe1000).contains(&cp);
        let in_pua = (0xf0000..=0xffffd).contains(&cp) || (0x100000..=0x10fffd).contains(&cp);
        if !in_table && !in_pua {
            return Err(format!("U+{cp:X} is assigned outside the tables"));
        }
    }
    let ctab = three_level(&cls);

    // Case mappings.
    let mut deltas: Vec<(i32, i32)> = vec![(0, 0)];
    let mut delta_id: HashMap<(i32, i32), u8> = HashMap::from([((0, 0), 0)]);
    let mut case = vec![0u8; VSIZE];
    for (v, slot) in case.iter_mut().enumerate() {
        let cp = cp_of(v);
        let Some(c) = data.get(&cp) else { continue };
        let d = (c.upper as i32 - cp as i32, c.lower as i32 - cp as i32);
        let n = deltas.len();
        let id = *delta_id.entry(d).or_insert_with(|| {
            deltas.push(d);
            n as u8
        });
        if deltas.len() > 256 {
            return Err("more than 256 case deltas".into());
        }
        *slot = id;
    }
    for &cp in data.range(0x40000..).map(|(cp, _)| cp) {
        let c = &data[&cp];
        if (c.upper != cp || c.lower != cp) && !(0xe0000..0xe1000).contains(&cp) {
            return Err(format!("U+{cp:X} has a case mapping outside the tables"));
        }
    }
    let ktab = three_level(&case);

    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! Generated by `cargo xtask gen-unicode` from the Unicode Character\n\
         //! Database {ver} (xtask/src/unicode.rs says how). Do not edit.\n\
         #![cfg_attr(rustfmt, rustfmt_skip)]\n\n\
         /// The Unicode version of these tables.\n\
         pub const UNICODE_VERSION: &str = \"{ver}\";\n\n\
         pub const UPPER: u16 = {UPPER};\n\
         pub const LOWER: u16 = {LOWER};\n\
         pub const ALPHA: u16 = {ALPHA};\n\
         pub const SPACE: u16 = {SPACE};\n\
         pub const PRINT: u16 = {PRINT};\n\
         pub const GRAPH: u16 = {GRAPH};\n\
         pub const BLANK: u16 = {BLANK};\n\
         pub const CNTRL: u16 = {CNTRL};\n\
         pub const PUNCT: u16 = {PUNCT};\n\
         /// A record's width field (3: -1) is at this shift.\n\
         pub const WIDTH_SHIFT: u16 = {WIDTH_SHIFT};\n\
         /// The record index of planes 15 and 16's private use characters.\n\
         pub const PUA_RECORD: u8 = {pua};\n"
    );
    let _ = writeln!(out, "pub static RECORDS: [u16; {}] = {recs:?};", recs.len());
    emit_table(&mut out, "CLASS", &ctab);
    let _ = writeln!(
        out,
        "/// (towupper, towlower) deltas.\npub static DELTAS: [(i32, i32); {}] = {deltas:?};",
        deltas.len()
    );
    emit_table(&mut out, "CASE", &ktab);
    let path = root.join("crates/libc/src/wctype/data.rs");
    std::fs::create_dir_all(path.parent().unwrap()).map_err(|e| e.to_string())?;
    std::fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    println!(
        "gen-unicode: Unicode {ver}: {} class records, classes {} bytes, {} case deltas, cases {} bytes -> {}",
        recs.len(),
        ctab.size() + recs.len() * 2,
        deltas.len(),
        ktab.size() + deltas.len() * 8,
        path.display()
    );
    Ok(())
}
