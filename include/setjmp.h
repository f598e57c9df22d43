#ifndef _SETJMP_H
#define _SETJMP_H
/* <setjmp.h>: jmp_buf and sigjmp_buf are one type with glibc's size and
 * alignment on each arch: the saved registers, whether the signal mask
 * was saved, and the mask. setjmp and _setjmp never save the mask (as
 * with glibc's header); sigsetjmp(env, nonzero) does, and every longjmp
 * restores a mask that was saved. */
#include <features.h>
#include <bits/setjmp.h>
#include <bits/sigset.h>

typedef struct __jmp_buf_tag {
	__jmp_buf __jmpbuf;
	int __mask_was_saved;
	__sigset_t __saved_mask;
} jmp_buf[1];

#define __FERRO_RETURNS_TWICE __attribute__((__returns_twice__))

__FERRO_BEGIN_DECLS
int setjmp(jmp_buf) __FERRO_RETURNS_TWICE;
__FERRO_NORETURN void longjmp(jmp_buf, int);
int __sigsetjmp(struct __jmp_buf_tag *, int) __FERRO_RETURNS_TWICE;
__FERRO_END_DECLS

#ifdef __FERRO_USE_POSIX
typedef struct __jmp_buf_tag sigjmp_buf[1];
__FERRO_BEGIN_DECLS
int sigsetjmp(sigjmp_buf, int) __FERRO_RETURNS_TWICE;
__FERRO_NORETURN void siglongjmp(sigjmp_buf, int);
__FERRO_END_DECLS
#endif

#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_DEFAULT)
__FERRO_BEGIN_DECLS
int _setjmp(jmp_buf) __FERRO_RETURNS_TWICE;
__FERRO_NORETURN void _longjmp(jmp_buf, int);
__FERRO_END_DECLS
#endif
#endif
