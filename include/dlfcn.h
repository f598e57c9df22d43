/* <dlfcn.h>: dynamic linking, as a static program has it: dlopen(NULL)
 * names the program, other names fail, dlsym finds nothing; dlinfo and
 * _dl_find_object describe the program and the vDSO. */
#ifndef _DLFCN_H
#define _DLFCN_H 1
#include <features.h>
#include <bits/size_t.h>

#define RTLD_LAZY 0x00001
#define RTLD_NOW 0x00002
#define RTLD_NOLOAD 0x00004
#define RTLD_DEEPBIND 0x00008
#define RTLD_GLOBAL 0x00100
#define RTLD_LOCAL 0
#define RTLD_NODELETE 0x01000
#ifdef __FERRO_USE_GNU
# define RTLD_NEXT ((void *)-1l)
# define RTLD_DEFAULT ((void *)0)
#endif

__FERRO_BEGIN_DECLS
void *dlopen(const char *, int);
int dlclose(void *);
void *dlsym(void *__FERRO_RESTRICT, const char *__FERRO_RESTRICT);
char *dlerror(void);
#ifdef __FERRO_USE_GNU
typedef struct {
	const char *dli_fname;
	void *dli_fbase;
	const char *dli_sname;
	void *dli_saddr;
} Dl_info;
int dladdr(const void *, Dl_info *);
int dladdr1(const void *, Dl_info *, void **, int);
enum {
	RTLD_DL_SYMENT = 1,
	RTLD_DL_LINKMAP = 2
};

typedef long int Lmid_t;
#define LM_ID_BASE 0
#define LM_ID_NEWLM -1
void *dlmopen(Lmid_t, const char *, int);
void *dlvsym(void *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT);

int dlinfo(void *__FERRO_RESTRICT, int, void *__FERRO_RESTRICT);
enum {
	RTLD_DI_LMID = 1,
	RTLD_DI_LINKMAP = 2,
	RTLD_DI_CONFIGADDR = 3,
	RTLD_DI_SERINFO = 4,
	RTLD_DI_SERINFOSIZE = 5,
	RTLD_DI_ORIGIN = 6,
	RTLD_DI_PROFILENAME = 7,
	RTLD_DI_PROFILEOUT = 8,
	RTLD_DI_TLS_MODID = 9,
	RTLD_DI_TLS_DATA = 10,
	RTLD_DI_PHDR = 11,
	RTLD_DI_MAX = 11
};
typedef struct {
	char *dls_name;
	unsigned int dls_flags;
} Dl_serpath;
typedef struct {
	size_t dls_size;
	unsigned int dls_cnt;
	Dl_serpath dls_serpath[1];
} Dl_serinfo;

/* The unwinder's lookup (glibc 2.35). i386 alone carries the base for
 * DW_EH_PE_datarel. */
#ifdef __i386__
# define DLFO_STRUCT_HAS_EH_DBASE 1
#else
# define DLFO_STRUCT_HAS_EH_DBASE 0
#endif
#define DLFO_STRUCT_HAS_EH_COUNT 0
#define DLFO_EH_SEGMENT_TYPE 0x6474e550
struct link_map;
struct dl_find_object {
	__extension__ unsigned long long int dlfo_flags;
	void *dlfo_map_start;
	void *dlfo_map_end;
	struct link_map *dlfo_link_map;
	void *dlfo_eh_frame;
#if DLFO_STRUCT_HAS_EH_DBASE
	void *dlfo_eh_dbase;
	unsigned int __dlfo_eh_dbase_pad;
#endif
	__extension__ unsigned long long int __dflo_reserved[7];
};
int _dl_find_object(void *, struct dl_find_object *);
#endif
__FERRO_END_DECLS
#endif
