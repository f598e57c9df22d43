//! Memory backends: `fmemopen` (a fixed caller or library buffer) and
//! `open_memstream` (a growing buffer reported through `*ptr`/`*size`).
use super::{FILE, Ops};
use crate::types::*;
use syscall::errno::{EINVAL, ENOMEM, ENOSPC, EOVERFLOW};

/// State of an `fmemopen` stream. `end` is the current size of the data
/// (what `SEEK_END` is relative to); writes never pass `size`.
pub struct Fmem {
    pub buf: *mut u8,
    pub size: usize,
    pub pos: usize,
    pub end: usize,
    pub append: bool,
    pub own: bool,
}

unsafe fn fmem(f: *mut FILE) -> *mut Fmem {
    // SAFETY: the cookie of an fmemopen stream is its Fmem.
    unsafe { (*f).cookie as *mut Fmem }
}

unsafe fn fmem_read(f: *mut FILE, p: *mut u8, n: usize) -> isize {
    // SAFETY: the state is live; pos <= end <= size bound the copy.
    unsafe {
        let m = &mut *fmem(f);
        let k = m.end.saturating_sub(m.pos).min(n);
        core::ptr::copy_nonoverlapping(m.buf.add(m.pos), p, k);
        m.pos += k;
        k as isize
    }
}

unsafe fn fmem_write(f: *mut FILE, p: *const u8, n: usize) -> isize {
    // SAFETY: as in fmem_read; the copy ends at size at most.
    unsafe {
        let m = &mut *fmem(f);
        if m.append {
            m.pos = m.end;
        }
        let k = (m.size - m.pos).min(n);
        if k == 0 && n > 0 {
            return -(ENOSPC as isize);
        }
        core::ptr::copy_nonoverlapping(p, m.buf.add(m.pos), k);
        m.pos += k;
        if m.pos > m.end {
            m.end = m.pos;
            // The data stays a C string while there is room for the NUL.
            if m.end < m.size {
                *m.buf.add(m.end) = 0;
            }
        }
        k as isize
    }
}

unsafe fn fmem_seek(f: *mut FILE, off: i64, whence: c_int) -> Result<i64, i32> {
    // SAFETY: the state is live.
    let m = unsafe { &mut *fmem(f) };
    let base = match whence {
        0 => 0,
        1 => m.pos as i64,
        _ => m.end as i64,
    };
    match base.checked_add(off) {
        Some(p) if p >= 0 && p as u64 <= m.size as u64 => {
            m.pos = p as usize;
            Ok(p)
        }
        _ => Err(EINVAL as i32),
    }
}

unsafe fn fmem_close(f: *mut FILE) -> Result<(), i32> {
    // SAFETY: the state and an owned buffer came from malloc.
    unsafe {
        let m = fmem(f);
        if (*m).own {
            crate::heap::free((*m).buf as *mut c_void);
        }
        crate::heap::free(m as *mut c_void);
        (*f).cookie = core::ptr::null_mut();
    }
    Ok(())
}

pub static FMEM_OPS: Ops = Ops {
    read: fmem_read,
    write: fmem_write,
    seek: fmem_seek,
    close: fmem_close,
};

/// State of an `open_memstream` stream: the data is `buf[..len]`, always
/// followed by a NUL; the caller's `*ptr`/`*size` get `buf` and `pos`.
/// An `open_wmemstream` stream is the same with `unit` 4: its bytes are
/// `wchar_t` values, its terminator a null wide character, and `*size`
/// and the positions count wide characters.
pub struct Dmem {
    pub ptr: *mut *mut c_char,
    pub sizep: *mut size_t,
    pub buf: *mut u8,
    pub cap: usize,
    pub pos: usize,
    pub len: usize,
    pub unit: usize,
}

/// Zero `n` bytes at `p`.
unsafe fn zero(p: *mut u8, n: usize) {
    // SAFETY: the caller's range.
    unsafe { core::ptr::write_bytes(p, 0, n) }
}

unsafe fn dmem(f: *mut FILE) -> *mut Dmem {
    // SAFETY: the cookie of an open_memstream stream is its Dmem.
    unsafe { (*f).cookie as *mut Dmem }
}

/// Make room for `need` bytes plus the NUL, zero-filling any gap between
/// the data and `pos`, and report buffer and position to the caller.
unsafe fn dmem_sync(m: &mut Dmem, need: usize) -> Result<(), i32> {
    // SAFETY: buf has cap bytes; realloc keeps the data.
    unsafe {
        let need = need
            .max(m.pos)
            .checked_add(m.unit)
            .ok_or(EOVERFLOW as i32)?;
        if need > m.cap {
            let cap = need.max(m.cap.saturating_mul(2));
            let nb = crate::heap::realloc(m.buf as *mut c_void, cap) as *mut u8;
            if nb.is_null() {
                return Err(ENOMEM as i32);
            }
            m.buf = nb;
            m.cap = cap;
        }
        while m.len < m.pos {
            *m.buf.add(m.len) = 0;
            m.len += 1;
        }
        zero(m.buf.add(m.len), m.unit);
        *m.ptr = m.buf as *mut c_char;
        *m.sizep = m.pos / m.unit;
    }
    Ok(())
}

unsafe fn dmem_read(_f: *mut FILE, _p: *mut u8, _n: usize) -> isize {
    // Write-only: the stream's flags stop reads before they get here.
    0
}

unsafe fn dmem_write(f: *mut FILE, p: *const u8, n: usize) -> isize {
    // SAFETY: the state is live; dmem_sync makes room for pos + n.
    unsafe {
        let m = &mut *dmem(f);
        let Some(end) = m.pos.checked_add(n) else {
            return -(EOVERFLOW as isize);
        };
        if let Err(e) = dmem_sync(m, end) {
            return -(e as isize);
        }
        core::ptr::copy_nonoverlapping(p, m.buf.add(m.pos), n);
        m.pos = end;
        if end > m.len {
            m.len = end;
            zero(m.buf.add(end), m.unit);
        }
        *m.sizep = m.pos / m.unit;
        n as isize
    }
}

unsafe fn dmem_seek(f: *mut FILE, off: i64, whence: c_int) -> Result<i64, i32> {
    // SAFETY: the state is live.
    let m = unsafe { &mut *dmem(f) };
    let u = m.unit as i64;
    let base = match whence {
        0 => 0,
        1 => m.pos as i64 / u,
        _ => m.len as i64 / u,
    };
    match base.checked_add(off) {
        Some(p) if p >= 0 && p as u64 <= isize::MAX as u64 / m.unit as u64 => {
            m.pos = p as usize * m.unit;
            // SAFETY: m is live.
            unsafe { dmem_sync(m, 0) }?;
            Ok(p)
        }
        _ => Err(EINVAL as i32),
    }
}

unsafe fn dmem_close(f: *mut FILE) -> Result<(), i32> {
    // SAFETY: the state came from malloc; the buffer now belongs to the
    // caller.
    unsafe {
        let m = dmem(f);
        let r = dmem_sync(&mut *m, 0);
        if r.is_ok() && (*m).unit > 1 {
            // The wide text ends where the stream stood (as glibc).
            zero((*m).buf.add((*m).pos), (*m).unit);
        }
        crate::heap::free(m as *mut c_void);
        (*f).cookie = core::ptr::null_mut();
        r
    }
}

pub static DMEM_OPS: Ops = Ops {
    read: dmem_read,
    write: dmem_write,
    seek: dmem_seek,
    close: dmem_close,
};

/// The `open_wmemstream` backend: [`DMEM_OPS`] (the state's `unit`
/// does the rest); a distinct object so the wide functions can tell that
/// this stream takes `wchar_t` values unconverted.
pub static WMEM_OPS: Ops = Ops {
    read: dmem_read,
    write: dmem_write,
    seek: dmem_seek,
    close: dmem_close,
};

/// Set up the initial (empty) buffer of an `open_memstream` state.
pub unsafe fn dmem_init(m: &mut Dmem) -> Result<(), i32> {
    // SAFETY: forwarded.
    unsafe { dmem_sync(m, 0) }
}
