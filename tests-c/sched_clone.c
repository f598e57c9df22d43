/* GNU clone: a fork-like child (SIGCHLD, its own memory) returning its
 * exit status, getpid and gettid right in it, CLONE_PARENT_SETTID;
 * CLONE_VM|CLONE_VFORK (the parent waits for the child, which writes the
 * parent's memory); CLONE_CHILD_SETTID and CLONE_CHILD_CLEARTID in shared
 * memory; EINVAL for a NULL function or stack.
 *
 * qemu-user runs every clone without CLONE_THREAD as a fork (it drops
 * CLONE_VM and CLONE_VFORK) and writes CLONE_PARENT_SETTID's id only in
 * the child: there only the exit statuses and ids are checked, with a
 * note on stderr. qemu-user is recognised by a direct probe that answers
 * ENOSYS only there: get_robust_list, which it does not emulate. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
// STDOUT: ok\n

static char stack[65536] __attribute__((aligned(16)));
static volatile int shared;
static int pfd[2];

static int child_fork(void *arg)
{
	pid_t ids[2] = { getpid(), gettid() };
	shared = 99;
	(void)!write(pfd[1], ids, sizeof ids);
	return (int)(long)arg;
}

static int child_vm(void *arg)
{
	shared = (int)(long)arg;
	return 5;
}

int main(void)
{
	int st;
	pid_t ptid = -1, ctid = -1, ids[2];

	void *head;
	size_t len;
	int qemu = syscall(SYS_get_robust_list, 0, &head, &len) != 0 && errno == ENOSYS;
	if (qemu)
		t_puts(2, "get_robust_list: ENOSYS (qemu-user, whose clone is a fork): "
			  "shared memory and CLONE_PARENT_SETTID not checked\n");

	CHECK_EQ(pipe(pfd), 0);
	shared = 1;
	pid_t p = clone(child_fork, stack + sizeof stack, SIGCHLD | CLONE_PARENT_SETTID, (void *)7,
			&ptid);
	CHECK(p > 0);
	if (!qemu)
		CHECK_EQ(ptid, p);
	CHECK_EQ(read(pfd[0], ids, sizeof ids), (long)sizeof ids);
	CHECK_EQ(ids[0], p);
	CHECK_EQ(ids[1], p);
	CHECK_EQ(waitpid(p, &st, 0), p);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 7);
	CHECK_EQ(shared, 1);

	/* Shared memory, the parent suspended until the child is done. */
	p = clone(child_vm, stack + sizeof stack, CLONE_VM | CLONE_VFORK | SIGCHLD, (void *)42);
	CHECK(p > 0);
	if (!qemu)
		CHECK_EQ(shared, 42);
	CHECK_EQ(waitpid(p, &st, 0), p);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 5);

	/* The kernel writes the child's id into shared memory at its start
	 * and clears it at its end. */
	shared = 0;
	p = clone(child_vm, stack + sizeof stack,
		  CLONE_VM | CLONE_VFORK | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD,
		  (void *)43, (pid_t *)0, (void *)0, &ctid);
	CHECK(p > 0);
	CHECK_EQ(waitpid(p, &st, 0), p);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 5);
	if (!qemu) {
		CHECK_EQ(shared, 43);
		CHECK_EQ(ctid, 0);
	}

	errno = 0;
	CHECK_EQ(clone(0, stack + sizeof stack, SIGCHLD, 0), -1);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK_EQ(clone(child_vm, 0, SIGCHLD, 0), -1);
	CHECK_EQ(errno, EINVAL);

	t_puts(1, "ok\n");
	return 0;
}
