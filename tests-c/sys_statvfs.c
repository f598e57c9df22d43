// STDOUT: ok\n
/* statfs, fstatfs, statvfs, fstatvfs (statvfs derived from statfs as
 * glibc does it), pathconf and fpathconf (fixed limits, the ones the file
 * system decides, EINVAL, ENOENT, EBADF), confstr (truncation, sizes,
 * EINVAL), gethostname and getdomainname against uname (ENAMETOOLONG
 * when it does not fit), sethostname's length check and getdtablesize
 * against RLIMIT_NOFILE. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>
#include <unistd.h>

/* glibc's sizes (with 64-bit counts on i386). */
_Static_assert(sizeof(struct statfs) == (sizeof(long) == 8 ? 120 : 84), "statfs");
_Static_assert(sizeof(struct statvfs) == (sizeof(long) == 8 ? 112 : 96), "statvfs");
_Static_assert(offsetof(struct statfs, f_namelen) == (sizeof(long) == 8 ? 64 : 56), "f_namelen");
_Static_assert(offsetof(struct statvfs, f_flag) == (sizeof(long) == 8 ? 72 : 64), "f_flag");

int main(void)
{
	struct statfs sf, sf2;
	struct statvfs sv, sv2;
	CHECK_EQ(statfs("/tmp", &sf), 0);
	CHECK(sf.f_bsize > 0 && sf.f_namelen > 0 && sf.f_blocks >= sf.f_bfree && sf.f_bfree >= sf.f_bavail);
	CHECK_EQ(statvfs("/tmp", &sv), 0);
	CHECK_EQ(sv.f_bsize, (unsigned long)sf.f_bsize);
	CHECK_EQ(sv.f_frsize, (unsigned long)(sf.f_frsize ? sf.f_frsize : sf.f_bsize));
	CHECK_EQ(sv.f_namemax, (unsigned long)sf.f_namelen);
	CHECK(sv.f_blocks == sf.f_blocks && sv.f_files == sf.f_files && sv.f_favail == sv.f_ffree);
	CHECK_EQ(sv.f_flag, (unsigned long)(sf.f_flags & ~0x20L));
	int fd = open("/tmp", O_RDONLY | O_DIRECTORY);
	CHECK(fd >= 0);
	CHECK_EQ(fstatfs(fd, &sf2), 0);
	CHECK(sf2.f_type == sf.f_type && sf2.f_bsize == sf.f_bsize);
	CHECK(memcmp(&sf2.f_fsid, &sf.f_fsid, sizeof sf.f_fsid) == 0);
	CHECK_EQ(fstatvfs(fd, &sv2), 0);
	CHECK(sv2.f_fsid == sv.f_fsid && sv2.f_namemax == sv.f_namemax);
	CHECK_EQ(statvfs("/proc", &sv), 0);
	CHECK(sv.f_namemax > 0);
	CHECK_ERR(statfs("/nonexistent-ferro/x", &sf), ENOENT);
	CHECK_ERR(statvfs("/nonexistent-ferro", &sv), ENOENT);
	CHECK_ERR(statfs("/etc/passwd/x", &sf), ENOTDIR);
	CHECK_ERR(fstatfs(-1, &sf), EBADF);
	CHECK_ERR(fstatvfs(-1, &sv), EBADF);
	CHECK_ERR(statfs("/tmp", (struct statfs *)1), EFAULT);
	CHECK(ST_RDONLY == 1 && ST_NOSUID == 2 && ST_NODEV == 4 && ST_NOEXEC == 8 && ST_RELATIME == 4096);

	CHECK_EQ(pathconf("/tmp", _PC_NAME_MAX), sf2.f_namelen);
	CHECK_EQ(pathconf("/tmp", _PC_PATH_MAX), 4096);
	CHECK_EQ(pathconf("/tmp", _PC_PIPE_BUF), 4096);
	CHECK_EQ(pathconf("/tmp", _PC_MAX_CANON), 255);
	CHECK_EQ(pathconf("/tmp", _PC_MAX_INPUT), 255);
	CHECK_EQ(pathconf("/tmp", _PC_NO_TRUNC), 1);
	CHECK_EQ(pathconf("/tmp", _PC_CHOWN_RESTRICTED), 1);
	CHECK_EQ(pathconf("/tmp", _PC_VDISABLE), 0);
	CHECK(pathconf("/tmp", _PC_LINK_MAX) >= 8);
	CHECK(pathconf("/tmp", _PC_FILESIZEBITS) >= 32);
	CHECK_EQ(pathconf("/tmp", _PC_2_SYMLINKS), 1);
	CHECK_EQ(pathconf("/tmp", _PC_REC_XFER_ALIGN), sf2.f_bsize);
	errno = 0;
	CHECK_EQ(pathconf("/tmp", _PC_SYMLINK_MAX), -1);
	CHECK_EQ(errno, 0);
	CHECK_ERR(pathconf("/tmp", 999), EINVAL);
	CHECK_ERR(pathconf("/tmp", -1), EINVAL);
	CHECK_ERR(pathconf("/nonexistent-ferro", _PC_NAME_MAX), ENOENT);
	CHECK_EQ(fpathconf(fd, _PC_NAME_MAX), sf2.f_namelen);
	CHECK_ERR(fpathconf(-1, _PC_LINK_MAX), EBADF);
	CHECK_ERR(fpathconf(fd, 999), EINVAL);
	close(fd);

	char buf[64];
	CHECK_EQ(confstr(_CS_PATH, buf, sizeof buf), 14);
	CHECK(strcmp(buf, "/bin:/usr/bin") == 0);
	memset(buf, 'x', sizeof buf);
	CHECK_EQ(confstr(_CS_PATH, buf, 4), 14);
	CHECK(strcmp(buf, "/bi") == 0);
	CHECK_EQ(confstr(_CS_PATH, NULL, 0), 14);
	CHECK(confstr(_CS_V7_WIDTH_RESTRICTED_ENVS, buf, sizeof buf) > 1);
	CHECK(strstr(buf, sizeof(long) == 8 ? "POSIX_V7_LP64_OFF64" : "POSIX_V7_ILP32_OFFBIG") != NULL);
	CHECK(confstr(_CS_V6_WIDTH_RESTRICTED_ENVS, buf, sizeof buf) > 1);
	CHECK(strncmp(buf, "POSIX_V6_", 9) == 0);
	CHECK_EQ(confstr(_CS_V7_ENV, buf, sizeof buf), 18);
	CHECK(strcmp(buf, "POSIXLY_CORRECT=1") == 0);
	errno = 0;
	CHECK_EQ(confstr(12345, buf, sizeof buf), 0);
	CHECK_EQ(errno, EINVAL);

	struct utsname u;
	CHECK_EQ(uname(&u), 0);
	char host[256];
	CHECK_EQ(gethostname(host, sizeof host), 0);
	CHECK(strcmp(host, u.nodename) == 0);
	size_t hl = strlen(u.nodename);
	CHECK_ERR(gethostname(host, hl), ENAMETOOLONG);
	CHECK_EQ(gethostname(host, hl + 1), 0);
	CHECK(strcmp(host, u.nodename) == 0);
	CHECK_EQ(getdomainname(host, sizeof host), 0);
	CHECK(strcmp(host, u.domainname) == 0);
	char big[100];
	memset(big, 'a', sizeof big);
	errno = 0;
	CHECK_EQ(sethostname(big, 65), -1);
	CHECK(errno == EINVAL || errno == EPERM);
	CHECK_EQ(setdomainname(big, 65), -1);
	CHECK(errno == EINVAL || errno == EPERM);

	struct rlimit rl;
	CHECK_EQ(getrlimit(RLIMIT_NOFILE, &rl), 0);
	CHECK_EQ(getdtablesize(), (int)(rl.rlim_cur > 0x7fffffff ? 0x7fffffff : rl.rlim_cur));
	rl.rlim_cur = 77;
	CHECK_EQ(setrlimit(RLIMIT_NOFILE, &rl), 0);
	CHECK_EQ(getdtablesize(), 77);
	printf("ok\n");
	return 0;
}
