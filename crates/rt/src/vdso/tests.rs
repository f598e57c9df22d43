//! Parser tests on real vDSO images and on corrupted, truncated and hostile
//! ones. The real images: this test process's own (x86_64, live), and the
//! images `cargo xtask test` dumps from native x86_64 and i386 processes
//! into `$FERRO_VDSO_DIR` (default `target/vdso`).
use super::*;
use std::path::PathBuf;

fn own_vdso() -> (usize, Vec<u8>) {
    let auxv = std::fs::read("/proc/self/auxv").unwrap();
    let mut base = 0;
    for c in auxv.chunks(16) {
        let k = u64::from_le_bytes(c[..8].try_into().unwrap());
        let v = u64::from_le_bytes(c[8..].try_into().unwrap());
        if k == 33 {
            base = v as usize;
        }
    }
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    let line = maps
        .lines()
        .find(|l| l.ends_with("[vdso]"))
        .expect("no [vdso] mapping");
    let (a, b) = line
        .split_whitespace()
        .next()
        .unwrap()
        .split_once('-')
        .unwrap();
    let (a, b) = (
        usize::from_str_radix(a, 16).unwrap(),
        usize::from_str_radix(b, 16).unwrap(),
    );
    assert_eq!(a, base);
    // SAFETY: the [vdso] mapping of this very process, readable.
    let bytes = unsafe { std::slice::from_raw_parts(a as *const u8, b - a) }.to_vec();
    (base, bytes)
}

fn dumped(arch: &str) -> Option<Vec<u8>> {
    let dir = std::env::var_os("FERRO_VDSO_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/vdso"));
    std::fs::read(dir.join(format!("{arch}.so"))).ok()
}

const X86_64_SYMS: &[&str] = &[
    "__vdso_clock_gettime",
    "__vdso_gettimeofday",
    "__vdso_time",
    "__vdso_clock_getres",
    "__vdso_getcpu",
];
const I386_SYMS: &[(&str, &str)] = &[
    ("__kernel_vsyscall", "LINUX_2.5"),
    ("__vdso_clock_gettime64", "LINUX_2.6"),
    ("__vdso_gettimeofday", "LINUX_2.6"),
    ("__vdso_time", "LINUX_2.6"),
    ("__vdso_clock_getres", "LINUX_2.6"),
    ("__vdso_getcpu", "LINUX_2.6"),
];

#[test]
fn live_x86_64_image_resolves_and_works() {
    let (base, bytes) = own_vdso();
    let img = Image::parse(&bytes, base, EM_X86_64).expect("own vDSO rejected");
    for s in X86_64_SYMS {
        let a = img
            .lookup(s, "LINUX_2.6")
            .unwrap_or_else(|| panic!("{s} not found"));
        assert!(a > base && a < base + bytes.len(), "{s} outside the image");
    }
    assert!(
        img.lookup("__vdso_clock_gettime", "LINUX_2.5").is_none(),
        "version must match"
    );
    assert!(img.lookup("__vdso_nonexistent", "LINUX_2.6").is_none());
    // Call the resolved clock_gettime in the live mapping: it must agree with std.
    let a = img.lookup("__vdso_clock_gettime", "LINUX_2.6").unwrap();
    // SAFETY: the address is __vdso_clock_gettime of this process's vDSO.
    let f: extern "C" fn(i32, *mut [i64; 2]) -> i32 = unsafe { std::mem::transmute(a) };
    let mut ts = [0i64; 2];
    assert_eq!(f(0, &mut ts), 0);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((ts[0] - now).abs() <= 2);
}

#[test]
fn dumped_images_resolve() {
    // `cargo xtask test` always provides these; plain `cargo test` may not.
    if let Some(img) = dumped("x86_64") {
        let p = Image::parse(&img, 0x7000_0000, EM_X86_64).expect("x86_64 image rejected");
        for s in X86_64_SYMS {
            assert!(p.lookup(s, "LINUX_2.6").is_some(), "{s}");
        }
    }
    if let Some(img) = dumped("i386") {
        assert!(
            Image::parse(&img, 0xf7f0_0000, EM_X86_64).is_err(),
            "32-bit image accepted as x86_64"
        );
        let p = Image::parse(&img, 0xf7f0_0000, EM_386).expect("i386 image rejected");
        for (s, v) in I386_SYMS {
            let a = p
                .lookup(s, v)
                .unwrap_or_else(|| panic!("{s}@{v} not found"));
            assert!(a > 0xf7f0_0000);
        }
    }
}

/// Every image we can get: the live one plus the dumped ones.
fn corpus() -> Vec<(Vec<u8>, u16)> {
    let mut v = vec![(own_vdso().1, EM_X86_64)];
    if let Some(i) = dumped("i386") {
        v.push((i, EM_386));
    }
    v
}

/// Parse and exercise every lookup path; any panic fails the test.
fn poke(bytes: &[u8], m: u16) -> bool {
    match Image::parse(bytes, 0x1000_0000, m) {
        Ok(img) => {
            for s in X86_64_SYMS {
                let _ = img.lookup(s, "LINUX_2.6");
            }
            for (s, v) in I386_SYMS {
                let _ = img.lookup(s, v);
            }
            let _ = img.lookup("", "");
            true
        }
        Err(_) => false,
    }
}

#[test]
fn truncated_images_rejected_or_safe() {
    let mut n = 0;
    for (img, m) in corpus() {
        for len in 0..img.len() {
            if len < 8192 || len % 7 == 0 {
                poke(&img[..len], m);
                n += 1;
            }
        }
        // Shorter than its own load segment: must be rejected outright.
        assert!(Image::parse(&img[..img.len() / 3], 0, m).is_err());
    }
    eprintln!("truncated images: {n}");
    assert!(n > 5000);
}

#[test]
fn random_mutations_never_panic() {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut n = 0;
    for (img, m) in corpus() {
        for _ in 0..20_000 {
            let mut bad = img.clone();
            let flips = 1 + next() % 8;
            for _ in 0..flips {
                // Bias mutations to the headers and tables, where they matter.
                let lim = if next() % 2 == 0 {
                    bad.len().min(1024)
                } else {
                    bad.len()
                };
                let i = (next() as usize) % lim;
                bad[i] = match next() % 4 {
                    0 => 0,
                    1 => 0xff,
                    2 => bad[i] ^ (1 << (next() % 8)),
                    _ => next() as u8,
                };
            }
            poke(&bad, m);
            n += 1;
        }
    }
    eprintln!("mutated images: {n}");
}

/// Overwrite a 32-bit little-endian word.
fn put32(b: &mut [u8], off: usize, v: u32) {
    b[off..off + 4].copy_from_slice(&v.to_le_bytes());
}

#[test]
fn crafted_hostile_images() {
    let (base, img) = own_vdso();
    let good = Image::parse(&img, base, EM_X86_64).unwrap();
    // Wrong machine, class, encoding, type, magic.
    assert_eq!(
        Image::parse(&img, base, EM_AARCH64).err(),
        Some(Reject::Machine)
    );
    let mut b = img.clone();
    b[4] = 1;
    assert_eq!(Image::parse(&b, base, EM_X86_64).err(), Some(Reject::Class));
    let mut b = img.clone();
    b[5] = 2;
    assert_eq!(
        Image::parse(&b, base, EM_X86_64).err(),
        Some(Reject::Encoding)
    );
    let mut b = img.clone();
    b[16] = 2; // ET_EXEC
    assert_eq!(Image::parse(&b, base, EM_X86_64).err(), Some(Reject::Type));
    let mut b = img.clone();
    b[1] = b'X';
    assert_eq!(Image::parse(&b, base, EM_X86_64).err(), Some(Reject::Magic));
    // Program headers pointing past the end; absurd header counts and sizes.
    let mut b = img.clone();
    b[32..40].copy_from_slice(&(u64::MAX - 10).to_le_bytes());
    assert!(Image::parse(&b, base, EM_X86_64).is_err());
    let mut b = img.clone();
    b[56..58].copy_from_slice(&0xffffu16.to_le_bytes());
    assert!(Image::parse(&b, base, EM_X86_64).is_err());
    let mut b = img.clone();
    b[54..56].copy_from_slice(&0u16.to_le_bytes());
    assert_eq!(
        Image::parse(&b, base, EM_X86_64).err(),
        Some(Reject::HeaderSize)
    );
    // Hash tables: make every chain cyclic (DT_HASH: each entry points at
    // itself; DT_GNU_HASH: no end-of-chain bit anywhere). Lookups of
    // absent names must terminate with None.
    if let Some(h) = good.hash {
        let mut b = img.clone();
        let nbucket = u32::from_le_bytes(b[h..h + 4].try_into().unwrap()) as usize;
        let nchain = u32::from_le_bytes(b[h + 4..h + 8].try_into().unwrap()) as usize;
        for i in 0..nchain {
            put32(&mut b, h + 8 + nbucket * 4 + i * 4, i as u32);
        }
        let mut p = Image::parse(&b, base, EM_X86_64).unwrap();
        p.gnu_hash = None;
        assert!(p.lookup("__vdso_absent", "LINUX_2.6").is_none());
    }
    if let Some(h) = good.gnu_hash {
        let mut b = img.clone();
        let nb = u32::from_le_bytes(b[h..h + 4].try_into().unwrap()) as usize;
        let bloom = u32::from_le_bytes(b[h + 8..h + 12].try_into().unwrap()) as usize;
        let chains = h + 16 + bloom * 8 + nb * 4;
        // Up to the next table after the chains (the layout is the linker's).
        let end = [
            Some(good.symtab),
            Some(good.strtab),
            good.versym,
            good.verdef,
            good.hash,
        ]
        .into_iter()
        .flatten()
        .filter(|&o| o > chains)
        .min()
        .unwrap_or(b.len());
        let mut i = chains;
        while i + 4 <= end {
            put32(&mut b, i, 0xffff_fffe);
            i += 4;
        }
        let p = Image::parse(&b, base, EM_X86_64).unwrap();
        assert!(p.lookup("__vdso_absent", "LINUX_2.6").is_none());
        assert!(p.lookup("__vdso_time", "LINUX_2.6").is_none());
        // Buckets pointing far outside the symbol table.
        let mut b = img.clone();
        for k in 0..nb {
            put32(&mut b, h + 16 + bloom * 8 + k * 4, 0x7fff_ffff);
        }
        let p = Image::parse(&b, base, EM_X86_64).unwrap();
        assert!(p.lookup("__vdso_time", "LINUX_2.6").is_none());
    }
    // Symbol values outside the loaded segment are refused.
    let mut p = good;
    p.load_end = p.load_start + 1;
    assert!(p.lookup("__vdso_time", "LINUX_2.6").is_none());
    // A string table at the very end of the image: names run off the end.
    let mut p = good;
    p.strtab = img.len() - 2;
    assert!(p.lookup("__vdso_time", "LINUX_2.6").is_none());
    // DT_STRSZ claiming more than the image holds: rejected by parse.
    let mut b = img.clone();
    let mut found = false;
    for e in (0..b.len() - 16).step_by(8) {
        let tag = u64::from_le_bytes(b[e..e + 8].try_into().unwrap());
        let val = u64::from_le_bytes(b[e + 8..e + 16].try_into().unwrap());
        if tag == DT_STRSZ && val as usize == good.strsz {
            b[e + 8..e + 16].copy_from_slice(&(1u64 << 40).to_le_bytes());
            found = true;
            break;
        }
    }
    assert!(found);
    assert_eq!(
        Image::parse(&b, base, EM_X86_64).err(),
        Some(Reject::Tables)
    );
}
