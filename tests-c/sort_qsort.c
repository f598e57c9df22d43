/* qsort against a merge-sort reference: element sizes 1..100, many input
 * patterns, whole elements moved; comparison counts stay O(n log n). */
#include "check.h"
#include <stdlib.h>
#include <stdint.h>

static unsigned long ncmp;
static size_t esize;

static uint32_t key_of(const unsigned char *e)
{
	uint32_t k;
	if (esize < 4)
		return e[0];
	memcpy(&k, e, 4);
	return k;
}

static int cmp_elem(const void *a, const void *b)
{
	ncmp++;
	uint32_t x = key_of(a), y = key_of(b);
	return x < y ? -1 : x > y;
}

static void make_elem(unsigned char *e, uint32_t key)
{
	if (esize < 4) {
		e[0] = (unsigned char)key;
		return;
	}
	memcpy(e, &key, 4);
	for (size_t i = 4; i < esize; i++)
		e[i] = (unsigned char)(key * 31 + i);
}

/* bottom-up merge sort of keys, the reference */
static void ref_sort(uint32_t *k, uint32_t *tmp, size_t n)
{
	for (size_t w = 1; w < n; w *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * w) {
			size_t mid = lo + w < n ? lo + w : n;
			size_t hi = lo + 2 * w < n ? lo + 2 * w : n;
			size_t i = lo, j = mid, o = lo;
			while (i < mid && j < hi)
				tmp[o++] = k[j] < k[i] ? k[j++] : k[i++];
			while (i < mid)
				tmp[o++] = k[i++];
			while (j < hi)
				tmp[o++] = k[j++];
		}
		memcpy(k, tmp, n * sizeof *k);
	}
}

static unsigned ceil_log2(size_t n)
{
	unsigned l = 0;
	while (((size_t)1 << l) < n)
		l++;
	return l;
}

static uint32_t rng = 2463534242u;
static uint32_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

enum { RANDOM, SORTED, REVERSED, EQUAL, FEW, ORGAN, SAW, KILLER, NPAT };

static void gen(uint32_t *k, size_t n, int pat)
{
	size_t half = n / 2;
	for (size_t i = 0; i < n; i++) {
		switch (pat) {
		case RANDOM: k[i] = next(); break;
		case SORTED: k[i] = i; break;
		case REVERSED: k[i] = n - i; break;
		case EQUAL: k[i] = 7; break;
		case FEW: k[i] = next() % 4; break;
		case ORGAN: k[i] = i < half ? i : n - i; break;
		case SAW: k[i] = i % 17; break;
		case KILLER: k[i] = 0; break;
		}
	}
	if (pat == KILLER) {
		/* Musser's median-of-3 killer for even n */
		size_t m = n & ~(size_t)1, k2 = m / 2;
		for (size_t i = 1; i <= k2; i++) {
			if (i % 2) {
				k[i - 1] = i;
				k[i] = k2 + i;
			}
			k[k2 + i - 1] = 2 * i;
		}
		if (n % 2)
			k[n - 1] = n;
	}
	if (esize == 1)
		for (size_t i = 0; i < n; i++)
			k[i] &= 0xff;
}

static void run(size_t n, int pat)
{
	uint32_t *k = malloc((n + 1) * 4), *tmp = malloc((n + 1) * 4);
	unsigned char *a = malloc(n * esize + 1), *want = malloc(esize);
	CHECK(k && tmp && a && want);
	gen(k, n, pat);
	for (size_t i = 0; i < n; i++)
		make_elem(a + i * esize, k[i]);
	ncmp = 0;
	qsort(a, n, esize, cmp_elem);
	ref_sort(k, tmp, n);
	for (size_t i = 0; i < n; i++) {
		make_elem(want, k[i]);
		if (memcmp(a + i * esize, want, esize) != 0) {
			t_puts(2, "size ");
			t_putl(2, esize);
			t_puts(2, " n ");
			t_putl(2, n);
			t_puts(2, " pattern ");
			t_putl(2, pat);
			t_puts(2, " index ");
			t_putl(2, i);
			t_puts(2, "\n");
			CHECK(!"element mismatch");
		}
	}
	if (n > 1)
		CHECK(ncmp <= 3 * n * ceil_log2(n) + n);
	free(k);
	free(tmp);
	free(a);
	free(want);
}

int main(void)
{
	static const size_t sizes[] = {1, 4, 8, 12, 24, 100};
	static const size_t ns[] = {0, 1, 2, 3, 5, 16, 17, 31, 100, 128, 129, 1000, 3001};
	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		esize = sizes[s];
		for (size_t j = 0; j < sizeof ns / sizeof *ns; j++)
			for (int p = 0; p < NPAT; p++)
				run(ns[j], p);
	}
	/* a bigger run on word-sized elements */
	esize = 8;
	for (int p = 0; p < NPAT; p++)
		run(50000, p);
	/* misaligned base for 4-byte elements */
	{
		unsigned char *buf = malloc(4 * 1000 + 1);
		unsigned char *a = buf + 1;
		esize = 4;
		for (uint32_t i = 0; i < 1000; i++) {
			uint32_t v = (i * 7919) % 1000;
			memcpy(a + 4 * i, &v, 4);
		}
		qsort(a, 1000, 4, cmp_elem);
		for (uint32_t i = 0; i < 1000; i++) {
			uint32_t v;
			memcpy(&v, a + 4 * i, 4);
			CHECK_EQ(v, i);
		}
		free(buf);
	}
	return 0;
}
