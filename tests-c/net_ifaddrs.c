/* <ifaddrs.h>: getifaddrs and freeifaddrs against the kernel's own
 * answers: loopback's AF_PACKET entry (its sockaddr_ll, statistics in
 * ifa_data), 127.0.0.1/255.0.0.0 and ::1/128 with IFF_UP|IFF_LOOPBACK;
 * one AF_PACKET entry per interface of if_nameindex, before the address
 * entries, with the SIOCGIFFLAGS flags; every IPv4 interface's
 * SIOCGIFADDR address (with its SIOCGIFNETMASK netmask and, when it has
 * IFF_BROADCAST, SIOCGIFBRDADDR broadcast address) among its entries;
 * IPv6 netmasks contiguous, link-local addresses scoped to their
 * interface; every name known to if_nametoindex; the struct layout. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#define P (sizeof(void *))
_Static_assert(sizeof(struct ifaddrs) == 7 * P, "ifaddrs");
_Static_assert(offsetof(struct ifaddrs, ifa_name) == P, "ifa_name");
_Static_assert(offsetof(struct ifaddrs, ifa_flags) == 2 * P, "ifa_flags");
_Static_assert(offsetof(struct ifaddrs, ifa_addr) == 3 * P, "ifa_addr");
_Static_assert(offsetof(struct ifaddrs, ifa_netmask) == 4 * P, "ifa_netmask");
_Static_assert(offsetof(struct ifaddrs, ifa_broadaddr) == 5 * P, "ifa_broadaddr");
_Static_assert(offsetof(struct ifaddrs, ifa_dstaddr) == 5 * P, "ifa_dstaddr");
_Static_assert(offsetof(struct ifaddrs, ifa_data) == 6 * P, "ifa_data");

/* The link-layer address as the kernel lays it out (netpacket/packet.h). */
struct ll {
	unsigned short family, protocol;
	int ifindex;
	unsigned short hatype;
	unsigned char pkttype, halen, addr[8];
};

static uint32_t in4(const struct sockaddr *sa)
{
	return ((const struct sockaddr_in *)sa)->sin_addr.s_addr;
}

static int ioctl_addr(int s, unsigned long req, const char *name, uint32_t *out)
{
	struct ifreq r;
	memset(&r, 0, sizeof r);
	strncpy(r.ifr_name, name, IFNAMSIZ - 1);
	if (ioctl(s, req, &r) != 0)
		return -1;
	CHECK_EQ(r.ifr_addr.sa_family, AF_INET);
	*out = in4(&r.ifr_addr);
	return 0;
}

int main(void)
{
	struct ifaddrs *list;
	CHECK_EQ(getifaddrs(&list), 0);
	CHECK(list != NULL);
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	CHECK(s >= 0);
	unsigned lo = if_nametoindex("lo");
	CHECK(lo != 0);
	int lo_packet = 0, lo4 = 0, lo6 = 0, n_packet = 0, seen_addr = 0;
	int have6 = access("/proc/net/if_inet6", F_OK) == 0;
	for (struct ifaddrs *a = list; a; a = a->ifa_next) {
		CHECK(a->ifa_name != NULL && a->ifa_name[0] != 0);
		CHECK(strlen(a->ifa_name) < IFNAMSIZ);
		CHECK(if_nametoindex(a->ifa_name) != 0);
		if (!a->ifa_addr)
			continue;
		int fam = a->ifa_addr->sa_family;
		int is_lo = strcmp(a->ifa_name, "lo") == 0;
		if (is_lo)
			CHECK((a->ifa_flags & (IFF_UP | IFF_LOOPBACK)) == (IFF_UP | IFF_LOOPBACK));
		if (fam == AF_PACKET) {
			CHECK(!seen_addr); /* the link entries come first */
			n_packet++;
			const struct ll *l = (const struct ll *)a->ifa_addr;
			CHECK_EQ(l->ifindex, (int)if_nametoindex(a->ifa_name));
			CHECK(l->halen <= 8);
			CHECK(a->ifa_netmask == NULL);
			CHECK(a->ifa_data != NULL);
			struct ifreq r;
			memset(&r, 0, sizeof r);
			strcpy(r.ifr_name, a->ifa_name);
			CHECK_EQ(ioctl(s, SIOCGIFFLAGS, &r), 0);
			CHECK_EQ(a->ifa_flags & 0xffff, (unsigned short)r.ifr_flags);
			if (is_lo) {
				lo_packet = 1;
				CHECK_EQ(l->hatype, 772); /* ARPHRD_LOOPBACK */
				CHECK_EQ(l->ifindex, (int)lo);
			}
			if (a->ifa_broadaddr)
				CHECK_EQ(a->ifa_broadaddr->sa_family, AF_PACKET);
		} else if (fam == AF_INET) {
			seen_addr = 1;
			CHECK(a->ifa_netmask != NULL);
			CHECK_EQ(a->ifa_netmask->sa_family, AF_INET);
			uint32_t m = ntohl(in4(a->ifa_netmask));
			CHECK((~m & (~m + 1)) == 0); /* contiguous */
			if (is_lo && in4(a->ifa_addr) == htonl(INADDR_LOOPBACK)) {
				lo4 = 1;
				CHECK_EQ(ntohl(in4(a->ifa_netmask)), 0xff000000u);
			}
			if ((a->ifa_flags & IFF_BROADCAST) && a->ifa_broadaddr) {
				CHECK_EQ(a->ifa_broadaddr->sa_family, AF_INET);
			}
		} else if (fam == AF_INET6) {
			seen_addr = 1;
			const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)a->ifa_addr;
			CHECK(a->ifa_netmask != NULL);
			CHECK_EQ(a->ifa_netmask->sa_family, AF_INET6);
			const unsigned char *m = ((const struct sockaddr_in6 *)a->ifa_netmask)->sin6_addr.s6_addr;
			int zero = 0;
			for (int i = 0; i < 16; i++) {
				for (int b = 7; b >= 0; b--) {
					if (!(m[i] >> b & 1))
						zero = 1;
					else
						CHECK(!zero);
				}
			}
			if (IN6_IS_ADDR_LINKLOCAL(&a6->sin6_addr))
				CHECK_EQ(a6->sin6_scope_id, if_nametoindex(a->ifa_name));
			else
				CHECK_EQ(a6->sin6_scope_id, 0);
			if (is_lo && IN6_IS_ADDR_LOOPBACK(&a6->sin6_addr)) {
				lo6 = 1;
				for (int i = 0; i < 16; i++)
					CHECK_EQ(m[i], 0xff);
			}
		}
	}
	CHECK(lo_packet);
	CHECK(lo4);
	if (have6)
		CHECK(lo6);
	else
		t_puts(2, "net_ifaddrs: no IPv6 here; ::1 not checked\n");

	/* One AF_PACKET entry per interface. */
	struct if_nameindex *ni = if_nameindex();
	CHECK(ni != NULL);
	int n = 0;
	for (struct if_nameindex *p = ni; p->if_index; p++, n++) {
		int found = 0;
		for (struct ifaddrs *a = list; a; a = a->ifa_next)
			if (a->ifa_addr && a->ifa_addr->sa_family == AF_PACKET && strcmp(a->ifa_name, p->if_name) == 0)
				found++;
		CHECK_EQ(found, 1);
	}
	CHECK_EQ(n, n_packet);
	if_freenameindex(ni);

	/* Every interface with an IPv4 address: SIOCGIFADDR's address is
	 * among its entries, with SIOCGIFNETMASK's mask (and SIOCGIFBRDADDR's
	 * broadcast address when the interface broadcasts). */
	for (struct ifaddrs *a = list; a; a = a->ifa_next) {
		if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET)
			continue;
		uint32_t addr, mask, brd;
		CHECK_EQ(ioctl_addr(s, SIOCGIFADDR, a->ifa_name, &addr), 0);
		CHECK_EQ(ioctl_addr(s, SIOCGIFNETMASK, a->ifa_name, &mask), 0);
		int found = 0;
		for (struct ifaddrs *b = list; b; b = b->ifa_next) {
			if (!b->ifa_addr || b->ifa_addr->sa_family != AF_INET || strcmp(b->ifa_name, a->ifa_name) != 0 ||
			    in4(b->ifa_addr) != addr)
				continue;
			found = 1;
			CHECK_EQ(in4(b->ifa_netmask), mask);
			if ((b->ifa_flags & IFF_BROADCAST) && ioctl_addr(s, SIOCGIFBRDADDR, b->ifa_name, &brd) == 0 && brd) {
				CHECK(b->ifa_broadaddr != NULL);
				CHECK_EQ(in4(b->ifa_broadaddr), brd);
			}
		}
		CHECK(found);
	}
	close(s);
	freeifaddrs(list);
	return 0;
}
