//! The large-file (`*64`) names glibc and musl export: with 64-bit
//! `off_t`, `ino_t`, `blkcnt_t` and `rlim_t` on every arch, each is the
//! function without the suffix. The headers map the names to the plain
//! functions under `_LARGEFILE64_SOURCE` (as `#define`s, which also give
//! `struct stat64` and friends); these symbols serve objects compiled
//! against other headers. (`open64`/`openat64` are variadic: C shims in
//! `c/variadic.c`.)
use crate::aio::aiocb;
use crate::dirent::{Compar, DIR, Filter, dirent};
use crate::file::FILE;
use crate::glob::glob_t;
use crate::stdio::fpos_t;
use crate::sys::resource::rlimit;
use crate::sys::stat::stat;
use crate::sys::statfs::statfs;
use crate::sys::statvfs::statvfs;
use crate::sys::uio::iovec;
use crate::time::{sigevent, timespec};
use crate::types::*;

macro_rules! alias64 {
    ($($name:ident = $base:path, ($($a:ident: $t:ty),*) -> $r:ty;)*) => {$(
        #[doc = concat!("LFS `", stringify!($name), "`: `", stringify!($base), "` (offsets are 64-bit already).")]
        #[cfg_attr(not(test), unsafe(no_mangle))]
        pub unsafe extern "C" fn $name($($a: $t),*) -> $r {
            // SAFETY: the contract of the function it names.
            #[allow(unused_unsafe)]
            unsafe { $base($($a),*) }
        }
    )*};
}

alias64! {
    aio_read64 = crate::aio::aio_read, (cb: *mut aiocb) -> c_int;
    aio_write64 = crate::aio::aio_write, (cb: *mut aiocb) -> c_int;
    aio_fsync64 = crate::aio::aio_fsync, (op: c_int, cb: *mut aiocb) -> c_int;
    aio_error64 = crate::aio::aio_error, (cb: *const aiocb) -> c_int;
    aio_return64 = crate::aio::aio_return, (cb: *mut aiocb) -> ssize_t;
    aio_suspend64 = crate::aio::aio_suspend, (l: *const *const aiocb, n: c_int, t: *const timespec) -> c_int;
    aio_cancel64 = crate::aio::aio_cancel, (fd: c_int, cb: *mut aiocb) -> c_int;
    lio_listio64 = crate::aio::lio_listio, (m: c_int, l: *const *mut aiocb, n: c_int, s: *mut sigevent) -> c_int;
    creat64 = crate::fcntl::creat, (p: *const c_char, m: mode_t) -> c_int;
    lseek64 = crate::unistd::lseek, (fd: c_int, off: off_t, w: c_int) -> off_t;
    pread64 = crate::sys::uio::pread, (fd: c_int, b: *mut c_void, n: size_t, off: off_t) -> ssize_t;
    pwrite64 = crate::sys::uio::pwrite, (fd: c_int, b: *const c_void, n: size_t, off: off_t) -> ssize_t;
    preadv64 = crate::sys::uio::preadv, (fd: c_int, v: *const iovec, n: c_int, off: off_t) -> ssize_t;
    pwritev64 = crate::sys::uio::pwritev, (fd: c_int, v: *const iovec, n: c_int, off: off_t) -> ssize_t;
    preadv64v2 = crate::sys::uio::preadv2, (fd: c_int, v: *const iovec, n: c_int, off: off_t, f: c_int) -> ssize_t;
    pwritev64v2 = crate::sys::uio::pwritev2, (fd: c_int, v: *const iovec, n: c_int, off: off_t, f: c_int) -> ssize_t;
    truncate64 = crate::unistd::truncate, (p: *const c_char, len: off_t) -> c_int;
    ftruncate64 = crate::unistd::ftruncate, (fd: c_int, len: off_t) -> c_int;
    lockf64 = crate::unistd::lockf, (fd: c_int, cmd: c_int, len: off_t) -> c_int;
    posix_fallocate64 = crate::fcntl::posix_fallocate, (fd: c_int, off: off_t, len: off_t) -> c_int;
    posix_fadvise64 = crate::fcntl::posix_fadvise, (fd: c_int, off: off_t, len: off_t, a: c_int) -> c_int;
    fallocate64 = crate::fcntl::fallocate, (fd: c_int, m: c_int, off: off_t, len: off_t) -> c_int;
    sendfile64 = crate::sys::sendfile::sendfile, (o: c_int, i: c_int, off: *mut off_t, n: size_t) -> ssize_t;
    stat64 = crate::sys::stat::stat, (p: *const c_char, b: *mut stat) -> c_int;
    fstat64 = crate::sys::stat::fstat, (fd: c_int, b: *mut stat) -> c_int;
    lstat64 = crate::sys::stat::lstat, (p: *const c_char, b: *mut stat) -> c_int;
    fstatat64 = crate::sys::stat::fstatat, (d: c_int, p: *const c_char, b: *mut stat, f: c_int) -> c_int;
    statfs64 = crate::sys::statfs::statfs, (p: *const c_char, b: *mut statfs) -> c_int;
    fstatfs64 = crate::sys::statfs::fstatfs, (fd: c_int, b: *mut statfs) -> c_int;
    statvfs64 = crate::sys::statvfs::statvfs, (p: *const c_char, b: *mut statvfs) -> c_int;
    fstatvfs64 = crate::sys::statvfs::fstatvfs, (fd: c_int, b: *mut statvfs) -> c_int;
    mmap64 = crate::sys::mman::mmap, (a: *mut c_void, n: size_t, p: c_int, f: c_int, fd: c_int, off: off_t) -> *mut c_void;
    fopen64 = crate::stdio::fopen, (p: *const c_char, m: *const c_char) -> *mut FILE;
    freopen64 = crate::stdio::freopen, (p: *const c_char, m: *const c_char, f: *mut FILE) -> *mut FILE;
    fseeko64 = crate::stdio::fseeko, (f: *mut FILE, off: off_t, w: c_int) -> c_int;
    ftello64 = crate::stdio::ftello, (f: *mut FILE) -> off_t;
    fgetpos64 = crate::stdio::fgetpos, (f: *mut FILE, p: *mut fpos_t) -> c_int;
    fsetpos64 = crate::stdio::fsetpos, (f: *mut FILE, p: *const fpos_t) -> c_int;
    tmpfile64 = crate::stdio::tmpfile, () -> *mut FILE;
    readdir64 = crate::dirent::readdir, (d: *mut DIR) -> *mut dirent;
    readdir64_r = crate::dirent::readdir_r, (d: *mut DIR, e: *mut dirent, r: *mut *mut dirent) -> c_int;
    scandir64 = crate::dirent::scandir, (p: *const c_char, l: *mut *mut *mut dirent, f: Filter, c: Compar) -> c_int;
    scandirat64 = crate::dirent::scandirat, (d: c_int, p: *const c_char, l: *mut *mut *mut dirent, f: Filter, c: Compar) -> c_int;
    alphasort64 = crate::dirent::alphasort, (a: *mut *const dirent, b: *mut *const dirent) -> c_int;
    versionsort64 = crate::dirent::versionsort, (a: *mut *const dirent, b: *mut *const dirent) -> c_int;
    getrlimit64 = crate::sys::resource::getrlimit, (r: c_int, l: *mut rlimit) -> c_int;
    setrlimit64 = crate::sys::resource::setrlimit, (r: c_int, l: *const rlimit) -> c_int;
    prlimit64 = crate::sys::resource::prlimit, (p: pid_t, r: c_int, n: *const rlimit, o: *mut rlimit) -> c_int;
    glob64 = crate::glob::glob, (p: *const c_char, f: c_int, e: Option<unsafe extern "C" fn(*const c_char, c_int) -> c_int>, g: *mut glob_t) -> c_int;
    globfree64 = crate::glob::globfree, (g: *mut glob_t) -> ();
    mkstemp64 = crate::stdlib::mkstemp, (t: *mut c_char) -> c_int;
    mkostemp64 = crate::stdlib::mkostemp, (t: *mut c_char, f: c_int) -> c_int;
    mkstemps64 = crate::stdlib::mkstemps, (t: *mut c_char, s: c_int) -> c_int;
    mkostemps64 = crate::stdlib::mkostemps, (t: *mut c_char, s: c_int, f: c_int) -> c_int;
}
