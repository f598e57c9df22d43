//! Checks beyond the C tests: host unit tests; every declared function is
//! exported (and no public export lacks a declaration); header constants
//! equal linux-raw-sys's for each arch; a link pulls in no glibc object;
//! binaries keep no undefined symbol; clang can use the sysroot; sizes.
use crate::arches::Arch;
use crate::util::{Res, root, run, target_dir, write};
use goblin::elf::Elf;
use goblin::elf::sym::{STB_GLOBAL, STB_WEAK};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Dump the vDSO of a native process built for each of `arches` (x86_64
/// and i386) into `target/vdso/ARCH.so`, for the parser's unit tests.
pub fn dump_vdso_images(sysroots: &[(Arch, PathBuf)]) -> Res<PathBuf> {
    let dir = target_dir().join("vdso");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for (arch, sr) in sysroots {
        if !matches!(arch, Arch::X86_64 | Arch::I386) {
            continue;
        }
        let exe = dir.join(format!("dump-{}", arch.name()));
        run(Command::new(sr.join("bin/ferrolibc-gcc"))
            .arg("-O2")
            .arg(root().join("xtask/c/vdso_dump.c"))
            .arg("-o")
            .arg(&exe))?;
        let out = run(&mut Command::new(&exe))?;
        if out.stdout.len() < 4096 || !out.stdout.starts_with(b"\x7fELF") {
            return Err(format!("{}: no vDSO image dumped", arch.name()));
        }
        write(&dir.join(format!("{}.so", arch.name())), &out.stdout)?;
    }
    Ok(dir)
}

/// `target/checks/ARCH`, created if needed.
fn work_dir(arch: Arch) -> Res<PathBuf> {
    let work = target_dir().join("checks").join(arch.name());
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    Ok(work)
}

/// `cargo test` for the Rust crates (internals on the host), with the
/// dumped vDSO images when there are any.
pub fn host_unit_tests(vdso_dir: Option<&Path>) -> Res {
    let mut cmd = Command::new(env!("CARGO"));
    if let Some(d) = vdso_dir {
        cmd.env("FERRO_VDSO_DIR", d);
    }
    let out = cmd
        .current_dir(root())
        .args([
            "test",
            "--quiet",
            "--lib",
            "--bins",
            "-p",
            "ferrolibc-syscall",
            "-p",
            "ferrolibc-rt",
            "-p",
            "ferrolibc",
            "-p",
            "xtask",
        ])
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut n = 0;
    for l in text.lines() {
        if let Some(rest) = l.strip_prefix("test result: ok. ") {
            n += rest
                .split(' ')
                .next()
                .and_then(|x| x.parse::<usize>().ok())
                .unwrap_or(0);
        }
    }
    if out.status.success() {
        println!("host unit tests: {n} passed");
        Ok(())
    } else {
        Err(format!("{text}{}", String::from_utf8_lossy(&out.stderr)))
    }
}

/// Every public header of the sysroot, as `#include` lines.
fn all_headers(sysroot: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else if p.extension().is_some_and(|x| x == "h") {
                let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
                if !rel.starts_with("bits/") {
                    out.push(rel);
                }
            }
        }
    }
    let mut v = Vec::new();
    walk(&sysroot.join("include"), &sysroot.join("include"), &mut v);
    v.sort();
    v
}

pub(crate) fn includes(sysroot: &Path) -> String {
    all_headers(sysroot)
        .iter()
        .map(|h| format!("#include <{h}>\n"))
        .collect()
}

/// Functions the headers declare (from gcc's -aux-info), by name.
pub(crate) fn declared_functions(arch: Arch, sysroot: &Path, work: &Path) -> Res<BTreeSet<String>> {
    let src = work.join("decls.c");
    write(
        &src,
        format!("#define _GNU_SOURCE 1\n{}", includes(sysroot)),
    )?;
    let aux = work.join("decls.aux");
    run(Command::new(arch.gcc())
        .args(["-nostdinc", "-isystem"])
        .arg(sysroot.join("include"))
        .arg("-aux-info")
        .arg(&aux)
        .arg("-c")
        .arg(&src)
        .arg("-o")
        .arg(work.join("decls.o")))?;
    let text = std::fs::read_to_string(&aux).map_err(|e| e.to_string())?;
    let inc = sysroot.join("include").display().to_string();
    let mut names = BTreeSet::new();
    for line in text.lines() {
        // /* /path/include/unistd.h:30:NC */ extern ssize_t read (int, void *, size_t);
        if !line.contains(&inc) {
            continue;
        }
        let Some(decl) = line.split("*/").nth(1) else {
            continue;
        };
        // A header's `static inline` function (sys/io.h's port
        // instructions) is the program's own, not an export.
        if decl.trim_start().starts_with("static ") {
            continue;
        }
        let Some(paren) = decl.find(" (") else {
            continue;
        };
        let head = &decl[..paren];
        let name = head.rsplit([' ', '*']).next().unwrap_or("").trim();
        if !name.is_empty() {
            names.insert(name.to_string());
        }
    }
    Ok(names)
}

/// Global symbols defined in libc.a that belong to the C surface.
fn exported(libc: &Path) -> Res<BTreeSet<String>> {
    Ok(exported_types(libc)?.into_keys().collect())
}

/// [`exported`] with each symbol's ELF type (`STT_FUNC`, `STT_OBJECT` …).
pub fn exported_types(libc: &Path) -> Res<std::collections::BTreeMap<String, u8>> {
    let data = std::fs::read(libc).map_err(|e| e.to_string())?;
    let ar = goblin::archive::Archive::parse(&data).map_err(|e| e.to_string())?;
    let mut out = std::collections::BTreeMap::new();
    for m in ar.members() {
        let Ok(bytes) = ar.extract(m, &data) else {
            continue;
        };
        let Ok(elf) = Elf::parse(bytes) else { continue };
        for s in elf.syms.iter() {
            let b = s.st_bind();
            if (b == STB_GLOBAL || b == STB_WEAK)
                && s.st_shndx != 0
                && s.st_visibility() == 0
                && let Some(n) = elf.strtab.get_at(s.st_name)
            {
                out.insert(n.to_string(), s.st_type());
            }
        }
    }
    Ok(out)
}

/// Names an application may see: not reserved (`__x`, `_X`), not Rust's.
pub fn is_public_name(n: &str) -> bool {
    let reserved = n.starts_with("__")
        || (n.starts_with('_') && n.chars().nth(1).is_some_and(|c| c.is_ascii_uppercase()));
    let rust = n.starts_with("_ZN") || n.starts_with("_R") || n.starts_with("rust_");
    !reserved && !rust
}

/// Data objects exported by design (their declarations are variables).
const DATA_EXPORTS: &[&str] = &[
    "optarg",
    "optind",
    "opterr",
    "optopt",
    "environ",
    "stdin",
    "stdout",
    "stderr",
    "signgam",
    "program_invocation_name",
    "program_invocation_short_name",
    "error_message_count",
    "error_one_per_line",
    "error_print_progname",
    "tzname",
    "timezone",
    "daylight",
    "in6addr_any",
    "in6addr_loopback",
    "getdate_err",
    "obstack_alloc_failed_handler",
    "obstack_exit_failure",
    "argp_program_version",
    "argp_program_version_hook",
    "argp_program_bug_address",
    "argp_err_exit_status",
    "re_syntax_options",
];

/// Functions exported without a declaration: glibc's headers declare
/// none for them and musl exports them (`pivot_root`: Linux, glibc 2.36
/// has no wrapper at all; `gets`: declared only before C11, as glibc,
/// and this check compiles as gnu17; `capget capset`: libcap's header
/// declares them; `init_module delete_module`: no header does;
/// `arch_prctl`: x86_64 only, and glibc 2.36 declares it nowhere;
/// `re_comp re_exec`: glibc's <regex.h> declares them only for
/// `_REGEX_RE_COMP`, and so does ferrolibc's).
const UNDECLARED_EXPORTS: &[&str] = &[
    "re_comp",
    "re_exec",
    "arch_prctl",
    "pivot_root",
    "gets",
    "capget",
    "capset",
    "init_module",
    "delete_module",
];

/// The plain name a large-file `*64` name stands for (`stat64` → `stat`,
/// `readdir64_r` → `readdir_r`, `preadv64v2` → `preadv2`): the headers
/// map these by macro, so the plain declaration is the one that counts.
fn lfs_alias_of(n: &str) -> Option<String> {
    for (suffix, plain) in [("64", ""), ("64_r", "_r"), ("64v2", "2")] {
        if let Some(base) = n.strip_suffix(suffix) {
            return Some(format!("{base}{plain}"));
        }
    }
    None
}

pub fn header_exports(arch: Arch, sysroot: &Path) -> Res {
    let work = work_dir(arch)?;
    let decl = declared_functions(arch, sysroot, &work)?;
    if decl.len() < 20 {
        return Err(format!(
            "only {} declarations found; -aux-info parsing broke?",
            decl.len()
        ));
    }
    // Take every declared function's address and link against libc.a.
    let mut c = format!(
        "#define _GNU_SOURCE 1\n{}\nvoid *volatile fns[] = {{\n",
        includes(sysroot)
    );
    for n in &decl {
        c += &format!("    (void *)&{n},\n");
    }
    c += "};\nint main(void) { return fns[0] == 0; }\n";
    let src = work.join("take_addresses.c");
    write(&src, c)?;
    run(Command::new(sysroot.join("bin/ferrolibc-gcc"))
        .arg("-w")
        .arg(&src)
        .arg("-o")
        .arg(work.join("take_addresses")))
    .map_err(|e| format!("a declared function is not exported:\n{e}"))?;
    let exp = exported(&sysroot.join("lib/libc.a"))?;
    let undeclared: Vec<&String> = exp
        .iter()
        .filter(|n| {
            is_public_name(n)
                && !decl.contains(*n)
                && !DATA_EXPORTS.contains(&n.as_str())
                && !UNDECLARED_EXPORTS.contains(&n.as_str())
                && !lfs_alias_of(n).is_some_and(|b| decl.contains(&b))
        })
        .collect();
    println!(
        "  {} declared functions, all exported; {} public exports",
        decl.len(),
        exp.iter().filter(|n| is_public_name(n)).count()
    );
    if !undeclared.is_empty() {
        return Err(format!("exports without a declaration: {undeclared:?}"));
    }
    Ok(())
}

/// The linux-raw-sys sources (all arches are in the crate's source tree).
fn lrs_src() -> Res<PathBuf> {
    let out = run(Command::new(env!("CARGO")).current_dir(root()).args([
        "metadata",
        "--format-version",
        "1",
    ]))?;
    let text = String::from_utf8_lossy(&out.stdout);
    for part in text.split("\"manifest_path\":\"").skip(1) {
        let path = part.split('"').next().unwrap_or("");
        if path.contains("/linux-raw-sys-0.12") {
            return Ok(PathBuf::from(path).parent().unwrap().join("src"));
        }
    }
    Err("linux-raw-sys not found in cargo metadata".into())
}

/// `NAME -> value` for every integer constant linux-raw-sys has for `arch`.
fn kernel_constants(arch: Arch) -> Res<BTreeMap<String, String>> {
    let dir = lrs_src()?.join(arch.lrs_dir());
    let mut m = BTreeMap::new();
    for f in [
        "general.rs",
        "errno.rs",
        "ioctl.rs",
        "auxvec.rs",
        "prctl.rs",
        "net.rs",
        "ptrace.rs",
        "netlink.rs",
        "if_arp.rs",
        "if_ether.rs",
        "if_packet.rs",
    ] {
        let text = std::fs::read_to_string(dir.join(f)).map_err(|e| format!("{f}: {e}"))?;
        for l in text.lines() {
            // pub const O_CREAT: u32 = 64;
            let Some(rest) = l.strip_prefix("pub const ") else {
                continue;
            };
            let Some((name, rhs)) = rest.split_once(':') else {
                continue;
            };
            let Some((ty, val)) = rhs.split_once('=') else {
                continue;
            };
            let ty = ty.trim();
            let val = val.trim().trim_end_matches(';').trim();
            if [
                "u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "c_uint", "c_int", "c_ulong",
                "c_long",
            ]
            .iter()
            .any(|t| ty.ends_with(t))
                && val.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            {
                m.insert(name.trim().to_string(), val.to_string());
            }
        }
    }
    Ok(m)
}

/// Header constants that deliberately differ from the kernel's: off_t is
/// 64-bit everywhere, so O_LARGEFILE is implied (0) on 64-bit arches and
/// i386's lock commands are the *64 ones; glibc's signal ABI counts
/// `NSIG`/`_NSIG` as 65 (the kernel's headers: 32 and 64) and keeps two
/// real-time signals, so `SIGRTMIN` is 34 (the kernel: 32), asked of the
/// libc at run time.
fn abi_exception(arch: Arch, name: &str) -> bool {
    match name {
        "O_LARGEFILE" => arch != Arch::I386,
        "F_GETLK" | "F_SETLK" | "F_SETLKW" => arch == Arch::I386,
        "NSIG" | "_NSIG" | "SIGRTMIN" | "SIGRTMAX" => true,
        // glibc's user-space struct termios has 32 control characters (the
        // kernel's: 19); termios.rs converts.
        "NCCS" => true,
        // glibc's <net/if_arp.h> has its own (7; linux/netdevice.h: 32).
        "MAX_ADDR_LEN" => true,
        _ => false,
    }
}

pub fn abi_constants(arch: Arch, sysroot: &Path) -> Res {
    let work = work_dir(arch)?;
    let src = work.join("macros.c");
    write(
        &src,
        format!("#define _GNU_SOURCE 1\n{}", includes(sysroot)),
    )?;
    let out = run(Command::new(arch.gcc())
        .args(["-nostdinc", "-isystem"])
        .arg(sysroot.join("include"))
        .args(["-E", "-dM"])
        .arg(&src))?;
    let kern = kernel_constants(arch)?;
    let mut asserts = String::new();
    let mut n = 0;
    for l in String::from_utf8_lossy(&out.stdout).lines() {
        let mut w = l.split_whitespace();
        if w.next() != Some("#define") {
            continue;
        }
        let Some(name) = w.next() else { continue };
        if name.contains('(') || abi_exception(arch, name) {
            continue;
        }
        if let Some(v) = kern.get(name) {
            asserts += &format!(
                "_Static_assert((long long)({name}) == (long long)({v}LL) || (unsigned long long)({name}) == {v}ULL, \"{name} != {v}\");\n"
            );
            n += 1;
        }
    }
    let chk = work.join("abi_check.c");
    write(
        &chk,
        format!("#define _GNU_SOURCE 1\n{}\n{asserts}", includes(sysroot)),
    )?;
    run(Command::new(arch.gcc())
        .args(["-nostdinc", "-isystem"])
        .arg(sysroot.join("include"))
        .args(["-fsyntax-only", "-w"])
        .arg(&chk))?;
    println!("  {n} header constants equal linux-raw-sys's");
    if n < 150 {
        return Err(format!("only {n} constants compared"));
    }
    Ok(())
}

/// Link hello with `--trace` and check every input file is ours or gcc's.
pub fn no_glibc_link(arch: Arch, sysroot: &Path) -> Res {
    let work = work_dir(arch)?;
    let out = run(Command::new(sysroot.join("bin/ferrolibc-gcc"))
        .arg(root().join("examples/hello_write.c"))
        .arg("-Wl,--trace")
        .arg("-o")
        .arg(work.join("hello_trace")))?;
    let gcc_dir = run(Command::new(arch.gcc()).arg("-print-libgcc-file-name"))?;
    let gcc_dir = PathBuf::from(String::from_utf8_lossy(&gcc_dir.stdout).trim())
        .parent()
        .unwrap()
        .to_path_buf();
    let gcc_dir = std::fs::canonicalize(&gcc_dir).unwrap_or(gcc_dir);
    let sys = std::fs::canonicalize(sysroot).unwrap_or(sysroot.to_path_buf());
    let mut files = 0;
    for l in String::from_utf8_lossy(&out.stdout)
        .lines()
        .chain(String::from_utf8_lossy(&out.stderr).lines())
    {
        let l = l.trim();
        if !l.starts_with('/') {
            continue;
        }
        let path = l.split('(').next().unwrap();
        let p = std::fs::canonicalize(path).unwrap_or(PathBuf::from(path));
        files += 1;
        let ours = p.starts_with(&sys);
        let gccs = p.starts_with(&gcc_dir)
            && ["crtbeginT.o", "crtend.o", "libgcc.a", "libgcc_eh.a"]
                .iter()
                .any(|f| p.ends_with(f));
        if !ours
            && !gccs
            && !p.starts_with(work.as_path())
            && !p.to_string_lossy().contains("/tmp/")
        {
            return Err(format!("linked a foreign object: {l}"));
        }
    }
    if files < 4 {
        return Err(format!("--trace listed only {files} inputs"));
    }
    println!("  {files} link inputs, all from the sysroot or gcc's own libgcc/crtbegin");
    binary_symbols(&work.join("hello_trace"))
}

/// No undefined symbols left in a static binary, besides gcc's weak hooks,
/// and none of glibc's own entry points.
pub fn binary_symbols(bin: &Path) -> Res {
    let data = std::fs::read(bin).map_err(|e| e.to_string())?;
    let elf = Elf::parse(&data).map_err(|e| e.to_string())?;
    let mut bad = Vec::new();
    for s in elf.syms.iter() {
        let Some(n) = elf.strtab.get_at(s.st_name) else {
            continue;
        };
        if n.is_empty() {
            continue;
        }
        if s.st_shndx == 0 && s.st_bind() == STB_GLOBAL {
            bad.push(format!("undefined {n}"));
        }
        if [
            "__libc_start_main",
            "_IO_stdin_used",
            "__libc_csu_init",
            "_dl_relocate_static_pie",
            "__libc_setup_tls",
        ]
        .contains(&n)
        {
            bad.push(format!("glibc symbol {n}"));
        }
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(format!("{}: {}", bin.display(), bad.join(", ")))
    }
}

/// The freestanding header test from tests-c/headers, for this arch.
pub fn freestanding_headers(arch: Arch, sysroot: &Path) -> Res {
    for std in ["c99", "c11", "c17", "gnu17"] {
        for def in [
            "",
            "-D_GNU_SOURCE",
            "-D_POSIX_C_SOURCE=200809L",
            "-D_XOPEN_SOURCE=700",
        ] {
            let mut c = Command::new(arch.gcc());
            c.args(["-nostdinc", "-isystem"])
                .arg(sysroot.join("include"))
                .arg(format!("-std={std}"))
                .args(["-Wall", "-Wextra", "-Werror", "-pedantic", "-fsyntax-only"]);
            if !def.is_empty() {
                c.arg(def);
            }
            run(c.arg(root().join("tests-c/headers/freestanding_check.c")))?;
        }
    }
    Ok(())
}

/// The wrapper used the ways build systems use a compiler: -E alone,
/// compile-only, several sources at once, link-only from objects, -l for
/// the empty compatibility archives, and the result runs.
pub fn wrapper_modes(arch: Arch, sysroot: &Path) -> Res {
    let work = target_dir()
        .join("checks")
        .join(arch.name())
        .join("wrapper");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let cc = sysroot.join("bin/ferrolibc-gcc");
    let src = root().join("xtask/c/multi");
    let pre = run(Command::new(&cc)
        .args(["-E", "-DFROM_CMDLINE=40"])
        .arg(src.join("main.c")))?;
    let pre = String::from_utf8_lossy(&pre.stdout);
    if !pre.contains("helper(40)")
        || !pre.contains(&sysroot.join("include/unistd.h").display().to_string())
    {
        return Err("-E did not preprocess against the sysroot's headers".into());
    }
    for f in ["main", "helper"] {
        run(Command::new(&cc)
            .args(["-c", "-O2", "-DFROM_CMDLINE=40"])
            .arg(src.join(format!("{f}.c")))
            .arg("-o")
            .arg(work.join(format!("{f}.o"))))?;
    }
    let linked = work.join("linked");
    run(Command::new(&cc)
        .arg(work.join("main.o"))
        .arg(work.join("helper.o"))
        .args(["-lm", "-lpthread", "-lrt", "-ldl", "-lutil", "-lcrypt"])
        .arg("-o")
        .arg(&linked))?;
    let both = work.join("both");
    run(Command::new(&cc)
        .args(["-O2", "-DFROM_CMDLINE=40"])
        .arg(src.join("main.c"))
        .arg(src.join("helper.c"))
        .arg("-o")
        .arg(&both))?;
    for exe in [&linked, &both] {
        let mut c = arch.command(arch.runners()[0], exe);
        run(&mut c)?;
        binary_symbols(exe)?;
    }
    Ok(())
}

/// A program that only calls `write` must not carry the panic machinery
/// (core's formatter, ~8 KB) nor any subsystem it does not use, and,
/// stripped, is no larger than musl 1.2.5's.
pub fn lean_hello(arch: Arch, sysroot: &Path) -> Res {
    let work = work_dir(arch)?;
    let out = work.join("hello_lean");
    run(Command::new(sysroot.join("bin/ferrolibc-gcc"))
        .arg("-Os")
        .arg(root().join("examples/hello_write.c"))
        .arg("-o")
        .arg(&out))?;
    let data = std::fs::read(&out).map_err(|e| e.to_string())?;
    let elf = Elf::parse(&data).map_err(|e| e.to_string())?;
    let bad: Vec<&str> = elf
        .syms
        .iter()
        .filter(|s| s.st_type() == goblin::elf::sym::STT_FUNC)
        .filter_map(|s| elf.strtab.get_at(s.st_name))
        .filter(|n| {
            [
                "panicking",
                "core3fmt",
                "vdso",
                "malloc",
                "alloc",
                "4file",
                "5stdio",
            ]
            .iter()
            .any(|p| n.contains(p))
        })
        .collect();
    let mut errs = Vec::new();
    if !bad.is_empty() {
        errs.push(format!("write-only hello links {bad:?}"));
    }
    let ours = strip_measure(arch, &out)?.size;
    let musl = musl_hello(arch, Hello::Write)?.size;
    if ours > musl {
        errs.push(format!(
            "stripped write-only hello is {ours} bytes, {} over musl 1.2.5's {musl}",
            ours - musl
        ));
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.join("; "))
    }
}

/// Fail when the printf hello links a `core::fmt`/`core::panicking`
/// symbol (the engine is panic-free on every arch).
const PRINTF_HELLO_NO_PANIC_ENFORCED: bool = true;

/// The two size programs.
#[derive(Clone, Copy)]
enum Hello {
    /// examples/hello_write.c: `write` only.
    Write,
    /// examples/hello_printf.c: `printf("hello %d\n", 42)`.
    Printf,
}

impl Hello {
    fn src(self) -> PathBuf {
        root().join(match self {
            Hello::Write => "examples/hello_write.c",
            Hello::Printf => "examples/hello_printf.c",
        })
    }

    fn name(self) -> &'static str {
        match self {
            Hello::Write => "write",
            Hello::Printf => "printf",
        }
    }
}

/// A stripped binary's file size and its .text.
struct Sizes {
    size: u64,
    text: u64,
}

/// Strip a copy of `exe` (`EXE.stripped`) with the arch's `strip` and
/// measure it.
fn strip_measure(arch: Arch, exe: &Path) -> Res<Sizes> {
    let mut stripped = exe.as_os_str().to_owned();
    stripped.push(".stripped");
    let stripped = PathBuf::from(stripped);
    run(Command::new(arch.strip()).arg(exe).arg("-o").arg(&stripped))?;
    let data = std::fs::read(&stripped).map_err(|e| e.to_string())?;
    let elf = Elf::parse(&data).map_err(|e| e.to_string())?;
    let section = |want: &str| {
        elf.section_headers
            .iter()
            .filter(|h| elf.shdr_strtab.get_at(h.sh_name) == Some(want))
            .map(|h| h.sh_size)
            .sum::<u64>()
    };
    Ok(Sizes {
        size: data.len() as u64,
        text: section(".text"),
    })
}

/// A hello built by another libc's static `-Os` build (`cc`), stripped
/// and measured.
fn other_hello(arch: Arch, mut cc: Command, tag: &str, h: Hello) -> Res<Sizes> {
    let exe = work_dir(arch)?.join(format!("hello_{}.{tag}", h.name()));
    run(cc.arg("-Os").arg(h.src()).arg("-o").arg(&exe))?;
    strip_measure(arch, &exe)
}

/// The size goal, measured every time: the same hello built with musl
/// 1.2.5's musl-gcc (the same gcc, `-static -Os`, the arch's `strip`).
fn musl_hello(arch: Arch, h: Hello) -> Res<Sizes> {
    other_hello(arch, crate::setup::musl_gcc(arch)?, "musl", h)
}

/// The same hello against the arch's glibc (static), for the table.
fn glibc_hello(arch: Arch, h: Hello) -> Res<Sizes> {
    let mut c = Command::new(arch.gcc());
    c.arg("-static");
    other_hello(arch, c, "glibc", h)
}

/// The printf hello (examples/hello_printf.c) as measured for issue #5.
struct PrintfHello {
    sizes: Sizes,
    /// `core::fmt` / `core::panicking` symbols of the unstripped binary.
    panic_syms: Vec<String>,
}

/// Symbols from core's formatting or panicking machinery (legacy or v0
/// mangling).
fn is_panic_or_fmt(name: &str) -> bool {
    ["core3fmt", "9panicking", "core..fmt", "core..panicking"]
        .iter()
        .any(|p| name.contains(p))
}

/// Build examples/hello_printf.c with `-Os`, run it, strip a copy and
/// measure it.
fn build_printf_hello(arch: Arch, sysroot: &Path) -> Res<PrintfHello> {
    let work = work_dir(arch)?;
    let exe = work.join("hello_printf");
    run(Command::new(sysroot.join("bin/ferrolibc-gcc"))
        .arg("-Os")
        .arg(Hello::Printf.src())
        .arg("-o")
        .arg(&exe))?;
    let mut c = arch.command(arch.runners()[0], &exe);
    let out = run(&mut c)?;
    if out.stdout != b"hello 42\n" {
        return Err(format!(
            "printf hello printed {:?}",
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    let data = std::fs::read(&exe).map_err(|e| e.to_string())?;
    let elf = Elf::parse(&data).map_err(|e| e.to_string())?;
    let mut panic_syms: Vec<String> = elf
        .syms
        .iter()
        .filter_map(|s| elf.strtab.get_at(s.st_name))
        .filter(|n| is_panic_or_fmt(n))
        .map(String::from)
        .collect();
    panic_syms.sort();
    panic_syms.dedup();
    Ok(PrintfHello {
        sizes: strip_measure(arch, &exe)?,
        panic_syms,
    })
}

/// Issue #5's size goal: the printf hello carries no core::fmt/panicking
/// code and, stripped, is no larger than musl 1.2.5's on every arch.
pub fn printf_hello(arch: Arch, sysroot: &Path) -> Res {
    let h = build_printf_hello(arch, sysroot)?;
    let mut errs = Vec::new();
    if PRINTF_HELLO_NO_PANIC_ENFORCED && !h.panic_syms.is_empty() {
        errs.push(format!(
            "printf hello links core's panic/fmt code: {:?}",
            h.panic_syms
        ));
    }
    let musl = musl_hello(arch, Hello::Printf)?.size;
    if h.sizes.size > musl {
        errs.push(format!(
            "stripped printf hello is {} bytes, {} over musl 1.2.5's {musl}",
            h.sizes.size,
            h.sizes.size - musl
        ));
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.join("; "))
    }
}

/// Every per-arch check, each with the seconds it took (CI time is
/// budgeted: the log shows where it goes).
pub fn per_arch(arch: Arch, sysroot: &Path) -> Vec<(&'static str, Res, u64)> {
    fn timed(f: impl FnOnce() -> Res) -> (Res, u64) {
        let t = std::time::Instant::now();
        let r = f();
        (r, t.elapsed().as_secs())
    }
    vec![
        {
            let (r, t) = timed(|| lean_hello(arch, sysroot));
            (
                "size: write-only hello carries no panic/fmt/vDSO/malloc/stdio code, no larger than musl 1.2.5's",
                r,
                t,
            )
        },
        {
            let (r, t) = timed(|| printf_hello(arch, sysroot));
            (
                "size: printf hello runs; no panic/fmt code, no larger than musl 1.2.5's",
                r,
                t,
            )
        },
        {
            let (r, t) = timed(|| wrapper_modes(arch, sysroot));
            (
                "wrapper: -E, -c, several sources, link-only, -lm -lpthread …",
                r,
                t,
            )
        },
        {
            let (r, t) = timed(|| header_exports(arch, sysroot));
            ("headers: declared = exported", r, t)
        },
        {
            let (r, t) = timed(|| crate::replace::replaceable(arch, sysroot));
            (
                "link: every export replaceable by the program's own definition",
                r,
                t,
            )
        },
        {
            let (r, t) = timed(|| crate::protos::check(arch, sysroot));
            (
                "headers: prototypes and struct layouts = Rust's (cbindgen)",
                r,
                t,
            )
        },
        {
            let (r, t) = timed(|| abi_constants(arch, sysroot));
            ("headers: constants = linux-raw-sys", r, t)
        },
        {
            let (r, t) = timed(|| freestanding_headers(arch, sysroot));
            ("headers: freestanding set", r, t)
        },
        {
            let (r, t) = timed(|| no_glibc_link(arch, sysroot));
            ("link: no glibc object, no undefined symbol", r, t)
        },
        {
            let (r, t) = timed(|| crate::fuzz::stdio_fuzz(arch, sysroot, 1, crate::fuzz::CI_SEEDS));
            (
                "stdio: the differential fuzzer's seeds print what static glibc's build prints",
                r,
                t,
            )
        },
        {
            let (r, t) = timed(|| {
                let zones: Vec<String> = crate::tzdiff::CI_ZONES
                    .iter()
                    .map(|z| z.to_string())
                    .collect();
                crate::tzdiff::tz_diff(arch, sysroot, &zones)
            });
            (
                "time: a dozen zones through localtime/mktime/strftime, 1800-2100, print what static glibc's build prints",
                r,
                t,
            )
        },
        {
            let (r, t) = timed(|| crate::posix::ci_subset(arch, sysroot));
            (
                "conformance: a fixed subset of the Open POSIX Test Suite passes on every runner",
                r,
                t,
            )
        },
        {
            let (r, t) = timed(|| lua_suite(arch, sysroot));
            (
                "program: Lua 5.4.7 builds and its test suite ends \"final OK\" on every runner",
                r,
                t,
            )
        },
        {
            let (r, t) = timed(|| {
                let work = work_dir(arch)?.join("zlib");
                crate::programs::zlib_check(arch, sysroot, &work)
            });
            (
                "program: zlib 1.3.1 builds, passes make test and a minigzip round trip with gzip on every runner",
                r,
                t,
            )
        },
        {
            let (r, t) = timed(|| sqlite_shell(arch, sysroot));
            (
                "program: the SQLite 3.40.1 shell builds and runs a script as static glibc's does",
                r,
                t,
            )
        },
    ]
}

/// Lua 5.4.7 (`../shared/third_party/lua-5.4.7`) built from its one-file
/// form with `ferrolibc-gcc` and its own test suite (`testes/all.lua`, the
/// portable set `_U=true` selects) run on every runner of the arch: it must
/// end with "final OK". The suite runs in a copy, as it writes files.
pub fn lua_suite(arch: Arch, sysroot: &Path) -> Res {
    let work = work_dir(arch)?.join("lua");
    let exe = crate::programs::build_lua(Command::new(sysroot.join("bin/ferrolibc-gcc")), &work)?;
    for r in arch.runners() {
        crate::programs::lua_suite_run(arch, r, &exe, &work, "-e_U=true")
            .map_err(|e| format!("the Lua suite did not end with \"final OK\" ({r:?}): {e}"))?;
    }
    Ok(())
}

/// The SQLite 3.40.1 shell (`../shared/third_party/sqlite-3.40.1`, the
/// amalgamation with its default options: threads, extension loading,
/// localtime) built with `ferrolibc-gcc`, fed `xtask/data/sqlite_script.sql`
/// on every runner of the arch against a new database file; its output
/// must be what static glibc's build prints (`xtask/data/sqlite_expected.txt`).
pub fn sqlite_shell(arch: Arch, sysroot: &Path) -> Res {
    let script =
        std::fs::read(root().join("xtask/data/sqlite_script.sql")).map_err(|e| e.to_string())?;
    let want =
        std::fs::read(root().join("xtask/data/sqlite_expected.txt")).map_err(|e| e.to_string())?;
    let work = work_dir(arch)?.join("sqlite");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let exe = work.join("sqlite3");
    crate::programs::build_sqlite(
        Command::new(sysroot.join("bin/ferrolibc-gcc")),
        &exe,
        &["-O1"],
    )?;
    for r in arch.runners() {
        let db = work.join(format!("t-{r:?}.db"));
        let _ = std::fs::remove_file(&db);
        let mut c = arch.command(r, &exe);
        c.arg(&db)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().map_err(|e| e.to_string())?;
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().ok_or("no stdin")?;
            stdin.write_all(&script).map_err(|e| e.to_string())?;
        }
        let out = child.wait_with_output().map_err(|e| e.to_string())?;
        let mut got = out.stdout.clone();
        got.extend_from_slice(&out.stderr);
        if got != want {
            return Err(format!(
                "the SQLite shell printed something else ({r:?}):\n{}",
                String::from_utf8_lossy(&got)
            ));
        }
    }
    Ok(())
}

/// clang with --target and --sysroot on the x86_64 sysroot, built and run once.
pub fn clang_once(sysroot: &Path) -> Res {
    if !crate::util::have("clang") {
        return Err("clang not installed (apt-get install clang)".into());
    }
    let work = target_dir().join("checks").join("clang");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let out = work.join("hello");
    let lib = sysroot.join("lib");
    run(Command::new("clang")
        .arg("--target=x86_64-linux-gnu")
        .arg(format!("--sysroot={}", sysroot.display()))
        .args(["-nostdinc", "-isystem"])
        .arg(sysroot.join("include"))
        .args(["-static", "-nostdlib", "-fuse-ld=bfd", "-Wl,--gc-sections"])
        .arg(lib.join("crt1.o"))
        .arg(lib.join("crti.o"))
        .arg(root().join("examples/hello.c"))
        .arg(lib.join("libc.a"))
        .arg("-lgcc")
        .arg(lib.join("crtn.o"))
        .arg("-o")
        .arg(&out))?;
    let r = run(&mut Command::new(&out))?;
    if !String::from_utf8_lossy(&r.stdout).contains("Hello") {
        return Err("clang-built hello printed the wrong thing".into());
    }
    binary_symbols(&out)
}

/// Stripped sizes of the static hellos (the write-only one and the printf
/// one, `-Os`, then the arch's `strip`) against musl 1.2.5 and glibc built
/// the same way, with the margin to musl (what the size checks enforce).
pub fn print_sizes(sysroots: &[(Arch, PathBuf)]) {
    println!("stripped static hellos (-Os, strip), bytes; margin = ferrolibc - musl 1.2.5:");
    println!(
        "| {:<10} | {:<8} | {:>9} | {:>10} | {:>9} | {:>12} | {:>17} |",
        "hello", "arch", "ferrolibc", "musl 1.2.5", "glibc", "vs musl", ".text ferro/musl"
    );
    println!("|---|---|---|---|---|---|---|");
    for h in [Hello::Write, Hello::Printf] {
        for (arch, sr) in sysroots {
            let ours = match h {
                Hello::Write => {
                    let exe = work_dir(*arch).map(|w| w.join("hello_write.ferrolibc"));
                    exe.and_then(|exe| {
                        run(Command::new(sr.join("bin/ferrolibc-gcc"))
                            .arg("-Os")
                            .arg(h.src())
                            .arg("-o")
                            .arg(&exe))?;
                        strip_measure(*arch, &exe)
                    })
                }
                Hello::Printf => build_printf_hello(*arch, sr).map(|p| {
                    if !p.panic_syms.is_empty() {
                        println!(
                            "  ({} printf hello: {} core panic/fmt symbols)",
                            arch.name(),
                            p.panic_syms.len()
                        );
                    }
                    p.sizes
                }),
            };
            let musl = musl_hello(*arch, h);
            let glibc = glibc_hello(*arch, h);
            let cell = |r: &Res<Sizes>| match r {
                Ok(s) => s.size.to_string(),
                Err(_) => "error".into(),
            };
            let margin = match (&ours, &musl) {
                (Ok(o), Ok(m)) if o.size > m.size => format!("{} over", o.size - m.size),
                (Ok(o), Ok(m)) => format!("{} under", m.size - o.size),
                _ => "n/a".into(),
            };
            let text = match (&ours, &musl) {
                (Ok(o), Ok(m)) => format!("{:#x}/{:#x}", o.text, m.text),
                _ => "n/a".into(),
            };
            println!(
                "| {:<10} | {:<8} | {:>9} | {:>10} | {:>9} | {:>12} | {:>17} |",
                h.name(),
                arch.name(),
                cell(&ours),
                cell(&musl),
                cell(&glibc),
                margin,
                text
            );
            for (who, r) in [("ferrolibc", &ours), ("musl", &musl), ("glibc", &glibc)] {
                if let Err(e) = r {
                    println!("  {} {who} {} hello: {e}", arch.name(), h.name());
                }
            }
        }
    }
}
