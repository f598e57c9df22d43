// STDOUT: caught\n
/* A made context's stack with a guard page below it (mmap'd, the lowest
 * page PROT_NONE): a runaway recursion in the context faults on the
 * guard page with SIGSEGV, taken on an alternate stack, whose handler
 * leaves with setcontext for a context saved in main (SIGSEGV, blocked
 * in the handler, is unblocked again by that context's mask). */
#define _GNU_SOURCE 1
#include "check.h"
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <ucontext.h>

static ucontext_t main_uc, co_uc;
static char *guard;
static long page;
static volatile int faulted;
static volatile uintptr_t fault_addr;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	fault_addr = (uintptr_t)si->si_addr;
	faulted = 1;
	setcontext(&main_uc);
}

__attribute__((noinline)) static long runaway(long n)
{
	volatile char pad[512];
	pad[0] = (char)n;
	pad[511] = (char)n;
	return runaway(n + 1) + pad[0] + pad[511];
}

static void co(void)
{
	runaway(0);
}

int main(void)
{
	page = sysconf(_SC_PAGESIZE);
	size_t size = 16 * page;
	guard = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(guard != MAP_FAILED);
	CHECK_EQ(mprotect(guard, page, PROT_NONE), 0);

	stack_t alt = { 0 };
	alt.ss_size = 64 * 1024;
	alt.ss_sp = mmap(NULL, alt.ss_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(alt.ss_sp != MAP_FAILED);
	CHECK_EQ(sigaltstack(&alt, NULL), 0);
	struct sigaction sa = { 0 };
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	CHECK_EQ(sigaction(SIGSEGV, &sa, NULL), 0);

	CHECK_EQ(getcontext(&co_uc), 0);
	co_uc.uc_stack.ss_sp = guard + page;
	co_uc.uc_stack.ss_size = size - page;
	co_uc.uc_link = NULL;
	makecontext(&co_uc, co, 0);

	volatile int pass = 0;
	CHECK_EQ(getcontext(&main_uc), 0);
	if (pass++ == 0) {
		setcontext(&co_uc);
		CHECK(!"setcontext returned");
	}
	CHECK_EQ(faulted, 1);
	CHECK(fault_addr >= (uintptr_t)guard && fault_addr < (uintptr_t)guard + page);
	t_puts(1, "caught\n");
	return 0;
}
