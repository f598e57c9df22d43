// STDOUT: ok\n
/* fanotify_init fanotify_mark (the kernel asks for CAP_SYS_ADMIN: without
 * it fanotify_init is EPERM and only the errors are checked; qemu-user
 * has no fanotify calls, found by a direct probe): FAN_OPEN and
 * FAN_CLOSE_WRITE on a marked file, read as fanotify_event_metadata
 * (version, length, pid, an open descriptor of the file), a mark made
 * relative to a directory descriptor, the 64-bit mask whole (a bit of its
 * upper half is EINVAL, so it cannot have been split wrongly), remove and
 * flush, FAN_NONBLOCK/FAN_CLOEXEC, and EBADF, ENOENT, EINVAL. The layouts
 * of the records and the constants. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/fanotify.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

_Static_assert(sizeof(struct fanotify_event_metadata) == 24, "metadata");
_Static_assert(offsetof(struct fanotify_event_metadata, vers) == 4, "vers");
_Static_assert(offsetof(struct fanotify_event_metadata, metadata_len) == 6, "metadata_len");
_Static_assert(offsetof(struct fanotify_event_metadata, mask) == 8, "mask");
_Static_assert(offsetof(struct fanotify_event_metadata, fd) == 16, "fd");
_Static_assert(offsetof(struct fanotify_event_metadata, pid) == 20, "pid");
_Static_assert(FAN_EVENT_METADATA_LEN == 24, "FAN_EVENT_METADATA_LEN");
_Static_assert(sizeof(struct fanotify_response) == 8, "response");
_Static_assert(offsetof(struct fanotify_response, response) == 4, "response.response");
_Static_assert(sizeof(struct fanotify_event_info_header) == 4, "info_header");
_Static_assert(offsetof(struct fanotify_event_info_header, len) == 2, "info_header.len");
_Static_assert(sizeof(struct fanotify_event_info_fid) == 12, "info_fid");
_Static_assert(offsetof(struct fanotify_event_info_fid, fsid) == 4, "info_fid.fsid");
_Static_assert(offsetof(struct fanotify_event_info_fid, handle) == 12, "info_fid.handle");
_Static_assert(sizeof(struct fanotify_event_info_pidfd) == 8, "info_pidfd");
_Static_assert(sizeof(struct fanotify_event_info_error) == 12, "info_error");
_Static_assert(offsetof(struct fanotify_event_info_error, error_count) == 8, "info_error.error_count");

/* The kernel's values (proven by the same test against glibc). */
_Static_assert(FAN_ACCESS == 0x1 && FAN_MODIFY == 0x2 && FAN_ATTRIB == 0x4 && FAN_CLOSE_WRITE == 0x8
	&& FAN_CLOSE_NOWRITE == 0x10 && FAN_OPEN == 0x20 && FAN_MOVED_FROM == 0x40 && FAN_MOVED_TO == 0x80
	&& FAN_CREATE == 0x100 && FAN_DELETE == 0x200 && FAN_DELETE_SELF == 0x400 && FAN_MOVE_SELF == 0x800
	&& FAN_OPEN_EXEC == 0x1000 && FAN_Q_OVERFLOW == 0x4000 && FAN_FS_ERROR == 0x8000
	&& FAN_OPEN_PERM == 0x10000 && FAN_ACCESS_PERM == 0x20000 && FAN_OPEN_EXEC_PERM == 0x40000
	&& FAN_EVENT_ON_CHILD == 0x08000000 && FAN_RENAME == 0x10000000 && FAN_ONDIR == 0x40000000
	&& FAN_CLOSE == 0x18 && FAN_MOVE == 0xc0, "events");
_Static_assert(FAN_CLOEXEC == 1 && FAN_NONBLOCK == 2 && FAN_CLASS_NOTIF == 0 && FAN_CLASS_CONTENT == 4
	&& FAN_CLASS_PRE_CONTENT == 8 && FAN_UNLIMITED_QUEUE == 0x10 && FAN_UNLIMITED_MARKS == 0x20
	&& FAN_ENABLE_AUDIT == 0x40 && FAN_REPORT_PIDFD == 0x80 && FAN_REPORT_TID == 0x100
	&& FAN_REPORT_FID == 0x200 && FAN_REPORT_DIR_FID == 0x400 && FAN_REPORT_NAME == 0x800
	&& FAN_REPORT_TARGET_FID == 0x1000 && FAN_REPORT_DFID_NAME == 0xc00
	&& FAN_REPORT_DFID_NAME_TARGET == 0x1e00, "init flags");
_Static_assert(FAN_MARK_ADD == 1 && FAN_MARK_REMOVE == 2 && FAN_MARK_DONT_FOLLOW == 4 && FAN_MARK_ONLYDIR == 8
	&& FAN_MARK_IGNORED_MASK == 0x20 && FAN_MARK_IGNORED_SURV_MODIFY == 0x40 && FAN_MARK_FLUSH == 0x80
	&& FAN_MARK_EVICTABLE == 0x200 && FAN_MARK_IGNORE == 0x400 && FAN_MARK_INODE == 0
	&& FAN_MARK_MOUNT == 0x10 && FAN_MARK_FILESYSTEM == 0x100 && FAN_MARK_IGNORE_SURV == 0x440,
	"mark flags");
_Static_assert(FANOTIFY_METADATA_VERSION == 3 && FAN_ALLOW == 1 && FAN_DENY == 2 && FAN_AUDIT == 0x10
	&& FAN_NOFD == -1 && FAN_NOPIDFD == -1 && FAN_EPIDFD == -2, "misc");
_Static_assert(FAN_EVENT_INFO_TYPE_FID == 1 && FAN_EVENT_INFO_TYPE_DFID_NAME == 2
	&& FAN_EVENT_INFO_TYPE_DFID == 3 && FAN_EVENT_INFO_TYPE_PIDFD == 4 && FAN_EVENT_INFO_TYPE_ERROR == 5
	&& FAN_EVENT_INFO_TYPE_OLD_DFID_NAME == 10 && FAN_EVENT_INFO_TYPE_NEW_DFID_NAME == 12, "info types");

static union {
	struct fanotify_event_metadata m;
	char b[4096];
} buf;

/* Read every queued event: the union of their masks; each descriptor
 * must be the file `st` names. */
static uint64_t drain(int fd, const struct stat *st)
{
	uint64_t all = 0;
	ssize_t len;
	while ((len = read(fd, buf.b, sizeof buf.b)) > 0) {
		struct fanotify_event_metadata *m = &buf.m;
		for (; FAN_EVENT_OK(m, len); m = FAN_EVENT_NEXT(m, len)) {
			CHECK_EQ(m->vers, FANOTIFY_METADATA_VERSION);
			CHECK_EQ(m->metadata_len, FAN_EVENT_METADATA_LEN);
			CHECK_EQ(m->pid, getpid());
			CHECK(m->fd >= 0);
			struct stat s;
			CHECK_EQ(fstat(m->fd, &s), 0);
			CHECK(s.st_ino == st->st_ino && s.st_dev == st->st_dev);
			close(m->fd);
			all |= m->mask;
		}
		CHECK_EQ(len, 0);
	}
	CHECK_EQ(len, -1);
	CHECK_EQ(errno, EAGAIN);
	return all;
}

int main(void)
{
	char dir[] = "/tmp/ev_fanotify_XXXXXX", path[64];
	CHECK(mkdtemp(dir) != NULL);
	snprintf(path, sizeof path, "%s/file", dir);
	int f = open(path, O_WRONLY | O_CREAT, 0600);
	CHECK(f >= 0);
	close(f);
	struct stat st;
	CHECK_EQ(stat(path, &st), 0);

	/* qemu-user 7.2 has no fanotify system calls: a direct probe */
	long probe = syscall(SYS_fanotify_init, FAN_CLASS_NOTIF, O_RDONLY);
	if (probe < 0 && errno == ENOSYS) {
		t_puts(2, "no fanotify system calls here (qemu-user): not checked\n");
		CHECK_ERR(fanotify_init(FAN_CLASS_NOTIF, O_RDONLY), ENOSYS);
		unlink(path);
		rmdir(dir);
		puts("ok");
		return 0;
	}
	if (probe >= 0)
		close((int)probe);
	CHECK_ERR(fanotify_mark(-1, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, path), EBADF);
	int fd = fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY);
	if (fd < 0) {
		CHECK_EQ(errno, EPERM);
		t_puts(2, "fanotify_init: EPERM (no CAP_SYS_ADMIN): only the errors checked\n");
		unlink(path);
		rmdir(dir);
		puts("ok");
		return 0;
	}
	CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	CHECK_ERR(read(fd, buf.b, sizeof buf.b), EAGAIN);

	/* the mask is 64 bits: a bit of the upper half is unknown (EINVAL) */
	CHECK_ERR(fanotify_mark(fd, FAN_MARK_ADD, 1ULL << 32, AT_FDCWD, path), EINVAL);
	CHECK_ERR(fanotify_mark(fd, FAN_MARK_ADD, (1ULL << 40) | FAN_OPEN, AT_FDCWD, path), EINVAL);
	CHECK_EQ(fanotify_mark(fd, FAN_MARK_ADD, FAN_OPEN | FAN_CLOSE_WRITE, AT_FDCWD, path), 0);
	f = open(path, O_WRONLY);
	CHECK(f >= 0);
	CHECK_EQ(write(f, "x", 1), 1);
	close(f);
	CHECK_EQ(drain(fd, &st), FAN_OPEN | FAN_CLOSE_WRITE);

	/* remove FAN_OPEN: only the close is reported */
	CHECK_EQ(fanotify_mark(fd, FAN_MARK_REMOVE, FAN_OPEN, AT_FDCWD, path), 0);
	f = open(path, O_WRONLY);
	CHECK(f >= 0);
	close(f);
	CHECK_EQ(drain(fd, &st), FAN_CLOSE_WRITE);

	/* flush every inode mark; then a mark relative to a directory fd */
	CHECK_EQ(fanotify_mark(fd, FAN_MARK_FLUSH, 0, AT_FDCWD, NULL), 0);
	f = open(path, O_WRONLY);
	CHECK(f >= 0);
	close(f);
	CHECK_EQ(drain(fd, &st), 0);
	int d = open(dir, O_RDONLY | O_DIRECTORY);
	CHECK(d >= 0);
	CHECK_EQ(fanotify_mark(fd, FAN_MARK_ADD, FAN_CLOSE_NOWRITE, d, "file"), 0);
	f = open(path, O_RDONLY);
	CHECK(f >= 0);
	close(f);
	CHECK_EQ(drain(fd, &st), FAN_CLOSE_NOWRITE);

	/* errors */
	CHECK_ERR(fanotify_mark(fd, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "/nonexistent-ferro/x"), ENOENT);
	CHECK_ERR(fanotify_mark(fd, FAN_MARK_ADD, FAN_OPEN, d, "nonexistent"), ENOENT);
	CHECK_ERR(fanotify_mark(fd, 0, FAN_OPEN, AT_FDCWD, path), EINVAL);
	CHECK_ERR(fanotify_mark(fd, FAN_MARK_ADD | FAN_MARK_REMOVE, FAN_OPEN, AT_FDCWD, path), EINVAL);
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_ERR(fanotify_mark(p[0], FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, path), EINVAL);
	CHECK_ERR(fanotify_mark(fd, FAN_MARK_ADD, FAN_OPEN, p[0], "file"), ENOTDIR);
	close(d);
	close(fd);
	unlink(path);
	rmdir(dir);
	puts("ok");
	return 0;
}
