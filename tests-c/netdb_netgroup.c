// STDOUT: ok\n
/* <netdb.h> netgroups: setnetgrent getnetgrent getnetgrent_r endnetgrent
 * innetgr over a private /etc/netgroup (see private_etc.h), with glibc's
 * "files" semantics: (host,user,domain) triples with blanks trimmed and
 * empty fields as null wildcards, "-" an ordinary string, nested groups
 * expanded after the group's own triples (the last-named first), each
 * once (loops end), lines joined by a trailing backslash, no comment
 * syntax ("# x" names a group "#"), names compared exactly; getnetgrent_r's ERANGE and retry. */
#define _GNU_SOURCE
#include "check.h"
#include "private_etc.h"
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>

static const struct etc_file FILES[] = {
	{"netgroup", "# comment (z,z,z)\ng1 (h1,u1,d1) (h2,,) (,u3,)\ng2 (,u2,) g1\n"
		     "nest g2 ( h4, u4 , d4 )\nloop loop g1 loop2\nloop2 loop\n"
		     "dash (-,-,-) (x,-,)\nsp   (a,b,c)(d,e,f)  \ncont (c1,,) \\\n (c2,,)\n"
		     "top a b\na (1,,) c\nc (3,,)\nb (2,,)\nodd (x,y,z,w) (q,,)\n"
		     "many (hostname,user,domain)\nempty\nmissing nosuchgroup (m,,)\n"},
};

static char *walk(const char *group)
{
	static char out[512];
	char *h, *u, *d;
	out[0] = 0;
	if (!setnetgrent(group))
		return "none";
	while (getnetgrent(&h, &u, &d)) {
		char t[128];
		snprintf(t, sizeof t, "(%s,%s,%s)", h ? h : "*", u ? u : "*", d ? d : "*");
		strcat(out, t);
	}
	endnetgrent();
	return out;
}

#define WALK(g, want)                                                   \
	do {                                                            \
		const char *_w = walk(g);                               \
		if (strcmp(_w, want) != 0) {                            \
			t_puts(2, _w);                                  \
			t_puts(2, "\n");                                \
		}                                                       \
		CHECK(strcmp(_w, want) == 0);                           \
	} while (0)

static void lookups(void)
{
	WALK("g1", "(h1,u1,d1)(h2,*,*)(*,u3,*)");
	WALK("g2", "(*,u2,*)(h1,u1,d1)(h2,*,*)(*,u3,*)");
	WALK("nest", "(h4,u4,d4)(*,u2,*)(h1,u1,d1)(h2,*,*)(*,u3,*)");
	WALK("loop", "(h1,u1,d1)(h2,*,*)(*,u3,*)");
	WALK("dash", "(-,-,-)(x,-,*)");
	WALK("sp", "(a,b,c)(d,e,f)");
	WALK("cont", "(c1,*,*)(c2,*,*)");
	WALK("top", "(2,*,*)(1,*,*)(3,*,*)");
	WALK("odd", "(x,y,z,w)(q,*,*)");
	WALK("missing", "(m,*,*)");
	WALK("empty", "");
	WALK("none", "none");
	WALK("G1", "none");
	WALK("#", "(z,z,z)"); /* no comments: "#" is a group named by its first word */

	char *h, *u, *d;
	CHECK_EQ(getnetgrent(&h, &u, &d), 0); /* no walk */
	char buf[64];
	CHECK_EQ(setnetgrent("many"), 1);
	errno = 0;
	CHECK_EQ(getnetgrent_r(&h, &u, &d, buf, 3), 0);
	CHECK_EQ(errno, ERANGE);
	CHECK_EQ(getnetgrent_r(&h, &u, &d, buf, sizeof buf), 1);
	CHECK(strcmp(h, "hostname") == 0 && strcmp(u, "user") == 0 && strcmp(d, "domain") == 0);
	CHECK(h >= buf && h < buf + sizeof buf);
	CHECK_EQ(getnetgrent_r(&h, &u, &d, buf, sizeof buf), 0);
	endnetgrent();

	CHECK_EQ(innetgr("g1", "h1", NULL, NULL), 1);
	CHECK_EQ(innetgr("g1", "h9", NULL, NULL), 1); /* (,u3,) has any host */
	CHECK_EQ(innetgr("g1", "h9", "u9", NULL), 0);
	CHECK_EQ(innetgr("g1", "h1", "u1", "d1"), 1);
	CHECK_EQ(innetgr("g1", "h1", "u1", "d2"), 0);
	CHECK_EQ(innetgr("nest", "h1", "u1", "d1"), 1);
	CHECK_EQ(innetgr("nest", "h4", "u4", "d4"), 1);
	CHECK_EQ(innetgr("top", "3", NULL, NULL), 1);
	CHECK_EQ(innetgr("top", "4", NULL, NULL), 0);
	CHECK_EQ(innetgr("dash", "y", NULL, NULL), 0);
	CHECK_EQ(innetgr("dash", "x", "z", NULL), 0);
	CHECK_EQ(innetgr("dash", "-", NULL, NULL), 1);
	CHECK_EQ(innetgr("dash", "x", NULL, "any"), 1);
	CHECK_EQ(innetgr("many", "HostName", NULL, NULL), 1);
	CHECK_EQ(innetgr("many", NULL, "User", NULL), 0);
	CHECK_EQ(innetgr("many", NULL, NULL, "DOMAIN"), 1);
	CHECK_EQ(innetgr("nosuch", NULL, NULL, NULL), 0);
	CHECK_EQ(innetgr("loop", "h2", NULL, NULL), 1);
	/* innetgr leaves a walk alone. */
	CHECK_EQ(setnetgrent("g1"), 1);
	CHECK_EQ(getnetgrent(&h, &u, &d), 1);
	CHECK_EQ(innetgr("top", "1", NULL, NULL), 1);
	CHECK_EQ(getnetgrent(&h, &u, &d), 1);
	CHECK(strcmp(h, "h2") == 0 && u == NULL && d == NULL);
	endnetgrent();
}

int main(void)
{
	run_with_etc("netdb_netgroup", FILES, 1, lookups);
	puts("ok");
	return 0;
}
