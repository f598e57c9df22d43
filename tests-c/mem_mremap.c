/* Linux mremap: growing in place or by moving (MREMAP_MAYMOVE), moving to
 * a chosen address (MREMAP_FIXED and the fifth argument), shrinking, and
 * its errors. Contents travel with the mapping. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	/* reserve 8 pages, keep the first 2 as our mapping and a blocker at
	 * page 2, so growing in place is impossible */
	char *area = mmap(NULL, 8 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(area != MAP_FAILED);
	char *p = area;
	for (long i = 0; i < 2 * pg; i++)
		p[i] = (char)(i % 251);
	CHECK_EQ(munmap(area + 3 * pg, 5 * pg), 0);

	/* without MAYMOVE, growing into the mapped page 2 fails */
	errno = 0;
	CHECK(mremap(p, 2 * pg, 4 * pg, 0) == MAP_FAILED);
	CHECK_EQ(errno, ENOMEM);
	/* shrinking in place always works */
	CHECK(mremap(p, 2 * pg, pg, 0) == p);
	CHECK_EQ(p[pg - 1], (char)((pg - 1) % 251));
	/* grow back in place (page 1 was just freed) */
	CHECK(mremap(p, pg, 2 * pg, 0) == p);
	CHECK_EQ(p[pg], 0); /* the regrown page is fresh */
	p[pg] = (char)(pg % 251);

	/* MAYMOVE: 16 pages cannot fit at p, so it moves; contents follow */
	char *q = mremap(p, 2 * pg, 16 * pg, MREMAP_MAYMOVE);
	CHECK(q != MAP_FAILED);
	CHECK(q != p);
	for (long i = 0; i < pg + 1; i++)
		if (q[i] != (char)(i % 251))
			CHECK_EQ(q[i], (char)(i % 251));
	q[16 * pg - 1] = 'e';

	/* MREMAP_FIXED: move to an address we choose (the fifth argument),
	 * replacing what is there */
	char *target = mmap(NULL, 16 * pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(target != MAP_FAILED);
	char *r = mremap(q, 16 * pg, 16 * pg, MREMAP_MAYMOVE | MREMAP_FIXED, target);
	CHECK(r == target);
	CHECK_EQ(r[0], 0);
	CHECK_EQ(r[1], 1);
	CHECK_EQ(r[16 * pg - 1], 'e');
	r[5] = 'w'; /* writable: the old mapping's protection came along */
	CHECK_EQ(r[5], 'w');

	/* errors: FIXED without MAYMOVE (EINVAL from the kernel, ENOMEM
	 * from qemu-user), unaligned old address, unknown flag */
	errno = 0;
	CHECK(mremap(r, pg, pg, MREMAP_FIXED, area + 4 * pg) == MAP_FAILED);
	CHECK(errno == EINVAL || errno == ENOMEM);
	errno = 0;
	CHECK(mremap(r + 1, pg, pg, MREMAP_MAYMOVE) == MAP_FAILED);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(mremap(r, pg, pg, 0x40000) == MAP_FAILED);
	CHECK_EQ(errno, EINVAL);

	CHECK_EQ(munmap(r, 16 * pg), 0);
	CHECK_EQ(munmap(area + 2 * pg, pg), 0);
	return 0;
}
