// STDOUT: ok\n
// LIBS: -lm
/* Callee-saved state survives a swap: main keeps many integer and double
 * values live across swapcontext (in the callee-saved registers where
 * the ABI has them) while the coroutine overwrites every callee-saved
 * integer and FP register before swapping back; the rounding mode (x87
 * control word and MXCSR on x86, FPCR on aarch64, fcsr on riscv64) is
 * each context's own. */
#define _GNU_SOURCE 1
#include "check.h"
#include <fenv.h>
#include <ucontext.h>

static ucontext_t main_uc, co_uc;
static volatile long seed = 3;
static volatile double third_num = 1.0, third_den = 3.0;
static volatile double down, up;

/* Overwrite the callee-saved registers (the compiler saves them in the
 * prologue, but the swap leaves before the epilogue restores them). */
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

/* Stored, so x87 excess precision (i386) does not count. */
static double third(void)
{
	volatile double t = third_num / third_den;
	return t;
}

static void co(void)
{
	for (int k = 0; k < 3; k++) {
		CHECK_EQ(fesetround(FE_DOWNWARD), 0);
		scribble();
		CHECK_EQ(swapcontext(&co_uc, &main_uc), 0);
		CHECK_EQ(fegetround(), FE_DOWNWARD);
		double t = third();
		CHECK(t == down);
	}
}

int main(void)
{
	static char stack[64 * 1024];
	CHECK_EQ(getcontext(&co_uc), 0);
	co_uc.uc_stack.ss_sp = stack;
	co_uc.uc_stack.ss_size = sizeof stack;
	co_uc.uc_link = &main_uc;
	makecontext(&co_uc, co, 0);

	CHECK_EQ(fesetround(FE_DOWNWARD), 0);
	down = third();
	CHECK_EQ(fesetround(FE_UPWARD), 0);
	up = third();
	CHECK(down < up);

	long a = seed * 3, b = seed * 5, c = seed * 7, d = seed * 11, e = seed * 13, f = seed * 17;
	long g = seed * 19, h = seed * 23, i = seed * 29, j = seed * 31, k = seed * 37, l = seed * 41;
	double da = seed * 0.5, db = seed * 0.25, dc = seed * 1.75, dd = seed * 2.5, de = seed * 3.25;
	double df = seed * 4.5, dg = seed * 5.75, dh = seed * 6.125, di = seed * 7.5, dj = seed * 8.25;
	for (int n = 0; n < 3; n++) {
		CHECK_EQ(swapcontext(&main_uc, &co_uc), 0);
		CHECK_EQ(fegetround(), FE_UPWARD);
		double t = third();
		CHECK(t == up);
		CHECK_EQ(a + b + c + d + e + f, seed * (3 + 5 + 7 + 11 + 13 + 17));
		CHECK_EQ(g + h + i + j + k + l, seed * (19 + 23 + 29 + 31 + 37 + 41));
		CHECK_EQ(a * b - c * d + e * f - g * h + i * j - k * l,
			 seed * seed * (15 - 77 + 221 - 437 + 899 - 1517));
		CHECK(da == seed * 0.5 && db == seed * 0.25 && dc == seed * 1.75 && dd == seed * 2.5);
		CHECK(de == seed * 3.25 && df == seed * 4.5 && dg == seed * 5.75 && dh == seed * 6.125);
		CHECK(di == seed * 7.5 && dj == seed * 8.25);
	}
	CHECK_EQ(fesetround(FE_TONEAREST), 0);
	t_puts(1, "ok\n");
	return 0;
}
