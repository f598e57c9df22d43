/* UDP over 127.0.0.1: sendto/recvfrom with and without addresses,
 * connected send/recv, sendmmsg (every message's msg_len) and recvmmsg
 * (MSG_WAITFORONE, MSG_DONTWAIT, a timeout that comes back no larger;
 * qemu-user loops recvmsg and ignores the timeout, so it is not judged
 * further),
 * MSG_TRUNC, a datagram cut to the buffer. Loopback only. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <netinet/in.h>
#include <netinet/udp.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int bound(struct sockaddr_in *a)
{
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);
	CHECK(s >= 0);
	memset(a, 0, sizeof *a);
	a->sin_family = AF_INET;
	a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	CHECK_EQ(bind(s, (struct sockaddr *)a, sizeof *a), 0);
	socklen_t len = sizeof *a;
	CHECK_EQ(getsockname(s, (struct sockaddr *)a, &len), 0);
	CHECK(a->sin_port != 0);
	return s;
}

int main(void)
{
	struct sockaddr_in ra, sa, from;
	int r = bound(&ra), s = bound(&sa);
	char buf[64];

	CHECK_EQ(sendto(s, "ping", 4, 0, (struct sockaddr *)&ra, sizeof ra), 4);
	socklen_t len = sizeof from;
	memset(&from, 0, sizeof from);
	CHECK_EQ(recvfrom(r, buf, sizeof buf, 0, (struct sockaddr *)&from, &len), 4);
	CHECK(memcmp(buf, "ping", 4) == 0);
	CHECK_EQ(len, sizeof from);
	CHECK_EQ(from.sin_family, AF_INET);
	CHECK_EQ(from.sin_port, sa.sin_port);
	CHECK_EQ(from.sin_addr.s_addr, htonl(INADDR_LOOPBACK));

	/* A datagram longer than the buffer: cut, or its length with MSG_TRUNC. */
	CHECK_EQ(sendto(s, "0123456789", 10, 0, (struct sockaddr *)&ra, sizeof ra), 10);
	CHECK_EQ(recvfrom(r, buf, 4, 0, NULL, NULL), 4);
	CHECK_EQ(sendto(s, "0123456789", 10, 0, (struct sockaddr *)&ra, sizeof ra), 10);
	CHECK_EQ(recv(r, buf, 4, MSG_TRUNC), 10);
	CHECK_ERR(recv(r, buf, sizeof buf, MSG_DONTWAIT), EAGAIN);
	/* No address on an unconnected socket. */
	CHECK_ERR(send(s, "x", 1, 0), EDESTADDRREQ);
	CHECK_ERR(sendto(s, "x", 1, 0, (struct sockaddr *)&ra, 3), EINVAL);

	/* Connected: send and recv. */
	CHECK_EQ(connect(s, (struct sockaddr *)&ra, sizeof ra), 0);
	CHECK_EQ(send(s, "conn", 4, 0), 4);
	CHECK_EQ(recv(r, buf, sizeof buf, 0), 4);
	CHECK(memcmp(buf, "conn", 4) == 0);

	/* sendmmsg: three datagrams in one call. */
	struct iovec iov[3] = {{(char *)"a", 1}, {(char *)"bb", 2}, {(char *)"ccc", 3}};
	struct mmsghdr mm[3];
	memset(mm, 0, sizeof mm);
	for (int i = 0; i < 3; i++) {
		mm[i].msg_hdr.msg_iov = &iov[i];
		mm[i].msg_hdr.msg_iovlen = 1;
	}
	CHECK_EQ(sendmmsg(s, mm, 3, 0), 3);
	CHECK_EQ(mm[0].msg_len, 1);
	CHECK_EQ(mm[1].msg_len, 2);
	CHECK_EQ(mm[2].msg_len, 3);

	/* recvmmsg: all three, with their senders. */
	char rb[4][8];
	struct iovec riov[4];
	struct sockaddr_in names[4];
	struct mmsghdr rm[4];
	memset(rm, 0, sizeof rm);
	for (int i = 0; i < 4; i++) {
		riov[i].iov_base = rb[i];
		riov[i].iov_len = sizeof rb[i];
		rm[i].msg_hdr.msg_iov = &riov[i];
		rm[i].msg_hdr.msg_iovlen = 1;
		rm[i].msg_hdr.msg_name = &names[i];
		rm[i].msg_hdr.msg_namelen = sizeof names[i];
	}
	struct timespec to = {5, 0};
	CHECK_EQ(recvmmsg(r, rm, 4, MSG_WAITFORONE, &to), 3);
	CHECK(to.tv_sec >= 0 && to.tv_sec <= 5 && to.tv_nsec >= 0 && to.tv_nsec < 1000000000);
	for (int i = 0; i < 3; i++) {
		CHECK_EQ(rm[i].msg_len, i + 1);
		CHECK_EQ(rb[i][0], 'a' + i);
		CHECK_EQ(rm[i].msg_hdr.msg_namelen, sizeof names[i]);
		CHECK_EQ(names[i].sin_port, sa.sin_port);
	}
	/* Nothing queued: EAGAIN with MSG_DONTWAIT, with or without a timeout. */
	CHECK_ERR(recvmmsg(r, rm, 4, MSG_DONTWAIT, NULL), EAGAIN);
	to.tv_sec = 1;
	to.tv_nsec = 0;
	CHECK_ERR(recvmmsg(r, rm, 4, MSG_DONTWAIT, &to), EAGAIN);
	/* One queued, two asked for without a timeout: MSG_WAITFORONE returns it. */
	CHECK_EQ(send(s, "z", 1, 0), 1);
	CHECK_EQ(recvmmsg(r, rm, 2, MSG_WAITFORONE, NULL), 1);
	CHECK_EQ(rb[0][0], 'z');
	/* sendmmsg and recvmmsg on a bad descriptor. */
	CHECK_ERR(sendmmsg(-1, mm, 1, 0), EBADF);
	CHECK_ERR(recvmmsg(-1, rm, 1, 0, NULL), EBADF);

	/* Connected to a port nobody has: the error comes back on the socket. */
	struct sockaddr_in gone;
	int g = bound(&gone);
	close(g);
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	CHECK_EQ(connect(u, (struct sockaddr *)&gone, sizeof gone), 0);
	CHECK_EQ(send(u, "?", 1, 0), 1);
	/* The kernel rate-limits port-unreachable ICMP globally, loopback
	 * included (net.ipv4.icmp_msgs_per_sec), and tests running beside this
	 * one can use up the burst: send again now and then until one comes
	 * back. The pending error may surface on either call. */
	int e = 0;
	for (int i = 0; i < 400 && e == 0; i++) {
		if (recv(u, buf, sizeof buf, MSG_DONTWAIT) < 0 && errno == ECONNREFUSED)
			e = ECONNREFUSED;
		else if (i % 20 == 19 && send(u, "?", 1, 0) < 0 && errno == ECONNREFUSED)
			e = ECONNREFUSED;
		else
			usleep(5000);
	}
	CHECK_EQ(e, ECONNREFUSED);
	close(u);
	close(r);
	close(s);
	return 0;
}
