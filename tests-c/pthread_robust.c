/* Robust mutexes: pthread_mutexattr_setrobust/getrobust (EINVAL for a bad
 * value), a thread that ends holding one (by returning, by pthread_exit,
 * by cancellation, detached, with another thread waiting) gives the next
 * locker EOWNERDEAD; pthread_mutex_consistent makes it usable again (and
 * is EINVAL otherwise); unlocked without it the mutex is ENOTRECOVERABLE
 * for lock and trylock; error-checking and recursive kinds; EPERM for an
 * unlock by another thread; timedlock ETIMEDOUT; a process-shared robust
 * mutex in shared memory whose owner process dies.
 *
 * The kernel marks the mutexes of a dying thread through the robust list
 * set_robust_list registers; qemu-user has no robust lists (ENOSYS):
 * there a thread's or process's death is invisible to the lock unless the
 * C library marks them itself at thread exit (ferrolibc does, glibc does
 * not), and a process killed while holding one leaves it locked for ever.
 * Those parts are skipped with a note on stderr when the direct probe says
 * ENOSYS. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
// LIBS: -lpthread
// STDOUT: ok\n

static pthread_mutex_t mu;

static void *hold_return(void *arg)
{
	CHECK_EQ(pthread_mutex_lock(&mu), 0);
	return arg;
}

static void *hold_exit(void *arg)
{
	CHECK_EQ(pthread_mutex_lock(&mu), 0);
	pthread_exit(arg);
}

static volatile int held;

static void *hold_cancelled(void *arg)
{
	struct timespec ts = { 30, 0 };
	(void)arg;
	CHECK_EQ(pthread_mutex_lock(&mu), 0);
	held = 1;
	nanosleep(&ts, 0);
	return 0;
}

static void *hold_detached(void *arg)
{
	CHECK_EQ(pthread_mutex_lock(&mu), 0);
	held = 1;
	return arg;
}

static volatile int waiter_result = -1;

static void *waiter(void *arg)
{
	(void)arg;
	waiter_result = pthread_mutex_lock(&mu);
	if (waiter_result == EOWNERDEAD)
		CHECK_EQ(pthread_mutex_consistent(&mu), 0);
	CHECK_EQ(pthread_mutex_unlock(&mu), 0);
	return 0;
}

static void *unlock_other(void *arg)
{
	(void)arg;
	return (void *)(long)pthread_mutex_unlock(&mu);
}

static void nap(void)
{
	struct timespec ts = { 0, 5 * 1000 * 1000 };
	nanosleep(&ts, 0);
}

static void init(int type, int pshared)
{
	pthread_mutexattr_t a;
	CHECK_EQ(pthread_mutexattr_init(&a), 0);
	CHECK_EQ(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
	CHECK_EQ(pthread_mutexattr_settype(&a, type), 0);
	CHECK_EQ(pthread_mutexattr_setpshared(&a, pshared), 0);
	CHECK_EQ(pthread_mutex_init(&mu, &a), 0);
	CHECK_EQ(pthread_mutexattr_destroy(&a), 0);
}

static void died_with(void *(*fn)(void *))
{
	pthread_t t;
	void *res;
	CHECK_EQ(pthread_create(&t, 0, fn, (void *)3), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == (void *)3);
	CHECK_EQ(pthread_mutex_lock(&mu), EOWNERDEAD);
	CHECK_EQ(pthread_mutex_consistent(&mu), 0);
	CHECK_EQ(pthread_mutex_unlock(&mu), 0);
	CHECK_EQ(pthread_mutex_lock(&mu), 0);
	CHECK_EQ(pthread_mutex_unlock(&mu), 0);
}

int main(void)
{
	pthread_mutexattr_t a;
	pthread_t t, w;
	void *res;
	int v = -1;
	long k;
	int kernel_lists = 1;
	struct {
		void *next;
		long off;
		void *pending;
	} *head;
	size_t len;

	/* The direct probe: does the kernel (or emulator) keep robust lists? */
	if (syscall(SYS_get_robust_list, 0, &head, &len) != 0) {
		CHECK_EQ(errno, ENOSYS);
		kernel_lists = 0;
		t_puts(2, "get_robust_list: ENOSYS (qemu-user has no robust lists): "
			  "thread and process deaths are not checked\n");
	}

	CHECK_EQ(pthread_mutexattr_init(&a), 0);
	CHECK_EQ(pthread_mutexattr_getrobust(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_MUTEX_STALLED);
	CHECK_EQ(pthread_mutexattr_setrobust(&a, 2), EINVAL);
	CHECK_EQ(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
	CHECK_EQ(pthread_mutexattr_getrobust(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_MUTEX_ROBUST);
	CHECK_EQ(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_STALLED), 0);
	CHECK_EQ(pthread_mutexattr_getrobust(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_MUTEX_STALLED);

	/* Without a dead owner: an ordinary mutex, consistent is EINVAL. */
	init(PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_PRIVATE);
	CHECK_EQ(pthread_mutex_consistent(&mu), EINVAL);
	CHECK_EQ(pthread_mutex_lock(&mu), 0);
	CHECK_EQ(pthread_mutex_trylock(&mu), EBUSY);
	CHECK_EQ(pthread_create(&t, 0, unlock_other, 0), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK_EQ((long)res, EPERM);
	CHECK_EQ(pthread_mutex_consistent(&mu), EINVAL);
	CHECK_EQ(pthread_mutex_unlock(&mu), 0);
	CHECK_EQ(pthread_mutex_destroy(&mu), 0);

	/* A non-robust mutex: consistent is EINVAL. */
	CHECK_EQ(pthread_mutex_init(&mu, 0), 0);
	CHECK_EQ(pthread_mutex_consistent(&mu), EINVAL);

	if (kernel_lists) {
		init(PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_PRIVATE);
		died_with(hold_return);
		died_with(hold_exit);

		/* Cancelled while holding it. */
		held = 0;
		CHECK_EQ(pthread_create(&t, 0, hold_cancelled, 0), 0);
		while (!held)
			nap();
		CHECK_EQ(pthread_cancel(t), 0);
		CHECK_EQ(pthread_join(t, &res), 0);
		CHECK(res == PTHREAD_CANCELED);
		CHECK_EQ(pthread_mutex_lock(&mu), EOWNERDEAD);
		CHECK_EQ(pthread_mutex_consistent(&mu), 0);
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);

		/* A waiter already asleep gets EOWNERDEAD. */
		CHECK_EQ(pthread_mutex_lock(&mu), 0);
		CHECK_EQ(pthread_create(&w, 0, waiter, 0), 0);
		nap();
		CHECK_EQ(pthread_create(&t, 0, hold_return, (void *)3), 0);
		nap();
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);
		/* hold_return or waiter gets it first; either way the waiter
		 * ends up with EOWNERDEAD or (if it came first) 0. */
		CHECK_EQ(pthread_join(t, &res), 0);
		CHECK_EQ(pthread_join(w, &res), 0);
		if (waiter_result == 0) {
			CHECK_EQ(pthread_mutex_lock(&mu), EOWNERDEAD);
			CHECK_EQ(pthread_mutex_consistent(&mu), 0);
			CHECK_EQ(pthread_mutex_unlock(&mu), 0);
		} else {
			CHECK_EQ(waiter_result, EOWNERDEAD);
		}
		CHECK_EQ(pthread_mutex_lock(&mu), 0);
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);

		/* Not made consistent: not recoverable. */
		CHECK_EQ(pthread_create(&t, 0, hold_return, (void *)3), 0);
		CHECK_EQ(pthread_join(t, &res), 0);
		CHECK_EQ(pthread_mutex_lock(&mu), EOWNERDEAD);
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);
		CHECK_EQ(pthread_mutex_lock(&mu), ENOTRECOVERABLE);
		CHECK_EQ(pthread_mutex_trylock(&mu), ENOTRECOVERABLE);

		/* Error-checking: EDEADLK when relocked; the owner-died path. */
		init(PTHREAD_MUTEX_ERRORCHECK, PTHREAD_PROCESS_PRIVATE);
		CHECK_EQ(pthread_mutex_lock(&mu), 0);
		CHECK_EQ(pthread_mutex_lock(&mu), EDEADLK);
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);
		CHECK_EQ(pthread_mutex_unlock(&mu), EPERM);
		died_with(hold_exit);
		/* trylock sees the dead owner too. */
		CHECK_EQ(pthread_create(&t, 0, hold_return, (void *)3), 0);
		CHECK_EQ(pthread_join(t, &res), 0);
		CHECK_EQ(pthread_mutex_trylock(&mu), EOWNERDEAD);
		CHECK_EQ(pthread_mutex_consistent(&mu), 0);
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);

		/* Recursive: counted, and the owner-died path. */
		init(PTHREAD_MUTEX_RECURSIVE, PTHREAD_PROCESS_PRIVATE);
		CHECK_EQ(pthread_mutex_lock(&mu), 0);
		CHECK_EQ(pthread_mutex_lock(&mu), 0);
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);
		CHECK_EQ(pthread_mutex_unlock(&mu), EPERM);
		died_with(hold_return);

		/* A detached thread that ends holding it. */
		init(PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_PRIVATE);
		pthread_attr_t da;
		CHECK_EQ(pthread_attr_init(&da), 0);
		CHECK_EQ(pthread_attr_setdetachstate(&da, PTHREAD_CREATE_DETACHED), 0);
		held = 0;
		CHECK_EQ(pthread_create(&t, &da, hold_detached, 0), 0);
		while (!held)
			nap();
		CHECK_EQ(pthread_mutex_lock(&mu), EOWNERDEAD);
		CHECK_EQ(pthread_mutex_consistent(&mu), 0);
		CHECK_EQ(pthread_mutex_unlock(&mu), 0);
	}

	/* Held by another thread: timedlock times out. */
	init(PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_PRIVATE);
	held = 0;
	CHECK_EQ(pthread_create(&t, 0, hold_cancelled, 0), 0);
	while (!held)
		nap();
	struct timespec ts;
	CHECK_EQ(clock_gettime(CLOCK_REALTIME, &ts), 0);
	ts.tv_nsec += 10 * 1000 * 1000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	CHECK_EQ(pthread_mutex_timedlock(&mu, &ts), ETIMEDOUT);
	CHECK_EQ(pthread_cancel(t), 0);
	CHECK_EQ(pthread_join(t, &res), 0);

	/* Process-shared, in shared memory; the owner process dies. (glibc
	 * refuses such a mutex, ENOTSUP, where the kernel keeps no lists.) */
	if (kernel_lists) {
		pthread_mutex_t *pm = mmap(0, sizeof *pm, PROT_READ | PROT_WRITE,
					   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		CHECK(pm != MAP_FAILED);
		CHECK_EQ(pthread_mutexattr_init(&a), 0);
		CHECK_EQ(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
		CHECK_EQ(pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED), 0);
		CHECK_EQ(pthread_mutex_init(pm, &a), 0);
		for (k = 0; k < 2; k++) {
			int st;
			pid_t p = fork();
			CHECK(p >= 0);
			if (p == 0) {
				if (pthread_mutex_lock(pm) != 0)
					_exit(2);
				if (k == 0)
					_exit(0);
				raise(SIGKILL);
				_exit(3);
			}
			CHECK_EQ(waitpid(p, &st, 0), p);
			if (k == 0)
				CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
			else
				CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
			CHECK_EQ(pthread_mutex_lock(pm), EOWNERDEAD);
			CHECK_EQ(pthread_mutex_consistent(pm), 0);
			CHECK_EQ(pthread_mutex_unlock(pm), 0);
			CHECK_EQ(pthread_mutex_lock(pm), 0);
			CHECK_EQ(pthread_mutex_unlock(pm), 0);
		}
	}

	t_puts(1, "ok\n");
	return 0;
}
