//! `cargo xtask bench`: `bench/bench.c` built against ferrolibc, glibc
//! (static) and musl 1.2.5 (static, the reference sysroots of
//! `shared/reference`, on every arch), run alternately several times in
//! one run; the table gives each row's median ns/op and the
//! ferrolibc/glibc and ferrolibc/musl ratios. x86_64 and i386 run
//! natively; aarch64 and riscv64 under qemu-user (ratios only).
use crate::arches::Arch;
use crate::install;
use crate::util::run as sh;
use crate::util::{Res, root, target_dir};
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
        .arg(&f)
        .arg("-lm"))?;
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
    sh(c.arg(&src).arg("-o").arg(&g).arg("-lm"))?;
    v.push(Variant {
        name: "glibc",
        bin: g,
    });
    let m = dir.join("bench-musl");
    sh(crate::setup::musl_gcc(arch)?
        .arg("-O2")
        .arg(&src)
        .arg("-o")
        .arg(&m)
        .arg("-lm"))?;
    v.push(Variant {
        name: "musl",
        bin: m,
    });
    Ok(v)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Each group runs in a process of its own, so its peak RSS is its own.
const GROUPS: &[&str] = &[
    "time",
    "string",
    "malloc-mixed",
    "malloc-batch",
    "realloc",
    "qsort",
    "strtod",
    "strtol",
    "printf",
    "stdio",
    "fgets",
    "signal",
    "setjmp",
    "process",
    "math",
    "calendar",
    "sysif",
    "net",
    "text",
    "ucontext",
    "gnumisc",
    "obstack",
];

fn fmt_ratio(f: Option<f64>, o: Option<f64>) -> String {
    match (f, o) {
        (Some(f), Some(o)) if o > 0.0 => format!("{:.2}", f / o),
        _ => "n/a".into(),
    }
}

pub fn run(quick: bool, arches: &[Arch], groups: Option<&str>) -> Res {
    let arches: Vec<Arch> = if arches.is_empty() {
        vec![Arch::X86_64, Arch::I386]
    } else {
        arches.to_vec()
    };
    crate::setup::ensure(&arches, crate::setup::Extra::Bench)?;
    let rounds = if quick { 3 } else { 5 };
    let scale = if quick { "20" } else { "100" };
    let groups: Vec<&str> = match groups {
        Some(g) => GROUPS
            .iter()
            .copied()
            .filter(|x| g.split(',').any(|y| y == *x))
            .collect(),
        None => GROUPS.to_vec(),
    };
    for arch in arches {
        let vars = build(arch)?;
        let names: Vec<&str> = vars.iter().map(|v| v.name).collect();
        // row -> variant -> samples; group -> variant -> rss samples
        let mut data: BTreeMap<String, BTreeMap<&str, Vec<f64>>> = BTreeMap::new();
        let mut rss: BTreeMap<&str, BTreeMap<&str, Vec<f64>>> = BTreeMap::new();
        let mut order: Vec<String> = Vec::new();
        for g in &groups {
            for _ in 0..rounds {
                for v in &vars {
                    let mut c = if arch.runners()[0] == crate::arches::Runner::Native {
                        Command::new(&v.bin)
                    } else {
                        let mut c = Command::new(arch.qemu());
                        c.arg(&v.bin);
                        c
                    };
                    let out = sh(c.arg(scale).arg(g))?;
                    for line in String::from_utf8_lossy(&out.stdout).lines() {
                        let Some((name, val)) = line.rsplit_once(' ') else {
                            continue;
                        };
                        let Ok(x) = val.parse::<f64>() else { continue };
                        if name == "peak_rss_kb" {
                            rss.entry(g).or_default().entry(v.name).or_default().push(x);
                            continue;
                        }
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
        }
        let how = if arch.runners()[0] == crate::arches::Runner::Native {
            "native"
        } else {
            "qemu-user, relative only"
        };
        println!(
            "\n{} ({how}), median of {rounds} alternating runs, ns/op:",
            arch.name()
        );
        let mut head = format!("| {:<32}", "row");
        for n in &names {
            head += &format!(" | {n:>10}");
        }
        println!("{head} | ferro/glibc | ferro/musl |");
        println!("|---{}|---|---|", "|---".repeat(names.len()));
        for row in &order {
            let d = data.get_mut(row).unwrap();
            let med: BTreeMap<&str, f64> = names
                .iter()
                .filter_map(|n| d.get_mut(n).map(|s| (*n, median(s))))
                .collect();
            let mut line = format!("| {row:<32}");
            for n in &names {
                line += &format!(" | {:>10.2}", med.get(n).copied().unwrap_or(f64::NAN));
            }
            let f = med.get("ferrolibc").copied();
            line += &format!(
                " | {:>11} | {:>10} |",
                fmt_ratio(f, med.get("glibc").copied()),
                fmt_ratio(f, med.get("musl").copied())
            );
            println!("{line}");
        }
        println!(
            "\n{} peak RSS per group (KiB, median; the kernel's VmHWM at exit):",
            arch.name()
        );
        let mut head = format!("| {:<14}", "group");
        for n in &names {
            head += &format!(" | {n:>10}");
        }
        println!("{head} | ferro/glibc | ferro/musl |");
        println!("|---{}|---|---|", "|---".repeat(names.len()));
        for g in &groups {
            let Some(r) = rss.get_mut(g) else { continue };
            let med: BTreeMap<&str, f64> = names
                .iter()
                .filter_map(|n| r.get_mut(n).map(|s| (*n, median(s))))
                .collect();
            let mut line = format!("| {g:<14}");
            for n in &names {
                line += &format!(" | {:>10.0}", med.get(n).copied().unwrap_or(f64::NAN));
            }
            let f = med.get("ferrolibc").copied();
            line += &format!(
                " | {:>11} | {:>10} |",
                fmt_ratio(f, med.get("glibc").copied()),
                fmt_ratio(f, med.get("musl").copied())
            );
            println!("{line}");
        }
    }
    Ok(())
}
