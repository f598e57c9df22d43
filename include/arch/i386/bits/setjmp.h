#ifndef _BITS_SETJMP_H
#define _BITS_SETJMP_H
/* The registers a jmp_buf holds on i386 (glibc's size and alignment). */
typedef int __jmp_buf[6];
#endif
