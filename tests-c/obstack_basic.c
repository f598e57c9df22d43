// CFLAGS: -D_GNU_SOURCE
/* <obstack.h>: glibc's defaults (chunk size 4064, the strictest basic
 * alignment), growing and finishing objects, the chunk sizes of a new
 * chunk (object + request + an eighth + alignment + 100) and so
 * _obstack_memory_used, freeing back to an object, the _fast forms,
 * _obstack_allocated_p, obstack_printf, the custom allocator with an
 * extra argument. obstack_plain.c runs this file again with the macros
 * that need no GNU statement expressions. */
#include "check.h"
#include <obstack.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* glibc exports it but its header does not declare it. */
int _obstack_allocated_p(struct obstack *, void *);

#define obstack_chunk_alloc malloc
#define obstack_chunk_free free

static int nalloc, nfree;
static void *arg_seen;
static void *my_alloc(void *arg, long n)
{
	arg_seen = arg;
	nalloc++;
	return malloc(n);
}
static void my_free(void *arg, void *p)
{
	arg_seen = arg;
	nfree++;
	free(p);
}

static int nalloc2, nfree2;
static void *my_alloc2(void *arg, long n)
{
	(void)arg;
	nalloc2++;
	return malloc(n);
}
static void my_free2(void *arg, void *p)
{
	(void)arg;
	nfree2++;
	free(p);
}

int main(void)
{
	struct obstack o;
	const int mask = sizeof(void *) == 8 ? 15 : 3;
	const long hdr = sizeof(void *) == 8 ? 16 : 8;
	CHECK_EQ(sizeof(struct obstack), sizeof(void *) == 8 ? 88 : 44);
	CHECK_EQ(obstack_init(&o), 1);
	CHECK_EQ(obstack_chunk_size(&o), 4064);
	CHECK_EQ(obstack_alignment_mask(&o), mask);
	CHECK_EQ((char *)obstack_base(&o) - (char *)o.chunk, hdr);
	CHECK_EQ(obstack_room(&o), 4064 - hdr);
	CHECK_EQ(obstack_memory_used(&o), 4064);
	CHECK(obstack_empty_p(&o));
	CHECK(obstack_base(&o) == obstack_next_free(&o));

	char *a = obstack_alloc(&o, 3);
	char *b = obstack_alloc(&o, 5);
	CHECK_EQ(b - a, mask + 1);
	CHECK(!obstack_empty_p(&o));
	CHECK(_obstack_allocated_p(&o, a));
	CHECK(_obstack_allocated_p(&o, b));
	int local;
	CHECK(!_obstack_allocated_p(&o, &local));

	/* A string grown byte by byte and from pieces. */
	obstack_1grow(&o, 'h');
	obstack_grow(&o, "ello", 4);
	CHECK_EQ(obstack_object_size(&o), 5);
	obstack_grow0(&o, ", world", 7);
	CHECK_EQ(obstack_object_size(&o), 13);
	char *s = obstack_finish(&o);
	CHECK(strcmp(s, "hello, world") == 0);
	CHECK_EQ(((uintptr_t)obstack_base(&o)) & mask, 0);
	CHECK_EQ(obstack_object_size(&o), 0);

	char *c = obstack_copy(&o, "abc", 3);
	CHECK(memcmp(c, "abc", 3) == 0);
	char *c0 = obstack_copy0(&o, "xyz", 3);
	CHECK(strcmp(c0, "xyz") == 0);

	/* Pointer and int growth, and their _fast forms. */
	obstack_ptr_grow(&o, a);
	obstack_ptr_grow(&o, b);
	obstack_int_grow(&o, 7);
	obstack_make_room(&o, sizeof(void *) + sizeof(int));
	obstack_ptr_grow_fast(&o, s);
	obstack_int_grow_fast(&o, -9);
	CHECK_EQ(obstack_object_size(&o), 3 * sizeof(void *) + 2 * sizeof(int));
	char *v = obstack_finish(&o);
	void *p0, *p1, *p2;
	int i0, i1;
	memcpy(&p0, v, sizeof p0);
	memcpy(&p1, v + sizeof p0, sizeof p1);
	memcpy(&i0, v + 2 * sizeof p0, sizeof i0);
	memcpy(&p2, v + 2 * sizeof p0 + sizeof i0, sizeof p2);
	memcpy(&i1, v + 3 * sizeof p0 + sizeof i0, sizeof i1);
	CHECK(p0 == a && p1 == b && p2 == s);
	CHECK_EQ(i0, 7);
	CHECK_EQ(i1, -9);

	/* 1grow_fast and blank_fast within the room. */
	CHECK(obstack_room(&o) > 10);
	obstack_1grow_fast(&o, 'q');
	obstack_blank_fast(&o, 3);
	CHECK_EQ(obstack_object_size(&o), 4);
	obstack_blank(&o, -2);
	CHECK_EQ(obstack_object_size(&o), 2);
	CHECK_EQ(*(char *)obstack_base(&o), 'q');
	obstack_finish(&o);

	/* A new chunk: glibc's size rule, the partial object copied over. */
	obstack_grow(&o, "x", 1);
	char *old_chunk = (char *)o.chunk;
	obstack_blank(&o, 5000);
	CHECK((char *)o.chunk != old_chunk);
	CHECK_EQ(o.chunk_limit - (char *)o.chunk, 1 + 5000 + 0 + mask + 100);
	CHECK_EQ((char *)obstack_base(&o) - (char *)o.chunk, hdr);
	CHECK_EQ(*(char *)obstack_base(&o), 'x');
	CHECK_EQ(obstack_memory_used(&o), 4064 + 1 + 5000 + mask + 100);
	CHECK_EQ(obstack_object_size(&o), 5001);
	char *big = obstack_finish(&o);
	CHECK(_obstack_allocated_p(&o, a));
	CHECK(_obstack_allocated_p(&o, big));
	CHECK_EQ((char *)o.chunk->prev, old_chunk);

	/* Freeing back to an object in the first chunk frees the second. */
	obstack_free(&o, c);
	CHECK((char *)o.chunk == old_chunk);
	CHECK(obstack_base(&o) == (void *)c);
	CHECK_EQ(obstack_memory_used(&o), 4064);
	CHECK(_obstack_allocated_p(&o, a));
	/* Within the current chunk the macro just moves the pointers. */
	obstack_free(&o, b);
	CHECK(obstack_next_free(&o) == (void *)b);

	/* Back to empty; a freed chunk may have left an empty object, so
	 * the first chunk is kept when an object outgrows it. */
	obstack_free(&o, a);
	obstack_free(&o, obstack_base(&o));
	CHECK(obstack_empty_p(&o));
	for (int i = 0; i < 5000; i++)
		obstack_1grow(&o, (char)i);
	CHECK(o.chunk->prev != NULL);
	CHECK_EQ(obstack_object_size(&o), 5000);
	char *seq = obstack_finish(&o);
	for (int i = 0; i < 5000; i++)
		CHECK_EQ(seq[i], (char)i);
	CHECK_EQ(obstack_memory_used(&o), 4064 + (o.chunk_limit - (char *)o.chunk));

	/* An object that outgrows a fresh obstack's only chunk: that chunk
	 * is given back (the object was its only content). */
	struct obstack q;
	obstack_init(&q);
	for (int i = 0; i < 5000; i++)
		obstack_1grow(&q, (char)i);
	CHECK(q.chunk->prev == NULL);
	CHECK_EQ(obstack_memory_used(&q), q.chunk_limit - (char *)q.chunk);
	seq = obstack_finish(&q);
	for (int i = 0; i < 5000; i++)
		CHECK_EQ(seq[i], (char)i);
	obstack_free(&q, NULL);

	/* obstack_printf grows the current object; vprintf too. */
	CHECK_EQ(obstack_printf(&o, "%d-%s", 42, "hi"), 5);
	CHECK_EQ(obstack_object_size(&o), 5);
	CHECK_EQ(obstack_printf(&o, "%05.1f|%c", 2.25, 'z'), 7);
	obstack_1grow(&o, 0);
	CHECK(strcmp(obstack_finish(&o), "42-hi002.2|z") == 0);
	char longs[3000];
	memset(longs, 'k', sizeof longs - 1);
	longs[sizeof longs - 1] = 0;
	for (int i = 0; i < 5; i++)
		CHECK_EQ(obstack_printf(&o, "%s", longs), 2999);
	CHECK_EQ(obstack_object_size(&o), 5 * 2999);
	obstack_1grow(&o, 0);
	char *ls = obstack_finish(&o);
	CHECK_EQ(strlen(ls), 5 * 2999);

	/* NULL frees everything. */
	obstack_free(&o, NULL);

	/* obstack_begin, specify_allocation(_with_arg). */
	struct obstack p;
	CHECK_EQ(obstack_begin(&p, 100), 1);
	CHECK_EQ(obstack_chunk_size(&p), 100);
	CHECK_EQ(p.chunk_limit - (char *)p.chunk, 100);
	obstack_free(&p, NULL);
	CHECK_EQ(obstack_specify_allocation(&p, 0, 1, malloc, free), 1);
	CHECK_EQ(obstack_chunk_size(&p), 4064);
	CHECK_EQ(obstack_alignment_mask(&p), 0);
	char *u1 = obstack_alloc(&p, 3), *u2 = obstack_alloc(&p, 1);
	CHECK_EQ(u2 - u1, 3);
	obstack_free(&p, NULL);

	int tag;
	CHECK_EQ(obstack_specify_allocation_with_arg(&p, 200, 8, my_alloc, my_free, &tag), 1);
	CHECK_EQ(nalloc, 1);
	CHECK(arg_seen == &tag);
	CHECK_EQ(obstack_alignment_mask(&p), 7);
	for (int i = 0; i < 100; i++)
		obstack_alloc(&p, 10);
	CHECK(nalloc > 1);
	CHECK_EQ(nfree, 0);
	int chunks = 0;
	for (struct _obstack_chunk *k = p.chunk; k; k = k->prev)
		chunks++;
	CHECK_EQ(chunks, nalloc);
	arg_seen = 0;
	obstack_free(&p, NULL);
	CHECK_EQ(nfree, nalloc);
	CHECK(arg_seen == &tag);

	/* obstack_chunkfun/freefun replace the allocator (here, of an
	 * obstack that passes the extra argument). */
	CHECK_EQ(obstack_specify_allocation_with_arg(&p, 100, 0, my_alloc, my_free, &tag), 1);
	obstack_chunkfun(&p, my_alloc2);
	obstack_freefun(&p, my_free2);
	int before2 = nalloc2;
	obstack_alloc(&p, 1000);
	CHECK_EQ(nalloc2, before2 + 1);
	obstack_free(&p, NULL);
	CHECK_EQ(nfree2, 2);
	t_puts(1, "ok\n");
	return 0;
}
