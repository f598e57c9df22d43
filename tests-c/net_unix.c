/* AF_UNIX socketpair: stream and datagram pairs (SOCK_CLOEXEC,
 * SOCK_NONBLOCK), send/recv with MSG_PEEK, MSG_DONTWAIT and MSG_TRUNC,
 * descriptor passing with SCM_RIGHTS through sendmsg/recvmsg and the CMSG
 * macros, SCM_CREDENTIALS beside it (CMSG_NXTHDR over two messages),
 * MSG_CTRUNC, SO_PEERCRED, and CMSG_NXTHDR's bounds on a crafted buffer. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

static void send_fds(int s, const int *fds, int n, int with_cred)
{
	union {
		char buf[CMSG_SPACE(4 * sizeof(int)) + CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} u;
	memset(&u, 0, sizeof u);
	char byte = 'x';
	struct iovec iov = {&byte, 1};
	struct msghdr m = {0};
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = u.buf;
	m.msg_controllen = CMSG_SPACE(n * sizeof(int)) + (with_cred ? CMSG_SPACE(sizeof(struct ucred)) : 0);
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	CHECK(c == (struct cmsghdr *)u.buf);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(n * sizeof(int));
	memcpy(CMSG_DATA(c), fds, n * sizeof(int));
	CHECK((unsigned char *)CMSG_DATA(c) == (unsigned char *)c + CMSG_LEN(0));
	if (with_cred) {
		c = CMSG_NXTHDR(&m, c);
		CHECK(c != NULL);
		CHECK((char *)c == u.buf + CMSG_SPACE(n * sizeof(int)));
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_CREDENTIALS;
		c->cmsg_len = CMSG_LEN(sizeof(struct ucred));
		struct ucred cr = {getpid(), getuid(), getgid()};
		memcpy(CMSG_DATA(c), &cr, sizeof cr);
	}
	CHECK(CMSG_NXTHDR(&m, c) == NULL);
	CHECK_EQ(sendmsg(s, &m, 0), 1);
}

int main(void)
{
	int sv[2];
	char buf[64];

	/* A stream pair, close-on-exec. */
	CHECK_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
	CHECK(fcntl(sv[0], F_GETFD) & FD_CLOEXEC);
	CHECK(fcntl(sv[1], F_GETFD) & FD_CLOEXEC);
	CHECK_EQ(send(sv[0], "hello", 5, 0), 5);
	CHECK_EQ(recv(sv[1], buf, 2, MSG_PEEK), 2);
	CHECK(memcmp(buf, "he", 2) == 0);
	CHECK_EQ(recv(sv[1], buf, sizeof buf, 0), 5);
	CHECK(memcmp(buf, "hello", 5) == 0);
	CHECK_ERR(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), EAGAIN);
	CHECK_EQ(write(sv[1], "back", 4), 4);
	CHECK_EQ(read(sv[0], buf, sizeof buf), 4);

	/* The peer's credentials. */
	struct ucred cr;
	socklen_t len = sizeof cr;
	CHECK_EQ(getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &len), 0);
	CHECK_EQ(len, sizeof cr);
	CHECK_EQ(cr.pid, getpid());
	CHECK_EQ(cr.uid, getuid());
	CHECK_EQ(cr.gid, getgid());

	/* An unnamed pair has an AF_UNIX name of just the family. */
	struct sockaddr_un un;
	len = sizeof un;
	CHECK_EQ(getsockname(sv[0], (struct sockaddr *)&un, &len), 0);
	CHECK_EQ(un.sun_family, AF_UNIX);
	CHECK_EQ(len, sizeof(sa_family_t));

	/* Descriptor passing: a pipe's two ends go over the socket. */
	int p[2];
	CHECK_EQ(pipe(p), 0);
	send_fds(sv[0], p, 2, 0);
	union {
		char buf[CMSG_SPACE(4 * sizeof(int)) + CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} u;
	char byte = 0;
	struct iovec iov = {&byte, 1};
	struct msghdr m = {0};
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = u.buf;
	m.msg_controllen = sizeof u.buf;
	CHECK_EQ(recvmsg(sv[1], &m, MSG_CMSG_CLOEXEC), 1);
	CHECK_EQ(byte, 'x');
	CHECK_EQ(m.msg_flags & MSG_CTRUNC, 0);
	CHECK_EQ(m.msg_controllen, CMSG_SPACE(2 * sizeof(int)));
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	CHECK(c != NULL);
	CHECK_EQ(c->cmsg_level, SOL_SOCKET);
	CHECK_EQ(c->cmsg_type, SCM_RIGHTS);
	CHECK_EQ(c->cmsg_len, CMSG_LEN(2 * sizeof(int)));
	int got[2];
	memcpy(got, CMSG_DATA(c), sizeof got);
	CHECK(CMSG_NXTHDR(&m, c) == NULL);
	CHECK(got[0] != p[0] && got[1] != p[1] && got[0] >= 0 && got[1] >= 0);
	CHECK(fcntl(got[0], F_GETFD) & FD_CLOEXEC);
	CHECK_EQ(write(got[1], "via", 3), 3);
	CHECK_EQ(read(p[0], buf, sizeof buf), 3);
	CHECK(memcmp(buf, "via", 3) == 0);
	CHECK_EQ(write(p[1], "back", 4), 4);
	CHECK_EQ(read(got[0], buf, sizeof buf), 4);
	close(got[0]);
	close(got[1]);

	/* Rights and credentials in one message: CMSG_NXTHDR walks both. */
	int on = 1;
	CHECK_EQ(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on), 0);
	send_fds(sv[0], p, 1, 1);
	m.msg_controllen = sizeof u.buf;
	m.msg_flags = 0;
	CHECK_EQ(recvmsg(sv[1], &m, 0), 1);
	int rights = 0, creds = 0;
	for (c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
		CHECK_EQ(c->cmsg_level, SOL_SOCKET);
		if (c->cmsg_type == SCM_RIGHTS) {
			rights++;
			CHECK_EQ(c->cmsg_len, CMSG_LEN(sizeof(int)));
			int fd;
			memcpy(&fd, CMSG_DATA(c), sizeof fd);
			CHECK(fd >= 0);
			CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, 0);
			close(fd);
		} else if (c->cmsg_type == SCM_CREDENTIALS) {
			creds++;
			CHECK_EQ(c->cmsg_len, CMSG_LEN(sizeof(struct ucred)));
			memcpy(&cr, CMSG_DATA(c), sizeof cr);
			CHECK_EQ(cr.pid, getpid());
			CHECK_EQ(cr.uid, getuid());
		}
	}
	CHECK_EQ(rights, 1);
	CHECK_EQ(creds, 1);
	on = 0;
	CHECK_EQ(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on), 0);

	/* No room for the rights: MSG_CTRUNC, and the descriptors dropped. */
	send_fds(sv[0], p, 2, 0);
	m.msg_control = NULL;
	m.msg_controllen = 0;
	m.msg_flags = 0;
	CHECK_EQ(recvmsg(sv[1], &m, 0), 1);
	CHECK(m.msg_flags & MSG_CTRUNC);
	close(sv[0]);
	close(sv[1]);

	/* A datagram pair keeps message boundaries; MSG_TRUNC. */
	CHECK_EQ(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0, sv), 0);
	CHECK(fcntl(sv[0], F_GETFL) & O_NONBLOCK);
	CHECK_EQ(send(sv[0], "one", 3, 0), 3);
	CHECK_EQ(send(sv[0], "second", 6, 0), 6);
	CHECK_EQ(recv(sv[1], buf, sizeof buf, 0), 3);
	CHECK_EQ(recv(sv[1], buf, 2, MSG_TRUNC), 6);
	CHECK_ERR(recv(sv[1], buf, sizeof buf, 0), EAGAIN);
	struct iovec two[2] = {{(char *)"ab", 2}, {(char *)"cde", 3}};
	m = (struct msghdr){0};
	m.msg_iov = two;
	m.msg_iovlen = 2;
	CHECK_EQ(sendmsg(sv[1], &m, 0), 5);
	memset(buf, 0, sizeof buf);
	struct iovec in = {buf, 4};
	m.msg_iov = &in;
	m.msg_iovlen = 1;
	CHECK_EQ(recvmsg(sv[0], &m, 0), 4);
	CHECK(m.msg_flags & MSG_TRUNC);
	CHECK(memcmp(buf, "abcd", 4) == 0);
	close(sv[0]);
	close(sv[1]);

	/* A seqpacket pair. */
	CHECK_EQ(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
	CHECK_EQ(send(sv[0], "pkt", 3, MSG_NOSIGNAL), 3);
	CHECK_EQ(recv(sv[1], buf, sizeof buf, 0), 3);
	CHECK_EQ(shutdown(sv[0], SHUT_WR), 0);
	CHECK_EQ(recv(sv[1], buf, sizeof buf, 0), 0);
	close(sv[0]);
	close(sv[1]);

	/* Errors: no such family, type or protocol for a pair; a bad array. */
	CHECK_ERR(socketpair(AF_INET, SOCK_STREAM, 0, sv), EOPNOTSUPP);
	CHECK_ERR(socketpair(AF_UNIX, SOCK_STREAM, 0, NULL), EFAULT);
	CHECK_ERR(socketpair(AF_UNIX, SOCK_STREAM, 5, sv), EPROTONOSUPPORT);

	/* CMSG_NXTHDR stops where the next header or its length overruns. */
	union {
		char b[3 * CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} cb;
	memset(&cb, 0, sizeof cb);
	m = (struct msghdr){0};
	m.msg_control = cb.b;
	m.msg_controllen = sizeof cb.b;
	c = CMSG_FIRSTHDR(&m);
	c->cmsg_len = CMSG_LEN(sizeof(int));
	struct cmsghdr *c2 = CMSG_NXTHDR(&m, c);
	CHECK((char *)c2 == cb.b + CMSG_SPACE(sizeof(int)));
	c2->cmsg_len = CMSG_LEN(sizeof(int));
	struct cmsghdr *c3 = CMSG_NXTHDR(&m, c2);
	CHECK((char *)c3 == cb.b + 2 * CMSG_SPACE(sizeof(int)));
	c3->cmsg_len = CMSG_LEN(sizeof(int));
	CHECK(CMSG_NXTHDR(&m, c3) == NULL);
	c2->cmsg_len = 2 * CMSG_SPACE(sizeof(int)); /* claims more than is left */
	CHECK(CMSG_NXTHDR(&m, c2) == NULL);
	c2->cmsg_len = sizeof(struct cmsghdr) - 1; /* too short to be a header */
	CHECK(CMSG_NXTHDR(&m, c2) == NULL);
	c2->cmsg_len = CMSG_LEN(sizeof(int));
	c3->cmsg_len = 4 * CMSG_SPACE(sizeof(int)); /* the next one's own length is its reader's business */
	CHECK(CMSG_NXTHDR(&m, c2) == c3);
	m.msg_controllen = CMSG_SPACE(sizeof(int)) + sizeof(struct cmsghdr) - 1;
	CHECK(CMSG_NXTHDR(&m, c) == NULL);
	m.msg_controllen = sizeof(struct cmsghdr) - 1;
	CHECK(CMSG_FIRSTHDR(&m) == NULL);
	m.msg_controllen = sizeof(struct cmsghdr);
	CHECK(CMSG_FIRSTHDR(&m) == c);
	return 0;
}
