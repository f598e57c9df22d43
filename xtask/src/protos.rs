//! The prototype and layout check: every header declaration of a function
//! or object that Rust exports, and every struct or union both a header
//! and Rust define, must agree with the Rust definition — compiled by the
//! arch's gcc, so C's own compatibility rules decide.
//!
//! How it works:
//!
//! 1. cbindgen (as a library) parses the sources of `crates/libc` once, for
//!    all arches. It parses a copy under `target/protos/src`, not the real
//!    tree, because of how exports are spelled: almost every export is
//!    `#[cfg_attr(not(test), unsafe(no_mangle))]` (so the host unit tests
//!    link against the host libc without clashing), and cbindgen 0.29 only
//!    recognises a plain `#[unsafe(no_mangle)]` — it skips every function
//!    exported the other way, and neither a `[defines]` entry for `test`
//!    changes that nor can its `parse.expand` (which would let rustc
//!    resolve the `cfg_attr`) run on a stable toolchain. So the copy has
//!    that attribute normalised to `#[unsafe(no_mangle)]`, which is exactly
//!    what it means in the library build (`not(test)`). The copy also
//!    spells the per-arch `#[cfg_attr(target_arch = …, path = …)] mod arch;`
//!    of lib.rs as one `#[cfg(target_arch = …)] #[path = …] mod arch;` per
//!    arch, so cbindgen reads every arch module with its cfg.
//!    Exports that a local `macro_rules!` generates (`with_locale!`,
//!    `id_call!`) are expanded in the copy by a small expander
//!    (`protos/expand.rs`): cbindgen does not expand macros either.
//! 2. The items keep their `#[cfg]`s in cbindgen's IR (read through the
//!    `unstable_ir` feature, so the exact cbindgen is the one Cargo.lock
//!    pins); this module evaluates them for each arch (`target_arch`,
//!    `target_pointer_width`, `test` is false …) instead of emitting
//!    `#if`s, and writes C from the IR itself rather than through
//!    cbindgen's writer: the header's names must be used — `size_t`,
//!    `off_t`, `FILE`, `struct timespec` — and cbindgen would emit its own
//!    typedefs and struct definitions, which would clash with the headers'.
//!    Rust type aliases (`types.rs`, `time_t` …) are written by name when a
//!    header defines that name (and checked separately for size and
//!    signedness), resolved to their C type otherwise; core's `c_int` …
//!    are C's `int` …; `i64` … are `int64_t` …; `usize` is `size_t`.
//! 3. Per arch, `target/checks/ARCH/protos.c` includes every public header
//!    of the installed sysroot, then redeclares every exported function and
//!    object that a header declares, as Rust defines it. gcc rejects a
//!    redeclaration whose type is not compatible ("conflicting types"):
//!    parameter and return types, `const`, pointer depth (top-level
//!    qualifiers and `restrict` do not count, as in C). Exports no header
//!    declares (`__ferro_*` back ends of the variadic shims,
//!    `rust_eh_personality` …) are counted and listed, not compared; so
//!    are the declared functions the C shims in `crates/libc/c` define
//!    (printf, open …). A declared function found in neither fails.
//! 4. The same file has a Rust view, `struct rust_NAME`, of every struct or
//!    union that Rust defines and a header defines completely, and
//!    `_Static_assert`s that size and alignment of the whole and offset,
//!    size and alignment (and signedness, for integers) of every field
//!    equal the header's. Fields are matched by name, else — when Rust
//!    names them differently (`pos` for `__pos`) — by position among the
//!    header's named fields, Rust's `_`-prefixed padding fields aside
//!    (unnamed bit-fields in the header; the sizes cover them). Types a
//!    header keeps opaque (`FILE`) are listed, not compared. Rust type
//!    aliases whose name a header typedefs must have the header's size and
//!    sign.
//!
//! The per-arch work is one `gcc -E` and one `gcc -fsyntax-only`; the
//! cbindgen parse (about a second) happens once per xtask run.
use crate::arches::Arch;
use crate::util::{Res, root, run, target_dir, write};
use cbindgen::bindgen::ir::{Cfg, IntKind, ItemContainer, PrimitiveType, Type};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

mod expand;

/// An exported function as Rust defines it.
struct Func {
    name: String,
    ret: Type,
    args: Vec<Type>,
    cfg: Option<Cfg>,
}

/// An exported `static`.
struct Global {
    name: String,
    ty: Type,
    /// A Rust `static` (not `static mut`): a `const` object in C.
    konst: bool,
    cfg: Option<Cfg>,
}

/// A `#[repr(C)]` struct or union.
struct Record {
    name: String,
    is_union: bool,
    fields: Vec<(String, Type, Option<Cfg>)>,
    cfg: Option<Cfg>,
}

/// A Rust `type NAME = …;`.
struct Alias {
    name: String,
    ty: Type,
    cfg: Option<Cfg>,
}

/// What cbindgen found in the sources: arch-neutral, cfgs unevaluated.
struct Model {
    funcs: Vec<Func>,
    globals: Vec<Global>,
    records: Vec<Record>,
    aliases: Vec<Alias>,
    consts: HashMap<String, String>,
    /// How many export attributes were normalised in the copy.
    normalised: usize,
    /// How many invocations of export-making macros were expanded.
    expanded: usize,
    /// Every `pub struct`/`pub union` name, repr(C) or not.
    struct_names: Vec<String>,
}

const EXPORT_CFG_ATTR: &str = "#[cfg_attr(not(test), unsafe(no_mangle))]";

/// Copy `src` to `dst`, rewriting the export attribute and the cfg_attr
/// module paths (see the module doc). Returns how many attributes changed.
fn copy_normalised(
    src: &Path,
    dst: &Path,
    names: &mut Vec<String>,
    expanded: &mut usize,
) -> Res<usize> {
    let mut n = 0;
    std::fs::create_dir_all(dst).map_err(|e| format!("{}: {e}", dst.display()))?;
    for e in std::fs::read_dir(src).map_err(|e| format!("{}: {e}", src.display()))? {
        let p = e.map_err(|e| e.to_string())?.path();
        let q = dst.join(p.file_name().unwrap());
        if p.is_dir() {
            n += copy_normalised(&p, &q, names, expanded)?;
            continue;
        }
        if p.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        n += text.matches(EXPORT_CFG_ATTR).count();
        let text = text.replace(EXPORT_CFG_ATTR, "#[unsafe(no_mangle)]");
        if let Some(l) = text
            .lines()
            .find(|l| l.contains("no_mangle") && l.contains("cfg_attr"))
        {
            return Err(format!(
                "{}: export attribute spelled in a way the prototype check does not normalise: {l}",
                p.display()
            ));
        }
        let mut out = String::new();
        let mut paths: Vec<(String, String)> = Vec::new();
        for l in text.lines() {
            // #[cfg_attr(target_arch = "x86", path = "arch/i386/mod.rs")]
            let t = l.trim();
            if let Some(inner) = t
                .strip_prefix("#[cfg_attr(")
                .and_then(|r| r.strip_suffix(")]"))
                && let Some((cond, path)) = inner.rsplit_once(", path = ")
            {
                paths.push((cond.to_string(), path.to_string()));
                continue;
            }
            if !paths.is_empty() {
                for (cond, path) in paths.drain(..) {
                    out += &format!("#[cfg({cond})]\n#[path = {path}]\n{l}\n");
                }
                continue;
            }
            // Names for cbindgen's export.include (structs no export uses).
            for kw in ["pub struct ", "pub union ", "pub type "] {
                if let Some(r) = t.strip_prefix(kw) {
                    let name: String = r
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    names.push(name);
                }
            }
            out += l;
            out.push('\n');
        }
        let out = match expand::expand_file(&out, "no_mangle")
            .map_err(|e| format!("{}: {e}", p.display()))?
        {
            Some((text, k)) => {
                *expanded += k;
                text
            }
            None => out,
        };
        write(&q, out)?;
    }
    Ok(n)
}

fn parse_model() -> Res<Model> {
    let dst = target_dir().join("protos/src");
    let _ = std::fs::remove_dir_all(&dst);
    let mut names = Vec::new();
    let mut expanded = 0;
    let normalised = copy_normalised(
        &root().join("crates/libc/src"),
        &dst,
        &mut names,
        &mut expanded,
    )?;
    if normalised < 100 {
        return Err(format!(
            "only {normalised} `{EXPORT_CFG_ATTR}` found; did the export spelling change?"
        ));
    }
    names.sort();
    names.dedup();
    let struct_names = names.clone();
    let mut config = cbindgen::Config {
        language: cbindgen::Language::C,
        usize_is_size_t: true,
        ..Default::default()
    };
    config.export.include = names;
    let b = cbindgen::Builder::new()
        .with_config(config)
        .with_src(dst.join("lib.rs"))
        .generate()
        .map_err(|e| format!("cbindgen: {e}"))?;
    let mut m = Model {
        funcs: Vec::new(),
        globals: Vec::new(),
        records: Vec::new(),
        aliases: Vec::new(),
        consts: HashMap::new(),
        normalised,
        expanded,
        struct_names,
    };
    for f in &b.functions {
        // `unsafe extern "C" { fn … }` blocks: imports, not exports.
        if f.extern_decl {
            continue;
        }
        m.funcs.push(Func {
            name: f.path.name().to_string(),
            ret: f.ret.clone(),
            args: f.args.iter().map(|a| a.ty.clone()).collect(),
            cfg: f.cfg.clone(),
        });
    }
    for g in &b.globals {
        m.globals.push(Global {
            name: g.export_name.clone(),
            ty: g.ty.clone(),
            konst: !g.mutable,
            cfg: g.cfg.clone(),
        });
    }
    for c in &b.constants {
        if let cbindgen::bindgen::ir::Literal::Expr(v) = &c.value {
            m.consts.insert(c.path.name().to_string(), v.clone());
        }
    }
    for it in &b.items {
        match it {
            ItemContainer::Struct(s) => m.records.push(Record {
                name: s.path.name().to_string(),
                is_union: false,
                fields: s
                    .fields
                    .iter()
                    .map(|f| (f.name.clone(), f.ty.clone(), f.cfg.clone()))
                    .collect(),
                cfg: s.cfg.clone(),
            }),
            ItemContainer::Union(s) => m.records.push(Record {
                name: s.path.name().to_string(),
                is_union: true,
                fields: s
                    .fields
                    .iter()
                    .map(|f| (f.name.clone(), f.ty.clone(), f.cfg.clone()))
                    .collect(),
                cfg: s.cfg.clone(),
            }),
            ItemContainer::Typedef(t) => m.aliases.push(Alias {
                name: t.path.name().to_string(),
                ty: t.aliased.clone(),
                cfg: t.cfg.clone(),
            }),
            ItemContainer::Constant(c) => {
                if let cbindgen::bindgen::ir::Literal::Expr(v) = &c.value {
                    m.consts.insert(c.path.name().to_string(), v.clone());
                }
            }
            _ => {}
        }
    }
    if m.funcs.len() < 100 {
        return Err(format!(
            "cbindgen found only {} exported functions",
            m.funcs.len()
        ));
    }
    Ok(m)
}

/// The parse, once per xtask run (cbindgen is the slow part).
fn model() -> Res<&'static Model> {
    static M: OnceLock<Result<Model, String>> = OnceLock::new();
    M.get_or_init(parse_model).as_ref().map_err(|e| e.clone())
}

/// Whether `cfg` holds when building the library for `arch`.
fn cfg_holds(cfg: &Option<Cfg>, arch: Arch, unknown: &mut BTreeSet<String>) -> bool {
    fn eval(c: &Cfg, arch: Arch, unknown: &mut BTreeSet<String>) -> bool {
        match c {
            Cfg::Boolean(k) => match k.as_str() {
                "test" | "debug_assertions" | "miri" => false,
                "unix" => true,
                _ => {
                    unknown.insert(k.clone());
                    false
                }
            },
            Cfg::Named(k, v) => match k.as_str() {
                "target_arch" => {
                    v == match arch {
                        Arch::X86_64 => "x86_64",
                        Arch::I386 => "x86",
                        Arch::Aarch64 => "aarch64",
                        Arch::Riscv64 => "riscv64",
                    }
                }
                "target_pointer_width" => v == if arch == Arch::I386 { "32" } else { "64" },
                "target_os" => v == "linux",
                "target_env" => v == "gnu",
                "target_endian" => v == "little",
                "target_family" => v == "unix",
                _ => {
                    unknown.insert(format!("{k} = {v:?}"));
                    false
                }
            },
            Cfg::Any(v) => v.iter().any(|c| eval(c, arch, unknown)),
            Cfg::All(v) => v.iter().all(|c| eval(c, arch, unknown)),
            Cfg::Not(c) => !eval(c, arch, unknown),
        }
    }
    cfg.as_ref().is_none_or(|c| eval(c, arch, unknown))
}

/// What the preprocessed headers define: identifiers, struct/union tags
/// (with their named fields when defined) and typedef names.
#[derive(Default)]
struct Headers {
    idents: HashSet<String>,
    /// tag -> (is_union, named fields when the tag is defined)
    tags: HashMap<String, (bool, Option<Vec<String>>)>,
    /// typedef name -> its own body's (is_union, fields), or the tag it names
    typedefs: HashMap<String, TypedefInfo>,
}

#[derive(Debug)]
enum TypedefInfo {
    Body(bool, Vec<String>),
    Tag(String),
    Other,
}

fn tokenize(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut v = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_alphanumeric() || c == b'_' {
            let s = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            v.push(text[s..i].to_string());
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            v.push("\"\"".into());
        } else if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else {
            v.push((c as char).to_string());
            i += 1;
        }
    }
    v
}

fn is_ident(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
}

const C_TYPE_WORDS: &[&str] = &[
    "void",
    "char",
    "short",
    "int",
    "long",
    "float",
    "double",
    "signed",
    "unsigned",
    "_Bool",
    "const",
    "volatile",
    "struct",
    "union",
    "enum",
    "__extension__",
];

/// The declared name of one declaration (`int x[3]`, `void (*f)(int)`,
/// `int : 32` has none).
fn declarator_name(toks: &[String]) -> Option<String> {
    for w in toks.windows(3) {
        if w[0] == "(" && w[1] == "*" && is_ident(&w[2]) {
            return Some(w[2].clone());
        }
    }
    let end = toks
        .iter()
        .position(|t| t == "[" || t == ":" || t == "=")
        .unwrap_or(toks.len());
    let last = toks[..end].iter().rev().find(|t| is_ident(t))?;
    if C_TYPE_WORDS.contains(&last.as_str()) || end == 1 && toks.get(end).is_some_and(|t| t == ":")
    {
        return None;
    }
    Some(last.clone())
}

/// Named fields of a struct body: `toks[start]` is `{`; returns the fields
/// and the index after the matching `}`.
fn body_fields(toks: &[String], start: usize) -> (Vec<String>, usize) {
    let mut fields = Vec::new();
    let mut depth = 0;
    let mut decl: Vec<String> = Vec::new();
    let mut i = start;
    while i < toks.len() {
        let t = &toks[i];
        i += 1;
        match t.as_str() {
            "{" => {
                depth += 1;
                if depth > 1 {
                    decl.push("{".into());
                }
            }
            "}" => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
                decl.push("}".into());
            }
            ";" if depth == 1 => {
                // Skip a nested body: the name follows its closing brace.
                let tail = match decl.iter().rposition(|t| t == "}") {
                    Some(p) => &decl[p + 1..],
                    None => &decl[..],
                };
                // `char *a, *b;` declares two: split at top-level commas.
                let mut depth = 0;
                for part in tail.split(|t| {
                    match t.as_str() {
                        "(" | "[" => depth += 1,
                        ")" | "]" => depth -= 1,
                        _ => {}
                    }
                    t == "," && depth == 0
                }) {
                    if let Some(n) = declarator_name(part) {
                        fields.push(n);
                    }
                }
                decl.clear();
            }
            _ => decl.push(t.clone()),
        }
    }
    (fields, i)
}

fn scan_headers(pre: &str) -> Headers {
    let toks = tokenize(pre);
    let mut h = Headers::default();
    for t in &toks {
        if is_ident(t) {
            h.idents.insert(t.clone());
        }
    }
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i].as_str();
        if (t == "struct" || t == "union") && i + 1 < toks.len() && is_ident(&toks[i + 1]) {
            let is_union = t == "union";
            let tag = toks[i + 1].clone();
            if toks.get(i + 2).is_some_and(|t| t == "{") {
                let (f, _) = body_fields(&toks, i + 2);
                h.tags.insert(tag, (is_union, Some(f)));
            } else {
                h.tags.entry(tag).or_insert((is_union, None));
            }
        }
        if t == "typedef" {
            let mut j = i + 1;
            let mut depth = 0;
            while j < toks.len() && !(depth == 0 && toks[j] == ";") {
                match toks[j].as_str() {
                    "{" | "(" | "[" => depth += 1,
                    "}" | ")" | "]" => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            let decl = &toks[i + 1..j.min(toks.len())];
            let kw = decl.first().map(String::as_str);
            if matches!(kw, Some("struct" | "union")) {
                let is_union = kw == Some("union");
                let brace = decl.iter().position(|t| t == "{");
                match brace {
                    Some(b) if b <= 2 => {
                        let (f, after) = body_fields(decl, b);
                        if let Some(n) = declarator_name(&decl[after..]) {
                            h.typedefs.insert(n, TypedefInfo::Body(is_union, f));
                        }
                    }
                    _ => {
                        if let (Some(tag), Some(n)) = (decl.get(1), declarator_name(&decl[2..])) {
                            h.typedefs.insert(n, TypedefInfo::Tag(tag.clone()));
                        }
                    }
                }
            } else if let Some(n) = declarator_name(decl) {
                h.typedefs.insert(n, TypedefInfo::Other);
            }
            i = j;
        }
        i += 1;
    }
    h
}

impl Headers {
    /// How C spells the header's type called `name`, if a header has it.
    fn spelling(&self, name: &str) -> Option<String> {
        if self.typedefs.contains_key(name) {
            Some(name.to_string())
        } else {
            self.tags
                .get(name)
                .map(|(u, _)| format!("{} {name}", if *u { "union" } else { "struct" }))
        }
    }

    /// The spelling and named fields of a complete header struct/union.
    fn record(&self, name: &str) -> Option<(String, bool, Vec<String>)> {
        match self.typedefs.get(name) {
            Some(TypedefInfo::Body(u, f)) => return Some((name.into(), *u, f.clone())),
            Some(TypedefInfo::Tag(t)) => {
                return self
                    .tags
                    .get(t)
                    .and_then(|(u, f)| f.as_ref().map(|f| (name.to_string(), *u, f.clone())));
            }
            Some(TypedefInfo::Other) => return None,
            None => {}
        }
        let (u, f) = self.tags.get(name)?;
        let kw = if *u { "union" } else { "struct" };
        f.as_ref().map(|f| (format!("{kw} {name}"), *u, f.clone()))
    }
}

/// Writes C types from cbindgen's IR for one arch.
struct Writer<'a> {
    arch: Arch,
    m: &'a Model,
    h: &'a Headers,
    /// Rust records that get a `struct rust_NAME` view.
    views: &'a HashSet<String>,
    unknown_cfgs: BTreeSet<String>,
}

fn primitive(p: &PrimitiveType) -> String {
    use IntKind::*;
    match p {
        PrimitiveType::Void => "void".into(),
        PrimitiveType::Bool => "_Bool".into(),
        PrimitiveType::Char => "char".into(),
        PrimitiveType::SChar => "signed char".into(),
        PrimitiveType::UChar => "unsigned char".into(),
        PrimitiveType::Char32 => "uint32_t".into(),
        PrimitiveType::Float => "float".into(),
        PrimitiveType::Double => "double".into(),
        PrimitiveType::VaList => "va_list".into(),
        PrimitiveType::PtrDiffT => "ptrdiff_t".into(),
        PrimitiveType::Integer { signed, kind, .. } => {
            let u = if *signed { "" } else { "unsigned " };
            match kind {
                Short => format!("{u}short"),
                Int => format!("{u}int"),
                Long => format!("{u}long"),
                LongLong => format!("{u}long long"),
                SizeT | Size => if *signed { "ptrdiff_t" } else { "size_t" }.into(),
                B8 | B16 | B32 | B64 => {
                    let bits = match kind {
                        B8 => 8,
                        B16 => 16,
                        B32 => 32,
                        _ => 64,
                    };
                    format!("{}int{bits}_t", if *signed { "" } else { "u" })
                }
            }
        }
    }
}

impl Writer<'_> {
    fn alias(&mut self, name: &str) -> Option<&Type> {
        let arch = self.arch;
        let mut unk = std::mem::take(&mut self.unknown_cfgs);
        let r = self
            .m
            .aliases
            .iter()
            .find(|a| a.name == name && cfg_holds(&a.cfg, arch, &mut unk))
            .map(|a| &a.ty);
        self.unknown_cfgs = unk;
        r
    }

    fn is_record(&self, name: &str) -> bool {
        self.m.records.iter().any(|r| r.name == name)
    }

    /// The C base type for a path type. `view`: inside a Rust view, where
    /// aliases resolve to Rust's own types and viewed records are `rust_`.
    fn path_base(&mut self, name: &str, view: bool) -> Res<String> {
        if view && self.views.contains(name) {
            let union = self.m.records.iter().any(|r| r.name == name && r.is_union);
            let kw = if union { "union" } else { "struct" };
            return Ok(format!("{kw} rust_{name}"));
        }
        let is_alias = self.alias(name).is_some();
        if is_alias && (view || self.h.spelling(name).is_none()) {
            let ty = self.alias(name).unwrap().clone();
            return self.decl(&ty, false, "", view);
        }
        if let Some(s) = self.h.spelling(name) {
            return Ok(s);
        }
        Err(format!(
            "Rust type `{name}` is not a type any header defines{}",
            if self.is_record(name) {
                ""
            } else {
                " (nor a Rust repr(C) type or alias)"
            }
        ))
    }

    /// A C declaration of `inner` (a declarator, maybe empty) of type `ty`.
    fn decl(&mut self, ty: &Type, konst: bool, inner: &str, view: bool) -> Res<String> {
        let q = if konst { "const " } else { "" };
        let sp = |s: &str| {
            if s.is_empty() {
                String::new()
            } else {
                format!(" {s}")
            }
        };
        Ok(match ty {
            Type::Primitive(p) => format!("{q}{}{}", primitive(p), sp(inner)),
            Type::Path(p) => format!("{q}{}{}", self.path_base(p.name(), view)?, sp(inner)),
            Type::Ptr { ty, is_const, .. } => {
                let d = format!("*{q}{inner}");
                self.decl(ty, *is_const, d.trim_end(), view)?
            }
            Type::Array(ty, n) => {
                let n = n.as_str();
                let n = self
                    .m
                    .consts
                    .get(n)
                    .map(String::as_str)
                    .unwrap_or(n)
                    .to_string();
                let i = if inner.starts_with('*') {
                    format!("({inner})")
                } else {
                    inner.to_string()
                };
                self.decl(ty, konst, &format!("{i}[{n}]"), view)?
            }
            Type::FuncPtr { ret, args, .. } => {
                let mut a = Vec::new();
                for (_, t) in args {
                    a.push(self.decl(t, false, "", view)?);
                }
                if a.is_empty() {
                    a.push("void".into());
                }
                let d = format!("(*{q}{inner})({})", a.join(", "));
                self.decl(ret, false, &d, view)?
            }
        })
    }
}

/// Resolve aliases down to a primitive (for the signedness checks).
fn resolved_primitive(w: &mut Writer, ty: &Type) -> Option<PrimitiveType> {
    let mut t = ty.clone();
    for _ in 0..8 {
        match t {
            Type::Primitive(p) => return Some(p),
            Type::Path(ref p) => t = w.alias(p.name())?.clone(),
            _ => return None,
        }
    }
    None
}

fn c_str(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Names of the functions the C shims (crates/libc/c/*.c) define: a line
/// at the left margin with `NAME(` that does not end a declaration.
fn c_shim_definitions() -> Res<HashSet<String>> {
    let dir = root().join("crates/libc/c");
    let mut out = HashSet::new();
    for e in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let p = e.map_err(|e| e.to_string())?.path();
        if p.extension().is_none_or(|x| x != "c") {
            continue;
        }
        let text = std::fs::read_to_string(&p).map_err(|e| e.to_string())?;
        for l in text.lines() {
            let l = l.trim_end();
            if l.starts_with(|c: char| c.is_ascii_alphabetic())
                && !l.ends_with(';')
                && !l.starts_with("typedef")
                && let Some(paren) = l.find('(')
            {
                let name = l[..paren].rsplit([' ', '*']).next().unwrap_or("");
                if is_ident(name) {
                    out.insert(name.to_string());
                }
            }
        }
    }
    // And the ones `global_asm!` defines (setjmp & co.): `".globl NAME"`.
    let mut stack = vec![root().join("crates/libc/src")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))? {
            let p = e.map_err(|e| e.to_string())?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).map_err(|e| e.to_string())?;
                for part in text.split("\".globl ").skip(1) {
                    let name = part.split(['"', ',', ' ']).next().unwrap_or("");
                    if is_ident(name) {
                        out.insert(name.to_string());
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The C file being written for one arch, and what went into it.
#[derive(Default)]
struct Out {
    /// Declarations and Rust views.
    c: String,
    /// `_Static_assert`s, after all the views.
    asserts: String,
    protos: usize,
    objects: usize,
    structs: usize,
    fields: usize,
    typedefs: usize,
    /// Exports no header declares.
    undeclared: Vec<String>,
    /// Problems found before compiling (types no header has …).
    errs: Vec<String>,
}

impl Out {
    fn assert(&mut self, cond: &str, what: &str, differs: &str) {
        self.asserts += &format!(
            "_Static_assert({cond}, \"{}: {differs} differs between the header and Rust\");\n",
            c_str(what)
        );
    }
}

/// Whether the Rust type is an integer or `char` (for the signedness test).
fn is_integer(w: &mut Writer, ty: &Type) -> bool {
    matches!(
        resolved_primitive(w, ty),
        Some(PrimitiveType::Integer { .. } | PrimitiveType::Char)
    )
}

/// Every exported function and object a header declares, as Rust has it.
fn declarations(w: &mut Writer, declared: &BTreeSet<String>, o: &mut Out) {
    let arch = w.arch;
    let mut seen = HashSet::new();
    o.c += "/* Exported functions a header declares, as Rust defines them. */\n";
    for f in &w.m.funcs {
        if !cfg_holds(&f.cfg, arch, &mut w.unknown_cfgs) || !seen.insert(f.name.as_str()) {
            continue;
        }
        if !declared.contains(&f.name) {
            o.undeclared.push(f.name.clone());
            continue;
        }
        let args: Res<Vec<String>> = f.args.iter().map(|a| w.decl(a, false, "", false)).collect();
        // `(name)(…)`: a function-like macro of that name is not expanded.
        let d = args.and_then(|a| {
            let a = if a.is_empty() {
                "void".into()
            } else {
                a.join(", ")
            };
            w.decl(&f.ret, false, &format!("({})({a})", f.name), false)
        });
        match d {
            Ok(s) => {
                o.c += &format!("{s};\n");
                o.protos += 1;
            }
            Err(e) => o.errs.push(format!("{}: {e}", f.name)),
        }
    }
    o.c += "\n/* Exported objects a header declares. */\n";
    for g in &w.m.globals {
        if !cfg_holds(&g.cfg, arch, &mut w.unknown_cfgs) || !seen.insert(g.name.as_str()) {
            continue;
        }
        if !w.h.idents.contains(&g.name) {
            o.undeclared.push(g.name.clone());
            continue;
        }
        match w.decl(&g.ty, g.konst, &g.name, false) {
            Ok(s) => {
                o.c += &format!("extern {s};\n");
                o.objects += 1;
            }
            Err(e) => o.errs.push(format!("{}: {e}", g.name)),
        }
    }
}

/// Rust's view of `r` and the asserts that it has the header's layout.
fn layout(w: &mut Writer, r: &Record, o: &mut Out) {
    let arch = w.arch;
    let Some((hname, h_union, hfields)) = w.h.record(&r.name) else {
        return;
    };
    let kw = if r.is_union { "union" } else { "struct" };
    let rname = format!("{kw} rust_{}", r.name);
    let what = format!("{hname} (Rust `{}`)", r.name);
    let mut body = String::new();
    let mut rfields = Vec::new();
    for (name, ty, cfg) in &r.fields {
        if !cfg_holds(cfg, arch, &mut w.unknown_cfgs) {
            continue;
        }
        // The view's members are prefixed: a header may #define a member
        // name (`sa_handler` -> `__sa_handler.sa_handler`).
        match w.decl(ty, false, &format!("r_{name}"), true) {
            Ok(s) => body += &format!("\t{s};\n"),
            Err(e) => o.errs.push(format!("{kw} {}.{name}: {e}", r.name)),
        }
        rfields.push((name.as_str(), ty));
    }
    o.c += &format!("{rname} {{\n{body}}};\n");
    if h_union != r.is_union {
        o.errs
            .push(format!("{what}: a struct in one, a union in the other"));
    }
    o.assert(
        &format!("sizeof({hname}) == sizeof({rname})"),
        &what,
        "size",
    );
    o.assert(
        &format!("_Alignof({hname}) == _Alignof({rname})"),
        &what,
        "alignment",
    );
    // Pair the fields: by name, else by position without Rust's padding.
    let pairs: Vec<(&str, &str, &Type)> =
        if rfields.iter().all(|(n, _)| hfields.iter().any(|h| h == n)) {
            let missing: Vec<&String> = hfields
                .iter()
                .filter(|h| !rfields.iter().any(|(n, _)| n == h))
                .collect();
            if !missing.is_empty() {
                o.errs.push(format!(
                    "{what}: header fields Rust does not have: {missing:?}"
                ));
            }
            rfields.iter().map(|(n, t)| (*n, *n, *t)).collect()
        } else {
            let named: Vec<_> = rfields
                .iter()
                .filter(|(n, _)| !n.starts_with('_') || hfields.iter().any(|h| h == n))
                .collect();
            if named.len() != hfields.len() {
                o.errs.push(format!(
                    "{what}: the fields differ: header {hfields:?}, Rust {:?}",
                    rfields.iter().map(|f| f.0).collect::<Vec<_>>()
                ));
                return;
            }
            hfields
                .iter()
                .zip(named)
                .map(|(hn, (rn, t))| (hn.as_str(), *rn, *t))
                .collect()
        };
    for (hn, rn, ty) in pairs {
        let hf = format!("(({hname} *)0)->{hn}");
        let rf = format!("(({rname} *)0)->r_{rn}");
        let fw = format!("{hname}.{hn} (Rust `{}.{rn}`)", r.name);
        o.assert(
            &format!("offsetof({hname}, {hn}) == offsetof({rname}, r_{rn})"),
            &fw,
            "offset",
        );
        o.assert(&format!("sizeof({hf}) == sizeof({rf})"), &fw, "size");
        o.assert(
            &format!("_Alignof(__typeof__({hf})) == _Alignof(__typeof__({rf}))"),
            &fw,
            "alignment",
        );
        // (A member paired by position under another name may be a union
        // in the header, sigaction's handler: size and alignment only.)
        if is_integer(w, ty) && hn == rn {
            o.assert(
                &format!("((__typeof__({hf}))-1 < 0) == ((__typeof__({rf}))-1 < 0)"),
                &fw,
                "signedness",
            );
        }
        o.fields += 1;
    }
    o.structs += 1;
}

/// Rust type aliases whose name a header typedefs: same size and sign.
fn aliases(w: &mut Writer, o: &mut Out) {
    let arch = w.arch;
    let mut seen = HashSet::new();
    for a in &w.m.aliases {
        if !cfg_holds(&a.cfg, arch, &mut w.unknown_cfgs)
            || !w.h.typedefs.contains_key(&a.name)
            || !seen.insert(a.name.as_str())
        {
            continue;
        }
        let rust = match w.decl(&a.ty, false, "", true) {
            Ok(s) => s,
            Err(e) => {
                o.errs.push(format!("type {}: {e}", a.name));
                continue;
            }
        };
        let what = format!("typedef {} (Rust: {rust})", a.name);
        o.assert(
            &format!("sizeof({}) == sizeof({rust})", a.name),
            &what,
            "size",
        );
        if is_integer(w, &a.ty) {
            o.assert(
                &format!("(({})-1 < 0) == (({rust})-1 < 0)", a.name),
                &what,
                "signedness",
            );
        }
        o.typedefs += 1;
    }
}

fn sorted(v: &[String]) -> String {
    let mut v = v.to_vec();
    v.sort();
    v.join(" ")
}

/// Records whose Rust definition is shaped apart from the header's (a
/// private union the header spells as many named members), so field
/// pairing cannot apply: their size is asserted against linux-raw-sys in
/// Rust, and a C test checks every field's offset on each arch, against
/// glibc too.
const SHAPED_APART: &[(&str, &str)] = &[
    ("siginfo_t", "tests-c/sig_abi.c"),
    // The header's jmp_buf is an array of one struct __jmp_buf_tag.
    (
        "jmp_buf",
        "tests-c/sig_abi.c and the size assertion in setjmp.rs",
    ),
    // A flexible array member in C (no size to compare), `[u8; 0]` in Rust.
    ("file_handle", "tests-c/fsx_fcntl.c"),
    // The header's union of byte, half-word and word views is anonymous.
    (
        "in6_addr",
        "tests-c/net_layout.c and the size assertion in netinet/in.rs",
    ),
];

/// The check for one arch against its installed sysroot.
pub fn check(arch: Arch, sysroot: &Path) -> Res {
    let m = model()?;
    let work = target_dir().join("checks").join(arch.name());
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let includes = crate::checks::includes(sysroot);
    let declared = crate::checks::declared_functions(arch, sysroot, &work)?;
    let src = work.join("protos_headers.c");
    write(&src, format!("#define _GNU_SOURCE 1\n{includes}"))?;
    let pre = run(Command::new(arch.gcc())
        .args(["-nostdinc", "-isystem"])
        .arg(sysroot.join("include"))
        .args(["-std=c17", "-E", "-P"])
        .arg(&src))?;
    let h = scan_headers(&String::from_utf8_lossy(&pre.stdout));

    // The records to compare; those a header keeps opaque (or that cbindgen
    // cannot read, like FILE's `[u8; UNGET + 1]`) and Rust-only ones.
    let mut unknown_cfgs = BTreeSet::new();
    let mut views = HashSet::new();
    let mut internal = Vec::new();
    for r in &m.records {
        if !cfg_holds(&r.cfg, arch, &mut unknown_cfgs) {
            continue;
        }
        if SHAPED_APART.iter().any(|(n, _)| *n == r.name) {
            continue;
        }
        if h.record(&r.name).is_some() {
            views.insert(r.name.clone());
        } else if h.spelling(&r.name).is_none() {
            internal.push(r.name.clone());
        }
    }
    let opaque: Vec<String> = m
        .struct_names
        .iter()
        .filter(|n| !views.contains(*n) && !m.aliases.iter().any(|a| a.name == **n))
        .filter(|n| h.spelling(n).is_some() && h.record(n).is_none())
        .cloned()
        .collect();
    let mut w = Writer {
        arch,
        m,
        h: &h,
        views: &views,
        unknown_cfgs,
    };
    let mut o = Out {
        c: format!(
            "/* Generated by xtask/src/protos.rs for {}: the Rust definitions of\n * crates/libc against the sysroot's headers. */\n#define _GNU_SOURCE 1\n{includes}\n/* <libgen.h> makes `basename` the POSIX one; the Rust export of that\n * name is the GNU one <string.h> declares. */\n#undef basename\n",
            arch.name()
        ),
        ..Default::default()
    };
    declarations(&mut w, &declared, &mut o);
    o.c += "\n/* Rust's views of the structs and unions a header defines too. */\n";
    for r in &m.records {
        if views.contains(&r.name) && cfg_holds(&r.cfg, arch, &mut w.unknown_cfgs) {
            layout(&mut w, r, &mut o);
        }
    }
    aliases(&mut w, &mut o);
    o.c += "\n/* Layouts (size, alignment, field offsets/sizes/alignment/sign) and\n * the Rust type aliases the headers define too (size and sign). */\n";
    o.c += &o.asserts;
    if !w.unknown_cfgs.is_empty() {
        o.errs.push(format!(
            "cfgs the prototype check cannot evaluate (taken as false): {:?}",
            w.unknown_cfgs
        ));
    }
    let out = work.join("protos.c");
    write(&out, &o.c)?;
    if !o.errs.is_empty() {
        return Err(o.errs.join("\n"));
    }
    // Conflicting types and failed static assertions are errors anyway;
    // -Werror also fails a declaration that contradicts a builtin's.
    // A pointer parameter against the header's `T[N]` is compatible C.
    let r = Command::new(arch.gcc())
        .args(["-nostdinc", "-isystem"])
        .arg(sysroot.join("include"))
        .args(["-std=c17", "-fsyntax-only", "-Wall", "-Werror"])
        .arg("-Wno-array-parameter")
        .arg(&out)
        .output()
        .map_err(|e| format!("{}: {e}", arch.gcc()))?;
    if !r.status.success() {
        let text = String::from_utf8_lossy(&r.stderr);
        let lines: Vec<&str> = text
            .lines()
            .filter(|l| l.contains("error:") || l.contains("note:"))
            .collect();
        return Err(format!(
            "the headers disagree with the Rust definitions ({}):\n{}",
            out.display(),
            lines.join("\n")
        ));
    }
    println!(
        "  protos {}: {} prototypes, {} objects, {} structs ({} fields), {} typedefs agree; {} exports declared in no header skipped",
        arch.name(),
        o.protos,
        o.objects,
        o.structs,
        o.fields,
        o.typedefs,
        o.undeclared.len(),
    );
    println!(
        "    ({} export attributes normalised, {} export-making macro invocations expanded)",
        m.normalised, m.expanded
    );
    println!("    declared in no header: {}", sorted(&o.undeclared));
    println!(
        "    shaped apart from the header, layout checked elsewhere: {}",
        SHAPED_APART
            .iter()
            .map(|(n, by)| format!("{n} ({by})"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if !opaque.is_empty() {
        println!(
            "    opaque in the headers, layout not compared: {}",
            sorted(&opaque)
        );
    }
    if !internal.is_empty() {
        println!("    Rust-only repr(C) types: {}", sorted(&internal));
    }
    let rust: HashSet<&str> = m.funcs.iter().map(|f| f.name.as_str()).collect();
    let shims = c_shim_definitions()?;
    let (in_c, hidden): (Vec<String>, Vec<String>) = declared
        .iter()
        .filter(|n| !rust.contains(n.as_str()))
        .cloned()
        .partition(|n| shims.contains(n));
    println!(
        "    {} declared functions are defined in C (crates/libc/c) or assembly, not compared: {}",
        in_c.len(),
        sorted(&in_c)
    );
    if !hidden.is_empty() {
        return Err(format!(
            "declared functions neither cbindgen nor the C shims define (a macro the expander does not handle?): {}",
            sorted(&hidden)
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_scan() {
        let h = scan_headers(
            "typedef long time_t; struct timespec { time_t tv_sec; long tv_nsec; int : 32; };\n\
             typedef struct { long long __pos; int __state[2]; } fpos_t;\n\
             typedef struct _IO_FILE FILE; struct tm; typedef void (*sighandler_t)(int);\n\
             struct s { void (*f)(int); unsigned int : 3; unsigned flag : 1; char *a, *b; };",
        );
        assert_eq!(
            h.record("timespec"),
            Some((
                "struct timespec".into(),
                false,
                vec!["tv_sec".into(), "tv_nsec".into()]
            ))
        );
        assert_eq!(
            h.record("fpos_t").map(|r| r.2),
            Some(vec!["__pos".into(), "__state".into()])
        );
        assert_eq!(h.record("FILE"), None);
        assert_eq!(h.spelling("FILE").as_deref(), Some("FILE"));
        assert_eq!(h.spelling("tm").as_deref(), Some("struct tm"));
        assert!(h.typedefs.contains_key("sighandler_t"));
        assert!(h.typedefs.contains_key("time_t"));
        assert_eq!(
            h.record("s").map(|r| r.2),
            Some(vec!["f".into(), "flag".into(), "a".into(), "b".into()])
        );
    }

    #[test]
    fn expands_export_macros() {
        let src = r#"
macro_rules! id_call {
    ($(#[$m:meta])* $name:ident, $ty:ty, $nr:expr) => {
        $(#[$m])*
        #[unsafe(no_mangle)]
        pub extern "C" fn $name() -> $ty { $nr as $ty }
    };
}
id_call!(
    /// doc
    getpid, pid_t, nr::GETPID as usize);
macro_rules! with_locale {
    ($($name:ident => $base:ident),* $(,)?) => {$(
        #[unsafe(no_mangle)]
        pub extern "C" fn $name(c: c_int, _l: locale_t) -> c_int { $base(c) }
    )*};
}
with_locale! { isalnum_l => isalnum, isalpha_l => isalpha, }
macro_rules! typed {
    ($($name:ident: $t:ty),*) => {$(
        #[unsafe(no_mangle)]
        pub extern "C" fn $name(x: $t) -> $t { x }
    )*};
}
typed!(id_int: c_int, id_ptr: *mut Vec<u8>);
"#;
        let (out, n) = expand::expand_file(src, "no_mangle").unwrap().unwrap();
        assert_eq!(n, 3);
        let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(out.contains("fn getpid () -> pid_t"), "{out}");
        assert!(out.contains("fn isalnum_l (c : c_int , _l : locale_t) -> c_int { isalnum (c) }"));
        assert!(out.contains("fn isalpha_l"));
        assert!(out.contains("doc"));
        assert!(out.contains("fn id_int (x : c_int) -> c_int"), "{out}");
        assert!(out.contains("fn id_ptr (x : * mut Vec < u8 >)"), "{out}");
    }
}
