/* calloc zeroing (also of reused memory), overflow and out-of-memory
 * errors, malloc_usable_size, free(NULL), realloc corner cases. */
#include <stdlib.h>
#include <stdint.h>
#include <errno.h>
#include <malloc.h>
#include "check.h"

/* Larger than PTRDIFF_MAX: refused everywhere (SIZE_MAX / 2 itself fits
 * a 32-bit process under a 64-bit kernel). */
#define HUGE ((size_t)PTRDIFF_MAX + 1)

static int all_zero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

int main(void)
{
	/* calloc zeroes, also memory that was dirtied and freed before. */
	static const size_t sizes[] = { 1, 16, 24, 100, 1000, 4096, 40000, 131072, 200000, 300000 };
	for (int round = 0; round < 3; round++) {
		for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
			unsigned char *v[20];
			for (int i = 0; i < 20; i++) {
				v[i] = malloc(sizes[s]);
				CHECK(v[i] != NULL);
				memset(v[i], 0xff, malloc_usable_size(v[i]));
			}
			for (int i = 0; i < 20; i++)
				free(v[i]);
			for (int i = 0; i < 20; i++) {
				v[i] = calloc(sizes[s], 1);
				CHECK(v[i] != NULL);
				CHECK(all_zero(v[i], sizes[s]));
				memset(v[i], 0xee, sizes[s]);
			}
			for (int i = 0; i < 20; i++)
				free(v[i]);
		}
	}
	unsigned char *z = calloc(0, 5);
	CHECK(z != NULL);
	free(z);

	/* Overflow and out of memory: NULL with ENOMEM. */
	errno = 0;
	CHECK(malloc(SIZE_MAX) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	CHECK(malloc(HUGE) == NULL);
	CHECK_EQ(errno, ENOMEM);
#if UINTPTR_MAX > 0xffffffffu
	errno = 0;
	CHECK(malloc(PTRDIFF_MAX) == NULL); /* more than the address space */
	CHECK_EQ(errno, ENOMEM);
#endif
	errno = 0;
	CHECK(calloc(SIZE_MAX / 2, 3) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	CHECK(calloc(3, SIZE_MAX / 2) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	CHECK(calloc(1, HUGE) == NULL);
	CHECK_EQ(errno, ENOMEM);
	char *p = malloc(10);
	CHECK(p != NULL);
	memcpy(p, "abcdefghi", 10);
	errno = 0;
	CHECK(reallocarray(p, SIZE_MAX / 2, 3) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	CHECK(realloc(p, HUGE) == NULL);
	CHECK_EQ(errno, ENOMEM);
	CHECK(memcmp(p, "abcdefghi", 10) == 0); /* untouched */
	p = reallocarray(p, 10, 3);
	CHECK(p != NULL);
	CHECK(memcmp(p, "abcdefghi", 10) == 0);
	CHECK(malloc_usable_size(p) >= 30);

	/* malloc_usable_size covers what was asked. */
	for (size_t n = 0; n < 70000; n = n * 3 / 2 + 1) {
		void *q = malloc(n);
		CHECK(q != NULL);
		CHECK(malloc_usable_size(q) >= n);
		free(q);
	}
	CHECK_EQ(malloc_usable_size(NULL), 0);

	/* free(NULL) is a no-op; malloc(0) and realloc(NULL, n) allocate. */
	free(NULL);
	void *m0 = malloc(0);
	CHECK(m0 != NULL);
	free(m0);
	char *r = realloc(NULL, 50);
	CHECK(r != NULL);
	memset(r, 'x', 50);

	/* Shrinking and growing keep the data, in place or moved. */
	r = realloc(r, 40);
	CHECK(r != NULL);
	for (int i = 0; i < 40; i++)
		CHECK(r[i] == 'x');
	for (size_t n = 64; n <= (4u << 20); n *= 2) {
		char *g = realloc(r, n);
		CHECK(g != NULL);
		for (size_t i = 0; i < 40; i++)
			CHECK(g[i] == 'x');
		memset(g + 40, 'y', n - 40);
		r = g;
	}
	for (size_t n = (4u << 20) - 4096; n >= 40; n /= 3) {
		char *g = realloc(r, n);
		CHECK(g != NULL);
		for (size_t i = 0; i < 40; i++)
			CHECK(g[i] == 'x');
		for (size_t i = 40; i < n; i += 97)
			CHECK(g[i] == 'y');
		r = g;
	}
	/* realloc(p, 0) frees p and returns NULL (glibc). */
	CHECK(realloc(r, 0) == NULL);
	free(p);
	return 0;
}
