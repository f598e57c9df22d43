/* <byteswap.h>: GNU bswap_16, bswap_32, bswap_64. */
#ifndef _BYTESWAP_H
#define _BYTESWAP_H 1
#include <stdint.h>

#define bswap_16(x) __builtin_bswap16(x)
#define bswap_32(x) __builtin_bswap32(x)
#define bswap_64(x) __builtin_bswap64(x)
#endif
