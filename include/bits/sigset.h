#ifndef _BITS_SIGSET_H
#define _BITS_SIGSET_H
/* glibc's sigset_t: 1024 bits (128 bytes); the kernel uses the first 64,
 * signals 1 to 64. */
typedef struct {
	unsigned long __val[1024 / (8 * sizeof(unsigned long))];
} __sigset_t;
#endif
