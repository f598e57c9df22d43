/* The stack main and constructors get is aligned as the ABI requires
 * (16 bytes on all four arches; gcc relies on it and does not realign),
 * and there is room on it for a sizeable frame. */
#include "check.h"
#include <stdint.h>

static uintptr_t ctor_local;

static __attribute__((noinline)) uintptr_t aligned_local(void)
{
	volatile char __attribute__((aligned(16))) x[16];
	x[0] = 1;
	return (uintptr_t)x;
}

static __attribute__((constructor)) void ctor(void)
{
	ctor_local = aligned_local();
}

static __attribute__((noinline)) int big_frame(int n)
{
	volatile char buf[256 * 1024];
	buf[0] = (char)n;
	buf[sizeof buf - 1] = (char)n;
	return buf[0] + buf[sizeof buf - 1];
}

int main(void)
{
	volatile int __attribute__((aligned(16))) v = 0;
	CHECK_EQ((uintptr_t)&v % 16, 0);
	CHECK_EQ(aligned_local() % 16, 0);
	CHECK(ctor_local != 0);
	CHECK_EQ(ctor_local % 16, 0);
	CHECK_EQ(big_frame(3), 6);
	return 0;
}
