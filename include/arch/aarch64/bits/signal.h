#ifndef _BITS_SIGNAL_H
#define _BITS_SIGNAL_H
/* The kernel's alternate-stack sizes for aarch64. */
#define MINSIGSTKSZ 5120
#define SIGSTKSZ 16384
#endif
