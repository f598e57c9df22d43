// STDOUT: ok\n
/* ucontext_t and mcontext_t have glibc's size, alignment and offsets on
 * each arch (the numbers are glibc 2.36's, measured with offsetof), and
 * <ucontext.h> declares the four functions with glibc's types. */
#define _GNU_SOURCE 1
#include "check.h"
#include <stddef.h>
#include <ucontext.h>

#define OFF(t, f, v) CHECK_EQ(offsetof(t, f), v)

int main(void)
{
	int (*g)(ucontext_t *) = getcontext;
	int (*s)(const ucontext_t *) = setcontext;
	int (*w)(ucontext_t *, const ucontext_t *) = swapcontext;
	void (*m)(ucontext_t *, void (*)(void), int, ...) = makecontext;
	CHECK(g && s && w && m);
	CHECK_EQ(sizeof(sigset_t), 128);
#if defined(__x86_64__)
	CHECK_EQ(sizeof(ucontext_t), 968);
	CHECK_EQ(_Alignof(ucontext_t), 8);
	OFF(ucontext_t, uc_link, 8);
	OFF(ucontext_t, uc_stack, 16);
	OFF(ucontext_t, uc_mcontext, 40);
	OFF(ucontext_t, uc_sigmask, 296);
	OFF(ucontext_t, __fpregs_mem, 424);
	OFF(ucontext_t, __ssp, 936);
	CHECK_EQ(sizeof(mcontext_t), 256);
	OFF(mcontext_t, fpregs, 184);
	CHECK_EQ(sizeof(struct _libc_fpstate), 512);
	OFF(struct _libc_fpstate, mxcsr, 24);
	CHECK_EQ(REG_RIP, 16);
	CHECK_EQ(REG_RSP, 15);
#elif defined(__i386__)
	CHECK_EQ(sizeof(ucontext_t), 364);
	CHECK_EQ(_Alignof(ucontext_t), 4);
	OFF(ucontext_t, uc_link, 4);
	OFF(ucontext_t, uc_stack, 8);
	OFF(ucontext_t, uc_mcontext, 20);
	OFF(ucontext_t, uc_sigmask, 108);
	OFF(ucontext_t, __fpregs_mem, 236);
	OFF(ucontext_t, __ssp, 348);
	CHECK_EQ(sizeof(mcontext_t), 88);
	OFF(mcontext_t, fpregs, 76);
	OFF(mcontext_t, oldmask, 80);
	OFF(mcontext_t, cr2, 84);
	CHECK_EQ(sizeof(struct _libc_fpstate), 112);
	OFF(struct _libc_fpstate, status, 108);
	CHECK_EQ(REG_EIP, 14);
	CHECK_EQ(REG_ESP, 7);
#elif defined(__aarch64__)
	CHECK_EQ(sizeof(ucontext_t), 4560);
	CHECK_EQ(_Alignof(ucontext_t), 16);
	OFF(ucontext_t, uc_link, 8);
	OFF(ucontext_t, uc_stack, 16);
	OFF(ucontext_t, uc_sigmask, 40);
	OFF(ucontext_t, uc_mcontext, 176);
	CHECK_EQ(sizeof(mcontext_t), 4384);
	OFF(mcontext_t, regs, 8);
	OFF(mcontext_t, sp, 256);
	OFF(mcontext_t, pc, 264);
	OFF(mcontext_t, pstate, 272);
	OFF(mcontext_t, __reserved, 288);
#elif defined(__riscv)
	CHECK_EQ(sizeof(ucontext_t), 960);
	CHECK_EQ(_Alignof(ucontext_t), 16);
	OFF(ucontext_t, uc_link, 8);
	OFF(ucontext_t, uc_stack, 16);
	OFF(ucontext_t, uc_sigmask, 40);
	OFF(ucontext_t, uc_mcontext, 176);
	CHECK_EQ(sizeof(mcontext_t), 784);
	OFF(mcontext_t, __fpregs, 256);
	OFF(mcontext_t, __fpregs.__d.__fcsr, 512);
	CHECK_EQ(sizeof(union __riscv_mc_fp_state), 528);
#endif
	t_puts(1, "ok\n");
	return 0;
}
