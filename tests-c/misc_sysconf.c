/* sysconf: the values every Linux system gives, agreement with
 * getpagesize/getauxval, and -1/EINVAL for a name that does not exist. */
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

	CHECK_ERR(sysconf(-1), EINVAL);
	CHECK_ERR(sysconf(100000), EINVAL);
	CHECK_ERR(sysconf(0x7fffffff), EINVAL);
	return 0;
}
