// STDOUT: ok\n
/* sys/mount.h mount/umount/umount2, unistd.h chroot, pivot_root (exported
 * without a declaration), sys/swap.h swapon/swapoff, sys/io.h ioperm/iopl
 * (x86 only; the header exists nowhere else).
 * In a private mount namespace (unshare(CLONE_NEWNS), then / made
 * private so nothing reaches the host's mounts): a tmpfs mount with
 * options, EBUSY while a file is open on it, a read-only remount (EROFS),
 * a bind mount, MNT_DETACH, pivot_root in a child's own namespace, and
 * posix_fallocate on ramfs, which has no fallocate (the fallback writes
 * the blocks). Where the namespace cannot be made (EPERM; EINVAL under
 * qemu-user, whose own threads share the fs state) only the error paths
 * are checked, which change nothing. chroot in forked children (root:
 * works; after setuid(65534): EPERM). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/swap.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#if defined(__x86_64__) || defined(__i386__)
#include <sys/io.h>
#elif defined(__has_include)
#if __has_include(<sys/io.h>)
#error "sys/io.h exists only on x86"
#endif
#endif

#ifndef CLONE_NEWNS
#define CLONE_NEWNS 0x00020000
#endif
#ifdef AGAINST_GLIBC
/* glibc 2.36 has no pivot_root function. */
#define pivot_root(a, b) ((int)syscall(SYS_pivot_root, a, b))
#else
int pivot_root(const char *, const char *);
#endif

static char dir[64], dir2[64], path[96];

static void wait_ok(pid_t pid)
{
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 0);
}

/* Only what fails and changes nothing. */
static void error_paths(void)
{
	CHECK_ERR(umount2(dir, 0), EINVAL); /* not a mount point */
	CHECK_ERR(umount(dir), EINVAL);
	CHECK_ERR(umount2("/nonexistent-fsx", 0), ENOENT);
	CHECK_ERR(umount2(dir, MNT_EXPIRE | MNT_FORCE), EINVAL);
	CHECK_ERR(umount2(dir, 0x100), EINVAL);
	CHECK_ERR(mount("none", "/nonexistent-fsx", "tmpfs", 0, NULL), ENOENT);
	CHECK_ERR(mount("none", dir, "no-such-fs-fsx", 0, NULL), ENODEV);
	CHECK_ERR(pivot_root("/nonexistent-fsx", "/nonexistent-fsx"), ENOENT);
}

static void in_namespace(void)
{
	struct statfs sf;
	CHECK_EQ(mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL), 0);
	CHECK_EQ(mount("fsx", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755"), 0);
	CHECK_EQ(statfs(dir, &sf), 0);
	CHECK_EQ(sf.f_type, 0x01021994); /* TMPFS_MAGIC */
	CHECK(sf.f_flags & 2);		  /* ST_NOSUID */
	snprintf(path, sizeof path, "%s/f", dir);
	int fd = open(path, O_RDWR | O_CREAT, 0600);
	CHECK(fd >= 0);
	CHECK_ERR(umount(dir), EBUSY);
	close(fd);
	/* read-only remount */
	CHECK_EQ(mount(NULL, dir, NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL), 0);
	snprintf(path, sizeof path, "%s/g", dir);
	CHECK_ERR(open(path, O_RDWR | O_CREAT, 0600), EROFS);
	/* bind it at dir2: the file is seen there */
	CHECK_EQ(mount(dir, dir2, NULL, MS_BIND, NULL), 0);
	snprintf(path, sizeof path, "%s/f", dir2);
	CHECK_EQ(access(path, F_OK), 0);
	CHECK_EQ(umount2(dir2, MNT_DETACH), 0);
	CHECK_ERR(access(path, F_OK), ENOENT);
	CHECK_EQ(umount2(dir, 0), 0);
	CHECK_ERR(umount2(dir, 0), EINVAL);

	/* pivot_root, in a child with a namespace of its own */
	CHECK_EQ(mount("fsx", dir, "tmpfs", 0, NULL), 0);
	snprintf(path, sizeof path, "%s/old", dir);
	CHECK_EQ(mkdir(path, 0755), 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		CHECK_EQ(syscall(SYS_unshare, CLONE_NEWNS), 0);
		CHECK_EQ(chdir(dir), 0);
		CHECK_EQ(pivot_root(".", "old"), 0);
		CHECK_EQ(chdir("/"), 0);
		CHECK_EQ(access("/old/proc", F_OK), 0); /* the old root */
		CHECK_EQ(umount2("/old", MNT_DETACH), 0);
		CHECK_ERR(access("/old/proc", F_OK), ENOENT);
		_exit(0);
	}
	wait_ok(pid);
	CHECK_EQ(umount2(dir, 0), 0);

	/* posix_fallocate where the file system has no fallocate */
	CHECK_EQ(mount("fsx", dir, "ramfs", 0, NULL), 0);
	snprintf(path, sizeof path, "%s/r", dir);
	fd = open(path, O_RDWR | O_CREAT, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "abc", 3), 3);
	CHECK_ERR(fallocate(fd, 0, 0, 10), EOPNOTSUPP);
	errno = 0;
	CHECK_EQ(posix_fallocate(fd, 1, 10000), 0);
	CHECK_EQ(errno, 0);
	struct stat st;
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_size, 10001);
	char b[4] = {0};
	CHECK_EQ(pread(fd, b, 3, 0), 3);
	CHECK(memcmp(b, "abc", 3) == 0);
	CHECK_EQ(posix_fallocate(fd, 0, 0), EINVAL);
	int ap = open(path, O_RDWR | O_APPEND);
	CHECK(ap >= 0);
	CHECK_EQ(posix_fallocate(ap, 0, 20000), EBADF); /* a write would append */
	close(ap);
	close(fd);
	CHECK_EQ(umount2(dir, 0), 0);
}

int main(void)
{
	snprintf(dir, sizeof dir, "/tmp/fsx_mnt.%d", (int)getpid());
	snprintf(dir2, sizeof dir2, "/tmp/fsx_mnt2.%d", (int)getpid());
	CHECK_EQ(mkdir(dir, 0755), 0);
	CHECK_EQ(mkdir(dir2, 0755), 0);
	CHECK(MS_RDONLY == 1 && MS_REMOUNT == 32 && MS_BIND == 4096 && MS_REC == 16384);
	CHECK(MS_PRIVATE == 1 << 18 && MS_NOUSER == 1U << 31 && MS_MGC_VAL == 0xc0ed0000U);
	CHECK(MNT_FORCE == 1 && MNT_DETACH == 2 && MNT_EXPIRE == 4 && UMOUNT_NOFOLLOW == 8);
	error_paths();

	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		if (syscall(SYS_unshare, CLONE_NEWNS) != 0) {
			CHECK(errno == EPERM || errno == EINVAL);
			t_puts(2, "unshare(CLONE_NEWNS) failed: mounts not checked\n");
			_exit(0);
		}
		in_namespace();
		_exit(0);
	}
	wait_ok(pid);

	/* chroot */
	CHECK_ERR(chroot("/nonexistent-fsx"), ENOENT);
	CHECK_ERR(chroot("/etc/passwd"), ENOTDIR);
	snprintf(path, sizeof path, "%s/marker", dir);
	int fd = open(path, O_WRONLY | O_CREAT, 0600);
	CHECK(fd >= 0);
	close(fd);
	pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		CHECK_EQ(chroot(dir), 0);
		CHECK_EQ(chdir("/"), 0);
		CHECK_EQ(access("/marker", F_OK), 0);
		CHECK_ERR(access("/etc/passwd", F_OK), ENOENT);
		_exit(0);
	}
	wait_ok(pid);
	pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		CHECK_EQ(setuid(65534), 0);
		CHECK_ERR(chroot(dir), EPERM);
		_exit(0);
	}
	wait_ok(pid);

	/* swapon/swapoff: nothing is swap here */
	CHECK(SWAP_FLAG_PREFER == 0x8000 && SWAP_FLAG_PRIO_MASK == 0x7fff && SWAP_FLAG_DISCARD == 0x10000);
	CHECK_ERR(swapon("/nonexistent-fsx", 0), ENOENT);
	CHECK_ERR(swapoff("/nonexistent-fsx"), ENOENT);
	CHECK_ERR(swapoff(dir), EISDIR);
	CHECK_ERR(swapoff(path), EINVAL); /* a file, but no swap area */
	CHECK_EQ(unlink(path), 0);

#if defined(__x86_64__) || defined(__i386__)
	/* ioperm/iopl (qemu-user may lack them: probed directly) */
	if (syscall(SYS_ioperm, 0x80UL, 1UL, 0) < 0 && errno == ENOSYS) {
		t_puts(2, "ioperm: ENOSYS from a direct syscall (qemu-user): not checked\n");
	} else {
		CHECK_ERR(ioperm(0xffff, 2, 1), EINVAL); /* past port 0xffff */
		CHECK_EQ(ioperm(0x80, 1, 1), 0);
		CHECK_EQ(ioperm(0x80, 1, 0), 0);
	}
	if (syscall(SYS_iopl, 0) < 0 && errno == ENOSYS) {
		t_puts(2, "iopl: ENOSYS from a direct syscall (qemu-user): not checked\n");
	} else {
		CHECK_EQ(iopl(0), 0);
		CHECK_ERR(iopl(4), EINVAL);
		CHECK_ERR(iopl(-1), EINVAL);
	}
#endif
	CHECK_EQ(rmdir(dir), 0);
	CHECK_EQ(rmdir(dir2), 0);
	t_puts(1, "ok\n");
	return 0;
}
