//! `<sys/sysinfo.h>`: system statistics (Linux/GNU extensions). `sysinfo`
//! is the kernel's call and structure; the processor counts are read as
//! glibc 2.36 reads them: the online ones from
//! `/sys/devices/system/cpu/online`, the configured ones from `.../possible`
//! (both CPU lists, "0-3,8"), falling back to the calling thread's affinity
//! mask when sysfs is not there. `sysconf(_SC_NPROCESSORS_*)`,
//! `sysconf(_SC_*PHYS_PAGES)` and `getloadavg` are built on these.
use crate::kernel::ret_int;
use crate::types::*;

/// Linux `struct sysinfo`, the kernel's: the arch's (`arch::sysinfo`;
/// 112 bytes on the 64-bit arches, 64 on i386).
pub use crate::arch::sysinfo;

const _: () = assert!(
    core::mem::size_of::<sysinfo>() == core::mem::size_of::<syscall::system::sysinfo>()
        && core::mem::offset_of!(sysinfo, mem_unit)
            == core::mem::offset_of!(syscall::system::sysinfo, mem_unit)
);

/// Linux `sysinfo`: memory, swap, load and process counts, uptime.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sysinfo(info: *mut sysinfo) -> c_int {
    // SAFETY: the kernel checks the pointer.
    ret_int(unsafe { sys!(__NR_sysinfo, info) })
}

/// The kernel's statistics, or None.
fn read_sysinfo() -> Option<sysinfo> {
    let mut si = core::mem::MaybeUninit::<sysinfo>::zeroed();
    // SAFETY: the kernel fills the struct (or fails, leaving zeros).
    if unsafe { sys!(__NR_sysinfo, si.as_mut_ptr()) } < 0 {
        return None;
    }
    // SAFETY: all-integer struct, zeroed then filled.
    Some(unsafe { si.assume_init() })
}

/// `count` units of `unit` bytes, in pages (at most `c_long::MAX`).
fn pages(count: c_ulong, unit: c_uint) -> c_long {
    let bytes = count as u64 * (unit.max(1) as u64);
    (bytes / crate::sys::auxv::page_size() as u64).min(c_long::MAX as u64) as c_long
}

/// GNU `get_phys_pages`: physical memory in pages (`sysconf(_SC_PHYS_PAGES)`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn get_phys_pages() -> c_long {
    read_sysinfo().map_or(-1, |s| pages(s.totalram, s.mem_unit))
}

/// GNU `get_avphys_pages`: free physical memory in pages
/// (`sysconf(_SC_AVPHYS_PAGES)`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn get_avphys_pages() -> c_long {
    read_sysinfo().map_or(-1, |s| pages(s.freeram, s.mem_unit))
}

static CPU_ONLINE: [u8; 31] = *b"/sys/devices/system/cpu/online\0";
static CPU_POSSIBLE: [u8; 33] = *b"/sys/devices/system/cpu/possible\0";

/// The number of CPUs a sysfs CPU list ("0-3,8-11\n") names; None if it is
/// not one.
pub(crate) fn cpu_list_count(s: &[u8]) -> Option<u32> {
    let s = match crate::kernel::find_byte(s, b'\n') {
        Some(n) => &s[..n],
        None => s,
    };
    if s.is_empty() {
        return None;
    }
    let mut total: u32 = 0;
    for part in s.split(|&b| b == b',') {
        let mut it = part.splitn(2, |&b| b == b'-');
        let lo = number(it.next()?)?;
        let hi = match it.next() {
            Some(h) => number(h)?,
            None => lo,
        };
        if hi < lo {
            return None;
        }
        total = total.checked_add(hi - lo + 1)?;
    }
    Some(total)
}

/// A decimal number of at most 9 digits.
fn number(s: &[u8]) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0, |v, &d| v * 10 + (d - b'0') as u32))
}

/// The CPU count of a sysfs list file.
fn sysfs_cpus(path: &'static [u8]) -> Option<c_int> {
    let flags = syscall::nr::O_RDONLY | syscall::nr::O_CLOEXEC;
    // SAFETY: a NUL-terminated static path.
    let fd = unsafe { sys!(__NR_openat, syscall::nr::AT_FDCWD, path.as_ptr(), flags) };
    if fd < 0 {
        return None;
    }
    let mut buf = [0u8; 256];
    // SAFETY: our buffer, its length.
    let n = unsafe { sys!(__NR_read, fd, buf.as_mut_ptr(), buf.len()) };
    // SAFETY: our descriptor.
    unsafe { sys!(__NR_close, fd) };
    if n <= 0 || n as usize == buf.len() {
        return None;
    }
    cpu_list_count(&buf[..n as usize]).map(|c| c.min(c_int::MAX as u32) as c_int)
}

/// The CPUs in the calling thread's affinity mask (at least 1).
fn affinity_cpus() -> c_int {
    let mut set = [0u8; 1024];
    // SAFETY: the kernel writes at most set.len() bytes of CPU mask.
    let r = unsafe { sys!(__NR_sched_getaffinity, 0, set.len(), set.as_mut_ptr()) };
    match syscall::decode(r) {
        Ok(n) => set[..n]
            .iter()
            .map(|b| b.count_ones() as c_int)
            .sum::<c_int>()
            .max(1),
        Err(_) => 1,
    }
}

/// GNU `get_nprocs`: the processors online (`sysconf(_SC_NPROCESSORS_ONLN)`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn get_nprocs() -> c_int {
    sysfs_cpus(&CPU_ONLINE).unwrap_or_else(affinity_cpus)
}

/// GNU `get_nprocs_conf`: the processors the system can have
/// (`sysconf(_SC_NPROCESSORS_CONF)`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn get_nprocs_conf() -> c_int {
    sysfs_cpus(&CPU_POSSIBLE).unwrap_or_else(|| get_nprocs())
}

/// `v / 65536` as a double, by its bits (no floating-point constant in
/// the library): exact for the kernel's load averages, which are far
/// below 2^53.
pub(crate) fn fixed16_to_f64(v: u64) -> f64 {
    if v == 0 {
        return f64::from_bits(0);
    }
    let e = 63 - v.leading_zeros() as u64;
    let mant = if e <= 52 {
        v << (52 - e)
    } else {
        v >> (e - 52)
    };
    f64::from_bits(((e + 1023 - 16) << 52) | (mant & ((1u64 << 52) - 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_lists() {
        assert_eq!(cpu_list_count(b"0\n"), Some(1));
        assert_eq!(cpu_list_count(b"0-1\n"), Some(2));
        assert_eq!(cpu_list_count(b"0-3,8-11\n"), Some(8));
        assert_eq!(cpu_list_count(b"0,2,4-5"), Some(4));
        assert_eq!(cpu_list_count(b"\n"), None);
        assert_eq!(cpu_list_count(b"3-1\n"), None);
        assert_eq!(cpu_list_count(b"0-\n"), None);
        assert_eq!(cpu_list_count(b"a\n"), None);
        assert_eq!(cpu_list_count(b"0,,1\n"), None);
    }

    #[test]
    fn fixed16() {
        for v in [
            0u64,
            1,
            3,
            65535,
            65536,
            96448,
            188800,
            1 << 40,
            (1 << 53) - 1,
        ] {
            assert_eq!(fixed16_to_f64(v), v as f64 / 65536.0);
        }
    }
}
