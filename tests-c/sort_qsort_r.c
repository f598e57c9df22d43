/* qsort_r passes its argument to every comparison (GNU order: last). */
#define _GNU_SOURCE
#include "check.h"
#include <stdlib.h>

struct ctx {
	int dir;
	unsigned long calls;
};

static int cmp_r(const void *a, const void *b, void *arg)
{
	struct ctx *c = arg;
	int x = *(const int *)a, y = *(const int *)b;
	c->calls++;
	return c->dir * ((x > y) - (x < y));
}

int main(void)
{
	int a[500];
	for (int i = 0; i < 500; i++)
		a[i] = (i * 37) % 500;
	struct ctx c = {-1, 0};
	qsort_r(a, 500, sizeof *a, cmp_r, &c);
	CHECK(c.calls > 0);
	for (int i = 0; i < 500; i++)
		CHECK_EQ(a[i], 499 - i);
	c.dir = 1;
	c.calls = 0;
	qsort_r(a, 500, sizeof *a, cmp_r, &c);
	CHECK(c.calls > 0);
	for (int i = 0; i < 500; i++)
		CHECK_EQ(a[i], i);
	/* nothing to do for 0 or 1 elements */
	c.calls = 0;
	qsort_r(a, 1, sizeof *a, cmp_r, &c);
	qsort_r(NULL, 0, sizeof *a, cmp_r, &c);
	CHECK_EQ(c.calls, 0);
	return 0;
}
