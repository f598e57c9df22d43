/* <sys/socket.h>: sockets (POSIX.1-2024), with Linux's constants and
 * glibc's structure layouts on every arch. */
#ifndef _SYS_SOCKET_H
#define _SYS_SOCKET_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <bits/iovec.h>
#include <bits/socklen.h>

__FERRO_BEGIN_DECLS
struct sockaddr {
	sa_family_t sa_family;
	char sa_data[14];
};

/* 128 bytes, aligned as long. */
struct sockaddr_storage {
	sa_family_t ss_family;
	char __ss_padding[128 - sizeof(unsigned short) - sizeof(unsigned long)];
	unsigned long __ss_align;
};

/* The counts are size_t, as the kernel reads them (POSIX says int and
 * socklen_t; glibc keeps the kernel's types). */
struct msghdr {
	void *msg_name;
	socklen_t msg_namelen;
	struct iovec *msg_iov;
	size_t msg_iovlen;
	void *msg_control;
	size_t msg_controllen;
	int msg_flags;
};

/* A control message: this header, then its data at CMSG_DATA. */
struct cmsghdr {
	size_t cmsg_len;
	int cmsg_level;
	int cmsg_type;
};

struct linger {
	int l_onoff;
	int l_linger;
};

#ifdef __FERRO_USE_GNU
struct mmsghdr {
	struct msghdr msg_hdr;
	unsigned int msg_len;
};

struct ucred {
	pid_t pid;
	uid_t uid;
	gid_t gid;
};
#endif

/* Control data is aligned as size_t. */
#define CMSG_ALIGN(len) \
	(((size_t)(len) + sizeof(size_t) - 1) & ~(size_t)(sizeof(size_t) - 1))
#define CMSG_SPACE(len) (CMSG_ALIGN(len) + CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_LEN(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + (size_t)(len))
#define CMSG_DATA(cmsg) ((unsigned char *)((struct cmsghdr *)(cmsg) + 1))
#define CMSG_FIRSTHDR(mhdr)                                              \
	((size_t)(mhdr)->msg_controllen >= sizeof(struct cmsghdr)        \
		 ? (struct cmsghdr *)(mhdr)->msg_control                 \
		 : (struct cmsghdr *)0)
#define CMSG_NXTHDR(mhdr, cmsg) __cmsg_nxthdr(mhdr, cmsg)
struct cmsghdr *__cmsg_nxthdr(struct msghdr *, struct cmsghdr *);

/* Address families. */
#define AF_UNSPEC 0
#define AF_FILE 1
#define AF_LOCAL 1
#define AF_UNIX 1
#define AF_INET 2
#define AF_AX25 3
#define AF_IPX 4
#define AF_APPLETALK 5
#define AF_NETROM 6
#define AF_BRIDGE 7
#define AF_ATMPVC 8
#define AF_X25 9
#define AF_INET6 10
#define AF_ROSE 11
#define AF_NETBEUI 13
#define AF_SECURITY 14
#define AF_KEY 15
#define AF_NETLINK 16
#define AF_ROUTE 16
#define AF_PACKET 17
#define AF_ASH 18
#define AF_ECONET 19
#define AF_ATMSVC 20
#define AF_RDS 21
#define AF_SNA 22
#define AF_IRDA 23
#define AF_PPPOX 24
#define AF_WANPIPE 25
#define AF_LLC 26
#define AF_IB 27
#define AF_MPLS 28
#define AF_CAN 29
#define AF_TIPC 30
#define AF_BLUETOOTH 31
#define AF_IUCV 32
#define AF_RXRPC 33
#define AF_ISDN 34
#define AF_PHONET 35
#define AF_IEEE802154 36
#define AF_CAIF 37
#define AF_ALG 38
#define AF_NFC 39
#define AF_VSOCK 40
#define AF_KCM 41
#define AF_QIPCRTR 42
#define AF_SMC 43
#define AF_XDP 44
#define AF_MCTP 45
#define AF_MAX 46

/* Protocol families: the address families' values. */
#define PF_ALG AF_ALG
#define PF_APPLETALK AF_APPLETALK
#define PF_ASH AF_ASH
#define PF_ATMPVC AF_ATMPVC
#define PF_ATMSVC AF_ATMSVC
#define PF_AX25 AF_AX25
#define PF_BLUETOOTH AF_BLUETOOTH
#define PF_BRIDGE AF_BRIDGE
#define PF_CAIF AF_CAIF
#define PF_CAN AF_CAN
#define PF_ECONET AF_ECONET
#define PF_FILE AF_FILE
#define PF_IB AF_IB
#define PF_IEEE802154 AF_IEEE802154
#define PF_INET AF_INET
#define PF_INET6 AF_INET6
#define PF_IPX AF_IPX
#define PF_IRDA AF_IRDA
#define PF_ISDN AF_ISDN
#define PF_IUCV AF_IUCV
#define PF_KCM AF_KCM
#define PF_KEY AF_KEY
#define PF_LLC AF_LLC
#define PF_LOCAL AF_LOCAL
#define PF_MAX AF_MAX
#define PF_MCTP AF_MCTP
#define PF_MPLS AF_MPLS
#define PF_NETBEUI AF_NETBEUI
#define PF_NETLINK AF_NETLINK
#define PF_NETROM AF_NETROM
#define PF_NFC AF_NFC
#define PF_PACKET AF_PACKET
#define PF_PHONET AF_PHONET
#define PF_PPPOX AF_PPPOX
#define PF_QIPCRTR AF_QIPCRTR
#define PF_RDS AF_RDS
#define PF_ROSE AF_ROSE
#define PF_ROUTE AF_ROUTE
#define PF_RXRPC AF_RXRPC
#define PF_SECURITY AF_SECURITY
#define PF_SMC AF_SMC
#define PF_SNA AF_SNA
#define PF_TIPC AF_TIPC
#define PF_UNIX AF_UNIX
#define PF_UNSPEC AF_UNSPEC
#define PF_VSOCK AF_VSOCK
#define PF_WANPIPE AF_WANPIPE
#define PF_X25 AF_X25
#define PF_XDP AF_XDP

/* Socket types, and the flags socket, socketpair and accept4 take with them. */
#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_RAW 3
#define SOCK_RDM 4
#define SOCK_SEQPACKET 5
#define SOCK_DCCP 6
#define SOCK_PACKET 10
#define SOCK_NONBLOCK 0x800
#define SOCK_CLOEXEC 0x80000

/* Flags of send and recv. */
#define MSG_OOB 0x1
#define MSG_PEEK 0x2
#define MSG_DONTROUTE 0x4
#define MSG_TRYHARD 0x4
#define MSG_CTRUNC 0x8
#define MSG_PROXY 0x10
#define MSG_TRUNC 0x20
#define MSG_DONTWAIT 0x40
#define MSG_EOR 0x80
#define MSG_WAITALL 0x100
#define MSG_FIN 0x200
#define MSG_SYN 0x400
#define MSG_CONFIRM 0x800
#define MSG_RST 0x1000
#define MSG_ERRQUEUE 0x2000
#define MSG_NOSIGNAL 0x4000
#define MSG_MORE 0x8000
#define MSG_WAITFORONE 0x10000
#define MSG_BATCH 0x40000
#define MSG_ZEROCOPY 0x4000000
#define MSG_FASTOPEN 0x20000000
#define MSG_CMSG_CLOEXEC 0x40000000

/* Option levels. */
#define SOL_SOCKET 1
#define SOL_RAW 255
#define SOL_DECNET 261
#define SOL_X25 262
#define SOL_PACKET 263
#define SOL_ATM 264
#define SOL_AAL 265
#define SOL_IRDA 266
#define SOL_NETBEUI 267
#define SOL_LLC 268
#define SOL_DCCP 269
#define SOL_NETLINK 270
#define SOL_TIPC 271
#define SOL_RXRPC 272
#define SOL_PPPOL2TP 273
#define SOL_BLUETOOTH 274
#define SOL_PNPIPE 275
#define SOL_RDS 276
#define SOL_IUCV 277
#define SOL_CAIF 278
#define SOL_ALG 279
#define SOL_NFC 280
#define SOL_KCM 281
#define SOL_TLS 282
#define SOL_XDP 283
#define SOL_MPTCP 284
#define SOL_MCTP 285
#define SOL_SMC 286

/* Socket options (SOL_SOCKET). */
#define SO_DEBUG 1
#define SO_REUSEADDR 2
#define SO_TYPE 3
#define SO_ERROR 4
#define SO_DONTROUTE 5
#define SO_BROADCAST 6
#define SO_SNDBUF 7
#define SO_RCVBUF 8
#define SO_KEEPALIVE 9
#define SO_OOBINLINE 10
#define SO_NO_CHECK 11
#define SO_PRIORITY 12
#define SO_LINGER 13
#define SO_BSDCOMPAT 14
#define SO_REUSEPORT 15
#define SO_PASSCRED 16
#define SO_PEERCRED 17
#define SO_RCVLOWAT 18
#define SO_SNDLOWAT 19
#define SO_RCVTIMEO_OLD 20
#define SO_SNDTIMEO_OLD 21
#define SO_SECURITY_AUTHENTICATION 22
#define SO_SECURITY_ENCRYPTION_TRANSPORT 23
#define SO_SECURITY_ENCRYPTION_NETWORK 24
#define SO_BINDTODEVICE 25
#define SO_ATTACH_FILTER 26
#define SO_GET_FILTER 26
#define SO_DETACH_BPF 27
#define SO_DETACH_FILTER 27
#define SO_PEERNAME 28
#define SO_TIMESTAMP_OLD 29
#define SO_ACCEPTCONN 30
#define SO_PEERSEC 31
#define SO_SNDBUFFORCE 32
#define SO_RCVBUFFORCE 33
#define SO_PASSSEC 34
#define SO_TIMESTAMPNS_OLD 35
#define SO_MARK 36
#define SO_TIMESTAMPING_OLD 37
#define SO_PROTOCOL 38
#define SO_DOMAIN 39
#define SO_RXQ_OVFL 40
#define SO_WIFI_STATUS 41
#define SO_PEEK_OFF 42
#define SO_NOFCS 43
#define SO_LOCK_FILTER 44
#define SO_SELECT_ERR_QUEUE 45
#define SO_BUSY_POLL 46
#define SO_MAX_PACING_RATE 47
#define SO_BPF_EXTENSIONS 48
#define SO_INCOMING_CPU 49
#define SO_ATTACH_BPF 50
#define SO_ATTACH_REUSEPORT_CBPF 51
#define SO_ATTACH_REUSEPORT_EBPF 52
#define SO_CNX_ADVICE 53
#define SO_MEMINFO 55
#define SO_INCOMING_NAPI_ID 56
#define SO_COOKIE 57
#define SO_PEERGROUPS 59
#define SO_ZEROCOPY 60
#define SO_TXTIME 61
#define SO_BINDTOIFINDEX 62
#define SO_TIMESTAMP_NEW 63
#define SO_TIMESTAMPNS_NEW 64
#define SO_TIMESTAMPING_NEW 65
#define SO_RCVTIMEO_NEW 66
#define SO_SNDTIMEO_NEW 67
#define SO_DETACH_REUSEPORT_BPF 68
#define SO_PREFER_BUSY_POLL 69
#define SO_BUSY_POLL_BUDGET 70
#define SO_NETNS_COOKIE 71
#define SO_BUF_LOCK 72
#define SO_RESERVE_MEM 73
#define SO_TXREHASH 74
#define SO_RCVMARK 75
/* The options that carry a time: time_t is 64-bit on every arch, so on
 * 32-bit arches they are the kernel's 64-bit-time ones. */
#if __SIZEOF_LONG__ == 4
# define SO_TIMESTAMP SO_TIMESTAMP_NEW
# define SO_TIMESTAMPNS SO_TIMESTAMPNS_NEW
# define SO_TIMESTAMPING SO_TIMESTAMPING_NEW
# define SO_RCVTIMEO SO_RCVTIMEO_NEW
# define SO_SNDTIMEO SO_SNDTIMEO_NEW
#else
# define SO_TIMESTAMP SO_TIMESTAMP_OLD
# define SO_TIMESTAMPNS SO_TIMESTAMPNS_OLD
# define SO_TIMESTAMPING SO_TIMESTAMPING_OLD
# define SO_RCVTIMEO SO_RCVTIMEO_OLD
# define SO_SNDTIMEO SO_SNDTIMEO_OLD
#endif

/* Control message types (SOL_SOCKET). */
#define SCM_RIGHTS 1
#ifdef __FERRO_USE_GNU
# define SCM_CREDENTIALS 2
#endif
#define SCM_TIMESTAMP SO_TIMESTAMP
#define SCM_TIMESTAMPNS SO_TIMESTAMPNS
#define SCM_TIMESTAMPING SO_TIMESTAMPING
#define SCM_WIFI_STATUS 41
#define SCM_TIMESTAMPING_OPT_STATS 54
#define SCM_TIMESTAMPING_PKTINFO 58
#define SCM_TXTIME 61

/* shutdown. */
#define SHUT_RD 0
#define SHUT_WR 1
#define SHUT_RDWR 2

/* The socket ioctls (Linux). */
#define SIOCATMARK 0x8905
#define SIOCGPGRP 0x8904
#define SIOCGSTAMP_OLD 0x8906
#define SIOCGSTAMPNS_OLD 0x8907
#define SIOCSPGRP 0x8902

/* The largest listen backlog (the kernel's default limit). */
#define SOMAXCONN 4096

int socket(int, int, int);
int socketpair(int, int, int, int[2]);
int bind(int, const struct sockaddr *, socklen_t);
int listen(int, int);
int accept(int, struct sockaddr *__FERRO_RESTRICT, socklen_t *__FERRO_RESTRICT);
int connect(int, const struct sockaddr *, socklen_t);
int shutdown(int, int);
ssize_t send(int, const void *, size_t, int);
ssize_t sendto(int, const void *, size_t, int, const struct sockaddr *, socklen_t);
ssize_t sendmsg(int, const struct msghdr *, int);
ssize_t recv(int, void *, size_t, int);
ssize_t recvfrom(int, void *__FERRO_RESTRICT, size_t, int,
		 struct sockaddr *__FERRO_RESTRICT, socklen_t *__FERRO_RESTRICT);
ssize_t recvmsg(int, struct msghdr *, int);
int getsockopt(int, int, int, void *__FERRO_RESTRICT, socklen_t *__FERRO_RESTRICT);
int setsockopt(int, int, int, const void *, socklen_t);
int getsockname(int, struct sockaddr *__FERRO_RESTRICT, socklen_t *__FERRO_RESTRICT);
int getpeername(int, struct sockaddr *__FERRO_RESTRICT, socklen_t *__FERRO_RESTRICT);
int sockatmark(int);
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_POSIX2024)
int accept4(int, struct sockaddr *__FERRO_RESTRICT, socklen_t *__FERRO_RESTRICT, int);
#endif
#ifdef __FERRO_USE_GNU
struct timespec;
int sendmmsg(int, struct mmsghdr *, unsigned int, int);
int recvmmsg(int, struct mmsghdr *, unsigned int, int, struct timespec *);
#endif
__FERRO_END_DECLS
#endif
