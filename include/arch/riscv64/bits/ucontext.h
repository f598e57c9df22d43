#ifndef _BITS_UCONTEXT_H
#define _BITS_UCONTEXT_H
/* riscv64: pc and x1-x31 (gregs[0] is the pc), then the FP state in its
 * largest (Q-extension) form, after the mask: 960 bytes. */
typedef unsigned long __riscv_mc_gp_state[32];
#define NGREG 32
#define REG_PC 0
#define REG_RA 1
#define REG_SP 2
#define REG_TP 4
#define REG_S0 8
#define REG_S1 9
#define REG_A0 10
#define REG_S2 18
#define REG_NARGS 8
typedef unsigned long greg_t;
typedef __riscv_mc_gp_state gregset_t;
struct __riscv_mc_f_ext_state {
	unsigned int __f[32];
	unsigned int __fcsr;
};
struct __riscv_mc_d_ext_state {
	unsigned long long __f[32];
	unsigned int __fcsr;
};
struct __riscv_mc_q_ext_state {
	unsigned long long __f[64] __attribute__((__aligned__(16)));
	unsigned int __fcsr;
	unsigned int __reserved[3];
};
union __riscv_mc_fp_state {
	struct __riscv_mc_f_ext_state __f;
	struct __riscv_mc_d_ext_state __d;
	struct __riscv_mc_q_ext_state __q;
};
typedef union __riscv_mc_fp_state fpregset_t;
typedef struct mcontext_t {
	__riscv_mc_gp_state __gregs;
	union __riscv_mc_fp_state __fpregs;
} mcontext_t;
typedef struct ucontext_t {
	unsigned long __uc_flags;
	struct ucontext_t *uc_link;
	stack_t uc_stack;
	__sigset_t uc_sigmask;
	mcontext_t uc_mcontext;
} ucontext_t;
#endif
