// STDOUT: ok\n
/* sys/stat.h S_TYPEISMQ S_TYPEISSEM S_TYPEISSHM (POSIX): 0 for any
 * struct stat pointer on Linux, also for a POSIX shared memory object
 * (a file in /dev/shm); they take the pointer, not the mode. */
#define _GNU_SOURCE
#include "check.h"
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef S_TYPEISMQ
#error "S_TYPEISMQ missing"
#endif
#ifndef S_TYPEISSEM
#error "S_TYPEISSEM missing"
#endif
#ifndef S_TYPEISSHM
#error "S_TYPEISSHM missing"
#endif

int main(void)
{
	struct stat st, *p = &st;
	CHECK_EQ(stat("/", &st), 0);
	CHECK_EQ(S_TYPEISMQ(&st), 0);
	CHECK_EQ(S_TYPEISSEM(&st), 0);
	CHECK_EQ(S_TYPEISSHM(&st), 0);
	const struct stat *cp = &st;
	CHECK_EQ(S_TYPEISMQ(cp) + S_TYPEISSEM(cp) + S_TYPEISSHM(cp), 0);
	char name[32];
	snprintf(name, sizeof name, "/ferro_typeis%d", (int)getpid());
	int fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
	if (fd >= 0) {
		CHECK_EQ(fstat(fd, p), 0);
		CHECK_EQ(S_TYPEISSHM(p), 0);
		CHECK_EQ(S_TYPEISMQ(p), 0);
		CHECK_EQ(S_TYPEISSEM(p), 0);
		CHECK(S_ISREG(p->st_mode));
		close(fd);
		CHECK_EQ(shm_unlink(name), 0);
	}
	puts("ok");
	return 0;
}
