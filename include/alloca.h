/* <alloca.h>: stack allocation (GNU/BSD). */
#ifndef _ALLOCA_H
#define _ALLOCA_H 1
#include <bits/size_t.h>
#undef alloca
#define alloca(n) __builtin_alloca(n)
#endif
