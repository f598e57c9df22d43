//! Make sure the machine can build and run every arch: rustup targets,
//! cross compilers and qemu-user (installed with apt when we are root,
//! otherwise a message that says exactly what to install), and the musl
//! 1.2.5 reference sysroots (unpacked from `../shared/reference`).
use crate::arches::{Arch, Runner};
use crate::util::{Res, have, root, run, run_loud, target_dir};
use std::path::PathBuf;
use std::process::Command;

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0\n"))
        .unwrap_or(false)
}

fn installed_targets() -> String {
    Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

/// What a command needs beyond the arches' compilers and qemu.
#[derive(Clone, Copy, PartialEq)]
pub enum Extra {
    None,
    /// `cargo xtask test`: clang, for the `--target`/`--sysroot` check.
    Test,
    /// `cargo xtask bench`: nothing beyond the musl reference, which
    /// [`ensure`] unpacks for every command that measures.
    Bench,
}

/// Install what `arches` need, plus `extra`.
pub fn ensure(arches: &[Arch], extra: Extra) -> Res {
    let have_t = installed_targets();
    let missing: Vec<&str> = arches
        .iter()
        .map(|a| a.rust_target())
        .filter(|t| !have_t.lines().any(|l| l.trim() == *t))
        .collect();
    if !missing.is_empty() {
        eprintln!("xtask: adding rust targets {missing:?}");
        run_loud(
            Command::new("rustup")
                .arg("target")
                .arg("add")
                .args(&missing),
        )?;
    }
    let mut pkgs: Vec<&str> = Vec::new();
    for a in arches {
        if !have(a.gcc()) {
            pkgs.push(a.gcc_package());
        }
        if a.runners().contains(&Runner::Qemu) && !have(a.qemu()) && !pkgs.contains(&"qemu-user") {
            pkgs.push("qemu-user");
        }
    }
    if arches.contains(&Arch::I386)
        && !have("i686-linux-gnu-gcc")
        && !pkgs.contains(&"gcc-i686-linux-gnu")
    {
        pkgs.push("gcc-i686-linux-gnu");
    }
    if extra == Extra::Test && arches.contains(&Arch::X86_64) && !have("clang") {
        pkgs.push("clang");
    }
    if extra != Extra::None {
        for &a in arches {
            musl_sysroot(a)?;
        }
    }
    if pkgs.is_empty() {
        return Ok(());
    }
    if !is_root() || !have("apt-get") {
        return Err(format!(
            "missing tools; install the Debian packages: {}",
            pkgs.join(" ")
        ));
    }
    eprintln!("xtask: installing {}", pkgs.join(" "));
    run(Command::new("apt-get").arg("update").arg("-qq"))?;
    run(Command::new("apt-get")
        .env("DEBIAN_FRONTEND", "noninteractive")
        .args(["install", "-y", "-qq"])
        .args(&pkgs))?;
    Ok(())
}

/// The one musl the project measures itself against: 1.2.5, the
/// ready-built sysroots of `shared/reference/musl-1.2.5.tar.xz` (beside
/// the checkout; `FERROLIBC_MUSL_TARBALL` names another copy).
const MUSL: &str = "musl-1.2.5";

fn musl_tarball() -> PathBuf {
    std::env::var_os("FERROLIBC_MUSL_TARBALL")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            root()
                .join("../shared/reference")
                .join(format!("{MUSL}.tar.xz"))
        })
}

/// The musl 1.2.5 sysroot of `arch` (the directory holding
/// `bin/musl-gcc`): `target/musl-1.2.5/ARCH`, unpacked from the tarball on
/// first use with the `/opt/musl-1.2.5` paths of its specs file and
/// wrapper rewritten to where it now lives (no root needed, nothing
/// outside target/ touched). Without the tarball an existing
/// `/opt/musl-1.2.5/ARCH` (the tarball's own layout) is used.
pub fn musl_sysroot(arch: Arch) -> Res<PathBuf> {
    let base = target_dir().join(MUSL);
    let dir = base.join(arch.name());
    let opt = PathBuf::from("/opt").join(MUSL);
    if dir.join("bin/musl-gcc").exists() {
        return Ok(dir);
    }
    let tarball = musl_tarball();
    if !tarball.exists() {
        let o = opt.join(arch.name());
        if o.join("bin/musl-gcc").exists() {
            return Ok(o);
        }
        return Err(format!(
            "no musl 1.2.5 reference: neither {} nor {}",
            tarball.display(),
            o.display()
        ));
    }
    // Unpack the whole tarball (all four arches) into a scratch directory,
    // rewrite, then move each arch into place, so an interrupted unpack
    // never leaves a half-made sysroot behind.
    let tmp = base.join(".unpack");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    eprintln!(
        "xtask: unpacking {} into {}",
        tarball.display(),
        base.display()
    );
    run(Command::new("tar")
        .arg("-C")
        .arg(&tmp)
        .arg("--strip-components=2")
        .arg("-xJf")
        .arg(&tarball))?;
    let new = base.canonicalize().map_err(|e| e.to_string())?;
    for a in Arch::ALL {
        let from = tmp.join(a.name());
        let to = base.join(a.name());
        if to.exists() || !from.exists() {
            continue;
        }
        for f in ["lib/musl-gcc.specs", "bin/musl-gcc"] {
            let p = from.join(f);
            let s = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            let s = s.replace(
                &format!("{}/", opt.display()),
                &format!("{}/", new.display()),
            );
            std::fs::write(&p, s).map_err(|e| format!("{}: {e}", p.display()))?;
        }
        std::fs::rename(&from, &to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    let _ = std::fs::remove_dir_all(&tmp);
    if dir.join("bin/musl-gcc").exists() {
        Ok(dir)
    } else {
        Err(format!(
            "{} holds no {} sysroot",
            tarball.display(),
            arch.name()
        ))
    }
}

/// `musl-gcc` of the musl 1.2.5 reference for `arch`, driving the arch's
/// gcc (the same one ferrolibc-gcc drives). Static, like every build the
/// project compares.
pub fn musl_gcc(arch: Arch) -> Res<Command> {
    let dir = musl_sysroot(arch)?;
    let mut c = Command::new(dir.join("bin/musl-gcc"));
    c.env("REALGCC", arch.gcc()).arg("-static");
    Ok(c)
}
