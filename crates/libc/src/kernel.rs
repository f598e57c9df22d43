//! Syscall plumbing for the C surface (the kernel door; the name `sys` is
//! the `<sys/*.h>` headers' folder): the `sys!` macro (number by name,
//! arguments cast to machine words) and [`ret`], the one place a raw result
//! becomes `errno` and -1.

/// `sys!(__NR_name, a, b, …)`: raw syscall with the arguments as words.
macro_rules! sys {
    ($nr:ident) => { ::syscall::syscall0(::syscall::nr::$nr as usize) };
    ($nr:ident, $a:expr) => { ::syscall::syscall1(::syscall::nr::$nr as usize, $a as usize) };
    ($nr:ident, $a:expr, $b:expr) => {
        ::syscall::syscall2(::syscall::nr::$nr as usize, $a as usize, $b as usize)
    };
    ($nr:ident, $a:expr, $b:expr, $c:expr) => {
        ::syscall::syscall3(::syscall::nr::$nr as usize, $a as usize, $b as usize, $c as usize)
    };
    ($nr:ident, $a:expr, $b:expr, $c:expr, $d:expr) => {
        ::syscall::syscall4(::syscall::nr::$nr as usize, $a as usize, $b as usize, $c as usize, $d as usize)
    };
    ($nr:ident, $a:expr, $b:expr, $c:expr, $d:expr, $e:expr) => {
        ::syscall::syscall5(
            ::syscall::nr::$nr as usize, $a as usize, $b as usize, $c as usize, $d as usize, $e as usize,
        )
    };
    ($nr:ident, $a:expr, $b:expr, $c:expr, $d:expr, $e:expr, $f:expr) => {
        ::syscall::syscall6(
            ::syscall::nr::$nr as usize, $a as usize, $b as usize, $c as usize, $d as usize, $e as usize,
            $f as usize,
        )
    };
}

/// A system call that is a POSIX cancellation point: as [`sys!`] until
/// threads exist (or `pthread_cancel` is first called), then through the
/// cancellable path (`pthread::cancel`), reached only through
/// [`CP_HOOK`] so a program without threads links none of it (the cost
/// in, say, `write` is a load, a test and the call's few moves).
macro_rules! cp {
    ($nr:ident) => { cp!(@ $nr, 0, 0, 0, 0, 0; ) };
    ($nr:ident, $a:expr) => { cp!(@ $nr, $a as usize, 0, 0, 0, 0; $a) };
    ($nr:ident, $a:expr, $b:expr) => { cp!(@ $nr, $a as usize, $b as usize, 0, 0, 0; $a, $b) };
    ($nr:ident, $a:expr, $b:expr, $c:expr) => {
        cp!(@ $nr, $a as usize, $b as usize, $c as usize, 0, 0; $a, $b, $c)
    };
    ($nr:ident, $a:expr, $b:expr, $c:expr, $d:expr) => {
        cp!(@ $nr, $a as usize, $b as usize, $c as usize, $d as usize, 0; $a, $b, $c, $d)
    };
    ($nr:ident, $a:expr, $b:expr, $c:expr, $d:expr, $e:expr) => {
        cp!(@ $nr, $a as usize, $b as usize, $c as usize, $d as usize, $e as usize;
            $a, $b, $c, $d, $e)
    };
    ($nr:ident, $a:expr, $b:expr, $c:expr, $d:expr, $e:expr, $f:expr) => {
        $crate::kernel::cp6(
            ::syscall::nr::$nr as usize,
            $a as usize, $b as usize, $c as usize, $d as usize, $e as usize, $f as usize,
        )
    };
    (@ $nr:ident, $a:expr, $b:expr, $c:expr, $d:expr, $e:expr; $($x:expr),*) => {
        match $crate::kernel::cp_hook() {
            Some(h) => (h.five)($a, $b, $c, $d, $e, ::syscall::nr::$nr as usize),
            None => sys!($nr $(, $x)*),
        }
    };
}

/// The cancellable system calls: up to five arguments then the number
/// (in this order so calls with few arguments, like `write`, pass theirs
/// where their C caller put them), or six then the number.
pub struct CpHook {
    pub five: unsafe extern "C" fn(usize, usize, usize, usize, usize, usize) -> isize,
    pub six: unsafe extern "C" fn(usize, usize, usize, usize, usize, usize, usize) -> isize,
}

/// Set by the first `pthread_create` or `pthread_cancel`.
pub static mut CP_HOOK: Option<&'static CpHook> = None;

/// The cancellable path, once threads (or a cancellation) exist.
#[inline(always)]
pub fn cp_hook() -> Option<&'static CpHook> {
    // SAFETY: a plain load; written once, before any second thread runs
    // (or by the only thread). Volatile so the path stays unlinked in
    // programs that never set it.
    unsafe { core::ptr::read_volatile(&raw const CP_HOOK) }
}

/// The set*id broadcast (`pthread::setxid`): set by the first
/// `pthread_create`, so a program without threads links none of it.
pub static mut SETXID_HOOK: Option<SetxidFn> = None;

/// A system call's number and three arguments; its raw result.
pub type SetxidFn = unsafe fn(usize, usize, usize, usize) -> isize;

/// A credential-changing system call (`set*uid`, `set*gid`,
/// `setgroups`) for the whole process: the calling thread's call alone
/// while it is the only thread, else through [`SETXID_HOOK`], which
/// repeats it in every other thread (the kernel's calls are per
/// thread). The raw result of the caller's call.
///
/// # Safety
/// As for the system call; pointer arguments stay valid for the call.
#[inline(always)]
pub unsafe fn setxid(nr: usize, a: usize, b: usize, c: usize) -> isize {
    // SAFETY: a plain load; written once, by the only thread, before a
    // second one runs. Volatile so the broadcast stays unlinked in
    // programs that never set it.
    match unsafe { core::ptr::read_volatile(&raw const SETXID_HOOK) } {
        // SAFETY: forwarded.
        Some(h) => unsafe { h(nr, a, b, c) },
        // SAFETY: forwarded.
        None => unsafe { syscall::syscall3(nr, a, b, c) },
    }
}

/// [`cp!`] with a computed number and six arguments.
///
/// # Safety
/// As for the system call.
#[inline(always)]
pub unsafe fn cp6(nr: usize, a: usize, b: usize, c: usize, d: usize, e: usize, f: usize) -> isize {
    match cp_hook() {
        // SAFETY: forwarded.
        Some(h) => unsafe { (h.six)(a, b, c, d, e, f, nr) },
        // SAFETY: forwarded.
        None => unsafe { syscall::syscall6(nr, a, b, c, d, e, f) },
    }
}

/// A raw kernel result as C sees it: the value, or -1 with `errno` set.
#[inline(always)]
pub fn ret(raw: isize) -> isize {
    match syscall::decode(raw) {
        Ok(v) => v as isize,
        Err(e) => {
            crate::errno::set(e);
            -1
        }
    }
}

/// [`ret`] narrowed to `int`, for calls whose result fits one.
#[inline(always)]
pub fn ret_int(raw: isize) -> i32 {
    ret(raw) as i32
}

/// Fail with `e`: set errno and return -1.
#[inline(always)]
pub fn fail(e: u32) -> i32 {
    crate::errno::set(e as i32);
    -1
}

/// `/proc/self/fd/N`, NUL-terminated, for the calls that reach an open
/// file by name where the kernel has no fd form (fexecve, freopen,
/// fchmodat on an O_PATH descriptor).
pub fn proc_fd_path(fd: i32) -> [u8; 26] {
    let mut p = *b"/proc/self/fd/\0\0\0\0\0\0\0\0\0\0\0\0";
    let mut digits = [0u8; 20];
    let d = decimal(fd.max(0) as u64, &mut digits);
    p[14..14 + d.len()].copy_from_slice(d);
    p
}

/// Write `v` in decimal at the start of `out` (room for 10 digits);
/// returns how many bytes it took.
pub fn put_decimal(out: &mut [u8], v: u32) -> usize {
    let mut d = [0u8; 20];
    let s = decimal(v.into(), &mut d);
    out[..s.len()].copy_from_slice(s);
    s.len()
}

/// `v` in decimal, in the tail of `out`.
pub fn decimal(mut v: u64, out: &mut [u8; 20]) -> &[u8] {
    let mut i = out.len();
    loop {
        i -= 1;
        out[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    &out[i..]
}

/// Where byte `b` first is in `s`, by a plain loop that is never
/// vectorized: a vector search needs a splat of `b` in `.rodata.cst16`,
/// and that merged section goes whole into every program that uses any
/// 16-byte constant (the printf hello among them). For cold paths.
pub fn find_byte(s: &[u8], b: u8) -> Option<usize> {
    let mut i = 0;
    while i < s.len() {
        if s[i] == b {
            return Some(i);
        }
        i += 1;
        // An opaque step: keeps the loop scalar.
        core::hint::black_box(());
    }
    None
}
