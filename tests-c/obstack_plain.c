// CFLAGS: -D_GNU_SOURCE
/* obstack_basic.c with <obstack.h>'s macros for compilers without GNU
 * statement expressions (ferrolibc picks them with __FERRO_OBSTACK_PLAIN;
 * glibc's header keeps its GNU forms, and the same checks hold). */
#define __FERRO_OBSTACK_PLAIN 1
#include "obstack_basic.c"
