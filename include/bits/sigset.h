#ifndef _BITS_SIGSET_H
#define _BITS_SIGSET_H
/* sigset_t with glibc's layout: 1024 bits (128 bytes) on every arch, of
 * which the kernel reads the first 64. Shared by <signal.h> and <spawn.h>. */
#ifndef __FERRO_DEFINED_sigset_t
#define __FERRO_DEFINED_sigset_t
typedef struct {
	unsigned long __val[1024 / (8 * sizeof(unsigned long))];
} sigset_t;
#endif
#endif
