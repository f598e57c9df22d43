//! `<semaphore.h>`: unnamed semaphores (`sem_init destroy wait trywait
//! timedwait clockwait post getvalue`). The value is a futex word;
//! a waiter count lets `sem_post` skip the wake when nobody sleeps.
use crate::pthread::cancel::{CleanupBuf, pop, push};
use crate::pthread::{
    CLOCK_MONOTONIC, CLOCK_REALTIME, Deadline, fits, futex_wait_cp, futex_wake, view,
};
use crate::time::clockid_t;
use crate::time::timespec;
use crate::types::*;
use core::sync::atomic::{AtomicU32, Ordering};
use syscall::errno::{EAGAIN, EINTR, EINVAL, EOVERFLOW, ETIMEDOUT};

/// glibc's `SEM_VALUE_MAX`.
pub const SEM_VALUE_MAX: u32 = i32::MAX as u32;

pub use crate::pthread::sem_t;

#[repr(C)]
struct Sem {
    value: AtomicU32,
    waiters: AtomicU32,
    shared: AtomicU32,
}
fits!(Sem, sem_t);

fn s(p: *mut sem_t) -> &'static Sem {
    view(p)
}

/// POSIX.1-2024 `sem_init`: EINVAL for a value above `SEM_VALUE_MAX`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_init(sem: *mut sem_t, pshared: c_int, value: c_uint) -> c_int {
    if value > SEM_VALUE_MAX {
        return crate::kernel::fail(EINVAL);
    }
    // SAFETY: the caller's storage.
    unsafe {
        core::ptr::write_bytes(sem, 0, 1);
        let v = &mut *(sem as *mut Sem);
        v.value = AtomicU32::new(value);
        v.shared = AtomicU32::new((pshared != 0) as u32);
    }
    0
}

/// POSIX.1-2024 `sem_destroy`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_destroy(_sem: *mut sem_t) -> c_int {
    0
}

/// POSIX.1-2024 `sem_post`: -1/EOVERFLOW at `SEM_VALUE_MAX`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_post(sem: *mut sem_t) -> c_int {
    let v = s(sem);
    let mut cur = v.value.load(Ordering::Relaxed);
    loop {
        if cur >= SEM_VALUE_MAX {
            return crate::kernel::fail(EOVERFLOW);
        }
        match v
            .value
            .compare_exchange_weak(cur, cur + 1, Ordering::SeqCst, Ordering::Relaxed)
        {
            Ok(_) => break,
            Err(x) => cur = x,
        }
    }
    if v.waiters.load(Ordering::SeqCst) != 0 {
        futex_wake(&v.value, 1, v.shared.load(Ordering::Relaxed) != 0);
    }
    0
}

fn try_take(v: &Sem) -> bool {
    let mut cur = v.value.load(Ordering::Relaxed);
    while cur > 0 {
        match v
            .value
            .compare_exchange_weak(cur, cur - 1, Ordering::Acquire, Ordering::Relaxed)
        {
            Ok(_) => return true,
            Err(x) => cur = x,
        }
    }
    false
}

/// Wait for a unit: 0, or -1 with errno (EINTR from a signal handler,
/// ETIMEDOUT, EINVAL for a bad deadline).
unsafe fn wait(sem: *mut sem_t, clock: clockid_t, abs: *const timespec) -> c_int {
    let v = s(sem);
    if try_take(v) {
        return 0;
    }
    let dl = if abs.is_null() {
        None
    } else {
        // SAFETY: the caller's timespec.
        match unsafe { Deadline::new(clock, abs) } {
            Ok(d) => Some(d),
            Err(e) => return crate::kernel::fail(e as u32),
        }
    };
    let shared = v.shared.load(Ordering::Relaxed) != 0;
    loop {
        v.waiters.fetch_add(1, Ordering::SeqCst);
        let r = if v.value.load(Ordering::SeqCst) == 0 {
            // A cancellation point: a waiter cancelled here is a waiter
            // no more.
            let mut cb = CleanupBuf {
                routine: None,
                arg: core::ptr::null_mut(),
                canceltype: 0,
                prev: core::ptr::null_mut(),
            };
            // SAFETY: the record lives until the pop; the semaphore
            // outlives the wait.
            unsafe { push(&mut cb, Some(unwait), v.waiters.as_ptr().cast()) };
            let r = futex_wait_cp(&v.value, 0, dl.as_ref(), shared);
            // SAFETY: pushed above, innermost.
            unsafe { pop(&mut cb, false) };
            r
        } else {
            0
        };
        v.waiters.fetch_sub(1, Ordering::SeqCst);
        if try_take(v) {
            return 0;
        }
        if r == EINTR as c_int || r == ETIMEDOUT as c_int {
            return crate::kernel::fail(r as u32);
        }
    }
}

/// The cleanup of a waiter cancelled in `sem_wait`.
unsafe extern "C" fn unwait(w: *mut c_void) {
    // SAFETY: the semaphore's waiter count.
    unsafe { AtomicU32::from_ptr(w.cast()) }.fetch_sub(1, Ordering::SeqCst);
}

/// POSIX.1-2024 `sem_wait`: -1/EINTR when a signal handler interrupts it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_wait(sem: *mut sem_t) -> c_int {
    // SAFETY: forwarded.
    unsafe { wait(sem, CLOCK_REALTIME, core::ptr::null()) }
}

/// POSIX.1-2024 `sem_trywait`: -1/EAGAIN when the value is 0.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_trywait(sem: *mut sem_t) -> c_int {
    if try_take(s(sem)) {
        0
    } else {
        crate::kernel::fail(EAGAIN)
    }
}

/// POSIX.1-2024 `sem_timedwait`: -1/ETIMEDOUT once `abs` (CLOCK_REALTIME)
/// passes; -1/EINVAL for a bad `tv_nsec` when it would block.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_timedwait(sem: *mut sem_t, abs: *const timespec) -> c_int {
    // SAFETY: forwarded.
    unsafe { wait(sem, CLOCK_REALTIME, abs) }
}

/// POSIX.1-2024 `sem_clockwait`: as timedwait on `clock` (CLOCK_REALTIME
/// or CLOCK_MONOTONIC, else -1/EINVAL).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_clockwait(
    sem: *mut sem_t,
    clock: clockid_t,
    abs: *const timespec,
) -> c_int {
    if clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC {
        return crate::kernel::fail(EINVAL);
    }
    // SAFETY: forwarded.
    unsafe { wait(sem, clock, abs) }
}

/// POSIX.1-2024 `sem_getvalue`.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_getvalue(sem: *mut sem_t, out: *mut c_int) -> c_int {
    // SAFETY: the caller's result variable.
    unsafe { *out = s(sem).value.load(Ordering::Relaxed) as c_int };
    0
}

// ---------------------------------------------------------------------
// Named semaphores: a `sem_t` in a file `/dev/shm/sem.NAME`, mapped shared.

/// `SEM_FAILED`.
const SEM_FAILED: *mut sem_t = core::ptr::null_mut();
const SHM_PREFIX: &[u8] = b"/dev/shm/sem.";
/// NAME_MAX less the "sem." glibc puts before the name.
const NAME_LEN_MAX: usize = 255 - 4;

/// `/dev/shm/sem.NAME` for `name` (the name rules of
/// `sys::mman::shm_name`); ENAMETOOLONG past NAME_MAX.
unsafe fn shm_path(name: *const c_char, out: &mut [u8; 13 + NAME_LEN_MAX + 1]) -> Result<(), u32> {
    // SAFETY: the caller's C string.
    let bytes = crate::sys::mman::shm_name(unsafe { crate::file::mode::cstr(name) })?;
    let len = bytes.len();
    if len > NAME_LEN_MAX {
        return Err(syscall::errno::ENAMETOOLONG);
    }
    out[..SHM_PREFIX.len()].copy_from_slice(SHM_PREFIX);
    out[SHM_PREFIX.len()..SHM_PREFIX.len() + len].copy_from_slice(bytes);
    out[SHM_PREFIX.len() + len] = 0;
    Ok(())
}

/// Map the semaphore file `fd` (then closed).
fn map_sem(fd: isize) -> Result<*mut sem_t, u32> {
    use syscall::nr::{MAP_SHARED, PROT_READ, PROT_WRITE};
    // The same file already mapped: POSIX wants the same address back.
    // SAFETY: a stat of our descriptor into a local.
    let id = unsafe {
        let mut st: crate::sys::stat::stat = core::mem::zeroed();
        (crate::sys::stat::fstat(fd as c_int, &mut st) == 0).then_some((st.st_dev, st.st_ino))
    };
    NAMED_LOCK.lock();
    // SAFETY: the table is only touched under NAMED_LOCK.
    let table = unsafe { &mut *(&raw mut NAMED) };
    if let Some((dev, ino)) = id
        && let Some(e) = table
            .iter_mut()
            .find(|e| e.refs > 0 && e.dev == dev && e.ino == ino)
    {
        e.refs += 1;
        let a = e.addr;
        NAMED_LOCK.unlock();
        // SAFETY: our descriptor; the existing mapping keeps the file.
        unsafe { sys!(__NR_close, fd) };
        return Ok(a as *mut sem_t);
    }
    // SAFETY: a shared mapping of our descriptor.
    let r = unsafe {
        crate::arch::mmap(
            core::ptr::null_mut(),
            core::mem::size_of::<sem_t>(),
            (PROT_READ | PROT_WRITE) as c_int,
            MAP_SHARED as c_int,
            fd as c_int,
            0,
        )
    };
    // SAFETY: our descriptor; the mapping keeps the file.
    unsafe { sys!(__NR_close, fd) };
    let r = syscall::decode(r)
        .map(|p| p as *mut sem_t)
        .map_err(|e| e as u32);
    if let (Ok(p), Some((dev, ino))) = (r, id)
        && let Some(e) = table.iter_mut().find(|e| e.refs == 0)
    {
        *e = Named {
            dev,
            ino,
            addr: p as usize,
            refs: 1,
        };
    }
    NAMED_LOCK.unlock();
    r
}

/// A named semaphore this process has open: its file's identity, the
/// mapping and how many `sem_open`s it counts (0: a free slot). Past
/// the table's size a semaphore is mapped again for each open.
#[derive(Clone, Copy)]
struct Named {
    dev: u64,
    ino: u64,
    addr: usize,
    refs: usize,
}

static NAMED_LOCK: crate::pthread::Lock = crate::pthread::Lock::new();
static mut NAMED: [Named; 64] = [Named {
    dev: 0,
    ino: 0,
    addr: 0,
    refs: 0,
}; 64];

/// Create the file whole under a temporary name, then link it to `path`,
/// so no opener ever sees a half-made semaphore. Ok(None): `path` exists.
fn create(path: &[u8], mode: mode_t, value: c_uint) -> Result<Option<*mut sem_t>, u32> {
    use syscall::nr::{AT_FDCWD, O_CLOEXEC, O_CREAT, O_EXCL, O_RDWR};
    let mut image: sem_t = sem_t { __align: 0 };
    let v = &raw mut image;
    // SAFETY: our local; a process-shared semaphore with `value`.
    unsafe {
        core::ptr::write_bytes(v, 0, 1);
        (*(v as *mut Sem)).value = AtomicU32::new(value);
        (*(v as *mut Sem)).shared = AtomicU32::new(1);
    }
    let mut tmp = *b"/dev/shm/sem.XXXXXX\0";
    let mut fd = -1isize;
    for _ in 0..100 {
        let mut r = 0u64;
        // SAFETY: the kernel writes at most 8 bytes into `r`.
        unsafe { sys!(__NR_getrandom, &raw mut r, 8, syscall::nr::GRND_NONBLOCK) };
        r ^= (&raw const r as u64).rotate_left(17) ^ crate::pthread::gettid() as u64;
        for c in &mut tmp[13..19] {
            let d = (r % 36) as u8;
            r /= 36;
            *c = if d < 10 { b'0' + d } else { b'a' + d - 10 };
        }
        // SAFETY: a NUL-terminated path.
        fd = unsafe {
            sys!(
                __NR_openat,
                AT_FDCWD,
                tmp.as_ptr(),
                O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC,
                mode
            )
        };
        if fd != -(syscall::errno::EEXIST as isize) {
            break;
        }
    }
    if fd < 0 {
        return Err((-fd) as u32);
    }
    let size = core::mem::size_of::<sem_t>();
    // SAFETY: our descriptor and local image.
    let w = unsafe { sys!(__NR_write, fd, v, size) };
    // SAFETY: two NUL-terminated paths.
    let l = if w == size as isize {
        unsafe {
            sys!(
                __NR_linkat,
                AT_FDCWD,
                tmp.as_ptr(),
                AT_FDCWD,
                path.as_ptr(),
                0
            )
        }
    } else if w < 0 {
        w
    } else {
        -(syscall::errno::ENOSPC as isize)
    };
    // SAFETY: the temporary name is ours.
    unsafe { sys!(__NR_unlinkat, AT_FDCWD, tmp.as_ptr(), 0) };
    if l == -(syscall::errno::EEXIST as isize) {
        // SAFETY: our descriptor.
        unsafe { sys!(__NR_close, fd) };
        return Ok(None);
    }
    if l < 0 {
        // SAFETY: our descriptor.
        unsafe { sys!(__NR_close, fd) };
        return Err((-l) as u32);
    }
    map_sem(fd).map(Some)
}

/// Back end of POSIX.1-2024 `sem_open` (variadic in C: `mode` and
/// `value` are read only with O_CREAT). SEM_FAILED with errno: EEXIST
/// (O_CREAT|O_EXCL and it exists), ENOENT (no O_CREAT and it does not),
/// EINVAL (a bad name, or `value` above SEM_VALUE_MAX), ENAMETOOLONG,
/// EACCES.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn __ferro_sem_open(
    name: *const c_char,
    oflag: c_int,
    mode: mode_t,
    value: c_uint,
) -> *mut sem_t {
    use syscall::nr::{AT_FDCWD, O_CLOEXEC, O_CREAT, O_EXCL, O_RDWR};
    let mut path = [0u8; 13 + NAME_LEN_MAX + 1];
    // SAFETY: the caller's C string.
    if let Err(e) = unsafe { shm_path(name, &mut path) } {
        crate::kernel::fail(e);
        return SEM_FAILED;
    }
    let creat = oflag & O_CREAT as c_int != 0;
    let excl = creat && oflag & O_EXCL as c_int != 0;
    if creat && value > SEM_VALUE_MAX {
        crate::kernel::fail(EINVAL);
        return SEM_FAILED;
    }
    loop {
        if !excl {
            // SAFETY: a NUL-terminated path.
            let fd = unsafe { sys!(__NR_openat, AT_FDCWD, path.as_ptr(), O_RDWR | O_CLOEXEC, 0) };
            if fd >= 0 {
                return map_sem(fd).unwrap_or_else(|e| {
                    crate::kernel::fail(e);
                    SEM_FAILED
                });
            }
            if fd != -(syscall::errno::ENOENT as isize) || !creat {
                crate::kernel::fail((-fd) as u32);
                return SEM_FAILED;
            }
        }
        match create(&path, mode, value) {
            Ok(Some(s)) => return s,
            Ok(None) if excl => {
                crate::kernel::fail(syscall::errno::EEXIST);
                return SEM_FAILED;
            }
            Ok(None) => continue,
            Err(e) => {
                crate::kernel::fail(e);
                return SEM_FAILED;
            }
        }
    }
}

/// POSIX.1-2024 `sem_close`: close one `sem_open` of a semaphore; the
/// last one unmaps it.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_close(sem: *mut sem_t) -> c_int {
    NAMED_LOCK.lock();
    // SAFETY: the table is only touched under NAMED_LOCK.
    let table = unsafe { &mut *(&raw mut NAMED) };
    if let Some(e) = table
        .iter_mut()
        .find(|e| e.refs > 0 && e.addr == sem as usize)
    {
        e.refs -= 1;
        if e.refs > 0 {
            NAMED_LOCK.unlock();
            return 0;
        }
    }
    NAMED_LOCK.unlock();
    // SAFETY: the mapping sem_open made.
    crate::kernel::ret_int(unsafe { sys!(__NR_munmap, sem, core::mem::size_of::<sem_t>()) })
}

/// POSIX.1-2024 `sem_unlink`: remove the name (processes that have it
/// open keep it); ENOENT if there is none.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn sem_unlink(name: *const c_char) -> c_int {
    let mut path = [0u8; 13 + NAME_LEN_MAX + 1];
    // SAFETY: the caller's C string. A name no semaphore can have is
    // ENOENT here, as glibc reports it.
    if unsafe { shm_path(name, &mut path) }.is_err() {
        return crate::kernel::fail(syscall::errno::ENOENT);
    }
    // SAFETY: a NUL-terminated path.
    let r = unsafe { sys!(__NR_unlinkat, syscall::nr::AT_FDCWD, path.as_ptr(), 0) };
    // Another user's semaphore in sticky /dev/shm: EACCES, as POSIX names it.
    crate::kernel::ret_int(if r == -(syscall::errno::EPERM as isize) {
        -(syscall::errno::EACCES as isize)
    } else {
        r
    })
}
