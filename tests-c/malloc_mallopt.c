// STDOUT: ok\n
/* mallopt's parameters as observable from C, with glibc 2.36's answers:
 * M_MMAP_THRESHOLD moves the line above which a block gets a mapping of
 * its own (mallinfo2().hblks counts them), M_MMAP_MAX caps how many
 * there are (0: none for blocks a slab or glibc's heap can hold),
 * M_TRIM_THRESHOLD and M_TOP_PAD decide how much free memory stays
 * (mallinfo2().keepcost), M_PERTURB fills new blocks with ~v and freed
 * ones with v (past glibc's four words of list pointers), the
 * return values, and the MALLOC_*_ environment variables, read by the
 * program itself re-executed with them set (skipped where the program
 * cannot exec itself: under qemu-user without binfmt_misc). */
#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static void *volatile keep[64];

/* whether bytes [from, to) of p all equal c */
static int all(void *p, size_t from, size_t to, unsigned char c)
{
	const volatile unsigned char *b = p;
	for (size_t i = from; i < to; i++)
		if (b[i] != c)
			return 0;
	return 1;
}

/* how many blocks with a mapping of their own k blocks of n bytes add */
static size_t mapped_by(int k, size_t n)
{
	size_t h = mallinfo2().hblks;
	for (int i = 0; i < k; i++) {
		keep[i] = malloc(n);
		CHECK(keep[i] != NULL);
	}
	size_t d = mallinfo2().hblks - h;
	for (int i = 0; i < k; i++)
		free(keep[i]);
	return d;
}

/* the environment's settings, in the re-executed program */
static int env_child(void)
{
	/* MALLOC_PERTURB_=0x5a MALLOC_MMAP_THRESHOLD_=65536 */
	void *p = malloc(4000);
	CHECK(p != NULL && all(p, 0, 4000, 0xa5));
	free(p);
	CHECK(mapped_by(4, 100000) >= 3);
	/* a call overrides the environment */
	CHECK_EQ(mallopt(M_PERTURB, 0), 1);
	CHECK_EQ(mallopt(M_MMAP_THRESHOLD, 128 * 1024), 1);
	CHECK_EQ(mapped_by(4, 100000), 0);
	return 0;
}

static void env_run(void)
{
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		char *argv[] = { "malloc_mallopt", "env", NULL };
		char *envp[] = { "MALLOC_PERTURB_=0x5a", "MALLOC_MMAP_THRESHOLD_=65536", NULL };
		execve("/proc/self/exe", argv, envp);
		_exit(errno == ENOEXEC ? 77 : 99);
	}
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st));
	CHECK(WEXITSTATUS(st) == 0 || WEXITSTATUS(st) == 77);
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "env") == 0)
		return env_child();

	/* below the default 128 KiB line: no mapping */
	CHECK_EQ(mapped_by(4, 100000), 0);
	/* M_MMAP_THRESHOLD 64 KiB: they get one (glibc may serve the first
	 * from its heap's top) */
	CHECK_EQ(mallopt(M_MMAP_THRESHOLD, 64 * 1024), 1);
	size_t hd = mallinfo2().hblkhd;
	for (int i = 0; i < 4; i++)
		CHECK((keep[i] = malloc(100000)) != NULL);
	CHECK(mallinfo2().hblkhd >= hd + 3 * 100000);
	for (int i = 0; i < 4; i++)
		free(keep[i]);
	CHECK(mapped_by(4, 100000) >= 3);
	CHECK_EQ(mapped_by(4, 60000), 0);
	/* M_MMAP_MAX: at most that many at once; 0 none */
	CHECK_EQ(mallopt(M_MMAP_MAX, 2), 1);
	CHECK(mapped_by(4, 100000) <= 2);
	CHECK_EQ(mallopt(M_MMAP_MAX, 0), 1);
	CHECK_EQ(mapped_by(4, 100000), 0);
#ifndef AGAINST_GLIBC
	/* a block no slab can hold still gets a mapping (glibc's heap
	 * takes it) */
	CHECK_EQ(mapped_by(2, 1 << 20), 2);
#endif
	CHECK_EQ(mallopt(M_MMAP_MAX, 65536), 1);
	CHECK_EQ(mallopt(M_MMAP_THRESHOLD, 128 * 1024), 1);
	CHECK_EQ(mapped_by(4, 100000), 0);
	CHECK_EQ(mapped_by(2, 1 << 20), 2);

	/* M_PERTURB: new blocks ~v, freed ones v past two words */
	CHECK_EQ(mallopt(M_PERTURB, 0x5a), 1);
	void *p = malloc(4000), *guard = malloc(4000);
	CHECK(p != NULL && guard != NULL);
	CHECK(all(p, 0, 4000, 0xa5));
	CHECK(all(guard, 0, 4000, 0xa5));
	free(p);
	CHECK(all(p, 4 * sizeof(void *), 4000, 0x5a));
	void *c = calloc(1, 3000);
	CHECK(c != NULL && all(c, 0, 3000, 0));
	void *r = realloc(NULL, 5000);
	CHECK(r != NULL && all(r, 0, 5000, 0xa5));
	void *m = memalign(64, 3000);
	CHECK(m != NULL && all(m, 0, 3000, 0xa5));
	void *big = malloc(200000);
	CHECK(big != NULL && all(big, 0, 200000, 0xa5));
	free(big);
	free(m);
	free(r);
	free(c);
	free(guard);
	/* the low byte counts, and 0 turns it off */
	CHECK_EQ(mallopt(M_PERTURB, 0x100 | 0x33), 1);
	p = malloc(6000);
	CHECK(p != NULL && all(p, 0, 6000, 0xcc));
	free(p);
	CHECK_EQ(mallopt(M_PERTURB, 0), 1);
#ifndef AGAINST_GLIBC
	/* every small block, also from the thread cache (glibc's tcache
	 * skips perturbing) */
	CHECK_EQ(mallopt(M_PERTURB, 0x11), 1);
	for (int k = 0; k < 3; k++) {
		unsigned char *s = malloc(40);
		CHECK(s != NULL && all(s, 0, 40, 0xee));
		memset(s, 7, 40);
		free(s);
		CHECK(all(s, 16, 40, 0x11));
	}
	CHECK_EQ(mallopt(M_PERTURB, 0), 1);
#endif

	/* M_TRIM_THRESHOLD / M_TOP_PAD: free memory past the threshold goes
	 * back, but the pad */
	malloc_trim(0);
	CHECK_EQ(mallopt(M_TRIM_THRESHOLD, 256 * 1024), 1);
	CHECK_EQ(mallopt(M_TOP_PAD, 0), 1);
	static void *q[1024];
	for (int i = 0; i < 1024; i++) {
		q[i] = malloc(2000);
		CHECK(q[i] != NULL);
		memset(q[i], 3, 2000);
	}
	for (int i = 1023; i >= 0; i--)
		free(q[i]);
	CHECK(mallinfo2().keepcost < 256 * 1024 + 64 * 1024);
	CHECK_EQ(mallopt(M_TOP_PAD, 1 << 20), 1);
	for (int i = 0; i < 1024; i++) {
		q[i] = malloc(2000);
		CHECK(q[i] != NULL);
		memset(q[i], 3, 2000);
	}
	for (int i = 1023; i >= 0; i--)
		free(q[i]);
	size_t kc = mallinfo2().keepcost;
	CHECK(kc >= (1 << 20) - 64 * 1024 && kc < (1 << 20) + 320 * 1024);
	/* -1 (SIZE_MAX): never */
	CHECK_EQ(mallopt(M_TRIM_THRESHOLD, -1), 1);
	for (int i = 0; i < 1024; i++) {
		q[i] = malloc(2000);
		CHECK(q[i] != NULL);
		memset(q[i], 3, 2000);
	}
	for (int i = 1023; i >= 0; i--)
		free(q[i]);
	CHECK(mallinfo2().keepcost >= 3 << 19);
	/* malloc_trim keeps its pad */
	CHECK_EQ(malloc_trim(1 << 20), 1);
	kc = mallinfo2().keepcost;
	CHECK(kc >= (1 << 20) - 64 * 1024 && kc < (1 << 20) + 320 * 1024);
	CHECK_EQ(malloc_trim(0), 1);
	CHECK(mallinfo2().keepcost < 64 * 1024);

	env_run();

	/* return values: 1 for every parameter and value but M_MXFAST's
	 * range (last: these change the heap) */
	static const int params[] = { M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD, M_MMAP_MAX,
				      M_CHECK_ACTION, M_PERTURB, M_ARENA_TEST, M_ARENA_MAX,
				      M_NLBLKS, M_GRAIN, M_KEEP, 12345, -9 };
	static const int values[] = { -1, 0, 1, 161, 1 << 20, 33554433, 0x7fffffff, -0x7fffffff - 1 };
	for (unsigned i = 0; i < sizeof params / sizeof params[0]; i++)
		for (unsigned j = 0; j < sizeof values / sizeof values[0]; j++)
			CHECK_EQ(mallopt(params[i], values[j]), 1);
	CHECK_EQ(mallopt(M_PERTURB, 0), 1);
	int mx = 80 * sizeof(size_t) / 4;
	CHECK_EQ(mallopt(M_MXFAST, 0), 1);
	CHECK_EQ(mallopt(M_MXFAST, mx), 1);
	CHECK_EQ(mallopt(M_MXFAST, mx + 1), 0);
	CHECK_EQ(mallopt(M_MXFAST, -1), 0);
	CHECK_EQ(mallopt(M_MXFAST, 0x7fffffff), 0);
	t_puts(1, "ok\n");
	return 0;
}
