// CFLAGS: -D_GNU_SOURCE
/* getrlimit/setrlimit/prlimit round trips with 64-bit rlim_t on every
 * arch, ulimit in 512-byte blocks, and the errors: an unknown resource,
 * soft above hard (EINVAL), raising the hard limit unprivileged (EPERM,
 * after dropping root for good at the end; root without CAP_SYS_RESOURCE
 * would get it too). */
#include "check.h"
#include <errno.h>
#include <limits.h>
#include <sys/resource.h>
#include <ulimit.h>

static void round_trip(int res, rlim_t soft)
{
	struct rlimit old, now, set;
	CHECK_EQ(getrlimit(res, &old), 0);
	CHECK(old.rlim_cur <= old.rlim_max);
	if (soft > old.rlim_max)
		soft = old.rlim_max;
	set.rlim_cur = soft;
	set.rlim_max = old.rlim_max;
	CHECK_EQ(setrlimit(res, &set), 0);
	CHECK_EQ(getrlimit(res, &now), 0);
	CHECK(now.rlim_cur == soft && now.rlim_max == old.rlim_max);
	CHECK_EQ(setrlimit(res, &old), 0);
	CHECK_EQ(getrlimit(res, &now), 0);
	CHECK(now.rlim_cur == old.rlim_cur && now.rlim_max == old.rlim_max);
}

int main(void)
{
	struct rlimit rl, old;
	CHECK_EQ(sizeof(rlim_t), 8);
	CHECK(RLIM_INFINITY == 0xffffffffffffffffULL);
	CHECK_EQ(RLIM_NLIMITS, 16);

	round_trip(RLIMIT_NOFILE, 64);
	round_trip(RLIMIT_CORE, 4096);
	round_trip(RLIMIT_FSIZE, 1 << 30);
	round_trip(RLIMIT_CPU, 1000);
	/* (Not RLIMIT_STACK, AS or DATA: qemu-user 7.2 accepts but ignores
	 * setting those, as they would bind qemu itself.) */
	round_trip(RLIMIT_SIGPENDING, 100);
	round_trip(RLIMIT_MEMLOCK, 1 << 16);
	round_trip(RLIMIT_NICE, 0);
	round_trip(RLIMIT_MSGQUEUE, 4096);

	/* A limit above 2^32 survives on 32-bit arches too. */
	CHECK_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
	if (old.rlim_max == RLIM_INFINITY) {
		rl.rlim_cur = 0x123456789ULL;
		rl.rlim_max = RLIM_INFINITY;
		CHECK_EQ(setrlimit(RLIMIT_FSIZE, &rl), 0);
		CHECK_EQ(getrlimit(RLIMIT_FSIZE, &rl), 0);
		CHECK(rl.rlim_cur == 0x123456789ULL);
#if !defined(AGAINST_GLIBC) || __SIZEOF_LONG__ == 8
		/* glibc's i386 ulimit reads the limit through its 32-bit
		 * getrlimit, which reports a limit above 4 GiB as unlimited
		 * (LONG_MAX); ferrolibc has only 64-bit limits. */
		CHECK_EQ(ulimit(UL_GETFSIZE), 0x123456789LL / 512);
#endif
		rl.rlim_cur = RLIM_INFINITY;
		CHECK_EQ(setrlimit(RLIMIT_FSIZE, &rl), 0);
		CHECK_EQ(ulimit(UL_GETFSIZE), LONG_MAX);
	}

	/* prlimit: new and old in one call, on this process by pid. */
	CHECK_EQ(getrlimit(RLIMIT_NOFILE, &old), 0);
	rl.rlim_cur = old.rlim_cur > 100 ? 100 : old.rlim_cur;
	rl.rlim_max = old.rlim_max;
	struct rlimit prev;
	CHECK_EQ(prlimit(getpid(), RLIMIT_NOFILE, &rl, &prev), 0);
	CHECK(prev.rlim_cur == old.rlim_cur && prev.rlim_max == old.rlim_max);
	CHECK_EQ(prlimit(0, RLIMIT_NOFILE, NULL, &prev), 0);
	CHECK(prev.rlim_cur == rl.rlim_cur);
	CHECK_EQ(prlimit(0, RLIMIT_NOFILE, &old, NULL), 0);

	/* The LFS names are the same limits. */
	struct rlimit64 r64;
	CHECK_EQ(sizeof(rlim64_t), 8);
	CHECK_EQ(getrlimit64(RLIMIT_NOFILE, &r64), 0);
	CHECK(r64.rlim_cur == old.rlim_cur && r64.rlim_max == old.rlim_max);
	CHECK_EQ(setrlimit64(RLIMIT_NOFILE, &r64), 0);
	CHECK_EQ(prlimit64(0, RLIMIT_NOFILE, NULL, &r64), 0);
	CHECK(r64.rlim_cur == old.rlim_cur && RLIM64_INFINITY == 0xffffffffffffffffULL);

	/* Errors. */
	CHECK_ERR(getrlimit(RLIM_NLIMITS, &rl), EINVAL);
	CHECK_ERR(getrlimit(-1, &rl), EINVAL);
	CHECK_ERR(getrlimit(1000, &rl), EINVAL);
	CHECK_EQ(getrlimit(RLIMIT_CORE, &old), 0);
	rl.rlim_max = 1000;
	rl.rlim_cur = 2000;
	CHECK_ERR(setrlimit(RLIMIT_CORE, &rl), EINVAL);
	CHECK_ERR(setrlimit(RLIM_NLIMITS, &old), EINVAL);

	/* ulimit: set soft and hard to N blocks; unknown commands fail. */
	CHECK_ERR(ulimit(99), EINVAL);
	CHECK_ERR(ulimit(0), EINVAL);
	CHECK_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
	CHECK_EQ(ulimit(UL_SETFSIZE, 1L << 21), 1L << 21);
	CHECK_EQ(ulimit(UL_GETFSIZE), 1L << 21);
	CHECK_EQ(getrlimit(RLIMIT_FSIZE, &rl), 0);
	CHECK(rl.rlim_cur == 512ULL << 21 && rl.rlim_max == 512ULL << 21);
	/* (Not restored: raising a hard limit needs CAP_SYS_RESOURCE, which
	 * even root may lack in a container.) */
	if (geteuid() == 0) {
		/* Unprivileged, the hard limit can be lowered, not raised. */
		CHECK_EQ(getrlimit(RLIMIT_NOFILE, &old), 0);
		rl.rlim_cur = 32;
		rl.rlim_max = 64;
		CHECK_EQ(setrlimit(RLIMIT_NOFILE, &rl), 0);
		CHECK_EQ(setresuid(65534, 65534, 65534), 0);
		rl.rlim_max = 65;
		CHECK_ERR(setrlimit(RLIMIT_NOFILE, &rl), EPERM);
		rl.rlim_max = 63;
		CHECK_EQ(setrlimit(RLIMIT_NOFILE, &rl), 0);
		CHECK_EQ(getrlimit(RLIMIT_NOFILE, &rl), 0);
		CHECK(rl.rlim_cur == 32 && rl.rlim_max == 63);
	}
	return 0;
}
