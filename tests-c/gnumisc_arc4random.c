/* arc4random arc4random_buf arc4random_uniform (glibc 2.36): bounds, a
 * chi-square sanity check of the distribution (a generous bound: a
 * correct generator fails it about once in 10^12 runs), no modulo bias at
 * a bound of 3 * 2^30, different bytes in a parent and its child after
 * fork, and threads drawing at once. */
// LIBS: -lpthread
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

/* chi-square of counts against a uniform expectation */
static double chi2(const unsigned *count, int buckets, unsigned total)
{
	double e = (double)total / buckets, x = 0;
	for (int i = 0; i < buckets; i++)
		x += (count[i] - e) * (count[i] - e) / e;
	return x;
}

#define THREADS 4
#define PER 2000
static uint64_t drawn[THREADS][PER];

static void *draw(void *arg)
{
	uint64_t *out = arg;
	for (int i = 0; i < PER; i++) {
		if (i & 1)
			arc4random_buf(&out[i], sizeof out[i]);
		else
			out[i] = (uint64_t)arc4random() << 32 | arc4random();
		CHECK(arc4random_uniform(17) < 17);
	}
	return NULL;
}

static int cmp64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

int main(void)
{
	errno = 1234;
	(void)arc4random();
	CHECK_EQ(errno, 1234);

	CHECK_EQ(arc4random_uniform(0), 0);
	CHECK_EQ(arc4random_uniform(1), 0);
	static const uint32_t bounds[] = { 2, 3, 7, 10, 1000, 65537, 0x80000001u, 0xfffffffeu, 0xffffffffu };
	for (unsigned b = 0; b < sizeof bounds / sizeof bounds[0]; b++)
		for (int i = 0; i < 2000; i++)
			CHECK(arc4random_uniform(bounds[b]) < bounds[b]);

	/* uniform over 10 values: chi-square with 9 degrees of freedom */
	unsigned count[256];
	memset(count, 0, sizeof count);
	for (int i = 0; i < 100000; i++)
		count[arc4random_uniform(10)]++;
	CHECK(chi2(count, 10, 100000) < 60);

	/* each nibble of arc4random, 15 degrees of freedom */
	for (int shift = 0; shift < 32; shift += 4) {
		memset(count, 0, sizeof count);
		for (int i = 0; i < 32000; i++)
			count[(arc4random() >> shift) & 15]++;
		CHECK(chi2(count, 16, 32000) < 80);
	}

	/* the bytes of arc4random_buf, 255 degrees of freedom */
	memset(count, 0, sizeof count);
	static unsigned char buf[1 << 18];
	arc4random_buf(buf, sizeof buf);
	for (unsigned i = 0; i < sizeof buf; i++)
		count[buf[i]]++;
	CHECK(chi2(count, 256, sizeof buf) < 420);
	arc4random_buf(buf, 0);
	arc4random_buf(NULL, 0);

	/* 3 * 2^30: a modulo reduction of 32 random bits would put half the
	 * draws below 2^30 (those values come twice); uniform puts a third */
	unsigned low = 0;
	for (int i = 0; i < 20000; i++)
		low += arc4random_uniform(0xc0000000u) < 0x40000000u;
	CHECK(low > 6200 && low < 7100);

	/* fork: parent and child draw different bytes (the parent drew
	 * before, so any per-thread state exists and must not be shared) */
	int fds[2];
	CHECK_EQ(pipe(fds), 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	unsigned char mine[32], theirs[32];
	arc4random_buf(mine, sizeof mine);
	if (pid == 0) {
		CHECK_EQ(write(fds[1], mine, sizeof mine), (long)sizeof mine);
		_exit(0);
	}
	CHECK_EQ(read(fds[0], theirs, sizeof theirs), (long)sizeof theirs);
	CHECK(memcmp(mine, theirs, sizeof mine) != 0);
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);

	/* threads: all draws distinct */
	pthread_t t[THREADS];
	for (int i = 0; i < THREADS; i++)
		CHECK_EQ(pthread_create(&t[i], NULL, draw, drawn[i]), 0);
	for (int i = 0; i < THREADS; i++)
		CHECK_EQ(pthread_join(t[i], NULL), 0);
	qsort(drawn, THREADS * PER, sizeof(uint64_t), cmp64);
	uint64_t *all = &drawn[0][0];
	for (int i = 1; i < THREADS * PER; i++)
		CHECK(all[i] != all[i - 1]);
	return 0;
}
