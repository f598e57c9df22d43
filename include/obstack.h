#ifndef _OBSTACK_H
#define _OBSTACK_H 1
#include <features.h>
#include <string.h>
/* GNU obstacks: stacks of objects grown in chunks from a caller-chosen
 * allocator. The layout of struct obstack and the out-of-line functions
 * are glibc's (as its installed header declares them); the macros below
 * are this library's own. The program defines obstack_chunk_alloc and
 * obstack_chunk_free (usually as malloc and free) before using
 * obstack_init or obstack_begin. */
__FERRO_BEGIN_DECLS

struct _obstack_chunk {
	char *limit;                 /* one past the end of this chunk */
	struct _obstack_chunk *prev; /* the chunk before, or NULL */
	char contents[4];            /* objects start here (aligned) */
};

struct obstack {
	long chunk_size;              /* preferred size of a new chunk */
	struct _obstack_chunk *chunk; /* the current chunk */
	char *object_base;            /* start of the object being grown */
	char *next_free;              /* where the next byte goes */
	char *chunk_limit;            /* end of the current chunk */
	union {
		__PTRDIFF_TYPE__ tempint;
		void *tempptr;
	} temp;                       /* scratch for the non-GNU macros */
	int alignment_mask;           /* objects start at (addr & mask) == 0 */
	struct _obstack_chunk *(*chunkfun)(void *, long);
	void (*freefun)(void *, struct _obstack_chunk *);
	void *extra_arg;              /* first argument of the two above */
	__extension__ struct {        /* one unsigned, as glibc's bit-fields */
		unsigned use_extra_arg : 1;
		unsigned maybe_empty_object : 1;
		unsigned alloc_failed : 1; /* unused; kept for the layout */
	};
};

void _obstack_newchunk(struct obstack *, int);
int _obstack_begin(struct obstack *, int, int, void *(*)(long), void (*)(void *));
int _obstack_begin_1(struct obstack *, int, int, void *(*)(void *, long),
		     void (*)(void *, void *), void *);
int _obstack_memory_used(struct obstack *);
int _obstack_allocated_p(struct obstack *, void *);
void _obstack_free(struct obstack *, void *);
void obstack_free(struct obstack *, void *);
extern void (*obstack_alloc_failed_handler)(void);
extern int obstack_exit_failure;

/* Rounds P up to a multiple of A + 1, counted from address 0. */
#define __ferro_obstack_align(P, A) \
	((char *)(((__UINTPTR_TYPE__)(P) + (A)) & ~(__UINTPTR_TYPE__)(A)))

#define obstack_base(h) ((void *)(h)->object_base)
#define obstack_chunk_size(h) ((h)->chunk_size)
#define obstack_next_free(h) ((void *)(h)->next_free)
#define obstack_alignment_mask(h) ((h)->alignment_mask)

#define obstack_init(h)                                                  \
	_obstack_begin((h), 0, 0, (void *(*)(long))obstack_chunk_alloc, \
		       (void (*)(void *))obstack_chunk_free)
#define obstack_begin(h, size)                                              \
	_obstack_begin((h), (size), 0, (void *(*)(long))obstack_chunk_alloc, \
		       (void (*)(void *))obstack_chunk_free)
#define obstack_specify_allocation(h, size, alignment, chunkfun, freefun)     \
	_obstack_begin((h), (size), (alignment), (void *(*)(long))(chunkfun), \
		       (void (*)(void *))(freefun))
#define obstack_specify_allocation_with_arg(h, size, alignment, chunkfun, freefun, arg) \
	_obstack_begin_1((h), (size), (alignment), (void *(*)(void *, long))(chunkfun), \
			 (void (*)(void *, void *))(freefun), (arg))
#define obstack_chunkfun(h, newchunkfun) \
	((h)->chunkfun = (struct _obstack_chunk * (*)(void *, long))(newchunkfun))
#define obstack_freefun(h, newfreefun) \
	((h)->freefun = (void (*)(void *, struct _obstack_chunk *))(newfreefun))

#define obstack_1grow_fast(h, c) (*((h)->next_free)++ = (c))
#define obstack_blank_fast(h, n) ((h)->next_free += (n))
#define obstack_memory_used(h) _obstack_memory_used(h)

#if defined(__GNUC__) && !defined(__FERRO_OBSTACK_PLAIN)
/* Each macro evaluates its obstack argument once. */
# define obstack_object_size(h) __extension__({ \
	struct obstack const *__o = (h);        \
	(unsigned)(__o->next_free - __o->object_base); })
# define obstack_room(h) __extension__({ \
	struct obstack const *__o = (h); \
	(unsigned)(__o->chunk_limit - __o->next_free); })
# define obstack_empty_p(h) __extension__({                                    \
	struct obstack const *__o = (h);                                      \
	(__o->chunk->prev == 0 &&                                             \
	 __o->next_free == __ferro_obstack_align(__o->chunk->contents,        \
						  __o->alignment_mask)); })
# define obstack_make_room(h, n) __extension__({                    \
	struct obstack *__o = (h);                                  \
	int __n = (n);                                              \
	if (__o->chunk_limit - __o->next_free < __n)                \
		_obstack_newchunk(__o, __n);                        \
	(void)0; })
# define obstack_grow(h, where, n) __extension__({                  \
	struct obstack *__o = (h);                                  \
	int __n = (n);                                              \
	if (__o->chunk_limit - __o->next_free < __n)                \
		_obstack_newchunk(__o, __n);                        \
	memcpy(__o->next_free, (where), __n);                       \
	__o->next_free += __n;                                      \
	(void)0; })
# define obstack_grow0(h, where, n) __extension__({                 \
	struct obstack *__o = (h);                                  \
	int __n = (n);                                              \
	if (__o->chunk_limit - __o->next_free < __n + 1)            \
		_obstack_newchunk(__o, __n + 1);                    \
	memcpy(__o->next_free, (where), __n);                       \
	__o->next_free += __n;                                      \
	*(__o->next_free)++ = 0;                                    \
	(void)0; })
# define obstack_1grow(h, c) __extension__({                        \
	struct obstack *__o = (h);                                  \
	if (__o->next_free >= __o->chunk_limit)                     \
		_obstack_newchunk(__o, 1);                          \
	obstack_1grow_fast(__o, c);                                 \
	(void)0; })
# define obstack_ptr_grow(h, p) __extension__({                     \
	struct obstack *__o = (h);                                  \
	if (__o->chunk_limit - __o->next_free < (int)sizeof(void *)) \
		_obstack_newchunk(__o, sizeof(void *));             \
	obstack_ptr_grow_fast(__o, p);                              \
	(void)0; })
# define obstack_int_grow(h, i) __extension__({                     \
	struct obstack *__o = (h);                                  \
	if (__o->chunk_limit - __o->next_free < (int)sizeof(int))   \
		_obstack_newchunk(__o, sizeof(int));                \
	obstack_int_grow_fast(__o, i);                              \
	(void)0; })
# define obstack_ptr_grow_fast(h, p) __extension__({                \
	struct obstack *__p = (h);                                  \
	void *__v = (void *)(p);                                    \
	memcpy(__p->next_free, &__v, sizeof __v);                   \
	__p->next_free += sizeof __v;                               \
	(void)0; })
# define obstack_int_grow_fast(h, i) __extension__({                \
	struct obstack *__p = (h);                                  \
	int __v = (i);                                              \
	memcpy(__p->next_free, &__v, sizeof __v);                   \
	__p->next_free += sizeof __v;                               \
	(void)0; })
# define obstack_blank(h, n) __extension__({                        \
	struct obstack *__o = (h);                                  \
	int __n = (n);                                              \
	if (__o->chunk_limit - __o->next_free < __n)                \
		_obstack_newchunk(__o, __n);                        \
	obstack_blank_fast(__o, __n);                               \
	(void)0; })
# define obstack_finish(h) __extension__({                                     \
	struct obstack *__o = (h);                                             \
	void *__obj = (void *)__o->object_base;                                \
	if (__o->next_free == __o->object_base)                                \
		__o->maybe_empty_object = 1;                                   \
	__o->next_free = __ferro_obstack_align(__o->next_free,                 \
					       __o->alignment_mask);           \
	if ((__SIZE_TYPE__)(__o->next_free - (char *)__o->chunk) >             \
	    (__SIZE_TYPE__)(__o->chunk_limit - (char *)__o->chunk))            \
		__o->next_free = __o->chunk_limit;                             \
	__o->object_base = __o->next_free;                                     \
	__obj; })
# define obstack_alloc(h, n) __extension__({ \
	struct obstack *__h = (h);           \
	obstack_blank(__h, (n));             \
	obstack_finish(__h); })
# define obstack_copy(h, where, n) __extension__({ \
	struct obstack *__h = (h);                 \
	obstack_grow(__h, (where), (n));           \
	obstack_finish(__h); })
# define obstack_copy0(h, where, n) __extension__({ \
	struct obstack *__h = (h);                  \
	obstack_grow0(__h, (where), (n));           \
	obstack_finish(__h); })
# define obstack_free(h, obj) __extension__({                                  \
	struct obstack *__o = (h);                                             \
	void *__obj = (void *)(obj);                                           \
	if (__obj > (void *)__o->chunk && __obj < (void *)__o->chunk_limit)   \
		__o->next_free = __o->object_base = (char *)__obj;             \
	else                                                                   \
		(obstack_free)(__o, __obj);                                    \
	(void)0; })
#else
/* Without statement expressions: the obstack argument may be evaluated
 * more than once, and temp holds the length or pointer. */
# define obstack_object_size(h) ((unsigned)((h)->next_free - (h)->object_base))
# define obstack_room(h) ((unsigned)((h)->chunk_limit - (h)->next_free))
# define obstack_empty_p(h)                                      \
	((h)->chunk->prev == 0 &&                                \
	 (h)->next_free == __ferro_obstack_align((h)->chunk->contents, \
						 (h)->alignment_mask))
# define obstack_make_room(h, n)                                          \
	((h)->temp.tempint = (n),                                        \
	 ((h)->chunk_limit - (h)->next_free < (h)->temp.tempint          \
	  ? _obstack_newchunk((h), (int)(h)->temp.tempint) : (void)0))
# define obstack_grow(h, where, n)                                        \
	(obstack_make_room((h), (n)),                                    \
	 memcpy((h)->next_free, (where), (h)->temp.tempint),             \
	 (h)->next_free += (h)->temp.tempint)
# define obstack_grow0(h, where, n)                                       \
	((h)->temp.tempint = (n) + 1,                                    \
	 ((h)->chunk_limit - (h)->next_free < (h)->temp.tempint          \
	  ? _obstack_newchunk((h), (int)(h)->temp.tempint) : (void)0),   \
	 memcpy((h)->next_free, (where), (h)->temp.tempint - 1),         \
	 (h)->next_free += (h)->temp.tempint - 1,                        \
	 *((h)->next_free)++ = 0)
# define obstack_1grow(h, c)                                              \
	(((h)->next_free >= (h)->chunk_limit ? _obstack_newchunk((h), 1)  \
					      : (void)0),                \
	 obstack_1grow_fast((h), (c)))
# define obstack_ptr_grow_fast(h, p) \
	(((void **)((h)->next_free += sizeof(void *)))[-1] = (void *)(p))
# define obstack_int_grow_fast(h, i) \
	(((int *)((h)->next_free += sizeof(int)))[-1] = (i))
# define obstack_ptr_grow(h, p)                                           \
	(((h)->chunk_limit - (h)->next_free < (int)sizeof(void *)         \
	  ? _obstack_newchunk((h), sizeof(void *)) : (void)0),           \
	 obstack_ptr_grow_fast((h), (p)))
# define obstack_int_grow(h, i)                                           \
	(((h)->chunk_limit - (h)->next_free < (int)sizeof(int)            \
	  ? _obstack_newchunk((h), sizeof(int)) : (void)0),              \
	 obstack_int_grow_fast((h), (i)))
# define obstack_blank(h, n) \
	(obstack_make_room((h), (n)), obstack_blank_fast((h), (h)->temp.tempint))
# define obstack_finish(h)                                                     \
	(((h)->next_free == (h)->object_base ? ((h)->maybe_empty_object = 1) : 0), \
	 (h)->temp.tempptr = (h)->object_base,                                 \
	 (h)->next_free = __ferro_obstack_align((h)->next_free,                \
						(h)->alignment_mask),          \
	 ((__SIZE_TYPE__)((h)->next_free - (char *)(h)->chunk) >               \
	  (__SIZE_TYPE__)((h)->chunk_limit - (char *)(h)->chunk)               \
	  ? ((h)->next_free = (h)->chunk_limit) : 0),                          \
	 (h)->object_base = (h)->next_free,                                    \
	 (h)->temp.tempptr)
# define obstack_alloc(h, n) (obstack_blank((h), (n)), obstack_finish(h))
# define obstack_copy(h, where, n) (obstack_grow((h), (where), (n)), obstack_finish(h))
# define obstack_copy0(h, where, n) (obstack_grow0((h), (where), (n)), obstack_finish(h))
# define obstack_free(h, obj)                                                 \
	((h)->temp.tempptr = (void *)(obj),                                   \
	 ((h)->temp.tempptr > (void *)(h)->chunk &&                           \
	  (h)->temp.tempptr < (void *)(h)->chunk_limit)                       \
	 ? (void)((h)->next_free = (h)->object_base = (char *)(h)->temp.tempptr) \
	 : (obstack_free)((h), (h)->temp.tempptr))
#endif

__FERRO_END_DECLS
#endif
