//! Making every definition in `libc.a` replaceable, the way a static libc
//! must behave (musl: one function per member; glibc: weak aliases).
//!
//! rustc hands us a staticlib whose Rust code is one object (one codegen
//! unit), plus the C shims, core and compiler_builtins as further members.
//! Once any symbol pulls the Rust object in, every definition in it comes
//! along, so a program that defines its own `malloc`, `getline` or `err`
//! would hit "multiple definition". Splitting the object per function is
//! not something stable rustc can do, so instead every *defined* global
//! symbol of every member is turned into a weak definition: the linker
//! pulls a member for a weak definition as for a strong one, a program's
//! (strong) definition wins over it without error, and the member's other
//! definitions still serve. No symbol list is maintained by hand: the
//! definitions are read from each member's symbol table.
//!
//! Why a patch of the binding byte and not `objcopy --weaken`: `--weaken`
//! also weakens the *undefined* references between members, and a weak
//! undefined reference never pulls an archive member in (a hello built that
//! way crashed calling address 0); `--weaken-symbols=LIST` per member
//! needs each member extracted, and rustc's archives may repeat member
//! names. Changing `STB_GLOBAL` to `STB_WEAK` in `st_info` of the defined
//! symbols changes no size or offset, so the archive (and its symbol index,
//! which lists weak definitions too) stays valid as it is.
use crate::util::Res;
use goblin::elf::Elf;
use goblin::elf::section_header::{SHN_COMMON, SHN_UNDEF, SHT_SYMTAB};
use goblin::elf::sym::{STB_GLOBAL, STB_WEAK};
use std::path::Path;

/// One member of an `ar` archive: its name and where its bytes are.
struct Member {
    name: String,
    start: usize,
    len: usize,
}

/// The members of a System V / GNU archive (long names via the `//` table).
fn members(a: &[u8]) -> Res<Vec<Member>> {
    if !a.starts_with(b"!<arch>\n") {
        return Err("not an ar archive".into());
    }
    let mut out = Vec::new();
    let mut names: &[u8] = &[];
    let mut at = 8;
    while at + 60 <= a.len() {
        let h = &a[at..at + 60];
        let field = |r: std::ops::Range<usize>| String::from_utf8_lossy(&h[r]).trim().to_string();
        let size: usize = field(48..58)
            .parse()
            .map_err(|_| format!("bad member size at {at}"))?;
        let start = at + 60;
        let end = start
            .checked_add(size)
            .filter(|&e| e <= a.len())
            .ok_or("member past end of archive")?;
        let raw = field(0..16);
        if raw == "//" {
            names = &a[start..end];
        } else if raw != "/" && raw != "/SYM64/" {
            let name = match raw.strip_prefix('/').and_then(|n| n.parse::<usize>().ok()) {
                Some(off) => {
                    let rest = names.get(off..).ok_or("bad long-name offset")?;
                    let n = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
                    String::from_utf8_lossy(&rest[..n])
                        .trim_end_matches('/')
                        .to_string()
                }
                None => raw.trim_end_matches('/').to_string(),
            };
            out.push(Member {
                name,
                start,
                len: size,
            });
        }
        at = end + (end & 1);
    }
    Ok(out)
}

/// Turn every defined global symbol of every ELF member into a weak one.
/// Returns (members patched, symbols weakened).
pub fn weaken_definitions(path: &Path) -> Res<(usize, usize)> {
    let mut a = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut patches = Vec::new();
    let mut touched = 0;
    for m in members(&a)? {
        let bytes = &a[m.start..m.start + m.len];
        if !bytes.starts_with(b"\x7fELF") {
            continue;
        }
        let elf = Elf::parse(bytes).map_err(|e| format!("{}: {e}", m.name))?;
        let Some(sh) = elf.section_headers.iter().find(|s| s.sh_type == SHT_SYMTAB) else {
            continue;
        };
        let ent = sh.sh_entsize as usize;
        let before = patches.len();
        for (i, s) in elf.syms.iter().enumerate() {
            let shndx = s.st_shndx as u32;
            if s.st_bind() == STB_GLOBAL && shndx != SHN_UNDEF && shndx != SHN_COMMON {
                // st_info: byte 4 of an Elf64_Sym, byte 12 of an Elf32_Sym.
                let info_at = if elf.is_64 { 4 } else { 12 };
                let off = m.start + sh.sh_offset as usize + i * ent + info_at;
                patches.push((off, (STB_WEAK << 4) | (s.st_info & 0xf)));
            }
        }
        if patches.len() > before {
            touched += 1;
        }
    }
    for &(off, info) in &patches {
        a[off] = info;
    }
    std::fs::write(path, &a).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((touched, patches.len()))
}

/// Global (non-weak) definitions left in the archive's ELF members: what a
/// program could not replace. Empty after [`weaken_definitions`].
pub fn strong_definitions(path: &Path) -> Res<Vec<String>> {
    let a = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for m in members(&a)? {
        let bytes = &a[m.start..m.start + m.len];
        if !bytes.starts_with(b"\x7fELF") {
            continue;
        }
        let elf = Elf::parse(bytes).map_err(|e| format!("{}: {e}", m.name))?;
        for s in elf.syms.iter() {
            let shndx = s.st_shndx as u32;
            if s.st_bind() == STB_GLOBAL && shndx != SHN_UNDEF {
                out.push(format!(
                    "{}: {}",
                    m.name,
                    elf.strtab.get_at(s.st_name).unwrap_or("?")
                ));
            }
        }
    }
    Ok(out)
}
