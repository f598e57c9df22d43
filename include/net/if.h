/* <net/if.h>: network interface names and indexes (POSIX.1-2024), with
 * the Linux interface flags and glibc's ioctl request structures under
 * _DEFAULT_SOURCE. */
#ifndef _NET_IF_H
#define _NET_IF_H 1
#include <features.h>
#ifdef __FERRO_USE_DEFAULT
# include <sys/types.h>
# include <sys/socket.h>
#endif

__FERRO_BEGIN_DECLS
#define IF_NAMESIZE 16

struct if_nameindex {
	unsigned int if_index;
	char *if_name;
};

unsigned int if_nametoindex(const char *);
char *if_indextoname(unsigned int, char *);
struct if_nameindex *if_nameindex(void);
void if_freenameindex(struct if_nameindex *);

#ifdef __FERRO_USE_DEFAULT
/* As glibc: enumerators, each also a macro for #ifdef. */
enum {
	IFF_UP = 0x1,
#define IFF_UP IFF_UP
	IFF_BROADCAST = 0x2,
#define IFF_BROADCAST IFF_BROADCAST
	IFF_DEBUG = 0x4,
#define IFF_DEBUG IFF_DEBUG
	IFF_LOOPBACK = 0x8,
#define IFF_LOOPBACK IFF_LOOPBACK
	IFF_POINTOPOINT = 0x10,
#define IFF_POINTOPOINT IFF_POINTOPOINT
	IFF_NOTRAILERS = 0x20,
#define IFF_NOTRAILERS IFF_NOTRAILERS
	IFF_RUNNING = 0x40,
#define IFF_RUNNING IFF_RUNNING
	IFF_NOARP = 0x80,
#define IFF_NOARP IFF_NOARP
	IFF_PROMISC = 0x100,
#define IFF_PROMISC IFF_PROMISC
	IFF_ALLMULTI = 0x200,
#define IFF_ALLMULTI IFF_ALLMULTI
	IFF_MASTER = 0x400,
#define IFF_MASTER IFF_MASTER
	IFF_SLAVE = 0x800,
#define IFF_SLAVE IFF_SLAVE
	IFF_MULTICAST = 0x1000,
#define IFF_MULTICAST IFF_MULTICAST
	IFF_PORTSEL = 0x2000,
#define IFF_PORTSEL IFF_PORTSEL
	IFF_AUTOMEDIA = 0x4000,
#define IFF_AUTOMEDIA IFF_AUTOMEDIA
	IFF_DYNAMIC = 0x8000
#define IFF_DYNAMIC IFF_DYNAMIC
};

/* A device's hardware parameters (SIOCGIFMAP, SIOCSIFMAP). */
struct ifmap {
	unsigned long int mem_start;
	unsigned long int mem_end;
	unsigned short int base_addr;
	unsigned char irq;
	unsigned char dma;
	unsigned char port;
};

/* The argument of the SIOCGIF and SIOCSIF ioctls: a name, then one
 * request-specific value. */
#define IFHWADDRLEN 6
#define IFNAMSIZ IF_NAMESIZE
struct ifreq {
	union {
		char ifrn_name[IFNAMSIZ];
	} ifr_ifrn;
	union {
		struct sockaddr ifru_addr;
		struct sockaddr ifru_dstaddr;
		struct sockaddr ifru_broadaddr;
		struct sockaddr ifru_netmask;
		struct sockaddr ifru_hwaddr;
		short int ifru_flags;
		int ifru_ivalue;
		int ifru_mtu;
		struct ifmap ifru_map;
		char ifru_slave[IFNAMSIZ];
		char ifru_newname[IFNAMSIZ];
		char *ifru_data;
	} ifr_ifru;
};
#define ifr_name ifr_ifrn.ifrn_name
#define ifr_hwaddr ifr_ifru.ifru_hwaddr
#define ifr_addr ifr_ifru.ifru_addr
#define ifr_dstaddr ifr_ifru.ifru_dstaddr
#define ifr_broadaddr ifr_ifru.ifru_broadaddr
#define ifr_netmask ifr_ifru.ifru_netmask
#define ifr_flags ifr_ifru.ifru_flags
#define ifr_metric ifr_ifru.ifru_ivalue
#define ifr_mtu ifr_ifru.ifru_mtu
#define ifr_map ifr_ifru.ifru_map
#define ifr_slave ifr_ifru.ifru_slave
#define ifr_data ifr_ifru.ifru_data
#define ifr_ifindex ifr_ifru.ifru_ivalue
#define ifr_bandwidth ifr_ifru.ifru_ivalue
#define ifr_qlen ifr_ifru.ifru_ivalue
#define ifr_newname ifr_ifru.ifru_newname

/* The argument of SIOCGIFCONF: a buffer of struct ifreq. */
struct ifconf {
	int ifc_len;
	union {
		char *ifcu_buf;
		struct ifreq *ifcu_req;
	} ifc_ifcu;
};
#define ifc_buf ifc_ifcu.ifcu_buf
#define ifc_req ifc_ifcu.ifcu_req
#endif
__FERRO_END_DECLS
#endif
