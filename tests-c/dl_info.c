// STDOUT: ok\n
/* dlinfo on the program's handle (dlopen(NULL) is its link map, as in
 * glibc), dlmopen's namespaces, dlvsym, dladdr1, dlopen's mode check, and
 * _dl_find_object (libgcc's unwinder needs it to link at all) for the
 * program, the vDSO and an address in neither. Behaviour is static
 * glibc 2.36's. */
#define _GNU_SOURCE
#include "check.h"
#include <dlfcn.h>
#include <link.h>
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

__thread int tvar = 7;
int *volatile tvar_p;

static int has_seg(const ElfW(Phdr) *ph, int n, unsigned type)
{
	for (int i = 0; i < n; i++)
		if (ph[i].p_type == type)
			return 1;
	return 0;
}

int main(void)
{
	void *h = dlopen(NULL, 0);
	CHECK(h == NULL);
	const char *e = dlerror();
	CHECK(e != NULL && strstr(e, "invalid mode") != NULL);
	h = dlopen(NULL, RTLD_NOW);
	CHECK(h != NULL);
	CHECK(dlopen(NULL, RTLD_LAZY | RTLD_GLOBAL) == h);

	/* The handle is the program's link map: first in the chain. */
	struct link_map *lm = NULL;
	CHECK_EQ(dlinfo(h, RTLD_DI_LINKMAP, &lm), 0);
	CHECK(lm == h);
	CHECK(lm->l_prev == NULL);
	CHECK(lm->l_name != NULL && lm->l_name[0] == 0);
	CHECK_EQ(lm->l_addr, 0);
	if (getauxval(AT_SYSINFO_EHDR)) {
		CHECK(lm->l_next != NULL);
		CHECK(lm->l_next->l_prev == lm);
		CHECK(strncmp(lm->l_next->l_name, "linux-", 6) == 0);
		CHECK(lm->l_next->l_ld != NULL);
	}

	Lmid_t id = 99;
	CHECK_EQ(dlinfo(h, RTLD_DI_LMID, &id), 0);
	CHECK_EQ(id, LM_ID_BASE);

	/* $ORIGIN: the directory of /proc/self/exe. */
	char exe[PATH_MAX], orig[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	CHECK(n > 0);
	exe[n] = 0;
	*strrchr(exe, '/') = 0;
	CHECK_EQ(dlinfo(h, RTLD_DI_ORIGIN, orig), 0);
	CHECK_EQ(strcmp(orig, exe), 0);

	const ElfW(Phdr) *ph = NULL;
	int phn = dlinfo(h, RTLD_DI_PHDR, &ph);

	/* The program has TLS: module 1, the calling thread's block. */
	size_t mod = 99;
	CHECK_EQ(dlinfo(h, RTLD_DI_TLS_MODID, &mod), 0);
	CHECK_EQ(mod, 1);
	void *blk = NULL;
	CHECK_EQ(dlinfo(h, RTLD_DI_TLS_DATA, &blk), 0);
	CHECK(blk != NULL);
	tvar_p = &tvar;
	CHECK_EQ(*tvar_p, 7);
	/* The variable lies in the block, within the segment's size. */
	for (int i = 0; i < phn; i++)
		if (ph[i].p_type == PT_TLS) {
			CHECK((char *)tvar_p >= (char *)blk);
			CHECK((char *)tvar_p < (char *)blk + ph[i].p_memsz);
		}

	Dl_serinfo si;
	CHECK_EQ(dlinfo(h, RTLD_DI_SERINFOSIZE, &si), 0);
	CHECK(si.dls_size >= offsetof(Dl_serinfo, dls_serpath));

	/* RTLD_DI_PHDR returns the count; the array is AT_PHDR's. */
	CHECK_EQ(phn, (int)getauxval(AT_PHNUM));
	CHECK(ph == (const ElfW(Phdr) *)getauxval(AT_PHDR));
	CHECK(has_seg(ph, phn, PT_LOAD));
	CHECK(has_seg(ph, phn, PT_TLS));

	/* Unsupported requests fail with a message. */
	CHECK_EQ(dlinfo(h, RTLD_DI_CONFIGADDR, &mod), -1);
	e = dlerror();
	CHECK(e != NULL && strstr(e, "unsupported dlinfo request") != NULL);
	CHECK_EQ(dlinfo(h, 99, &mod), -1);
	CHECK(dlerror() != NULL);
	CHECK(dlerror() == NULL);

	/* dlmopen: the base namespace is the program; a static program can
	 * make no new one, and one that does not exist is invalid. */
	CHECK(dlmopen(LM_ID_BASE, NULL, RTLD_NOW) == h);
	CHECK(dlmopen(LM_ID_NEWLM, NULL, RTLD_NOW) == NULL);
	e = dlerror();
	CHECK(e != NULL && strstr(e, "invalid namespace") != NULL);
	CHECK(dlmopen(5, "libnothere.so", RTLD_NOW) == NULL);
	CHECK(dlerror() != NULL);
	CHECK(dlmopen(LM_ID_NEWLM, "libnothere.so", RTLD_NOW) == NULL);
	e = dlerror();
	CHECK(e != NULL && strstr(e, "invalid namespace") != NULL);
	CHECK(dlmopen(LM_ID_BASE, "libnothere.so", RTLD_NOW) == NULL);
	e = dlerror();
	CHECK(e != NULL && strstr(e, "libnothere.so") != NULL);

	/* dlvsym: a static program exports nothing. */
	CHECK(dlvsym(h, "printf", "GLIBC_2.2.5") == NULL);
	e = dlerror();
	CHECK(e != NULL && strstr(e, "undefined symbol: printf, version GLIBC_2.2.5") != NULL);

	/* dladdr1: no symbol table; *extra untouched. */
	Dl_info di;
	void *extra = (void *)1;
	CHECK_EQ(dladdr1((void *)main, &di, &extra, RTLD_DL_LINKMAP), 0);
	CHECK(extra == (void *)1);

	/* _dl_find_object: main is in the program's executable segment. */
	struct dl_find_object fo;
	memset(&fo, 0xff, sizeof fo);
	CHECK_EQ(_dl_find_object((void *)main, &fo), 0);
	CHECK_EQ(fo.dlfo_flags, 0);
	CHECK((char *)fo.dlfo_map_start <= (char *)main);
	CHECK((char *)main < (char *)fo.dlfo_map_end);
	CHECK(fo.dlfo_link_map == lm);
	/* Static links make no PT_GNU_EH_FRAME (gcc passes --eh-frame-hdr
	 * only to dynamic ones): none to report. */
	if (!has_seg(ph, phn, PT_GNU_EH_FRAME))
		CHECK(fo.dlfo_eh_frame == NULL);
	int local;
	CHECK_EQ(_dl_find_object(&local, &fo), -1);
	unsigned long vd = getauxval(AT_SYSINFO_EHDR);
	if (vd) {
		CHECK_EQ(_dl_find_object((void *)(vd + 0x100), &fo), 0);
		CHECK(fo.dlfo_link_map == lm->l_next);
		CHECK((unsigned long)fo.dlfo_map_start <= vd + 0x100);
		CHECK(fo.dlfo_eh_frame != NULL);
		CHECK_EQ(dlinfo(fo.dlfo_link_map, RTLD_DI_LMID, &id), 0);
	}
	CHECK_EQ(dlclose(h), 0);
	t_puts(1, "ok\n");
	return 0;
}
