/* <net/if.h>: if_nametoindex, if_indextoname, if_nameindex and
 * if_freenameindex against the kernel's own answers (the SIOCGIFINDEX,
 * SIOCGIFNAME and SIOCGIFFLAGS ioctls, /sys/class/net), the errnos
 * (ENODEV from if_nametoindex, ENXIO from if_indextoname), every
 * interface listed, down ones too; the IFF_* flags, and the layouts of
 * struct if_nameindex, ifreq (with its ifr_* members), ifmap and ifconf,
 * used through SIOCGIFFLAGS, SIOCGIFMTU and SIOCGIFCONF. */
#define _GNU_SOURCE
#include "check.h"
#include <dirent.h>
#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#define L (sizeof(long))
_Static_assert(IF_NAMESIZE == 16 && IFNAMSIZ == 16 && IFHWADDRLEN == 6, "sizes");
_Static_assert(sizeof(struct if_nameindex) == 2 * L, "if_nameindex");
_Static_assert(offsetof(struct if_nameindex, if_name) == L, "if_name");
_Static_assert(sizeof(struct ifmap) == (L == 8 ? 24 : 16), "ifmap");
_Static_assert(offsetof(struct ifmap, mem_end) == L, "mem_end");
_Static_assert(offsetof(struct ifmap, base_addr) == 2 * L, "base_addr");
_Static_assert(offsetof(struct ifmap, irq) == 2 * L + 2, "irq");
_Static_assert(offsetof(struct ifmap, dma) == 2 * L + 3, "dma");
_Static_assert(offsetof(struct ifmap, port) == 2 * L + 4, "port");
_Static_assert(sizeof(struct ifreq) == 16 + 3 * L + (L == 8 ? 0 : 4), "ifreq");
_Static_assert(offsetof(struct ifreq, ifr_ifru) == 16, "ifr_ifru");
_Static_assert(offsetof(struct ifreq, ifr_name) == 0, "ifr_name");
_Static_assert(offsetof(struct ifreq, ifr_addr) == 16 && offsetof(struct ifreq, ifr_hwaddr) == 16, "ifr_addr");
_Static_assert(offsetof(struct ifreq, ifr_flags) == 16 && offsetof(struct ifreq, ifr_ifindex) == 16, "ifr_flags");
_Static_assert(offsetof(struct ifreq, ifr_map) == 16 && offsetof(struct ifreq, ifr_data) == 16, "ifr_map");
_Static_assert(sizeof(((struct ifreq *)0)->ifr_newname) == 16 && sizeof(((struct ifreq *)0)->ifr_slave) == 16, "names");
_Static_assert(sizeof(struct ifconf) == 2 * L, "ifconf");
_Static_assert(offsetof(struct ifconf, ifc_buf) == L && offsetof(struct ifconf, ifc_req) == L, "ifc_buf");

static int sock(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	CHECK(s >= 0);
	return s;
}

static int flags_of(int s, const char *name)
{
	struct ifreq r;
	memset(&r, 0, sizeof r);
	strcpy(r.ifr_name, name);
	CHECK_EQ(ioctl(s, SIOCGIFFLAGS, &r), 0);
	return (unsigned short)r.ifr_flags;
}

int main(void)
{
	CHECK_EQ(IFF_UP, 0x1);
	CHECK_EQ(IFF_BROADCAST, 0x2);
	CHECK_EQ(IFF_DEBUG, 0x4);
	CHECK_EQ(IFF_LOOPBACK, 0x8);
	CHECK_EQ(IFF_POINTOPOINT, 0x10);
	CHECK_EQ(IFF_NOTRAILERS, 0x20);
	CHECK_EQ(IFF_RUNNING, 0x40);
	CHECK_EQ(IFF_NOARP, 0x80);
	CHECK_EQ(IFF_PROMISC, 0x100);
	CHECK_EQ(IFF_ALLMULTI, 0x200);
	CHECK_EQ(IFF_MASTER, 0x400);
	CHECK_EQ(IFF_SLAVE, 0x800);
	CHECK_EQ(IFF_MULTICAST, 0x1000);
	CHECK_EQ(IFF_PORTSEL, 0x2000);
	CHECK_EQ(IFF_AUTOMEDIA, 0x4000);
	CHECK_EQ(IFF_DYNAMIC, 0x8000);

	int s = sock();
	/* lo, through the ioctls and the functions. */
	struct ifreq r;
	memset(&r, 0, sizeof r);
	strcpy(r.ifr_name, "lo");
	CHECK_EQ(ioctl(s, SIOCGIFINDEX, &r), 0);
	unsigned lo = if_nametoindex("lo");
	CHECK(lo != 0);
	CHECK_EQ(lo, (unsigned)r.ifr_ifindex);
	char buf[IF_NAMESIZE];
	memset(buf, 'x', sizeof buf);
	CHECK(if_indextoname(lo, buf) == buf);
	CHECK(strcmp(buf, "lo") == 0);
	int f = flags_of(s, "lo");
	CHECK((f & (IFF_UP | IFF_LOOPBACK)) == (IFF_UP | IFF_LOOPBACK));
	memset(&r, 0, sizeof r);
	strcpy(r.ifr_name, "lo");
	CHECK_EQ(ioctl(s, SIOCGIFMTU, &r), 0);
	CHECK(r.ifr_mtu > 0);

	/* Errors. */
	errno = 0;
	CHECK_EQ(if_nametoindex("nosuch-if0"), 0);
	CHECK_EQ(errno, ENODEV);
	errno = 0;
	CHECK_EQ(if_nametoindex("a-name-longer-than-ifnamsiz"), 0);
	CHECK_EQ(errno, ENODEV);
	errno = 0;
	CHECK_EQ(if_nametoindex("lo-too-long-xyz"), 0); /* 15 bytes: fits, no such */
	CHECK_EQ(errno, ENODEV);
	errno = 0;
	CHECK(if_indextoname(0x7ffffff0u, buf) == NULL);
	CHECK_EQ(errno, ENXIO);
	errno = 0;
	CHECK(if_indextoname(0, buf) == NULL);
	CHECK_EQ(errno, ENXIO);

	/* if_nameindex: every interface, each consistent with the others. */
	struct if_nameindex *ni = if_nameindex();
	CHECK(ni != NULL);
	int n = 0, saw_lo = 0, down = 0;
	for (struct if_nameindex *p = ni; p->if_index != 0; p++, n++) {
		CHECK(p->if_name != NULL);
		CHECK(strlen(p->if_name) > 0 && strlen(p->if_name) < IF_NAMESIZE);
		CHECK_EQ(if_nametoindex(p->if_name), p->if_index);
		CHECK(if_indextoname(p->if_index, buf) == buf);
		CHECK(strcmp(buf, p->if_name) == 0);
		for (struct if_nameindex *q = ni; q != p; q++) {
			CHECK(q->if_index != p->if_index);
			CHECK(strcmp(q->if_name, p->if_name) != 0);
		}
		if (p->if_index == lo) {
			CHECK(strcmp(p->if_name, "lo") == 0);
			saw_lo = 1;
		}
		if (!(flags_of(s, p->if_name) & IFF_UP))
			down++;
	}
	CHECK(saw_lo);
	CHECK(ni[n].if_name == NULL);
	/* The same set as /sys/class/net, when it is there. */
	DIR *d = opendir("/sys/class/net");
	if (d) {
		int m = 0;
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] == '.')
				continue;
			int found = 0;
			for (struct if_nameindex *p = ni; p->if_index != 0; p++)
				found |= strcmp(p->if_name, e->d_name) == 0;
			CHECK(found);
			m++;
		}
		closedir(d);
		CHECK_EQ(m, n);
	}
	if_freenameindex(ni);
	if (!down)
		t_puts(2, "net_if: no interface is down here; if_nameindex's down ones not seen\n");

	/* SIOCGIFCONF through struct ifconf: lo's 127.0.0.1 is in it. */
	struct ifreq reqs[64];
	struct ifconf c;
	c.ifc_len = sizeof reqs;
	c.ifc_req = reqs;
	CHECK_EQ(ioctl(s, SIOCGIFCONF, &c), 0);
	CHECK(c.ifc_len > 0 && c.ifc_len % (int)sizeof(struct ifreq) == 0);
	CHECK(c.ifc_buf == (char *)reqs);
	int have = 0;
	for (int i = 0; i < c.ifc_len / (int)sizeof(struct ifreq); i++) {
		struct sockaddr_in *a = (struct sockaddr_in *)&reqs[i].ifr_addr;
		CHECK(if_nametoindex(reqs[i].ifr_name) != 0);
		if (strcmp(reqs[i].ifr_name, "lo") == 0 && a->sin_family == AF_INET &&
		    a->sin_addr.s_addr == htonl(INADDR_LOOPBACK))
			have = 1;
	}
	CHECK(have);
	close(s);
	return 0;
}
