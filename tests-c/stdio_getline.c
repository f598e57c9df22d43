/* getline/getdelim: long lines (buffer growth), a last line without a
 * newline, other delimiters, EINVAL; fgets on long lines. */
#include "check.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	FILE *f = fopen("l.txt", "w");
	CHECK(f != NULL);
	fputs("short\n", f);
	for (int i = 0; i < 30000; i++)
		fputc('a' + i % 26, f);
	fputc('\n', f);
	fputs("\n", f);
	fputs("last line", f);
	CHECK_EQ(fclose(f), 0);

	f = fopen("l.txt", "r");
	char *line = NULL;
	size_t cap = 0;
	CHECK_EQ(getline(&line, &cap, f), 6);
	CHECK(strcmp(line, "short\n") == 0);
	CHECK(cap >= 7);
	CHECK_EQ(getline(&line, &cap, f), 30001);
	CHECK(cap >= 30002);
	for (int i = 0; i < 30000; i++)
		CHECK_EQ(line[i], 'a' + i % 26);
	CHECK_EQ(line[30000], '\n');
	CHECK_EQ(line[30001], 0);
	CHECK_EQ(getline(&line, &cap, f), 1);
	CHECK(strcmp(line, "\n") == 0);
	CHECK_EQ(getline(&line, &cap, f), 9);
	CHECK(strcmp(line, "last line") == 0);
	CHECK(feof(f));
	CHECK_EQ(getline(&line, &cap, f), -1);
	CHECK(!ferror(f));
	free(line);

	/* getdelim with another delimiter; a small caller buffer grows */
	rewind(f);
	cap = 2;
	line = malloc(cap);
	CHECK_EQ(getdelim(&line, &cap, 'o', f), 3);
	CHECK(strcmp(line, "sho") == 0);
	CHECK(cap >= 4);
	CHECK_EQ(getdelim(&line, &cap, '\n', f), 3);
	CHECK(strcmp(line, "rt\n") == 0);
	free(line);

	/* EOF right away: -1, buffer allocated */
	FILE *e = fopen("empty.txt", "w+");
	line = NULL;
	cap = 0;
	CHECK_EQ(getline(&line, &cap, e), -1);
	CHECK(feof(e));
	free(line);
	errno = 0;
	CHECK_EQ(getline(NULL, &cap, e), -1);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK_EQ(getline(&line, NULL, e), -1);
	CHECK_EQ(errno, EINVAL);
	fclose(e);

	/* fgets across a long line: pieces of n-1 bytes */
	rewind(f);
	char buf[100];
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	int pieces = 0;
	size_t total = 0;
	while (fgets(buf, sizeof buf, f) != NULL) {
		pieces++;
		total += strlen(buf);
		if (buf[strlen(buf) - 1] == '\n')
			break;
	}
	CHECK_EQ(total, 30001);
	CHECK_EQ(pieces, (30001 + 98) / 99);
	fclose(f);
	return 0;
}
