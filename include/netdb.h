/* <netdb.h>: network database operations and name resolution
 * (POSIX.1-2024), with glibc's BSD and GNU additions. */
#ifndef _NETDB_H
#define _NETDB_H 1
#include <features.h>
#include <stdint.h>
#include <netinet/in.h>
#ifdef __FERRO_USE_DEFAULT
# include <rpc/netdb.h>
#endif

__FERRO_BEGIN_DECLS
#define IPPORT_RESERVED 1024

#if defined(__FERRO_USE_DEFAULT) || !defined(__FERRO_USE_XOPEN2K8)
/* The lookup status of the calling thread. */
int *__h_errno_location(void);
# define h_errno (*__h_errno_location())
# define HOST_NOT_FOUND 1
# define TRY_AGAIN 2
# define NO_RECOVERY 3
# define NO_DATA 4
#endif
#ifdef __FERRO_USE_DEFAULT
# define NETDB_INTERNAL -1
# define NETDB_SUCCESS 0
# define NO_ADDRESS NO_DATA
void herror(const char *);
const char *hstrerror(int);
#endif

struct hostent {
	char *h_name;
	char **h_aliases;
	int h_addrtype;
	int h_length;
	char **h_addr_list;
};
#ifdef __FERRO_USE_DEFAULT
# define h_addr h_addr_list[0]
#endif

struct netent {
	char *n_name;
	char **n_aliases;
	int n_addrtype;
	uint32_t n_net;
};

struct servent {
	char *s_name;
	char **s_aliases;
	int s_port;
	char *s_proto;
};

struct protoent {
	char *p_name;
	char **p_aliases;
	int p_proto;
};

void sethostent(int);
void endhostent(void);
struct hostent *gethostent(void);
struct hostent *gethostbyaddr(const void *, socklen_t, int);
struct hostent *gethostbyname(const char *);
void setnetent(int);
void endnetent(void);
struct netent *getnetent(void);
struct netent *getnetbyaddr(uint32_t, int);
struct netent *getnetbyname(const char *);
void setservent(int);
void endservent(void);
struct servent *getservent(void);
struct servent *getservbyname(const char *, const char *);
struct servent *getservbyport(int, const char *);
void setprotoent(int);
void endprotoent(void);
struct protoent *getprotoent(void);
struct protoent *getprotobyname(const char *);
struct protoent *getprotobynumber(int);

#ifdef __FERRO_USE_DEFAULT
struct hostent *gethostbyname2(const char *, int);
int gethostent_r(struct hostent *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t,
		 struct hostent **__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int gethostbyaddr_r(const void *__FERRO_RESTRICT, socklen_t, int, struct hostent *__FERRO_RESTRICT,
		    char *__FERRO_RESTRICT, size_t, struct hostent **__FERRO_RESTRICT,
		    int *__FERRO_RESTRICT);
int gethostbyname_r(const char *__FERRO_RESTRICT, struct hostent *__FERRO_RESTRICT,
		    char *__FERRO_RESTRICT, size_t, struct hostent **__FERRO_RESTRICT,
		    int *__FERRO_RESTRICT);
int gethostbyname2_r(const char *__FERRO_RESTRICT, int, struct hostent *__FERRO_RESTRICT,
		     char *__FERRO_RESTRICT, size_t, struct hostent **__FERRO_RESTRICT,
		     int *__FERRO_RESTRICT);
int getnetent_r(struct netent *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t,
		struct netent **__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int getnetbyaddr_r(uint32_t, int, struct netent *__FERRO_RESTRICT, char *__FERRO_RESTRICT,
		   size_t, struct netent **__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int getnetbyname_r(const char *__FERRO_RESTRICT, struct netent *__FERRO_RESTRICT,
		   char *__FERRO_RESTRICT, size_t, struct netent **__FERRO_RESTRICT,
		   int *__FERRO_RESTRICT);
int setnetgrent(const char *);
void endnetgrent(void);
int getnetgrent(char **__FERRO_RESTRICT, char **__FERRO_RESTRICT, char **__FERRO_RESTRICT);
int innetgr(const char *, const char *, const char *, const char *);
int getnetgrent_r(char **__FERRO_RESTRICT, char **__FERRO_RESTRICT, char **__FERRO_RESTRICT,
		  char *__FERRO_RESTRICT, size_t);
int getservent_r(struct servent *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t,
		 struct servent **__FERRO_RESTRICT);
int getservbyname_r(const char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
		    struct servent *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t,
		    struct servent **__FERRO_RESTRICT);
int getservbyport_r(int, const char *__FERRO_RESTRICT, struct servent *__FERRO_RESTRICT,
		    char *__FERRO_RESTRICT, size_t, struct servent **__FERRO_RESTRICT);
int getprotoent_r(struct protoent *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t,
		  struct protoent **__FERRO_RESTRICT);
int getprotobyname_r(const char *__FERRO_RESTRICT, struct protoent *__FERRO_RESTRICT,
		     char *__FERRO_RESTRICT, size_t, struct protoent **__FERRO_RESTRICT);
int getprotobynumber_r(int, struct protoent *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t,
		       struct protoent **__FERRO_RESTRICT);
#endif

#ifdef __FERRO_USE_XOPEN2K
struct addrinfo {
	int ai_flags;
	int ai_family;
	int ai_socktype;
	int ai_protocol;
	socklen_t ai_addrlen;
	struct sockaddr *ai_addr;
	char *ai_canonname;
	struct addrinfo *ai_next;
};

# define AI_PASSIVE 0x0001
# define AI_CANONNAME 0x0002
# define AI_NUMERICHOST 0x0004
# define AI_V4MAPPED 0x0008
# define AI_ALL 0x0010
# define AI_ADDRCONFIG 0x0020
# define AI_NUMERICSERV 0x0400

# define EAI_BADFLAGS -1
# define EAI_NONAME -2
# define EAI_AGAIN -3
# define EAI_FAIL -4
# define EAI_FAMILY -6
# define EAI_SOCKTYPE -7
# define EAI_SERVICE -8
# define EAI_MEMORY -10
# define EAI_SYSTEM -11
# define EAI_OVERFLOW -12
# ifdef __FERRO_USE_GNU
#  define EAI_NODATA -5
#  define EAI_ADDRFAMILY -9
#  define EAI_INPROGRESS -100
#  define EAI_CANCELED -101
#  define EAI_NOTCANCELED -102
#  define EAI_ALLDONE -103
#  define EAI_INTR -104
#  define EAI_IDN_ENCODE -105
# endif

# ifdef __FERRO_USE_DEFAULT
#  define NI_MAXHOST 1025
#  define NI_MAXSERV 32
# endif
# define NI_NUMERICHOST 1
# define NI_NUMERICSERV 2
# define NI_NOFQDN 4
# define NI_NAMEREQD 8
# define NI_DGRAM 16

int getaddrinfo(const char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
		const struct addrinfo *__FERRO_RESTRICT, struct addrinfo **__FERRO_RESTRICT);
void freeaddrinfo(struct addrinfo *);
const char *gai_strerror(int);
int getnameinfo(const struct sockaddr *__FERRO_RESTRICT, socklen_t, char *__FERRO_RESTRICT,
		socklen_t, char *__FERRO_RESTRICT, socklen_t, int);
#endif
__FERRO_END_DECLS
#endif
