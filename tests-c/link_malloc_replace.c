/* The program replaces the allocator (malloc free calloc realloc and the
 * aligned ones): it links without a duplicate definition, and every
 * allocation the libc makes for the program comes from these functions
 * and goes back through them — never a block of the libc's own handed to
 * this free, never one of these handed to the libc's allocator.
 * (-fno-builtin and volatile counters: gcc would otherwise assume strdup
 * & co. cannot touch this file's statics.) */
// CFLAGS: -fno-builtin
// STDOUT: ok\n
#define _GNU_SOURCE 1
#include "check.h"
#include <errno.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A bump allocator over a static pool; a 32-byte header before each block
 * holds a magic word and the size, so a pointer that is not ours (or is
 * freed twice) is caught. */
#define LIVE 0x6c697665u
#define DEAD 0x64656164u
struct hdr {
	unsigned magic;
	unsigned pad;
	size_t size;
	char fill[32 - sizeof(unsigned) * 2 - sizeof(size_t)];
};
static _Alignas(4096) unsigned char pool[8 << 20];
static size_t used;
static volatile long n_alloc, n_free, n_live, n_foreign, n_calloc, n_realloc, n_aligned;

static void *take(size_t align, size_t n)
{
	if (align < 16)
		align = 16;
	uintptr_t base = (uintptr_t)pool + used + sizeof(struct hdr);
	uintptr_t p = (base + align - 1) & ~(uintptr_t)(align - 1);
	size_t end = p - (uintptr_t)pool + n;
	if (end > sizeof pool) {
		errno = ENOMEM;
		return NULL;
	}
	used = (end + 15) & ~(size_t)15;
	struct hdr *h = (struct hdr *)p - 1;
	h->magic = LIVE;
	h->size = n;
	n_alloc++;
	n_live++;
	memset((void *)p, 0xa5, n); /* no zero-filled gifts */
	return (void *)p;
}

static int ours(const void *p)
{
	uintptr_t u = (uintptr_t)p;
	if (u < (uintptr_t)pool + sizeof(struct hdr) || u >= (uintptr_t)pool + sizeof pool)
		return 0;
	return ((const struct hdr *)p - 1)->magic == LIVE;
}

void *malloc(size_t n)
{
	return take(16, n);
}

void free(void *p)
{
	if (!p)
		return;
	if (!ours(p)) {
		n_foreign++;
		return;
	}
	((struct hdr *)p - 1)->magic = DEAD;
	n_free++;
	n_live--;
}

void *calloc(size_t a, size_t b)
{
	n_calloc++;
	if (b && a > (size_t)-1 / b) {
		errno = ENOMEM;
		return NULL;
	}
	void *p = take(16, a * b);
	if (p)
		memset(p, 0, a * b);
	return p;
}

void *realloc(void *p, size_t n)
{
	n_realloc++;
	if (p && !ours(p)) {
		n_foreign++;
		return NULL;
	}
	void *q = take(16, n);
	if (q && p) {
		size_t old = ((struct hdr *)p - 1)->size;
		memcpy(q, p, old < n ? old : n);
		free(p);
	}
	return q;
}

void *aligned_alloc(size_t align, size_t n)
{
	n_aligned++;
	return take(align, n);
}

void *memalign(size_t align, size_t n)
{
	n_aligned++;
	return take(align, n);
}

int posix_memalign(void **out, size_t align, size_t n)
{
	n_aligned++;
	void *p = take(align, n);
	if (!p)
		return ENOMEM;
	*out = p;
	return 0;
}

void *valloc(size_t n)
{
	n_aligned++;
	return take(4096, n);
}

void *pvalloc(size_t n)
{
	n_aligned++;
	return take(4096, (n + 4095) & ~(size_t)4095);
}

size_t malloc_usable_size(void *p)
{
	return p && ours(p) ? ((struct hdr *)p - 1)->size : 0;
}

static int my_asprintf(char **out, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vasprintf(out, fmt, ap);
	va_end(ap);
	return r;
}

/* `call` allocates a block the program owns, returned in `p`: it must be
 * ours, and freeing it brings the live count back. */
#define OWNED(p, call)                                                  \
	do {                                                            \
		long _live = n_live, _n = n_alloc;                      \
		p = (call);                                             \
		CHECK(p != NULL);                                       \
		CHECK(ours(p));                                         \
		CHECK(n_alloc > _n);                                    \
		free(p);                                                \
		CHECK_EQ(n_live, _live);                                \
	} while (0)

int main(void)
{
	char *s;
	long live0 = n_live;

	/* The program's own functions, called directly. */
	s = malloc(10);
	CHECK(ours(s));
	free(s);
	int *z = calloc(100, sizeof *z);
	CHECK(ours(z));
	for (int i = 0; i < 100; i++)
		CHECK_EQ(z[i], 0);
	free(z);
	CHECK_EQ(n_live, live0);

	OWNED(s, strdup("hello"));
	OWNED(s, strndup("hello, world", 5));
	OWNED(s, realpath(".", NULL));
	OWNED(s, getcwd(NULL, 0));
	OWNED(s, tempnam(NULL, "rep"));

	s = NULL;
	CHECK_EQ(my_asprintf(&s, "%d-%s", 42, "x"), 4);
	CHECK(ours(s));
	CHECK(strcmp(s, "42-x") == 0);
	free(s);

	/* scanf's %m: the buffer is the program's to free. */
	char *word = NULL;
	CHECK_EQ(sscanf("allocated words", "%ms", &word), 1);
	CHECK(ours(word));
	CHECK(strcmp(word, "allocated") == 0);
	free(word);
	word = NULL;
	CHECK_EQ(sscanf("abcabc!", "%m[abc]", &word), 1);
	CHECK(ours(word));
	free(word);
	CHECK_EQ(n_live, live0);

	/* Streams: the FILE, its buffer, getline's line. */
	const char *path = "replace.txt";
	FILE *f = fopen(path, "w");
	CHECK(f != NULL);
	CHECK(n_live > live0);
	CHECK_EQ(setvbuf(f, NULL, _IOFBF, 3000), 0);
	for (int i = 0; i < 200; i++)
		CHECK(fprintf(f, "line %d of a file long enough to need a grown getline buffer\n", i) > 0);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(n_live, live0);

	f = fopen(path, "r");
	CHECK(f != NULL);
	char *line = NULL;
	size_t cap = 0;
	CHECK(getline(&line, &cap, f) > 0);
	CHECK(ours(line));
	CHECK(strncmp(line, "line 0 ", 7) == 0);
	/* The program's block, grown by the libc through this realloc. */
	char *mine = malloc(4);
	size_t mcap = 4;
	CHECK(getdelim(&mine, &mcap, '\n', f) > 0);
	CHECK(ours(mine));
	CHECK(mcap >= strlen(mine) + 1);
	CHECK(strncmp(mine, "line 1 ", 7) == 0);
	free(mine);
	free(line);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(n_live, live0);
	CHECK_EQ(unlink(path), 0);

	/* Memory streams. */
	char *buf = NULL;
	size_t len = 0;
	f = open_memstream(&buf, &len);
	CHECK(f != NULL);
	for (int i = 0; i < 1000; i++)
		CHECK(fputs("grow ", f) >= 0);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(len, 5000);
	CHECK(ours(buf));
	free(buf);
	CHECK_EQ(n_live, live0);

	f = fmemopen(NULL, 64, "w+");
	CHECK(f != NULL);
	CHECK(n_live > live0);
	CHECK(fputs("in memory", f) >= 0);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(n_live, live0);

	/* The environment's storage. */
	long before = n_alloc;
	CHECK_EQ(setenv("REPLACED_MALLOC", "yes", 1), 0);
	CHECK(n_alloc > before);
	CHECK(strcmp(getenv("REPLACED_MALLOC"), "yes") == 0);

	/* The libc's own aligned functions are the program's here too. */
	void *a = aligned_alloc(64, 100);
	CHECK(((uintptr_t)a & 63) == 0 && ours(a));
	free(a);
	CHECK(n_aligned >= 1);

	CHECK_EQ(n_foreign, 0);
	t_puts(1, "ok\n");
	return 0;
}
