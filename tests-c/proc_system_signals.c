// STDOUT: ok\n
/* system and signals (POSIX): while it waits, SIGQUIT (and SIGINT) are
 * ignored in the caller (a SIGQUIT the shell sends its parent is lost,
 * never pending, never handled) and SIGCHLD is blocked (one the shell
 * sends stays pending until system returns: its handler finds no child
 * left running). The command's dispositions: SIGINT and SIGQUIT default
 * when the caller had handlers, ignored when the caller ignored them;
 * SIGCHLD not blocked in it. */
#define _GNU_SOURCE
#include "check.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t quits, ints, chld_early, chld_late;

static void on_quit(int s)
{
	(void)s;
	quits++;
}

static void on_int(int s)
{
	(void)s;
	ints++;
}

/* a child still running (not yet waited for) means the signal came in
 * during system's wait */
static void on_chld(int s)
{
	(void)s;
	siginfo_t si;
	memset(&si, 0, sizeof si);
	if (waitid(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == 0)
		chld_early++;
	else
		chld_late++;
}

/* the SigIgn and SigBlk masks of the command's process, as hex */
static void command_masks(unsigned long long *ign, unsigned long long *blk)
{
	CHECK_EQ(system("grep -E '^Sig(Ign|Blk)' /proc/self/status > masks.txt"), 0);
	FILE *f = fopen("masks.txt", "r");
	CHECK(f != NULL);
	char line[128];
	int got = 0;
	while (fgets(line, sizeof line, f)) {
		if (!strncmp(line, "SigIgn:", 7)) {
			*ign = strtoull(line + 7, NULL, 16);
			got |= 1;
		} else if (!strncmp(line, "SigBlk:", 7)) {
			*blk = strtoull(line + 7, NULL, 16);
			got |= 2;
		}
	}
	fclose(f);
	CHECK_EQ(got, 3);
}

#define BIT(s) (1ULL << ((s) - 1))

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_quit;
	CHECK_EQ(sigaction(SIGQUIT, &sa, NULL), 0);
	sa.sa_handler = on_int;
	CHECK_EQ(sigaction(SIGINT, &sa, NULL), 0);
	sa.sa_handler = on_chld;
	CHECK_EQ(sigaction(SIGCHLD, &sa, NULL), 0);

	/* SIGQUIT and SIGINT to the caller while it waits: ignored */
	int st = system("kill -QUIT $PPID; kill -INT $PPID; exit 4");
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 4);
	CHECK_EQ(quits, 0);
	CHECK_EQ(ints, 0);
	sigset_t p;
	CHECK_EQ(sigpending(&p), 0);
	CHECK(!sigismember(&p, SIGQUIT));
	CHECK(!sigismember(&p, SIGINT));
	/* the handlers are back */
	struct sigaction now;
	CHECK_EQ(sigaction(SIGQUIT, NULL, &now), 0);
	CHECK(now.sa_handler == on_quit);

	/* SIGCHLD while it waits: blocked, taken after the command is reaped */
	chld_early = chld_late = 0;
	st = system("kill -CHLD $PPID; sleep 0.2; exit 5");
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 5);
	CHECK_EQ(chld_early, 0);
	CHECK(chld_late >= 1);
	/* and the caller's mask is as before */
	sigset_t m;
	CHECK_EQ(sigprocmask(SIG_BLOCK, NULL, &m), 0);
	CHECK(!sigismember(&m, SIGCHLD));

	/* the command: default SIGINT/SIGQUIT (the caller has handlers),
	 * SIGCHLD not blocked */
	unsigned long long ign = 0, blk = 0;
	command_masks(&ign, &blk);
	CHECK_EQ(ign & (BIT(SIGINT) | BIT(SIGQUIT)), 0);
	CHECK_EQ(blk & BIT(SIGCHLD), 0);

	/* ignored in the caller: ignored in the command too */
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	command_masks(&ign, &blk);
	CHECK_EQ(ign & (BIT(SIGINT) | BIT(SIGQUIT)), BIT(SIGINT) | BIT(SIGQUIT));
	CHECK_EQ(blk & BIT(SIGCHLD), 0);
	/* and still ignored afterwards */
	CHECK_EQ(sigaction(SIGINT, NULL, &now), 0);
	CHECK(now.sa_handler == SIG_IGN);
	CHECK_EQ(sigaction(SIGQUIT, NULL, &now), 0);
	CHECK(now.sa_handler == SIG_IGN);
	t_puts(1, "ok\n");
	return 0;
}
