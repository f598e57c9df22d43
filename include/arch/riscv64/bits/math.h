/* bits/math.h - per-arch <math.h> values (glibc's generic ones). */
#ifndef _BITS_MATH_H
#define _BITS_MATH_H 1
#define FP_ILOGB0 (-2147483647)
#define FP_ILOGBNAN 2147483647
#endif
