#ifndef _UCONTEXT_H
#define _UCONTEXT_H
/* <ucontext.h>: user contexts (POSIX.1-2001 XSI, removed from later
 * editions; kept by glibc). ucontext_t has glibc's layout on each arch
 * (<sys/ucontext.h>), so a context saved here and one the kernel hands a
 * SA_SIGINFO handler are the same type. getcontext saves the callee-saved
 * registers, the ABI's floating-point control state and the signal mask;
 * setcontext puts them back and does not return; makecontext takes
 * integer (or pointer) arguments, any number of them; swapcontext saves
 * into the first and resumes the second. */
#include <features.h>
#include <sys/ucontext.h>

__FERRO_BEGIN_DECLS
int getcontext(ucontext_t *) __attribute__((__returns_twice__));
int setcontext(const ucontext_t *);
void makecontext(ucontext_t *, void (*)(void), int, ...);
int swapcontext(ucontext_t *__restrict, const ucontext_t *__restrict);
__FERRO_END_DECLS
#endif
