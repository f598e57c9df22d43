// STDOUT: ok\n
// LIBS: -lpthread
/* stdio functions are cancellation points (POSIX lets them be; glibc's
 * are, through read and write), and a thread cancelled inside one gives
 * back the stream lock the call took, so the stream stays usable:
 * fgets blocked on an empty pipe, fflush and fputs blocked on a full one,
 * fflush(NULL) blocked in its walk of every stream (fopen and fclose
 * still work after), and getc under the thread's own flockfile, whose
 * level stays held until its cleanup handler calls funlockfile. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static FILE *in, *out;
static int inp[2], outp[2];
static volatile int cleaned;

static void note(void *arg)
{
	cleaned = (int)(long)arg;
}

static void unlock_in(void *arg)
{
	cleaned = (int)(long)arg;
	funlockfile(in);
}

static void *reader(void *arg)
{
	char buf[16];
	pthread_cleanup_push(note, arg);
	(void)!fgets(buf, sizeof buf, in);
	pthread_cleanup_pop(0);
	return NULL;
}

static void *writer(void *arg)
{
	static char big[1 << 17];
	memset(big, 'w', sizeof big);
	pthread_cleanup_push(note, arg);
	if ((long)arg == 2)
		fwrite(big, 1, sizeof big, out);
	else if ((long)arg == 3)
		fputs(big + sizeof big - 20, out), fflush(out);
	else {
		/* Pending bytes on out, then a flush of every stream. */
		fputs("pending", out);
		fflush(NULL);
	}
	pthread_cleanup_pop(0);
	return NULL;
}

static void *owner(void *arg)
{
	pthread_cleanup_push(unlock_in, arg);
	flockfile(in);
	(void)getc(in);
	pthread_cleanup_pop(0);
	return NULL;
}

static void nap(void)
{
	struct timespec ts = { 0, 50 * 1000 * 1000 };
	nanosleep(&ts, 0);
}

static void run(void *(*fn)(void *), long which)
{
	pthread_t t;
	void *res = NULL;
	cleaned = 0;
	CHECK_EQ(pthread_create(&t, NULL, fn, (void *)which), 0);
	nap();
	CHECK_EQ(pthread_cancel(t), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == PTHREAD_CANCELED);
	CHECK_EQ(cleaned, which);
}

/* Empty the full pipe and forget what out holds. */
static void drain(void)
{
	char b[4096];
	CHECK_EQ(fcntl(outp[0], F_SETFL, O_NONBLOCK), 0);
	while (read(outp[0], b, sizeof b) > 0)
		;
	CHECK_EQ(fcntl(outp[0], F_SETFL, 0), 0);
}

int main(void)
{
	char buf[16];
	CHECK_EQ(pipe(inp), 0);
	CHECK_EQ(pipe(outp), 0);
	in = fdopen(inp[0], "r");
	out = fdopen(outp[1], "w");
	CHECK(in != NULL && out != NULL);

	/* 1: fgets on an empty pipe; afterwards this thread reads the line. */
	run(reader, 1);
	CHECK_EQ(ftrylockfile(in), 0);
	funlockfile(in);
	CHECK_EQ(write(inp[1], "line\n", 5), 5);
	CHECK(fgets(buf, sizeof buf, in) == buf);
	CHECK_EQ(strcmp(buf, "line\n"), 0);

	/* Fill the pipe so writes block. */
	CHECK_EQ(fcntl(outp[1], F_SETFL, O_NONBLOCK), 0);
	while (write(outp[1], "x", 1) == 1)
		;
	CHECK_EQ(errno, EAGAIN);
	CHECK_EQ(fcntl(outp[1], F_SETFL, 0), 0);

	/* 2: fwrite larger than the buffer, 3: fputs then fflush. */
	run(writer, 2);
	CHECK_EQ(ftrylockfile(out), 0);
	funlockfile(out);
	run(writer, 3);
	CHECK_EQ(ftrylockfile(out), 0);
	funlockfile(out);

	/* 4: fflush(NULL); the stream list is free afterwards. */
	run(writer, 4);
	FILE *f = fopen("/dev/null", "w");
	CHECK(f != NULL);
	CHECK_EQ(fclose(f), 0);
	CHECK_EQ(ftrylockfile(out), 0);
	funlockfile(out);
	drain();
	/* out still holds what the cancelled calls left: drop it. */
	__fpurge(out);

	/* 5: the thread's own flockfile level is its business: its cleanup
	 * handler unlocks, and then the stream is free. */
	run(owner, 5);
	CHECK_EQ(ftrylockfile(in), 0);
	funlockfile(in);
	CHECK_EQ(write(inp[1], "z", 1), 1);
	CHECK_EQ(getc(in), 'z');

	t_puts(1, "ok\n");
	return 0;
}
