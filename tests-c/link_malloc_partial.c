/* The program defines only malloc and free (not calloc or realloc). It
 * still links, and the libc never mixes its own allocator with the
 * program's: calloc is the program's malloc plus zeroing, realloc(NULL, n)
 * its malloc, realloc(p, 0) its free, and strdup/fopen use its malloc.
 * glibc's static link fails for any such program (its startup pulls
 * malloc.o: "multiple definition of malloc"). */
// CFLAGS: -fno-builtin
// GLIBC: differs (static glibc: multiple definition of malloc when only malloc and free are replaced)
#include "check.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Alignas(16) unsigned char pool[1 << 20];
static size_t used;
static volatile long n_malloc, n_free, n_foreign;

static int ours(const void *p)
{
	return (uintptr_t)p >= (uintptr_t)pool && (uintptr_t)p < (uintptr_t)pool + sizeof pool;
}

void *malloc(size_t n)
{
	void *p = pool + used;
	used += (n + 15) & ~(size_t)15;
	if (used > sizeof pool)
		return NULL;
	memset(p, 0xa5, n);
	n_malloc++;
	return p;
}

void free(void *p)
{
	if (!p)
		return;
	if (!ours(p))
		n_foreign++;
	n_free++;
}

int main(void)
{
	long m = n_malloc;
	char *s = strdup("partial");
	CHECK(ours(s) && strcmp(s, "partial") == 0);
	CHECK_EQ(n_malloc, m + 1);
	free(s);

	FILE *f = fopen("partial.txt", "w+");
	CHECK(f != NULL);
	CHECK(fputs("data", f) >= 0);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(remove("partial.txt"), 0);
	int *z = calloc(50, sizeof *z);
	CHECK(ours(z));
	for (int i = 0; i < 50; i++)
		CHECK_EQ(z[i], 0);
	free(z);
	m = n_malloc;
	char *r = realloc(NULL, 10);
	CHECK(ours(r));
	CHECK_EQ(n_malloc, m + 1);
	long fr = n_free;
	CHECK(realloc(r, 0) == NULL);
	CHECK_EQ(n_free, fr + 1);
	CHECK_EQ(n_foreign, 0);
	CHECK_EQ(n_malloc, n_free);
	return 0;
}
