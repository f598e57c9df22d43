// STDOUT: ok\n
/* <rpc/netdb.h>: getrpcbyname getrpcbynumber getrpcent setrpcent
 * endrpcent and the _r forms over a private /etc/rpc (see private_etc.h):
 * names and aliases compared exactly, comments, malformed lines skipped,
 * ERANGE and a retry, ENOENT at the end; <netdb.h> declares them too. */
#define _GNU_SOURCE
#include "check.h"
#include "private_etc.h"
#include <errno.h>
#include <netdb.h>
#include <rpc/netdb.h>
#include <stdio.h>
#include <string.h>

static const struct etc_file FILES[] = {
	{"rpc", "# comment\nportmapper\t100000\tportmap sunrpc rpcbind\n"
		"rstatd 100001 rstat rup perfmeter # trailing\n\nbad\nbad2 x12\n"
		"  nfs\t100003 nfsprog\nlast 2147483647\n"},
};

static void aliases(struct rpcent *r, const char *want)
{
	char got[256] = "";
	for (int i = 0; r->r_aliases[i]; i++) {
		if (i)
			strcat(got, ",");
		strcat(got, r->r_aliases[i]);
	}
	CHECK(strcmp(got, want) == 0);
}

static void lookups(void)
{
	struct rpcent *r = getrpcbyname("portmapper");
	CHECK(r && r->r_number == 100000);
	aliases(r, "portmap,sunrpc,rpcbind");
	r = getrpcbyname("rpcbind");
	CHECK(r && strcmp(r->r_name, "portmapper") == 0);
	CHECK(getrpcbyname("PORTMAP") == NULL);
	CHECK(getrpcbyname("bad") == NULL);
	r = getrpcbynumber(100003);
	CHECK(r && strcmp(r->r_name, "nfs") == 0);
	aliases(r, "nfsprog");
	CHECK(getrpcbynumber(100002) == NULL);
	r = getrpcbynumber(2147483647);
	CHECK(r && strcmp(r->r_name, "last") == 0);

	struct rpcent re, *res = &re;
	char buf[256], small[8];
	CHECK_EQ(getrpcbyname_r("rstat", &re, buf, sizeof buf, &res), 0);
	CHECK(res == &re && re.r_number == 100001);
	aliases(&re, "rstat,rup,perfmeter");
	CHECK_EQ(getrpcbyname_r("rstat", &re, small, sizeof small, &res), ERANGE);
	CHECK(res == NULL);
	res = &re;
	CHECK_EQ(getrpcbyname_r("nothing", &re, buf, sizeof buf, &res), 0);
	CHECK(res == NULL);
	CHECK_EQ(getrpcbynumber_r(100000, &re, buf, sizeof buf, &res), 0);
	CHECK(res == &re && strcmp(re.r_name, "portmapper") == 0);
	CHECK_EQ(getrpcbynumber_r(100000, &re, small, sizeof small, &res), ERANGE);
	CHECK(res == NULL);

	const char *names[] = {"portmapper", "rstatd", "nfs", "last"};
	setrpcent(0);
	for (int i = 0; i < 4; i++) {
		r = getrpcent();
		CHECK(r && strcmp(r->r_name, names[i]) == 0);
	}
	CHECK(getrpcent() == NULL);
	setrpcent(1);
	for (int i = 0; i < 4; i++) {
		res = &re;
		CHECK_EQ(getrpcent_r(&re, small, sizeof small, &res), ERANGE);
		CHECK(res == NULL);
		CHECK_EQ(getrpcent_r(&re, buf, sizeof buf, &res), 0);
		CHECK(res == &re && strcmp(re.r_name, names[i]) == 0);
	}
	CHECK_EQ(getrpcent_r(&re, buf, sizeof buf, &res), ENOENT);
	CHECK(res == NULL);
	endrpcent();
}

int main(void)
{
	_Static_assert(sizeof(struct rpcent) == 3 * sizeof(void *), "rpcent");
	run_with_etc("rpc_netdb", FILES, 1, lookups);
	puts("ok");
	return 0;
}
