//! The time-zone differential (issue #14): `xtask/data/tz_diff.c` built
//! against ferrolibc and against the arch's static glibc, run on the same
//! zones of the host's tzdata, compared zone by zone. The program prints a
//! hash of every `localtime_r` field from 1800 to 2100 (the 32-bit
//! `time_t` range on i386), the instants around each transition, and
//! `mktime` of the local times on both sides of each (gaps and overlaps,
//! `tm_isdst` -1/0/1), so one line per zone carries all of it; a zone
//! whose hashes differ is run again in full to name the first differing
//! line. `cargo xtask tz-diff [--arch A]…` runs every zone and link of
//! `tzdata.zi`; `cargo xtask test` runs [`CI_ZONES`] on every runner.
use crate::arches::{Arch, Runner};
use crate::util::Res;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Stdio;

/// The zones `cargo xtask test` compares on every runner: whole-hour and
/// half-hour DST, negative DST, a 45-minute offset, a two-hour DST, a
/// skipped day at the date line, rules in the footer that move each year,
/// and UTC.
pub const CI_ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "America/Sao_Paulo",
    "Europe/Dublin",
    "Africa/Casablanca",
    "Pacific/Apia",
    "Antarctica/Troll",
    "America/St_Johns",
    "Asia/Kathmandu",
    "UTC",
];

/// Every zone and link name of the host's tzdata (`tzdata.zi`).
pub fn all_zones() -> Res<Vec<String>> {
    let p = "/usr/share/zoneinfo/tzdata.zi";
    let text = std::fs::read_to_string(p)
        .map_err(|e| format!("{p}: {e} (the tzdata package provides it)"))?;
    let mut out = Vec::new();
    for line in text.lines() {
        let mut w = line.split_whitespace();
        match (w.next(), w.next(), w.next()) {
            (Some("Z"), Some(name), _) => out.push(name.to_string()),
            (Some("L"), Some(_), Some(name)) => out.push(name.to_string()),
            _ => {}
        }
    }
    if out.len() < 300 {
        return Err(format!("{p}: only {} zones", out.len()));
    }
    Ok(out)
}

/// i386's glibc has a 32-bit `time_t` (ferrolibc's is 64-bit): both
/// runs there keep to its range.
fn narrow(arch: Arch) -> &'static [&'static str] {
    if arch == Arch::I386 { &["-32"] } else { &[] }
}

/// Zone -> its line ("LINES HASH") from one run over `zones`, split in
/// two halves run side by side.
fn hashes(
    arch: Arch,
    runner: Runner,
    exe: &Path,
    zones: &[String],
) -> Res<BTreeMap<String, String>> {
    let half = zones.len().div_ceil(2).max(1);
    let children: Vec<_> = zones
        .chunks(half)
        .map(|part| {
            arch.command(runner, exe)
                .args(narrow(arch))
                .args(part)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(|e| format!("{}: {e}", exe.display()))
        })
        .collect::<Res<_>>()?;
    let mut out = BTreeMap::new();
    for c in children {
        let o = c.wait_with_output().map_err(|e| e.to_string())?;
        if !o.status.success() {
            return Err(format!(
                "{} {runner:?}: {} {}",
                exe.display(),
                o.status,
                String::from_utf8_lossy(&o.stderr).trim()
            ));
        }
        for line in String::from_utf8_lossy(&o.stdout).lines() {
            if let Some(rest) = line.strip_prefix("zone ")
                && let Some((name, h)) = rest.split_once(' ')
            {
                out.insert(name.to_string(), h.to_string());
            }
        }
    }
    Ok(out)
}

/// The full outputs for `zone` compared line by line: the first
/// difference not allowed, if any, and how many `mktime` lines were
/// allowed. Allowed: glibc's `mktime` giving -1 for a local time that
/// exists (at some transitions from local mean time, with offsets in
/// seconds) where ferrolibc gives that time, as POSIX requires (-1 only
/// for a time that cannot be represented), and the rest of that
/// transition's `mktime` lines, which start from the offset the failed
/// call left behind in glibc; and i386 glibc's `daylight` 0 for a zone
/// with DST only in the past, where ferrolibc (and x86_64's glibc) say 1.
fn compare_full(
    arch: Arch,
    runner: Runner,
    ferro: &Path,
    glibc: &Path,
    zone: &str,
) -> (Option<String>, usize) {
    let full = |exe: &Path, r: Runner| {
        arch.command(r, exe)
            .arg("-v")
            .args(narrow(arch))
            .arg(zone)
            .stdin(Stdio::null())
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default()
    };
    let a = full(ferro, runner);
    let b = full(glibc, arch.runners()[0]);
    let mut allowed = 0;
    let mut after_fail = false;
    for (x, y) in a.lines().zip(b.lines()) {
        if !x.starts_with("wall ") {
            after_fail = false;
        }
        if x == y {
            continue;
        }
        // "wall +0 mktime isdst 0: -1" against "wall +0 mktime isdst 0 T: …"
        let head = |l: &str| {
            l.split_whitespace()
                .take(5)
                .map(|w| w.trim_end_matches(':').to_string())
                .collect::<Vec<_>>()
        };
        let glibc_fail = y.ends_with(": -1") && !x.ends_with(": -1") && head(x) == head(y);
        // i386's glibc says `daylight` 0 for some zones whose DST lies in
        // the past (Africa/Algiers; x86_64's glibc says 1, as POSIX: DST
        // conversions apply to some times of the zone).
        let past_dst = x.starts_with("tzname ")
            && x.ends_with(" daylight 1")
            && y.ends_with(" daylight 0")
            && x.trim_end_matches(" daylight 1") == y.trim_end_matches(" daylight 0");
        if past_dst {
            allowed += 1;
            continue;
        }
        if glibc_fail || (after_fail && x.starts_with("wall ")) {
            after_fail = true;
            allowed += 1;
            continue;
        }
        return (Some(format!("ferrolibc `{x}`, glibc `{y}`")), allowed);
    }
    if a.lines().count() != b.lines().count() {
        return (
            Some(format!(
                "ferrolibc {} lines, glibc {}",
                a.lines().count(),
                b.lines().count()
            )),
            allowed,
        );
    }
    (None, allowed)
}

/// Build the program both ways for `arch` and compare `zones` on every
/// runner.
pub fn tz_diff(arch: Arch, sysroot: &Path, zones: &[String]) -> Res {
    let (_work, ferro, glibc) = crate::fuzz::build_both(arch, sysroot, "tz_diff")?;
    let want = hashes(arch, arch.runners()[0], &glibc, zones)?;
    let mut errs = Vec::new();
    for r in arch.runners() {
        let got = hashes(arch, r, &ferro, zones)?;
        let mut differ = Vec::new();
        let (mut allowed_zones, mut allowed_lines) = (0, 0);
        for z in zones {
            let why = match (got.get(z), want.get(z)) {
                (Some(g), Some(w)) if g == w => continue,
                (None, _) => "no line from ferrolibc".to_string(),
                (_, None) => "no line from glibc".to_string(),
                _ => match compare_full(arch, r, &ferro, &glibc, z) {
                    (None, n) => {
                        allowed_zones += 1;
                        allowed_lines += n;
                        continue;
                    }
                    (Some(why), _) => why,
                },
            };
            differ.push((z, why));
        }
        for (z, why) in differ.iter().take(3) {
            errs.push(format!("{r:?} {z}: {why}"));
        }
        if differ.len() > 3 {
            errs.push(format!("{r:?}: {} zones differ in all", differ.len()));
        }
        println!(
            "    tz diff {} {r:?}: {} zones compared, {} differ; {allowed_zones} with allowed lines ({allowed_lines}: glibc's mktime -1 for an existing time, i386 glibc's daylight 0)",
            arch.name(),
            zones.len(),
            differ.len()
        );
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.join("; "))
    }
}
