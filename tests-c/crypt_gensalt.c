// LIBS: -lcrypt
/* libxcrypt's setting makers (<crypt.h>): crypt_gensalt, crypt_gensalt_rn,
 * crypt_gensalt_ra with fixed random bytes (the salts and parameters
 * Debian's libcrypt makes from the same bytes: SHA-crypt's characters per
 * byte count and its rounds clamping, MD5-crypt, bcrypt's cost, DES),
 * random salts when rbytes is NULL, the errors (EINVAL, ERANGE),
 * crypt_checksalt's verdicts, crypt_rn/crypt_ra returning NULL on
 * failure, and a generated setting accepted by crypt. Where this library
 * lacks a method Debian's has (yescrypt, the preferred one there), the
 * checks are ferrolibc's own. */
#define _DEFAULT_SOURCE
#include <crypt.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static const char rb[] = "0123456789abcdefghijklmnopqrstuv";

static const struct {
	const char *prefix;
	unsigned long count;
	int nrbytes;
	const char *want; /* NULL: fails with EINVAL */
} rows[] = {
	{"$6$", 0, 0, NULL},
	{"$6$", 0, 2, NULL},
	{"$6$", 0, 3, "$6$"},
	{"$6$", 0, 4, "$6$k2XA"},
	{"$6$", 0, 6, "$6$k2XA"},
	{"$6$", 0, 7, "$6$k2XAnEHB"},
	{"$6$", 0, 12, "$6$k2XAnEHBqQ1C"},
	{"$6$", 0, 13, "$6$k2XAnEHBqQ1Ct2aM"},
	{"$6$", 0, 32, "$6$k2XAnEHBqQ1Ct2aM"},
	{"$6$", 1, 16, "$6$rounds=1000$k2XAnEHBqQ1Ct2aM"},
	{"$6$", 4999, 16, "$6$rounds=4999$k2XAnEHBqQ1Ct2aM"},
	{"$6$", 5000, 16, "$6$k2XAnEHBqQ1Ct2aM"},
	{"$6$", 5001, 16, "$6$rounds=5001$k2XAnEHBqQ1Ct2aM"},
	{"$6$", 1000000000, 16, "$6$rounds=999999999$k2XAnEHBqQ1Ct2aM"},
	{"$5$", 0, 16, "$5$k2XAnEHBqQ1Ct2aM"},
	{"$5$", 31, 16, "$5$rounds=1000$k2XAnEHBqQ1Ct2aM"},
	{"$1$", 0, 3, "$1$"},
	{"$1$", 0, 4, "$1$k2XA"},
	{"$1$", 0, 16, "$1$k2XAnEHB"},
	{"$1$", 5, 16, NULL},
	{"$2b$", 0, 15, NULL},
	{"$2b$", 0, 16, "$2b$05$KBCwKxOzLha2MUDgW0PjXe"},
	{"$2b$", 4, 32, "$2b$04$KBCwKxOzLha2MUDgW0PjXe"},
	{"$2b$", 31, 16, "$2b$31$KBCwKxOzLha2MUDgW0PjXe"},
	{"$2b$", 1, 16, NULL},
	{"$2b$", 32, 16, NULL},
	{"$2a$", 0, 16, "$2a$05$KBCwKxOzLha2MUDgW0PjXe"},
	{"$2y$", 12, 16, "$2y$12$KBCwKxOzLha2MUDgW0PjXe"},
	{"", 0, 16, "kl"},
	{"", 0, 1, NULL},
	{"", 1, 16, NULL},
	{"xx", 0, 16, "kl"},
	{"$x$", 0, 16, NULL},
	{"$", 0, 16, NULL},
};

#if defined(AGAINST_GLIBC) && defined(FERRO_NO_LIB_crypt)
/* This arch's glibc has no static libcrypt here (Debian ships it for the
 * host arch only): the test is proven against glibc on x86_64. */
int main(void)
{
	t_puts(2, "crypt_gensalt: no static libcrypt for this arch's glibc\n");
	return 0;
}
#else
int main(void)
{
	char out[CRYPT_GENSALT_OUTPUT_SIZE];
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		errno = 0;
		char *r = crypt_gensalt_rn(rows[i].prefix, rows[i].count, rb, rows[i].nrbytes, out,
					   sizeof out);
		if (!rows[i].want) {
			if (r) {
				t_puts(2, r);
				t_puts(2, "\n");
			}
			CHECK(r == NULL);
			CHECK_EQ(errno, EINVAL);
			continue;
		}
		if (!r || strcmp(r, rows[i].want)) {
			t_puts(2, rows[i].prefix);
			t_puts(2, " -> ");
			t_puts(2, r ? r : "(null)");
			t_puts(2, "\n");
		}
		CHECK(r == out);
		CHECK(!strcmp(r, rows[i].want));
		/* the static and the allocated forms agree */
		char *s = crypt_gensalt(rows[i].prefix, rows[i].count, rb, rows[i].nrbytes);
		CHECK(s && !strcmp(s, rows[i].want));
		char *a = crypt_gensalt_ra(rows[i].prefix, rows[i].count, rb, rows[i].nrbytes);
		CHECK(a && !strcmp(a, rows[i].want));
		free(a);
	}
	/* crypt_gensalt_r is the same function */
	CHECK(crypt_gensalt_r("$5$", 0, rb, 16, out, sizeof out) == out);
	CHECK(!strcmp(out, "$5$k2XAnEHBqQ1Ct2aM"));

	/* random bytes when rbytes is NULL: a fresh 16-character salt each time */
	char a1[CRYPT_GENSALT_OUTPUT_SIZE], a2[CRYPT_GENSALT_OUTPUT_SIZE];
	CHECK(crypt_gensalt_rn("$6$", 0, NULL, 0, a1, sizeof a1) == a1);
	CHECK(crypt_gensalt_rn("$6$", 0, NULL, 0, a2, sizeof a2) == a2);
	CHECK_EQ(strlen(a1), 19);
	CHECK(!strncmp(a1, "$6$", 3) && strcmp(a1, a2));
	CHECK(crypt_gensalt_rn("$2b$", 10, NULL, 0, a1, sizeof a1) == a1);
	CHECK_EQ(strlen(a1), 29);
	CHECK(!strncmp(a1, "$2b$10$", 7));

	/* a generated setting works with crypt, and verifies */
	char *set = crypt_gensalt("$6$", 1000, rb, 16);
	CHECK(set != NULL);
	char *h = crypt("secret", set);
	CHECK(!strncmp(h, "$6$rounds=1000$k2XAnEHBqQ1Ct2aM$", 32));
	char hash[CRYPT_OUTPUT_SIZE];
	strcpy(hash, h);
	CHECK(!strcmp(crypt("secret", hash), hash));
	CHECK(strcmp(crypt("Secret", hash), hash));

	/* crypt_checksalt */
	static const struct {
		const char *s;
		int v;
	} cs[] = {
		{"$6$abc$", CRYPT_SALT_OK}, {"$6$rounds=5000$abc", CRYPT_SALT_OK},
		{"$6$", CRYPT_SALT_OK}, {"$6$abc$def$ghi", CRYPT_SALT_OK},
		{"$2b$05$abcdefghijklmnopqrstuu", CRYPT_SALT_OK}, {"$2a$05$x", CRYPT_SALT_OK},
		{"$2y$05$x", CRYPT_SALT_OK}, {"$2x$05$abcdefghijklmnopqrstuu", CRYPT_SALT_METHOD_LEGACY},
		{"$5$", CRYPT_SALT_METHOD_LEGACY}, {"$1$abc", CRYPT_SALT_METHOD_LEGACY},
		{"ab", CRYPT_SALT_METHOD_LEGACY}, {"..", CRYPT_SALT_METHOD_LEGACY},
		{"ab$", CRYPT_SALT_METHOD_LEGACY}, {"a", CRYPT_SALT_INVALID},
		{"", CRYPT_SALT_INVALID}, {"$6", CRYPT_SALT_INVALID}, {"$", CRYPT_SALT_INVALID},
		{"$$", CRYPT_SALT_INVALID}, {"$x$", CRYPT_SALT_INVALID}, {"*", CRYPT_SALT_INVALID},
		{"!", CRYPT_SALT_INVALID}, {"*0", CRYPT_SALT_INVALID}, {"$6$a:b", CRYPT_SALT_INVALID},
		{"$6$a b", CRYPT_SALT_INVALID}, {"$6$a\nb", CRYPT_SALT_INVALID},
		{"$6$a;b", CRYPT_SALT_INVALID}, {"$6$\xc3\xa9", CRYPT_SALT_INVALID},
		{"ab:", CRYPT_SALT_INVALID}, {"!$6$x", CRYPT_SALT_INVALID},
	};
	for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++) {
		if (crypt_checksalt(cs[i].s) != cs[i].v) {
			t_puts(2, cs[i].s);
			t_puts(2, "\n");
		}
		CHECK_EQ(crypt_checksalt(cs[i].s), cs[i].v);
	}
	CHECK_EQ(crypt_checksalt(NULL), CRYPT_SALT_INVALID);
	/* the preferred method gives a setting crypt_checksalt accepts */
	const char *pm = crypt_preferred_method();
	CHECK(pm && pm[0] == '$');
	char *ps = crypt_gensalt(NULL, 0, rb, 16);
	CHECK(ps && !strncmp(ps, pm, strlen(pm)));
	CHECK_EQ(crypt_checksalt(ps), CRYPT_SALT_OK);
#ifndef AGAINST_GLIBC
	/* yescrypt is not computed here: $6$ is preferred and $y$ refused */
	CHECK(!strcmp(pm, "$6$"));
	CHECK_EQ(crypt_checksalt("$y$j9T$abc$"), CRYPT_SALT_INVALID);
#endif

	/* crypt_rn and crypt_ra: NULL (not a failure token) on failure */
	struct crypt_data *cd = calloc(1, sizeof *cd);
	CHECK(cd != NULL);
	char *r = crypt_rn("secret", hash, cd, sizeof *cd);
	CHECK(r && !strcmp(r, hash));
	errno = 0;
	CHECK(crypt_rn("secret", "$6$a:b", cd, sizeof *cd) == NULL);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK(crypt_rn("secret", hash, cd, 10) == NULL);
	CHECK_EQ(errno, ERANGE);
	free(cd);
	void *data = NULL;
	int size = 0;
	r = crypt_ra("secret", hash, &data, &size);
	CHECK(r && !strcmp(r, hash) && data && size >= (int)sizeof(struct crypt_data));
	CHECK(crypt_ra("secret", "*", &data, &size) == NULL);
	free(data);

	/* the output too small for the setting: ERANGE */
	char tiny[3];
	errno = 0;
	CHECK(crypt_gensalt_rn("$2b$", 0, rb, 16, tiny, sizeof tiny) == NULL);
	CHECK_EQ(errno, ERANGE);
	t_puts(1, "ok\n");
	return 0;
}
#endif
