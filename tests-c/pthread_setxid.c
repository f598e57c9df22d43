// STDOUT: ok\n
/* The set*id calls change the credentials of every thread of the
 * process (POSIX), not only the caller's (the kernel's calls are per
 * thread): threads blocked in read() on a pipe and threads spinning all
 * see setresgid, setgroups, setegid, setresuid made by the main thread,
 * and a setuid made by another thread; each reads its own ids with the
 * raw system calls and from /proc/thread-self/status. The blocked reads
 * go on (SA_RESTART) and errno is left alone. As root the ids really
 * change; otherwise only calls that keep the ids can succeed, and those
 * are checked (the handler still runs in every thread). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NT 6

/* i386 has 16-bit ids in the plain calls */
#ifdef SYS_getresuid32
#define NR_GETRESUID SYS_getresuid32
#define NR_GETRESGID SYS_getresgid32
#define NR_GETGROUPS SYS_getgroups32
#else
#define NR_GETRESUID SYS_getresuid
#define NR_GETRESGID SYS_getresgid
#define NR_GETGROUPS SYS_getgroups
#endif

struct ids {
	unsigned r, e, s, gr, ge, gs;
	int ng;
	unsigned g[8];
};

static int pipes[NT][2];
static int cmd[NT][2];
static volatile int stop;
static pthread_barrier_t bar;

/* the calling thread's own ids, from the kernel */
static void own_ids(struct ids *x)
{
	memset(x, 0, sizeof *x);
	CHECK_EQ(syscall(NR_GETRESUID, &x->r, &x->e, &x->s), 0);
	CHECK_EQ(syscall(NR_GETRESGID, &x->gr, &x->ge, &x->gs), 0);
	x->ng = syscall(NR_GETGROUPS, 8, x->g);
	CHECK(x->ng >= 0);
}

/* the Uid:/Gid: lines of /proc/thread-self/status agree with own_ids */
static void check_status(const struct ids *x)
{
	char buf[4096];
	int fd = open("/proc/thread-self/status", O_RDONLY);
	CHECK(fd >= 0);
	ssize_t n = read(fd, buf, sizeof buf - 1);
	CHECK(n > 0);
	buf[n] = 0;
	close(fd);
	char want[128];
	snprintf(want, sizeof want, "\nUid:\t%u\t%u\t%u\t", x->r, x->e, x->s);
	CHECK(strstr(buf, want) != NULL);
	snprintf(want, sizeof want, "\nGid:\t%u\t%u\t%u\t", x->gr, x->ge, x->gs);
	CHECK(strstr(buf, want) != NULL);
}

static struct ids seen[NT];

/* Each worker waits for a byte on its pipe (blocked in read, or
 * spinning on a non-blocking one), then records its ids and answers. */
static void *worker(void *arg)
{
	long i = (long)arg;
	int spin = i & 1;
	errno = 0;
	pthread_barrier_wait(&bar);
	for (;;) {
		char c;
		ssize_t n = read(pipes[i][0], &c, 1);
		if (n < 0) {
			/* a non-blocking pipe, or the handler: never EINTR */
			CHECK(spin);
			CHECK_EQ(errno, EAGAIN);
			errno = 0;
			continue;
		}
		CHECK_EQ(n, 1);
		if (c == 'q')
			return NULL;
		own_ids(&seen[i]);
		check_status(&seen[i]);
		CHECK_EQ(write(cmd[i][1], "k", 1), 1);
	}
}

/* every worker's ids (and the caller's) are `want` */
static void check_all(const struct ids *want)
{
	struct ids me;
	own_ids(&me);
	CHECK(memcmp(&me, want, sizeof me) == 0);
	check_status(&me);
	for (int i = 0; i < NT; i++) {
		char c;
		CHECK_EQ(write(pipes[i][1], "c", 1), 1);
		CHECK_EQ(read(cmd[i][0], &c, 1), 1);
		CHECK_EQ(seen[i].r, want->r);
		CHECK_EQ(seen[i].e, want->e);
		CHECK_EQ(seen[i].s, want->s);
		CHECK_EQ(seen[i].gr, want->gr);
		CHECK_EQ(seen[i].ge, want->ge);
		CHECK_EQ(seen[i].gs, want->gs);
		CHECK_EQ(seen[i].ng, want->ng);
		for (int k = 0; k < want->ng; k++)
			CHECK_EQ(seen[i].g[k], want->g[k]);
	}
}

static void *setuid_thread(void *arg)
{
	(void)arg;
	errno = 77;
	CHECK_EQ(setuid(4321), 0);
	CHECK_EQ(errno, 77);
	return NULL;
}

static void *keep_thread(void *arg)
{
	(void)arg;
	uid_t u = getuid();
	CHECK_EQ(setresuid(u, u, u), 0);
	return NULL;
}

int main(void)
{
#if defined(AGAINST_GLIBC) && defined(TEST_ARCH_I386)
	if (getauxval(AT_SYSINFO_EHDR) == 0) {
		/* glibc's threads read another thread's errno after a handler
		 * returns there (one GDT for all threads; see
		 * thread_signal_tls.c) */
		t_puts(2, "pthread_setxid: glibc fails this under qemu-user i386\n");
		t_puts(1, "ok\n");
		return 0;
	}
#endif
	pthread_t t[NT];
	CHECK_EQ(pthread_barrier_init(&bar, NULL, NT + 1), 0);
	for (long i = 0; i < NT; i++) {
		CHECK_EQ(pipe(pipes[i]), 0);
		CHECK_EQ(pipe(cmd[i]), 0);
		if (i & 1)
			CHECK_EQ(fcntl(pipes[i][0], F_SETFL, O_NONBLOCK), 0);
		CHECK_EQ(pthread_create(&t[i], NULL, worker, (void *)i), 0);
	}
	pthread_barrier_wait(&bar);
	/* let the blocking ones get into read() */
	usleep(20000);

	struct ids want;
	own_ids(&want);
	check_all(&want);

	if (geteuid() != 0) {
		/* not root: calls that keep the ids succeed everywhere */
		uid_t u = getuid();
		gid_t g = getgid();
		CHECK_EQ(setresgid(g, g, g), 0);
		CHECK_EQ(setresuid(u, u, u), 0);
		CHECK_EQ(setegid(g), 0);
		errno = 0;
		CHECK_EQ(setuid(u), 0);
		CHECK_EQ(errno, 0);
		pthread_t k;
		CHECK_EQ(pthread_create(&k, NULL, keep_thread, NULL), 0);
		CHECK_EQ(pthread_join(k, NULL), 0);
		own_ids(&want);
		check_all(&want);
		t_puts(2, "pthread_setxid: not root, ids kept\n");
	} else {
		gid_t gl[3] = {101, 102, 103};
		errno = 55;
		CHECK_EQ(setgroups(3, gl), 0);
		CHECK_EQ(errno, 55);
		CHECK_EQ(setresgid(1001, 1002, 1003), 0);
		own_ids(&want);
		CHECK_EQ(want.gr, 1001);
		CHECK_EQ(want.ge, 1002);
		CHECK_EQ(want.gs, 1003);
		CHECK_EQ(want.ng, 3);
		CHECK_EQ(want.g[0], 101);
		check_all(&want);

		CHECK_EQ(setegid(2002), 0);
		CHECK_EQ(setresuid(3001, 0, 3003), 0);
		own_ids(&want);
		CHECK_EQ(want.ge, 2002);
		CHECK_EQ(want.r, 3001);
		CHECK_EQ(want.e, 0);
		CHECK_EQ(want.s, 3003);
		check_all(&want);

		/* a failing call changes nothing anywhere (EINVAL) */
		CHECK_ERR(seteuid((uid_t)-1), EINVAL);

		/* setuid from another thread (effective uid 0: all three) */
		pthread_t s;
		CHECK_EQ(pthread_create(&s, NULL, setuid_thread, NULL), 0);
		CHECK_EQ(pthread_join(s, NULL), 0);
		own_ids(&want);
		CHECK_EQ(want.r, 4321);
		CHECK_EQ(want.e, 4321);
		CHECK_EQ(want.s, 4321);
		check_all(&want);

		/* now unprivileged everywhere: raising is EPERM in the caller
		 * and no thread changes */
		CHECK_ERR(setuid(0), EPERM);
		check_all(&want);
	}

	for (int i = 0; i < NT; i++) {
		CHECK_EQ(write(pipes[i][1], "q", 1), 1);
		CHECK_EQ(pthread_join(t[i], NULL), 0);
	}
	t_puts(1, "ok\n");
	return 0;
}
