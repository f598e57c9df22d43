/* bits/fenv.h - riscv64 <fenv.h> values: fcsr's fflags and frm. */
#ifndef _BITS_FENV_H
#define _BITS_FENV_H 1

#define FE_INEXACT 0x01
#define FE_UNDERFLOW 0x02
#define FE_OVERFLOW 0x04
#define FE_DIVBYZERO 0x08
#define FE_INVALID 0x10
#define FE_ALL_EXCEPT \
	(FE_INEXACT | FE_DIVBYZERO | FE_UNDERFLOW | FE_OVERFLOW | FE_INVALID)

#define FE_TONEAREST 0x0
#define FE_TOWARDZERO 0x1
#define FE_DOWNWARD 0x2
#define FE_UPWARD 0x3

typedef unsigned int fexcept_t;

/* the whole fcsr (frm << 5 | fflags) */
typedef unsigned int fenv_t;

#define FE_DFL_ENV ((const fenv_t *)-1)

#endif
