// ENV: A=1
/* Setting the same name over and over does not keep the old strings:
 * 100000 x 1 KiB values would be ~100 MiB if leaked. The resident size
 * comes from /proc/self/statm (skipped without /proc). Under qemu-user
 * statm describes qemu itself, but guest memory is qemu's memory, so a
 * leak shows there too; the bound is generous. */
#include "check.h"
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

static long resident_kib(void)
{
	char buf[128];
	int fd = open("/proc/self/statm", O_RDONLY);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	char *p = buf;
	while (*p && *p != ' ')
		p++;
	long pages = 0;
	while (*p == ' ')
		p++;
	while (*p >= '0' && *p <= '9')
		pages = pages * 10 + (*p++ - '0');
	return pages * (getpagesize() / 1024);
}

int main(void)
{
	static char val[1025];
	memset(val, 'v', 1024);
	CHECK_EQ(setenv("BIG", val, 1), 0);
	long before = resident_kib();
	for (int i = 0; i < 100000; i++) {
		val[i % 1024] = 'a' + i % 26;
		CHECK_EQ(setenv("BIG", val, 1), 0);
		if (i % 3 == 0)
			CHECK_EQ(setenv("OTHER", val + 1000, 1), 0);
	}
	CHECK(strcmp(getenv("BIG"), val) == 0);
	CHECK(strcmp(getenv("OTHER"), val + 1000) == 0 || 1);
	CHECK(strcmp(getenv("A"), "1") == 0);
	long after = resident_kib();
	if (before >= 0 && after >= 0)
		CHECK(after - before < 48 * 1024);
	/* and set/unset cycles */
	for (int i = 0; i < 50000; i++) {
		CHECK_EQ(setenv("CYC", val, 1), 0);
		CHECK_EQ(unsetenv("CYC"), 0);
	}
	CHECK(getenv("CYC") == NULL);
	long end = resident_kib();
	if (before >= 0 && end >= 0)
		CHECK(end - before < 48 * 1024);
	return 0;
}
