//! `cargo xtask programs [--arch ARCH]… [--against glibc|musl] [--speed]`:
//! real programs from `../shared/third_party` built against each arch's
//! sysroot and run with their own tests on every runner of the arch
//! (issue 17), printed as a table program × arch/runner → pass, or the
//! failing test.
//!
//! - zlib 1.3.1: `./configure --static && make && make test` (qemu through
//!   its Makefile's `QEMU_RUN`), then a round trip of generated text
//!   through `minigzip` checked against the host's `gzip`.
//! - Lua 5.4.7: the one-file interpreter (`LUA_USE_POSIX`, no dlopen) and
//!   its suite, `all.lua` with `_port=true` (everything but the
//!   non-portable tests), which must end with `final OK !!!`.
//! - SQLite 3.40.1: the shell (threads, no extension loading, FTS5, JSON,
//!   math functions) fed `xtask/data/programs/sqlite_*.sql`, its output
//!   byte-identical to the same shell linked against static glibc and run
//!   on the same runner; the local-time script once per TZ value; two
//!   processes writing one WAL database at once.
//! - GNU hello 2.10: `./configure && make && make check` (the tests run the
//!   binary through a wrapper that uses the arch's qemu; this machine
//!   registers no binfmt_misc handler), and the greeting in the C and
//!   C.UTF-8 locales.
//!
//! Without `--against` the ferrolibc column is printed, with glibc's
//! beside it on the native runners (and for SQLite everywhere, whose
//! reference it is); `--against glibc` or `--against musl` (x86_64 only)
//! builds everything with that libc instead. `--speed` (x86_64) times
//! ferrolibc, glibc and musl builds and prints the ratios as markdown.
//! Everything is built and run under `target/programs/`.
use crate::arches::{Arch, Runner};
use crate::util::{Res, root, run, target_dir, write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// The C library a program is linked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Libc {
    Ferro,
    Glibc,
    Musl,
}

impl Libc {
    fn name(self) -> &'static str {
        match self {
            Libc::Ferro => "ferrolibc",
            Libc::Glibc => "glibc",
            Libc::Musl => "musl",
        }
    }

    /// The compiler as the words of a `CC=` value: the arch's
    /// `ferrolibc-gcc`, its gcc with `-static`, or musl 1.2.5's `musl-gcc
    /// -static` (which drives the gcc named by `REALGCC`, which every
    /// build here sets to the arch's gcc).
    fn cc_words(self, arch: Arch) -> Res<Vec<String>> {
        Ok(match self {
            Libc::Ferro => vec![
                crate::install::default_prefix(arch)
                    .join("bin/ferrolibc-gcc")
                    .display()
                    .to_string(),
            ],
            Libc::Glibc => vec![arch.gcc().into(), "-static".into()],
            Libc::Musl => vec![
                crate::setup::musl_sysroot(arch)?
                    .join("bin/musl-gcc")
                    .display()
                    .to_string(),
                "-static".into(),
            ],
        })
    }

    fn cc(self, arch: Arch) -> Res<Command> {
        let w = self.cc_words(arch)?;
        let mut c = Command::new(&w[0]);
        c.args(&w[1..]).env("REALGCC", arch.gcc());
        Ok(c)
    }
}

fn third_party(name: &str) -> Res<PathBuf> {
    let p = root().join("../shared/third_party").join(name);
    if p.exists() {
        Ok(p)
    } else {
        Err(format!("{} is missing", p.display()))
    }
}

/// An empty directory (removed first if it exists).
fn fresh(dir: &Path) -> Res {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))
}

/// `exe` on `runner`, killed after `secs` seconds.
fn on(arch: Arch, runner: Runner, exe: &Path, secs: u32) -> Command {
    let mut c = Command::new("timeout");
    c.args(["-k", "10", &secs.to_string()]);
    if runner == Runner::Qemu {
        c.arg(arch.qemu());
    }
    c.arg(exe);
    c
}

fn runner_name(arch: Arch, runner: Runner) -> String {
    match runner {
        Runner::Native => format!("{}/native", arch.name()),
        Runner::Qemu => format!("{}/qemu", arch.name()),
    }
}

/// The last `n` non-empty lines of `text`, joined with ` | `.
fn tail(text: &str, n: usize) -> String {
    let mut v: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let from = v.len().saturating_sub(n);
    v.drain(..from);
    v.join(" | ")
}

// ---------------------------------------------------------------- Lua

/// Lua 5.4.7's interpreter from its one-file form (`onelua.c`,
/// `LUA_USE_POSIX`: POSIX functions, no dlopen) built with `cc` into
/// `work/lua`, with a copy of the suite in `work/testes` (it writes files).
pub fn build_lua(mut cc: Command, work: &Path) -> Res<PathBuf> {
    let src = third_party("lua-5.4.7")?;
    fresh(work)?;
    run(Command::new("cp")
        .arg("-r")
        .arg(src.join("testes"))
        .arg(work))?;
    let exe = work.join("lua");
    run(cc
        .args(["-std=c99", "-O2", "-DLUA_USE_POSIX", "-w"])
        .arg(src.join("onelua.c"))
        .arg("-o")
        .arg(&exe)
        .arg("-lm"))?;
    Ok(exe)
}

/// Lua's suite (`all.lua` after `flag`, e.g. `-e_port=true`) in
/// `work/testes` on `runner`: it must end with "final OK"; the error
/// names the suite's file that was running.
pub fn lua_suite_run(arch: Arch, runner: Runner, exe: &Path, work: &Path, flag: &str) -> Res {
    let out = on(arch, runner, exe, 1800)
        .current_dir(work.join("testes"))
        .args([flag, "all.lua"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout);
    if out.status.success() && text.contains("final OK") {
        return Ok(());
    }
    // The error line (`lua: FILE.lua:LINE: message`) names the test best;
    // files run without `***** FILE` banners (strings.lua, literals.lua)
    // would otherwise be blamed on the last file announced.
    let err = String::from_utf8_lossy(&out.stderr);
    if let Some(l) = err.lines().find(|l| l.contains(".lua:")) {
        // Without the interpreter's own path in front.
        let l = l
            .split_once(": ")
            .filter(|(a, _)| a.ends_with("lua"))
            .map_or(l, |x| x.1);
        return Err(format!("{l} ({})", out.status));
    }
    let file = text
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("***** FILE '"))
        .map(|l| l.trim_end_matches("'*****").to_string())
        .unwrap_or_else(|| "all.lua".into());
    Err(format!(
        "{file} ({}): {}",
        out.status,
        tail(&String::from_utf8_lossy(&out.stderr), 2)
    ))
}

fn lua(arch: Arch, libc: Libc, work: &Path, runners: &[Runner]) -> Vec<(Runner, Res<String>)> {
    let exe = match build_lua(
        match libc.cc(arch) {
            Ok(c) => c,
            Err(e) => return runners.iter().map(|r| (*r, Err(e.clone()))).collect(),
        },
        work,
    ) {
        Ok(e) => e,
        Err(e) => return build_failed(runners, &e),
    };
    runners
        .iter()
        .map(|&r| {
            (
                r,
                lua_suite_run(arch, r, &exe, work, "-e_port=true").map(|_| String::new()),
            )
        })
        .collect()
}

fn build_failed(runners: &[Runner], e: &str) -> Vec<(Runner, Res<String>)> {
    eprintln!("xtask: {e}");
    runners
        .iter()
        .map(|r| (*r, Err("build".to_string())))
        .collect()
}

// ------------------------------------------------------------- SQLite

/// SQLite 3.40.1's shell (amalgamation + `shell.c`) built with `cc`,
/// `flags` (optimisation and `-D` options) into `exe`.
pub fn build_sqlite(mut cc: Command, exe: &Path, flags: &[&str]) -> Res {
    let src = third_party("sqlite-3.40.1")?;
    if let Some(d) = exe.parent() {
        std::fs::create_dir_all(d).map_err(|e| e.to_string())?;
    }
    run(cc
        .args(flags)
        .arg("-w")
        .arg(src.join("sqlite3.c"))
        .arg(src.join("shell.c"))
        .arg("-o")
        .arg(exe)
        .args(["-lpthread", "-lm", "-ldl"]))?;
    Ok(())
}

/// The options issue 17 asks for (JSON1 is built in by default in 3.40).
const SQLITE_FLAGS: &[&str] = &[
    "-O2",
    "-DSQLITE_THREADSAFE=1",
    "-DSQLITE_OMIT_LOAD_EXTENSION",
    "-DSQLITE_ENABLE_FTS5",
    "-DSQLITE_ENABLE_MATH_FUNCTIONS",
];

/// The time zones the local-time script runs under (all exist in this
/// machine's /usr/share/zoneinfo; checked before use).
const ZONES: &[&str] = &[
    "UTC",
    "America/New_York",
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "America/St_Johns",
];

fn data(name: &str) -> Res<String> {
    let p = root().join("xtask/data/programs").join(name);
    std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))
}

/// `sqlite_main.sql` with its 100,000 autocommit INSERTs written in.
fn sqlite_main_script() -> Res<String> {
    let s = data("sqlite_main.sql")?;
    let mut rows = String::new();
    for i in 1..=100_000u64 {
        rows.push_str(&format!(
            "INSERT INTO loose VALUES({i},'v{}');\n",
            i * 31 % 1009
        ));
    }
    let (a, b) = s
        .split_once("-- @LOOSE_INSERTS")
        .ok_or("sqlite_main.sql: no @LOOSE_INSERTS line")?;
    let b = b.split_once('\n').map(|x| x.1).unwrap_or("");
    Ok(format!("{a}{rows}{b}"))
}

fn sqlite_writer_script(writer: u32) -> Res<String> {
    let s = data("sqlite_writer.sql")?;
    let mut tx = String::new();
    for t in 0..300 {
        tx.push_str(&format!(
            "BEGIN IMMEDIATE; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<10) INSERT INTO w(writer, seq) SELECT {writer}, {t}*10+i FROM n; COMMIT;\n"
        ));
    }
    let (a, b) = s
        .split_once("-- @WRITER_TRANSACTIONS")
        .ok_or("sqlite_writer.sql: no @WRITER_TRANSACTIONS line")?;
    let b = b.split_once('\n').map(|x| x.1).unwrap_or("");
    Ok(format!("{a}{tx}{b}"))
}

/// Spawn `c` with `input` on its stdin (written from a thread, so a
/// chatty child cannot deadlock us).
fn spawn_fed(c: &mut Command, input: String) -> Res<std::process::Child> {
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{c:?}: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(input.as_bytes());
    });
    Ok(child)
}

/// The shell `exe` on `runner` in a new `dir`, on database `main.db`, fed
/// `script` with `TZ=tz`: stdout, then stderr after a marker line.
fn sqlite_once(
    arch: Arch,
    runner: Runner,
    exe: &Path,
    dir: &Path,
    script: &str,
    tz: &str,
) -> Res<String> {
    fresh(dir)?;
    let child = spawn_fed(
        on(arch, runner, exe, 1800)
            .arg("main.db")
            .current_dir(dir)
            .env("TZ", tz),
        script.to_string(),
    )?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let mut s = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.stderr.is_empty() {
        s.push_str("--- stderr ---\n");
        s.push_str(&String::from_utf8_lossy(&out.stderr));
    }
    if !out.status.success() {
        s.push_str(&format!("--- {} ---\n", out.status));
    }
    Ok(s)
}

/// The first line where `got` and `want` differ.
fn first_difference(got: &str, want: &str) -> String {
    let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    for i in 0..g.len().max(w.len()) {
        let (a, b) = (g.get(i).copied(), w.get(i).copied());
        if a != b {
            return format!(
                "output line {}: {:?}, glibc {:?}",
                i + 1,
                a.unwrap_or("<end>"),
                b.unwrap_or("<end>")
            );
        }
    }
    "trailing bytes differ".into()
}

/// Two shells on `runner` writing one WAL database at once, 300
/// transactions of 10 rows each; then each writer's count and an
/// integrity check.
fn sqlite_concurrent(arch: Arch, runner: Runner, exe: &Path, dir: &Path) -> Res {
    fresh(dir)?;
    let setup = "PRAGMA journal_mode=WAL;\nCREATE TABLE w(writer INTEGER, seq INTEGER);\n";
    let out = spawn_fed(
        on(arch, runner, exe, 600).arg("w.db").current_dir(dir),
        setup.into(),
    )?
    .wait_with_output()
    .map_err(|e| e.to_string())?;
    if !out.status.success() || !out.stderr.is_empty() {
        return Err(format!("setup: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let mut kids = Vec::new();
    for w in [1, 2] {
        kids.push(spawn_fed(
            on(arch, runner, exe, 1200).arg("w.db").current_dir(dir),
            sqlite_writer_script(w)?,
        )?);
    }
    for (i, k) in kids.into_iter().enumerate() {
        let o = k.wait_with_output().map_err(|e| e.to_string())?;
        if !o.status.success() || !o.stderr.is_empty() {
            return Err(format!(
                "writer {} ({}): {}",
                i + 1,
                o.status,
                tail(&String::from_utf8_lossy(&o.stderr), 2)
            ));
        }
    }
    let check = "SELECT writer, count(*), count(DISTINCT seq) FROM w GROUP BY writer ORDER BY writer;\nPRAGMA integrity_check;\n";
    let o = spawn_fed(
        on(arch, runner, exe, 600).arg("w.db").current_dir(dir),
        check.into(),
    )?
    .wait_with_output()
    .map_err(|e| e.to_string())?;
    let got = String::from_utf8_lossy(&o.stdout);
    if got != "1|3000|3000\n2|3000|3000\nok\n" {
        return Err(format!("final count: {}", tail(&got, 3)));
    }
    Ok(())
}

/// Every SQLite script on `runner`: the output of `exe` must have no
/// error and, when `reference` (glibc's build) is given, be the same
/// bytes as its output.
fn sqlite_run(
    arch: Arch,
    runner: Runner,
    exe: &Path,
    reference: Option<&Path>,
    work: &Path,
) -> Res {
    let main = sqlite_main_script()?;
    let time = data("sqlite_time.sql")?;
    let mut jobs: Vec<(String, &str, &str)> = vec![("sqlite_main.sql".into(), &main, "UTC")];
    for tz in ZONES {
        if tz != &"UTC" && !Path::new("/usr/share/zoneinfo").join(tz).exists() {
            return Err(format!("/usr/share/zoneinfo/{tz} is missing"));
        }
        jobs.push((format!("sqlite_time.sql TZ={tz}"), &time, tz));
    }
    let tag = format!("{runner:?}");
    for (name, script, tz) in &jobs {
        let got = sqlite_once(
            arch,
            runner,
            exe,
            &work.join(format!("run-{tag}")),
            script,
            tz,
        )?;
        if got.contains("--- stderr ---") || got.contains("--- exit") || got.contains("Error") {
            return Err(format!("{name}: {}", tail(&got, 2)));
        }
        if let Some(r) = reference {
            let want = sqlite_once(
                arch,
                runner,
                r,
                &work.join(format!("ref-{tag}")),
                script,
                tz,
            )?;
            if got != want {
                return Err(format!("{name}: {}", first_difference(&got, &want)));
            }
        }
    }
    sqlite_concurrent(arch, runner, exe, &work.join(format!("wal-{tag}")))
        .map_err(|e| format!("two WAL writers: {e}"))
}

fn sqlite(
    arch: Arch,
    libc: Libc,
    work: &Path,
    runners: &[Runner],
    reference: Option<&Path>,
) -> Vec<(Runner, Res<String>)> {
    let exe = work.join("sqlite3");
    if let Err(e) = libc
        .cc(arch)
        .and_then(|c| build_sqlite(c, &exe, SQLITE_FLAGS))
    {
        return build_failed(runners, &e);
    }
    runners
        .iter()
        .map(|&r| {
            (
                r,
                sqlite_run(arch, r, &exe, reference, work).map(|_| String::new()),
            )
        })
        .collect()
}

// --------------------------------------------------------------- zlib

/// A copy of zlib 1.3.1 in `work`, configured (`CC=… ./configure
/// --static`) and built (`make`).
fn build_zlib(arch: Arch, libc: Libc, work: &Path) -> Res {
    build_zlib_with(arch, &libc.cc_words(arch)?.join(" "), work)
}

/// zlib's `configure --static` and `make` in a fresh copy at `work`, with
/// `cc` (the words of a `CC=` value).
fn build_zlib_with(arch: Arch, cc: &str, work: &Path) -> Res {
    let src = third_party("zlib-1.3.1")?;
    let _ = std::fs::remove_dir_all(work);
    run(Command::new("cp").arg("-a").arg(&src).arg(work))?;
    // The arch's binutils for the archive (configure takes AR and RANLIB
    // from the environment).
    let tool = |t: &str| arch.gcc().replace("gcc", t);
    run(Command::new("./configure")
        .arg("--static")
        .current_dir(work)
        .env("CC", cc)
        .env("AR", tool("ar"))
        .env("RANLIB", tool("ranlib"))
        .env("REALGCC", arch.gcc()))?;
    run(Command::new("make")
        .arg("-j2")
        .current_dir(work)
        .env("REALGCC", arch.gcc()))?;
    Ok(())
}

/// `bytes` of deterministic text, compressible but not trivially: lines of
/// words drawn by a linear congruential generator from a vocabulary of
/// generated words, with numbers mixed in.
fn text_input(bytes: usize) -> Res<PathBuf> {
    let p = target_dir()
        .join("programs/data")
        .join(format!("text-{}M.txt", bytes >> 20));
    if std::fs::metadata(&p)
        .map(|m| m.len() as usize == bytes)
        .unwrap_or(false)
    {
        return Ok(p);
    }
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    let letters = b"etaoinshrdlucmfwypvbgkjqxz";
    let vocab: Vec<Vec<u8>> = (0..4096)
        .map(|_| {
            let n = 2 + next() % 9;
            (0..n)
                .map(|_| letters[(next() % 26).min(next() % 26)])
                .collect()
        })
        .collect();
    let mut out = Vec::with_capacity(bytes + 128);
    let mut col = 0;
    while out.len() < bytes {
        let r = next();
        if r % 11 == 0 {
            out.extend_from_slice(format!("{}", next() % 100_000).as_bytes());
        } else {
            // Zipf-like: small indices far more often.
            let i = (r % 4096) * (next() % 4096) / 4096;
            out.extend_from_slice(&vocab[i]);
        }
        col += 1;
        if col >= 6 + r % 10 {
            out.extend_from_slice(b".\n");
            col = 0;
        } else {
            out.push(b' ');
        }
    }
    out.truncate(bytes);
    // Written aside and renamed, as arches run their checks side by side.
    let tmp = p.with_extension(format!("tmp{}", std::process::id()));
    let tmp = tmp.with_file_name(format!(
        "{}.{:?}",
        tmp.file_name().unwrap_or_default().to_string_lossy(),
        std::thread::current().id()
    ));
    write(&tmp, &out)?;
    std::fs::rename(&tmp, &p).map_err(|e| format!("{}: {e}", p.display()))?;
    Ok(p)
}

/// Run `c` with stdin from `input` and stdout into `output`.
fn pipe_files(c: &mut Command, input: &Path, output: &Path) -> Res {
    let i = std::fs::File::open(input).map_err(|e| e.to_string())?;
    let o = std::fs::File::create(output).map_err(|e| e.to_string())?;
    let out = c
        .stdin(i)
        .stdout(o)
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{} {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    Command::new("cmp")
        .arg("-s")
        .arg(a)
        .arg(b)
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// zlib's `make test` on `runner`, then the minigzip round trip through
/// `mb` MB of text: the host's `gzip -d` restores minigzip's output, and
/// minigzip -d restores gzip's.
fn zlib_run(arch: Arch, runner: Runner, work: &Path, mb: usize) -> Res {
    let qemu = if runner == Runner::Qemu {
        arch.qemu()
    } else {
        ""
    };
    let out = Command::new("timeout")
        .args(["-k", "10", "900", "make", "test"])
        .arg(format!("QEMU_RUN={qemu}"))
        .current_dir(work)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() || text.contains("FAILED") {
        let which = if text.contains("*** zlib test FAILED") || !text.contains("*** zlib test OK") {
            "make test: teststatic (example, minigzip)"
        } else {
            "make test: test64 (example64, minigzip64)"
        };
        return Err(format!(
            "{which}: {}",
            tail(&String::from_utf8_lossy(&out.stderr), 2)
        ));
    }
    let input = text_input(mb << 20)?;
    let mz = work.join("rt.mz");
    let back = work.join("rt.back");
    let minigzip = work.join("minigzip");
    pipe_files(&mut on(arch, runner, &minigzip, 1800), &input, &mz)
        .map_err(|e| format!("minigzip: {e}"))?;
    pipe_files(Command::new("gzip").arg("-dc"), &mz, &back)
        .map_err(|e| format!("gzip -d of minigzip's output: {e}"))?;
    if !same_file(&back, &input) {
        return Err("gzip -d of minigzip's output differs from the input".into());
    }
    let gz = work.join("rt.gz");
    pipe_files(Command::new("gzip").arg("-c"), &input, &gz).map_err(|e| format!("gzip: {e}"))?;
    pipe_files(on(arch, runner, &minigzip, 1800).arg("-d"), &gz, &back)
        .map_err(|e| format!("minigzip -d: {e}"))?;
    if !same_file(&back, &input) {
        return Err("minigzip -d of gzip's output differs from the input".into());
    }
    for f in [&mz, &gz, &back] {
        let _ = std::fs::remove_file(f);
    }
    Ok(())
}

/// Round-trip size: 100 MB natively, 20 MB under qemu (100 MB there takes
/// minutes per runner).
fn zlib_mb(runner: Runner) -> usize {
    match runner {
        Runner::Native => 100,
        Runner::Qemu => 20,
    }
}

/// The CI check: zlib built with the sysroot's `ferrolibc-gcc`, its
/// `make test` and a 4 MB minigzip round trip on every runner of the arch
/// (the full 100 MB run is `cargo xtask programs`).
pub fn zlib_check(arch: Arch, sysroot: &Path, work: &Path) -> Res {
    let cc = sysroot.join("bin/ferrolibc-gcc");
    build_zlib_with(arch, &cc.display().to_string(), work)?;
    for r in arch.runners() {
        zlib_run(arch, r, work, 4).map_err(|e| format!("{r:?}: {e}"))?;
    }
    Ok(())
}

fn zlib(arch: Arch, libc: Libc, work: &Path, runners: &[Runner]) -> Vec<(Runner, Res<String>)> {
    if let Err(e) = build_zlib(arch, libc, work) {
        return build_failed(runners, &e);
    }
    runners
        .iter()
        .map(|&r| {
            let mb = zlib_mb(r);
            (
                r,
                zlib_run(arch, r, work, mb).map(|_| format!("{mb} MB round trip")),
            )
        })
        .collect()
}

// -------------------------------------------------------------- hello

const NO_REGEN: &[&str] = &[
    "ACLOCAL=true",
    "AUTOCONF=true",
    "AUTOMAKE=true",
    "AUTOHEADER=true",
    "MAKEINFO=true",
];

fn build_hello(arch: Arch, libc: Libc, work: &Path) -> Res {
    let src = third_party("hello-2.10")?;
    let _ = std::fs::remove_dir_all(work);
    run(Command::new("cp").arg("-a").arg(&src).arg(work))?;
    let mut cfg = Command::new("./configure");
    cfg.arg(format!("CC={}", libc.cc_words(arch)?.join(" ")))
        .current_dir(work)
        .env("REALGCC", arch.gcc());
    if arch != Arch::X86_64 {
        let triple = arch.gcc().trim_end_matches("-gcc");
        cfg.arg(format!("--host={triple}"));
    }
    run(&mut cfg)?;
    run(Command::new("make")
        .args(NO_REGEN)
        .current_dir(work)
        .env("REALGCC", arch.gcc()))?;
    Ok(())
}

/// `make check` with `hello` on the PATH as a script that runs the built
/// binary on `runner`, then the greeting in two locales.
fn hello_run(arch: Arch, runner: Runner, work: &Path) -> Res {
    let bin = work.join(format!("runner-{runner:?}"));
    fresh(&bin)?;
    let qemu = if runner == Runner::Qemu {
        arch.qemu()
    } else {
        ""
    };
    let wrapper = bin.join("hello");
    write(
        &wrapper,
        format!(
            "#!/bin/sh\nexec {qemu} {} \"$@\"\n",
            work.join("hello").display()
        ),
    )?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755))
        .map_err(|e| e.to_string())?;
    let out = Command::new("make")
        .arg("check")
        .args(NO_REGEN)
        .arg(format!(
            "TESTS_ENVIRONMENT=top_srcdir=. PATH={}:$$PATH HELLO=hello; export HELLO PATH top_srcdir;",
            bin.display()
        ))
        .current_dir(work)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout);
    let failed: Vec<&str> = text
        .lines()
        .filter_map(|l| {
            l.strip_prefix("FAIL: ")
                .or_else(|| l.strip_prefix("ERROR: "))
        })
        .collect();
    if !failed.is_empty() || !out.status.success() || !text.contains("# PASS:") {
        return Err(format!("make check: {}", failed.join(", ")));
    }
    for lang in ["C", "C.UTF-8"] {
        let o = Command::new(&wrapper)
            .env_remove("LC_ALL")
            .env("LANG", lang)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| e.to_string())?;
        if o.stdout != b"Hello, world!\n" || !o.status.success() {
            return Err(format!(
                "greeting with LANG={lang}: {:?}",
                String::from_utf8_lossy(&o.stdout)
            ));
        }
    }
    Ok(())
}

fn hello(arch: Arch, libc: Libc, work: &Path, runners: &[Runner]) -> Vec<(Runner, Res<String>)> {
    if let Err(e) = build_hello(arch, libc, work) {
        return build_failed(runners, &e);
    }
    runners
        .iter()
        .map(|&r| (r, hello_run(arch, r, work).map(|_| String::new())))
        .collect()
}

// -------------------------------------------------------------- table

const PROGRAMS: [&str; 4] = ["zlib 1.3.1", "Lua 5.4.7", "SQLite 3.40.1", "GNU hello 2.10"];

struct Result1 {
    program: &'static str,
    column: String,
    libc: Libc,
    res: Res<String>,
}

fn cell(res: &Res<String>) -> String {
    match res {
        Ok(n) if n.is_empty() => "pass".into(),
        Ok(n) => format!("pass ({n})"),
        Err(e) => format!("FAIL: {}", e.replace('|', "/").replace('\n', " ")),
    }
}

/// Build and run every program for `arch` with `libc` on `runners` (and
/// SQLite's glibc reference on `sqlite_runners`).
fn one_arch(arch: Arch, libc: Libc, runners: &[Runner], out: &mut Vec<Result1>) -> Res {
    let base = target_dir()
        .join("programs")
        .join(arch.name())
        .join(libc.name());
    std::fs::create_dir_all(&base).map_err(|e| e.to_string())?;
    let reference = if libc == Libc::Glibc {
        None
    } else {
        let r = target_dir()
            .join("programs")
            .join(arch.name())
            .join("glibc-reference/sqlite3");
        Libc::Glibc
            .cc(arch)
            .and_then(|c| build_sqlite(c, &r, SQLITE_FLAGS))?;
        Some(r)
    };
    for (i, program) in PROGRAMS.iter().enumerate() {
        let t = Instant::now();
        let work = base.join(["zlib", "lua", "sqlite", "hello"][i]);
        let rs = match i {
            0 => zlib(arch, libc, &work, runners),
            1 => lua(arch, libc, &work, runners),
            2 => sqlite(arch, libc, &work, runners, reference.as_deref()),
            _ => hello(arch, libc, &work, runners),
        };
        for (r, res) in rs {
            eprintln!(
                "xtask: programs {} {program} {}: {} ({:.0} s for the build and every runner)",
                runner_name(arch, r),
                libc.name(),
                cell(&res),
                t.elapsed().as_secs_f64()
            );
            out.push(Result1 {
                program,
                column: runner_name(arch, r),
                libc,
                res,
            });
        }
    }
    Ok(())
}

pub fn programs(arches: &[Arch], against: Option<&str>, speed: bool) -> Res {
    let against = match against {
        None => None,
        Some("glibc") => Some(Libc::Glibc),
        Some("musl") => Some(Libc::Musl),
        Some(o) => return Err(format!("--against {o}: glibc or musl")),
    };
    if speed {
        crate::setup::ensure(&[Arch::X86_64], crate::setup::Extra::Bench)?;
        crate::install::install(Arch::X86_64, None)?;
        return speed_table();
    }
    let arches: Vec<Arch> = if arches.is_empty() {
        if against == Some(Libc::Musl) {
            vec![Arch::X86_64]
        } else {
            Arch::ALL.to_vec()
        }
    } else {
        arches.to_vec()
    };
    if against == Some(Libc::Musl) && arches.iter().any(|a| *a != Arch::X86_64) {
        return Err("--against musl: x86_64 only".into());
    }
    crate::setup::ensure(
        &arches,
        if against == Some(Libc::Musl) {
            crate::setup::Extra::Bench
        } else {
            crate::setup::Extra::None
        },
    )?;
    let start = Instant::now();
    let mut results = Vec::new();
    for &arch in &arches {
        let runners = arch.runners();
        match against {
            Some(l) => one_arch(arch, l, &runners, &mut results)?,
            None => {
                crate::install::install(arch, None)?;
                one_arch(arch, Libc::Ferro, &runners, &mut results)?;
                // glibc beside it where it is cheap: natively.
                let native: Vec<Runner> = runners
                    .iter()
                    .copied()
                    .filter(|r| *r == Runner::Native)
                    .collect();
                if !native.is_empty() {
                    one_arch(arch, Libc::Glibc, &native, &mut results)?;
                }
            }
        }
    }
    print_table(&results);
    let failed = results.iter().filter(|r| r.res.is_err()).count();
    println!(
        "{} passed, {failed} failed ({:.0} s)",
        results.len() - failed,
        start.elapsed().as_secs_f64()
    );
    if failed > 0 && against.is_none() {
        return Err(format!("{failed} program runs failed"));
    }
    Ok(())
}

fn print_table(results: &[Result1]) {
    let libcs: Vec<Libc> = [Libc::Ferro, Libc::Glibc, Libc::Musl]
        .into_iter()
        .filter(|l| results.iter().any(|r| r.libc == *l))
        .collect();
    let mut head = "| program | arch/runner |".to_string();
    let mut rule = "|---|---|".to_string();
    for l in &libcs {
        head.push_str(&format!(" {} |", l.name()));
        rule.push_str("---|");
    }
    println!("{head}\n{rule}");
    let mut columns: Vec<&str> = Vec::new();
    for r in results {
        if !columns.contains(&r.column.as_str()) {
            columns.push(&r.column);
        }
    }
    for program in PROGRAMS {
        for col in &columns {
            let mut line = format!("| {program} | {col} |");
            let mut any = false;
            for l in &libcs {
                let c = results
                    .iter()
                    .find(|r| r.program == program && r.column == *col && r.libc == *l);
                any |= c.is_some();
                line.push_str(&format!(
                    " {} |",
                    c.map(|c| cell(&c.res)).unwrap_or_else(|| "—".into())
                ));
            }
            if any {
                println!("{line}");
            }
        }
    }
}

// -------------------------------------------------------------- speed

/// How many timed runs of each measurement (interleaved across libcs);
/// the table shows the median.
const SPEED_RUNS: usize = 3;

struct Speed {
    lua: PathBuf,
    sqlite: PathBuf,
    minigzip: PathBuf,
}

fn time_it(c: &mut Command) -> Res<f64> {
    let t = Instant::now();
    let out = c
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("{c:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{c:?}: {} {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(t.elapsed().as_secs_f64())
}

fn speed_table() -> Res {
    let arch = Arch::X86_64;
    let libcs = [Libc::Ferro, Libc::Glibc, Libc::Musl];
    let mut builds = Vec::new();
    for l in libcs {
        let base = target_dir().join("programs/speed").join(l.name());
        let lua = build_lua(l.cc(arch)?, &base.join("lua"))?;
        let sqlite = base.join("sqlite/sqlite3");
        build_sqlite(l.cc(arch)?, &sqlite, SQLITE_FLAGS)?;
        build_zlib(arch, l, &base.join("zlib"))?;
        builds.push(Speed {
            lua,
            sqlite,
            minigzip: base.join("zlib/minigzip"),
        });
    }
    let input = text_input(100 << 20)?;
    let gz = target_dir().join("programs/data/text-100M.txt.gz");
    pipe_files(Command::new("gzip").arg("-c"), &input, &gz)?;
    let bench_lua = root().join("xtask/data/programs/bench.lua");
    let bench_sql = data("sqlite_bench.sql")?;
    let names = [
        "Lua test suite (all.lua, _port=true)",
        "Lua bench: string building",
        "Lua bench: table churn",
        "Lua bench: string.format of floats",
        "Lua bench: GC-heavy",
        "sqlite3: 100,000-row insert + queries",
        "minigzip: compress 100 MB",
        "minigzip -d: decompress 100 MB",
    ];
    let mut times = vec![vec![Vec::new(); libcs.len()]; names.len()];
    let mut suite_failed = [false; 3];
    for round in 0..SPEED_RUNS {
        eprintln!("xtask: speed round {}/{SPEED_RUNS}", round + 1);
        for (m, _) in names.iter().enumerate() {
            // Each round starts with a different libc, so that no place
            // in the sequence (first, right after the previous
            // measurement's runs) always falls to the same libc.
            for k in 0..builds.len() {
                let li = (k + round) % builds.len();
                let b = &builds[li];
                let lua_dir = b.lua.parent().unwrap().to_path_buf();
                let t = match m {
                    // Timed even when the suite fails (musl's: its
                    // setlocale accepts "pt_BR" but keeps the '.' decimal
                    // point, which literals.lua asserts); the table marks it.
                    0 => {
                        let t = Instant::now();
                        let ok = Command::new(&b.lua)
                            .current_dir(lua_dir.join("testes"))
                            .args(["-e_port=true", "all.lua"])
                            .stdout(Stdio::null())
                            .stderr(Stdio::null())
                            .status()
                            .map(|s| s.success())
                            .unwrap_or(false);
                        suite_failed[li] |= !ok;
                        t.elapsed().as_secs_f64()
                    }
                    1..=4 => time_it(
                        Command::new(&b.lua)
                            .arg(&bench_lua)
                            .arg(["strings", "tables", "format", "gc"][m - 1]),
                    )?,
                    5 => {
                        let dir = b.sqlite.parent().unwrap().join("bench");
                        fresh(&dir)?;
                        let t = Instant::now();
                        let o = spawn_fed(
                            Command::new(&b.sqlite).arg("b.db").current_dir(&dir),
                            bench_sql.clone(),
                        )?
                        .wait_with_output()
                        .map_err(|e| e.to_string())?;
                        if !o.status.success() || !o.stderr.is_empty() {
                            return Err(format!(
                                "sqlite bench: {}",
                                String::from_utf8_lossy(&o.stderr)
                            ));
                        }
                        t.elapsed().as_secs_f64()
                    }
                    6 | 7 => {
                        let out = target_dir().join("programs/data/speed.out");
                        let t = Instant::now();
                        if m == 6 {
                            pipe_files(&mut Command::new(&b.minigzip), &input, &out)?;
                        } else {
                            pipe_files(Command::new(&b.minigzip).arg("-d"), &gz, &out)?;
                        }
                        let t = t.elapsed().as_secs_f64();
                        let _ = std::fs::remove_file(&out);
                        t
                    }
                    _ => unreachable!(),
                };
                times[m][li].push(t);
            }
        }
    }
    let median = |v: &Vec<f64>| {
        let mut v = v.clone();
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    };
    println!(
        "x86_64, median of {SPEED_RUNS} interleaved runs (libc order rotated each round), seconds (static, -O2; ratio < 1: ferrolibc faster)\n"
    );
    println!(
        "| benchmark | ferrolibc | glibc 2.36 | musl 1.2.5 | ferrolibc/glibc | ferrolibc/musl |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    for (m, name) in names.iter().enumerate() {
        let (f, g, mu) = (
            median(&times[m][0]),
            median(&times[m][1]),
            median(&times[m][2]),
        );
        // No ratio against a run that stopped early.
        let ratio = |a: f64, b: f64, failed: bool| {
            if failed {
                "—".to_string()
            } else {
                format!("{:.2}", a / b)
            }
        };
        let mark = |li: usize| {
            if m == 0 && suite_failed[li] {
                " (fails)"
            } else {
                ""
            }
        };
        println!(
            "| {name} | {f:.2}{} | {g:.2}{} | {mu:.2}{} | {} | {} |",
            mark(0),
            mark(1),
            mark(2),
            ratio(f, g, m == 0 && (suite_failed[0] || suite_failed[1])),
            ratio(f, mu, m == 0 && (suite_failed[0] || suite_failed[2])),
        );
    }
    Ok(())
}
