// STDOUT: ok\n
/* glibc functions this machine's programs import (cargo xtask demand):
 * renameat2 (RENAME_NOREPLACE: EEXIST and nothing moved; RENAME_EXCHANGE
 * swaps; flags 0 renames; a bad flag EINVAL), fcntl64 (the glibc 2.28
 * name programs built for 64-bit offsets call: F_GETFD/F_SETFD, a 64-bit
 * struct flock lock), ntp_gettimex/ntp_gettime (the clock state adjtimex
 * reports, a time close to clock_gettime's, struct ntptimeval's layout),
 * pthread_attr_setaffinity_np/getaffinity_np (a thread created with a
 * one-CPU set runs on exactly that CPU; an attribute without a set
 * reports every CPU; clearing; EINVAL when the held set does not fit),
 * and arch_prctl on x86_64 (ARCH_GET_FS is the thread pointer). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>

#ifdef __x86_64__
int arch_prctl(int, unsigned long);
#define ARCH_GET_FS 0x1003
#endif

static char dir[64];

static void put(const char *name, const char *text)
{
	char p[128];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, text, strlen(text)), (long)strlen(text));
	close(fd);
}

static int has(const char *name, const char *text)
{
	char p[128], b[64] = {0};
	snprintf(p, sizeof p, "%s/%s", dir, name);
	int fd = open(p, O_RDONLY);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, b, sizeof b - 1);
	close(fd);
	return n == (ssize_t)strlen(text) && !memcmp(b, text, n);
}

static void test_renameat2(void)
{
	strcpy(dir, "/tmp/ferro_rn2XXXXXX");
	CHECK(mkdtemp(dir) != NULL);
	int d = open(dir, O_RDONLY | O_DIRECTORY);
	CHECK(d >= 0);
	put("a", "AAA");
	put("b", "BB");
	/* RENAME_NOREPLACE onto an existing name */
	errno = 0;
	int r = renameat2(d, "a", d, "b", RENAME_NOREPLACE);
	if (r == -1 && errno == EINVAL) {
		/* a file system (or qemu-user) without the flags: glibc says the same */
		t_puts(2, "note: renameat2 flags unsupported here\n");
	} else {
		CHECK_EQ(r, -1);
		CHECK_EQ(errno, EEXIST);
		CHECK(has("a", "AAA") && has("b", "BB"));
		/* RENAME_NOREPLACE onto a new name moves it */
		CHECK_EQ(renameat2(d, "a", d, "c", RENAME_NOREPLACE), 0);
		CHECK(!has("a", "AAA") && has("c", "AAA"));
		/* RENAME_EXCHANGE swaps the two */
		r = renameat2(d, "b", d, "c", RENAME_EXCHANGE);
		if (r == 0) {
			CHECK(has("b", "AAA") && has("c", "BB"));
			/* exchange with a missing name: ENOENT */
			CHECK_ERR(renameat2(d, "b", d, "zz", RENAME_EXCHANGE), ENOENT);
		} else {
			CHECK(errno == EINVAL);
		}
		/* both flags together: EINVAL */
		CHECK_ERR(renameat2(d, "b", d, "c", RENAME_NOREPLACE | RENAME_EXCHANGE), EINVAL);
		CHECK_EQ(renameat2(d, "c", d, "a", 0), 0);
	}
	/* no flags: a plain renameat */
	put("x", "X");
	CHECK_EQ(renameat2(d, "x", d, "y", 0), 0);
	CHECK(has("y", "X"));
	CHECK_ERR(renameat2(d, "nope", d, "q", 0), ENOENT);
	char p[128];
	const char *names[] = {"a", "b", "c", "y"};
	for (int i = 0; i < 4; i++) {
		snprintf(p, sizeof p, "%s/%s", dir, names[i]);
		unlink(p);
	}
	close(d);
	CHECK_EQ(rmdir(dir), 0);
}

static void test_fcntl64(void)
{
	char path[] = "/tmp/ferro_f64XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	unlink(path);
	CHECK_EQ(fcntl64(fd, F_GETFD), 0);
	CHECK_EQ(fcntl64(fd, F_SETFD, FD_CLOEXEC), 0);
	CHECK_EQ(fcntl64(fd, F_GETFD), FD_CLOEXEC);
	struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 1LL << 33, .l_len = 10};
	CHECK_EQ(sizeof fl.l_start, 8);
	CHECK_EQ(fcntl64(fd, F_SETLK, &fl), 0);
	fl.l_type = F_UNLCK;
	CHECK_EQ(fcntl64(fd, F_SETLK, &fl), 0);
	CHECK_ERR(fcntl64(-1, F_GETFD), EBADF);
	close(fd);
}

static void test_ntp(void)
{
	CHECK_EQ(offsetof(struct ntptimeval, time), 0);
	CHECK_EQ(offsetof(struct ntptimeval, maxerror), sizeof(struct timeval));
	CHECK_EQ(sizeof(struct ntptimeval), sizeof(struct timeval) + 7 * sizeof(long));
	CHECK_EQ(NTP_API, 4);
	struct ntptimeval a, b;
	struct timex tx = {0};
	int want = adjtimex(&tx);
	CHECK(want >= TIME_OK && want <= TIME_ERROR);
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	int s = ntp_gettimex(&a);
	CHECK_EQ(s, want);
	CHECK(a.time.tv_sec >= ts.tv_sec && a.time.tv_sec <= ts.tv_sec + 2);
	CHECK(a.maxerror >= 0 && a.esterror >= 0);
	CHECK_EQ(ntp_gettime(&b), want);
	CHECK(b.time.tv_sec >= a.time.tv_sec);
}

static int ncpu_online(cpu_set_t *s)
{
	CPU_ZERO(s);
	CHECK_EQ(sched_getaffinity(0, sizeof *s, s), 0);
	return CPU_COUNT(s);
}

static void *where(void *arg)
{
	cpu_set_t s;
	CPU_ZERO(&s);
	CHECK_EQ(pthread_getaffinity_np(pthread_self(), sizeof s, &s), 0);
	*(int *)arg = CPU_COUNT(&s) == 1 ? sched_getcpu() : -1;
	return NULL;
}

static void test_attr_affinity(void)
{
	pthread_attr_t at;
	cpu_set_t mine, got;
	int n = ncpu_online(&mine);
	CHECK(n >= 1);
	CHECK_EQ(pthread_attr_init(&at), 0);
	/* none held: every CPU */
	memset(&got, 0, sizeof got);
	CHECK_EQ(pthread_attr_getaffinity_np(&at, sizeof got, &got), 0);
	CHECK_EQ(CPU_COUNT(&got), CPU_SETSIZE);
	/* the highest CPU we may use, alone */
	int last = -1;
	for (int i = 0; i < CPU_SETSIZE; i++)
		if (CPU_ISSET(i, &mine))
			last = i;
	cpu_set_t one;
	CPU_ZERO(&one);
	CPU_SET(last, &one);
	CHECK_EQ(pthread_attr_setaffinity_np(&at, sizeof one, &one), 0);
	memset(&got, 0xff, sizeof got);
	CHECK_EQ(pthread_attr_getaffinity_np(&at, sizeof got, &got), 0);
	CHECK(CPU_EQUAL(&got, &one));
	/* the held set does not fit a shorter one: EINVAL (when it reaches past it) */
	if (last >= 64) {
		CHECK_EQ(pthread_attr_getaffinity_np(&at, 8, &got), EINVAL);
	} else {
		unsigned char small[8];
		CHECK_EQ(pthread_attr_getaffinity_np(&at, sizeof small, (cpu_set_t *)small), 0);
		CHECK(small[last / 8] == (unsigned char)(1u << (last % 8)));
	}
	pthread_t t;
	int cpu = -2;
	CHECK_EQ(pthread_create(&t, &at, where, &cpu), 0);
	CHECK_EQ(pthread_join(t, NULL), 0);
	CHECK_EQ(cpu, last);
	/* the creator's own affinity is untouched */
	CHECK_EQ(ncpu_online(&got), n);
	/* getattr_np of a thread reports its CPUs */
	pthread_attr_t ta;
	CHECK_EQ(pthread_getattr_np(pthread_self(), &ta), 0);
	CHECK_EQ(pthread_attr_getaffinity_np(&ta, sizeof got, &got), 0);
	CHECK(CPU_EQUAL(&got, &mine));
	CHECK_EQ(pthread_attr_destroy(&ta), 0);
	/* a NULL set clears it */
	CHECK_EQ(pthread_attr_setaffinity_np(&at, 0, NULL), 0);
	CHECK_EQ(pthread_attr_getaffinity_np(&at, sizeof got, &got), 0);
	CHECK_EQ(CPU_COUNT(&got), CPU_SETSIZE);
	/* a set naming no CPU at all: pthread_create fails with EINVAL */
	cpu_set_t none;
	CPU_ZERO(&none);
	CHECK_EQ(pthread_attr_setaffinity_np(&at, sizeof none, &none), 0);
	CHECK_EQ(pthread_create(&t, &at, where, &cpu), EINVAL);
	CHECK_EQ(pthread_attr_destroy(&at), 0);
}

#ifdef __x86_64__
static void test_arch_prctl(void)
{
	unsigned long fs = 0, tp;
	__asm__("mov %%fs:0, %0" : "=r"(tp));
	CHECK_EQ(arch_prctl(ARCH_GET_FS, (unsigned long)&fs), 0);
	CHECK(fs == tp);
	CHECK_ERR(arch_prctl(0x7777, 0), EINVAL);
}
#endif

int main(void)
{
	test_renameat2();
	test_fcntl64();
	test_ntp();
	test_attr_affinity();
#ifdef __x86_64__
	test_arch_prctl();
#endif
	t_puts(1, "ok\n");
	return 0;
}
