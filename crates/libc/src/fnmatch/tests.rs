//! The matcher against glibc 2.36's answers for the same pattern, string
//! and flags (observed; 0 = match, 1 = no match).
use super::*;

const M: bool = true;
const N: bool = false;

#[rustfmt::skip]
const CASES: &[(&[u8], &[u8], c_int, bool)] = &[
    (b"a*b", b"axxb", 0, M),
    (b"a*b", b"a/b", FNM_PATHNAME, N),
    (b"a*b", b"a/b", 0, M),
    (b"*", b"", 0, M),
    (b"?", b"", 0, N),
    (b"*", b".x", FNM_PERIOD, N),
    (b"?x", b".x", FNM_PERIOD, N),
    (b"[.]x", b".x", FNM_PERIOD, N),
    (b".*", b".x", FNM_PERIOD, M),
    (b"a/*", b"a/.x", FNM_PATHNAME | FNM_PERIOD, N),
    (b"a/*", b"a/.x", FNM_PERIOD, M),
    (b"a*", b"a/.x", FNM_PERIOD, M),
    (b"[", b"[", 0, M),
    (b"[a", b"[a", 0, M),
    (b"[a", b"a", 0, N),
    (b"[]]", b"]", 0, M),
    (b"[!]]", b"a", 0, M),
    (b"[^a]", b"b", 0, M),
    (b"[a-c]", b"b", 0, M),
    (b"[c-a]", b"b", 0, N),
    (b"[a-]", b"-", 0, M),
    (b"[-a]", b"-", 0, M),
    (b"[[:alpha:]]", b"a", 0, M),
    (b"[[:alpha:]]", b"1", 0, N),
    (b"[[:foo:]]", b"a", 0, N),
    (b"[[:alpha:]", b"a", 0, N),
    (b"[[=a=]]", b"a", 0, M),
    (b"[[.a.]]", b"a", 0, M),
    (b"[[.hyphen.]]", b"-", 0, N),
    (b"\\*", b"*", 0, M),
    (b"\\*", b"a", 0, N),
    (b"\\*", b"\\*", FNM_NOESCAPE, M),
    (b"abc\\", b"abc\\", 0, N),
    (b"abc\\", b"abc", 0, N),
    (b"[\\]]", b"]", 0, M),
    (b"[\\]]", b"\\", FNM_NOESCAPE, N),
    (b"a/b", b"a/b/c", FNM_LEADING_DIR, M),
    (b"a*", b"a/b/c", FNM_LEADING_DIR | FNM_PATHNAME, M),
    (b"a", b"a/b", FNM_LEADING_DIR, M),
    (b"a/", b"a/b", FNM_LEADING_DIR, N),
    (b"ABC", b"abc", FNM_CASEFOLD, M),
    (b"[A-C]", b"b", FNM_CASEFOLD, M),
    (b"[a-c]", b"B", FNM_CASEFOLD, M),
    (b"[/]", b"/", FNM_PATHNAME, N),
    (b"a?b", b"a/b", FNM_PATHNAME, N),
    (b"a[/]b", b"a/b", FNM_PATHNAME, N),
    (b"a[/]b", b"a/b", 0, M),
    (b"*(a|b)", b"abab", FNM_EXTMATCH, M),
    (b"+(a|b)", b"", FNM_EXTMATCH, N),
    (b"?(x)y", b"y", FNM_EXTMATCH, M),
    (b"@(foo|bar)", b"bar", FNM_EXTMATCH, M),
    (b"!(foo)", b"bar", FNM_EXTMATCH, M),
    (b"!(foo)", b"foo", FNM_EXTMATCH, N),
    (b"*(a|b)c", b"ababc", FNM_EXTMATCH, M),
    (b"a!(b)c", b"abc", FNM_EXTMATCH, N),
    (b"a!(b)c", b"axc", FNM_EXTMATCH, M),
    (b"a!(b)c", b"ac", FNM_EXTMATCH, M),
    (b"*(a", b"*(a", FNM_EXTMATCH, M),
    (b"*", b"a/b", FNM_PATHNAME, N),
    (b"*/b", b"a/b", FNM_PATHNAME, M),
    (b"a/*/c", b"a/x/c", FNM_PATHNAME, M),
    (b"**", b"ab", 0, M),
    (b"[[:upper:]]", b"a", FNM_CASEFOLD, N),
    (b"[!a-z]", b"/", FNM_PATHNAME, N),
    (b"x[!a]", b"x.", FNM_PERIOD, M),
    (b"[a-z]", b"\xe9", 0, N),
    (b"?", b"\xe9", 0, M),
    (b"a\\", b"a", 0, N),
    (b"[a-\\]", b"\\", 0, N),
    (b"[]-a]", b"b", 0, N),
    (b"[!]", b"!", 0, N),
    (b"[]", b"]", 0, N),
    (b".", b".", FNM_PERIOD, M),
    (b"*a", b"/.a", FNM_PERIOD | FNM_PATHNAME, N),
    (b"/*", b"/.a", FNM_PERIOD | FNM_PATHNAME, N),
    (b"/?a", b"/.a", FNM_PERIOD, M),
    (b"[[:lower:]]", b"A", FNM_CASEFOLD, N),
    (b"[[:upper:]]", b"A", FNM_CASEFOLD, M),
    (b"[[.a.]-c]", b"b", 0, M),
    (b"[a-[.c.]]", b"b", 0, M),
    (b"[[=a=]b]", b"b", 0, M),
    (b"!(*.c)", b"x.c", FNM_EXTMATCH, N),
    (b"!(*.c)", b"x.h", FNM_EXTMATCH, M),
    (b"*(a|b", b"a", FNM_EXTMATCH, N),
    (b"@(a|b)*", b"bz", FNM_EXTMATCH, M),
    (b"@(a\\|b)", b"a|b", FNM_EXTMATCH, N),
    (b"@([|]|x)", b"|", FNM_EXTMATCH, M),
    (b"+(ab)", b"ababab", FNM_EXTMATCH, M),
    (b"x@()y", b"xy", FNM_EXTMATCH, M),
    (b"*(x)", b"", FNM_EXTMATCH, M),
    (b"?(a|b)", b"ab", FNM_EXTMATCH, N),
    (b"*(a/b)", b"a/b", FNM_EXTMATCH | FNM_PATHNAME, M),
    (b"*(*)", b".x", FNM_EXTMATCH | FNM_PERIOD, N),
    (b"!(x)", b".y", FNM_EXTMATCH | FNM_PERIOD, M),
    (b"@(.x)", b".x", FNM_EXTMATCH | FNM_PERIOD, M),
    (b"a*(b)", b"a/b", FNM_EXTMATCH | FNM_PATHNAME, N),
    (b"[[:digit:]-z]", b"5", 0, M),
    (b"[[:digit:]-z]", b"-", 0, M),
    (b"[a-[:digit:]]", b"-", 0, N),
    (b"[z-a]", b"z", 0, N),
    (b"[\\a-c]", b"b", 0, M),
    (b"[a-\\c]", b"b", 0, M),
    (b"\\", b"\\", 0, N),
    (b"\\", b"", 0, N),
    (b"[a]]", b"a]", 0, M),
    (b"[!a]]", b"b]", 0, M),
    (b"a[", b"a[", 0, M),
    (b"*[", b"x[", 0, M),
];

#[test]
fn glibc_answers() {
    for &(p, s, f, want) in CASES {
        assert_eq!(
            fnmatch_bytes(p, s, f),
            want,
            "{:?} {:?} {f}",
            p.escape_ascii().to_string(),
            s.escape_ascii().to_string()
        );
    }
}

#[test]
fn stars_stay_linear() {
    let s = [b'a'; 4000];
    let mut p = b"*a".repeat(40);
    p.extend_from_slice(b"b");
    assert!(!fnmatch_bytes(&p, &s, 0));
    assert!(!fnmatch_bytes(&p, &s, FNM_PATHNAME | FNM_PERIOD));
}
