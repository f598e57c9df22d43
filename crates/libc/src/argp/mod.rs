//! `<argp.h>`: GNU argp, option parsing from tables with generated help.
//!
//! A program describes its options in `struct argp`s: a table of
//! `argp_option`s, a parser function called with each option's key (and
//! the special `ARGP_KEY_*` keys), and children whose options merge into
//! its own. `argp_parse` walks the tree once: each argp with options or a
//! parser becomes a *group* (parents before children), the options of all
//! groups become one `getopt_long` option string and long-option table
//! (a long option's value carries its group in the top 8 bits, a short
//! option's group is the first whose part of the option string holds it),
//! and the scan runs on a getopt state of its own
//! ([`crate::getopt::getopt_long_r`]), so glibc's permutation, `--`,
//! abbreviations and messages come with it. Operands go to each group's
//! parser in turn as `ARGP_KEY_ARG` (or `ARGP_KEY_ARGS`, the rest at
//! once) until one takes them. Unless `ARGP_NO_HELP`, the tree is wrapped
//! in a root with the default options (`-?`/`--help`, `--usage`, the
//! hidden `--program-name` and `--HANG`) and, when the program names a
//! version, `-V`/`--version`.
//!
//! The help text (`help.rs`) follows glibc's layout: option entries (an
//! option and its aliases) sorted by group, cluster (a child with a
//! header) and name; the usage line with its option lists; the
//! documentation before and after (`\v`); wrapping by a margin-aware
//! stream (`fmt.rs`); `ARGP_HELP_FMT` read once per process.
#![cfg_attr(test, allow(dead_code, unused_imports))]
pub mod fmt;
mod help;

use crate::file::{FILE, mode::cstr};
use crate::getopt::{Getopt, getopt_long_r, option};
use crate::heap::Vec;
use crate::types::*;
use core::ptr::{null, null_mut};

/// GNU `error_t`.
pub type error_t = c_int;

/// glibc's `struct argp_option`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct argp_option {
    pub name: *const c_char,
    pub key: c_int,
    pub arg: *const c_char,
    pub flags: c_int,
    pub doc: *const c_char,
    pub group: c_int,
}

/// glibc's `argp_parser_t`.
pub type argp_parser_t =
    Option<unsafe extern "C" fn(c_int, *mut c_char, *mut argp_state) -> error_t>;

/// glibc's `struct argp`.
#[repr(C)]
pub struct argp {
    pub options: *const argp_option,
    /// An `argp_parser_t` (spelled out for the layout check).
    pub parser: Option<unsafe extern "C" fn(c_int, *mut c_char, *mut argp_state) -> error_t>,
    pub args_doc: *const c_char,
    pub doc: *const c_char,
    pub children: *const argp_child,
    pub help_filter: Option<unsafe extern "C" fn(c_int, *const c_char, *mut c_void) -> *mut c_char>,
    pub argp_domain: *const c_char,
}

/// glibc's `struct argp_child`.
#[repr(C)]
pub struct argp_child {
    pub argp: *const argp,
    pub flags: c_int,
    pub header: *const c_char,
    pub group: c_int,
}

/// glibc's `struct argp_state`.
#[repr(C)]
pub struct argp_state {
    pub root_argp: *const argp,
    pub argc: c_int,
    pub argv: *mut *mut c_char,
    pub next: c_int,
    pub flags: c_uint,
    pub arg_num: c_uint,
    pub quoted: c_int,
    pub input: *mut c_void,
    pub child_inputs: *mut *mut c_void,
    pub hook: *mut c_void,
    pub name: *mut c_char,
    pub err_stream: *mut FILE,
    pub out_stream: *mut FILE,
    pub pstate: *mut c_void,
}

pub const OPTION_ARG_OPTIONAL: c_int = 0x1;
pub const OPTION_HIDDEN: c_int = 0x2;
pub const OPTION_ALIAS: c_int = 0x4;
pub const OPTION_DOC: c_int = 0x8;
pub const OPTION_NO_USAGE: c_int = 0x10;

const EBADKEY: error_t = syscall::errno::E2BIG as error_t;
const EINVAL: error_t = syscall::errno::EINVAL as error_t;
const ENOMEM: error_t = syscall::errno::ENOMEM as error_t;

pub const ARGP_KEY_ARG: c_int = 0;
pub const ARGP_KEY_ARGS: c_int = 0x1000006;
pub const ARGP_KEY_END: c_int = 0x1000001;
pub const ARGP_KEY_NO_ARGS: c_int = 0x1000002;
pub const ARGP_KEY_INIT: c_int = 0x1000003;
pub const ARGP_KEY_FINI: c_int = 0x1000007;
pub const ARGP_KEY_SUCCESS: c_int = 0x1000004;
pub const ARGP_KEY_ERROR: c_int = 0x1000005;

pub const ARGP_KEY_HELP_PRE_DOC: c_int = 0x2000001;
pub const ARGP_KEY_HELP_POST_DOC: c_int = 0x2000002;
pub const ARGP_KEY_HELP_HEADER: c_int = 0x2000003;
pub const ARGP_KEY_HELP_EXTRA: c_int = 0x2000004;
pub const ARGP_KEY_HELP_DUP_ARGS_NOTE: c_int = 0x2000005;
pub const ARGP_KEY_HELP_ARGS_DOC: c_int = 0x2000006;

pub const ARGP_PARSE_ARGV0: c_uint = 0x01;
pub const ARGP_NO_ERRS: c_uint = 0x02;
pub const ARGP_NO_ARGS: c_uint = 0x04;
pub const ARGP_IN_ORDER: c_uint = 0x08;
pub const ARGP_NO_HELP: c_uint = 0x10;
pub const ARGP_NO_EXIT: c_uint = 0x20;
pub const ARGP_LONG_ONLY: c_uint = 0x40;

pub const ARGP_HELP_USAGE: c_uint = 0x01;
pub const ARGP_HELP_SHORT_USAGE: c_uint = 0x02;
pub const ARGP_HELP_SEE: c_uint = 0x04;
pub const ARGP_HELP_LONG: c_uint = 0x08;
pub const ARGP_HELP_PRE_DOC: c_uint = 0x10;
pub const ARGP_HELP_POST_DOC: c_uint = 0x20;
pub const ARGP_HELP_BUG_ADDR: c_uint = 0x40;
pub const ARGP_HELP_LONG_ONLY: c_uint = 0x80;
pub const ARGP_HELP_EXIT_ERR: c_uint = 0x100;
pub const ARGP_HELP_EXIT_OK: c_uint = 0x200;
pub const ARGP_HELP_STD_ERR: c_uint = ARGP_HELP_SEE | ARGP_HELP_EXIT_ERR;
pub const ARGP_HELP_STD_USAGE: c_uint = ARGP_HELP_SHORT_USAGE | ARGP_HELP_SEE | ARGP_HELP_EXIT_ERR;
pub const ARGP_HELP_STD_HELP: c_uint = ARGP_HELP_SHORT_USAGE
    | ARGP_HELP_LONG
    | ARGP_HELP_EXIT_OK
    | ARGP_HELP_PRE_DOC
    | ARGP_HELP_POST_DOC
    | ARGP_HELP_BUG_ADDR;

// The program usually defines `argp_program_version` and its kin itself
// (its definition wins over the weak ones of libc.a), so every use must
// reach them through their symbols. They are defined in c/argp.c: LLVM
// merges a crate's small globals into one block addressed from a common
// base (riscv64 does), and such a use would read the library's own copy.
#[cfg(not(test))]
unsafe extern "C" {
    /// GNU `argp_program_version` (c/argp.c).
    pub static mut argp_program_version: *const c_char;
    /// GNU `argp_program_version_hook` (c/argp.c).
    pub static mut argp_program_version_hook:
        Option<unsafe extern "C" fn(*mut FILE, *mut argp_state)>;
    /// GNU `argp_program_bug_address` (c/argp.c).
    pub static mut argp_program_bug_address: *const c_char;
    /// GNU `argp_err_exit_status` (c/argp.c).
    pub static mut argp_err_exit_status: error_t;
}
#[cfg(test)]
pub static mut argp_program_version: *const c_char = null();
#[cfg(test)]
pub static mut argp_program_version_hook: Option<unsafe extern "C" fn(*mut FILE, *mut argp_state)> =
    None;
#[cfg(test)]
pub static mut argp_program_bug_address: *const c_char = null();
#[cfg(test)]
pub static mut argp_err_exit_status: error_t = 64;

/// The default options' keys that are no characters.
const OPT_PROGNAME: c_int = -2;
const OPT_USAGE: c_int = -3;
const OPT_HANG: c_int = -4;

/// Bits of a long option's value that hold the user's key.
const USER_BITS: u32 = 24;
const USER_MASK: c_int = (1 << USER_BITS) - 1;

/// GNU `_option_is_short`: whether the option has a short form (a
/// printable single-byte key, and not a documentation entry).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _option_is_short(o: *const argp_option) -> c_int {
    // SAFETY: o points to an option.
    let o = unsafe { &*o };
    (o.flags & OPTION_DOC == 0 && o.key > 0 && o.key <= 0xff && is_print(o.key)) as c_int
}

/// GNU `_option_is_end`: whether the option is a table's all-zero end.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _option_is_end(o: *const argp_option) -> c_int {
    // SAFETY: o points to an option.
    let o = unsafe { &*o };
    (o.key == 0 && o.name.is_null() && o.doc.is_null() && o.group == 0) as c_int
}

/// `isprint` of the current locale (C and C.UTF-8 agree on bytes).
fn is_print(c: c_int) -> bool {
    (0x20..0x7f).contains(&c)
}

/// Whether `o` is a table end (the safe view of [`_option_is_end`]).
fn is_end(o: &argp_option) -> bool {
    o.key == 0 && o.name.is_null() && o.doc.is_null() && o.group == 0
}

fn is_short(o: &argp_option) -> bool {
    o.flags & OPTION_DOC == 0 && o.key > 0 && o.key <= 0xff && is_print(o.key)
}

/// The options of a table, up to its end (none for NULL).
///
/// # Safety
/// `p` is NULL or a table ending with an all-zero entry.
unsafe fn options<'a>(p: *const argp_option) -> &'a [argp_option] {
    if p.is_null() {
        return &[];
    }
    let mut n = 0;
    // SAFETY: the table has an end entry.
    unsafe {
        while !is_end(&*p.add(n)) {
            n += 1;
        }
        core::slice::from_raw_parts(p, n)
    }
}

/// The children of an argp, up to the one with a NULL argp.
///
/// # Safety
/// `p` is NULL or an array ending with a NULL `argp`.
unsafe fn children<'a>(p: *const argp_child) -> &'a [argp_child] {
    if p.is_null() {
        return &[];
    }
    let mut n = 0;
    // SAFETY: the array has an end entry.
    unsafe {
        while !(*p.add(n)).argp.is_null() {
            n += 1;
        }
        core::slice::from_raw_parts(p, n)
    }
}

/// One argp with options or a parser, as the parse sees it.
#[derive(Clone, Copy)]
struct Group {
    parser: argp_parser_t,
    argp: *const argp,
    /// Its options end here in the short-option string.
    short_end: usize,
    args_processed: c_uint,
    parent: Option<usize>,
    parent_index: usize,
    input: *mut c_void,
    /// Where its children's inputs start in `child_inputs` (if it has
    /// children).
    child_inputs: Option<usize>,
    hook: *mut c_void,
}

/// The state of one `argp_parse` (what `state.pstate` points to).
struct Parser {
    state: argp_state,
    shorts: Vec<u8>,
    longs: Vec<option>,
    groups: Vec<Group>,
    child_inputs: Vec<*mut c_void>,
    go: Getopt,
    try_getopt: bool,
}

impl Parser {
    /// `__argp_input`: the input of the group parsing for `a`.
    fn input_of(&self, a: *const argp) -> *mut c_void {
        self.groups
            .as_slice()
            .iter()
            .find(|g| g.argp == a)
            .map_or(null_mut(), |g| g.input)
    }
}

/// Counts, over the tree, what the parser needs: (groups, short-option
/// bytes, long options, child slots).
///
/// # Safety
/// `a` is a valid argp tree.
unsafe fn count(a: *const argp, n: &mut (usize, usize, usize, usize)) {
    // SAFETY: as the caller promises.
    unsafe {
        let a = &*a;
        let opts = options(a.options);
        let kids = children(a.children);
        if !a.options.is_null() || a.parser.is_some() {
            n.0 += 1;
            n.1 += opts.len() * 3;
            n.2 += opts.len();
            n.3 += kids.len();
        }
        for k in kids {
            count(k.argp, n);
        }
    }
}

/// Where a long option named `name` is in the table so far.
///
/// # Safety
/// The names are C strings.
unsafe fn find_long(longs: &[option], name: *const c_char) -> bool {
    // SAFETY: as the caller promises.
    unsafe { longs.iter().any(|o| cstr(o.name) == cstr(name)) }
}

/// Adds the groups of the tree under `a`, depth first (glibc's
/// `convert_options`).
///
/// # Safety
/// `a` is a valid argp tree; the vectors have room (see [`count`]).
unsafe fn convert(p: &mut Parser, a: *const argp, parent: Option<usize>, parent_index: usize) {
    // SAFETY: as the caller promises.
    unsafe {
        let ar = &*a;
        let kids = children(ar.children);
        let mut me = None;
        if !ar.options.is_null() || ar.parser.is_some() {
            let gi = p.groups.len();
            let mut real: Option<&argp_option> = None;
            for o in options(ar.options) {
                if o.flags & OPTION_ALIAS == 0 || real.is_none() {
                    real = Some(o);
                }
                let r = real.unwrap_or(o);
                if r.flags & OPTION_DOC != 0 {
                    continue;
                }
                if is_short(o) {
                    let _ = p.shorts.push(o.key as u8);
                    if !r.arg.is_null() {
                        let _ = p.shorts.push(b':');
                        if r.flags & OPTION_ARG_OPTIONAL != 0 {
                            let _ = p.shorts.push(b':');
                        }
                    }
                }
                if !o.name.is_null() && !find_long(p.longs.as_slice(), o.name) {
                    let has_arg = if r.arg.is_null() {
                        0
                    } else if r.flags & OPTION_ARG_OPTIONAL != 0 {
                        2
                    } else {
                        1
                    };
                    let key = if o.key != 0 { o.key } else { r.key };
                    let _ = p.longs.push(option {
                        name: o.name,
                        has_arg,
                        flag: null_mut(),
                        val: (key & USER_MASK) + ((gi as c_int + 1) << USER_BITS),
                    });
                }
            }
            let ci = if kids.is_empty() {
                None
            } else {
                let at = p.child_inputs.len();
                for _ in kids {
                    let _ = p.child_inputs.push(null_mut());
                }
                Some(at)
            };
            let _ = p.groups.push(Group {
                parser: ar.parser,
                argp: a,
                short_end: p.shorts.len(),
                args_processed: 0,
                parent,
                parent_index,
                input: null_mut(),
                child_inputs: ci,
                hook: null_mut(),
            });
            me = Some(gi);
        }
        for (i, k) in kids.iter().enumerate() {
            convert(p, k.argp, me, i);
        }
    }
}

/// Calls group `g`'s parser with `key` (EBADKEY when it has none).
///
/// # Safety
/// `p` is a set-up parser; `arg` is what the key takes.
unsafe fn group_parse(p: &mut Parser, g: usize, key: c_int, arg: *mut c_char) -> error_t {
    let grp = p.groups.as_slice()[g];
    let Some(f) = grp.parser else {
        return EBADKEY;
    };
    p.state.hook = grp.hook;
    p.state.input = grp.input;
    p.state.child_inputs = match grp.child_inputs {
        // SAFETY: the index is inside child_inputs, which never moves.
        Some(i) => unsafe { p.child_inputs.as_mut_slice().as_mut_ptr().add(i) },
        None => null_mut(),
    };
    p.state.arg_num = grp.args_processed;
    // SAFETY: the program's parser, with the state it expects.
    let e = unsafe { f(key, arg, &mut p.state) };
    p.groups.as_mut_slice()[g].hook = p.state.hook;
    e
}

/// glibc's key values for getopt's answers.
const KEY_END: c_int = -1;
const KEY_ARG: c_int = 1;
const KEY_ERR: c_int = b'?' as c_int;

/// An operand: offered to each group in turn.
///
/// # Safety
/// `p` is a set-up parser.
unsafe fn parse_arg(p: &mut Parser, val: *mut c_char) -> error_t {
    p.state.next -= 1;
    let index = p.state.next;
    let mut err = EBADKEY;
    let mut key = ARGP_KEY_ARG;
    let mut g = 0;
    let n = p.groups.len();
    // SAFETY: the groups' parsers with their state.
    unsafe {
        while g < n && err == EBADKEY {
            p.state.next += 1;
            key = ARGP_KEY_ARG;
            err = group_parse(p, g, key, val);
            if err == EBADKEY {
                p.state.next -= 1;
                key = ARGP_KEY_ARGS;
                err = group_parse(p, g, key, null_mut());
            }
            g += 1;
        }
    }
    if err == 0 {
        if key == ARGP_KEY_ARGS {
            p.state.next = p.state.argc;
        }
        if p.state.next > index {
            p.groups.as_mut_slice()[g - 1].args_processed += (p.state.next - index) as c_uint;
        } else {
            p.try_getopt = true;
        }
    }
    err
}

/// An option getopt returned.
///
/// # Safety
/// `p` is a set-up parser.
unsafe fn parse_opt(p: &mut Parser, opt: c_int, arg: *mut c_char) -> error_t {
    let group_key = opt >> USER_BITS;
    let mut err = EBADKEY;
    // SAFETY: the groups' parsers with their state.
    unsafe {
        if group_key == 0 {
            let shorts = p.shorts.as_slice();
            let at = shorts[..shorts.len() - 1]
                .iter()
                .position(|&b| b as c_int == opt);
            if let Some(at) = at {
                let g = p.groups.as_slice().iter().position(|g| g.short_end > at);
                if let Some(g) = g {
                    err = group_parse(p, g, opt, arg);
                }
            }
        } else {
            let key = (opt << (32 - USER_BITS)) >> (32 - USER_BITS);
            err = group_parse(p, (group_key - 1) as usize, key, arg);
        }
        if err == EBADKEY {
            let what = b"(PROGRAM ERROR) Option should have been recognized!?";
            if group_key == 0 {
                let c = [opt as u8];
                error_msg(&p.state, &[b"-", &c, b": ", what]);
            } else if let Some(o) = p.longs.as_slice().iter().find(|o| o.val == opt) {
                error_msg(&p.state, &[b"--", cstr(o.name), b": ", what]);
            }
        }
    }
    err
}

/// One step of the parse; `arg_ebadkey` says whether an EBADKEY came
/// from running out of operands (or an operand nobody took).
///
/// # Safety
/// `p` is a set-up parser.
unsafe fn parse_next(p: &mut Parser, arg_ebadkey: &mut bool) -> error_t {
    if p.state.quoted != 0 && p.state.next < p.state.quoted {
        p.state.quoted = 0;
    }
    let mut opt;
    // SAFETY: argv/argc are the caller's; the option tables are built.
    unsafe {
        if p.try_getopt && p.state.quoted == 0 {
            p.go.optind = p.state.next;
            p.go.optarg = null_mut();
            p.go.optopt = KEY_END;
            opt = getopt_long_r(
                &mut p.go,
                p.state.argc,
                p.state.argv,
                p.shorts.as_slice().as_ptr() as *const c_char,
                p.longs.as_slice().as_ptr(),
                p.state.flags & ARGP_LONG_ONLY != 0,
            );
            p.state.next = p.go.optind;
            if opt == KEY_END {
                p.try_getopt = false;
                if p.state.next > 1 && cstr(*p.state.argv.add(p.state.next as usize - 1)) == b"--" {
                    p.state.quoted = p.state.next;
                }
            } else if opt == KEY_ERR && p.go.optopt != KEY_END {
                *arg_ebadkey = false;
                return EBADKEY;
            }
        } else {
            opt = KEY_END;
        }
        let mut arg = p.go.optarg;
        if opt == KEY_END {
            if p.state.next >= p.state.argc || p.state.flags & ARGP_NO_ARGS != 0 {
                *arg_ebadkey = true;
                return EBADKEY;
            }
            opt = KEY_ARG;
            arg = *p.state.argv.add(p.state.next as usize);
            p.state.next += 1;
        }
        let err = if opt == KEY_ARG {
            parse_arg(p, arg)
        } else {
            parse_opt(p, opt, arg)
        };
        if err == EBADKEY {
            *arg_ebadkey = opt == KEY_END || opt == KEY_ARG;
        }
        err
    }
}

/// The end of the parse: the closing keys, the messages, the result.
///
/// # Safety
/// `p` is a set-up parser.
unsafe fn finalize(
    p: &mut Parser,
    mut err: error_t,
    arg_ebadkey: bool,
    end_index: *mut c_int,
) -> error_t {
    let n = p.groups.len();
    // SAFETY: the groups' parsers with their state; end_index is NULL or
    // writable; the streams are the caller's.
    unsafe {
        if err == EBADKEY && arg_ebadkey {
            err = 0;
        }
        if err == 0 {
            if p.state.next == p.state.argc {
                let mut g = 0;
                while g < n && (err == 0 || err == EBADKEY) {
                    if p.groups.as_slice()[g].args_processed == 0 {
                        err = group_parse(p, g, ARGP_KEY_NO_ARGS, null_mut());
                    }
                    g += 1;
                }
                let mut g = n;
                while g > 0 && (err == 0 || err == EBADKEY) {
                    g -= 1;
                    err = group_parse(p, g, ARGP_KEY_END, null_mut());
                }
                if err == EBADKEY {
                    err = 0;
                }
                if !end_index.is_null() {
                    *end_index = p.state.next;
                }
            } else if !end_index.is_null() {
                *end_index = p.state.next;
            } else {
                if p.state.flags & ARGP_NO_ERRS == 0 && !p.state.err_stream.is_null() {
                    let f = p.state.err_stream;
                    out(f, cstr(p.state.name));
                    out(f, b": Too many arguments\n");
                }
                err = EBADKEY;
            }
        }
        if err != 0 {
            if err == EBADKEY {
                argp_state_help(&p.state, p.state.err_stream, ARGP_HELP_STD_ERR as c_int);
            }
            for g in 0..n {
                group_parse(p, g, ARGP_KEY_ERROR, null_mut());
            }
        } else {
            let mut g = n;
            while g > 0 && (err == 0 || err == EBADKEY) {
                g -= 1;
                err = group_parse(p, g, ARGP_KEY_SUCCESS, null_mut());
            }
            if err == EBADKEY {
                err = 0;
            }
        }
        for g in (0..n).rev() {
            group_parse(p, g, ARGP_KEY_FINI, null_mut());
        }
    }
    if err == EBADKEY { EINVAL } else { err }
}

/// Writes `b` to the stream `f`.
///
/// # Safety
/// `f` is a live stream.
unsafe fn out(f: *mut FILE, b: &[u8]) {
    // SAFETY: as the caller promises.
    unsafe { crate::stdio::fwrite(b.as_ptr() as *const c_void, 1, b.len(), f) };
}

/// The parser of the default options (`--help`, `--usage`,
/// `--program-name`, `--HANG`).
unsafe extern "C" fn default_parser(key: c_int, arg: *mut c_char, st: *mut argp_state) -> error_t {
    // SAFETY: st is the parse's state; arg is the option's argument.
    unsafe {
        let s = &mut *st;
        match key {
            k if k == b'?' as c_int => {
                argp_state_help(s, s.out_stream, ARGP_HELP_STD_HELP as c_int)
            }
            OPT_USAGE => argp_state_help(
                s,
                s.out_stream,
                (ARGP_HELP_USAGE | ARGP_HELP_EXIT_OK) as c_int,
            ),
            OPT_PROGNAME => {
                crate::start::program_invocation_name = arg;
                let base = base_name(arg);
                s.name = base;
                crate::start::program_invocation_short_name = base;
                if s.flags & (ARGP_PARSE_ARGV0 | ARGP_NO_ERRS) == ARGP_PARSE_ARGV0 {
                    *s.argv = arg;
                }
            }
            OPT_HANG => {
                let mut secs: c_uint = 3600;
                if !arg.is_null() {
                    secs = crate::stdlib::strtol(arg, null_mut(), 10) as c_uint;
                }
                while secs > 0 {
                    secs = crate::unistd::sleep(secs);
                }
            }
            _ => return EBADKEY,
        }
    }
    0
}

/// The parser of `-V`/`--version`.
unsafe extern "C" fn version_parser(key: c_int, _arg: *mut c_char, st: *mut argp_state) -> error_t {
    if key != b'V' as c_int {
        return EBADKEY;
    }
    // SAFETY: st is the parse's state; the version variables are the
    // program's.
    unsafe {
        let s = &mut *st;
        if let Some(h) = *(&raw const argp_program_version_hook) {
            h(s.out_stream, s);
        } else if !argp_program_version.is_null() {
            out(s.out_stream, cstr(argp_program_version));
            out(s.out_stream, b"\n");
        } else {
            error_msg(s, &[b"(PROGRAM ERROR) No version known!?"]);
        }
        if s.flags & ARGP_NO_EXIT == 0 {
            crate::stdlib::exit(0);
        }
    }
    0
}

/// The part of `path` after its last `/`.
///
/// # Safety
/// `path` is a C string.
unsafe fn base_name(path: *mut c_char) -> *mut c_char {
    // SAFETY: as the caller promises.
    unsafe {
        let s = cstr(path);
        match s.iter().rposition(|&b| b == b'/') {
            Some(i) => path.add(i + 1),
            None => path,
        }
    }
}

/// The name messages carry when there is no state.
fn short_program_name() -> *mut c_char {
    // SAFETY: set once at startup.
    unsafe { crate::start::program_invocation_short_name }
}

/// `argp_error` with a fixed text: "name: text\n" and the "Try" line.
///
/// # Safety
/// `st` is a parse's state.
unsafe fn error_msg(st: *const argp_state, parts: &[&[u8]]) {
    // SAFETY: as the caller promises.
    unsafe {
        if !st.is_null() && (*st).flags & ARGP_NO_ERRS != 0 {
            return;
        }
        let f = if st.is_null() {
            crate::stdio::stderr
        } else {
            (*st).err_stream
        };
        if f.is_null() {
            return;
        }
        let name = if st.is_null() {
            short_program_name()
        } else {
            (*st).name
        };
        crate::file::lock(f);
        out(f, cstr(name));
        out(f, b": ");
        for p in parts {
            out(f, p);
        }
        out(f, b"\n");
        argp_state_help(st, f, ARGP_HELP_STD_ERR as c_int);
        crate::file::unlock(f);
    }
}

/// GNU `argp_parse`: parses `argv[0..argc]` with the options of `argp`
/// (and its children, and the default `--help`/`--usage`/`--version`
/// unless `ARGP_NO_HELP`), calling the parsers; `*end_index`, when not
/// NULL, gets the index of the first argument not parsed. Returns 0 or
/// the error a parser returned (EINVAL for a usage error that did not
/// exit).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argp_parse(
    argp_: *const argp,
    argc: c_int,
    argv: *mut *mut c_char,
    flags: c_uint,
    end_index: *mut c_int,
    input: *mut c_void,
) -> error_t {
    let z = argp_option {
        name: null(),
        key: 0,
        arg: null(),
        flags: 0,
        doc: null(),
        group: 0,
    };
    let def_opts = [
        argp_option {
            name: c"help".as_ptr(),
            key: b'?' as c_int,
            doc: c"Give this help list".as_ptr(),
            group: -1,
            ..z
        },
        argp_option {
            name: c"usage".as_ptr(),
            key: OPT_USAGE,
            doc: c"Give a short usage message".as_ptr(),
            ..z
        },
        argp_option {
            name: c"program-name".as_ptr(),
            key: OPT_PROGNAME,
            arg: c"NAME".as_ptr(),
            flags: OPTION_HIDDEN,
            doc: c"Set the program name".as_ptr(),
            ..z
        },
        argp_option {
            name: c"HANG".as_ptr(),
            key: OPT_HANG,
            arg: c"SECS".as_ptr(),
            flags: OPTION_ARG_OPTIONAL | OPTION_HIDDEN,
            doc: c"Hang for SECS seconds (default 3600)".as_ptr(),
            ..z
        },
        z,
    ];
    let ver_opts = [
        argp_option {
            name: c"version".as_ptr(),
            key: b'V' as c_int,
            doc: c"Print program version".as_ptr(),
            group: -1,
            ..z
        },
        z,
    ];
    let blank = argp {
        options: null(),
        parser: None,
        args_doc: null(),
        doc: null(),
        children: null(),
        help_filter: None,
        argp_domain: null(),
    };
    let def_argp = argp {
        options: def_opts.as_ptr(),
        parser: Some(default_parser),
        ..blank
    };
    let ver_argp = argp {
        options: ver_opts.as_ptr(),
        parser: Some(version_parser),
        ..blank
    };
    let nochild = argp_child {
        argp: null(),
        flags: 0,
        header: null(),
        group: 0,
    };
    let mut kids = [
        argp_child { ..nochild },
        argp_child { ..nochild },
        argp_child { ..nochild },
        argp_child { ..nochild },
    ];
    let mut top = argp { ..blank };
    let mut root = argp_;
    if flags & ARGP_NO_HELP == 0 {
        let mut k = 0;
        if !argp_.is_null() {
            kids[k].argp = argp_;
            k += 1;
        }
        kids[k].argp = &def_argp;
        k += 1;
        // SAFETY: reading the program's version variables.
        if unsafe {
            !argp_program_version.is_null() || (*(&raw const argp_program_version_hook)).is_some()
        } {
            kids[k].argp = &ver_argp;
        }
        top.children = kids.as_ptr();
        root = &top;
    }

    let mut n = (0, 0, 0, 0);
    // SAFETY: root is a valid tree (the program's, under ours).
    unsafe { count(root, &mut n) };
    let mut p = Parser {
        state: argp_state {
            root_argp: root,
            argc,
            argv,
            next: 0,
            flags,
            arg_num: 0,
            quoted: 0,
            input: null_mut(),
            child_inputs: null_mut(),
            hook: null_mut(),
            name: null_mut(),
            // SAFETY: reading the standard streams' pointers.
            err_stream: unsafe { crate::stdio::stderr },
            // SAFETY: as above.
            out_stream: unsafe { crate::stdio::stdout },
            pstate: null_mut(),
        },
        shorts: Vec::new(),
        longs: Vec::new(),
        groups: Vec::new(),
        child_inputs: Vec::new(),
        go: Getopt::new(),
        try_getopt: true,
    };
    if p.shorts.reserve(n.1 + 2).is_err()
        || p.longs.reserve(n.2 + 1).is_err()
        || p.groups.reserve(n.0).is_err()
        || p.child_inputs.reserve(n.3).is_err()
    {
        return ENOMEM;
    }
    if flags & ARGP_IN_ORDER != 0 {
        let _ = p.shorts.push(b'-');
    } else if flags & ARGP_NO_ARGS != 0 {
        let _ = p.shorts.push(b'+');
    }
    // SAFETY: as count.
    unsafe { convert(&mut p, root, None, 0) };
    let _ = p.shorts.push(0);
    let _ = p.longs.push(option {
        name: null(),
        has_arg: 0,
        flag: null_mut(),
        val: 0,
    });
    p.state.pstate = &raw mut p as *mut c_void;

    let ng = p.groups.len();
    if ng > 0 {
        p.groups.as_mut_slice()[0].input = input;
    }
    let mut err = 0;
    let mut g = 0;
    // SAFETY: the groups' parsers with their state.
    unsafe {
        while g < ng && (err == 0 || err == EBADKEY) {
            let grp = p.groups.as_slice()[g];
            let mut inp = grp.input;
            if let Some(par) = grp.parent {
                let pg = p.groups.as_slice()[par];
                if let Some(ci) = pg.child_inputs {
                    inp = p.child_inputs.as_slice()[ci + grp.parent_index];
                }
                p.groups.as_mut_slice()[g].input = inp;
            }
            if grp.parser.is_none() {
                let a = &*grp.argp;
                if !a.children.is_null()
                    && !(*a.children).argp.is_null()
                    && let Some(ci) = grp.child_inputs
                {
                    p.child_inputs.as_mut_slice()[ci] = inp;
                }
            }
            err = group_parse(&mut p, g, ARGP_KEY_INIT, null_mut());
            g += 1;
        }
    }
    if err == EBADKEY {
        err = 0;
    }
    if err != 0 {
        return err;
    }
    if flags & ARGP_NO_ERRS != 0 {
        p.go.opterr = 0;
        if flags & ARGP_PARSE_ARGV0 != 0 {
            // getopt skips argv[0]: start it one word earlier, with
            // messages off so that word is never read.
            p.state.argv = argv.wrapping_sub(1);
            p.state.argc += 1;
        }
    } else {
        p.go.opterr = 1;
    }
    // SAFETY: argv[0] is a C string when present.
    p.state.name = unsafe {
        if p.state.argv == argv && !argv.is_null() && !(*argv).is_null() {
            base_name(*argv)
        } else {
            short_program_name()
        }
    };
    let mut arg_ebadkey = false;
    // SAFETY: the parser is set up.
    unsafe {
        while err == 0 {
            err = parse_next(&mut p, &mut arg_ebadkey);
        }
        finalize(&mut p, err, arg_ebadkey, end_index)
    }
}

/// GNU `_argp_input`: the input `argp_parse` gave the parser of `a` (one
/// of the parse's argps), or NULL.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn _argp_input(a: *const argp, st: *const argp_state) -> *mut c_void {
    // SAFETY: st is NULL or a parse's state, whose pstate is its parser.
    unsafe {
        if st.is_null() || (*st).pstate.is_null() {
            return null_mut();
        }
        (*((*st).pstate as *const Parser)).input_of(a)
    }
}

/// GNU `argp_state_help`: `argp_help` for the parse of `state`, named as
/// it; then, unless `ARGP_NO_EXIT`, exit with `argp_err_exit_status`
/// (`ARGP_HELP_EXIT_ERR`) or 0 (`ARGP_HELP_EXIT_OK`). Nothing with
/// `ARGP_NO_ERRS`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argp_state_help(st: *const argp_state, stream: *mut FILE, flags: c_int) {
    let mut flags = flags as c_uint;
    // SAFETY: st is NULL or a parse's state; the stream is live.
    unsafe {
        if (!st.is_null() && (*st).flags & ARGP_NO_ERRS != 0) || stream.is_null() {
            return;
        }
        if !st.is_null() && (*st).flags & ARGP_LONG_ONLY != 0 {
            flags |= ARGP_HELP_LONG_ONLY;
        }
        let (root, name) = if st.is_null() {
            (null(), short_program_name())
        } else {
            ((*st).root_argp, (*st).name)
        };
        help::help(root, st, stream, flags, name);
        if st.is_null() || (*st).flags & ARGP_NO_EXIT == 0 {
            if flags & ARGP_HELP_EXIT_ERR != 0 {
                crate::stdlib::exit(argp_err_exit_status);
            }
            if flags & ARGP_HELP_EXIT_OK != 0 {
                crate::stdlib::exit(0);
            }
        }
    }
}

/// GNU `argp_help`: writes the help `flags` ask for (`ARGP_HELP_*`) about
/// `argp` to `stream`, naming the program `name`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argp_help(
    a: *const argp,
    stream: *mut FILE,
    flags: c_uint,
    name: *mut c_char,
) {
    // SAFETY: the caller's argp tree, stream and name.
    unsafe { help::help(a, null(), stream, flags, name) }
}

/// GNU `argp_usage`: the short usage message and the "Try" line on
/// stderr, then exit with `argp_err_exit_status` (unless
/// `ARGP_NO_EXIT`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn argp_usage(st: *const argp_state) {
    // SAFETY: the caller's state; stderr is live.
    unsafe { argp_state_help(st, crate::stdio::stderr, ARGP_HELP_STD_USAGE as c_int) }
}

/// Backend of `argp_error` (c/argp.c): "name: message\n" and the "Try"
/// line on the state's error stream, then exit as `argp_state_help`
/// with `ARGP_HELP_STD_ERR`; `ap` is a `va_list *`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_argp_verror(
    st: *const argp_state,
    fmt: *const c_char,
    ap: *mut c_void,
) {
    // SAFETY: st is NULL or a parse's state; fmt/ap are the caller's.
    unsafe {
        if !st.is_null() && (*st).flags & ARGP_NO_ERRS != 0 {
            return;
        }
        let f = if st.is_null() {
            crate::stdio::stderr
        } else {
            (*st).err_stream
        };
        if f.is_null() {
            return;
        }
        let name = if st.is_null() {
            short_program_name()
        } else {
            (*st).name
        };
        crate::file::lock(f);
        out(f, cstr(name));
        out(f, b": ");
        crate::stdio::__ferro_vfprintf(f, fmt, ap);
        out(f, b"\n");
        argp_state_help(st, f, ARGP_HELP_STD_ERR as c_int);
        crate::file::unlock(f);
    }
}

/// Backend of `argp_failure` (c/argp.c): "name[: message][: strerror]\n"
/// on the state's error stream, then `exit(status)` when `status` is
/// nonzero (unless `ARGP_NO_EXIT`); `ap` is a `va_list *`.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __ferro_argp_vfailure(
    st: *const argp_state,
    status: c_int,
    errnum: c_int,
    fmt: *const c_char,
    ap: *mut c_void,
) {
    // SAFETY: st is NULL or a parse's state; fmt/ap are the caller's.
    unsafe {
        if !st.is_null() && (*st).flags & ARGP_NO_ERRS != 0 {
            return;
        }
        let f = if st.is_null() {
            crate::stdio::stderr
        } else {
            (*st).err_stream
        };
        if f.is_null() {
            return;
        }
        let name = if st.is_null() {
            short_program_name()
        } else {
            (*st).name
        };
        crate::file::lock(f);
        out(f, cstr(name));
        if !fmt.is_null() {
            out(f, b": ");
            crate::stdio::__ferro_vfprintf(f, fmt, ap);
        }
        if errnum != 0 {
            out(f, b": ");
            let mut buf = [0 as c_char; 64];
            out(
                f,
                cstr(crate::string::strerror_r(
                    errnum,
                    buf.as_mut_ptr(),
                    buf.len(),
                )),
            );
        }
        out(f, b"\n");
        crate::file::unlock(f);
        if status != 0 && (st.is_null() || (*st).flags & ARGP_NO_EXIT == 0) {
            crate::stdlib::exit(status);
        }
    }
}
