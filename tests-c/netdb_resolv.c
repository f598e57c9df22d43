/* <resolv.h> and <arpa/nameser.h>: res_mkquery's message, res_query /
 * res_search / res_querydomain / res_send against a DNS server this test
 * runs on 127.0.0.1 (UDP, and TCP for a truncated answer) with
 * _res.nsaddr_list pointed at it, h_errno for each failure, the message
 * parser (ns_initparse, ns_parserr, ns_skiprr, ns_msg_getflag), names
 * (dn_comp with compression, dn_expand, dn_skipname,
 * ns_name_uncompress), the field accessors and glibc's struct layouts. */
// LIBS: -lresolv
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <resolv.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#if __SIZEOF_POINTER__ == 8
_Static_assert(sizeof(struct __res_state) == 568, "res_state size");
_Static_assert(offsetof(struct __res_state, nscount) == 16, "nscount");
_Static_assert(offsetof(struct __res_state, nsaddr_list) == 20, "nsaddr_list");
_Static_assert(offsetof(struct __res_state, dnsrch) == 72, "dnsrch");
_Static_assert(offsetof(struct __res_state, defdname) == 128, "defdname");
_Static_assert(offsetof(struct __res_state, pfcode) == 384, "pfcode");
_Static_assert(offsetof(struct __res_state, sort_list) == 396, "sort_list");
_Static_assert(offsetof(struct __res_state, res_h_errno) == 496, "res_h_errno");
_Static_assert(offsetof(struct __res_state, _u) == 512, "_u");
_Static_assert(sizeof(ns_msg) == 80 && offsetof(ns_msg, _sections) == 32, "ns_msg");
_Static_assert(offsetof(ns_msg, _rrnum) == 68 && offsetof(ns_msg, _msg_ptr) == 72, "ns_msg");
_Static_assert(sizeof(ns_rr) == 1048 && offsetof(ns_rr, rdata) == 1040, "ns_rr");
#else
_Static_assert(sizeof(struct __res_state) == 512, "res_state size");
_Static_assert(offsetof(struct __res_state, nscount) == 12, "nscount");
_Static_assert(offsetof(struct __res_state, nsaddr_list) == 16, "nsaddr_list");
_Static_assert(offsetof(struct __res_state, dnsrch) == 68, "dnsrch");
_Static_assert(offsetof(struct __res_state, defdname) == 96, "defdname");
_Static_assert(offsetof(struct __res_state, sort_list) == 360, "sort_list");
_Static_assert(offsetof(struct __res_state, res_h_errno) == 448, "res_h_errno");
_Static_assert(offsetof(struct __res_state, _u) == 460, "_u");
_Static_assert(sizeof(ns_msg) == 48 && offsetof(ns_msg, _sections) == 20, "ns_msg");
_Static_assert(sizeof(ns_rr) == 1044 && offsetof(ns_rr, rdata) == 1040, "ns_rr");
#endif
_Static_assert(offsetof(struct __res_state, options) == 8, "options");
_Static_assert(offsetof(ns_rr, type) == 1026 && offsetof(ns_rr, ttl) == 1032, "ns_rr");
_Static_assert(sizeof(HEADER) == 12, "HEADER");

/* The question's end in message q (12-byte header, one question). */
static size_t qend(const unsigned char *q, size_t n)
{
	size_t i = 12;
	while (i < n && q[i])
		i += q[i] + 1;
	return i + 5;
}

/* Append one record with name pointer `ptr`, type, TTL and data. */
static size_t rr(unsigned char *p, size_t at, int ptr, int type, unsigned ttl,
		 const void *data, size_t dl)
{
	p[at++] = 0xc0 | ptr >> 8;
	p[at++] = ptr;
	p[at++] = type >> 8;
	p[at++] = type;
	p[at++] = 0;
	p[at++] = 1;
	p[at++] = ttl >> 24;
	p[at++] = ttl >> 16;
	p[at++] = ttl >> 8;
	p[at++] = ttl;
	p[at++] = dl >> 8;
	p[at++] = dl;
	memcpy(p + at, data, dl);
	return at + dl;
}

/* The server's answer to query q: by the first label of the name. */
static size_t answer(const unsigned char *q, size_t n, unsigned char *p, int tcp)
{
	size_t e = qend(q, n);
	memcpy(p, q, e);
	p[2] = 0x81 | (q[2] & 0x78); /* QR, RD copied, opcode copied */
	p[3] = 0x80;                  /* RA */
	const char *l = (const char *)q + 13;
	int ll = q[12];
	size_t at = e;
	int an = 0;
	if (ll == 1 && l[0] == 'a') {
		at = rr(p, at, 12, ns_t_a, 300, "\1\2\3\4", 4);
		an = 1;
	} else if (ll == 2 && !memcmp(l, "nx", 2)) {
		p[3] |= ns_r_nxdomain;
	} else if (ll == 4 && !memcmp(l, "fail", 4)) {
		p[3] |= ns_r_servfail;
	} else if (ll == 2 && !memcmp(l, "mx", 2)) {
		/* MX 10 mail.<qname>: the exchange name compressed */
		unsigned char d[] = {0, 10, 4, 'm', 'a', 'i', 'l', 0xc0, 12};
		at = rr(p, at, 12, ns_t_mx, 60, d, sizeof d);
		an = 1;
	} else if (ll == 3 && !memcmp(l, "big", 3)) {
		if (!tcp) {
			p[2] |= 0x02; /* TC: no records over UDP */
		} else {
			for (int i = 0; i < 40; i++) {
				char t[20];
				memset(t, 'a' + i % 26, sizeof t);
				t[0] = 19;
				at = rr(p, at, 12, ns_t_txt, 5, t, sizeof t);
				an++;
			}
		}
	}
	/* "empty" and anything else: NOERROR with no records */
	p[6] = an >> 8;
	p[7] = an;
	return at;
}

static void serve(int u, int t)
{
	for (;;) {
		struct pollfd pf[2] = {{u, POLLIN, 0}, {t, POLLIN, 0}};
		if (poll(pf, 2, -1) <= 0)
			continue;
		unsigned char q[512], p[4096];
		if (pf[0].revents & POLLIN) {
			struct sockaddr_in from;
			socklen_t fl = sizeof from;
			ssize_t n = recvfrom(u, q, sizeof q, 0, (struct sockaddr *)&from, &fl);
			if (n >= 12) {
				size_t k = answer(q, n, p, 0);
				sendto(u, p, k, 0, (struct sockaddr *)&from, fl);
			}
		}
		if (pf[1].revents & POLLIN) {
			int c = accept(t, NULL, NULL);
			unsigned char lb[2];
			if (c >= 0 && recv(c, lb, 2, MSG_WAITALL) == 2) {
				size_t n = lb[0] << 8 | lb[1];
				if (n <= sizeof q && recv(c, q, n, MSG_WAITALL) == (ssize_t)n) {
					size_t k = answer(q, n, p + 2, 1);
					p[0] = k >> 8;
					p[1] = k;
					send(c, p, k + 2, 0);
				}
			}
			if (c >= 0)
				close(c);
		}
	}
}

static void names(void)
{
	unsigned char msg[512], *dnptrs[8], **last = dnptrs + 8;
	char text[NS_MAXDNAME];
	memset(msg, 0, sizeof msg);
	dnptrs[0] = msg;
	dnptrs[1] = NULL;
	/* the first name written out in full, then marked */
	int n = dn_comp("www.Example.COM", msg + 12, 500, dnptrs, last);
	CHECK_EQ(n, 17);
	CHECK(!memcmp(msg + 12, "\3www\7Example\3COM\0", 17));
	CHECK(dnptrs[1] == msg + 12 && dnptrs[2] == NULL);
	/* a second name sharing the suffix (case ignored): a pointer to it */
	n = dn_comp("mail.example.com.", msg + 29, 483, dnptrs, last);
	CHECK_EQ(n, 7);
	CHECK(!memcmp(msg + 29, "\4mail\xc0\x10", 7));
	/* the very same name: only a pointer */
	n = dn_comp("www.example.com", msg + 36, 476, dnptrs, last);
	CHECK_EQ(n, 2);
	CHECK(msg[36] == 0xc0 && msg[37] == 12);
	/* without dnptrs: no compression */
	n = dn_comp("a.b", msg + 38, 474, NULL, NULL);
	CHECK_EQ(n, 5);
	CHECK(!memcmp(msg + 38, "\1a\1b\0", 5));
	/* too small a buffer, a label over 63 bytes */
	errno = 0;
	CHECK_EQ(dn_comp("abc.def", msg + 100, 4, NULL, NULL), -1);
	char lab[80];
	memset(lab, 'x', 64);
	lab[64] = 0;
	CHECK_EQ(dn_comp(lab, msg + 100, 300, NULL, NULL), -1);
	/* dn_expand follows the pointers; its result is the bytes at src */
	CHECK_EQ(dn_expand(msg, msg + 43, msg + 29, text, sizeof text), 7);
	CHECK(strcmp(text, "mail.Example.COM") == 0);
	CHECK_EQ(dn_expand(msg, msg + 43, msg + 36, text, sizeof text), 2);
	CHECK(strcmp(text, "www.Example.COM") == 0);
	CHECK_EQ(ns_name_uncompress(msg, msg + 43, msg + 12, text, sizeof text), 17);
	CHECK(strcmp(text, "www.Example.COM") == 0);
	/* too small an output, a name running off the message */
	CHECK_EQ(dn_expand(msg, msg + 43, msg + 12, text, 5), -1);
	CHECK_EQ(dn_expand(msg, msg + 20, msg + 12, text, sizeof text), -1);
	/* escapes: a dot inside a label and an unprintable byte */
	n = dn_comp("a\\.b.c\\009", msg + 200, 100, NULL, NULL);
	CHECK_EQ(n, 8);
	CHECK(!memcmp(msg + 200, "\3a.b\2c\t\0", 8));
	CHECK_EQ(dn_expand(msg, msg + 208, msg + 200, text, sizeof text), 8);
	CHECK(strcmp(text, "a\\.b.c\\009") == 0);
	/* the root */
	CHECK_EQ(dn_comp(".", msg + 300, 10, NULL, NULL), 1);
	CHECK_EQ(msg[300], 0);
	CHECK_EQ(dn_expand(msg, msg + 301, msg + 300, text, sizeof text), 1);
	CHECK(strcmp(text, "") == 0 || strcmp(text, ".") == 0);
	/* dn_skipname */
	CHECK_EQ(dn_skipname(msg + 12, msg + 43), 17);
	CHECK_EQ(dn_skipname(msg + 29, msg + 43), 7);
	CHECK_EQ(dn_skipname(msg + 12, msg + 20), -1);
}

static void fields(void)
{
	unsigned char b[4];
	ns_put16(0x1234, b);
	CHECK(b[0] == 0x12 && b[1] == 0x34);
	CHECK_EQ(ns_get16(b), 0x1234);
	ns_put32(0xdeadbeefUL, b);
	CHECK(b[0] == 0xde && b[3] == 0xef);
	CHECK(ns_get32(b) == 0xdeadbeefUL);
	const unsigned char *cp = b;
	unsigned short s;
	NS_GET16(s, cp);
	CHECK_EQ(s, 0xdead);
	CHECK(cp == b + 2);
	unsigned char *wp = b;
	PUTSHORT(0xabcd, wp);
	CHECK(b[0] == 0xab && wp == b + 2);
}

static void mkquery(void)
{
	unsigned char q[512];
	int n = res_mkquery(QUERY, "www.example.org", C_IN, T_MX, NULL, 0, NULL, q, sizeof q);
	CHECK_EQ(n, 12 + 17 + 4);
	HEADER *h = (HEADER *)q;
	CHECK_EQ(h->qr, 0);
	CHECK_EQ(h->opcode, QUERY);
	CHECK_EQ(h->rd, 1);
	CHECK_EQ(ntohs(h->qdcount), 1);
	CHECK_EQ(h->ancount, 0);
	CHECK(!memcmp(q + 12, "\3www\7example\3org\0\0\x0f\0\1", 21));
	/* a buffer too small */
	CHECK_EQ(res_mkquery(QUERY, "www.example.org", C_IN, T_A, NULL, 0, NULL, q, 20), -1);
	/* RD follows RES_RECURSE */
	_res.options &= ~RES_RECURSE;
	n = res_mkquery(QUERY, "x", C_IN, T_A, NULL, 0, NULL, q, sizeof q);
	CHECK_EQ(n, 12 + 3 + 4);
	CHECK_EQ(((HEADER *)q)->rd, 0);
	_res.options |= RES_RECURSE;

	/* the parser on a query */
	ns_msg m;
	n = res_mkquery(QUERY, "www.example.org", C_IN, T_MX, NULL, 0, NULL, q, sizeof q);
	CHECK_EQ(ns_initparse(q, n, &m), 0);
	CHECK_EQ(ns_msg_count(m, ns_s_qd), 1);
	CHECK_EQ(ns_msg_count(m, ns_s_an), 0);
	CHECK_EQ(ns_msg_getflag(m, ns_f_rd), 1);
	CHECK_EQ(ns_msg_getflag(m, ns_f_qr), 0);
	CHECK_EQ(ns_msg_size(m), n);
	ns_rr r;
	CHECK_EQ(ns_parserr(&m, ns_s_qd, 0, &r), 0);
	CHECK(strcmp(ns_rr_name(r), "www.example.org") == 0);
	CHECK_EQ(ns_rr_type(r), ns_t_mx);
	CHECK_EQ(ns_rr_class(r), ns_c_in);
	errno = 0;
	CHECK_EQ(ns_parserr(&m, ns_s_qd, 1, &r), -1);
	CHECK_EQ(errno, ENODEV);
	CHECK_EQ(ns_parserr(&m, ns_s_an, 0, &r), -1);
	CHECK_EQ(ns_skiprr(q + 12, q + n, ns_s_qd, 1), 21);
	CHECK_EQ(ns_skiprr(q + 12, q + n - 1, ns_s_qd, 1), -1);
	/* a message shorter than its counts */
	errno = 0;
	CHECK_EQ(ns_initparse(q, n - 2, &m), -1);
	CHECK_EQ(errno, EMSGSIZE);
	CHECK_EQ(ns_initparse(q, 5, &m), -1);
}

int main(void)
{
	names();
	fields();
	CHECK_EQ(res_init(), 0);
	CHECK(_res.options & RES_INIT);
	CHECK(_res.options & RES_RECURSE);
	CHECK(_res.retrans > 0 && _res.retry > 0);
	mkquery();

	/* the server */
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	int t = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(u >= 0 && t >= 0);
	struct sockaddr_in sa = {.sin_family = AF_INET};
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	socklen_t sl = sizeof sa;
	CHECK(bind(u, (struct sockaddr *)&sa, sl) == 0);
	CHECK(getsockname(u, (struct sockaddr *)&sa, &sl) == 0);
	int one = 1;
	setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	CHECK(bind(t, (struct sockaddr *)&sa, sl) == 0);
	CHECK(listen(t, 4) == 0);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0) {
		serve(u, t);
		_exit(0);
	}
	close(u);
	close(t);

	_res.nscount = 1;
	_res.nsaddr_list[0] = sa;
	_res.retrans = 2;
	_res.retry = 2;
	_res.dnsrch[0] = "test";
	_res.dnsrch[1] = NULL;

	unsigned char ans[4096];
	int n = res_query("a.test", C_IN, T_A, ans, sizeof ans);
	CHECK_EQ(n, 12 + 12 + 16);
	ns_msg m;
	ns_rr r;
	CHECK_EQ(ns_initparse(ans, n, &m), 0);
	CHECK_EQ(ns_msg_getflag(m, ns_f_qr), 1);
	CHECK_EQ(ns_msg_getflag(m, ns_f_rcode), ns_r_noerror);
	CHECK_EQ(ns_msg_count(m, ns_s_an), 1);
	CHECK_EQ(ns_parserr(&m, ns_s_an, 0, &r), 0);
	CHECK(strcmp(ns_rr_name(r), "a.test") == 0);
	CHECK_EQ(ns_rr_type(r), ns_t_a);
	CHECK_EQ(ns_rr_ttl(r), 300);
	CHECK_EQ(ns_rr_rdlen(r), 4);
	CHECK(!memcmp(ns_rr_rdata(r), "\1\2\3\4", 4));

	/* MX with a compressed exchange name */
	n = res_query("mx.test", C_IN, T_MX, ans, sizeof ans);
	CHECK(n > 0);
	CHECK_EQ(ns_initparse(ans, n, &m), 0);
	CHECK_EQ(ns_parserr(&m, ns_s_an, 0, &r), 0);
	CHECK_EQ(ns_rr_type(r), ns_t_mx);
	CHECK_EQ(ns_get16(ns_rr_rdata(r)), 10);
	char ex[NS_MAXDNAME];
	CHECK_EQ(dn_expand(ans, ans + n, ns_rr_rdata(r) + 2, ex, sizeof ex), 7);
	CHECK(strcmp(ex, "mail.mx.test") == 0);

	/* h_errno for each failure */
	h_errno = 0;
	CHECK_EQ(res_query("nx.test", C_IN, T_A, ans, sizeof ans), -1);
	CHECK_EQ(h_errno, HOST_NOT_FOUND);
	h_errno = 0;
	CHECK_EQ(res_query("empty.test", C_IN, T_A, ans, sizeof ans), -1);
	CHECK_EQ(h_errno, NO_DATA);
	h_errno = 0;
	CHECK_EQ(res_query("fail.test", C_IN, T_A, ans, sizeof ans), -1);
	CHECK_EQ(h_errno, TRY_AGAIN);

	/* a truncated UDP answer is asked again over TCP */
	n = res_query("big.test", C_IN, T_TXT, ans, sizeof ans);
	CHECK(n > 512);
	CHECK_EQ(ns_initparse(ans, n, &m), 0);
	CHECK_EQ(ns_msg_count(m, ns_s_an), 40);
	CHECK_EQ(ns_parserr(&m, ns_s_an, 39, &r), 0);
	CHECK_EQ(ns_rr_type(r), ns_t_txt);
	CHECK_EQ(ns_rr_rdata(r)[1], 'a' + 39 % 26);
	/* and over TCP from the start with RES_USEVC */
	_res.options |= RES_USEVC;
	n = res_query("a.test", C_IN, T_A, ans, sizeof ans);
	CHECK_EQ(n, 40);
	_res.options &= ~RES_USEVC;

	/* res_querydomain joins the two */
	n = res_querydomain("a", "test", C_IN, T_A, ans, sizeof ans);
	CHECK_EQ(n, 40);
	/* res_search: a name without dots tries the search list first */
	n = res_search("a", C_IN, T_A, ans, sizeof ans);
	CHECK_EQ(n, 40);
	CHECK_EQ(ns_initparse(ans, n, &m), 0);
	CHECK_EQ(ns_parserr(&m, ns_s_qd, 0, &r), 0);
	CHECK(strcmp(ns_rr_name(r), "a.test") == 0);
	n = res_search("a.test", C_IN, T_A, ans, sizeof ans);
	CHECK_EQ(n, 40);
	n = res_search("a.test.", C_IN, T_A, ans, sizeof ans);
	CHECK_EQ(n, 40);
	h_errno = 0;
	CHECK_EQ(res_search("nx", C_IN, T_A, ans, sizeof ans), -1);
	CHECK_EQ(h_errno, HOST_NOT_FOUND);

	/* res_send: a query built by hand; the answer keeps its ID */
	unsigned char q[512];
	int ql = res_mkquery(QUERY, "a.test", C_IN, T_A, NULL, 0, NULL, q, sizeof q);
	CHECK(ql > 0);
	q[0] = 0x42;
	q[1] = 0x24;
	n = res_send(q, ql, ans, sizeof ans);
	CHECK_EQ(n, 40);
	CHECK(ans[0] == 0x42 && ans[1] == 0x24);
	CHECK(ans[2] & 0x80);
	/* NXDOMAIN is an answer for res_send */
	ql = res_mkquery(QUERY, "nx.test", C_IN, T_A, NULL, 0, NULL, q, sizeof q);
	n = res_send(q, ql, ans, sizeof ans);
	CHECK(n >= 12);
	CHECK_EQ(ans[3] & 0xf, ns_r_nxdomain);

	/* the reentrant forms on a state of the caller's */
	struct __res_state st;
	memset(&st, 0, sizeof st);
	CHECK_EQ(res_ninit(&st), 0);
	CHECK(st.options & RES_INIT);
	st.nscount = 1;
	st.nsaddr_list[0] = sa;
	n = res_nquery(&st, "a.test", C_IN, T_A, ans, sizeof ans);
	CHECK_EQ(n, 40);
	res_nclose(&st);

	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);

	/* no server: TRY_AGAIN */
	_res.nsaddr_list[0].sin_port = htons(1);
	_res.retrans = 1;
	_res.retry = 1;
	h_errno = 0;
	CHECK_EQ(res_query("a.test", C_IN, T_A, ans, sizeof ans), -1);
	CHECK_EQ(h_errno, TRY_AGAIN);
	return 0;
}
