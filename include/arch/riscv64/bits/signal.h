#ifndef _BITS_SIGNAL_H
#define _BITS_SIGNAL_H
/* The kernel's alternate-stack sizes for riscv64. */
#define MINSIGSTKSZ 2048
#define SIGSTKSZ 8192
#endif
