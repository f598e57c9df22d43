// STDOUT: ok\n
/* <aliases.h>: getaliasent/getaliasbyname and their _r forms over a
 * private /etc/aliases (see private_etc.h), read as glibc reads it:
 * comments anywhere, entries continued by lines that begin with a blank
 * (ended by an empty or a comment line), members split at ',' with
 * leading blanks dropped and trailing ones kept, names holding blanks,
 * ":include:" files (not nested; a missing one adds nothing), entries
 * without members skipped, names looked up without case; ERANGE and a
 * retry, ENOENT at the end. Empty members ("a,,b") are checked on
 * ferrolibc only: glibc 2.36 loops forever on them. */
#define _GNU_SOURCE
#include "check.h"
#include "private_etc.h"
#include <aliases.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const struct etc_file FILES[] = {
	{"aliases", "# comment\nroot: alice, bob\nPostmaster:root\n  lead: x\n"
		    "inc: :include:/etc/alias.inc, tail\ncont: a,\n  b\n\tc ,d\n"
		    "sp:  one two , three\ntab:\tq\t,\tr\t\ncomment: m # not this\n"
		    "nocolon\n: empty\nempty2:\nmiss: :include:/etc/nonexistent\n"
		    "ended: v,\n\n  w\nlate:\n  z\nafter: b\n#x\n c\n  x: y\n"
		    "a b: c\nnotinc: x :include:/etc/alias.inc\n"
#ifndef AGAINST_GLIBC
		    "gaps: ,x,, ,y,\n"
#endif
		    "last: z"},
	{"alias.inc", "i1, i2\n# c\ni3\n  i4 i5\n:include:/etc/alias.inc\n"},
};

static const char *const WANT[][2] = {
	{"root", "alice|bob"},
	{"Postmaster", "root|lead: x"},
	{"inc", "i1|i2|i3|i4 i5|:include:/etc/alias.inc|tail"},
	{"cont", "a|b|c |d"},
	{"sp", "one two |three"},
	{"tab", "q\t|r\t"},
	{"comment", "m "},
	{"ended", "v"},
	{"late", "z"},
	{"after", "b"},
	{"x", "y"},
	{"a b", "c"},
	{"notinc", "x :include:/etc/alias.inc"},
#ifndef AGAINST_GLIBC
	{"gaps", "x|y"},
#endif
	{"last", "z"},
};
#define NWANT (int)(sizeof WANT / sizeof WANT[0])

static void check_entry(struct aliasent *a, const char *name, const char *members)
{
	char got[512] = "";
	CHECK(a != NULL);
	if (strcmp(a->alias_name, name) != 0) {
		t_puts(2, a->alias_name);
		t_puts(2, " != ");
		t_puts(2, name);
		t_puts(2, "\n");
	}
	CHECK(strcmp(a->alias_name, name) == 0);
	CHECK_EQ(a->alias_local, 1);
	for (size_t i = 0; i < a->alias_members_len; i++) {
		if (i)
			strcat(got, "|");
		strcat(got, a->alias_members[i]);
	}
	if (strcmp(got, members) != 0) {
		t_puts(2, got);
		t_puts(2, "\n");
	}
	CHECK(strcmp(got, members) == 0);
}

static void lookups(void)
{
	struct aliasent *a;
	setaliasent();
	for (int i = 0; i < NWANT; i++)
		check_entry(getaliasent(), WANT[i][0], WANT[i][1]);
	CHECK(getaliasent() == NULL);
	endaliasent();

	check_entry(getaliasbyname("root"), "root", "alice|bob");
	check_entry(getaliasbyname("ROOT"), "root", "alice|bob");
	check_entry(getaliasbyname("postmaster"), "Postmaster", "root|lead: x");
	check_entry(getaliasbyname("a b"), "a b", "c");
	CHECK(getaliasbyname("nobody") == NULL);
	CHECK(getaliasbyname("empty2") == NULL);
	CHECK(getaliasbyname("miss") == NULL);
	CHECK(getaliasbyname("lead") == NULL);

	struct aliasent ae, *r = &ae;
	char small[8], buf[512];
	CHECK_EQ(getaliasbyname_r("cont", &ae, buf, sizeof buf, &r), 0);
	CHECK(r == &ae);
	check_entry(r, "cont", "a|b|c |d");
	CHECK(((unsigned long)ae.alias_members & (sizeof(char *) - 1)) == 0);
	CHECK_EQ(getaliasbyname_r("cont", &ae, small, sizeof small, &r), ERANGE);
	CHECK(r == NULL);
	r = &ae;
	CHECK_EQ(getaliasbyname_r("none", &ae, buf, sizeof buf, &r), 0);
	CHECK(r == NULL);

	setaliasent();
	for (int i = 0; i < NWANT; i++) {
		/* glibc rewinds after ERANGE reliably only at the start of the
		 * file (i386's loses the start of a later line), so once. */
		r = &ae;
		if (i == 0) {
			CHECK_EQ(getaliasent_r(&ae, small, 4, &r), ERANGE);
			CHECK(r == NULL);
		}
		CHECK_EQ(getaliasent_r(&ae, buf, sizeof buf, &r), 0);
		CHECK(r == &ae);
		check_entry(r, WANT[i][0], WANT[i][1]);
	}
	CHECK_EQ(getaliasent_r(&ae, buf, sizeof buf, &r), ENOENT);
	CHECK(r == NULL);
	endaliasent();
}

int main(void)
{
	run_with_etc("aliases_db", FILES, 2, lookups);
	puts("ok");
	return 0;
}
