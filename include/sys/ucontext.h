#ifndef _SYS_UCONTEXT_H
#define _SYS_UCONTEXT_H
/* ucontext_t and mcontext_t, the machine state a SA_SIGINFO handler's
 * third argument points to: the kernel's layout, as glibc declares it on
 * each arch (bits/ucontext.h). */
#include <features.h>
#include <bits/sigset.h>
#include <bits/stack_t.h>
typedef __sigset_t sigset_t;
#include <bits/ucontext.h>
#endif
