/* The machinery of the scanf corpus tests (scanf_corpus.c, glibc's
 * behaviour, and scanf_standard.c, where the standard and glibc differ):
 * a row is an input, a format, the types of up to four pointer arguments,
 * and the expected return value, errno, assigned values (rendered as text;
 * "-" for an argument left untouched) and, for the stream version, what a
 * following getc sees. Every row runs through sscanf and through fscanf on
 * a pipe (so pushback at the stream is observed). Built with -DSCANF_GEN,
 * TABLE prints the rows with what the libc did instead of checking them.
 *
 * Argument types: i int, h short, c signed char, l long, L long long,
 * u unsigned, U unsigned long long, z size_t, p void *, f float, d double,
 * D long double, s char[64], w wchar_t[16], m char * (from %m, shown up to
 * its NUL), M char * (from %mc: 3 bytes shown), W wchar_t * (from %ml).
 * Buffers are filled with 0x7f first; strings show up to the first 0x7f. */
#ifndef SCANF_ROWS_H
#define SCANF_ROWS_H
#include "check.h"
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stddef.h>

struct row {
	const char *in, *fmt, *types;
	int ret, err;
	const char *rest;
	const char *v[4];
};
#define R(in, fmt, types, ret, err, rest, a, b, c, d) \
	{in, fmt, types, ret, err, rest, {a, b, c, d}},

static char out[512];
static size_t olen;

static void put(const char *s)
{
	while (*s && olen < sizeof out - 1)
		out[olen++] = *s++;
	out[olen] = 0;
}

static void putc_(char c)
{
	char s[2] = {c, 0};
	put(s);
}

static void puthex(unsigned long long v, int digits)
{
	for (int i = digits - 1; i >= 0; i--)
		putc_("0123456789abcdef"[(v >> (4 * i)) & 15]);
}

static void putdec(long long v, int is_unsigned)
{
	char b[24], *p = b + sizeof b;
	unsigned long long u = is_unsigned || v >= 0 ? (unsigned long long)v
						      : -(unsigned long long)v;
	*--p = 0;
	do
		*--p = '0' + u % 10;
	while (u /= 10);
	if (!is_unsigned && v < 0)
		*--p = '-';
	put(p);
}

static void putchr(unsigned c)
{
	if (c >= 32 && c < 127 && c != '\\') {
		putc_((char)c);
	} else {
		put("\\x");
		puthex(c, c > 0xff ? 8 : 2);
	}
}

union slot {
	char s[64];
	wchar_t w[16];
	long long ll;
	long double ld;
	void *p;
};

static int untouched(const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++)
		if (b[i] != 0x7f)
			return 0;
	return 1;
}

#if __LDBL_MANT_DIG__ == 64
#define LD_BYTES 10
#else
#define LD_BYTES 16
#endif

/* Render argument slot `u` of type `t` into `out`. */
static void render(char t, union slot *u)
{
	static const size_t sz[128] = {['i'] = sizeof(int), ['h'] = sizeof(short),
		['c'] = 1, ['l'] = sizeof(long), ['L'] = sizeof(long long),
		['u'] = sizeof(unsigned), ['U'] = sizeof(long long),
		['z'] = sizeof(size_t), ['p'] = sizeof(void *), ['f'] = sizeof(float),
		['d'] = sizeof(double), ['D'] = LD_BYTES, ['s'] = 1, ['w'] = sizeof(wchar_t),
		['m'] = sizeof(void *), ['M'] = sizeof(void *), ['W'] = sizeof(void *)};
	olen = 0;
	out[0] = 0;
	if (untouched(u, sz[(int)t])) {
		put("-");
		return;
	}
	switch (t) {
	case 'i': putdec(*(int *)u, 0); break;
	case 'h': putdec(*(short *)u, 0); break;
	case 'c': putdec(*(signed char *)u, 0); break;
	case 'l': putdec(*(long *)u, 0); break;
	case 'L': putdec(*(long long *)u, 0); break;
	case 'u': putdec(*(unsigned *)u, 1); break;
	case 'U': putdec((long long)*(unsigned long long *)u, 1); break;
	case 'z': putdec((long long)*(size_t *)u, 1); break;
	case 'p': {
		int d = 1;
		while (d < 16 && ((unsigned long long)(uintptr_t)u->p >> (4 * d)))
			d++;
		put("0x");
		puthex((uintptr_t)u->p, d);
		break;
	}
	case 'f': { unsigned x; memcpy(&x, u, 4); puthex(x, 8); break; }
	case 'd': { unsigned long long x; memcpy(&x, u, 8); puthex(x, 16); break; }
	case 'D':
		for (int i = LD_BYTES - 1; i >= 0; i--)
			puthex(((unsigned char *)u)[i], 2);
		break;
	case 's':
		for (int i = 0; i < 64 && u->s[i] != 0x7f; i++)
			putchr((unsigned char)u->s[i]);
		break;
	case 'w':
		for (int i = 0; i < 16 && u->w[i] != 0x7f7f7f7f; i++)
			putchr((unsigned)u->w[i]);
		break;
	case 'm': case 'M': case 'W':
		if (!u->p) {
			put("NULL");
		} else if (t == 'm') {
			for (char *s = u->p; *s; s++)
				putchr((unsigned char)*s);
		} else if (t == 'M') {
			for (int i = 0; i < 3; i++)
				putchr((unsigned char)((char *)u->p)[i]);
		} else {
			for (wchar_t *s = u->p; *s; s++)
				putchr((unsigned)*s);
		}
		free(u->p);
		break;
	}
}

static FILE *pipe_with(const char *in)
{
	int fd[2];
	CHECK(pipe(fd) == 0);
	CHECK((size_t)write(fd[1], in, strlen(in)) == strlen(in));
	close(fd[1]);
	FILE *f = fdopen(fd[0], "r");
	CHECK(f != NULL);
	return f;
}

struct got {
	int ret, err;
	char rest[64];
	char v[4][128];
};

static void run(const struct row *r, int stream, struct got *g)
{
	union slot a[4];
	memset(a, 0x7f, sizeof a);
	errno = 0;
	if (stream) {
		FILE *f = pipe_with(r->in);
		g->ret = fscanf(f, r->fmt, &a[0], &a[1], &a[2], &a[3]);
		g->err = errno;
		int k = 0, c;
		while ((c = fgetc(f)) != EOF && k < 63)
			g->rest[k++] = (char)c;
		g->rest[k] = 0;
		fclose(f);
	} else {
		g->ret = sscanf(r->in, r->fmt, &a[0], &a[1], &a[2], &a[3]);
		g->err = errno;
		g->rest[0] = 0;
	}
	for (int i = 0; i < 4 && r->types[i]; i++) {
		render(r->types[i], &a[i]);
		strcpy(g->v[i], out);
	}
}

#ifdef SCANF_GEN
static void cstr(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = *s;
		if (c < 32 || c >= 127 || c == '"' || c == '\\')
			printf("\\%03o", c);
		else
			putchar(c);
	}
	putchar('"');
}

static void gen(const struct row *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct got g;
		run(&t[i], 1, &g);
		printf("R(");
		cstr(t[i].in); printf(", ");
		cstr(t[i].fmt); printf(", ");
		cstr(t[i].types);
		printf(", %d, %d, ", g.ret, g.err);
		cstr(g.rest);
		for (int k = 0; k < 4; k++) {
			printf(", ");
			if (k < (int)strlen(t[i].types))
				cstr(g.v[k]);
			else
				printf("0");
		}
		printf(")\n");
	}
}
#define TABLE(t) gen(t, sizeof t / sizeof *t)
#else
static void fail_row(const struct row *r, int stream, const char *what,
		     const char *want, const char *got)
{
	t_puts(2, stream ? "fscanf" : "sscanf");
	t_puts(2, "(\"");
	t_puts(2, r->in);
	t_puts(2, "\", \"");
	t_puts(2, r->fmt);
	t_puts(2, "\"): ");
	t_puts(2, what);
	t_puts(2, ": want [");
	t_puts(2, want);
	t_puts(2, "] got [");
	t_puts(2, got);
	t_puts(2, "]\n");
}

static int bad;

static void check_rows(const struct row *t, size_t n)
{
	char a[24], b[24];
	for (size_t i = 0; i < n; i++) {
		for (int stream = 0; stream < 2; stream++) {
			struct got g;
			run(&t[i], stream, &g);
			if (g.ret != t[i].ret) {
				olen = 0; putdec(t[i].ret, 0); strcpy(a, out);
				olen = 0; putdec(g.ret, 0); strcpy(b, out);
				fail_row(&t[i], stream, "return", a, b);
				bad++;
			}
			if (g.err != t[i].err) {
				olen = 0; putdec(t[i].err, 0); strcpy(a, out);
				olen = 0; putdec(g.err, 0); strcpy(b, out);
				fail_row(&t[i], stream, "errno", a, b);
				bad++;
			}
			if (stream && strcmp(g.rest, t[i].rest)) {
				fail_row(&t[i], stream, "rest", t[i].rest, g.rest);
				bad++;
			}
			for (int k = 0; k < 4 && t[i].types[k]; k++) {
				if (strcmp(g.v[k], t[i].v[k])) {
					fail_row(&t[i], stream, "value", t[i].v[k], g.v[k]);
					bad++;
				}
			}
		}
	}
}
#define TABLE(t) check_rows(t, sizeof t / sizeof *t)
#endif
#endif
