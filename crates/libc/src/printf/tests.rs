//! Differential tests against the host glibc's `snprintf` (in cfg(test)
//! builds our symbols are not exported, so `snprintf` here is glibc's).
//! `FERRO_PRINTF_DIFF_N` sets the number of random values per format.
use super::*;
use std::ffi::CString;
use std::string::String;
use std::vec::Vec;

unsafe extern "C" {
    fn snprintf(buf: *mut u8, n: usize, fmt: *const u8, ...) -> i32;
}

#[derive(Clone, Copy)]
enum A {
    I(i64),
    F(f64),
    L([u8; 16]),
}

struct TArgs<'a>(&'a [A], usize);

impl TArgs<'_> {
    fn next(&mut self) -> A {
        let a = self.0[self.1];
        self.1 += 1;
        a
    }
    fn w(&mut self) -> i64 {
        match self.next() {
            A::I(v) => v,
            _ => panic!("type"),
        }
    }
}

impl Args for TArgs<'_> {
    fn int(&mut self) -> i32 {
        self.w() as i32
    }
    fn long(&mut self) -> c_long {
        self.w() as c_long
    }
    fn llong(&mut self) -> i64 {
        self.w()
    }
    fn size(&mut self) -> usize {
        self.w() as usize
    }
    fn ptr(&mut self) -> usize {
        self.w() as usize
    }
    fn double(&mut self) -> f64 {
        match self.next() {
            A::F(v) => v,
            _ => panic!("type"),
        }
    }
    fn long_double(&mut self) -> [u8; 16] {
        match self.next() {
            A::L(v) => v,
            _ => panic!("type"),
        }
    }
}

struct VecSink(Vec<u8>);
impl Sink for VecSink {
    fn put(&mut self, b: &[u8]) -> Result<(), ()> {
        self.0.extend_from_slice(b);
        Ok(())
    }
}

fn ours(fmt: &str, args: &[A]) -> Result<String, FormatError> {
    let f = CString::new(fmt).unwrap();
    let mut s = VecSink(Vec::new());
    let n = unsafe { format(f.as_ptr() as *const u8, &mut TArgs(args, 0), &mut s) }?;
    assert_eq!(n, s.0.len());
    Ok(String::from_utf8_lossy(&s.0).into_owned())
}

fn glibc_f(fmt: &str, x: f64) -> String {
    let f = CString::new(fmt).unwrap();
    let mut buf = vec![0u8; 6000];
    let n = unsafe { snprintf(buf.as_mut_ptr(), buf.len(), f.as_ptr() as *const u8, x) };
    assert!(n >= 0 && (n as usize) < buf.len());
    String::from_utf8_lossy(&buf[..n as usize]).into_owned()
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn count() -> usize {
    std::env::var("FERRO_PRINTF_DIFF_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(800)
}

const DFMTS: &[&str] = &[
    "%e", "%.0e", "%.3e", "%.17e", "%.40e", "%f", "%.0f", "%.3f", "%.20f", "%g", "%.3g", "%.17g",
    "%#g", "%a", "%.3a", "%A", "%+.5e", "% f", "%-30.10e", "%030.10f", "%.0a", "%#.0e", "%G",
    "%#.10G", "%.1g", "%.16g", "%.13a", "%+12.4a",
];

fn random_double(r: &mut Rng, i: usize) -> f64 {
    match i % 4 {
        0 | 1 => f64::from_bits(r.next()),
        2 => {
            // "nice" decimals: small integers scaled by powers of ten
            let m = (r.next() % 100000) as f64;
            let e = (r.next() % 40) as i32 - 20;
            m * 10f64.powi(e)
        }
        _ => {
            // subnormals and values near powers of two
            let b = r.next();
            if b & 1 == 0 {
                f64::from_bits(b >> 12)
            } else {
                f64::from_bits((b & 0xfff0_0000_0000_0000) | (b & 0xff))
            }
        }
    }
}

#[test]
fn doubles_match_glibc() {
    let n = count();
    let mut r = Rng(0x1234_5678_9abc_def1);
    let mut bad = 0;
    let mut total = 0;
    for i in 0..n {
        let x = random_double(&mut r, i);
        for f in DFMTS {
            let want = glibc_f(f, x);
            let got = ours(f, &[A::F(x)]).unwrap();
            total += 1;
            if want != got {
                bad += 1;
                if bad < 20 {
                    eprintln!("{f} {:#x}: glibc [{want}] ours [{got}]", x.to_bits());
                }
            }
        }
    }
    eprintln!(
        "doubles: {n} values x {} formats = {total}, {bad} mismatches",
        DFMTS.len()
    );
    assert_eq!(bad, 0);
}

#[test]
fn double_edges_match_glibc() {
    let vals = [
        0.0,
        -0.0,
        1.0,
        0.5,
        1.5,
        2.5,
        0.1,
        1e23,
        1e308,
        f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
        f64::INFINITY,
        -f64::INFINITY,
        f64::NAN,
        -f64::NAN,
        9.5,
        0.05,
        123456789.0,
        1e-5,
        1e-4,
        999999.5,
        9.9999995,
        999.5,
        9.5,
        99.95,
        0.000099996,
        f64::from_bits(0x7fef_ffff_ffff_ffff),
        f64::from_bits(0x0008_0000_0000_0001),
    ];
    let fmts = [
        "%.1000f", "%.800e", "%f", "%.0f", "%#.0f", "%g", "%#g", "%.0g", "%#.0g", "%a", "%.0a",
        "%.1a", "%#.0a", "%05f", "%-8f|", "%+f", "% e", "%+.3g", "%010.3e", "%-12a|", "%E", "%F",
        "%.60g", "%.330f", "%#.3g", "%#.1g", "%#.4g", "%#.2g",
    ];
    for x in vals {
        for f in fmts {
            assert_eq!(ours(f, &[A::F(x)]).unwrap(), glibc_f(f, x), "{f} {x:e}");
        }
    }
}

/// Format with glibc through a C program built at test time: the only way
/// to hand glibc an x87 long double.
#[cfg(target_arch = "x86_64")]
fn glibc_ld(fmts: &[&str], vals: &[[u8; 16]]) -> Vec<String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dir = std::env::temp_dir().join(format!("ferro_printf_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("ld.c");
    let exe = dir.join("ld");
    std::fs::write(
        &src,
        r#"#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
    unsigned char b[16];
    while (fread(b, 1, 16, stdin) == 16) {
        long double x; memset(&x, 0, sizeof x); memcpy(&x, b, 10);
        for (int i = 1; i < argc; i++) { static char o[20000]; snprintf(o, sizeof o, argv[i], x); puts(o); }
    }
    return 0;
}
"#,
    )
    .unwrap();
    let ok = Command::new("cc")
        .arg("-O1")
        .arg("-o")
        .arg(&exe)
        .arg(&src)
        .status()
        .unwrap();
    assert!(ok.success());
    let mut child = Command::new(&exe)
        .args(fmts)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = Vec::new();
    for v in vals {
        input.extend_from_slice(v);
    }
    let mut stdin = child.stdin.take().unwrap();
    let t = std::thread::spawn(move || stdin.write_all(&input).unwrap());
    let out = child.wait_with_output().unwrap();
    t.join().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

#[cfg(target_arch = "x86_64")]
#[test]
fn x87_long_doubles_match_glibc() {
    let n = count();
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let mut vals = Vec::new();
    for i in 0..n {
        let mut b = [0u8; 16];
        let m = r.next();
        let se = r.next() as u16;
        let (m, se) = match i % 5 {
            0 => (m | 1 << 63, se),
            1 => (m | 1 << 63, (se & 0x8000) | (0x3fff - 70 + (se & 0x7f))),
            2 => (m >> (se & 63), se & 0x8000),
            3 => (m | 1 << 63, (se & 0x8000) | 0x7ffe),
            _ => (m, se),
        };
        b[..8].copy_from_slice(&m.to_le_bytes());
        b[8..10].copy_from_slice(&se.to_le_bytes());
        vals.push(b);
    }
    let fmts = [
        "%Le", "%.0Le", "%.25Le", "%Lf", "%.3Lf", "%Lg", "%.21Lg", "%#Lg", "%La", "%.3La", "%.0La",
        "%LA", "%+.40Le",
    ];
    let want = glibc_ld(&fmts, &vals);
    let mut bad = 0;
    let mut k = 0;
    for v in &vals {
        for f in &fmts {
            let got = ours(f, &[A::L(*v)]).unwrap();
            if got != want[k] {
                bad += 1;
                if bad < 20 {
                    eprintln!("{f} {:02x?}: glibc [{}] ours [{got}]", &v[..10], want[k]);
                }
            }
            k += 1;
        }
    }
    eprintln!(
        "x87: {n} values x {} formats = {k}, {bad} mismatches",
        fmts.len()
    );
    assert_eq!(bad, 0);
}

fn glibc_i(fmt: &str, a: &[A]) -> Result<String, i32> {
    let f = CString::new(fmt).unwrap();
    let mut buf = vec![0u8; 4096];
    let p = buf.as_mut_ptr();
    let fp = f.as_ptr() as *const u8;
    let w = |i: usize| match a.get(i) {
        Some(A::I(v)) => *v,
        _ => 0,
    };
    // Integers and pointers all travel as 64-bit words on x86_64 SysV.
    let n = unsafe { snprintf(p, 4096, fp, w(0), w(1), w(2), w(3), w(4), w(5)) };
    if n < 0 {
        return Err(std::io::Error::last_os_error().raw_os_error().unwrap());
    }
    Ok(String::from_utf8_lossy(&buf[..n as usize]).into_owned())
}

#[cfg(target_arch = "x86_64")]
#[test]
fn integers_strings_flags_match_glibc() {
    let s1 = c"hello".as_ptr() as i64;
    let ws: &[i32] = &[b'w' as i32, b'i' as i32, 0];
    let wp = ws.as_ptr() as i64;
    let convs = [
        "d", "i", "u", "o", "x", "X", "b", "B", "hhd", "hd", "ld", "lld", "jd", "zd", "td", "hhu",
        "hu", "lu", "llx", "qd", "Ld", "zx", "jo",
    ];
    let flags = [
        "", "-", "+", " ", "#", "0", "'", "-0", "+ ", "#0", "-#", "+0",
    ];
    let wp_s = ["", "5", "12", ".0", ".3", "8.3", "-5", "020.10", ".25"];
    let vals: [i64; 10] = [
        0,
        1,
        -1,
        42,
        -42,
        255,
        65536,
        i64::MAX,
        i64::MIN,
        0x7fffffff,
    ];
    let mut total = 0;
    for c in convs {
        for f in flags {
            for w in wp_s {
                let fmt = format!("[%{f}{w}{c}]");
                for v in vals {
                    let a = [A::I(v)];
                    assert_eq!(
                        ours(&fmt, &a).map_err(|e| e.errno().unwrap()),
                        glibc_i(&fmt, &a),
                        "{fmt} {v}"
                    );
                    total += 1;
                }
            }
        }
    }
    let cases: &[(&str, &[A])] = &[
        ("%s|%5s|%-5s|%.2s|%5.1s|%.0s", &[A::I(s1); 6]),
        ("%s|%.5s|%.6s|%10s|%-8s|%.7s", &[A::I(0); 6]),
        ("%s|%.5s|%.6s|%10s|%-8s|", &[A::I(0); 5]),
        (
            "%c%c|%5c|%-5c|%05c",
            &[
                A::I(b'a' as i64),
                A::I(0),
                A::I(b'b' as i64),
                A::I(b'c' as i64),
                A::I(b'd' as i64),
            ],
        ),
        (
            "%ls|%5ls|%.1ls|%S|%lc|%C",
            &[
                A::I(wp),
                A::I(wp),
                A::I(wp),
                A::I(wp),
                A::I(b'x' as i64),
                A::I(b'y' as i64),
            ],
        ),
        ("%5.3lc|%-3C|", &[A::I(b'x' as i64), A::I(b'y' as i64)]),
        ("%lc", &[A::I(0xe9)]),
        (
            "%p|%p|%10p|%-10p|%+p|% p",
            &[
                A::I(0),
                A::I(0x10),
                A::I(0),
                A::I(0),
                A::I(0x10),
                A::I(0x10),
            ],
        ),
        (
            "%#p|%.5p|%010p|%-8p|",
            &[A::I(0x10), A::I(0x10), A::I(0x10), A::I(0x10)],
        ),
        ("%y|%5y|%hy|%lly|%-+ #0'I12.4y|%0+y|% #y", &[]),
        ("a%", &[]),
        ("a%5", &[]),
        ("%Z", &[]),
        (
            "%*y|%.*y|%*.*y|%d",
            &[A::I(7), A::I(7), A::I(-7), A::I(-8), A::I(9)],
        ),
        ("%.-3d|%.*d", &[A::I(5), A::I(6), A::I(-1)]),
        ("%$d|%0$d", &[]),
        ("%5%|%-5%|%%", &[]),
        ("%1$d %d", &[A::I(1), A::I(2)]),
        ("%d %1$d", &[A::I(1), A::I(2)]),
        ("%2$d %d %d", &[A::I(1), A::I(2), A::I(3)]),
        ("%d %d %1$d %d", &[A::I(1), A::I(2), A::I(3)]),
        ("%d %*2$d %d", &[A::I(1), A::I(5), A::I(3)]),
        ("%1$*2$.*3$d|", &[A::I(3), A::I(4), A::I(2)]),
        ("%3$s %1$s %2$s", &[A::I(s1), A::I(wp), A::I(s1)]),
        ("%2$ls %1$.2s", &[A::I(s1), A::I(wp)]),
        (
            "%*d|%-*d|%.*d|",
            &[A::I(-5), A::I(1), A::I(4), A::I(2), A::I(-3), A::I(7)],
        ),
        ("%*d|", &[A::I(i32::MIN as i64), A::I(1)]),
        ("%.*d|", &[A::I(i32::MIN as i64), A::I(1)]),
        ("%2147483647d|", &[A::I(1)]),
        ("%.2147483647d|", &[A::I(1)]),
        ("%99999999999d|", &[A::I(1)]),
        (
            "%#o|%#.0o|%#.3o|%#x|%#.0x|%#b",
            &[A::I(8), A::I(8), A::I(8), A::I(0), A::I(0), A::I(0)],
        ),
    ];
    for (fmt, a) in cases {
        assert_eq!(
            ours(fmt, a).map_err(|e| e.errno().unwrap()),
            glibc_i(fmt, a),
            "{fmt}"
        );
        total += 1;
    }
    eprintln!("integer/string formats: {total} compared");
}

#[test]
fn percent_n_counts() {
    let mut n: i32 = -1;
    let mut h: i16 = -1;
    let mut c: i8 = -1;
    let mut l: i64 = -1;
    let a = [
        A::I(&raw mut n as i64),
        A::I(&raw mut h as i64),
        A::I(&raw mut c as i64),
        A::I(&raw mut l as i64),
    ];
    assert_eq!(ours("ab%ncd%hnef%hhnxyz%lln", &a).unwrap(), "abcdefxyz");
    assert_eq!((n, h, c, l), (2, 4, 6, 9));
}

#[test]
fn errno_text() {
    crate::errno::set(2);
    assert_eq!(ours("%m", &[]).unwrap(), "No such file or directory");
    crate::errno::set(9999);
    assert_eq!(ours("%m", &[]).unwrap(), "Unknown error 9999");
}
