/* <netinet/ether.h>: Ethernet address text and the /etc/ethers database
 * (GNU/BSD extensions). */
#ifndef _NETINET_ETHER_H
#define _NETINET_ETHER_H 1
#include <features.h>
#include <netinet/if_ether.h>
#include <net/ethernet.h>

__FERRO_BEGIN_DECLS
char *ether_ntoa(const struct ether_addr *);
char *ether_ntoa_r(const struct ether_addr *, char *);
struct ether_addr *ether_aton(const char *);
struct ether_addr *ether_aton_r(const char *, struct ether_addr *);
int ether_ntohost(char *, const struct ether_addr *);
int ether_hostton(const char *, struct ether_addr *);
int ether_line(const char *, struct ether_addr *, char *);
__FERRO_END_DECLS
#endif
