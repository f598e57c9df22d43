/* bits/fenv.h - i386 <fenv.h> values: the shared x86 ones. */
#ifndef _BITS_FENV_H
#define _BITS_FENV_H 1
#include <bits/fenv_x86.h>
#endif
