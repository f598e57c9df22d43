/* ferrolibc's benchmark: one source, built against ferrolibc, glibc and
 * musl by `cargo xtask bench`. Each row runs an operation in a loop timed
 * with CLOCK_MONOTONIC (best of 3) and prints "name ns_per_op_x100" lines
 * with write(2) only, so output costs nothing and needs no stdio.
 * argv[1], if given, is a percentage to scale the iteration counts by. */
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <dirent.h>
#if defined(__GLIBC__) || defined(__FERROLIBC__)
#include <execinfo.h>
#endif
#include <fcntl.h>
#include <ftw.h>
#include <iconv.h>
#include <netdb.h>
#if __has_include(<obstack.h>) /* musl has none */
#include <obstack.h>
#endif
#include <poll.h>
#include <pthread.h>
#include <regex.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static volatile unsigned long sink;

static long long now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void put(const char *s)
{
	(void)!write(1, s, strlen(s));
}

static void putnum(unsigned long long v)
{
	char b[24], *p = b + sizeof b;
	*--p = 0;
	do
		*--p = '0' + v % 10;
	while (v /= 10);
	put(p);
}

typedef void (*op_fn)(long n);

static void op_mono(long n)
{
	struct timespec t;
	for (long i = 0; i < n; i++) {
		clock_gettime(CLOCK_MONOTONIC, &t);
		sink += t.tv_nsec;
	}
}

static void op_real(long n)
{
	struct timespec t;
	for (long i = 0; i < n; i++) {
		clock_gettime(CLOCK_REALTIME, &t);
		sink += t.tv_nsec;
	}
}

static void op_gtod(long n)
{
	struct timeval t;
	for (long i = 0; i < n; i++) {
		gettimeofday(&t, 0);
		sink += t.tv_usec;
	}
}

static void op_time(long n)
{
	for (long i = 0; i < n; i++)
		sink += time(0);
}

static void op_getppid(long n)
{
	for (long i = 0; i < n; i++)
		sink += getppid();
}

static void op_getrandom16(long n)
{
	unsigned char b[16];
	for (long i = 0; i < n; i++) {
		getrandom(b, 16, 0);
		sink += b[3];
	}
}


/* ---- string.h rows: the size comes from a volatile so the compiler
 * calls the library instead of expanding the operation inline. */
static volatile size_t vsize;
static unsigned char *bufa, *bufb;

static void op_memcpy(long n)
{
	size_t sz = vsize;
	for (long i = 0; i < n; i++) {
		memcpy(bufa, bufb, sz);
		sink += bufa[sz - 1];
	}
}

static void op_memset(long n)
{
	size_t sz = vsize;
	for (long i = 0; i < n; i++) {
		memset(bufa, (int)i, sz);
		sink += bufa[sz / 2];
	}
}

static void op_strlen(long n)
{
	for (long i = 0; i < n; i++)
		sink += strlen((char *)bufb);
}

static void op_memchr(long n)
{
	size_t sz = vsize;
	for (long i = 0; i < n; i++)
		sink += (unsigned long)memchr(bufb, 1, sz);
}

static void op_strcmp(long n)
{
	for (long i = 0; i < n; i++)
		sink += strcmp((char *)bufa, (char *)bufb);
}

static void string_setup(size_t sz)
{
	static int once;
	if (!once) {
		bufa = malloc((1 << 20) + 64);
		bufb = malloc((1 << 20) + 64);
		once = 1;
	}
	vsize = sz;
	memset(bufb, 'x', sz + 1);
	bufb[sz - 1] = 0; /* strings of sz-1 chars; memchr finds nothing */
	memcpy(bufa, bufb, sz);
	bufb[sz - 1] = 1; /* memchr's target is the last byte */
	bufa[sz - 1] = 0;
	bufb[sz] = 0;
}

/* ---- allocator rows */
static unsigned long long rng = 0x9e3779b97f4a7c15ULL;
static unsigned long rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned long)rng;
}

static void op_malloc_mixed(long n)
{
	static void *slot[256];
	for (long i = 0; i < n; i++) {
		unsigned k = rnd() & 255;
		free(slot[k]);
		slot[k] = malloc(8 + rnd() % 512);
		sink += (unsigned long)slot[k] & 1;
	}
}

static void op_malloc_batch(long n)
{
	enum { B = 10000 };
	static void *p[B];
	for (long r = 0; r < n; r += B) {
		for (int i = 0; i < B; i++)
			p[i] = malloc(16 + rnd() % 1000);
		for (int i = B - 1; i > 0; i--) {
			int j = rnd() % (i + 1);
			void *t = p[i];
			p[i] = p[j];
			p[j] = t;
		}
		for (int i = 0; i < B; i++)
			free(p[i]);
	}
}

static void op_realloc_grow(long n)
{
	for (long r = 0; r < n; r += 1000) {
		char *p = 0;
		for (int i = 1; i <= 1000; i++) {
			p = realloc(p, (size_t)i * 64);
			p[i * 64 - 1] = (char)i;
		}
		sink += p[100];
		free(p);
	}
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static void op_qsort(long n)
{
	int *v = malloc(sizeof(int) * (size_t)n);
	for (long i = 0; i < n; i++)
		v[i] = (int)rnd();
	qsort(v, (size_t)n, sizeof(int), cmp_int);
	sink += (unsigned)v[n / 2];
	free(v);
}

static char *numbers;
static long numbers_n;
static void make_numbers(long n, int floats)
{
	free(numbers);
	numbers = malloc((size_t)n * 32);
	char *p = numbers;
	for (long i = 0; i < n; i++) {
		unsigned long v = rnd();
		int digits = 1 + rnd() % 17;
		if (rnd() & 1)
			*p++ = '-';
		for (int d = 0; d < digits; d++) {
			if (floats && d == digits / 2)
				*p++ = '.';
			*p++ = '0' + v % 10;
			v = v / 10 + rnd() % 7;
		}
		if (floats && (rnd() & 1)) {
			*p++ = 'e';
			*p++ = (rnd() & 1) ? '-' : '+';
			*p++ = '0' + rnd() % 3;
			*p++ = '0' + rnd() % 10;
		}
		*p++ = 0;
	}
	numbers_n = n;
}

static void op_strtod(long n)
{
	const char *p = numbers;
	double acc = 0;
	for (long i = 0; i < n && i < numbers_n; i++) {
		char *end;
		acc += strtod(p, &end);
		p = end + 1;
	}
	sink += (unsigned long)(acc != 0);
}

static void op_strtol(long n)
{
	const char *p = numbers;
	for (long i = 0; i < n && i < numbers_n; i++) {
		char *end;
		sink += (unsigned long)strtol(p, &end, 10);
		p = end + 1;
	}
}

/* ---- stdio rows */
static FILE *devnull;
static void open_devnull(void)
{
	if (!devnull)
		devnull = fopen("/dev/null", "w");
}

static void op_fputs(long n)
{
	open_devnull();
	for (long i = 0; i < n; i++)
		fputs("a line of text of moderate length\n", devnull);
}

static void op_fputc(long n)
{
	open_devnull();
	for (long i = 0; i < n; i++)
		fputc('a' + (int)(i & 15), devnull);
}

static void op_fwrite4k(long n)
{
	static char blk[4096];
	open_devnull();
	for (long i = 0; i < n; i++)
		fwrite(blk, 1, sizeof blk, devnull);
}

#define BIGFILE "/tmp/ferrolibc-bench-100mb.txt"
static void make_bigfile(void)
{
	int fd = open(BIGFILE, O_RDONLY);
	if (fd >= 0) {
		close(fd);
		return;
	}
	FILE *f = fopen(BIGFILE ".tmp", "w");
	static char line[128];
	for (long written = 0; written < 100L * 1000 * 1000;) {
		int len = 20 + (int)(rnd() % 100);
		for (int i = 0; i < len; i++)
			line[i] = 'a' + (char)(rnd() % 26);
		line[len] = '\n';
		fwrite(line, 1, (size_t)len + 1, f);
		written += len + 1;
	}
	fclose(f);
	rename(BIGFILE ".tmp", BIGFILE);
}

/* ns per line over the whole 100 MB file (n is ignored) */
static void op_fgets(long n)
{
	char line[256];
	FILE *f = fopen(BIGFILE, "r");
	long lines = 0;
	while (fgets(line, sizeof line, f))
		lines++;
	fclose(f);
	sink += (unsigned long)lines + (unsigned long)n;
}

/* ---- printf/scanf rows */
static void op_snprintf_mixed(long n)
{
	char b[128];
	for (long i = 0; i < n; i++)
		sink += (unsigned long)snprintf(b, sizeof b, "%d %s %.3f %x", (int)i, "text", (double)i * 0.25, (unsigned)i);
}

static void op_snprintf_g17(long n)
{
	char b[64];
	for (long i = 0; i < n; i++) {
		unsigned long long bits = ((unsigned long long)rnd() << 32) ^ rnd();
		bits &= ~(0x7ffULL << 52);
		bits |= (unsigned long long)(0x3ff - 40 + rnd() % 80) << 52; /* finite, moderate exponents */
		double d;
		memcpy(&d, &bits, sizeof d);
		sink += (unsigned long)snprintf(b, sizeof b, "%.17g", d);
	}
}

static void op_sscanf_mixed(long n)
{
	int a;
	unsigned x;
	double d;
	char w[32];
	for (long i = 0; i < n; i++) {
		sink += (unsigned long)sscanf("1234 word 3.25 ff", "%d %31s %lf %x", &a, w, &d, &x);
		sink += (unsigned long)a + x;
	}
}

/* ---- signal and setjmp rows */
static volatile sig_atomic_t sig_hits;
static void on_usr1(int sig)
{
	sig_hits++;
}

static void op_sigaction(long n)
{
	struct sigaction sa = { 0 };
	sa.sa_handler = on_usr1;
	sigemptyset(&sa.sa_mask);
	for (long i = 0; i < n; i++) {
		sa.sa_flags = (i & 1) ? SA_RESTART : 0;
		sigaction(SIGUSR1, &sa, 0);
	}
}

static void op_raise(long n)
{
	signal(SIGUSR1, on_usr1);
	for (long i = 0; i < n; i++)
		raise(SIGUSR1);
	sink += (unsigned long)sig_hits;
}

static void op_sigprocmask(long n)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	for (long i = 0; i < n; i++) {
		sigprocmask(SIG_BLOCK, &s, 0);
		sigprocmask(SIG_UNBLOCK, &s, 0);
	}
}

static jmp_buf bench_env;
__attribute__((noinline)) static void jump_back(long i)
{
	longjmp(bench_env, (int)(i & 7) + 1);
}

static void op_setjmp(long n)
{
	for (volatile long i = 0; i < n; i++)
		if (setjmp(bench_env) == 0)
			jump_back(i);
		else
			sink++;
}

/* ---- process rows */
extern char **environ;
static char *true_argv[] = {"true", 0};

static void op_fork(long n)
{
	for (long i = 0; i < n; i++) {
		pid_t p = fork();
		if (p == 0)
			_exit(0);
		int st;
		waitpid(p, &st, 0);
		sink += st;
	}
}

static void op_spawn(long n)
{
	for (long i = 0; i < n; i++) {
		pid_t p;
		int st = 0;
		if (posix_spawn(&p, "/bin/true", 0, 0, true_argv, environ) == 0)
			waitpid(p, &st, 0);
		sink += st;
	}
}

static void op_vfork_exec(long n)
{
	for (long i = 0; i < n; i++) {
		pid_t p = vfork();
		if (p == 0) {
			execve("/bin/true", true_argv, environ);
			_exit(127);
		}
		int st;
		waitpid(p, &st, 0);
		sink += st;
	}
}

/* math: throughput over 1024 realistic inputs, called through volatile
 * function pointers so gcc neither inlines (sqrt, lround) nor folds */
static double mx[1024], my[1024], mpos[1024];
static float mxf[1024], myf[1024], mposf[1024];
static void math_setup(void)
{
	unsigned long long s = 0x9e3779b97f4a7c15ULL;
	for (int i = 0; i < 1024; i++) {
		s = s * 6364136223846793005ULL + 1442695040888963407ULL;
		double u = (s >> 11) * 0x1p-53;
		mx[i] = u * 20 - 10;     /* [-10, 10) */
		my[i] = u * 10 - 5;      /* exponents for pow */
		mpos[i] = u * 1000 + 1e-3; /* positive */
		mxf[i] = (float)mx[i];
		myf[i] = (float)my[i];
		mposf[i] = (float)mpos[i];
	}
}
#define M1(id, T, fn, in)                                    \
	static T (*volatile p_##id)(T) = fn;                 \
	static void op_##id(long n)                          \
	{                                                    \
		T (*f)(T) = p_##id, acc = 0;                 \
		for (long i = 0; i < n; i++)                 \
			acc += f(in[i & 1023]);              \
		sink += acc != 0;                            \
	}
#define M2(id, T, fn, a, b)                                  \
	static T (*volatile p_##id)(T, T) = fn;              \
	static void op_##id(long n)                          \
	{                                                    \
		T (*f)(T, T) = p_##id, acc = 0;              \
		for (long i = 0; i < n; i++)                 \
			acc += f(a[i & 1023], b[i & 1023]);  \
		sink += acc != 0;                            \
	}
M1(sin, double, sin, mx)
M1(cos, double, cos, mx)
M1(tan, double, tan, mx)
M1(exp, double, exp, mx)
M1(exp2, double, exp2, mx)
M1(log, double, log, mpos)
M1(log2, double, log2, mpos)
M1(log10, double, log10, mpos)
M2(pow, double, pow, mpos, my)
M2(atan2, double, atan2, mx, my)
M1(sqrt, double, sqrt, mpos)
M1(cbrt, double, cbrt, mx)
M2(hypot, double, hypot, mx, my)
M1(lgamma, double, lgamma, mpos)
M1(erf, double, erf, mx)
M1(sinf, float, sinf, mxf)
M1(expf, float, expf, mxf)
M1(logf, float, logf, mposf)
M2(powf, float, powf, mposf, myf)
static double (*volatile p_fma)(double, double, double) = fma;
static void op_fma(long n)
{
	double (*f)(double, double, double) = p_fma, acc = 0;
	for (long i = 0; i < n; i++)
		acc += f(mx[i & 1023], my[i & 1023], mpos[i & 1023]);
	sink += acc != 0;
}
static long (*volatile p_lround)(double) = lround;
static void op_lround(long n)
{
	long (*f)(double) = p_lround, acc = 0;
	for (long i = 0; i < n; i++)
		acc += f(mx[i & 1023]);
	sink += acc != 0;
}
static void (*volatile p_sincos)(double, double *, double *) = sincos;
static void op_sincos(long n)
{
	void (*f)(double, double *, double *) = p_sincos;
	double acc = 0, s, c;
	for (long i = 0; i < n; i++) {
		f(mx[i & 1023], &s, &c);
		acc += s + c;
	}
	sink += acc != 0;
}

/* ---- the system interface ---- */
static void op_stat(long n)
{
	struct stat st;
	for (long i = 0; i < n; i++) {
		stat("/etc/passwd", &st);
		sink += st.st_size;
	}
}

static void op_fstat(long n)
{
	struct stat st;
	int fd = open("/etc/passwd", O_RDONLY);
	for (long i = 0; i < n; i++) {
		fstat(fd, &st);
		sink += st.st_size;
	}
	close(fd);
}

/* The rows below work on things a setup makes outside the timed loop
 * (a directory of 10,000 files, a tree of 20,000, 64 pipes, an epoll
 * set, a pty) and a teardown removes afterwards. */
static char bench_dir[64];

static void mk_files(const char *dir, int count)
{
	char p[256];
	for (int i = 0; i < count; i++) {
		snprintf(p, sizeof p, "%s/f%05d", dir, i);
		int fd = open(p, O_WRONLY | O_CREAT | O_EXCL, 0600);
		if (fd >= 0)
			close(fd);
	}
}

static void rm_files(const char *dir, int count)
{
	char p[256];
	for (int i = 0; i < count; i++) {
		snprintf(p, sizeof p, "%s/f%05d", dir, i);
		unlink(p);
	}
}

/* in tmpfs where there is one (the file system's own cost stays small
 * and steady), else in /tmp */
static void mk_bench_dir(void)
{
	strcpy(bench_dir, "/dev/shm/ferrobench.XXXXXX");
	if (mkdtemp(bench_dir))
		return;
	strcpy(bench_dir, "/tmp/ferrobench.XXXXXX");
	if (!mkdtemp(bench_dir))
		bench_dir[0] = 0;
}

static void readdir_setup(void)
{
	mk_bench_dir();
	mk_files(bench_dir, 10000);
}

static void readdir_teardown(void)
{
	rm_files(bench_dir, 10000);
	rmdir(bench_dir);
}

static void op_readdir(long n)
{
	for (long i = 0; i < n; i++) {
		DIR *d = opendir(bench_dir);
		struct dirent *e;
		if (!d)
			return;
		while ((e = readdir(d)))
			sink += e->d_name[0];
		closedir(d);
	}
}

/* 20 directories of 1,000 files each */
static void nftw_setup(void)
{
	char p[128];
	mk_bench_dir();
	for (int i = 0; i < 20; i++) {
		snprintf(p, sizeof p, "%s/d%02d", bench_dir, i);
		mkdir(p, 0700);
		mk_files(p, 1000);
	}
}

static void nftw_teardown(void)
{
	char p[128];
	for (int i = 0; i < 20; i++) {
		snprintf(p, sizeof p, "%s/d%02d", bench_dir, i);
		rm_files(p, 1000);
		rmdir(p);
	}
	rmdir(bench_dir);
}

static int nftw_cb(const char *path, const struct stat *st, int type, struct FTW *f)
{
	sink += (unsigned long)st->st_size + (unsigned)type + (unsigned)f->level + (unsigned char)path[0];
	return 0;
}

static void op_nftw(long n)
{
	for (long i = 0; i < n; i++)
		sink += nftw(bench_dir, nftw_cb, 32, FTW_PHYS);
}

static void op_poll(long n)
{
	int p[2];
	if (pipe(p))
		return;
	(void)!write(p[1], "x", 1);
	struct pollfd pf = { p[0], POLLIN, 0 };
	for (long i = 0; i < n; i++)
		sink += poll(&pf, 1, 0);
	close(p[0]);
	close(p[1]);
}

/* 64 pipes' read ends, 4 of them readable */
static int poll_pipes[64][2];
static struct pollfd poll_set[64];

static void poll64_setup(void)
{
	for (int i = 0; i < 64; i++) {
		if (pipe(poll_pipes[i]))
			poll_pipes[i][0] = poll_pipes[i][1] = -1;
		poll_set[i].fd = poll_pipes[i][0];
		poll_set[i].events = POLLIN;
		if (i % 16 == 5)
			(void)!write(poll_pipes[i][1], "x", 1);
	}
}

static void poll64_teardown(void)
{
	for (int i = 0; i < 64; i++) {
		close(poll_pipes[i][0]);
		close(poll_pipes[i][1]);
	}
}

static void op_poll64(long n)
{
	for (long i = 0; i < n; i++)
		sink += poll(poll_set, 64, 0);
}

/* one eventfd in an epoll set: signal it, wait for it, consume it */
static int bench_ep = -1, bench_efd = -1;

static void epoll_setup(void)
{
	bench_ep = epoll_create1(EPOLL_CLOEXEC);
	bench_efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	struct epoll_event ev;
	memset(&ev, 0, sizeof ev);
	ev.events = EPOLLIN;
	ev.data.fd = bench_efd;
	epoll_ctl(bench_ep, EPOLL_CTL_ADD, bench_efd, &ev);
}

static void epoll_teardown(void)
{
	close(bench_efd);
	close(bench_ep);
}

static void op_epoll(long n)
{
	struct epoll_event ev;
	uint64_t v = 1;
	for (long i = 0; i < n; i++) {
		(void)!write(bench_efd, &v, sizeof v);
		sink += epoll_wait(bench_ep, &ev, 1, -1);
		(void)!read(bench_efd, &v, sizeof v);
	}
}

/* a pty's slave side */
static int bench_ptm = -1, bench_pts = -1;

static void pty_setup(void)
{
	bench_ptm = posix_openpt(O_RDWR | O_NOCTTY);
	if (bench_ptm < 0 || grantpt(bench_ptm) || unlockpt(bench_ptm))
		return;
	bench_pts = open(ptsname(bench_ptm), O_RDWR | O_NOCTTY);
}

static void pty_teardown(void)
{
	close(bench_pts);
	close(bench_ptm);
}

static void op_tcgetattr(long n)
{
	struct termios t;
	for (long i = 0; i < n; i++) {
		tcgetattr(bench_pts, &t);
		sink += t.c_lflag;
	}
}

static pthread_mutex_t bench_mx = PTHREAD_MUTEX_INITIALIZER;
static void op_mutex(long n)
{
	for (long i = 0; i < n; i++) {
		pthread_mutex_lock(&bench_mx);
		sink++;
		pthread_mutex_unlock(&bench_mx);
	}
}

static void *thread_fn(void *a)
{
	return a;
}

static void op_thread(long n)
{
	for (long i = 0; i < n; i++) {
		pthread_t t;
		void *r;
		pthread_create(&t, NULL, thread_fn, (void *)i);
		pthread_join(t, &r);
		sink += (unsigned long)r;
	}
}

/* ---- networking ---- */
static void op_inet_pton(long n)
{
	unsigned char b[16];
	for (long i = 0; i < n; i++) {
		sink += inet_pton(AF_INET, "192.168.100.254", b);
		sink += inet_pton(AF_INET6, "2001:db8::ff00:42:8329", b);
	}
}

static void op_inet_ntop(long n)
{
	unsigned char b[16] = { 0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0xff, 0, 0, 0x42, 0x83, 0x29 };
	char s[64];
	for (long i = 0; i < n; i++) {
		b[15] = (unsigned char)i;
		inet_ntop(AF_INET6, b, s, sizeof s);
		sink += s[0];
	}
}

static void op_getaddrinfo(long n)
{
	struct addrinfo h = { 0 }, *r;
	h.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
	h.ai_socktype = SOCK_STREAM;
	for (long i = 0; i < n; i++) {
		if (getaddrinfo("127.0.0.1", "80", &h, &r) == 0) {
			sink += r->ai_addrlen;
			freeaddrinfo(r);
		}
	}
}

static void op_getservbyname(long n)
{
	for (long i = 0; i < n; i++) {
		struct servent *s = getservbyname("http", "tcp");
		sink += s ? s->s_port : 0;
	}
}

static void op_socketpair(long n)
{
	int sv[2];
	char b[64] = { 0 };
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		return;
	for (long i = 0; i < n; i++) {
		send(sv[0], b, sizeof b, 0);
		sink += recv(sv[1], b, sizeof b, 0);
	}
	close(sv[0]);
	close(sv[1]);
}

/* ---- text ---- */
static regex_t bench_re;
static void op_regexec(long n)
{
	static const char line[] = "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326";
	regmatch_t m[4];
	for (long i = 0; i < n; i++)
		sink += regexec(&bench_re, line, 4, m, 0) == 0 ? m[1].rm_eo : 0;
}

static void op_iconv(long n)
{
	static char in[1024];
	char out[4096];
	for (unsigned i = 0; i < sizeof in; i++)
		in[i] = (char)('a' + i % 26);
	iconv_t cd = iconv_open("UTF-16LE", "UTF-8");
	for (long i = 0; i < n; i++) {
		char *ip = in, *op = out;
		size_t il = sizeof in, ol = sizeof out;
		iconv(cd, &ip, &il, &op, &ol);
		sink += ol;
	}
	iconv_close(cd);
}

static void peak_rss(void)
{
	static char st[8192];
	int fd = open("/proc/self/status", O_RDONLY);
	long n = fd < 0 ? 0 : read(fd, st, sizeof st - 1);
	if (n <= 0)
		return;
	st[n] = 0;
	for (char *l = st; *l; l++)
		if (!strncmp(l, "VmHWM:", 6)) {
			unsigned long kb = 0;
			for (l += 6; *l == ' ' || *l == '\t'; l++)
				;
			for (; *l >= '0' && *l <= '9'; l++)
				kb = kb * 10 + (*l - '0');
			put("peak_rss_kb ");
			putnum(kb);
			put("\n");
			return;
		}
}

/* Calendar time, TZ=Europe/Berlin: times spread over 1970-2033 (its
 * table and, in slim builds, its footer rule). */
static void op_localtime(long n)
{
	struct tm tm;
	for (long i = 0; i < n; i++) {
		time_t t = (time_t)((i * 2654435761UL) % 2000000000UL);
		localtime_r(&t, &tm);
		sink += tm.tm_hour;
	}
}

static void op_gmtime(long n)
{
	struct tm tm;
	for (long i = 0; i < n; i++) {
		time_t t = (time_t)((i * 2654435761UL) % 2000000000UL);
		gmtime_r(&t, &tm);
		sink += tm.tm_hour;
	}
}

static void op_mktime(long n)
{
	for (long i = 0; i < n; i++) {
		struct tm tm = {0};
		tm.tm_year = 70 + i % 63;
		tm.tm_mon = i % 12;
		tm.tm_mday = 1 + i % 28;
		tm.tm_hour = i % 24;
		tm.tm_isdst = -1;
		sink += (unsigned long)mktime(&tm);
	}
}

static void op_strftime(long n)
{
	char b[64];
	time_t t = 1700000000;
	struct tm tm;
	localtime_r(&t, &tm);
	for (long i = 0; i < n; i++) {
		tm.tm_sec = i % 60;
		sink += strftime(b, sizeof b, "%c", &tm);
	}
}

static void op_strptime(long n)
{
	struct tm tm;
	for (long i = 0; i < n; i++) {
		memset(&tm, 0, sizeof tm);
		sink += (unsigned long)strptime("2023-11-14 17:13:20", "%Y-%m-%d %H:%M:%S", &tm) + tm.tm_yday;
	}
}

/* ucontext: musl has no getcontext family, so these rows are glibc's and
 * ferrolibc's only. */
#if defined(__GLIBC__) || defined(__FERROLIBC__)
#include <ucontext.h>
static ucontext_t uc_main, uc_co;

static void uc_bounce(void)
{
	for (;;)
		swapcontext(&uc_co, &uc_main);
}

/* A round trip: main to a coroutine and back (two swapcontext calls). */
static void op_swapcontext(long n)
{
	static char stack[64 * 1024] __attribute__((aligned(16)));
	getcontext(&uc_co);
	uc_co.uc_stack.ss_sp = stack;
	uc_co.uc_stack.ss_size = sizeof stack;
	uc_co.uc_link = NULL;
	makecontext(&uc_co, uc_bounce, 0);
	for (long i = 0; i < n; i++)
		swapcontext(&uc_main, &uc_co);
	sink += n;
}

static void op_getcontext(long n)
{
	ucontext_t uc;
	for (long i = 0; i < n; i++)
		sink += getcontext(&uc);
}
#endif

/* gnumisc: glibc extensions musl 1.2.5 lacks (its rows are left out) */
#if defined(__GLIBC__) || defined(__FERROLIBC__)
#define HAVE_GNUMISC 1
static void op_arc4random(long n)
{
	for (long i = 0; i < n; i++)
		sink += arc4random();
}

static void op_arc4random_buf(long n)
{
	static unsigned char b[4096];
	for (long i = 0; i < n; i++) {
		arc4random_buf(b, sizeof b);
		sink += b[i & 4095];
	}
}

static void *bt_frames[64];

__attribute__((noinline)) static int bt_recurse(int d)
{
	int r = d > 0 ? bt_recurse(d - 1) : backtrace(bt_frames, 64);
	sink += d;
	return r;
}

static void op_backtrace(long n)
{
	for (long i = 0; i < n; i++)
		sink += bt_recurse(20);
}
#endif

#ifdef _OBSTACK_H
#define obstack_chunk_alloc malloc
#define obstack_chunk_free free
/* obstack: grow and finish small objects (4 to 35 bytes), then free them all. */
static void op_obstack(long n)
{
	static const char text[] = "abcdefghijklmnopqrstuvwxyz0123456789";
	struct obstack o;
	obstack_init(&o);
	void *first = obstack_alloc(&o, 1);
	for (long i = 0; i < n; i++) {
		obstack_grow(&o, text, 4 + (i & 31));
		sink += (unsigned long)obstack_finish(&o) & 1;
	}
	obstack_free(&o, first);
	obstack_free(&o, NULL);
}
#endif

static const struct row {
	const char *group;
	const char *name;
	op_fn fn;
	long n;
	size_t size; /* string rows: operand size; numbers rows: 1 = floats */
	long reps;   /* timed repetitions (best of) */
	void (*setup)(void);    /* before the row, outside the timing */
	void (*teardown)(void); /* after it */
} rows[] = {
	{ "time", "clock_gettime(MONOTONIC)", op_mono, 2000000, 0, 3 },
	{ "time", "clock_gettime(REALTIME)", op_real, 2000000, 0, 3 },
	{ "time", "gettimeofday", op_gtod, 2000000, 0, 3 },
	{ "time", "time", op_time, 4000000, 0, 3 },
	{ "time", "getppid", op_getppid, 300000, 0, 3 },
	{ "time", "getrandom(16)", op_getrandom16, 300000, 0, 3 },
#define STR_ROWS(fn, name)                                              \
	{ "string", name " 16B", fn, 20000000, 16, 3 },                 \
	{ "string", name " 256B", fn, 4000000, 256, 3 },                \
	{ "string", name " 4KiB", fn, 400000, 4096, 3 },                \
	{ "string", name " 64KiB", fn, 20000, 65536, 3 },               \
	{ "string", name " 1MiB", fn, 1000, 1 << 20, 3 }
	STR_ROWS(op_memcpy, "memcpy"),
	STR_ROWS(op_memset, "memset"),
	STR_ROWS(op_strlen, "strlen"),
	STR_ROWS(op_memchr, "memchr"),
	STR_ROWS(op_strcmp, "strcmp"),
	{ "malloc-mixed", "malloc+free mixed small", op_malloc_mixed, 5000000, 0, 1 },
	{ "malloc-batch", "10k mallocs, random-order free", op_malloc_batch, 2000000, 0, 1 },
	{ "realloc", "realloc growth to 64 KiB", op_realloc_grow, 200000, 0, 1 },
	{ "qsort", "qsort 1M ints", op_qsort, 1000000, 0, 1 },
	{ "strtod", "strtod 1M decimal strings", op_strtod, 1000000, 1, 1 },
	{ "strtol", "strtol 1M strings", op_strtol, 1000000, 0, 1 },
	{ "printf", "snprintf(\"%d %s %.3f %x\")", op_snprintf_mixed, 1000000, 0, 3 },
	{ "printf", "snprintf(\"%.17g\") random doubles", op_snprintf_g17, 1000000, 0, 3 },
	{ "printf", "sscanf of a mixed line", op_sscanf_mixed, 1000000, 0, 3 },
	{ "stdio", "fputs line to /dev/null", op_fputs, 5000000, 0, 3 },
	{ "stdio", "fputc to /dev/null", op_fputc, 20000000, 0, 3 },
	{ "stdio", "fwrite 4 KiB to /dev/null", op_fwrite4k, 1000000, 0, 3 },
	{ "fgets", "fgets over 100 MB (per line)", op_fgets, 1428571, 0, 3 },
	{ "signal", "sigaction install", op_sigaction, 2000000, 0, 3 },
	{ "signal", "raise + handler round trip", op_raise, 500000, 0, 3 },
	{ "signal", "sigprocmask block+unblock", op_sigprocmask, 1000000, 0, 3 },
	{ "setjmp", "setjmp + longjmp", op_setjmp, 20000000, 0, 3 },
	{ "process", "fork+_exit+waitpid", op_fork, 3000, 0, 3 },
	{ "process", "posix_spawn /bin/true + wait", op_spawn, 1000, 0, 3 },
	{ "process", "vfork+execve", op_vfork_exec, 1000, 0, 3 },
#define MROW(id, name) { "math", name, op_##id, 2000000, 0, 3 }
	MROW(sin, "sin"), MROW(cos, "cos"), MROW(tan, "tan"), MROW(exp, "exp"),
	MROW(exp2, "exp2"), MROW(log, "log"), MROW(log2, "log2"),
	MROW(log10, "log10"), MROW(pow, "pow"), MROW(atan2, "atan2"),
	MROW(sqrt, "sqrt"), MROW(cbrt, "cbrt"), MROW(hypot, "hypot"),
	MROW(fma, "fma"), MROW(lround, "lround"), MROW(sinf, "sinf"),
	MROW(expf, "expf"), MROW(logf, "logf"), MROW(powf, "powf"),
	MROW(sincos, "sincos"), MROW(lgamma, "lgamma"), MROW(erf, "erf"),
	{ "calendar", "localtime_r (Europe/Berlin)", op_localtime, 2000000, 0, 3 },
	{ "calendar", "mktime (Europe/Berlin)", op_mktime, 500000, 0, 3 },
	{ "calendar", "gmtime_r", op_gmtime, 5000000, 0, 3 },
	{ "calendar", "strftime(\"%c\")", op_strftime, 2000000, 0, 3 },
	{ "calendar", "strptime(\"%Y-%m-%d %H:%M:%S\")", op_strptime, 2000000, 0, 3 },
	{ "sysif", "stat", op_stat, 300000, 0, 3 },
	{ "sysif", "fstat", op_fstat, 1000000, 0, 3 },
	{ "sysif", "opendir+readdir+closedir 10,000 entries", op_readdir, 50, 0, 3, readdir_setup, readdir_teardown },
	{ "sysif", "nftw FTW_PHYS over 20,000 files", op_nftw, 10, 0, 3, nftw_setup, nftw_teardown },
	{ "sysif", "poll 1 ready fd", op_poll, 1000000, 0, 3 },
	{ "sysif", "poll 64 fds, 4 ready", op_poll64, 100000, 0, 3, poll64_setup, poll64_teardown },
	{ "sysif", "epoll_wait eventfd write+wait+read", op_epoll, 200000, 0, 3, epoll_setup, epoll_teardown },
	{ "sysif", "tcgetattr (pty)", op_tcgetattr, 300000, 0, 3, pty_setup, pty_teardown },
	{ "sysif", "pthread_mutex lock+unlock", op_mutex, 20000000, 0, 3 },
	{ "sysif", "pthread_create+join", op_thread, 20000, 0, 3 },
	{ "net", "inet_pton v4+v6", op_inet_pton, 2000000, 0, 3 },
	{ "net", "inet_ntop v6", op_inet_ntop, 2000000, 0, 3 },
	{ "net", "getaddrinfo numeric+freeaddrinfo", op_getaddrinfo, 500000, 0, 3 },
	{ "net", "getservbyname(http)", op_getservbyname, 20000, 0, 3 },
	{ "net", "socketpair send+recv 64B", op_socketpair, 300000, 0, 3 },
	{ "text", "regexec ERE on a log line", op_regexec, 200000, 0, 3 },
	{ "text", "iconv UTF-8 to UTF-16LE 1 KiB", op_iconv, 200000, 0, 3 },
#if defined(__GLIBC__) || defined(__FERROLIBC__)
	{ "ucontext", "swapcontext round trip", op_swapcontext, 1000000, 0, 3 },
	{ "ucontext", "getcontext", op_getcontext, 2000000, 0, 3 },
#endif
#ifdef HAVE_GNUMISC
	{ "gnumisc", "arc4random (4 bytes)", op_arc4random, 1000000, 0, 3 },
	{ "gnumisc", "arc4random_buf 4 KiB", op_arc4random_buf, 20000, 0, 3 },
	{ "gnumisc", "backtrace of a 20-frame stack", op_backtrace, 20000, 0, 3 },
#endif
#ifdef _OBSTACK_H
	{ "obstack", "obstack_grow+finish small objects", op_obstack, 1000000, 0, 3 },
#endif
};

int main(int argc, char **argv)
{
	const char *group = argc > 2 ? argv[2] : "time";
	for (unsigned i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const struct row *r = &rows[i];
		if (strcmp(r->group, group))
			continue;
		long n = r->n;
		if (argc > 1) {
			long pct = 0;
			for (const char *p = argv[1]; *p >= '0' && *p <= '9'; p++)
				pct = pct * 10 + (*p - '0');
			n = n * pct / 100 + 1;
		}
		if (!strcmp(group, "string"))
			string_setup(r->size);
		if (!strcmp(group, "calendar")) {
			setenv("TZ", "Europe/Berlin", 1);
			tzset();
		}
		if (!strcmp(group, "fgets"))
			make_bigfile();
		if (!strcmp(group, "math"))
			math_setup();
		if (!strcmp(group, "text"))
			regcomp(&bench_re, "^([0-9.]+) [^ ]+ ([a-z]+) \\[([^]]+)\\]", REG_EXTENDED);
		if (!strcmp(group, "strtod") || !strcmp(group, "strtol"))
			make_numbers(n, !strcmp(group, "strtod"));
		if (r->setup)
			r->setup();
		if (r->reps > 1)
			r->fn(n / 10); /* warm up */
		long long best = -1;
		for (int k = 0; k < r->reps; k++) {
			long long t0 = now();
			r->fn(n);
			long long dt = now() - t0;
			if (best < 0 || dt < best)
				best = dt;
		}
		if (r->teardown)
			r->teardown();
		put(r->name);
		put(" ");
		putnum((unsigned long long)(best * 100 / n));
		put("\n");
	}
	peak_rss();
	return sink == 42;
}
