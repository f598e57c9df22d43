#ifndef _BITS_SETJMP_H
#define _BITS_SETJMP_H
/* The registers a jmp_buf holds on x86_64 (glibc's size and alignment). */
typedef long __jmp_buf[8];
#endif
