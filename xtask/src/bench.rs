//! `cargo xtask bench`: `bench/bench.c` built against ferrolibc, glibc
//! (static) and musl (static, Debian's musl-gcc; x86_64 only), run
//! alternately several times in one run; the table gives each row's median
//! ns/op and the ferrolibc/glibc and ferrolibc/musl ratios. x86_64 and
//! i386 run natively.
use crate::arches::Arch;
use crate::install;
use crate::util::run as sh;
use crate::util::{Res, have, root, target_dir};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

struct Variant {
    name: &'static str,
    bin: PathBuf,
}

fn build(arch: Arch) -> Res<Vec<Variant>> {
    let dir = target_dir().join("bench").join(arch.name());
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let src = root().join("bench/bench.c");
    let sysroot = install::install(arch, None)?;
    let mut v = Vec::new();
    let f = dir.join("bench-ferrolibc");
    sh(Command::new(sysroot.join("bin/ferrolibc-gcc"))
        .args(["-O2"])
        .arg(&src)
        .arg("-o")
        .arg(&f))?;
    v.push(Variant {
        name: "ferrolibc",
        bin: f,
    });
    let g = dir.join("bench-glibc");
    let mut c = Command::new(arch.gcc());
    c.args(["-O2", "-static"]);
    if arch == Arch::I386 {
        c.args(["-D_FILE_OFFSET_BITS=64", "-D_TIME_BITS=64"]);
    }
    sh(c.arg(&src).arg("-o").arg(&g))?;
    v.push(Variant {
        name: "glibc",
        bin: g,
    });
    if arch == Arch::X86_64 && have("musl-gcc") {
        let m = dir.join("bench-musl");
        sh(Command::new("musl-gcc")
            .args(["-O2", "-static"])
            .arg(&src)
            .arg("-o")
            .arg(&m))?;
        v.push(Variant {
            name: "musl",
            bin: m,
        });
    }
    Ok(v)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

pub fn run(quick: bool) -> Res {
    crate::setup::ensure(&[Arch::X86_64, Arch::I386], true)?;
    let rounds = if quick { 3 } else { 7 };
    let scale = if quick { "20" } else { "100" };
    for arch in [Arch::X86_64, Arch::I386] {
        let vars = build(arch)?;
        // row -> variant -> samples
        let mut data: BTreeMap<String, BTreeMap<&str, Vec<f64>>> = BTreeMap::new();
        let mut order: Vec<String> = Vec::new();
        for _ in 0..rounds {
            for v in &vars {
                let out = sh(Command::new(&v.bin).arg(scale))?;
                for line in String::from_utf8_lossy(&out.stdout).lines() {
                    let Some((name, val)) = line.rsplit_once(' ') else {
                        continue;
                    };
                    let Ok(x) = val.parse::<f64>() else { continue };
                    if !order.iter().any(|o| o == name) {
                        order.push(name.to_string());
                    }
                    data.entry(name.to_string())
                        .or_default()
                        .entry(v.name)
                        .or_default()
                        .push(x / 100.0);
                }
            }
        }
        println!(
            "\n{} (native), median of {rounds} alternating runs, ns/op:",
            arch.name()
        );
        let names: Vec<&str> = vars.iter().map(|v| v.name).collect();
        let mut head = format!("| {:<28}", "row");
        for n in &names {
            head += &format!(" | {n:>9}");
        }
        head += " | ferro/glibc | ferro/musl |";
        println!("{head}");
        println!("|{}|", "---|".repeat(names.len() + 3));
        for row in &order {
            let d = data.get_mut(row).unwrap();
            let mut med = BTreeMap::new();
            for n in &names {
                if let Some(s) = d.get_mut(n) {
                    med.insert(*n, median(s));
                }
            }
            let mut line = format!("| {row:<28}");
            for n in &names {
                line += &format!(" | {:>9.2}", med.get(n).copied().unwrap_or(f64::NAN));
            }
            let f = med["ferrolibc"];
            let ratio = |o: Option<&f64>| {
                o.map(|g| format!("{:.2}", f / g))
                    .unwrap_or_else(|| "n/a".into())
            };
            line += &format!(
                " | {:>11} | {:>10} |",
                ratio(med.get("glibc")),
                ratio(med.get("musl"))
            );
            println!("{line}");
        }
    }
    Ok(())
}
