//! Small process and file helpers.
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub type Res<T = ()> = Result<T, String>;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

/// Run to completion; error (with stderr) on failure.
pub fn run(cmd: &mut Command) -> Res<Output> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{:?} failed ({}):\n{}{}",
            cmd,
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(out)
}

/// Run with inherited output (for cargo).
pub fn run_loud(cmd: &mut Command) -> Res {
    let st = cmd.status().map_err(|e| format!("{cmd:?}: {e}"))?;
    if st.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed ({st})"))
    }
}

pub fn have(prog: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {prog}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

pub fn write(path: &Path, data: impl AsRef<[u8]>) -> Res {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    std::fs::write(path, data).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn copy_tree(src: &Path, dst: &Path, skip: &str) -> Res {
    for e in std::fs::read_dir(src).map_err(|e| format!("{}: {e}", src.display()))? {
        let e = e.map_err(|e| e.to_string())?;
        let name = e.file_name();
        if name == skip {
            continue;
        }
        let p = e.path();
        let q = dst.join(&name);
        if p.is_dir() {
            std::fs::create_dir_all(&q).map_err(|e| e.to_string())?;
            copy_tree(&p, &q, skip)?;
        } else {
            std::fs::copy(&p, &q).map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    Ok(())
}

/// A host program of the generators that need MPFR: `src` (relative to
/// the repository) built with the host gcc against the system's
/// libmpfr.so.6 into `target/DIR/BIN`.
pub fn mpfr_tool(dir: &str, bin: &str, src: &str) -> Res<PathBuf> {
    let dir = target_dir().join(dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let bin = dir.join(bin);
    let lib = [
        "/usr/lib/x86_64-linux-gnu/libmpfr.so.6",
        "/usr/lib/libmpfr.so.6",
    ]
    .into_iter()
    .find(|p| Path::new(p).exists())
    .ok_or("libmpfr.so.6 not found (Debian: apt-get install libmpfr6)")?;
    run(Command::new("gcc")
        .args(["-O2", "-o"])
        .arg(&bin)
        .arg(root().join(src))
        .arg(lib))?;
    Ok(bin)
}
