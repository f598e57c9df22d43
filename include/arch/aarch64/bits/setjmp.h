#ifndef _BITS_SETJMP_H
#define _BITS_SETJMP_H
/* The registers a jmp_buf holds on aarch64 (glibc's size and alignment). */
typedef unsigned long long __jmp_buf[22];
#endif
