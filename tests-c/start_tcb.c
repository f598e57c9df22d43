/* The x86 TCB fields gcc-compiled and glibc-compatible code relies on:
 * the self pointer at %fs:0 / %gs:0, and on i386 the system-call entry at
 * %gs:0x10: the vDSO's __kernel_vsyscall (AT_SYSINFO) when the kernel
 * gives one, otherwise (qemu-user) some non-zero int $0x80 entry. On the
 * other arches the thread pointer is non-zero. Syscalls work either way. */
#include "check.h"
#include <elf.h>
#include <errno.h>
#include <stdint.h>
#include <sys/auxv.h>
#include <unistd.h>

int main(void)
{
	uintptr_t self;
#if defined(TEST_ARCH_X86_64)
	__asm__("mov %%fs:0, %0" : "=r"(self));
	CHECK(self != 0);
	CHECK_EQ(*(uintptr_t *)self, self);
	CHECK_EQ((uintptr_t)__builtin_thread_pointer(), self);
#elif defined(TEST_ARCH_I386)
	__asm__("mov %%gs:0, %0" : "=r"(self));
	CHECK(self != 0);
	CHECK_EQ(*(uintptr_t *)self, self);
	CHECK_EQ((uintptr_t)__builtin_thread_pointer(), self);
	uintptr_t sysinfo;
	__asm__("mov %%gs:0x10, %0" : "=r"(sysinfo));
	errno = 0;
	unsigned long at = getauxval(AT_SYSINFO);
	if (at != 0) {
		CHECK_EQ(sysinfo, at);
		/* and it lies in the vDSO */
		unsigned long ehdr = getauxval(AT_SYSINFO_EHDR);
		CHECK(ehdr != 0 && at > ehdr && at - ehdr < 65536);
	} else {
		CHECK_EQ(errno, ENOENT);
		CHECK(sysinfo != 0);
	}
	/* a system call through %gs:0x10, as glibc-style code makes them */
	long pid;
	__asm__ volatile("call *%%gs:0x10" : "=a"(pid) : "a"(20L /* getpid */) : "memory");
	CHECK(pid > 0);
	CHECK_EQ(pid, getpid());
#else
	self = (uintptr_t)__builtin_thread_pointer();
	CHECK(self != 0);
#endif
	CHECK(getpid() > 0);
	CHECK(getppid() > 0);
	return 0;
}
