// STDOUT: ok\n
/* pthread_cond_destroy right after a broadcast, its memory reused at once
 * (POSIX: safe once no thread is blocked on it), as the Open POSIX
 * test pthread_cond_destroy/2-1 does: a waiter that was woken but had not
 * yet gone to sleep must still return, though the reuse writes back the
 * very bytes it last saw (zeros after a fresh init). Threads and, with
 * process-shared objects, forked processes; each round bounded by a
 * timed join / a timed wait for the child. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct shared {
	pthread_mutex_t m;
	pthread_cond_t c;
	volatile int ready, pred;
};
static struct shared *sh;

static void waiter(void)
{
	CHECK_EQ(pthread_mutex_lock(&sh->m), 0);
	sh->ready = 1;
	while (!sh->pred)
		CHECK_EQ(pthread_cond_wait(&sh->c, &sh->m), 0);
	CHECK_EQ(pthread_mutex_unlock(&sh->m), 0);
}

static void *thread_waiter(void *arg)
{
	(void)arg;
	waiter();
	return NULL;
}

static void round_once(int pshared, int reuse_byte)
{
	pthread_mutexattr_t ma;
	pthread_condattr_t ca;
	pthread_mutexattr_init(&ma);
	pthread_condattr_init(&ca);
	if (pshared) {
		CHECK_EQ(pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED), 0);
		CHECK_EQ(pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED), 0);
	}
	CHECK_EQ(pthread_mutex_init(&sh->m, &ma), 0);
	CHECK_EQ(pthread_cond_init(&sh->c, &ca), 0);
	sh->ready = sh->pred = 0;
	pthread_t t;
	pid_t pid = 0;
	if (pshared) {
		pid = fork();
		CHECK(pid >= 0);
		if (pid == 0) {
			waiter();
			_exit(0);
		}
	} else {
		CHECK_EQ(pthread_create(&t, NULL, thread_waiter, NULL), 0);
	}
	/* take the mutex the moment the waiter gives it up in its wait */
	CHECK_EQ(pthread_mutex_lock(&sh->m), 0);
	while (!sh->ready) {
		CHECK_EQ(pthread_mutex_unlock(&sh->m), 0);
		sched_yield();
		CHECK_EQ(pthread_mutex_lock(&sh->m), 0);
	}
	sh->pred = 1;
	CHECK_EQ(pthread_cond_broadcast(&sh->c), 0);
	CHECK_EQ(pthread_mutex_unlock(&sh->m), 0);
	CHECK_EQ(pthread_cond_destroy(&sh->c), 0);
	memset(&sh->c, reuse_byte, sizeof sh->c);
	if (pshared) {
		int st;
		for (int i = 0; i < 5000; i++) {
			pid_t r = waitpid(pid, &st, WNOHANG);
			if (r == pid)
				break;
			CHECK_EQ(r, 0);
			if (i == 4999) {
				kill(pid, SIGKILL);
				CHECK(!"the forked waiter never left its wait");
			}
			usleep(1000);
		}
		CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	} else {
		struct timespec dl;
		clock_gettime(CLOCK_REALTIME, &dl);
		dl.tv_sec += 5;
		CHECK_EQ(pthread_timedjoin_np(t, NULL, &dl), 0);
	}
	CHECK_EQ(pthread_mutex_destroy(&sh->m), 0);
}

int main(void)
{
	sh = mmap(NULL, sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	CHECK(sh != MAP_FAILED);
	for (int i = 0; i < 200; i++) {
		round_once(0, 0);
		round_once(0, 0xff);
	}
	for (int i = 0; i < 50; i++) {
		round_once(1, 0);
		round_once(1, 0xff);
	}
	t_puts(1, "ok\n");
	return 0;
}
