/* <rpc/netdb.h>: the RPC program number database (/etc/rpc), as glibc
 * declares it (Sun RPC's; the _r forms GNU). */
#ifndef _RPC_NETDB_H
#define _RPC_NETDB_H 1
#include <features.h>
#include <bits/alltypes.h>

__FERRO_BEGIN_DECLS
struct rpcent {
	char *r_name;
	char **r_aliases;
	int r_number;
};

void setrpcent(int);
void endrpcent(void);
struct rpcent *getrpcbyname(const char *);
struct rpcent *getrpcbynumber(int);
struct rpcent *getrpcent(void);
#ifdef __FERRO_USE_DEFAULT
int getrpcbyname_r(const char *, struct rpcent *, char *, size_t, struct rpcent **);
int getrpcbynumber_r(int, struct rpcent *, char *, size_t, struct rpcent **);
int getrpcent_r(struct rpcent *, char *, size_t, struct rpcent **);
#endif
__FERRO_END_DECLS
#endif
