/* bsearch: hits (first, last, middle), misses (below, between, above),
 * empty and one-element arrays, the key passed first. */
#include "check.h"
#include <stdlib.h>

static int key_first;

static int cmp(const void *k, const void *e)
{
	int x = *(const int *)k, y = *(const int *)e;
	if (x == -12345)
		key_first = 1;
	return (x > y) - (x < y);
}

static int cmp_char(const void *k, const void *e)
{
	return *(const unsigned char *)k - *(const unsigned char *)e;
}

int main(void)
{
	int a[101];
	for (int i = 0; i < 101; i++)
		a[i] = 2 * i;
	for (int i = 0; i < 101; i++) {
		int k = 2 * i;
		int *p = bsearch(&k, a, 101, sizeof *a, cmp);
		CHECK(p == &a[i]);
		k = 2 * i + 1;
		CHECK(bsearch(&k, a, 101, sizeof *a, cmp) == NULL);
	}
	int k = -1;
	CHECK(bsearch(&k, a, 101, sizeof *a, cmp) == NULL);
	k = 0;
	CHECK(bsearch(&k, a, 0, sizeof *a, cmp) == NULL);
	CHECK(bsearch(&k, a, 1, sizeof *a, cmp) == &a[0]);
	k = 2;
	CHECK(bsearch(&k, a, 1, sizeof *a, cmp) == NULL);
	for (int n = 1; n <= 20; n++) {
		k = 2 * (n - 1);
		CHECK(bsearch(&k, a, n, sizeof *a, cmp) == &a[n - 1]);
	}
	k = -12345;
	CHECK(bsearch(&k, a, 101, sizeof *a, cmp) == NULL);
	CHECK(key_first);
	/* byte elements */
	char s[] = "adgjmpsvy";
	char c = 'm';
	CHECK(bsearch(&c, s, 9, 1, cmp_char) == s + 4);
	return 0;
}
