/* <ifaddrs.h>: the interfaces' addresses (BSD, in glibc). */
#ifndef _IFADDRS_H
#define _IFADDRS_H 1
#include <features.h>
#include <sys/socket.h>

__FERRO_BEGIN_DECLS
struct ifaddrs {
	struct ifaddrs *ifa_next;
	char *ifa_name;
	unsigned int ifa_flags;
	struct sockaddr *ifa_addr;
	struct sockaddr *ifa_netmask;
	union {
		struct sockaddr *ifu_broadaddr;
		struct sockaddr *ifu_dstaddr;
	} ifa_ifu;
#ifndef ifa_broadaddr
# define ifa_broadaddr ifa_ifu.ifu_broadaddr
#endif
#ifndef ifa_dstaddr
# define ifa_dstaddr ifa_ifu.ifu_dstaddr
#endif
	void *ifa_data;
};

int getifaddrs(struct ifaddrs **);
void freeifaddrs(struct ifaddrs *);
__FERRO_END_DECLS
#endif
