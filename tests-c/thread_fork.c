/* fork from a threaded process: the child's only thread can malloc, use
 * stdio (also a stream another thread was writing to) and has its own
 * id; the parent goes on. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
// STDOUT: ok\n

static volatile int stop;
static FILE *devnull;

static void *busy(void *arg)
{
	(void)arg;
	while (!__atomic_load_n(&stop, __ATOMIC_SEQ_CST)) {
		void *p = malloc(100);
		fprintf(devnull, "busy %p\n", p);
		free(p);
	}
	return 0;
}

int main(void)
{
	devnull = fopen("/dev/null", "w");
	CHECK(devnull != 0);
	pthread_t t[3];
	for (int i = 0; i < 3; i++)
		CHECK_EQ(pthread_create(&t[i], 0, busy, 0), 0);
	for (int round = 0; round < 20; round++) {
		pid_t me = getpid();
		pid_t c = fork();
		CHECK(c >= 0);
		if (c == 0) {
			CHECK(getpid() != me);
			CHECK_EQ(gettid(), getpid());
			for (int i = 0; i < 100; i++) {
				void *p = malloc(1000 + (size_t)i);
				if (!p)
					_exit(3);
				free(p);
			}
			if (fprintf(devnull, "child %d\n", round) < 0)
				_exit(4);
			/* (A thread created in the child is not tested: qemu-user
			 * 7.2 aborts in its TCG code when a forked child clones a
			 * thread, glibc's programs as well.) */
			fflush(devnull);
			_exit(0);
		}
		int st;
		CHECK_EQ(waitpid(c, &st, 0), c);
		CHECK(WIFEXITED(st));
		CHECK_EQ(WEXITSTATUS(st), 0);
	}
	__atomic_store_n(&stop, 1, __ATOMIC_SEQ_CST);
	for (int i = 0; i < 3; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);
	fclose(devnull);
	printf("ok\n");
	return 0;
}
