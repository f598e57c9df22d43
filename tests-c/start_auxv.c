/* getauxval: the keys every Linux kernel passes, checked against other
 * sources where there is one; an absent key gives 0 with errno ENOENT. */
#include "check.h"
#include <elf.h>
#include <errno.h>
#include <stdint.h>
#include <sys/auxv.h>
#include <unistd.h>

int main(void)
{
	errno = 0;
	unsigned long pg = getauxval(AT_PAGESZ);
	CHECK_EQ(errno, 0);
	CHECK(pg >= 4096 && (pg & (pg - 1)) == 0);
	CHECK_EQ(pg, sysconf(_SC_PAGESIZE));
	CHECK_EQ(pg, getpagesize());

	unsigned long phdr = getauxval(AT_PHDR);
	CHECK(phdr != 0);
	CHECK(getauxval(AT_PHNUM) != 0);
	CHECK_EQ(getauxval(AT_PHENT), sizeof(void *) == 8 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr));
	/* the program headers are readable: one of them is PT_LOAD */
	int loads = 0;
	for (unsigned long i = 0; i < getauxval(AT_PHNUM); i++) {
		if (sizeof(void *) == 8)
			loads += ((Elf64_Phdr *)phdr)[i].p_type == PT_LOAD;
		else
			loads += ((Elf32_Phdr *)phdr)[i].p_type == PT_LOAD;
	}
	CHECK(loads > 0);

	/* AT_ENTRY is _start, somewhere in this (static) program */
	unsigned long entry = getauxval(AT_ENTRY);
	CHECK(entry != 0);
	extern void _start(void);
	CHECK_EQ(entry, (uintptr_t)&_start);

	unsigned char *rnd = (unsigned char *)getauxval(AT_RANDOM);
	CHECK(rnd != NULL);
	int nz = 0;
	for (int i = 0; i < 16; i++)
		nz |= rnd[i];
	CHECK(nz != 0);

	CHECK_EQ(getauxval(AT_UID), getuid());
	CHECK_EQ(getauxval(AT_EUID), geteuid());
	CHECK_EQ(getauxval(AT_GID), getgid());
	CHECK_EQ(getauxval(AT_EGID), getegid());
	CHECK_EQ(getauxval(AT_SECURE), 0);
	CHECK(getauxval(AT_CLKTCK) == 100);

	errno = 0;
	CHECK_EQ(getauxval(12345), 0);
	CHECK_EQ(errno, ENOENT);
	errno = 0;
	CHECK_EQ(getauxval(AT_NULL + 999), 0);
	CHECK_EQ(errno, ENOENT);
	/* a present key leaves errno alone */
	errno = 77;
	CHECK(getauxval(AT_PAGESZ) != 0);
	CHECK_EQ(errno, 77);
	return 0;
}
