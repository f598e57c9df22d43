// STDOUT: ok\n
// ENV: GLIBC_TUNABLES=glibc.malloc.perturb=90:glibc.malloc.mmap_threshold=0x10000:glibc.malloc.mmap_max=2:glibc.malloc.arena_max=1 MALLOC_PERTURB_=1 MALLOC_TOP_PAD_=0 MALLOC_TRIM_THRESHOLD_=262144
/* The allocator's settings from the environment, as glibc 2.36 reads
 * them: GLIBC_TUNABLES' glibc.malloc.* entries (which win over the
 * MALLOC_*_ names; numbers in C syntax, 0x hex), the MALLOC_*_ ones. */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static void *volatile keep[8];

static int all(void *p, size_t from, size_t to, unsigned char c)
{
	const volatile unsigned char *b = p;
	for (size_t i = from; i < to; i++)
		if (b[i] != c)
			return 0;
	return 1;
}

int main(void)
{
	/* perturb 90 (0x5a), not MALLOC_PERTURB_'s 1 */
	void *p = malloc(4000), *guard = malloc(4000);
	CHECK(p != NULL && guard != NULL && all(p, 0, 4000, 0xa5));
	free(p);
	CHECK(all(p, 4 * sizeof(void *), 4000, 0x5a));
	free(guard);
	/* mmap threshold 64 KiB, at most 2 mappings */
	size_t h = mallinfo2().hblks;
	for (int i = 0; i < 4; i++)
		CHECK((keep[i] = malloc(100000)) != NULL);
	size_t d = mallinfo2().hblks - h;
	CHECK(d >= 1 && d <= 2);
	for (int i = 0; i < 4; i++)
		free(keep[i]);
	malloc_trim(0);
	/* trim threshold 256 KiB, top pad 0 */
	static void *q[1024];
	for (int i = 0; i < 1024; i++) {
		q[i] = malloc(2000);
		CHECK(q[i] != NULL);
		memset(q[i], 3, 2000);
	}
	for (int i = 1023; i >= 0; i--)
		free(q[i]);
	CHECK(mallinfo2().keepcost < 256 * 1024 + 64 * 1024);
	t_puts(1, "ok\n");
	return 0;
}
