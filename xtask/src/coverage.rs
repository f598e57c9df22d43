//! `cargo xtask coverage [--arch ARCH]… [--list]`: which public functions
//! of the two reference libcs ferrolibc exports, per header.
//!
//! The lists come from the libraries themselves, not from hand-kept
//! data: musl 1.2.5's `libc.a` for the arch (the reference sysroot
//! `setup.rs` unpacks) and the arch's static glibc 2.36 (`libc.a`,
//! `libm.a`'s archives, `libresolv.a`, `libutil.a`, `libanl.a` of Debian's
//! cross or native packages): every global `STT_FUNC` definition with a
//! public name (not `__x`/`_X`, no `*_chk` fortify entry, no `*64`
//! large-file twin when the plain name is there too). The header of a
//! function is the first of that libc's installed headers that declares
//! it (`name(` after a word boundary), or `(none)`. For each header the
//! report shows ferrolibc's count against each list; `--list` also names
//! every function ferrolibc lacks.
use crate::arches::Arch;
use crate::checks::{exported_types, is_public_name};
use crate::util::Res;
use goblin::elf::Elf;
use goblin::elf::sym::{STB_GLOBAL, STB_WEAK, STT_FUNC};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Public function definitions of the archives at `paths`.
fn functions(paths: &[PathBuf]) -> Res<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    for p in paths {
        let data = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
        let Ok(ar) = goblin::archive::Archive::parse(&data) else {
            continue; // a linker script (glibc's libm.a), its members listed too
        };
        // By index: musl's archive has two members named `free.lo`.
        for i in 0..ar.len() {
            let Some(m) = ar.get_at(i) else { continue };
            let at = m.offset as usize;
            let Some(bytes) = data.get(at..at + m.size()) else {
                continue;
            };
            let Ok(elf) = Elf::parse(bytes) else { continue };
            for s in elf.syms.iter() {
                let b = s.st_bind();
                if (b == STB_GLOBAL || b == STB_WEAK)
                    && s.st_shndx != 0
                    && s.st_type() == STT_FUNC
                    && s.st_visibility() == 0
                    && let Some(n) = elf.strtab.get_at(s.st_name)
                    && is_public_name(n)
                    && !n.starts_with('_')
                    && !n.ends_with("_chk")
                {
                    out.insert(n.to_string());
                }
            }
        }
    }
    // The large-file twins count once, by their plain name.
    let twins: Vec<String> = out
        .iter()
        .filter(|n| {
            ["64", "64_r"].iter().any(|s| {
                n.strip_suffix(s)
                    .is_some_and(|b| out.contains(b) || out.contains(&format!("{b}_r")))
            })
        })
        .cloned()
        .collect();
    for t in twins {
        out.remove(&t);
    }
    Ok(out)
}

/// The static glibc archives of `arch` on this machine.
fn glibc_archives(arch: Arch) -> Vec<PathBuf> {
    let dirs = match arch {
        Arch::X86_64 => vec!["/usr/lib/x86_64-linux-gnu"],
        Arch::I386 => vec!["/usr/i686-linux-gnu/lib"],
        Arch::Aarch64 => vec!["/usr/aarch64-linux-gnu/lib"],
        Arch::Riscv64 => vec!["/usr/riscv64-linux-gnu/lib"],
    };
    let mut v = Vec::new();
    for d in dirs {
        for f in [
            "libc.a",
            "libm.a",
            "libm-2.36.a",
            "libresolv.a",
            "libutil.a",
            "libanl.a",
        ] {
            let p = Path::new(d).join(f);
            if p.exists() {
                v.push(p);
            }
        }
    }
    v
}

/// The header names (as `headers` gives them) the glibc packages own,
/// from `dpkg -L`: the host's `libc6-dev` and the arch's cross package.
/// None where dpkg cannot tell.
fn glibc_owned(arch: Arch) -> Option<BTreeSet<String>> {
    let cross = match arch {
        Arch::X86_64 => None,
        Arch::I386 => Some("libc6-dev-i386-cross"),
        Arch::Aarch64 => Some("libc6-dev-arm64-cross"),
        Arch::Riscv64 => Some("libc6-dev-riscv64-cross"),
    };
    let mut out = BTreeSet::new();
    for pkg in std::iter::once("libc6-dev").chain(cross) {
        let o = std::process::Command::new("dpkg")
            .args(["-L", pkg])
            .output()
            .ok()?;
        if !o.status.success() {
            return None;
        }
        for l in String::from_utf8_lossy(&o.stdout).lines() {
            let Some((_, rel)) = l.split_once("/include/") else {
                continue;
            };
            let rel = match rel.split_once("-linux-gnu/") {
                Some((_, r)) => r,
                None => rel,
            };
            if rel.ends_with(".h") {
                out.insert(rel.to_string());
            }
        }
    }
    Some(out)
}

fn glibc_include(arch: Arch) -> Vec<PathBuf> {
    match arch {
        Arch::X86_64 => vec!["/usr/include".into()],
        Arch::I386 => vec!["/usr/i686-linux-gnu/include".into(), "/usr/include".into()],
        Arch::Aarch64 => vec![
            "/usr/aarch64-linux-gnu/include".into(),
            "/usr/include".into(),
        ],
        Arch::Riscv64 => vec![
            "/usr/riscv64-linux-gnu/include".into(),
            "/usr/include".into(),
        ],
    }
}

/// Every header under `roots` (relative names, `sys/stat.h`), each with
/// its text; arch subdirectories (`bits/`, `x86_64-linux-gnu/`) fold into
/// the name a program includes when they can be told, else stay.
fn headers(roots: &[PathBuf]) -> Vec<(String, String)> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut ents: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        ents.sort();
        for p in ents {
            if p.is_dir() {
                walk(base, &p, out);
            } else if p.extension().is_some_and(|e| e == "h")
                && let Ok(t) = std::fs::read_to_string(&p)
            {
                let rel = p.strip_prefix(base).unwrap().display().to_string();
                // `x86_64-linux-gnu/sys/uio.h` is what `<sys/uio.h>` includes
                let rel = match rel.split_once("-linux-gnu/") {
                    Some((_, r)) => r.to_string(),
                    None => rel,
                };
                out.push((rel, t));
            }
        }
    }
    let mut out = Vec::new();
    for r in roots {
        walk(r, r, &mut out);
    }
    // Only the C library's own headers: the top level and its directories
    // (`/usr/include` also holds X11's, C++'s, the compilers' …).
    const LIBC_DIRS: &[&str] = &[
        "sys",
        "bits",
        "net",
        "netinet",
        "netpacket",
        "arpa",
        "rpc",
        "gnu",
        "scsi",
        "protocols",
        "nfs",
        "netash",
        "netatalk",
        "netax25",
        "neteconet",
        "netipx",
        "netiucv",
        "netrom",
        "netrose",
    ];
    out.retain(|(n, _)| match n.split_once('/') {
        None => true,
        Some((d, _)) => LIBC_DIRS.contains(&d),
    });
    // Public headers first, then bits/ and arch directories.
    out.sort_by_key(|(n, _)| {
        (
            n.contains("bits/")
                || n.contains("-linux-gnu")
                || n.starts_with("linux/")
                || n.starts_with("asm"),
            n.clone(),
        )
    });
    out
}

/// For every identifier that some header declares or calls as a function
/// (a word-bounded `f(`, `f (` or `f)(`), the first header in `hs`'s order
/// that does: one pass over the text, so a lookup per function is cheap.
fn declarers(hs: &[(String, String)]) -> HashMap<String, String> {
    let mut out: HashMap<String, String> = HashMap::new();
    for (n, t) in hs {
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_alphabetic() || c == b'_' {
                let s = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                let mut j = i;
                while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                    j += 1;
                }
                if b.get(j) == Some(&b'(') || b[j..].starts_with(b")(") {
                    out.entry(t[s..i].to_string()).or_insert_with(|| n.clone());
                }
            } else if c.is_ascii_digit() {
                // a number's letters (`0x1f`) are not an identifier
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
            } else {
                i += 1;
            }
        }
    }
    out
}

/// The header that declares `f` (see `declarers`), or `(none)`.
fn header_of<'a>(f: &str, idx: &'a HashMap<String, String>) -> &'a str {
    idx.get(f).map(|s| s.as_str()).unwrap_or("(none)")
}

pub fn run(arches: &[Arch], list: bool, readme: bool) -> Res {
    for (k, &arch) in arches.iter().enumerate() {
        let lib = crate::install::build_lib(arch)?;
        let ours: BTreeSet<String> = exported_types(&lib)?
            .into_iter()
            .filter(|(_, t)| *t == STT_FUNC)
            .map(|(n, _)| n)
            .collect();
        let musl_root = crate::setup::musl_sysroot(arch)?;
        let musl = functions(&[musl_root.join("lib/libc.a")])?;
        let glibc = functions(&glibc_archives(arch))?;
        let musl_h = declarers(&headers(&[musl_root.join("include")]));
        let mut glibc_hs = headers(&glibc_include(arch));
        if let Some(own) = glibc_owned(arch) {
            glibc_hs.retain(|(n, _)| own.contains(n));
        }
        let glibc_h = declarers(&glibc_hs);
        // header → (musl total, musl ours, glibc total, glibc ours, missing)
        let mut rows: BTreeMap<String, (usize, usize, usize, usize, Vec<String>)> = BTreeMap::new();
        for f in musl.union(&glibc) {
            let h = if musl.contains(f) {
                header_of(f, &musl_h)
            } else {
                header_of(f, &glibc_h)
            };
            let h = if h == "(none)" && musl.contains(f) {
                header_of(f, &glibc_h)
            } else {
                h
            };
            let r = rows.entry(h.to_string()).or_default();
            let have = ours.contains(f);
            if musl.contains(f) {
                r.0 += 1;
                r.1 += have as usize;
            }
            if glibc.contains(f) {
                r.2 += 1;
                r.3 += have as usize;
            }
            if !have {
                r.4.push(f.clone());
            }
        }
        println!(
            "\n{}: header | musl 1.2.5: ferrolibc/all | glibc 2.36: ferrolibc/all",
            arch.name()
        );
        let mut tot = (0, 0, 0, 0);
        for (h, r) in &rows {
            tot.0 += r.0;
            tot.1 += r.1;
            tot.2 += r.2;
            tot.3 += r.3;
            let miss = if list && !r.4.is_empty() {
                format!("  lacks: {}", r.4.join(" "))
            } else {
                String::new()
            };
            println!(
                "  {h:<28} {:>4}/{:<4} {:>4}/{:<4}{miss}",
                r.1, r.0, r.3, r.2
            );
        }
        let musl_missing: Vec<&String> = musl.iter().filter(|f| !ours.contains(*f)).collect();
        let beyond: Vec<&String> = ours
            .iter()
            .filter(|f| is_public_name(f) && !f.starts_with('_') && !musl.contains(*f))
            .collect();
        if readme && k == 0 {
            write_beyond(arch, &beyond, &glibc, &glibc_h)?;
        }
        let beyond = beyond.len();
        println!(
            "{}: ferrolibc exports {} public functions; musl 1.2.5's list: {} of {} ({}); glibc 2.36's: {} of {}; beyond musl: {beyond}",
            arch.name(),
            ours.iter()
                .filter(|f| is_public_name(f) && !f.starts_with('_'))
                .count(),
            tot.1,
            tot.0,
            if musl_missing.is_empty() {
                "all".to_string()
            } else {
                format!(
                    "lacks {}",
                    musl_missing
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            },
            tot.3,
            tot.2
        );
    }
    Ok(())
}

const BEYOND_START: &str = "<!-- beyond-musl: generated by `cargo xtask coverage --readme` -->";
const BEYOND_END: &str = "<!-- beyond-musl: end -->";

/// README's "beyond musl" list: every public function ferrolibc exports
/// on `arch` that musl 1.2.5's `libc.a` does not define, by the glibc
/// header that declares it, written between the section's two markers.
fn write_beyond(
    arch: Arch,
    beyond: &[&String],
    glibc: &BTreeSet<String>,
    glibc_h: &HashMap<String, String>,
) -> Res {
    let mut by: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for f in beyond {
        by.entry(header_of(f, glibc_h))
            .or_default()
            .push(f.as_str());
    }
    let in_glibc = beyond.iter().filter(|f| glibc.contains(f.as_str())).count();
    let mut t = format!(
        "{BEYOND_START}\n{} public functions on {} that musl 1.2.5 does not define \
         ({in_glibc} of them are in glibc 2.36 too), by the header glibc declares them in:\n\n\
         | header | functions |\n|---|---|\n",
        beyond.len(),
        arch.name()
    );
    for (h, fs) in &by {
        let h = if *h == "(none)" {
            "(no glibc header)".to_string()
        } else {
            format!("`{h}`")
        };
        t.push_str(&format!("| {h} | `{}` |\n", fs.join(" ")));
    }
    t.push_str(BEYOND_END);
    let path = crate::util::root().join("README.md");
    let old = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let (Some(a), Some(b)) = (old.find(BEYOND_START), old.find(BEYOND_END)) else {
        return Err(format!(
            "README.md has no section between {BEYOND_START} and {BEYOND_END}"
        ));
    };
    let new = format!("{}{t}{}", &old[..a], &old[b + BEYOND_END.len()..]);
    crate::util::write(&path, new)?;
    println!(
        "README.md: the beyond-musl list ({} functions) rewritten",
        beyond.len()
    );
    Ok(())
}
