/* mmap, munmap, mprotect, madvise, msync: anonymous and file-backed
 * mappings, and the errors for bad arguments. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	CHECK(pg >= 4096);

	/* anonymous: zeroed, page-aligned, writable */
	unsigned char *a = mmap(NULL, 3 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(a != MAP_FAILED);
	CHECK_EQ((uintptr_t)a % pg, 0);
	for (long i = 0; i < 3 * pg; i++)
		if (a[i])
			CHECK_EQ(a[i], 0);
	memset(a, 0xab, 3 * pg);
	CHECK_EQ(a[3 * pg - 1], 0xab);

	/* mprotect: read-only, then back; bad flags and alignment */
	CHECK_EQ(mprotect(a, pg, PROT_READ), 0);
	CHECK_EQ(a[0], 0xab);
	CHECK_EQ(mprotect(a, pg, PROT_READ | PROT_WRITE), 0);
	a[0] = 1;
	CHECK_EQ(a[0], 1);
	CHECK_ERR(mprotect(a + 1, pg, PROT_READ), EINVAL);

	/* madvise: known advice works. (Unknown advice is EINVAL from the
	 * kernel, but qemu-user accepts anything, so that is not checked.) */
	CHECK_EQ(madvise(a, 3 * pg, MADV_NORMAL), 0);
	CHECK_EQ(madvise(a, pg, MADV_WILLNEED), 0);
	CHECK_ERR(madvise(a + 1, pg, MADV_NORMAL), EINVAL);

	/* munmap the middle page; unmapping again is fine, unaligned is not */
	CHECK_EQ(munmap(a + pg, pg), 0);
	CHECK_EQ(munmap(a + pg, pg), 0);
	CHECK_ERR(munmap(a + 1, pg), EINVAL);
	CHECK_EQ(a[2 * pg], 0xab);
	CHECK_EQ(munmap(a, 3 * pg), 0);

	/* bad arguments */
	CHECK(mmap(NULL, pg, PROT_READ, MAP_PRIVATE, -1, 0) == MAP_FAILED);
	CHECK_EQ(errno, EBADF);
	errno = 0;
	CHECK(mmap(NULL, pg, PROT_READ, MAP_PRIVATE, 987, 0) == MAP_FAILED);
	CHECK_EQ(errno, EBADF);
	errno = 0;
	CHECK(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	/* neither MAP_PRIVATE nor MAP_SHARED */
	CHECK(mmap(NULL, pg, PROT_READ, MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
	CHECK_EQ(errno, EINVAL);

	/* a length no address space can hold: ENOMEM from the kernel (on
	 * 32-bit arches more than PTRDIFF_MAX bytes may be mapped) */
	errno = 0;
	CHECK(mmap(NULL, SIZE_MAX - 2 * pg + 1, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
	CHECK_EQ(errno, ENOMEM);
#if defined(TEST_ARCH_I386)
	/* 2 GiB + 1 page: over PTRDIFF_MAX, still mappable by a 32-bit
	 * process on a 64-bit kernel; if the space is there it works */
	void *huge = mmap(NULL, (size_t)PTRDIFF_MAX + 1 + pg, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	CHECK(huge != MAP_FAILED);
	CHECK_EQ(munmap(huge, (size_t)PTRDIFF_MAX + 1 + pg), 0);
#endif

	/* a file mapping: shared writes reach the file */
	int fd = open("f", O_RDWR | O_CREAT, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(ftruncate(fd, 2 * pg), 0);
	errno = 0;
	CHECK(mmap(NULL, pg, PROT_READ, MAP_SHARED, fd, 1) == MAP_FAILED);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(mmap(NULL, pg, PROT_READ, MAP_SHARED, fd, pg / 2) == MAP_FAILED);
	CHECK_EQ(errno, EINVAL);
	char *m = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, pg);
	CHECK(m != MAP_FAILED);
	memcpy(m, "mapped", 6);
	CHECK_EQ(msync(m, pg, MS_SYNC), 0);
	CHECK_EQ(msync(m, pg, MS_ASYNC), 0);
	CHECK_ERR(msync(m, pg, MS_SYNC | MS_ASYNC), EINVAL);
	CHECK_ERR(msync(m + 1, pg, MS_SYNC), EINVAL);
	char buf[8] = {0};
	CHECK_EQ(lseek(fd, pg, SEEK_SET), pg);
	CHECK_EQ(read(fd, buf, 6), 6);
	CHECK(memcmp(buf, "mapped", 6) == 0);
	/* and the file's data shows in a new private mapping */
	char *r = mmap(NULL, 2 * pg, PROT_READ, MAP_PRIVATE, fd, 0);
	CHECK(r != MAP_FAILED);
	CHECK(memcmp(r + pg, "mapped", 6) == 0);
	CHECK_EQ(r[0], 0);
	CHECK_EQ(munmap(r, 2 * pg), 0);
	CHECK_EQ(munmap(m, pg), 0);
	/* a read-only fd cannot back a shared writable mapping */
	int ro = open("f", O_RDONLY);
	CHECK(ro >= 0);
	errno = 0;
	CHECK(mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_SHARED, ro, 0) == MAP_FAILED);
	CHECK_EQ(errno, EACCES);
	CHECK_EQ(close(ro), 0);
	CHECK_EQ(close(fd), 0);
	return 0;
}
