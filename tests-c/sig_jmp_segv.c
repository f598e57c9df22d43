/* siglongjmp out of a SIGSEGV handler restores the mask sigsetjmp(env, 1)
 * saved (SIGSEGV unblocked again, SIGUSR1 still blocked), so a second
 * fault is caught too; with sigsetjmp(env, 0) the handler's mask stays. */
#include "check.h"
#include <setjmp.h>
#include <signal.h>

static sigjmp_buf env;
static volatile sig_atomic_t faults;

static void on_segv(int sig)
{
	faults++;
	siglongjmp(env, faults);
}

static int blocked(int sig)
{
	sigset_t cur;
	sigprocmask(SIG_BLOCK, 0, &cur);
	return sigismember(&cur, sig);
}

static int *volatile unmapped = (int *)16;
static void fault(void)
{
	*unmapped = 1;
}

int main(void)
{
	struct sigaction sa = { 0 };
	sigset_t s;
	sa.sa_handler = on_segv;
	CHECK_EQ(sigaction(SIGSEGV, &sa, 0), 0);
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigprocmask(SIG_BLOCK, &s, 0);
	for (int round = 1; round <= 2; round++) {
		int r = sigsetjmp(env, 1);
		if (r == 0) {
			fault();
			CHECK(0);
		}
		CHECK_EQ(r, round);
		CHECK_EQ(faults, round);
		CHECK_EQ(blocked(SIGSEGV), 0);
		CHECK_EQ(blocked(SIGUSR1), 1);
	}
	/* unblocking after sigsetjmp does not matter: the saved mask returns */
	volatile int once = 0;
	if (sigsetjmp(env, 1) == 0) {
		sigprocmask(SIG_UNBLOCK, &s, 0);
		CHECK_EQ(blocked(SIGUSR1), 0);
		once = 1;
		siglongjmp(env, 0);
	}
	CHECK_EQ(once, 1);
	CHECK_EQ(blocked(SIGUSR1), 1);
	/* without the mask: the handler's SIGSEGV block survives the jump */
	if (sigsetjmp(env, 0) == 0) {
		fault();
		CHECK(0);
	}
	CHECK_EQ(faults, 3);
	CHECK_EQ(blocked(SIGSEGV), 1);
	return 0;
}
