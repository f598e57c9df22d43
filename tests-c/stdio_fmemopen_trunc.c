/* fmemopen's "w+" (and "w+b") truncates the caller's buffer contents:
 * the buffer starts with a NUL at once, before anything is written or
 * flushed (POSIX's fmemopen mode table; glibc does the same). Plain
 * "w" leaves the contents alone until the first write. */
// STDOUT: ok\n
#include "check.h"
#include <stdio.h>
#include <string.h>

int main(void)
{
	static const char *modes[] = { "w+", "w+b" };
	char b[8];
	for (int i = 0; i < 2; i++) {
		memcpy(b, "abcdefg", 8);
		FILE *f = fmemopen(b, sizeof b, modes[i]);
		CHECK(f != NULL);
		CHECK_EQ(b[0], 0);
		CHECK_EQ(b[1], 'b');
		CHECK_EQ(fgetc(f), EOF);
		CHECK_EQ(fseek(f, 0, SEEK_END), 0);
		CHECK_EQ(ftell(f), 0);
		CHECK_EQ(fclose(f), 0);
		CHECK_EQ(b[0], 0);
	}
	memcpy(b, "abcdefg", 8);
	FILE *f = fmemopen(b, sizeof b, "w");
	CHECK(f != NULL);
	CHECK_EQ(b[0], 'a');
	CHECK(fputs("xy", f) >= 0);
	CHECK_EQ(fclose(f), 0);
	CHECK(strcmp(b, "xy") == 0);
	puts("ok");
	return 0;
}
