/* mbstate_t (glibc's 8 bytes: what the state holds, then its data), for
 * <wchar.h> and <uchar.h>. */
#ifndef __FERRO_DEFINED_mbstate_t
#define __FERRO_DEFINED_mbstate_t
typedef struct __mbstate_t {
	int __count;
	unsigned int __value;
} mbstate_t;
#endif
