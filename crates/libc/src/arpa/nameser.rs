//! `<arpa/nameser.h>`: DNS message parsing (`ns_initparse`,
//! `ns_parserr`, `ns_skiprr`), names (`ns_name_uncompress` and the
//! text/wire conversions under it) and the big-endian field accessors.
//!
//! Names come in three forms: text (`www.example.com`, with `\.` and
//! `\DDD` escapes, RFC 1035 5.1), wire (length-prefixed labels ending in
//! a zero byte, at most 255 bytes, RFC 1035 3.1) and compressed wire
//! (a wire name whose tail may be a pointer to an earlier name in the
//! message, RFC 1035 4.1.4). The conversions here are plain functions on
//! byte slices, unit-tested on the host; the C faces check the pointers.
use crate::netdb::dns::read_name;
use crate::types::*;
use syscall::errno::{EMSGSIZE, ENODEV};

/// `NS_MAXDNAME`: the longest text name with its NUL.
pub const MAXDNAME: usize = 1025;

/// A byte of a label that text form escapes with a backslash.
fn special(c: u8) -> bool {
    matches!(c, b'.' | b'\\' | b'"' | b';' | b'(' | b')' | b'@' | b'$')
}

/// Wire name `w` (uncompressed) as text into `out`, NUL-terminated: the
/// root is ".", other names have no trailing dot; special bytes are
/// escaped `\c`, unprintable ones `\DDD`. The text length without the
/// NUL, or `None` when `out` is too small or `w` is malformed.
pub fn ntop(w: &[u8], out: &mut [u8]) -> Option<usize> {
    let mut n = 0;
    let mut put = |c: u8, n: &mut usize| -> Option<()> {
        *out.get_mut(*n)? = c;
        *n += 1;
        Some(())
    };
    let mut i = 0;
    loop {
        let l = *w.get(i)? as usize;
        if l == 0 {
            break;
        }
        if l > 63 {
            return None;
        }
        if i > 0 {
            put(b'.', &mut n)?;
        }
        for &c in w.get(i + 1..i + 1 + l)? {
            if special(c) {
                put(b'\\', &mut n)?;
                put(c, &mut n)?;
            } else if c <= b' ' || c >= 0x7f {
                put(b'\\', &mut n)?;
                put(b'0' + c / 100, &mut n)?;
                put(b'0' + c / 10 % 10, &mut n)?;
                put(b'0' + c % 10, &mut n)?;
            } else {
                put(c, &mut n)?;
            }
        }
        i += 1 + l;
    }
    if i == 0 {
        put(b'.', &mut n)?;
    }
    put(0, &mut n)?;
    Some(n - 1)
}

/// Text name `t` (no NUL) in wire form into `out`: its length and
/// whether the text was fully qualified (ended in an unescaped dot, or
/// was "."). `None` for an empty label, a label over 63 bytes, a name
/// over 255 bytes or a bad `\DDD` escape.
pub fn pton(t: &[u8], out: &mut [u8; 255]) -> Option<(usize, bool)> {
    if t == b"." {
        out[0] = 0;
        return Some((1, true));
    }
    let mut n = 0; // bytes of finished labels
    let mut label = [0u8; 63];
    let mut ll = 0;
    let mut i = 0;
    let mut absolute = false;
    let mut end_label = |label: &[u8], n: &mut usize| -> Option<()> {
        if label.is_empty() || *n + 1 + label.len() + 1 > 255 {
            return None;
        }
        out[*n] = label.len() as u8;
        out[*n + 1..*n + 1 + label.len()].copy_from_slice(label);
        *n += 1 + label.len();
        Some(())
    };
    while i < t.len() {
        let c = t[i];
        i += 1;
        let b = match c {
            b'.' => {
                end_label(&label[..ll], &mut n)?;
                ll = 0;
                if i == t.len() {
                    absolute = true;
                }
                continue;
            }
            b'\\' => {
                let d = *t.get(i)?;
                if d.is_ascii_digit() {
                    let ds = t.get(i..i + 3)?;
                    if !ds.iter().all(u8::is_ascii_digit) {
                        return None;
                    }
                    let v = ds.iter().fold(0u32, |v, &x| v * 10 + u32::from(x - b'0'));
                    if v > 255 {
                        return None;
                    }
                    i += 3;
                    v as u8
                } else {
                    i += 1;
                    d
                }
            }
            _ => c,
        };
        *label.get_mut(ll)? = b;
        ll += 1;
    }
    if ll > 0 {
        end_label(&label[..ll], &mut n)?;
    } else if !absolute {
        // Empty text.
        return None;
    }
    out[n] = 0;
    Some((n + 1, absolute))
}

/// The length of the compressed name at `msg[at..]` (a pointer ends
/// it), or `None` when it runs past the end or has a bad label type.
pub fn skip(msg: &[u8], mut at: usize) -> Option<usize> {
    let start = at;
    loop {
        let l = *msg.get(at)?;
        match l & 0xc0 {
            0 if l == 0 => return Some(at + 1 - start),
            0 => {
                at += 1 + l as usize;
                if at > msg.len() {
                    return None;
                }
            }
            0xc0 => {
                msg.get(at + 1)?;
                return Some(at + 2 - start);
            }
            _ => return None,
        }
    }
}

/// The length of resource record data at `msg[at..]` in `section`: a
/// question (name, type, class) or a full record.
fn skip_rr(msg: &[u8], at: usize, question: bool) -> Option<usize> {
    let n = skip(msg, at)?;
    let fixed = if question { 4 } else { 10 };
    let body = at + n;
    if body + fixed > msg.len() {
        return None;
    }
    let mut len = n + fixed;
    if !question {
        let rdlen = u16::from_be_bytes([msg[body + 8], msg[body + 9]]) as usize;
        len += rdlen;
        if at + len > msg.len() {
            return None;
        }
    }
    Some(len)
}

/// `ns_sect`: a C enum of non-negative values, so unsigned int.
pub type ns_sect = c_uint;

/// `ns_sect` count: question, answer, authority, additional.
const NS_S_MAX: ns_sect = 4;

/// glibc's `ns_msg`.
#[repr(C)]
pub struct ns_msg {
    pub _msg: *const u8,
    pub _eom: *const u8,
    pub _id: u16,
    pub _flags: u16,
    pub _counts: [u16; 4],
    pub _sections: [*const u8; 4],
    pub _sect: ns_sect,
    pub _rrnum: c_int,
    pub _msg_ptr: *const u8,
}

/// glibc's `ns_rr`.
#[repr(C)]
pub struct ns_rr {
    pub name: [c_char; MAXDNAME],
    pub type_: u16,
    pub rr_class: u16,
    pub ttl: u32,
    pub rdlength: u16,
    pub rdata: *const u8,
}

#[cfg(target_pointer_width = "64")]
const _: () = assert!(size_of::<ns_msg>() == 80 && size_of::<ns_rr>() == 1048);
#[cfg(target_pointer_width = "32")]
const _: () = assert!(size_of::<ns_msg>() == 48 && size_of::<ns_rr>() == 1044);

fn msg_slice<'a>(m: *const u8, eom: *const u8) -> Option<&'a [u8]> {
    if m.is_null() || eom < m {
        return None;
    }
    // SAFETY: the caller's message runs from m to eom (the C contract).
    Some(unsafe { core::slice::from_raw_parts(m, eom.offset_from(m) as usize) })
}

/// BIND/glibc `ns_get16`: a big-endian 16-bit field.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ns_get16(p: *const u8) -> c_uint {
    // SAFETY: the caller's two bytes.
    unsafe { u16::from_be_bytes([*p, *p.add(1)]) as c_uint }
}

/// BIND/glibc `ns_get32`: a big-endian 32-bit field.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ns_get32(p: *const u8) -> c_ulong {
    // SAFETY: the caller's four bytes.
    unsafe { u32::from_be_bytes([*p, *p.add(1), *p.add(2), *p.add(3)]) as c_ulong }
}

/// BIND/glibc `ns_put16`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ns_put16(v: c_uint, p: *mut u8) {
    // SAFETY: the caller's two bytes.
    unsafe { core::ptr::copy_nonoverlapping((v as u16).to_be_bytes().as_ptr(), p, 2) }
}

/// BIND/glibc `ns_put32`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ns_put32(v: c_ulong, p: *mut u8) {
    // SAFETY: the caller's four bytes.
    unsafe { core::ptr::copy_nonoverlapping((v as u32).to_be_bytes().as_ptr(), p, 4) }
}

/// Each `ns_flag`'s mask and shift in the header's flags word.
static FLAGS: [(u16, u32); 10] = [
    (0x8000, 15),
    (0x7800, 11),
    (0x0400, 10),
    (0x0200, 9),
    (0x0100, 8),
    (0x0080, 7),
    (0x0040, 6),
    (0x0020, 5),
    (0x0010, 4),
    (0x000f, 0),
];

/// BIND/glibc `ns_msg_getflag`: header flag `flag` (`ns_f_qr` …
/// `ns_f_rcode`) of a parsed message; 0 for a flag number out of range.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub extern "C" fn ns_msg_getflag(h: ns_msg, flag: c_int) -> c_int {
    match FLAGS.get(flag as usize) {
        Some(&(m, s)) if flag >= 0 => ((h._flags & m) >> s) as c_int,
        _ => 0,
    }
}

/// BIND/glibc `ns_initparse`: a handle on the `len`-byte message at
/// `msg`: its ID, flags, section counts and where each section starts.
/// -1 with EMSGSIZE when the message is shorter than its counts say.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ns_initparse(msg: *const u8, len: c_int, h: *mut ns_msg) -> c_int {
    if len < 12 {
        return crate::kernel::fail(EMSGSIZE);
    }
    // SAFETY: the caller's message of len bytes.
    let m = unsafe { core::slice::from_raw_parts(msg, len as usize) };
    let g = |i: usize| u16::from_be_bytes([m[i], m[i + 1]]);
    let counts = [g(4), g(6), g(8), g(10)];
    let mut sections = [core::ptr::null(); 4];
    let mut at = 12;
    for (s, &c) in counts.iter().enumerate() {
        if c > 0 {
            // SAFETY: at <= len, inside the message.
            sections[s] = unsafe { msg.add(at) };
        }
        for _ in 0..c {
            let Some(n) = skip_rr(m, at, s == 0) else {
                return crate::kernel::fail(EMSGSIZE);
            };
            at += n;
        }
    }
    if at != m.len() {
        return crate::kernel::fail(EMSGSIZE);
    }
    // SAFETY: h is the caller's handle.
    unsafe {
        h.write(ns_msg {
            _msg: msg,
            _eom: msg.add(len as usize),
            _id: g(0),
            _flags: g(2),
            _counts: counts,
            _sections: sections,
            _sect: NS_S_MAX,
            _rrnum: -1,
            _msg_ptr: core::ptr::null(),
        });
    }
    0
}

/// BIND/glibc `ns_skiprr`: the bytes `count` records of `section` take
/// from `p` (questions have no TTL or data), or -1 with EMSGSIZE.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ns_skiprr(
    p: *const u8,
    eom: *const u8,
    section: ns_sect,
    count: c_int,
) -> c_int {
    let Some(m) = msg_slice(p, eom) else {
        return crate::kernel::fail(EMSGSIZE);
    };
    let mut at = 0;
    for _ in 0..count.max(0) {
        match skip_rr(m, at, section == 0) {
            Some(n) => at += n,
            None => return crate::kernel::fail(EMSGSIZE),
        }
    }
    at as c_int
}

/// BIND/glibc `ns_parserr`: record `rrnum` of `section` into `rr`: its
/// name as text, type, class, TTL and data (the last two zero and null
/// for a question). -1 with ENODEV for a section or record number out
/// of range, EMSGSIZE for a malformed message.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ns_parserr(
    h: *mut ns_msg,
    section: ns_sect,
    rrnum: c_int,
    rr: *mut ns_rr,
) -> c_int {
    // SAFETY: h was filled by ns_initparse; its message is live; rr is
    // the caller's record.
    unsafe {
        let hm = &mut *h;
        if !(0..NS_S_MAX).contains(&section) {
            return crate::kernel::fail(ENODEV);
        }
        if section != hm._sect {
            hm._sect = section;
            hm._rrnum = 0;
            hm._msg_ptr = hm._sections[section as usize];
        }
        let count = hm._counts[section as usize] as c_int;
        if rrnum < 0 || rrnum >= count {
            return crate::kernel::fail(ENODEV);
        }
        let Some(m) = msg_slice(hm._msg, hm._eom) else {
            return crate::kernel::fail(EMSGSIZE);
        };
        let base = hm._sections[section as usize].offset_from(hm._msg) as usize;
        // Walk from the section's start (or the cursor when it is there).
        let (mut at, mut k) = if rrnum >= hm._rrnum && !hm._msg_ptr.is_null() {
            (hm._msg_ptr.offset_from(hm._msg) as usize, hm._rrnum)
        } else {
            (base, 0)
        };
        let q = section == 0;
        while k < rrnum {
            match skip_rr(m, at, q) {
                Some(n) => at += n,
                None => return crate::kernel::fail(EMSGSIZE),
            }
            k += 1;
        }
        let mut w = [0u8; 256];
        let Some((body, wl)) = read_name(m, at, &mut w) else {
            return crate::kernel::fail(EMSGSIZE);
        };
        let r = &mut *rr;
        let name = core::slice::from_raw_parts_mut(r.name.as_mut_ptr() as *mut u8, MAXDNAME);
        if ntop(&w[..wl], name).is_none() {
            return crate::kernel::fail(EMSGSIZE);
        }
        if body + if q { 4 } else { 10 } > m.len() {
            return crate::kernel::fail(EMSGSIZE);
        }
        let g = |i: usize| u16::from_be_bytes([m[i], m[i + 1]]);
        r.type_ = g(body);
        r.rr_class = g(body + 2);
        let next;
        if q {
            r.ttl = 0;
            r.rdlength = 0;
            r.rdata = core::ptr::null();
            next = body + 4;
        } else {
            r.ttl = u32::from_be_bytes([m[body + 4], m[body + 5], m[body + 6], m[body + 7]]);
            r.rdlength = g(body + 8);
            next = body + 10 + r.rdlength as usize;
            if next > m.len() {
                return crate::kernel::fail(EMSGSIZE);
            }
            r.rdata = hm._msg.add(body + 10);
        }
        hm._rrnum = rrnum + 1;
        hm._msg_ptr = hm._msg.add(next);
        0
    }
}

/// BIND/glibc `ns_name_uncompress`: the compressed name at `src` (in
/// the message `msg..eom`) as text into `dst` (`dstsiz` bytes); the
/// bytes the compressed name takes at `src`, or -1 with EMSGSIZE.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn ns_name_uncompress(
    msg: *const u8,
    eom: *const u8,
    src: *const u8,
    dst: *mut c_char,
    dstsiz: size_t,
) -> c_int {
    let Some(m) = msg_slice(msg, eom) else {
        return crate::kernel::fail(EMSGSIZE);
    };
    if src < msg || src >= eom || dst.is_null() {
        return crate::kernel::fail(EMSGSIZE);
    }
    // SAFETY: src is inside the message.
    let at = unsafe { src.offset_from(msg) } as usize;
    let mut w = [0u8; 256];
    let Some((after, wl)) = read_name(m, at, &mut w) else {
        return crate::kernel::fail(EMSGSIZE);
    };
    // SAFETY: dst has dstsiz bytes.
    let out = unsafe { core::slice::from_raw_parts_mut(dst as *mut u8, dstsiz) };
    if ntop(&w[..wl], out).is_none() {
        return crate::kernel::fail(EMSGSIZE);
    }
    (after - at) as c_int
}

/// The compressed form of wire name `w` written at `dst` (which is in
/// the message that starts at `dnptrs[0]`, when given): each suffix of
/// the name is looked up among the names the earlier pointers mark (and
/// their suffixes); the first match becomes a pointer. When the name is
/// written out (partly), its start joins `dnptrs` while there is room
/// before `lastdnptr`. Its length, or `None` when `dst` is too small.
///
/// # Safety
/// `dst` has `dstsiz` bytes; `dnptrs`, when not null, is a null-ended
/// array of pointers into one message that starts at `dnptrs[0]` and
/// runs past `dst`; `lastdnptr` bounds the array.
pub unsafe fn compress(
    w: &[u8],
    dst: *mut u8,
    dstsiz: usize,
    dnptrs: *mut *mut u8,
    lastdnptr: *mut *mut u8,
) -> Option<usize> {
    // SAFETY: the contract above.
    unsafe {
        let base = if dnptrs.is_null() {
            core::ptr::null_mut()
        } else {
            *dnptrs
        };
        let prior = if base.is_null() || dst < base {
            &[][..]
        } else {
            core::slice::from_raw_parts(base, dst.offset_from(base) as usize)
        };
        // The earlier names: the marked pointers after the first.
        let mut marks: [usize; 64] = [0; 64];
        let mut nmarks = 0;
        let mut end_slot = core::ptr::null_mut::<*mut u8>();
        if !base.is_null() {
            let mut p = dnptrs.add(1);
            while (lastdnptr.is_null() || p < lastdnptr) && !(*p).is_null() {
                let q = *p;
                if q >= base && q < dst && nmarks < marks.len() {
                    marks[nmarks] = q.offset_from(base) as usize;
                    nmarks += 1;
                }
                p = p.add(1);
            }
            end_slot = p;
        }
        let find = |suffix: &[u8]| -> Option<usize> {
            marks[..nmarks]
                .iter()
                .find_map(|&m| suffix_at(prior, m, suffix))
        };
        let out = core::slice::from_raw_parts_mut(dst, dstsiz);
        let mut i = 0; // position in w
        let mut n = 0; // bytes written
        loop {
            let l = *w.get(i)? as usize;
            if l == 0 {
                *out.get_mut(n)? = 0;
                n += 1;
                break;
            }
            if let Some(off) = find(&w[i..]) {
                let p = (0xc000 | off as u16).to_be_bytes();
                out.get_mut(n..n + 2)?.copy_from_slice(&p);
                n += 2;
                break;
            }
            out.get_mut(n..n + 1 + l)?
                .copy_from_slice(w.get(i..i + 1 + l)?);
            n += 1 + l;
            i += 1 + l;
        }
        // A written-out first label: mark the name for later ones.
        if !end_slot.is_null()
            && *dst & 0xc0 == 0
            && *dst != 0
            && dst.offset_from(base) < 0x4000
            && (lastdnptr.is_null() || end_slot.add(1) < lastdnptr)
        {
            *end_slot = dst;
            *end_slot.add(1) = core::ptr::null_mut();
        }
        Some(n)
    }
}

/// Where in `msg` the name at `m` (or one of its suffixes, pointers
/// followed) equals wire name `suffix`, ASCII case ignored, at an offset
/// a pointer can hold.
fn suffix_at(msg: &[u8], mut at: usize, suffix: &[u8]) -> Option<usize> {
    for _ in 0..128 {
        let mut t = [0u8; 256];
        let (_, tl) = read_name(msg, at, &mut t)?;
        if t[..tl].eq_ignore_ascii_case(suffix) && at < 0x4000 {
            return Some(at);
        }
        let l = *msg.get(at)?;
        if l == 0 {
            return None;
        }
        if l & 0xc0 == 0xc0 {
            at = (u16::from_be_bytes([l, *msg.get(at + 1)?]) & 0x3fff) as usize;
        } else {
            at += 1 + l as usize;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trip() {
        let mut w = [0u8; 255];
        let (n, abs) = pton(b"www.Example.com", &mut w).unwrap();
        assert_eq!(&w[..n], b"\x03www\x07Example\x03com\x00");
        assert!(!abs);
        let mut t = [0u8; 64];
        let tl = ntop(&w[..n], &mut t).unwrap();
        assert_eq!(&t[..tl], b"www.Example.com");
        assert_eq!(t[tl], 0);
        let (n, abs) = pton(b"a\\.b.c.", &mut w).unwrap();
        assert!(abs);
        assert_eq!(&w[..n], b"\x03a.b\x01c\x00");
        let tl = ntop(&w[..n], &mut t).unwrap();
        assert_eq!(&t[..tl], b"a\\.b.c");
        let (n, _) = pton(b"\\000\\255x", &mut w).unwrap();
        assert_eq!(&w[..n], b"\x03\x00\xffx\x00");
        let tl = ntop(&w[..n], &mut t).unwrap();
        assert_eq!(&t[..tl], b"\\000\\255x");
        assert_eq!(pton(b".", &mut w), Some((1, true)));
        assert_eq!(ntop(b"\x00", &mut t), Some(1));
        assert_eq!(&t[..2], b".\0");
        assert_eq!(pton(b"", &mut w), None);
        assert_eq!(pton(b"a..b", &mut w), None);
        assert_eq!(pton(b"\\256", &mut w), None);
        let long = [b'a'; 64];
        assert_eq!(pton(&long, &mut w), None);
        assert!(pton(&long[..63], &mut w).is_some());
        // 4 labels of 63 = 256 bytes of wire: too long.
        let mut big = [b'a'; 255];
        for k in [63, 127, 191] {
            big[k] = b'.';
        }
        assert_eq!(pton(&big, &mut w), None);
        assert!(pton(&big[..253], &mut w).is_some());
        assert_eq!(ntop(b"\x03www\x00", &mut t[..3]), None);
    }

    #[test]
    fn skipping() {
        assert_eq!(skip(b"\x01a\xc0\x00", 0), Some(4));
        assert_eq!(skip(b"\x01a\x00", 0), Some(3));
        assert_eq!(skip(b"\x05a", 0), None);
        assert_eq!(skip(b"\x41a", 0), None);
    }
}
