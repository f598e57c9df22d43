//! The parsers against lines whose fate glibc's `fgetpwent`,
//! `fgetgrent` and `fgetspent` decide (observed on glibc 2.36).
use super::*;

fn pw(line: &str) -> Option<(String, u32, u32, String)> {
    parse_pw(line.as_bytes()).map(|p| {
        let s = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
        (
            s(p.name),
            p.uid,
            p.gid,
            [p.passwd, p.gecos, p.dir, p.shell].map(s).join("|"),
        )
    })
}

#[test]
fn passwd_lines() {
    let r = |n: &str, u, g, rest: &str| Some((n.to_string(), u, g, rest.to_string()));
    assert_eq!(
        pw("root:x:0:0:root:/root:/bin/bash\n"),
        r("root", 0, 0, "x|root|/root|/bin/bash")
    );
    assert_eq!(pw("   lead:x:1:1:g:/d:/s"), r("lead", 1, 1, "x|g|/d|/s"));
    assert_eq!(pw("f4:x:1:1"), r("f4", 1, 1, "x|||"));
    assert_eq!(pw("f6:x:1:1:g:/d"), r("f6", 1, 1, "x|g|/d|"));
    assert_eq!(
        pw("extra:x:3:3:g:/d:/s:more"),
        r("extra", 3, 3, "x|g|/d|/s:more")
    );
    assert_eq!(pw("sp:x: 8:+8:g:/d:/s  "), r("sp", 8, 8, "x|g|/d|/s  "));
    assert_eq!(pw("max:x:4294967295:15:::"), r("max", u32::MAX, 15, "x|||"));
    assert_eq!(pw("+nis:x:::::"), r("+nis", 0, 0, "x|||"));
    assert_eq!(pw(":x:11:11:g:/d:/s"), r("", 11, 11, "x|g|/d|/s"));
    for bad in [
        "",
        "\n",
        "# c:x:1:1:::",
        "f3:x:1",
        "f2:x",
        "f1",
        "f0:x:1:",
        "nog:x:1::g:/d:/s",
        "baduid:x:1a:4:::",
        "emptyuid:x::5:::",
        "neg:x:-1:6:::",
        "big:x:4294967296:7:::",
        "sp2:x:1 :1:::",
        "hex:x:0x10:14:::",
        "plus:x:+:1:::",
    ] {
        assert_eq!(pw(bad), None, "{bad:?}");
    }
}

#[test]
fn group_lines() {
    let g = |l: &str| {
        parse_gr(l.as_bytes()).map(|g| {
            let m: Vec<String> = members(g.members)
                .map(|m| String::from_utf8(m.to_vec()).unwrap())
                .collect();
            (g.gid, m.join("|"))
        })
    };
    assert_eq!(g("g1:x:100:a,b,c\n"), Some((100, "a|b|c".into())));
    assert_eq!(g("g2:x:101:"), Some((101, "".into())));
    assert_eq!(g("g3:x:102"), Some((102, "".into())));
    assert_eq!(g("g4::103:a,,b,"), Some((103, "a|b".into())));
    assert_eq!(g("g5:x:104: a , b"), Some((104, "a |b".into())));
    assert_eq!(g("h6:x:6:a,b:c"), Some((6, "a|b:c".into())));
    assert_eq!(g("h7:x:7: ,a, "), Some((7, "a".into())));
    assert_eq!(g("h4:x: 5:a"), Some((5, "a".into())));
    for bad in [
        "h1",
        "h2:x",
        "h3:x:",
        "h5:x:5 :a",
        "g7:x:x:",
        "#c:x:1:",
        "  ",
    ] {
        assert_eq!(g(bad), None, "{bad:?}");
    }
}

#[test]
fn shadow_lines() {
    let s = |l: &str| parse_sp(l.as_bytes()).map(|s| (s.nums, s.flag));
    let m = u64::MAX;
    assert_eq!(
        s("u1:$6$h:19000:0:99999:7:::\n"),
        Some(([19000, 0, 99999, 7, -1, -1], m))
    );
    assert_eq!(s("u2:!:1:2:3:4:5:6:7"), Some(([1, 2, 3, 4, 5, 6], 7)));
    assert_eq!(s("u5:x:1:2:3"), Some(([1, 2, 3, -1, -1, -1], m)));
    assert_eq!(s("s8:x:1:2:3:4:5:6"), Some(([1, 2, 3, 4, 5, 6], m)));
    assert_eq!(s("s5c:x: 1:2:3"), Some(([1, 2, 3, -1, -1, -1], m)));
    for bad in [
        "u3:*::::::",
        "u4:x:a:::::",
        "s6:x:1:2:3:4",
        "s7:x:1:2:3:4:5",
        "s9:x:1:2:3:4:5:6:7:8",
        "s4:x:1:2",
        "s3:x:1",
        "s2:x",
        "s5b:x:-1:2:3",
        "e5:x:1:2:",
    ] {
        assert_eq!(s(bad), None, "{bad:?}");
    }
}

#[test]
fn packing() {
    let mut buf = [0xffu8; 16];
    let base = buf.as_ptr() as usize;
    let mut p = Pack::new(&mut buf);
    assert_eq!(p.str(b"abc"), Some(0));
    let w = p.words(base, 1, 8).unwrap();
    assert_eq!((base + w) % 8, 0);
    assert!(w >= 4);
    assert_eq!(p.words(base, 2, 8), None);
    assert_eq!(&buf[..4], b"abc\0");
    let mut small = [0u8; 3];
    assert_eq!(Pack::new(&mut small).str(b"abc"), None);
}

#[test]
fn gshadow_lines() {
    let sg = |l: &str| {
        parse_sg(l.as_bytes()).map(|g| {
            let s = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
            let list = |b: &[u8]| members(b).map(s).collect::<Vec<_>>().join(",");
            format!(
                "{}|{}|{}|{}",
                s(g.name),
                g.passwd.map_or("-".into(), s),
                g.adm.map_or("-".into(), list),
                list(g.mem)
            )
        })
    };
    // The answers of glibc 2.36's fgetsgent.
    assert_eq!(sg("root:*::\n").as_deref(), Some("root|*||"));
    assert_eq!(sg("g:!:a,b:c, d,,e\n").as_deref(), Some("g|!|a,b|c,d,e"));
    assert_eq!(sg("g:x:a").as_deref(), Some("g|x|a|"));
    assert_eq!(sg("g:x").as_deref(), Some("g|x||"));
    assert_eq!(sg("g").as_deref(), Some("g|||"));
    assert_eq!(sg("g:x:a:b:c").as_deref(), Some("g|x|a|b:c"));
    assert_eq!(sg("+nis").as_deref(), Some("+nis|-|-|"));
    assert_eq!(sg("+n:").as_deref(), Some("+n|-|-|"));
    assert_eq!(sg("-x:y").as_deref(), Some("-x|y||"));
    assert_eq!(sg("sp: x :a : b").as_deref(), Some("sp| x |a |b"));
    assert_eq!(sg("  lead:x::m").as_deref(), Some("lead|x||m"));
    assert_eq!(sg(""), None);
    assert_eq!(sg("# c:x::"), None);
    // sgetsgent takes every string.
    assert_eq!(parse_sg_raw(b"# c:x::").name, b"# c");
    assert_eq!(parse_sg_raw(b"  x:y").name, b"  x");
    assert_eq!(parse_sg_raw(b"x:y\nz").passwd, Some(&b"y"[..]));
    assert_eq!(parse_sg_raw(b"").name, b"");
}
