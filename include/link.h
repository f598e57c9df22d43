/* <link.h>: the loaded objects of the process (dl_iterate_phdr, the
 * link maps dlinfo gives). */
#ifndef _LINK_H
#define _LINK_H 1
#include <features.h>
#include <elf.h>
#include <dlfcn.h>
#include <bits/size_t.h>

#if __SIZEOF_POINTER__ == 8
# define __ELF_NATIVE_CLASS 64
#else
# define __ELF_NATIVE_CLASS 32
#endif
#define ElfW(type) _ElfW(Elf, __ELF_NATIVE_CLASS, type)
#define _ElfW(e, w, t) _ElfW_1(e, w, _##t)
#define _ElfW_1(e, w, t) e##w##t

__FERRO_BEGIN_DECLS
struct dl_phdr_info {
	ElfW(Addr) dlpi_addr;
	const char *dlpi_name;
	const ElfW(Phdr) *dlpi_phdr;
	ElfW(Half) dlpi_phnum;
	unsigned long long dlpi_adds;
	unsigned long long dlpi_subs;
	size_t dlpi_tls_modid;
	void *dlpi_tls_data;
};

struct link_map {
	ElfW(Addr) l_addr;
	char *l_name;
	ElfW(Dyn) *l_ld;
	struct link_map *l_next, *l_prev;
};

int dl_iterate_phdr(int (*)(struct dl_phdr_info *, size_t, void *), void *);
__FERRO_END_DECLS
#endif
