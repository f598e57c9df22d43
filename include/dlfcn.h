/* <dlfcn.h>: dynamic linking, as a static program has it: dlopen(NULL)
 * names the program, other names fail, dlsym finds nothing. */
#ifndef _DLFCN_H
#define _DLFCN_H 1
#include <features.h>

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
#endif
__FERRO_END_DECLS
#endif
