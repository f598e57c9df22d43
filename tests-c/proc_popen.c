// STDOUT: ok\n
/* popen and pclose: both directions, the exit status, mode "e"
 * (close-on-exec), bad modes, the child closing the other popen streams'
 * descriptors, and pclose after the child was already reaped. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	char buf[128];
	FILE *f = popen("echo hello; echo world", "r");
	CHECK(f != NULL);
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(!strcmp(buf, "hello\n"));
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(!strcmp(buf, "world\n"));
	CHECK(fgets(buf, sizeof buf, f) == NULL);
	CHECK_EQ(pclose(f), 0);

	f = popen("exit 3", "r");
	CHECK(f != NULL);
	int st = pclose(f);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 3);

	f = popen("cat > out.txt; exit 4", "w");
	CHECK(f != NULL);
	CHECK(fputs("to the child\n", f) >= 0);
	st = pclose(f);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 4);
	f = fopen("out.txt", "r");
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(!strcmp(buf, "to the child\n"));
	fclose(f);

	/* close-on-exec only with "e" */
	f = popen("exit 0", "r");
	CHECK_EQ(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC, 0);
	CHECK_EQ(pclose(f), 0);
	f = popen("exit 0", "re");
	CHECK(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC);
	CHECK_EQ(pclose(f), 0);
	f = popen("cat", "we");
	CHECK(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC);
	CHECK_EQ(pclose(f), 0);

	/* bad modes */
	errno = 0;
	CHECK(popen("exit 0", "x") == NULL);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(popen("exit 0", "rw") == NULL);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(popen("exit 0", "") == NULL);
	CHECK_EQ(errno, EINVAL);

	/* a second child does not inherit the first stream's descriptor */
	FILE *a = popen("cat > /dev/null", "w");
	CHECK(a != NULL);
	int fd = fileno(a);
	CHECK(fd >= 3 && fd < 10);
	char cmd[64];
	memcpy(cmd, "[ -e /proc/$$/fd/N ] && echo open || echo closed", 49);
	cmd[17] = '0' + fd;
	FILE *b = popen(cmd, "r");
	CHECK(b != NULL);
	CHECK(fgets(buf, sizeof buf, b) != NULL);
	CHECK(!strcmp(buf, "closed\n"));
	CHECK_EQ(pclose(b), 0);
	CHECK_EQ(pclose(a), 0);

	/* the child already reaped */
	f = popen("exit 0", "r");
	CHECK(f != NULL);
	CHECK(wait(&st) > 0);
	CHECK_ERR(pclose(f), ECHILD);
	t_puts(1, "ok\n");
	return 0;
}
