/* Proof that the clocks do not enter the kernel where a vDSO exists: a
 * seccomp filter makes every time system call fail with EPERM, then the
 * calls must still succeed. Without a vDSO (qemu-user passes none) the
 * same calls must give correct, monotonic results through the system call.
 * On i386 the %gs:0x10 slot must hold __kernel_vsyscall (AT_SYSINFO). */
#define _GNU_SOURCE 1
#include "check.h"
#include <errno.h>
#include <sys/auxv.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>

struct sock_filter {
	unsigned short code;
	unsigned char jt, jf;
	unsigned int k;
};
struct sock_fprog {
	unsigned short len;
	struct sock_filter *filter;
};
#define LD_NR { 0x20, 0, 0, 0 } /* BPF_LD|BPF_W|BPF_ABS, seccomp_data.nr */
#define DENY(nr) { 0x15, 0, 1, (nr) }, { 0x06, 0, 0, 0x00050000 | EPERM }
#define ALLOW { 0x06, 0, 0, 0x7fff0000 }

static void deny_time_syscalls(void)
{
	struct sock_filter f[] = {
		LD_NR,
		DENY(SYS_clock_gettime), DENY(SYS_gettimeofday), DENY(SYS_clock_getres),
#ifdef SYS_time
		DENY(SYS_time),
#endif
#ifdef SYS_clock_gettime64
		DENY(SYS_clock_gettime64), DENY(SYS_clock_getres_time64),
#endif
#if defined(__x86_64__) && !defined(AGAINST_GLIBC)
		DENY(SYS_getrandom), /* served by vgetrandom (glibc 2.36 lacks it) */
#endif
		ALLOW,
	};
	struct sock_fprog prog = { sizeof f / sizeof f[0], f };
	CHECK_EQ(syscall(SYS_prctl, 38 /* PR_SET_NO_NEW_PRIVS */, 1, 0, 0, 0), 0);
	CHECK_EQ(syscall(SYS_seccomp, 1 /* SECCOMP_SET_MODE_FILTER */, 0, &prog), 0);
	/* the filter works: a denied call made directly fails */
	CHECK_ERR(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (void *)0), EPERM);
}

int main(void)
{
	struct timespec a, b;
	struct timeval tv;
	if (getauxval(AT_SYSINFO_EHDR) == 0) {
		/* no vDSO: the system-call path */
		CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
		for (int i = 0; i < 1000; i++) {
			CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &b), 0);
			CHECK(b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
			a = b;
		}
		CHECK_EQ(clock_gettime(CLOCK_REALTIME, &a), 0);
		CHECK(a.tv_sec > 1700000000);
		CHECK_EQ(gettimeofday(&tv, NULL), 0);
		CHECK(tv.tv_sec - a.tv_sec <= 1);
		CHECK(time(NULL) - a.tv_sec <= 1);
		t_puts(1, "no vDSO: syscall path\n");
		return 0;
	}
#ifdef __i386__
	unsigned long slot;
	__asm__("movl %%gs:0x10, %0" : "=r"(slot));
	CHECK(getauxval(AT_SYSINFO) != 0);
	CHECK_EQ(slot, getauxval(AT_SYSINFO));
#endif
	unsigned char rnd[16];
	CHECK_EQ(getrandom(rnd, sizeof rnd, 0), 16); /* allocates vgetrandom state */
	deny_time_syscalls();
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	CHECK_EQ(clock_gettime(CLOCK_REALTIME, &b), 0);
	CHECK(b.tv_sec > 1700000000);
	CHECK_EQ(clock_gettime(CLOCK_REALTIME_COARSE, &b), 0);
	CHECK_EQ(clock_gettime(CLOCK_MONOTONIC_COARSE, &b), 0);
#if !(defined(__i386__) && defined(AGAINST_GLIBC))
	/* glibc 2.36 on i386 asks the kernel when the vDSO lacks
	 * __vdso_clock_getres_time64; ferrolibc widens the 32-bit vDSO
	 * result (a resolution always fits). */
	CHECK_EQ(clock_getres(CLOCK_MONOTONIC, &b), 0);
#endif
	CHECK_EQ(gettimeofday(&tv, NULL), 0);
	CHECK(tv.tv_sec > 1700000000);
	CHECK(time(NULL) > 1700000000);
#if defined(__x86_64__) && !defined(AGAINST_GLIBC)
	CHECK_EQ(getrandom(rnd, sizeof rnd, 0), 16);
#endif
	/* a clock the vDSO does not serve goes to the (denied) kernel */
	CHECK_ERR(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b), EPERM);
	t_puts(1, "vDSO: no system call\n");
	return 0;
}
