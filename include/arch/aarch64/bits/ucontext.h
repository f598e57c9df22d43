#ifndef _BITS_UCONTEXT_H
#define _BITS_UCONTEXT_H
/* aarch64: the kernel's struct sigcontext (fault address, x0-x30, sp,
 * pc, pstate, then 4096 bytes of 16-byte aligned records: FP/SIMD state
 * and extensions) after the mask: 4560 bytes. */
typedef struct {
	unsigned long long fault_address;
	unsigned long long regs[31];
	unsigned long long sp;
	unsigned long long pc;
	unsigned long long pstate;
	unsigned char __reserved[4096] __attribute__((__aligned__(16)));
} mcontext_t;
typedef struct ucontext_t {
	unsigned long uc_flags;
	struct ucontext_t *uc_link;
	stack_t uc_stack;
	__sigset_t uc_sigmask;
	mcontext_t uc_mcontext;
} ucontext_t;
#endif
