/* klogctl, reboot, quotactl, capget/capset, init_module/delete_module,
 * membarrier: what each answers without changing the machine (reads, bad
 * arguments, and the privileged calls from an unprivileged child). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/klog.h>
#include <sys/quota.h>
#include <sys/reboot.h>
#include <sys/wait.h>
#include <unistd.h>
#ifndef AGAINST_GLIBC
#include <sys/membarrier.h>
#endif
#include "check.h"

/* declared by libcap's header or none */
int capget(void *, void *);
int capset(void *, const void *);
int init_module(void *, unsigned long, const char *);
int delete_module(const char *, unsigned int);

struct cap_header {
	uint32_t version;
	int pid;
};
struct cap_data {
	uint32_t effective, permitted, inheritable;
};

_Static_assert((unsigned)QCMD(Q_GETINFO, GRPQUOTA) == 0x80000501u, "QCMD");
_Static_assert(sizeof(struct dqblk) == (sizeof(long) == 8 ? 72 : 68), "dqblk");
_Static_assert(sizeof(struct dqinfo) == 24, "dqinfo");
_Static_assert(RB_AUTOBOOT == 0x01234567 && RB_POWER_OFF == 0x4321fedc, "RB");

static void unprivileged(void)
{
	errno = 0;
	CHECK_EQ(reboot(RB_ENABLE_CAD), -1);
	CHECK_EQ(errno, EPERM);
	char img[4] = {0};
	errno = 0;
	/* (ENOSYS on a kernel built without modules) */
	CHECK_EQ(init_module(img, sizeof img, ""), -1);
	CHECK(errno == EPERM || errno == ENOSYS);
	errno = 0;
	CHECK_EQ(delete_module("ferro_no_such_module", O_NONBLOCK), -1);
	CHECK(errno == EPERM || errno == ENOSYS);
	struct cap_header h = {0x20080522, 0};
	struct cap_data d[2];
	CHECK_EQ(capget(&h, d), 0);
	CHECK_EQ(d[0].effective, 0u);
	/* raising a capability we lack */
	d[0].effective = d[0].permitted = 1;
	errno = 0;
	CHECK_EQ(capset(&h, d), -1);
	CHECK_EQ(errno, EPERM);
}

int main(void)
{
	/* klogctl: the buffer size (or EPERM under dmesg_restrict); a bad
	 * command is EINVAL */
	errno = 0;
	int r = klogctl(10, NULL, 0);
	CHECK(r > 0 || (r == -1 && errno == EPERM));
	errno = 0;
	CHECK_EQ(klogctl(99, NULL, 0), -1);
	CHECK(errno == EINVAL || errno == EPERM);

	/* quotactl on a path that does not exist */
	struct dqinfo info;
	errno = 0;
	CHECK_EQ(quotactl(QCMD(Q_GETINFO, USRQUOTA), "/nonexistent/dev", 0, (char *)&info), -1);
	CHECK(errno == ENOENT || errno == ENOSYS || errno == EPERM);

	/* capget: version 3 reads the sets; a bad version is EINVAL with the
	 * kernel's preferred version written back */
	struct cap_header h = {0x20080522, 0};
	struct cap_data d[2];
	CHECK_EQ(capget(&h, d), 0);
	if (geteuid() == 0)
		CHECK(d[0].effective != 0);
	h.version = 0x1234;
	errno = 0;
	CHECK_EQ(capget(&h, d), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(h.version, 0x20080522u);
	h.version = 0x20080522;
	h.pid = 0;
	CHECK_EQ(capget(&h, d), 0);
	/* setting the sets we have changes nothing and succeeds */
	CHECK_EQ(capset(&h, d), 0);

	errno = 0;
	CHECK_EQ(delete_module("ferro_no_such_module", O_NONBLOCK), -1);
	CHECK(errno == ENOENT || errno == EPERM || errno == ENOSYS);

	pid_t p = fork();
	CHECK(p >= 0);
	if (p == 0) {
		if (geteuid() == 0 && setuid(65534) != 0)
			_exit(3);
		unprivileged();
		_exit(0);
	}
	int st;
	CHECK(waitpid(p, &st, 0) == p && WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 0);

#ifndef AGAINST_GLIBC
	/* membarrier (glibc 2.36 has no wrapper) */
	r = membarrier(MEMBARRIER_CMD_QUERY, 0, 0);
	if (r == -1 && errno == ENOSYS) {
		t_puts(2, "sys_admin: no membarrier here\n");
	} else {
		CHECK(r >= 0);
		if (r & MEMBARRIER_CMD_GLOBAL)
			CHECK_EQ(membarrier(MEMBARRIER_CMD_GLOBAL, 0, 0), 0);
		errno = 0;
		CHECK_EQ(membarrier(MEMBARRIER_CMD_QUERY, 1, 0), -1);
		CHECK_EQ(errno, EINVAL);
	}
#endif
	return 0;
}
