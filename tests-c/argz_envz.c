// CFLAGS: -D_GNU_SOURCE
/* <argz.h> and <envz.h> with glibc's answers: how argz_create_sep splits
 * (separators at the start and doubled dropped, one at the end leaves an
 * empty last string, only an empty input gives NULL), inserting before
 * the string a pointer falls in, argz_replace's count (one per string
 * changed), deleting the last string frees the vector, and envz's null
 * values, merging with and without override and stripping. */
#include "check.h"
#include <argz.h>
#include <envz.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The vector as text, '|' for each NUL. */
static const char *show(const char *a, size_t n)
{
	static char buf[256];
	CHECK(n < sizeof buf);
	for (size_t i = 0; i < n; i++)
		buf[i] = a[i] ? a[i] : '|';
	buf[n] = 0;
	return buf;
}
#define VEC(a, n, want) CHECK(strcmp(show(a, n), want) == 0)

static void sep(const char *in, const char *want, size_t count)
{
	char *a = (char *)1;
	size_t n = 99;
	CHECK_EQ(argz_create_sep(in, ':', &a, &n), 0);
	if (!*want)
		CHECK(a == NULL);
	VEC(a, n, want);
	CHECK_EQ(argz_count(a, n), count);
	free(a);
}

int main(void)
{
	sep("", "", 0);
	sep(":", "|", 1);
	sep("::", "|", 1);
	sep("a", "a|", 1);
	sep("a:", "a||", 2);
	sep(":a", "a|", 1);
	sep("a::b", "a|b|", 2);
	sep("a:b:", "a|b||", 3);
	sep("::a::b::", "a|b||", 3);

	char *a;
	size_t n;
	char *v0[] = { 0 }, *v1[] = { "", 0 }, *v2[] = { "ab", "", "c", 0 };
	CHECK_EQ(argz_create(v0, &a, &n), 0);
	CHECK(a == NULL);
	CHECK_EQ(n, 0);
	CHECK(argz_next(a, n, NULL) == NULL);
	CHECK_EQ(argz_create(v1, &a, &n), 0);
	VEC(a, n, "|");
	free(a);
	CHECK_EQ(argz_create(v2, &a, &n), 0);
	VEC(a, n, "ab||c|");
	CHECK_EQ(argz_count(a, n), 3);
	char *ext[4];
	argz_extract(a, n, ext);
	CHECK(ext[0] == a && ext[1] == a + 3 && ext[2] == a + 4 && ext[3] == NULL);

	CHECK_EQ(argz_add_sep(&a, &n, "::x::y:", ':'), 0);
	VEC(a, n, "ab||c|x|y||");
	CHECK_EQ(argz_add_sep(&a, &n, ":::", ':'), 0);
	VEC(a, n, "ab||c|x|y|||");
	CHECK_EQ(argz_add_sep(&a, &n, "", ':'), 0);
	VEC(a, n, "ab||c|x|y|||");
	CHECK_EQ(argz_count(a, n), 7);

	/* argz_next walks the strings. */
	char *e = argz_next(a, n, NULL);
	CHECK(e == a);
	e = argz_next(a, n, e);
	CHECK(e == a + 3);
	CHECK_EQ(argz_insert(&a, &n, e, "NEW"), 0);
	VEC(a, n, "ab|NEW||c|x|y|||");
	e = argz_next(a, n, argz_next(a, n, NULL));
	CHECK_EQ(argz_insert(&a, &n, e + 2, "N2"), 0);
	VEC(a, n, "ab|N2|NEW||c|x|y|||");
	CHECK_EQ(argz_insert(&a, &n, a + n, "X"), EINVAL);
	CHECK_EQ(argz_insert(&a, &n, NULL, "end"), 0);
	VEC(a, n, "ab|N2|NEW||c|x|y|||end|");
	CHECK_EQ(argz_insert(&a, &n, a, "first"), 0);
	VEC(a, n, "first|ab|N2|NEW||c|x|y|||end|");
	CHECK_EQ(argz_add(&a, &n, "z"), 0);
	CHECK_EQ(argz_append(&a, &n, "p\0q", 4), 0);
	VEC(a, n, "first|ab|N2|NEW||c|x|y|||end|z|p|q|");
	int k = 0;
	for (e = NULL; (e = argz_next(a, n, e));)
		k++;
	CHECK_EQ(k, argz_count(a, n));
	argz_stringify(a, n, ' ');
	CHECK(strcmp(a, "first ab N2 NEW  c x y   end z p q") == 0);
	CHECK_EQ(strlen(a) + 1, n);
	free(a);

	char *b;
	size_t bn;
	CHECK_EQ(argz_create_sep("foofoo:bar:xfoo:foo", ':', &b, &bn), 0);
	unsigned cnt = 0;
	CHECK_EQ(argz_replace(&b, &bn, "foo", "Q", &cnt), 0);
	CHECK_EQ(cnt, 3);
	VEC(b, bn, "QQ|bar|xQ|Q|");
	cnt = 5;
	char *before = b;
	CHECK_EQ(argz_replace(&b, &bn, "zz", "Q", &cnt), 0);
	CHECK_EQ(cnt, 5);
	CHECK(b == before);
	VEC(b, bn, "QQ|bar|xQ|Q|");
	CHECK_EQ(argz_replace(&b, &bn, "Q", "", &cnt), 0);
	CHECK_EQ(cnt, 8);
	VEC(b, bn, "|bar|x||");
	CHECK_EQ(argz_replace(&b, &bn, "", "W", &cnt), 0);
	CHECK_EQ(argz_replace(&b, &bn, "a", "aaa", NULL), 0);
	VEC(b, bn, "|baaar|x||");
	argz_stringify(b, bn, ',');
	CHECK(strcmp(b, ",baaar,x,") == 0);
	free(b);

	char *c;
	size_t cn;
	CHECK_EQ(argz_create_sep("a:b", ':', &c, &cn), 0);
	argz_delete(&c, &cn, NULL);
	VEC(c, cn, "a|b|");
	argz_delete(&c, &cn, c);
	VEC(c, cn, "b|");
	argz_delete(&c, &cn, c);
	CHECK(c == NULL);
	CHECK_EQ(cn, 0);

	/* envz */
	char *z = NULL;
	size_t zn = 0;
	CHECK_EQ(envz_add(&z, &zn, "A", "1"), 0);
	CHECK_EQ(envz_add(&z, &zn, "B", NULL), 0);
	CHECK_EQ(envz_add(&z, &zn, "C", ""), 0);
	CHECK_EQ(envz_add(&z, &zn, "A", "2"), 0);
	VEC(z, zn, "B|C=|A=2|");
	CHECK(strcmp(envz_get(z, zn, "A"), "2") == 0);
	CHECK(envz_get(z, zn, "B") == NULL);
	CHECK(envz_entry(z, zn, "B") == z);
	CHECK(strcmp(envz_get(z, zn, "C"), "") == 0);
	CHECK(envz_get(z, zn, "D") == NULL);
	CHECK(strcmp(envz_entry(z, zn, "A"), "A=2") == 0);
	CHECK(strcmp(envz_entry(z, zn, "A=zzz"), "A=2") == 0);
	CHECK(envz_entry(z, zn, "AB") == NULL);
	CHECK(envz_entry(z, zn, "") == NULL);

	char *z2 = NULL;
	size_t z2n = 0;
	envz_add(&z2, &z2n, "A", "9");
	envz_add(&z2, &z2n, "E", "5");
	envz_add(&z2, &z2n, "B", "7");
	char *m = malloc(zn);
	memcpy(m, z, zn);
	size_t mn = zn;
	CHECK_EQ(envz_merge(&m, &mn, z2, z2n, 0), 0);
	VEC(m, mn, "B|C=|A=2|E=5|");
	envz_strip(&m, &mn);
	VEC(m, mn, "C=|A=2|E=5|");
	CHECK_EQ(envz_merge(&z, &zn, z2, z2n, 1), 0);
	VEC(z, zn, "C=|A=9|E=5|B=7|");
	envz_strip(&z, &zn);
	VEC(z, zn, "C=|A=9|E=5|B=7|");
	envz_remove(&z, &zn, "A");
	VEC(z, zn, "C=|E=5|B=7|");
	envz_remove(&z, &zn, "nope");
	VEC(z, zn, "C=|E=5|B=7|");
	envz_remove(&z, &zn, "C");
	envz_remove(&z, &zn, "E");
	envz_remove(&z, &zn, "B");
	CHECK(z == NULL);
	CHECK_EQ(zn, 0);
	free(m);
	free(z2);
	error_t et = ENOMEM;
	CHECK_EQ(et, ENOMEM);
	t_puts(1, "ok\n");
	return 0;
}
