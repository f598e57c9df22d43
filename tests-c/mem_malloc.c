/* malloc, calloc, realloc, free and malloc_usable_size: alignment,
 * contents kept by realloc, zeroing by calloc, overflow and huge sizes
 * failing with ENOMEM, free(NULL). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#ifdef AGAINST_GLIBC
#include <malloc.h> /* glibc declares malloc_usable_size only here */
#endif

int main(void)
{
	void *ps[64];
	for (int i = 0; i < 64; i++) {
		size_t n = (size_t)i * 37 + 1;
		ps[i] = malloc(n);
		CHECK(ps[i] != NULL);
		CHECK_EQ((uintptr_t)ps[i] % 16, 0);
		CHECK(malloc_usable_size(ps[i]) >= n);
		memset(ps[i], i, n);
	}
	for (int i = 0; i < 64; i++) {
		unsigned char *p = ps[i];
		size_t n = (size_t)i * 37 + 1;
		CHECK_EQ(p[0], i);
		CHECK_EQ(p[n - 1], i);
		free(p);
	}
	CHECK_EQ(malloc_usable_size(NULL), 0);
	free(NULL);

	/* malloc(0) gives a unique pointer (both libcs) that free accepts */
	void *z = malloc(0);
	CHECK(z != NULL);
	free(z);

	/* big blocks too */
	unsigned char *big = malloc(1 << 20);
	CHECK(big != NULL);
	CHECK_EQ((uintptr_t)big % 16, 0);
	big[0] = 1;
	big[(1 << 20) - 1] = 2;

	/* calloc zeroes, even memory that was used before */
	unsigned char *c = calloc(1000, 3);
	CHECK(c != NULL);
	for (int i = 0; i < 3000; i++)
		if (c[i])
			CHECK_EQ(c[i], 0);
	free(c);

	/* realloc keeps the contents when growing and shrinking */
	char *r = malloc(10);
	memcpy(r, "0123456789", 10);
	r = realloc(r, 100000);
	CHECK(r != NULL);
	CHECK(memcmp(r, "0123456789", 10) == 0);
	r[99999] = 'z';
	r = realloc(r, 5);
	CHECK(r != NULL);
	CHECK(memcmp(r, "01234", 5) == 0);
	free(r);
	/* realloc(NULL, n) is malloc */
	r = realloc(NULL, 20);
	CHECK(r != NULL);
	free(r);

	/* impossible sizes */
	errno = 0;
	CHECK(malloc(SIZE_MAX) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	CHECK(malloc(SIZE_MAX / 2 + 1) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	CHECK(calloc(SIZE_MAX / 2, 3) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	CHECK(calloc((size_t)1 << (sizeof(size_t) * 4), (size_t)1 << (sizeof(size_t) * 4)) == NULL);
	CHECK_EQ(errno, ENOMEM);
	/* a failed realloc leaves the block alone */
	char *keep = malloc(8);
	memcpy(keep, "keepme", 7);
	errno = 0;
	CHECK(realloc(keep, SIZE_MAX - 4096) == NULL);
	CHECK_EQ(errno, ENOMEM);
	CHECK(memcmp(keep, "keepme", 7) == 0);
	free(keep);
	CHECK_EQ(big[(1 << 20) - 1], 2);
	free(big);
	return 0;
}
