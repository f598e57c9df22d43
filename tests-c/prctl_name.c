// CFLAGS: -D_GNU_SOURCE
/* prctl: PR_SET_NAME/PR_GET_NAME round trip (truncated to 15 bytes),
 * PR_SET_DUMPABLE/PR_GET_DUMPABLE, an unknown option is EINVAL;
 * personality queries with 0xffffffff and sets and restores a flag. */
#include "check.h"
#include <errno.h>
#include <sys/personality.h>
#include <sys/prctl.h>

int main(void)
{
	char name[32];
	CHECK_EQ(prctl(PR_SET_NAME, "ferro-test"), 0);
	memset(name, 'x', sizeof name);
	CHECK_EQ(prctl(PR_GET_NAME, name), 0);
	CHECK(strcmp(name, "ferro-test") == 0);
	CHECK_EQ(prctl(PR_SET_NAME, "a-name-longer-than-sixteen"), 0);
	CHECK_EQ(prctl(PR_GET_NAME, name), 0);
	CHECK(strcmp(name, "a-name-longer-t") == 0);

	int d = prctl(PR_GET_DUMPABLE);
	CHECK(d == 0 || d == 1);
	CHECK_EQ(prctl(PR_SET_DUMPABLE, 0), 0);
	CHECK_EQ(prctl(PR_GET_DUMPABLE), 0);
	CHECK_EQ(prctl(PR_SET_DUMPABLE, 1), 0);
	CHECK_EQ(prctl(PR_GET_DUMPABLE), 1);
	CHECK_ERR(prctl(PR_SET_DUMPABLE, 7), EINVAL);
	CHECK_ERR(prctl(0x7fff0000), EINVAL);

	int sig = -1;
	CHECK_EQ(prctl(PR_SET_PDEATHSIG, 10), 0);
	CHECK_EQ(prctl(PR_GET_PDEATHSIG, &sig), 0);
	CHECK_EQ(sig, 10);
	CHECK_EQ(prctl(PR_SET_PDEATHSIG, 0), 0);

	int p = personality(0xffffffff);
	CHECK(p >= 0);
	CHECK_EQ(p & PER_MASK, PER_LINUX);
	CHECK_EQ(personality(p | ADDR_NO_RANDOMIZE), p);
	CHECK_EQ(personality(0xffffffff), p | ADDR_NO_RANDOMIZE);
	CHECK_EQ(personality(p), p | ADDR_NO_RANDOMIZE);
	CHECK_EQ(personality(0xffffffff), p);
	return 0;
}
