//! `cargo xtask demand [--top N] [--dir DIR]…`: what the programs
//! installed on this machine want from a libc, and how much of it
//! ferrolibc gives.
//!
//! Every ELF file in `/usr/bin` and `/usr/sbin` (or the `--dir`s) that is
//! dynamically linked against glibc is read with goblin: its undefined
//! dynamic symbols of type `STT_FUNC` whose symbol version a glibc library
//! defines (`libc.so.6`, `libm.so.6`, `libpthread.so.0` … — found through
//! the `.gnu.version`/`.gnu.version_r` sections) are its glibc imports.
//! Public means not reserved (`__x`, `_X`): `__libc_start_main`,
//! `__stack_chk_fail` and the `__*_chk` fortify entry points are glibc's
//! own ABI, not interfaces a program names. The report: programs examined,
//! distinct public functions imported, how many of those ferrolibc's
//! x86_64 `libc.a` exports, how many programs have every public import
//! satisfied, and the most wanted missing functions with the number of
//! programs importing each. It is a report, not a test: it depends on what
//! the machine has installed.
use crate::arches::Arch;
use crate::checks::{exported_types, is_public_name};
use crate::util::Res;
use goblin::elf::Elf;
use goblin::elf::sym::STT_FUNC;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// The shared objects glibc ships whose versions (`GLIBC_2.x`) mark an
/// import as glibc's.
const GLIBC_LIBS: &[&str] = &[
    "libc.so.6",
    "libm.so.6",
    "libpthread.so.0",
    "libdl.so.2",
    "librt.so.1",
    "libresolv.so.2",
    "libutil.so.1",
    "libcrypt.so.1",
    "libanl.so.1",
];

/// The public glibc functions one ELF file imports, or None when it is
/// not a dynamically linked glibc program.
fn glibc_imports(bytes: &[u8]) -> Option<BTreeSet<String>> {
    let elf = Elf::parse(bytes).ok()?;
    let versym = elf.versym.as_ref()?;
    let verneed = elf.verneed.as_ref()?;
    // version index → needed file
    let mut from_glibc = BTreeSet::new();
    for need in verneed.iter() {
        let file = elf.dynstrtab.get_at(need.vn_file).unwrap_or("");
        if GLIBC_LIBS.contains(&file) {
            for aux in need.iter() {
                from_glibc.insert(aux.vna_other);
            }
        }
    }
    if from_glibc.is_empty() {
        return None;
    }
    let mut out = BTreeSet::new();
    for (i, s) in elf.dynsyms.iter().enumerate() {
        if s.st_shndx != 0 || s.st_type() != STT_FUNC {
            continue;
        }
        let Some(v) = versym.get_at(i) else { continue };
        if !from_glibc.contains(&v.version()) {
            continue;
        }
        if let Some(n) = elf.dynstrtab.get_at(s.st_name)
            && is_public_name(n)
            && !n.starts_with('_')
        {
            out.insert(n.to_string());
        }
    }
    Some(out)
}

pub fn run(top: usize, dirs: &[String]) -> Res {
    let dirs: Vec<PathBuf> = if dirs.is_empty() {
        vec!["/usr/bin".into(), "/usr/sbin".into()]
    } else {
        dirs.iter().map(PathBuf::from).collect()
    };
    let lib = crate::install::build_lib(Arch::X86_64)?;
    let ours: BTreeSet<String> = exported_types(&lib)?.into_keys().collect();

    let mut seen = BTreeSet::new();
    let mut programs: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    for d in &dirs {
        let Ok(rd) = std::fs::read_dir(d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            // one count per file however many names link to it
            let Ok(real) = std::fs::canonicalize(&p) else {
                continue;
            };
            if !real.is_file() || !seen.insert(real.clone()) {
                continue;
            }
            let Ok(bytes) = std::fs::read(&real) else {
                continue;
            };
            if !bytes.starts_with(b"\x7fELF") {
                continue;
            }
            if let Some(imports) = glibc_imports(&bytes) {
                programs.insert(p, imports);
            }
        }
    }
    report(&programs, &ours, top, &dirs);
    Ok(())
}

fn report(
    programs: &BTreeMap<PathBuf, BTreeSet<String>>,
    ours: &BTreeSet<String>,
    top: usize,
    dirs: &[PathBuf],
) {
    let mut wanted: BTreeMap<&str, usize> = BTreeMap::new();
    let mut satisfied = 0;
    for imports in programs.values() {
        let mut all = true;
        for f in imports {
            *wanted.entry(f).or_default() += 1;
            if !ours.contains(f) {
                all = false;
            }
        }
        satisfied += all as usize;
    }
    let have = wanted.keys().filter(|f| ours.contains(**f)).count();
    let mut missing: Vec<(&str, usize)> = wanted
        .iter()
        .filter(|(f, _)| !ours.contains(**f))
        .map(|(f, n)| (*f, *n))
        .collect();
    missing.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    println!(
        "demand: {} glibc programs examined ({})",
        programs.len(),
        names.join(", ")
    );
    println!(
        "distinct public glibc functions imported: {}; ferrolibc (x86_64) exports {have}, lacks {}",
        wanted.len(),
        missing.len()
    );
    println!(
        "programs with every public import satisfied: {satisfied} of {} ({:.1}%)",
        programs.len(),
        100.0 * satisfied as f64 / programs.len().max(1) as f64
    );
    if !missing.is_empty() {
        println!("most wanted missing (programs importing each):");
        for (f, n) in missing.iter().take(top) {
            println!("  {n:5}  {f}");
        }
    }
}
