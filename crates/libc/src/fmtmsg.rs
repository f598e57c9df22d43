//! `<fmtmsg.h>`: `fmtmsg`, the X/Open formatted message to standard
//! error and/or the console:
//! `label: SEVERITY: text\nTO FIX: action  tag\n`, each part (and the
//! separator after it) left out when absent, as glibc lays it out.
//! `MSGVERB` (a `:`-list of `label severity text action tag`; any other
//! word, or none, means all) picks the parts for standard error, read at
//! each call; `SEV_LEVEL` (`:`-separated `description,level,string`
//! entries with level above 4) adds severities.
use crate::heap;
use crate::types::*;

pub const MM_PRINT: c_long = 0x100;
pub const MM_CONSOLE: c_long = 0x200;
pub const MM_OK: c_int = 0;
pub const MM_NOTOK: c_int = -1;
pub const MM_NOMSG: c_int = 1;
pub const MM_NOCON: c_int = 4;

/// The severity names (MM_HALT … MM_INFO), and the MSGVERB keywords,
/// in one blob so no small literal lands in a merged constant section.
static WORDS: [u8; 48] = *b"HALTERRORWARNINGINFOlabelseveritytextactiontag: ";
/// (offset, length) in WORDS of severities 1–4, then the five keywords.
static SPANS: [(u8, u8); 9] = [
    (0, 4),
    (4, 5),
    (9, 7),
    (16, 4),
    (20, 5),
    (25, 8),
    (33, 4),
    (37, 6),
    (43, 3),
];
fn word(i: usize) -> &'static [u8] {
    let (o, l) = SPANS[i];
    &WORDS[o as usize..o as usize + l as usize]
}
/// ": ", and two blanks (the last bytes of WORDS and of TO_FIX).
fn colon() -> &'static [u8] {
    &WORDS[46..48]
}
static TO_FIX: [u8; 8] = *b"TO FIX: ";
static BLANKS: [u8; 2] = *b"  ";
static MSGVERB: [u8; 8] = *b"MSGVERB\0";
static SEV_LEVEL: [u8; 10] = *b"SEV_LEVEL\0";
static CONSOLE: [u8; 13] = *b"/dev/console\0";

fn env(name: &[u8]) -> Option<&'static [u8]> {
    // SAFETY: name is NUL-terminated; getenv's result is a C string.
    unsafe {
        let p = crate::stdlib::getenv(name.as_ptr() as *const c_char);
        (!p.is_null()).then(|| core::ffi::CStr::from_ptr(p).to_bytes())
    }
}

fn cstr<'a>(p: *const c_char) -> Option<&'a [u8]> {
    // SAFETY: a C string or null (the MM_NULL* values).
    (!p.is_null()).then(|| unsafe { core::ffi::CStr::from_ptr(p).to_bytes() })
}

/// A label is `part1:part2`, at most 10 and 14 bytes.
fn label_ok(l: &[u8]) -> bool {
    match l.iter().position(|&c| c == b':') {
        Some(i) => i <= 10 && l.len() - i - 1 <= 14,
        None => false,
    }
}

/// The printed name of severity `sev`: the standard four, or a
/// `SEV_LEVEL` entry; `None` for an unknown one.
fn severity(sev: c_int) -> Option<&'static [u8]> {
    match sev {
        0 => return Some(&[]),
        1..=4 => return Some(word(sev as usize - 1)),
        _ => {}
    }
    let v = env(&SEV_LEVEL)?;
    for e in v.split(|&c| c == b':') {
        let mut f = e.splitn(3, |&c| c == b',');
        let (Some(_), Some(lv), Some(s)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let n = core::str::from_utf8(lv)
            .ok()
            .and_then(|t| t.parse::<c_int>().ok());
        if let Some(n) = n
            && n > 4
            && n == sev
        {
            return Some(s);
        }
    }
    None
}

/// The parts `MSGVERB` selects (bit i: KEYS[i]).
fn verbs() -> u32 {
    let Some(v) = env(&MSGVERB) else { return 31 };
    let mut m = 0;
    for w in v.split(|&c| c == b':') {
        match (0..5).position(|k| word(4 + k) == w) {
            Some(i) => m |= 1 << i,
            None => return 31,
        }
    }
    if m == 0 { 31 } else { m }
}

/// The message with the parts in `mask`.
fn compose(parts: [Option<&[u8]>; 5], mask: u32, out: &mut heap::Vec<u8>) -> Option<()> {
    let p: [Option<&[u8]>; 5] = core::array::from_fn(|i| parts[i].filter(|_| mask >> i & 1 != 0));
    let [label, sev, text, action, tag] = p;
    if let Some(l) = label {
        out.extend_from_slice(l).ok()?;
        if sev.is_some() || text.is_some() || action.is_some() || tag.is_some() {
            out.extend_from_slice(colon()).ok()?;
        }
    }
    if let Some(s) = sev {
        out.extend_from_slice(s).ok()?;
        if text.is_some() || action.is_some() || tag.is_some() {
            out.extend_from_slice(colon()).ok()?;
        }
    }
    if let Some(t) = text {
        out.extend_from_slice(t).ok()?;
        if action.is_some() || tag.is_some() {
            out.push(b'\n').ok()?;
        }
    }
    if let Some(a) = action {
        out.extend_from_slice(&TO_FIX).ok()?;
        out.extend_from_slice(a).ok()?;
        if tag.is_some() {
            out.extend_from_slice(&BLANKS).ok()?;
        }
    }
    if let Some(t) = tag {
        out.extend_from_slice(t).ok()?;
    }
    out.push(b'\n').ok()
}

/// X/Open (XSI) `fmtmsg`: MM_OK; MM_NOTOK for a bad label or an unknown
/// severity (nothing written); MM_NOMSG / MM_NOCON when standard error /
/// the console could not be written.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn fmtmsg(
    class: c_long,
    label: *const c_char,
    sev: c_int,
    text: *const c_char,
    action: *const c_char,
    tag: *const c_char,
) -> c_int {
    let label = cstr(label);
    if label.is_some_and(|l| !label_ok(l)) {
        return MM_NOTOK;
    }
    let Some(s) = severity(sev) else {
        return MM_NOTOK;
    };
    let s = (!s.is_empty()).then_some(s);
    let parts = [label, s, cstr(text), cstr(action), cstr(tag)];
    let mut r = MM_OK;
    if class & MM_PRINT != 0 {
        let mut m: heap::Vec<u8> = heap::Vec::new();
        let ok = compose(parts, verbs(), &mut m).is_some() && m.push(0).is_ok() && {
            // SAFETY: a NUL-terminated message; stderr is the stream.
            unsafe {
                crate::stdio::fputs(m.as_slice().as_ptr() as *const c_char, crate::stdio::stderr)
                    >= 0
            }
        };
        if !ok {
            r |= MM_NOMSG;
        }
    }
    if class & MM_CONSOLE != 0 {
        let mut m: heap::Vec<u8> = heap::Vec::new();
        let mut ok = compose(parts, 31, &mut m).is_some();
        if ok {
            // SAFETY: plain open/write/close of the console.
            unsafe {
                let fd = crate::fcntl::__ferro_open(
                    CONSOLE.as_ptr() as *const c_char,
                    (syscall::nr::O_WRONLY | syscall::nr::O_NOCTTY | syscall::nr::O_CLOEXEC)
                        as c_int,
                    0,
                );
                ok = fd >= 0
                    && crate::unistd::write(fd, m.as_slice().as_ptr() as *const c_void, m.len())
                        == m.len() as isize;
                if fd >= 0 {
                    crate::unistd::close(fd);
                }
            }
        }
        if !ok {
            r |= MM_NOCON;
        }
    }
    if r == MM_NOMSG | MM_NOCON {
        MM_NOTOK
    } else {
        r
    }
}
