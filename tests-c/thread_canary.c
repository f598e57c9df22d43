/* The stack-protector canary is valid in every thread: functions with
 * -fstack-protector-all run in many threads (on x86 the guard is read
 * from %fs:0x28 / %gs:0x14 of each thread's own TCB). */
#define _GNU_SOURCE
#include "check.h"
#include <pthread.h>
// CFLAGS: -fstack-protector-all
// STDOUT: ok\n

static __attribute__((noinline)) int deep(int n, volatile char *sink)
{
	char buf[64];
	for (int i = 0; i < 64; i++)
		buf[i] = (char)(n + i);
	*sink = buf[n % 64];
	return n ? deep(n - 1, sink) + buf[3] : 0;
}

/* The canary word itself: nonzero and the same in every thread, where
 * the ABI keeps it per thread. */
static unsigned long canary(void)
{
	unsigned long v = 1;
#if defined(__x86_64__)
	__asm__ volatile("mov %%fs:0x28, %0" : "=r"(v));
#elif defined(__i386__)
	__asm__ volatile("mov %%gs:0x14, %0" : "=r"(v));
#endif
	return v;
}
static unsigned long main_canary;

static void *run(void *arg)
{
	volatile char s;
	long r = 0;
	CHECK(canary() != 0);
	CHECK(canary() == main_canary);
	for (int i = 0; i < 200; i++)
		r += deep(20, &s);
	return (void *)r;
}

static void *nested(void *arg)
{
	pthread_t t;
	void *r;
	CHECK_EQ(pthread_create(&t, 0, run, arg), 0);
	CHECK_EQ(pthread_join(t, &r), 0);
	return r;
}

int main(void)
{
	pthread_t t[6];
	void *r[6];
	volatile char s;
	long expect = 0;
	main_canary = canary();
	for (int i = 0; i < 200; i++)
		expect += deep(20, &s);
	for (int i = 0; i < 6; i++)
		CHECK_EQ(pthread_create(&t[i], 0, i % 2 ? run : nested, 0), 0);
	for (int i = 0; i < 6; i++) {
		CHECK_EQ(pthread_join(t[i], &r[i]), 0);
		CHECK_EQ((long)r[i], expect);
	}
	t_puts(1, "ok\n");
	return 0;
}
