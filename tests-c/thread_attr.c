/* Thread attributes: defaults, EINVAL/ENOTSUP cases, a stack size and a
 * guard size honoured (pthread_getattr_np reports them and the thread's
 * stack lies inside), a stack of the caller's (setstack), the initial
 * thread's stack, scheduling attributes, names, CPU clocks, gettid. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
// STDOUT: ok\n

static void *report(void *arg)
{
	pthread_attr_t a;
	void *lo;
	size_t sz, guard;
	int ds;
	char here;
	CHECK_EQ(pthread_getattr_np(pthread_self(), &a), 0);
	CHECK_EQ(pthread_attr_getstack(&a, &lo, &sz), 0);
	CHECK_EQ(pthread_attr_getguardsize(&a, &guard), 0);
	CHECK_EQ(pthread_attr_getdetachstate(&a, &ds), 0);
	CHECK_EQ(ds, PTHREAD_CREATE_JOINABLE);
	CHECK((uintptr_t)&here > (uintptr_t)lo);
	CHECK((uintptr_t)&here < (uintptr_t)lo + sz);
	size_t *res = arg;
	res[0] = sz;
	res[1] = guard;
	res[2] = (uintptr_t)lo;
	CHECK_EQ(pthread_attr_destroy(&a), 0);
	return 0;
}

static void *use_stack(void *arg)
{
	/* touch most of a big stack */
	volatile char big[200000];
	big[0] = 1;
	big[sizeof big - 1] = 2;
	return (void *)(intptr_t)(big[0] + big[sizeof big - 1]);
}

static int named_done;
static void *named(void *arg)
{
	char buf[16];
	CHECK_EQ(pthread_setname_np(pthread_self(), "worker-self"), 0);
	CHECK_EQ(pthread_getname_np(pthread_self(), buf, sizeof buf), 0);
	CHECK(strcmp(buf, "worker-self") == 0);
	CHECK(gettid() != getpid());
	*(pid_t *)arg = gettid();
	while (!__atomic_load_n(&named_done, __ATOMIC_SEQ_CST)) {
		struct timespec ts = {0, 1000000};
		nanosleep(&ts, 0);
	}
	return 0;
}

int main(void)
{
	pthread_attr_t a;
	size_t n;
	int v;
	CHECK_EQ(pthread_attr_init(&a), 0);
	CHECK_EQ(pthread_attr_getdetachstate(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_CREATE_JOINABLE);
	CHECK_EQ(pthread_attr_setdetachstate(&a, 5), EINVAL);
	CHECK_EQ(pthread_attr_getscope(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_SCOPE_SYSTEM);
	CHECK_EQ(pthread_attr_setscope(&a, PTHREAD_SCOPE_PROCESS), ENOTSUP);
	CHECK_EQ(pthread_attr_setscope(&a, 7), EINVAL);
	CHECK_EQ(pthread_attr_getinheritsched(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_INHERIT_SCHED);
	CHECK_EQ(pthread_attr_setinheritsched(&a, 9), EINVAL);
	CHECK_EQ(pthread_attr_getschedpolicy(&a, &v), 0);
	CHECK_EQ(v, SCHED_OTHER);
	CHECK_EQ(pthread_attr_setschedpolicy(&a, 99), EINVAL);
	struct sched_param sp = {0};
	CHECK_EQ(pthread_attr_getschedparam(&a, &sp), 0);
	CHECK_EQ(sp.sched_priority, 0);
	CHECK_EQ(pthread_attr_getguardsize(&a, &n), 0);
	CHECK_EQ(n, (size_t)sysconf(_SC_PAGESIZE));
	CHECK_EQ(pthread_attr_getstacksize(&a, &n), 0);
	CHECK(n >= PTHREAD_STACK_MIN);
	CHECK_EQ(pthread_attr_setstacksize(&a, PTHREAD_STACK_MIN - 1), EINVAL);
	CHECK_EQ(sched_get_priority_min(SCHED_FIFO), 1);
	CHECK_EQ(sched_get_priority_max(SCHED_FIFO), 99);
	CHECK_EQ(sched_get_priority_max(SCHED_OTHER), 0);

	/* stack and guard honoured */
	size_t want = 1 << 20, res[3];
	CHECK_EQ(pthread_attr_setstacksize(&a, want), 0);
	CHECK_EQ(pthread_attr_setguardsize(&a, 3 * 4096), 0);
	CHECK_EQ(pthread_attr_getguardsize(&a, &n), 0);
	CHECK_EQ(n, 3 * 4096);
	pthread_t t;
	CHECK_EQ(pthread_create(&t, &a, report, res), 0);
	CHECK_EQ(pthread_join(t, 0), 0);
	CHECK(res[0] >= want);
	CHECK(res[1] >= 3 * 4096);
	CHECK_EQ(pthread_create(&t, &a, use_stack, 0), 0);
	void *r;
	CHECK_EQ(pthread_join(t, &r), 0);
	CHECK_EQ((intptr_t)r, 3);
	CHECK_EQ(pthread_attr_destroy(&a), 0);

	/* a stack of our own */
	size_t ssz = 256 * 1024;
	void *stk = mmap(0, ssz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(stk != MAP_FAILED);
	CHECK_EQ(pthread_attr_init(&a), 0);
	CHECK_EQ(pthread_attr_setstack(&a, stk, ssz), 0);
	void *lo;
	CHECK_EQ(pthread_attr_getstack(&a, &lo, &n), 0);
	CHECK(lo == stk);
	CHECK_EQ(n, ssz);
	CHECK_EQ(pthread_create(&t, &a, report, res), 0);
	CHECK_EQ(pthread_join(t, 0), 0);
	CHECK_EQ(res[2], (uintptr_t)stk);
	CHECK_EQ(res[0], ssz);
	CHECK_EQ(pthread_attr_setstack(&a, stk, 100), EINVAL);
	pthread_attr_destroy(&a);
	munmap(stk, ssz);

	/* the initial thread */
	char here;
	CHECK_EQ(pthread_getattr_np(pthread_self(), &a), 0);
	CHECK_EQ(pthread_attr_getstack(&a, &lo, &n), 0);
	CHECK((uintptr_t)&here > (uintptr_t)lo);
	CHECK((uintptr_t)&here < (uintptr_t)lo + n);
	pthread_attr_destroy(&a);

	/* explicit scheduling (SCHED_OTHER is always allowed) */
	CHECK_EQ(pthread_attr_init(&a), 0);
	CHECK_EQ(pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED), 0);
	CHECK_EQ(pthread_attr_setschedpolicy(&a, SCHED_OTHER), 0);
	sp.sched_priority = 0;
	CHECK_EQ(pthread_attr_setschedparam(&a, &sp), 0);
	CHECK_EQ(pthread_create(&t, &a, use_stack, 0), 0);
	CHECK_EQ(pthread_join(t, &r), 0);
	CHECK_EQ((intptr_t)r, 3);
	pthread_attr_destroy(&a);

	/* names, ids, clocks, scheduling of another thread */
	pid_t tid = 0;
	CHECK_EQ(gettid(), getpid());
	CHECK_EQ(pthread_create(&t, 0, named, &tid), 0);
	while (!__atomic_load_n(&tid, __ATOMIC_SEQ_CST))
		sched_yield();
	char buf[32];
	CHECK_EQ(pthread_getname_np(t, buf, 10), ERANGE);
	CHECK_EQ(pthread_getname_np(t, buf, sizeof buf), 0);
	CHECK(strcmp(buf, "worker-self") == 0);
	CHECK_EQ(pthread_setname_np(t, "this name is too long"), ERANGE);
	CHECK_EQ(pthread_setname_np(t, "renamed"), 0);
	CHECK_EQ(pthread_getname_np(t, buf, sizeof buf), 0);
	CHECK(strcmp(buf, "renamed") == 0);
	clockid_t clk;
	struct timespec ts;
	CHECK_EQ(pthread_getcpuclockid(t, &clk), 0);
	CHECK_EQ(clock_gettime(clk, &ts), 0);
	int pol;
	CHECK_EQ(pthread_getschedparam(t, &pol, &sp), 0);
	CHECK_EQ(pol, SCHED_OTHER);
	CHECK_EQ(pthread_setschedparam(t, SCHED_OTHER, &sp), 0);
	CHECK_EQ(pthread_setschedprio(t, 0), 0);
	__atomic_store_n(&named_done, 1, __ATOMIC_SEQ_CST);
	CHECK_EQ(pthread_join(t, 0), 0);
	t_puts(1, "ok\n");
	return 0;
}
