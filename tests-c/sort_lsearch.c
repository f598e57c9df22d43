/* <search.h> lfind and lsearch. */
#include "check.h"
#include <search.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b)
{
	return *(const int *)a != *(const int *)b;
}

int main(void)
{
	int a[10] = {5, 3, 9, 3};
	size_t n = 4;
	int k = 3;
	CHECK(lfind(&k, a, &n, sizeof *a, cmp) == &a[1]);
	CHECK_EQ(n, 4);
	k = 9;
	CHECK(lfind(&k, a, &n, sizeof *a, cmp) == &a[2]);
	k = 7;
	CHECK(lfind(&k, a, &n, sizeof *a, cmp) == NULL);
	CHECK_EQ(n, 4);
	int *p = lsearch(&k, a, &n, sizeof *a, cmp);
	CHECK(p == &a[4]);
	CHECK_EQ(n, 5);
	CHECK_EQ(a[4], 7);
	CHECK(lsearch(&k, a, &n, sizeof *a, cmp) == &a[4]);
	CHECK_EQ(n, 5);
	size_t z = 0;
	CHECK(lfind(&k, a, &z, sizeof *a, cmp) == NULL);
	CHECK(lsearch(&k, a + 6, &z, sizeof *a, cmp) == &a[6]);
	CHECK_EQ(z, 1);
	CHECK_EQ(a[6], 7);
	/* odd-sized elements */
	char names[4][3] = {"ab", "cd"};
	size_t m = 2;
	char key[3] = "xy";
	char *q = lsearch(key, names, &m, 3, (int (*)(const void *, const void *))strcmp);
	CHECK(q == names[2]);
	CHECK(strcmp(names[2], "xy") == 0);
	CHECK_EQ(m, 3);
	CHECK(lfind("cd", names, &m, 3, (int (*)(const void *, const void *))strcmp) == names[1]);
	return 0;
}
