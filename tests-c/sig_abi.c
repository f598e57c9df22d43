/* Signal and setjmp types have glibc's sizes and layouts on every arch,
 * and SIGRTMIN/SIGRTMAX/NSIG glibc's values. */
#define _GNU_SOURCE 1
#include "check.h"
#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <sys/ucontext.h>

int main(void)
{
	CHECK_EQ(sizeof(sigset_t), 128);
	CHECK_EQ(sizeof(siginfo_t), 128);
	CHECK_EQ(sizeof(struct sigevent), 64);
	CHECK_EQ(NSIG, 65);
	CHECK_EQ(SIGRTMIN, 34);
	CHECK_EQ(SIGRTMAX, 64);
	int lp64 = sizeof(void *) == 8;
	CHECK_EQ(sizeof(struct sigaction), lp64 ? 152 : 140);
	CHECK_EQ(offsetof(struct sigaction, sa_mask), sizeof(void *));
	CHECK_EQ(offsetof(struct sigaction, sa_flags), sizeof(void *) + 128);
	CHECK_EQ(offsetof(siginfo_t, si_pid), lp64 ? 16 : 12);
	CHECK_EQ(offsetof(siginfo_t, si_uid), lp64 ? 20 : 16);
	CHECK_EQ(offsetof(siginfo_t, si_value), lp64 ? 24 : 20);
	CHECK_EQ(offsetof(siginfo_t, si_addr), lp64 ? 16 : 12);
	CHECK_EQ(offsetof(siginfo_t, si_status), lp64 ? 24 : 20);
	CHECK_EQ(offsetof(siginfo_t, si_band), lp64 ? 16 : 12);
	CHECK_EQ(offsetof(siginfo_t, si_fd), lp64 ? 24 : 16);
	CHECK_EQ(offsetof(siginfo_t, si_overrun), lp64 ? 20 : 16);
	CHECK_EQ(sizeof(stack_t), lp64 ? 24 : 12);
	CHECK_EQ(offsetof(stack_t, ss_flags), lp64 ? 8 : 4);
	CHECK_EQ(offsetof(stack_t, ss_size), lp64 ? 16 : 8);
	CHECK_EQ(offsetof(ucontext_t, uc_link), sizeof(long));
	CHECK_EQ(offsetof(ucontext_t, uc_stack), 2 * sizeof(long));
#if defined(TEST_ARCH_X86_64)
	CHECK_EQ(sizeof(jmp_buf), 200);
	CHECK_EQ(offsetof(struct __jmp_buf_tag, __saved_mask), 72);
	CHECK_EQ(sizeof(ucontext_t), 968);
	CHECK_EQ(sizeof(mcontext_t), 256);
	CHECK_EQ(offsetof(ucontext_t, uc_mcontext), 40);
	CHECK_EQ(offsetof(ucontext_t, uc_sigmask), 296);
	CHECK_EQ(REG_RIP, 16);
	CHECK_EQ(MINSIGSTKSZ >= 2048, 1);
#elif defined(TEST_ARCH_I386)
	CHECK_EQ(sizeof(jmp_buf), 156);
	CHECK_EQ(offsetof(struct __jmp_buf_tag, __saved_mask), 28);
	CHECK_EQ(sizeof(ucontext_t), 364);
	CHECK_EQ(sizeof(mcontext_t), 88);
	CHECK_EQ(offsetof(ucontext_t, uc_mcontext), 20);
	CHECK_EQ(offsetof(ucontext_t, uc_sigmask), 108);
	CHECK_EQ(REG_EIP, 14);
#elif defined(TEST_ARCH_AARCH64)
	CHECK_EQ(sizeof(jmp_buf), 312);
	CHECK_EQ(offsetof(struct __jmp_buf_tag, __saved_mask), 184);
	CHECK_EQ(sizeof(ucontext_t), 4560);
	CHECK_EQ(sizeof(mcontext_t), 4384);
	CHECK_EQ(offsetof(ucontext_t, uc_mcontext), 176);
	CHECK_EQ(offsetof(ucontext_t, uc_sigmask), 40);
	CHECK_EQ(offsetof(mcontext_t, pc), 264);
#elif defined(TEST_ARCH_RISCV64)
	CHECK_EQ(sizeof(jmp_buf), 344);
	CHECK_EQ(offsetof(struct __jmp_buf_tag, __saved_mask), 216);
	CHECK_EQ(sizeof(ucontext_t), 960);
	CHECK_EQ(sizeof(mcontext_t), 784);
	CHECK_EQ(offsetof(ucontext_t, uc_mcontext), 176);
	CHECK_EQ(offsetof(ucontext_t, uc_sigmask), 40);
#else
#error "unknown arch"
#endif
	CHECK_EQ(sizeof(sigjmp_buf), sizeof(jmp_buf));
	CHECK_EQ(_Alignof(jmp_buf), sizeof(void *));
	return 0;
}
