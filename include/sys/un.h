/* <sys/un.h>: Unix-domain socket addresses (POSIX.1-2024). */
#ifndef _SYS_UN_H
#define _SYS_UN_H 1
#include <features.h>
#include <bits/socklen.h>

__FERRO_BEGIN_DECLS
struct sockaddr_un {
	sa_family_t sun_family;
	char sun_path[108];
};

#ifdef __FERRO_USE_DEFAULT
# include <string.h>
/* The length of an address up to the end of its path's string. */
# define SUN_LEN(ptr) \
	((size_t)__builtin_offsetof(struct sockaddr_un, sun_path) + strlen((ptr)->sun_path))
#endif
__FERRO_END_DECLS
#endif
