/* setjmp/longjmp across a deep call chain that scribbles over every
 * callee-saved integer and FP register: values live across setjmp come
 * back intact; longjmp(env, 0) returns 1; setjmp and _setjmp leave the
 * signal mask alone; _longjmp works too. */
#include "check.h"
#include <setjmp.h>
#include <signal.h>

static jmp_buf env;
static volatile long seed = 3;
static volatile int depth_reached;

/* Overwrite the callee-saved registers (the compiler saves them in the
 * prologue, and longjmp skips the epilogue that would restore them). */
static inline void scribble(void)
{
#if defined(__x86_64__)
	__asm__ volatile("mov $0x5a5a, %%rbx\n\tmov $0x5b5b, %%r12\n\tmov $0x5c5c, %%r13\n\t"
			 "mov $0x5d5d, %%r14\n\tmov $0x5e5e, %%r15" ::: "rbx", "r12", "r13", "r14", "r15");
#elif defined(__i386__)
	__asm__ volatile("mov $0x5a5a, %%ebx\n\tmov $0x5b5b, %%esi\n\tmov $0x5c5c, %%edi" ::: "ebx", "esi", "edi");
#elif defined(__aarch64__)
	__asm__ volatile("mov x19, #7\n\tmov x20, #7\n\tmov x21, #7\n\tmov x22, #7\n\tmov x23, #7\n\t"
			 "mov x24, #7\n\tmov x25, #7\n\tmov x26, #7\n\tmov x27, #7\n\tmov x28, #7\n\t"
			 "fmov d8, #1.5\n\tfmov d9, #1.5\n\tfmov d10, #1.5\n\tfmov d11, #1.5\n\t"
			 "fmov d12, #1.5\n\tfmov d13, #1.5\n\tfmov d14, #1.5\n\tfmov d15, #1.5" ::
				 : "x19", "x20", "x21", "x22", "x23", "x24", "x25", "x26", "x27", "x28",
				   "d8", "d9", "d10", "d11", "d12", "d13", "d14", "d15");
#elif defined(__riscv)
	__asm__ volatile("li s1, 7\n\tli s2, 7\n\tli s3, 7\n\tli s4, 7\n\tli s5, 7\n\tli s6, 7\n\t"
			 "li s7, 7\n\tli s8, 7\n\tli s9, 7\n\tli s10, 7\n\tli s11, 7\n\t"
			 "fcvt.d.l fs0, s1\n\tfcvt.d.l fs1, s1\n\tfcvt.d.l fs2, s1\n\tfcvt.d.l fs3, s1\n\t"
			 "fcvt.d.l fs4, s1\n\tfcvt.d.l fs5, s1\n\tfcvt.d.l fs6, s1\n\tfcvt.d.l fs7, s1\n\t"
			 "fcvt.d.l fs8, s1\n\tfcvt.d.l fs9, s1\n\tfcvt.d.l fs10, s1\n\tfcvt.d.l fs11, s1" ::
				 : "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11",
				   "fs0", "fs1", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9",
				   "fs10", "fs11");
#endif
}

__attribute__((noinline)) static double deep(int n, double x, int val)
{
	scribble();
	if (n == 0) {
		depth_reached = 1;
		longjmp(env, val);
	}
	double r = deep(n - 1, x * 1.0001 + n, val);
	scribble();
	return r + x;
}

__attribute__((noinline)) static void jump_plain(int n)
{
	scribble();
	if (n == 0)
		_longjmp(env, 9);
	jump_plain(n - 1);
	scribble();
}

static int blocked(int sig)
{
	sigset_t cur;
	sigprocmask(SIG_BLOCK, 0, &cur);
	return sigismember(&cur, sig);
}

int main(void)
{
	long a = seed * 3, b = seed * 5, c = seed * 7, d = seed * 11, e = seed * 13, f = seed * 17;
	long g = seed * 19, h = seed * 23, i = seed * 29, j = seed * 31, k = seed * 37, l = seed * 41;
	double da = seed * 0.5, db = seed * 0.25, dc = seed * 1.75, dd = seed * 2.5, de = seed * 3.25;
	double df = seed * 4.5, dg = seed * 5.75, dh = seed * 6.125, di = seed * 7.5, dj = seed * 8.25;
	int r = setjmp(env);
	if (r == 0) {
		deep(64, 1.0, 42);
		CHECK(0);
	}
	CHECK_EQ(r, 42);
	CHECK_EQ(depth_reached, 1);
	CHECK_EQ(a + b + c + d + e + f, seed * (3 + 5 + 7 + 11 + 13 + 17));
	CHECK_EQ(g + h + i + j + k + l, seed * (19 + 23 + 29 + 31 + 37 + 41));
	CHECK_EQ(a * b - c * d + e * f - g * h + i * j - k * l,
		 seed * seed * (15 - 77 + 221 - 437 + 899 - 1517));
	CHECK(da == seed * 0.5 && db == seed * 0.25 && dc == seed * 1.75 && dd == seed * 2.5);
	CHECK(de == seed * 3.25 && df == seed * 4.5 && dg == seed * 5.75 && dh == seed * 6.125);
	CHECK(di == seed * 7.5 && dj == seed * 8.25);
	CHECK((long)(da * db + dc * dd - de * df + dg * dh - di * dj) ==
	      (long)(seed * seed * (0.125 + 4.375 - 14.625 + 35.21875 - 61.875)));

	/* longjmp(env, 0) makes setjmp return 1 */
	depth_reached = 0;
	r = setjmp(env);
	if (r == 0)
		deep(10, 2.0, 0);
	CHECK_EQ(r, 1);
	CHECK_EQ(a + l, seed * 44);
	CHECK(da + dj == seed * 8.75);

	/* setjmp does not save the mask (glibc's header maps it to _setjmp) */
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	if (setjmp(env) == 0) {
		sigprocmask(SIG_BLOCK, &s, 0);
		longjmp(env, 1);
	}
	CHECK_EQ(blocked(SIGUSR1), 1);
	sigprocmask(SIG_UNBLOCK, &s, 0);

	/* _setjmp / _longjmp */
	r = _setjmp(env);
	if (r == 0)
		jump_plain(20);
	CHECK_EQ(r, 9);
	CHECK_EQ(b + k, seed * 42);
	CHECK(db + di == seed * 7.75);
	return 0;
}
