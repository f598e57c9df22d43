/* <arpa/inet.h>: Internet address conversions (POSIX.1-2024; the classic
 * BSD ones under _DEFAULT_SOURCE). */
#ifndef _ARPA_INET_H
#define _ARPA_INET_H 1
#include <features.h>
#include <netinet/in.h>

__FERRO_BEGIN_DECLS
in_addr_t inet_addr(const char *);
char *inet_ntoa(struct in_addr);
const char *inet_ntop(int, const void *__FERRO_RESTRICT, char *__FERRO_RESTRICT, socklen_t);
int inet_pton(int, const char *__FERRO_RESTRICT, void *__FERRO_RESTRICT);
#ifdef __FERRO_USE_DEFAULT
int inet_aton(const char *, struct in_addr *);
in_addr_t inet_network(const char *);
struct in_addr inet_makeaddr(in_addr_t, in_addr_t);
in_addr_t inet_lnaof(struct in_addr);
in_addr_t inet_netof(struct in_addr);
#endif
__FERRO_END_DECLS
#endif
