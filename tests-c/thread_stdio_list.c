/* The open-stream list under threads: 4 threads opening, writing and
 * closing their own streams while another flushes all streams
 * (fflush(NULL)) in a loop; every file has all its lines. */
#define _GNU_SOURCE
#include "check.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
// STDOUT: ok\n

static volatile int stop;

static void *opener(void *arg)
{
	long id = (long)arg;
	char path[64];
	snprintf(path, sizeof path, "/tmp/thread_stdio_list_%d_%ld", (int)getpid(), id);
	for (int round = 0; round < 100; round++) {
		FILE *f = fopen(path, "w");
		CHECK(f != 0);
		for (int i = 0; i < 20; i++)
			CHECK(fprintf(f, "%ld %d %d\n", id, round, i) > 0);
		CHECK_EQ(fclose(f), 0);
		f = fopen(path, "r");
		CHECK(f != 0);
		int n = 0;
		char line[64];
		while (fgets(line, sizeof line, f))
			n++;
		CHECK_EQ(n, 20);
		CHECK_EQ(fclose(f), 0);
	}
	unlink(path);
	return 0;
}

static void *flusher(void *arg)
{
	(void)arg;
	while (!__atomic_load_n(&stop, __ATOMIC_SEQ_CST))
		CHECK_EQ(fflush(0), 0);
	return 0;
}

int main(void)
{
	pthread_t t[5];
	CHECK_EQ(pthread_create(&t[4], 0, flusher, 0), 0);
	for (long i = 0; i < 4; i++)
		CHECK_EQ(pthread_create(&t[i], 0, opener, (void *)i), 0);
	for (int i = 0; i < 4; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);
	__atomic_store_n(&stop, 1, __ATOMIC_SEQ_CST);
	CHECK_EQ(pthread_join(t[4], 0), 0);
	printf("ok\n");
	return 0;
}
