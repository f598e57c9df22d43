/* Static TLS of the initial thread: .tdata initialised from the image,
 * .tbss zeroed, _Alignas honoured, addresses stable, writes persist, and
 * the TCB self pointer (x86) is the thread pointer. */
#include "check.h"
#include <stdint.h>

__thread int ti = 42;
_Thread_local long long tll = -1234567890123LL;
__thread char tstr[16] = "thread-local";
__thread int tz;
__thread char tzbuf[200];
_Thread_local _Alignas(64) char ta64[3] = {1, 2, 3};
_Thread_local _Alignas(64) int tz64;
static __thread int tstatic = 7;

static __attribute__((noinline)) int *addr_ti(void)
{
	return &ti;
}

int main(void)
{
	CHECK_EQ(ti, 42);
	CHECK_EQ(tll, -1234567890123LL);
	CHECK(memcmp(tstr, "thread-local\0\0\0", 16) == 0);
	CHECK_EQ(tz, 0);
	for (int i = 0; i < 200; i++)
		CHECK_EQ(tzbuf[i], 0);
	CHECK_EQ(ta64[0], 1);
	CHECK_EQ(ta64[2], 3);
	CHECK_EQ(tz64, 0);
	CHECK_EQ(tstatic, 7);

	CHECK_EQ((uintptr_t)ta64 % 64, 0);
	CHECK_EQ((uintptr_t)&tz64 % 64, 0);
	CHECK_EQ((uintptr_t)&tll % _Alignof(long long), 0);

	/* distinct variables, stable addresses */
	CHECK(&ti != &tz);
	CHECK((void *)&ti != (void *)&tstatic);
	int *volatile p = addr_ti();
	CHECK(p == &ti);
	CHECK(addr_ti() == addr_ti());

	/* writes persist, through the pointer and by name */
	ti = 100;
	CHECK_EQ(*addr_ti(), 100);
	*p = 5;
	CHECK_EQ(ti, 5);
	tz = 9;
	tzbuf[199] = 'x';
	tstatic++;
	ta64[1] = 20;
	CHECK_EQ(tz, 9);
	CHECK_EQ(tzbuf[199], 'x');
	CHECK_EQ(tzbuf[198], 0);
	CHECK_EQ(tstatic, 8);
	CHECK_EQ(ta64[0] + ta64[1] + ta64[2], 24);
	/* neighbours untouched */
	CHECK_EQ(tll, -1234567890123LL);
	CHECK_EQ(tstr[0], 't');

#if defined(TEST_ARCH_X86_64) || defined(TEST_ARCH_I386)
	/* variant II: the TCB starts at the thread pointer with a pointer to
	 * itself, and the TLS block lies just below it. */
	uintptr_t self;
#ifdef TEST_ARCH_X86_64
	__asm__("mov %%fs:0, %0" : "=r"(self));
#else
	__asm__("mov %%gs:0, %0" : "=r"(self));
#endif
	CHECK(self != 0);
	CHECK_EQ(*(uintptr_t *)self, self);
	CHECK_EQ((uintptr_t)__builtin_thread_pointer(), self);
	CHECK((uintptr_t)&ti < self && self - (uintptr_t)&ti < 4096);
	CHECK((uintptr_t)ta64 < self && self - (uintptr_t)ta64 < 4096);
#else
	/* variant I: TLS lies above the thread pointer */
	uintptr_t tp = (uintptr_t)__builtin_thread_pointer();
	CHECK(tp != 0);
	CHECK((uintptr_t)&ti >= tp && (uintptr_t)&ti - tp < 4096);
	CHECK((uintptr_t)&tz >= tp && (uintptr_t)&tz - tp < 4096);
#endif
	return 0;
}
