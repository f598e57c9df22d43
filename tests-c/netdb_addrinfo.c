/* <netdb.h> getaddrinfo freeaddrinfo gai_strerror getnameinfo and
 * gethostbyname gethostbyname2 gethostbyaddr (+ _r): numeric hosts,
 * "localhost" from /etc/hosts, services by number and name, the hints
 * combinations and their EAI_* errors, getnameinfo's flags and
 * EAI_OVERFLOW, the addrinfo layout. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "check.h"

#define W sizeof(void *)
_Static_assert(offsetof(struct addrinfo, ai_family) == 4, "ai_family");
_Static_assert(offsetof(struct addrinfo, ai_socktype) == 8, "ai_socktype");
_Static_assert(offsetof(struct addrinfo, ai_protocol) == 12, "ai_protocol");
_Static_assert(offsetof(struct addrinfo, ai_addrlen) == 16, "ai_addrlen");
_Static_assert(offsetof(struct addrinfo, ai_addr) == (W == 8 ? 24 : 20), "ai_addr");
_Static_assert(offsetof(struct addrinfo, ai_canonname) == (W == 8 ? 32 : 24), "ai_canonname");
_Static_assert(offsetof(struct addrinfo, ai_next) == (W == 8 ? 40 : 28), "ai_next");
_Static_assert(sizeof(struct addrinfo) == (W == 8 ? 48 : 32), "addrinfo");
_Static_assert(AI_PASSIVE == 1 && AI_CANONNAME == 2 && AI_NUMERICHOST == 4 && AI_V4MAPPED == 8 &&
		       AI_ALL == 16 && AI_ADDRCONFIG == 32 && AI_NUMERICSERV == 0x400,
	       "AI_*");
_Static_assert(NI_NUMERICHOST == 1 && NI_NUMERICSERV == 2 && NI_NOFQDN == 4 && NI_NAMEREQD == 8 &&
		       NI_DGRAM == 16 && NI_MAXHOST == 1025 && NI_MAXSERV == 32,
	       "NI_*");
_Static_assert(EAI_BADFLAGS == -1 && EAI_NONAME == -2 && EAI_AGAIN == -3 && EAI_FAIL == -4 &&
		       EAI_NODATA == -5 && EAI_FAMILY == -6 && EAI_SOCKTYPE == -7 &&
		       EAI_SERVICE == -8 && EAI_ADDRFAMILY == -9 && EAI_MEMORY == -10 &&
		       EAI_SYSTEM == -11 && EAI_OVERFLOW == -12 && EAI_INPROGRESS == -100 &&
		       EAI_CANCELED == -101 && EAI_NOTCANCELED == -102 && EAI_ALLDONE == -103 &&
		       EAI_INTR == -104 && EAI_IDN_ENCODE == -105,
	       "EAI_*");

static struct addrinfo *gai(const char *node, const char *serv, int flags, int fam, int st, int pr, int want)
{
	struct addrinfo h, *r = NULL;
	memset(&h, 0, sizeof h);
	h.ai_flags = flags;
	h.ai_family = fam;
	h.ai_socktype = st;
	h.ai_protocol = pr;
	int e = getaddrinfo(node, serv, &h, &r);
	if (e != want) {
		t_puts(2, "getaddrinfo(");
		t_puts(2, node ? node : "NULL");
		t_puts(2, ", ");
		t_puts(2, serv ? serv : "NULL");
		t_puts(2, "): ");
		t_putl(2, e);
		t_puts(2, " want ");
		t_putl(2, want);
		t_puts(2, "\n");
	}
	CHECK_EQ(e, want);
	if (e == 0)
		CHECK(r != NULL);
	return r;
}

static int count(struct addrinfo *r)
{
	int n = 0;
	for (; r; r = r->ai_next)
		n++;
	return n;
}

static unsigned port_of(const struct addrinfo *a)
{
	return ntohs(((const struct sockaddr_in *)a->ai_addr)->sin_port);
}

static void check_v4(const struct addrinfo *a, const char *text, unsigned port, int st, int pr)
{
	CHECK_EQ(a->ai_family, AF_INET);
	CHECK_EQ(a->ai_addrlen, sizeof(struct sockaddr_in));
	const struct sockaddr_in *s = (const void *)a->ai_addr;
	CHECK_EQ(s->sin_family, AF_INET);
	char b[INET_ADDRSTRLEN];
	CHECK(inet_ntop(AF_INET, &s->sin_addr, b, sizeof b));
	CHECK(!strcmp(b, text));
	CHECK_EQ(ntohs(s->sin_port), port);
	CHECK_EQ(a->ai_socktype, st);
	CHECK_EQ(a->ai_protocol, pr);
}

static void check_v6(const struct addrinfo *a, const char *text, unsigned port, int st, int pr)
{
	CHECK_EQ(a->ai_family, AF_INET6);
	CHECK_EQ(a->ai_addrlen, sizeof(struct sockaddr_in6));
	const struct sockaddr_in6 *s = (const void *)a->ai_addr;
	CHECK_EQ(s->sin6_family, AF_INET6);
	char b[INET6_ADDRSTRLEN];
	CHECK(inet_ntop(AF_INET6, &s->sin6_addr, b, sizeof b));
	CHECK(!strcmp(b, text));
	CHECK_EQ(ntohs(s->sin6_port), port);
	CHECK_EQ(a->ai_socktype, st);
	CHECK_EQ(a->ai_protocol, pr);
}

static void numeric(void)
{
	/* no hints: one answer per socket type, in glibc's order */
	struct addrinfo *r = gai("127.0.0.1", "80", 0, 0, 0, 0, 0), *a;
	CHECK_EQ(count(r), 3);
	check_v4(r, "127.0.0.1", 80, SOCK_STREAM, IPPROTO_TCP);
	check_v4(r->ai_next, "127.0.0.1", 80, SOCK_DGRAM, IPPROTO_UDP);
	check_v4(r->ai_next->ai_next, "127.0.0.1", 80, SOCK_RAW, 0);
	CHECK(r->ai_canonname == NULL);
	freeaddrinfo(r);
	r = gai("10.1.2.3", NULL, 0, 0, 0, 0, 0);
	CHECK_EQ(count(r), 3);
	check_v4(r, "10.1.2.3", 0, SOCK_STREAM, IPPROTO_TCP);
	check_v4(r->ai_next, "10.1.2.3", 0, SOCK_DGRAM, IPPROTO_UDP);
	check_v4(r->ai_next->ai_next, "10.1.2.3", 0, SOCK_RAW, 0);
	freeaddrinfo(r);
	r = gai("::1", "8080", 0, 0, 0, 0, 0);
	CHECK_EQ(count(r), 3);
	check_v6(r, "::1", 8080, SOCK_STREAM, IPPROTO_TCP);
	check_v6(r->ai_next, "::1", 8080, SOCK_DGRAM, IPPROTO_UDP);
	freeaddrinfo(r);
	/* AI_CANONNAME of a number is the number; the flags are echoed */
	r = gai("127.0.0.1", "80", AI_CANONNAME, 0, SOCK_STREAM, 0, 0);
	CHECK_EQ(count(r), 1);
	CHECK(r->ai_canonname && !strcmp(r->ai_canonname, "127.0.0.1"));
	CHECK_EQ(r->ai_flags, AI_CANONNAME);
	freeaddrinfo(r);
	/* inet_aton's forms, but nothing after */
	r = gai("1.2.3", NULL, AI_NUMERICHOST, 0, SOCK_STREAM, 0, 0);
	check_v4(r, "1.2.0.3", 0, SOCK_STREAM, IPPROTO_TCP);
	freeaddrinfo(r);
	r = gai("0x7f.1", NULL, AI_NUMERICHOST, 0, SOCK_STREAM, 0, 0);
	check_v4(r, "127.0.0.1", 0, SOCK_STREAM, IPPROTO_TCP);
	freeaddrinfo(r);
	gai("127.0.0.1 ", NULL, AI_NUMERICHOST, 0, SOCK_STREAM, 0, EAI_NONAME);
	gai("localhost", NULL, AI_NUMERICHOST, 0, 0, 0, EAI_NONAME);
	gai("1::2::3", NULL, AI_NUMERICHOST, 0, 0, 0, EAI_NONAME);
	gai("256.1.1.1", NULL, AI_NUMERICHOST, 0, 0, 0, EAI_NONAME);
	/* scope ids */
	r = gai("fe80::1%3", NULL, AI_NUMERICHOST, AF_INET6, SOCK_DGRAM, 0, 0);
	check_v6(r, "fe80::1", 0, SOCK_DGRAM, IPPROTO_UDP);
	CHECK_EQ(((struct sockaddr_in6 *)r->ai_addr)->sin6_scope_id, 3);
	freeaddrinfo(r);
	/* an interface name only for a link-local address */
	r = gai("fe80::1%lo", NULL, AI_NUMERICHOST, AF_INET6, SOCK_STREAM, 0, 0);
	unsigned lo = ((struct sockaddr_in6 *)r->ai_addr)->sin6_scope_id;
	CHECK(lo != 0);
	char hb[NI_MAXHOST];
	CHECK_EQ(getnameinfo(r->ai_addr, r->ai_addrlen, hb, sizeof hb, NULL, 0, NI_NUMERICHOST), 0);
	CHECK(!strcmp(hb, "fe80::1%lo"));
	freeaddrinfo(r);
	r = gai("ff02::1%lo", NULL, AI_NUMERICHOST, AF_INET6, SOCK_DGRAM, 0, 0);
	CHECK_EQ(((struct sockaddr_in6 *)r->ai_addr)->sin6_scope_id, lo);
	freeaddrinfo(r);
	r = gai("fe80::1%01", NULL, AI_NUMERICHOST, AF_INET6, SOCK_DGRAM, 0, 0);
	CHECK_EQ(((struct sockaddr_in6 *)r->ai_addr)->sin6_scope_id, 1);
	freeaddrinfo(r);
	gai("::1%lo", NULL, AI_NUMERICHOST, 0, 0, 0, EAI_NONAME);
	gai("fe80::1%no-such-if", NULL, AI_NUMERICHOST, 0, 0, 0, EAI_NONAME);
	gai("fe80::1%1x", NULL, AI_NUMERICHOST, 0, 0, 0, EAI_NONAME);
	gai("fe80::1%4294967296", NULL, AI_NUMERICHOST, 0, 0, 0, EAI_NONAME);
	gai("1.2.3.4%lo", NULL, AI_NUMERICHOST, 0, 0, 0, EAI_NONAME);
	/* the family must fit */
	gai("::1", NULL, 0, AF_INET, 0, 0, EAI_ADDRFAMILY);
	gai("1.2.3.4", NULL, 0, AF_INET6, 0, 0, EAI_ADDRFAMILY);
	r = gai("1.2.3.4", "7", AI_V4MAPPED, AF_INET6, SOCK_STREAM, 0, 0);
	check_v6(r, "::ffff:1.2.3.4", 7, SOCK_STREAM, IPPROTO_TCP);
	freeaddrinfo(r);
	/* every answer's address is its own */
	r = gai("192.168.0.1", "9", 0, AF_INET, 0, 0, 0);
	for (a = r; a; a = a->ai_next)
		CHECK(a->ai_addr != r->ai_next->ai_addr || a == r->ai_next);
	freeaddrinfo(r);
}

static void null_host(void)
{
	struct addrinfo *r, *a;
	int v4 = 0, v6 = 0;
	r = gai(NULL, "80", AI_PASSIVE, 0, SOCK_STREAM, 0, 0);
	CHECK_EQ(count(r), 2);
	for (a = r; a; a = a->ai_next) {
		if (a->ai_family == AF_INET) {
			check_v4(a, "0.0.0.0", 80, SOCK_STREAM, IPPROTO_TCP);
			v4++;
		} else {
			check_v6(a, "::", 80, SOCK_STREAM, IPPROTO_TCP);
			v6++;
		}
	}
	CHECK(v4 == 1 && v6 == 1);
	freeaddrinfo(r);
	v4 = v6 = 0;
	r = gai(NULL, "80", 0, 0, SOCK_STREAM, 0, 0);
	CHECK_EQ(count(r), 2);
	for (a = r; a; a = a->ai_next) {
		if (a->ai_family == AF_INET) {
			check_v4(a, "127.0.0.1", 80, SOCK_STREAM, IPPROTO_TCP);
			v4++;
		} else {
			check_v6(a, "::1", 80, SOCK_STREAM, IPPROTO_TCP);
			v6++;
		}
	}
	CHECK(v4 == 1 && v6 == 1);
	freeaddrinfo(r);
	r = gai(NULL, "80", AI_PASSIVE, AF_INET6, SOCK_DGRAM, 0, 0);
	CHECK_EQ(count(r), 1);
	check_v6(r, "::", 80, SOCK_DGRAM, IPPROTO_UDP);
	freeaddrinfo(r);
	r = gai(NULL, "80", 0, AF_INET, 0, 0, 0);
	CHECK_EQ(count(r), 3);
	check_v4(r, "127.0.0.1", 80, SOCK_STREAM, IPPROTO_TCP);
	freeaddrinfo(r);
	gai(NULL, NULL, 0, 0, 0, 0, EAI_NONAME);
	gai(NULL, "80", AI_CANONNAME, 0, 0, 0, EAI_BADFLAGS);
}

static void services(void)
{
	struct addrinfo *r;
	/* by name: only the protocols /etc/services has it for */
	r = gai("127.0.0.1", "http", 0, AF_INET, 0, 0, 0);
	CHECK(count(r) >= 1);
	check_v4(r, "127.0.0.1", 80, SOCK_STREAM, IPPROTO_TCP);
	freeaddrinfo(r);
	r = gai("127.0.0.1", "domain", 0, AF_INET, 0, 0, 0);
	CHECK_EQ(count(r), 2);
	check_v4(r, "127.0.0.1", 53, SOCK_STREAM, IPPROTO_TCP);
	check_v4(r->ai_next, "127.0.0.1", 53, SOCK_DGRAM, IPPROTO_UDP);
	freeaddrinfo(r);
	r = gai("127.0.0.1", "domain", 0, AF_INET, SOCK_DGRAM, 0, 0);
	CHECK_EQ(count(r), 1);
	check_v4(r, "127.0.0.1", 53, SOCK_DGRAM, IPPROTO_UDP);
	freeaddrinfo(r);
	r = gai("127.0.0.1", "www", 0, AF_INET, SOCK_STREAM, 0, 0); /* an alias */
	CHECK_EQ(port_of(r), 80);
	freeaddrinfo(r);
	gai("127.0.0.1", "no-such-service", 0, 0, 0, 0, EAI_SERVICE);
	gai("127.0.0.1", "ssh", 0, 0, SOCK_DGRAM, 0, EAI_SERVICE);
	gai("127.0.0.1", "http", AI_NUMERICSERV, 0, 0, 0, EAI_NONAME);
	/* numbers as strtoul reads them */
	r = gai("127.0.0.1", " 81", AI_NUMERICSERV, 0, SOCK_STREAM, 0, 0);
	CHECK_EQ(port_of(r), 81);
	freeaddrinfo(r);
	r = gai("127.0.0.1", "", 0, 0, SOCK_STREAM, 0, 0);
	CHECK_EQ(port_of(r), 0);
	freeaddrinfo(r);
	r = gai("127.0.0.1", "65537", 0, 0, SOCK_STREAM, 0, 0);
	CHECK_EQ(port_of(r), 1);
	freeaddrinfo(r);
	gai("127.0.0.1", "-1", 0, 0, SOCK_STREAM, 0, EAI_SERVICE);
	gai("127.0.0.1", "80x", 0, 0, SOCK_STREAM, 0, EAI_SERVICE);
	/* a raw socket has no service */
	gai("127.0.0.1", "80", 0, 0, SOCK_RAW, 0, EAI_SERVICE);
}

static void hints(void)
{
	struct addrinfo *r;
	r = gai("1.2.3.4", NULL, 0, 0, SOCK_RAW, 0, 0);
	CHECK_EQ(count(r), 1);
	check_v4(r, "1.2.3.4", 0, SOCK_RAW, 0);
	freeaddrinfo(r);
	r = gai("1.2.3.4", NULL, 0, 0, 0, IPPROTO_UDP, 0);
	CHECK_EQ(count(r), 1);
	check_v4(r, "1.2.3.4", 0, SOCK_DGRAM, IPPROTO_UDP);
	freeaddrinfo(r);
	r = gai("1.2.3.4", NULL, 0, 0, 0, 200, 0);
	CHECK_EQ(count(r), 1);
	check_v4(r, "1.2.3.4", 0, SOCK_RAW, 200);
	freeaddrinfo(r);
	r = gai("1.2.3.4", NULL, 0, 0, SOCK_SEQPACKET, 0, 0);
	check_v4(r, "1.2.3.4", 0, SOCK_SEQPACKET, IPPROTO_SCTP);
	freeaddrinfo(r);
	r = gai("1.2.3.4", NULL, 0, 0, SOCK_STREAM, IPPROTO_SCTP, 0);
	check_v4(r, "1.2.3.4", 0, SOCK_STREAM, IPPROTO_SCTP);
	freeaddrinfo(r);
	gai("1.2.3.4", NULL, 0, 0, SOCK_STREAM, IPPROTO_UDP, EAI_SOCKTYPE);
	gai("1.2.3.4", NULL, 0, 0, 77, 0, EAI_SOCKTYPE);
	gai("1.2.3.4", NULL, 0, AF_UNIX, 0, 0, EAI_FAMILY);
	gai("1.2.3.4", NULL, 0x10000, 0, 0, 0, EAI_BADFLAGS);

	/* null hints: glibc's AI_V4MAPPED | AI_ADDRCONFIG, any type */
	CHECK_EQ(getaddrinfo("127.0.0.1", "80", NULL, &r), 0);
	CHECK_EQ(count(r), 3);
	CHECK_EQ(r->ai_flags, AI_V4MAPPED | AI_ADDRCONFIG);
	freeaddrinfo(r);
}

static void hosts(void)
{
	struct addrinfo *r, *a;
	int v4 = 0;
	r = gai("localhost", "80", AI_CANONNAME, 0, SOCK_STREAM, 0, 0);
	CHECK(r->ai_canonname && !strcmp(r->ai_canonname, "localhost"));
	for (a = r; a; a = a->ai_next) {
		CHECK(a == r || a->ai_canonname == NULL);
		if (a->ai_family == AF_INET) {
			check_v4(a, "127.0.0.1", 80, SOCK_STREAM, IPPROTO_TCP);
			v4++;
		}
	}
	CHECK_EQ(v4, 1);
	freeaddrinfo(r);
	/* host names ignore case */
	r = gai("LocalHost", NULL, 0, AF_INET, 0, 0, 0);
	CHECK_EQ(count(r), 3);
	check_v4(r, "127.0.0.1", 0, SOCK_STREAM, IPPROTO_TCP);
	freeaddrinfo(r);
	r = gai("localhost", NULL, AI_V4MAPPED | AI_ALL, AF_INET6, SOCK_STREAM, 0, 0);
	int mapped = 0;
	for (a = r; a; a = a->ai_next) {
		CHECK_EQ(a->ai_family, AF_INET6);
		struct sockaddr_in6 *s = (void *)a->ai_addr;
		if (IN6_IS_ADDR_V4MAPPED(&s->sin6_addr))
			mapped++;
	}
	CHECK_EQ(mapped, 1);
	freeaddrinfo(r);
	/* malformed names (DNS is never asked: tests-c/netdb_dns.c has the
	 * names a server does not know) */
	gai("a..b", NULL, 0, 0, 0, 0, EAI_NONAME);
	gai("", NULL, 0, 0, 0, 0, EAI_NONAME);
	char big[400];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = 0;
	gai(big, NULL, 0, 0, 0, 0, EAI_NONAME);
}

static void addrconfig(void)
{
	/* IPv6 counts as configured when the kernel has an IPv6 address
	 * other than ::1 (glibc's rule; /proc/net/if_inet6 lists them) */
	FILE *f = fopen("/proc/net/if_inet6", "r");
	if (!f) {
		t_puts(2, "netdb_addrinfo: no /proc/net/if_inet6, AI_ADDRCONFIG checks skipped\n");
		return;
	}
	char line[256];
	int v6 = 0;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "00000000000000000000000000000001", 32))
			v6 = 1;
	fclose(f);
	struct addrinfo *r = gai("::1", "80", AI_ADDRCONFIG, AF_INET6, SOCK_STREAM, 0, v6 ? 0 : EAI_NONAME);
	if (r) {
		check_v6(r, "::1", 80, SOCK_STREAM, IPPROTO_TCP);
		CHECK_EQ(r->ai_flags, AI_ADDRCONFIG);
		freeaddrinfo(r);
	}
	if (v6) {
		/* both families here or IPv6 only: ::1 is kept for AF_UNSPEC */
		r = gai("::1", NULL, AI_ADDRCONFIG, 0, SOCK_DGRAM, 0, 0);
		check_v6(r, "::1", 0, SOCK_DGRAM, IPPROTO_UDP);
		freeaddrinfo(r);
	}
}

static void messages(void)
{
	CHECK(!strcmp(gai_strerror(EAI_BADFLAGS), "Bad value for ai_flags"));
	CHECK(!strcmp(gai_strerror(EAI_NONAME), "Name or service not known"));
	CHECK(!strcmp(gai_strerror(EAI_AGAIN), "Temporary failure in name resolution"));
	CHECK(!strcmp(gai_strerror(EAI_FAIL), "Non-recoverable failure in name resolution"));
	CHECK(!strcmp(gai_strerror(EAI_NODATA), "No address associated with hostname"));
	CHECK(!strcmp(gai_strerror(EAI_FAMILY), "ai_family not supported"));
	CHECK(!strcmp(gai_strerror(EAI_SOCKTYPE), "ai_socktype not supported"));
	CHECK(!strcmp(gai_strerror(EAI_SERVICE), "Servname not supported for ai_socktype"));
	CHECK(!strcmp(gai_strerror(EAI_ADDRFAMILY), "Address family for hostname not supported"));
	CHECK(!strcmp(gai_strerror(EAI_MEMORY), "Memory allocation failure"));
	CHECK(!strcmp(gai_strerror(EAI_SYSTEM), "System error"));
	CHECK(!strcmp(gai_strerror(EAI_INPROGRESS), "Processing request in progress"));
	CHECK(!strcmp(gai_strerror(EAI_CANCELED), "Request canceled"));
	CHECK(!strcmp(gai_strerror(EAI_NOTCANCELED), "Request not canceled"));
	CHECK(!strcmp(gai_strerror(EAI_ALLDONE), "All requests done"));
	CHECK(!strcmp(gai_strerror(EAI_INTR), "Interrupted by a signal"));
	CHECK(!strcmp(gai_strerror(EAI_IDN_ENCODE), "Parameter string not correctly encoded"));
	/* glibc has no text of its own for EAI_OVERFLOW */
	CHECK(!strcmp(gai_strerror(EAI_OVERFLOW), "Unknown error"));
	CHECK(!strcmp(gai_strerror(0), "Unknown error"));
	CHECK(!strcmp(gai_strerror(1), "Unknown error"));
	CHECK(!strcmp(gai_strerror(-50), "Unknown error"));
}

static int ni4(const char *addr, unsigned port, char *h, socklen_t hl, char *s, socklen_t sl, int flags)
{
	struct sockaddr_in sa;
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons(port);
	CHECK_EQ(inet_pton(AF_INET, addr, &sa.sin_addr), 1);
	return getnameinfo((struct sockaddr *)&sa, sizeof sa, h, hl, s, sl, flags);
}

static int ni6(const char *addr, unsigned port, char *h, socklen_t hl, char *s, socklen_t sl, int flags)
{
	struct sockaddr_in6 sa;
	memset(&sa, 0, sizeof sa);
	sa.sin6_family = AF_INET6;
	sa.sin6_port = htons(port);
	CHECK_EQ(inet_pton(AF_INET6, addr, &sa.sin6_addr), 1);
	return getnameinfo((struct sockaddr *)&sa, sizeof sa, h, hl, s, sl, flags);
}

static void nameinfo(void)
{
	char h[NI_MAXHOST], s[NI_MAXSERV];
	CHECK_EQ(ni4("127.0.0.1", 80, h, sizeof h, s, sizeof s, 0), 0);
	/* the first /etc/hosts name of 127.0.0.1 */
	struct hostent *he = gethostbyaddr("\x7f\0\0\1", 4, AF_INET);
	CHECK(he);
	CHECK(!strcmp(h, he->h_name));
	CHECK(!strcmp(s, "http"));
	CHECK_EQ(ni4("127.0.0.1", 80, h, sizeof h, s, sizeof s, NI_NUMERICHOST | NI_NUMERICSERV), 0);
	CHECK(!strcmp(h, "127.0.0.1") && !strcmp(s, "80"));
	CHECK_EQ(ni4("127.0.0.1", 53, h, sizeof h, s, sizeof s, NI_NUMERICHOST | NI_DGRAM), 0);
	CHECK(!strcmp(s, "domain"));
	CHECK_EQ(ni4("127.0.0.1", 22, h, sizeof h, s, sizeof s, NI_NUMERICHOST | NI_DGRAM), 0);
	CHECK(!strcmp(s, "22")); /* ssh is tcp only */
	CHECK_EQ(ni4("127.0.0.1", 7777, NULL, 0, s, sizeof s, 0), 0);
	CHECK(!strcmp(s, "7777"));
	/* NI_NOFQDN leaves a name without dots alone */
	CHECK_EQ(ni4("127.0.0.1", 80, h, sizeof h, NULL, 0, NI_NOFQDN), 0);
	CHECK(!strcmp(h, he->h_name) || !strchr(he->h_name, '.'));
	/* ::1 (not in this /etc/hosts as such, or named) */
	CHECK_EQ(ni6("::1", 443, h, sizeof h, s, sizeof s, NI_NUMERICHOST), 0);
	CHECK(!strcmp(h, "::1") && !strcmp(s, "https"));
	CHECK_EQ(ni6("::1", 443, h, sizeof h, s, sizeof s, NI_NUMERICSERV), 0);
	CHECK(!strcmp(s, "443"));
	CHECK(h[0] != 0);
	CHECK_EQ(ni6("::ffff:10.0.0.1", 1, h, sizeof h, NULL, 0, NI_NUMERICHOST), 0);
	CHECK(!strcmp(h, "::ffff:10.0.0.1"));
	/* a numeric scope */
	struct sockaddr_in6 s6;
	memset(&s6, 0, sizeof s6);
	s6.sin6_family = AF_INET6;
	inet_pton(AF_INET6, "2001:db8::1", &s6.sin6_addr);
	s6.sin6_scope_id = 9;
	CHECK_EQ(getnameinfo((struct sockaddr *)&s6, sizeof s6, h, sizeof h, NULL, 0, NI_NUMERICHOST), 0);
	CHECK(!strcmp(h, "2001:db8::1%9"));
	inet_pton(AF_INET6, "ff01::1", &s6.sin6_addr);
	s6.sin6_scope_id = 1;
	CHECK_EQ(getnameinfo((struct sockaddr *)&s6, sizeof s6, h, sizeof h, NULL, 0, NI_NUMERICHOST), 0);
	CHECK(!strcmp(h, "ff01::1%1"));
	/* a link-local scope with no interface is written as a number */
	inet_pton(AF_INET6, "fe80::2", &s6.sin6_addr);
	s6.sin6_scope_id = 999999;
	CHECK_EQ(getnameinfo((struct sockaddr *)&s6, sizeof s6, h, sizeof h, NULL, 0, NI_NUMERICHOST), 0);
	CHECK(!strcmp(h, "fe80::2%999999"));

	/* EAI_OVERFLOW: the text and its NUL must fit; host first */
	size_t hn = strlen(he->h_name);
	strcpy(h, "X");
	strcpy(s, "X");
	CHECK_EQ(ni4("127.0.0.1", 80, h, hn, s, sizeof s, 0), EAI_OVERFLOW);
	CHECK(!strcmp(s, "X"));
	CHECK_EQ(ni4("127.0.0.1", 80, h, hn + 1, s, sizeof s, 0), 0);
	CHECK(!strcmp(h, he->h_name));
	CHECK_EQ(ni4("127.0.0.1", 80, h, sizeof h, s, 4, 0), EAI_OVERFLOW);
	CHECK_EQ(ni4("127.0.0.1", 80, h, sizeof h, s, 5, 0), 0);
	CHECK_EQ(ni4("127.0.0.1", 80, h, 9, s, sizeof s, NI_NUMERICHOST), EAI_OVERFLOW);
	CHECK_EQ(ni4("127.0.0.1", 80, h, 10, s, sizeof s, NI_NUMERICHOST), 0);
	CHECK_EQ(ni4("127.0.0.1", 80, h, sizeof h, s, 2, NI_NUMERICSERV), EAI_OVERFLOW);
	CHECK_EQ(ni4("127.0.0.1", 80, h, sizeof h, s, 3, NI_NUMERICSERV), 0);
	/* nothing asked for */
	CHECK_EQ(ni4("127.0.0.1", 80, NULL, 0, NULL, 0, 0), 0);
	/* NI_NAMEREQD */
	CHECK_EQ(ni4("127.0.0.1", 80, h, sizeof h, NULL, 0, NI_NAMEREQD), 0);
	CHECK_EQ(ni4("127.0.0.1", 80, h, sizeof h, NULL, 0, NI_NAMEREQD | NI_NUMERICHOST), EAI_NONAME);
	/* bad flags, families and lengths */
	CHECK_EQ(ni4("127.0.0.1", 80, h, sizeof h, s, sizeof s, 0x1000), EAI_BADFLAGS);
	struct sockaddr_in sa;
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	CHECK_EQ(getnameinfo((struct sockaddr *)&sa, sizeof sa - 1, h, sizeof h, NULL, 0, 0), EAI_FAMILY);
	CHECK_EQ(getnameinfo((struct sockaddr *)&s6, sizeof s6 - 1, h, sizeof h, NULL, 0, 0), EAI_FAMILY);
	sa.sin_family = AF_APPLETALK;
	CHECK_EQ(getnameinfo((struct sockaddr *)&sa, sizeof sa, h, sizeof h, NULL, 0, 0), EAI_FAMILY);
}

static int has_addr(char **l, const char *a, int n)
{
	for (; *l; l++)
		if (!memcmp(*l, a, n))
			return 1;
	return 0;
}

static void hostbyname(void)
{
	struct hostent *h = gethostbyname("localhost");
	CHECK(h);
	CHECK_EQ(h->h_addrtype, AF_INET);
	CHECK_EQ(h->h_length, 4);
	CHECK(has_addr(h->h_addr_list, "\x7f\0\0\1", 4));
	CHECK(!strcmp(h->h_name, "localhost"));
	h = gethostbyname("LOCALHOST");
	CHECK(h && !strcmp(h->h_name, "localhost"));
	h = gethostbyname("1.2.3.4");
	CHECK(h && !strcmp(h->h_name, "1.2.3.4") && h->h_aliases[0] == NULL);
	CHECK(!memcmp(h->h_addr, "\1\2\3\4", 4) && h->h_addr_list[1] == NULL);
	h_errno = 0;
	CHECK(gethostbyname("a..b") == NULL);
	CHECK_EQ(h_errno, HOST_NOT_FOUND);
	CHECK(gethostbyname("1.2.3.") == NULL);
	CHECK(gethostbyname("256.1.1.1") == NULL);
	h = gethostbyname2("::1", AF_INET6);
	CHECK(h && h->h_addrtype == AF_INET6 && h->h_length == 16 && !strcmp(h->h_name, "::1"));
	CHECK(gethostbyname2("::1", AF_INET) == NULL);
	CHECK_EQ(h_errno, HOST_NOT_FOUND);

	h = gethostbyaddr("\x7f\0\0\1", 4, AF_INET);
	CHECK(h && h->h_addrtype == AF_INET && !memcmp(h->h_addr, "\x7f\0\0\1", 4));
	errno = 0;
	CHECK(gethostbyaddr("\x7f\0\0\1", 3, AF_INET) == NULL);
	CHECK_EQ(h_errno, NETDB_INTERNAL);
	CHECK_EQ(errno, EAFNOSUPPORT);

	struct hostent he, *r;
	char buf[1024];
	int herr;
	CHECK_EQ(gethostbyname_r("localhost", &he, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == &he && he.h_length == 4 && has_addr(he.h_addr_list, "\x7f\0\0\1", 4));
	CHECK((char *)he.h_addr_list >= buf && (char *)he.h_addr_list < buf + sizeof buf);
	CHECK_EQ(gethostbyname_r("localhost", &he, buf, 10, &r, &herr), ERANGE);
	CHECK(r == NULL);
	CHECK_EQ(herr, NETDB_INTERNAL);
	CHECK_EQ(gethostbyname_r("a..b", &he, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == NULL);
	CHECK_EQ(herr, HOST_NOT_FOUND);
	CHECK_EQ(gethostbyname2_r("::1", AF_INET6, &he, buf, sizeof buf, &r, &herr), 0);
	CHECK(r && he.h_addrtype == AF_INET6 && he.h_addr[15] == 1);
	CHECK_EQ(gethostbyname2_r("localhost", AF_UNIX, &he, buf, sizeof buf, &r, &herr), EAFNOSUPPORT);
	CHECK(r == NULL);
	CHECK_EQ(gethostbyaddr_r("\x7f\0\0\1", 4, AF_INET, &he, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == &he && he.h_name);
	CHECK_EQ(gethostbyaddr_r("\x7f\0\0\1", 4, AF_INET, &he, buf, 8, &r, &herr), ERANGE);
	CHECK_EQ(gethostbyaddr_r("\x7f\0\0\1", 3, AF_INET, &he, buf, sizeof buf, &r, &herr), EAFNOSUPPORT);
	CHECK_EQ(herr, NETDB_INTERNAL);
	CHECK_EQ(gethostbyaddr_r("\x7f\0\0\1", 4, AF_UNIX, &he, buf, sizeof buf, &r, &herr), EAFNOSUPPORT);
	CHECK_EQ(gethostbyaddr_r("\0\0\0\0\0\0\0\0\0\0\0\0", 12, AF_INET6, &he, buf, sizeof buf, &r, &herr),
		 EAFNOSUPPORT);
	/* longer than the family's address: not found */
	CHECK_EQ(gethostbyaddr_r("\x7f\0\0\1\0", 5, AF_INET, &he, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == NULL);
	CHECK_EQ(herr, HOST_NOT_FOUND);
}

int main(void)
{
	numeric();
	null_host();
	services();
	hints();
	hosts();
	addrconfig();
	messages();
	nameinfo();
	hostbyname();
	puts("ok");
	return 0;
}
// STDOUT: ok\n
