#ifndef _UNISTD_H
#define _UNISTD_H
#include <features.h>
#include <bits/alltypes.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define SEEK_DATA 3
#define SEEK_HOLE 4
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4
#include <bits/null.h>
#define _POSIX_VERSION 200809L
#define _POSIX2_VERSION 200809L
#define _XOPEN_VERSION 700
/* a c_cc value that disables its control character (termios.h) */
#define _POSIX_VDISABLE '\0'
#include <bits/posix_opt.h>
#ifdef __FERRO_USE_POSIX
typedef __INTPTR_TYPE__ intptr_t;
#endif

__FERRO_BEGIN_DECLS
ssize_t read(int, void *, size_t);
ssize_t write(int, const void *, size_t);
int close(int);
#if defined(__FERRO_USE_POSIX2024)
# define POSIX_CLOSE_RESTART 0
int posix_close(int, int);
#endif
#ifdef __FERRO_USE_DEFAULT
int issetugid(void);
#endif
int dup(int);
int dup2(int, int);
off_t lseek(int, off_t, int);
ssize_t pread(int, void *, size_t, off_t);
ssize_t pwrite(int, const void *, size_t, off_t);
int pipe(int[2]);
int unlink(const char *);
int unlinkat(int, const char *, int);
int rmdir(const char *);
int chdir(const char *);
int fchdir(int);
char *getcwd(char *, size_t);
int access(const char *, int);
int faccessat(int, const char *, int, int);
pid_t getpid(void);
pid_t getppid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int isatty(int);
void sync(void);
int fsync(int);
int fdatasync(int);
int ftruncate(int, off_t);
int truncate(const char *, off_t);
#if defined(__FERRO_USE_XOPEN_EXTENDED) || defined(__FERRO_USE_DEFAULT)
/* lockf commands. */
# define F_ULOCK 0
# define F_LOCK 1
# define F_TLOCK 2
# define F_TEST 3
int lockf(int, int, off_t);
#endif
int link(const char *, const char *);
int linkat(int, const char *, int, const char *, int);
int chown(const char *, uid_t, gid_t);
int fchown(int, uid_t, gid_t);
int lchown(const char *, uid_t, gid_t);
int fchownat(int, const char *, uid_t, gid_t, int);
int symlink(const char *, const char *);
int symlinkat(const char *, int, const char *);
ssize_t readlink(const char *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t);
ssize_t readlinkat(int, const char *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t);
__FERRO_NORETURN void _exit(int);
pid_t fork(void);
int execve(const char *, char *const[], char *const[]);
int execv(const char *, char *const[]);
int execvp(const char *, char *const[]);
int execl(const char *, const char *, ...);
int execlp(const char *, const char *, ...);
int execle(const char *, const char *, ...);
int fexecve(int, char *const[], char *const[]);
pid_t getpgid(pid_t);
int setpgid(pid_t, pid_t);
pid_t getpgrp(void);
pid_t getsid(pid_t);
pid_t setsid(void);
pid_t tcgetpgrp(int);
int tcsetpgrp(int, pid_t);
int pause(void);
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_XOPEN)
pid_t vfork(void);
int setpgrp(void);
#endif
#ifdef __FERRO_USE_GNU
pid_t gettid(void);
pid_t _Fork(void);
int execvpe(const char *, char *const[], char *const[]);
int syncfs(int);
ssize_t copy_file_range(int, off_t *, int, off_t *, size_t, unsigned int);
#endif
long sysconf(int);
extern char **environ;
unsigned sleep(unsigned);
unsigned alarm(unsigned);
int getentropy(void *, size_t);
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_XOPEN)
int usleep(useconds_t);
useconds_t ualarm(useconds_t, useconds_t);
int daemon(int, int);
long syscall(long, ...);
#endif
#if defined(__FERRO_USE_GNU) || defined(__FERRO_USE_POSIX)
int dup3(int, int, int);
int pipe2(int[2], int);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_XOPEN)
int getpagesize(void);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_XOPEN)
char *crypt(const char *, const char *);
#endif
/* Only on request: glibc no longer declares it, and programs name their
 * own functions encrypt. */
#if defined(_XOPEN_SOURCE) || defined(__FERRO_USE_GNU)
void encrypt(char *, int);
#endif
int setuid(uid_t);
int setgid(gid_t);
int getgroups(int, gid_t[]);
#if defined(__FERRO_USE_POSIX2001) || defined(__FERRO_USE_XOPEN2K)
int seteuid(uid_t);
int setegid(gid_t);
#endif
#if defined(__FERRO_USE_XOPEN_EXTENDED) || defined(__FERRO_USE_DEFAULT)
int setreuid(uid_t, uid_t);
int setregid(gid_t, gid_t);
#endif
#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_DEFAULT)
int nice(int);
#endif
#ifdef __FERRO_USE_GNU
int setresuid(uid_t, uid_t, uid_t);
int setresgid(gid_t, gid_t, gid_t);
int getresuid(uid_t *, uid_t *, uid_t *);
int getresgid(gid_t *, gid_t *, gid_t *);
#endif
#ifdef __FERRO_USE_GNU
int group_member(gid_t);
#define CLOSE_RANGE_UNSHARE (1U << 1)
#define CLOSE_RANGE_CLOEXEC (1U << 2)
int close_range(unsigned int, unsigned int, int);
#endif
#if defined(__FERRO_USE_DEFAULT)
void closefrom(int);
#endif
/* pathconf and fpathconf names (glibc's numbering). */
#define _PC_LINK_MAX 0
#define _PC_MAX_CANON 1
#define _PC_MAX_INPUT 2
#define _PC_NAME_MAX 3
#define _PC_PATH_MAX 4
#define _PC_PIPE_BUF 5
#define _PC_CHOWN_RESTRICTED 6
#define _PC_NO_TRUNC 7
#define _PC_VDISABLE 8
#define _PC_SYNC_IO 9
#define _PC_ASYNC_IO 10
#define _PC_PRIO_IO 11
#define _PC_SOCK_MAXBUF 12
#define _PC_FILESIZEBITS 13
#define _PC_REC_INCR_XFER_SIZE 14
#define _PC_REC_MAX_XFER_SIZE 15
#define _PC_REC_MIN_XFER_SIZE 16
#define _PC_REC_XFER_ALIGN 17
#define _PC_ALLOC_SIZE_MIN 18
#define _PC_SYMLINK_MAX 19
#define _PC_2_SYMLINKS 20
/* confstr names ferrolibc answers. */
#define _CS_PATH 0
#define _CS_V6_WIDTH_RESTRICTED_ENVS 1
#define _CS_POSIX_V6_WIDTH_RESTRICTED_ENVS _CS_V6_WIDTH_RESTRICTED_ENVS
#define _CS_V7_WIDTH_RESTRICTED_ENVS 5
#define _CS_POSIX_V7_WIDTH_RESTRICTED_ENVS _CS_V7_WIDTH_RESTRICTED_ENVS
#define _CS_V6_ENV 1148
#define _CS_V7_ENV 1149

long pathconf(const char *, int);
long fpathconf(int, int);
size_t confstr(int, char *, size_t);
int gethostname(char *, size_t);
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_XOPEN_EXTENDED)
long gethostid(void);
#endif
#ifdef __FERRO_USE_DEFAULT
int sethostid(long);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
int sethostname(const char *, size_t);
int getdomainname(char *, size_t);
int setdomainname(const char *, size_t);
int getdtablesize(void);
char *getpass(const char *);
#endif
#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_DEFAULT)
void swab(const void *__FERRO_RESTRICT, void *__FERRO_RESTRICT, ssize_t);
#endif
char *ttyname(int);
int ttyname_r(int, char *, size_t);
char *getlogin(void);
#if defined(__FERRO_USE_POSIX199506)
int getlogin_r(char *, size_t);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
int brk(void *);
void *sbrk(intptr_t);
int vhangup(void);
int acct(const char *);
int chroot(const char *);
char *getusershell(void);
void setusershell(void);
void endusershell(void);
#endif
#ifdef __FERRO_USE_GNU
int euidaccess(const char *, int);
int eaccess(const char *, int);
char *get_current_dir_name(void);
#endif
#ifdef __FERRO_USE_POSIX2
extern char *optarg;
extern int optind, opterr, optopt;
# if defined(__FERRO_POSIX_EXPLICIT) && !defined(_GETOPT_H)
/* A program that asked for POSIX (and not GNU) gets POSIX's getopt,
   which stops at the first operand, as with glibc. */
int getopt(int, char *const[], const char *) __asm__("__posix_getopt");
# else
int getopt(int, char *const[], const char *);
# endif
#endif
__FERRO_END_DECLS

#include <bits/sysconf.h>
/* The large-file names: off_t is 64-bit on every arch, so they are the
   plain ones (libc.a also defines the *64 symbols). */
#ifdef __FERRO_USE_LARGEFILE64
# define lseek64 lseek
# define pread64 pread
# define pwrite64 pwrite
# define truncate64 truncate
# define ftruncate64 ftruncate
# define lockf64 lockf
#endif
#endif
