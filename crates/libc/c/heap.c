/* The libc's own allocations, through the link-resolved allocator.
 *
 * Everything ferrolibc allocates for itself or for the program (strdup,
 * getline, stream buffers, FILE objects, asprintf, scanf's %m, setenv …)
 * calls these. They live in their own archive member so that `malloc`
 * & co. are undefined references here: the linker binds them to the
 * program's definitions when it has them (the libc's are weak, see
 * xtask/src/archive.rs), and -Wl,--wrap=malloc reaches them too. A call
 * from Rust straight to the libc's malloc could be inlined by LLVM and
 * would then keep using the libc's allocator behind the program's back. */
typedef __SIZE_TYPE__ size_t;

void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
void free(void *p);

void *__ferrolibc_heap_malloc(size_t n)
{
	return malloc(n);
}

void *__ferrolibc_heap_calloc(size_t n, size_t size)
{
	return calloc(n, size);
}

void *__ferrolibc_heap_realloc(void *p, size_t n)
{
	return realloc(p, n);
}

void __ferrolibc_heap_free(void *p)
{
	free(p);
}
