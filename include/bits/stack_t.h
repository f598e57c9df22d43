#ifndef _BITS_STACK_T_H
#define _BITS_STACK_T_H
#include <bits/size_t.h>
/* The kernel's struct sigaltstack. */
typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;
#endif
