/* The libc under threads: malloc/free/realloc from 8 threads at once
 * (each its own blocks, and blocks freed by another thread), fprintf and
 * fputs to one stream from 8 threads (every line whole), flockfile
 * keeping a group of writes together, ftrylockfile, the _unlocked
 * functions under flockfile, errno per thread. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
// STDOUT: ok\n

enum { NT = 8, LINES = 300 };
static FILE *out;
static void *handoff[NT];

static void *writer(void *arg)
{
	long id = (long)arg;
	for (int i = 0; i < LINES; i++) {
		char *p = malloc(16 + (size_t)(i % 200) * 8);
		CHECK(p != 0);
		memset(p, (int)id, 16);
		p = realloc(p, 4000 + (size_t)i);
		CHECK(p != 0);
		CHECK_EQ(p[15], (char)id);
		if (i % 3 == 0)
			CHECK(fprintf(out, "thread %ld line %d of %d\n", id, i, LINES) > 0);
		else if (i % 3 == 1)
			CHECK(fputs(i % 2 ? "fputs a whole line xxxxxxxxxxxxxxxxxxxxxxxxx\n"
					  : "fputs a whole line yyyyyyyyyyyyyyyyyyyyyyyyy\n",
				    out) >= 0);
		else {
			flockfile(out);
			fputs_unlocked("group ", out);
			for (int k = 0; k < 5; k++)
				putc_unlocked('0' + (int)id, out);
			fputc_unlocked('\n', out);
			funlockfile(out);
		}
		free(p);
		errno = (int)id;
		sched_yield();
		CHECK_EQ(errno, id);
	}
	/* a block for another thread to free */
	handoff[id] = malloc(100 + (size_t)id);
	return 0;
}

static void *freer(void *arg)
{
	long id = (long)arg;
	free(handoff[(id + 1) % NT]);
	return 0;
}

static FILE *tf;
static void *try_other(void *arg)
{
	(void)arg;
	CHECK(ftrylockfile(tf) != 0);
	return 0;
}

int main(void)
{
	char path[] = "/tmp/thread_stdio_XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	out = fdopen(fd, "w+");
	CHECK(out != 0);
	setvbuf(out, 0, _IOFBF, 256); /* small buffer: many flushes */
	pthread_t t[NT];
	for (long i = 0; i < NT; i++)
		CHECK_EQ(pthread_create(&t[i], 0, writer, (void *)i), 0);
	for (int i = 0; i < NT; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);
	for (long i = 0; i < NT; i++)
		CHECK_EQ(pthread_create(&t[i], 0, freer, (void *)i), 0);
	for (int i = 0; i < NT; i++)
		CHECK_EQ(pthread_join(t[i], 0), 0);

	CHECK_EQ(fflush(out), 0);
	rewind(out);
	char line[256];
	int n = 0, per[NT] = {0}, groups = 0;
	while (fgets(line, sizeof line, out)) {
		n++;
		size_t len = strlen(line);
		CHECK(len > 0 && line[len - 1] == '\n');
		long id;
		int a, b;
		if (sscanf(line, "thread %ld line %d of %d", &id, &a, &b) == 3) {
			CHECK(id >= 0 && id < NT);
			CHECK_EQ(b, LINES);
			CHECK_EQ(a % 3, 0);
			per[id]++;
		} else if (strncmp(line, "group ", 6) == 0) {
			CHECK_EQ(len, 12);
			for (int k = 7; k < 11; k++)
				CHECK_EQ(line[k], line[6]);
			groups++;
		} else {
			CHECK(strcmp(line, "fputs a whole line xxxxxxxxxxxxxxxxxxxxxxxxx\n") == 0 ||
			      strcmp(line, "fputs a whole line yyyyyyyyyyyyyyyyyyyyyyyyy\n") == 0);
		}
	}
	CHECK_EQ(n, NT * LINES);
	CHECK_EQ(groups, NT * (LINES / 3));
	for (int i = 0; i < NT; i++)
		CHECK_EQ(per[i], LINES / 3);
	fclose(out);
	unlink(path);

	/* ftrylockfile: recursive for the holder, busy for others */
	tf = stdout;
	CHECK_EQ(ftrylockfile(tf), 0);
	CHECK_EQ(ftrylockfile(tf), 0);
	pthread_t o;
	CHECK_EQ(pthread_create(&o, 0, try_other, 0), 0);
	CHECK_EQ(pthread_join(o, 0), 0);
	funlockfile(tf);
	funlockfile(tf);
	printf("ok\n");
	return 0;
}
