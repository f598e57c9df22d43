// CFLAGS: -fstack-protector-all
/* With every function protected, a normal run must pass its canary
 * checks (the canary is set before the first protected code and never
 * changes). The canary is random-derived: non-zero, low byte zero (so a
 * C-string overflow cannot reproduce it). x86 keeps it in the TCB
 * (%fs:0x28, %gs:0x14); aarch64 and riscv64 in __stack_chk_guard. */
#include "check.h"
#include <stdint.h>

static uintptr_t canary(void)
{
	uintptr_t c;
#if defined(TEST_ARCH_X86_64)
	__asm__ volatile("mov %%fs:0x28, %0" : "=r"(c));
#elif defined(TEST_ARCH_I386)
	__asm__ volatile("mov %%gs:0x14, %0" : "=r"(c));
#else
	extern uintptr_t __stack_chk_guard;
	c = *(volatile uintptr_t *)&__stack_chk_guard;
#endif
	return c;
}

static uintptr_t first;

static __attribute__((constructor)) void early(void)
{
	first = canary();
}

static __attribute__((noinline)) int deep(int n)
{
	char buf[32];
	char *volatile p = buf;
	for (int i = 0; i < 32; i++)
		p[i] = (char)(n + i);
	return n == 0 ? p[31] : deep(n - 1) + p[0];
}

int main(void)
{
	uintptr_t c = canary();
	CHECK(c != 0);
	CHECK_EQ(c & 0xff, 0);
	/* constructors already saw the final value */
	CHECK(first == c);
	CHECK_EQ(deep(50), 31 + 50 * 51 / 2);
	CHECK(canary() == c);
	return 0;
}
