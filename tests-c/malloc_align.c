/* Alignment of posix_memalign/aligned_alloc/memalign/valloc/pvalloc for
 * alignments 1..65536; the blocks are usable, freeable and realloc-able. */
#include <stdlib.h>
#include <stdint.h>
#include <errno.h>
#include <malloc.h>
#include <unistd.h>
#include "check.h"

/* Larger than PTRDIFF_MAX: refused everywhere (SIZE_MAX / 2 itself fits
 * a 32-bit process under a 64-bit kernel). */
#define HUGE ((size_t)PTRDIFF_MAX + 1)

static void use(void *p, size_t n)
{
	CHECK(p != NULL);
	CHECK(malloc_usable_size(p) >= n);
	memset(p, 0xa5, n);
}

int main(void)
{
	static const size_t sizes[] = { 0, 1, 8, 17, 100, 1000, 5000, 70000, 200000 };
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	for (size_t a = 1; a <= 65536; a *= 2) {
		for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
			size_t n = sizes[s];
			void *p;
			if (a >= sizeof(void *)) {
				p = (void *)1;
				CHECK_EQ(posix_memalign(&p, a, n), 0);
				CHECK(((uintptr_t)p & (a - 1)) == 0);
				use(p, n);
				free(p);
			}
			p = aligned_alloc(a, n);
			CHECK(((uintptr_t)p & (a - 1)) == 0);
			use(p, n);
			/* realloc of an aligned block keeps the data */
			unsigned char *q = realloc(p, n + 3000);
			CHECK(q != NULL);
			for (size_t k = 0; k < n; k++)
				CHECK(q[k] == 0xa5);
			free(q);
			p = memalign(a, n);
			CHECK(((uintptr_t)p & (a - 1)) == 0);
			use(p, n);
			free(p);
		}
	}
	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		void *p = valloc(sizes[s]);
		CHECK(((uintptr_t)p & (page - 1)) == 0);
		use(p, sizes[s]);
		free(p);
		p = pvalloc(sizes[s] + 1);
		CHECK(((uintptr_t)p & (page - 1)) == 0);
		use(p, sizes[s] + 1);
		free(p);
	}
	/* Many live aligned blocks at once stay distinct. */
	void *v[300];
	for (int i = 0; i < 300; i++) {
		v[i] = memalign(64 << (i % 6), 40 + i);
		CHECK(((uintptr_t)v[i] & ((64u << (i % 6)) - 1)) == 0);
		memset(v[i], i, 40 + i);
	}
	for (int i = 0; i < 300; i++) {
		for (int k = 0; k < 40 + i; k++)
			CHECK(((unsigned char *)v[i])[k] == (unsigned char)i);
		free(v[i]);
	}

	/* posix_memalign: EINVAL for an alignment that is not a power of two
	 * multiple of sizeof(void *); the result is left alone. */
	void *p = (void *)1;
	CHECK_EQ(posix_memalign(&p, 0, 16), EINVAL);
	CHECK_EQ(posix_memalign(&p, 3, 16), EINVAL);
	CHECK_EQ(posix_memalign(&p, sizeof(void *) / 2, 16), EINVAL);
	CHECK_EQ(posix_memalign(&p, 24, 16), EINVAL);
	CHECK(p == (void *)1);
	CHECK_EQ(posix_memalign(&p, 64, HUGE), ENOMEM);
	CHECK(p == (void *)1);

	/* aligned_alloc/memalign: an impossible alignment is EINVAL, an
	 * impossible size ENOMEM. (A non-power-of-two alignment is rounded up
	 * by glibc < 2.38 and refused by later ones: either is accepted.) */
	errno = 0;
	CHECK(aligned_alloc(SIZE_MAX / 2 + 2, 16) == NULL);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(memalign(SIZE_MAX / 2 + 2, 16) == NULL);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(aligned_alloc(64, HUGE) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	CHECK(memalign(4096, SIZE_MAX - 100) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	CHECK(valloc(SIZE_MAX) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	CHECK(pvalloc(SIZE_MAX) == NULL);
	CHECK_EQ(errno, ENOMEM);
	errno = 0;
	p = aligned_alloc(24, 10);
	if (p) {
		CHECK(((uintptr_t)p & 31) == 0);
		free(p);
	} else {
		CHECK_EQ(errno, EINVAL);
	}
	return 0;
}
