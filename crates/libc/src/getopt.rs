//! `<getopt.h>` (and `getopt` of `<unistd.h>`): command-line option
//! parsing with GNU semantics.
//!
//! One scanner serves `getopt`, `getopt_long`, `getopt_long_only` and
//! `__posix_getopt` (what `<unistd.h>` binds `getopt` to when a program
//! asks for POSIX and not GNU). The scanner keeps, besides the public
//! `optind`, the position inside a cluster of short options (`-abc`) and
//! the span of operands skipped so far, `[first, last)`. In the default
//! (GNU) order operands are skipped and, when the next option is found,
//! rotated behind it, so when the scan ends every option precedes every
//! operand and `optind` names the first operand. A leading `+` in the
//! option string (or `POSIXLY_CORRECT` in the environment, or
//! `__posix_getopt`) stops at the first operand instead; a leading `-`
//! returns each operand as the argument of option `1`. A `:` after
//! those silences the messages and reports a missing argument as `:`.
//! `optind = 0` restarts the scan from scratch (a GNU extension).
//!
//! Messages go to `stderr` in glibc's words, prefixed with `argv[0]`.
use crate::err::{put, put_c};
use crate::file::{self, mode::cstr};
use crate::types::*;
use core::ptr::{null, null_mut};

/// POSIX `optarg`: the argument of the option just returned.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut optarg: *mut c_char = null_mut();
/// POSIX `optind`: the index of the next element of `argv` to scan.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut optind: c_int = 1;
/// POSIX `opterr`: zero silences the messages.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut opterr: c_int = 1;
/// POSIX `optopt`: the option character that caused the last error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub static mut optopt: c_int = b'?' as c_int;

/// GNU `struct option` (`<getopt.h>`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct option {
    pub name: *const c_char,
    pub has_arg: c_int,
    pub flag: *mut c_int,
    pub val: c_int,
}

const REQUIRED: c_int = 1;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// Skip operands and rotate them behind the options.
    Permute,
    /// Stop at the first operand.
    Stop,
    /// Return each operand as option 1.
    Operands,
}

#[derive(Clone, Copy)]
struct Scan {
    init: bool,
    /// Next character of the current short-option cluster, or null.
    next: *mut c_char,
    /// Operands skipped and not yet rotated: `argv[first..last]`.
    first: c_int,
    last: c_int,
    order: Order,
}

/// The scanner's own `optopt`, copied to the public one after every call
/// (so a program's store to `optopt` does not survive a call, and the first
/// call leaves 0 there, as glibc's does).
static mut OPTOPT: c_int = 0;

static mut SCAN: Scan = Scan {
    init: false,
    next: null_mut(),
    first: 1,
    last: 1,
    order: Order::Permute,
};

/// The byte at `p + i`.
///
/// # Safety
/// `p + i` is inside a C string (its terminator included).
unsafe fn at(p: *const c_char, i: usize) -> u8 {
    // SAFETY: the caller keeps `p + i` inside the string.
    unsafe { *p.add(i) as u8 }
}

/// Where `c` is in the option string, if it is a valid option character.
unsafe fn find_opt(os: *const c_char, c: u8) -> Option<*const c_char> {
    if c == 0 || c == b':' || c == b';' {
        return None;
    }
    // SAFETY: os is a C string.
    let s = unsafe { cstr(os) };
    // SAFETY: the index is inside the string.
    s.iter().position(|&b| b == c).map(|i| unsafe { os.add(i) })
}

/// An operand: anything but a word starting with `-` other than `-` itself.
unsafe fn is_operand(a: *const c_char) -> bool {
    // SAFETY: a is a C string; the second byte is read only when the
    // first is not the terminator.
    unsafe { at(a, 0) != b'-' || at(a, 1) == 0 }
}

/// One message on stderr, its pieces written under the stream's lock.
unsafe fn say(argv0: *const c_char, parts: &[&[u8]]) {
    // SAFETY: stderr is a live stream; argv0 is a C string or null.
    unsafe {
        let f = crate::stdio::stderr;
        file::lock(f);
        put_c(argv0);
        put(b": ");
        for p in parts {
            put(p);
        }
        file::unlock(f);
    }
}

/// Move the skipped operands `argv[first..last]` behind the options
/// `argv[last..optind]`, keeping each group's order.
unsafe fn rotate(argv: *mut *mut c_char, sc: &mut Scan, ind: c_int) {
    let (a, b, c) = (sc.first as usize, sc.last as usize, ind as usize);
    // SAFETY: 0 < first <= last <= optind <= argc: all inside argv.
    let v = unsafe { core::slice::from_raw_parts_mut(argv.add(a), c - a) };
    v.rotate_left(b - a);
    sc.first += ind - sc.last;
    sc.last = ind;
}

/// The scanner behind every entry point.
///
/// # Safety
/// `argv[0..argc]` are C strings, `os` is one, and `longopts` is null or
/// an array ending with an all-zero entry.
#[allow(clippy::too_many_arguments)]
unsafe fn scan_inner(
    argc: c_int,
    argv: *mut *mut c_char,
    os: *const c_char,
    longopts: *const option,
    longind: *mut c_int,
    long_only: bool,
    posix: bool,
) -> c_int {
    if argc < 1 {
        return -1;
    }
    // SAFETY: the globals are only touched by this non-reentrant scanner
    // (getopt is not thread-safe, as POSIX says); argv/os per the contract.
    unsafe {
        let sc = &mut *(&raw mut SCAN);
        optarg = null_mut();
        if optind == 0 || !sc.init {
            if optind == 0 {
                optind = 1;
            }
            sc.first = optind;
            sc.last = optind;
            sc.next = null_mut();
            let posixly = posix || !crate::stdlib::getenv(c"POSIXLY_CORRECT".as_ptr()).is_null();
            sc.order = match at(os, 0) {
                b'-' => Order::Operands,
                b'+' => Order::Stop,
                _ if posixly => Order::Stop,
                _ => Order::Permute,
            };
            sc.init = true;
        }
        let os = if matches!(at(os, 0), b'-' | b'+') {
            os.add(1)
        } else {
            os
        };
        let colon = at(os, 0) == b':';
        let loud = opterr != 0 && !colon;
        // argv[0] is only read for a message (argp may pass argv - 1
        // with the messages off).
        let argv0 = if loud { *argv } else { null_mut() };

        if sc.next.is_null() || *sc.next == 0 {
            // The caller may have moved optind back.
            if sc.last > optind {
                sc.last = optind;
            }
            if sc.first > optind {
                sc.first = optind;
            }
            if sc.order == Order::Permute {
                if sc.first != sc.last && sc.last != optind {
                    rotate(argv, sc, optind);
                } else if sc.last != optind {
                    sc.first = optind;
                }
                while optind < argc && is_operand(*argv.add(optind as usize)) {
                    optind += 1;
                }
                sc.last = optind;
            }
            if optind != argc && cstr(*argv.add(optind as usize)) == b"--" {
                optind += 1;
                if sc.first != sc.last && sc.last != optind {
                    rotate(argv, sc, optind);
                } else if sc.first == sc.last {
                    sc.first = optind;
                }
                sc.last = argc;
                optind = argc;
            }
            if optind == argc {
                if sc.first != sc.last {
                    optind = sc.first;
                }
                return -1;
            }
            let arg = *argv.add(optind as usize);
            if is_operand(arg) {
                if sc.order == Order::Stop {
                    return -1;
                }
                optarg = arg;
                optind += 1;
                return 1;
            }
            if !longopts.is_null() {
                if at(arg, 1) == b'-' {
                    sc.next = arg.add(2);
                    return long_opt(argc, argv, os, longopts, longind, false, loud, b"--");
                }
                if long_only && (at(arg, 2) != 0 || find_opt(os, at(arg, 1)).is_none()) {
                    sc.next = arg.add(1);
                    let r = long_opt(argc, argv, os, longopts, longind, true, loud, b"-");
                    if r != -1 {
                        return r;
                    }
                }
            }
            sc.next = arg.add(1);
        }

        let c = *sc.next as u8;
        sc.next = sc.next.add(1);
        let spec = find_opt(os, c);
        if *sc.next == 0 {
            optind += 1;
        }
        let Some(spec) = spec else {
            if loud {
                say(argv0, &[b"invalid option -- '", &[c], b"'\n"]);
            }
            OPTOPT = c as c_int;
            return b'?' as c_int;
        };
        let missing = |argv0| {
            if loud {
                say(argv0, &[b"option requires an argument -- '", &[c], b"'\n"]);
            }
            OPTOPT = c as c_int;
            (if colon { b':' } else { b'?' }) as c_int
        };
        if c == b'W' && at(spec, 1) == b';' && !longopts.is_null() {
            // -W foo is --foo.
            let name = if *sc.next != 0 {
                sc.next
            } else if optind == argc {
                return missing(argv0);
            } else {
                *argv.add(optind as usize)
            };
            sc.next = name;
            return long_opt(argc, argv, os, longopts, longind, false, loud, b"-W ");
        }
        if at(spec, 1) == b':' {
            if at(spec, 2) == b':' {
                // Optional: only an attached argument counts.
                if *sc.next != 0 {
                    optarg = sc.next;
                    optind += 1;
                }
            } else if *sc.next != 0 {
                optarg = sc.next;
                optind += 1;
            } else if optind == argc {
                sc.next = null_mut();
                return missing(argv0);
            } else {
                optarg = *argv.add(optind as usize);
                optind += 1;
            }
            sc.next = null_mut();
        }
        c as c_int
    }
}

/// [`scan_inner`], then the public `optopt` from the scanner's.
///
/// # Safety
/// As [`scan_inner`].
unsafe fn scan(
    argc: c_int,
    argv: *mut *mut c_char,
    os: *const c_char,
    longopts: *const option,
    longind: *mut c_int,
    long_only: bool,
    posix: bool,
) -> c_int {
    // SAFETY: the caller's arguments; the globals as in scan_inner.
    unsafe {
        let r = scan_inner(argc, argv, os, longopts, longind, long_only, posix);
        optopt = OPTOPT;
        r
    }
}

/// A scanner with its own `optind`, `optarg`, `opterr` and `optopt`, so
/// that a library caller (argp) does not disturb the program's `getopt`
/// state: [`getopt_long_r`] swaps it in for one call.
#[derive(Clone, Copy)]
pub struct Getopt {
    pub optind: c_int,
    pub optarg: *mut c_char,
    pub opterr: c_int,
    pub optopt: c_int,
    scan: Scan,
}

impl Default for Getopt {
    fn default() -> Self {
        Self::new()
    }
}

impl Getopt {
    /// A scanner that starts afresh at its first call (`optind` 0).
    pub const fn new() -> Self {
        Getopt {
            optind: 0,
            optarg: null_mut(),
            opterr: 1,
            optopt: 0,
            scan: Scan {
                init: false,
                next: null_mut(),
                first: 1,
                last: 1,
                order: Order::Permute,
            },
        }
    }
}

/// `getopt_long` (or `getopt_long_only`) on the state `st` instead of the
/// globals, which are left as they were. `st.optopt` is left alone unless
/// the call reports an error.
///
/// # Safety
/// As [`scan_inner`]; with `st.opterr` 0 `argv[0]` is not read.
pub unsafe fn getopt_long_r(
    st: &mut Getopt,
    argc: c_int,
    argv: *mut *mut c_char,
    os: *const c_char,
    longopts: *const option,
    long_only: bool,
) -> c_int {
    // SAFETY: the globals are only touched by the non-reentrant scanner;
    // they are swapped with `st` for the call and back after it.
    unsafe {
        let saved = (optind, optarg, opterr, OPTOPT, SCAN);
        optind = st.optind;
        optarg = st.optarg;
        opterr = st.opterr;
        OPTOPT = st.optopt;
        SCAN = st.scan;
        let r = scan_inner(argc, argv, os, longopts, null_mut(), long_only, false);
        st.optind = optind;
        st.optarg = optarg;
        st.optopt = OPTOPT;
        st.scan = SCAN;
        (optind, optarg, opterr, OPTOPT, SCAN) = saved;
        r
    }
}

/// A long option at `SCAN.next` (after `prefix`, which messages show).
/// Returns -1 only for `getopt_long_only`'s "not a long option, try it
/// as short ones".
///
/// # Safety
/// As [`scan_inner`], with `optind < argc` naming the word being parsed.
#[allow(clippy::too_many_arguments)]
unsafe fn long_opt(
    argc: c_int,
    argv: *mut *mut c_char,
    os: *const c_char,
    longopts: *const option,
    longind: *mut c_int,
    long_only: bool,
    loud: bool,
    prefix: &[u8],
) -> c_int {
    // SAFETY: as scan's; longopts ends with a null name.
    unsafe {
        let sc = &mut *(&raw mut SCAN);
        let argv0 = if loud { *argv } else { null_mut() };
        let word = sc.next;
        let text = cstr(word);
        let nlen = text.iter().position(|&b| b == b'=').unwrap_or(text.len());
        let name = &text[..nlen];
        let opts = {
            let mut n = 0;
            while !(*longopts.add(n)).name.is_null() {
                n += 1;
            }
            core::slice::from_raw_parts(longopts, n)
        };
        let mut found = opts.iter().position(|o| cstr(o.name) == name);
        if found.is_none() {
            let matches = |o: &option| cstr(o.name).starts_with(name);
            found = opts.iter().position(matches);
            if let Some(i) = found {
                let p = &opts[i];
                let differs = |o: &option| {
                    long_only || o.has_arg != p.has_arg || o.flag != p.flag || o.val != p.val
                };
                if opts[i + 1..].iter().any(|o| matches(o) && differs(o)) {
                    if loud {
                        let f = crate::stdio::stderr;
                        file::lock(f);
                        put_c(argv0);
                        for s in [
                            b": option '",
                            prefix,
                            text,
                            b"' is ambiguous; possibilities:",
                        ] {
                            put(s);
                        }
                        for o in core::iter::once(p)
                            .chain(opts[i + 1..].iter().filter(|o| matches(o) && differs(o)))
                        {
                            put(b" '");
                            put(prefix);
                            put(cstr(o.name));
                            put(b"'");
                        }
                        put(b"\n");
                        file::unlock(f);
                    }
                    sc.next = word.add(text.len());
                    optind += 1;
                    OPTOPT = 0;
                    return b'?' as c_int;
                }
            }
        }
        let Some(i) = found else {
            let a = *argv.add(optind as usize);
            if long_only
                && at(a, 1) != b'-'
                && find_opt(os, text.first().copied().unwrap_or(0)).is_some()
            {
                return -1;
            }
            if loud {
                say(argv0, &[b"unrecognized option '", prefix, text, b"'\n"]);
            }
            sc.next = null_mut();
            optind += 1;
            OPTOPT = 0;
            return b'?' as c_int;
        };
        let o = &opts[i];
        optind += 1;
        sc.next = null_mut();
        if nlen < text.len() {
            if o.has_arg == 0 {
                if loud {
                    say(
                        argv0,
                        &[
                            b"option '",
                            prefix,
                            cstr(o.name),
                            b"' doesn't allow an argument\n",
                        ],
                    );
                }
                OPTOPT = o.val;
                return b'?' as c_int;
            }
            optarg = word.add(nlen + 1);
        } else if o.has_arg == REQUIRED {
            if optind < argc {
                optarg = *argv.add(optind as usize);
                optind += 1;
            } else {
                if loud {
                    say(
                        argv0,
                        &[
                            b"option '",
                            prefix,
                            cstr(o.name),
                            b"' requires an argument\n",
                        ],
                    );
                }
                OPTOPT = o.val;
                return (if at(os, 0) == b':' { b':' } else { b'?' }) as c_int;
            }
        }
        if !longind.is_null() {
            *longind = i as c_int;
        }
        if !o.flag.is_null() {
            *o.flag = o.val;
            return 0;
        }
        o.val
    }
}

/// POSIX `getopt` (GNU behaviour: operands are permuted to the end unless
/// the option string starts with `+` or `POSIXLY_CORRECT` is set).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getopt(argc: c_int, argv: *const *mut c_char, os: *const c_char) -> c_int {
    // SAFETY: the caller's argv and option string, as getopt requires.
    unsafe { scan(argc, argv as *mut _, os, null(), null_mut(), false, false) }
}

/// POSIX `getopt` proper, stopping at the first operand: what `getopt`
/// names under `_POSIX_C_SOURCE`/`_XOPEN_SOURCE` without `_GNU_SOURCE`
/// (glibc ABI symbol).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __posix_getopt(
    argc: c_int,
    argv: *const *mut c_char,
    os: *const c_char,
) -> c_int {
    // SAFETY: as getopt.
    unsafe { scan(argc, argv as *mut _, os, null(), null_mut(), false, true) }
}

/// GNU `getopt_long`: `--name`, `--name=value`, `--name value` and any
/// unambiguous abbreviation of a name.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getopt_long(
    argc: c_int,
    argv: *const *mut c_char,
    os: *const c_char,
    longopts: *const option,
    longind: *mut c_int,
) -> c_int {
    // SAFETY: the caller's arguments, as getopt_long requires.
    unsafe { scan(argc, argv as *mut _, os, longopts, longind, false, false) }
}

/// GNU `getopt_long_only`: long options may also start with a single `-`;
/// a word that names no long option is read as short options.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn getopt_long_only(
    argc: c_int,
    argv: *const *mut c_char,
    os: *const c_char,
    longopts: *const option,
    longind: *mut c_int,
) -> c_int {
    // SAFETY: the caller's arguments, as getopt_long_only requires.
    unsafe { scan(argc, argv as *mut _, os, longopts, longind, true, false) }
}
