/* ferrolibc's benchmark: one source, built against ferrolibc, glibc and
 * musl by `cargo xtask bench`. Each row runs an operation in a loop timed
 * with CLOCK_MONOTONIC (best of 3) and prints "name ns_per_op_x100" lines
 * with write(2) only, so output costs nothing and needs no stdio.
 * argv[1], if given, is a percentage to scale the iteration counts by. */
#define _GNU_SOURCE 1
#include <string.h>
#include <sys/random.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static volatile unsigned long sink;

static long long now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void put(const char *s)
{
	(void)!write(1, s, strlen(s));
}

static void putnum(unsigned long long v)
{
	char b[24], *p = b + sizeof b;
	*--p = 0;
	do
		*--p = '0' + v % 10;
	while (v /= 10);
	put(p);
}

typedef void (*op_fn)(long n);

static void op_mono(long n)
{
	struct timespec t;
	for (long i = 0; i < n; i++) {
		clock_gettime(CLOCK_MONOTONIC, &t);
		sink += t.tv_nsec;
	}
}

static void op_real(long n)
{
	struct timespec t;
	for (long i = 0; i < n; i++) {
		clock_gettime(CLOCK_REALTIME, &t);
		sink += t.tv_nsec;
	}
}

static void op_gtod(long n)
{
	struct timeval t;
	for (long i = 0; i < n; i++) {
		gettimeofday(&t, 0);
		sink += t.tv_usec;
	}
}

static void op_time(long n)
{
	for (long i = 0; i < n; i++)
		sink += time(0);
}

static void op_getppid(long n)
{
	for (long i = 0; i < n; i++)
		sink += getppid();
}

static void op_getrandom16(long n)
{
	unsigned char b[16];
	for (long i = 0; i < n; i++) {
		getrandom(b, 16, 0);
		sink += b[3];
	}
}

static const struct row {
	const char *name;
	op_fn fn;
	long n;
} rows[] = {
	{ "clock_gettime(MONOTONIC)", op_mono, 2000000 },
	{ "clock_gettime(REALTIME)", op_real, 2000000 },
	{ "gettimeofday", op_gtod, 2000000 },
	{ "time", op_time, 4000000 },
	{ "getppid", op_getppid, 300000 },
	{ "getrandom(16)", op_getrandom16, 300000 },
};

int main(int argc, char **argv)
{
	for (unsigned i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const struct row *r = &rows[i];
		long n = r->n;
		if (argc > 1) {
			long pct = 0;
			for (const char *p = argv[1]; *p >= '0' && *p <= '9'; p++)
				pct = pct * 10 + (*p - '0');
			n = n * pct / 100 + 1;
		}
		r->fn(n / 10); /* warm up */
		long long best = -1;
		for (int k = 0; k < 3; k++) {
			long long t0 = now();
			r->fn(n);
			long long dt = now() - t0;
			if (best < 0 || dt < best)
				best = dt;
		}
		put(r->name);
		put(" ");
		putnum((unsigned long long)(best * 100 / n));
		put("\n");
	}
	return sink == 42;
}
