// STDOUT: caught\n
/* A stack overflow is caught on an alternate stack (sigaltstack +
 * SA_ONSTACK); the handler sees it is on it. */
#include "check.h"
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

static char *alt;
static size_t alt_size = 1 << 16;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	char here;
	stack_t cur;
	CHECK_EQ(sig, SIGSEGV);
	CHECK((uintptr_t)&here > (uintptr_t)alt && (uintptr_t)&here < (uintptr_t)alt + alt_size);
	CHECK_EQ(sigaltstack(0, &cur), 0);
	CHECK(cur.ss_flags & SS_ONSTACK);
	t_puts(1, "caught\n");
	_exit(0);
}

__attribute__((noinline)) static int recurse(volatile char *prev, int depth)
{
	volatile char buf[1024];
	buf[0] = (char)depth;
	buf[1023] = prev ? prev[0] : 0;
	return recurse(buf, depth + 1) + buf[5];
}

int main(void)
{
	stack_t ss = { 0 }, old;
	alt = mmap(0, alt_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(alt != MAP_FAILED);
	CHECK_EQ(sigaltstack(0, &old), 0);
	CHECK(old.ss_flags & SS_DISABLE);
	ss.ss_sp = alt;
	ss.ss_size = alt_size;
	CHECK_EQ(sigaltstack(&ss, 0), 0);
	CHECK_EQ(sigaltstack(0, &old), 0);
	CHECK(old.ss_sp == alt);
	CHECK_EQ(old.ss_size, alt_size);
	CHECK_EQ(old.ss_flags, 0);
	ss.ss_size = 100; /* below MINSIGSTKSZ */
	CHECK_EQ(sigaltstack(&ss, 0), -1);
	struct sigaction sa = { 0 };
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	CHECK_EQ(sigaction(SIGSEGV, &sa, 0), 0);
	return recurse(0, 0);
}
