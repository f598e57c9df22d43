// CFLAGS: -D_GNU_SOURCE
/* getpriority/setpriority/nice round trips: getpriority gives the nice
 * value itself (the kernel's 20-nice bias undone), -1 is a valid result
 * told apart by errno, nice returns the new value, an unknown `which` is
 * EINVAL. Lowering the nice value needs root. */
#include "check.h"
#include <errno.h>
#include <sys/resource.h>

int main(void)
{
	errno = 0;
	int orig = getpriority(PRIO_PROCESS, 0);
	CHECK_EQ(errno, 0);
	CHECK(orig >= -20 && orig <= 19);
	CHECK_EQ(getpriority(PRIO_PROCESS, getpid()), orig);

	int up = orig < 15 ? orig + 2 : orig;
	CHECK_EQ(setpriority(PRIO_PROCESS, 0, up), 0);
	CHECK_EQ(getpriority(PRIO_PROCESS, 0), up);
	errno = 1234;
	int n = nice(1);
	CHECK_EQ(n, up + 1);
	CHECK_EQ(errno, 1234); /* kept on success */
	CHECK_EQ(nice(0), up + 1);
	CHECK_EQ(getpriority(PRIO_PROCESS, 0), up + 1);
	/* The kernel clamps to 19. */
	CHECK_EQ(nice(100), 19);
	CHECK_EQ(setpriority(PRIO_PROCESS, 0, 1000), 0);
	CHECK_EQ(getpriority(PRIO_PROCESS, 0), 19);

	CHECK_ERR(getpriority(99, 0), EINVAL);
	CHECK_ERR(setpriority(99, 0, 0), EINVAL);
	CHECK_ERR(getpriority(PRIO_PROCESS, -5), ESRCH);

	if (geteuid() == 0) {
		/* -1 is a value, not an error. */
		CHECK_EQ(setpriority(PRIO_PROCESS, 0, -1), 0);
		errno = 0;
		CHECK_EQ(getpriority(PRIO_PROCESS, 0), -1);
		CHECK_EQ(errno, 0);
		errno = 0;
		CHECK_EQ(nice(0), -1);
		CHECK_EQ(errno, 0);
		CHECK_EQ(nice(-2), -3);
		CHECK_EQ(nice(-100), -20);
		CHECK_EQ(setpriority(PRIO_PROCESS, 0, orig), 0);
		CHECK_EQ(getpriority(PRIO_PROCESS, 0), orig);
		/* Unprivileged, lowering is refused: nice says EPERM. */
		CHECK_EQ(setresuid(65534, 65534, 65534), 0);
		CHECK_ERR(nice(-1), EPERM);
		CHECK_EQ(getpriority(PRIO_PROCESS, 0), orig);
	}
	return 0;
}
