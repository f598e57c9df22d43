//! `cargo xtask libm-accuracy [--n N] [--filter F,F] [--write-fixed]`:
//! the full accuracy run of the libm (`crates/libc/src/math/accuracy.rs`
//! explains the method). Builds the MPFR reference generator
//! (`accuracy/mpfr_ref.c`, linked against the system's libmpfr.so.6)
//! with the host gcc, then runs the crate's ignored `full` unit test in
//! release mode, which streams N inputs per function and format (default
//! 10^6) from it and prints the table. `--write-fixed` also rewrites the
//! checked-in sample the ordinary unit tests use
//! (`crates/libc/src/math/accuracy_fixed.bin`).
use crate::util::{Res, root, run, run_loud, target_dir};
use std::process::Command;

pub fn run_accuracy(n: Option<&str>, filter: Option<&str>, write_fixed: bool) -> Res {
    let dir = target_dir().join("accuracy");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let gen_bin = dir.join("mpfr_ref");
    let src = root().join("xtask/src/accuracy/mpfr_ref.c");
    let lib = [
        "/usr/lib/x86_64-linux-gnu/libmpfr.so.6",
        "/usr/lib/libmpfr.so.6",
    ]
    .into_iter()
    .find(|p| std::path::Path::new(p).exists())
    .ok_or("libmpfr.so.6 not found (Debian: apt-get install libmpfr6)")?;
    run(Command::new("gcc")
        .args(["-O2", "-fno-builtin", "-o"])
        .arg(&gen_bin)
        .arg(&src)
        .arg(lib)
        .arg("-lm"))?;
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root())
        .args([
            "test",
            "--release",
            "-p",
            "ferrolibc",
            "--lib",
            "--",
            "--ignored",
        ])
        .args([
            "--exact",
            "math::accuracy::full",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("FERRO_LIBM_GEN", &gen_bin)
        .env("FERRO_LIBM_N", n.unwrap_or("1000000"));
    if let Some(f) = filter {
        c.env("FERRO_LIBM_ONLY", f);
    }
    if write_fixed {
        c.env(
            "FERRO_LIBM_WRITE_FIXED",
            root().join("crates/libc/src/math/accuracy_fixed.bin"),
        );
    }
    run_loud(&mut c)
}
