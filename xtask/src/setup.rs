//! Make sure the machine can build and run every arch: rustup targets,
//! cross compilers and qemu-user (installed with apt when we are root,
//! otherwise a message that says exactly what to install).
use crate::arches::{Arch, Runner};
use crate::util::{Res, have, run, run_loud};
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
    /// `cargo xtask bench`: musl-gcc.
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
    if extra == Extra::Bench && !have("musl-gcc") {
        pkgs.push("musl-tools");
    }
    if extra == Extra::Test && arches.contains(&Arch::X86_64) && !have("clang") {
        pkgs.push("clang");
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
