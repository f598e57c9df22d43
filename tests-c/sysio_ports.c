// STDOUT: ok\n
/* sys/io.h (x86 only): the static inline port functions with glibc's
 * argument order (outb(value, port)), and ioperm granting access to
 * them. As root with CAP_SYS_RAWIO ioperm succeeds and the byte
 * functions run on port 0x80 (the POST/delay port, which the _p forms
 * write anyway); reads of 16 and 32 bits come from 0x80..0x83. Writes
 * wider than a byte are only compiled (the ports past 0x80 are DMA page
 * registers on real hardware). Without the capability ioperm gives
 * EPERM; under qemu-user ENOSYS. Elsewhere the header does not exist. */
#include "check.h"
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>
#if defined(__x86_64__) || defined(__i386__)
#include <sys/io.h>

/* Every function, taken by address (so each one is compiled). */
static void *const all[] = {
	(void *)inb,   (void *)inw,    (void *)inl,    (void *)outb,   (void *)outw,   (void *)outl,
	(void *)inb_p, (void *)inw_p,  (void *)inl_p,  (void *)outb_p, (void *)outw_p, (void *)outl_p,
	(void *)insb,  (void *)insw,   (void *)insl,   (void *)outsb,  (void *)outsw,  (void *)outsl,
};

/* glibc's order: value, then port; the argument types narrow. */
static void wide_writes(unsigned short port)
{
	unsigned int buf[2] = {0, 0};
	outw(0x1234, port);
	outw_p(0x1234, port);
	outl(0x12345678u, port);
	outl_p(0x12345678u, port);
	outsw(port, buf, 2);
	outsl(port, buf, 2);
}

int main(int argc, char **argv)
{
	(void)argv;
	for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++)
		CHECK(all[i] != 0);
	if (argc > 1000)
		wide_writes(0x80);
	errno = 0;
	int r = ioperm(0x80, 4, 1);
	if (r != 0) {
		CHECK_EQ(r, -1);
		CHECK(errno == EPERM || errno == ENOSYS);
		t_puts(2, errno == ENOSYS ? "ioperm: ENOSYS (no CONFIG_X86_IOPL_IOPERM or qemu-user): port functions only compiled\n"
					  : "ioperm: EPERM (no CAP_SYS_RAWIO): port functions only compiled\n");
	} else {
		unsigned char b[4] = {0, 0, 0, 0};
		outb(0, 0x80);
		outb_p(0, 0x80);
		(void)inb(0x80);
		(void)inb_p(0x80);
		(void)inw(0x80);
		(void)inw_p(0x80);
		(void)inl(0x80);
		(void)inl_p(0x80);
		insb(0x80, b, 4);
		unsigned short w[2];
		insw(0x80, w, 2);
		unsigned int l[2];
		insl(0x80, l, 2);
		outsb(0x80, b, 4);
		CHECK_EQ(ioperm(0x80, 4, 0), 0);
	}
	/* past the last port (where the kernel has ioperm at all) */
	if (!(r != 0 && errno == ENOSYS))
		CHECK_ERR(ioperm(0x10000, 1, 1), EINVAL);
	puts("ok");
	return 0;
}
#else
#if defined(__has_include)
#if __has_include(<sys/io.h>)
#error "sys/io.h exists only on x86"
#endif
#endif
int main(void)
{
	puts("ok");
	return 0;
}
#endif
