/* pthread_exit in the initial thread: the process lives on while another
 * thread runs; it can join the initial thread; when the last thread
 * ends the process exits with status 0 as if by exit(0) (atexit handlers
 * run, stdout is flushed). */
#define _GNU_SOURCE
#include "check.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
// STDOUT: worker done\natexit ok\n

static pthread_t main_thread;

static void at_exit(void)
{
	printf("atexit ok\n");
}

static void *worker(void *arg)
{
	(void)arg;
	void *r;
	CHECK_EQ(pthread_join(main_thread, &r), 0);
	CHECK(r == (void *)&main_thread);
	printf("worker done\n");
	return 0;
}

int main(void)
{
	main_thread = pthread_self();
	CHECK_EQ(atexit(at_exit), 0);
	pthread_t t;
	CHECK_EQ(pthread_create(&t, 0, worker, 0), 0);
	struct timespec ts = {0, 20000000};
	nanosleep(&ts, 0);
	pthread_exit(&main_thread);
}
