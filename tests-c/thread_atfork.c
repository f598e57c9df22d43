/* pthread_atfork order (prepare handlers last registered first, parent
 * and child handlers first registered first), in a program without
 * threads and with; CPU affinity of the process and of a thread. */
#define _GNU_SOURCE
#include "check.h"
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
// STDOUT: ok\n

static char log_[64];
static int n;
static void add(char c)
{
	if (n < 63)
		log_[n++] = c;
	log_[n] = 0;
}
static void pa(void) { add('a'); }
static void pb(void) { add('b'); }
static void ra(void) { add('A'); }
static void rb(void) { add('B'); }
static void ca(void) { add('x'); }
static void cb(void) { add('y'); }

static void fork_check(void)
{
	n = 0;
	pid_t c = fork();
	CHECK(c >= 0);
	if (c == 0)
		_exit(strcmp(log_, "baxy") == 0 ? 0 : 1);
	int st;
	CHECK_EQ(waitpid(c, &st, 0), c);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 0);
	CHECK(strcmp(log_, "baAB") == 0);
}

static void *aff(void *arg)
{
	cpu_set_t s;
	(void)arg;
	CHECK_EQ(pthread_getaffinity_np(pthread_self(), sizeof s, &s), 0);
	CHECK(CPU_COUNT(&s) >= 1);
	CHECK_EQ(pthread_setaffinity_np(pthread_self(), sizeof s, &s), 0);
	return 0;
}

int main(void)
{
	CHECK_EQ(pthread_atfork(pa, ra, ca), 0);
	CHECK_EQ(pthread_atfork(pb, rb, cb), 0);
	fork_check();
	pthread_t t;
	CHECK_EQ(pthread_create(&t, 0, aff, 0), 0);
	CHECK_EQ(pthread_join(t, 0), 0);
	fork_check();

	cpu_set_t s, s2;
	CPU_ZERO(&s);
	CHECK_EQ(sched_getaffinity(0, sizeof s, &s), 0);
	int cpus = CPU_COUNT(&s);
	CHECK(cpus >= 1);
	int first = -1;
	for (int i = 0; i < CPU_SETSIZE; i++)
		if (CPU_ISSET(i, &s)) {
			first = i;
			break;
		}
	CHECK(first >= 0);
	CPU_ZERO(&s2);
	CPU_SET(first, &s2);
	CHECK_EQ(sched_setaffinity(0, sizeof s2, &s2), 0);
	CHECK_EQ(sched_getaffinity(0, sizeof s2, &s2), 0);
	CHECK_EQ(CPU_COUNT(&s2), 1);
	CHECK(CPU_ISSET(first, &s2));
	CHECK_EQ(sched_setaffinity(0, sizeof s, &s), 0);
	CHECK_EQ(pthread_getaffinity_np(pthread_self(), sizeof s2, &s2), 0);
	CHECK(CPU_EQUAL(&s, &s2));
	t_puts(1, "ok\n");
	return 0;
}
