//! Engine tests: the host's zoneinfo files (skipped where absent), files
//! built here, and hostile inputs (every truncation, byte mutations,
//! crafted counts and indices).
use super::tzif::Reject;
use super::*;

fn load(name: &str) -> Option<Vec<u8>> {
    std::fs::read(format!("/usr/share/zoneinfo/{name}")).ok()
}

fn name_of(z: &Zone, t: i64) -> String {
    String::from_utf8_lossy(z.abbr(z.at(t).abbr)).into_owned()
}

/// A TZif file: version byte, transitions (time, type), types (utoff,
/// isdst, abbr index), characters, leap records, footer.
fn build(
    ver: u8,
    trans: &[(i64, u8)],
    types: &[(i32, u8, u8)],
    chars: &[u8],
    leaps: &[(i64, i32)],
    footer: &[u8],
) -> Vec<u8> {
    let mut v = Vec::new();
    let head = |v: &mut Vec<u8>| {
        v.extend_from_slice(b"TZif");
        v.push(ver);
        v.extend_from_slice(&[0; 15]);
        for c in [0, 0, leaps.len(), trans.len(), types.len(), chars.len()] {
            v.extend_from_slice(&(c as u32).to_be_bytes());
        }
    };
    let block = |v: &mut Vec<u8>, wide: bool| {
        for &(t, _) in trans {
            if wide {
                v.extend_from_slice(&t.to_be_bytes());
            } else {
                v.extend_from_slice(&(t as i32).to_be_bytes());
            }
        }
        for &(_, k) in trans {
            v.push(k);
        }
        for &(o, d, a) in types {
            v.extend_from_slice(&o.to_be_bytes());
            v.push(d);
            v.push(a);
        }
        v.extend_from_slice(chars);
        for &(t, c) in leaps {
            if wide {
                v.extend_from_slice(&t.to_be_bytes());
            } else {
                v.extend_from_slice(&(t as i32).to_be_bytes());
            }
            v.extend_from_slice(&c.to_be_bytes());
        }
    };
    head(&mut v);
    block(&mut v, false);
    if ver >= b'2' {
        head(&mut v);
        block(&mut v, true);
        v.push(b'\n');
        v.extend_from_slice(footer);
        v.push(b'\n');
    }
    v
}

#[test]
fn built_files() {
    let chars = b"LMT\0AAA\0BBB\0";
    let types = [(100, 0, 0), (3600, 0, 4), (7200, 1, 8)];
    let trans = [(-1000, 1), (1000, 2), (2000, 1)];
    for ver in [0u8, b'2', b'3', b'4'] {
        let f = build(
            ver,
            &trans,
            &types,
            chars,
            &[],
            b"AAA-1BBB,M3.5.0,M10.5.0/3",
        );
        let z = Zone::from_tzif(&f).unwrap();
        assert_eq!(z.at(-1001).utoff, 100);
        assert_eq!(z.at(-1000).utoff, 3600);
        assert_eq!(
            z.at(1500),
            Local {
                utoff: 7200,
                isdst: true,
                abbr: Abbr::Table(8)
            }
        );
        assert_eq!(name_of(&z, 1999), "BBB");
        assert_eq!(z.rule.is_some(), ver != 0);
        // Past the table: the footer for v2+ (summer 2021 is DST).
        let summer = civil::days_from_civil(2021, 7, 1) * 86400;
        assert_eq!(z.at(summer).isdst, ver != 0);
        assert_eq!(name_of(&z, summer), if ver != 0 { "BBB" } else { "AAA" });
        let (names, tz, dl) = z.tzset_info();
        assert_eq!(
            (z.abbr(names[0]), z.abbr(names[1]), tz, dl),
            (&b"AAA"[..], &b"BBB"[..], -3600, true)
        );
    }
    // 64-bit times past 2038 are read from the v2 block.
    let f = build(b'2', &[(1 << 40, 1)], &types, chars, &[], b"");
    let z = Zone::from_tzif(&f).unwrap();
    assert_eq!(z.at((1 << 40) - 1).utoff, 100);
    assert_eq!(z.at(1 << 40).utoff, 3600);
    assert!(z.rule.is_none());
}

#[test]
fn rejects() {
    let chars = b"AAA\0";
    let ok = build(b'2', &[(0, 0)], &[(0, 0, 0)], chars, &[], b"AAA0");
    assert!(Zone::from_tzif(&ok).is_ok());
    assert_eq!(tzif::parse(b"TZif").unwrap_err(), Reject::Truncated);
    assert_eq!(tzif::parse(&ok[..40]).unwrap_err(), Reject::Truncated);
    let mut bad = ok.clone();
    bad[0] = b'X';
    assert_eq!(tzif::parse(&bad).unwrap_err(), Reject::Magic);
    // Huge counts: every count field of both headers.
    for h in [0usize, 44 + 4 + 1 + 6 + 4] {
        for c in 0..6 {
            for v in [u32::MAX, 1 << 20, (1 << 20) + 1, 0x4000_0000] {
                let mut b = ok.clone();
                if h + 24 + 4 * c <= b.len() {
                    b[h + 20 + 4 * c..h + 24 + 4 * c].copy_from_slice(&v.to_be_bytes());
                    assert!(tzif::parse(&b).is_err());
                }
            }
        }
    }
    // A transition naming a type that does not exist; an abbreviation
    // index past the characters; unsorted times; isdst 2; -2^31 offset.
    assert_eq!(
        tzif::parse(&build(b'2', &[(0, 1)], &[(0, 0, 0)], chars, &[], b"")).unwrap_err(),
        Reject::Index
    );
    assert_eq!(
        tzif::parse(&build(b'2', &[], &[(0, 0, 4)], chars, &[], b"")).unwrap_err(),
        Reject::Index
    );
    assert_eq!(
        tzif::parse(&build(
            b'2',
            &[(5, 0), (5, 0)],
            &[(0, 0, 0)],
            chars,
            &[],
            b""
        ))
        .unwrap_err(),
        Reject::Order
    );
    assert_eq!(
        tzif::parse(&build(b'2', &[], &[(0, 2, 0)], chars, &[], b"")).unwrap_err(),
        Reject::Index
    );
    assert_eq!(
        tzif::parse(&build(b'2', &[], &[(i32::MIN, 0, 0)], chars, &[], b"")).unwrap_err(),
        Reject::Offset
    );
    assert_eq!(
        tzif::parse(&build(b'2', &[], &[(0, 0, 0)], b"AAA", &[], b"")).unwrap_err(),
        Reject::Index
    );
    assert_eq!(
        tzif::parse(&build(b'2', &[], &[], chars, &[], b"")).unwrap_err(),
        Reject::Counts
    );
    let mut nofoot = build(b'2', &[], &[(0, 0, 0)], chars, &[], b"AAA0");
    nofoot.pop();
    assert_eq!(tzif::parse(&nofoot).unwrap_err(), Reject::Footer);
}

/// Every query on a zone, at times chosen to reach every path.
fn exercise(z: &Zone) {
    for t in [
        i64::MIN,
        -(1 << 40),
        -1,
        0,
        1 << 31,
        1 << 40,
        i64::MAX,
        1_700_000_000,
    ] {
        let c = z.at(t);
        let _ = z.abbr(c.abbr);
        let _ = z.names_at(t, c);
        let _ = z.rule_vars(z.locate(t).1);
        let _ = z.utc_of_local(t, -1);
    }
    for t in [i64::MIN, 0, i64::MAX] {
        let _ = z.utc_of_local(t, 0);
        let _ = z.utc_of_local(t, 1);
    }
    let _ = z.tzset_info();
}

#[test]
fn hostile_mutations() {
    let Some(f) = load("America/New_York") else {
        return;
    };
    let mut n = 0u32;
    // Every truncation.
    for len in 0..f.len() {
        if let Ok(z) = Zone::from_tzif(&f[..len]) {
            exercise(&z);
        }
        n += 1;
    }
    // Byte mutations (a cheap LCG), one to four bytes at a time.
    let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut rnd = || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (s >> 33) as usize
    };
    for _ in 0..8_000 {
        let mut b = f.clone();
        for _ in 0..1 + rnd() % 4 {
            let i = rnd() % b.len();
            b[i] = rnd() as u8;
        }
        if let Ok(z) = Zone::from_tzif(&b) {
            exercise(&z);
        }
        n += 1;
    }
    assert!(n > 8_000);
}

#[test]
fn real_zones() {
    let Some(f) = load("America/New_York") else {
        return;
    };
    let z = Zone::from_tzif(&f).unwrap();
    assert_eq!(z.at(1_700_000_000).utoff, -18000);
    assert_eq!(name_of(&z, 1_700_000_000), "EST");
    assert_eq!(z.at(1_690_000_000).utoff, -14400);
    assert_eq!(z.at(-3_000_000_000).utoff, -17762);
    assert_eq!(name_of(&z, -3_000_000_000), "LMT");
    // Past 2037: the footer.
    assert_eq!(z.at(4_102_444_800 + 180 * 86400).utoff, -14400);
    let l = |y: i64, m: i64, d: i64, h: i64, mi: i64| {
        civil::days_from_civil(y, m, d) * 86400 + h * 3600 + mi * 60
    };
    // glibc's observed mktime results.
    assert_eq!(z.utc_of_local(l(2021, 3, 14, 2, 30), -1), 1615707000);
    assert_eq!(z.utc_of_local(l(2021, 3, 14, 2, 30), 0), 1615707000);
    assert_eq!(z.utc_of_local(l(2021, 3, 14, 2, 30), 1), 1615703400);
    assert_eq!(z.utc_of_local(l(2021, 11, 7, 1, 30), 0), 1636266600);
    assert_eq!(z.utc_of_local(l(2021, 11, 7, 1, 30), 1), 1636263000);
    assert_eq!(z.utc_of_local(l(2021, 7, 1, 12, 0), 0), 1625158800);
    assert_eq!(z.utc_of_local(l(2021, 1, 1, 12, 0), 1), 1609516800);
    let (n, tz, dl) = z.tzset_info();
    assert_eq!(
        (z.abbr(n[0]), z.abbr(n[1]), tz, dl),
        (&b"EST"[..], &b"EDT"[..], 18000, true)
    );
    let c = z.at(-3_000_000_000);
    let n = z.names_at(-3_000_000_000, c);
    assert_eq!((z.abbr(n[0]), z.abbr(n[1])), (&b"LMT"[..], &b"EDT"[..]));

    if let Some(f) = load("Australia/Lord_Howe") {
        let z = Zone::from_tzif(&f).unwrap();
        assert_eq!(z.utc_of_local(l(2021, 7, 1, 12, 0), 1), 1625101200);
        assert_eq!(z.utc_of_local(l(2021, 1, 1, 12, 0), 0), 1609464600);
        assert_eq!(z.utc_of_local(l(2021, 10, 3, 2, 15), -1), 1633189500);
    }
    if let Some(f) = load("Europe/Dublin") {
        let z = Zone::from_tzif(&f).unwrap();
        let (n, tz, dl) = z.tzset_info();
        assert_eq!(
            (z.abbr(n[0]), z.abbr(n[1]), tz, dl),
            (&b"IST"[..], &b"GMT"[..], -3600, true)
        );
        assert_eq!(z.utc_of_local(l(2021, 7, 1, 12, 0), 1), 1625140800);
        assert_eq!(z.utc_of_local(l(2021, 1, 1, 12, 0), 0), 1609498800);
    }
    if let Some(f) = load("Europe/London") {
        let z = Zone::from_tzif(&f).unwrap();
        let c = z.at(0);
        let n = z.names_at(0, c);
        assert_eq!((z.abbr(n[0]), z.abbr(n[1])), (&b"BST"[..], &b"BST"[..]));
        assert_eq!(z.utc_of_local(l(2021, 3, 28, 1, 30), -1), 1616895000);
    }
    if let Some(f) = load("Asia/Kathmandu") {
        let z = Zone::from_tzif(&f).unwrap();
        assert_eq!(z.utc_of_local(l(2021, 7, 1, 12, 0), 1), 1625116500);
        let n = z.names_at(0, z.at(0));
        assert_eq!((z.abbr(n[0]), z.abbr(n[1])), (&b"+0530"[..], &b"+0530"[..]));
    }
    if let Some(f) = load("Asia/Tokyo") {
        // tzset: JDT seen in 1951; localtime past the table: the footer.
        let z = Zone::from_tzif(&f).unwrap();
        let (n, tz, dl) = z.tzset_info();
        assert_eq!(
            (z.abbr(n[0]), z.abbr(n[1]), tz, dl),
            (&b"JST"[..], &b"JDT"[..], -32400, true)
        );
        assert_eq!(
            z.rule_vars(z.locate(1_700_000_000).1),
            Some((-32400, false))
        );
        assert_eq!(z.rule_vars(z.locate(-600_000_000).1), None);
        // No DST within glibc's probe bound of 1900: an hour.
        assert_eq!(
            z.utc_of_local(l(1900, 1, 1, 12, 0), 1),
            l(1900, 1, 1, 12, 0) - 32400 - 3600
        );
    }
    if let Some(f) = load("Africa/Algiers") {
        // daylight: a DST transition exists, whatever its offset.
        let z = Zone::from_tzif(&f).unwrap();
        assert!(z.tzset_info().2);
    }
    if let Some(f) = load("Africa/Accra") {
        // glibc's probe reaches the +0020 DST of 1919 from 1912.
        let z = Zone::from_tzif(&f).unwrap();
        let lt = l(1912, 9, 1, 14, 34) + 44;
        assert_eq!(z.utc_of_local(lt, 1), lt - 1200);
    }
    if let Some(f) = load("right/UTC") {
        let z = Zone::from_tzif(&f).unwrap();
        assert_eq!(z.leap(1483228825), (26, 0));
        assert_eq!(z.leap(1483228826), (27, 1));
        assert_eq!(z.leap(1483228827), (27, 0));
        assert_eq!(z.leap(0), (0, 0));
        assert_eq!(z.add_leaps(1483228800), 1483228827);
        assert_eq!(z.add_leaps(1483228799), 1483228825);
    }
    let z = Zone::from_posix(b"UTC0");
    assert_eq!(z.utc_of_local(l(2021, 7, 1, 12, 0), 1), 1625137200);
}

/// Every host zone: local → UTC → local agrees for each hour of a range
/// of years, and each transition is seen by `changes`.
#[test]
fn all_host_zones_round_trip() {
    let Ok(list) = std::fs::read_to_string("/usr/share/zoneinfo/tzdata.zi") else {
        return;
    };
    let mut zones = 0;
    for line in list.lines() {
        let Some(name) = line
            .strip_prefix("Z ")
            .and_then(|r| r.split_whitespace().next())
        else {
            continue;
        };
        let Some(f) = load(name) else { continue };
        let z = Zone::from_tzif(&f).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        zones += 1;
        let mut t = -2_208_988_800i64; // 1900
        while t < 4_102_444_800 {
            let c = z.at(t);
            let l = t + c.utoff as i64;
            let back = z.utc_of_local(l, c.isdst as i32);
            // A repeated local time may give the other instant of it.
            let b = z.at(back);
            assert!(
                back == t || (back + b.utoff as i64 == l && b.isdst == c.isdst),
                "{name} {t} {back}"
            );
            t += 86400 * 29 + 3607;
        }
    }
    assert!(zones > 300, "{zones}");
}
