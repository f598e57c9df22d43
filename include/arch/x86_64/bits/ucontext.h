#ifndef _BITS_UCONTEXT_H
#define _BITS_UCONTEXT_H
/* x86_64: 23 general registers (the kernel's struct sigcontext order),
 * a pointer to the FXSAVE area, then glibc's copy of the mask and FP
 * state and the shadow-stack words: 968 bytes. */
typedef long long greg_t;
#define __NGREG 23
#define NGREG __NGREG
typedef greg_t gregset_t[__NGREG];
#ifdef __FERRO_USE_GNU
enum {
	REG_R8 = 0, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14,
	REG_R15, REG_RDI, REG_RSI, REG_RBP, REG_RBX, REG_RDX, REG_RAX,
	REG_RCX, REG_RSP, REG_RIP, REG_EFL, REG_CSGSFS, REG_ERR, REG_TRAPNO,
	REG_OLDMASK, REG_CR2
};
#endif
struct _libc_fpxreg {
	unsigned short significand[4];
	unsigned short exponent;
	unsigned short __reserved1[3];
};
struct _libc_xmmreg {
	unsigned int element[4];
};
struct _libc_fpstate {
	unsigned short cwd;
	unsigned short swd;
	unsigned short ftw;
	unsigned short fop;
	unsigned long long rip;
	unsigned long long rdp;
	unsigned int mxcsr;
	unsigned int mxcr_mask;
	struct _libc_fpxreg _st[8];
	struct _libc_xmmreg _xmm[16];
	unsigned int __reserved1[24];
};
typedef struct _libc_fpstate *fpregset_t;
typedef struct {
	gregset_t gregs;
	fpregset_t fpregs;
	unsigned long long __reserved1[8];
} mcontext_t;
typedef struct ucontext_t {
	unsigned long uc_flags;
	struct ucontext_t *uc_link;
	stack_t uc_stack;
	mcontext_t uc_mcontext;
	__sigset_t uc_sigmask;
	struct _libc_fpstate __fpregs_mem;
	unsigned long long __ssp[4];
} ucontext_t;
#endif
