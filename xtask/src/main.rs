//! ferrolibc's build driver: `cargo xtask <command>`.
//!
//! - `install --arch ARCH [--prefix DIR]`: sysroot with headers, crt
//!   objects, libc.a (and empty libm.a …) and the `ferrolibc-gcc` wrapper.
//! - `demo`: install for the host arch, build `examples/hello.c` with the
//!   wrapper, run it.
//! - `test [--arch ARCH]… [--against glibc]`: every C test on every arch
//!   plus the header, ABI and symbol checks, ending `N passed, N failed`.
//! - `protos [--arch ARCH]…`: only the prototype and layout check
//!   (`protos.rs`) against the installed sysroots.
//! - `bench`: the side-by-side table against glibc and musl.
//! - `posix [--arch ARCH]… [--against glibc] [--filter DIR,DIR]`: the Open
//!   POSIX Test Suite's conformance tests, counted (`posix.rs`).
//! - `programs [--arch ARCH]… [--against glibc|musl] [--speed]`: zlib,
//!   Lua, SQLite and GNU hello built against each arch and run with their
//!   own tests, as a table; `--speed` times them against glibc and musl
//!   (`programs.rs`).
//! - `gen-unicode [--ucd DIR]`: regenerate the Unicode tables of
//!   `<wctype.h>` and `wcwidth` from the UCD (`unicode.rs`).
//! - `gen-charsets [--charmaps DIR]`: regenerate the single-byte and
//!   East Asian multi-byte character sets of `iconv` from the POSIX
//!   charmaps (`charsets.rs`, `charsets_mb.rs`).
//! - `gen-lgamma-zeros`: regenerate the zeros of log|Γ| the `long double`
//!   lgamma expands around, from MPFR (`lgzeros.rs`).
//! - `gen-bessel-consts`: regenerate the constants of the `long double`
//!   Bessel functions, from MPFR (`bessel_consts.rs`).
//! - `libm-accuracy [--n N] [--filter F,F] [--write-fixed]`: the libm's
//!   max ulp error per function against MPFR (`accuracy.rs`).
//! - `coverage [--arch ARCH]… [--list] [--readme]`: per header, how much of musl
//!   1.2.5's and glibc 2.36's public functions ferrolibc exports
//!   (`coverage.rs`); `--readme` rewrites README's "beyond musl" list from
//!   the first arch's data.
//! - `demand [--top N] [--dir DIR]…`: the glibc functions this machine's
//!   programs import and how many ferrolibc exports (`demand.rs`).
//! - `stdio-fuzz [--arch ARCH]… [--seeds N] [--first N]`: the differential
//!   stdio fuzzer against static glibc over N seeds (`fuzz.rs`; the test
//!   run does 400 per arch).
//! - `tz-diff [--arch ARCH]…`: every zone of the host's tzdata through
//!   `localtime_r`/`mktime`/`strftime`, ferrolibc against static glibc
//!   (`tzdiff.rs`; the test run does a fixed dozen per arch).
mod accuracy;
mod arches;
mod archive;
mod bench;
mod bessel_consts;
mod charsets;
mod charsets_mb;
mod checks;
mod coverage;
mod demand;
mod fuzz;
mod install;
mod lgzeros;
mod posix;
mod programs;
mod protos;
mod replace;
mod setup;
mod testrun;
mod tzdiff;
mod unicode;
mod util;

use arches::Arch;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!(
        "usage: cargo xtask install --arch ARCH [--prefix DIR]\n       cargo xtask demo\n       cargo xtask test [--arch ARCH]... [--against glibc] [--filter SUBSTR,SUBSTR]\n       cargo xtask protos [--arch ARCH]...\n       cargo xtask bench [--quick] [--arch ARCH]... [--filter GROUP,GROUP]\n       cargo xtask posix|conformance [--quick] [--arch ARCH]... [--against glibc] [--filter DIR,DIR]\n       cargo xtask programs [--arch ARCH]... [--against glibc|musl] [--speed]\n       cargo xtask gen-unicode [--ucd DIR]\n       cargo xtask gen-charsets [--charmaps DIR]\n       cargo xtask gen-lgamma-zeros\n       cargo xtask gen-bessel-consts\n       cargo xtask libm-accuracy [--n N] [--filter FUNC,FUNC] [--write-fixed]\n       cargo xtask stdio-fuzz [--arch ARCH]... [--seeds N] [--first N]\n       cargo xtask tz-diff [--arch ARCH]...\n       cargo xtask demand [--top N] [--dir DIR]...\n       cargo xtask coverage [--arch ARCH]... [--list] [--readme]\nARCH: x86_64 i386 aarch64 riscv64"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        return usage();
    };
    let mut arches: Vec<Arch> = Vec::new();
    let mut prefix: Option<String> = None;
    let mut against: Option<String> = None;
    let mut filter: Option<String> = None;
    let mut quick = false;
    let mut speed = false;
    let mut ucd: Option<String> = None;
    let mut charmaps: Option<String> = None;
    let mut n: Option<String> = None;
    let mut write_fixed = false;
    let mut seeds: u32 = 10_000;
    let mut first: u32 = 1;
    let mut top: usize = 40;
    let mut list = false;
    let mut readme = false;
    let mut dirs: Vec<String> = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        let val = args.get(i + 1).cloned();
        match a.as_str() {
            "--arch" => match val.as_deref().and_then(Arch::parse) {
                Some(x) => {
                    arches.push(x);
                    i += 1
                }
                None => return usage(),
            },
            "--prefix" => {
                prefix = val;
                i += 1
            }
            "--against" => {
                against = val;
                i += 1
            }
            "--filter" => {
                filter = val;
                i += 1
            }
            "--ucd" => {
                ucd = val;
                i += 1
            }
            "--charmaps" => {
                charmaps = val;
                i += 1
            }
            "--quick" => quick = true,
            "--speed" => speed = true,
            "--list" => list = true,
            "--readme" => readme = true,
            "--top" => {
                let Some(v) = val.as_deref().and_then(|v| v.parse().ok()) else {
                    return usage();
                };
                top = v;
                i += 1
            }
            "--dir" => {
                let Some(v) = val else {
                    return usage();
                };
                dirs.push(v);
                i += 1
            }
            "--n" => {
                n = val;
                i += 1
            }
            "--write-fixed" => write_fixed = true,
            "--seeds" | "--first" => {
                let Some(v) = val.as_deref().and_then(|v| v.parse().ok()) else {
                    return usage();
                };
                if a == "--seeds" {
                    seeds = v
                } else {
                    first = v
                }
                i += 1
            }
            _ => return usage(),
        }
        i += 1;
    }
    let ok = match cmd.as_str() {
        "install" => {
            if arches.len() != 1 {
                return usage();
            }
            setup::ensure(&arches, setup::Extra::None)
                .and_then(|_| install::install(arches[0], prefix.as_deref()).map(|_| ()))
        }
        "demo" => install::demo(),
        "test" => {
            if arches.is_empty() {
                arches = Arch::ALL.to_vec();
            }
            match against.as_deref() {
                None => testrun::run(&arches, false, filter.as_deref()),
                Some("glibc") => testrun::run(&arches, true, filter.as_deref()),
                Some(_) => return usage(),
            }
        }
        "protos" => {
            if arches.is_empty() {
                arches = Arch::ALL.to_vec();
            }
            arches.iter().try_for_each(|a| {
                let sr = install::default_prefix(*a);
                protos::check(*a, &sr).map_err(|e| format!("protos {}: {e}", a.name()))
            })
        }
        "bench" => bench::run(quick, &arches, filter.as_deref()),
        "posix" | "conformance" => {
            if arches.is_empty() {
                arches = vec![Arch::X86_64];
            }
            match against.as_deref() {
                None => posix::run(&arches, false, quick, filter.as_deref()),
                Some("glibc") => posix::run(&arches, true, quick, filter.as_deref()),
                Some(_) => return usage(),
            }
        }
        "programs" => programs::programs(&arches, against.as_deref(), speed),
        "gen-charsets" => charsets::generate(
            std::path::Path::new(charmaps.as_deref().unwrap_or("/usr/share/i18n/charmaps")),
            &util::root(),
        ),
        "gen-unicode" => unicode::generate(
            std::path::Path::new(ucd.as_deref().unwrap_or("/usr/share/unicode")),
            &util::root(),
        ),
        "coverage" => {
            if arches.is_empty() {
                arches = Arch::ALL.to_vec();
            }
            setup::ensure(&arches, setup::Extra::None)
                .and_then(|_| coverage::run(&arches, list, readme))
        }
        "demand" => {
            setup::ensure(&[Arch::X86_64], setup::Extra::None).and_then(|_| demand::run(top, &dirs))
        }
        "gen-lgamma-zeros" => lgzeros::generate(),
        "gen-bessel-consts" => bessel_consts::generate(),
        "libm-accuracy" => accuracy::run_accuracy(n.as_deref(), filter.as_deref(), write_fixed),
        "stdio-fuzz" => {
            if arches.is_empty() {
                arches = Arch::ALL.to_vec();
            }
            setup::ensure(&arches, setup::Extra::None).and_then(|_| {
                arches.iter().try_for_each(|a| {
                    let sr = install::install(*a, None)?;
                    fuzz::stdio_fuzz(*a, &sr, first, seeds)
                        .map_err(|e| format!("stdio-fuzz {}: {e}", a.name()))
                })
            })
        }
        "tz-diff" => {
            if arches.is_empty() {
                arches = Arch::ALL.to_vec();
            }
            setup::ensure(&arches, setup::Extra::None).and_then(|_| {
                let zones = tzdiff::all_zones()?;
                arches.iter().try_for_each(|a| {
                    let sr = install::install(*a, None)?;
                    tzdiff::tz_diff(*a, &sr, &zones)
                        .map_err(|e| format!("tz-diff {}: {e}", a.name()))
                })
            })
        }
        _ => return usage(),
    };
    match ok {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
