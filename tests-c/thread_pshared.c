/* Process-shared objects in a MAP_SHARED mapping, used by a parent and
 * its forked child: a mutex guarding a counter, a condition variable, a
 * barrier, a semaphore, a rwlock. */
#define _GNU_SOURCE
#include "check.h"
#include <pthread.h>
#include <semaphore.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
// STDOUT: ok\n

struct shared {
	pthread_mutex_t m;
	pthread_cond_t c;
	pthread_barrier_t b;
	pthread_rwlock_t rw;
	sem_t s;
	long counter;
	long wcount; /* under the rwlock only (the mutex guards counter) */
	int ready;
};

static void work(struct shared *sh)
{
	for (int i = 0; i < 5000; i++) {
		pthread_mutex_lock(&sh->m);
		sh->counter++;
		pthread_mutex_unlock(&sh->m);
	}
	pthread_rwlock_wrlock(&sh->rw);
	long w = sh->wcount;
	usleep(1000); /* a racing writer would be let in here */
	sh->wcount = w + 1000000;
	pthread_rwlock_unlock(&sh->rw);
}

int main(void)
{
	struct shared *sh = mmap(0, sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	CHECK(sh != MAP_FAILED);
	pthread_mutexattr_t ma;
	pthread_condattr_t ca;
	pthread_barrierattr_t ba;
	pthread_rwlockattr_t ra;
	int ps;
	CHECK_EQ(pthread_mutexattr_init(&ma), 0);
	CHECK_EQ(pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED), 0);
	CHECK_EQ(pthread_mutexattr_getpshared(&ma, &ps), 0);
	CHECK_EQ(ps, PTHREAD_PROCESS_SHARED);
	CHECK_EQ(pthread_mutex_init(&sh->m, &ma), 0);
	CHECK_EQ(pthread_condattr_init(&ca), 0);
	CHECK_EQ(pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED), 0);
	CHECK_EQ(pthread_cond_init(&sh->c, &ca), 0);
	CHECK_EQ(pthread_barrierattr_init(&ba), 0);
	CHECK_EQ(pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED), 0);
	CHECK_EQ(pthread_barrier_init(&sh->b, &ba, 2), 0);
	CHECK_EQ(pthread_rwlockattr_init(&ra), 0);
	CHECK_EQ(pthread_rwlockattr_setpshared(&ra, PTHREAD_PROCESS_SHARED), 0);
	CHECK_EQ(pthread_rwlock_init(&sh->rw, &ra), 0);
	CHECK_EQ(sem_init(&sh->s, 1, 0), 0);

	pid_t c = fork();
	CHECK(c >= 0);
	if (c == 0) {
		pthread_barrier_wait(&sh->b);
		work(sh);
		pthread_mutex_lock(&sh->m);
		while (!sh->ready)
			pthread_cond_wait(&sh->c, &sh->m);
		pthread_mutex_unlock(&sh->m);
		sem_post(&sh->s);
		_exit(0);
	}
	pthread_barrier_wait(&sh->b);
	work(sh);
	usleep(20000);
	pthread_mutex_lock(&sh->m);
	sh->ready = 1;
	pthread_cond_broadcast(&sh->c);
	pthread_mutex_unlock(&sh->m);
	CHECK_EQ(sem_wait(&sh->s), 0);
	int st;
	CHECK_EQ(waitpid(c, &st, 0), c);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	CHECK_EQ(sh->counter, 2 * 5000);
	CHECK_EQ(sh->wcount, 2 * 1000000);
	t_puts(1, "ok\n");
	return 0;
}
