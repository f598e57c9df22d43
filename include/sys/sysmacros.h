/* <sys/sysmacros.h>: device numbers (glibc's encoding of dev_t: a 12-bit
 * and a 20-bit major half, an 8-bit and a 24-bit minor half). */
#ifndef _SYS_SYSMACROS_H
#define _SYS_SYSMACROS_H 1
#include <bits/alltypes.h>

#define major(dev) ((unsigned int)((((unsigned long long)(dev) >> 8) & 0xfff) | (((unsigned long long)(dev) >> 32) & ~0xfffu)))
#define minor(dev) ((unsigned int)(((unsigned long long)(dev) & 0xff) | (((unsigned long long)(dev) >> 12) & ~0xffu)))
#define makedev(ma, mi)                                                     \
	((((dev_t)(ma) & 0x00000fffu) << 8) | (((dev_t)(ma) & 0xfffff000u) << 32) \
	 | ((dev_t)(mi) & 0x000000ffu) | (((dev_t)(mi) & 0xffffff00u) << 12))
#endif
