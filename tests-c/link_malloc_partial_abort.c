/* The program defines malloc and free but not realloc, then asks the
 * libc's realloc to resize one of its blocks: the libc cannot (it does not
 * know the block's size) and must not treat the program's memory as its
 * own, so it says which function is missing and aborts. (glibc cannot
 * link this program: realloc pulls its malloc.o, a duplicate malloc.) */
// CFLAGS: -fno-builtin
// SIGNAL: 6
// STDERR-CONTAINS: realloc(): the program defines malloc but not realloc
// GLIBC: differs (static glibc: multiple definition of malloc)
#include <stdlib.h>
#include <string.h>

static _Alignas(16) unsigned char pool[1 << 16];
static size_t used;

void *malloc(size_t n)
{
	void *p = pool + used;
	used += (n + 15) & ~(size_t)15;
	return p;
}

void free(void *p)
{
	(void)p;
}

int main(void)
{
	char *p = malloc(8);
	memcpy(p, "resize", 7);
	p = realloc(p, 100);
	return p != NULL;
}
