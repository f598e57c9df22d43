/* getaddrinfo and gethostbyname over DNS, against a small DNS server
 * this test forks on 127.0.0.1:53 (UDP and TCP) inside its own network
 * namespace, with /etc/resolv.conf replaced by a bind mount inside its
 * own mount namespace (nothing leaves the machine, the real file is not
 * touched). Paths: plain A/AAAA answers, a truncated answer retried over
 * TCP, an answer with a lying ID and a garbage packet dropped before the
 * real answer, a silent server left for the next after the timeout, a
 * refused one, NXDOMAIN, a CNAME, the search list and ndots, PTR
 * lookups for gethostbyaddr and getnameinfo. Where the
 * namespaces cannot be made (no privilege; qemu-user) it says so on
 * stderr and passes. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/prctl.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#ifndef SIOCGIFFLAGS
# define SIOCGIFFLAGS 0x8913
# define SIOCSIFFLAGS 0x8914
#endif

struct ifreq_flags {
	char name[16];
	short flags;
	char pad[22];
};

static int tcp_answer_count;

/* The wire name at q+12 as dotted text; its end. */
static int qname(const unsigned char *q, int n, char *out)
{
	int i = 12, o = 0;
	while (i < n && q[i]) {
		int l = q[i++];
		if (i + l > n || o + l + 1 > 255)
			return -1;
		if (o)
			out[o++] = '.';
		memcpy(out + o, q + i, l);
		o += l;
		i += l;
	}
	out[o] = 0;
	return i + 1;
}

static int put_a(unsigned char *p, int at, int type, const unsigned char *data, int len)
{
	static const unsigned char hdr[] = {0xc0, 0x0c};
	memcpy(p + at, hdr, 2);
	p[at + 2] = 0;
	p[at + 3] = type;
	p[at + 4] = 0;
	p[at + 5] = 1;
	memset(p + at + 6, 0, 3);
	p[at + 9] = 60;
	p[at + 10] = 0;
	p[at + 11] = len;
	memcpy(p + at + 12, data, len);
	return at + 12 + len;
}

/* The answer to query q (n bytes) in p; its length. */
static int respond(const unsigned char *q, int n, unsigned char *p, int tcp, int *extra)
{
	char name[256];
	int end = qname(q, n, name);
	if (end < 0 || end + 4 > n)
		return -1;
	int type = q[end + 1];
	memcpy(p, q, end + 4);
	p[2] = 0x81;
	p[3] = 0x80;
	p[6] = p[7] = p[8] = p[9] = p[10] = p[11] = 0;
	int at = end + 4, an = 0;
	*extra = 0;
	struct {
		const char *name;
		const char *a1, *a2, *aaaa;
	} zone[] = {
		{"test.example", "192.0.2.1", "192.0.2.2", "2001:db8::1"},
		{"liar.example", "192.0.2.7", NULL, NULL},
		{"garbage.example", "192.0.2.8", NULL, NULL},
		{"big.example", "192.0.2.9", NULL, NULL},
		{"srch.corp.test", "192.0.2.33", NULL, NULL},
		{"a.b.corp.test", "192.0.2.44", NULL, NULL},
		{"a.b", "192.0.2.45", NULL, NULL},
	};
	if (type == 12 && (!strcmp(name, "1.2.0.192.in-addr.arpa") ||
			   !strcmp(name, "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"))) {
		static const unsigned char target[] = "\4test\7example";
		memcpy(p + at, "\xc0\x0c\0\x0c\0\1\0\0\0\x3c\0\x0e", 12);
		memcpy(p + at + 12, target, 14);
		p[7] = 1;
		return at + 26;
	}
	if (!strcasecmp(name, "cname.example")) {
		static const unsigned char target[] = "\4test\7example";
		memcpy(p + at, "\xc0\x0c\0\5\0\1\0\0\0\x3c\0\x0e", 12);
		memcpy(p + at + 12, target, 14);
		at += 26;
		an++;
		if (type == 1) {
			unsigned char a[4] = {192, 0, 2, 1};
			/* owner: the CNAME's target, at offset end+4+12 */
			int t = end + 4 + 12;
			p[at] = 0xc0 | (t >> 8);
			p[at + 1] = t & 0xff;
			memcpy(p + at + 2, "\0\1\0\1\0\0\0\x3c\0\4", 10);
			memcpy(p + at + 12, a, 4);
			at += 16;
			an++;
		}
		p[7] = an;
		return at;
	}
	for (unsigned i = 0; i < sizeof zone / sizeof zone[0]; i++) {
		if (strcasecmp(name, zone[i].name))
			continue;
		if (!strcmp(zone[i].name, "big.example") && !tcp) {
			p[2] |= 0x02; /* TC, no answers */
			return at;
		}
		if (!strcmp(zone[i].name, "big.example") && tcp)
			tcp_answer_count++;
		if (!strcmp(zone[i].name, "liar.example") && type == 1)
			*extra = 1;
		if (!strcmp(zone[i].name, "garbage.example") && type == 1)
			*extra = 2;
		unsigned char b[16];
		if (type == 1) {
			inet_pton(AF_INET, zone[i].a1, b);
			at = put_a(p, at, 1, b, 4);
			an++;
			if (zone[i].a2) {
				inet_pton(AF_INET, zone[i].a2, b);
				at = put_a(p, at, 1, b, 4);
				an++;
			}
		} else if (type == 28 && zone[i].aaaa) {
			inet_pton(AF_INET6, zone[i].aaaa, b);
			at = put_a(p, at, 28, b, 16);
			an++;
		}
		p[7] = an;
		return at;
	}
	p[3] = 0x83; /* NXDOMAIN */
	return at;
}

static void serve(int udp, int silent, int lst, int plain, int ready)
{
	(void)!write(ready, "r", 1);
	for (;;) {
		struct pollfd f[4] = {{udp, POLLIN, 0}, {silent, POLLIN, 0}, {lst, POLLIN, 0}, {plain, POLLIN, 0}};
		if (poll(f, 4, -1) < 0)
			continue;
		unsigned char q[512], p[1024];
		int extra;
		for (int k = 0; k < 4; k += 3) {
			if (!(f[k].revents & POLLIN))
				continue;
			int us = f[k].fd;
			struct sockaddr_in from;
			socklen_t fl = sizeof from;
			int n = recvfrom(us, q, sizeof q, 0, (struct sockaddr *)&from, &fl);
			if (n < 12)
				continue;
			int m = respond(q, n, p, 0, &extra);
			if (m < 0)
				continue;
			/* the plain server (127.0.0.4) neither lies nor babbles */
			if (us == plain)
				extra = 0;
			if (extra == 1) {
				/* a lying ID first, with another address */
				unsigned char lie[1024];
				memcpy(lie, p, m);
				lie[0] ^= 0x5a;
				lie[m - 4] = 6;
				sendto(us, lie, m, 0, (struct sockaddr *)&from, fl);
			}
			if (extra == 2)
				sendto(us, "xyz", 3, 0, (struct sockaddr *)&from, fl);
			sendto(us, p, m, 0, (struct sockaddr *)&from, fl);
		}
		if (f[1].revents & POLLIN) {
			/* the silent server reads and never answers */
			(void)!recv(silent, q, sizeof q, 0);
		}
		if (f[2].revents & POLLIN) {
			int c = accept(lst, NULL, NULL);
			if (c < 0)
				continue;
			for (;;) {
				unsigned char len[2];
				if (recv(c, len, 2, MSG_WAITALL) != 2)
					break;
				int n = len[0] << 8 | len[1];
				if (n > (int)sizeof q || recv(c, q, n, MSG_WAITALL) != n)
					break;
				int m = respond(q, n, p + 2, 1, &extra);
				if (m < 0)
					break;
				p[0] = m >> 8;
				p[1] = m & 0xff;
				(void)!write(c, p, m + 2);
			}
			close(c);
		}
	}
}

static int bound(int type, const char *addr)
{
	int s = socket(AF_INET, type, 0);
	CHECK(s >= 0);
	int one = 1;
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons(53);
	inet_pton(AF_INET, addr, &a.sin_addr);
	CHECK_EQ(bind(s, (struct sockaddr *)&a, sizeof a), 0);
	if (type == SOCK_STREAM)
		CHECK_EQ(listen(s, 8), 0);
	return s;
}

static void conf(const char *text)
{
	/* rewrite the bound file in place (same inode, so the mount sees it) */
	int fd = open("resolv.conf", O_WRONLY | O_TRUNC);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, text, strlen(text)), (long)strlen(text));
	close(fd);
	/* a new mtime for resolvers that reload on change */
	usleep(20000);
}

static int v4s(const char *name, int fam, const char **want, int nwant, int err)
{
	struct addrinfo h, *r, *a;
	memset(&h, 0, sizeof h);
	h.ai_family = fam;
	h.ai_socktype = SOCK_STREAM;
	int e = getaddrinfo(name, NULL, &h, &r);
	if (e != err) {
		t_puts(2, name);
		t_puts(2, ": getaddrinfo ");
		t_putl(2, e);
		t_puts(2, "\n");
	}
	CHECK_EQ(e, err);
	if (e)
		return 0;
	int n = 0;
	for (a = r; a; a = a->ai_next) {
		char b[64];
		if (a->ai_family == AF_INET)
			inet_ntop(AF_INET, &((struct sockaddr_in *)a->ai_addr)->sin_addr, b, sizeof b);
		else
			inet_ntop(AF_INET6, &((struct sockaddr_in6 *)a->ai_addr)->sin6_addr, b, sizeof b);
		int found = 0;
		for (int i = 0; i < nwant; i++)
			found |= !strcmp(b, want[i]);
		if (!found) {
			t_puts(2, name);
			t_puts(2, ": unexpected ");
			t_puts(2, b);
			t_puts(2, "\n");
		}
		CHECK(found);
		n++;
	}
	freeaddrinfo(r);
	return n;
}

static int run(void)
{
	if (unshare(CLONE_NEWNS | CLONE_NEWNET) != 0) {
		t_puts(2, "netdb_dns: unshare(CLONE_NEWNS|CLONE_NEWNET) failed (no privilege, or qemu-user): skipped\n");
		return 0;
	}
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) {
		t_puts(2, "netdb_dns: cannot make the mounts private: skipped\n");
		return 0;
	}
	int fd = open("resolv.conf", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0);
	close(fd);
	if (mount("resolv.conf", "/etc/resolv.conf", NULL, MS_BIND, NULL) != 0) {
		t_puts(2, "netdb_dns: cannot bind-mount over /etc/resolv.conf: skipped\n");
		return 0;
	}
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct ifreq_flags ifr;
	memset(&ifr, 0, sizeof ifr);
	strcpy(ifr.name, "lo");
	if (s < 0 || ioctl(s, SIOCGIFFLAGS, &ifr) != 0) {
		t_puts(2, "netdb_dns: SIOCGIFFLAGS failed: skipped\n");
		return 0;
	}
	ifr.flags |= 1; /* IFF_UP */
	if (ioctl(s, SIOCSIFFLAGS, &ifr) != 0) {
		t_puts(2, "netdb_dns: cannot bring lo up: skipped\n");
		return 0;
	}
	close(s);

	int udp = bound(SOCK_DGRAM, "127.0.0.1");
	int silent = bound(SOCK_DGRAM, "127.0.0.3");
	int lst = bound(SOCK_STREAM, "127.0.0.1");
	int plain = bound(SOCK_DGRAM, "127.0.0.4");
	int pp[2];
	CHECK_EQ(pipe(pp), 0);
	pid_t srv = fork();
	CHECK(srv >= 0);
	if (srv == 0) {
		/* gone with the test, whatever way it ends */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		close(pp[0]);
		serve(udp, silent, lst, plain, pp[1]);
		_exit(0);
	}
	close(udp);
	close(silent);
	close(lst);
	close(plain);
	char c;
	CHECK_EQ(read(pp[0], &c, 1), 1);

	conf("nameserver 127.0.0.1\n");
	const char *t4[] = {"192.0.2.1", "192.0.2.2"};
	CHECK_EQ(v4s("test.example", AF_INET, t4, 2, 0), 2);
	const char *t6[] = {"2001:db8::1"};
	CHECK_EQ(v4s("test.example", AF_INET6, t6, 1, 0), 1);
	const char *tall[] = {"192.0.2.1", "192.0.2.2", "2001:db8::1"};
	CHECK_EQ(v4s("test.example", AF_UNSPEC, tall, 3, 0), 3);
	CHECK_EQ(v4s("TEST.example.", AF_INET, t4, 2, 0), 2);
	v4s("nx.example", AF_INET, NULL, 0, EAI_NONAME);
	v4s("a..b", AF_INET, NULL, 0, EAI_NONAME);
	/* a CNAME: the target's addresses */
	const char *cn[] = {"192.0.2.1"};
	CHECK_EQ(v4s("cname.example", AF_INET, cn, 1, 0), 1);
	/* TC: asked again over TCP */
	const char *big[] = {"192.0.2.9"};
	CHECK_EQ(v4s("big.example", AF_INET, big, 1, 0), 1);
	/* a lying ID is dropped (the real answer follows) */
	const char *liar[] = {"192.0.2.7"};
	CHECK_EQ(v4s("liar.example", AF_INET, liar, 1, 0), 1);
	/* a garbage packet: that server is left for the next */
	conf("nameserver 127.0.0.1\nnameserver 127.0.0.4\n");
	const char *garb[] = {"192.0.2.8"};
	CHECK_EQ(v4s("garbage.example", AF_INET, garb, 1, 0), 1);
	conf("nameserver 127.0.0.1\n");
	/* canonical name */
	struct addrinfo h, *r;
	memset(&h, 0, sizeof h);
	h.ai_family = AF_INET;
	h.ai_socktype = SOCK_STREAM;
	h.ai_flags = AI_CANONNAME;
	CHECK_EQ(getaddrinfo("test.example", "80", &h, &r), 0);
	CHECK(r->ai_canonname && !strcmp(r->ai_canonname, "test.example"));
	CHECK_EQ(ntohs(((struct sockaddr_in *)r->ai_addr)->sin_port), 80);
	freeaddrinfo(r);
	/* gethostbyname too */
	struct hostent *he = gethostbyname("test.example");
	CHECK(he && he->h_addrtype == AF_INET && he->h_addr_list[0] && he->h_addr_list[1]);
	CHECK(!memcmp(he->h_addr_list[0], "\xc0\0\2\1", 4) || !memcmp(he->h_addr_list[0], "\xc0\0\2\2", 4));
	CHECK(gethostbyname("nx.example") == NULL);
	CHECK_EQ(h_errno, HOST_NOT_FOUND);
	struct hostent he2, *res;
	char hb[512];
	int herr = 0;
	CHECK_EQ(gethostbyname_r("nx.example", &he2, hb, sizeof hb, &res, &herr), 0);
	CHECK(res == NULL);
	CHECK_EQ(herr, HOST_NOT_FOUND);
	/* an address neither /etc/hosts nor the server knows */
	h_errno = 0;
	CHECK(gethostbyaddr("\xc0\0\2\x63", 4, AF_INET) == NULL);
	CHECK_EQ(h_errno, HOST_NOT_FOUND);
	/* PTR lookups */
	he = gethostbyaddr("\xc0\0\2\1", 4, AF_INET);
	CHECK(he && !strcmp(he->h_name, "test.example") && he->h_addrtype == AF_INET);
	CHECK(!memcmp(he->h_addr_list[0], "\xc0\0\2\1", 4));
	struct sockaddr_in s4;
	memset(&s4, 0, sizeof s4);
	s4.sin_family = AF_INET;
	s4.sin_port = htons(53);
	inet_pton(AF_INET, "192.0.2.1", &s4.sin_addr);
	char nh[NI_MAXHOST], ns[NI_MAXSERV];
	CHECK_EQ(getnameinfo((struct sockaddr *)&s4, sizeof s4, nh, sizeof nh, ns, sizeof ns, 0), 0);
	CHECK(!strcmp(nh, "test.example") && !strcmp(ns, "domain"));
	CHECK_EQ(getnameinfo((struct sockaddr *)&s4, sizeof s4, nh, 12, NULL, 0, 0), EAI_OVERFLOW);
	inet_pton(AF_INET, "192.0.2.99", &s4.sin_addr);
	CHECK_EQ(getnameinfo((struct sockaddr *)&s4, sizeof s4, nh, sizeof nh, NULL, 0, NI_NAMEREQD), EAI_NONAME);
	CHECK_EQ(getnameinfo((struct sockaddr *)&s4, sizeof s4, nh, sizeof nh, NULL, 0, 0), 0);
	CHECK(!strcmp(nh, "192.0.2.99"));
	struct sockaddr_in6 s6;
	memset(&s6, 0, sizeof s6);
	s6.sin6_family = AF_INET6;
	inet_pton(AF_INET6, "2001:db8::1", &s6.sin6_addr);
	CHECK_EQ(getnameinfo((struct sockaddr *)&s6, sizeof s6, nh, sizeof nh, NULL, 0, NI_NAMEREQD), 0);
	CHECK(!strcmp(nh, "test.example"));

	/* a refused server and a silent one: the next one answers */
	conf("nameserver 127.0.0.2\nnameserver 127.0.0.3\nnameserver 127.0.0.1\noptions timeout:1 attempts:1\n");
	CHECK_EQ(v4s("test.example", AF_INET, t4, 2, 0), 2);
	/* nobody answers */
	conf("nameserver 127.0.0.3\noptions timeout:1 attempts:1\n");
	v4s("test.example", AF_INET, NULL, 0, EAI_AGAIN);

	/* the search list and ndots */
	conf("nameserver 127.0.0.1\nsearch corp.test\n");
	const char *sr[] = {"192.0.2.33"};
	CHECK_EQ(v4s("srch", AF_INET, sr, 1, 0), 1);
	const char *ab1[] = {"192.0.2.45"};
	CHECK_EQ(v4s("a.b", AF_INET, ab1, 1, 0), 1);
	conf("nameserver 127.0.0.1\nsearch corp.test\noptions ndots:2\n");
	const char *ab2[] = {"192.0.2.44"};
	CHECK_EQ(v4s("a.b", AF_INET, ab2, 1, 0), 1);
	/* an absolute name skips the search list */
	v4s("srch.", AF_INET, NULL, 0, EAI_NONAME);

	kill(srv, SIGKILL);
	waitpid(srv, NULL, 0);
	return 0;
}

int main(void)
{
	pid_t p = fork();
	CHECK(p >= 0);
	if (p == 0)
		_exit(run());
	int st;
	CHECK_EQ(waitpid(p, &st, 0), p);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	puts("ok");
	return 0;
}
// STDOUT: ok\n
