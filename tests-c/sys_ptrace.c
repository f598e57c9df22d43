/* sys/ptrace.h: a child traced end to end (TRACEME, stop, PEEKDATA of a
 * word that is -1, POKEDATA, SETOPTIONS, GETEVENTMSG, CONT), errors, and
 * the request values. Where ptrace is not available (qemu-user has none;
 * a seccomp policy may refuse it) the child says so and the rest is skipped. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

_Static_assert(PTRACE_TRACEME == 0 && PTRACE_PEEKDATA == 2 && PTRACE_PEEKUSER == 3, "requests");
_Static_assert(PTRACE_CONT == 7 && PTRACE_ATTACH == 16 && PTRACE_SYSCALL == 24, "requests");
_Static_assert(PTRACE_SETOPTIONS == 0x4200 && PTRACE_SEIZE == 0x4206, "requests");
_Static_assert(PTRACE_GET_SYSCALL_INFO == 0x420e && PTRACE_GET_RSEQ_CONFIGURATION == 0x420f, "requests");
_Static_assert(PTRACE_O_TRACESYSGOOD == 1 && PTRACE_O_EXITKILL == 0x100000 && PTRACE_O_MASK == 0x3000ff, "opts");
_Static_assert(PTRACE_EVENT_EXIT == 6 && PTRACE_EVENT_STOP == 128, "events");
_Static_assert(PT_TRACE_ME == PTRACE_TRACEME && PT_READ_D == PTRACE_PEEKDATA, "aliases");
_Static_assert(sizeof(struct __ptrace_peeksiginfo_args) == 16, "peeksiginfo");
_Static_assert(sizeof(struct __ptrace_seccomp_metadata) == 16, "seccomp");
_Static_assert(offsetof(struct __ptrace_syscall_info, instruction_pointer) == 8, "info");
_Static_assert(offsetof(struct __ptrace_syscall_info, entry) == 24, "info");
_Static_assert(sizeof(struct __ptrace_syscall_info) == (sizeof(long) == 8 ? 88 : 84), "info");
_Static_assert(sizeof(struct __ptrace_rseq_configuration) == 24, "rseq");
#if defined(__x86_64__) || defined(__i386__)
_Static_assert(PTRACE_GETREGS == 12 && PTRACE_GET_THREAD_AREA == 25 && PTRACE_SINGLEBLOCK == 33, "x86");
#endif

static volatile long word = -1;

int main(void)
{
	/* can this process be traced at all? */
	pid_t probe = fork();
	CHECK(probe >= 0);
	if (probe == 0)
		_exit(syscall(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0) == 0 ? 0 : errno);
	int st;
	CHECK(waitpid(probe, &st, 0) == probe && WIFEXITED(st));
	if (WEXITSTATUS(st) != 0) {
		t_puts(2, "sys_ptrace: ptrace unavailable here (qemu-user or a seccomp policy); only errors checked\n");
		errno = 0;
		CHECK_EQ(ptrace(PTRACE_PEEKDATA, getpid(), (void *)&word, NULL), -1);
		CHECK(errno != 0);
		return 0;
	}

	pid_t c = fork();
	CHECK(c >= 0);
	if (c == 0) {
		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
			_exit(10);
		raise(SIGSTOP);
		_exit(word == 0x12345 ? 0 : 11);
	}
	CHECK(waitpid(c, &st, 0) == c);
	CHECK(WIFSTOPPED(st) && WSTOPSIG(st) == SIGSTOP);
	/* a word of -1 reads back as -1 with errno 0 */
	errno = 77;
	long v = ptrace(PTRACE_PEEKDATA, c, (void *)&word, NULL);
	CHECK_EQ(v, -1);
	CHECK_EQ(errno, 0);
	CHECK_EQ(ptrace(PTRACE_POKEDATA, c, (void *)&word, (void *)0x12345L), 0);
	errno = 77;
	CHECK_EQ(ptrace(PTRACE_PEEKTEXT, c, (void *)&word, NULL), 0x12345);
	CHECK_EQ(errno, 0);
	CHECK_EQ(ptrace(PTRACE_SETOPTIONS, c, NULL, (void *)(long)(PTRACE_O_TRACEEXIT)), 0);
	CHECK_EQ(ptrace(PTRACE_CONT, c, NULL, NULL), 0);
	/* the exit event stop, with the exit status as its message */
	CHECK(waitpid(c, &st, 0) == c);
	CHECK(WIFSTOPPED(st) && (st >> 8) == (SIGTRAP | (PTRACE_EVENT_EXIT << 8)));
	unsigned long msg = 99;
	CHECK_EQ(ptrace(PTRACE_GETEVENTMSG, c, NULL, &msg), 0);
	CHECK_EQ((long)msg, 0);
	CHECK_EQ(ptrace(PTRACE_CONT, c, NULL, NULL), 0);
	CHECK(waitpid(c, &st, 0) == c);
	CHECK(WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 0);

	/* errors: a process we do not trace, a bad request, a bad address */
	errno = 0;
	CHECK_EQ(ptrace(PTRACE_PEEKDATA, c, (void *)&word, NULL), -1);
	CHECK_EQ(errno, ESRCH);
	c = fork();
	CHECK(c >= 0);
	if (c == 0) {
		ptrace(PTRACE_TRACEME, 0, NULL, NULL);
		raise(SIGSTOP);
		_exit(0);
	}
	CHECK(waitpid(c, &st, 0) == c && WIFSTOPPED(st));
	errno = 0;
	CHECK_EQ(ptrace(PTRACE_PEEKDATA, c, (void *)8, NULL), -1);
	CHECK(errno == EIO || errno == EFAULT);
	errno = 0;
	CHECK_EQ(ptrace((enum __ptrace_request)0x7777, c, NULL, NULL), -1);
	CHECK(errno == EIO || errno == EINVAL);
	CHECK_EQ(ptrace(PTRACE_KILL, c, NULL, NULL), 0);
	CHECK(waitpid(c, &st, 0) == c && WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
	return 0;
}
