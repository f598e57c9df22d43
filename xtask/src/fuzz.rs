//! The differential stdio fuzzer (issue #20): `xtask/data/stdio_fuzz.c`
//! built against ferrolibc (`ferrolibc-gcc`) and against the arch's static
//! glibc, run over the same seeds on every runner, outputs compared seed
//! by seed. The program never generates the cases C leaves open (its
//! header comment is the allow-list, with the clauses); every other
//! difference fails. A seed on which glibc itself crashes is reported and
//! left out of the comparison (ferrolibc must still run it without
//! crashing).
use crate::arches::{Arch, Runner};
use crate::util::{Res, root, run, target_dir};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Seeds `cargo xtask test` runs per arch and runner.
pub const CI_SEEDS: u32 = 400;

/// Seed -> its block of output. Runs `exe FIRST COUNT` and, when the
/// program dies, notes the seed it died on and goes on after it.
fn trace(
    arch: Arch,
    runner: Runner,
    exe: &Path,
    dir: &Path,
    first: u32,
    count: u32,
) -> Res<(BTreeMap<u32, String>, Vec<u32>)> {
    let mut blocks = BTreeMap::new();
    let mut crashed = Vec::new();
    let end = first + count;
    let mut next = first;
    while next < end {
        let out = arch
            .command(runner, exe)
            .current_dir(dir)
            .arg(next.to_string())
            .arg((end - next).to_string())
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("{}: {e}", exe.display()))?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut last = None;
        let text = format!("\n{text}");
        for block in text.split("\nseed ") {
            // (a run that died before its first flush printed nothing)
            if block.trim().is_empty() {
                continue;
            }
            let seed: u32 = block
                .split(' ')
                .next()
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| format!("unparsable trace block: {block:.80}"))?;
            // A block is whole when it ends with its "file"/"mem" line, or
            // with the errno of an open that failed ("x" on an existing file).
            let whole = block.lines().last().is_some_and(|l| {
                l.starts_with("file ") || l.starts_with("mem ") || l.starts_with("open failed ")
            });
            if whole {
                blocks.insert(seed, block.trim_end().to_string());
                last = Some(seed);
            }
        }
        if out.status.success() {
            break;
        }
        let died = last.map_or(next, |s| s + 1);
        crashed.push(died);
        next = died + 1;
    }
    Ok((blocks, crashed))
}

/// The first differing line of two blocks.
fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("op line {i}: ferrolibc `{x}`, glibc `{y}`");
        }
    }
    format!(
        "ferrolibc {} lines, glibc {} lines",
        a.lines().count(),
        b.lines().count()
    )
}

/// `xtask/data/NAME.c` built in a fresh `target/checks/ARCH/NAME` with
/// the sysroot's `ferrolibc-gcc` and with the arch's static glibc: the
/// directory and the two programs.
pub fn build_both(arch: Arch, sysroot: &Path, name: &str) -> Res<(PathBuf, PathBuf, PathBuf)> {
    let src = root().join(format!("xtask/data/{name}.c"));
    let work: PathBuf = target_dir().join("checks").join(arch.name()).join(name);
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let ferro = work.join(format!("{name}.ferrolibc"));
    let glibc = work.join(format!("{name}.glibc"));
    run(Command::new(sysroot.join("bin/ferrolibc-gcc"))
        .args(["-O1", "-w"])
        .arg(&src)
        .arg("-o")
        .arg(&ferro))?;
    run(Command::new(arch.gcc())
        .args(["-O1", "-w", "-static"])
        .arg(&src)
        .arg("-o")
        .arg(&glibc))?;
    Ok((work, ferro, glibc))
}

/// Build the fuzzer both ways for `arch` and compare `count` seeds from
/// `first` on every runner.
pub fn stdio_fuzz(arch: Arch, sysroot: &Path, first: u32, count: u32) -> Res {
    let (work, ferro, glibc) = build_both(arch, sysroot, "stdio_fuzz")?;
    let (want, glibc_crashed) = trace(arch, arch.runners()[0], &glibc, &work, first, count)?;
    let mut errs = Vec::new();
    for r in arch.runners() {
        let (got, crashed) = trace(arch, r, &ferro, &work, first, count)?;
        if !crashed.is_empty() {
            errs.push(format!(
                "{r:?}: ferrolibc's fuzzer died on seed(s) {crashed:?}"
            ));
        }
        let mut differ = 0;
        for (seed, w) in &want {
            match got.get(seed) {
                Some(g) if g == w => {}
                Some(g) => {
                    differ += 1;
                    if differ <= 3 {
                        errs.push(format!("{r:?} seed {seed}: {}", first_difference(g, w)));
                    }
                }
                None => {}
            }
        }
        if differ > 3 {
            errs.push(format!("{r:?}: {differ} seeds differ in all"));
        }
        println!(
            "    stdio fuzz {} {r:?}: {} seeds compared, {differ} differ, {} glibc crash(es) left out {:?}",
            arch.name(),
            want.len(),
            glibc_crashed.len(),
            &glibc_crashed[..glibc_crashed.len().min(8)]
        );
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.join("; "))
    }
}
