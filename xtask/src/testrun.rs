//! `cargo xtask test`: build every arch once, compile every C test in
//! `tests-c/` with `ferrolibc-gcc` (or with the arch's gcc and glibc for
//! `--against glibc`), run them in parallel natively or under qemu-user,
//! then the header, ABI-constant and link checks.
use crate::arches::{Arch, Runner};
use crate::checks;
use crate::install;
use crate::util::{Res, root, target_dir, write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// What a test file asks of the harness, from `// KEY: value` lines.
#[derive(Default, Clone, Debug)]
pub struct Spec {
    pub name: String,
    pub path: PathBuf,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub cflags: Vec<String>,
    /// Libraries, after the source (`// LIBS: -lm`).
    pub libs: Vec<String>,
    pub exit: i32,
    pub signal: Option<i32>,
    pub stdout: Option<String>,
    pub stderr_contains: Option<String>,
    /// `// GLIBC: differs <why>`: the test checks where ferrolibc follows
    /// the standard and glibc does not; `--against glibc` does not run it
    /// and reports it as an intentional difference (counted as passed).
    pub glibc_differs: Option<String>,
}

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\t", "\t")
}

pub fn parse_spec(path: &Path) -> Res<Spec> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut s = Spec {
        name: path.file_stem().unwrap().to_string_lossy().into_owned(),
        path: path.to_path_buf(),
        ..Default::default()
    };
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("// ") else {
            continue;
        };
        let Some((k, v)) = rest.split_once(": ") else {
            continue;
        };
        match k {
            "ARGS" => s.args = v.split_whitespace().map(String::from).collect(),
            "ENV" => {
                s.env = v
                    .split_whitespace()
                    .filter_map(|kv| {
                        kv.split_once('=')
                            .map(|(a, b)| (a.to_string(), b.to_string()))
                    })
                    .collect()
            }
            "CFLAGS" => s.cflags = v.split_whitespace().map(String::from).collect(),
            "LIBS" => s.libs = v.split_whitespace().map(String::from).collect(),
            "EXIT" => {
                s.exit = v
                    .trim()
                    .parse()
                    .map_err(|_| format!("{}: bad EXIT", path.display()))?
            }
            "SIGNAL" => {
                s.signal = Some(
                    v.trim()
                        .parse()
                        .map_err(|_| format!("{}: bad SIGNAL", path.display()))?,
                )
            }
            "STDOUT" => s.stdout = Some(unescape(v)),
            "STDERR-CONTAINS" => s.stderr_contains = Some(unescape(v)),
            "GLIBC" => {
                let why = v
                    .strip_prefix("differs")
                    .ok_or_else(|| format!("{}: GLIBC: expects `differs`", path.display()))?;
                s.glibc_differs = Some(why.trim().to_string());
            }
            _ => {}
        }
    }
    Ok(s)
}

pub fn discover(filter: Option<&str>) -> Res<Vec<Spec>> {
    let dir = root().join("tests-c");
    let mut v = Vec::new();
    for e in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let p = e.map_err(|e| e.to_string())?.path();
        if p.extension().is_some_and(|x| x == "c") {
            let s = parse_spec(&p)?;
            if filter.is_none_or(|f| f.split(',').any(|f| s.name.contains(f))) {
                v.push(s);
            }
        }
    }
    v.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(v)
}

/// Run `jobs` on all cores, collecting results in order.
pub fn parallel<T: Sync, R: Send>(jobs: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let n = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2);
    let next = AtomicUsize::new(0);
    let out: Mutex<Vec<Option<R>>> = Mutex::new((0..jobs.len()).map(|_| None).collect());
    std::thread::scope(|sc| {
        for _ in 0..n {
            sc.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= jobs.len() {
                        break;
                    }
                    let r = f(&jobs[i]);
                    out.lock().unwrap()[i] = Some(r);
                }
            });
        }
    });
    out.into_inner()
        .unwrap()
        .into_iter()
        .map(|r| r.unwrap())
        .collect()
}

/// Compile one test for `arch`.
fn compile(arch: Arch, cc: &Path, glibc: bool, spec: &Spec, out: &Path) -> Res {
    let mut c = Command::new(cc);
    if glibc {
        c.arg("-static");
        if arch == Arch::I386 {
            // ferrolibc's ABI: 64-bit time_t and off_t on every arch.
            c.args(["-D_FILE_OFFSET_BITS=64", "-D_TIME_BITS=64"]);
        }
    }
    c.args(["-O2", "-g0", "-Wall", "-Wextra", "-Wno-unused-parameter"])
        .arg("-I")
        .arg(root().join("tests-c"))
        .arg(format!("-DTEST_ARCH_{}", arch.name().to_uppercase()))
        .args(if glibc {
            vec!["-DAGAINST_GLIBC"]
        } else {
            vec![]
        })
        .args(&spec.cflags)
        .arg(&spec.path);
    for l in &spec.libs {
        // A library the arch's glibc lacks here (static libcrypt exists
        // for the host arch only): left out, and the test told so.
        if glibc
            && let Some(name) = l.strip_prefix("-l")
            && !have_static(cc, name)
        {
            c.arg(format!("-DFERRO_NO_LIB_{name}"));
            continue;
        }
        c.arg(l);
    }
    c.arg("-o").arg(out);
    crate::util::run(&mut c).map(|_| ())
}

/// Whether `cc` finds a static `lib<name>.a`.
fn have_static(cc: &Path, name: &str) -> bool {
    let f = format!("lib{name}.a");
    Command::new(cc)
        .arg(format!("-print-file-name={f}"))
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() != f)
        .unwrap_or(false)
}

/// Run one binary; `Ok` when exit status and output are as the spec says.
pub fn execute(arch: Arch, runner: Runner, bin: &Path, spec: &Spec, dir: &Path) -> Res {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut c = arch.command(runner, bin);
    c.args(&spec.args)
        .env_clear()
        .envs(spec.env.iter().map(|(a, b)| (a, b)))
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c
        .spawn()
        .map_err(|e| format!("spawn {}: {e}", bin.display()))?;
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break st;
        }
        if start.elapsed() > Duration::from_secs(300) {
            let _ = child.kill();
            let _ = child.wait();
            return Err("timed out after 300 s".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let so = String::from_utf8_lossy(&out.stdout);
    let se = String::from_utf8_lossy(&out.stderr);
    use std::os::unix::process::ExitStatusExt;
    let got_sig = status.signal();
    let mut problems = Vec::new();
    match (spec.signal, got_sig) {
        (Some(want), Some(got)) if want == got => {}
        // qemu-user reports a guest's fatal signal by dying of it, too.
        (Some(want), _) => problems.push(format!("expected death by signal {want}, got {status}")),
        (None, Some(_)) => problems.push(format!("killed: {status}")),
        (None, None) => {
            if status.code() != Some(spec.exit) {
                problems.push(format!("exit {:?}, expected {}", status.code(), spec.exit));
            }
        }
    }
    if let Some(want) = &spec.stdout
        && so != *want
    {
        problems.push(format!("stdout {so:?}, expected {want:?}"));
    }
    if let Some(want) = &spec.stderr_contains
        && !se.contains(want.as_str())
    {
        problems.push(format!("stderr lacks {want:?}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n--- stdout:\n{so}--- stderr:\n{se}",
            problems.join("; ")
        ))
    }
}

struct Tally {
    passed: usize,
    failed: usize,
}

impl Tally {
    fn record(&mut self, what: &str, r: &Res) {
        match r {
            Ok(()) => self.passed += 1,
            Err(e) => {
                self.failed += 1;
                println!("FAIL {what}: {e}");
            }
        }
    }
}

pub fn run(arches: &[Arch], glibc: bool, filter: Option<&str>) -> Res {
    crate::setup::ensure(
        arches,
        if glibc {
            crate::setup::Extra::None
        } else {
            crate::setup::Extra::Test
        },
    )?;
    let specs = discover(filter)?;
    let mut total = Tally {
        passed: 0,
        failed: 0,
    };
    let mode = if glibc { "glibc" } else { "ferrolibc" };
    let started = Instant::now();
    // Build and compile per arch (each arch's libc built once).
    struct Built {
        arch: Arch,
        bins: Vec<Res<PathBuf>>,
        sysroot: Option<PathBuf>,
    }
    let mut built = Vec::new();
    for &arch in arches {
        let (cc, sysroot) = if glibc {
            (PathBuf::from(arch.gcc()), None)
        } else {
            let p = install::install(arch, None)?;
            (p.join("bin/ferrolibc-gcc"), Some(p))
        };
        let dir = target_dir().join("tests").join(mode).join(arch.name());
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let bins = parallel(&specs, |s| {
            let out = dir.join(&s.name);
            if glibc && s.glibc_differs.is_some() {
                return Ok(out);
            }
            compile(arch, &cc, glibc, s, &out).map(|_| out)
        });
        built.push(Built {
            arch,
            bins,
            sysroot,
        });
    }
    // Run every (arch, runner, test) in parallel.
    let mut jobs = Vec::new();
    for b in &built {
        for runner in b.arch.runners() {
            for (i, s) in specs.iter().enumerate() {
                jobs.push((b.arch, runner, i, s));
            }
        }
    }
    let bins_of = |a: Arch| &built.iter().find(|b| b.arch == a).unwrap().bins;
    let results = parallel(&jobs, |&(arch, runner, i, s)| {
        if glibc && s.glibc_differs.is_some() {
            return Ok(());
        }
        let bin = bins_of(arch)[i].clone()?;
        let rn = if runner == Runner::Native {
            "native"
        } else {
            "qemu"
        };
        let wd = target_dir()
            .join("tests")
            .join(mode)
            .join(format!("{}-{rn}.run", arch.name()))
            .join(&s.name);
        let mut r = execute(arch, runner, &bin, s, &wd);
        // A second run tells a flake (a loaded machine, qemu-user's
        // scheduling, a kernel rate limit shared with the tests beside it)
        // from a failure; a flake is named in the log, never hidden.
        if let Err(first) = &r {
            let again = execute(arch, runner, &bin, s, &wd);
            if again.is_ok() {
                println!(
                    "FLAKY {} [{} {rn}]: failed once, passed on a second run; the first run: {first}",
                    s.name,
                    arch.name()
                );
            }
            r = again;
        }
        if r.is_ok() && !glibc {
            checks::binary_symbols(&bin)
        } else {
            r
        }
    });
    for b in &built {
        for runner in b.arch.runners() {
            let mut t = Tally {
                passed: 0,
                failed: 0,
            };
            for (j, r) in jobs.iter().zip(&results) {
                if j.0 == b.arch && j.1 == runner {
                    let rn = if runner == Runner::Native {
                        "native"
                    } else {
                        "qemu"
                    };
                    t.record(&format!("{} [{} {rn}]", j.3.name, b.arch.name()), r);
                }
            }
            let how = match (b.arch, runner) {
                (Arch::I386, Runner::Qemu) => "qemu-user, no vDSO",
                (_, Runner::Qemu) => "qemu-user",
                _ => "native",
            };
            println!(
                "{:<8} ({how}, {mode}): {} passed, {} failed",
                b.arch.name(),
                t.passed,
                t.failed
            );
            total.passed += t.passed;
            total.failed += t.failed;
        }
    }
    if !glibc && filter.is_none() {
        let roots: Vec<(Arch, PathBuf)> = built
            .iter()
            .map(|b| (b.arch, b.sysroot.clone().unwrap()))
            .collect();
        let r = checks::dump_vdso_images(&roots).and_then(|d| checks::host_unit_tests(Some(&d)));
        println!(
            "check host unit tests (cargo test, with the dumped vDSO images): {}",
            if r.is_ok() { "ok" } else { "FAILED" }
        );
        total.record("host unit tests", &r);
        for b in &built {
            let sr = b.sysroot.as_ref().unwrap();
            for (what, r, secs) in checks::per_arch(b.arch, sr) {
                println!(
                    "check {what} [{}]: {} ({secs} s)",
                    b.arch.name(),
                    if r.is_ok() { "ok" } else { "FAILED" }
                );
                total.record(&format!("{what} [{}]", b.arch.name()), &r);
            }
        }
        if arches.contains(&Arch::X86_64) {
            let r = checks::clang_once(&install::default_prefix(Arch::X86_64));
            println!(
                "check clang --target/--sysroot [x86_64]: {}",
                if r.is_ok() { "ok" } else { "FAILED" }
            );
            total.record("clang", &r);
        }
        checks::print_sizes(
            &built
                .iter()
                .map(|b| (b.arch, b.sysroot.clone().unwrap()))
                .collect::<Vec<_>>(),
        );
    }
    if glibc {
        for s in specs.iter().filter(|s| s.glibc_differs.is_some()) {
            println!(
                "DIFFERS {} (not run against glibc; counted as passed): {}",
                s.name,
                s.glibc_differs.as_deref().unwrap_or_default()
            );
        }
    }
    println!("elapsed: {:.0} s", started.elapsed().as_secs_f64());
    println!("{} passed, {} failed", total.passed, total.failed);
    let _ = write(
        &target_dir().join("tests").join(format!("{mode}.last")),
        format!("{} {}", total.passed, total.failed),
    );
    if total.failed == 0 {
        Ok(())
    } else {
        Err(format!("{} failed", total.failed))
    }
}
