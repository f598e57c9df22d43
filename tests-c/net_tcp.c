/* TCP over 127.0.0.1: bind to port 0, getsockname, listen, connect,
 * accept4 with SOCK_CLOEXEC and SOCK_NONBLOCK, accept, send/recv
 * (MSG_WAITALL, MSG_PEEK), shutdown (half close, EINVAL, ENOTCONN),
 * getpeername, sockatmark; EADDRINUSE, ECONNREFUSED, EINVAL for a short
 * address, EAFNOSUPPORT for the wrong family, EAGAIN from a non-blocking
 * accept, EISCONN. Then IPv6 over ::1 when the host has it (else the
 * failure must be the one a host without IPv6 gives). Loopback only. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static struct sockaddr_in loopback(in_port_t port)
{
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = port;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static void ipv6(void)
{
	int l = socket(AF_INET6, SOCK_STREAM, 0);
	if (l < 0) {
		CHECK_EQ(errno, EAFNOSUPPORT);
		t_puts(2, "net_tcp: no IPv6 sockets on this host; ::1 not tried\n");
		return;
	}
	struct sockaddr_in6 a;
	memset(&a, 0, sizeof a);
	a.sin6_family = AF_INET6;
	a.sin6_addr = in6addr_loopback;
	if (bind(l, (struct sockaddr *)&a, sizeof a) != 0) {
		CHECK_EQ(errno, EADDRNOTAVAIL);
		t_puts(2, "net_tcp: no ::1 on this host; IPv6 loopback not tried\n");
		close(l);
		return;
	}
	/* A short IPv6 address is refused. */
	int t = socket(AF_INET6, SOCK_STREAM, 0);
	CHECK_ERR(bind(t, (struct sockaddr *)&a, sizeof a - 5), EINVAL);
	close(t);
	socklen_t len = sizeof a;
	CHECK_EQ(getsockname(l, (struct sockaddr *)&a, &len), 0);
	CHECK_EQ(len, sizeof a);
	CHECK_EQ(a.sin6_family, AF_INET6);
	CHECK(a.sin6_port != 0);
	CHECK(IN6_IS_ADDR_LOOPBACK(&a.sin6_addr));
	CHECK_EQ(listen(l, 1), 0);
	int c = socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
	CHECK(c >= 0);
	CHECK_EQ(connect(c, (struct sockaddr *)&a, sizeof a), 0);
	struct sockaddr_in6 p;
	len = sizeof p;
	int s = accept(l, (struct sockaddr *)&p, &len);
	CHECK(s >= 0);
	CHECK_EQ(len, sizeof p);
	CHECK_EQ(p.sin6_family, AF_INET6);
	CHECK(IN6_ARE_ADDR_EQUAL(&p.sin6_addr, &in6addr_loopback));
	struct sockaddr_in6 q;
	len = sizeof q;
	CHECK_EQ(getsockname(c, (struct sockaddr *)&q, &len), 0);
	CHECK_EQ(q.sin6_port, p.sin6_port);
	len = sizeof q;
	CHECK_EQ(getpeername(c, (struct sockaddr *)&q, &len), 0);
	CHECK_EQ(q.sin6_port, a.sin6_port);
	char buf[8];
	CHECK_EQ(send(c, "six", 3, 0), 3);
	CHECK_EQ(recv(s, buf, 3, MSG_WAITALL), 3);
	CHECK(memcmp(buf, "six", 3) == 0);
	int v6only = -1;
	len = sizeof v6only;
	CHECK_EQ(getsockopt(l, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, &len), 0);
	CHECK(v6only == 0 || v6only == 1);
	close(s);
	close(c);
	close(l);
}

int main(void)
{
	char buf[64];
	int l = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(l >= 0);
	CHECK_EQ(fcntl(l, F_GETFD) & FD_CLOEXEC, 0);
	int on = 1;
	CHECK_EQ(setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on), 0);
	struct sockaddr_in a = loopback(0);
	CHECK_EQ(bind(l, (struct sockaddr *)&a, sizeof a), 0);
	socklen_t len = sizeof a;
	memset(&a, 0, sizeof a);
	CHECK_EQ(getsockname(l, (struct sockaddr *)&a, &len), 0);
	CHECK_EQ(len, sizeof a);
	CHECK_EQ(a.sin_family, AF_INET);
	CHECK(a.sin_port != 0);
	CHECK_EQ(ntohl(a.sin_addr.s_addr), INADDR_LOOPBACK);
	CHECK_EQ(listen(l, 4), 0);
	/* Not yet connected: getpeername and shutdown fail. */
	struct sockaddr_in p;
	len = sizeof p;
	CHECK_ERR(getpeername(l, (struct sockaddr *)&p, &len), ENOTCONN);

	/* The port is taken, by a listener: EADDRINUSE even with SO_REUSEADDR. */
	int t = socket(AF_INET, SOCK_STREAM, 0);
	CHECK_EQ(setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on), 0);
	CHECK_ERR(bind(t, (struct sockaddr *)&a, sizeof a), EADDRINUSE);
	/* A short address, the wrong family. */
	struct sockaddr_in any = loopback(0);
	CHECK_ERR(bind(t, (struct sockaddr *)&any, sizeof any - 1), EINVAL);
	any.sin_family = AF_INET6;
	CHECK_ERR(bind(t, (struct sockaddr *)&any, sizeof any), EAFNOSUPPORT);
	CHECK_ERR(connect(t, (struct sockaddr *)&a, 3), EINVAL);
	close(t);

	/* Nothing waiting: a non-blocking accept says EAGAIN. */
	int nb = fcntl(l, F_GETFL);
	CHECK_EQ(fcntl(l, F_SETFL, nb | O_NONBLOCK), 0);
	CHECK_ERR(accept(l, NULL, NULL), EAGAIN);
	CHECK_EQ(fcntl(l, F_SETFL, nb), 0);

	int c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	CHECK(c >= 0);
	CHECK_EQ(connect(c, (struct sockaddr *)&a, sizeof a), 0);
	CHECK_ERR(connect(c, (struct sockaddr *)&a, sizeof a), EISCONN);
	len = sizeof p;
	memset(&p, 0, sizeof p);
	int s = accept4(l, (struct sockaddr *)&p, &len, SOCK_CLOEXEC);
	CHECK(s >= 0);
	CHECK(fcntl(s, F_GETFD) & FD_CLOEXEC);
	CHECK_EQ(fcntl(s, F_GETFL) & O_NONBLOCK, 0);
	CHECK_EQ(len, sizeof p);
	CHECK_EQ(p.sin_family, AF_INET);
	CHECK_EQ(ntohl(p.sin_addr.s_addr), INADDR_LOOPBACK);
	struct sockaddr_in me;
	len = sizeof me;
	CHECK_EQ(getsockname(c, (struct sockaddr *)&me, &len), 0);
	CHECK_EQ(me.sin_port, p.sin_port);
	struct sockaddr_in peer;
	len = sizeof peer;
	CHECK_EQ(getpeername(c, (struct sockaddr *)&peer, &len), 0);
	CHECK_EQ(peer.sin_port, a.sin_port);
	CHECK_EQ(peer.sin_addr.s_addr, a.sin_addr.s_addr);
	len = sizeof peer;
	CHECK_EQ(getpeername(s, (struct sockaddr *)&peer, &len), 0);
	CHECK_EQ(peer.sin_port, me.sin_port);
	/* A short buffer: the name is cut, the full length reported. */
	len = 4;
	memset(&peer, 0, sizeof peer);
	CHECK_EQ(getpeername(s, (struct sockaddr *)&peer, &len), 0);
	CHECK_EQ(len, sizeof peer);
	CHECK_EQ(peer.sin_family, AF_INET);
	CHECK_EQ(peer.sin_addr.s_addr, 0);

	/* Data both ways. */
	on = 1;
	CHECK_EQ(setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on), 0);
	CHECK_EQ(send(c, "hello ", 6, 0), 6);
	CHECK_EQ(sendto(c, "world", 5, MSG_NOSIGNAL, NULL, 0), 5);
	CHECK_EQ(recv(s, buf, 11, MSG_WAITALL), 11);
	CHECK(memcmp(buf, "hello world", 11) == 0);
	CHECK_EQ(send(s, "reply", 5, 0), 5);
	CHECK_EQ(recv(c, buf, 2, MSG_PEEK | MSG_WAITALL), 2);
	CHECK_EQ(recvfrom(c, buf, 5, MSG_WAITALL, NULL, NULL), 5);
	CHECK(memcmp(buf, "reply", 5) == 0);
	CHECK_ERR(recv(c, buf, sizeof buf, MSG_DONTWAIT), EAGAIN);
	CHECK_EQ(sockatmark(c), 0);
	CHECK_EQ(sockatmark(s), 0);

	/* Half close: the reader sees the end, the other way still works. */
	CHECK_ERR(shutdown(c, 7), EINVAL);
	CHECK_EQ(shutdown(c, SHUT_WR), 0);
	CHECK_EQ(recv(s, buf, sizeof buf, 0), 0);
	CHECK_EQ(send(s, "still", 5, 0), 5);
	CHECK_EQ(recv(c, buf, 5, MSG_WAITALL), 5);
	CHECK_ERR(send(c, "x", 1, MSG_NOSIGNAL), EPIPE);
	CHECK_EQ(shutdown(s, SHUT_RDWR), 0);
	CHECK_EQ(recv(c, buf, sizeof buf, 0), 0);
	close(c);
	close(s);

	/* accept4 with SOCK_NONBLOCK; plain accept without an address. */
	c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	CHECK(c >= 0);
	CHECK(fcntl(c, F_GETFL) & O_NONBLOCK);
	int r = connect(c, (struct sockaddr *)&a, sizeof a);
	CHECK(r == 0 || errno == EINPROGRESS);
	s = accept4(l, NULL, NULL, SOCK_NONBLOCK);
	CHECK(s >= 0);
	CHECK(fcntl(s, F_GETFL) & O_NONBLOCK);
	CHECK_EQ(fcntl(s, F_GETFD) & FD_CLOEXEC, 0);
	close(s);
	close(c);
	c = socket(AF_INET, SOCK_STREAM, 0);
	CHECK_EQ(connect(c, (struct sockaddr *)&a, sizeof a), 0);
	s = accept(l, NULL, NULL);
	CHECK(s >= 0);
	CHECK_ERR(accept4(l, NULL, NULL, 0x7777), EINVAL);
	close(s);
	close(c);

	/* A bound socket that does not listen refuses connections. */
	int b = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in ba = loopback(0);
	CHECK_EQ(bind(b, (struct sockaddr *)&ba, sizeof ba), 0);
	len = sizeof ba;
	CHECK_EQ(getsockname(b, (struct sockaddr *)&ba, &len), 0);
	c = socket(AF_INET, SOCK_STREAM, 0);
	CHECK_ERR(connect(c, (struct sockaddr *)&ba, sizeof ba), ECONNREFUSED);
	close(c);
	close(b);
	close(l);

	ipv6();
	return 0;
}
