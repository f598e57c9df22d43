/* <netdb.h> files databases: services, protocols, networks and hosts
 * from the machine's /etc files (netbase's /etc/services and
 * /etc/protocols; /etc/hosts' localhost), the _r forms and ERANGE,
 * h_errno (per thread), herror, hstrerror, the structure layouts. */
// LIBS: -lpthread
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

#define W sizeof(void *)
_Static_assert(sizeof(struct servent) == 4 * W, "servent");
_Static_assert(offsetof(struct servent, s_aliases) == W, "s_aliases");
_Static_assert(offsetof(struct servent, s_port) == 2 * W, "s_port");
_Static_assert(offsetof(struct servent, s_proto) == 3 * W, "s_proto");
_Static_assert(sizeof(struct protoent) == 3 * W, "protoent");
_Static_assert(offsetof(struct protoent, p_aliases) == W, "p_aliases");
_Static_assert(offsetof(struct protoent, p_proto) == 2 * W, "p_proto");
_Static_assert(sizeof(struct netent) == 2 * W + 8, "netent");
_Static_assert(offsetof(struct netent, n_addrtype) == 2 * W, "n_addrtype");
_Static_assert(offsetof(struct netent, n_net) == 2 * W + 4, "n_net");
_Static_assert(offsetof(struct hostent, h_aliases) == W, "h_aliases");
_Static_assert(offsetof(struct hostent, h_addrtype) == 2 * W, "h_addrtype");
_Static_assert(offsetof(struct hostent, h_length) == 2 * W + 4, "h_length");
_Static_assert(offsetof(struct hostent, h_addr_list) == 2 * W + 8, "h_addr_list");
_Static_assert(sizeof(struct hostent) == 3 * W + 8, "hostent size");
_Static_assert(HOST_NOT_FOUND == 1 && TRY_AGAIN == 2 && NO_RECOVERY == 3 && NO_DATA == 4, "h_errno");
_Static_assert(NETDB_INTERNAL == -1 && NETDB_SUCCESS == 0 && NO_ADDRESS == NO_DATA, "netdb");

static int has_alias(char **a, const char *s)
{
	for (; *a; a++)
		if (!strcmp(*a, s))
			return 1;
	return 0;
}

static void services(void)
{
	struct servent *s = getservbyname("http", "tcp");
	CHECK(s);
	CHECK(!strcmp(s->s_name, "http"));
	CHECK_EQ(ntohs(s->s_port), 80);
	CHECK(!strcmp(s->s_proto, "tcp"));
	CHECK(has_alias(s->s_aliases, "www"));
	/* by alias, any protocol */
	s = getservbyname("www", NULL);
	CHECK(s && !strcmp(s->s_name, "http") && ntohs(s->s_port) == 80);
	s = getservbyname("domain", "udp");
	CHECK(s && ntohs(s->s_port) == 53 && !strcmp(s->s_proto, "udp"));
	s = getservbyname("ssh", "tcp");
	CHECK(s && ntohs(s->s_port) == 22);
	/* names and protocols are compared exactly */
	CHECK(getservbyname("HTTP", "tcp") == NULL);
	CHECK(getservbyname("http", "TCP") == NULL);
	CHECK(getservbyname("no-such-service", NULL) == NULL);
	s = getservbyport(htons(80), "tcp");
	CHECK(s && !strcmp(s->s_name, "http"));
	s = getservbyport(htons(53), NULL);
	CHECK(s && !strcmp(s->s_name, "domain"));
	s = getservbyport(htons(53), "udp");
	CHECK(s && !strcmp(s->s_proto, "udp"));
	CHECK(getservbyport(htons(80), "nosuchproto") == NULL);

	struct servent se, *r = (void *)1;
	char buf[1024];
	CHECK_EQ(getservbyname_r("ssh", "tcp", &se, buf, sizeof buf, &r), 0);
	CHECK(r == &se && !strcmp(se.s_name, "ssh") && ntohs(se.s_port) == 22);
	CHECK(se.s_name >= buf && se.s_name < buf + sizeof buf);
	r = (void *)1;
	CHECK_EQ(getservbyname_r("no-such-service", "tcp", &se, buf, sizeof buf, &r), 0);
	CHECK(r == NULL);
	r = (void *)1;
	CHECK_EQ(getservbyname_r("http", "tcp", &se, buf, 8, &r), ERANGE);
	CHECK(r == NULL);
	CHECK_EQ(getservbyport_r(htons(22), "tcp", &se, buf, sizeof buf, &r), 0);
	CHECK(r && !strcmp(r->s_name, "ssh"));
	CHECK_EQ(getservbyport_r(htons(22), "tcp", &se, buf, 4, &r), ERANGE);

	/* enumeration: every entry looks up again by name and port */
	setservent(0);
	int n = 0, saw_http = 0;
	while ((s = getservent())) {
		n++;
		CHECK(s->s_name && s->s_proto && s->s_aliases);
		if (!strcmp(s->s_name, "http") && !strcmp(s->s_proto, "tcp"))
			saw_http = 1;
	}
	CHECK(n > 50 && saw_http);
	CHECK(getservent() == NULL);
	setservent(1);
	s = getservent();
	CHECK(s);
	char first[64];
	snprintf(first, sizeof first, "%s", s->s_name);
	endservent();
	/* after endservent the stream starts again from the top */
	s = getservent();
	CHECK(s && !strcmp(s->s_name, first));
	endservent();
	CHECK_EQ(getservent_r(&se, buf, 4, &r), ERANGE);
	CHECK(r == NULL);
	/* ERANGE leaves the stream before the entry */
	CHECK_EQ(getservent_r(&se, buf, sizeof buf, &r), 0);
	CHECK(r && !strcmp(r->s_name, first));
	int e;
	int m = 1;
	while ((e = getservent_r(&se, buf, sizeof buf, &r)) == 0)
		m++;
	CHECK_EQ(e, ENOENT);
	CHECK(r == NULL);
	CHECK_EQ(m, n);
	endservent();
}

static void protocols(void)
{
	struct protoent *p = getprotobyname("tcp");
	CHECK(p && p->p_proto == 6 && !strcmp(p->p_name, "tcp"));
	CHECK(has_alias(p->p_aliases, "TCP"));
	p = getprotobyname("UDP"); /* an alias */
	CHECK(p && p->p_proto == 17 && !strcmp(p->p_name, "udp"));
	CHECK(getprotobyname("Tcp") == NULL);
	CHECK(getprotobyname("no-such-protocol") == NULL);
	p = getprotobynumber(1);
	CHECK(p && !strcmp(p->p_name, "icmp"));
	p = getprotobynumber(6);
	CHECK(p && !strcmp(p->p_name, "tcp"));
	CHECK(getprotobynumber(-5) == NULL);

	struct protoent pe, *r;
	char buf[512];
	CHECK_EQ(getprotobyname_r("udp", &pe, buf, sizeof buf, &r), 0);
	CHECK(r == &pe && pe.p_proto == 17);
	CHECK_EQ(getprotobyname_r("udp", &pe, buf, 3, &r), ERANGE);
	CHECK(r == NULL);
	CHECK_EQ(getprotobynumber_r(17, &pe, buf, sizeof buf, &r), 0);
	CHECK(r && !strcmp(r->p_name, "udp"));
	CHECK_EQ(getprotobynumber_r(12345, &pe, buf, sizeof buf, &r), 0);
	CHECK(r == NULL);

	setprotoent(0);
	p = getprotoent();
	CHECK(p && !strcmp(p->p_name, "ip") && p->p_proto == 0);
	int n = 1, tcp = 0;
	while ((p = getprotoent())) {
		n++;
		if (!strcmp(p->p_name, "tcp"))
			tcp = 1;
	}
	CHECK(n > 10 && tcp);
	endprotoent();
	CHECK_EQ(getprotoent_r(&pe, buf, sizeof buf, &r), 0);
	CHECK(r && !strcmp(r->p_name, "ip"));
	int e, m = 1;
	while ((e = getprotoent_r(&pe, buf, sizeof buf, &r)) == 0)
		m++;
	CHECK_EQ(e, ENOENT);
	CHECK_EQ(m, n);
	endprotoent();
}

static void networks(void)
{
	if (access("/etc/networks", R_OK) != 0) {
		t_puts(2, "netdb_files: no /etc/networks, network checks skipped\n");
		return;
	}
	struct netent *n;
	char names[16][64];
	uint32_t nets[16];
	int k = 0;
	setnetent(0);
	while ((n = getnetent()) && k < 16) {
		CHECK_EQ(n->n_addrtype, AF_INET);
		snprintf(names[k], sizeof names[k], "%s", n->n_name);
		nets[k++] = n->n_net;
	}
	endnetent();
	for (int i = 0; i < k; i++) {
		n = getnetbyname(names[i]);
		CHECK(n && n->n_net == nets[i]);
		n = getnetbyaddr(nets[i], AF_INET);
		CHECK(n && n->n_net == nets[i]);
	}
	for (int i = 0; i < k; i++)
		if (!strcmp(names[i], "loopback")) {
			CHECK_EQ(nets[i], 0x7f000000);
			n = getnetbyname("LOOPBACK"); /* network names ignore case */
			CHECK(n && n->n_net == 0x7f000000);
		}
	CHECK(getnetbyname("no-such-network") == NULL);
	CHECK(getnetbyaddr(0x7f000000, AF_INET6) == NULL);
}

static void hosts(void)
{
	struct hostent *h;
	int n = 0, lh = 0;
	sethostent(0);
	while ((h = gethostent())) {
		n++;
		CHECK(h->h_name && h->h_aliases && h->h_addr_list[0]);
		CHECK(h->h_addr_list[1] == NULL);
		CHECK(h->h_addrtype == AF_INET ? h->h_length == 4 : h->h_addrtype == AF_INET6 && h->h_length == 16);
		if (h->h_addrtype == AF_INET && !memcmp(h->h_addr, "\x7f\0\0\1", 4) &&
		    (!strcmp(h->h_name, "localhost") || has_alias(h->h_aliases, "localhost")))
			lh = 1;
	}
	CHECK_EQ(h_errno, HOST_NOT_FOUND);
	CHECK(n > 0 && lh);
	endhostent();
	struct hostent he, *r;
	char buf[1024];
	int herr = 0;
	CHECK_EQ(gethostent_r(&he, buf, sizeof buf, &r, &herr), 0);
	CHECK(r == &he && he.h_name);
	CHECK_EQ(gethostent_r(&he, buf, 4, &r, &herr), ERANGE);
	CHECK(r == NULL);
	endhostent();
}

static void *thread_h_errno(void *arg)
{
	CHECK_EQ(h_errno, 0);
	h_errno = TRY_AGAIN;
	CHECK(gethostbyname("a..b") == NULL); /* never asks DNS */
	CHECK_EQ(h_errno, HOST_NOT_FOUND);
	return arg;
}

static void errors(void)
{
	CHECK(!strcmp(hstrerror(0), "Resolver Error 0 (no error)"));
	CHECK(!strcmp(hstrerror(HOST_NOT_FOUND), "Unknown host"));
	CHECK(!strcmp(hstrerror(TRY_AGAIN), "Host name lookup failure"));
	CHECK(!strcmp(hstrerror(NO_RECOVERY), "Unknown server error"));
	CHECK(!strcmp(hstrerror(NO_DATA), "No address associated with name"));
	CHECK(!strcmp(hstrerror(NETDB_INTERNAL), "Resolver internal error"));
	CHECK(!strcmp(hstrerror(99), "Unknown resolver error"));
	CHECK(!strcmp(hstrerror(-7), "Resolver internal error"));
	CHECK(!strcmp(hstrerror(5), "Unknown resolver error"));

	/* h_errno is per thread */
	h_errno = NO_RECOVERY;
	pthread_t t;
	CHECK_EQ(pthread_create(&t, NULL, thread_h_errno, NULL), 0);
	CHECK_EQ(pthread_join(t, NULL), 0);
	CHECK_EQ(h_errno, NO_RECOVERY);

	/* herror: "prefix: message\n" on stderr */
	char path[] = "netdb_herr_XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	fflush(stderr);
	int saved = dup(2);
	CHECK(dup2(fd, 2) == 2);
	h_errno = HOST_NOT_FOUND;
	herror("lookup");
	h_errno = TRY_AGAIN;
	herror("");
	h_errno = NO_DATA;
	herror(NULL);
	fflush(stderr);
	CHECK(dup2(saved, 2) == 2);
	close(saved);
	char got[256] = {0};
	CHECK(pread(fd, got, sizeof got - 1, 0) > 0);
	CHECK(!strcmp(got, "lookup: Unknown host\nHost name lookup failure\nNo address associated with name\n"));
	close(fd);
	unlink(path);
}

int main(void)
{
	services();
	protocols();
	networks();
	hosts();
	errors();
	puts("ok");
	return 0;
}
// STDOUT: ok\n
