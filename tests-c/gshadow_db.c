// STDOUT: ok\n
/* <gshadow.h>: fgetsgent/fgetsgent_r over lines whose fate glibc decides
 * (comments, blanks, missing fields, admin and member lists with empty
 * and blank-led members, NIS entries; sgetsgent, which skips nothing), ENOENT at the end, ERANGE and a
 * retry, sgetsgent/sgetsgent_r, putsgent written back byte for byte and
 * its EINVAL refusals; getsgnam/getsgnam_r and the getsgent walk over a
 * private /etc/gshadow (see private_etc.h). */
#define _GNU_SOURCE
#include "check.h"
#include "private_etc.h"
#include <errno.h>
#include <gshadow.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *file_with(const char *text)
{
	FILE *f = tmpfile();
	CHECK(f != NULL);
	CHECK(fputs(text, f) >= 0);
	rewind(f);
	return f;
}

/* "a,b" from a list, "-" for NULL. */
static const char *joined(char **l)
{
	static char out[2][256];
	static int k;
	char *o = out[k++ & 1];
	if (!l)
		return "-";
	o[0] = 0;
	for (int i = 0; l[i]; i++) {
		if (i)
			strcat(o, ",");
		strcat(o, l[i]);
	}
	CHECK(((unsigned long)l & (sizeof(char *) - 1)) == 0);
	return o;
}

static void check_sg(struct sgrp *g, const char *name, const char *pw, const char *adm,
		     const char *mem)
{
	CHECK(g != NULL);
	CHECK(strcmp(g->sg_namp, name) == 0);
	CHECK(pw ? g->sg_passwd && strcmp(g->sg_passwd, pw) == 0 : g->sg_passwd == NULL);
	CHECK(strcmp(joined(g->sg_adm), adm) == 0);
	CHECK(strcmp(joined(g->sg_mem), mem) == 0);
}

static void lines(void)
{
	FILE *f = file_with("root:*::\n\n# comment\n  lead:!:a,b:c\ng1:x:a, b,,c,:d,,e\n"
			    "g2:x:a\ng3:x\ng4\ng5:x:a:b:c\n+nis\n+n:\n-x:y\nlast:pw:adm:m1,m2");
	check_sg(fgetsgent(f), "root", "*", "", "");
	check_sg(fgetsgent(f), "lead", "!", "a,b", "c");
	check_sg(fgetsgent(f), "g1", "x", "a,b,c", "d,e");
	check_sg(fgetsgent(f), "g2", "x", "a", "");
	check_sg(fgetsgent(f), "g3", "x", "", "");
	check_sg(fgetsgent(f), "g4", "", "", "");
	check_sg(fgetsgent(f), "g5", "x", "a", "b:c");
	check_sg(fgetsgent(f), "+nis", NULL, "-", "");
	check_sg(fgetsgent(f), "+n", NULL, "-", "");
	check_sg(fgetsgent(f), "-x", "y", "", "");
	struct sgrp sg, *r = &sg;
	char small[16], big[256];
	CHECK_EQ(fgetsgent_r(f, &sg, small, sizeof small, &r), ERANGE);
	CHECK(r == NULL);
	CHECK_EQ(fgetsgent_r(f, &sg, big, sizeof big, &r), 0);
	CHECK(r == &sg);
	check_sg(r, "last", "pw", "adm", "m1,m2");
	errno = 0;
	CHECK(fgetsgent(f) == NULL);
	CHECK_EQ(errno, ENOENT);
	CHECK_EQ(fgetsgent_r(f, &sg, big, sizeof big, &r), ENOENT);
	CHECK(r == NULL);
	fclose(f);

	check_sg(sgetsgent("s:p:a1,a2:m"), "s", "p", "a1,a2", "m");
	/* sgetsgent skips nothing: a comment or blank-led text is an entry. */
	check_sg(sgetsgent("# c:x::"), "# c", "x", "", "");
	check_sg(sgetsgent("  x: y :a : b\nz"), "  x", " y ", "a ", "b");
	check_sg(sgetsgent(""), "", "", "", "");
	CHECK_EQ(sgetsgent_r("s:p:a1,a2:m", &sg, small, 8, &r), ERANGE);
	CHECK(r == NULL);
	CHECK_EQ(sgetsgent_r("s:p:a1,a2:m", &sg, big, sizeof big, &r), 0);
	CHECK(r == &sg);
	check_sg(r, "s", "p", "a1,a2", "m");
}

static void writing(void)
{
	char *adm[] = {"a1", "a2", NULL}, *mem[] = {"m1", NULL}, *none[] = {NULL};
	char *bad[] = {"x,y", NULL};
	struct sgrp g = {"grp", "!", adm, mem};
	FILE *f = tmpfile();
	CHECK(f != NULL);
	CHECK_EQ(putsgent(&g, f), 0);
	g.sg_adm = none;
	g.sg_mem = NULL;
	CHECK_EQ(putsgent(&g, f), 0);
	g.sg_passwd = NULL;
	CHECK_EQ(putsgent(&g, f), 0);
	g.sg_passwd = "a:b";
	CHECK_ERR(putsgent(&g, f), EINVAL);
	g.sg_passwd = "x";
	g.sg_mem = bad;
	CHECK_ERR(putsgent(&g, f), EINVAL);
	g.sg_mem = NULL;
	g.sg_namp = "n\nm";
	CHECK_ERR(putsgent(&g, f), EINVAL);
	rewind(f);
	char text[256];
	size_t n = fread(text, 1, sizeof text - 1, f);
	text[n] = 0;
	CHECK(strcmp(text, "grp:!:a1,a2:m1\ngrp:!::\ngrp:::\n") == 0);
	fclose(f);
}

static const struct etc_file FILES[] = {
	{"gshadow", "root:*::\nwheel:!:boss:alice,bob\n# x:y::\nstaff:pw::carol\n"},
};

static void lookups(void)
{
	struct sgrp sg, *r = &sg;
	char buf[256];
	check_sg(getsgnam("wheel"), "wheel", "!", "boss", "alice,bob");
	errno = 0;
	CHECK(getsgnam("nobody-here") == NULL);
	CHECK_EQ(getsgnam_r("staff", &sg, buf, sizeof buf, &r), 0);
	check_sg(r, "staff", "pw", "", "carol");
	CHECK_EQ(getsgnam_r("staff", &sg, buf, 8, &r), ERANGE);
	CHECK(r == NULL);
	r = &sg;
	CHECK_EQ(getsgnam_r("x", &sg, buf, sizeof buf, &r), 0);
	CHECK(r == NULL);
	const char *names[] = {"root", "wheel", "staff"};
	setsgent();
	for (int i = 0; i < 3; i++) {
		struct sgrp *g = getsgent();
		CHECK(g && strcmp(g->sg_namp, names[i]) == 0);
	}
	CHECK(getsgent() == NULL);
	setsgent();
	CHECK_EQ(getsgent_r(&sg, buf, 4, &r), ERANGE);
	CHECK(r == NULL);
	CHECK_EQ(getsgent_r(&sg, buf, sizeof buf, &r), 0);
	CHECK(r == &sg && strcmp(sg.sg_namp, "root") == 0);
	CHECK_EQ(getsgent_r(&sg, buf, sizeof buf, &r), 0);
	CHECK_EQ(getsgent_r(&sg, buf, sizeof buf, &r), 0);
	CHECK(r == &sg && strcmp(sg.sg_namp, "staff") == 0);
	CHECK_EQ(getsgent_r(&sg, buf, sizeof buf, &r), ENOENT);
	CHECK(r == NULL);
	endsgent();
}

int main(void)
{
	lines();
	writing();
	run_with_etc("gshadow_db", FILES, 1, lookups);
	puts("ok");
	return 0;
}
