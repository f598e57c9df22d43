/* <netinet/if_ether.h>: the kernel's Ethernet numbers and struct ethhdr;
 * under _DEFAULT_SOURCE also <net/ethernet.h>, <net/if_arp.h> and the
 * Ethernet ARP packet, as glibc. */
#ifndef __NETINET_IF_ETHER_H
#define __NETINET_IF_ETHER_H 1
#include <features.h>
#include <sys/types.h>
#include <bits/ether.h>

#ifdef __FERRO_USE_DEFAULT
# include <net/ethernet.h>
# include <net/if_arp.h>

__FERRO_BEGIN_DECLS
/* An ARP packet for IPv4 over Ethernet. */
struct ether_arp {
	struct arphdr ea_hdr;
	uint8_t arp_sha[ETH_ALEN];
	uint8_t arp_spa[4];
	uint8_t arp_tha[ETH_ALEN];
	uint8_t arp_tpa[4];
};
#define arp_hrd ea_hdr.ar_hrd
#define arp_pro ea_hdr.ar_pro
#define arp_hln ea_hdr.ar_hln
#define arp_pln ea_hdr.ar_pln
#define arp_op ea_hdr.ar_op

/* The Ethernet multicast address of an IPv4 multicast group (RFC 1112):
 * ipaddr points at the address (network order), enaddr at 6 bytes. */
#define ETHER_MAP_IP_MULTICAST(ipaddr, enaddr) \
	do { \
		(enaddr)[0] = 0x01; \
		(enaddr)[1] = 0x00; \
		(enaddr)[2] = 0x5e; \
		(enaddr)[3] = ((const uint8_t *)(ipaddr))[1] & 0x7f; \
		(enaddr)[4] = ((const uint8_t *)(ipaddr))[2]; \
		(enaddr)[5] = ((const uint8_t *)(ipaddr))[3]; \
	} while (0)
__FERRO_END_DECLS
#endif
#endif
