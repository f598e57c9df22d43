#ifndef _BITS_UCONTEXT_H
#define _BITS_UCONTEXT_H
/* i386: 19 general registers (the kernel's struct sigcontext order), a
 * pointer to the x87 state, the old mask word and cr2, then glibc's copy
 * of the mask and FP state and the shadow-stack words: 364 bytes. */
typedef int greg_t;
#define __NGREG 19
#define NGREG __NGREG
typedef greg_t gregset_t[__NGREG];
#ifdef __FERRO_USE_GNU
enum {
	REG_GS = 0, REG_FS, REG_ES, REG_DS, REG_EDI, REG_ESI, REG_EBP,
	REG_ESP, REG_EBX, REG_EDX, REG_ECX, REG_EAX, REG_TRAPNO, REG_ERR,
	REG_EIP, REG_CS, REG_EFL, REG_UESP, REG_SS
};
#endif
struct _libc_fpreg {
	unsigned short significand[4];
	unsigned short exponent;
};
struct _libc_fpstate {
	unsigned long cw;
	unsigned long sw;
	unsigned long tag;
	unsigned long ipoff;
	unsigned long cssel;
	unsigned long dataoff;
	unsigned long datasel;
	struct _libc_fpreg _st[8];
	unsigned long status;
};
typedef struct _libc_fpstate *fpregset_t;
typedef struct {
	gregset_t gregs;
	fpregset_t fpregs;
	unsigned long oldmask;
	unsigned long cr2;
} mcontext_t;
typedef struct ucontext_t {
	unsigned long uc_flags;
	struct ucontext_t *uc_link;
	stack_t uc_stack;
	mcontext_t uc_mcontext;
	__sigset_t uc_sigmask;
	struct _libc_fpstate __fpregs_mem;
	unsigned long __ssp[4];
} ucontext_t;
#endif
