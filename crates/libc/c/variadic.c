/* Variadic C entry points of ferrolibc. Each reads its optional argument
 * with the compiler's va_arg, which is ABI-exact on every arch, and hands a
 * fixed argument list to the Rust implementation. The optional argument is
 * read unconditionally: when the caller passed none, the value is ignored
 * (the kernel only looks at the mode for O_CREAT/O_TMPFILE, at new_address
 * for MREMAP_FIXED), and reading an unused slot is harmless on all four
 * ABIs (a register save area or the caller's stack). This keeps every
 * kernel constant on the Rust side, where linux-raw-sys provides it. */
typedef __builtin_va_list va_list;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_arg(v, t) __builtin_va_arg(v, t)
#define va_end(v) __builtin_va_end(v)

int __ferro_open(const char *path, int flags, unsigned mode);
int __ferro_openat(int dirfd, const char *path, int flags, unsigned mode);
int __ferro_fcntl(int fd, int cmd, unsigned long arg);
int __ferro_ioctl(int fd, unsigned long req, unsigned long arg);
long __ferro_syscall(long, long, long, long, long, long, long);
void *__ferro_mremap(void *old, unsigned long oldsz, unsigned long newsz, int flags, void *newaddr);
long __ferro_ulimit(int cmd, long arg);
int __ferro_prctl(int op, unsigned long a, unsigned long b, unsigned long c, unsigned long d);
void *__ferro_sem_open(const char *name, int oflag, unsigned mode, unsigned value);

int open(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	unsigned mode = va_arg(ap, unsigned);
	va_end(ap);
	return __ferro_open(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	unsigned mode = va_arg(ap, unsigned);
	va_end(ap);
	return __ferro_openat(dirfd, path, flags, mode);
}

/* The large-file names (off_t is 64-bit everywhere: the same calls). */
int open64(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	unsigned mode = va_arg(ap, unsigned);
	va_end(ap);
	return __ferro_open(path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	unsigned mode = va_arg(ap, unsigned);
	va_end(ap);
	return __ferro_openat(dirfd, path, flags, mode);
}

/* fcntl's third argument is an int or a pointer; read as unsigned long it
 * is what the kernel receives either way. */
int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	unsigned long arg = va_arg(ap, unsigned long);
	va_end(ap);
	return __ferro_fcntl(fd, cmd, arg);
}

/* glibc 2.28's fcntl64 (what its headers call with _FILE_OFFSET_BITS=64
 * on 32-bit arches, and so what programs built against it import): here
 * struct flock is 64-bit everywhere, so it is fcntl. */
int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	unsigned long arg = va_arg(ap, unsigned long);
	va_end(ap);
	return __ferro_fcntl(fd, cmd, arg);
}

int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	va_start(ap, req);
	unsigned long arg = va_arg(ap, unsigned long);
	va_end(ap);
	return __ferro_ioctl(fd, req, arg);
}

void *mremap(void *old, unsigned long oldsz, unsigned long newsz, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	void *newaddr = va_arg(ap, void *);
	va_end(ap);
	return __ferro_mremap(old, oldsz, newsz, flags, newaddr);
}

long syscall(long n, ...)
{
	va_list ap;
	va_start(ap, n);
	long a = va_arg(ap, long), b = va_arg(ap, long), c = va_arg(ap, long);
	long d = va_arg(ap, long), e = va_arg(ap, long), f = va_arg(ap, long);
	va_end(ap);
	return __ferro_syscall(n, a, b, c, d, e, f);
}

/* The execl family: the variadic argument list (up to its NULL, then for
 * execle the environment) is copied into an array on this stack. */
int execv(const char *, char *const[]);
int execvp(const char *, char *const[]);
int execve(const char *, char *const[], char *const[]);

#define EXECL_ARGV(last)                                                \
	va_list ap;                                                     \
	unsigned long n = 1;                                            \
	va_start(ap, last);                                             \
	while (va_arg(ap, char *))                                      \
		n++;                                                    \
	va_end(ap);                                                     \
	char *argv[n + 1];                                              \
	argv[0] = (char *)last;                                         \
	va_start(ap, last);                                             \
	for (unsigned long i = 1; i <= n; i++)                          \
		argv[i] = va_arg(ap, char *);

int execl(const char *path, const char *arg0, ...)
{
	EXECL_ARGV(arg0)
	va_end(ap);
	return execv(path, argv);
}

int execlp(const char *file, const char *arg0, ...)
{
	EXECL_ARGV(arg0)
	va_end(ap);
	return execvp(file, argv);
}

int execle(const char *path, const char *arg0, ...)
{
	EXECL_ARGV(arg0)
	char *const *envp = va_arg(ap, char *const *);
	va_end(ap);
	return execve(path, argv, envp);
}

/* ulimit's optional argument is a long (UL_SETFSIZE's new limit). */
long ulimit(int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	long arg = va_arg(ap, long);
	va_end(ap);
	return __ferro_ulimit(cmd, arg);
}

/* prctl takes up to four more word-sized arguments (ints or pointers). */
int prctl(int op, ...)
{
	va_list ap;
	va_start(ap, op);
	unsigned long a = va_arg(ap, unsigned long), b = va_arg(ap, unsigned long);
	unsigned long c = va_arg(ap, unsigned long), d = va_arg(ap, unsigned long);
	va_end(ap);
	return __ferro_prctl(op, a, b, c, d);
}

/* mq_open's mode and attributes come only with O_CREAT. */
struct mq_attr;
int __ferro_mq_open(const char *name, int oflag, unsigned mode, const struct mq_attr *attr);
int mq_open(const char *name, int oflag, ...)
{
	unsigned mode = 0;
	const struct mq_attr *attr = 0;
	if (oflag & 0100 /* O_CREAT */) {
		va_list ap;
		va_start(ap, oflag);
		mode = va_arg(ap, unsigned);
		attr = va_arg(ap, const struct mq_attr *);
		va_end(ap);
	}
	return __ferro_mq_open(name, oflag, mode, attr);
}

/* sem_open's mode and value follow only with O_CREAT (0100 on all four
 * arches). */
void *sem_open(const char *name, int oflag, ...)
{
	unsigned mode = 0, value = 0;
	if (oflag & 0100) {
		va_list ap;
		va_start(ap, oflag);
		mode = va_arg(ap, unsigned);
		value = va_arg(ap, unsigned);
		va_end(ap);
	}
	return __ferro_sem_open(name, oflag, mode, value);
}

/* ptrace(request, pid, addr, data): the three optional arguments are read
 * as their widest forms (an int, then two pointers). */
long __ferro_ptrace(int req, int pid, void *addr, void *data);

long ptrace(int req, ...)
{
	va_list ap;
	va_start(ap, req);
	int pid = va_arg(ap, int);
	void *addr = va_arg(ap, void *);
	void *data = va_arg(ap, void *);
	va_end(ap);
	return __ferro_ptrace(req, pid, addr, data);
}

/* semctl(id, num, cmd, ...): the optional union semun, read as the union
 * it is and handed on as its bits. */
union __ferro_semun {
	int val;
	void *buf;
	unsigned short *array;
	unsigned long bits;
};
int __ferro_semctl(int id, int num, int cmd, unsigned long arg);

int semctl(int id, int num, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	union __ferro_semun u = va_arg(ap, union __ferro_semun);
	va_end(ap);
	return __ferro_semctl(id, num, cmd, u.bits);
}

/* GNU clone: the parent's and child's id words and the TLS argument come
 * after the fixed four when the flags ask for them. */
int __ferro_clone(int (*fn)(void *), void *stack, int flags, void *arg, int *ptid, void *tls,
		  int *ctid);

int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
	va_list ap;
	va_start(ap, arg);
	int *ptid = va_arg(ap, int *);
	void *tls = va_arg(ap, void *);
	int *ctid = va_arg(ap, int *);
	va_end(ap);
	return __ferro_clone(fn, stack, flags, arg, ptid, tls, ctid);
}

/* <ucontext.h>'s makecontext: each argument read as an unsigned long (one
 * register or stack slot on all four ABIs, whether the caller passed an
 * int, a long or a pointer), then placed by the Rust side where func
 * expects it. */
void __ferro_makecontext(void *ucp, void (*func)(void), int argc, const unsigned long *args);

void makecontext(void *ucp, void (*func)(void), int argc, ...)
{
	unsigned long args[argc > 0 ? argc : 1];
	va_list ap;
	va_start(ap, argc);
	for (int i = 0; i < argc; i++)
		args[i] = va_arg(ap, unsigned long);
	va_end(ap);
	__ferro_makecontext(ucp, func, argc, args);
}
