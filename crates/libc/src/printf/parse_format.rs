//! `<printf.h>`: `parse_printf_format`, the argument types a format
//! string needs, by glibc 2.36's rules (observed on all four arches):
//!
//! - every conversion without `n$` takes the next argument of a counter
//!   of its own, each `*` without `m$` too (width, then precision, then
//!   the value); `n$` and `*m$` name argument n or m; the count is the
//!   larger of the counter and the highest named position;
//! - integers (`d i o u x X`) are `PA_INT`, `hh` makes `PA_CHAR`, `h`
//!   adds `PA_FLAG_SHORT`, `l` `PA_FLAG_LONG`, `ll`/`L`/`q`
//!   `PA_FLAG_LONG_LONG` where `long long` is wider than `long` (on
//!   64-bit arches `ll` is `PA_FLAG_LONG` and `L`/`q` add nothing);
//!   `j` is `intmax_t`'s, `z`/`Z`/`t` `size_t`'s (`long` or `int`);
//! - floats are `PA_DOUBLE`, with `L`, `ll` or `q` `| PA_FLAG_LONG_DOUBLE`;
//! - `c` is `PA_CHAR` and `s` `PA_STRING` whatever the length (`%lc`,
//!   `%ls` too, as glibc 2.36 answers), `C` `PA_WCHAR`, `S` `PA_WSTRING`,
//!   `p` `PA_POINTER`, `n` `PA_INT | PA_FLAG_PTR`; `%m`, `%%` and unknown
//!   conversions take none.
use crate::types::*;

const PA_INT: c_int = 0;
const PA_CHAR: c_int = 1;
const PA_WCHAR: c_int = 2;
const PA_STRING: c_int = 3;
const PA_WSTRING: c_int = 4;
const PA_POINTER: c_int = 5;
const PA_DOUBLE: c_int = 7;
const PA_FLAG_LONG_LONG: c_int = 1 << 8;
const PA_FLAG_LONG: c_int = 1 << 9;
const PA_FLAG_SHORT: c_int = 1 << 10;
const PA_FLAG_PTR: c_int = 1 << 11;

/// Where `long long` is `long`, glibc ignores its "long long" mark for
/// integers and keeps the "long" one.
const LP64: bool = cfg!(target_pointer_width = "64");

/// The length modifiers seen.
#[derive(Default)]
struct Len {
    char: bool,
    short: bool,
    long: bool,
    long_long: bool,
}

/// Reads decimal digits at `f[*i..]` followed by `$`: the 1-based
/// position, consuming them; otherwise nothing is consumed.
fn position(f: &[u8], i: &mut usize) -> Option<usize> {
    let mut j = *i;
    let mut n: usize = 0;
    while let Some(&c) = f.get(j).filter(|c| c.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add((c - b'0') as usize);
        j += 1;
    }
    if j > *i && n > 0 && f.get(j) == Some(&b'$') {
        *i = j + 1;
        Some(n)
    } else {
        None
    }
}

fn digits(f: &[u8], i: &mut usize) {
    while f.get(*i).is_some_and(|c| c.is_ascii_digit()) {
        *i += 1;
    }
}

/// The types of `f`'s arguments, each reported to `put(index, type)`;
/// returns how many arguments it needs.
fn parse(f: &[u8], mut put: impl FnMut(usize, c_int)) -> usize {
    let mut seq = 0usize;
    let mut max_ref = 0usize;
    let mut i = 0;
    // A `*` (or `*m$`): its argument is an int.
    let star =
        |i: &mut usize, seq: &mut usize, max_ref: &mut usize, put: &mut dyn FnMut(usize, c_int)| {
            *i += 1;
            if let Some(m) = position(f, i) {
                *max_ref = (*max_ref).max(m);
                put(m - 1, PA_INT);
            } else {
                put(*seq, PA_INT);
                *seq += 1;
            }
        };
    while i < f.len() {
        if f[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        let pos = position(f, &mut i);
        while f.get(i).is_some_and(|c| b"-+ #0'I".contains(c)) {
            i += 1;
        }
        if f.get(i) == Some(&b'*') {
            star(&mut i, &mut seq, &mut max_ref, &mut put);
        } else {
            digits(f, &mut i);
        }
        if f.get(i) == Some(&b'.') {
            i += 1;
            if f.get(i) == Some(&b'*') {
                star(&mut i, &mut seq, &mut max_ref, &mut put);
            } else {
                digits(f, &mut i);
            }
        }
        let mut len = Len::default();
        let modified = {
            match f.get(i) {
                Some(b'h') if f.get(i + 1) == Some(&b'h') => {
                    len.char = true;
                    i += 1;
                }
                Some(b'h') => len.short = true,
                Some(b'l') if f.get(i + 1) == Some(&b'l') => {
                    len.long_long = true;
                    len.long |= LP64;
                    i += 1;
                }
                Some(b'l') => len.long = true,
                Some(b'L' | b'q') => len.long_long = true,
                Some(b'j') if LP64 => len.long = true,
                Some(b'j') => len.long_long = true,
                Some(b'z' | b'Z' | b't') => len.long |= LP64,
                _ => (),
            }
            matches!(
                f.get(i),
                Some(b'h' | b'l' | b'L' | b'q' | b'j' | b'z' | b'Z' | b't')
            )
        };
        if modified {
            i += 1;
        }
        let Some(&conv) = f.get(i) else { break };
        i += 1;
        let ty = match conv {
            b'd' | b'i' | b'o' | b'u' | b'x' | b'X' => {
                if len.long_long && !LP64 {
                    PA_INT | PA_FLAG_LONG_LONG
                } else if len.long {
                    PA_INT | PA_FLAG_LONG
                } else if len.short {
                    PA_INT | PA_FLAG_SHORT
                } else if len.char {
                    PA_CHAR
                } else {
                    PA_INT
                }
            }
            b'f' | b'F' | b'e' | b'E' | b'g' | b'G' | b'a' | b'A' => {
                if len.long_long {
                    PA_DOUBLE | PA_FLAG_LONG_LONG
                } else {
                    PA_DOUBLE
                }
            }
            b'c' => PA_CHAR,
            b'C' => PA_WCHAR,
            b's' => PA_STRING,
            b'S' => PA_WSTRING,
            b'p' => PA_POINTER,
            b'n' => PA_INT | PA_FLAG_PTR,
            _ => continue,
        };
        match pos {
            Some(n) => {
                max_ref = max_ref.max(n);
                put(n - 1, ty);
            }
            None => {
                put(seq, ty);
                seq += 1;
            }
        }
    }
    seq.max(max_ref)
}

/// GNU `parse_printf_format`: the number of arguments `fmt` takes; the
/// types of the first `n` of them go to `argtypes` (`PA_*` with `PA_FLAG_*`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn parse_printf_format(
    fmt: *const c_char,
    n: size_t,
    argtypes: *mut c_int,
) -> size_t {
    // SAFETY: fmt is a C string.
    let f = unsafe { core::slice::from_raw_parts(fmt as *const u8, crate::string::strlen(fmt)) };
    parse(f, |k, t| {
        if k < n {
            // SAFETY: the caller gave room for n types.
            unsafe { *argtypes.add(k) = t };
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(f: &str) -> (usize, Vec<c_int>) {
        let mut v = vec![-1; 8];
        let n = parse(f.as_bytes(), |k, t| {
            if k < 8 {
                v[k] = t
            }
        });
        v.truncate(n.min(8));
        (n, v)
    }

    /// glibc 2.36's answers on x86_64 (the 64-bit arches agree).
    #[test]
    fn glibc_answers() {
        let cases: &[(&str, usize, &[c_int])] = &[
            ("%d", 1, &[0]),
            ("%hhd", 1, &[1]),
            ("%hd", 1, &[0x400]),
            ("%lld", 1, &[0x200]),
            ("%Ld", 1, &[0]),
            ("%Lf", 1, &[0x107]),
            ("%lc%ls", 2, &[1, 3]),
            ("%C%S", 2, &[2, 4]),
            ("%n%p", 2, &[0x800, 5]),
            ("%m%%%y %d", 1, &[0]),
            ("%3$d", 3, &[-1, -1, 0]),
            ("%1$d %d", 1, &[0]),
            ("%*d %*d", 4, &[0, 0, 0, 0]),
            ("%-*.*f", 3, &[0, 0, 7]),
            ("%.*2$d %1$d", 2, &[0, 0]),
            ("%2$d %1$s", 2, &[3, 0]),
            ("%5% %s", 1, &[3]),
            ("%", 0, &[]),
        ];
        for &(f, n, t) in cases {
            assert_eq!(types(f), (n, t.to_vec()), "{f}");
        }
    }
}
