/* <malloc.h>'s heap queries and knobs, and <mcheck.h>'s trace:
 * mallinfo mallinfo2 (the heap's bytes add up and follow allocations;
 * a large block is an mmapped one), malloc_trim (1 when memory went back,
 * 0 when there was none to give), malloc_stats (glibc's report on
 * stderr), mallopt (glibc's answers), mtrace/muntrace (glibc's trace
 * format; static glibc 2.34+ never traces, so checked on ferrolibc). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <malloc.h>
#include <mcheck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static char text[8192];

/* the whole of a file, NUL-terminated, in text */
static const char *slurp(const char *name)
{
	int fd = open(name, O_RDONLY);
	CHECK(fd >= 0);
	long n = read(fd, text, sizeof text - 1);
	CHECK(n >= 0);
	text[n] = 0;
	close(fd);
	return text;
}

int main(void)
{
	struct mallinfo2 a = mallinfo2();
	CHECK(a.arena >= a.uordblks);
	CHECK_EQ(a.arena, a.uordblks + a.fordblks);
	enum { N = 200 };
	static void *p[N];
	for (int i = 0; i < N; i++) {
		p[i] = malloc(100);
		CHECK(p[i] != NULL);
		memset(p[i], 1, 100);
	}
	struct mallinfo2 b = mallinfo2();
	CHECK(b.uordblks >= a.uordblks + N * 100);
	CHECK_EQ(b.arena, b.uordblks + b.fordblks);
	CHECK_EQ(b.usmblks, 0);
	struct mallinfo bi = mallinfo();
	CHECK_EQ(bi.uordblks, (int)b.uordblks);
	CHECK_EQ(bi.arena, (int)b.arena);
	for (int i = 0; i < N; i++)
		free(p[i]);
	struct mallinfo2 c = mallinfo2();
	CHECK(c.uordblks < b.uordblks);

	/* a block big enough to get a mapping of its own */
	void *big = malloc(1 << 20);
	CHECK(big != NULL);
	memset(big, 2, 1 << 20);
	struct mallinfo2 d = mallinfo2();
	CHECK_EQ(d.hblks, c.hblks + 1);
	CHECK(d.hblkhd >= c.hblkhd + (1 << 20));
	free(big);
	struct mallinfo2 e = mallinfo2();
	CHECK_EQ(e.hblks, c.hblks);
	CHECK_EQ(e.hblkhd, c.hblkhd);

	/* trim: 4 MiB of small blocks touched and freed go back */
	static void *q[4096];
	for (int i = 0; i < 4096; i++) {
		q[i] = malloc(1000);
		CHECK(q[i] != NULL);
		memset(q[i], 3, 1000);
	}
	for (int i = 0; i < 4096; i++)
		free(q[i]);
#ifndef AGAINST_GLIBC
	CHECK(mallinfo2().keepcost >= 1 << 20);
#endif
	CHECK_EQ(malloc_trim(0), 1);
	CHECK_EQ(malloc_trim(0), 0);
#ifndef AGAINST_GLIBC
	CHECK(mallinfo2().keepcost < 1 << 20);
#endif

	/* mallopt: glibc accepts every parameter but an out-of-range M_MXFAST */
	static const int params[] = { M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD, M_MMAP_MAX,
				      M_CHECK_ACTION, M_ARENA_TEST, M_ARENA_MAX, M_NLBLKS, M_GRAIN,
				      M_KEEP, 12345 };
	for (unsigned i = 0; i < sizeof params / sizeof params[0]; i++)
		CHECK_EQ(mallopt(params[i], 1 << 20), 1);
	CHECK_EQ(mallopt(M_MXFAST, 64), 1);
	CHECK_EQ(mallopt(M_MXFAST, 0), 1);
	CHECK_EQ(mallopt(M_MXFAST, 1000), 0);
	CHECK_EQ(mallopt(M_MXFAST, -1), 0);
	CHECK_EQ(mallopt(M_PERTURB, 0), 1);

	/* malloc_stats on fd 2 */
	int fd = open("stats.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	int saved = dup(2);
	CHECK_EQ(dup2(fd, 2), 2);
	malloc_stats();
	CHECK_EQ(dup2(saved, 2), 2);
	close(fd);
	const char *s = slurp("stats.txt");
	CHECK(strncmp(s, "Arena 0:\nsystem bytes     = ", 28) == 0);
	CHECK(strstr(s, "\nin use bytes     = ") != NULL);
	CHECK(strstr(s, "\nTotal (incl. mmap):\nsystem bytes     = ") != NULL);
	CHECK(strstr(s, "\nmax mmap regions = ") != NULL);
	CHECK(strstr(s, "\nmax mmap bytes   = ") != NULL);
	CHECK(s[strlen(s) - 1] == '\n');
	/* every number right-aligned in 10 columns */
	for (const char *l = s; (l = strstr(l, "= ")); l += 2)
		CHECK(l[2 + 9] >= '0' && l[2 + 9] <= '9' && l[2 + 10] == '\n');

#ifndef AGAINST_GLIBC
	/* no MALLOC_TRACE: nothing */
	unsetenv("MALLOC_TRACE");
	mtrace();
	CHECK(access("trace.txt", F_OK) != 0);
	setenv("MALLOC_TRACE", "trace.txt", 1);
	mtrace();
	void *m = malloc(100);
	void *r = realloc(m, 5000);
	void *z = calloc(3, 8);
	free(r);
	free(z);
	void *g = realloc(NULL, 16);
	CHECK(realloc(g, 0) == NULL);
	void *al = memalign(64, 10);
	free(al);
	muntrace();
	free(malloc(7)); /* after muntrace: not traced */
	char want[1024];
	snprintf(want, sizeof want,
		 "= Start\n+ %p 0x64\n< %p\n> %p 0x1388\n+ %p 0x18\n- %p\n- %p\n+ %p 0x10\n- %p\n"
		 "+ %p 0xa\n- %p\n= End\n",
		 m, m, r, z, r, z, g, g, al, al);
	s = slurp("trace.txt");
	if (strcmp(s, want) != 0) {
		t_puts(2, "got:\n");
		t_puts(2, s);
		t_puts(2, "want:\n");
		t_puts(2, want);
	}
	CHECK(strcmp(s, want) == 0);
#endif
	return 0;
}
