/* Randomized malloc/realloc/free/calloc with content checks: 200k
 * operations, sizes 0..64 KiB and some large (mmapped) ones. */
#include <stdlib.h>
#include <stdint.h>
#include <malloc.h>
#include "check.h"

#define SLOTS 2048
static unsigned char *ptr[SLOTS];
static size_t len[SLOTS];
static unsigned char tag[SLOTS];
static uint64_t rng = 0x243f6a8885a308d3ull;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static size_t pick_size(void)
{
	uint64_t r = next() % 1000;
	if (r < 5)
		return 128 * 1024 + next() % (1024 * 1024); /* large */
	if (r < 100)
		return next() % 65537;
	if (r < 400)
		return next() % 1025;
	return next() % 129;
}

/* Only the ends and a stride of the block are filled, to keep it quick. */
static void fill(int i)
{
	size_t n = len[i];
	for (size_t k = 0; k < n; k += (n > 4096 ? 61 : 1))
		ptr[i][k] = (unsigned char)(tag[i] + k);
	if (n)
		ptr[i][n - 1] = (unsigned char)(tag[i] + n - 1);
}

static void verify(int i, size_t n)
{
	for (size_t k = 0; k < n; k += (len[i] > 4096 ? 61 : 1))
		CHECK(ptr[i][k] == (unsigned char)(tag[i] + k));
	if (n && n == len[i])
		CHECK(ptr[i][n - 1] == (unsigned char)(tag[i] + n - 1));
}

int main(void)
{
	for (long op = 0; op < 200000; op++) {
		int i = next() % SLOTS;
		int kind = next() % 8;
		if (!ptr[i]) {
			size_t n = pick_size();
			if (kind == 0) {
				ptr[i] = calloc(1, n);
				CHECK(ptr[i] != NULL);
				for (size_t k = 0; k < n; k += 7)
					CHECK(ptr[i][k] == 0);
				if (n)
					CHECK(ptr[i][n - 1] == 0);
			} else {
				ptr[i] = malloc(n);
				CHECK(ptr[i] != NULL);
			}
			CHECK(((uintptr_t)ptr[i] & 15) == 0);
			CHECK(malloc_usable_size(ptr[i]) >= n);
			len[i] = n;
			tag[i] = (unsigned char)op;
			fill(i);
		} else if (kind < 4) {
			verify(i, len[i]);
			free(ptr[i]);
			ptr[i] = NULL;
		} else {
			size_t n = pick_size();
			if (n == 0)
				n = 1;
			unsigned char *q = realloc(ptr[i], n);
			CHECK(q != NULL);
			CHECK(((uintptr_t)q & 15) == 0);
			ptr[i] = q;
			size_t keep = n < len[i] ? n : len[i];
			size_t old = len[i];
			len[i] = n;
			/* verify the kept prefix with the old stride */
			for (size_t k = 0; k < keep; k += (old > 4096 ? 61 : 1))
				CHECK(q[k] == (unsigned char)(tag[i] + k));
			if (keep == old && old)
				CHECK(q[old - 1] == (unsigned char)(tag[i] + old - 1));
			fill(i);
		}
	}
	for (int i = 0; i < SLOTS; i++) {
		if (ptr[i]) {
			verify(i, len[i]);
			free(ptr[i]);
		}
	}
	return 0;
}
