/* Positioning and read/write switching: fseek/ftell/fgetpos/fsetpos,
 * r+ and w+ with a seek between directions, append mode always writing
 * at the end, fflush of an input stream, tmpfile. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void slurp(const char *path, char *buf, int cap)
{
	int fd = open(path, O_RDONLY);
	int n = read(fd, buf, cap - 1);
	buf[n < 0 ? 0 : n] = 0;
	close(fd);
}

int main(void)
{
	char buf[256];
	FILE *f = fopen("s.txt", "w+");
	CHECK(f != NULL);
	CHECK_EQ(ftell(f), 0);
	fputs("0123456789", f);
	CHECK_EQ(ftell(f), 10);
	CHECK_EQ(ftello(f), 10);
	CHECK_EQ(fseek(f, 2, SEEK_SET), 0);
	CHECK_EQ(fgetc(f), '2');
	CHECK_EQ(ftell(f), 3);
	/* read -> write needs a seek */
	CHECK_EQ(fseek(f, 0, SEEK_CUR), 0);
	fputs("AB", f);
	CHECK_EQ(ftell(f), 5);
	/* write -> read needs a flush or seek */
	CHECK_EQ(fflush(f), 0);
	CHECK_EQ(fgetc(f), '5');
	CHECK_EQ(fseek(f, -1, SEEK_END), 0);
	CHECK_EQ(fgetc(f), '9');
	CHECK_EQ(fgetc(f), EOF);
	CHECK(feof(f));
	CHECK_EQ(fseek(f, 0, SEEK_SET), 0); /* clears EOF */
	CHECK(!feof(f));
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(strcmp(buf, "012AB56789") == 0);
	/* at EOF, input -> output may go without a seek */
	CHECK_EQ(fgetc(f), EOF);
	fputs("!", f);
	fpos_t pos;
	CHECK_EQ(fgetpos(f, &pos), 0);
	CHECK_EQ(ftell(f), 11);
	rewind(f);
	CHECK_EQ(ftell(f), 0);
	CHECK_EQ(fsetpos(f, &pos), 0);
	CHECK_EQ(ftell(f), 11);
	CHECK_EQ(fseek(f, -3, SEEK_CUR), 0);
	CHECK_EQ(fgetc(f), '8');
	/* ungetc moves the position back */
	CHECK_EQ(ungetc('8', f), '8');
	CHECK_EQ(ftell(f), 8);
	CHECK_EQ(fgetc(f), '8');
	/* seeking past the end, then writing, leaves a hole */
	CHECK_EQ(fseek(f, 20, SEEK_SET), 0);
	fputc('E', f);
	CHECK_EQ(ftell(f), 21);
	CHECK_EQ(fclose(f), 0);
	int fd = open("s.txt", O_RDONLY);
	CHECK_EQ(lseek(fd, 0, SEEK_END), 21);
	close(fd);

	/* append: writes go to the end even after a seek */
	f = fopen("a.txt", "w");
	fputs("start", f);
	fclose(f);
	f = fopen("a.txt", "a+");
	CHECK(f != NULL);
	CHECK_EQ(fseek(f, 0, SEEK_SET), 0);
	CHECK_EQ(fgetc(f), 's');
	CHECK_EQ(fseek(f, 1, SEEK_SET), 0);
	fputs("-end", f);
	CHECK_EQ(fflush(f), 0);
	CHECK_EQ(ftell(f), 9);
	CHECK_EQ(fseek(f, 0, SEEK_SET), 0);
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(strcmp(buf, "start-end") == 0);
	fclose(f);
	f = fopen("a.txt", "a");
	fputs("+", f);
	CHECK_EQ(ftell(f), 10);
	fclose(f);
	slurp("a.txt", buf, sizeof buf);
	CHECK(strcmp(buf, "start-end+") == 0);

	/* r+: overwrite in the middle */
	f = fopen("a.txt", "r+");
	CHECK_EQ(fgetc(f), 's');
	CHECK_EQ(fseek(f, 0, SEEK_CUR), 0);
	fputc('T', f);
	CHECK_EQ(fseek(f, 0, SEEK_CUR), 0);
	CHECK_EQ(fgetc(f), 'a');
	fclose(f);
	slurp("a.txt", buf, sizeof buf);
	CHECK(strcmp(buf, "sTart-end+") == 0);

	/* fflush of an input stream gives unread input back to the fd */
	f = fopen("a.txt", "r");
	CHECK_EQ(fgetc(f), 's');
	CHECK_EQ(fgetc(f), 'T');
	CHECK_EQ(fflush(f), 0);
	CHECK_EQ(lseek(fileno(f), 0, SEEK_CUR), 2);
	CHECK_EQ(fgetc(f), 'a');
	/* fseeko with 64-bit offsets */
	CHECK_EQ(fseeko(f, (off_t)0, SEEK_END), 0);
	CHECK_EQ(ftello(f), 10);
	fclose(f);

	/* tmpfile: read/write, gone from the directory */
	f = tmpfile();
	CHECK(f != NULL);
	CHECK_EQ(fputs("temporary", f) >= 0, 1);
	rewind(f);
	CHECK(fgets(buf, sizeof buf, f) != NULL);
	CHECK(strcmp(buf, "temporary") == 0);
	CHECK_EQ(fclose(f), 0);
	return 0;
}
