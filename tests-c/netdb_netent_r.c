// STDOUT: ok\n
/* <netdb.h> networks through the reentrant forms, getnetent_r,
 * getnetbyname_r and getnetbyaddr_r, over the machine's /etc/networks
 * (netbase's loopback and link-local lines): glibc's return conventions
 * (0 and *result NULL with h_errno HOST_NOT_FOUND when there is none,
 * ERANGE with NETDB_INTERNAL for a short buffer and a retry that then
 * succeeds; getnetent_r's and gethostent_r's ENOENT at the end and
 * ERANGE leaving *h_errnop alone); and <pwd.h>'s getpw. */
#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include "check.h"

static void networks(void)
{
	struct netent ne, *r = &ne;
	char buf[512], small[4];
	int herr = 12345;
	if (getnetbyname_r("loopback", &ne, buf, sizeof buf, &r, &herr) != 0 || r == NULL) {
		t_puts(2, "netdb_netent_r: no loopback in /etc/networks; not run\n");
		return;
	}
	CHECK(r == &ne);
	CHECK(strcmp(ne.n_name, "loopback") == 0);
	CHECK_EQ(ne.n_addrtype, AF_INET);
	CHECK_EQ(ne.n_net, 0x7f000000);
	CHECK(ne.n_aliases != NULL);
	/* Case is ignored in network names. */
	CHECK_EQ(getnetbyname_r("LoopBack", &ne, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == &ne && strcmp(ne.n_name, "loopback") == 0);
	/* None: 0, NULL, HOST_NOT_FOUND. */
	herr = 0;
	r = &ne;
	CHECK_EQ(getnetbyname_r("no-such-network", &ne, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == NULL);
	CHECK_EQ(herr, HOST_NOT_FOUND);
	/* A short buffer: ERANGE, NULL, NETDB_INTERNAL. */
	r = &ne;
	herr = 0;
	CHECK_EQ(getnetbyname_r("loopback", &ne, small, sizeof small, &r, &herr), ERANGE);
	CHECK(r == NULL);
	CHECK_EQ(herr, NETDB_INTERNAL);

	CHECK_EQ(getnetbyaddr_r(0x7f000000, AF_INET, &ne, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == &ne && strcmp(ne.n_name, "loopback") == 0);
	CHECK_EQ(getnetbyaddr_r(0x7f000000, AF_UNSPEC, &ne, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == &ne && strcmp(ne.n_name, "loopback") == 0);
	herr = 0;
	CHECK_EQ(getnetbyaddr_r(0x7f000000, AF_INET6, &ne, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == NULL);
	CHECK_EQ(herr, HOST_NOT_FOUND);
	herr = 0;
	CHECK_EQ(getnetbyaddr_r(0x0a0b0c0d, AF_INET, &ne, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == NULL);
	CHECK_EQ(herr, HOST_NOT_FOUND);
	r = &ne;
	CHECK_EQ(getnetbyaddr_r(0x7f000000, AF_INET, &ne, small, sizeof small, &r, &herr), ERANGE);
	CHECK(r == NULL);
	CHECK_EQ(herr, NETDB_INTERNAL);

	/* The walk: every entry getnetent gives, in order, then ENOENT. */
	char names[16][64];
	int n = 0;
	struct netent *e;
	setnetent(0);
	while ((e = getnetent()) && n < 16)
		snprintf(names[n++], sizeof names[0], "%s", e->n_name);
	endnetent();
	CHECK(n >= 1);
	setnetent(0);
	for (int i = 0; i < n; i++) {
		/* Each entry first refused by a short buffer, then read. */
		r = &ne;
		herr = 777; /* getnetent_r leaves *h_errnop alone */
		CHECK_EQ(getnetent_r(&ne, small, sizeof small, &r, &herr), ERANGE);
		CHECK(r == NULL);
		CHECK_EQ(herr, 777);
		CHECK_EQ(getnetent_r(&ne, buf, sizeof buf, &r, &herr), 0);
		CHECK(r == &ne);
		CHECK(strcmp(ne.n_name, names[i]) == 0);
	}
	r = &ne;
	CHECK_EQ(getnetent_r(&ne, buf, sizeof buf, &r, &herr), ENOENT);
	CHECK(r == NULL);
	CHECK_EQ(herr, 777);
	endnetent();
	/* gethostent_r leaves *h_errnop alone too. */
	struct hostent he, *hr;
	sethostent(0);
	herr = 777;
	CHECK_EQ(gethostent_r(&he, small, sizeof small, &hr, &herr), ERANGE);
	CHECK(hr == NULL);
	CHECK_EQ(herr, 777);
	while (gethostent_r(&he, buf, sizeof buf, &hr, &herr) == 0)
		CHECK(hr == &he);
	CHECK_EQ(gethostent_r(&he, buf, sizeof buf, &hr, &herr), ENOENT);
	CHECK(hr == NULL);
	CHECK_EQ(herr, 777);
	endhostent();
	/* The static forms agree. */
	e = getnetbyname("loopback");
	CHECK(e && e->n_net == 0x7f000000);
	e = getnetbyaddr(0x7f000000, AF_INET);
	CHECK(e && strcmp(e->n_name, "loopback") == 0);
	CHECK(getnetbyname("no-such-network") == NULL);
}

static void getpw_line(void)
{
	char line[1024], want[1024];
	struct passwd pw, *r;
	char buf[1024];
	CHECK_EQ(getpwuid_r(0, &pw, buf, sizeof buf, &r), 0);
	CHECK(r != NULL);
	snprintf(want, sizeof want, "%s:%s:%u:%u:%s:%s:%s", pw.pw_name, pw.pw_passwd,
		 (unsigned)pw.pw_uid, (unsigned)pw.pw_gid, pw.pw_gecos, pw.pw_dir, pw.pw_shell);
	memset(line, 'x', sizeof line);
	CHECK_EQ(getpw(0, line), 0);
	CHECK(strcmp(line, want) == 0);
	errno = 0;
	CHECK_EQ(getpw(0, NULL), -1);
	CHECK_EQ(errno, EINVAL);
}

int main(void)
{
	networks();
	getpw_line();
	puts("ok");
	return 0;
}
