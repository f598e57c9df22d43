/* The socket and Internet address structures have glibc's layout on
 * every arch (checked against glibc too), the CMSG_* macros glibc's
 * arithmetic, and the constants their Linux values. */
#define _GNU_SOURCE
#include "check.h"
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#define P sizeof(void *)
_Static_assert(sizeof(socklen_t) == 4 && (socklen_t)-1 > 0, "socklen_t");
_Static_assert(sizeof(sa_family_t) == 2 && (sa_family_t)-1 > 0, "sa_family_t");
_Static_assert(sizeof(struct sockaddr) == 16 && offsetof(struct sockaddr, sa_data) == 2, "sockaddr");
_Static_assert(sizeof(struct sockaddr_storage) == 128, "sockaddr_storage");
_Static_assert(_Alignof(struct sockaddr_storage) == _Alignof(long), "sockaddr_storage align");
_Static_assert(offsetof(struct sockaddr_storage, ss_family) == 0, "ss_family");
_Static_assert(offsetof(struct msghdr, msg_name) == 0, "msg_name");
_Static_assert(offsetof(struct msghdr, msg_namelen) == P, "msg_namelen");
_Static_assert(offsetof(struct msghdr, msg_iov) == 2 * P, "msg_iov");
_Static_assert(offsetof(struct msghdr, msg_iovlen) == 3 * P, "msg_iovlen");
_Static_assert(sizeof(((struct msghdr *)0)->msg_iovlen) == P, "msg_iovlen size_t");
_Static_assert(offsetof(struct msghdr, msg_control) == 4 * P, "msg_control");
_Static_assert(offsetof(struct msghdr, msg_controllen) == 5 * P, "msg_controllen");
_Static_assert(sizeof(((struct msghdr *)0)->msg_controllen) == P, "msg_controllen size_t");
_Static_assert(offsetof(struct msghdr, msg_flags) == 6 * P, "msg_flags");
_Static_assert(sizeof(struct msghdr) == 7 * P, "msghdr");
_Static_assert(offsetof(struct cmsghdr, cmsg_len) == 0, "cmsg_len");
_Static_assert(sizeof(((struct cmsghdr *)0)->cmsg_len) == P, "cmsg_len size_t");
_Static_assert(offsetof(struct cmsghdr, cmsg_level) == P, "cmsg_level");
_Static_assert(offsetof(struct cmsghdr, cmsg_type) == P + 4, "cmsg_type");
_Static_assert(sizeof(struct cmsghdr) == P + 8, "cmsghdr");
_Static_assert(offsetof(struct mmsghdr, msg_len) == 7 * P, "msg_len");
_Static_assert(sizeof(struct mmsghdr) == 8 * P, "mmsghdr");
_Static_assert(sizeof(struct linger) == 8 && offsetof(struct linger, l_linger) == 4, "linger");
_Static_assert(sizeof(struct ucred) == 12 && offsetof(struct ucred, uid) == 4 && offsetof(struct ucred, gid) == 8, "ucred");
_Static_assert(sizeof(struct iovec) == 2 * P && offsetof(struct iovec, iov_len) == P, "iovec");
_Static_assert(sizeof(struct sockaddr_un) == 110 && offsetof(struct sockaddr_un, sun_path) == 2, "sockaddr_un");

_Static_assert(sizeof(in_port_t) == 2 && sizeof(in_addr_t) == 4 && (in_addr_t)-1 > 0, "in types");
_Static_assert(sizeof(struct in_addr) == 4, "in_addr");
_Static_assert(sizeof(struct in6_addr) == 16 && _Alignof(struct in6_addr) == 4, "in6_addr");
_Static_assert(sizeof(struct sockaddr_in) == 16, "sockaddr_in");
_Static_assert(offsetof(struct sockaddr_in, sin_port) == 2, "sin_port");
_Static_assert(offsetof(struct sockaddr_in, sin_addr) == 4, "sin_addr");
_Static_assert(offsetof(struct sockaddr_in, sin_zero) == 8, "sin_zero");
_Static_assert(sizeof(struct sockaddr_in6) == 28, "sockaddr_in6");
_Static_assert(offsetof(struct sockaddr_in6, sin6_port) == 2, "sin6_port");
_Static_assert(offsetof(struct sockaddr_in6, sin6_flowinfo) == 4, "sin6_flowinfo");
_Static_assert(offsetof(struct sockaddr_in6, sin6_addr) == 8, "sin6_addr");
_Static_assert(offsetof(struct sockaddr_in6, sin6_scope_id) == 24, "sin6_scope_id");
_Static_assert(sizeof(struct ip_mreq) == 8 && offsetof(struct ip_mreq, imr_interface) == 4, "ip_mreq");
_Static_assert(sizeof(struct ip_mreqn) == 12 && offsetof(struct ip_mreqn, imr_ifindex) == 8, "ip_mreqn");
_Static_assert(sizeof(struct ip_mreq_source) == 12 && offsetof(struct ip_mreq_source, imr_sourceaddr) == 8, "ip_mreq_source");
_Static_assert(sizeof(struct ipv6_mreq) == 20 && offsetof(struct ipv6_mreq, ipv6mr_interface) == 16, "ipv6_mreq");
_Static_assert(sizeof(struct in_pktinfo) == 12 && offsetof(struct in_pktinfo, ipi_addr) == 8, "in_pktinfo");
_Static_assert(sizeof(struct in6_pktinfo) == 20 && offsetof(struct in6_pktinfo, ipi6_ifindex) == 16, "in6_pktinfo");
_Static_assert(sizeof(struct udphdr) == 8, "udphdr");
_Static_assert(offsetof(struct udphdr, uh_dport) == 2 && offsetof(struct udphdr, dest) == 2, "udphdr dport");
_Static_assert(offsetof(struct udphdr, uh_sum) == 6 && offsetof(struct udphdr, check) == 6, "udphdr check");

_Static_assert(sizeof(struct iphdr) == 20 && sizeof(struct ip) == 20, "ip headers");
_Static_assert(offsetof(struct iphdr, tos) == 1 && offsetof(struct ip, ip_tos) == 1, "tos");
_Static_assert(offsetof(struct iphdr, tot_len) == 2 && offsetof(struct ip, ip_len) == 2, "tot_len");
_Static_assert(offsetof(struct iphdr, frag_off) == 6 && offsetof(struct ip, ip_off) == 6, "frag_off");
_Static_assert(offsetof(struct iphdr, ttl) == 8 && offsetof(struct ip, ip_ttl) == 8, "ttl");
_Static_assert(offsetof(struct iphdr, protocol) == 9 && offsetof(struct ip, ip_p) == 9, "protocol");
_Static_assert(offsetof(struct iphdr, check) == 10 && offsetof(struct ip, ip_sum) == 10, "check");
_Static_assert(offsetof(struct iphdr, saddr) == 12 && offsetof(struct ip, ip_src) == 12, "saddr");
_Static_assert(offsetof(struct iphdr, daddr) == 16 && offsetof(struct ip, ip_dst) == 16, "daddr");

/* CMSG arithmetic: headers and data aligned as size_t. */
_Static_assert(CMSG_ALIGN(1) == P && CMSG_ALIGN(P) == P && CMSG_ALIGN(P + 1) == 2 * P, "CMSG_ALIGN");
_Static_assert(CMSG_LEN(4) == P + 8 + 4, "CMSG_LEN");
_Static_assert(CMSG_SPACE(4) == CMSG_ALIGN(P + 8) + P, "CMSG_SPACE");
_Static_assert(CMSG_SPACE(3 * sizeof(int)) == CMSG_ALIGN(sizeof(struct cmsghdr)) + CMSG_ALIGN(12), "CMSG_SPACE 3");

int main(void)
{
	/* Values fixed by the Linux ABI (glibc's and the kernel's). */
	CHECK_EQ(AF_UNSPEC, 0); CHECK_EQ(AF_UNIX, 1); CHECK_EQ(AF_LOCAL, 1); CHECK_EQ(AF_INET, 2);
	CHECK_EQ(AF_INET6, 10); CHECK_EQ(AF_NETLINK, 16); CHECK_EQ(AF_PACKET, 17); CHECK_EQ(AF_MAX, 46);
	CHECK_EQ(PF_INET, AF_INET); CHECK_EQ(PF_INET6, AF_INET6); CHECK_EQ(PF_UNIX, AF_UNIX);
	CHECK_EQ(SOCK_STREAM, 1); CHECK_EQ(SOCK_DGRAM, 2); CHECK_EQ(SOCK_RAW, 3); CHECK_EQ(SOCK_SEQPACKET, 5);
	CHECK_EQ(SOCK_NONBLOCK, 04000); CHECK_EQ(SOCK_CLOEXEC, 02000000);
	CHECK_EQ(SOL_SOCKET, 1); CHECK_EQ(SO_REUSEADDR, 2); CHECK_EQ(SO_TYPE, 3); CHECK_EQ(SO_ERROR, 4);
	CHECK_EQ(SO_RCVBUF, 8); CHECK_EQ(SO_LINGER, 13); CHECK_EQ(SO_PEERCRED, 17); CHECK_EQ(SO_REUSEPORT, 15);
	CHECK(SO_RCVTIMEO == (sizeof(time_t) == sizeof(long) ? 20 : 66));
	CHECK(SO_SNDTIMEO == (sizeof(time_t) == sizeof(long) ? 21 : 67));
	CHECK_EQ(SCM_RIGHTS, 1); CHECK_EQ(SCM_CREDENTIALS, 2);
	CHECK_EQ(MSG_OOB, 1); CHECK_EQ(MSG_PEEK, 2); CHECK_EQ(MSG_DONTWAIT, 0x40); CHECK_EQ(MSG_TRUNC, 0x20);
	CHECK_EQ(MSG_CTRUNC, 8); CHECK_EQ(MSG_WAITALL, 0x100); CHECK_EQ(MSG_NOSIGNAL, 0x4000);
	CHECK_EQ(MSG_WAITFORONE, 0x10000); CHECK_EQ(MSG_CMSG_CLOEXEC, 0x40000000);
	CHECK_EQ(SHUT_RD, 0); CHECK_EQ(SHUT_WR, 1); CHECK_EQ(SHUT_RDWR, 2);
	CHECK_EQ(SOMAXCONN, 4096);
	CHECK_EQ(IPPROTO_IP, 0); CHECK_EQ(IPPROTO_ICMP, 1); CHECK_EQ(IPPROTO_TCP, 6); CHECK_EQ(IPPROTO_UDP, 17);
	CHECK_EQ(IPPROTO_IPV6, 41); CHECK_EQ(IPPROTO_ICMPV6, 58); CHECK_EQ(IPPROTO_RAW, 255);
	CHECK_EQ(IP_TOS, 1); CHECK_EQ(IP_TTL, 2); CHECK_EQ(IP_ADD_MEMBERSHIP, 35);
	CHECK_EQ(IPV6_V6ONLY, 26); CHECK_EQ(IPV6_JOIN_GROUP, 20); CHECK_EQ(IPV6_UNICAST_HOPS, 16);
	CHECK_EQ(TCP_NODELAY, 1); CHECK_EQ(TCP_MAXSEG, 2); CHECK_EQ(TCP_KEEPIDLE, 4); CHECK_EQ(TCP_INFO, 11);
	CHECK_EQ(IPPORT_RESERVED, 1024); CHECK_EQ(IPPORT_USERRESERVED, 5000); CHECK_EQ(IPPORT_FTP, 21);
	CHECK_EQ(TCP_ESTABLISHED, 1); CHECK_EQ(TCP_LISTEN, 10); CHECK_EQ(TCP_CLOSING, 11); CHECK_EQ(TCP_CA_Loss, 4);
	CHECK_EQ(SOL_TCP, 6); CHECK_EQ(SOL_UDP, 17); CHECK_EQ(UDP_CORK, 1); CHECK_EQ(UDP_SEGMENT, 103);
	CHECK_EQ(INADDR_ANY, 0); CHECK_EQ(INADDR_LOOPBACK, 0x7f000001); CHECK_EQ(INADDR_BROADCAST, 0xffffffffu);
	CHECK_EQ(INADDR_NONE, 0xffffffffu); CHECK_EQ(INET_ADDRSTRLEN, 16); CHECK_EQ(INET6_ADDRSTRLEN, 46);
	CHECK(IN_CLASSA(0x7f000001) && IN_CLASSB(0x80000000) && IN_CLASSC(0xc0000000) && IN_MULTICAST(0xe0000001));
	CHECK(!IN_MULTICAST(0x7f000001) && IN_BADCLASS(0xf0000000) && IN_EXPERIMENTAL(0xf0000000));

	/* The IPv4 header: version in the high nibble of the first byte. */
	union {
		struct iphdr h;
		struct ip b;
		unsigned char raw[20];
	} ih;
	memset(&ih, 0, sizeof ih);
	ih.h.version = 4;
	ih.h.ihl = 5;
	CHECK_EQ(ih.raw[0], 0x45);
	CHECK_EQ(ih.b.ip_v, 4);
	CHECK_EQ(ih.b.ip_hl, 5);
	CHECK_EQ(IPVERSION, 4); CHECK_EQ(IP_DF, 0x4000); CHECK_EQ(IP_MF, 0x2000); CHECK_EQ(IP_OFFMASK, 0x1fff);
	CHECK_EQ(IP_MAXPACKET, 65535); CHECK_EQ(MAXTTL, 255); CHECK_EQ(IPDEFTTL, 64);
	CHECK_EQ(IPTOS_LOWDELAY, 0x10); CHECK_EQ(IPTOS_ECN_MASK, 3); CHECK_EQ(IPTOS_DSCP_EF, 0xb8);
	CHECK_EQ(IPTOS_TOS(0xff), 0x1e); CHECK_EQ(IPOPT_NUMBER(IPOPT_LSRR), 3); CHECK_EQ(IPOPT_RR, 7);

	/* SUN_LEN: the offset of sun_path plus the path's length. */
	struct sockaddr_un un = {AF_UNIX, "/tmp/x"};
	CHECK_EQ(SUN_LEN(&un), 2 + 6);

	/* The IPv6 address macros and objects. */
	static const struct in6_addr any = IN6ADDR_ANY_INIT, lo = IN6ADDR_LOOPBACK_INIT;
	CHECK(IN6_IS_ADDR_UNSPECIFIED(&any) && !IN6_IS_ADDR_LOOPBACK(&any));
	CHECK(IN6_IS_ADDR_LOOPBACK(&lo) && !IN6_IS_ADDR_UNSPECIFIED(&lo));
	CHECK(IN6_ARE_ADDR_EQUAL(&any, &in6addr_any) && IN6_ARE_ADDR_EQUAL(&lo, &in6addr_loopback));
	CHECK(!IN6_ARE_ADDR_EQUAL(&lo, &any));
	CHECK_EQ(in6addr_loopback.s6_addr[15], 1);
	struct in6_addr a = {{{0}}};
	a.s6_addr[10] = a.s6_addr[11] = 0xff;
	a.s6_addr[12] = 1;
	CHECK(IN6_IS_ADDR_V4MAPPED(&a) && !IN6_IS_ADDR_V4COMPAT(&a));
	a.s6_addr[10] = a.s6_addr[11] = 0;
	CHECK(IN6_IS_ADDR_V4COMPAT(&a) && !IN6_IS_ADDR_V4MAPPED(&a));
	CHECK(!IN6_IS_ADDR_V4COMPAT(&lo) && !IN6_IS_ADDR_V4COMPAT(&any));
	struct in6_addr ll = {{{0xfe, 0x80, [15] = 1}}}, sl = {{{0xfe, 0xc0, [15] = 1}}};
	CHECK(IN6_IS_ADDR_LINKLOCAL(&ll) && !IN6_IS_ADDR_SITELOCAL(&ll));
	CHECK(IN6_IS_ADDR_SITELOCAL(&sl) && !IN6_IS_ADDR_LINKLOCAL(&sl));
	struct in6_addr mc = {{{0xff, 0x02, [15] = 1}}};
	CHECK(IN6_IS_ADDR_MULTICAST(&mc) && IN6_IS_ADDR_MC_LINKLOCAL(&mc) && !IN6_IS_ADDR_MC_GLOBAL(&mc));
	mc.s6_addr[1] = 0x0e;
	CHECK(IN6_IS_ADDR_MC_GLOBAL(&mc) && !IN6_IS_ADDR_MC_SITELOCAL(&mc) && !IN6_IS_ADDR_MULTICAST(&ll));
	mc.s6_addr[1] = 0x15;
	CHECK(IN6_IS_ADDR_MC_SITELOCAL(&mc) && !IN6_IS_ADDR_MC_NODELOCAL(&mc) && !IN6_IS_ADDR_MC_ORGLOCAL(&mc));
	a.s6_addr32[0] = 0;
	CHECK_EQ(sizeof a.s6_addr16, 16);

	/* The byte order functions (network order is big-endian). */
	uint32_t l = htonl(0x01020304);
	CHECK_EQ(((unsigned char *)&l)[0], 1);
	CHECK_EQ(((unsigned char *)&l)[3], 4);
	uint16_t s = htons(0x0102);
	CHECK_EQ(((unsigned char *)&s)[0], 1);
	CHECK_EQ(ntohl(htonl(0xdeadbeef)), 0xdeadbeef);
	CHECK_EQ(ntohs(htons(0xbeef)), 0xbeef);
	uint32_t (*fl)(uint32_t) = htonl;
	uint16_t (*fs)(uint16_t) = ntohs;
	CHECK_EQ(fl(1), htonl(1));
	CHECK_EQ(fs(0x100), 1);
	return 0;
}
