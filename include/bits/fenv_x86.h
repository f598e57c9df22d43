/* bits/fenv_x86.h - the x86 <fenv.h> values (x86_64 and i386): the x87
 * status/control words and SSE's MXCSR share the bit layout. */
#ifndef _BITS_FENV_X86_H
#define _BITS_FENV_X86_H 1

#define FE_INVALID 0x01
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW 0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT 0x20
#define FE_ALL_EXCEPT \
	(FE_INEXACT | FE_DIVBYZERO | FE_UNDERFLOW | FE_OVERFLOW | FE_INVALID)

#define FE_TONEAREST 0
#define FE_DOWNWARD 0x400
#define FE_UPWARD 0x800
#define FE_TOWARDZERO 0xc00

typedef unsigned short int fexcept_t;

/* glibc's layout: the x87 fnstenv image (its 11-bit opcode bit-field and
 * 5 reserved bits are one unsigned short here), then on x86_64 SSE's
 * MXCSR; i386 keeps MXCSR in __eip, as glibc does */
typedef struct {
	unsigned short int __control_word;
	unsigned short int __glibc_reserved1;
	unsigned short int __status_word;
	unsigned short int __glibc_reserved2;
	unsigned short int __tags;
	unsigned short int __glibc_reserved3;
	unsigned int __eip;
	unsigned short int __cs_selector;
	unsigned short int __opcode;
	unsigned int __data_offset;
	unsigned short int __data_selector;
	unsigned short int __glibc_reserved5;
#ifdef __x86_64__
	unsigned int __mxcsr;
#endif
} fenv_t;

#define FE_DFL_ENV ((const fenv_t *)-1)

#endif
