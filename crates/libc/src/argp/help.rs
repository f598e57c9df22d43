//! argp's help text: the usage line(s), the option list and the
//! documentation, laid out as glibc lays them out.
//!
//! The option list is built from *entries*: an option with the aliases
//! that follow it. Each entry has a group (its option's, else the one
//! before it; a header-only option with no group starts the next) and a
//! cluster (the nearest child, going up, that has a header or a group of
//! its own). Entries are sorted, stably, by group (0 and up first, then
//! the negative ones from -N to -1), by cluster, and within one group by
//! their first short option or long name ignoring case (a lower-case
//! letter before its upper-case form; documentation entries last). A
//! short option is shown only for its first entry.
use super::fmt::Fmt;
use super::*;

/// The layout parameters (`ARGP_HELP_FMT`).
#[derive(Clone, Copy)]
struct Params {
    dup_args: c_int,
    dup_args_note: c_int,
    short_opt_col: c_int,
    long_opt_col: c_int,
    doc_opt_col: c_int,
    opt_doc_col: c_int,
    header_col: c_int,
    usage_indent: c_int,
    rmargin: c_int,
}

const DEFAULTS: Params = Params {
    dup_args: 0,
    dup_args_note: 1,
    short_opt_col: 2,
    long_opt_col: 6,
    doc_opt_col: 2,
    opt_doc_col: 29,
    header_col: 1,
    usage_indent: 12,
    rmargin: 79,
};

/// The parameters in force: each help reads `ARGP_HELP_FMT` again and
/// applies it over these, as glibc does.
static mut PARAMS: Params = DEFAULTS;

const NAMES: [(&[u8], bool); 9] = [
    (b"dup-args", true),
    (b"dup-args-note", true),
    (b"short-opt-col", false),
    (b"long-opt-col", false),
    (b"doc-opt-col", false),
    (b"opt-doc-col", false),
    (b"header-col", false),
    (b"usage-indent", false),
    (b"rmargin", false),
];

fn field(p: &mut Params, i: usize) -> &mut c_int {
    match i {
        0 => &mut p.dup_args,
        1 => &mut p.dup_args_note,
        2 => &mut p.short_opt_col,
        3 => &mut p.long_opt_col,
        4 => &mut p.doc_opt_col,
        5 => &mut p.opt_doc_col,
        6 => &mut p.header_col,
        7 => &mut p.usage_indent,
        _ => &mut p.rmargin,
    }
}

/// "name: text\n" on the state's error stream, as `argp_failure` writes
/// it with status and errnum 0.
///
/// # Safety
/// `st` is NULL or a parse's state.
unsafe fn failure(st: *const argp_state, parts: &[&[u8]]) {
    // SAFETY: as the caller promises.
    unsafe {
        if !st.is_null() && (*st).flags & ARGP_NO_ERRS != 0 {
            return;
        }
        let (f, name) = if st.is_null() {
            (crate::stdio::stderr, short_program_name())
        } else {
            ((*st).err_stream, (*st).name)
        };
        if f.is_null() {
            return;
        }
        out(f, cstr(name));
        out(f, b": ");
        for p in parts {
            out(f, p);
        }
        out(f, b"\n");
    }
}

fn space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The parameters for this help: `ARGP_HELP_FMT` parsed as glibc does
/// (`name=value` or a boolean `name`/`no-name`, separated by commas or
/// blanks; its messages for unknown names, missing values and garbage;
/// a setting that would put a column at or past `rmargin` is dropped
/// with glibc's later message, where glibc 2.36 loops forever), applied
/// over the parameters of the last help.
///
/// # Safety
/// `st` is NULL or a parse's state.
unsafe fn params(st: *const argp_state) -> Params {
    // SAFETY: single-threaded help output, as glibc's.
    unsafe {
        let var = crate::stdlib::getenv(c"ARGP_HELP_FMT".as_ptr());
        if var.is_null() {
            return PARAMS;
        }
        let s = cstr(var);
        let mut np = PARAMS;
        let mut i = 0;
        let at = |i: usize| s.get(i).copied().unwrap_or(0);
        while at(i) != 0 {
            while space(at(i)) {
                i += 1;
            }
            if at(i).is_ascii_alphabetic() {
                let mut v0 = i;
                let mut a = i;
                while at(a).is_ascii_alphanumeric() || at(a) == b'-' || at(a) == b'_' {
                    a += 1;
                }
                let mut vlen = a - v0;
                while space(at(a)) {
                    a += 1;
                }
                let mut unspec = false;
                let mut val: c_int = 0;
                if at(a) == 0 || at(a) == b',' {
                    unspec = true;
                } else if at(a) == b'=' {
                    a += 1;
                    while space(at(a)) {
                        a += 1;
                    }
                }
                if unspec {
                    if s[v0..].starts_with(b"no-") {
                        v0 += 3;
                        vlen -= 3;
                    } else {
                        val = 1;
                    }
                } else if at(a).is_ascii_digit() {
                    while at(a).is_ascii_digit() {
                        val = val.wrapping_mul(10).wrapping_add((at(a) - b'0') as c_int);
                        a += 1;
                    }
                    while space(at(a)) {
                        a += 1;
                    }
                }
                let name = &s[v0..v0 + vlen];
                match NAMES.iter().position(|(n, _)| *n == name) {
                    Some(k) => {
                        if unspec && !NAMES[k].1 {
                            failure(st, &[name, b": ARGP_HELP_FMT parameter requires a value"]);
                        } else {
                            *field(&mut np, k) = val;
                        }
                    }
                    None => failure(st, &[name, b": Unknown ARGP_HELP_FMT parameter"]),
                }
                i = a;
                if at(i) == b',' {
                    i += 1;
                }
            } else if at(i) != 0 {
                failure(st, &[b"Garbage in ARGP_HELP_FMT: ", &s[i..]]);
                break;
            }
        }
        for (k, (name, is_bool)) in NAMES.iter().enumerate() {
            if *is_bool || k == 8 {
                continue;
            }
            if *field(&mut np, k) >= np.rmargin {
                failure(
                    st,
                    &[
                        b"ARGP_HELP_FMT: rmargin value is less than or equal to ",
                        name,
                    ],
                );
                return PARAMS;
            }
        }
        PARAMS = np;
        np
    }
}

/// A child with a header or group of its own.
#[derive(Clone, Copy)]
struct Cluster {
    header: *const c_char,
    index: c_int,
    group: c_int,
    parent: Option<usize>,
    argp: *const argp,
    depth: c_int,
}

/// An option with its aliases.
#[derive(Clone, Copy)]
struct Entry {
    opt: *const argp_option,
    num: usize,
    /// Its short options (not shown by an earlier entry): `shorts[so..so_end]`.
    so: usize,
    so_end: usize,
    group: c_int,
    cluster: Option<usize>,
    argp: *const argp,
}

struct Hol {
    entries: Vec<Entry>,
    shorts: Vec<u8>,
    clusters: Vec<Cluster>,
}

impl Entry {
    /// Its options.
    fn opts(&self) -> &[argp_option] {
        // SAFETY: opt..opt+num are options of the argp's table.
        unsafe { core::slice::from_raw_parts(self.opt, self.num) }
    }
}

fn visible(o: &argp_option) -> bool {
    o.flags & OPTION_HIDDEN == 0
}
fn alias(o: &argp_option) -> bool {
    o.flags & OPTION_ALIAS != 0
}
fn doc(o: &argp_option) -> bool {
    o.flags & OPTION_DOC != 0
}

/// Adds the entries of `a`'s own options (glibc's `make_hol`).
///
/// # Safety
/// `a` is a valid argp.
unsafe fn make_entries(h: &mut Hol, a: *const argp, cluster: Option<usize>) {
    // SAFETY: as the caller promises.
    let opts = unsafe { options((*a).options) };
    let base = h.shorts.len();
    let mut cur_group: c_int = 0;
    let mut i = 0;
    while i < opts.len() {
        let o = &opts[i];
        let group = if o.group != 0 {
            o.group
        } else if o.name.is_null() && o.key == 0 {
            cur_group + 1
        } else {
            cur_group
        };
        cur_group = group;
        let so = h.shorts.len();
        let start = i;
        loop {
            let o = &opts[i];
            if is_short(o) && !h.shorts.as_slice()[base..].contains(&(o.key as u8)) {
                let _ = h.shorts.push(o.key as u8);
            }
            i += 1;
            if i >= opts.len() || !alias(&opts[i]) {
                break;
            }
        }
        let _ = h.entries.push(Entry {
            opt: &opts[start],
            num: i - start,
            so,
            so_end: h.shorts.len(),
            group,
            cluster,
            argp: a,
        });
    }
}

/// The entries of `a` and its children, in order (glibc's `argp_hol`
/// with `hol_append`'s shadowing of short options already shown).
///
/// # Safety
/// `a` is a valid argp tree.
unsafe fn build(h: &mut Hol, a: *const argp, cluster: Option<usize>) {
    let first_entry = h.entries.len();
    let first_short = h.shorts.len();
    // SAFETY: as the caller promises.
    unsafe {
        make_entries(h, a, cluster);
        let kids = children((*a).children);
        for (ci, k) in kids.iter().enumerate() {
            let cl = if k.group != 0 || !k.header.is_null() {
                let depth = cluster.map_or(0, |c| h.clusters.as_slice()[c].depth + 1);
                let _ = h.clusters.push(Cluster {
                    header: k.header,
                    index: ci as c_int,
                    group: k.group,
                    parent: cluster,
                    argp: a,
                    depth,
                });
                Some(h.clusters.len() - 1)
            } else {
                cluster
            };
            let from = h.entries.len();
            let sfrom = h.shorts.len();
            build(h, k.argp, cl);
            // The child's short options shown by this argp's entries (or
            // an earlier child's) are dropped from its entries.
            let mut kept = Vec::new();
            let _ = kept.extend_from_slice(&h.shorts.as_slice()[sfrom..]);
            h.shorts.truncate(sfrom);
            let kept = kept.as_slice();
            for e in from..h.entries.len() {
                let ent = h.entries.as_slice()[e];
                let so = h.shorts.len();
                for &c in &kept[ent.so - sfrom..ent.so_end - sfrom] {
                    if !h.shorts.as_slice()[first_short..sfrom].contains(&c) {
                        let _ = h.shorts.push(c);
                    }
                }
                let end = h.shorts.len();
                let em = &mut h.entries.as_mut_slice()[e];
                em.so = so;
                em.so_end = end;
            }
        }
    }
    let _ = first_entry;
}

/// glibc's `group_cmp`: non-negative groups first, in order, then the
/// negative ones in order; `eq` for the same group.
fn group_cmp(a: c_int, b: c_int, eq: c_int) -> c_int {
    if a == b {
        eq
    } else if (a < 0) == (b < 0) {
        a - b
    } else {
        b - a
    }
}

impl Hol {
    fn cl(&self, i: usize) -> &Cluster {
        &self.clusters.as_slice()[i]
    }

    fn base(&self, mut c: usize) -> usize {
        while let Some(p) = self.cl(c).parent {
            c = p;
        }
        c
    }

    fn is_child(&self, c1: Option<usize>, c2: usize) -> bool {
        let mut c = c1;
        while let Some(x) = c {
            if x == c2 {
                return true;
            }
            c = self.cl(x).parent;
        }
        false
    }

    /// Clusters with the same parent: by group, then later children first.
    fn sibling_cmp(&self, a: usize, b: usize) -> c_int {
        let c = group_cmp(self.cl(a).group, self.cl(b).group, 0);
        if c != 0 {
            return c;
        }
        self.cl(b).index - self.cl(a).index
    }

    /// Clusters at the same depth: their parents first.
    fn cousin_cmp(&self, a: usize, b: usize) -> c_int {
        match (self.cl(a).parent, self.cl(b).parent) {
            (pa, pb) if pa == pb => self.sibling_cmp(a, b),
            (Some(pa), Some(pb)) => {
                let c = self.cousin_cmp(pa, pb);
                if c != 0 { c } else { self.sibling_cmp(a, b) }
            }
            _ => self.sibling_cmp(a, b),
        }
    }

    /// Any two clusters: a deeper one compared through its ancestor at
    /// the other's depth, and after it when they tie.
    fn cluster_cmp(&self, mut a: usize, mut b: usize) -> c_int {
        let (da, db) = (self.cl(a).depth, self.cl(b).depth);
        if da > db {
            while self.cl(a).depth > db {
                a = self.cl(a).parent.unwrap_or(a);
            }
            let c = self.cousin_cmp(a, b);
            if c != 0 { c } else { 1 }
        } else if da < db {
            while self.cl(b).depth > da {
                b = self.cl(b).parent.unwrap_or(b);
            }
            let c = self.cousin_cmp(a, b);
            if c != 0 { c } else { -1 }
        } else {
            self.cousin_cmp(a, b)
        }
    }

    /// The first visible short option of an entry that it shows.
    fn first_short(&self, e: &Entry) -> u8 {
        let so = &self.shorts.as_slice()[e.so..e.so_end];
        let mut k = 0;
        for o in e.opts() {
            if is_short(o) && so.get(k) == Some(&(o.key as u8)) {
                if visible(o) {
                    return o.key as u8;
                }
                k += 1;
            }
        }
        0
    }

    /// The order of the option list (a total order).
    fn entry_cmp(&self, e1: &Entry, e2: &Entry) -> c_int {
        let base_group = |e: &Entry| match e.cluster {
            Some(c) => self.cl(self.base(c)).group,
            None => e.group,
        };
        let c = group_cmp(base_group(e1), base_group(e2), 0);
        if c != 0 {
            return c;
        }
        let c = e1.cluster.is_some() as c_int - e2.cluster.is_some() as c_int;
        if c != 0 {
            return c;
        }
        if let (Some(c1), Some(c2)) = (e1.cluster, e2.cluster) {
            let c = self.cluster_cmp(c1, c2);
            if c != 0 {
                return c;
            }
        }
        let c = group_cmp(e1.group, e2.group, 0);
        if c != 0 {
            return c;
        }
        let mut l1 = first_long(e1);
        let mut l2 = first_long(e2);
        let d1 = doc(&e1.opt()[0]) && l1.as_mut().is_some_and(canon_doc);
        let d2 = doc(&e2.opt()[0]) && l2.as_mut().is_some_and(canon_doc);
        let c = d1 as c_int - d2 as c_int;
        if c != 0 {
            return c;
        }
        let s1 = self.first_short(e1);
        let s2 = self.first_short(e2);
        let first = |s: u8, l: Option<&[u8]>| {
            if s != 0 {
                s
            } else {
                l.and_then(|l| l.first().copied()).unwrap_or(0)
            }
        };
        let f1 = first(s1, l1) as c_int;
        let f2 = first(s2, l2) as c_int;
        let c = lower(f1) - lower(f2);
        if c != 0 {
            return c;
        }
        let c = f2 - f1;
        if c != 0 {
            return c;
        }
        let c = (s1 != 0) as c_int - (s2 != 0) as c_int;
        if c != 0 {
            // The one without a short option first (what glibc does).
            return c;
        }
        if s1 == 0 {
            let c = l1.is_some() as c_int - l2.is_some() as c_int;
            if c != 0 {
                return c;
            }
            if let (Some(a), Some(b)) = (l1, l2) {
                return strcasecmp(a, b);
            }
        }
        0
    }
}

impl Entry {
    fn opt(&self) -> &[argp_option] {
        self.opts()
    }
}

fn lower(c: c_int) -> c_int {
    if (b'A' as c_int..=b'Z' as c_int).contains(&c) {
        c + 32
    } else {
        c
    }
}

fn strcasecmp(a: &[u8], b: &[u8]) -> c_int {
    let n = a.len().max(b.len());
    for i in 0..=n {
        let x = lower(a.get(i).copied().unwrap_or(0) as c_int);
        let y = lower(b.get(i).copied().unwrap_or(0) as c_int);
        if x != y || x == 0 {
            return x - y;
        }
    }
    0
}

/// The first visible long name of an entry.
fn first_long<'a>(e: &Entry) -> Option<&'a [u8]> {
    for o in e.opts() {
        if !o.name.is_null() && visible(o) {
            // SAFETY: option names are C strings.
            return Some(unsafe { cstr(o.name) });
        }
    }
    None
}

/// glibc's `canon_doc_option`: skips leading space and then anything but
/// letters and digits; true when the name did not start with `-`.
fn canon_doc(name: &mut &[u8]) -> bool {
    let mut s = *name;
    while let Some((&c, rest)) = s.split_first() {
        if !space(c) {
            break;
        }
        s = rest;
    }
    let non_opt = s.first() != Some(&b'-');
    while let Some((&c, rest)) = s.split_first() {
        if c.is_ascii_alphanumeric() {
            break;
        }
        s = rest;
    }
    *name = s;
    non_opt
}

/// Stable merge sort, top-down as glibc's `qsort` (so entries that
/// compare equal, or inconsistently, end up where glibc puts them).
fn msort(h: &Hol, v: &mut [Entry], tmp: &mut [Entry]) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let n1 = n / 2;
    let (a, b) = v.split_at_mut(n1);
    msort(h, a, tmp);
    msort(h, b, tmp);
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if h.entry_cmp(&a[i], &b[j]) <= 0 {
            tmp[k] = a[i];
            i += 1;
        } else {
            tmp[k] = b[j];
            j += 1;
        }
        k += 1;
    }
    while i < a.len() {
        tmp[k] = a[i];
        i += 1;
        k += 1;
    }
    // The rest of b is in place already.
    v[..k].copy_from_slice(&tmp[..k]);
}

/// Builds and sorts the entries of the tree under `a`.
///
/// # Safety
/// `a` is a valid argp tree.
unsafe fn hol(a: *const argp) -> Option<Hol> {
    let mut h = Hol {
        entries: Vec::new(),
        shorts: Vec::new(),
        clusters: Vec::new(),
    };
    // SAFETY: as the caller promises.
    unsafe { build(&mut h, a, None) };
    // "help" and "version" go to group -1 wherever they came from (the
    // first entry showing each).
    for name in [&b"help"[..], b"version"] {
        let found = h.entries.as_slice().iter().position(|e| {
            e.opts()
                .iter()
                // SAFETY: names are C strings.
                .any(|o| !o.name.is_null() && visible(o) && unsafe { cstr(o.name) } == name)
        });
        if let Some(i) = found {
            h.entries.as_mut_slice()[i].group = -1;
        }
    }
    let n = h.entries.len();
    let mut tmp = Vec::new();
    for e in h.entries.as_slice() {
        tmp.push(*e).ok()?;
    }
    let mut v = Vec::new();
    let _ = v.extend_from_slice(h.entries.as_slice());
    msort(&h, &mut v.as_mut_slice()[..n], tmp.as_mut_slice());
    h.entries = v;
    Some(h)
}

/// What `help_filter` makes of `text` for `key` (or `text`); the second
/// value is a block to free.
///
/// # Safety
/// `a` is a valid argp; `st` NULL or a parse's state.
unsafe fn filter(
    text: *const c_char,
    key: c_int,
    a: *const argp,
    st: *const argp_state,
) -> *const c_char {
    // SAFETY: as the caller promises; the filter is the program's.
    unsafe {
        if a.is_null() {
            return text;
        }
        match (*a).help_filter {
            Some(f) => f(key, text, _argp_input(a, st)),
            None => text,
        }
    }
}

/// Frees what `filter` returned when it is not the text given.
unsafe fn unfilter(got: *const c_char, text: *const c_char) {
    if got != text && !got.is_null() {
        // SAFETY: the program's filter returned a malloc'd string.
        unsafe { crate::heap::free(got as *mut c_void) };
    }
}

/// Writes blanks up to column `col`.
fn indent_to(f: &mut Fmt, col: c_int) {
    // C's `int needed = col - point` with point a size_t (-1: col + 1).
    let mut need = (col as isize).wrapping_sub(f.point()) as c_int;
    while need > 0 {
        f.putc(b' ');
        need -= 1;
    }
}

/// glibc's `space`: a newline when `n` more columns would not fit,
/// else a blank.
fn space_for(f: &mut Fmt, n: usize) {
    if (f.point() as usize).wrapping_add(n) >= f.rmargin {
        f.putc(b'\n');
    } else {
        f.putc(b' ');
    }
}

fn cs<'a>(p: *const c_char) -> &'a [u8] {
    // SAFETY: the callers pass C strings from the option tables.
    unsafe { cstr(p) }
}

/// The usage list of options: short ones without arguments clustered,
/// short ones with arguments, then every long one.
fn usage_options(h: &Hol, f: &mut Fmt) {
    if h.entries.is_empty() {
        return;
    }
    let mut argless = Vec::new();
    let shorts = h.shorts.as_slice();
    // Visits each visible short option an entry shows, with its real
    // (non-alias) option.
    let each_short = |e: &Entry, g: &mut dyn FnMut(&argp_option, &argp_option)| {
        let so = &shorts[e.so..e.so_end];
        let opts = e.opts();
        let mut real = &opts[0];
        let mut k = 0;
        for o in opts {
            if is_short(o) && so.get(k) == Some(&(o.key as u8)) {
                if !alias(o) {
                    real = o;
                }
                if visible(o) {
                    g(o, real);
                }
                k += 1;
            }
        }
    };
    for e in h.entries.as_slice() {
        each_short(e, &mut |o, r| {
            if o.arg.is_null() && r.arg.is_null() && (o.flags | r.flags) & OPTION_NO_USAGE == 0 {
                let _ = argless.push(o.key as u8);
            }
        });
    }
    if !argless.is_empty() {
        f.printf(&[b" [-", argless.as_slice(), b"]"]);
    }
    for e in h.entries.as_slice() {
        each_short(e, &mut |o, r| {
            let arg = if o.arg.is_null() { r.arg } else { o.arg };
            let flags = o.flags | r.flags;
            if !arg.is_null() && flags & OPTION_NO_USAGE == 0 {
                let k = [o.key as u8];
                if flags & OPTION_ARG_OPTIONAL != 0 {
                    f.printf(&[b" [-", &k, b"[", cs(arg), b"]]"]);
                } else {
                    space_for(f, 6 + cs(arg).len());
                    f.printf(&[b"[-", &k, b" ", cs(arg), b"]"]);
                }
            }
        });
    }
    for e in h.entries.as_slice() {
        let opts = e.opts();
        let mut real = &opts[0];
        for o in opts {
            if o.name.is_null() {
                continue;
            }
            if !alias(o) {
                real = o;
            }
            if !visible(o) {
                continue;
            }
            let arg = if o.arg.is_null() { real.arg } else { o.arg };
            let flags = o.flags | real.flags;
            if flags & OPTION_NO_USAGE != 0 {
                continue;
            }
            if arg.is_null() {
                f.printf(&[b" [--", cs(o.name), b"]"]);
            } else if flags & OPTION_ARG_OPTIONAL != 0 {
                f.printf(&[b" [--", cs(o.name), b"[=", cs(arg), b"]]"]);
            } else {
                f.printf(&[b" [--", cs(o.name), b"=", cs(arg), b"]"]);
            }
        }
    }
}

/// How many argps of the tree have a multi-line `args_doc`.
///
/// # Safety
/// `a` is a valid argp tree.
unsafe fn args_levels(a: *const argp) -> usize {
    // SAFETY: as the caller promises.
    unsafe {
        let ar = &*a;
        let mut n = (!ar.args_doc.is_null() && cs(ar.args_doc).contains(&b'\n')) as usize;
        for k in children(ar.children) {
            n += args_levels(k.argp);
        }
        n
    }
}

/// Writes the tree's argument docs for the current usage line; returns
/// whether another line (another alternative) is due.
///
/// # Safety
/// `a` is a valid argp tree; `levels[*at..]` has a slot per multi-line
/// doc still to come.
unsafe fn args_usage(
    a: *const argp,
    st: *const argp_state,
    levels: &mut [usize],
    at: &mut usize,
    mut advance: bool,
    f: &mut Fmt,
) -> bool {
    // SAFETY: as the caller promises.
    unsafe {
        let ar = &*a;
        let our = *at;
        let mut multiple = false;
        let mut more = false;
        let fdoc = filter(ar.args_doc, ARGP_KEY_HELP_ARGS_DOC, a, st);
        if !fdoc.is_null() {
            let text = cs(fdoc);
            let mut lines = text.split(|&b| b == b'\n');
            let mut line = lines.next().unwrap_or(&[]);
            if text.contains(&b'\n') {
                multiple = true;
                for _ in 0..levels[our] {
                    line = lines.next().unwrap_or(&[]);
                }
                *at += 1;
                // Whether a line follows the one used.
                more = lines.next().is_some();
            }
            space_for(f, 1 + line.len());
            f.puts(line);
        }
        unfilter(fdoc, ar.args_doc);
        for k in children(ar.children) {
            advance = !args_usage(k.argp, st, levels, at, advance, f);
        }
        if advance && multiple {
            if more {
                levels[our] += 1;
                advance = false;
            } else if levels[our] > 0 {
                levels[our] = 0;
            }
        }
        !advance
    }
}

/// Writes the documentation before (`post` false: up to `\v`) or after
/// the options of the tree's argps; with `first_only`, only the first
/// that has some. Returns whether anything was written.
///
/// # Safety
/// `a` is a valid argp tree.
unsafe fn argp_doc(
    a: *const argp,
    st: *const argp_state,
    post: bool,
    pre_blank: bool,
    first_only: bool,
    f: &mut Fmt,
) -> bool {
    // SAFETY: as the caller promises.
    unsafe {
        let ar = &*a;
        let mut anything = false;
        let mut inp: Option<&[u8]> = None;
        if !ar.doc.is_null() {
            let d = cs(ar.doc);
            let vt = d.iter().position(|&b| b == b'\x0b');
            inp = if post {
                vt.map(|v| &d[v + 1..])
            } else {
                Some(match vt {
                    Some(v) => &d[..v],
                    None => d,
                })
            };
        }
        let input = _argp_input(a, st);
        let text: Option<&[u8]>;
        let mut owned: *mut c_char = null_mut();
        if let Some(filt) = ar.help_filter {
            // The filter gets a C string: copy the part before `\v`.
            let mut copy: *mut c_char = null_mut();
            let arg = match inp {
                Some(t) => {
                    copy = crate::heap::malloc(t.len() + 1) as *mut c_char;
                    if !copy.is_null() {
                        core::ptr::copy_nonoverlapping(t.as_ptr() as *const c_char, copy, t.len());
                        *copy.add(t.len()) = 0;
                    }
                    copy as *const c_char
                }
                None => null(),
            };
            let key = if post {
                ARGP_KEY_HELP_POST_DOC
            } else {
                ARGP_KEY_HELP_PRE_DOC
            };
            let r = filt(key, arg, input);
            if r.is_null() {
                text = None;
            } else {
                text = Some(cs(r));
                if r != copy {
                    owned = r;
                }
            }
            if let Some(t) = text {
                if pre_blank {
                    f.putc(b'\n');
                }
                f.puts(t);
                if f.point() as usize > f.lmargin {
                    f.putc(b'\n');
                }
                anything = true;
            }
            crate::heap::free(copy as *mut c_void);
            crate::heap::free(owned as *mut c_void);
        } else if let Some(t) = inp {
            if pre_blank {
                f.putc(b'\n');
            }
            f.puts(t);
            if f.point() as usize > f.lmargin {
                f.putc(b'\n');
            }
            anything = true;
        }
        if post && let Some(filt) = ar.help_filter {
            let r = filt(ARGP_KEY_HELP_EXTRA, null(), input);
            if !r.is_null() {
                if anything || pre_blank {
                    f.putc(b'\n');
                }
                f.puts(cs(r));
                crate::heap::free(r as *mut c_void);
                if f.point() as usize > f.lmargin {
                    f.putc(b'\n');
                }
                anything = true;
            }
        }
        for k in children(ar.children) {
            if first_only && anything {
                break;
            }
            anything |= argp_doc(k.argp, st, post, anything || pre_blank, first_only, f);
        }
        anything
    }
}

/// State shared while the option list is written.
struct HelpState {
    prev: Option<Entry>,
    sep_groups: bool,
    suppressed_dup_arg: bool,
}

/// A header line (an option group's or a cluster's).
///
/// # Safety
/// `a` is the argp it belongs to; `st` NULL or a parse's state.
unsafe fn print_header(
    text: *const c_char,
    a: *const argp,
    st: *const argp_state,
    hs: &mut HelpState,
    up: &Params,
    f: &mut Fmt,
) {
    // SAFETY: as the caller promises.
    unsafe {
        let fstr = filter(text, ARGP_KEY_HELP_HEADER, a, st);
        if !fstr.is_null() {
            if *fstr != 0 {
                if hs.prev.is_some() {
                    f.putc(b'\n');
                }
                indent_to(f, up.header_col);
                f.set_lmargin(up.header_col as usize);
                f.set_wmargin(up.header_col as usize);
                f.puts(cs(fstr));
                f.set_lmargin(0);
                f.putc(b'\n');
            }
            hs.sep_groups = true;
        }
        unfilter(fstr, text);
    }
}

/// Before each option name of an entry: the separator, or for the first
/// one the group gap and the cluster's header.
///
/// # Safety
/// As [`print_header`].
#[allow(clippy::too_many_arguments)]
unsafe fn comma(
    col: c_int,
    first: &mut bool,
    e: &Entry,
    h: &Hol,
    st: *const argp_state,
    hs: &mut HelpState,
    up: &Params,
    f: &mut Fmt,
) {
    if *first {
        let pe = hs.prev;
        if hs.sep_groups && pe.is_some_and(|p| p.group != e.group) {
            f.putc(b'\n');
        }
        if let Some(c) = e.cluster {
            let cl = *h.cl(c);
            if !cl.header.is_null()
                // SAFETY: the header is a C string.
                && unsafe { *cl.header } != 0
                && pe.is_none_or(|p| p.cluster != Some(c) && !h.is_child(p.cluster, c))
            {
                let old = f.wmargin();
                // SAFETY: as the caller promises.
                unsafe { print_header(cl.header, cl.argp, st, hs, up, f) };
                f.set_wmargin(old);
            }
        }
        *first = false;
    } else {
        f.puts(b", ");
    }
    indent_to(f, col);
}

/// One entry of the option list.
///
/// # Safety
/// As [`print_header`].
unsafe fn entry_help(
    e: &Entry,
    h: &Hol,
    st: *const argp_state,
    hs: &mut HelpState,
    up: &Params,
    f: &mut Fmt,
) {
    let opts = e.opts();
    let real = &opts[0];
    let so = &h.shorts.as_slice()[e.so..e.so_end];
    let old_lm = f.set_lmargin(0);
    let old_wm = f.wmargin();
    let mut first = true;
    let have_long = !doc(real) && opts.iter().any(|o| !o.name.is_null() && visible(o));
    let arg = |f: &mut Fmt, req: &[u8], opt: (&[u8], &[u8])| {
        if !real.arg.is_null() {
            if real.flags & OPTION_ARG_OPTIONAL != 0 {
                f.printf(&[opt.0, cs(real.arg), opt.1]);
            } else {
                f.printf(&[req, cs(real.arg)]);
            }
        }
    };
    // SAFETY: as the caller promises.
    unsafe {
        f.set_wmargin(up.short_opt_col as usize);
        let mut k = 0;
        for o in opts {
            if is_short(o) && so.get(k) == Some(&(o.key as u8)) {
                if visible(o) {
                    comma(up.short_opt_col, &mut first, e, h, st, hs, up, f);
                    f.putc(b'-');
                    f.putc(so[k]);
                    if !have_long || up.dup_args != 0 {
                        arg(f, b" ", (b"[", b"]"));
                    } else if !real.arg.is_null() {
                        hs.suppressed_dup_arg = true;
                    }
                }
                k += 1;
            }
        }
        if doc(real) {
            f.set_wmargin(up.doc_opt_col as usize);
            for o in opts {
                if !o.name.is_null() && visible(o) {
                    comma(up.doc_opt_col, &mut first, e, h, st, hs, up, f);
                    f.puts(cs(o.name));
                }
            }
        } else {
            f.set_wmargin(up.long_opt_col as usize);
            for o in opts {
                if !o.name.is_null() && visible(o) {
                    comma(up.long_opt_col, &mut first, e, h, st, hs, up, f);
                    f.printf(&[b"--", cs(o.name)]);
                    arg(f, b"=", (b"[=", b"]"));
                }
            }
        }
        f.set_lmargin(0);
        if first {
            if !is_short(real) && real.name.is_null() {
                print_header(real.doc, e.argp, st, hs, up, f);
            } else {
                f.set_lmargin(old_lm);
                f.set_wmargin(old_wm);
                return;
            }
        } else {
            let fstr = if real.doc.is_null() {
                null()
            } else {
                filter(real.doc, real.key, e.argp, st)
            };
            if !fstr.is_null() && *fstr != 0 {
                // An unsigned int, as glibc's (-1 is past every column).
                let col = f.point() as u32;
                f.set_lmargin(up.opt_doc_col as usize);
                f.set_wmargin(up.opt_doc_col as usize);
                if col > (up.opt_doc_col + 3) as u32 {
                    f.putc(b'\n');
                } else if col >= up.opt_doc_col as u32 {
                    f.puts(b"   ");
                } else {
                    indent_to(f, up.opt_doc_col);
                }
                f.puts(cs(fstr));
            }
            unfilter(fstr, real.doc);
            f.set_lmargin(0);
            f.putc(b'\n');
        }
        hs.prev = Some(*e);
        f.set_lmargin(old_lm);
        f.set_wmargin(old_wm);
    }
}

/// The option list, and the note on arguments shown once.
///
/// # Safety
/// As [`print_header`]; `root` is the argp whose filter gets the note.
unsafe fn hol_help(h: &Hol, root: *const argp, st: *const argp_state, up: &Params, f: &mut Fmt) {
    let mut hs = HelpState {
        prev: None,
        sep_groups: false,
        suppressed_dup_arg: false,
    };
    // SAFETY: as the caller promises.
    unsafe {
        for e in h.entries.as_slice() {
            entry_help(e, h, st, &mut hs, up, f);
        }
        if hs.suppressed_dup_arg && up.dup_args_note != 0 {
            let t = c"Mandatory or optional arguments to long options are also mandatory or optional for any corresponding short options.";
            let fa = if st.is_null() { null() } else { root };
            let fs = filter(t.as_ptr(), ARGP_KEY_HELP_DUP_ARGS_NOTE, fa, st);
            if !fs.is_null() && *fs != 0 {
                f.putc(b'\n');
                f.puts(cs(fs));
                f.putc(b'\n');
            }
            unfilter(fs, t.as_ptr());
        }
    }
}

/// glibc's `_help`: what `flags` ask for, about the tree under `a`.
///
/// # Safety
/// `a` is NULL or a valid argp tree; `st` NULL or its parse's state;
/// `stream` NULL or live; `name` a C string.
pub unsafe fn help(
    a: *const argp,
    st: *const argp_state,
    stream: *mut FILE,
    mut flags: c_uint,
    name: *mut c_char,
) {
    if stream.is_null() || a.is_null() {
        return;
    }
    // SAFETY: as the caller promises.
    unsafe {
        let up = params(st);
        crate::file::lock(stream);
        let mut f = Fmt::new(stream, up.rmargin.max(1) as usize);
        let mut anything = false;
        let h = if flags & (ARGP_HELP_USAGE | ARGP_HELP_SHORT_USAGE | ARGP_HELP_LONG) != 0 {
            hol(a)
        } else {
            None
        };
        let nentries = h.as_ref().map_or(0, |h| h.entries.len());
        let nm = cs(name);
        if flags & (ARGP_HELP_USAGE | ARGP_HELP_SHORT_USAGE) != 0 {
            let nlev = args_levels(a);
            let mut levels = Vec::new();
            for _ in 0..nlev {
                let _ = levels.push(0usize);
            }
            let mut first = true;
            loop {
                let old_wm = f.set_wmargin(up.usage_indent as usize);
                if first {
                    f.printf(&[b"Usage: ", nm]);
                } else {
                    f.printf(&[b"  or:  ", nm]);
                }
                let old_lm = f.set_lmargin(up.usage_indent as usize);
                if flags & ARGP_HELP_SHORT_USAGE != 0 {
                    if nentries > 0 {
                        f.puts(b" [OPTION...]");
                    }
                } else {
                    if let Some(h) = &h {
                        usage_options(h, &mut f);
                    }
                    flags |= ARGP_HELP_SHORT_USAGE;
                }
                let mut at = 0;
                let more = args_usage(a, st, levels.as_mut_slice(), &mut at, true, &mut f);
                f.set_wmargin(old_wm);
                f.set_lmargin(old_lm);
                f.putc(b'\n');
                anything = true;
                first = false;
                if !more {
                    break;
                }
            }
        }
        if flags & ARGP_HELP_PRE_DOC != 0 {
            anything |= argp_doc(a, st, false, false, true, &mut f);
        }
        if flags & ARGP_HELP_SEE != 0 {
            f.printf(&[
                b"Try `",
                nm,
                b" --help' or `",
                nm,
                b" --usage' for more information.\n",
            ]);
            anything = true;
        }
        if flags & ARGP_HELP_LONG != 0
            && let Some(h) = &h
            && nentries > 0
        {
            if anything {
                f.putc(b'\n');
            }
            hol_help(h, a, st, &up, &mut f);
            anything = true;
        }
        if flags & ARGP_HELP_POST_DOC != 0 {
            anything |= argp_doc(a, st, true, anything, false, &mut f);
        }
        if flags & ARGP_HELP_BUG_ADDR != 0 && !argp_program_bug_address.is_null() {
            if anything {
                f.putc(b'\n');
            }
            f.printf(&[b"Report bugs to ", cs(argp_program_bug_address), b".\n"]);
        }
        f.finish();
        crate::file::unlock(stream);
    }
}
