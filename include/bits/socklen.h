/* socklen_t and sa_family_t, shared by the socket headers. */
#ifndef _BITS_SOCKLEN_H
#define _BITS_SOCKLEN_H 1
typedef unsigned int socklen_t;
typedef unsigned short sa_family_t;
#endif
