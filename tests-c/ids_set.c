// CFLAGS: -D_GNU_SOURCE
/* The set*id family and the supplementary groups, as root: every call
 * sets and restores, ids above 65535 prove the 32-bit id syscalls on
 * i386; the bad-input errors (seteuid(-1), getgroups with a short array
 * or a negative size, setgroups above NGROUPS_MAX). Without root only the
 * self-to-self calls and the errors run. */
#include "check.h"
#include <errno.h>
#include <grp.h>
#include <stdlib.h>

#define BIG 100000u /* needs 32-bit ids */

static void ids_are(uid_t r, uid_t e, uid_t s)
{
	uid_t a, b, c;
	CHECK_EQ(getresuid(&a, &b, &c), 0);
	CHECK_EQ(a, r);
	CHECK_EQ(b, e);
	CHECK_EQ(c, s);
	CHECK_EQ(getuid(), r);
	CHECK_EQ(geteuid(), e);
}

static void gids_are(gid_t r, gid_t e, gid_t s)
{
	gid_t a, b, c;
	CHECK_EQ(getresgid(&a, &b, &c), 0);
	CHECK_EQ(a, r);
	CHECK_EQ(b, e);
	CHECK_EQ(c, s);
	CHECK_EQ(getgid(), r);
	CHECK_EQ(getegid(), e);
}

int main(void)
{
	uid_t ru, eu, su;
	gid_t rg, eg, sg;
	CHECK_EQ(getresuid(&ru, &eu, &su), 0);
	CHECK_EQ(getresgid(&rg, &eg, &sg), 0);
	ids_are(ru, eu, su);
	gids_are(rg, eg, sg);

	/* To self, and -1 = unchanged: allowed to anyone. */
	CHECK_EQ(setresuid(ru, eu, su), 0);
	CHECK_EQ(setresuid(-1, -1, -1), 0);
	CHECK_EQ(setresgid(rg, eg, sg), 0);
	CHECK_EQ(setreuid(-1, -1), 0);
	CHECK_EQ(setregid(-1, -1), 0);
	CHECK_EQ(seteuid(eu), 0);
	CHECK_EQ(setegid(eg), 0);
	ids_are(ru, eu, su);
	gids_are(rg, eg, sg);
	CHECK_ERR(seteuid((uid_t)-1), EINVAL);
	CHECK_ERR(setegid((gid_t)-1), EINVAL);

	int n = getgroups(0, NULL);
	CHECK(n >= 0);
	gid_t *orig = malloc((n + 1) * sizeof *orig);
	CHECK(orig);
	CHECK_EQ(getgroups(n, orig), n);
	CHECK_ERR(getgroups(-1, orig), EINVAL);
	CHECK_ERR(setgroups(65537, NULL), EINVAL);

	if (eu != 0) {
		if (n >= 2)
			CHECK_ERR(getgroups(1, orig), EINVAL);
		CHECK_ERR(setgroups(0, NULL), EPERM);
		return 0;
	}

	/* Groups: set three, read back, a short array is EINVAL, restore. */
	gid_t three[3] = {BIG, 3, 2}, got[8];
	CHECK_EQ(setgroups(3, three), 0);
	CHECK_EQ(getgroups(0, NULL), 3);
	CHECK_EQ(getgroups(8, got), 3);
	CHECK(got[0] == 2 && got[1] == 3 && got[2] == BIG); /* the kernel sorts */
	CHECK_ERR(getgroups(2, got), EINVAL);
	CHECK_EQ(setgroups(0, NULL), 0);
	CHECK_EQ(getgroups(0, NULL), 0);
	CHECK_EQ(setgroups(n, orig), 0);
	CHECK_EQ(getgroups(0, NULL), n);

	/* Group ids (changed while the effective uid is still 0). */
	CHECK_EQ(setresgid(BIG, BIG + 1, BIG + 2), 0);
	gids_are(BIG, BIG + 1, BIG + 2);
	CHECK_EQ(setresgid(rg, eg, sg), 0);
	CHECK_EQ(setegid(BIG), 0);
	gids_are(rg, BIG, sg);
	CHECK_EQ(setregid(BIG + 3, BIG + 4), 0);
	gids_are(BIG + 3, BIG + 4, BIG + 4); /* saved follows a new effective */
	CHECK_EQ(setgid(BIG + 5), 0);           /* privileged: all three */
	gids_are(BIG + 5, BIG + 5, BIG + 5);
	CHECK_EQ(setresgid(rg, eg, sg), 0);
	gids_are(rg, eg, sg);

	/* User ids: a saved uid of 0 lets the effective one come back. */
	CHECK_EQ(seteuid(BIG), 0);
	ids_are(ru, BIG, su);
	CHECK_ERR(setresgid(BIG, BIG, BIG), EPERM); /* no longer root */
	CHECK_EQ(seteuid(0), 0);
	ids_are(ru, 0, su);
	CHECK_EQ(setresuid(BIG, BIG + 1, 0), 0);
	ids_are(BIG, BIG + 1, 0);
	CHECK_EQ(setresuid(0, 0, 0), 0);
	CHECK_EQ(setreuid(BIG, -1), 0);
	ids_are(BIG, 0, 0);
	CHECK_EQ(setreuid(0, 0), 0);
	ids_are(0, 0, 0);
	/* setuid as root sets all three, for good. */
	CHECK_EQ(setuid(BIG + 6), 0);
	ids_are(BIG + 6, BIG + 6, BIG + 6);
	CHECK_ERR(setuid(0), EPERM);
	CHECK_ERR(seteuid(0), EPERM);
	CHECK_ERR(setgroups(0, NULL), EPERM);
	return 0;
}
