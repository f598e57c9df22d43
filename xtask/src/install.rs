//! Building the libc for an arch and installing the sysroot + wrapper.
use crate::arches::Arch;
use crate::util::{Res, copy_tree, root, run, run_loud, target_dir, write};
use std::path::{Path, PathBuf};
use std::process::Command;

/// `cargo build` the staticlib for `arch`; returns the path of libc.a.
pub fn build_lib(arch: Arch) -> Res<PathBuf> {
    // Static code model: the wrapper links static, non-PIE executables, so
    // every call and address can be direct (the PIC and PIE models leave
    // cross-crate calls going through the GOT). static-pie, on the roadmap,
    // will need a PIC build of its own. No unwind tables: panic = "abort",
    // and .eh_frame is resident weight in every static binary.
    let mut flags = vec![
        "-Crelocation-model=static".to_string(),
        "-Cforce-unwind-tables=no".to_string(),
    ];
    // LLVM's RISC-V backend merges globals, external ones included, into
    // one block addressed from a local base: the libc's own references to
    // `optind`, `stdin` or `tzname` would then bypass the symbol, and a
    // program's definition, which a weak libc one gives way to (see
    // archive.rs), would not be the one the libc uses. Static globals may
    // still be merged.
    if arch == Arch::Riscv64 {
        flags.push("-Cllvm-args=-global-merge-on-external=false".to_string());
    }
    flags.extend(one_panic_file_name());
    let flags = flags.join("\x1f");
    run_loud(
        Command::new(env!("CARGO"))
            .current_dir(root())
            .env("CARGO_ENCODED_RUSTFLAGS", flags)
            .args([
                "build",
                "--quiet",
                "--release",
                "-p",
                "ferrolibc",
                "--target",
                arch.rust_target(),
            ]),
    )?;
    Ok(target_dir()
        .join(arch.rust_target())
        .join("release")
        .join("libc.a"))
}

/// Whether a source file declares a module of its own (`mod x;`) or
/// includes a file: rustc finds those relative to the file's remapped
/// path, so such files keep theirs.
fn loads_modules(p: &Path) -> bool {
    let t = std::fs::read_to_string(p).unwrap_or_default();
    t.contains("include_bytes!")
        || t.contains("include_str!")
        || t.contains("include!(")
        || t.lines().any(|l| {
            let l = l.trim_start();
            let l = l
                .strip_prefix("pub(crate) ")
                .or_else(|| l.strip_prefix("pub "))
                .unwrap_or(l);
            l.strip_prefix("mod ")
                .is_some_and(|r| r.trim_end().ends_with(';') && !r.contains('{'))
        })
}

/// `--remap-path-prefix` for every source file of the three crates that
/// loads no other file (see [`loads_modules`]), each to a name of two or
/// three characters (`@1f`). A panic's location names its file, and the libc is one
/// object whose string literals share one merged section that a program
/// links whole once it uses any of them: with a path per file, every
/// module with a bounds check or an `unwrap` added its path to every
/// program (and riscv64's printf hello crossed a page). The short names
/// keep that cost to a few bytes a file. (Lines and columns stay right;
/// `@N` is the Nth such file in this walk's sorted order.)
fn one_panic_file_name() -> Vec<String> {
    fn walk(dir: &Path, rel: &str, out: &mut Vec<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut ents: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        ents.sort();
        for p in ents {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let r = format!("{rel}/{name}");
            if p.is_dir() {
                walk(&p, &r, out);
            } else if name.ends_with(".rs") && !loads_modules(&p) {
                // unique (rustc keys its source files by the name), short
                out.push(format!("--remap-path-prefix={r}=@{:x}", out.len()));
            }
        }
    }
    let mut out = Vec::new();
    for c in ["libc", "rt", "syscall"] {
        walk(
            &root().join("crates").join(c).join("src"),
            &format!("crates/{c}/src"),
            &mut out,
        );
    }
    out
}

pub fn default_prefix(arch: Arch) -> PathBuf {
    target_dir().join("sysroot").join(arch.name())
}

/// The wrapper: musl-gcc style, a specs file plus `REALGCC`.
fn wrapper(arch: Arch) -> String {
    format!(
        r#"#!/bin/sh
# ferrolibc-gcc: compile and link C programs against ferrolibc ({arch}).
# REALGCC names the compiler to drive (default: {gcc}).
here=$(cd "$(dirname "$0")/.." && pwd)
exec "${{REALGCC:-{gcc}}}" "$@" -static -specs "$here/lib/ferrolibc-gcc.specs"
"#,
        arch = arch.name(),
        gcc = arch.gcc()
    )
}

/// The specs file: our headers instead of the system's, our crt objects
/// and libc.a, gcc's own crtbeginT/crtend and libgcc, a static link with
/// --gc-sections, no build-id note (musl-gcc links none either; a
/// `-Wl,--build-id` on the command line still adds one), and no default
/// library directories (so no glibc).
fn specs(prefix: &Path) -> String {
    let p = prefix.display();
    format!(
        r#"%rename cpp_options old_cpp_options
%rename cc1 old_cc1
%rename link old_link

*cpp_options:
-nostdinc -isystem {p}/include -isystem include%s %(old_cpp_options)

*cc1:
%(old_cc1) -nostdinc -isystem {p}/include -isystem include%s

*link_libgcc:
-L{p}/lib -L .%s

*libgcc:
libgcc.a%s %:if-exists(libgcc_eh.a%s)

*startfile:
%{{!shared: {p}/lib/crt1.o}} {p}/lib/crti.o crtbeginT.o%s

*endfile:
crtend.o%s {p}/lib/crtn.o

*link:
%(old_link) --gc-sections --build-id=none

*esp_link:


*esp_options:


*esp_cpp_options:


"#
    )
}

/// Build and install the sysroot for `arch`.
pub fn install(arch: Arch, prefix: Option<&str>) -> Res<PathBuf> {
    let prefix = prefix
        .map(PathBuf::from)
        .unwrap_or_else(|| default_prefix(arch));
    let prefix = if prefix.is_absolute() {
        prefix
    } else {
        std::env::current_dir().unwrap().join(prefix)
    };
    let lib = build_lib(arch)?;
    let inc = prefix.join("include");
    let libdir = prefix.join("lib");
    let bin = prefix.join("bin");
    let _ = std::fs::remove_dir_all(&inc);
    for d in [&inc, &libdir, &bin] {
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    copy_tree(&root().join("include"), &inc, "arch")?;
    copy_tree(
        &root().join("include").join("arch").join(arch.name()),
        &inc,
        "",
    )?;
    std::fs::copy(&lib, libdir.join("libc.a")).map_err(|e| format!("{}: {e}", lib.display()))?;
    // Nothing unwinds through the library (panic = "abort"; its C entry
    // points abort on unwind), yet rustc still gives unwind tables to
    // functions that may call into the precompiled (panic = unwind) core,
    // and core and compiler_builtins carry their own: up to 4 KiB of
    // .eh_frame per binary (i386). Drop them from the archive.
    // The `.comment` notes ("rustc version …", "clang version …") are
    // copied into every binary too; nothing reads them.
    run(Command::new(arch.objcopy())
        .arg("--remove-section=.eh_frame")
        .arg("--remove-section=.comment")
        .arg(libdir.join("libc.a")))?;
    // Every definition replaceable by the program's own (see archive.rs).
    crate::archive::weaken_definitions(&libdir.join("libc.a"))?;
    for crt in ["crt1", "crti", "crtn"] {
        let src = root()
            .join("crates/rt/src/arch")
            .join(arch.name())
            .join(format!("{crt}.S"));
        run(Command::new(arch.gcc())
            .arg("-c")
            .arg(&src)
            .arg("-o")
            .arg(libdir.join(format!("{crt}.o"))))?;
    }
    // Empty archives so -lm -lpthread -lrt -ldl -lutil -lcrypt link.
    for l in [
        "libm.a",
        "libpthread.a",
        "librt.a",
        "libdl.a",
        "libutil.a",
        "libcrypt.a",
        "libxnet.a",
        "libresolv.a",
    ] {
        write(&libdir.join(l), b"!<arch>\n")?;
    }
    write(&libdir.join("ferrolibc-gcc.specs"), specs(&prefix))?;
    let w = bin.join("ferrolibc-gcc");
    write(&w, wrapper(arch))?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&w, std::fs::Permissions::from_mode(0o755))
        .map_err(|e| e.to_string())?;
    Ok(prefix)
}

/// `cargo xtask demo`: hello world on the host arch.
pub fn demo() -> Res {
    let arch = Arch::X86_64;
    crate::setup::ensure(&[arch], crate::setup::Extra::None)?;
    let prefix = install(arch, None)?;
    let out = target_dir().join("demo").join("hello");
    write(&out, b"")?;
    run(Command::new(prefix.join("bin/ferrolibc-gcc"))
        .arg("-O2")
        .arg(root().join("examples/hello.c"))
        .arg("-o")
        .arg(&out))?;
    eprintln!(
        "xtask: built {} with {}",
        out.display(),
        prefix.join("bin/ferrolibc-gcc").display()
    );
    run_loud(&mut Command::new(&out))
}
