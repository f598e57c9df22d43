// STDOUT: ok\n
/* sys/mman.h memfd_create (MFD_CLOEXEC, MFD_ALLOW_SEALING, the name,
 * EINVAL) with ftruncate and a shared mapping, remap_file_pages (the
 * page order inside a shared mapping; EINVAL), and sys/uio.h
 * process_vm_readv/process_vm_writev on our own memory and a child's
 * (EINVAL, ESRCH, EFAULT). Where qemu-user lacks remap_file_pages or the
 * process_vm_* calls, a direct syscall() probe sees ENOSYS and that part
 * is skipped (said on stderr). */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static char shared_word[16] = "parent";

int main(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	CHECK(MFD_CLOEXEC == 1 && MFD_ALLOW_SEALING == 2 && MFD_HUGETLB == 4);

	/* memfd_create */
	int fd = memfd_create("fsx", MFD_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	char lnk[64], name[128];
	snprintf(lnk, sizeof lnk, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(lnk, name, sizeof name - 1);
	CHECK(n > 0);
	name[n] = 0;
	CHECK(strncmp(name, "/memfd:fsx", 10) == 0);
	struct stat st;
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK(S_ISREG(st.st_mode) && st.st_size == 0);
	CHECK_EQ(ftruncate(fd, 4 * pg), 0);
	CHECK_EQ(fstat(fd, &st), 0);
	CHECK_EQ(st.st_size, 4 * pg);
	unsigned char *m = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(m != MAP_FAILED);
	for (int i = 0; i < 4; i++)
		memset(m + i * pg, 'A' + i, pg);
	char c;
	CHECK_EQ(pread(fd, &c, 1, 2 * pg + 5), 1);
	CHECK_EQ(c, 'C');
	CHECK_ERR(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE), EPERM); /* no MFD_ALLOW_SEALING */

	int fd2 = memfd_create("fsx2", MFD_ALLOW_SEALING);
	CHECK(fd2 >= 0);
	CHECK_EQ(fcntl(fd2, F_GETFD) & FD_CLOEXEC, 0);
	CHECK_EQ(fcntl(fd2, F_ADD_SEALS, F_SEAL_GROW), 0);
	CHECK_ERR(ftruncate(fd2, pg), EPERM);
	close(fd2);
	CHECK_ERR(memfd_create("fsx", 0x1000), EINVAL);
	char longname[300];
	memset(longname, 'n', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	CHECK_ERR(memfd_create(longname, 0), EINVAL);
	CHECK_ERR(memfd_create(NULL, 0), EFAULT);

	/* remap_file_pages: file page 3 shows at the mapping's first page */
	if (syscall(SYS_remap_file_pages, m + pg, pg, 0, 1, 0) < 0 && errno == ENOSYS) {
		t_puts(2, "remap_file_pages: ENOSYS from a direct syscall (qemu-user): not checked\n");
	} else {
		CHECK_EQ(remap_file_pages(m, pg, 0, 3, 0), 0);
		CHECK_EQ(m[0], 'D');
		CHECK_EQ(m[pg], 'B');
		CHECK_EQ(remap_file_pages(m + 2 * pg, pg, 0, 0, 0), 0);
		CHECK_EQ(m[2 * pg], 'A');
		CHECK_ERR(remap_file_pages(m, pg, PROT_READ, 1, 0), EINVAL);
		void *priv = mmap(NULL, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		CHECK(priv != MAP_FAILED);
		CHECK_ERR(remap_file_pages(priv, pg, 0, 0, 0), EINVAL);
		munmap(priv, pg);
	}
	munmap(m, 4 * pg);
	close(fd);

	/* process_vm_readv / process_vm_writev */
	char a[4], b[8], src[] = "abcdefghijkl";
	struct iovec l[2] = {{a, sizeof a}, {b, sizeof b}}, r[1] = {{src, 12}};
	if (syscall(SYS_process_vm_readv, getpid(), l, 2UL, r, 1UL, 0UL) < 0 && errno == ENOSYS) {
		t_puts(2, "process_vm_readv: ENOSYS from a direct syscall (qemu-user): not checked\n");
	} else {
		memset(a, 0, sizeof a);
		memset(b, 0, sizeof b);
		CHECK_EQ(process_vm_readv(getpid(), l, 2, r, 1, 0), 12);
		CHECK(memcmp(a, "abcd", 4) == 0 && memcmp(b, "efghijkl", 8) == 0);
		char w[] = "XYZ";
		struct iovec lw[1] = {{w, 3}}, rw[1] = {{src + 2, 3}};
		CHECK_EQ(process_vm_writev(getpid(), lw, 1, rw, 1, 0), 3);
		CHECK(memcmp(src, "abXYZfghijkl", 12) == 0);
		CHECK_ERR(process_vm_readv(getpid(), l, 2, r, 1, 1), EINVAL);
		CHECK_ERR(process_vm_writev(getpid(), lw, 1, rw, 1, 1), EINVAL);
		struct iovec bad[1] = {{(void *)16, 4}};
		CHECK_ERR(process_vm_readv(getpid(), l, 1, bad, 1, 0), EFAULT);
		CHECK_ERR(process_vm_writev(getpid(), lw, 1, bad, 1, 0), EFAULT);

		/* a child's copy of shared_word, changed after the fork */
		int go[2], back[2];
		CHECK_EQ(pipe(go), 0);
		CHECK_EQ(pipe(back), 0);
		pid_t pid = fork();
		CHECK(pid >= 0);
		if (pid == 0) {
			strcpy(shared_word, "child");
			CHECK_EQ(write(back[1], "r", 1), 1);
			CHECK_EQ(read(go[0], &c, 1), 1);
			_exit(strcmp(shared_word, "CHILD") == 0 ? 0 : 3);
		}
		CHECK_EQ(read(back[0], &c, 1), 1);
		char got[16] = {0};
		struct iovec lg[1] = {{got, 6}}, rg[1] = {{shared_word, 6}};
		CHECK_EQ(process_vm_readv(pid, lg, 1, rg, 1, 0), 6);
		CHECK(strcmp(got, "child") == 0);
		CHECK(strcmp(shared_word, "parent") == 0);
		struct iovec lp[1] = {{"CHILD", 6}};
		CHECK_EQ(process_vm_writev(pid, lp, 1, rg, 1, 0), 6);
		CHECK_EQ(write(go[1], "g", 1), 1);
		int ws;
		CHECK_EQ(waitpid(pid, &ws, 0), pid);
		CHECK(WIFEXITED(ws) && WEXITSTATUS(ws) == 0);
		CHECK_ERR(process_vm_readv(pid, lg, 1, rg, 1, 0), ESRCH); /* reaped */
	}
	t_puts(1, "ok\n");
	return 0;
}
