//! `<aio.h>`: POSIX asynchronous I/O, done in user space.
//!
//! Requests are queued per file descriptor; each descriptor with work
//! has one worker thread (made with every signal blocked) that takes its
//! requests in submission order, does the `pread`/`pwrite` (`read`/
//! `write` where the file has no offsets, as for a pipe), `fsync` or
//! `fdatasync`, stores the result in the caller's `aiocb`, and then
//! notifies as `aio_sigevent` says: nothing, a signal queued to the
//! process with `si_code` `SI_ASYNCIO` and the value, or the function
//! called in a new thread. The worker ends when its queue is empty.
//!
//! The `aiocb` itself is the queue entry: glibc's reserved fields hold the
//! link to the next request, the operation, the error status and the
//! return value, and the `lio_listio` record a request counts against.
//! Every completion bumps one futex word that `aio_suspend` and
//! `lio_listio(LIO_WAIT)` sleep on.
use crate::heap;
use crate::kernel::fail;
use crate::pthread::{Deadline, Lock, futex_wait, futex_wake};
use crate::signal::{SiKill, siginfo_t};
use crate::time::{sigevent, timespec};
use crate::types::*;
use core::mem::{offset_of, size_of};
use core::ptr::null_mut;
use core::sync::atomic::{AtomicBool, AtomicI32, AtomicPtr, AtomicU32, AtomicUsize, Ordering};
use syscall::errno::{
    EAGAIN, EBADF, ECANCELED, EINPROGRESS, EINTR, EINVAL, EIO, ESPIPE, ETIMEDOUT,
};

/// POSIX `struct aiocb`, glibc's layout (168 bytes, 144 on i386; the
/// offset is 64-bit everywhere).
#[repr(C)]
pub struct aiocb {
    pub aio_fildes: c_int,
    pub aio_lio_opcode: c_int,
    pub aio_reqprio: c_int,
    pub aio_buf: *mut c_void,
    pub aio_nbytes: size_t,
    pub aio_sigevent: sigevent,
    /// The next request queued on the same descriptor (glibc's
    /// `__next_prio`).
    next: *mut aiocb,
    /// The operation, one of `OP_*` (`__abs_prio`).
    op: c_int,
    __policy: c_int,
    /// The error status: EINPROGRESS until done (`__error_code`).
    error: AtomicI32,
    /// The return value (`__return_value`).
    value: ssize_t,
    pub aio_offset: off_t,
    /// The `lio_listio` record the request counts against, or null (in
    /// glibc's reserved bytes).
    list: *mut List,
    __reserved: [u8; 32 - size_of::<usize>()],
}
const _: () = {
    let wide = size_of::<usize>() == 8;
    assert!(size_of::<aiocb>() == if wide { 168 } else { 144 });
    assert!(offset_of!(aiocb, aio_sigevent) == if wide { 32 } else { 20 });
    assert!(offset_of!(aiocb, error) == if wide { 112 } else { 96 });
    assert!(offset_of!(aiocb, aio_offset) == if wide { 128 } else { 104 });
};

pub const AIO_CANCELED: c_int = 0;
pub const AIO_NOTCANCELED: c_int = 1;
pub const AIO_ALLDONE: c_int = 2;
pub const LIO_READ: c_int = 0;
pub const LIO_WRITE: c_int = 1;
pub const LIO_NOP: c_int = 2;
pub const LIO_WAIT: c_int = 0;
pub const LIO_NOWAIT: c_int = 1;
/// `AIO_PRIO_DELTA_MAX` (`<limits.h>`, glibc's value): the largest `aio_reqprio`.
const AIO_PRIO_DELTA_MAX: c_int = 20;

const SIGEV_SIGNAL: c_int = 0;
const SIGEV_NONE: c_int = 1;
const SIGEV_THREAD: c_int = 2;

const OP_READ: c_int = 0;
const OP_WRITE: c_int = 1;
const OP_FSYNC: c_int = 2;
const OP_FDATASYNC: c_int = 3;

type NotifyFn = unsafe extern "C" fn(usize);

/// A notification, copied out of a `sigevent` (checked when the request
/// was made).
#[derive(Clone, Copy)]
struct Note {
    how: c_int,
    signo: c_int,
    value: usize,
    func: Option<NotifyFn>,
    attr: *const crate::pthread::pthread_attr_t,
}

impl Note {
    /// The notification `sev` asks for; EINVAL for an unknown kind, a
    /// signal number out of range or a thread without a function.
    fn of(sev: &sigevent) -> Result<Note, u32> {
        let n = Note {
            how: sev.sigev_notify,
            signo: sev.sigev_signo,
            value: sev.sigev_value,
            func: sev.sigev_notify_function,
            attr: sev.sigev_notify_attributes,
        };
        match n.how {
            SIGEV_NONE => Ok(n),
            // Signal 0 (a zeroed aiocb) is no signal, as with kill.
            SIGEV_SIGNAL if (0..=64).contains(&n.signo) => Ok(n),
            SIGEV_THREAD if n.func.is_some() => Ok(n),
            _ => Err(EINVAL),
        }
    }

    /// Deliver it.
    fn send(&self) {
        match self.how {
            SIGEV_SIGNAL if self.signo != 0 => {
                // SAFETY: a siginfo of ours; plain values.
                unsafe {
                    let mut si: siginfo_t = core::mem::zeroed();
                    si.si_signo = self.signo;
                    si.si_code = syscall::nr::SI_ASYNCIO;
                    let pid = sys!(__NR_getpid) as pid_t;
                    si.f.kill = SiKill {
                        pid,
                        uid: syscall::syscall0(crate::arch::NR_GETUID) as uid_t,
                        value: self.value,
                    };
                    sys!(__NR_rt_sigqueueinfo, pid, self.signo, &raw const si);
                }
            }
            SIGEV_THREAD => self.start_thread(),
            _ => {}
        }
    }

    /// `SIGEV_THREAD`: the function in a new thread with the given
    /// attributes (nothing happens if no thread can be made).
    fn start_thread(&self) {
        // SAFETY: a plain allocation.
        let rec = unsafe { heap::malloc(size_of::<Note>()) } as *mut Note;
        if rec.is_null() {
            return;
        }
        // SAFETY: rec is fresh memory for one Note, handed to the thread
        // (which frees it) or freed here; attr is the caller's attribute
        // object or null.
        unsafe {
            rec.write(*self);
            let mut t: crate::pthread::pthread_t = 0;
            let e = crate::pthread::thread::pthread_create(
                &mut t,
                self.attr,
                Some(note_thread),
                rec as *mut c_void,
            );
            if e != 0 {
                heap::free(rec as *mut c_void);
                return;
            }
            let mut detached: c_int = 0;
            if !self.attr.is_null() {
                crate::pthread::attr::pthread_attr_getdetachstate(self.attr, &mut detached);
            }
            if detached == 0 {
                crate::pthread::thread::pthread_detach(t);
            }
        }
    }
}

/// The thread of a `SIGEV_THREAD` notification.
unsafe extern "C" fn note_thread(arg: *mut c_void) -> *mut c_void {
    // SAFETY: arg is the Note start_thread made for us alone.
    unsafe {
        let n = *(arg as *const Note);
        heap::free(arg);
        if let Some(f) = n.func {
            f(n.value);
        }
    }
    null_mut()
}

/// A `lio_listio(LIO_NOWAIT)` list with a notification: how many of its
/// requests are not done yet (plus one while they are being queued).
struct List {
    left: AtomicUsize,
    note: Note,
}

/// One request done: the list's notification once the last is.
///
/// # Safety
/// `l` is null or a live List this request counted in.
unsafe fn list_done(l: *mut List) {
    if l.is_null() {
        return;
    }
    // SAFETY: per the contract; the last one frees it.
    unsafe {
        if (*l).left.fetch_sub(1, Ordering::AcqRel) == 1 {
            let note = (*l).note;
            heap::free(l as *mut c_void);
            note.send();
        }
    }
}

/// The requests of one descriptor, in submission order; `running` while
/// the worker is doing the first.
struct Queue {
    fd: c_int,
    head: *mut aiocb,
    tail: *mut aiocb,
    running: bool,
    next: *mut Queue,
}

/// Guards the queues and every queued `aiocb`'s link.
static LOCK: Lock = Lock::new();
/// The list of queues (under LOCK).
static QUEUES: AtomicPtr<Queue> = AtomicPtr::new(null_mut());
/// Bumped at each completion; the word completion waiters sleep on.
static DONE: AtomicU32 = AtomicU32::new(0);

/// Whether the fork handlers are registered.
static FORK_SET: AtomicBool = AtomicBool::new(false);

unsafe extern "C" fn fork_prepare() {
    LOCK.lock();
}

unsafe extern "C" fn fork_parent() {
    LOCK.unlock();
}

/// The child has none of the workers: its requests are not inherited
/// (POSIX), so it starts with no queues (those of the parent are left
/// behind, not freed).
unsafe extern "C" fn fork_child() {
    QUEUES.store(null_mut(), Ordering::Relaxed);
    LOCK.reset();
}

/// The queue of `fd`, or null (LOCK held).
fn find(fd: c_int) -> *mut Queue {
    let mut q = QUEUES.load(Ordering::Relaxed);
    // SAFETY: the queues are live while LOCK is held.
    unsafe {
        while !q.is_null() && (*q).fd != fd {
            q = (*q).next;
        }
    }
    q
}

/// What is left to do once a request is complete and LOCK released.
struct Done {
    note: Note,
    list: *mut List,
}

impl Done {
    fn notify(self) {
        self.note.send();
        // SAFETY: the list pointer was the request's (see list_done).
        unsafe { list_done(self.list) };
    }
}

/// Store a request's result (`raw`: a count or a negative errno) and wake
/// the waiters; the notification comes back to be sent without LOCK.
///
/// # Safety
/// `cb` is a request of ours, no longer on a queue.
unsafe fn complete(cb: *mut aiocb, raw: isize) -> Done {
    // SAFETY: per the contract; the caller may reuse cb as soon as the
    // error status is stored, so everything is read before.
    unsafe {
        let note = Note::of(&(*cb).aio_sigevent).unwrap_or(Note {
            how: SIGEV_NONE,
            signo: 0,
            value: 0,
            func: None,
            attr: core::ptr::null(),
        });
        let done = Done {
            note,
            list: (*cb).list,
        };
        let (err, val) = if raw < 0 {
            (-raw as c_int, -1)
        } else {
            (0, raw)
        };
        (*cb).value = val;
        (*cb).error.store(err, Ordering::Release);
        DONE.fetch_add(1, Ordering::Release);
        futex_wake(&DONE, i32::MAX as u32, false);
        done
    }
}

/// Do one request; the kernel's raw result.
///
/// # Safety
/// `cb` is a request of ours being run.
unsafe fn perform(cb: *mut aiocb) -> isize {
    // SAFETY: the caller's buffer as the request names it; the kernel
    // checks it.
    unsafe {
        let (fd, buf, n, off) = (
            (*cb).aio_fildes,
            (*cb).aio_buf,
            (*cb).aio_nbytes,
            (*cb).aio_offset,
        );
        match (*cb).op {
            OP_READ => {
                let r = crate::arch::pread(fd, buf, n, off);
                if r == -(ESPIPE as isize) {
                    sys!(__NR_read, fd, buf, n)
                } else {
                    r
                }
            }
            OP_WRITE => {
                let r = crate::arch::pwrite(fd, buf, n, off);
                if r == -(ESPIPE as isize) {
                    sys!(__NR_write, fd, buf, n)
                } else {
                    r
                }
            }
            OP_FSYNC => sys!(__NR_fsync, fd),
            _ => sys!(__NR_fdatasync, fd),
        }
    }
}

/// A descriptor's worker: runs the queue's requests in order, ends (and
/// frees the queue) when none is left.
unsafe extern "C" fn worker(arg: *mut c_void) -> *mut c_void {
    let q = arg as *mut Queue;
    loop {
        LOCK.lock();
        // SAFETY: the queue and its requests are ours under LOCK; only
        // this thread removes the queue.
        unsafe {
            let cb = (*q).head;
            if cb.is_null() {
                let mut p = QUEUES.load(Ordering::Relaxed);
                if p == q {
                    QUEUES.store((*q).next, Ordering::Relaxed);
                } else {
                    while (*p).next != q {
                        p = (*p).next;
                    }
                    (*p).next = (*q).next;
                }
                LOCK.unlock();
                heap::free(q as *mut c_void);
                return null_mut();
            }
            (*q).running = true;
            LOCK.unlock();
            let r = perform(cb);
            LOCK.lock();
            (*q).head = (*cb).next;
            if (*q).head.is_null() {
                (*q).tail = null_mut();
            }
            (*q).running = false;
            let d = complete(cb, r);
            LOCK.unlock();
            d.notify();
        }
    }
}

/// The descriptor's status flags, or None (EBADF).
fn status_flags(fd: c_int) -> Option<u32> {
    // SAFETY: F_GETFL takes no pointer.
    let r = unsafe { sys!(__NR_fcntl, fd, syscall::nr::F_GETFL) };
    if r < 0 { None } else { Some(r as u32) }
}

/// Queue `cb` for `op`, counting against `list`; on failure the error
/// is also the request's status.
///
/// # Safety
/// `cb` is the caller's aiocb, left alone by it until done.
unsafe fn submit(cb: *mut aiocb, op: c_int, list: *mut List) -> Result<(), u32> {
    // SAFETY: per the contract.
    unsafe {
        let r = submit_inner(cb, op, list);
        if let Err(e) = r {
            (*cb).value = -1;
            (*cb).error.store(e as c_int, Ordering::Release);
        }
        r
    }
}

/// [`submit`] without the status on failure.
///
/// # Safety
/// As for [`submit`].
unsafe fn submit_inner(cb: *mut aiocb, op: c_int, list: *mut List) -> Result<(), u32> {
    // SAFETY: per the contract; the queues under LOCK.
    unsafe {
        // aio_fsync uses only the descriptor and the notification.
        let prio = (*cb).aio_reqprio;
        if matches!(op, OP_READ | OP_WRITE) && !(0..=AIO_PRIO_DELTA_MAX).contains(&prio) {
            return Err(EINVAL);
        }
        Note::of(&(*cb).aio_sigevent)?;
        if !FORK_SET.swap(true, Ordering::AcqRel) {
            crate::pthread::thread::pthread_atfork(
                Some(fork_prepare),
                Some(fork_parent),
                Some(fork_child),
            );
        }
        let fd = (*cb).aio_fildes;
        (*cb).op = op;
        (*cb).list = list;
        (*cb).value = 0;
        (*cb).next = null_mut();
        (*cb).error.store(EINPROGRESS as c_int, Ordering::Release);
        LOCK.lock();
        let q = find(fd);
        if !q.is_null() {
            if (*q).tail.is_null() {
                (*q).head = cb;
            } else {
                (*(*q).tail).next = cb;
            }
            (*q).tail = cb;
            LOCK.unlock();
            return Ok(());
        }
        let q = heap::malloc(size_of::<Queue>()) as *mut Queue;
        if q.is_null() {
            LOCK.unlock();
            return Err(EAGAIN);
        }
        q.write(Queue {
            fd,
            head: cb,
            tail: cb,
            running: false,
            next: QUEUES.load(Ordering::Relaxed),
        });
        // The worker starts with every signal blocked but the library's
        // two: they are the program's threads' to take.
        let all: u64 = !crate::signal::set::RESERVED;
        let mut old: u64 = 0;
        crate::signal::kprocmask(2 /* SIG_SETMASK */, &all, &mut old);
        let mut t: crate::pthread::pthread_t = 0;
        let e = crate::pthread::thread::pthread_create(
            &mut t,
            core::ptr::null(),
            Some(worker),
            q as *mut c_void,
        );
        crate::signal::kprocmask(2, &old, null_mut());
        if e != 0 {
            LOCK.unlock();
            heap::free(q as *mut c_void);
            return Err(EAGAIN);
        }
        crate::pthread::thread::pthread_detach(t);
        QUEUES.store(q, Ordering::Relaxed);
        LOCK.unlock();
        Ok(())
    }
}

/// Queue a request from a C call: 0, or -1 with errno.
///
/// # Safety
/// As for [`submit`].
unsafe fn queue(cb: *mut aiocb, op: c_int) -> c_int {
    // SAFETY: per the contract.
    match unsafe { submit(cb, op, null_mut()) } {
        Ok(()) => 0,
        Err(e) => fail(e),
    }
}

/// POSIX.1-2024 `aio_read`: queue a read of `aio_nbytes` at `aio_offset`
/// into `aio_buf`; EINVAL for a bad `aio_reqprio` or `aio_sigevent`,
/// EAGAIN without resources (errors of the read itself, as EBADF, come
/// through `aio_error`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn aio_read(cb: *mut aiocb) -> c_int {
    // SAFETY: the caller's aiocb, left alone until done.
    unsafe { queue(cb, OP_READ) }
}

/// POSIX.1-2024 `aio_write`: as [`aio_read`], writing (at the end of the
/// file under `O_APPEND`).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn aio_write(cb: *mut aiocb) -> c_int {
    // SAFETY: the caller's aiocb, left alone until done.
    unsafe { queue(cb, OP_WRITE) }
}

/// POSIX.1-2024 `aio_fsync`: queue an `fsync` (`O_SYNC`) or `fdatasync`
/// (`O_DSYNC`) after the descriptor's queued requests; EINVAL for another
/// operation, EBADF for a descriptor not open for writing.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn aio_fsync(op: c_int, cb: *mut aiocb) -> c_int {
    let op = match op as u32 {
        syscall::nr::O_SYNC => OP_FSYNC,
        syscall::nr::O_DSYNC => OP_FDATASYNC,
        _ => return fail(EINVAL),
    };
    // SAFETY: the caller's aiocb, left alone until done.
    unsafe {
        match status_flags((*cb).aio_fildes) {
            Some(f) if f & syscall::nr::O_ACCMODE != syscall::nr::O_RDONLY => queue(cb, op),
            _ => fail(EBADF),
        }
    }
}

/// POSIX.1-2024 `aio_error`: EINPROGRESS, 0 once done, or the error.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn aio_error(cb: *const aiocb) -> c_int {
    // SAFETY: the caller's aiocb.
    unsafe { (*cb).error.load(Ordering::Acquire) }
}

/// POSIX.1-2024 `aio_return`: the finished request's result (-1 when it
/// failed).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn aio_return(cb: *mut aiocb) -> ssize_t {
    // SAFETY: the caller's aiocb; the status load orders the value.
    unsafe {
        (*cb).error.load(Ordering::Acquire);
        (*cb).value
    }
}

/// Whether any of the `n` requests (nulls skipped) is done.
///
/// # Safety
/// `list` holds `n` pointers, each null or to an aiocb.
unsafe fn any_done(list: *const *const aiocb, n: usize) -> bool {
    // SAFETY: per the contract.
    unsafe {
        (0..n).any(|i| {
            let c = *list.add(i);
            !c.is_null() && (*c).error.load(Ordering::Acquire) != EINPROGRESS as c_int
        })
    }
}

/// POSIX.1-2024 `aio_suspend`: wait until one of the requests is done;
/// EAGAIN when the (relative, monotonic) `timeout` passes first, EINTR
/// when a signal handler runs, EINVAL for a bad timeout or count.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn aio_suspend(
    list: *const *const aiocb,
    n: c_int,
    timeout: *const timespec,
) -> c_int {
    if n < 0 {
        return fail(EINVAL);
    }
    let mut abs = timespec::default();
    // SAFETY: a local timespec.
    unsafe { crate::time::clock_gettime(crate::pthread::CLOCK_MONOTONIC, &mut abs) };
    if timeout.is_null() {
        // No end: a deadline far off still lets a handler end the wait.
        abs.tv_sec += 1 << 40;
    } else {
        // SAFETY: the caller's timespec.
        let t = unsafe { *timeout };
        if t.tv_nsec < 0 || t.tv_nsec >= 1_000_000_000 {
            return fail(EINVAL);
        }
        abs.tv_sec = abs.tv_sec.saturating_add(t.tv_sec);
        abs.tv_nsec += t.tv_nsec;
        if abs.tv_nsec >= 1_000_000_000 {
            abs.tv_nsec -= 1_000_000_000;
            abs.tv_sec += 1;
        }
    }
    // SAFETY: a local timespec.
    let dl = match unsafe { Deadline::new(crate::pthread::CLOCK_MONOTONIC, &abs) } {
        Ok(d) => d,
        Err(_) => return fail(EAGAIN),
    };
    loop {
        let g = DONE.load(Ordering::Acquire);
        // SAFETY: the caller's list of n entries.
        if unsafe { any_done(list, n as usize) } {
            return 0;
        }
        // A cancellation point.
        match crate::pthread::futex_wait_cp(&DONE, g, Some(&dl), false) {
            e if e == ETIMEDOUT as c_int => return fail(EAGAIN),
            e if e == EINTR as c_int => return fail(EINTR),
            _ => {}
        }
    }
}

/// POSIX.1-2024 `aio_cancel`: cancel the queued requests on `fd` (all,
/// or only `cb`): they end with ECANCELED and notify. AIO_CANCELED when
/// all were, AIO_NOTCANCELED when one is being done, AIO_ALLDONE when
/// none was pending; EBADF for a bad descriptor, EINVAL for an aiocb of
/// another one.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn aio_cancel(fd: c_int, cb: *mut aiocb) -> c_int {
    if status_flags(fd).is_none() {
        return fail(EBADF);
    }
    // SAFETY: cb is null or the caller's aiocb.
    if !cb.is_null() && unsafe { (*cb).aio_fildes } != fd {
        return fail(EINVAL);
    }
    let (mut cancelled, mut running) = (false, false);
    // One request at a time, each notified without LOCK held.
    loop {
        LOCK.lock();
        let q = find(fd);
        if q.is_null() {
            LOCK.unlock();
            break;
        }
        // SAFETY: the queue and its links are ours under LOCK.
        unsafe {
            let mut prev: *mut aiocb = null_mut();
            let mut c = (*q).head;
            if (*q).running {
                running |= cb.is_null() || c == cb;
                prev = c;
                c = (*c).next;
            }
            while !c.is_null() && !cb.is_null() && c != cb {
                prev = c;
                c = (*c).next;
            }
            if c.is_null() {
                LOCK.unlock();
                break;
            }
            let next = (*c).next;
            if prev.is_null() {
                (*q).head = next;
            } else {
                (*prev).next = next;
            }
            if (*q).tail == c {
                (*q).tail = prev;
            }
            let d = complete(c, -(ECANCELED as isize));
            LOCK.unlock();
            d.notify();
        }
        cancelled = true;
        if !cb.is_null() {
            break;
        }
    }
    if running {
        AIO_NOTCANCELED
    } else if cancelled {
        AIO_CANCELED
    } else {
        AIO_ALLDONE
    }
}

/// POSIX.1-2024 `lio_listio`: queue the list's `LIO_READ` and `LIO_WRITE`
/// requests (nulls and `LIO_NOP` skipped). `LIO_WAIT`: return when all
/// are done; `LIO_NOWAIT`: return at once and notify as `sev` says when
/// all are done. EINVAL for a bad mode, count or `sev`; EAGAIN when a
/// request could not be queued for lack of resources, EIO when one
/// failed (each aiocb has its own status).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn lio_listio(
    mode: c_int,
    list: *const *mut aiocb,
    n: c_int,
    sev: *mut sigevent,
) -> c_int {
    if (mode != LIO_WAIT && mode != LIO_NOWAIT) || n < 0 {
        return fail(EINVAL);
    }
    let mut rec: *mut List = null_mut();
    if mode == LIO_NOWAIT && !sev.is_null() {
        // SAFETY: the caller's sigevent.
        let note = match Note::of(unsafe { &*sev }) {
            Ok(v) => v,
            Err(e) => return fail(e),
        };
        if note.how != SIGEV_NONE {
            // SAFETY: a plain allocation.
            rec = unsafe { heap::malloc(size_of::<List>()) } as *mut List;
            if rec.is_null() {
                return fail(EAGAIN);
            }
            // SAFETY: fresh memory for one List.
            unsafe {
                rec.write(List {
                    left: AtomicUsize::new(1),
                    note,
                })
            };
        }
    }
    let mut err = 0;
    // SAFETY: the caller's list of n entries, each null or an aiocb left
    // alone until done; rec is ours and counts one until the end.
    unsafe {
        for i in 0..n as usize {
            let c = *list.add(i);
            if c.is_null() {
                continue;
            }
            let op = match (*c).aio_lio_opcode {
                LIO_READ => OP_READ,
                LIO_WRITE => OP_WRITE,
                LIO_NOP => continue,
                _ => {
                    (*c).value = -1;
                    (*c).error.store(EINVAL as c_int, Ordering::Release);
                    err = err.max(EIO);
                    continue;
                }
            };
            if !rec.is_null() {
                (*rec).left.fetch_add(1, Ordering::Relaxed);
            }
            if let Err(e) = submit(c, op, rec) {
                if !rec.is_null() {
                    (*rec).left.fetch_sub(1, Ordering::Relaxed);
                }
                err = if e == EAGAIN { EAGAIN } else { err.max(EIO) };
            }
        }
        list_done(rec);
        if mode == LIO_WAIT {
            loop {
                let g = DONE.load(Ordering::Acquire);
                let busy = (0..n as usize).any(|i| {
                    let c = *list.add(i);
                    !c.is_null()
                        && matches!((*c).aio_lio_opcode, LIO_READ | LIO_WRITE)
                        && (*c).error.load(Ordering::Acquire) == EINPROGRESS as c_int
                });
                if !busy {
                    break;
                }
                if futex_wait(&DONE, g, None, false) == EINTR as c_int {
                    return fail(EINTR);
                }
            }
            let failed = (0..n as usize).any(|i| {
                let c = *list.add(i);
                !c.is_null()
                    && matches!((*c).aio_lio_opcode, LIO_READ | LIO_WRITE)
                    && (*c).error.load(Ordering::Acquire) != 0
            });
            if failed && err == 0 {
                err = EIO;
            }
        }
    }
    if err != 0 { fail(err) } else { 0 }
}
