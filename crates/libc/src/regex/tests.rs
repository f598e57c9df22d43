//! The parser's errors and the matcher's reports against glibc 2.36's
//! for the same pattern, flags and subject (observed).
use super::Error;
use super::compile::{Flags, compile};
use super::exec::{Subject, search};

fn flags(ext: bool) -> Flags {
    Flags::posix(ext as i32, false)
}

/// The match of `pat` in `s` as (so, eo) pairs, group 0 first.
fn run(pat: &str, f: Flags, s: &str) -> Option<[isize; 8]> {
    let p = compile(pat.as_bytes(), f).ok()?;
    let t = Subject::new(s.as_bytes(), 0, s.len());
    let mut caps = [-1isize; 8];
    search(&p, &t, &mut caps).ok()?.then_some(caps)
}

fn err(pat: &str, ext: bool) -> Option<Error> {
    // regcomp reports an unmatched close as REG_EPAREN.
    compile(pat.as_bytes(), flags(ext)).err().map(|e| {
        if e == Error::ERParen {
            Error::EParen
        } else {
            e
        }
    })
}

#[test]
fn compile_errors_as_glibc() {
    use Error::*;
    let bre: &[(&str, Option<Error>)] = &[
        ("*a", None),
        ("a**", Some(BadRpt)),
        ("\\(*a\\)", None),
        ("^*a", None),
        ("a\\{1", Some(EBrace)),
        ("a\\{x\\}", Some(BadBr)),
        ("a\\{2,1\\}", Some(BadBr)),
        ("a\\{32768\\}", Some(ESize)),
        ("a\\{32767\\}", None),
        ("\\{1\\}", Some(BadRpt)),
        ("a\\|b", None),
        ("[[:foo:]]", Some(ECtype)),
        ("[a", Some(EBrack)),
        ("[z-a]", Some(ERange)),
        ("[[.a.]]", None),
        ("[[.ab.]]", Some(ECollate)),
        ("[[=a=]b]", None),
        ("[[:alpha:]-z]", Some(ERange)),
        ("\\(a", Some(EParen)),
        ("a\\)", Some(EParen)),
        ("a\\", Some(EEscape)),
        ("\\1", Some(ESubreg)),
        ("\\(a\\)\\2", Some(ESubreg)),
        ("\\(a\\1\\)", Some(ESubreg)),
        ("[[.", Some(EBrack)),
        ("a*\\{2\\}", Some(BadRpt)),
        ("a\\?*", Some(BadRpt)),
        ("a\\+\\+", None),
        ("a*\\?", None),
        ("[a-z-9]", Some(ERange)),
        ("[--z]", None),
        ("[%--]", None),
        ("a\\{ 1\\}", Some(BadBr)),
        ("a\\{", Some(EBrace)),
    ];
    for &(p, e) in bre {
        assert_eq!(err(p, false), e, "BRE {p}");
    }
    let ere: &[(&str, Option<Error>)] = &[
        ("*a", Some(BadRpt)),
        ("a**", None),
        ("(*a)", Some(BadRpt)),
        ("^*a", Some(BadRpt)),
        ("a{1", Some(EBrace)),
        ("a{x}", Some(BadBr)),
        ("a{,2}", None),
        ("a{", Some(EBrace)),
        ("{1}", Some(BadRpt)),
        ("a|*b", Some(BadRpt)),
        ("()", None),
        ("a||b", None),
        (")", None),
        ("(a", Some(EParen)),
        ("(a)\\1", None),
        ("\\1(a)", Some(ESubreg)),
        ("[]", Some(EBrack)),
        ("[]a]", None),
        ("a{}", Some(BadBr)),
        ("a{,}", None),
        ("a{1,2,3}", Some(BadBr)),
        ("\\b*", Some(BadRpt)),
        ("(^)*", None),
        ("$*", Some(BadRpt)),
        ("a{32768}", Some(ESize)),
    ];
    for &(p, e) in ere {
        assert_eq!(err(p, true), e, "ERE {p}");
    }
}

#[test]
fn matches_as_glibc() {
    let m = |p: &str, ext, s: &str| run(p, flags(ext), s);
    assert_eq!(m("a*b", true, "xaab").map(|c| (c[0], c[1])), Some((1, 4)));
    assert_eq!(m("(a*)*", true, "b").map(|c| (c[2], c[3])), Some((0, 0)));
    assert_eq!(
        m("(a|ab)(c|bcd)", true, "abcd").map(|c| (c[0], c[1])),
        Some((0, 4))
    );
    assert_eq!(
        m("\\(a*\\)b\\1", false, "aabaa").map(|c| (c[0], c[1], c[2], c[3])),
        Some((0, 5, 0, 2))
    );
    assert!(m("x", true, "abc").is_none());
}

#[test]
fn long_subject_no_overflow() {
    let mut s = std::string::String::new();
    for _ in 0..1_000_000 {
        s.push('a');
    }
    s.push('b');
    let c = run("(a*)*b", flags(true), &s).unwrap();
    assert_eq!((c[0], c[1], c[2], c[3]), (0, 1_000_001, 0, 1_000_000));
    assert!(run("(a*)*c", flags(true), &s).is_none());
}

#[test]
fn utf8_ranges_and_collating_elements() {
    // glibc's C.UTF-8 rejects these (REG_ECOLLATE); here ranges are by
    // code point and [.c.] / [=c=] name the one character.
    let f = Flags::posix(super::REG_EXTENDED, true);
    let c = run("[à-ÿ]+", f, "xéü").unwrap();
    assert_eq!((c[0], c[1]), (1, 5));
    let c = run("[[.é.]][[=é=]]", f, "aéé").unwrap();
    assert_eq!((c[0], c[1]), (1, 5));
    assert!(run("[[.éa.]]", f, "x").is_none());
}

#[test]
fn backrefs_search_every_path() {
    let c = run("(a|ab)(c|bcd)\\2", flags(true), "abcdbcd").unwrap();
    assert_eq!((c[0], c[1], c[2], c[3], c[4], c[5]), (0, 7, 0, 1, 1, 4));
    assert!(run("(a+)b\\1$", flags(true), "aaabaa").is_some());
    assert!(run("^(a+)b\\1$", flags(true), "aaaba").is_none());
}

#[test]
fn nesting_is_bounded() {
    let mut p = std::string::String::new();
    for _ in 0..100_000 {
        p.push('(');
    }
    assert_eq!(err(&p, true), Some(Error::Space));
    let mut p = std::string::String::from("a");
    for _ in 0..100_000 {
        p.push('*');
    }
    assert_eq!(err(&p, true), Some(Error::Space));
    let mut p = std::string::String::new();
    for _ in 0..150 {
        p.push('(');
    }
    p.push('a');
    for _ in 0..150 {
        p.push(')');
    }
    let c = run(&p, flags(true), "xa").unwrap();
    assert_eq!((c[0], c[1], c[2], c[3]), (1, 2, 1, 2));
}

/// The match of `pat` under GNU syntax bits `syntax`, as `run`.
fn gnu(pat: &str, syntax: super::syntax::Syntax, s: &str) -> Option<[isize; 8]> {
    run(
        pat,
        Flags {
            syntax,
            utf8: false,
        },
        s,
    )
}

#[test]
fn gnu_syntax_flavours_as_glibc() {
    use super::syntax::*;
    const BAS: Syntax = RE_SYNTAX_POSIX_BASIC;
    const EXT: Syntax = RE_SYNTAX_POSIX_EXTENDED;
    const EMACS: Syntax = 0;
    const EGREP: Syntax = (EXT | RE_INVALID_INTERVAL_ORD | RE_NEWLINE_ALT)
        & !(RE_CONTEXT_INVALID_OPS | RE_DOT_NOT_NULL);
    let span = |c: Option<[isize; 8]>| c.map(|c| (c[0], c[1]));
    // + plain or escaped.
    assert_eq!(span(gnu("a+", BAS, "baa+")), Some((2, 4)));
    assert_eq!(span(gnu("a\\+", BAS, "baa")), Some((1, 3)));
    assert_eq!(span(gnu("a+", EMACS, "baa")), Some((1, 3)));
    // Groups and alternation spelled per the bits.
    assert_eq!(span(gnu("(a)", BAS, "x(a)")), Some((1, 4)));
    assert_eq!(span(gnu("\\(a\\)", EXT, "(a)")), Some((0, 3)));
    assert_eq!(span(gnu("a\\|b", EXT, "a|b")), Some((0, 3)));
    assert_eq!(span(gnu("a\nb", EGREP, "xb")), Some((1, 2)));
    // Intervals: none in Emacs; an invalid one ordinary in egrep.
    assert_eq!(span(gnu("a{2}", EMACS, "aa{2}")), Some((1, 5)));
    assert_eq!(span(gnu("a{x", EGREP, "aa{x")), Some((1, 4)));
    assert_eq!(
        compile(
            b"a{x",
            Flags {
                syntax: EXT,
                utf8: false
            }
        )
        .err(),
        Some(Error::EBrace)
    );
    // A leading * ignored (egrep), ordinary (BRE), an error (ERE).
    assert_eq!(span(gnu("*a", EGREP, "x*a")), Some((2, 3)));
    assert_eq!(span(gnu("*a", BAS, "x*a")), Some((1, 3)));
    assert!(gnu("*a", EXT, "x*a").is_none());
    // Anchors in the middle: ordinary in a BRE, but after \( or \|.
    assert_eq!(span(gnu("a^b", BAS, "a^b")), Some((0, 3)));
    assert!(gnu("a^b", EXT, "a^b").is_none());
    assert!(gnu("x\\(^a\\)", BAS, "x^a").is_none());
    assert_eq!(span(gnu("^^", BAS, "^^a")), Some((0, 1)));
    // The GNU operators, or not.
    assert_eq!(span(gnu("\\<b", BAS, "ab b")), Some((3, 4)));
    assert_eq!(span(gnu("\\w", BAS | RE_NO_GNU_OPS, "aw")), Some((1, 2)));
    // Lists: escapes, empty ranges, newline.
    assert_eq!(
        span(gnu("[\\]]", RE_BACKSLASH_ESCAPE_IN_LISTS, "x]")),
        Some((1, 2))
    );
    assert_eq!(span(gnu("[z-a]\\|b", EMACS, "ab")), Some((1, 2)));
    assert_eq!(
        span(gnu("[^a]", EXT | RE_HAT_LISTS_NOT_NEWLINE, "a\nb")),
        Some((2, 3))
    );
    // Dots and NUL.
    assert!(gnu("a.b", EXT, "a\0b").is_none());
    assert_eq!(
        span(gnu("a.b", EXT & !RE_DOT_NOT_NULL, "a\0b")),
        Some((0, 3))
    );
    assert!(gnu("a.b", EXT & !RE_DOT_NEWLINE, "a\nb").is_none());
    // No back-references.
    assert_eq!(
        span(gnu("(a)\\1", EXT | RE_NO_BK_REFS, "aa1")),
        Some((1, 3))
    );
}

#[test]
fn brackets_with_several_ranges() {
    let span = |c: Option<[isize; 8]>| c.map(|c| (c[0], c[1]));
    assert_eq!(span(run("[a-zA-Z]+", flags(true), "1aZ2")), Some((1, 3)));
    assert_eq!(
        span(run("[0-9a-f]\\{2\\}", flags(false), "xx9f")),
        Some((2, 4))
    );
    assert_eq!(err("[a-c-e]", true), Some(Error::ERange));
    assert_eq!(err("[a-a-", false), Some(Error::ERange));
    assert_eq!(err("[[:alpha:]-", false), Some(Error::ERange));
    assert_eq!(err("[a-", false), Some(Error::EBrack));
    assert_eq!(err("[a-c-]", true), None);
}
