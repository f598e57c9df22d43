// STDOUT: ok\n
/* initgroups: the supplementary groups become the given group plus every
 * group /etc/group lists the user in (read here independently); a user
 * in no group gets the given group alone. Unprivileged it is EPERM. As
 * not root only the error is checked. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* the groups /etc/group names `user` a member of */
static int member_groups(const char *user, gid_t *out, int max)
{
	FILE *f = fopen("/etc/group", "r");
	if (!f)
		return 0;
	char line[4096];
	int n = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		char *name = strtok(line, ":");
		char *pw = strtok(NULL, ":");
		char *gid = strtok(NULL, ":");
		char *mem = strtok(NULL, ":");
		(void)name;
		(void)pw;
		if (!gid || !mem)
			continue;
		for (char *m = strtok(mem, ","); m; m = strtok(NULL, ","))
			if (!strcmp(m, user) && n < max)
				out[n++] = (gid_t)strtoul(gid, NULL, 10);
	}
	fclose(f);
	return n;
}

static int has(const gid_t *l, int n, gid_t g)
{
	for (int i = 0; i < n; i++)
		if (l[i] == g)
			return 1;
	return 0;
}

static void check_groups(const char *user, gid_t base)
{
	gid_t want[64], got[128];
	int nw = member_groups(user, want, 64);
	CHECK_EQ(initgroups(user, base), 0);
	int ng = getgroups(128, got);
	CHECK(ng >= 1);
	CHECK(has(got, ng, base));
	for (int i = 0; i < nw; i++)
		CHECK(has(got, ng, want[i]));
	/* nothing else */
	for (int i = 0; i < ng; i++)
		CHECK(got[i] == base || has(want, nw, got[i]));
}

int main(void)
{
#if defined(AGAINST_GLIBC) && defined(TEST_ARCH_X86_64)
	/* static glibc's initgroups loads the host's libnss_systemd (the
	 * host's nsswitch.conf names it), which crashes in a static program */
	t_puts(2, "grp_initgroups: static glibc crashes in libnss_systemd here\n");
	t_puts(1, "ok\n");
	return 0;
#endif
	if (geteuid() == 0) {
		check_groups("root", 0);
		check_groups("root", 4242);
		/* a user in no group: the given group only */
		CHECK_EQ(initgroups("no-such-user-here", 777), 0);
		gid_t g[8];
		CHECK_EQ(getgroups(8, g), 1);
		CHECK_EQ(g[0], 777);
	} else {
		t_puts(2, "grp_initgroups: not root, EPERM only\n");
	}
	/* unprivileged: EPERM */
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		if (geteuid() == 0)
			CHECK_EQ(setresuid(65534, 65534, 65534), 0);
		CHECK_ERR(initgroups("root", 0), EPERM);
		_exit(0);
	}
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	t_puts(1, "ok\n");
	return 0;
}
