/* fmtmsg: the layout of every combination of parts, bad labels and
 * severities, MSGVERB's choice of parts and SEV_LEVEL's severities (each
 * in a fresh child, set before its first call: glibc reads them once). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <fmtmsg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static char got[512];

/* Run fmtmsg with stderr sent to a file; its result, the text in got. */
static int run(long c, const char *l, int s, const char *t, const char *a, const char *g)
{
	fflush(stderr);
	int saved = dup(2);
	char path[] = "/tmp/fmtmsgXXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	unlink(path);
	dup2(fd, 2);
	int r = fmtmsg(c, l, s, t, a, g);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	memset(got, 0, sizeof got);
	CHECK(pread(fd, got, sizeof got - 1, 0) >= 0);
	close(fd);
	return r;
}

static void in_child(void (*f)(void))
{
	pid_t p = fork();
	CHECK(p >= 0);
	if (p == 0) {
		f();
		_exit(0);
	}
	int st;
	CHECK(waitpid(p, &st, 0) == p);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

static void verb(void)
{
	setenv("MSGVERB", "text:action", 1);
	CHECK_EQ(run(MM_PRINT, "UX:cat", MM_ERROR, "bad", "fix it", "UX:cat:1"), MM_OK);
	CHECK(strcmp(got, "bad\nTO FIX: fix it\n") == 0);
}

static void verb_bad(void)
{
	setenv("MSGVERB", "label:nonsense", 1);
	CHECK_EQ(run(MM_PRINT, "UX:cat", MM_ERROR, "bad", MM_NULLACT, MM_NULLTAG), MM_OK);
	CHECK(strcmp(got, "UX:cat: ERROR: bad\n") == 0);
}

static void sevlevel(void)
{
	setenv("SEV_LEVEL", "panic,5,PANIC:low,3,NO:junk", 1);
	CHECK_EQ(run(MM_PRINT, "UX:cat", 5, "t", MM_NULLACT, MM_NULLTAG), MM_OK);
	CHECK(strcmp(got, "UX:cat: PANIC: t\n") == 0);
	/* a level of 4 or less does not redefine the standard ones */
	CHECK_EQ(run(MM_PRINT, "UX:cat", 3, "t", MM_NULLACT, MM_NULLTAG), MM_OK);
	CHECK(strcmp(got, "UX:cat: WARNING: t\n") == 0);
	CHECK_EQ(run(MM_PRINT, "UX:cat", 6, "t", MM_NULLACT, MM_NULLTAG), MM_NOTOK);
}

int main(void)
{
	in_child(verb);
	in_child(verb_bad);
	in_child(sevlevel);

	CHECK_EQ(run(MM_PRINT, "UX:cat", MM_ERROR, "invalid syntax", "refer to manual", "UX:cat:001"), MM_OK);
	CHECK(strcmp(got, "UX:cat: ERROR: invalid syntax\nTO FIX: refer to manual  UX:cat:001\n") == 0);
	CHECK_EQ(run(MM_PRINT | MM_SOFT | MM_UTIL | MM_RECOVER, MM_NULLLBL, MM_ERROR, "only text", MM_NULLACT, MM_NULLTAG), MM_OK);
	CHECK(strcmp(got, "ERROR: only text\n") == 0);
	CHECK_EQ(run(MM_PRINT, "UX:cat", MM_NOSEV, "t", MM_NULLACT, "tag"), MM_OK);
	CHECK(strcmp(got, "UX:cat: t\ntag\n") == 0);
	CHECK_EQ(run(MM_PRINT, "UX:cat", MM_INFO, MM_NULLTXT, "act", MM_NULLTAG), MM_OK);
	CHECK(strcmp(got, "UX:cat: INFO: TO FIX: act\n") == 0);
	CHECK_EQ(run(MM_PRINT, "UX:cat", MM_HALT, "t", "act", MM_NULLTAG), MM_OK);
	CHECK(strcmp(got, "UX:cat: HALT: t\nTO FIX: act\n") == 0);
	CHECK_EQ(run(MM_PRINT, "UX:cat", MM_WARNING, "t", MM_NULLACT, MM_NULLTAG), MM_OK);
	CHECK(strcmp(got, "UX:cat: WARNING: t\n") == 0);
	CHECK_EQ(run(MM_PRINT, MM_NULLLBL, MM_NOSEV, MM_NULLTXT, MM_NULLACT, MM_NULLTAG), MM_OK);
	CHECK(strcmp(got, "\n") == 0);
	/* bad labels and severities: nothing written */
	CHECK_EQ(run(MM_PRINT, "nocolon", MM_ERROR, "t", MM_NULLACT, MM_NULLTAG), MM_NOTOK);
	CHECK(strcmp(got, "") == 0);
	CHECK_EQ(run(MM_PRINT, "ABCDEFGHIJK:x", MM_ERROR, "t", MM_NULLACT, MM_NULLTAG), MM_NOTOK);
	CHECK_EQ(run(MM_PRINT, "UX:ABCDEFGHIJKLMNO", MM_ERROR, "t", MM_NULLACT, MM_NULLTAG), MM_NOTOK);
	CHECK_EQ(run(MM_PRINT, "ABCDEFGHIJ:ABCDEFGHIJKLMN", MM_ERROR, "t", MM_NULLACT, MM_NULLTAG), MM_OK);
	CHECK_EQ(run(MM_PRINT, "UX:cat", 7, "t", MM_NULLACT, MM_NULLTAG), MM_NOTOK);
	/* no output asked: nothing */
	CHECK_EQ(run(MM_NULLMC, "UX:cat", MM_ERROR, "t", MM_NULLACT, MM_NULLTAG), MM_OK);
	CHECK(strcmp(got, "") == 0);
	/* standard error closed: MM_NOMSG */
	{
		fflush(stderr);
		int saved = dup(2);
		close(2);
		int r = fmtmsg(MM_PRINT, "UX:cat", MM_ERROR, "t", MM_NULLACT, MM_NULLTAG);
		dup2(saved, 2);
		close(saved);
		clearerr(stderr);
		CHECK_EQ(r, MM_NOMSG);
	}
	return 0;
}
