/* wordexp/wordfree: field splitting, quoting, tilde, parameter forms,
 * command substitution (and WRDE_NOCMD), arithmetic, pathname
 * expansion, every error, the flags and wordexp_t's layout (glibc's
 * answers). */
#include <stddef.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <wordexp.h>
#include "check.h"

_Static_assert(sizeof(wordexp_t) == 3 * sizeof(void *), "wordexp_t");
_Static_assert(offsetof(wordexp_t, we_wordv) == sizeof(size_t), "we_wordv");
_Static_assert(offsetof(wordexp_t, we_offs) == 2 * sizeof(void *), "we_offs");

/* Expand `s`; the words joined by '|' into out. */
static int ex(const char *s, int flags, char *out)
{
	wordexp_t w;
	int e = wordexp(s, &w, flags);
	out[0] = 0;
	if (e)
		return e;
	for (size_t i = 0; i < w.we_wordc; i++) {
		if (i)
			strcat(out, "|");
		strcat(out, w.we_wordv[i]);
	}
	CHECK(w.we_wordv[w.we_wordc] == NULL);
	wordfree(&w);
	return 0;
}

static const struct {
	const char *in;
	int flags;
	int ret;
	const char *out;
} cases[] = {
	{"a b", 0, 0, "a|b"},
	{"  a \t b  ", 0, 0, "a|b"},
	{"~/x", 0, 0, "/home/t/x"},
	{"~", 0, 0, "/home/t"},
	{"a~", 0, 0, "a~"},
	{"$X", 0, 0, "hello"},
	{"${X}y", 0, 0, "helloy"},
	{"\"$Y\"", 0, 0, "a b  c"},
	{"$Y", 0, 0, "a|b|c"},
	{"x$Y", 0, 0, "xa|b|c"},
	{"'$X'", 0, 0, "$X"},
	{"\\$X", 0, 0, "$X"},
	{"\"\\$X\\a\"", 0, 0, "$X\\a"},
	{"x\\ y", 0, 0, "x y"},
	{"\"a\\\"b\"", 0, 0, "a\"b"},
	{"\"\"", 0, 0, ""},
	{"a '' b", 0, 0, "a||b"},
	{"${U:-def}", 0, 0, "def"},
	{"${U-def}", 0, 0, "def"},
	{"${E:-def}", 0, 0, "def"},
	{"${E-def}", 0, 0, ""},
	{"${U:+alt}", 0, 0, ""},
	{"${X:+alt}", 0, 0, "alt"},
	{"${X+alt}", 0, 0, "alt"},
	{"${#X}", 0, 0, "5"},
	{"${X%l*}", 0, 0, "hel"},
	{"${X%%l*}", 0, 0, "he"},
	{"${X#*l}", 0, 0, "lo"},
	{"${X##*l}", 0, 0, "o"},
	{"${N=set} $N", 0, 0, "set|set"},
	{"$U", 0, 0, ""},
	{"$U", WRDE_UNDEF, WRDE_BADVAL, ""},
	{"${U}", WRDE_UNDEF, WRDE_BADVAL, ""},
	{"$X", WRDE_UNDEF, 0, "hello"},
	{"$(echo hi there)", 0, 0, "hi|there"},
	{"`echo a  b`", 0, 0, "a|b"},
	{"\"$(echo 'a  b')\"", 0, 0, "a  b"},
	{"x$(printf 'a\\n\\n')y", 0, 0, "xay"},
	{"$(echo oops >&2; echo ok)", 0, 0, "ok"},
	{"$(echo a)", WRDE_NOCMD, WRDE_CMDSUB, ""},
	{"`echo a`", WRDE_NOCMD, WRDE_CMDSUB, ""},
	{"$((1+2*3))", 0, 0, "7"},
	{"$(( (1+2)*-3 ))", 0, 0, "-9"},
	{"$((7/2))", 0, 0, "3"},
	{"$((0x10)) $((010))", 0, 0, "16|8"},
	{"$(($X2+1))", 0, 0, "4"},
	{"$((1+))", 0, WRDE_SYNTAX, ""},
	{"a|b", 0, WRDE_BADCHAR, ""},
	{"a;b", 0, WRDE_BADCHAR, ""},
	{"a&b", 0, WRDE_BADCHAR, ""},
	{"a<b", 0, WRDE_BADCHAR, ""},
	{"a>b", 0, WRDE_BADCHAR, ""},
	{"(", 0, WRDE_BADCHAR, ""},
	{")", 0, WRDE_BADCHAR, ""},
	{"{", 0, WRDE_BADCHAR, ""},
	{"a}", 0, WRDE_BADCHAR, ""},
	{"a\nb", 0, WRDE_BADCHAR, ""},
	{"\"a|b;\"", 0, 0, "a|b;"},
	{"\\|", 0, 0, "|"},
	{"\"unterminated", 0, WRDE_SYNTAX, ""},
	{"'x", 0, WRDE_SYNTAX, ""},
	{"$(", 0, WRDE_SYNTAX, ""},
	{"${", 0, WRDE_SYNTAX, ""},
	{"${X", 0, WRDE_SYNTAX, ""},
	{"`x", 0, WRDE_SYNTAX, ""},
	{"$", 0, 0, "$"},
	{"a$", 0, 0, "a$"},
	{"/nonexistent*", 0, 0, "/nonexistent*"},
	{"x${Z}y", 0, 0, "xlead|traily"},
	{"$Z", 0, 0, "lead|trail"},
	{"\"$Z\"", 0, 0, " lead trail "},
	{"$G", 0, 0, "/e*c/pass*"},
	{"a\\", 0, WRDE_SYNTAX, ""},
	{"a\"b\"c'd'", 0, 0, "abcd"},
	{"${U:-\"a b\"}", 0, 0, "a|b"},
	{"$(echo \\$X)", 0, 0, "$X"},
	{"$((${#X}+1))", 0, 0, "6"},
	{"$X$X", 0, 0, "hellohello"},
	{"\"/e*c/pass*\"", 0, 0, "/e*c/pass*"},
};

int main(void)
{
	setenv("HOME", "/home/t", 1);
	setenv("X", "hello", 1);
	setenv("X2", "3", 1);
	setenv("Y", "a b  c", 1);
	setenv("E", "", 1);
	setenv("Z", " lead trail ", 1);
	setenv("G", "/e*c/pass*", 1);
	unsetenv("U");
	unsetenv("N");
	unsetenv("IFS");
	char out[512];
	int nbad = 0;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int e = ex(cases[i].in, cases[i].flags, out);
		if (e != cases[i].ret || strcmp(out, cases[i].out)) {
			t_puts(2, cases[i].in);
			t_puts(2, " -> ");
			t_puts(2, out);
			t_puts(2, "\n");
			nbad++;
		}
	}
	CHECK_EQ(nbad, 0);

	/* IFS. */
	setenv("IFS", ":", 1);
	setenv("P", "a:b::c", 1);
	CHECK_EQ(ex("$P", 0, out), 0);
	CHECK(strcmp(out, "a|b||c") == 0);
	CHECK_EQ(ex("\"$P\"", 0, out), 0);
	CHECK(strcmp(out, "a:b::c") == 0);
	unsetenv("IFS");

	/* Pathname expansion, sorted. */
	char dir[] = "/tmp/wordexpXXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char path[64], pat[64];
	strcpy(path, dir);
	strcat(path, "/b1");
	close(creat(path, 0600));
	strcpy(path, dir);
	strcat(path, "/a1");
	close(creat(path, 0600));
	strcpy(pat, dir);
	strcat(pat, "/?1 x");
	CHECK_EQ(ex(pat, 0, out), 0);
	char want[160];
	strcpy(want, dir);
	strcat(want, "/a1|");
	strcat(want, dir);
	strcat(want, "/b1|x");
	CHECK(strcmp(out, want) == 0);
	strcpy(pat, "'");
	strcat(pat, dir);
	strcat(pat, "/'*");
	CHECK_EQ(ex(pat, 0, out), 0);
	strcpy(want, dir);
	strcat(want, "/a1|");
	strcat(want, dir);
	strcat(want, "/b1");
	CHECK(strcmp(out, want) == 0);
	strcpy(path, dir);
	strcat(path, "/a1");
	unlink(path);
	strcpy(path, dir);
	strcat(path, "/b1");
	unlink(path);
	rmdir(dir);

	/* WRDE_DOOFFS, WRDE_APPEND, WRDE_REUSE. */
	wordexp_t w;
	w.we_offs = 2;
	CHECK_EQ(wordexp("a b", &w, WRDE_DOOFFS), 0);
	CHECK_EQ(w.we_wordc, 2);
	CHECK(w.we_wordv[0] == NULL && w.we_wordv[1] == NULL);
	CHECK(strcmp(w.we_wordv[2], "a") == 0);
	CHECK(strcmp(w.we_wordv[3], "b") == 0);
	CHECK(w.we_wordv[4] == NULL);
	CHECK_EQ(wordexp("c", &w, WRDE_DOOFFS | WRDE_APPEND), 0);
	CHECK_EQ(w.we_wordc, 3);
	CHECK(w.we_wordv[1] == NULL);
	CHECK(strcmp(w.we_wordv[4], "c") == 0);
	CHECK(w.we_wordv[5] == NULL);
	CHECK_EQ(wordexp("d e f g", &w, WRDE_DOOFFS | WRDE_REUSE), 0);
	CHECK_EQ(w.we_wordc, 4);
	CHECK(strcmp(w.we_wordv[2], "d") == 0);
	CHECK(strcmp(w.we_wordv[5], "g") == 0);
	wordfree(&w);
	CHECK_EQ(wordexp("x", &w, 0), 0);
	CHECK_EQ(w.we_wordc, 1);
	CHECK(strcmp(w.we_wordv[0], "x") == 0);
	wordfree(&w);
	return 0;
}
