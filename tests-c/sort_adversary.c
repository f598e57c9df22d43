/* McIlroy's "killer adversary": a comparison function that decides the
 * values as quicksort asks, steering every pivot choice to the worst.
 * qsort must still need only O(n log n) comparisons, and the values it
 * produced, sorted again as plain data, must come out right. */
#include "check.h"
#include <stdlib.h>

static int *val;
static int gas, nsolid, candidate;
static unsigned long ncmp;

static int adversary(const void *px, const void *py)
{
	int x = *(const int *)px, y = *(const int *)py;
	ncmp++;
	if (val[x] == gas && val[y] == gas) {
		if (x == candidate)
			val[x] = nsolid++;
		else
			val[y] = nsolid++;
	}
	if (val[x] == gas)
		candidate = x;
	else if (val[y] == gas)
		candidate = y;
	return (val[x] > val[y]) - (val[x] < val[y]);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	ncmp++;
	return (x > y) - (x < y);
}

static unsigned ceil_log2(size_t n)
{
	unsigned l = 0;
	while (((size_t)1 << l) < n)
		l++;
	return l;
}

static void run(int n)
{
	int *idx = malloc(n * sizeof *idx);
	val = malloc(n * sizeof *val);
	CHECK(idx && val);
	gas = n - 1;
	nsolid = 0;
	candidate = 0;
	for (int i = 0; i < n; i++) {
		idx[i] = i;
		val[i] = gas;
	}
	ncmp = 0;
	qsort(idx, n, sizeof *idx, adversary);
	CHECK(ncmp <= 3ul * n * ceil_log2(n) + n);
	for (int i = 1; i < n; i++)
		CHECK(val[idx[i - 1]] <= val[idx[i]]);
	/* the adversarial values as fixed input */
	ncmp = 0;
	qsort(val, n, sizeof *val, cmp_int);
	CHECK(ncmp <= 3ul * n * ceil_log2(n) + n);
	for (int i = 1; i < n; i++)
		CHECK(val[i - 1] <= val[i]);
	free(idx);
	free(val);
}

int main(void)
{
	run(2);
	run(100);
	run(1000);
	run(10000);
	run(100000);
	return 0;
}
