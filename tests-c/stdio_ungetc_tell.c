// STDOUT: ok\n
/* ftell after ungetc pushed back more characters than were read (C17
 * 7.21.7.10p5 leaves the position indeterminate): -1 with errno set, never
 * a -1 without an errno; the characters still come back in order and a
 * successful seek discards them. */
#include "check.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	FILE *f = tmpfile();
	CHECK(f != NULL);
	CHECK_EQ(fputs("abc", f) >= 0, 1);
	rewind(f);
	CHECK_EQ(fgetc(f), 'a');
	CHECK_EQ(ftell(f), 1L);
	CHECK_EQ(ungetc('x', f), 'x');
	CHECK_EQ(ftell(f), 0L);
	CHECK_EQ(ungetc('y', f), 'y');
	errno = 0;
	CHECK_EQ(ftell(f), -1L);
	CHECK_EQ(errno, EIO);
	fpos_t p;
	errno = 0;
	CHECK_EQ(fgetpos(f, &p), -1);
	CHECK_EQ(errno, EIO);
	CHECK_EQ(fgetc(f), 'y');
	CHECK_EQ(fgetc(f), 'x');
	CHECK_EQ(fgetc(f), 'b');
	CHECK_EQ(ftell(f), 2L);
	CHECK_EQ(ungetc('z', f), 'z');
	CHECK_EQ(fseek(f, 0, SEEK_SET), 0);
	CHECK_EQ(fgetc(f), 'a');
	fclose(f);
	t_puts(1, "ok\n");
	return 0;
}
