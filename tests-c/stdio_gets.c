/* gets (C89; gone from C11, so built as C99): lines without the newline,
 * the last line without one, NULL at end of file. */
// CFLAGS: -std=gnu99 -Wno-deprecated-declarations
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char path[64];
	snprintf(path, sizeof path, "/tmp/gets.%d", (int)getpid());
	FILE *f = fopen(path, "w");
	CHECK(f != NULL);
	fputs("first line\n\nthird", f);
	fclose(f);
	CHECK(freopen(path, "r", stdin) == stdin);
	char buf[64];
	memset(buf, 'x', sizeof buf);
	CHECK(gets(buf) == buf);
	CHECK(strcmp(buf, "first line") == 0);
	CHECK(gets(buf) == buf);
	CHECK(strcmp(buf, "") == 0);
	CHECK(gets(buf) == buf);
	CHECK(strcmp(buf, "third") == 0);
	CHECK(feof(stdin));
	strcpy(buf, "keep");
	CHECK(gets(buf) == NULL);
	CHECK(strcmp(buf, "keep") == 0);
	unlink(path);
	return 0;
}
