/* -Wl,--wrap works on libc functions: the program's calls to malloc, free
 * and strlen reach its __wrap_ versions, __real_ ones reach the libc's,
 * and the libc's own allocations for the program (strdup, fopen) go
 * through the wrapped malloc too, as with a static musl or glibc. */
// CFLAGS: -fno-builtin -Wl,--wrap=malloc -Wl,--wrap=free -Wl,--wrap=strlen
#include "check.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *__real_malloc(size_t);
void __real_free(void *);
size_t __real_strlen(const char *);
static volatile long n_malloc, n_free, n_strlen;

void *__wrap_malloc(size_t n)
{
	n_malloc++;
	return __real_malloc(n);
}

void __wrap_free(void *p)
{
	if (p)
		n_free++;
	__real_free(p);
}

size_t __wrap_strlen(const char *s)
{
	n_strlen++;
	return __real_strlen(s);
}

int main(void)
{
	/* (glibc's startup allocates through the wrapper before main.) */
	long m0 = n_malloc, f0 = n_free, l0 = n_strlen;
	void *p = malloc(32);
	CHECK(p != NULL);
	CHECK_EQ(n_malloc, m0 + 1);
	free(p);
	CHECK_EQ(n_free, f0 + 1);
	CHECK_EQ(strlen("four"), 4);
	CHECK_EQ(n_strlen, l0 + 1);

	char *s = strdup("wrapped");
	CHECK(s && strcmp(s, "wrapped") == 0);
	CHECK(n_malloc >= m0 + 2);
	free(s);
	CHECK_EQ(n_free, f0 + 2);

	long m = n_malloc, f = n_free;
	FILE *fp = fopen("wrap.txt", "w+");
	CHECK(fp != NULL);
	CHECK(fputs("x", fp) >= 0);
	CHECK_EQ(fclose(fp), 0);
	CHECK(n_malloc > m);
	CHECK_EQ(n_malloc - m, n_free - f);
	CHECK_EQ(remove("wrap.txt"), 0);
	return 0;
}
