/* uname: "Linux", the machine name this arch runs as, non-empty node name
 * and release, every field NUL-terminated; a bad buffer is EFAULT. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <sys/utsname.h>

static int in(const char *s, const char *const *set)
{
	for (; *set; set++)
		if (strcmp(s, *set) == 0)
			return 1;
	return 0;
}

int main(void)
{
	struct utsname u;
	memset(&u, 0x7f, sizeof u);
	CHECK_EQ(uname(&u), 0);
	CHECK(strcmp(u.sysname, "Linux") == 0);
	CHECK(u.nodename[0] != 0);
	CHECK(u.release[0] >= '2' && u.release[0] <= '9');
	CHECK(u.version[0] != 0);
	const char *const *want;
#if defined(TEST_ARCH_X86_64)
	static const char *const m[] = {"x86_64", 0};
#elif defined(TEST_ARCH_I386)
	/* a 32-bit process on an x86_64 kernel sees "x86_64" (unless run
	 * under setarch/linux32); qemu-i386 and 32-bit kernels say i686 */
	static const char *const m[] = {"x86_64", "i686", "i586", "i486", "i386", 0};
#elif defined(TEST_ARCH_AARCH64)
	static const char *const m[] = {"aarch64", 0};
#else
	static const char *const m[] = {"riscv64", 0};
#endif
	want = m;
	CHECK(in(u.machine, want));
	CHECK_EQ(sizeof u.sysname, 65);
	CHECK_EQ(sizeof u, 6 * 65);
	const char *fields[] = {u.sysname, u.nodename, u.release, u.version, u.machine, u.domainname};
	for (int i = 0; i < 6; i++)
		CHECK(strlen(fields[i]) < 65);
	CHECK_ERR(uname((struct utsname *)1), EFAULT);
	return 0;
}
