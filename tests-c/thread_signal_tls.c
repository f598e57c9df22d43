/* A thread's own TLS after its signal handlers return, with other
 * threads created (and gone) in between: errno, pthread_self and a
 * __thread variable stay the thread's own. (Under qemu-user i386 every
 * thread shares one GDT, so sigreturn's reload of %gs must find this
 * thread's descriptor there; glibc fails this there. Threads that take
 * signals at the same time still race under qemu i386, glibc's and
 * ours alike, so the threads here run one after another.) */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "check.h"


static __thread int mine = 7;
static volatile sig_atomic_t hits;

static void on_usr1(int sig)
{
	(void)sig;
	hits++;
}

static void *worker(void *arg)
{
	mine = 100 + (int)(long)arg;
	for (int i = 0; i < 20; i++) {
		raise(SIGUSR1);
		CHECK_EQ(mine, 100 + (int)(long)arg);
	}
	return arg;
}

int main(void)
{
#if defined(AGAINST_GLIBC) && defined(TEST_ARCH_I386)
	if (getauxval(AT_SYSINFO_EHDR) == 0) {
		t_puts(2, "thread_signal_tls: glibc fails this under qemu-user i386\n");
		return 0;
	}
#endif
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	CHECK_EQ(sigaction(SIGUSR1, &sa, NULL), 0);
	pthread_t self = pthread_self();
	for (int round = 0; round < 4; round++) {
		for (long i = 0; i < 3; i++) {
			pthread_t t;
			void *r;
			CHECK_EQ(pthread_create(&t, NULL, worker, (void *)i), 0);
			CHECK_EQ(pthread_join(t, &r), 0);
			CHECK_EQ((long)r, i);
		}
		/* the threads are gone; signals to this one */
		for (int i = 0; i < 50; i++) {
			raise(SIGUSR1);
			errno = 1000 + i;
			CHECK_EQ(errno, 1000 + i);
			CHECK_EQ(mine, 7);
			CHECK(pthread_equal(pthread_self(), self));
		}
	}
	CHECK_EQ(hits, 4 * (3 * 20 + 50));
	return 0;
}
