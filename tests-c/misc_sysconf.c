/* sysconf: the values every Linux system gives, agreement with
 * getpagesize/getauxval, and -1/EINVAL for a name that does not exist. */
#include <limits.h>
#include <signal.h>
#include "check.h"
#include <errno.h>
#include <sys/auxv.h>
#include <unistd.h>

int main(void)
{
	int has_vdso = getauxval(AT_SYSINFO_EHDR) != 0; /* ENOENT when absent */
	errno = 0;
	long pg = sysconf(_SC_PAGESIZE);
	CHECK_EQ(errno, 0);
	CHECK_EQ(pg, getpagesize());
	CHECK_EQ(pg, (long)getauxval(AT_PAGESZ));
	CHECK_EQ(sysconf(_SC_PAGE_SIZE), pg);
	CHECK_EQ(sysconf(_SC_CLK_TCK), 100);
	long on = sysconf(_SC_NPROCESSORS_ONLN);
	CHECK(on >= 1);
	CHECK(sysconf(_SC_NPROCESSORS_CONF) >= 1);
	CHECK(sysconf(_SC_OPEN_MAX) > 0);
	CHECK(sysconf(_SC_ARG_MAX) >= 131072);
	CHECK(sysconf(_SC_PHYS_PAGES) > 0);
	CHECK(sysconf(_SC_AVPHYS_PAGES) > 0);
	(void)has_vdso;
#ifdef __i386__
	/* qemu-i386 (no vDSO) truncates the host's 64-bit memory counts into
	 * the 32-bit struct sysinfo, so free can exceed total there (glibc
	 * shows the same); the real 32-bit kernel scales with mem_unit. */
	if (has_vdso)
#endif
		CHECK(sysconf(_SC_AVPHYS_PAGES) <= sysconf(_SC_PHYS_PAGES));
	CHECK(sysconf(_SC_NGROUPS_MAX) >= 8);
	CHECK_EQ(sysconf(_SC_VERSION), 200809);
	CHECK(sysconf(_SC_LINE_MAX) >= 2048);
	CHECK(sysconf(_SC_HOST_NAME_MAX) >= 64);
	CHECK_EQ(errno, 0);

	/* the options: sysconf agrees with <unistd.h>'s macros */
#define OPT(m, sc) do { if ((m) > 0) CHECK(sysconf(sc) > 0); else if ((m) < 0) CHECK_EQ(sysconf(sc), -1); } while (0)
	OPT(_POSIX_THREADS, _SC_THREADS);
	OPT(_POSIX_THREAD_PROCESS_SHARED, _SC_THREAD_PROCESS_SHARED);
	OPT(_POSIX_THREAD_ATTR_STACKADDR, _SC_THREAD_ATTR_STACKADDR);
	OPT(_POSIX_THREAD_ATTR_STACKSIZE, _SC_THREAD_ATTR_STACKSIZE);
	OPT(_POSIX_THREAD_PRIORITY_SCHEDULING, _SC_THREAD_PRIORITY_SCHEDULING);
	OPT(_POSIX_THREAD_PRIO_INHERIT, _SC_THREAD_PRIO_INHERIT);
	OPT(_POSIX_THREAD_PRIO_PROTECT, _SC_THREAD_PRIO_PROTECT);
	OPT(_POSIX_SEMAPHORES, _SC_SEMAPHORES);
	OPT(_POSIX_TIMERS, _SC_TIMERS);
	OPT(_POSIX_SPAWN, _SC_SPAWN);
	OPT(_POSIX_BARRIERS, _SC_BARRIERS);
	OPT(_POSIX_SPIN_LOCKS, _SC_SPIN_LOCKS);
	OPT(_POSIX_READER_WRITER_LOCKS, _SC_READER_WRITER_LOCKS);
	OPT(_POSIX_ADVISORY_INFO, _SC_ADVISORY_INFO);
	OPT(_POSIX_ASYNCHRONOUS_IO, _SC_ASYNCHRONOUS_IO);
	OPT(_POSIX_MESSAGE_PASSING, _SC_MESSAGE_PASSING);
	OPT(_POSIX_SHARED_MEMORY_OBJECTS, _SC_SHARED_MEMORY_OBJECTS);
	OPT(_POSIX_REGEXP, _SC_REGEXP);
	OPT(_POSIX_SPORADIC_SERVER, _SC_SPORADIC_SERVER);
	OPT(_POSIX_TRACE, _SC_TRACE);
	CHECK(sysconf(_SC_MONOTONIC_CLOCK) > 0);
	CHECK(sysconf(_SC_CPUTIME) > 0);
	CHECK(sysconf(_SC_THREAD_CPUTIME) > 0);
	/* the C limits */
	CHECK_EQ(sysconf(_SC_CHAR_BIT), CHAR_BIT);
	CHECK_EQ(sysconf(_SC_CHAR_MAX), CHAR_MAX);
	CHECK_EQ(sysconf(_SC_CHAR_MIN), CHAR_MIN);
	CHECK_EQ(sysconf(_SC_SCHAR_MIN), SCHAR_MIN);
	CHECK_EQ(sysconf(_SC_INT_MAX), INT_MAX);
	CHECK_EQ(sysconf(_SC_INT_MIN), INT_MIN);
	CHECK_EQ(sysconf(_SC_LONG_BIT), (long)(sizeof(long) * CHAR_BIT));
	CHECK_EQ(sysconf(_SC_WORD_BIT), 32);
	CHECK_EQ(sysconf(_SC_SHRT_MAX), SHRT_MAX);
	CHECK_EQ(sysconf(_SC_UCHAR_MAX), UCHAR_MAX);
	CHECK_EQ(sysconf(_SC_USHRT_MAX), USHRT_MAX);
	CHECK_EQ(sysconf(_SC_UINT_MAX), (long)UINT_MAX);
	CHECK_EQ(sysconf(_SC_ULONG_MAX), (long)ULONG_MAX);
	CHECK_EQ(sysconf(_SC_NZERO), 20);
	/* glibc gives the kernel's AT_MINSIGSTKSZ as it is (1776 on some
	 * x86_64 machines, below MINSIGSTKSZ); ferrolibc never less than the
	 * header's constant */
	CHECK(sysconf(_SC_MINSIGSTKSZ) >= 1024);
#ifndef AGAINST_GLIBC
	CHECK(sysconf(_SC_MINSIGSTKSZ) >= MINSIGSTKSZ);
#endif
	CHECK(sysconf(_SC_SIGSTKSZ) >= sysconf(_SC_MINSIGSTKSZ));
	CHECK(sysconf(_SC_SIGSTKSZ) >= 8192);
#if __SIZEOF_POINTER__ == 8
	CHECK_EQ(sysconf(_SC_V7_LP64_OFF64), 1);
	CHECK_EQ(sysconf(_SC_V6_LP64_OFF64), 1);
#else
	CHECK_EQ(sysconf(_SC_V7_ILP32_OFFBIG), 1);
#endif
	CHECK_EQ(sysconf(_SC_XOPEN_VERSION), 700);
	CHECK_EQ(sysconf(_SC_2_C_VERSION), 200809);
	CHECK_EQ(errno, 0);

	CHECK_ERR(sysconf(-1), EINVAL);
	CHECK_ERR(sysconf(100000), EINVAL);
	CHECK_ERR(sysconf(0x7fffffff), EINVAL);
	return 0;
}
