/* A churn loop walking through every small size class (16 B .. 128 KiB):
 * each step fills ~256 KiB of one size, checks the contents, frees it.
 * Memory freed by one size must serve the next, so once the layout has
 * settled (blocks left in the thread caches pin a few slabs, so the
 * first rounds place some runs differently) the resident set stops
 * growing: rounds 7..18 peak within 64 KiB of where round 6 left it. */
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include "check.h"

static long rss_kb(void)
{
	static char st[8192];
	int fd = open("/proc/self/status", O_RDONLY);
	if (fd < 0)
		return -1;
	long n = read(fd, st, sizeof st - 1);
	close(fd);
	if (n <= 0)
		return -1;
	st[n] = 0;
	char *l = strstr(st, "VmRSS:");
	if (!l)
		return -1;
	long kb = 0;
	for (l += 6; *l == ' ' || *l == '\t'; l++)
		;
	for (; *l >= '0' && *l <= '9'; l++)
		kb = kb * 10 + (*l - '0');
	return kb;
}

static void *blk[16384];

static void round_of_sizes(unsigned seed)
{
	for (size_t sz = 16; sz <= 128 * 1024; sz += sz / 4 > 16 ? sz / 4 : 16) {
		size_t k = (256 * 1024) / sz;
		if (k < 2)
			k = 2;
		for (size_t i = 0; i < k; i++) {
			unsigned char *p = malloc(sz);
			CHECK(p != 0);
			p[0] = (unsigned char)(seed + i);
			p[sz - 1] = (unsigned char)(seed + i + 1);
			blk[i] = p;
		}
		for (size_t i = 0; i < k; i++) {
			unsigned char *p = blk[i];
			CHECK(p[0] == (unsigned char)(seed + i));
			CHECK(p[sz - 1] == (unsigned char)(seed + i + 1));
			free(p);
		}
	}
}

int main(void)
{
	for (unsigned r = 1; r <= 6; r++)
		round_of_sizes(r);
	long first = rss_kb();
	long peak = first;
	for (unsigned r = 7; r <= 18; r++) {
		round_of_sizes(r);
		long now = rss_kb();
		if (now > peak)
			peak = now;
	}
	/* Checked natively only (i386 also runs under qemu-user, where the
	 * RSS is the emulator's). */
#if defined(TEST_ARCH_X86_64)
	CHECK(first > 0);
	/* Slack for a page or two of bookkeeping. */
	if (peak > first + 64) {
		t_putl(2, first);
		t_puts(2, " ");
		t_putl(2, peak);
		t_puts(2, "\n");
	}
	CHECK(peak <= first + 64);
#endif
	return 0;
}
