// STDOUT: ok\n
/* sysinfo (fields sane, EFAULT), get_nprocs and get_nprocs_conf (the CPU
 * lists of /sys/devices/system/cpu/online and possible; at least the
 * affinity mask's count), get_phys_pages and get_avphys_pages, all equal
 * to what sysconf says; getloadavg (the sysinfo loads / 65536, at most 3,
 * 0 for a count <= 0); struct sysinfo's layout (the kernel's). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#define L (sizeof(long))
_Static_assert(sizeof(struct sysinfo) == (L == 8 ? 112 : 64), "size");
_Static_assert(offsetof(struct sysinfo, loads) == L, "loads");
_Static_assert(offsetof(struct sysinfo, totalram) == 4 * L, "totalram");
_Static_assert(offsetof(struct sysinfo, freeswap) == 9 * L, "freeswap");
_Static_assert(offsetof(struct sysinfo, procs) == 10 * L, "procs");
_Static_assert(offsetof(struct sysinfo, pad) == 10 * L + 2, "pad");
_Static_assert(offsetof(struct sysinfo, totalhigh) == 11 * L, "totalhigh");
_Static_assert(offsetof(struct sysinfo, freehigh) == 12 * L, "freehigh");
_Static_assert(offsetof(struct sysinfo, mem_unit) == 13 * L, "mem_unit");
_Static_assert(SI_LOAD_SHIFT == 16, "SI_LOAD_SHIFT");

/* The CPU count of a sysfs list file, or -1. */
static int cpu_list(const char *path)
{
	char b[256];
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, b, sizeof b - 1);
	close(fd);
	if (n <= 0)
		return -1;
	b[n] = 0;
	int total = 0;
	char *p = b;
	while (*p && *p != '\n') {
		long lo = strtol(p, &p, 10), hi = lo;
		if (*p == '-')
			hi = strtol(p + 1, &p, 10);
		total += (int)(hi - lo + 1);
		if (*p == ',')
			p++;
	}
	return total;
}

static long labs_(long v)
{
	return v < 0 ? -v : v;
}

int main(void)
{
	struct sysinfo si;
	CHECK_EQ(sysinfo(&si), 0);
	CHECK(si.uptime > 0);
	CHECK(si.mem_unit >= 1);
	CHECK(si.totalram > 0);
	CHECK(si.procs >= 1);
#ifdef __i386__
	/* qemu-i386 (no vDSO) truncates the host's 64-bit counts into the
	 * 32-bit structure (glibc shows the same) */
	int exact = getauxval(AT_SYSINFO_EHDR) != 0;
#else
	int exact = 1;
#endif
	if (exact) {
		CHECK(si.freeram <= si.totalram);
		CHECK(si.freeswap <= si.totalswap);
		CHECK(si.sharedram <= si.totalram && si.bufferram <= si.totalram);
	}
	CHECK_ERR(sysinfo((struct sysinfo *)1), EFAULT);

	/* processors */
	int on = get_nprocs(), conf = get_nprocs_conf();
	CHECK(on >= 1 && conf >= on);
	CHECK_EQ(sysconf(_SC_NPROCESSORS_ONLN), on);
	CHECK_EQ(sysconf(_SC_NPROCESSORS_CONF), conf);
	int f_on = cpu_list("/sys/devices/system/cpu/online");
	int f_conf = cpu_list("/sys/devices/system/cpu/possible");
	if (f_on > 0)
		CHECK_EQ(on, f_on);
	if (f_conf > 0)
		CHECK_EQ(conf, f_conf);
	cpu_set_t cs;
	CHECK_EQ(sched_getaffinity(0, sizeof cs, &cs), 0);
	CHECK(CPU_COUNT(&cs) <= on);

	/* memory, in pages */
	long pg = sysconf(_SC_PAGESIZE);
	long phys = get_phys_pages(), av = get_avphys_pages();
	CHECK(phys > 0 && av > 0);
	CHECK_EQ(sysconf(_SC_PHYS_PAGES), phys);
	CHECK_EQ(phys, (long)((unsigned long long)si.totalram * si.mem_unit / pg));
	if (exact)
		CHECK(av <= phys);
	/* free memory moves: the same within 1/16 of the total */
	CHECK(labs_(sysconf(_SC_AVPHYS_PAGES) - av) <= phys / 16);
	CHECK(labs_(av - (long)((unsigned long long)si.freeram * si.mem_unit / pg)) <= phys / 16);

	/* load averages */
	double la[5] = {-1, -1, -1, -1, -1};
	CHECK_EQ(getloadavg(la, 3), 3);
	CHECK_EQ(sysinfo(&si), 0);
	for (int i = 0; i < 3; i++) {
		CHECK(la[i] >= 0);
		double k = si.loads[i] / 65536.0;
		/* the same reading unless the 5-second update fell between */
		CHECK(la[i] - k < 1.0 && k - la[i] < 1.0);
	}
	la[0] = la[1] = la[2] = -1;
	CHECK_EQ(getloadavg(la, 5), 3);
	CHECK(la[2] >= 0 && la[3] == -1 && la[4] == -1);
	la[0] = la[1] = -1;
	CHECK_EQ(getloadavg(la, 1), 1);
	CHECK(la[0] >= 0 && la[1] == -1);
	CHECK_EQ(getloadavg(la, 0), 0);
	CHECK_EQ(getloadavg(la, -1), 0);
	CHECK(la[1] == -1);
	puts("ok");
	return 0;
}
